//! Passkeys in the flows: a signed-in member registers, lists and removes them on `/register`
//! (under the same step-up rule as the other methods), and proves who they are with one on
//! `/reset` and `/unlock`.
//!
//! Every ceremony's state is a row of `passkey_challenges`, named by an id the session keeps
//! and deleted when the answer comes ([`crate::store::Store::take_challenge`]): an answer is
//! checked against its challenge once at most, however many requests carry it. A use is
//! recorded only if the credential's counter moved forward, in one conditional update, so two
//! copies of one assertion never both pass. The credential must belong to the account the
//! recovery is about: its user handle is that account's objectGUID and its id is one the
//! account registered.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::recovery::{CodeCheck, Recovery};
use super::registration::{belongs, Registration};
use super::{Services, StepError};
use crate::audit::{Activity, RequestContext};
use crate::mail::MethodChange;
use crate::status::StatusReason;
use crate::store::passkeys::PasskeyScope;
use crate::verify::passkey::{user_handle, PasskeyError, RelyingParty};
use crate::verify::MethodKind;

/// How long a browser has to answer a challenge.
pub(super) const CHALLENGE_SECS: i64 = 300;
/// Passkeys one account may register (each is a row and a prompt choice).
pub const MAX_PER_ACCOUNT: usize = 10;
/// The longest name a passkey may be given.
pub const NAME_MAX: usize = 64;
/// Challenges one flow, member or admin may be given in `limits.block_for`: each is a row, so
/// asking again and again (or in parallel) must not fill the database.
pub const CHALLENGES_MAX: u32 = 10;

/// A passkey being registered, as the session keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingPasskey {
    /// objectGUID of the account it is being registered for.
    pub guid: String,
    /// The name the member gave it.
    pub name: String,
    /// The ceremony's id in `passkey_challenges`.
    pub challenge: String,
}

/// A registered passkey, as shown to its owner or the helpdesk.
#[derive(Debug, Clone)]
pub struct PasskeyView {
    /// Row id (what a remove form names).
    pub id: i64,
    /// Its name.
    pub name: String,
    /// When it was added.
    pub added: Option<DateTime<Utc>>,
    /// When it last proved its owner.
    pub last_used: Option<DateTime<Utc>>,
}

/// How a registration answer went.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasskeyAdded {
    /// Registered.
    Added,
    /// The browser's answer did not register a passkey (cancelled, refused, or not for this
    /// challenge); nothing was stored.
    NotRegistered,
    /// This credential is registered already (to this account or another).
    AlreadyRegistered,
    /// The account has [`MAX_PER_ACCOUNT`] passkeys.
    TooMany,
}

fn rfc3339(s: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .ok()
        .map(|d| d.with_timezone(&Utc))
}

impl Services {
    /// The relying party; passkeys are off without one.
    fn relying_party(&self) -> Result<&RelyingParty, StepError> {
        self.passkeys.as_deref().ok_or(StepError::Unavailable)
    }

    /// Counts one more challenge against `key`'s budget ([`CHALLENGES_MAX`]); past it, the
    /// answer is a block page until the window has room again.
    pub(super) async fn challenge_budget(
        &self,
        ctx: &RequestContext,
        target: crate::audit::Target,
        key: &str,
    ) -> Result<(), StepError> {
        let window = self.config.limits.block_for;
        let n = super::limits::count(&self.store, key, CHALLENGES_MAX, window)
            .await
            .map_err(|_| StepError::Unavailable)?;
        match n.blocked {
            Some(b) => Err(self.blocked(ctx, target, b).await),
            None => Ok(()),
        }
    }

    /// Stores a ceremony's state for `secs`; its id.
    pub(super) async fn new_challenge(
        &self,
        purpose: &str,
        guid: Option<&str>,
        state: &str,
        secs: i64,
    ) -> Result<String, StepError> {
        let id = uuid::Uuid::new_v4().to_string();
        let expires = crate::audit::time_string(Utc::now() + chrono::Duration::seconds(secs));
        self.store
            .put_challenge(&id, purpose, guid, state, &expires)
            .await
            .map_err(|e| {
                tracing::error!(error = %e, "passkey challenge not stored");
                StepError::Unavailable
            })?;
        Ok(id)
    }

    /// Takes challenge `id` (it is gone after this, whatever comes of it) and returns its
    /// state if it was made for `purpose` and `guid` and has not expired.
    pub(super) async fn live_challenge(
        &self,
        id: Option<&str>,
        purpose: &str,
        guid: &str,
    ) -> Result<Option<String>, StepError> {
        let Some(id) = id else { return Ok(None) };
        let row = self
            .store
            .take_challenge(id)
            .await
            .map_err(|_| StepError::Unavailable)?;
        Ok(row
            .filter(|r| {
                r.purpose == purpose
                    && r.user_guid.as_deref() == Some(guid)
                    && r.expires_at > crate::audit::now_string()
            })
            .map(|r| r.state))
    }

    /// The account's self-service passkeys, for showing.
    pub async fn passkeys_of(&self, guid: &str) -> Result<Vec<PasskeyView>, StepError> {
        self.passkey_views(guid, PasskeyScope::SelfService).await
    }

