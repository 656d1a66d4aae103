//! The password policy in the reader's words: the checklist shown before a new password is
//! typed (`_policy.html`), the rules on the helpdesk's user page, and why a typed password was
//! refused. `crate::policy` gives the rules and violations as typed values; this module is the
//! only place they become sentences (`locales/<lang>/policy.ftl`).

use chrono::{DateTime, Utc};

use crate::i18n::Tr;
use crate::policy::{self, PasswordPolicy, PolicySource, Requirement, Span, Violation};

/// One line of the policy checklist.
pub struct Rule {
    /// `length`, `classes`, `name`, `match` or `` (plain): what the live check tests.
    pub kind: &'static str,
    /// data-* attribute value (min length, classes needed, name tokens).
    pub data: String,
    line: Line,
}

/// What a checklist line says.
enum Line {
    Length(u32),
    Classes(u32),
    Names,
    History(u32),
    /// The policy could not be read.
    Unknown,
    Common,
    /// Not in the imported breached-password list.
    Breached,
    /// At least this zxcvbn score, read as the meter's word for it.
    Strength(u8),
    Match,
}

pub use crate::policy::PortalChecks;

/// The strength meter's word for a zxcvbn score (static/password.js shows the same ones).
pub fn strength_word(tr: &Tr, score: u8) -> String {
    tr.t(match score {
        0 => "meter-too-weak",
        1 => "meter-weak",
        2 => "meter-fair",
        3 => "meter-good",
        _ => "meter-strong",
    })
}

impl Rule {
    /// The rule in words.
    pub fn text(&self, tr: &Tr) -> String {
        match self.line {
            Line::Length(n) => tr.t1("policy-rule-min-length", "n", n),
            Line::Classes(n) => tr.t1("policy-panel-classes", "n", n),
            Line::Names => tr.t("policy-panel-names"),
            Line::History(n) => tr.t1("policy-rule-history", "n", n),
            Line::Unknown => tr.t("policy-panel-unknown"),
            Line::Common => tr.t("policy-panel-common"),
            Line::Breached => tr.t("policy-panel-breached"),
            Line::Strength(n) => tr.t1("policy-panel-strength", "level", strength_word(tr, n)),
            Line::Match => tr.t("policy-panel-match"),
        }
    }
}

/// The policy panel shown before the user types.
pub struct PolicyPanel {
    /// Checklist lines.
    pub rules: Vec<Rule>,
    /// When the password can be changed again, when minimum age is in the way.
    pub can_change: Option<DateTime<Utc>>,
    /// Where the policy comes from: the id of the sentence that says so.
    pub source: &'static str,
}

impl PolicyPanel {
    /// "You can change your password again from ..." when relevant.
    pub fn can_change_text(&self, tr: &Tr) -> Option<String> {
        self.can_change
            .map(|when| tr.t1("policy-can-change", "when", tr.datetime(when)))
    }
}

/// Builds the panel from the effective policy. Name tokens go to the page so the live check can
/// warn about them; they are the user's own names, shown only after verification.
pub fn policy_panel(
    policy: Option<&PasswordPolicy>,
    names: &[&str],
    can_change: Option<DateTime<Utc>>,
    checks: PortalChecks,
) -> PolicyPanel {
    let rule = |kind, data, line| Rule { kind, data, line };
    let mut rules = Vec::new();
    match policy {
        Some(p) => {
            rules.push(rule(
                "length",
                p.min_length.to_string(),
                Line::Length(p.min_length.max(1)),
            ));
            if p.complexity {
                rules.push(rule(
                    "classes",
                    policy::REQUIRED_CLASSES.to_string(),
                    Line::Classes(policy::REQUIRED_CLASSES),
                ));
                let tokens: Vec<String> = names
                    .iter()
                    .flat_map(|n| n.split([' ', ',', '.', '-', '_', '#', '\t']))
                    .filter(|t| t.chars().count() >= 3)
                    .map(String::from)
                    .collect();
                rules.push(rule("name", tokens.join(","), Line::Names));
            }
            if p.history_length > 0 {
                rules.push(rule("", String::new(), Line::History(p.history_length)));
            }
        }
        None => rules.push(rule("", String::new(), Line::Unknown)),
    }
    rules.push(rule("", String::new(), Line::Common));
    if checks.breached {
        rules.push(rule("", String::new(), Line::Breached));
    }
    if let Some(n) = checks.min_strength {
        rules.push(rule("strength", n.to_string(), Line::Strength(n)));
    }
    rules.push(rule("match", String::new(), Line::Match));
    PolicyPanel {
        rules,
        can_change,
        source: match policy.map(|p| &p.source) {
            Some(PolicySource::Pso { .. }) => "policy-source-pso",
            _ => "policy-source-domain",
        },
    }
}

