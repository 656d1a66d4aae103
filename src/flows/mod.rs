//! What the portal does, without HTTP: each password operation as one step that looks the user
//! up, pre-checks the new password locally, writes back to AD, and records exactly one audit row
//! whatever happens. The web layer (and the helpdesk pages) call these; they never call the
//! writeback engine for a write themselves, so no write can go unaudited.

pub mod admin;
pub mod authenticator;
pub mod binds;
pub mod codes;
pub mod console_passkeys;
pub mod health;
pub mod limits;
pub mod passkeys;
pub mod protection;
pub mod recovery;
pub mod registration;
pub mod reminders;
pub mod writes;

use std::sync::Arc;

use chrono::Utc;
use secrecy::{ExposeSecret, SecretString};

use crate::audit::{Activity, Audit, AuditEvent, RequestContext, Target};
use crate::policy::{self, BannedList, UserContext, Violation, WriteKind};
use crate::status::{PolicyRule, StatusReason};
use crate::writeback::{Directory, DirectoryUser, ResetOptions, WritebackError};

/// Why a step of a flow (self-service, registration or helpdesk) could not go on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StepError {
    /// A rate limit: try again at `until`.
    Blocked(limits::Blocked),
    /// The directory or the database is unavailable; nothing was changed.
    Unavailable,
    /// The account has methods registered, and none was proved in this session: a password
    /// alone does not let anyone change them.
    StepUpNeeded,
    /// A pending or verified item of the session belongs to another account than the one
    /// it is used for. Nothing was changed; the session should end.
    WrongAccount,
    /// The directory is saturated: try again after this long. Nothing was changed.
    Busy(std::time::Duration),
}

/// The services a flow step needs.
#[derive(Clone)]
pub struct Services {
    /// The writeback engine.
    pub directory: Arc<Directory>,
    /// The audit log.
    pub audit: Audit,
    /// Banned passwords (built-in plus the operator's file).
    pub banned: Arc<BannedList>,
    /// The imported list of breached passwords, when there is one.
    pub breached: Arc<crate::breach::BreachScreen>,
    /// Organisation-specific banned terms.
    pub banned_terms: Arc<Vec<String>>,
    /// The database (methods, codes, limits).
    pub store: crate::store::Store,
    /// Outgoing mail.
    pub mailer: Arc<crate::mail::Mailer>,
    /// Seals TOTP secrets.
    pub cipher: crate::verify::totp::Cipher,
    /// Hashes one-time codes.
    pub code_key: crate::verify::code::CodeKey,
    /// Prometheus counters.
    pub metrics: Arc<crate::metrics::Metrics>,
    /// The configuration.
    pub config: Arc<crate::config::Config>,
    /// One lock per account around password checks (see [`binds`]).
    pub bind_locks: Arc<binds::KeyedLocks>,
    /// The SIDs that make an account privileged, resolved on first use (see [`protection`]).
    pub privileged: Arc<protection::PrivilegedCache>,
    /// This run of the process, named in its write-ahead records (see [`writes`]).
    pub instance: Arc<str>,
    /// The passkey relying party, when `sspr.passkeys` is on (see [`passkeys`]).
    pub passkeys: Option<Arc<crate::verify::passkey::RelyingParty>>,
}

/// How a password operation ended.
#[derive(Debug, Clone)]
pub struct Outcome {
    /// The status reason recorded.
    pub reason: StatusReason,
    /// Every local rule the new password broke (empty unless the pre-check refused it).
    pub violations: Vec<Violation>,
    /// The audit row written, if the database took it.
    pub audit_id: Option<i64>,
    /// Set when a visible rate limit (per client address) stopped it: try again then.
    pub blocked_until: Option<chrono::DateTime<Utc>>,
    /// Whether whoever asked proved they may act on the account. Until then nothing about
    /// the account may be told to them: every refusal reads as "not right".
    pub identity_proven: bool,
    /// For `DirectoryBusy`: when to try again.
    pub retry_after: Option<std::time::Duration>,
}

impl Outcome {
    /// Whether it worked.
    pub fn ok(&self) -> bool {
        self.reason.is_success()
    }
}

