//! Password-expiry reminders already sent (see `migrations/*/0010_reminders.sql`): a claim per
//! account, password and threshold, taken before the mail goes out.

use super::{on_db, Db, Store, StoreError};

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

/// A lock held by one instance's reminder run while it lasts; dropping it releases it.
pub struct RunLock {
    // Held for its drop: ending the transaction releases the advisory lock.
    _tx: Option<sqlx::Transaction<'static, sqlx::Postgres>>,
}

impl Store {
    /// Takes the reminder run's lock if no other instance holds it (`None` when one does). On
    /// PostgreSQL it is a transaction-scoped advisory lock, released when the guard is dropped
    /// or the process dies; on SQLite nothing is held (the claims alone keep each reminder
    /// single).
    pub async fn try_reminder_lock(&self) -> Result<Option<RunLock>, StoreError> {
        match &self.db {
            Db::Sqlite(_) => Ok(Some(RunLock { _tx: None })),
            Db::Postgres(pool) => {
                let mut tx = pool.begin().await.map_err(q("reminder lock"))?;
                let got: bool = sqlx::query_scalar(
                    "SELECT pg_try_advisory_xact_lock(hashtextextended('sspr-reminders', 0))",
                )
                .fetch_one(&mut *tx)
                .await
                .map_err(q("reminder lock"))?;
                Ok(got.then_some(RunLock { _tx: Some(tx) }))
            }
        }
    }

    /// Claims the reminder `days` before expiry of `guid`'s password set at `pwd_last_set`:
    /// true when this call claimed it, false when it was claimed before (by anyone).
    pub async fn claim_reminder(
        &self,
        guid: &str,
        pwd_last_set: i64,
        days: u32,
        now: &str,
    ) -> Result<bool, StoreError> {
        let sql = "INSERT INTO reminders_sent (user_guid, pwd_last_set, days, claimed_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (user_guid, pwd_last_set, days) DO NOTHING";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(guid)
            .bind(pwd_last_set)
            .bind(i64::from(days))
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
        .map_err(q("reminder claim"))
    }

    /// Whether that reminder was claimed (sent or on its way).
    pub async fn reminder_claimed(
        &self,
        guid: &str,
        pwd_last_set: i64,
        days: u32,
    ) -> Result<bool, StoreError> {
        let sql = "SELECT COUNT(*) FROM reminders_sent \
             WHERE user_guid = $1 AND pwd_last_set = $2 AND days = $3";
        let n: i64 = on_db!(self.db, pool => sqlx::query_scalar(sql)
            .bind(guid)
            .bind(pwd_last_set)
            .bind(i64::from(days))
            .fetch_one(pool)
            .await)
        .map_err(q("reminder read"))?;
        Ok(n > 0)
    }

    /// Marks a claimed reminder as sent.
    pub async fn reminder_sent(
        &self,
        guid: &str,
        pwd_last_set: i64,
        days: u32,
        now: &str,
    ) -> Result<(), StoreError> {
        let sql = "UPDATE reminders_sent SET sent_at = $4 \
             WHERE user_guid = $1 AND pwd_last_set = $2 AND days = $3";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(guid)
            .bind(pwd_last_set)
            .bind(i64::from(days))
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("reminder sent"))
    }

    /// Gives back a claim whose mail did not go out, so a later run sends it.
    pub async fn release_reminder(
        &self,
        guid: &str,
        pwd_last_set: i64,
        days: u32,
    ) -> Result<(), StoreError> {
        let sql = "DELETE FROM reminders_sent \
             WHERE user_guid = $1 AND pwd_last_set = $2 AND days = $3 AND sent_at IS NULL";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(guid)
            .bind(pwd_last_set)
            .bind(i64::from(days))
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("reminder release"))
    }

    /// Releases claims taken before `before` whose mail was never marked sent (their process
    /// stopped in between); returns how many.
    pub async fn release_stale_reminder_claims(&self, before: &str) -> Result<u64, StoreError> {
        let sql = "DELETE FROM reminders_sent WHERE sent_at IS NULL AND claimed_at < $1";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(before)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .map_err(q("reminder stale claims"))
    }

    /// Forgets reminders claimed before `before` (their passwords have expired since).
    pub async fn prune_reminders(&self, before: &str) -> Result<u64, StoreError> {
        let sql = "DELETE FROM reminders_sent WHERE claimed_at < $1";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(before)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .map_err(q("reminder prune"))
    }
}
