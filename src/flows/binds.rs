//! Password checks by binding as the user, for every page that asks for one (change,
//! registration sign-in, helpdesk sign-in), under rules that keep the portal from ever being
//! what locks an account out of Active Directory:
//!
//! - binds for one account run one at a time (in this process, and across instances sharing
//!   a PostgreSQL database), each after a fresh look at every DC's `badPwdCount`;
//! - no bind when one more wrong password would reach the account's lockout threshold (domain
//!   policy or PSO), nor while it is locked out, nor when the portal cannot tell (policy or
//!   count unreadable). The page then reads exactly like a wrong password, the audit says
//!   why, and the account's own mailbox hears that someone is guessing (at most once an hour);
//! - where the domain sets no lockout threshold, the DC limits no guessing, so the portal
//!   does: `limits.per_account` wrong passwords an hour per account from one client network,
//!   and ten times that from everywhere together.
//!
//! Only wrong passwords spend anything, and only the DC's own count (which a successful logon
//! anywhere resets) or the client's own budget can stop a bind: someone who merely types
//! another person's name cannot keep them out. The one way left to do that, wrong passwords
//! up to one short of the threshold, ends when the observation window does, or when the
//! person logs on anywhere; it is the price of never locking the account.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use chrono::Utc;
use secrecy::SecretString;

use super::limits;
use super::recovery::Reader;
use super::{Services, StepError};
use crate::audit::RequestContext;
use crate::mail::NoticeEvent;
use crate::status::StatusReason;
use crate::writeback::{BindOutcome, DirectoryUser};

/// How long the wrong-password budgets (domains without a lockout threshold) count.
const BUDGET_WINDOW: Duration = Duration::from_secs(3600);

/// How much later than a DC's observation window ends the portal still counts a failure: the
/// portal's clock and the DC's may disagree, and the DC is the one that locks.
const CLOCK_MARGIN: chrono::Duration = chrono::Duration::minutes(5);

/// How often the account's mailbox may hear that someone is guessing its password.
const GUESSING_NOTICE_WINDOW: Duration = Duration::from_secs(3600);

/// Why a password was not tried against the directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Withheld {
    /// The wrong-password budget (from this client, or from everywhere) is spent.
    Budget,
    /// The account's lockout policy could not be read, so a bind might lock it.
    PolicyUnreadable,
    /// The DCs' bad-password counts could not be read, so a bind might lock it.
    CountUnreadable,
    /// One more wrong password would lock the account: `bad` failures counted of `threshold`.
    WouldLock {
        /// Wrong passwords the DCs count within the observation window.
        bad: u32,
        /// The account's lockout threshold.
        threshold: u32,
    },
    /// The account is locked out now.
    LockedOut,
}

impl Withheld {
    /// The audit's status reason: a limit, or something only an admin can fix.
    pub fn reason(&self) -> StatusReason {
        match self {
            Self::Budget | Self::WouldLock { .. } | Self::LockedOut => {
                StatusReason::TooManyAttempts
            }
            Self::PolicyUnreadable | Self::CountUnreadable => {
                StatusReason::OnPremisesAdminActionRequired
            }
        }
    }

    /// For the audit detail.
    pub fn describe(&self) -> String {
        match self {
            Self::Budget => {
                "password not checked: too many wrong passwords for this account this hour (the domain sets no lockout threshold); answered as a wrong password".into()
            }
            Self::PolicyUnreadable => {
                "password not checked: the account's lockout policy is unreadable (grant the service account read on the Password Settings Container); answered as a wrong password".into()
            }
            Self::CountUnreadable => {
                "password not checked: no DC would tell the account's bad-password count; answered as a wrong password".into()
            }
            Self::WouldLock { bad, threshold } => format!(
                "password not checked: one more wrong password would lock the account \
                 ({bad} of {threshold} counted); answered as a wrong password"
            ),
            Self::LockedOut => {
                "password not checked: the account is locked out; answered as a wrong password"
                    .into()
            }
        }
    }
}

/// What a guarded password check found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordCheck {
    /// The directory answered the bind.
    Bound(BindOutcome),
    /// No bind was made.
    Withheld(Withheld),
}

/// One async lock per key, made on first use and forgotten when nobody holds it.
#[derive(Default)]
pub struct KeyedLocks(Mutex<HashMap<String, Weak<tokio::sync::Mutex<()>>>>);

impl KeyedLocks {
    /// The lock of `key`.
    pub fn get(&self, key: &str) -> Arc<tokio::sync::Mutex<()>> {
        let mut map = self
            .0
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(lock) = map.get(key).and_then(Weak::upgrade) {
            return lock;
        }
        if map.len() >= 1024 {
            map.retain(|_, w| w.strong_count() > 0);
        }
        let lock = Arc::new(tokio::sync::Mutex::new(()));
        map.insert(key.to_string(), Arc::downgrade(&lock));
        lock
    }
}

