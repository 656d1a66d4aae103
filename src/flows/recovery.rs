//! Recovery: a user who cannot sign in proves who they are with their registered methods, then
//! resets their password or unlocks their account.
//!
//! The state of one attempt ([`Recovery`]) lives in the user's server-side session. Whatever
//! the user typed (an unknown name, an account out of scope, one without enough methods, a
//! real one), the flow runs the same way and shows the same pages; for the first three,
//! verification simply can never succeed. What such a user should do instead is sent by mail
//! to the account's own mailbox when there is one, never shown on the page, so the pages
//! cannot be used to learn which accounts exist.

use chrono::Utc;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::authenticator::{Authenticator, CodeResult, Owner};
use super::codes::CodeMatch;
use super::limits::{self, Blocked};
use super::StepError;
use super::{Outcome, Services};
use crate::audit::{Activity, AuditEvent, RequestContext, Target};
use crate::config::{PasskeyCountsAs, Scope};
use crate::mail::{CannotHelpReason, CodePurpose, Mail, NoticeEvent};
use crate::status::StatusReason;
use crate::verify::MethodKind;
use crate::writeback::{DirectoryUser, ResetOptions, WritebackError};

/// What the user wants to do once verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Purpose {
    /// Set a new password.
    Reset,
    /// Unlock the account.
    Unlock,
    /// Change one's registered methods (a signed-in user proves an existing method first).
    Register,
}

impl Purpose {
    /// Stored and URL form.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Reset => "reset",
            Self::Unlock => "unlock",
            Self::Register => "register",
        }
    }

    /// The final activity.
    pub fn activity(&self) -> Activity {
        match self {
            Self::Reset => Activity::ResetSelfService,
            Self::Unlock => Activity::UnlockSelfService,
            Self::Register => Activity::Registered,
        }
    }

    fn code_purpose(&self) -> CodePurpose {
        match self {
            Self::Reset => CodePurpose::Reset,
            Self::Unlock => CodePurpose::Unlock,
            Self::Register => CodePurpose::ChangeMethods,
        }
    }
}

/// Whose language a mail is written in. A language the account's owner chose before (stored
/// with their objectGUID) always wins over the language of a request: whoever asks for a code
/// for someone else's account, or has just taken it over, cannot choose the language the
/// owner's mail arrives in.
#[derive(Debug, Clone, Default)]
pub(crate) struct Reader {
    /// The language of the request, used when the owner has none stored.
    language: Option<String>,
    /// The account whose stored preference applies first.
    owner: Option<String>,
}

impl Reader {
    /// The person making this request, about their account: the account's stored language,
    /// else the request's.
    pub(crate) fn of_request(ctx: &RequestContext, guid: &str) -> Self {
        Self {
            language: ctx.language.clone(),
            owner: Some(guid.to_string()),
        }
    }

    /// The account's owner, who is not the one making this request: their stored language,
    /// else the default.
    pub(crate) fn owner(guid: &str) -> Self {
        Self {
            language: None,
            owner: Some(guid.to_string()),
        }
    }

    /// Someone with no stored language: the default.
    pub(crate) fn anyone() -> Self {
        Self::default()
    }

    /// A language decided already (see [`Services::reader_after_proof`]).
    fn fixed(language: Option<String>) -> Self {
        Self {
            language,
            owner: None,
        }
    }
}

/// The account behind a recovery, when it is one self-service can help.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Subject {
    /// objectGUID.
    pub guid: String,
    /// DN at the time of the lookup.
    pub dn: String,
    /// sAMAccountName.
    pub sam: String,
    /// Display name (for greetings).
    pub name: String,
    /// Registered methods.
    pub methods: Vec<MethodKind>,
    /// The registered alternate address.
    pub email: Option<String>,
    /// The directory's own mail attribute (for notices).
    pub directory_mail: Option<String>,
}

