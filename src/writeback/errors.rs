//! What the directory answered, turned into typed errors and status reasons.
//!
//! Domain controllers answer a refused password write with an LDAP result code and a text whose
//! first eight hex digits are the Win32 error (`0000052D: ...`). We match on that code, never on
//! the whole text, because Windows and Samba word the rest differently; only Samba says which
//! policy rule failed, so the rule is read from its wording when present and is `Unknown`
//! otherwise. The raw text is kept inside the error for the log and never reaches a user.

use std::fmt;

use ldap3::LdapResult;

use crate::policy::PolicyRule;
use crate::status::StatusReason;

/// LDAP result codes we branch on (RFC 4511).
pub mod rc {
    /// Success.
    pub const SUCCESS: u32 = 0;
    /// The server does not support a critical control.
    pub const UNAVAILABLE_CRITICAL_EXTENSION: u32 = 12;
    /// Constraint violation: policy, wrong old password, ACL on change.
    pub const CONSTRAINT_VIOLATION: u32 = 19;
    /// No such object.
    pub const NO_SUCH_OBJECT: u32 = 32;
    /// Bad credentials (bind).
    pub const INVALID_CREDENTIALS: u32 = 49;
    /// Insufficient access rights.
    pub const INSUFFICIENT_ACCESS: u32 = 50;
    /// Busy.
    pub const BUSY: u32 = 51;
    /// Unavailable.
    pub const UNAVAILABLE: u32 = 52;
    /// Unwilling to perform (plain-LDAP password write, badly encoded value, some policy answers).
    pub const UNWILLING_TO_PERFORM: u32 = 53;
    /// Strong(er) auth required / confidentiality required.
    pub const CONFIDENTIALITY_REQUIRED: u32 = 13;
    /// Samba: "Transport encryption required".
    pub const STRONGER_AUTH_REQUIRED: u32 = 8;
}

/// Win32 codes that lead a DC's diagnostic message.
mod win32 {
    pub const ACCESS_DENIED: u32 = 0x0000_0005;
    pub const INVALID_PASSWORD: u32 = 0x0000_0056;
    pub const PASSWORD_RESTRICTION: u32 = 0x0000_052D;
    pub const WILL_NOT_PERFORM: u32 = 0x0000_001F;
    pub const INSUFF_ACCESS_RIGHTS: u32 = 0x0000_2098;
}

/// A failed directory operation. `Display` is for the log (it may hold the DC's text); users
/// see only the [`StatusReason`].
#[derive(Debug, thiserror::Error)]
pub enum WritebackError {
    /// No DC could be reached (connect refused, DNS, network).
    #[error("no domain controller reachable: {0}")]
    Unreachable(String),
    /// A DC's certificate could not be verified: never a silent fallback to no verification.
    #[error("TLS verification failed for {url}: {detail}")]
    Tls {
        /// The DC URL.
        url: String,
        /// What rustls said.
        detail: String,
    },
    /// The operation did not complete within the configured timeout.
    #[error("the domain controller did not answer within {0:?}")]
    Timeout(std::time::Duration),
    /// A write timed out or lost its connection and re-reading the entry did not show it
    /// applied. It most likely did not, but the DC may still apply it: say "try again in a
    /// moment", never "your password was changed".
    #[error("the write was not confirmed within {0:?} (not applied as far as the DC shows)")]
    Unconfirmed(std::time::Duration),
    /// The DC is saturated: the request waited its turn up to `directory.write_queue_timeout`
    /// and was turned away. Not a connectivity problem: try again after `retry_after`.
    #[error(
        "the directory is busy: the queue did not clear in time; try again in {retry_after:?}"
    )]
    Busy {
        /// When it should have room again (an estimate from the queue ahead).
        retry_after: std::time::Duration,
    },
    /// The service account's own bind failed.
    #[error("service account bind failed: {0}")]
    ServiceBind(String),
    /// No user matched (or more than one did).
    #[error("user not found")]
    UserNotFound,
    /// AD refused the new password under its policy.
    #[error("password policy violation ({rule}): {raw}")]
    Policy {
        /// Which rule, when the DC said.
        rule: PolicyRule,
        /// The DC's text, for the log.
        raw: String,
    },
    /// The current password given for a change did not match.
    #[error("current password does not match: {0}")]
    WrongCurrentPassword(String),
    /// The service account lacks a right, or the account is protected.
    #[error("insufficient access rights: {0}")]
    AccessDenied(String),
    /// The account is disabled.
    #[error("account is disabled")]
    AccountDisabled,
    /// Anything else the DC answered.
    #[error("LDAP error {code}: {raw}")]
    Ldap {
        /// LDAP result code.
        code: u32,
        /// Diagnostic text.
        raw: String,
    },
}

