//! Local password-policy checks, run before the portal writes a password to Active Directory.
//!
//! A Windows DC refuses a bad password with a bare `0000052D` (constraint violation) that does
//! not say which rule failed. So the portal checks everything it can know locally first and
//! tells the user the exact rule: minimum length, AD complexity, minimum age, and the
//! portal's own banned-password list. Password history can't be checked here (AD keeps only
//! hashes), so this module never reports it; the DC stays the final authority and its answer
//! is mapped to a [`PolicyRule`] elsewhere.
//!
//! Everything here is std-only and free of I/O (apart from [`BannedList::with_file`]), so it
//! can be unit-tested without a directory server.

mod banned;
mod complexity;

pub use banned::BannedList;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// Where an effective password policy came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PolicySource {
    /// The domain-wide policy (Default Domain Policy, stored on the domain head object).
    Domain,
    /// A fine-grained Password Settings Object that applies to the user.
    Pso {
        /// Distinguished name of the PSO (the user's `msDS-ResultantPSO`).
        dn: String,
    },
}

/// The password policy in force for one user, as read from AD.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordPolicy {
    /// Whether this is the domain policy or a fine-grained PSO.
    pub source: PolicySource,
    /// Minimum number of characters (`minPwdLength`); 0 means no minimum.
    pub min_length: u32,
    /// Whether "passwords must meet complexity requirements" is enabled.
    pub complexity: bool,
    /// How many previous passwords AD remembers (`pwdHistoryLength`); 0 means none.
    pub history_length: u32,
    /// Minimum time between user changes (`minPwdAge`); [`Duration::ZERO`] means none.
    pub min_age: Duration,
    /// Maximum password age (`maxPwdAge`); `None` means passwords never expire.
    pub max_age: Option<Duration>,
    /// Failed logons before the account locks; 0 means it never locks.
    pub lockout_threshold: u32,
    /// How long a lockout lasts; `None` means until an administrator unlocks it.
    pub lockout_duration: Option<Duration>,
    /// Window in which failed logons are counted towards the threshold.
    pub lockout_window: Duration,
}

impl PasswordPolicy {
    /// Earliest time (unix seconds) at which a user may change their password, or `None` when
    /// minimum age does not restrict it.
    ///
    /// `pwd_last_set_unix` is the user's `pwdLastSet` converted to unix seconds. Pass `None`
    /// when it was never set or is AD's raw `0` ("must change at next logon"). The result is
    /// not compared with the clock here; [`check`] does that.
    pub fn can_change_at(&self, pwd_last_set_unix: Option<i64>) -> Option<i64> {
        if self.min_age.is_zero() {
            return None;
        }
        let last_set = pwd_last_set_unix?;
        // A careless conversion of AD's raw "0 = must change" yields 0 or a large negative
        // number (FILETIME counts from 1601). No real password was set before 1970, so treat
        // such values as "must change" rather than as a genuine change time.
        if last_set <= 0 {
            return None;
        }
        Some(last_set.saturating_add(whole_seconds_rounded_up(self.min_age)))
    }

    /// Plain-English rules for the user to read before typing a new password, one per line.
    ///
    /// History is listed because the DC enforces it, even though it can't be checked locally.
    /// The portal's banned-password rule is not a directory policy and is not included.
    pub fn describe(&self) -> Vec<String> {
        let mut rules = Vec::new();
        if self.min_length > 0 {
            rules.push(format!(
                "At least {}",
                plural(u64::from(self.min_length), "character")
            ));
        }
        if self.complexity {
            rules.push(format!(
                "Characters from at least {} of: {}",
                complexity::REQUIRED_CLASSES,
                complexity::CLASS_NAMES
            ));
            rules.push("Not containing your user name or parts of your full name".to_owned());
        }
        match self.history_length {
            0 => {}
            // AD's history includes the current password, so a length of 1 only forbids that.
            1 => rules.push("Not your current password".to_owned()),
            n => rules.push(format!("Not one of your last {n} passwords")),
        }
        if !self.min_age.is_zero() {
            rules.push(format!(
                "Can be changed at most once every {}",
                describe_duration(self.min_age)
            ));
        }
        if let Some(max_age) = self.max_age {
            rules.push(format!(
                "Must be changed every {}",
                describe_duration(max_age)
            ));
        }
        rules
    }
}