/// One recovery attempt.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Recovery {
    /// Ties every step's audit row together; also binds emailed codes to this attempt.
    pub flow_id: String,
    /// Reset or unlock.
    pub purpose: Purpose,
    /// What the user typed (kept for the audit of unknown names).
    pub typed: String,
    /// The account, when self-service can help it; `None` otherwise (and the user is not told).
    pub subject: Option<Subject>,
    /// Methods verified so far, each for the account it was verified for.
    pub verified: Vec<Verified>,
    /// Methods required.
    pub required: u8,
    /// Whether passkeys are offered in this recovery (`sspr.passkeys`).
    #[serde(default)]
    pub passkeys: bool,
    /// Whether a verified passkey is enough on its own (`sspr.passkey_counts_as = "two"`).
    #[serde(default)]
    pub passkey_suffices: bool,
    /// The passkey challenge this browser was given last (an id in `passkey_challenges`).
    #[serde(default)]
    pub passkey_challenge: Option<String>,
}

/// A method verified during a recovery, and the account (objectGUID) it proved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verified {
    /// Which method.
    pub method: MethodKind,
    /// The account it proved.
    pub guid: String,
}

impl Recovery {
    /// The methods verified for the recovery's own account. A verification recorded for any
    /// other account counts for nothing here, however it got into the session.
    pub fn verified_methods(&self) -> Vec<MethodKind> {
        let Some(s) = &self.subject else {
            return Vec::new();
        };
        self.verified
            .iter()
            .filter(|v| v.guid == s.guid)
            .map(|v| v.method)
            .collect()
    }

    /// Whether enough methods have been verified for the recovery's account.
    pub fn complete(&self) -> bool {
        let done = self.verified_methods();
        self.subject.is_some()
            && (done.len() >= usize::from(self.required)
                || (self.passkey_suffices && done.contains(&MethodKind::Passkey)))
    }

    /// Methods still to verify. Every method is offered to everyone, whatever they
    /// registered: offering only the registered ones would tell a stranger which methods an
    /// account has, and that it exists. An unregistered method just never accepts a code.
    pub fn remaining(&self) -> Vec<MethodKind> {
        let done = self.verified_methods();
        [MethodKind::Email, MethodKind::Totp, MethodKind::Passkey]
            .into_iter()
            .filter(|m| *m != MethodKind::Passkey || self.passkeys)
            .filter(|m| !done.contains(m))
            .collect()
    }

    pub(super) fn target(&self) -> Target {
        match &self.subject {
            Some(s) => Target {
                guid: Some(s.guid.clone()),
                name: Some(s.sam.clone()),
            },
            None => super::typed_target(&self.typed),
        }
    }
}

/// What a code check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodeCheck {
    /// Accepted; `complete` when no more methods are needed.
    Accepted {
        /// Enough methods verified.
        complete: bool,
    },
    /// Not right; `left` tries remain.
    Wrong {
        /// Tries left before the block.
        left: u32,
    },
    /// Right, but expired: ask for a new one.
    Expired,
    /// An authenticator code already used once.
    Replayed,
}

impl Services {
    /// Records a progress row of a recovery.
    pub(crate) async fn progress(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        reason: StatusReason,
        target: Target,
        detail: &str,
    ) {
        let _ = self
            .audit
            .record(
                ctx,
                AuditEvent {
                    activity,
                    reason,
                    detail: detail.to_string(),
                    target,
                },
            )
            .await;
    }

    /// Records a block and returns it as a step error.
    pub(crate) async fn blocked(
        &self,
        ctx: &RequestContext,
        target: Target,
        b: Blocked,
    ) -> StepError {
        self.progress(
            ctx,
            Activity::Blocked,
            StatusReason::TooManyAttempts,
            target,
            &format!(
                "rate limit {} until {}",
                b.key.split(':').next().unwrap_or(""),
                b.until.to_rfc3339()
            ),
        )
        .await;
        StepError::Blocked(b)
    }

