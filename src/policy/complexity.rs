//! Active Directory's "passwords must meet complexity requirements" rule, re-implemented so the
//! portal can say which part failed.
//!
//! AD's rule has three parts: the password must not contain the `sAMAccountName`, must not
//! contain any 3+ character token of the `displayName`, and must use at least 3 of 5 character
//! classes. Where AD's documentation and behaviour are unclear we count generously: the DC
//! re-checks anyway, and a pre-check that is stricter than the DC would refuse passwords the
//! user is entitled to, with no way round it.

use super::{UserContext, Violation};

/// Classes a password needs to be complex (of the five; the catalogue names them).
pub const REQUIRED_CLASSES: u32 = 3;

/// Names shorter than this are not looked for in the password (AD's own threshold).
const MIN_NAME_CHARS: usize = 3;

/// The characters `displayName` is split on to find name tokens (AD's list).
const DISPLAY_NAME_DELIMITERS: [char; 7] = [',', '.', '-', '_', '#', ' ', '\t'];

/// One of AD's five complexity classes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CharClass {
    Upper,
    Lower,
    Digit,
    Symbol,
    OtherAlphabetic,
}

impl CharClass {
    fn of(c: char) -> Self {
        if c.is_uppercase() {
            CharClass::Upper
        } else if c.is_lowercase() {
            CharClass::Lower
        } else if c.is_ascii_digit() {
            // AD counts only base-10 digits 0-9 here.
            CharClass::Digit
        } else if c.is_alphabetic() {
            // Alphabetic but caseless, e.g. CJK ideographs, Arabic, Hebrew.
            CharClass::OtherAlphabetic
        } else {
            // Everything else, including space, other scripts' digits and currency signs such
            // as €. Microsoft's documentation says currency symbols don't count; we count them
            // anyway so we never refuse a password a DC might accept (see the module doc).
            CharClass::Symbol
        }
    }

    fn bit(self) -> u8 {
        match self {
            CharClass::Upper => 1,
            CharClass::Lower => 1 << 1,
            CharClass::Digit => 1 << 2,
            CharClass::Symbol => 1 << 3,
            CharClass::OtherAlphabetic => 1 << 4,
        }
    }
}

/// The complexity violation for `password`, or `None` if it meets all three parts.
pub(super) fn check(password: &str, user: &UserContext) -> Option<Violation> {
    let classes_present = class_count(password);
    let contains_account_name = contains_account_name(password, user.sam_account_name);
    let contains_name_part = user
        .display_name
        .is_some_and(|name| contains_name_part(password, name));
    let complex =
        classes_present >= REQUIRED_CLASSES && !contains_account_name && !contains_name_part;
    (!complex).then_some(Violation::NotComplex {
        classes_present,
        contains_account_name,
        contains_name_part,
    })
}

/// How many of the five classes occur in `password`.
fn class_count(password: &str) -> u32 {
    let seen = password
        .chars()
        .fold(0_u8, |seen, c| seen | CharClass::of(c).bit());
    seen.count_ones()
}

/// Whether `password` contains the whole account name, ignoring case. AD skips this check for
/// names shorter than 3 characters, which would otherwise forbid too many passwords.
fn contains_account_name(password: &str, sam_account_name: &str) -> bool {
    sam_account_name.chars().count() >= MIN_NAME_CHARS
        && contains_ignoring_case(password, sam_account_name)
}

/// Whether `password` contains any display-name token of 3+ characters, ignoring case.
fn contains_name_part(password: &str, display_name: &str) -> bool {
    display_name_tokens(display_name).any(|token| contains_ignoring_case(password, token))
}

/// The tokens of `display_name` that AD looks for: split on its delimiters, short ones dropped
/// (so "Erin M. Hagens" yields "Erin" and "Hagens", not "M").
fn display_name_tokens(display_name: &str) -> impl Iterator<Item = &str> {
    display_name
        .split(DISPLAY_NAME_DELIMITERS)
        .filter(|token| token.chars().count() >= MIN_NAME_CHARS)
}