/// What one attempt produced before it is recorded.
struct Attempt {
    reason: StatusReason,
    detail: String,
    target: Target,
    violations: Vec<Violation>,
    blocked_until: Option<chrono::DateTime<Utc>>,
    /// The write-ahead record of a write that was sent, forgotten once the row is written.
    pending: Option<i64>,
    /// Whoever asked proved they may act on the account (its current password, its methods,
    /// or the helpdesk): what went wrong may be told to them.
    proven: bool,
    /// For a busy directory: when to try again.
    retry_after: Option<std::time::Duration>,
}

impl Attempt {
    fn success(user: &DirectoryUser, detail: &str) -> Self {
        Self {
            reason: StatusReason::Success,
            detail: detail.to_string(),
            target: target_of(user),
            violations: Vec::new(),
            blocked_until: None,
            pending: None,
            proven: false,
            retry_after: None,
        }
    }

    fn failed(target: Target, e: &WritebackError) -> Self {
        // The DC's text is for admins (the audit) and the log, never for the user's page.
        let detail = truncate_chars(&e.to_string(), 400);
        tracing::warn!(error = %e, reason = %e.reason(), "writeback refused");
        Self {
            reason: e.reason(),
            detail,
            target,
            violations: Vec::new(),
            blocked_until: None,
            pending: None,
            proven: false,
            retry_after: match e {
                WritebackError::Busy { retry_after } => Some(*retry_after),
                _ => None,
            },
        }
    }

    fn proven(mut self) -> Self {
        self.proven = true;
        self
    }

    fn with_pending(mut self, pending: Option<i64>) -> Self {
        self.pending = pending;
        self
    }

    fn refused(target: Target, reason: StatusReason, detail: &str) -> Self {
        Self {
            reason,
            detail: detail.to_string(),
            target,
            violations: Vec::new(),
            blocked_until: None,
            pending: None,
            proven: false,
            retry_after: None,
        }
    }
}

