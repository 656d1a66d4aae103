//! Passkeys for the helpdesk console: a signed-in admin adds one (under the rules of the
//! console authenticator: a code sent to their directory mailbox as well, and the other
//! helpdesk admins are told), and then signs in with it instead of an authenticator code.
//!
//! They are kept apart from self-service passkeys (scope `console`, another user handle), so
//! "clear methods" and `/register` never touch them. At sign-in the admin is known (the
//! password came first), so the challenge names their console passkeys.

use serde::{Deserialize, Serialize};

use super::admin::{AdminSession, PendingSignIn};
use super::codes::CodeMatch;
use super::limits;
use super::passkeys::{PasskeyView, CHALLENGE_SECS, MAX_PER_ACCOUNT};
use super::recovery::Reader;
use super::{Services, StepError};
use crate::audit::{Activity, RequestContext, Target};
use crate::mail::{CodePurpose, NoticeEvent};
use crate::status::StatusReason;
use crate::store::passkeys::PasskeyScope;
use crate::verify::passkey::{user_handle, RelyingParty};

const ENROL_PURPOSE: &str = "admin-passkey";
/// How long an enrolment challenge lasts (10 minutes).
const ENROL_SECS: i64 = 600;

/// A console passkey being added, as the console session keeps it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PendingConsolePasskey {
    /// objectGUID of the admin it is for.
    pub guid: String,
    /// Its name.
    pub name: String,
    /// The ceremony's id in `passkey_challenges`.
    pub challenge: String,
    /// The emailed code's flow.
    pub flow_id: String,
}

/// How starting to add a console passkey went.
pub enum ConsolePasskeyStart {
    /// The options for the browser; a code is on its way to the admin's mailbox.
    Options(String),
    /// The admin has no directory mailbox for the code.
    NoMailbox,
    /// The admin has as many as one account may.
    TooMany,
}

fn target(a: &AdminSession) -> Target {
    Target {
        guid: Some(a.guid.clone()),
        name: Some(a.sam.clone()),
    }
}

impl Services {
    /// The admin's console passkeys, for showing.
    pub async fn console_passkeys(&self, guid: &str) -> Result<Vec<PasskeyView>, StepError> {
        self.passkey_views(guid, PasskeyScope::Console).await
    }

