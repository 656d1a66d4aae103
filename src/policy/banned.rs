//! The portal's own banned-password rule: refuse passwords built around very common base words
//! ("Summer2024!", "P@ssw0rd1"), in the spirit of Microsoft Entra password protection.
//!
//! AD's complexity rule happily accepts "Welcome123!", which is among the first guesses of any
//! password-spraying attack, so the portal adds this rule on top of the directory's.
//!
//! Matching works on a normalised form: lowercase, with look-alike substitutions undone
//! (`@`/`4`→a, `3`→e, `1`→i or l, `0`→o, `$`/`5`→s, `7`/`+`→t, `!`→i, `|`→l). A password is
//! banned when either
//! - its core (leading and trailing digits, symbols and whitespace stripped) is a banned term, or
//! - it contains a banned term of 4+ characters with fewer than 5 characters around it.
//!
//! Cost: instead of scanning every term, we look up only the handful of substrings that could
//! satisfy either rule (the cores, and the windows at most 4 characters shorter than the
//! password). That is at most ~40 hash lookups per normalised form, whatever the list size, plus
//! a linear scan of the few caller-supplied extra terms.

use std::collections::HashSet;
use std::fmt;
use std::io;
use std::path::Path;

/// The built-in list, compiled in so the rule works with no configuration.
const BUILTIN: &str = include_str!("banned_builtin.txt");

/// Contained terms shorter than this are ignored: too many innocent passwords contain "love".
const MIN_CONTAINED_TERM_CHARS: usize = 4;

/// A contained term still bans the password when at most this many characters surround it.
const MAX_SURROUNDING_CHARS: usize = 4;

/// How far a core may grow back over stripped look-alike characters ("$ummer", "trustno1!").
/// Bounded so a long run of symbols can't multiply the number of lookups.
const MAX_EDGE_SUBSTITUTIONS: usize = 4;

/// A set of banned base terms, held in normalised form.
#[derive(Clone)]
pub struct BannedList {
    terms: HashSet<String>,
}

impl fmt::Debug for BannedList {
    // Print the size only: several hundred terms would drown any log line.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BannedList")
            .field("terms", &self.terms.len())
            .finish()
    }
}

impl BannedList {
    /// A list with no terms (bans nothing unless extra terms are passed to
    /// [`BannedList::is_banned`]); a starting point for an operator-only list.
    pub fn empty() -> Self {
        BannedList {
            terms: HashSet::new(),
        }
    }

    /// The compiled-in list of common and breached base words, keyboard walks and sequences.
    pub fn builtin() -> Self {
        let mut list = Self::empty();
        list.add_lines(BUILTIN);
        list
    }

    /// Adds the terms in an operator's file: one term per line, UTF-8; lines whose first
    /// non-blank character is `#` are comments and blank lines are ignored. Terms are
    /// normalised like passwords, so "P@ssw0rd" and "password" are the same entry.
    ///
    /// # Errors
    ///
    /// Any error reading the file, including `InvalidData` if it is not UTF-8.
    pub fn with_file(mut self, path: &Path) -> io::Result<Self> {
        let text = std::fs::read_to_string(path)?;
        self.add_lines(&text);
        Ok(self)
    }

    /// Number of distinct terms after normalisation.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// Whether the list has no terms.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether `password` is built around a term from this list or from `extra_terms`.
    ///
    /// `extra_terms` are organisation-specific terms such as the company name or the user's own
    /// names, matched exactly like listed terms. Pass each word separately: "Contoso Ltd" as
    /// one term only matches passwords containing the space.
    pub fn is_banned(&self, password: &str, extra_terms: &[&str]) -> bool {
        let extra: Vec<String> = extra_terms
            .iter()
            .map(|term| normalise_term(term))
            .filter(|term| !term.is_empty())
            .collect();
        let is_term = |candidate: &str| {
            self.terms.contains(candidate) || extra.iter().any(|t| t == candidate)
        };

        let ranges = candidate_ranges(password);
        if ranges.is_empty() {
            return false;
        }
        // "1" stands for "i" as often as for "l"; trying both whole-password readings is
        // cheap, whereas every per-position mix would be exponential.
        let readings: &[char] = if password.contains('1') {
            &['i', 'l']
        } else {
            &['i']
        };
        readings.iter().any(|&one| {
            let normalised = Normalised::new(password, one);
            ranges
                .iter()
                .any(|&(start, end)| normalised.slice(start, end).is_some_and(is_term))
        })
    }