/// At most `max` characters of `s` (DC texts and DNs carry UTF-8: never cut inside a character).
fn truncate_chars(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

fn target_of(user: &DirectoryUser) -> Target {
    Target {
        guid: Some(user.guid.clone()),
        name: Some(user.sam_account_name.clone()),
    }
}

/// What was typed, for the audit of a user that was not found: kept short and printable.
pub(crate) fn typed_target(identifier: &str) -> Target {
    Target {
        guid: None,
        name: Some(
            identifier
                .chars()
                .filter(|c| !c.is_control())
                .take(128)
                .collect(),
        ),
    }
}

/// The reason for the first local violation.
fn reason_for(violations: &[Violation]) -> StatusReason {
    match violations.first() {
        Some(Violation::Banned) => StatusReason::PasswordBanned,
        Some(Violation::Breached) => StatusReason::PasswordBreached,
        Some(Violation::TooWeak { .. }) => StatusReason::PasswordTooWeak,
        Some(v) => StatusReason::OnPremisesPolicyViolation(v.rule().unwrap_or(PolicyRule::Unknown)),
        None => StatusReason::Success,
    }
}

impl Services {
    async fn record(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        a: Attempt,
        started: std::time::Instant,
    ) -> Outcome {
        self.metrics
            .writeback(activity, a.reason, started.elapsed());
        let audit_id = self
            .audit
            .record(
                ctx,
                AuditEvent {
                    activity,
                    reason: a.reason,
                    detail: a.detail,
                    target: a.target,
                },
            )
            .await
            .ok()
            .map(|r| r.id);
        // The row is in: the write-ahead record has done its job. (If the row is not in, the
        // record stays, and the write is settled from it later.)
        if let (Some(_), Some(id)) = (audit_id, a.pending) {
            if let Err(e) = self.store.delete_pending_write(id).await {
                tracing::warn!(error = %e, "write-ahead record not removed; it will be settled later");
            }
        }
        Outcome {
            reason: a.reason,
            violations: a.violations,
            audit_id,
            blocked_until: a.blocked_until,
            identity_proven: a.proven,
            retry_after: a.retry_after,
        }
    }

    /// The refusal of a reset or unlock of a privileged account (see [`protection`]); also
    /// when the directory cannot say whether it is one.
    async fn refuse_privileged(&self, user: &DirectoryUser) -> Option<Attempt> {
        match self.privilege(user).await {
            Ok(None) => None,
            Ok(Some(p)) => Some(Attempt::refused(
                target_of(user),
                StatusReason::ProtectedAccount,
                &format!(
                    "refused: the account is {}; sspr never resets or unlocks privileged accounts",
                    p.describe()
                ),
            )),
            Err(e) => Some(Attempt::failed(target_of(user), &e)),
        }
    }

    /// Checks `new` against the user's effective policy and the banned list. A policy the
    /// service account cannot read is logged and skipped: the DC still enforces it.
    async fn precheck(
        &self,
        user: &DirectoryUser,
        new: &SecretString,
        kind: WriteKind,
    ) -> Vec<Violation> {
        let policy = match self.directory.effective_policy(user).await {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(error = %e, "effective policy unreadable; the DC will enforce it");
                return self.portal_rules(user, new.expose_secret());
            }
        };
        let extra: Vec<&str> = self.banned_terms.iter().map(String::as_str).collect();
        let password = new.expose_secret();
        let mut violations = policy::check(
            &policy,
            password,
            &UserContext {
                sam_account_name: &user.sam_account_name,
                display_name: user.display_name.as_deref(),
                pwd_last_set_unix: user.pwd_last_set_unix(),
                must_change: user.pwd_last_set == 0,
            },
            kind,
            Utc::now().timestamp(),
            &self.banned,
            &extra,
        );
        violations.extend(self.portal_rules(user, password));
        violations
    }

    /// Which of the portal's own rules a password panel should mention.
    pub fn portal_checks(&self) -> policy::PortalChecks {
        policy::PortalChecks {
            breached: self.breached.is_on(),
            min_strength: self.config.policy.min_strength,
        }
    }

    /// The portal's rules beyond the directory's and the banned list: the breached-password
    /// list and the minimum strength. Checked even when the directory's policy could not be
    /// read: they are the portal's own.
    fn portal_rules(&self, user: &DirectoryUser, password: &str) -> Vec<Violation> {
        let mut out = Vec::new();
        if self.breached.is_breached(password) {
            out.push(Violation::Breached);
        }
        if let Some(required) = self.config.policy.min_strength {
            // What an attacker who knows the account would try first.
            let mut known: Vec<&str> = vec![
                user.sam_account_name.as_str(),
                self.config.server.organisation.as_str(),
            ];
            known.extend(user.display_name.as_deref());
            known.extend(user.display_name.iter().flat_map(|d| d.split_whitespace()));
            known.extend(user.upn.iter().filter_map(|u| u.split('@').next()));
            known.extend(user.mail.iter().filter_map(|m| m.split('@').next()));
            known.extend(self.config.server.organisation.split_whitespace());
            known.extend(self.banned_terms.iter().map(String::as_str));
            let s = policy::strength::estimate(password, &known);
            if s.score < required {
                out.push(Violation::TooWeak {
                    score: s.score,
                    required,
                    hints: s.hints,
                });
            }
        }
        out
    }

    /// A user changes their own password, knowing the current one. Works for users whose
    /// password expired or must be changed: the service account performs the change.
    ///
    /// Nothing about the account (disabled, may not change, policy, minimum age) is decided
    /// before the current password is proven by a bind, so that someone who only knows a user
    /// name learns nothing but "wrong password".
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id))]
    pub async fn change_password(
        &self,
        ctx: &RequestContext,
        identifier: &str,
        current: &SecretString,
        new: &SecretString,
    ) -> Outcome {
        let (this, ctx, identifier) = (self.clone(), ctx.clone(), identifier.to_string());
        let (current, new) = (current.clone(), new.clone());
        // Write and audit run in their own task: if the client goes away mid-request, the
        // request future is dropped, but a write that reached AD still gets its audit row.
        self.detached(async move {
            let started = std::time::Instant::now();
            let attempt = this.try_change(&ctx, &identifier, &current, &new).await;
            this.record(&ctx, Activity::ChangeSelfService, attempt, started)
                .await
        })
        .await
    }

    async fn detached(
        &self,
        work: impl std::future::Future<Output = Outcome> + Send + 'static,
    ) -> Outcome {
        match tokio::spawn(work).await {
            Ok(outcome) => outcome,
            // Only a panic gets here; it is a bug, and the audit row may be missing.
            Err(e) => {
                tracing::error!(error = %e, "flow task failed");
                Outcome {
                    reason: StatusReason::OnPremisesConnectivityError,
                    violations: Vec::new(),
                    audit_id: None,
                    blocked_until: None,
                    identity_proven: false,
                    retry_after: None,
                }
            }
        }
    }

    async fn try_change(
        &self,
        ctx: &RequestContext,
        identifier: &str,
        current: &SecretString,
        new: &SecretString,
    ) -> Attempt {
        let l = &self.config.limits;
        match limits::hit_client(&self.store, ctx.client_ip.as_deref(), l.per_ip).await {
            Ok(None) => {}
            Ok(Some(b)) => {
                let mut a = Attempt::refused(
                    typed_target(identifier),
                    StatusReason::TooManyAttempts,
                    "rate limit per client address",
                );
                a.blocked_until = Some(b.until);
                return a;
            }
            Err(_) => {
                return Attempt::refused(
                    typed_target(identifier),
                    StatusReason::OnPremisesConnectivityError,
                    "database unavailable",
                )
            }
        }
        let user = match self.directory.find_user(identifier).await {
            Ok(u) => u,
            Err(WritebackError::UserNotFound) => {
                let e = match self.directory.wait_like_a_bind().await {
                    Ok(()) => WritebackError::UserNotFound,
                    Err(busy) => busy,
                };
                return Attempt::failed(typed_target(identifier), &e);
            }
            Err(e) => return Attempt::failed(typed_target(identifier), &e),
        };
        match self.check_password(ctx, &user, current).await {
            Ok(binds::PasswordCheck::Bound(outcome)) if outcome.password_correct() => {}
            Ok(binds::PasswordCheck::Bound(outcome)) => {
                return Attempt::refused(
                    target_of(&user),
                    outcome.reason(),
                    &format!("current password not accepted: {outcome}"),
                )
            }
            Ok(binds::PasswordCheck::Withheld(w)) => {
                return Attempt::refused(target_of(&user), w.reason(), &w.describe())
            }
            Err(StepError::Busy(retry_after)) => {
                let mut a = Attempt::refused(
                    target_of(&user),
                    StatusReason::DirectoryBusy,
                    "the current password could not be checked: the directory is busy",
                );
                a.retry_after = Some(retry_after);
                return a;
            }
            Err(_) => {
                return Attempt::refused(
                    target_of(&user),
                    StatusReason::OnPremisesConnectivityError,
                    "the current password could not be checked: directory or database unavailable",
                )
            }
        }
        self.try_change_proven(ctx, &user, current, new)
            .await
            .proven()
    }

    /// The rest of a change, once the current password is proven: what happens now may be
    /// said to the person, since they hold the account's password.
    async fn try_change_proven(
        &self,
        ctx: &RequestContext,
        user: &DirectoryUser,
        current: &SecretString,
        new: &SecretString,
    ) -> Attempt {
        let user = user.clone();
        let state = user.state(Utc::now());
        if state.disabled {
            return Attempt::refused(
                target_of(&user),
                StatusReason::AccountDisabled,
                "account is disabled",
            );
        }
        // The DC checks the Change Password right against the service account, not the user,
        // so a deny to SELF is enforced only here: when it cannot be read, refuse.
        match self.directory.user_cannot_change(&user).await {
            Ok(false) => {}
            Ok(true) => {
                return Attempt::refused(
                    target_of(&user),
                    StatusReason::OnPremisesPolicyViolation(PolicyRule::CannotChange),
                    "the account is set so that the user cannot change the password",
                )
            }
            Err(e) => {
                return Attempt::refused(
                    target_of(&user),
                    StatusReason::OnPremisesAdminActionRequired,
                    &format!("could not read whether the user may change the password: {e}"),
                )
            }
        }
        let violations = self.precheck(&user, new, WriteKind::Change).await;
        if !violations.is_empty() {
            return Attempt {
                reason: reason_for(&violations),
                detail: "refused by the portal's pre-check before writing".into(),
                target: target_of(&user),
                violations,
                blocked_until: None,
                pending: None,
                proven: false,
                retry_after: None,
            };
        }
        let sent = match self.directory.prepare_change(&user, current, new).await {
            Ok(w) => {
                self.send_logged(
                    ctx,
                    Activity::ChangeSelfService,
                    &user,
                    w,
                    "password changed",
                )
                .await
            }
            Err(e) => return Attempt::failed(target_of(&user), &e),
        };
        let pending = sent.pending;
        match sent.result {
            Ok(()) => {
                let registered = self
                    .store
                    .methods(&user.guid)
                    .await
                    .unwrap_or_default()
                    .into_iter()
                    .find(|m| m.kind == "email")
                    .map(|m| m.value);
                let reader = self.reader_after_proof(ctx, &user.guid).await;
                self.notify(
                    ctx,
                    reader,
                    &[user.mail.clone(), registered],
                    user.display_name
                        .as_deref()
                        .unwrap_or(&user.sam_account_name),
                    crate::mail::NoticeEvent::Changed,
                );
                Attempt::success(&user, "password changed").with_pending(pending)
            }
            Err(e) => Attempt::failed(target_of(&user), &e).with_pending(pending),
        }
    }

    /// An admin-style reset of `user`'s password, after self-service verification or by the
    /// helpdesk (`activity` says which).
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id, user = %user.sam_account_name))]
    pub async fn reset_password(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        user: &DirectoryUser,
        new: &SecretString,
        options: ResetOptions,
    ) -> Outcome {
        let (this, ctx, user, new) = (self.clone(), ctx.clone(), user.clone(), new.clone());
        self.detached(async move {
            let started = std::time::Instant::now();
            // Self-service verified its methods, the helpdesk its caller, before asking.
            let attempt = this
                .try_reset(&ctx, activity, &user, &new, options)
                .await
                .proven();
            this.record(&ctx, activity, attempt, started).await
        })
        .await
    }

    async fn try_reset(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        user: &DirectoryUser,
        new: &SecretString,
        options: ResetOptions,
    ) -> Attempt {
        if user.state(Utc::now()).disabled {
            return Attempt::refused(
                target_of(user),
                StatusReason::AccountDisabled,
                "account is disabled",
            );
        }
        if let Some(refusal) = self.refuse_privileged(user).await {
            return refusal;
        }
        let kind = WriteKind::Reset {
            policy_hints: options.enforce_policy && self.directory.policy_hints_supported(),
        };
        let violations = self.precheck(user, new, kind).await;
        if !violations.is_empty() {
            return Attempt {
                reason: reason_for(&violations),
                detail: "refused by the portal's pre-check before writing".into(),
                target: target_of(user),
                violations,
                blocked_until: None,
                pending: None,
                proven: false,
                retry_after: None,
            };
        }
        let mut detail = String::from("password reset");
        if options.must_change {
            detail.push_str("; must change at next logon");
        }
        if options.unlock {
            detail.push_str("; account unlocked");
        }
        let sent = match self.directory.prepare_reset(user, new, options).await {
            Ok(w) => self.send_logged(ctx, activity, user, w, &detail).await,
            Err(e) => return Attempt::failed(target_of(user), &e),
        };
        match sent.result {
            Ok(()) => Attempt::success(user, &detail),
            Err(e) => Attempt::failed(target_of(user), &e),
        }
        .with_pending(sent.pending)
    }

    /// Unlocks `user`'s account.
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id, user = %user.sam_account_name))]
    pub async fn unlock(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        user: &DirectoryUser,
    ) -> Outcome {
        let (this, ctx, user) = (self.clone(), ctx.clone(), user.clone());
        // Detached, like the other writes: a dropped request cannot lose the audit row.
        self.detached(async move {
            let started = std::time::Instant::now();
            let attempt = if user.state(Utc::now()).disabled {
                Attempt::refused(
                    target_of(&user),
                    StatusReason::AccountDisabled,
                    "account is disabled",
                )
            } else if let Some(refusal) = this.refuse_privileged(&user).await {
                refusal
            } else {
                match this.directory.prepare_unlock(&user).await {
                    Ok(w) => {
                        let sent = this
                            .send_logged(&ctx, activity, &user, w, "account unlocked")
                            .await;
                        match sent.result {
                            Ok(()) => Attempt::success(&user, "account unlocked"),
                            Err(e) => Attempt::failed(target_of(&user), &e),
                        }
                        .with_pending(sent.pending)
                    }
                    Err(e) => Attempt::failed(target_of(&user), &e),
                }
            };
            this.record(&ctx, activity, attempt.proven(), started).await
        })
        .await
    }
}
