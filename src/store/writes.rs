//! Password writes recorded before they are sent to the directory, until their audit row is
//! written (see `migrations/*/0008_guards.sql`), and the settling of those a stopped process
//! left behind.

use super::{on_db, Store, StoreError};

/// A write recorded ahead of the LDAP modify.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingWrite {
    /// Row id.
    pub id: i64,
    /// Flow id of the attempt (the final audit row's).
    pub flow_id: String,
    /// Activity of the final audit row (stored name).
    pub activity: String,
    /// Actor (stored form).
    pub actor: String,
    /// Client address.
    pub client_ip: Option<String>,
    /// User agent.
    pub user_agent: Option<String>,
    /// The context's note (how a helpdesk admin verified the caller).
    pub note: Option<String>,
    /// objectGUID of the account.
    pub target_guid: String,
    /// sAMAccountName of the account.
    pub target_name: String,
    /// Its DN at the time.
    pub dn: String,
    /// `change`, `reset` or `unlock`.
    pub op: String,
    /// The final row's detail if the write applied.
    pub success_detail: String,
    /// The write sets pwdLastSet = 0.
    pub sets_must_change: bool,
    /// pwdLastSet right before.
    pub pwd_last_set: i64,
    /// uSNChanged right before.
    pub usn_changed: i64,
    /// lockoutTime right before.
    pub lockout_time: i64,
    /// The instance that sent it.
    pub instance: String,
    /// When it was recorded (RFC 3339).
    pub started_at: String,
}

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

const COLUMNS: &str = "id, flow_id, activity, actor, client_ip, user_agent, note, target_guid, \
    target_name, dn, op, success_detail, sets_must_change, pwd_last_set, usn_changed, \
    lockout_time, instance, started_at";

impl Store {
    /// Records a write about to be sent; returns its id. `w.id` is ignored.
    pub async fn put_pending_write(&self, w: &PendingWrite) -> Result<i64, StoreError> {
        let sql = "INSERT INTO pending_writes (flow_id, activity, actor, client_ip, user_agent, \
             note, target_guid, target_name, dn, op, success_detail, sets_must_change, \
             pwd_last_set, usn_changed, lockout_time, instance, started_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) \
             RETURNING id";
        on_db!(self.db, pool => sqlx::query_scalar(sql)
            .bind(&w.flow_id)
            .bind(&w.activity)
            .bind(&w.actor)
            .bind(&w.client_ip)
            .bind(&w.user_agent)
            .bind(&w.note)
            .bind(&w.target_guid)
            .bind(&w.target_name)
            .bind(&w.dn)
            .bind(&w.op)
            .bind(&w.success_detail)
            .bind(i64::from(w.sets_must_change))
            .bind(w.pwd_last_set)
            .bind(w.usn_changed)
            .bind(w.lockout_time)
            .bind(&w.instance)
            .bind(&w.started_at)
            .fetch_one(pool)
            .await)
        .map_err(q("pending write"))
    }

    /// Forgets a recorded write (its audit row is written).
    pub async fn delete_pending_write(&self, id: i64) -> Result<(), StoreError> {
        on_db!(self.db, pool => sqlx::query("DELETE FROM pending_writes WHERE id = $1")
            .bind(id)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(q("pending write delete"))
    }

    /// Recorded writes nobody has claimed since `claim_stale`, oldest first.
    pub async fn unsettled_writes(
        &self,
        claim_stale: &str,
    ) -> Result<Vec<PendingWrite>, StoreError> {
        let sql = format!(
            "SELECT {COLUMNS} FROM pending_writes \
             WHERE claimed_at IS NULL OR claimed_at < $1 ORDER BY id"
        );
        on_db!(self.db, pool => sqlx::query_as::<_, PendingRow>(&sql)
            .bind(claim_stale)
            .fetch_all(pool)
            .await)
        .map(|rows| rows.into_iter().map(PendingWrite::from).collect())
        .map_err(q("pending writes read"))
    }

    /// Claims a left-over write for `me`: `false` when another instance claimed it first.
    pub async fn claim_pending_write(
        &self,
        id: i64,
        me: &str,
        now: &str,
        claim_stale: &str,
    ) -> Result<bool, StoreError> {
        let sql = "UPDATE pending_writes SET claimed_by = $1, claimed_at = $2 \
             WHERE id = $3 AND (claimed_at IS NULL OR claimed_at < $4)";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(me)
            .bind(now)
            .bind(id)
            .bind(claim_stale)
            .execute(pool)
            .await
            .map(|r| r.rows_affected() == 1))
        .map_err(q("pending write claim"))
    }

