//! Status reasons: the stable vocabulary every outcome is reported in.
//!
//! The names are Microsoft Entra's, so an admin who knows the Entra SSPR audit log reads ours
//! the same way. Each reason's explanation and fix for the admin are catalogue messages
//! (`locales/<lang>/status.ftl`, ids from [`StatusReason::explain_id`] and
//! [`StatusReason::fix_id`]); what the *user* sees is decided by the web layer (an unknown user,
//! for instance, is never revealed to them).

use std::fmt;
use std::str::FromStr;

pub use crate::policy::PolicyRule;

/// Why an activity ended the way it did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum StatusReason {
    /// It worked.
    Success,
    /// AD refused the password under its policy; the rule says which.
    OnPremisesPolicyViolation(PolicyRule),
    /// The portal's banned-password list refused it.
    PasswordBanned,
    /// The password is in the imported list of breached passwords.
    PasswordBreached,
    /// The password is easier to guess than `policy.min_strength` allows.
    PasswordTooWeak,
    /// The current password given for a change was wrong.
    InvalidCurrentPassword,
    /// No domain controller could be reached, or it did not answer in time.
    OnPremisesConnectivityError,
    /// Something only an admin can fix: missing rights, a protected account, TLS trust.
    OnPremisesAdminActionRequired,
    /// The user is outside the configured self-service scope.
    UserNotEnabledForSSPR,
    /// The user has not registered enough verification methods.
    UserNotProperlyConfigured,
    /// Writeback (or the requested operation) is switched off in the configuration.
    WritebackNotEnabled,
    /// The account is disabled in AD.
    AccountDisabled,
    /// A verification step failed (wrong code).
    VerificationFailed,
    /// Too many attempts: rate limit or attempt limit reached.
    TooManyAttempts,
    /// No such user. Recorded for admins, never shown to the user.
    UserNotFound,
    /// A privileged account (protected, an administrator, helpdesk staff, the service account)
    /// that sspr refuses to reset or unlock, whatever the directory's permissions would allow.
    ProtectedAccount,
    /// The portal stopped while a password write was in flight, and the directory showed
    /// afterwards that it did not apply.
    WritebackInterrupted,
    /// The DC answers but is saturated: the request waited its turn and was turned away.
    /// Never counted as a connectivity failure.
    DirectoryBusy,
}

impl StatusReason {
    /// Every reason, for documentation, filters and tests. Policy violations are listed once
    /// per rule.
    pub const ALL: [StatusReason; 23] = [
        Self::Success,
        Self::OnPremisesPolicyViolation(PolicyRule::TooShort),
        Self::OnPremisesPolicyViolation(PolicyRule::NotComplex),
        Self::OnPremisesPolicyViolation(PolicyRule::InHistory),
        Self::OnPremisesPolicyViolation(PolicyRule::TooYoung),
        Self::OnPremisesPolicyViolation(PolicyRule::CannotChange),
        Self::OnPremisesPolicyViolation(PolicyRule::Unknown),
        Self::PasswordBanned,
        Self::PasswordBreached,
        Self::PasswordTooWeak,
        Self::InvalidCurrentPassword,
        Self::OnPremisesConnectivityError,
        Self::OnPremisesAdminActionRequired,
        Self::UserNotEnabledForSSPR,
        Self::UserNotProperlyConfigured,
        Self::WritebackNotEnabled,
        Self::AccountDisabled,
        Self::VerificationFailed,
        Self::TooManyAttempts,
        Self::UserNotFound,
        Self::ProtectedAccount,
        Self::WritebackInterrupted,
        Self::DirectoryBusy,
    ];

