//! The helpdesk's steps, without HTTP: sign-in (directory bind + helpdesk group + TOTP), the
//! role re-check every action makes, finding users, diagnosing why one is stuck, verifying a
//! caller, and the audited actions (reset, unlock, clear methods).

use chrono::Utc;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::authenticator::{Authenticator, CodeResult, Owner};
use super::binds::PasswordCheck;
use super::codes::CodeMatch;
use super::limits;
use super::recovery::Reader;
use super::registration::{Member, PendingTotp};
use super::StepError;
use super::{typed_target, Outcome, Services};
use crate::audit::{Activity, Actor, RequestContext, Target};
use crate::mail::{CodePurpose, HelpdeskAction, Mail, NoticeEvent};
use crate::status::StatusReason;
use crate::verify::{totp, MethodKind};
use crate::writeback::{BindOutcome, DirectoryUser, ResetOptions, WritebackError};

/// A helpdesk admin's session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct AdminSession {
    /// objectGUID.
    pub guid: String,
    /// sAMAccountName (the audit's actor).
    pub sam: String,
    /// Display name.
    pub name: String,
    /// DN (for the role re-check).
    pub dn: String,
    /// Mail, for their own notices.
    pub mail: Option<String>,
    /// UPN (the label in their authenticator app).
    pub upn: Option<String>,
    /// The second factor was passed in this session.
    pub totp_ok: bool,
    /// Unix time of the last request (idle timeout).
    pub last_seen: i64,
    /// A caller this admin verified, and when (unix).
    pub caller: Option<(String, i64)>,
    /// A code sent to a caller: (user guid, flow id).
    pub caller_code: Option<(String, String)>,
    /// Unix time the second factor was passed (absolute session lifetime).
    #[serde(default)]
    pub signed_in_at: i64,
    /// The console session's id in the database (`console_sessions`): the session counts only
    /// while that row exists, whatever the browser's session store holds.
    #[serde(default)]
    pub console_id: String,
    /// A console passkey being added (see [`super::console_passkeys`]).
    #[serde(default)]
    pub pending_passkey: Option<super::console_passkeys::PendingConsolePasskey>,
}

impl AdminSession {
    /// As a registration member (to enrol their own authenticator).
    pub fn as_member(&self) -> Member {
        Member {
            guid: self.guid.clone(),
            sam: self.sam.clone(),
            name: self.name.clone(),
            directory_mail: self.mail.clone(),
            upn: self.upn.clone(),
        }
    }

    /// The audit context of an action by this admin.
    pub fn ctx(&self, base: &RequestContext) -> RequestContext {
        RequestContext {
            actor: Actor::Admin(self.sam.clone()),
            ..base.clone()
        }
    }

    /// Whether `guid`'s caller was verified by this admin within `window_secs`.
    pub fn caller_verified(&self, guid: &str, window_secs: i64) -> bool {
        self.caller
            .as_ref()
            .is_some_and(|(g, at)| g == guid && Utc::now().timestamp() - at <= window_secs)
    }
}

/// A helpdesk sign-in between the password and the second factor, as the session keeps it.
/// It expires: a password check is not a standing permission to enrol or to try codes later.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingSignIn {
    /// Who signed in with their password (not yet a console session: `totp_ok` is false).
    pub admin: AdminSession,
    /// Whether a console authenticator is enrolled (else this sign-in enrols one).
    pub enrolled: bool,
    /// Unix time of the password step.
    pub at: i64,
    /// The emailed enrolment code's flow, for a first sign-in.
    pub enrol_flow: Option<String>,
    /// The authenticator being enrolled, for a first sign-in.
    pub enrol_totp: Option<PendingTotp>,
    /// The passkey challenge this sign-in was given (an id in `passkey_challenges`).
    #[serde(default)]
    pub passkey_challenge: Option<String>,
}

/// How long the second factor may follow the password.
pub const PENDING_SIGN_IN_SECS: i64 = 5 * 60;

impl PendingSignIn {
    /// Whether the password step is recent enough to go on from.
    pub fn fresh(&self) -> bool {
        Utc::now().timestamp() - self.at <= PENDING_SIGN_IN_SECS
    }

    /// The console session this sign-in becomes once the second factor passed.
    pub fn into_session(self) -> AdminSession {
        let now = Utc::now().timestamp();
        AdminSession {
            totp_ok: true,
            last_seen: now,
            signed_in_at: now,
            console_id: uuid::Uuid::new_v4().to_string(),
            ..self.admin
        }
    }
}