    /// Starts adding a console passkey named `name`: a code to the admin's directory mailbox
    /// and a registration challenge. The session keeps the pending passkey in `a`.
    pub async fn begin_console_passkey(
        &self,
        ctx: &RequestContext,
        a: &mut AdminSession,
        name: &str,
    ) -> Result<ConsolePasskeyStart, StepError> {
        let rp = self.passkeys.as_deref().ok_or(StepError::Unavailable)?;
        let Some(to) = a.mail.clone() else {
            return Ok(ConsolePasskeyStart::NoMailbox);
        };
        // Each start mails a code: as many as a flow's wrong codes, per window.
        self.challenge_budget(ctx, target(a), &format!("passkey-console-enrol:{}", a.guid))
            .await?;
        let rows = self
            .store
            .passkeys(&a.guid, PasskeyScope::Console)
            .await
            .map_err(|_| StepError::Unavailable)?;
        if rows.len() >= MAX_PER_ACCOUNT {
            return Ok(ConsolePasskeyStart::TooMany);
        }
        let existing: Vec<String> = rows.into_iter().map(|r| r.credential).collect();
        let label = a.upn.clone().unwrap_or_else(|| a.sam.clone());
        let (options, state) = rp
            .start_registration(
                user_handle(&a.guid, true),
                &label,
                &a.name,
                &RelyingParty::records(&existing),
            )
            .map_err(|e| {
                tracing::error!(error = %e, "console passkey registration not started");
                StepError::Unavailable
            })?;
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
        if let Some(old) = a.pending_passkey.take() {
            let _ = self.store.take_challenge(&old.challenge).await;
        }
        // Longer than a sign-in's: the admin reads a mail in between.
        let challenge = self
            .new_challenge("console-enrol", Some(&a.guid), &state, ENROL_SECS)
            .await?;
        a.pending_passkey = Some(PendingConsolePasskey {
            guid: a.guid.clone(),
            name: name.to_string(),
            challenge,
            flow_id,
        });
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            target(a),
            "helpdesk console passkey: code sent to the directory mailbox",
        )
        .await;
        Ok(ConsolePasskeyStart::Options(options))
    }

    /// Finishes adding the pending console passkey: the emailed code and the browser's
    /// answer must both be right. `Ok(false)`: not added (the admin starts again).
    pub async fn finish_console_passkey(
        &self,
        ctx: &RequestContext,
        a: &mut AdminSession,
        emailed: &str,
        answer: &str,
    ) -> Result<bool, StepError> {
        let rp = self.passkeys.as_deref().ok_or(StepError::Unavailable)?;
        let Some(p) = a.pending_passkey.take() else {
            return Ok(false);
        };
        if p.guid != a.guid {
            tracing::warn!("pending console passkey of another account refused");
            return Err(StepError::WrongAccount);
        }
        let l = &self.config.limits;
        let attempt = limits::count(
            &self.store,
            &format!("admin-passkey-enrol:{}", a.guid),
            l.code_attempts,
            l.block_for,
        )
        .await
        .map_err(|_| StepError::Unavailable)?;
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(ctx, target(a), b).await);
        }
        let state = self
            .live_challenge(Some(&p.challenge), "console-enrol", &a.guid)
            .await?;
        let who = target(a);
        let refused = |why: String| {
            let who = who.clone();
            async move {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::VerificationFailed,
                    who,
                    &format!("helpdesk console passkey not added: {why}"),
                )
                .await;
                Ok(false)
            }
        };
        let Some(state) = state else {
            return refused("its challenge was used already or has expired".into()).await;
        };
        if self.match_code(&p.flow_id, ENROL_PURPOSE, emailed).await? != CodeMatch::Match {
            return refused("wrong emailed code".into()).await;
        }
        let (id, record) = match rp.finish_registration(answer, &state) {
            Ok(k) => k,
            Err(e) => return refused(e.to_string()).await,
        };
        if !self
            .store
            .put_passkey(
                &a.guid,
                PasskeyScope::Console,
                &id,
                &p.name,
                &record,
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            return refused("that credential is registered already".into()).await;
        }
        self.progress(
            ctx,
            Activity::Registered,
            StatusReason::Success,
            target(a),
            &format!("helpdesk console passkey added: {:?}", p.name),
        )
        .await;
        // Every other helpdesk admin hears of it, as of an enrolled authenticator.
        self.tell_other_admins(
            ctx,
            &a.sam,
            NoticeEvent::AdminPasskeyAdded {
                sam: a.sam.clone(),
                name: a.name.clone(),
            },
        )
        .await;
        Ok(true)
    }

    /// Removes one of the admin's console passkeys. `Ok(false)`: no such passkey of theirs.
    pub async fn remove_console_passkey(
        &self,
        ctx: &RequestContext,
        a: &AdminSession,
        id: i64,
    ) -> Result<bool, StepError> {
        let name = self
            .store
            .passkeys(&a.guid, PasskeyScope::Console)
            .await
            .map_err(|_| StepError::Unavailable)?
            .into_iter()
            .find(|r| r.id == id)
            .map(|r| r.name);
        let Some(name) = name else {
            return Ok(false);
        };
        if !self
            .store
            .delete_passkey(&a.guid, PasskeyScope::Console, id)
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            return Ok(false);
        }
        self.progress(
            ctx,
            Activity::Registered,
            StatusReason::Success,
            target(a),
            &format!("helpdesk console passkey removed: {name:?}"),
        )
        .await;
        Ok(true)
    }

    /// Whether a pending sign-in may use a passkey (passkeys on, and the admin has one).
    pub async fn console_passkey_offered(&self, p: &PendingSignIn) -> bool {
        self.passkeys.is_some()
            && p.enrolled
            && self
                .store
                .passkeys(&p.admin.guid, PasskeyScope::Console)
                .await
                .is_ok_and(|k| !k.is_empty())
    }

    /// A challenge for the admin's console passkeys; the sign-in keeps its id. `Ok(None)`:
    /// they have none.
    pub async fn begin_console_passkey_sign_in(
        &self,
        ctx: &RequestContext,
        p: &mut PendingSignIn,
    ) -> Result<Option<String>, StepError> {
        let rp = self.passkeys.as_deref().ok_or(StepError::Unavailable)?;
        let who = Target {
            guid: Some(p.admin.guid.clone()),
            name: Some(p.admin.sam.clone()),
        };
        self.challenge_budget(ctx, who, &format!("passkey-console:{}", p.admin.guid))
            .await?;
        let keys: Vec<String> = self
            .store
            .passkeys(&p.admin.guid, PasskeyScope::Console)
            .await
            .map_err(|_| StepError::Unavailable)?
            .into_iter()
            .map(|r| r.credential)
            .collect();
        if keys.is_empty() || !p.enrolled {
            return Ok(None);
        }
        let (options, state) = rp.start_for(&keys).map_err(|e| {
            tracing::error!(error = %e, "console passkey challenge not made");
            StepError::Unavailable
        })?;
        if let Some(old) = p.passkey_challenge.take() {
            let _ = self.store.take_challenge(&old).await;
        }
        p.passkey_challenge = Some(
            self.new_challenge("console", Some(&p.admin.guid), &state, CHALLENGE_SECS)
                .await?,
        );
        Ok(Some(options))
    }

    /// The admin's second factor as a passkey: `Ok(true)` when it passed. Counted against the
    /// same limit as authenticator codes.
    pub async fn admin_passkey_factor(
        &self,
        ctx: &RequestContext,
        p: &mut PendingSignIn,
        answer: &str,
    ) -> Result<bool, StepError> {
        let rp = self.passkeys.as_deref().ok_or(StepError::Unavailable)?;
        if !p.enrolled {
            return Ok(false);
        }
        let a = p.admin.clone();
        let t = Target {
            guid: Some(a.guid.clone()),
            name: Some(a.sam.clone()),
        };
        let l = &self.config.limits;
        let attempt = limits::count(
            &self.store,
            &format!("admin-totp:{}", a.guid),
            l.code_attempts,
            l.block_for,
        )
        .await
        .map_err(|_| StepError::Unavailable)?;
        if let Some(b) = attempt.blocked {
            return Err(self.blocked(ctx, t, b).await);
        }
        let state = self
            .live_challenge(p.passkey_challenge.take().as_deref(), "console", &a.guid)
            .await?;
        let refused = |why: String| {
            let t = t.clone();
            async move {
                self.progress(
                    ctx,
                    Activity::FlowProgress,
                    StatusReason::VerificationFailed,
                    t,
                    &format!("helpdesk sign-in: passkey refused: {why}"),
                )
                .await;
                Ok(false)
            }
        };
        let Some(state) = state else {
            return refused("its challenge was used already or has expired".into()).await;
        };
        let stored = self
            .store
            .passkeys(&a.guid, PasskeyScope::Console)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let found = rp.finish_for(answer, &state, |id| {
            stored
                .iter()
                .find(|r| r.credential_id == id)
                .map(|r| r.credential.clone())
        });
        let (id, accepted) = match found {
            Ok(f) => f,
            Err(e) => return refused(e.to_string()).await,
        };
        let Some(key) = stored.iter().find(|r| r.credential_id == id) else {
            return refused("unknown credential".into()).await;
        };
        if !self
            .store
            .passkey_used(
                key.id,
                key.sign_count,
                &accepted.record,
                i64::from(accepted.counter),
                &crate::audit::now_string(),
            )
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            return refused("another answer with its counter was accepted first".into()).await;
        }
        self.progress(
            ctx,
            Activity::FlowProgress,
            StatusReason::Success,
            t,
            &format!(
                "helpdesk sign-in: second factor passed (passkey {:?})",
                key.name
            ),
        )
        .await;
        Ok(true)
    }
}
