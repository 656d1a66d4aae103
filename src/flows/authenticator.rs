//! The guessing budget of authenticator codes: codes tried in a row per account and
//! authenticator (self-service, console) without a right one, never forgotten by time.
//!
//! Each try is counted *before* the code is looked at (a reservation), so tries sent in
//! parallel each see the others and no more than the cap are ever checked against the
//! secret. A right code clears the count; a replayed right code gives its try back. At the
//! cap the authenticator stops counting as proof (even a right code is refused) until the
//! helpdesk clears it or, for self-service, a recovery with an emailed code does. A 6-digit
//! code guessed up to the default cap of 20 succeeds with odds of about 1 in 16,000; NIST SP
//! 800-63B allows at most 100 failures.

use super::recovery::Reader;
use super::{Services, StepError};
use crate::audit::{now_string, RequestContext};
use crate::mail::{BlockedAuthenticator, NoticeEvent};

/// Which authenticator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Authenticator {
    /// The one registered for self-service recovery.
    SelfService,
    /// A helpdesk admin's console authenticator.
    Console,
}

impl Authenticator {
    /// The stored method name.
    pub fn key(&self) -> &'static str {
        match self {
            Self::SelfService => "totp",
            Self::Console => "admin-totp",
        }
    }
}

/// Where to tell someone their authenticator was blocked.
pub struct Owner<'a> {
    /// objectGUID.
    pub guid: &'a str,
    /// Greeting name.
    pub name: &'a str,
    /// Mailboxes (directory mail, registered address).
    pub mail: Vec<Option<String>>,
}

/// How a code from an authenticator fared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CodeResult {
    /// Right, and not used before: the count starts again.
    Accepted,
    /// Wrong (or no authenticator to check it against).
    Wrong,
    /// Right but used once already: not a guess, and not proof.
    Replayed,
    /// Past the cap: not looked at.
    Blocked,
}

/// A counted try.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Try {
    /// This is try `n` in a row: check the code.
    Allowed(i64),
    /// Past the cap: do not look at the code.
    Blocked,
}

impl Services {
    fn cap(&self, which: Authenticator) -> i64 {
        i64::from(match which {
            Authenticator::SelfService => self.config.limits.authenticator_failures,
            Authenticator::Console => self.config.limits.console_authenticator_failures,
        })
    }

    /// Checks `typed` against the authenticator sealed in `sealed` (to `owner.guid`), under the
    /// guessing budget of `which`; `step_key` names its replay guard.
    pub async fn check_authenticator(
        &self,
        ctx: &RequestContext,
        owner: &Owner<'_>,
        which: Authenticator,
        sealed: Option<&str>,
        step_key: &str,
        typed: &str,
    ) -> Result<CodeResult, StepError> {
        let n = match self.reserve_try(owner.guid, which).await? {
            Try::Allowed(n) => n,
            Try::Blocked => return Ok(CodeResult::Blocked),
        };
        let secret = sealed.and_then(|s| self.cipher.open(s, owner.guid));
        let now = chrono::Utc::now().timestamp().max(0) as u64;
        let Some(step) = secret.and_then(|s| crate::verify::totp::check(&s, typed, now)) else {
            self.wrong_try_at(ctx, owner, which, n);
            return Ok(CodeResult::Wrong);
        };
        if !self
            .store
            .use_totp_step(step_key, step)
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            self.try_given_back(owner.guid, which).await?;
            return Ok(CodeResult::Replayed);
        }
        self.authenticator_cleared(owner.guid, which).await?;
        Ok(CodeResult::Accepted)
    }

    /// Counts a try of `guid`'s authenticator before its code is checked.
    async fn reserve_try(&self, guid: &str, which: Authenticator) -> Result<Try, StepError> {
        let n = self
            .store
            .add_method_failure(guid, which.key(), &now_string())
            .await
            .map_err(|_| StepError::Unavailable)?;
        Ok(if n > self.cap(which) {
            Try::Blocked
        } else {
            Try::Allowed(n)
        })
    }

    /// Tries in a row so far, and the cap.
    pub async fn authenticator_failures(
        &self,
        guid: &str,
        which: Authenticator,
    ) -> Result<(i64, i64), StepError> {
        let n = self
            .store
            .method_failures(guid, which.key())
            .await
            .map_err(|_| StepError::Unavailable)?;
        Ok((n, self.cap(which)))
    }

    /// Try `n` was wrong: the one that reaches the cap tells the owner.
    fn wrong_try_at(&self, ctx: &RequestContext, owner: &Owner<'_>, which: Authenticator, n: i64) {
        if n != self.cap(which) {
            return;
        }
        tracing::warn!(
            failures = n,
            method = which.key(),
            "authenticator blocked after wrong codes in a row"
        );
        let which = match which {
            Authenticator::SelfService => BlockedAuthenticator::SelfService,
            Authenticator::Console => BlockedAuthenticator::Console,
        };
        self.notify(
            ctx,
            Reader::owner(owner.guid),
            &owner.mail,
            owner.name,
            NoticeEvent::AuthenticatorBlocked { which, failures: n },
        );
    }

    /// A right code (or a proof that makes the count moot): the count starts again.
    pub async fn authenticator_cleared(
        &self,
        guid: &str,
        which: Authenticator,
    ) -> Result<(), StepError> {
        self.store
            .clear_method_failures(guid, Some(which.key()))
            .await
            .map_err(|_| StepError::Unavailable)
    }

    /// A right code used once already: a replay, not a guess; its try is given back.
    async fn try_given_back(&self, guid: &str, which: Authenticator) -> Result<(), StepError> {
        self.store
            .release_method_failure(guid, which.key())
            .await
            .map_err(|_| StepError::Unavailable)
    }
}
