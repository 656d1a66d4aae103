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
pub mod strength;

pub use banned::BannedList;
pub use complexity::REQUIRED_CLASSES;

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

/// The portal's own rules a password form mentions besides the directory's.
#[derive(Debug, Clone, Copy, Default)]
pub struct PortalChecks {
    /// A breached-password list is in use.
    pub breached: bool,
    /// `policy.min_strength`.
    pub min_strength: Option<u8>,
}

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

    /// The rules for the user to read before typing a new password, in a stable order; the
    /// web layer words them.
    ///
    /// History is listed because the DC enforces it, even though it can't be checked locally.
    /// The portal's banned-password rule is not a directory policy and is not included.
    pub fn describe(&self) -> Vec<Requirement> {
        let mut rules = Vec::new();
        if self.min_length > 0 {
            rules.push(Requirement::MinLength(self.min_length));
        }
        if self.complexity {
            rules.push(Requirement::Classes {
                required: complexity::REQUIRED_CLASSES,
            });
            rules.push(Requirement::NoNames);
        }
        if self.history_length > 0 {
            // AD's history includes the current password, so a length of 1 only forbids that.
            rules.push(Requirement::NotRecent(self.history_length));
        }
        if !self.min_age.is_zero() {
            rules.push(Requirement::MinAge(Span::of(self.min_age)));
        }
        if let Some(max_age) = self.max_age {
            rules.push(Requirement::MaxAge(Span::of(max_age)));
        }
        rules
    }
}

/// One rule of a directory password policy, with its numbers (see [`PasswordPolicy::describe`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requirement {
    /// At least this many characters.
    MinLength(u32),
    /// Characters from at least `required` of the five complexity classes.
    Classes {
        /// How many classes are needed.
        required: u32,
    },
    /// Not containing the user name or parts of the full name.
    NoNames,
    /// Not one of the last `n` passwords; 1 means only the current one (AD's history
    /// includes it).
    NotRecent(u32),
    /// Can be changed at most once every this long.
    MinAge(Span),
    /// Must be changed every this long.
    MaxAge(Span),
}

/// A duration in the largest whole unit that divides it, e.g. 1 day, 36 hours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span {
    /// Whole days.
    Days(u64),
    /// Whole hours.
    Hours(u64),
    /// Whole minutes.
    Minutes(u64),
    /// Seconds (any fraction rounded up).
    Seconds(u64),
}

impl Span {
    /// `duration` in the largest whole unit that divides it.
    pub fn of(duration: Duration) -> Self {
        let secs = whole_seconds_rounded_up(duration).unsigned_abs();
        if secs >= 86_400 && secs.is_multiple_of(86_400) {
            Span::Days(secs / 86_400)
        } else if secs >= 3_600 && secs.is_multiple_of(3_600) {
            Span::Hours(secs / 3_600)
        } else if secs >= 60 && secs.is_multiple_of(60) {
            Span::Minutes(secs / 60)
        } else {
            Span::Seconds(secs)
        }
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
    /// In the imported list of breached passwords (`policy.breached_passwords_file`).
    Breached,
    /// Easier to guess than `policy.min_strength` allows (zxcvbn's score).
    TooWeak {
        /// zxcvbn's score of the password, 0-4.
        score: u8,
        /// The configured minimum.
        required: u8,
        /// Message ids of zxcvbn's warning and suggestions ([`strength::HINT_IDS`]).
        hints: Vec<&'static str>,
    },
}

impl Violation {
    /// The directory rule this corresponds to; `None` for the rules only the portal enforces
    /// (banned, breached, too weak).
    pub fn rule(&self) -> Option<PolicyRule> {
        match self {
            Violation::TooShort { .. } => Some(PolicyRule::TooShort),
            Violation::NotComplex { .. } => Some(PolicyRule::NotComplex),
            Violation::TooYoung { .. } => Some(PolicyRule::TooYoung),
            Violation::Banned | Violation::Breached | Violation::TooWeak { .. } => None,
        }
    }
}

/// The earliest change a [`Violation::TooYoung`] allows, in unix seconds rounded up to the
/// whole minute: showing 08:00 for an 08:00:30 limit would invite a refused retry.
pub fn change_again_from(can_change_at_unix: i64) -> i64 {
    ceil_to_minute(can_change_at_unix)
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
    fn describe_lists_the_rules_with_their_numbers() {
        assert_eq!(
            policy().describe(),
            vec![
                Requirement::MinLength(14),
                Requirement::Classes { required: 3 },
                Requirement::NoNames,
                Requirement::NotRecent(24),
                Requirement::MinAge(Span::Days(1)),
                Requirement::MaxAge(Span::Days(42)),
            ]
        );
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
        assert_eq!(lax.describe(), vec![Requirement::NotRecent(1)]);
        let none = PasswordPolicy {
            history_length: 0,
            ..lax
        };
        assert_eq!(none.describe(), vec![]);
    }

    #[test]
    fn durations_are_given_in_the_largest_whole_unit() {
        assert_eq!(Span::of(Duration::from_secs(2 * DAY)), Span::Days(2));
        assert_eq!(Span::of(Duration::from_secs(36 * 3_600)), Span::Hours(36));
        assert_eq!(Span::of(Duration::from_secs(90)), Span::Seconds(90));
        assert_eq!(Span::of(Duration::from_secs(60)), Span::Minutes(1));
        assert_eq!(Span::of(Duration::from_millis(1_500)), Span::Seconds(2));
        assert_eq!(Span::of(Duration::ZERO), Span::Seconds(0));
    }

    #[test]
    fn the_too_short_violation_gives_the_numbers() {
        let violations = run("Short-1a", &user(None), WriteKind::Change);
        assert_eq!(violations[0], Violation::TooShort { min: 14, actual: 8 });
    }

    #[test]
    fn the_not_complex_violation_names_each_failing_part() {
        let violations = run("jdoe-jane-lantern", &user(None), WriteKind::Change);
        assert_eq!(
            violations[0],
            Violation::NotComplex {
                classes_present: 2,
                contains_account_name: true,
                contains_name_part: true,
            }
        );
    }

    #[test]
    fn the_earliest_change_is_rounded_up_to_the_minute() {
        // NOW is 22:13:20: the limit is shown as 22:14, never 22:13.
        assert_eq!(change_again_from(NOW), NOW + 40);
        assert_eq!(change_again_from(NOW - 20), NOW - 20);
        assert_eq!(change_again_from(-1), 0);
        assert_eq!(change_again_from(i64::MAX), i64::MAX);
    }

    #[test]
    fn violations_never_carry_the_password() {
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
                let debug = format!("{violation:?}").to_lowercase();
                assert!(!debug.contains(&password.to_lowercase()), "{debug}");
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
    fn extreme_timestamps_do_not_panic() {
        let _ = change_again_from(i64::MAX);
        let _ = change_again_from(i64::MIN);
        let mut forever = policy();
        forever.min_age = Duration::MAX;
        assert_eq!(forever.can_change_at(Some(NOW)), Some(i64::MAX));
    }
}