/// Case-insensitive substring test that never copies the password: lowercased characters are
/// compared as they stream past, so no extra plaintext copy is left in freed memory.
fn contains_ignoring_case(password: &str, needle: &str) -> bool {
    let needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    if needle.is_empty() {
        return true;
    }
    let mut rest = password.chars();
    loop {
        let mut candidate = rest.clone().flat_map(char::to_lowercase);
        if needle.iter().all(|&n| candidate.next() == Some(n)) {
            return true;
        }
        if rest.next().is_none() {
            return false;
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    fn user<'a>(sam: &'a str, display_name: Option<&'a str>) -> UserContext<'a> {
        UserContext {
            sam_account_name: sam,
            display_name,
            pwd_last_set_unix: None,
            must_change: false,
        }
    }

    fn anonymous() -> UserContext<'static> {
        user("x", None)
    }

    #[test]
    fn ascii_letters_digits_and_symbols_fall_in_their_classes() {
        assert_eq!(CharClass::of('A'), CharClass::Upper);
        assert_eq!(CharClass::of('z'), CharClass::Lower);
        assert_eq!(CharClass::of('0'), CharClass::Digit);
        assert_eq!(CharClass::of('9'), CharClass::Digit);
        for symbol in "~!@#$%^&*_-+=`|\\(){}[]:;\"'<>,.?/".chars() {
            assert_eq!(CharClass::of(symbol), CharClass::Symbol, "{symbol}");
        }
    }

    #[test]
    fn an_accented_capital_is_uppercase() {
        assert_eq!(CharClass::of('É'), CharClass::Upper);
        assert_eq!(CharClass::of('Ж'), CharClass::Upper);
    }

    #[test]
    fn an_accented_small_letter_is_lowercase() {
        assert_eq!(CharClass::of('é'), CharClass::Lower);
        assert_eq!(CharClass::of('ß'), CharClass::Lower);
    }

    #[test]
    fn a_cjk_ideograph_is_an_other_alphabetic_character() {
        assert_eq!(CharClass::of('漢'), CharClass::OtherAlphabetic);
    }

    #[test]
    fn space_euro_sign_and_non_ascii_digits_count_as_symbols() {
        assert_eq!(CharClass::of(' '), CharClass::Symbol);
        assert_eq!(CharClass::of('€'), CharClass::Symbol);
        assert_eq!(CharClass::of('٣'), CharClass::Symbol);
    }

    #[test]
    fn each_class_is_counted_once() {
        assert_eq!(class_count(""), 0);
        assert_eq!(class_count("aaaa"), 1);
        assert_eq!(class_count("Aa1!漢"), 5);
        assert_eq!(class_count("Éé漢"), 3);
    }

    #[test]
    fn three_classes_make_a_password_complex() {
        assert_eq!(check("Abcdefg1", &anonymous()), None);
        assert_eq!(check("ÉtéÀ漢", &anonymous()), None);
        assert_eq!(check("abc 123", &anonymous()), None);
    }

    #[test]
    fn two_classes_do_not_make_a_password_complex() {
        assert_eq!(
            check("Abcdefgh", &anonymous()),
            Some(Violation::NotComplex {
                classes_present: 2,
                contains_account_name: false,
                contains_name_part: false,
            })
        );
    }

    #[test]
    fn a_password_containing_the_account_name_is_not_complex() {
        let violation = check("Xx-jdoe-2024", &user("jdoe", None));
        assert_eq!(
            violation,
            Some(Violation::NotComplex {
                classes_present: 4,
                contains_account_name: true,
                contains_name_part: false,
            })
        );
    }

    #[test]
    fn the_account_name_is_matched_regardless_of_case() {
        assert!(contains_account_name("Hello-JDoe-1", "jdoe"));
        assert!(contains_account_name("hello-jdoe-1", "JDOE"));
        assert!(contains_account_name("ÉLODIE-99!", "élodie"));
    }

    #[test]
    fn an_account_name_shorter_than_three_characters_is_not_checked() {
        assert!(!contains_account_name("Ab-12-ab-zz", "ab"));
        assert_eq!(check("Ab-12-ab-zz", &user("ab", None)), None);
    }

    #[test]
    fn a_password_containing_a_display_name_token_is_not_complex() {
        let erin = user("ehagens", Some("Erin M. Hagens"));
        let violation = check("Secret-HAGENS-7", &erin);
        assert_eq!(
            violation,
            Some(Violation::NotComplex {
                classes_present: 4,
                contains_account_name: false,
                contains_name_part: true,
            })
        );
        assert!(check("9-erin-Rocks", &erin).is_some());
    }

    #[test]
    fn display_name_tokens_shorter_than_three_characters_are_ignored() {
        let erin = user("ehagens", Some("Erin M. Hagens"));
        assert_eq!(check("Mm-Quartz-55", &erin), None);
        let tokens: Vec<_> = display_name_tokens("Li, Bo-Yu_An#Ng\tSun.X").collect();
        assert_eq!(tokens, vec!["Sun"]);
    }

    #[test]
    fn the_display_name_is_split_on_every_delimiter() {
        let tokens: Vec<_> = display_name_tokens("Doe,Jane.Ann-Lee_Roy#Kim Wei\tTom").collect();
        assert_eq!(
            tokens,
            vec!["Doe", "Jane", "Ann", "Lee", "Roy", "Kim", "Wei", "Tom"]
        );
    }

    #[test]
    fn a_display_name_without_delimiters_is_one_token() {
        assert!(contains_name_part("My-Madonna-1", "Madonna"));
    }

    #[test]
    fn a_missing_display_name_never_matches() {
        assert_eq!(check("Abcdef-12", &user("zzz", None)), None);
    }

    #[test]
    fn containment_handles_matches_at_either_end_and_near_misses() {
        assert!(contains_ignoring_case("jdoe!", "jdoe"));
        assert!(contains_ignoring_case("!JDOE", "jdoe"));
        assert!(!contains_ignoring_case("jdo-e", "jdoe"));
        assert!(!contains_ignoring_case("jdo", "jdoe"));
        assert!(!contains_ignoring_case("", "jdoe"));
    }
}
