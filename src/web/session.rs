//! The browser session, typed: one struct per flow, read and written here and nowhere else.
//!
//! Each flow keeps one value: a [`Registration`] (the signed-in member and what they have
//! pending), a [`Recovery`] (reset, unlock or a registration step-up), a helpdesk
//! [`PendingSignIn`] or [`AdminSession`]. Every one of them names the objectGUID it belongs to,
//! and the flows layer checks that name on use. Signing in (at `/register` or `/admin/login`)
//! starts a fresh session: nothing from before carries over, under a new id.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use tower_sessions::Session;

use crate::flows::admin::{AdminSession, PendingSignIn};
use crate::flows::recovery::{Purpose, Recovery};
use crate::flows::registration::Registration;
use crate::verify::MethodKind;

const NOTICE: &str = "notice";
const REGISTRATION: &str = "registration";
const RECOVERY: &str = "recovery";
const ADMIN_SIGN_IN: &str = "admin_sign_in";
const ADMIN: &str = "admin";
const ADMIN_CONFIRM: &str = "admin_confirm";

/// The session store failed; nothing the request meant to keep was kept.
#[derive(Debug, thiserror::Error)]
#[error("session store: {0}")]
pub struct SessionError(#[from] tower_sessions::session::Error);

/// A one-line message for the next page of the registration pages. The flows layer does not
/// choose words; the web layer turns these into sentences.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// An existing method was proved.
    SteppedUp,
    /// An alternate address was registered.
    EmailRegistered,
    /// An authenticator app was registered.
    TotpRegistered,
    /// A passkey was registered.
    PasskeyRegistered,
    /// A console passkey was added (the console's own page).
    ConsolePasskeyAdded,
    /// A console passkey was removed.
    ConsolePasskeyRemoved,
    /// A method was removed.
    Removed(MethodKind),
}

/// A helpdesk confirmation page that was shown: good once, for one action on one account.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Confirmation {
    /// The random value the page carried.
    pub nonce: String,
    /// objectGUID of the account the action is for.
    pub guid: String,
    /// Which action (`reset`, `unlock`, `clear`).
    pub action: String,
}

/// The request's session, with typed access per flow, and the request's CSRF form token
/// (which lives in a cookie of its own, not in the session: see [`super::csrf`]). Reading
/// it never creates a stored session; only putting a flow's state in does.
#[derive(Clone)]
pub struct PortalSession(Session, String, Option<super::language::Lang>);

impl<S: Send + Sync> FromRequestParts<S> for PortalSession {
    type Rejection = <Session as FromRequestParts<S>>::Rejection;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        let token = parts
            .extensions
            .get::<super::csrf::FormToken>()
            .map(|t| t.0.clone())
            .unwrap_or_default();
        let lang = parts.extensions.get::<super::language::Lang>().cloned();
        Session::from_request_parts(parts, state)
            .await
            .map(|s| Self(s, token, lang))
    }
}

impl PortalSession {
    async fn get<T: DeserializeOwned>(&self, key: &str) -> Option<T> {
        match self.0.get::<T>(key).await {
            Ok(v) => v,
            Err(e) => {
                // A value that no longer deserialises (an older layout) or an unreachable store:
                // the flow starts again, which is the safe reading of either.
                tracing::warn!(key, error = %e, "session value unreadable");
                None
            }
        }
    }

    async fn put<T: Serialize>(&self, key: &str, value: &T) -> Result<(), SessionError> {
        Ok(self.0.insert(key, value).await?)
    }

    async fn drop_key(&self, key: &str) {
        if let Err(e) = self.0.remove_value(key).await {
            tracing::warn!(key, error = %e, "session value not removed");
        }
    }

    /// The form token of this request's CSRF cookie.
    pub fn csrf_token(&self) -> String {
        self.1.clone()
    }

    /// The request's language (see [`super::language`]), when the middleware chose one.
    pub fn lang(&self) -> Option<&super::language::Lang> {
        self.2.as_ref()
    }

    /// A new session id for the same state (after a verification step: no fixation).
    pub async fn renew(&self) -> Result<(), SessionError> {
        Ok(self.0.cycle_id().await?)
    }