impl WritebackError {
    /// The status reason this error is reported with.
    pub fn reason(&self) -> StatusReason {
        match self {
            Self::Unreachable(_) | Self::Timeout(_) | Self::Unconfirmed(_) => {
                StatusReason::OnPremisesConnectivityError
            }
            Self::Busy { .. } => StatusReason::DirectoryBusy,
            Self::Tls { .. } | Self::ServiceBind(_) | Self::AccessDenied(_) => {
                StatusReason::OnPremisesAdminActionRequired
            }
            Self::UserNotFound => StatusReason::UserNotFound,
            Self::Policy { rule, .. } => StatusReason::OnPremisesPolicyViolation(*rule),
            Self::WrongCurrentPassword(_) => StatusReason::InvalidCurrentPassword,
            Self::AccountDisabled => StatusReason::AccountDisabled,
            Self::Ldap { .. } => StatusReason::OnPremisesAdminActionRequired,
        }
    }
}

/// Trims what Windows appends (`\n\0`) so log lines stay on one line.
pub fn clean_text(text: &str) -> String {
    text.trim_end_matches(['\0', '\n', '\r', ' '])
        .replace(['\n', '\t', '\0'], " ")
}

/// The leading Win32 code of a DC message (`0000052D: ...` -> 0x52D).
pub fn win32_code(text: &str) -> Option<u32> {
    let t = text.trim_start();
    let hex = t.get(..8)?;
    if t.as_bytes().get(8) != Some(&b':') {
        return None;
    }
    u32::from_str_radix(hex, 16).ok()
}

/// Which rule a password-restriction answer names. Samba says it in words; Windows never does.
pub fn policy_rule_from_text(text: &str) -> PolicyRule {
    let t = text.to_ascii_lowercase();
    if t.contains("too short") {
        PolicyRule::TooShort
    } else if t.contains("complexity") {
        PolicyRule::NotComplex
    } else if t.contains("history") || t.contains("already used") {
        PolicyRule::InHistory
    } else if t.contains("too young") {
        PolicyRule::TooYoung
    } else {
        PolicyRule::Unknown
    }
}

/// Which operation produced the answer: the same code means different things for each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WriteOp {
    /// Delete old + add new, checked by the DC against the old password.
    Change,
    /// Replace, under the Reset Password right.
    Reset,
    /// `lockoutTime = 0`.
    Unlock,
}

impl WriteOp {
    /// The stored form.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Change => "change",
            Self::Reset => "reset",
            Self::Unlock => "unlock",
        }
    }

    /// Parses the stored form.
    pub fn parse(s: &str) -> Option<Self> {
        [Self::Change, Self::Reset, Self::Unlock]
            .into_iter()
            .find(|op| op.as_str() == s)
    }
}

/// Maps a non-success result of a password or lockout write.
pub fn map_write_result(op: WriteOp, res: &LdapResult) -> WritebackError {
    map_write_answer(op, res.rc, &res.text)
}