/// The rules of a directory policy, one line each (the helpdesk's view of a user).
pub fn rule_lines(tr: &Tr, policy: &PasswordPolicy) -> Vec<String> {
    policy
        .describe()
        .into_iter()
        .map(|r| requirement(tr, r))
        .collect()
}

/// One rule of a directory policy in words.
pub fn requirement(tr: &Tr, rule: Requirement) -> String {
    match rule {
        Requirement::MinLength(n) => tr.t1("policy-rule-min-length", "n", n),
        Requirement::Classes { required } => tr.t1("policy-rule-classes", "n", required),
        Requirement::NoNames => tr.t("policy-rule-names"),
        Requirement::NotRecent(n) => tr.t1("policy-rule-history", "n", n),
        Requirement::MinAge(s) => tr.t1("policy-rule-min-age", "duration", span(tr, s)),
        Requirement::MaxAge(s) => tr.t1("policy-rule-max-age", "duration", span(tr, s)),
    }
}

/// A duration in words: "1 day", "36 hours".
pub fn span(tr: &Tr, span: Span) -> String {
    match span {
        Span::Days(n) => tr.t1("policy-days", "n", n),
        Span::Hours(n) => tr.t1("policy-hours", "n", n),
        Span::Minutes(n) => tr.t1("policy-minutes", "n", n),
        Span::Seconds(n) => tr.t1("policy-seconds", "n", n),
    }
}

/// The latest moment shown for a limit (9999-12-31 23:59 UTC): beyond it a date cannot be
/// written in four digits, and a limit that far is a broken value anyway.
const LATEST_SHOWN: i64 = 253_402_300_740;