    fn add_lines(&mut self, text: &str) {
        // Editors on Windows may save a byte-order mark, which would otherwise glue itself to
        // the first term.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        for line in text.lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let term = normalise_term(line);
            if !term.is_empty() {
                self.terms.insert(term);
            }
        }
    }
}

/// Terms are stored with `1` read as `i`. Passwords are tried with both readings, so a term
/// written with a real `l` still matches a password that spells it with `1`.
fn normalise_term(term: &str) -> String {
    term.trim()
        .chars()
        .map(|c| normalise_char(c, 'i'))
        .collect()
}

/// Lowercases one character and undoes look-alike substitutions; `one` is what `1` becomes.
///
/// Always maps one character to one character, so character positions in the password and in
/// its normalised form line up.
fn normalise_char(c: char, one: char) -> char {
    match single_lowercase(c) {
        '@' | '4' => 'a',
        '3' => 'e',
        '1' => one,
        '0' => 'o',
        '$' | '5' => 's',
        '7' | '+' => 't',
        '!' => 'i',
        '|' => 'l',
        other => other,
    }
}

/// Whether `c` is one of the look-alike characters `normalise_char` turns into a letter.
fn is_substitution(c: char) -> bool {
    matches!(
        c,
        '@' | '4' | '3' | '1' | '0' | '$' | '5' | '7' | '+' | '!' | '|'
    )
}