/// [`map_write_result`] on the parts, for unit tests of recorded DC answers.
pub fn map_write_answer(op: WriteOp, code: u32, text: &str) -> WritebackError {
    let raw = clean_text(text);
    match (win32_code(text), code) {
        (Some(win32::INVALID_PASSWORD), _) => WritebackError::WrongCurrentPassword(raw),
        (Some(win32::PASSWORD_RESTRICTION), _) => WritebackError::Policy {
            rule: policy_rule_from_text(text),
            raw,
        },
        // Windows expresses "user cannot change password" as a deny ACE on the Change Password
        // right: a change is refused with ERROR_ACCESS_DENIED under result 19 or 50.
        (Some(win32::ACCESS_DENIED), _) if op == WriteOp::Change => WritebackError::Policy {
            rule: PolicyRule::CannotChange,
            raw,
        },
        (Some(win32::INSUFF_ACCESS_RIGHTS | win32::ACCESS_DENIED), _)
        | (_, rc::INSUFFICIENT_ACCESS) => {
            if op == WriteOp::Change {
                WritebackError::Policy {
                    rule: PolicyRule::CannotChange,
                    raw,
                }
            } else {
                WritebackError::AccessDenied(raw)
            }
        }
        // Samba refuses a change denied by a deny ACE (user cannot change password) from its
        // acl module with a bare constraint violation and no Win32 code.
        (None, rc::CONSTRAINT_VIOLATION)
            if op == WriteOp::Change && text.to_ascii_lowercase().contains("module acl") =>
        {
            WritebackError::Policy {
                rule: PolicyRule::CannotChange,
                raw,
            }
        }
        (_, rc::CONSTRAINT_VIOLATION) if op != WriteOp::Unlock => WritebackError::Policy {
            rule: policy_rule_from_text(text),
            raw,
        },
        (Some(win32::WILL_NOT_PERFORM), _)
        | (_, rc::CONFIDENTIALITY_REQUIRED | rc::STRONGER_AUTH_REQUIRED) => WritebackError::Ldap {
            code,
            raw: format!(
                "the DC will not perform this write (encrypted connection required?): {raw}"
            ),
        },
        (_, rc::BUSY | rc::UNAVAILABLE) => WritebackError::Unreachable(raw),
        _ => WritebackError::Ldap { code, raw },
    }
}

/// What a user bind answered, from the `data XXX` sub-code of result 49.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BindOutcome {
    /// The password is right and the account may log on.
    Ok,
    /// Wrong password or no such user (525, 52e).
    InvalidCredentials,
    /// Outside permitted logon hours (530).
    LogonHours,
    /// Not permitted from this workstation (531).
    Workstation,
    /// Password expired (532).
    PasswordExpired,
    /// Account disabled (533).
    AccountDisabled,
    /// Account expired (701).
    AccountExpired,
    /// Must change password at next logon (773).
    MustChangePassword,
    /// Locked out (775).
    LockedOut,
    /// Anything else; the code is kept for the log.
    Other(u32),
}

impl BindOutcome {
    /// Whether the password given was right. A bind refused for 532 or 773 still proves the
    /// password: AD checks it before reporting those states, so the user may go on to change it.
    pub fn password_correct(&self) -> bool {
        matches!(
            self,
            Self::Ok | Self::PasswordExpired | Self::MustChangePassword
        )
    }

    /// The reason recorded when this outcome stops a flow.
    pub fn reason(&self) -> StatusReason {
        match self {
            Self::Ok => StatusReason::Success,
            Self::InvalidCredentials => StatusReason::InvalidCurrentPassword,
            Self::AccountDisabled | Self::AccountExpired => StatusReason::AccountDisabled,
            Self::LockedOut => StatusReason::TooManyAttempts,
            Self::PasswordExpired | Self::MustChangePassword => StatusReason::Success,
            Self::LogonHours | Self::Workstation | Self::Other(_) => {
                StatusReason::OnPremisesAdminActionRequired
            }
        }
    }
}

/// Reads the `data XXX` sub-code of a bind answer.
pub fn bind_data_code(text: &str) -> Option<u32> {
    let lower = text.to_ascii_lowercase();
    let start = lower.find("data ")? + 5;
    let hex: String = lower[start..]
        .chars()
        .take_while(|c| c.is_ascii_hexdigit())
        .collect();
    u32::from_str_radix(&hex, 16).ok()
}