/// What to tell the user about one violation. Built only from the numbers in the violation, so
/// it can never echo the password.
pub fn violation_message(tr: &Tr, violation: &Violation) -> String {
    match violation {
        Violation::TooShort { min, actual } => {
            crate::tr!(tr, "policy-too-short", min = *min, actual = *actual)
        }
        Violation::NotComplex {
            classes_present,
            contains_account_name,
            contains_name_part,
        } => {
            // Each failing part is a sentence of its own.
            let mut parts = Vec::new();
            if *contains_account_name {
                parts.push(tr.t("policy-has-account-name"));
            }
            if *contains_name_part {
                parts.push(tr.t("policy-has-name-part"));
            }
            if *classes_present < policy::REQUIRED_CLASSES {
                parts.push(crate::tr!(
                    tr,
                    "policy-few-classes",
                    required = policy::REQUIRED_CLASSES,
                    present = *classes_present
                ));
            }
            parts.join(" ")
        }
        Violation::TooYoung { can_change_at_unix } => {
            let at = policy::change_again_from(*can_change_at_unix).min(LATEST_SHOWN);
            let when = DateTime::from_timestamp(at, 0).unwrap_or(DateTime::UNIX_EPOCH);
            tr.t1("policy-too-young", "when", tr.datetime(when))
        }
        Violation::Banned => tr.t("policy-banned"),
        Violation::Breached => tr.t("policy-breached"),
        Violation::TooWeak { hints, .. } => {
            // The rule, then zxcvbn's warning and suggestions, each a sentence.
            let mut parts = vec![tr.t("policy-too-weak")];
            parts.extend(hints.iter().map(|h| tr.t(h)));
            parts.join(" ")
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use std::time::Duration;

    use super::*;

    const DAY: u64 = 86_400;
    const NOW: i64 = 1_700_000_000; // 2023-11-14 22:13:20 UTC

    use crate::i18n::english;

    fn policy() -> PasswordPolicy {
        PasswordPolicy {
            source: PolicySource::Domain,
            min_length: 14,
            complexity: true,
            history_length: 24,
            min_age: Duration::from_secs(DAY),
            max_age: Some(Duration::from_secs(42 * DAY)),
            lockout_threshold: 5,
            lockout_duration: Some(Duration::from_secs(15 * 60)),
            lockout_window: Duration::from_secs(15 * 60),
        }
    }

    #[test]
    fn the_rules_read_in_plain_english() {
        let rules = rule_lines(&english(), &policy());
        assert_eq!(rules[0], "At least 14 characters");
        assert_eq!(
            rules[1],
            "Characters from at least 3 of: uppercase letters, lowercase letters, digits (0-9), \
             symbols (such as ! # $ % or a space), and letters without case (such as Chinese or \
             Japanese)"
        );
        assert_eq!(
            rules[2],
            "Not containing your user name or parts of your full name"
        );
        assert_eq!(rules[3], "Not one of your last 24 passwords");
        assert_eq!(rules[4], "Can be changed at most once every 1 day");
        assert_eq!(rules[5], "Must be changed every 42 days");
        assert_eq!(rules.len(), 6);
    }

    #[test]
    fn a_history_of_one_is_the_current_password() {
        let tr = english();
        assert_eq!(
            requirement(&tr, Requirement::NotRecent(1)),
            "Not your current password"
        );
        assert_eq!(
            requirement(&tr, Requirement::MinLength(1)),
            "At least 1 character"
        );
    }

    #[test]
    fn durations_read_with_their_unit() {
        let tr = english();
        assert_eq!(span(&tr, Span::Days(2)), "2 days");
        assert_eq!(span(&tr, Span::Hours(36)), "36 hours");
        assert_eq!(span(&tr, Span::Hours(1)), "1 hour");
        assert_eq!(span(&tr, Span::Minutes(1)), "1 minute");
        assert_eq!(span(&tr, Span::Seconds(90)), "90 seconds");
    }

    #[test]
    fn every_strength_hint_and_portal_rule_has_words() {
        let tr = english();
        for id in policy::strength::HINT_IDS {
            assert!(tr.has(id), "{id} is not in the catalogue");
        }
        let weak = Violation::TooWeak {
            score: 1,
            required: 3,
            hints: vec!["strength-warning-common", "strength-suggest-another-word"],
        };
        assert_eq!(
            violation_message(&tr, &weak),
            "This password would be too easy to guess. This is a very common password. \
             Add another word or two. Uncommon words are better."
        );
        assert!(violation_message(&tr, &Violation::Breached).contains("data breach"));
        let checks = PortalChecks {
            breached: true,
            min_strength: Some(3),
        };
        let lines: Vec<String> = policy_panel(Some(&policy()), &[], None, checks)
            .rules
            .iter()
            .map(|r| r.text(&tr))
            .collect();
        assert!(lines.contains(&"Not a password known from a data breach".to_string()));
        assert!(lines.contains(&"Hard to guess: at least “Good” on the strength meter".to_string()));
    }

    #[test]
    fn violations_read_in_plain_english() {
        let tr = english();
        assert_eq!(
            violation_message(&tr, &Violation::TooShort { min: 14, actual: 9 }),
            "Use at least 14 characters (you typed 9)."
        );
        assert_eq!(
            violation_message(
                &tr,
                &Violation::NotComplex {
                    classes_present: 2,
                    contains_account_name: true,
                    contains_name_part: true,
                }
            ),
            "Don't include your user name. Don't include parts of your full name. Use \
             characters from at least 3 of: uppercase letters, lowercase letters, digits (0-9), \
             symbols (such as ! # $ % or a space), and letters without case (such as Chinese or \
             Japanese) (yours has 2)."
        );
        assert_eq!(
            violation_message(
                &tr,
                &Violation::NotComplex {
                    classes_present: 4,
                    contains_account_name: true,
                    contains_name_part: false,
                }
            ),
            "Don't include your user name."
        );
        assert!(
            violation_message(&tr, &Violation::Banned).starts_with("This password is too common")
        );
    }

    #[test]
    fn the_too_young_message_gives_the_time_rounded_up_to_the_minute() {
        let tr = english();
        let at = |unix| {
            violation_message(
                &tr,
                &Violation::TooYoung {
                    can_change_at_unix: unix,
                },
            )
        };
        assert_eq!(
            at(NOW),
            "Your password was changed too recently. You can change it again from \
             14 Nov 2023, 22:14 UTC."
        );
        assert!(at(NOW - 20).contains("22:13 UTC"), "{}", at(NOW - 20));
        // Broken values do not panic.
        assert!(at(i64::MAX).contains("9999"));
        let _ = at(i64::MIN);
    }

    #[test]
    fn the_panel_reads_in_plain_english() {
        let tr = english();
        let panel = policy_panel(
            Some(&policy()),
            &["jdoe", "Jane Doe"],
            None,
            PortalChecks::default(),
        );
        let lines: Vec<String> = panel.rules.iter().map(|r| r.text(&tr)).collect();
        assert_eq!(
            lines,
            vec![
                "At least 14 characters",
                "Characters from 3 of: capital letters, small letters, digits, symbols",
                "Not containing your user name or parts of your name",
                "Not one of your last 24 passwords",
                "Not a common or easily guessed password",
                "Both entries match",
            ]
        );
        assert_eq!(panel.rules[2].data, "jdoe,Jane,Doe");
        assert_eq!(
            tr.t(panel.source),
            "These come from your organisation's password policy."
        );
        assert_eq!(panel.can_change_text(&tr), None);
        let unknown = policy_panel(
            None,
            &[],
            DateTime::from_timestamp(NOW, 0),
            PortalChecks::default(),
        );
        assert_eq!(
            unknown.rules[0].text(&tr),
            "Your organisation's password rules apply"
        );
        assert_eq!(
            unknown.can_change_text(&tr).as_deref(),
            Some("You can change your password again from 14 Nov 2023, 22:13 UTC.")
        );
    }
}