/// The facts about a user that the local checks need. None of it is secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct UserContext<'a> {
    /// The user's `sAMAccountName`.
    pub sam_account_name: &'a str,
    /// The user's `displayName`, if set.
    pub display_name: Option<&'a str>,
    /// The user's `pwdLastSet` in unix seconds; `None` if never set or if `must_change`.
    pub pwd_last_set_unix: Option<i64>,
    /// `pwdLastSet` is 0: the user must change the password now, so minimum age never blocks.
    ///
    /// Kept separate from `pwd_last_set_unix` because AD's 0 is a flag, not a date, and a
    /// converted 0 would otherwise be indistinguishable from a real timestamp.
    pub must_change: bool,
}

/// How the portal writes the new password, which decides whether minimum age applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteKind {
    /// A user change (old password supplied): AD enforces minimum age and history.
    Change,
    /// An administrative reset (after identity verification).
    Reset {
        /// The LDAP "policy hints" control is supported by the DC and sent, which makes AD
        /// enforce minimum age and history as for a change.
        policy_hints: bool,
    },
}

impl WriteKind {
    fn enforces_min_age(self) -> bool {
        match self {
            WriteKind::Change => true,
            WriteKind::Reset { policy_hints } => policy_hints,
        }
    }
}

/// A directory password rule, by a stable name shared with the mapper for DC answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PolicyRule {
    /// Shorter than the minimum length.
    TooShort,
    /// Fails AD complexity (classes, account name, display-name parts).
    NotComplex,
    /// Matches a password in the user's history (known only from the DC's answer).
    InHistory,
    /// Changed again before the minimum age has passed.
    TooYoung,
    /// The account may not change its password at all.
    CannotChange,
    /// The DC refused for a reason that can't be attributed to one rule.
    Unknown,
}

impl PolicyRule {
    /// Every rule, in declaration order.
    pub const ALL: [PolicyRule; 6] = [
        PolicyRule::TooShort,
        PolicyRule::NotComplex,
        PolicyRule::InHistory,
        PolicyRule::TooYoung,
        PolicyRule::CannotChange,
        PolicyRule::Unknown,
    ];

    /// The stable name, e.g. `"TooShort"`; safe to store and to log.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyRule::TooShort => "TooShort",
            PolicyRule::NotComplex => "NotComplex",
            PolicyRule::InHistory => "InHistory",
            PolicyRule::TooYoung => "TooYoung",
            PolicyRule::CannotChange => "CannotChange",
            PolicyRule::Unknown => "Unknown",
        }
    }
}

impl fmt::Display for PolicyRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Returned when a string is not one of the [`PolicyRule`] names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParsePolicyRuleError;

impl fmt::Display for ParsePolicyRuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a known password policy rule name")
    }
}

impl std::error::Error for ParsePolicyRuleError {}

impl FromStr for PolicyRule {
    type Err = ParsePolicyRuleError;

    /// Parses the exact name produced by [`PolicyRule::as_str`].
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        PolicyRule::ALL
            .into_iter()
            .find(|rule| rule.as_str() == s)
            .ok_or(ParsePolicyRuleError)
    }
}

/// One reason a proposed password would be refused. Never carries the password itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Violation {
    /// Fewer characters than the policy's minimum.
    TooShort {
        /// The policy minimum.
        min: u32,
        /// Characters in the proposed password.
        actual: u32,
    },
    /// Fails AD complexity; every failing part is reported at once.
    NotComplex {
        /// How many of the five character classes occur (3 are needed).
        classes_present: u32,
        /// Contains the `sAMAccountName`.
        contains_account_name: bool,
        /// Contains a 3+ character token of the `displayName`.
        contains_name_part: bool,
    },
    /// Minimum age has not passed since the last change.
    TooYoung {
        /// Earliest allowed change, unix seconds.
        can_change_at_unix: i64,
    },
    /// On the portal's banned-password list (a portal rule, not an AD one).
    Banned,
}