/// Maps a bind answer.
pub fn map_bind_answer(code: u32, text: &str) -> BindOutcome {
    if code == rc::SUCCESS {
        return BindOutcome::Ok;
    }
    if code != rc::INVALID_CREDENTIALS {
        return BindOutcome::Other(code);
    }
    match bind_data_code(text) {
        Some(0x525 | 0x52e) | None => BindOutcome::InvalidCredentials,
        Some(0x530) => BindOutcome::LogonHours,
        Some(0x531) => BindOutcome::Workstation,
        Some(0x532) => BindOutcome::PasswordExpired,
        Some(0x533) => BindOutcome::AccountDisabled,
        Some(0x701) => BindOutcome::AccountExpired,
        Some(0x773) => BindOutcome::MustChangePassword,
        Some(0x775) => BindOutcome::LockedOut,
        Some(other) => BindOutcome::Other(other),
    }
}

impl fmt::Display for BindOutcome {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = match self {
            Self::Ok => "ok",
            Self::InvalidCredentials => "invalid credentials (52e)",
            Self::LogonHours => "outside logon hours (530)",
            Self::Workstation => "workstation not permitted (531)",
            Self::PasswordExpired => "password expired (532)",
            Self::AccountDisabled => "account disabled (533)",
            Self::AccountExpired => "account expired (701)",
            Self::MustChangePassword => "must change password (773)",
            Self::LockedOut => "account locked out (775)",
            Self::Other(c) => return write!(f, "other ({c:x})"),
        };
        f.write_str(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Windows Server answers, verbatim shapes from MS-ADTS and field reports.
    const WIN_POLICY: &str = "0000052D: AtrErr: DSID-03191083, #1:\n\t0: 0000052D: DSID-03191083, problem 1005 (CONSTRAINT_ATT_TYPE), data 0, Att 9005a (unicodePwd)\n\0";
    const WIN_POLICY_53: &str =
        "0000052D: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM), data 0\n\0";
    const WIN_WRONG_OLD: &str = "00000056: AtrErr: DSID-03190F80, #1:\n\t0: 00000056: DSID-03190F80, problem 1005 (CONSTRAINT_ATT_TYPE), data 0, Att 9005a (unicodePwd)\n\0";
    const WIN_ACL_CHANGE: &str = "00000005: AtrErr: DSID-03190F80, #1:\n\t0: 00000005: DSID-03190F80, problem 1005 (CONSTRAINT_ATT_TYPE), data 0, Att 9005a (unicodePwd)\n\0";
    const WIN_NO_RIGHT: &str =
        "00002098: SecErr: DSID-03150F94, problem 4003 (INSUFF_ACCESS_RIGHTS), data 0\n\0";
    const WIN_PLAIN_LDAP: &str =
        "0000001F: SvcErr: DSID-031A12D2, problem 5003 (WILL_NOT_PERFORM), data 0\n\0";

    #[test]
    fn windows_policy_answers_are_policy_violations_of_unknown_rule() {
        for (code, text) in [(19, WIN_POLICY), (53, WIN_POLICY_53)] {
            let e = map_write_answer(WriteOp::Reset, code, text);
            assert_eq!(
                e.reason(),
                StatusReason::OnPremisesPolicyViolation(PolicyRule::Unknown)
            );
        }
    }

    #[test]
    fn windows_wrong_old_password_is_invalid_current_password() {
        let e = map_write_answer(WriteOp::Change, 19, WIN_WRONG_OLD);
        assert_eq!(e.reason(), StatusReason::InvalidCurrentPassword);
    }

    #[test]
    fn windows_access_denied_on_change_means_the_user_cannot_change() {
        let e = map_write_answer(WriteOp::Change, 19, WIN_ACL_CHANGE);
        assert_eq!(
            e.reason(),
            StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange)
        );
    }

