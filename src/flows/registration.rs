//! Registration: a user who still knows their password signs in with it and registers the
//! methods that will let them recover later: an alternate email (confirmed by a code) and an
//! authenticator app (confirmed by a code from the app).

use chrono::Utc;
use secrecy::SecretString;
use serde::{Deserialize, Serialize};

use super::binds::PasswordCheck;
use super::limits;
use super::recovery::Reader;
use super::StepError;
use super::{typed_target, Services};
use crate::audit::{Activity, RequestContext, Target};
use crate::mail::{CodePurpose, MethodChange, NoticeEvent};
use crate::status::StatusReason;
use crate::verify::{mask_email, totp, MethodKind};
use crate::writeback::{BindOutcome, WritebackError};

/// A signed-in user, kept in the session.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Member {
    /// objectGUID.
    pub guid: String,
    /// sAMAccountName.
    pub sam: String,
    /// Display name.
    pub name: String,
    /// The directory's mail attribute.
    pub directory_mail: Option<String>,
    /// userPrincipalName (the account label in authenticator apps).
    pub upn: Option<String>,
}

/// Proof that the member proved one of their registered methods in this session (or just
/// registered one), for the account it names.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct Proof {
    /// objectGUID of the account the proof is for.
    pub guid: String,
    /// Unix time of the proof.
    pub at: i64,
}

/// One registration visit, as the session keeps it: who signed in, and what they have
/// pending. Every item names the account it belongs to, and the steps below refuse an item
/// of another account ([`StepError::WrongAccount`]), whatever put it there.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Registration {
    /// The signed-in user.
    pub member: Member,
    /// An existing method proved in this session: needed to change methods once any exist,
    /// so a stolen password alone cannot replace them.
    pub step_up: Option<Proof>,
    /// An address waiting for its confirmation code.
    pub pending_email: Option<PendingEmail>,
    /// An authenticator being set up.
    pub pending_totp: Option<PendingTotp>,
    /// A passkey being registered.
    #[serde(default)]
    pub pending_passkey: Option<super::passkeys::PendingPasskey>,
}

impl Registration {
    /// A fresh visit for a member who just signed in.
    pub fn new(member: Member) -> Self {
        Self {
            member,
            step_up: None,
            pending_email: None,
            pending_totp: None,
            pending_passkey: None,
        }
    }

    /// Whether the member proved a method of *their own* account in this session.
    pub fn proved(&self) -> bool {
        self.step_up
            .as_ref()
            .is_some_and(|p| p.guid == self.member.guid)
    }

    /// Records a proof for the member's account.
    fn prove(&mut self) {
        self.step_up = Some(Proof {
            guid: self.member.guid.clone(),
            at: Utc::now().timestamp(),
        });
    }

    /// The pending address, if it belongs to the member.
    fn own_email(&self) -> Result<&PendingEmail, StepError> {
        let p = self.pending_email.as_ref().ok_or(StepError::WrongAccount)?;
        belongs(&self.member, &p.guid, "pending email")?;
        Ok(p)
    }

    /// The pending authenticator, if it belongs to the member.
    fn own_totp(&self) -> Result<&PendingTotp, StepError> {
        let p = self.pending_totp.as_ref().ok_or(StepError::WrongAccount)?;
        belongs(&self.member, &p.guid, "pending authenticator")?;
        Ok(p)
    }
}

/// Refuses an item that names another account than the member's.
pub(super) fn belongs(m: &Member, guid: &str, what: &str) -> Result<(), StepError> {
    if m.guid == guid {
        Ok(())
    } else {
        tracing::warn!(item = what, "session item of another account refused");
        Err(StepError::WrongAccount)
    }
}

impl Member {
    pub(super) fn target(&self) -> Target {
        Target {
            guid: Some(self.guid.clone()),
            name: Some(self.sam.clone()),
        }
    }
}

/// How a sign-in went.
#[derive(Debug, Clone)]
pub enum SignIn {
    /// Signed in.
    Ok(Member),
    /// The password is right but expired or must be changed: go to the change page.
    MustChange,
    /// Wrong name or password (never says which).
    Invalid,
    /// Locked out: go to the unlock page.
    LockedOut,
    /// Self-service is not available to this account (scope, disabled): say whom to ask.
    NotAllowed(StatusReason),
}

