//! Password-expiry reminders: mails to people whose password expires within one of the
//! configured thresholds (`reminders.days`, by default 14, 7, 3 and 1 days), each at most once
//! per password and threshold, in the language they use the portal in, with a link to
//! `/change` (and to `/register` when they have no recovery method yet).
//!
//! Each account's own expiry comes from the DC (`msDS-UserPasswordExpiryTimeComputed`), so a
//! fine-grained policy or "password never expires" is right without sspr knowing the policy.
//! Only the nearest threshold is mailed: someone first seen 2 days before expiry gets the
//! 3-day reminder, not the 14- and 7-day ones as well.
//!
//! Exactly once across instances: a claim row per (account, pwdLastSet, threshold) is inserted
//! before the mail goes out and only the inserting instance sends. On PostgreSQL, one instance
//! at a time runs the scan (an advisory lock taken without waiting; the others skip that
//! round), so several instances do not all page through the directory. A failed mail gives its
//! claim back; a claim left by a process that died before its mail was marked sent is given
//! back by a run [`STALE_CLAIM`] later.

use chrono::{DateTime, Duration, Utc};

use super::Services;
use crate::audit::{Activity, Actor, RequestContext, Target};
use crate::config::{ReminderTo, Scope};
use crate::mail::Mail;
use crate::status::StatusReason;
use crate::store::StoreError;
use crate::writeback::WritebackError;

/// How long a claim may wait for its mail to be marked sent before a later run takes it
/// again (far longer than a mail takes: the mail transport gives up after 15 seconds).
pub const STALE_CLAIM: Duration = Duration::minutes(15);

/// A reminder about to go out (or, for a dry run, that would).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueReminder {
    /// objectGUID.
    pub guid: String,
    /// sAMAccountName.
    pub sam: String,
    /// Greeting name.
    pub name: String,
    /// Where it goes.
    pub to: String,
    /// When the password expires.
    pub expires: DateTime<Utc>,
    /// The threshold it is for ("expires within this many days").
    pub days: u32,
    /// Whole days left.
    pub days_left: u32,
    /// The language it goes in, when the owner chose one (else the default).
    pub language: Option<String>,
    /// Whether it points to `/register` (no method registered).
    pub register: bool,
    /// Which password it is about.
    pub pwd_last_set: i64,
}

/// Who is due a reminder now.
#[derive(Debug, Clone, Default)]
pub struct ReminderPlan {
    /// Accounts looked at.
    pub scanned: usize,
    /// Reminders due and not yet sent, soonest expiry first.
    pub due: Vec<DueReminder>,
    /// Accounts due a reminder that have no address to send it to.
    pub no_address: Vec<String>,
}

/// What a run did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReminderRun {
    /// Another instance is running one now; this one did nothing.
    Skipped,
    /// It ran.
    Done {
        /// Accounts looked at.
        scanned: usize,
        /// Mails sent.
        sent: usize,
        /// Mails that did not go (their claims given back for the next run).
        failed: usize,
    },
}