    #[test]
    fn a_reset_without_the_right_needs_an_admin() {
        let e = map_write_answer(WriteOp::Reset, 50, WIN_NO_RIGHT);
        assert_eq!(e.reason(), StatusReason::OnPremisesAdminActionRequired);
        let e = map_write_answer(WriteOp::Unlock, 50, "insufficient access rights");
        assert_eq!(e.reason(), StatusReason::OnPremisesAdminActionRequired);
    }

    #[test]
    fn a_write_over_plain_ldap_needs_an_admin() {
        let e = map_write_answer(WriteOp::Reset, 53, WIN_PLAIN_LDAP);
        assert_eq!(e.reason(), StatusReason::OnPremisesAdminActionRequired);
    }

    #[test]
    fn samba_names_each_policy_rule() {
        let cases = [
            ("0000052D: Constraint violation - check_password_restrictions: the password is too short. It should be equal or longer than 7 characters!", PolicyRule::TooShort),
            ("0000052D: Constraint violation - check_password_restrictions: the password does not meet the complexity criteria!", PolicyRule::NotComplex),
            ("0000052D: Constraint violation - check_password_restrictions: the password was already used (in history)!", PolicyRule::InHistory),
            ("0000052D: Constraint violation - check_password_restrictions: password is too young to change!", PolicyRule::TooYoung),
        ];
        for (text, rule) in cases {
            let e = map_write_answer(WriteOp::Change, 19, text);
            assert_eq!(
                e.reason(),
                StatusReason::OnPremisesPolicyViolation(rule),
                "{text}"
            );
        }
        let e = map_write_answer(
            WriteOp::Change,
            19,
            "0000052D: Constraint violation - check_password_restrictions: the password was already used (previous password)!",
        );
        assert_eq!(
            e.reason(),
            StatusReason::OnPremisesPolicyViolation(PolicyRule::InHistory)
        );
        let e = map_write_answer(
            WriteOp::Change,
            19,
            "error in module acl: Constraint violation during LDB_MODIFY (19)",
        );
        assert_eq!(
            e.reason(),
            StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange)
        );
        let e = map_write_answer(
            WriteOp::Change,
            19,
            "00000056: Constraint violation - check_password_restrictions: The old password specified doesn't match!",
        );
        assert_eq!(e.reason(), StatusReason::InvalidCurrentPassword);
    }

    #[test]
    fn raw_text_is_cleaned_for_the_log() {
        let e = map_write_answer(WriteOp::Reset, 19, WIN_POLICY);
        let s = e.to_string();
        assert!(!s.contains('\0') && !s.contains('\n'), "{s:?}");
    }

    #[test]
    fn bind_data_codes_map_to_outcomes() {
        let t = |d: &str| {
            format!("80090308: LdapErr: DSID-0C09041C, comment: AcceptSecurityContext error, data {d}, v4563\0")
        };
        assert_eq!(
            map_bind_answer(49, &t("52e")),
            BindOutcome::InvalidCredentials
        );
        assert_eq!(
            map_bind_answer(49, &t("525")),
            BindOutcome::InvalidCredentials
        );
        assert_eq!(map_bind_answer(49, &t("532")), BindOutcome::PasswordExpired);
        assert_eq!(map_bind_answer(49, &t("533")), BindOutcome::AccountDisabled);
        assert_eq!(map_bind_answer(49, &t("701")), BindOutcome::AccountExpired);
        assert_eq!(
            map_bind_answer(49, &t("773")),
            BindOutcome::MustChangePassword
        );
        assert_eq!(map_bind_answer(49, &t("775")), BindOutcome::LockedOut);
        assert_eq!(map_bind_answer(0, ""), BindOutcome::Ok);
        assert!(BindOutcome::MustChangePassword.password_correct());
        assert!(!BindOutcome::LockedOut.password_correct());
    }

    #[test]
    fn win32_codes_need_the_colon() {
        assert_eq!(win32_code("0000052D: x"), Some(0x52d));
        assert_eq!(win32_code("  00000056: x"), Some(0x56));
        assert_eq!(win32_code("insufficient access rights"), None);
        assert_eq!(win32_code("0000052"), None);
    }
}
