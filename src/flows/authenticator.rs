//! The guessing budget of authenticator codes: wrong codes in a row per account and
//! authenticator (self-service, console), never forgotten by time. At the cap the
//! authenticator stops counting as proof (even a right code is refused) until a right code
//! was impossible to give: the helpdesk clears it, or, for self-service, a recovery with an
//! emailed code does. A 6-digit code guessed up to the default cap of 20 succeeds with odds
//! of about 1 in 16,000; NIST SP 800-63B allows at most 100 failures.

use super::{Services, StepError};
use crate::audit::{now_string, RequestContext};

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

impl Services {
    fn cap(&self, which: Authenticator) -> i64 {
        i64::from(match which {
            Authenticator::SelfService => self.config.limits.authenticator_failures,
            Authenticator::Console => self.config.limits.console_authenticator_failures,
        })
    }

    /// Whether `guid`'s authenticator has reached its cap of wrong codes in a row.
    pub async fn authenticator_blocked(
        &self,
        guid: &str,
        which: Authenticator,
    ) -> Result<bool, StepError> {
        let n = self
            .store
            .method_failures(guid, which.key())
            .await
            .map_err(|_| StepError::Unavailable)?;
        Ok(n >= self.cap(which))
    }

    /// Wrong codes in a row so far.
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

    /// Counts a wrong code; the one that reaches the cap tells the owner.
    pub async fn authenticator_failed(
        &self,
        ctx: &RequestContext,
        owner: &Owner<'_>,
        which: Authenticator,
    ) -> Result<(), StepError> {
        let n = self
            .store
            .add_method_failure(owner.guid, which.key(), &now_string())
            .await
            .map_err(|_| StepError::Unavailable)?;
        if n == self.cap(which) {
            tracing::warn!(
                failures = n,
                method = which.key(),
                "authenticator blocked after wrong codes in a row"
            );
            let helpdesk = &self.config.server.helpdesk_contact;
            let detail = match which {
                Authenticator::SelfService => format!(
                    "After {n} wrong authenticator codes in a row, your authenticator app no longer works for password reset or unlock. Use a code sent by email instead (that unblocks the app too), or contact {helpdesk}. If you did not try these codes, someone else did: tell {helpdesk}."
                ),
                Authenticator::Console => format!(
                    "After {n} wrong authenticator codes in a row, your helpdesk console authenticator is blocked. Another helpdesk admin can unblock it from your user page. If you did not try these codes, someone else did."
                ),
            };
            self.notify(
                ctx,
                &owner.mail,
                owner.name,
                "Your authenticator was blocked",
                &detail,
            );
        }
        Ok(())
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
}