    /// The stable identifier stored in the audit log (without the rule).
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Success => "Success",
            Self::OnPremisesPolicyViolation(_) => "OnPremisesPolicyViolation",
            Self::PasswordBanned => "PasswordBanned",
            Self::PasswordBreached => "PasswordBreached",
            Self::PasswordTooWeak => "PasswordTooWeak",
            Self::InvalidCurrentPassword => "InvalidCurrentPassword",
            Self::OnPremisesConnectivityError => "OnPremisesConnectivityError",
            Self::OnPremisesAdminActionRequired => "OnPremisesAdminActionRequired",
            Self::UserNotEnabledForSSPR => "UserNotEnabledForSSPR",
            Self::UserNotProperlyConfigured => "UserNotProperlyConfigured",
            Self::WritebackNotEnabled => "WritebackNotEnabled",
            Self::AccountDisabled => "AccountDisabled",
            Self::VerificationFailed => "VerificationFailed",
            Self::TooManyAttempts => "TooManyAttempts",
            Self::UserNotFound => "UserNotFound",
            Self::ProtectedAccount => "ProtectedAccount",
            Self::WritebackInterrupted => "WritebackInterrupted",
            Self::DirectoryBusy => "DirectoryBusy",
        }
    }

    /// The value of the `reason` label in metrics: snake_case, stable, without the rule (one
    /// series per reason).
    pub fn metric_label(&self) -> &'static str {
        match self {
            Self::Success => "success",
            Self::OnPremisesPolicyViolation(_) => "on_premises_policy_violation",
            Self::PasswordBanned => "password_banned",
            Self::PasswordBreached => "password_breached",
            Self::PasswordTooWeak => "password_too_weak",
            Self::InvalidCurrentPassword => "invalid_current_password",
            Self::OnPremisesConnectivityError => "on_premises_connectivity_error",
            Self::OnPremisesAdminActionRequired => "on_premises_admin_action_required",
            Self::UserNotEnabledForSSPR => "user_not_enabled_for_sspr",
            Self::UserNotProperlyConfigured => "user_not_properly_configured",
            Self::WritebackNotEnabled => "writeback_not_enabled",
            Self::AccountDisabled => "account_disabled",
            Self::VerificationFailed => "verification_failed",
            Self::TooManyAttempts => "too_many_attempts",
            Self::UserNotFound => "user_not_found",
            Self::ProtectedAccount => "protected_account",
            Self::WritebackInterrupted => "writeback_interrupted",
            Self::DirectoryBusy => "directory_busy",
        }
    }

    /// The policy rule, for `OnPremisesPolicyViolation`.
    pub fn rule(&self) -> Option<PolicyRule> {
        match self {
            Self::OnPremisesPolicyViolation(r) => Some(*r),
            _ => None,
        }
    }

    /// Whether this reason means the activity succeeded.
    pub fn is_success(&self) -> bool {
        matches!(self, Self::Success)
    }

    /// Rebuilds a reason from its stored identifier and optional rule.
    pub fn from_parts(reason: &str, rule: Option<&str>) -> Option<Self> {
        if reason == "OnPremisesPolicyViolation" {
            let rule = rule
                .and_then(|r| PolicyRule::from_str(r).ok())
                .unwrap_or(PolicyRule::Unknown);
            return Some(Self::OnPremisesPolicyViolation(rule));
        }
        Self::ALL
            .iter()
            .find(|r| r.as_str() == reason && r.rule().is_none())
            .copied()
    }

    /// What happened, in English, for the operators' records: the audit row's detail where a
    /// flow records the reason itself. It is never shown translated; the console shows the
    /// catalogue's words instead ([`Self::explain_id`], kept the same in English by a test).
    pub fn explanation(&self) -> &'static str {
        match self {
            Self::Success => "The operation completed.",
            Self::OnPremisesPolicyViolation(rule) => match rule {
                PolicyRule::TooShort => "Active Directory refused the password: it is shorter than the minimum length.",
                PolicyRule::NotComplex => "Active Directory refused the password: it does not meet the complexity requirements.",
                PolicyRule::InHistory => "Active Directory refused the password: it is one of the user's recent passwords.",
                PolicyRule::TooYoung => "Active Directory refused the change: the minimum password age has not passed since the last change.",
                PolicyRule::CannotChange => "Active Directory refused the change: the account is set so that the user cannot change the password.",
                PolicyRule::Unknown => "Active Directory refused the password under its policy (history or a password filter; Windows does not say which).",
            },
            Self::PasswordBanned => "The password is on the portal's banned-password list.",
            Self::PasswordBreached => "The password is in the list of passwords known from data breaches (policy.breached_passwords_file).",
            Self::PasswordTooWeak => "The password is easier to guess than the portal's minimum strength allows (policy.min_strength).",
            Self::InvalidCurrentPassword => "The current password given was wrong.",
            Self::OnPremisesConnectivityError => "No domain controller could be reached, or it did not answer in time.",
            Self::OnPremisesAdminActionRequired => "The directory refused the operation for a reason only an administrator can fix (permissions, protected account, or TLS trust).",
            Self::UserNotEnabledForSSPR => "The user is not in the self-service password reset scope.",
            Self::UserNotProperlyConfigured => "The user has not registered enough verification methods.",
            Self::WritebackNotEnabled => "This operation is disabled in the portal configuration.",
            Self::AccountDisabled => "The account is disabled in Active Directory.",
            Self::VerificationFailed => "A verification code was wrong or expired.",
            Self::TooManyAttempts => "Too many attempts; the user is temporarily blocked.",
            Self::UserNotFound => "No directory account matched what the user typed.",
            Self::DirectoryBusy => "The domain controller answered but was saturated: the request waited its turn up to directory.write_queue_timeout and was turned away. Nothing was changed.",
            Self::WritebackInterrupted => "The portal stopped (a crash or a kill) while the password write was in flight; re-reading the account afterwards showed the directory did not apply it.",
            Self::ProtectedAccount => "The account is privileged (adminCount=1, a member of a protected group or of the helpdesk group, or the service account): sspr never resets or unlocks it.",
        }
    }

    /// The id of the catalogue message that explains what happened
    /// (`locales/<lang>/status.ftl`): `status-<Reason>-explain`, with the rule for a policy
    /// violation (`status-OnPremisesPolicyViolation-TooShort-explain`).
    pub fn explain_id(&self) -> String {
        match self {
            Self::OnPremisesPolicyViolation(rule) => {
                format!("status-OnPremisesPolicyViolation-{}-explain", rule.as_str())
            }
            other => format!("status-{}-explain", other.as_str()),
        }
    }

    /// The id of the catalogue message that says what an admin can do about it:
    /// `status-<Reason>-fix`. Policy violations share one, but for the two rules a better
    /// password does not fix (`TooYoung`, `CannotChange`).
    pub fn fix_id(&self) -> String {
        match self {
            Self::OnPremisesPolicyViolation(
                rule @ (PolicyRule::TooYoung | PolicyRule::CannotChange),
            ) => {
                format!("status-OnPremisesPolicyViolation-{}-fix", rule.as_str())
            }
            other => format!("status-{}-fix", other.as_str()),
        }
    }
}

