//! Password writes with a write-ahead record: before a change, reset or unlock is sent to the
//! directory, a record of it (and of the entry right before) is committed; once the attempt's
//! audit row is written the record is forgotten. A process that stops in between (SIGKILL,
//! power loss) leaves the record behind, and [`Services::settle_unfinished_writes`] turns it
//! into the audit row the write should have had, by re-reading the entry: every write the DC
//! accepted ends up in the audit, and the hash chain only ever gets that one final row.
//!
//! A record is settled by whichever instance finds it once the instance that wrote it is gone
//! (on PostgreSQL, the writer's session-level advisory lock tells; on SQLite there is only one
//! instance), or when it has been pending far longer than any write can take.

use std::time::Duration;

use chrono::{SecondsFormat, Utc};

use super::recovery::Reader;
use super::Services;
use crate::audit::{Activity, Actor, AuditEvent, RequestContext, Target};
use crate::mail::NoticeEvent;
use crate::status::StatusReason;
use crate::store::writes::PendingWrite;
use crate::writeback::{Before, DirectoryUser, PreparedWrite, WriteOp, WritebackError};

/// What sending a logged write gave.
pub(super) struct Sent {
    /// The directory's answer.
    pub result: Result<(), WritebackError>,
    /// The write-ahead record, to forget once the audit row is in.
    pub pending: Option<i64>,
}

fn ts(t: chrono::DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

impl Services {
    /// How long a write can possibly take, queue and reconciliation included: a record older
    /// than this is settled even if its instance still runs (its task is gone).
    fn longest_write(&self) -> Duration {
        let d = &self.config.directory;
        d.connect_timeout + d.write_queue_timeout + d.operation_timeout * 4
    }

    /// Records `w` ahead, then sends it. Nothing is sent when the record cannot be written:
    /// a write the audit could lose is not made.
    pub(super) async fn send_logged(
        &self,
        ctx: &RequestContext,
        activity: Activity,
        user: &DirectoryUser,
        w: PreparedWrite,
        success_detail: &str,
    ) -> Sent {
        let record = PendingWrite {
            id: 0,
            flow_id: ctx.flow_id.clone(),
            activity: activity.as_str().to_string(),
            actor: ctx.actor.as_str().to_string(),
            client_ip: ctx.client_ip.clone(),
            user_agent: ctx.user_agent.clone(),
            note: ctx.note.clone(),
            target_guid: user.guid.clone(),
            target_name: user.sam_account_name.clone(),
            dn: w.before.dn.clone(),
            op: w.op.as_str().to_string(),
            success_detail: success_detail.to_string(),
            sets_must_change: w.sets_must_change,
            pwd_last_set: w.before.pwd_last_set,
            usn_changed: w.before.usn_changed,
            lockout_time: w.before.lockout_time,
            instance: self.instance.to_string(),
            started_at: ts(Utc::now()),
        };
        let id = match self.store.put_pending_write(&record).await {
            Ok(id) => id,
            Err(e) => {
                tracing::warn!(error = %e, "write-ahead record not written: nothing sent");
                return Sent {
                    result: Err(WritebackError::Unreachable(
                        "the database did not take the write-ahead record; nothing was sent".into(),
                    )),
                    pending: None,
                };
            }
        };
        Sent {
            result: self.directory.send(w).await,
            pending: Some(id),
        }
    }

    /// Settles the write-ahead records that their writers left behind: re-reads each entry,
    /// writes the audit row the write should have had, and forgets the record. Run at start
    /// and then every minute. Returns how many were settled.
    pub async fn settle_unfinished_writes(&self) -> usize {
        let now = Utc::now();
        let stale = chrono::Duration::from_std(self.longest_write()).unwrap_or_default();
        let claim_stale = ts(now - stale);
        let rows = match self.store.unsettled_writes(&claim_stale).await {
            Ok(rows) => rows,
            Err(e) => {
                tracing::warn!(error = %e, "unfinished writes not read");
                return 0;
            }
        };
        let mut settled = 0;
        for row in rows {
            let old = row.started_at < claim_stale;
            match self
                .store
                .instance_alive(&row.instance, &self.instance)
                .await
            {
                // Its writer is still at it: not ours to settle (unless it is long overdue).
                Ok(true) if !old => continue,
                Ok(_) => {}
                Err(e) => {
                    tracing::warn!(error = %e, "instance liveness unknown");
                    continue;
                }
            }
            match self.settle(&row, &claim_stale).await {
                Ok(true) => settled += 1,
                Ok(false) => {}
                Err(e) => {
                    tracing::warn!(error = %e, flow_id = %row.flow_id, "unfinished write not settled yet; trying again later");
                }
            }
        }
        if settled > 0 {
            tracing::info!(
                settled,
                "unfinished writes settled from their write-ahead records"
            );
        }
        settled
    }

    /// Settles one record; `Ok(false)` when another instance has it.
    async fn settle(&self, row: &PendingWrite, claim_stale: &str) -> Result<bool, SettleError> {
        if !self
            .store
            .claim_pending_write(row.id, &self.instance, &ts(Utc::now()), claim_stale)
            .await?
        {
            return Ok(false);
        }
        let activity = Activity::parse(&row.activity).ok_or(SettleError::Corrupt)?;
        // The process may have stopped after the audit row and before forgetting the record.
        if self
            .store
            .audit_has_final_row(&row.flow_id, &row.activity)
            .await?
        {
            self.store.delete_pending_write(row.id).await?;
            return Ok(true);
        }
        let op = WriteOp::parse(&row.op).ok_or(SettleError::Corrupt)?;
        let before = Before {
            dn: row.dn.clone(),
            pwd_last_set: row.pwd_last_set,
            usn_changed: row.usn_changed,
            lockout_time: row.lockout_time,
        };
        let applied = self
            .directory
            .applied(op, &before, row.sets_must_change)
            .await?;
        let (reason, detail) = if applied {
            (
                StatusReason::Success,
                format!(
                    "{} (the portal stopped before recording it; the directory shows it applied)",
                    row.success_detail
                ),
            )
        } else {
            (
                StatusReason::WritebackInterrupted,
                "the portal stopped before the directory answered; the directory shows the write did not apply".to_string(),
            )
        };
        let ctx = RequestContext {
            actor: if row.actor == Actor::SelfService.as_str() {
                Actor::SelfService
            } else {
                Actor::Admin(row.actor.clone())
            },
            client_ip: row.client_ip.clone(),
            user_agent: row.user_agent.clone(),
            flow_id: row.flow_id.clone(),
            note: row.note.clone(),
            language: None,
        };
        let target = Target {
            guid: Some(row.target_guid.clone()),
            name: Some(row.target_name.clone()),
        };
        self.audit
            .record(
                &ctx,
                AuditEvent {
                    activity,
                    reason,
                    detail,
                    target,
                },
            )
            .await?;
        self.store.delete_pending_write(row.id).await?;
        if applied && op != WriteOp::Unlock {
            // The person never saw the page that says it worked: tell their mailbox.
            if let Ok(user) = self.directory.read_user(&row.dn).await {
                self.notify(
                    &ctx,
                    Reader::owner(&row.target_guid),
                    std::slice::from_ref(&user.mail),
                    user.display_name
                        .as_deref()
                        .unwrap_or(&user.sam_account_name),
                    NoticeEvent::ChangedUnconfirmed,
                );
            }
        }
        Ok(true)
    }
}

/// Why a record could not be settled now.
#[derive(Debug, thiserror::Error)]
enum SettleError {
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
    #[error(transparent)]
    Directory(#[from] WritebackError),
    #[error("the record names an unknown activity or operation")]
    Corrupt,
}