impl Violation {
    /// The directory rule this corresponds to; `None` for [`Violation::Banned`], which only the
    /// portal enforces.
    pub fn rule(&self) -> Option<PolicyRule> {
        match self {
            Violation::TooShort { .. } => Some(PolicyRule::TooShort),
            Violation::NotComplex { .. } => Some(PolicyRule::NotComplex),
            Violation::TooYoung { .. } => Some(PolicyRule::TooYoung),
            Violation::Banned => None,
        }
    }

    /// What to tell the user, in plain words. Built only from the numbers in the violation, so
    /// it can never echo the password.
    pub fn message(&self) -> String {
        match self {
            Violation::TooShort { min, actual } => format!(
                "Use at least {} (you typed {actual}).",
                plural(u64::from(*min), "character")
            ),
            Violation::NotComplex {
                classes_present,
                contains_account_name,
                contains_name_part,
            } => {
                let mut parts = Vec::new();
                if *contains_account_name {
                    parts.push("Don't include your user name.".to_owned());
                }
                if *contains_name_part {
                    parts.push("Don't include parts of your full name.".to_owned());
                }
                if *classes_present < complexity::REQUIRED_CLASSES {
                    parts.push(format!(
                        "Use characters from at least {} of: {} (yours has {classes_present}).",
                        complexity::REQUIRED_CLASSES,
                        complexity::CLASS_NAMES
                    ));
                }
                parts.join(" ")
            }
            Violation::TooYoung { can_change_at_unix } => format!(
                "Your password was changed too recently. You can change it again from {}.",
                // Round up: showing 08:00 for an 08:00:30 limit would invite a refused retry.
                format_utc_minute(ceil_to_minute(*can_change_at_unix))
            ),
            Violation::Banned => "This password is too common or too easy to guess. \
                Avoid common words, names, seasons, years and keyboard patterns."
                .to_owned(),
        }
    }
}

/// Checks `password` against everything knowable locally and returns every violation, in a
/// stable order: too short, not complex, too young, banned. An empty result means the DC may
/// still refuse (history, or a custom password filter), never that it will accept.
///
/// `extra_banned_terms` are organisation-specific terms (company name, the user's own names)
/// matched like the banned list; see [`BannedList::is_banned`].
pub fn check(
    policy: &PasswordPolicy,
    password: &str,
    user: &UserContext,
    kind: WriteKind,
    now_unix: i64,
    banned: &BannedList,
    extra_banned_terms: &[&str],
) -> Vec<Violation> {
    let mut violations = Vec::new();

    // AD counts characters, not bytes; a u32 can't overflow for any password AD accepts.
    let actual = u32::try_from(password.chars().count()).unwrap_or(u32::MAX);
    if actual < policy.min_length {
        violations.push(Violation::TooShort {
            min: policy.min_length,
            actual,
        });
    }

    if policy.complexity {
        if let Some(violation) = complexity::check(password, user) {
            violations.push(violation);
        }
    }

    if kind.enforces_min_age() && !user.must_change {
        if let Some(can_change_at_unix) = policy.can_change_at(user.pwd_last_set_unix) {
            if now_unix < can_change_at_unix {
                violations.push(Violation::TooYoung { can_change_at_unix });
            }
        }
    }

    if banned.is_banned(password, extra_banned_terms) {
        violations.push(Violation::Banned);
    }

    violations
}

/// `n` followed by `unit`, pluralised with a plain "s" (all units used here allow it).
fn plural(n: u64, unit: &str) -> String {
    if n == 1 {
        format!("1 {unit}")
    } else {
        format!("{n} {unit}s")
    }
}

/// A duration in the largest whole unit that divides it, e.g. "1 day", "36 hours".
fn describe_duration(duration: Duration) -> String {
    const UNITS: [(u64, &str); 3] = [(86_400, "day"), (3_600, "hour"), (60, "minute")];
    let secs = whole_seconds_rounded_up(duration).unsigned_abs();
    for (size, unit) in UNITS {
        if secs >= size && secs.is_multiple_of(size) {
            return plural(secs / size, unit);
        }
    }
    plural(secs, "second")
}

/// Whole seconds, rounding any fraction up so a limit is never reported as earlier than it is.
fn whole_seconds_rounded_up(duration: Duration) -> i64 {
    let secs = duration
        .as_secs()
        .saturating_add(u64::from(duration.subsec_nanos() > 0));
    i64::try_from(secs).unwrap_or(i64::MAX)
}