/// The lowercase form of `c` when it is a single character (almost always); otherwise `c`.
fn single_lowercase(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Character ranges `(start, end)` of the password worth looking up. They depend only on the
/// password's shape (where its letters are), not on its normalised content.
fn candidate_ranges(password: &str) -> Vec<(usize, usize)> {
    let len = password.chars().count();
    if len == 0 {
        return Vec::new();
    }
    let not_letter = |c: &char| !c.is_alphabetic();
    // The whole password: covers all-digit terms such as "123456" and undecorated words.
    let mut ranges = vec![(0, len)];

    let lead = password.chars().take_while(not_letter).count();
    if lead < len {
        let trail = password.chars().rev().take_while(not_letter).count();
        // Stripping removes look-alikes too ("$ummer" -> "ummer"), so also try cores that keep
        // up to MAX_EDGE_SUBSTITUTIONS of them next to the letters.
        let lead_keep = password
            .chars()
            .rev()
            .skip(len - lead)
            .take_while(|&c| is_substitution(c))
            .take(MAX_EDGE_SUBSTITUTIONS)
            .count();
        let trail_keep = password
            .chars()
            .skip(len - trail)
            .take_while(|&c| is_substitution(c))
            .take(MAX_EDGE_SUBSTITUTIONS)
            .count();
        for start in lead - lead_keep..=lead {
            for stripped in trail - trail_keep..=trail {
                ranges.push((start, len - stripped));
            }
        }
    }

    // Windows long enough that fewer than 5 characters remain around them.
    let shortest = MIN_CONTAINED_TERM_CHARS.max(len.saturating_sub(MAX_SURROUNDING_CHARS));
    for window in shortest..=len {
        for start in 0..=len - window {
            ranges.push((start, start + window));
        }
    }
    ranges
}

/// A normalised copy of the password with its character boundaries, wiped when dropped.
struct Normalised {
    text: String,
    /// Byte offset of each character, plus the total length, so character ranges slice
    /// without allocating.
    bounds: Vec<usize>,
}

impl Normalised {
    fn new(password: &str, one: char) -> Self {
        // Exact capacity up front: a reallocation would leave a stray copy in freed memory.
        let capacity = password
            .chars()
            .map(|c| normalise_char(c, one).len_utf8())
            .sum();
        let mut text = String::with_capacity(capacity);
        let mut bounds = Vec::with_capacity(password.len() + 1);
        for c in password.chars() {
            bounds.push(text.len());
            text.push(normalise_char(c, one));
        }
        bounds.push(text.len());
        Normalised { text, bounds }
    }

    fn slice(&self, start: usize, end: usize) -> Option<&str> {
        self.text
            .get(*self.bounds.get(start)?..*self.bounds.get(end)?)
    }
}

impl Drop for Normalised {
    // The normalised text is as good as the password. Zero it before freeing; `black_box`
    // keeps the optimiser from discarding the writes as dead (best effort, not a guarantee).
    fn drop(&mut self) {
        let mut bytes = std::mem::take(&mut self.text).into_bytes();
        bytes.fill(0);
        std::hint::black_box(&bytes);
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    fn banned(password: &str) -> bool {
        BannedList::builtin().is_banned(password, &[])
    }

    /// A unique file under the system temp dir, removed when dropped.
    struct TempFile(PathBuf);

    impl TempFile {
        fn with_contents(name: &str, contents: &str) -> Self {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos();
            let path = std::env::temp_dir().join(format!(
                "sspr-banned-{name}-{}-{nanos}.txt",
                std::process::id()
            ));
            std::fs::write(&path, contents).unwrap();
            TempFile(path)
        }
    }

    impl Drop for TempFile {
        fn drop(&mut self) {
            let _ = std::fs::remove_file(&self.0);
        }
    }

    #[test]
    fn the_builtin_list_has_several_hundred_terms() {
        let list = BannedList::builtin();
        assert!((300..=600).contains(&list.len()), "{}", list.len());
        assert!(!list.is_empty());
    }

    #[test]
    fn every_builtin_term_is_itself_banned() {
        let list = BannedList::builtin();
        for line in BUILTIN.lines().map(str::trim) {
            if !line.is_empty() && !line.starts_with('#') {
                assert!(list.is_banned(line, &[]), "{line}");
            }
        }
    }

    #[test]
    fn a_season_with_a_year_and_a_symbol_is_banned() {
        assert!(banned("Summer2024!"));
        assert!(banned("winter25"));
        assert!(banned("!!Autumn2023"));
    }

    #[test]
    fn a_substituted_password_with_a_digit_is_banned() {
        assert!(banned("P@ssw0rd1"));
        assert!(banned("pa$$word"));
        assert!(banned("PASSWORD"));
    }

    #[test]
    fn welcome_with_digits_and_a_symbol_is_banned() {
        assert!(banned("Welcome123!"));
    }

    #[test]
    fn keyboard_walks_and_number_runs_are_banned() {
        assert!(banned("qwerty123"));
        assert!(banned("1q2w3e4r"));
        assert!(banned("Qwertz!"));
        assert!(banned("123456"));
        assert!(banned("12345678!"));
    }

    #[test]
    fn a_look_alike_stripped_from_the_edge_is_put_back() {
        // "$" and the trailing "1" are stripped as symbols/digits, but they are part of the word.
        assert!(banned("$ummer2024"));
        assert!(banned("Trustno1!"));
    }

    #[test]
    fn one_is_read_as_either_i_or_l() {
        assert!(banned("1etmein"), "1 as l");
        assert!(banned("letme1n"), "1 as i");
        assert!(banned("he11o99"), "1 as l");
        assert!(banned("w1nter99"), "1 as i");
    }

    #[test]
    fn a_term_with_up_to_four_characters_around_it_is_banned() {
        assert!(banned("xxpasswordxx"));
        assert!(banned("Mydragonzz"));
    }

    #[test]
    fn a_term_with_five_or_more_characters_around_it_is_not_banned() {
        assert!(!banned("xxxpasswordxx"));
        assert!(!banned("Mydragonfly!"));
    }

    #[test]
    fn a_passphrase_of_common_words_is_not_banned() {
        assert!(!banned("correct horse battery staple"));
    }

    #[test]
    fn a_long_substituted_password_with_unusual_words_is_not_banned() {
        assert!(!banned("Tr0ub4dor&3-zebra-kite"));
    }

    #[test]
    fn an_empty_or_symbol_only_password_is_not_banned() {
        assert!(!banned(""));
        assert!(!banned("%^&*()"));
    }

    #[test]
    fn short_terms_only_ban_when_they_are_the_whole_core() {
        assert!(banned("God123!"));
        assert!(!banned("Godzilla-Quest"));
    }

    #[test]
    fn extra_terms_are_matched_like_listed_terms() {
        let list = BannedList::builtin();
        assert!(!list.is_banned("Contoso2024!", &[]));
        assert!(list.is_banned("Contoso2024!", &["Contoso"]));
        assert!(list.is_banned("c0nt0s0!", &["contoso"]));
        assert!(list.is_banned("Jane1987", &["Jane", "Doe"]));
        assert!(!list.is_banned("Jane-plays-chess-1987", &["Jane"]));
    }

    #[test]
    fn empty_extra_terms_are_ignored() {
        assert!(!BannedList::empty().is_banned("Orbit-Lantern-47", &["", "  "]));
    }

    #[test]
    fn an_empty_list_bans_nothing() {
        let list = BannedList::empty();
        assert!(list.is_empty());
        assert_eq!(list.len(), 0);
        assert!(!list.is_banned("password", &[]));
    }

    #[test]
    fn an_operator_file_adds_normalised_terms_and_skips_comments_and_blanks() {
        let file = TempFile::with_contents(
            "operator",
            "\u{feff}# Operator terms\n\nZorbulax\n   Qu!ntaro  \r\n  # zyxxor\nP@ssw0rd\n",
        );
        let builtin = BannedList::builtin();
        let list = BannedList::builtin().with_file(&file.0).unwrap();
        // "P@ssw0rd" normalises to "password", already built in.
        assert_eq!(list.len(), builtin.len() + 2);
        assert!(list.is_banned("Zorbulax2024!", &[]));
        assert!(list.is_banned("quintaro", &[]));
        assert!(!list.is_banned("zyxxor!", &[]));
        assert!(!builtin.is_banned("Zorbulax2024!", &[]));
    }

    #[test]
    fn an_operator_file_can_stand_alone() {
        let file = TempFile::with_contents("standalone", "acme\n");
        let list = BannedList::empty().with_file(&file.0).unwrap();
        assert_eq!(list.len(), 1);
        assert!(list.is_banned("Acme2025", &[]));
        assert!(!list.is_banned("Summer2024!", &[]));
    }

    #[test]
    fn a_missing_operator_file_is_an_error() {
        let missing = std::env::temp_dir().join("sspr-banned-does-not-exist.txt");
        let error = BannedList::builtin().with_file(&missing).unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::NotFound);
    }

    #[test]
    fn normalisation_undoes_each_substitution() {
        let undone: String = "@4310$57+!|"
            .chars()
            .map(|c| normalise_char(c, 'i'))
            .collect();
        assert_eq!(undone, "aaeiossttil");
        assert_eq!(normalise_char('1', 'l'), 'l');
        assert_eq!(normalise_char('É', 'i'), 'é');
    }

    #[test]
    fn the_number_of_lookups_does_not_grow_with_password_length() {
        let long = format!("{}{}", "Ab3-".repeat(60), "%".repeat(40));
        assert!(candidate_ranges(&long).len() <= 1 + 25 + 15);
        assert!(!banned(&long));
    }

    #[test]
    fn debug_output_shows_only_the_size() {
        let shown = format!("{:?}", BannedList::builtin());
        assert!(shown.starts_with("BannedList { terms: "));
        assert!(!shown.contains("password"));
    }
}