    /// The account's passkeys of one scope, for showing.
    pub(super) async fn passkey_views(
        &self,
        guid: &str,
        scope: PasskeyScope,
    ) -> Result<Vec<PasskeyView>, StepError> {
        let rows = self
            .store
            .passkeys(guid, scope)
            .await
            .map_err(|_| StepError::Unavailable)?;
        Ok(rows
            .into_iter()
            .map(|r| PasskeyView {
                id: r.id,
                name: r.name,
                added: rfc3339(&r.created_at),
                last_used: r.last_used_at.as_deref().and_then(rfc3339),
            })
            .collect())
    }

    /// Starts registering a passkey named `name` for the signed-in member: the options for
    /// the browser. The visit keeps the ceremony's id. `Ok(None)`: the member has as many
    /// passkeys as one account may.
    pub async fn begin_passkey_registration(
        &self,
        ctx: &RequestContext,
        reg: &mut Registration,
        name: &str,
    ) -> Result<Option<String>, StepError> {
        self.guard_change(reg).await?;
        let rp = self.relying_party()?;
        let m = reg.member.clone();
        self.challenge_budget(ctx, m.target(), &format!("passkey-register:{}", m.guid))
            .await?;
        let rows = self
            .store
            .passkeys(&m.guid, PasskeyScope::SelfService)
            .await
            .map_err(|_| StepError::Unavailable)?;
        if rows.len() >= MAX_PER_ACCOUNT {
            return Ok(None);
        }
        let existing: Vec<String> = rows.into_iter().map(|r| r.credential).collect();
        let label = m.upn.clone().unwrap_or_else(|| m.sam.clone());
        let (options, state) = rp
            .start_registration(
                user_handle(&m.guid, false),
                &label,
                &m.name,
                &RelyingParty::records(&existing),
            )
            .map_err(|e| {
                tracing::error!(error = %e, "passkey registration not started");
                StepError::Unavailable
            })?;
        if let Some(old) = reg.pending_passkey.take() {
            let _ = self.store.take_challenge(&old.challenge).await;
        }
        let challenge = self
            .new_challenge("register", Some(&m.guid), &state, CHALLENGE_SECS)
            .await?;
        reg.pending_passkey = Some(PendingPasskey {
            guid: m.guid.clone(),
            name: name.to_string(),
            challenge,
        });
        Ok(Some(options))
    }