impl fmt::Display for StatusReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::OnPremisesPolicyViolation(rule) => {
                write!(f, "OnPremisesPolicyViolation ({})", rule.as_str())
            }
            other => f.write_str(other.as_str()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_round_trips_through_its_stored_form() {
        for r in StatusReason::ALL {
            let rule = r.rule().map(|x| x.as_str());
            assert_eq!(StatusReason::from_parts(r.as_str(), rule), Some(r));
        }
    }

    /// The shipped English status messages, formatted.
    fn english(id: &str) -> Option<String> {
        let text = crate::i18n::Catalogues::shipped_text("en", "status")?;
        let res = fluent_bundle::FluentResource::try_new(text.to_string()).ok()?;
        let lang: unic_langid::LanguageIdentifier = "en".parse().ok()?;
        let mut bundle = fluent_bundle::FluentBundle::new(vec![lang]);
        bundle.set_use_isolating(false);
        bundle.add_resource(res).ok()?;
        let pattern = bundle.get_message(id)?.value()?;
        Some(
            bundle
                .format_pattern(pattern, None, &mut vec![])
                .into_owned(),
        )
    }

    #[test]
    fn every_reason_has_an_explanation_and_a_fix() {
        for r in StatusReason::ALL {
            assert!(r.explanation().ends_with('.'), "{r}");
            // The catalogue's English is the audit record's, word for word.
            assert_eq!(
                english(&r.explain_id()).as_deref(),
                Some(r.explanation()),
                "{r}"
            );
            assert!(english(&r.fix_id()).is_some_and(|f| !f.is_empty()), "{r}");
        }
    }

    #[test]
    fn a_policy_violation_displays_its_rule() {
        let r = StatusReason::OnPremisesPolicyViolation(PolicyRule::InHistory);
        assert_eq!(r.to_string(), "OnPremisesPolicyViolation (InHistory)");
    }
}