impl Services {
    /// Checks `password` for `user` by binding as them, unless that could lock the account
    /// out or its budget is spent (see the module's notes).
    pub(crate) async fn check_password(
        &self,
        ctx: &RequestContext,
        user: &DirectoryUser,
        password: &SecretString,
    ) -> Result<PasswordCheck, StepError> {
        // One bind at a time per account, so that two requests cannot both see one failure
        // left before the threshold and both spend it.
        let local = self.bind_locks.get(&user.guid);
        let _local = local.lock().await;
        let _shared = self
            .store
            .cross_instance_lock(&format!("bind:{}", user.guid))
            .await
            .map_err(|_| StepError::Unavailable)?;
        // The policy says how many failures lock the account and for how long they count; a
        // portal that cannot tell must not bind at all.
        let policy = match self.directory.effective_policy(user).await {
            Ok(p) => p,
            Err(e) => {
                tracing::warn!(error = %e, "lockout policy unreadable: password not checked");
                return Ok(PasswordCheck::Withheld(Withheld::PolicyUnreadable));
            }
        };
        let seen = match self.directory.bad_passwords(user).await {
            Ok(s) => s,
            Err(e) => {
                tracing::warn!(error = %e, "bad-password count unreadable: password not checked");
                return Ok(PasswordCheck::Withheld(Withheld::CountUnreadable));
            }
        };
        if seen.locked {
            return Ok(PasswordCheck::Withheld(Withheld::LockedOut));
        }
        let threshold = policy.lockout_threshold;
        let budgets = [
            (
                format!(
                    "bind-fail:{}:{}",
                    limits::ip_key(ctx.client_ip.as_deref()),
                    user.guid
                ),
                self.config.limits.per_account,
            ),
            (
                format!("bind-fail:{}", user.guid),
                self.config.limits.per_account.saturating_mul(10),
            ),
        ];
        if threshold > 0 {
            // A DC forgets failures older than the observation window at the next failure;
            // until then badPwdCount still shows them.
            let window = chrono::Duration::from_std(policy.lockout_window).unwrap_or_default();
            let stale = !window.is_zero()
                && seen
                    .last
                    .is_some_and(|t| t + window + CLOCK_MARGIN < Utc::now());
            let bad = if stale { 0 } else { seen.count };
            if bad.saturating_add(1) >= threshold {
                self.tell_of_guessing(ctx, user).await;
                return Ok(PasswordCheck::Withheld(Withheld::WouldLock {
                    bad,
                    threshold,
                }));
            }
        } else {
            for (key, max) in &budgets {
                match limits::check(&self.store, key, *max, BUDGET_WINDOW).await {
                    Ok(None) => {}
                    Ok(Some(_)) => {
                        self.tell_of_guessing(ctx, user).await;
                        return Ok(PasswordCheck::Withheld(Withheld::Budget));
                    }
                    Err(_) => return Err(StepError::Unavailable),
                }
            }
        }
        let outcome = self
            .directory
            .verify_password(user, password)
            .await
            .map_err(|e| match e {
                crate::writeback::WritebackError::Busy { retry_after } => {
                    StepError::Busy(retry_after)
                }
                e => {
                    tracing::warn!(error = %e, "password check failed");
                    StepError::Unavailable
                }
            })?;
        if threshold == 0 && outcome == BindOutcome::InvalidCredentials {
            let now = crate::audit::now_string();
            for (key, _) in &budgets {
                self.store
                    .rate_hit(key, &now)
                    .await
                    .map_err(|_| StepError::Unavailable)?;
            }
        }
        Ok(PasswordCheck::Bound(outcome))
    }

    /// Tells the account's own mailbox that its password is being guessed, at most once per
    /// [`GUESSING_NOTICE_WINDOW`].
    async fn tell_of_guessing(&self, ctx: &RequestContext, user: &DirectoryUser) {
        let Some(mail) = user.mail.clone() else {
            return;
        };
        let key = format!("guessing-notice:{}", user.guid);
        if !matches!(
            limits::hit(&self.store, &key, 1, GUESSING_NOTICE_WINDOW).await,
            Ok(None)
        ) {
            return;
        }
        let name = user
            .display_name
            .clone()
            .unwrap_or_else(|| user.sam_account_name.clone());
        // Whoever is guessing made this request: the notice goes in the owner's language.
        self.notify(
            ctx,
            Reader::owner(&user.guid),
            &[Some(mail)],
            &name,
            NoticeEvent::Guessing,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lock_per_key_while_it_is_held() {
        let locks = KeyedLocks::default();
        let a = locks.get("a");
        let again = locks.get("a");
        assert!(Arc::ptr_eq(&a, &again));
        assert!(!Arc::ptr_eq(&a, &locks.get("b")));
        drop((a, again));
        // Nobody holds "a": a new one is made, and the map does not grow without bound.
        for i in 0..5000 {
            let _ = locks.get(&format!("k{i}"));
        }
        assert!(locks.0.lock().unwrap().len() <= 1024);
    }
}