/// Why a console session ended under the admin's feet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleLost {
    /// No longer in the helpdesk group.
    NotInGroup,
    /// The account was disabled.
    AccountDisabled,
    /// The account expired (accountExpires).
    AccountExpired,
    /// The account is locked out.
    LockedOut,
    /// The password expired or must be changed.
    PasswordExpired,
    /// The directory could not confirm the role just now.
    Unverifiable,
}

/// How an admin sign-in went.
#[derive(Debug, Clone)]
pub enum AdminSignIn {
    /// Password right and in the helpdesk group: next, the second factor (enrolled or not).
    Ok(Box<AdminSession>, bool),
    /// Anything else (never says which).
    Refused,
}

/// How serious a diagnosis finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Severity {
    /// Self-service cannot work until this is fixed.
    Blocks,
    /// Works, but this will bite.
    Warns,
    /// For information.
    Info,
}

/// One reason a user could not reset or unlock now: what it is, with its facts (the console
/// words it, with its fix).
#[derive(Debug, Clone)]
pub struct Finding {
    /// How serious.
    pub severity: Severity,
    /// The status reason it corresponds to.
    pub reason: Option<StatusReason>,
    /// What it is, with its facts.
    pub kind: FindingKind,
}

/// What a diagnosis found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FindingKind {
    /// The account is privileged: sspr never resets or unlocks it.
    Privileged(super::protection::Privilege),
    /// Outside the self-service scope: the group it is enabled for, or `None` when
    /// self-service is switched off.
    NotInScope {
        /// `sspr.enabled_for`'s group.
        group: Option<String>,
    },
    /// The scope could not be checked.
    DirectoryUnreachable {
        /// What the directory said (technical, for the helpdesk).
        error: String,
    },
    /// Fewer methods registered than required.
    NotRegistered {
        /// Registered.
        registered: usize,
        /// Required.
        required: usize,
    },
    /// Disabled in the directory.
    Disabled,
    /// `accountExpires` is in the past.
    Expired,
    /// The service account lacks these rights on the user.
    MissingRights {
        /// The rights, as the directory names them.
        missing: Vec<String>,
    },
    /// The rights could not be checked.
    RightsUnchecked {
        /// What the directory said.
        error: String,
    },
    /// The minimum password age has not passed.
    TooYoung {
        /// When a change works again.
        until: Option<chrono::DateTime<Utc>>,
        /// Whether the policy is a fine-grained one (else the domain's).
        fine_grained: bool,
    },
    /// "User cannot change password" is set.
    CannotChange,
    /// Locked out.
    Locked {
        /// Since when.
        since: Option<chrono::DateTime<Utc>>,
    },
    /// The password has expired or must be changed at next logon.
    MustChange,
    /// An authenticator is blocked after too many wrong codes in a row.
    AuthenticatorBlocked {
        /// Which one.
        which: Authenticator,
        /// Wrong codes in a row.
        failures: i64,
        /// The cap.
        cap: i64,
    },
}

/// Everything the user page shows.
#[derive(Debug, Clone)]
pub struct UserDetail {
    /// The entry.
    pub user: DirectoryUser,
    /// Its state now.
    pub state: crate::writeback::AccountState,
    /// The effective policy, if readable.
    pub policy: Option<crate::policy::PasswordPolicy>,
    /// When a lockout ends on its own.
    pub unlocks_at: Option<chrono::DateTime<Utc>>,
    /// Registered methods (masked).
    pub methods: Vec<super::registration::MethodView>,
    /// Recent audit events about this user.
    pub events: Vec<crate::store::audit::AuditRecord>,
    /// Why they might be stuck.
    pub findings: Vec<Finding>,
    /// Why the account is privileged, if it is (sspr then never resets or unlocks it).
    pub privilege: Option<super::protection::Privilege>,
    /// Authenticators blocked after too many wrong codes in a row (the helpdesk unblocks).
    pub blocked: Vec<Authenticator>,
}

/// How long a caller verification counts.
pub const CALLER_WINDOW_SECS: i64 = 15 * 60;

const CALLER_PURPOSE: &str = "caller";
const ENROL_PURPOSE: &str = "admin-enrol";

/// The replay-guard key of a console authenticator (apart from the user's self-service one).
fn admin_step_key(guid: &str) -> String {
    format!("admin:{guid}")
}