    /// Sends mail from a background task: the page never waits for, and never depends on, the
    /// mail server (nor on the read of the reader's stored language).
    pub(crate) fn mail_later(&self, to: String, reader: Reader, mail: Mail) {
        let mailer = self.mailer.clone();
        let metrics = self.metrics.clone();
        let store = self.store.clone();
        // In the flow's span, so the log line says which flow lost its mail.
        let span = tracing::Span::current();
        tokio::spawn(tracing::Instrument::instrument(
            async move {
                let stored = match &reader.owner {
                    Some(guid) => store.language(guid).await.ok().flatten(),
                    None => None,
                };
                let language = stored.or(reader.language);
                let sent = mailer.send_in(&to, language.as_deref(), &mail).await;
                metrics.mail(sent.is_ok());
                if let Err(e) = sent {
                    tracing::warn!(error = %e, "mail not sent");
                }
            },
            span,
        ));
    }

    /// Tells the account's mailboxes that something happened.
    pub(crate) fn notify(
        &self,
        ctx: &RequestContext,
        reader: Reader,
        addresses: &[Option<String>],
        name: &str,
        event: NoticeEvent,
    ) {
        let at = Utc::now();
        let mut seen = Vec::new();
        for to in addresses.iter().flatten() {
            if seen.iter().any(|s: &String| s.eq_ignore_ascii_case(to)) {
                continue;
            }
            seen.push(to.clone());
            self.mail_later(
                to.clone(),
                reader.clone(),
                Mail::Notice {
                    name: name.to_string(),
                    event: event.clone(),
                    at,
                    client_ip: ctx.client_ip.clone(),
                },
            );
        }
    }

    /// After the owner of `guid` proved who they are and something changed: the language of
    /// the notice about it (the one stored before, else this request's), and this request's
    /// language stored as the owner's from now on, for the notices others cause later. The
    /// notice is read before the preference is written, so a request that took an account over
    /// cannot choose the language the owner is told in. A failure only loses the preference.
    pub(crate) async fn reader_after_proof(&self, ctx: &RequestContext, guid: &str) -> Reader {
        let before = self.store.language(guid).await.ok().flatten();
        if let Some(code) = &ctx.language {
            if before.as_deref() != Some(code.as_str()) {
                let _ = self
                    .store
                    .put_language(guid, code, &crate::audit::now_string())
                    .await;
            }
        }
        Reader::fixed(before.or_else(|| ctx.language.clone()))
    }

    /// Whether `user` is in self-service scope.
    pub(crate) async fn in_scope(&self, user: &DirectoryUser) -> Result<bool, WritebackError> {
        match &self.config.sspr.enabled_for {
            Scope::None => Ok(false),
            Scope::All => Ok(true),
            Scope::Group(dn) => self.directory.is_member_of(&user.dn, dn).await,
        }
    }