    /// Starts over: the stored session is deleted and everything in it forgotten; what is
    /// put in next is kept under a new id. Signing in begins here, so nothing another
    /// account left in the session can be carried into the new one.
    pub async fn start_fresh(&self) -> Result<(), SessionError> {
        self.0.flush().await?;
        // A flushed session keeps its old id in memory and would be stored again under it:
        // give it a new one, so the id a browser held before signing in names nothing after.
        Ok(self.0.cycle_id().await?)
    }

    /// Signs out: like [`Self::start_fresh`], for pages that keep nothing afterwards.
    pub async fn end(&self) {
        if let Err(e) = self.0.flush().await {
            tracing::warn!(error = %e, "session not ended");
        }
    }

    /// The registration visit, if someone signed in at `/register`.
    pub async fn registration(&self) -> Option<Registration> {
        self.get(REGISTRATION).await
    }

    /// Keeps the registration visit.
    pub async fn set_registration(&self, r: &Registration) -> Result<(), SessionError> {
        self.put(REGISTRATION, r).await
    }

    /// The recovery in progress for `purpose`.
    pub async fn recovery(&self, purpose: Purpose) -> Option<Recovery> {
        self.get::<Recovery>(RECOVERY)
            .await
            .filter(|r| r.purpose == purpose)
    }

    /// Keeps a recovery (one at a time: starting another replaces it).
    pub async fn set_recovery(&self, r: &Recovery) -> Result<(), SessionError> {
        self.put(RECOVERY, r).await
    }

    /// Forgets the recovery in progress.
    pub async fn end_recovery(&self) {
        self.drop_key(RECOVERY).await;
    }

    /// A helpdesk sign-in waiting for its second factor, while it is fresh.
    pub async fn admin_sign_in(&self) -> Option<PendingSignIn> {
        self.get::<PendingSignIn>(ADMIN_SIGN_IN)
            .await
            .filter(PendingSignIn::fresh)
    }

    /// Keeps a helpdesk sign-in between its steps.
    pub async fn set_admin_sign_in(&self, p: &PendingSignIn) -> Result<(), SessionError> {
        self.put(ADMIN_SIGN_IN, p).await
    }

    /// Forgets a helpdesk sign-in between its steps.
    pub async fn end_admin_sign_in(&self) {
        self.drop_key(ADMIN_SIGN_IN).await;
    }

    /// The helpdesk console session.
    pub async fn admin(&self) -> Option<AdminSession> {
        self.get(ADMIN).await
    }

    /// Keeps the helpdesk console session.
    pub async fn set_admin(&self, a: &AdminSession) -> Result<(), SessionError> {
        self.put(ADMIN, a).await
    }

    /// Ends the helpdesk console session (and anything it was confirming).
    pub async fn end_admin(&self) {
        self.drop_key(ADMIN).await;
        self.drop_key(ADMIN_CONFIRM).await;
    }

    /// Takes the shown confirmation, if any: it is good once.
    pub async fn take_confirmation(&self) -> Option<Confirmation> {
        match self.0.remove::<Confirmation>(ADMIN_CONFIRM).await {
            Ok(v) => v,
            Err(e) => {
                tracing::warn!(error = %e, "confirmation unreadable");
                None
            }
        }
    }

    /// Keeps the confirmation a page is about to show.
    pub async fn set_confirmation(&self, c: &Confirmation) -> Result<(), SessionError> {
        self.put(ADMIN_CONFIRM, c).await
    }

    /// Leaves a notice for the next page.
    pub async fn set_notice(&self, n: Notice) {
        if let Err(e) = self.put(NOTICE, &n).await {
            tracing::warn!(error = %e, "notice not stored");
        }
    }

    /// Takes the notice left by the previous step. (Looked at first: removing marks the
    /// session changed, and a page with nothing to take must not write the session.)
    pub async fn take_notice(&self) -> Option<Notice> {
        self.get::<Notice>(NOTICE).await?;
        self.0.remove::<Notice>(NOTICE).await.ok().flatten()
    }
}