/// The next whole minute at or after `unix`.
fn ceil_to_minute(unix: i64) -> i64 {
    let minutes = unix
        .div_euclid(60)
        .saturating_add(i64::from(unix.rem_euclid(60) != 0));
    minutes.saturating_mul(60)
}

/// Formats unix seconds as `YYYY-MM-DD HH:MM UTC` (seconds truncated), without a date crate.
fn format_utc_minute(unix: i64) -> String {
    let days = unix.div_euclid(86_400);
    let secs_of_day = unix.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        secs_of_day / 3_600,
        secs_of_day % 3_600 / 60
    )
}

/// Proleptic Gregorian (year, month, day) for a count of days since 1970-01-01.
///
/// Howard Hinnant's `civil_from_days`: shifting the year to start in March puts the leap day
/// last, so month lengths follow the fixed 153-days-per-5-months pattern and no table is needed.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468; // days since 0000-03-01
    let era = z.div_euclid(146_097); // 400-year eras
    let day_of_era = z - era * 146_097; // [0, 146096]
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_from_march = (5 * day_of_year + 2) / 153; // [0, 11], 0 = March
    let day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
    let month = if month_from_march < 10 {
        month_from_march + 3
    } else {
        month_from_march - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    const DAY: u64 = 86_400;
    const DAY_SECS: i64 = 86_400;
    const NOW: i64 = 1_700_000_000; // 2023-11-14 22:13:20 UTC

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

    fn user(pwd_last_set_unix: Option<i64>) -> UserContext<'static> {
        UserContext {
            sam_account_name: "jdoe",
            display_name: Some("Jane Doe"),
            pwd_last_set_unix,
            must_change: false,
        }
    }

    fn run(password: &str, user: &UserContext, kind: WriteKind) -> Vec<Violation> {
        check(
            &policy(),
            password,
            user,
            kind,
            NOW,
            &BannedList::builtin(),
            &[],
        )
    }

    const GOOD: &str = "Orbit-Lantern-47-Quill";

    #[test]
    fn a_long_complex_uncommon_password_passes_every_local_check() {
        assert_eq!(run(GOOD, &user(None), WriteKind::Change), vec![]);
    }

    #[test]
    fn length_counts_characters_not_bytes() {
        // 13 characters but 26 bytes: still too short for a 14-character minimum.
        let password = "Ééééé-Ééééé-1";
        assert_eq!(password.chars().count(), 13);
        let violations = run(password, &user(None), WriteKind::Change);
        assert_eq!(
            violations,
            vec![Violation::TooShort {
                min: 14,
                actual: 13
            }]
        );
    }

    #[test]
    fn a_fourteen_character_multibyte_password_is_long_enough() {
        let violations = run("漢字漢字-Kettle-M9", &user(None), WriteKind::Change);
        assert!(!violations
            .iter()
            .any(|v| matches!(v, Violation::TooShort { .. })));
    }

    #[test]
    fn every_violation_is_reported_in_a_stable_order() {
        let recent = Some(NOW - 60);
        let violations = run("password", &user(recent), WriteKind::Change);
        let rules: Vec<_> = violations.iter().map(Violation::rule).collect();
        assert_eq!(
            rules,
            vec![
                Some(PolicyRule::TooShort),
                Some(PolicyRule::NotComplex),
                Some(PolicyRule::TooYoung),
                None,
            ]
        );
        assert_eq!(violations.last(), Some(&Violation::Banned));
    }

    #[test]
    fn complexity_is_not_checked_when_the_policy_disables_it() {
        let mut lax = policy();
        lax.complexity = false;
        let violations = check(
            &lax,
            "jdoejdoejdoejdoe",
            &user(None),
            WriteKind::Change,
            NOW,
            &BannedList::empty(),
            &[],
        );
        assert_eq!(violations, vec![]);
    }

    #[test]
    fn a_change_within_the_minimum_age_is_too_young() {
        let last_set = NOW - 3_600;
        let violations = run(GOOD, &user(Some(last_set)), WriteKind::Change);
        assert_eq!(
            violations,
            vec![Violation::TooYoung {
                can_change_at_unix: last_set + DAY_SECS
            }]
        );
    }

    #[test]
    fn a_change_exactly_at_the_minimum_age_is_allowed() {
        let last_set = NOW - DAY_SECS;
        assert_eq!(run(GOOD, &user(Some(last_set)), WriteKind::Change), vec![]);
    }

    #[test]
    fn a_reset_without_policy_hints_ignores_the_minimum_age() {
        let kind = WriteKind::Reset {
            policy_hints: false,
        };
        assert_eq!(run(GOOD, &user(Some(NOW - 60)), kind), vec![]);
    }

    #[test]
    fn a_reset_with_policy_hints_enforces_the_minimum_age_like_a_change() {
        let kind = WriteKind::Reset { policy_hints: true };
        let violations = run(GOOD, &user(Some(NOW - 60)), kind);
        assert_eq!(violations.len(), 1);
        assert_eq!(violations[0].rule(), Some(PolicyRule::TooYoung));
    }

    #[test]
    fn a_user_who_must_change_is_never_blocked_by_the_minimum_age() {
        let mut must_change = user(Some(NOW - 60));
        must_change.must_change = true;
        assert_eq!(run(GOOD, &must_change, WriteKind::Change), vec![]);
    }

    #[test]
    fn a_user_with_no_known_last_change_is_never_blocked_by_the_minimum_age() {
        assert_eq!(run(GOOD, &user(None), WriteKind::Change), vec![]);
    }

    #[test]
    fn can_change_at_adds_the_minimum_age_to_the_last_change() {
        assert_eq!(policy().can_change_at(Some(NOW)), Some(NOW + DAY_SECS));
    }

    #[test]
    fn can_change_at_is_unrestricted_without_a_minimum_age() {
        let mut no_min_age = policy();
        no_min_age.min_age = Duration::ZERO;
        assert_eq!(no_min_age.can_change_at(Some(NOW)), None);
    }

    #[test]
    fn can_change_at_is_unrestricted_without_a_real_last_change() {
        assert_eq!(policy().can_change_at(None), None);
        assert_eq!(policy().can_change_at(Some(0)), None);
        // FILETIME 0 converted naively to unix seconds.
        assert_eq!(policy().can_change_at(Some(-11_644_473_600)), None);
    }

    #[test]
    fn can_change_at_rounds_a_fractional_minimum_age_up() {
        let mut fractional = policy();
        fractional.min_age = Duration::from_millis(1_500);
        assert_eq!(fractional.can_change_at(Some(NOW)), Some(NOW + 2));
    }

    #[test]
    fn describe_lists_the_rules_in_plain_english() {
        let rules = policy().describe();
        assert_eq!(rules[0], "At least 14 characters");
        assert!(rules[1].starts_with("Characters from at least 3 of: uppercase letters"));
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
    fn describe_omits_rules_that_are_switched_off() {
        let lax = PasswordPolicy {
            source: PolicySource::Pso {
                dn: "CN=Lax,CN=Password Settings Container,CN=System,DC=example,DC=com".into(),
            },
            min_length: 0,
            complexity: false,
            history_length: 1,
            min_age: Duration::ZERO,
            max_age: None,
            lockout_threshold: 0,
            lockout_duration: None,
            lockout_window: Duration::ZERO,
        };
        assert_eq!(lax.describe(), vec!["Not your current password".to_owned()]);
    }

    #[test]
    fn durations_are_described_in_the_largest_whole_unit() {
        assert_eq!(describe_duration(Duration::from_secs(2 * DAY)), "2 days");
        assert_eq!(
            describe_duration(Duration::from_secs(36 * 3_600)),
            "36 hours"
        );
        assert_eq!(describe_duration(Duration::from_secs(90)), "90 seconds");
        assert_eq!(describe_duration(Duration::from_secs(60)), "1 minute");
    }

    #[test]
    fn the_too_short_message_gives_the_numbers() {
        let message = Violation::TooShort { min: 14, actual: 9 }.message();
        assert_eq!(message, "Use at least 14 characters (you typed 9).");
    }

    #[test]
    fn the_not_complex_message_names_each_failing_part() {
        let message = Violation::NotComplex {
            classes_present: 2,
            contains_account_name: true,
            contains_name_part: true,
        }
        .message();
        assert!(message.contains("user name"));
        assert!(message.contains("full name"));
        assert!(message.contains("(yours has 2)"));
    }

    #[test]
    fn the_not_complex_message_omits_classes_when_there_are_enough() {
        let message = Violation::NotComplex {
            classes_present: 4,
            contains_account_name: true,
            contains_name_part: false,
        }
        .message();
        assert_eq!(message, "Don't include your user name.");
    }

    #[test]
    fn the_too_young_message_gives_the_time_rounded_up_to_the_minute() {
        let message = Violation::TooYoung {
            can_change_at_unix: NOW,
        }
        .message();
        assert!(message.ends_with("from 2023-11-14 22:14 UTC."), "{message}");
        let on_the_minute = Violation::TooYoung {
            can_change_at_unix: NOW - 20,
        };
        assert!(on_the_minute.message().contains("2023-11-14 22:13 UTC"));
    }

    #[test]
    fn messages_never_contain_the_password() {
        let jdoe = UserContext {
            sam_account_name: "jdoe",
            display_name: Some("Jane Doe"),
            pwd_last_set_unix: Some(NOW - 60),
            must_change: false,
        };
        for password in ["Summer2024!", "jdoe", "jane", "P@ssw0rd1", "Zq"] {
            let violations = run(password, &jdoe, WriteKind::Change);
            assert!(!violations.is_empty());
            for violation in violations {
                let message = violation.message().to_lowercase();
                assert!(!message.contains(&password.to_lowercase()), "{message}");
            }
        }
    }

    #[test]
    fn banned_has_no_directory_rule() {
        assert_eq!(Violation::Banned.rule(), None);
        assert_eq!(
            Violation::TooYoung {
                can_change_at_unix: 0
            }
            .rule(),
            Some(PolicyRule::TooYoung)
        );
    }

    #[test]
    fn every_policy_rule_round_trips_through_its_name() {
        for rule in PolicyRule::ALL {
            assert_eq!(rule.as_str().parse::<PolicyRule>(), Ok(rule));
            assert_eq!(rule.to_string(), rule.as_str());
        }
        assert_eq!("TooShort".parse(), Ok(PolicyRule::TooShort));
    }

    #[test]
    fn an_unknown_policy_rule_name_does_not_parse() {
        assert_eq!("tooshort".parse::<PolicyRule>(), Err(ParsePolicyRuleError));
        assert_eq!("".parse::<PolicyRule>(), Err(ParsePolicyRuleError));
    }

    #[test]
    fn unix_zero_is_the_start_of_1970() {
        assert_eq!(format_utc_minute(0), "1970-01-01 00:00 UTC");
    }

    #[test]
    fn a_recent_timestamp_formats_as_its_utc_date_and_minute() {
        assert_eq!(format_utc_minute(1_700_000_000), "2023-11-14 22:13 UTC");
    }

    #[test]
    fn leap_days_and_times_before_1970_format_correctly() {
        assert_eq!(format_utc_minute(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(format_utc_minute(1_709_251_199), "2024-02-29 23:59 UTC");
        assert_eq!(format_utc_minute(-1), "1969-12-31 23:59 UTC");
        assert_eq!(format_utc_minute(4_102_444_800), "2100-01-01 00:00 UTC");
    }

    #[test]
    fn civil_dates_match_a_day_by_day_count_over_four_centuries() {
        // Walk forward from 1970 with an independent month-length table.
        let (mut year, mut month, mut day) = (1970_i64, 1_i64, 1_i64);
        for days in 0..146_097 {
            assert_eq!(civil_from_days(days), (year, month, day));
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
            let length = match month {
                2 if leap => 29,
                2 => 28,
                4 | 6 | 9 | 11 => 30,
                _ => 31,
            };
            day += 1;
            if day > length {
                day = 1;
                month += 1;
                if month > 12 {
                    month = 1;
                    year += 1;
                }
            }
        }
    }

    #[test]
    fn extreme_timestamps_do_not_panic() {
        let _ = format_utc_minute(i64::MAX);
        let _ = format_utc_minute(i64::MIN);
        let _ = Violation::TooYoung {
            can_change_at_unix: i64::MAX,
        }
        .message();
        let mut forever = policy();
        forever.min_age = Duration::MAX;
        assert_eq!(forever.can_change_at(Some(NOW)), Some(i64::MAX));
    }
}