    /// Whether the audit already holds the final row of `activity` for `flow_id` (a process
    /// may stop between writing it and forgetting the pending write).
    pub async fn audit_has_final_row(
        &self,
        flow_id: &str,
        activity: &str,
    ) -> Result<bool, StoreError> {
        let sql = "SELECT COUNT(*) FROM audit_events WHERE flow_id = $1 AND activity = $2";
        let n: i64 = on_db!(self.db, pool => sqlx::query_scalar(sql)
            .bind(flow_id)
            .bind(activity)
            .fetch_one(pool)
            .await)
        .map_err(q("audit lookup"))?;
        Ok(n > 0)
    }
}

/// Held for the life of an instance that shares a PostgreSQL database: a session-level
/// advisory lock on its instance id, so the others can tell it is alive (the lock goes with
/// its connection, also when the process is killed).
pub struct InstanceLock {
    _conn: Option<sqlx::pool::PoolConnection<sqlx::Postgres>>,
}

fn instance_lock_key() -> &'static str {
    "SELECT hashtextextended('sspr-instance:' || $1, 0)"
}

impl Store {
    /// Takes this instance's liveness lock (nothing to hold on SQLite: one instance).
    pub async fn hold_instance_lock(&self, instance: &str) -> Result<InstanceLock, StoreError> {
        match &self.db {
            super::Db::Sqlite(_) => Ok(InstanceLock { _conn: None }),
            super::Db::Postgres(pool) => {
                let mut conn = pool.acquire().await.map_err(q("instance lock"))?;
                let sql = format!("SELECT pg_advisory_lock(({}))", instance_lock_key());
                sqlx::query(&sql)
                    .bind(instance)
                    .execute(&mut *conn)
                    .await
                    .map_err(q("instance lock"))?;
                // The guard keeps this connection out of the pool, so the lock it holds lasts
                // as long as the instance (and ends with its connection if the process dies).
                Ok(InstanceLock { _conn: Some(conn) })
            }
        }
    }

    /// Whether the instance `instance` is running: on PostgreSQL, whether its liveness lock
    /// is held; on SQLite only `me` can be.
    pub async fn instance_alive(&self, instance: &str, me: &str) -> Result<bool, StoreError> {
        if instance == me {
            return Ok(true);
        }
        match &self.db {
            super::Db::Sqlite(_) => Ok(false),
            super::Db::Postgres(pool) => {
                let mut conn = pool.acquire().await.map_err(q("instance check"))?;
                let sql = format!("SELECT pg_try_advisory_lock(({}))", instance_lock_key());
                let got: bool = sqlx::query_scalar(&sql)
                    .bind(instance)
                    .fetch_one(&mut *conn)
                    .await
                    .map_err(q("instance check"))?;
                if got {
                    let sql = format!("SELECT pg_advisory_unlock(({}))", instance_lock_key());
                    sqlx::query(&sql)
                        .bind(instance)
                        .execute(&mut *conn)
                        .await
                        .map_err(q("instance check"))?;
                }
                Ok(!got)
            }
        }
    }
}

/// The row as stored (booleans are integers on both backends).
#[derive(sqlx::FromRow)]
struct PendingRow {
    id: i64,
    flow_id: String,
    activity: String,
    actor: String,
    client_ip: Option<String>,
    user_agent: Option<String>,
    note: Option<String>,
    target_guid: String,
    target_name: String,
    dn: String,
    op: String,
    success_detail: String,
    sets_must_change: i64,
    pwd_last_set: i64,
    usn_changed: i64,
    lockout_time: i64,
    instance: String,
    started_at: String,
}

impl From<PendingRow> for PendingWrite {
    fn from(r: PendingRow) -> Self {
        Self {
            id: r.id,
            flow_id: r.flow_id,
            activity: r.activity,
            actor: r.actor,
            client_ip: r.client_ip,
            user_agent: r.user_agent,
            note: r.note,
            target_guid: r.target_guid,
            target_name: r.target_name,
            dn: r.dn,
            op: r.op,
            success_detail: r.success_detail,
            sets_must_change: r.sets_must_change != 0,
            pwd_last_set: r.pwd_last_set,
            usn_changed: r.usn_changed,
            lockout_time: r.lockout_time,
            instance: r.instance,
            started_at: r.started_at,
        }
    }
}