/// Why a run could not look.
#[derive(Debug, thiserror::Error)]
pub enum ReminderError {
    /// The directory search failed.
    #[error("directory: {0}")]
    Directory(#[from] WritebackError),
    /// The database failed.
    #[error("{0}")]
    Store(#[from] StoreError),
    /// No mail server is configured.
    #[error("mail is off (mail.smtp_url is not set): no reminder can go")]
    MailOff,
}

/// Transport failures in a row after which a run stops (the mail server is down: the rest
/// wait for the next run rather than each waiting out its own failure).
const FAILURES_IN_A_ROW: usize = 5;

/// The threshold a password `left` from expiry falls under: the smallest of `days` (largest
/// first) that is at least `left`. `None` when it expires later than the largest, or has
/// expired already.
pub fn threshold(days: &[u32], left: Duration) -> Option<u32> {
    if left <= Duration::zero() {
        return None;
    }
    days.iter()
        .copied()
        .filter(|d| left <= Duration::days(i64::from(*d)))
        .min()
}

impl Services {
    /// Who would get which reminder now (what a run would send; `sspr reminders --dry-run`).
    pub async fn plan_reminders(&self, now: DateTime<Utc>) -> Result<ReminderPlan, ReminderError> {
        let cfg = &self.config.reminders;
        let group = match &self.config.sspr.enabled_for {
            Scope::None => return Ok(ReminderPlan::default()),
            Scope::All => None,
            Scope::Group(dn) => Some(dn.as_str()),
        };
        let largest = cfg.days.first().copied().unwrap_or(14);
        let horizon = now + Duration::days(i64::from(largest));
        let scan = self
            .directory
            .expiring_passwords(now, horizon, cfg.page_size)
            .await?;
        let mut plan = ReminderPlan {
            scanned: scan.scanned,
            ..Default::default()
        };
        for u in scan.expiring {
            let left = u.expires - now;
            let Some(days) = threshold(&cfg.days, left) else {
                continue;
            };
            if self
                .store
                .reminder_claimed(&u.guid, u.pwd_last_set, days)
                .await?
            {
                continue;
            }
            // In scope as the portal decides it (nested groups and the primary group).
            if let Some(group) = group {
                if !self.directory.is_member_of(&u.dn, group).await? {
                    continue;
                }
            }
            let methods = self.store.methods(&u.guid).await?;
            let alternate = methods
                .iter()
                .find(|m| m.kind == "email")
                .map(|m| m.value.clone());
            let to = match cfg.send_to {
                ReminderTo::Directory => u.mail.clone(),
                ReminderTo::Alternate => alternate.or_else(|| u.mail.clone()),
            };
            let Some(to) = to.filter(|t| !t.trim().is_empty()) else {
                plan.no_address.push(u.sam);
                continue;
            };
            plan.due.push(DueReminder {
                name: u.display_name.clone().unwrap_or_else(|| u.sam.clone()),
                language: self.store.language(&u.guid).await?,
                // Registration refuses privileged accounts: no link to a page that says no.
                register: methods.is_empty() && !u.privileged,
                days_left: u32::try_from(left.num_days()).unwrap_or(0),
                guid: u.guid,
                sam: u.sam,
                to,
                expires: u.expires,
                days,
                pwd_last_set: u.pwd_last_set,
            });
        }
        Ok(plan)
    }

    /// Sends the reminders due now, at most `reminders.per_minute` a minute, each claimed
    /// first and recorded in the audit once sent.
    pub async fn send_reminders(&self, now: DateTime<Utc>) -> Result<ReminderRun, ReminderError> {
        if !self.mailer.enabled() {
            return Err(ReminderError::MailOff);
        }
        let Some(_lock) = self.store.try_reminder_lock().await? else {
            self.metrics.reminder_run("skipped");
            return Ok(ReminderRun::Skipped);
        };
        let result = self.send_reminders_locked(now).await;
        self.metrics
            .reminder_run(if result.is_ok() { "done" } else { "failed" });
        result
    }

    async fn send_reminders_locked(
        &self,
        now: DateTime<Utc>,
    ) -> Result<ReminderRun, ReminderError> {
        let stale = crate::audit::time_string(Utc::now() - STALE_CLAIM);
        let given_back = self.store.release_stale_reminder_claims(&stale).await?;
        if given_back > 0 {
            tracing::warn!(
                claims = given_back,
                "reminders claimed by a run that stopped before sending them are due again"
            );
        }
        let plan = self.plan_reminders(now).await?;
        for sam in &plan.no_address {
            tracing::info!(account = %sam, "password expiry reminder due, but the account has no mail address");
        }
        let ctx = RequestContext::new(Actor::Scheduled, None, None);
        let per_minute = self.config.reminders.per_minute.max(1);
        let mut pace = tokio::time::interval(std::time::Duration::from_secs_f64(
            60.0 / f64::from(per_minute),
        ));
        pace.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        let (mut sent, mut failed, mut in_a_row) = (0, 0, 0);
        // A run sends for at most one interval: what is left is planned again by the next,
        // with fresh expiry dates (someone may have changed their password meanwhile), and the
        // scan lock is not held for hours.
        let started = std::time::Instant::now();
        let budget = self.config.reminders.interval;
        for r in &plan.due {
            if started.elapsed() >= budget || in_a_row >= FAILURES_IN_A_ROW {
                tracing::info!(
                    left = plan.due.len() - sent - failed,
                    "reminders left for the next run"
                );
                break;
            }
            let at = crate::audit::now_string();
            if !self
                .store
                .claim_reminder(&r.guid, r.pwd_last_set, r.days, &at)
                .await?
            {
                // Another instance (or `sspr reminders`) sent it since the plan was made.
                continue;
            }
            pace.tick().await;
            let mail = Mail::Reminder {
                name: r.name.clone(),
                expires: r.expires,
                days_left: r.days_left,
                register: r.register,
            };
            match self
                .mailer
                .send_in(&r.to, r.language.as_deref(), &mail)
                .await
            {
                Ok(()) => {
                    sent += 1;
                    in_a_row = 0;
                    self.metrics.reminder(true);
                    if let Err(e) = self
                        .store
                        .reminder_sent(&r.guid, r.pwd_last_set, r.days, &crate::audit::now_string())
                        .await
                    {
                        // The claim stays: a duplicate after STALE_CLAIM is better than none.
                        tracing::warn!(error = %e, account = %r.sam, "reminder sent but not marked sent");
                    }
                    let detail = format!(
                        "password expiry reminder ({} days before): expires {}",
                        r.days,
                        r.expires.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
                    );
                    self.progress(
                        &ctx,
                        Activity::ReminderSent,
                        StatusReason::Success,
                        Target {
                            guid: Some(r.guid.clone()),
                            name: Some(r.sam.clone()),
                        },
                        &detail,
                    )
                    .await;
                }
                Err(e) => {
                    failed += 1;
                    in_a_row += 1;
                    self.metrics.reminder(false);
                    tracing::warn!(error = %e, account = %r.sam, "password expiry reminder not sent; it goes again on the next run");
                    if let Err(e) = self
                        .store
                        .release_reminder(&r.guid, r.pwd_last_set, r.days)
                        .await
                    {
                        tracing::warn!(error = %e, "reminder claim not given back");
                    }
                }
            }
        }
        Ok(ReminderRun::Done {
            scanned: plan.scanned,
            sent,
            failed,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_nearest_threshold_counts_and_only_inside_the_largest() {
        let days = [14, 7, 3, 1];
        let at = |h: i64| threshold(&days, Duration::hours(h));
        assert_eq!(at(2 * 24), Some(3));
        assert_eq!(at(6 * 24), Some(7));
        assert_eq!(at(7 * 24), Some(7));
        assert_eq!(at(7 * 24 + 1), Some(14));
        assert_eq!(at(20 * 24), None);
        assert_eq!(at(5), Some(1));
        assert_eq!(at(0), None);
        assert_eq!(at(-3), None);
        assert_eq!(threshold(&[30], Duration::days(2)), Some(30));
    }
}