    /// Finishes registering the pending passkey with the browser's answer.
    pub async fn finish_passkey_registration(
        &self,
        ctx: &RequestContext,
        reg: &mut Registration,
        answer: &str,
    ) -> Result<PasskeyAdded, StepError> {
        let p = reg.pending_passkey.take().ok_or(StepError::StepUpNeeded)?;
        belongs(&reg.member, &p.guid, "pending passkey")?;
        self.guard_change(reg).await?;
        let rp = self.relying_party()?;
        let m = reg.member.clone();
        let state = match self
            .live_challenge(Some(&p.challenge), "register", &m.guid)
            .await?
        {
            Some(state) => state,
            None => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::VerificationFailed,
                    m.target(),
                    "passkey not registered: its challenge was used already or has expired",
                )
                .await;
                return Ok(PasskeyAdded::NotRegistered);
            }
        };
        let (id, record) = match rp.finish_registration(answer, &state) {
            Ok(k) => k,
            Err(e) => {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::VerificationFailed,
                    m.target(),
                    &format!("passkey not registered: {e}"),
                )
                .await;
                return Ok(PasskeyAdded::NotRegistered);
            }
        };
        let count = self
            .store
            .passkeys(&m.guid, PasskeyScope::SelfService)
            .await
            .map_err(|_| StepError::Unavailable)?
            .len();
        if count >= MAX_PER_ACCOUNT {
            return Ok(PasskeyAdded::TooMany);
        }
        let before = self.notice_addresses(&m).await;
        let stored = self
            .store
            .put_passkey(
                &m.guid,
                PasskeyScope::SelfService,
                &id,
                &p.name,
                &record,
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?;
        if !stored {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                m.target(),
                "passkey not registered: that credential is registered already",
            )
            .await;
            return Ok(PasskeyAdded::AlreadyRegistered);
        }
        reg.step_up = Some(super::registration::Proof {
            guid: m.guid.clone(),
            at: Utc::now().timestamp(),
        });
        self.registered_as(
            ctx,
            &m,
            MethodChange::AddedPasskey,
            before,
            &format!("registered a passkey named {:?}", p.name),
        )
        .await;
        Ok(PasskeyAdded::Added)
    }

    /// Removes one of the member's passkeys. `Ok(false)`: they have no such passkey.
    pub async fn remove_passkey(
        &self,
        ctx: &RequestContext,
        reg: &Registration,
        id: i64,
    ) -> Result<bool, StepError> {
        self.guard_change(reg).await?;
        let m = &reg.member;
        let name = self
            .store
            .passkeys(&m.guid, PasskeyScope::SelfService)
            .await
            .map_err(|_| StepError::Unavailable)?
            .into_iter()
            .find(|r| r.id == id)
            .map(|r| r.name);
        let Some(name) = name else {
            return Ok(false);
        };
        let before = self.notice_addresses(m).await;
        if !self
            .store
            .delete_passkey(&m.guid, PasskeyScope::SelfService, id)
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            return Ok(false);
        }
        self.registered_as(
            ctx,
            m,
            MethodChange::Removed(MethodKind::Passkey),
            before,
            &format!("removed the passkey named {name:?}"),
        )
        .await;
        Ok(true)
    }

    /// A passkey challenge for a recovery: the options for the browser. The same for every
    /// name (no credential ids in it); the recovery keeps its id.
    pub async fn begin_passkey_check(
        &self,
        ctx: &RequestContext,
        rec: &mut Recovery,
    ) -> Result<String, StepError> {
        let rp = self.relying_party()?;
        // Per flow, whatever the name: a block page here tells nothing about the account.
        self.challenge_budget(
            ctx,
            rec.target(),
            &format!("passkey-verify:{}", rec.flow_id),
        )
        .await?;
        let (options, state) = rp.start_discoverable().map_err(|e| {
            tracing::error!(error = %e, "passkey challenge not made");
            StepError::Unavailable
        })?;
        if let Some(old) = rec.passkey_challenge.take() {
            let _ = self.store.take_challenge(&old).await;
        }
        let guid = rec.subject.as_ref().map(|s| s.guid.clone());
        rec.passkey_challenge = Some(
            self.new_challenge("verify", guid.as_deref(), &state, CHALLENGE_SECS)
                .await?,
        );
        Ok(options)
    }

    /// Checks a passkey answer in a recovery (the attempt was counted by the caller).
    pub(super) async fn check_passkey(
        &self,
        ctx: &RequestContext,
        rec: &mut Recovery,
        answer: &str,
        used: u32,
    ) -> Result<CodeCheck, StepError> {
        let rp = self.relying_party()?;
        let row = match rec.passkey_challenge.take() {
            Some(id) => self
                .store
                .take_challenge(&id)
                .await
                .map_err(|_| StepError::Unavailable)?,
            None => None,
        };
        let subject = rec.subject.clone();
        let Some(row) = row.filter(|r| r.purpose == "verify") else {
            // Its challenge was taken by an earlier answer (or never given to this browser).
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                rec.target(),
                "passkey answer to a challenge already used: replayed",
            )
            .await;
            return Ok(CodeCheck::Replayed);
        };
        if row.expires_at <= crate::audit::now_string() {
            return Ok(CodeCheck::Expired);
        }
        if row.user_guid != subject.as_ref().map(|s| s.guid.clone()) {
            return Err(StepError::WrongAccount);
        }
        let Some(subject) = subject else {
            return self
                .wrong_try_because(
                    ctx,
                    rec,
                    "passkey offered for a name self-service cannot help",
                    used,
                )
                .await;
        };
        let claimed = match rp.claimed(answer) {
            Ok(c) => c,
            Err(e) => {
                return self
                    .wrong_try_because(ctx, rec, &format!("passkey answer refused: {e}"), used)
                    .await
            }
        };
        if claimed.user != user_handle(&subject.guid, false) {
            return self
                .wrong_try_because(ctx, rec, "passkey of another account offered", used)
                .await;
        }
        let stored = self
            .store
            .passkeys(&subject.guid, PasskeyScope::SelfService)
            .await
            .map_err(|_| StepError::Unavailable)?
            .into_iter()
            .find(|r| r.credential_id == claimed.credential_id);
        let Some(stored) = stored else {
            return self
                .wrong_try_because(
                    ctx,
                    rec,
                    "passkey the account has not registered (or removed)",
                    used,
                )
                .await;
        };
        let accepted = match rp.finish_discoverable(&claimed, &row.state, &stored.credential) {
            Ok(a) => a,
            Err(PasskeyError::CounterWentBack) => {
                tracing::warn!("passkey signature counter went backwards");
                return self
                    .wrong_try_because(
                        ctx,
                        rec,
                        &format!(
                            "passkey {:?} refused: its signature counter went backwards (a cloned or replayed credential)",
                            stored.name
                        ),
                        used,
                    )
                    .await;
            }
            Err(e) => {
                return self
                    .wrong_try_because(
                        ctx,
                        rec,
                        &format!("passkey {:?} refused: {e}", stored.name),
                        used,
                    )
                    .await
            }
        };
        let recorded = self
            .store
            .passkey_used(
                stored.id,
                stored.sign_count,
                &accepted.record,
                i64::from(accepted.counter),
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?;
        if !recorded {
            self.progress(
                ctx,
                Activity::FlowProgress,
                StatusReason::VerificationFailed,
                rec.target(),
                &format!(
                    "passkey {:?} refused: another answer with its counter was accepted first",
                    stored.name
                ),
            )
            .await;
            return Ok(CodeCheck::Replayed);
        }
        Ok(self.accepted(ctx, rec, MethodKind::Passkey).await)
    }
}