/// A registered method, as shown to its owner.
#[derive(Debug, Clone)]
pub struct MethodView {
    /// Which.
    pub kind: MethodKind,
    /// The masked address, for an email method (an app has nothing to show).
    pub address: Option<String>,
    /// Registered when (the date, as stored).
    pub since: String,
    /// Registered when, for showing in the reader's layout.
    pub added: Option<chrono::DateTime<chrono::Utc>>,
}

/// An email address waiting for its confirmation code.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingEmail {
    /// objectGUID of the account it is being added to.
    pub guid: String,
    /// The address.
    pub address: String,
    /// Binds the code to this attempt.
    pub flow_id: String,
}

/// An authenticator being set up: the secret is kept sealed in the session until confirmed.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingTotp {
    /// objectGUID of the account it is being set up for.
    pub guid: String,
    /// Sealed secret.
    pub sealed: String,
}

const REGISTER_PURPOSE: &str = "register-email";

impl Services {
    /// Signs a user in with their directory password.
    #[tracing::instrument(skip_all, fields(flow_id = %ctx.flow_id))]
    pub async fn sign_in(
        &self,
        ctx: &RequestContext,
        typed: &str,
        password: &SecretString,
    ) -> Result<SignIn, StepError> {
        let l = &self.config.limits;
        let unknown = typed_target(typed);
        match limits::hit_client(&self.store, ctx.client_ip.as_deref(), l.per_ip).await {
            Ok(None) => {}
            Ok(Some(b)) => return Err(self.blocked(ctx, unknown, b).await),
            Err(_) => return Err(StepError::Unavailable),
        }
        let user = match self.directory.find_user(typed).await {
            Ok(u) => u,
            Err(WritebackError::UserNotFound) => {
                if let Err(WritebackError::Busy { retry_after }) =
                    self.directory.wait_like_a_bind().await
                {
                    return Err(StepError::Busy(retry_after));
                }
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::UserNotFound,
                    unknown,
                    "registration sign-in: no such account",
                )
                .await;
                return Ok(SignIn::Invalid);
            }
            Err(_) => return Err(StepError::Unavailable),
        };
        let target = Target {
            guid: Some(user.guid.clone()),
            name: Some(user.sam_account_name.clone()),
        };
        // Past the account's budget, or when one more failure would lock it, the answer is the
        // ordinary "not right" (a block page would only ever appear for accounts that exist),
        // and no bind reaches the DC.
        let bind = match self.check_password(ctx, &user, password).await? {
            PasswordCheck::Bound(b) => b,
            PasswordCheck::Withheld(w) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    w.reason(),
                    target,
                    &format!("registration sign-in: {}", w.describe()),
                )
                .await;
                return Ok(SignIn::Invalid);
            }
        };
        let result = match bind {
            BindOutcome::Ok => None,
            BindOutcome::PasswordExpired | BindOutcome::MustChangePassword => {
                Some(SignIn::MustChange)
            }
            BindOutcome::LockedOut => Some(SignIn::LockedOut),
            BindOutcome::AccountDisabled | BindOutcome::AccountExpired => {
                Some(SignIn::NotAllowed(StatusReason::AccountDisabled))
            }
            _ => Some(SignIn::Invalid),
        };
        if let Some(r) = result {
            let reason = match &r {
                SignIn::Invalid => StatusReason::InvalidCurrentPassword,
                SignIn::LockedOut => StatusReason::TooManyAttempts,
                SignIn::NotAllowed(reason) => *reason,
                _ => StatusReason::Success,
            };
            self.progress(
                ctx,
                Activity::FlowProgress,
                reason,
                target,
                &format!("registration sign-in: {bind}"),
            )
            .await;
            return Ok(r);
        }
        match self.in_scope(&user).await {
            Ok(true) => {}
            Ok(false) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::UserNotEnabledForSSPR,
                    target,
                    "registration sign-in: out of scope",
                )
                .await;
                return Ok(SignIn::NotAllowed(StatusReason::UserNotEnabledForSSPR));
            }
            Err(_) => return Err(StepError::Unavailable),
        }
        match self.privilege(&user).await {
            Ok(None) => {}
            Ok(Some(p)) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::ProtectedAccount,
                    target,
                    &format!(
                        "registration sign-in refused: the account is {}",
                        p.describe()
                    ),
                )
                .await;
                return Ok(SignIn::NotAllowed(StatusReason::ProtectedAccount));
            }
            Err(_) => return Err(StepError::Unavailable),
        }
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            target,
            "registration sign-in",
        )
        .await;
        Ok(SignIn::Ok(Member {
            guid: user.guid,
            sam: user.sam_account_name.clone(),
            name: user.display_name.unwrap_or(user.sam_account_name),
            directory_mail: user.mail,
            upn: user.upn,
        }))
    }

    /// Starts proving an existing method before methods may change: a recovery of purpose
    /// `Register` for the signed-in member (one method suffices), with a code mailed if they
    /// have an address registered.
    pub async fn begin_step_up(
        &self,
        ctx: &RequestContext,
        reg: &Registration,
    ) -> Result<super::recovery::Recovery, StepError> {
        let m = &reg.member;
        let rows = self
            .store
            .methods(&m.guid)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let rec = super::recovery::Recovery {
            flow_id: ctx.flow_id.clone(),
            purpose: super::recovery::Purpose::Register,
            typed: m.sam.clone(),
            subject: Some(super::recovery::Subject {
                guid: m.guid.clone(),
                dn: String::new(),
                sam: m.sam.clone(),
                name: m.name.clone(),
                methods: rows
                    .iter()
                    .filter_map(|r| MethodKind::parse(&r.kind))
                    .collect(),
                email: rows
                    .iter()
                    .find(|r| r.kind == "email")
                    .map(|r| r.value.clone()),
                directory_mail: m.directory_mail.clone(),
            }),
            verified: Vec::new(),
            required: 1,
            passkeys: self.passkeys.is_some(),
            passkey_suffices: false,
            passkey_challenge: None,
        };
        self.send_recovery_code(ctx, &rec).await?;
        Ok(rec)
    }

    /// Finishes a step-up: `rec` (purpose `Register`) was completed in this session, and it
    /// must be a recovery of the signed-in member's own account.
    pub fn finish_step_up(
        &self,
        rec: &super::recovery::Recovery,
        reg: &mut Registration,
    ) -> Result<(), StepError> {
        let subject = rec.subject.as_ref().ok_or(StepError::WrongAccount)?;
        if rec.purpose != super::recovery::Purpose::Register || !rec.complete() {
            return Err(StepError::StepUpNeeded);
        }
        belongs(&reg.member, &subject.guid, "step-up")?;
        reg.prove();
        Ok(())
    }

    /// Whether the member may change their methods now: they have none yet, or they proved
    /// one of them in this session. Every step that changes methods asks this first.
    pub async fn may_change_methods(&self, reg: &Registration) -> Result<bool, StepError> {
        if reg.proved() {
            return Ok(true);
        }
        let rows = self
            .store
            .methods(&reg.member.guid)
            .await
            .map_err(|_| StepError::Unavailable)?;
        // Passkeys while passkeys are off prove nothing, so they cannot be asked for either.
        Ok(rows
            .iter()
            .all(|r| r.kind == MethodKind::Passkey.as_str() && self.passkeys.is_none()))
    }

    pub(super) async fn guard_change(&self, reg: &Registration) -> Result<(), StepError> {
        if self.may_change_methods(reg).await? {
            Ok(())
        } else {
            Err(StepError::StepUpNeeded)
        }
    }

    /// The member's registered methods, for display.
    pub async fn member_methods(&self, m: &Member) -> Result<Vec<MethodView>, StepError> {
        let rows = self
            .store
            .methods(&m.guid)
            .await
            .map_err(|_| StepError::Unavailable)?;
        // Passkeys are listed one by one, on their own (see `member_passkeys`).
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                let kind = MethodKind::parse(&r.kind).filter(|k| *k != MethodKind::Passkey)?;
                Some(MethodView {
                    address: match kind {
                        MethodKind::Email => Some(mask_email(&r.value)),
                        MethodKind::Totp | MethodKind::Passkey => None,
                    },
                    kind,
                    since: r.created_at.get(..10).unwrap_or_default().to_string(),
                    added: chrono::DateTime::parse_from_rfc3339(&r.created_at)
                        .ok()
                        .map(|d| d.with_timezone(&chrono::Utc)),
                })
            })
            .collect())
    }

    /// Sends a confirmation code to a new address; the address becomes the visit's pending one.
    pub async fn start_email(
        &self,
        ctx: &RequestContext,
        reg: &mut Registration,
        address: &str,
    ) -> Result<(), StepError> {
        self.guard_change(reg).await?;
        let m = &reg.member;
        let l = &self.config.limits;
        match limits::hit_spread(
            &self.store,
            &format!("dest:{}", address.to_lowercase()),
            ctx.client_ip.as_deref(),
            l.per_destination,
            limits::EVERYWHERE,
            std::time::Duration::from_secs(3600),
        )
        .await
        {
            Ok(None) => {}
            Ok(Some(b)) => return Err(self.blocked(ctx, m.target(), b).await),
            Err(_) => return Err(StepError::Unavailable),
        }
        let pending = PendingEmail {
            guid: m.guid.clone(),
            address: address.to_string(),
            flow_id: uuid::Uuid::new_v4().to_string(),
        };
        self.issue_code(
            &pending.flow_id,
            REGISTER_PURPOSE,
            address,
            &m.name,
            CodePurpose::ConfirmAddress,
            Reader::of_request(ctx, &m.guid),
        )
        .await?;
        reg.pending_email = Some(pending);
        Ok(())
    }

    /// Confirms the pending address with its code; registers it. `Ok(false)`: wrong or
    /// expired code.
    pub async fn confirm_email(
        &self,
        ctx: &RequestContext,
        reg: &mut Registration,
        typed: &str,
    ) -> Result<bool, StepError> {
        let p = reg.own_email()?.clone();
        self.guard_change(reg).await?;
        let m = reg.member.clone();
        let l = &self.config.limits;
        let key = format!("verify:{}", p.flow_id);
        if let Ok(Some(b)) = limits::check(&self.store, &key, l.code_attempts, l.block_for).await {
            reg.pending_email = None;
            return Err(self.blocked(ctx, m.target(), b).await);
        }
        let ok = self.match_code(&p.flow_id, REGISTER_PURPOSE, typed).await?
            == super::codes::CodeMatch::Match;
        if !ok {
            let _ = limits::hit(&self.store, &key, l.code_attempts, l.block_for).await;
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                m.target(),
                "wrong email confirmation code",
            )
            .await;
            return Ok(false);
        }
        let before = self.notice_addresses(&m).await;
        self.store
            .put_method(
                &m.guid,
                MethodKind::Email.as_str(),
                &p.address,
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?;
        reg.pending_email = None;
        reg.prove();
        self.registered(ctx, &m, MethodChange::AddedEmail, before)
            .await;
        Ok(true)
    }

    /// The visit's pending authenticator, made now if there is none: its QR code (SVG) and
    /// manual key.
    pub async fn pending_totp(
        &self,
        reg: &mut Registration,
    ) -> Result<(String, String), StepError> {
        self.guard_change(reg).await?;
        if reg.pending_totp.is_none() {
            reg.pending_totp = Some(self.new_totp(&reg.member)?);
        }
        self.totp_display(&reg.member, reg.own_totp()?)
    }

    /// A fresh authenticator secret for `m`, sealed to their account.
    pub fn new_totp(&self, m: &Member) -> Result<PendingTotp, StepError> {
        let secret = totp::new_secret();
        let sealed = self
            .cipher
            .seal(&secret, &m.guid)
            .map_err(|_| StepError::Unavailable)?;
        Ok(PendingTotp {
            guid: m.guid.clone(),
            sealed,
        })
    }

    /// The QR code (SVG) and manual key of a pending authenticator of `m`.
    pub fn totp_display(&self, m: &Member, p: &PendingTotp) -> Result<(String, String), StepError> {
        belongs(m, &p.guid, "pending authenticator")?;
        let secret = self
            .cipher
            .open(&p.sealed, &m.guid)
            .ok_or(StepError::Unavailable)?;
        let account = m.upn.clone().unwrap_or_else(|| m.sam.clone());
        let uri = totp::provisioning_uri(&secret, &self.config.server.organisation, &account)
            .map_err(|_| StepError::Unavailable)?;
        let qr = totp::qr_svg(&uri).map_err(|_| StepError::Unavailable)?;
        Ok((qr, totp::manual_key(&secret)))
    }

    /// Confirms the pending authenticator with a code from it; registers it. `Ok(false)`:
    /// wrong code.
    pub async fn confirm_totp(
        &self,
        ctx: &RequestContext,
        reg: &mut Registration,
        typed: &str,
    ) -> Result<bool, StepError> {
        let p = reg.own_totp()?.clone();
        self.guard_change(reg).await?;
        let m = reg.member.clone();
        let secret = self
            .cipher
            .open(&p.sealed, &m.guid)
            .ok_or(StepError::Unavailable)?;
        let now = Utc::now().timestamp().max(0) as u64;
        let Some(step) = totp::check(&secret, typed, now) else {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                m.target(),
                "wrong authenticator confirmation code",
            )
            .await;
            return Ok(false);
        };
        let before = self.notice_addresses(&m).await;
        self.store
            .put_method(
                &m.guid,
                MethodKind::Totp.as_str(),
                &p.sealed,
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?;
        // The confirming code may not be used again to recover.
        let _ = self.store.use_totp_step(&m.guid, step).await;
        reg.pending_totp = None;
        reg.prove();
        self.registered(ctx, &m, MethodChange::AddedAuthenticator, before)
            .await;
        Ok(true)
    }

    /// Removes one of the member's methods.
    pub async fn remove_method(
        &self,
        ctx: &RequestContext,
        reg: &Registration,
        kind: MethodKind,
    ) -> Result<(), StepError> {
        self.guard_change(reg).await?;
        let m = &reg.member;
        let before = self.notice_addresses(m).await;
        self.store
            .delete_methods(&m.guid, Some(kind.as_str()))
            .await
            .map_err(|_| StepError::Unavailable)?;
        self.registered(ctx, m, MethodChange::Removed(kind), before)
            .await;
        Ok(())
    }

    /// Where to tell the member about a change of their methods: their directory mailbox and
    /// every address registered *before* the change, so a replaced address hears of it.
    pub(super) async fn notice_addresses(&self, m: &Member) -> Vec<Option<String>> {
        let mut to = vec![m.directory_mail.clone()];
        if let Ok(rows) = self.store.methods(&m.guid).await {
            to.extend(
                rows.into_iter()
                    .filter(|r| r.kind == "email")
                    .map(|r| Some(r.value)),
            );
        }
        to
    }

    async fn registered(
        &self,
        ctx: &RequestContext,
        m: &Member,
        change: MethodChange,
        before: Vec<Option<String>>,
    ) {
        let what = match change {
            MethodChange::AddedEmail => "registered an alternate email address".to_string(),
            MethodChange::AddedAuthenticator => "registered an authenticator app".to_string(),
            MethodChange::AddedPasskey => "registered a passkey".to_string(),
            MethodChange::Removed(kind) => format!("removed {}", kind.label().to_lowercase()),
        };
        self.registered_as(ctx, m, change, before, &what).await;
    }

    /// [`Self::registered`], with the audit's words given.
    pub(super) async fn registered_as(
        &self,
        ctx: &RequestContext,
        m: &Member,
        change: MethodChange,
        before: Vec<Option<String>>,
        what: &str,
    ) {
        self.progress(
            ctx,
            Activity::Registered,
            StatusReason::Success,
            m.target(),
            what,
        )
        .await;
        let reader = self.reader_after_proof(ctx, &m.guid).await;
        let mut to = before;
        to.extend(self.notice_addresses(m).await);
        self.notify(
            ctx,
            reader,
            &to,
            &m.name,
            NoticeEvent::MethodsChanged { change },
        );
    }
}