impl Services {
    /// Signs a helpdesk admin in: directory bind, then membership (nested) of the helpdesk group.
    pub async fn admin_sign_in(
        &self,
        ctx: &RequestContext,
        typed: &str,
        password: &SecretString,
    ) -> Result<AdminSignIn, StepError> {
        let l = &self.config.limits;
        let group = &self.config.sspr.helpdesk_group_dn;
        let target = typed_target(typed);
        match limits::hit_client(&self.store, ctx.client_ip.as_deref(), l.per_ip).await {
            Ok(None) => {}
            Ok(Some(b)) => return Err(self.blocked(ctx, target, b).await),
            Err(_) => return Err(StepError::Unavailable),
        }
        if group.is_empty() {
            return Ok(AdminSignIn::Refused);
        }
        let user = match self.directory.find_user(typed).await {
            Ok(u) => u,
            Err(WritebackError::UserNotFound) => {
                if let Err(WritebackError::Busy { retry_after }) =
                    self.directory.wait_like_a_bind().await
                {
                    return Err(StepError::Busy(retry_after));
                }
                return Ok(AdminSignIn::Refused);
            }
            Err(_) => return Err(StepError::Unavailable),
        };
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        // The same budget and lockout guard as every page that binds: DOMAIN\name, UPN and
        // mail are all ways to type the same account.
        let bind = match self.check_password(ctx, &user, password).await? {
            PasswordCheck::Bound(b) => b,
            PasswordCheck::Withheld(w) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    w.reason(),
                    target,
                    &format!("helpdesk sign-in refused: {}", w.describe()),
                )
                .await;
                return Ok(AdminSignIn::Refused);
            }
        };
        if bind != BindOutcome::Ok {
            self.progress(
                ctx,
                Activity::FlowProgress,
                bind.reason(),
                target,
                &format!("helpdesk sign-in refused: {bind}"),
            )
            .await;
            return Ok(AdminSignIn::Refused);
        }
        match self.directory.is_member_of(&user.dn, group).await {
            Ok(true) => {}
            Ok(false) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::OnPremisesAdminActionRequired,
                    target,
                    "helpdesk sign-in refused: not in the helpdesk group",
                )
                .await;
                return Ok(AdminSignIn::Refused);
            }
            Err(_) => return Err(StepError::Unavailable),
        }
        let enrolled = self
            .store
            .admin_factor(&user.guid)
            .await
            .map_err(|_| StepError::Unavailable)?
            .is_some();
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            target,
            "helpdesk sign-in: password and group accepted",
        )
        .await;
        Ok(AdminSignIn::Ok(
            Box::new(AdminSession {
                guid: user.guid,
                sam: user.sam_account_name.clone(),
                name: user.display_name.unwrap_or(user.sam_account_name),
                dn: user.dn,
                mail: user.mail,
                upn: user.upn,
                totp_ok: false,
                last_seen: Utc::now().timestamp(),
                caller: None,
                caller_code: None,
                signed_in_at: 0,
                console_id: String::new(),
                pending_passkey: None,
            }),
            enrolled,
        ))
    }

    /// The admin's second factor: a code from their registered authenticator.
    pub async fn admin_second_factor(
        &self,
        ctx: &RequestContext,
        p: &PendingSignIn,
        typed: &str,
    ) -> Result<bool, StepError> {
        let a = &p.admin;
        let key = format!("admin-totp:{}", a.guid);
        let l = &self.config.limits;
        let attempt = limits::count(&self.store, &key, l.code_attempts, l.block_for)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let target = Target {
            guid: Some(a.guid.clone()),
            name: Some(a.sam.clone()),
        };
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(ctx, target, b).await);
        }
        let sealed = self
            .store
            .admin_factor(&a.guid)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let owner = Owner {
            guid: &a.guid,
            name: &a.name,
            mail: vec![a.mail.clone()],
        };
        let (reason, detail) = match self
            .check_authenticator(
                ctx,
                &owner,
                Authenticator::Console,
                sealed.as_deref(),
                &admin_step_key(&a.guid),
                typed,
            )
            .await?
        {
            CodeResult::Accepted => (
                StatusReason::Success,
                "helpdesk sign-in: second factor passed",
            ),
            CodeResult::Wrong => (
                StatusReason::VerificationFailed,
                "helpdesk sign-in: wrong authenticator code",
            ),
            CodeResult::Replayed => (
                StatusReason::VerificationFailed,
                "helpdesk sign-in: authenticator code replayed",
            ),
            CodeResult::Blocked => (
                StatusReason::TooManyAttempts,
                "helpdesk sign-in: console authenticator blocked after too many wrong codes in a row; code not checked",
            ),
        };
        self.progress(ctx, Activity::FlowProgress, reason, target, detail)
            .await;
        Ok(reason.is_success())
    }

    /// Starts enrolling the console authenticator: the password alone is not enough, so a
    /// one-time code goes to the admin's directory mailbox. `None` when the account has no
    /// mailbox (enrolment then needs a directory administrator).
    pub async fn begin_admin_enrolment(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
    ) -> Result<Option<String>, StepError> {
        let Some(to) = a.mail.clone() else {
            return Ok(None);
        };
        let flow_id = uuid::Uuid::new_v4().to_string();
        self.issue_code(
            &flow_id,
            ENROL_PURPOSE,
            &to,
            &a.name,
            CodePurpose::ConsoleAuthenticator,
            Reader::of_request(ctx, &a.guid),
        )
        .await?;
        let target = Target {
            guid: Some(a.guid.clone()),
            name: Some(a.sam.clone()),
        };
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            target,
            "helpdesk authenticator enrolment: code sent to the directory mailbox",
        )
        .await;
        Ok(Some(flow_id))
    }

    /// The authenticator being enrolled in this sign-in, made now if there is none: its QR
    /// code (SVG) and manual key.
    pub fn admin_enrol_totp(&self, p: &mut PendingSignIn) -> Result<(String, String), StepError> {
        let member = p.admin.as_member();
        if p.enrol_totp.is_none() {
            p.enrol_totp = Some(self.new_totp(&member)?);
        }
        let pending = p.enrol_totp.as_ref().ok_or(StepError::Unavailable)?;
        self.totp_display(&member, pending)
    }

    /// Finishes enrolment: the emailed code and a code from the new authenticator must both be
    /// right. Insert-only: an existing console authenticator is never replaced here.
    pub async fn confirm_admin_enrolment(
        &self,
        ctx: &RequestContext,
        p: &PendingSignIn,
        emailed: &str,
        typed: &str,
    ) -> Result<bool, StepError> {
        let a = &p.admin;
        let (Some(flow_id), Some(pending)) = (p.enrol_flow.as_deref(), p.enrol_totp.as_ref())
        else {
            return Ok(false);
        };
        if pending.guid != a.guid {
            tracing::warn!("pending console authenticator of another account refused");
            return Err(StepError::WrongAccount);
        }
        let sealed = pending.sealed.as_str();
        let l = &self.config.limits;
        let target = Target {
            guid: Some(a.guid.clone()),
            name: Some(a.sam.clone()),
        };
        let attempt = limits::count(
            &self.store,
            &format!("admin-enrol:{}", a.guid),
            l.code_attempts,
            l.block_for,
        )
        .await
        .map_err(|_| StepError::Unavailable)?;
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(ctx, target, b).await);
        }
        let now = Utc::now().timestamp().max(0) as u64;
        let step = self
            .cipher
            .open(sealed, &a.guid)
            .and_then(|s| totp::check(&s, typed, now));
        // The authenticator code first: the emailed code is used up only when both are right,
        // so a mistyped app code does not cost the mail.
        let mail_ok = match step {
            Some(_) => self.match_code(flow_id, ENROL_PURPOSE, emailed).await? == CodeMatch::Match,
            None => false,
        };
        let (true, Some(step)) = (mail_ok, step) else {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                target,
                "helpdesk authenticator enrolment: wrong code",
            )
            .await;
            return Ok(false);
        };
        if !self
            .store
            .put_admin_factor_if_absent(&a.guid, sealed, &crate::audit::now_string())
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::OnPremisesAdminActionRequired,
                target,
                "helpdesk authenticator enrolment refused: one is already enrolled",
            )
            .await;
            return Ok(false);
        }
        let _ = self
            .store
            .use_totp_step(&admin_step_key(&a.guid), step)
            .await;
        self.progress(
            ctx,
            Activity::Registered,
            StatusReason::Success,
            target,
            "helpdesk console authenticator enrolled",
        )
        .await;
        // Every other helpdesk admin hears of it: an enrolment they did not expect is a signal.
        self.tell_other_admins(
            ctx,
            &a.sam,
            NoticeEvent::AdminEnrolled {
                sam: a.sam.clone(),
                name: a.name.clone(),
            },
        )
        .await;
        Ok(true)
    }

    /// Mails `event` to every member of the helpdesk group but `sam` (the admin who acted).
    pub(super) async fn tell_other_admins(
        &self,
        ctx: &RequestContext,
        sam: &str,
        event: NoticeEvent,
    ) {
        let group = &self.config.sspr.helpdesk_group_dn;
        if let Ok(admins) = self.directory.group_member_mails(group).await {
            for (name, mail) in admins
                .into_iter()
                .filter(|(other, _)| !other.eq_ignore_ascii_case(sam))
            {
                self.mail_later(
                    mail,
                    Reader::anyone(),
                    Mail::Notice {
                        name,
                        event: event.clone(),
                        at: Utc::now(),
                        client_ip: ctx.client_ip.clone(),
                    },
                );
            }
        }
    }

    /// Opens a console session once the second factor passed.
    pub async fn open_console(&self, a: &AdminSession) -> Result<(), StepError> {
        self.store
            .put_console_session(&a.console_id, &a.guid, &crate::audit::now_string())
            .await
            .map_err(|_| StepError::Unavailable)
    }

    /// Whether the console session is still open (not signed out, not timed out).
    pub async fn console_open(&self, a: &AdminSession) -> bool {
        !a.console_id.is_empty()
            && self
                .store
                .console_session_live(&a.console_id)
                .await
                .unwrap_or(false)
    }

    /// Closes a console session (sign-out, timeout, role lost).
    pub async fn close_console(&self, a: &AdminSession) {
        if let Err(e) = self.store.end_console_session(&a.console_id).await {
            tracing::warn!(error = %e, "console session not closed in the database");
        }
    }

    /// Whether the admin still holds the role and may still sign in at all. Every request
    /// checks again: removal from the helpdesk group, a disabled, locked or expired account,
    /// or an expired password ends the console session at once, not at the next sign-in.
    pub async fn admin_still_allowed(&self, a: &AdminSession) -> Result<(), RoleLost> {
        let group = &self.config.sspr.helpdesk_group_dn;
        if group.is_empty() {
            return Err(RoleLost::NotInGroup);
        }
        let user = self
            .directory
            .read_user(&a.dn)
            .await
            .map_err(|_| RoleLost::Unverifiable)?;
        if user.guid != a.guid {
            return Err(RoleLost::Unverifiable);
        }
        let state = user.state(Utc::now());
        if state.disabled {
            return Err(RoleLost::AccountDisabled);
        }
        if state.account_expired {
            return Err(RoleLost::AccountExpired);
        }
        if state.locked {
            return Err(RoleLost::LockedOut);
        }
        if state.password_expired || state.must_change {
            return Err(RoleLost::PasswordExpired);
        }
        match self.directory.is_member_of(&a.dn, group).await {
            Ok(true) => Ok(()),
            Ok(false) => Err(RoleLost::NotInGroup),
            Err(_) => Err(RoleLost::Unverifiable),
        }
    }

    /// Users matching a search.
    pub async fn admin_search(&self, text: &str) -> Result<Vec<DirectoryUser>, StepError> {
        self.directory
            .search_users(text, 200)
            .await
            .map_err(|_| StepError::Unavailable)
    }

    /// Everything about a user, with the diagnosis.
    pub async fn admin_user(&self, guid: &str) -> Result<UserDetail, WritebackError> {
        let user = self.directory.find_by_guid(guid).await?;
        let now = Utc::now();
        let state = user.state(now);
        let policy = self.directory.effective_policy(&user).await.ok();
        let domain = crate::writeback::policy_read::domain_policy(&self.directory)
            .await
            .ok();
        let lockout = domain.as_ref().and_then(|d| d.lockout_duration);
        let unlocks_at = state
            .locked_since
            .and_then(|t| lockout.map(|d| t + chrono::Duration::from_std(d).unwrap_or_default()));
        let member = Member {
            guid: user.guid.clone(),
            sam: user.sam_account_name.clone(),
            name: String::new(),
            directory_mail: None,
            upn: None,
        };
        let methods = self.member_methods(&member).await.unwrap_or_default();
        let filter = crate::store::admin::AuditFilter {
            target_guid: Some(user.guid.clone()),
            ..Default::default()
        };
        let events = self
            .store
            .audit_search(&filter, 20, 0)
            .await
            .map(|(r, _)| r)
            .unwrap_or_default();
        let privilege = self.privilege(&user).await?;
        let mut findings = self
            .diagnose(&user, &state, policy.as_ref(), methods.len())
            .await;
        let mut blocked = Vec::new();
        for which in [Authenticator::SelfService, Authenticator::Console] {
            let (n, cap) = self
                .authenticator_failures(&user.guid, which)
                .await
                .map_err(|_| WritebackError::Unreachable("database unavailable".into()))?;
            if n >= cap {
                blocked.push(which);
                findings.push(Finding {
                    severity: Severity::Warns,
                    reason: Some(StatusReason::TooManyAttempts),
                    kind: FindingKind::AuthenticatorBlocked {
                        which,
                        failures: n,
                        cap,
                    },
                });
            }
        }
        if let Some(p) = &privilege {
            findings.insert(
                0,
                Finding {
                    severity: Severity::Blocks,
                    reason: Some(StatusReason::ProtectedAccount),
                    kind: FindingKind::Privileged(p.clone()),
                },
            );
        }
        Ok(UserDetail {
            user,
            state,
            policy,
            unlocks_at,
            methods,
            events,
            findings,
            privilege,
            blocked,
        })
    }

    /// Every reason this user could not reset or unlock by themselves right now, with its fix.
    pub async fn diagnose(
        &self,
        user: &DirectoryUser,
        state: &crate::writeback::AccountState,
        policy: Option<&crate::policy::PasswordPolicy>,
        registered: usize,
    ) -> Vec<Finding> {
        let mut out = Vec::new();
        let mut add = |severity, reason: Option<StatusReason>, kind: FindingKind| {
            out.push(Finding {
                severity,
                reason,
                kind,
            });
        };
        match self.in_scope(user).await {
            Ok(true) => {}
            Ok(false) => add(
                Severity::Blocks,
                Some(StatusReason::UserNotEnabledForSSPR),
                FindingKind::NotInScope {
                    group: match &self.config.sspr.enabled_for {
                        crate::config::Scope::Group(dn) => Some(dn.clone()),
                        _ => None,
                    },
                },
            ),
            Err(e) => add(
                Severity::Blocks,
                Some(StatusReason::OnPremisesConnectivityError),
                FindingKind::DirectoryUnreachable {
                    error: e.to_string(),
                },
            ),
        }
        let required = usize::from(self.config.sspr.methods_required);
        if registered < required {
            add(
                Severity::Blocks,
                Some(StatusReason::UserNotProperlyConfigured),
                FindingKind::NotRegistered {
                    registered,
                    required,
                },
            );
        }
        if state.disabled {
            add(
                Severity::Blocks,
                Some(StatusReason::AccountDisabled),
                FindingKind::Disabled,
            );
        }
        if state.account_expired {
            add(
                Severity::Blocks,
                Some(StatusReason::AccountDisabled),
                FindingKind::Expired,
            );
        }
        match crate::writeback::diagnostics::cannot_manage(
            &self.directory,
            &self.config.directory.bind_dn,
            &user.dn,
        )
        .await
        {
            Ok(missing) if missing.is_empty() => {}
            // A protected account is refused in code anyway (see the privileged finding); its
            // missing delegation is expected and no reason to widen the service account's
            // rights.
            Ok(_) if user.admin_count => {}
            Ok(missing) => add(
                Severity::Blocks,
                Some(StatusReason::OnPremisesAdminActionRequired),
                FindingKind::MissingRights {
                    missing: missing.iter().map(ToString::to_string).collect(),
                },
            ),
            Err(e) => add(
                Severity::Warns,
                None,
                FindingKind::RightsUnchecked {
                    error: e.to_string(),
                },
            ),
        }
        if let Some(p) = policy {
            if let Some(at) = p
                .can_change_at(user.pwd_last_set_unix())
                .filter(|t| *t > now_unix())
            {
                add(
                    Severity::Warns,
                    Some(StatusReason::OnPremisesPolicyViolation(
                        crate::policy::PolicyRule::TooYoung,
                    )),
                    FindingKind::TooYoung {
                        until: chrono::DateTime::from_timestamp(at, 0),
                        fine_grained: matches!(p.source, crate::policy::PolicySource::Pso { .. }),
                    },
                );
            }
        }
        if self
            .directory
            .user_cannot_change(user)
            .await
            .unwrap_or(false)
        {
            add(
                Severity::Warns,
                Some(StatusReason::OnPremisesPolicyViolation(
                    crate::policy::PolicyRule::CannotChange,
                )),
                FindingKind::CannotChange,
            );
        }
        if state.locked {
            add(
                Severity::Info,
                None,
                FindingKind::Locked {
                    since: state.locked_since,
                },
            );
        }
        if state.password_expired || state.must_change {
            add(Severity::Info, None, FindingKind::MustChange);
        }
        out
    }

    /// Resets a user's password for them. `None` for `typed` generates one.
    pub async fn admin_reset(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
        password: &SecretString,
        must_change: bool,
        unlock: bool,
    ) -> Outcome {
        let actx = a.ctx(ctx);
        let options = ResetOptions {
            must_change,
            unlock,
            enforce_policy: false,
        };
        let out = self
            .reset_password(&actx, Activity::ResetByAdmin, user, password, options)
            .await;
        if out.ok() {
            self.after_admin_action(&actx, a, user, HelpdeskAction::Reset { must_change })
                .await;
        }
        out
    }

    /// Unlocks a user for them.
    pub async fn admin_unlock(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
    ) -> Outcome {
        let actx = a.ctx(ctx);
        let out = self.unlock(&actx, Activity::UnlockByAdmin, user).await;
        if out.ok() {
            self.after_admin_action(&actx, a, user, HelpdeskAction::Unlock)
                .await;
        }
        out
    }

    /// Clears a user's registered methods (lost phone, changed address).
    pub async fn admin_clear_methods(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
    ) -> Result<u64, StepError> {
        let actx = a.ctx(ctx);
        let n = self
            .store
            .delete_methods(&user.guid, None)
            .await
            .map_err(|_| StepError::Unavailable)?;
        self.store
            .clear_method_failures(&user.guid, Some(Authenticator::SelfService.key()))
            .await
            .map_err(|_| StepError::Unavailable)?;
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        self.progress(
            &actx,
            Activity::Registered,
            StatusReason::Success,
            target,
            &format!("all {n} registered methods cleared by the helpdesk"),
        )
        .await;
        self.after_admin_action(&actx, a, user, HelpdeskAction::ClearedMethods)
            .await;
        Ok(n)
    }

    /// Unblocks an authenticator blocked after too many wrong codes in a row (the user's
    /// self-service one and, for an admin, their console one).
    pub async fn admin_unblock_authenticator(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
    ) -> Result<(), StepError> {
        let actx = a.ctx(ctx);
        self.store
            .clear_method_failures(&user.guid, None)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        self.progress(
            &actx,
            Activity::Registered,
            StatusReason::Success,
            target,
            "authenticator unblocked by the helpdesk (wrong-code count cleared)",
        )
        .await;
        self.after_admin_action(&actx, a, user, HelpdeskAction::UnblockedAuthenticator)
            .await;
        Ok(())
    }

    /// Tells the user; and when the account is itself privileged, the other helpdesk admins.
    async fn after_admin_action(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
        action: HelpdeskAction,
    ) {
        let registered = self
            .store
            .methods(&user.guid)
            .await
            .unwrap_or_default()
            .into_iter()
            .find(|m| m.kind == "email")
            .map(|m| m.value);
        let name = user
            .display_name
            .clone()
            .unwrap_or_else(|| user.sam_account_name.clone());
        // The helpdesk made this request: the notice goes in the owner's language.
        self.notify(
            ctx,
            Reader::owner(&user.guid),
            &[user.mail.clone(), registered],
            &name,
            NoticeEvent::ByHelpdesk {
                admin: a.name.clone(),
                action,
                note: ctx.note.clone(),
            },
        );
        if matches!(self.privilege(user).await, Ok(Some(_))) {
            let group = &self.config.sspr.helpdesk_group_dn;
            if let Ok(admins) = self.directory.group_member_mails(group).await {
                for (sam, mail) in admins
                    .into_iter()
                    .filter(|(sam, _)| !sam.eq_ignore_ascii_case(&a.sam))
                {
                    self.mail_later(
                        mail,
                        Reader::anyone(),
                        Mail::Notice {
                            name: sam,
                            event: NoticeEvent::PrivilegedChanged {
                                admin_sam: a.sam.clone(),
                                admin_name: a.name.clone(),
                                account: user.sam_account_name.clone(),
                                action,
                            },
                            at: Utc::now(),
                            client_ip: ctx.client_ip.clone(),
                        },
                    );
                }
            }
        }
    }

    /// Sends the caller a code to their registered email, to read back to the helpdesk.
    /// Returns the flow id the code is bound to, or `None` when no address is registered.
    pub async fn send_caller_code(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
    ) -> Result<Option<String>, StepError> {
        let rows = self
            .store
            .methods(&user.guid)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let Some(to) = rows
            .into_iter()
            .find(|m| m.kind == "email")
            .map(|m| m.value)
        else {
            return Ok(None);
        };
        let flow_id = uuid::Uuid::new_v4().to_string();
        let name = user
            .display_name
            .clone()
            .unwrap_or_else(|| user.sam_account_name.clone());
        let what_for = CodePurpose::HelpdeskCaller {
            admin: a.name.clone(),
        };
        // The helpdesk asks for it: the code mail goes in the caller's own language.
        self.issue_code(
            &flow_id,
            CALLER_PURPOSE,
            &to,
            &name,
            what_for,
            Reader::owner(&user.guid),
        )
        .await?;
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        self.progress(
            &a.ctx(ctx),
            Activity::FlowProgress,
            StatusReason::Success,
            target,
            "helpdesk sent the caller a verification code",
        )
        .await;
        Ok(Some(flow_id))
    }

    /// Checks what the caller read back: the emailed code (`flow_id` set) or their current
    /// authenticator code. Wrong answers count towards the flow's attempt limit.
    pub async fn check_caller(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        user: &DirectoryUser,
        method: MethodKind,
        flow_id: Option<&str>,
        typed: &str,
    ) -> Result<bool, StepError> {
        let l = &self.config.limits;
        let key = format!("caller:{}:{}", a.guid, user.guid);
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        let attempt = limits::count(&self.store, &key, l.code_attempts, l.block_for)
            .await
            .map_err(|_| StepError::Unavailable)?;
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(&a.ctx(ctx), target, b).await);
        }
        let ok = match (method, flow_id) {
            (MethodKind::Email, Some(flow)) => {
                self.match_code(flow, CALLER_PURPOSE, typed).await? == CodeMatch::Match
            }
            (MethodKind::Totp, _) => {
                // The same guessing budget as self-service: a caller reading codes to the
                // helpdesk is guessing the same secret.
                let rows = self
                    .store
                    .methods(&user.guid)
                    .await
                    .map_err(|_| StepError::Unavailable)?;
                let email = rows
                    .iter()
                    .find(|m| m.kind == "email")
                    .map(|m| m.value.clone());
                let sealed = rows
                    .iter()
                    .find(|m| m.kind == "totp")
                    .map(|m| m.value.as_str());
                let name = user
                    .display_name
                    .clone()
                    .unwrap_or_else(|| user.sam_account_name.clone());
                let owner = Owner {
                    guid: &user.guid,
                    name: &name,
                    mail: vec![user.mail.clone(), email],
                };
                self.check_authenticator(
                    ctx,
                    &owner,
                    Authenticator::SelfService,
                    sealed,
                    &user.guid,
                    typed,
                )
                .await?
                    == CodeResult::Accepted
            }
            _ => false,
        };
        let (reason, detail) = if ok {
            (
                StatusReason::Success,
                format!(
                    "caller verified by the helpdesk ({})",
                    method.label().to_lowercase()
                ),
            )
        } else {
            (
                StatusReason::VerificationFailed,
                format!("caller gave a wrong {} code", method.label().to_lowercase()),
            )
        };
        self.progress(&a.ctx(ctx), Activity::FlowProgress, reason, target, &detail)
            .await;
        Ok(ok)
    }
}

