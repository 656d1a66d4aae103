//! How hard a password is to guess: zxcvbn's estimate (score 0-4), for `policy.min_strength`.
//!
//! The page's meter gives a lighter estimate as the person types; this one, on the server,
//! decides. zxcvbn's own words are English sentences; here each of its warnings and
//! suggestions becomes a message id, so the web layer can say it in the reader's language.

use zxcvbn::feedback::{Suggestion, Warning};

/// Longer passwords are estimated on their first this many characters: zxcvbn's matching
/// grows faster than linearly with length, and a prefix can only look weaker than the
/// whole, never stronger.
const ESTIMATED_CHARS: usize = 64;

/// zxcvbn's estimate of one password.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Strength {
    /// 0 (guessable in 10^3 tries) to 4 (more than 10^10).
    pub score: u8,
    /// Message ids: what is wrong (a warning, when zxcvbn has one) and then its suggestions.
    pub hints: Vec<&'static str>,
}

/// Estimates `password`, counting the words of `user_inputs` (the user's names, the
/// organisation) as known to an attacker.
pub fn estimate(password: &str, user_inputs: &[&str]) -> Strength {
    let end = password
        .char_indices()
        .nth(ESTIMATED_CHARS)
        .map_or(password.len(), |(i, _)| i);
    let entropy = zxcvbn::zxcvbn(&password[..end], user_inputs);
    let mut hints = Vec::new();
    if let Some(feedback) = entropy.feedback() {
        hints.extend(feedback.warning().map(warning_id));
        hints.extend(feedback.suggestions().iter().map(|s| suggestion_id(*s)));
    }
    Strength {
        score: u8::from(entropy.score()),
        hints,
    }
}

fn warning_id(w: Warning) -> &'static str {
    match w {
        Warning::StraightRowsOfKeysAreEasyToGuess => "strength-warning-key-rows",
        Warning::ShortKeyboardPatternsAreEasyToGuess => "strength-warning-key-patterns",
        Warning::RepeatsLikeAaaAreEasyToGuess => "strength-warning-repeats",
        Warning::RepeatsLikeAbcAbcAreOnlySlightlyHarderToGuess => {
            "strength-warning-repeated-groups"
        }
        Warning::ThisIsATop10Password => "strength-warning-top10",
        Warning::ThisIsATop100Password => "strength-warning-top100",
        Warning::ThisIsACommonPassword => "strength-warning-common",
        Warning::ThisIsSimilarToACommonlyUsedPassword => "strength-warning-similar-to-common",
        Warning::SequencesLikeAbcAreEasyToGuess => "strength-warning-sequences",
        Warning::RecentYearsAreEasyToGuess => "strength-warning-recent-years",
        Warning::AWordByItselfIsEasyToGuess => "strength-warning-single-word",
        Warning::DatesAreOftenEasyToGuess => "strength-warning-dates",
        Warning::NamesAndSurnamesByThemselvesAreEasyToGuess => "strength-warning-names",
        Warning::CommonNamesAndSurnamesAreEasyToGuess => "strength-warning-common-names",
    }
}

fn suggestion_id(s: Suggestion) -> &'static str {
    match s {
        Suggestion::UseAFewWordsAvoidCommonPhrases => "strength-suggest-few-words",
        Suggestion::NoNeedForSymbolsDigitsOrUppercaseLetters => {
            "strength-suggest-no-symbols-needed"
        }
        Suggestion::AddAnotherWordOrTwo => "strength-suggest-another-word",
        Suggestion::CapitalizationDoesntHelpVeryMuch => "strength-suggest-capitals",
        Suggestion::AllUppercaseIsAlmostAsEasyToGuessAsAllLowercase => {
            "strength-suggest-all-capitals"
        }
        Suggestion::ReversedWordsArentMuchHarderToGuess => "strength-suggest-reversed",
        Suggestion::PredictableSubstitutionsDontHelpVeryMuch => "strength-suggest-substitutions",
        Suggestion::UseALongerKeyboardPatternWithMoreTurns => "strength-suggest-longer-pattern",
        Suggestion::AvoidRepeatedWordsAndCharacters => "strength-suggest-avoid-repeats",
        Suggestion::AvoidSequences => "strength-suggest-avoid-sequences",
        Suggestion::AvoidRecentYears => "strength-suggest-avoid-recent-years",
        Suggestion::AvoidYearsThatAreAssociatedWithYou => "strength-suggest-avoid-your-years",
        Suggestion::AvoidDatesAndYearsThatAreAssociatedWithYou => {
            "strength-suggest-avoid-your-dates"
        }
    }
}

/// Every message id [`estimate`] can give, for the catalogue tests.
pub const HINT_IDS: &[&str] = &[
    "strength-warning-key-rows",
    "strength-warning-key-patterns",
    "strength-warning-repeats",
    "strength-warning-repeated-groups",
    "strength-warning-top10",
    "strength-warning-top100",
    "strength-warning-common",
    "strength-warning-similar-to-common",
    "strength-warning-sequences",
    "strength-warning-recent-years",
    "strength-warning-single-word",
    "strength-warning-dates",
    "strength-warning-names",
    "strength-warning-common-names",
    "strength-suggest-few-words",
    "strength-suggest-no-symbols-needed",
    "strength-suggest-another-word",
    "strength-suggest-capitals",
    "strength-suggest-all-capitals",
    "strength-suggest-reversed",
    "strength-suggest-substitutions",
    "strength-suggest-longer-pattern",
    "strength-suggest-avoid-repeats",
    "strength-suggest-avoid-sequences",
    "strength-suggest-avoid-recent-years",
    "strength-suggest-avoid-your-years",
    "strength-suggest-avoid-your-dates",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn complex_but_guessable_passwords_score_low_and_say_why() {
        let s = estimate("Summer2024!", &[]);
        assert!(s.score < 3, "{s:?}");
        assert!(!s.hints.is_empty());
        for h in &s.hints {
            assert!(HINT_IDS.contains(h), "{h}");
        }
        assert!(estimate("quiet harbour lantern orbit", &[]).score >= 3);
    }

    #[test]
    fn the_user_s_own_words_count_against_them() {
        let alone = estimate("Kowalczyk#2019", &[]).score;
        let known = estimate("Kowalczyk#2019", &["kowalczyk", "Anna Kowalczyk"]).score;
        assert!(known < alone, "{known} < {alone}");
    }

    #[test]
    fn very_long_passwords_are_estimated_on_a_prefix() {
        let long = "correct horse battery staple ".repeat(200);
        assert_eq!(estimate(&long, &[]).score, 4);
        // Not cut inside a character.
        let wide = "ж".repeat(500);
        let _ = estimate(&wide, &[]);
    }
}