    /// Step 1: the user typed who they are. Always returns a [`Recovery`] unless a limit was
    /// hit or the directory is down, whether or not the account exists.
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id))]
    pub async fn begin_recovery(
        &self,
        ctx: &RequestContext,
        purpose: Purpose,
        typed: &str,
    ) -> Result<Recovery, StepError> {
        let limits = &self.config.limits;
        let mut rec = Recovery {
            flow_id: ctx.flow_id.clone(),
            purpose,
            typed: typed.to_string(),
            subject: None,
            verified: Vec::new(),
            required: self.config.sspr.methods_required,
            passkeys: self.passkeys.is_some(),
            passkey_suffices: self.passkeys.is_some()
                && self.config.sspr.passkey_counts_as == PasskeyCountsAs::Two,
            passkey_challenge: None,
        };
        match limits::hit_client(&self.store, ctx.client_ip.as_deref(), limits.per_ip).await {
            Ok(None) => {}
            Ok(Some(b)) => return Err(self.blocked(ctx, rec.target(), b).await),
            Err(_) => return Err(StepError::Unavailable),
        }
        // Per name and per account: answered silently (the flow simply cannot succeed), since a
        // block page would only ever appear for names that exist.
        if self
            .silently_limited(
                ctx,
                &rec,
                &limits::name_key("start", typed),
                limits.per_account,
            )
            .await?
        {
            return Ok(rec);
        }
        let user = match self.directory.find_user(typed).await {
            Ok(u) => u,
            Err(WritebackError::UserNotFound) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::UserNotFound,
                    rec.target(),
                    "user submitted an identifier that matches no account",
                )
                .await;
                return Ok(rec);
            }
            Err(e) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    e.reason(),
                    rec.target(),
                    &e.to_string(),
                )
                .await;
                return Err(StepError::Unavailable);
            }
        };
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        let name = user
            .display_name
            .clone()
            .unwrap_or_else(|| user.sam_account_name.clone());
        let as_account = Recovery {
            subject: None,
            typed: user.sam_account_name.clone(),
            ..rec.clone()
        };
        if self
            .silently_limited(
                ctx,
                &as_account,
                &format!("account:{}", user.guid),
                limits.per_account,
            )
            .await?
        {
            return Ok(rec);
        }
        let cannot_help = |reason: StatusReason, why: CannotHelpReason| (reason, why);
        let refusal = match self.in_scope(&user).await {
            Err(e) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    e.reason(),
                    target,
                    &e.to_string(),
                )
                .await;
                return Err(StepError::Unavailable);
            }
            Ok(false) => Some(cannot_help(
                StatusReason::UserNotEnabledForSSPR,
                CannotHelpReason::NotEnabled,
            )),
            Ok(true) if user.state(Utc::now()).disabled => Some(cannot_help(
                StatusReason::AccountDisabled,
                CannotHelpReason::Disabled,
            )),
            Ok(true) => match self.privilege(&user).await {
                Err(e) => {
                    self.progress(
                        ctx,
                        Activity::FlowProgress,
                        e.reason(),
                        target,
                        &e.to_string(),
                    )
                    .await;
                    return Err(StepError::Unavailable);
                }
                Ok(Some(_)) => Some(cannot_help(
                    StatusReason::ProtectedAccount,
                    CannotHelpReason::Privileged,
                )),
                Ok(None) => None,
            },
        };
        if let Some((reason, why)) = refusal {
            self.progress(
                ctx,
                Activity::FlowProgress,
                reason,
                target,
                reason.explanation(),
            )
            .await;
            if let Some(mail) = &user.mail {
                let reader = Reader::of_request(ctx, &user.guid);
                self.mail_limited(
                    ctx,
                    &rec,
                    mail,
                    reader,
                    Mail::CannotHelp { name, reason: why },
                )
                .await;
            }
            return Ok(rec);
        }
        let methods = match self.store.methods(&user.guid).await {
            Ok(m) => m,
            Err(_) => return Err(StepError::Unavailable),
        };
        let kinds: Vec<MethodKind> = methods
            .iter()
            .filter_map(|m| MethodKind::parse(&m.kind))
            .filter(|k| *k != MethodKind::Passkey || rec.passkeys)
            .collect();
        let enough = kinds.len() >= usize::from(rec.required)
            || (rec.passkey_suffices && kinds.contains(&MethodKind::Passkey));
        if !enough {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::UserNotProperlyConfigured,
                target,
                &format!(
                    "{} of {} required methods registered",
                    kinds.len(),
                    rec.required
                ),
            )
            .await;
            if let Some(mail) = &user.mail {
                let url = self
                    .config
                    .server
                    .public_url
                    .join("register")
                    .map(|u| u.to_string())
                    .unwrap_or_default();
                self.mail_limited(
                    ctx,
                    &rec,
                    mail,
                    Reader::of_request(ctx, &user.guid),
                    Mail::CannotHelp {
                        name,
                        reason: CannotHelpReason::TooFewMethods {
                            purpose: purpose.code_purpose(),
                            needed: rec.required,
                            register_url: url,
                        },
                    },
                )
                .await;
            }
            return Ok(rec);
        }
        let email = methods
            .iter()
            .find(|m| m.kind == "email")
            .map(|m| m.value.clone());
        rec.subject = Some(Subject {
            guid: user.guid.clone(),
            dn: user.dn.clone(),
            sam: user.sam_account_name.clone(),
            name,
            methods: kinds,
            email,
            directory_mail: user.mail.clone(),
        });
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            target,
            &format!("user submitted their user ID ({})", purpose.as_str()),
        )
        .await;
        if rec.remaining().contains(&MethodKind::Email) {
            self.send_recovery_code(ctx, &rec).await?;
        }
        Ok(rec)
    }

    /// Counts an event against a per-name, per-account or per-destination limit, from this
    /// client and from everywhere (see [`limits::hit_spread`]). When it is exceeded, the block
    /// is audited but the user is not told (`Ok(true)`): the flow goes on looking the same and
    /// simply cannot succeed.
    async fn silently_limited(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        key: &str,
        max: u32,
    ) -> Result<bool, StepError> {
        match limits::hit_spread(
            &self.store,
            key,
            ctx.client_ip.as_deref(),
            max,
            limits::EVERYWHERE,
            std::time::Duration::from_secs(3600),
        )
        .await
        {
            Ok(None) => Ok(false),
            Ok(Some(b)) => {
                let _ = self.blocked(ctx, rec.target(), b).await;
                Ok(true)
            }
            Err(_) => Err(StepError::Unavailable),
        }
    }

    /// Mails the account's own mailbox, within the per-destination limit.
    async fn mail_limited(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        to: &str,
        reader: Reader,
        mail: Mail,
    ) {
        let key = format!("dest:{}", to.to_lowercase());
        if let Ok(false) = self
            .silently_limited(ctx, rec, &key, self.config.limits.per_destination)
            .await
        {
            self.mail_later(to.to_string(), reader, mail);
        }
    }

    /// Sends (or re-sends) the email code of a recovery, in the background. For an attempt
    /// that cannot succeed nothing is sent, and the caller cannot tell.
    pub async fn send_recovery_code(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
    ) -> Result<(), StepError> {
        let Some(subject) = &rec.subject else {
            return Ok(());
        };
        let Some(to) = subject.email.clone() else {
            return Ok(());
        };
        let limits = &self.config.limits;
        // Silently: a block page here would appear only for accounts that exist and have an
        // address registered.
        let key = format!("dest:{}", to.to_lowercase());
        if self
            .silently_limited(ctx, rec, &key, limits.per_destination)
            .await?
        {
            return Ok(());
        }
        let this = self.clone();
        let (flow_id, purpose, name) = (rec.flow_id.clone(), rec.purpose, subject.name.clone());
        let reader = Reader::of_request(ctx, &subject.guid);
        // Storing and mailing happen after the page is answered, so neither shows in its timing.
        tokio::spawn(async move {
            if let Err(e) = this
                .issue_code(
                    &flow_id,
                    purpose.as_str(),
                    &to,
                    &name,
                    purpose.code_purpose(),
                    reader,
                )
                .await
            {
                tracing::error!(error = ?e, "could not issue a code");
            }
        });
        Ok(())
    }

    /// A wrong code: the flow's last allowed attempt blocks it.
    async fn wrong_try(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        method: MethodKind,
        used: u32,
    ) -> Result<CodeCheck, StepError> {
        self.wrong_try_because(ctx, rec, &format!("wrong {} code", method.as_str()), used)
            .await
    }

    /// A try that did not prove the account, for the reason the audit gives: the flow's last
    /// allowed attempt blocks it.
    pub(super) async fn wrong_try_because(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        detail: &str,
        used: u32,
    ) -> Result<CodeCheck, StepError> {
        let l = &self.config.limits;
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::VerificationFailed,
            rec.target(),
            detail,
        )
        .await;
        if used >= l.code_attempts {
            let until = Utc::now()
                + chrono::Duration::from_std(l.block_for).unwrap_or(chrono::Duration::minutes(15));
            let b = Blocked {
                until,
                key: format!("verify:{}", rec.flow_id),
            };
            return Err(self.blocked(ctx, rec.target(), b).await);
        }
        Ok(CodeCheck::Wrong {
            left: l.code_attempts - used,
        })
    }

    pub(super) async fn accepted(
        &self,
        ctx: &RequestContext,
        rec: &mut Recovery,
        method: MethodKind,
    ) -> CodeCheck {
        let Some(guid) = rec.subject.as_ref().map(|s| s.guid.clone()) else {
            return CodeCheck::Wrong { left: 0 };
        };
        let v = Verified { method, guid };
        if !rec.verified.contains(&v) {
            rec.verified.push(v);
        }
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            rec.target(),
            &format!("verified {}", method.label().to_lowercase()),
        )
        .await;
        CodeCheck::Accepted {
            complete: rec.complete(),
        }
    }

    /// Step 2: checks a code the user typed for `method`.
    ///
    /// The attempt is recorded before the code is looked at, so parallel requests on one flow
    /// cannot race past the limit; each sees the others' attempts.
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id))]
    pub async fn check_code(
        &self,
        ctx: &RequestContext,
        rec: &mut Recovery,
        method: MethodKind,
        typed: &str,
    ) -> Result<CodeCheck, StepError> {
        let l = &self.config.limits;
        let attempt = limits::count(
            &self.store,
            &format!("verify:{}", rec.flow_id),
            l.code_attempts,
            l.block_for,
        )
        .await
        .map_err(|_| StepError::Unavailable)?;
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(ctx, rec.target(), b).await);
        }
        let used = attempt.used;
        let subject = rec.subject.clone();
        match (method, subject) {
            (MethodKind::Email, Some(subject)) if subject.methods.contains(&MethodKind::Email) => {
                match self
                    .match_code(&rec.flow_id, rec.purpose.as_str(), typed)
                    .await?
                {
                    CodeMatch::Match => {
                        // Whoever reads the account's registered mailbox may unblock its
                        // authenticator: the block exists to stop guessing, and this is proof.
                        if rec.purpose != Purpose::Register {
                            self.authenticator_cleared(&subject.guid, Authenticator::SelfService)
                                .await?;
                        }
                        Ok(self.accepted(ctx, rec, method).await)
                    }
                    CodeMatch::Expired => Ok(CodeCheck::Expired),
                    CodeMatch::NoMatch => self.wrong_try(ctx, rec, method, used).await,
                }
            }
            (MethodKind::Totp, Some(subject)) if subject.methods.contains(&MethodKind::Totp) => {
                let owner = Owner {
                    guid: &subject.guid,
                    name: &subject.name,
                    mail: vec![subject.directory_mail.clone(), subject.email.clone()],
                };
                let methods = self
                    .store
                    .methods(&subject.guid)
                    .await
                    .map_err(|_| StepError::Unavailable)?;
                let sealed = methods
                    .iter()
                    .find(|m| m.kind == "totp")
                    .map(|m| m.value.as_str());
                match self
                    .check_authenticator(
                        ctx,
                        &owner,
                        Authenticator::SelfService,
                        sealed,
                        &subject.guid,
                        typed,
                    )
                    .await?
                {
                    CodeResult::Accepted => Ok(self.accepted(ctx, rec, method).await),
                    CodeResult::Wrong => self.wrong_try(ctx, rec, method, used).await,
                    CodeResult::Replayed => {
                        self.progress(
                            ctx,
                            Activity::FlowProgress,
                            StatusReason::VerificationFailed,
                            rec.target(),
                            "authenticator code replayed",
                        )
                        .await;
                        Ok(CodeCheck::Replayed)
                    }
                    CodeResult::Blocked => {
                        // Past the cap the code is not even looked at; the page reads as for
                        // any wrong code, and the owner was told when the cap was reached.
                        self.progress(
                            ctx,
                            Activity::FlowProgress,
                            StatusReason::TooManyAttempts,
                            rec.target(),
                            "authenticator blocked after too many wrong codes in a row: code not checked",
                        )
                        .await;
                        self.wrong_try(ctx, rec, method, used).await
                    }
                }
            }
            (MethodKind::Passkey, _) => self.check_passkey(ctx, rec, typed, used).await,
            _ => self.wrong_try(ctx, rec, method, used).await,
        }
    }

    /// The account of a verified recovery, re-read (state may have changed since step 1) with
    /// its token, for the write that follows.
    async fn verified_user(&self, rec: &Recovery) -> Result<DirectoryUser, WritebackError> {
        let subject = rec
            .subject
            .as_ref()
            .filter(|_| rec.complete())
            .ok_or(WritebackError::UserNotFound)?;
        let user = self.directory.read_user_for_write(&subject.dn).await?;
        if user.guid != subject.guid {
            return Err(WritebackError::UserNotFound);
        }
        Ok(user)
    }

    /// Step 3 of a reset: writes the new password (and unlocks: a user who forgot their
    /// password has often locked themselves out trying).
    pub async fn finish_reset(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        new: &SecretString,
    ) -> Outcome {
        let user = match self.verified_user(rec).await {
            Ok(u) => u,
            Err(e) => {
                return self
                    .refuse(ctx, rec, e.reason(), "not verified, or the account changed")
                    .await
            }
        };
        let options = ResetOptions {
            must_change: false,
            unlock: true,
            enforce_policy: true,
        };
        let out = self
            .reset_password(ctx, Activity::ResetSelfService, &user, new, options)
            .await;
        if out.ok() {
            let s = rec.subject.as_ref();
            let reader = self.reader_after_proof(ctx, &user.guid).await;
            self.notify(
                ctx,
                reader,
                &[user.mail.clone(), s.and_then(|s| s.email.clone())],
                &s.map(|s| s.name.clone()).unwrap_or_default(),
                NoticeEvent::ResetSelfService,
            );
        }
        out
    }

    /// Step 3 of an unlock.
    pub async fn finish_unlock(&self, ctx: &RequestContext, rec: &Recovery) -> Outcome {
        let user = match self.verified_user(rec).await {
            Ok(u) => u,
            Err(e) => {
                return self
                    .refuse(ctx, rec, e.reason(), "not verified, or the account changed")
                    .await
            }
        };
        let out = self.unlock(ctx, Activity::UnlockSelfService, &user).await;
        if out.ok() {
            let s = rec.subject.as_ref();
            let reader = self.reader_after_proof(ctx, &user.guid).await;
            self.notify(
                ctx,
                reader,
                &[user.mail.clone(), s.and_then(|s| s.email.clone())],
                &s.map(|s| s.name.clone()).unwrap_or_default(),
                NoticeEvent::UnlockSelfService,
            );
        }
        out
    }

    async fn refuse(
        &self,
        ctx: &RequestContext,
        rec: &Recovery,
        reason: StatusReason,
        detail: &str,
    ) -> Outcome {
        let row = self
            .audit
            .record(
                ctx,
                AuditEvent {
                    activity: rec.purpose.activity(),
                    reason,
                    detail: detail.to_string(),
                    target: rec.target(),
                },
            )
            .await
            .ok();
        Outcome {
            reason,
            violations: Vec::new(),
            audit_id: row.map(|r| r.id),
            blocked_until: None,
            identity_proven: false,
            retry_after: None,
        }
    }
}