fn now_unix() -> i64 {
    Utc::now().timestamp()
}

/// A strong random password for a helpdesk reset: 16 characters from an unambiguous alphabet,
/// with every class present so it meets AD complexity and any length up to 16.
pub fn generate_password() -> SecretString {
    use rand::seq::SliceRandom;
    use rand::Rng;
    const UPPER: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ";
    const LOWER: &[u8] = b"abcdefghijkmnopqrstuvwxyz";
    const DIGIT: &[u8] = b"23456789";
    const SYMBOL: &[u8] = b"-_.!#%+=";
    let mut rng = rand::rngs::OsRng;
    let mut chars: Vec<u8> = [UPPER, LOWER, DIGIT, SYMBOL]
        .iter()
        .map(|set| set[rng.gen_range(0..set.len())])
        .collect();
    let all: Vec<u8> = [UPPER, LOWER, DIGIT, SYMBOL].concat();
    while chars.len() < 16 {
        chars.push(all[rng.gen_range(0..all.len())]);
    }
    chars.shuffle(&mut rng);
    SecretString::from(String::from_utf8_lossy(&chars).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn generated_passwords_meet_complexity_and_differ() {
        let a = generate_password();
        let b = generate_password();
        assert_ne!(a.expose_secret(), b.expose_secret());
        let s = a.expose_secret();
        assert_eq!(s.chars().count(), 16);
        assert!(s.chars().any(|c| c.is_ascii_uppercase()));
        assert!(s.chars().any(|c| c.is_ascii_lowercase()));
        assert!(s.chars().any(|c| c.is_ascii_digit()));
        assert!(s.chars().any(|c| !c.is_ascii_alphanumeric()));
        // Whatever policy.min_strength asks, a generated password meets it.
        for _ in 0..20 {
            let p = generate_password();
            assert_eq!(
                crate::policy::strength::estimate(p.expose_secret(), &[]).score,
                4
            );
        }
    }
}
