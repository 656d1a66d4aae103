//! The audit table: append under the chain lock, read in pages, read the chain head.

use serde::Serialize;

use super::{on_db, Store, StoreError};

/// One stored audit row. The hash chain is computed by `crate::audit`; this module only keeps
/// rows and takes the lock that makes "read the previous hash, insert the next" atomic.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow, Serialize)]
pub struct AuditRecord {
    /// Row id (chain order).
    pub id: i64,
    /// RFC 3339 UTC with microseconds.
    pub occurred_at: String,
    /// Activity name.
    pub activity: String,
    /// `success` or `failure`.
    pub status: String,
    /// Status reason identifier.
    pub status_reason: String,
    /// Policy rule, for OnPremisesPolicyViolation.
    pub policy_rule: Option<String>,
    /// Free text for admins (never a secret).
    pub detail: String,
    /// objectGUID of the account concerned.
    pub target_guid: Option<String>,
    /// sAMAccountName, or what the user typed when no account matched.
    pub target_name: Option<String>,
    /// `self` or the admin's account name.
    pub actor: String,
    /// The real client address.
    pub client_ip: Option<String>,
    /// The client's User-Agent.
    pub user_agent: Option<String>,
    /// The flow this step belongs to.
    pub flow_id: Option<String>,
    /// The previous row's hash ("" for the first row).
    pub prev_hash: String,
    /// This row's hash.
    pub row_hash: String,
    /// How `row_hash` was made: `v2` keyed (HMAC), `v1` plain SHA-256 (rows from before the
    /// keyed chain).
    pub chain_version: String,
}

/// The chain head as stored.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct ChainHead {
    /// Id of the newest row (0 when empty).
    pub last_id: i64,
    /// Hash of the newest row ("" when empty).
    pub last_hash: String,
    /// Rows appended in all.
    pub row_count: i64,
    /// Hash of the newest row removed by retention ("" when none): the chain starts from it.
    pub anchor_hash: String,
    /// Rows removed by retention in all.
    pub removed: i64,
    /// A keyed MAC over the fields above ("" until sspr first wrote under its key), so the
    /// head cannot be moved by someone without the key.
    pub seal: String,
}

/// The columns of an [`AuditRecord`], in its order (every audit read selects these).
pub(super) const COLUMNS: &str =
    "id, occurred_at, activity, status, status_reason, policy_rule, detail, \
    target_guid, target_name, actor, client_ip, user_agent, flow_id, prev_hash, row_hash, \
    chain_version";

/// Rows removed per retention transaction.
pub const RETENTION_BATCH: i64 = 5000;

const HEAD: &str = "SELECT last_id, last_hash, row_count, anchor_hash, removed, seal \
    FROM audit_chain_head WHERE id = 1";

impl Store {
    /// Appends `row` to the chain: stamps its time (under the lock, so time order is chain
    /// order), fills `prev_hash` from the head, asks `hash` for the row hash, inserts, and
    /// moves the head with a new seal from `seal`, all in one write transaction.
    ///
    /// The chain lock is the head row itself: SQLite's write transaction holds the whole file,
    /// PostgreSQL's `SELECT ... FOR UPDATE` holds the row, so appends from several processes or
    /// instances queue up and each reads the head its predecessor wrote. The in-process mutex
    /// only keeps this process's appends from contending for it.
    #[tracing::instrument(skip_all, fields(activity = %row.activity))]
    pub async fn append_audit(
        &self,
        mut row: AuditRecord,
        stamp: impl FnOnce() -> String,
        hash: impl FnOnce(&AuditRecord) -> String,
        seal: impl FnOnce(&ChainHead) -> String,
    ) -> Result<AuditRecord, StoreError> {
        let _guard = self.append_lock.lock().await;
        let lock_head = format!("{HEAD}{}", self.db.for_update());
        let id = on_db!(self.db, pool => async {
            let mut tx = pool.begin_with(self.db.begin_write()).await?;
            let head: ChainHead = sqlx::query_as(&lock_head).fetch_one(&mut *tx).await?;
            // Stamped once the lock is held (on PostgreSQL, after the FOR UPDATE wait).
            row.occurred_at = stamp();
            row.prev_hash = head.last_hash;
            row.row_hash = hash(&row);
            let id: i64 = sqlx::query_scalar(
                "INSERT INTO audit_events (occurred_at, activity, status, status_reason, \
                 policy_rule, detail, target_guid, target_name, actor, client_ip, user_agent, \
                 flow_id, prev_hash, row_hash, chain_version) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) \
                 RETURNING id",
            )
            .bind(&row.occurred_at)
            .bind(&row.activity)
            .bind(&row.status)
            .bind(&row.status_reason)
            .bind(&row.policy_rule)
            .bind(&row.detail)
            .bind(&row.target_guid)
            .bind(&row.target_name)
            .bind(&row.actor)
            .bind(&row.client_ip)
            .bind(&row.user_agent)
            .bind(&row.flow_id)
            .bind(&row.prev_hash)
            .bind(&row.row_hash)
            .bind(&row.chain_version)
            .fetch_one(&mut *tx)
            .await?;
            let mut next = ChainHead {
                last_id: id,
                last_hash: row.row_hash.clone(),
                row_count: head.row_count + 1,
                seal: String::new(),
                ..head
            };
            next.seal = seal(&next);
            sqlx::query(
                "UPDATE audit_chain_head SET last_id = $1, last_hash = $2, row_count = $3, \
                 seal = $4 WHERE id = 1",
            )
            .bind(next.last_id)
            .bind(&next.last_hash)
            .bind(next.row_count)
            .bind(&next.seal)
            .execute(&mut *tx)
            .await?;
            tx.commit().await.map(|_| id)
        }
        .await)
        .map_err(|e| StoreError::Query("audit append", e))?;
        row.id = id;
        Ok(row)
    }

    /// Removes rows older than `before` (RFC 3339), keeping the chain verifiable: the hash of
    /// the newest removed row becomes the anchor, and `seal` seals the moved head. Returns how
    /// many rows went.
    ///
    /// Works in batches of [`RETENTION_BATCH`] rows, each its own transaction that holds the
    /// chain lock only briefly, so the first retention of a large log does not stall every
    /// instance's appends. Each batch leaves a valid anchor, so stopping half-way is safe.
    pub async fn audit_retain(
        &self,
        before: &str,
        seal: impl Fn(&ChainHead) -> String,
    ) -> Result<u64, StoreError> {
        self.audit_retain_in_batches(before, RETENTION_BATCH, seal)
            .await
    }

    /// [`Store::audit_retain`] with batches of `batch` rows.
    pub async fn audit_retain_in_batches(
        &self,
        before: &str,
        batch: i64,
        seal: impl Fn(&ChainHead) -> String,
    ) -> Result<u64, StoreError> {
        let batch = batch.max(1);
        let mut total = 0;
        loop {
            let removed = self.audit_retain_batch(before, batch, &seal).await?;
            total += removed;
            if removed < batch as u64 {
                return Ok(total);
            }
        }
    }

    async fn audit_retain_batch(
        &self,
        before: &str,
        batch: i64,
        seal: &impl Fn(&ChainHead) -> String,
    ) -> Result<u64, StoreError> {
        let _guard = self.append_lock.lock().await;
        let lock_head = format!("{HEAD}{}", self.db.for_update());
        on_db!(self.db, pool => async {
            let mut tx = pool.begin_with(self.db.begin_write()).await?;
            // Taken first, so retention and appends from other instances do not interleave.
            let head: ChainHead = sqlx::query_as(&lock_head).fetch_one(&mut *tx).await?;
            // The end of this batch: the newest of the oldest BATCH rows that are all old.
            let end: Option<(i64, String)> = sqlx::query_as(
                "SELECT id, row_hash FROM (SELECT id, row_hash FROM audit_events \
                 WHERE occurred_at < $1 ORDER BY id LIMIT $2) AS batch ORDER BY id DESC LIMIT 1",
            )
            .bind(before)
            .bind(batch)
            .fetch_optional(&mut *tx)
            .await?;
            let Some((id, hash)) = end else {
                return Ok(0);
            };
            sqlx::query("UPDATE audit_chain_head SET retention_open = 1 WHERE id = 1")
                .execute(&mut *tx)
                .await?;
            // By id, not time: everything up to the batch's end goes, so the chain stays whole
            // (rows are stamped in chain order, so no newer row has a smaller id).
            let removed = sqlx::query("DELETE FROM audit_events WHERE id <= $1")
                .bind(id)
                .execute(&mut *tx)
                .await?
                .rows_affected();
            let mut next = ChainHead {
                anchor_hash: hash,
                removed: head.removed + removed as i64,
                seal: String::new(),
                ..head
            };
            next.seal = seal(&next);
            sqlx::query(
                "UPDATE audit_chain_head SET retention_open = 0, anchor_hash = $1, \
                 removed = $2, seal = $3 WHERE id = 1",
            )
            .bind(&next.anchor_hash)
            .bind(next.removed)
            .bind(&next.seal)
            .execute(&mut *tx)
            .await?;
            tx.commit().await.map(|_| removed)
        }
        .await)
        .map_err(|e| StoreError::Query("audit retention", e))
    }

    /// Up to `limit` rows with id greater than `after`, oldest first (keyset paging, so a
    /// verify or export of a large log never holds it all in memory).
    pub async fn audit_page(&self, after: i64, limit: i64) -> Result<Vec<AuditRecord>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM audit_events WHERE id > $1 ORDER BY id LIMIT $2");
        on_db!(self.db, pool => sqlx::query_as(&sql).bind(after).bind(limit).fetch_all(pool).await)
            .map_err(|e| StoreError::Query("audit read", e))
    }

    /// Rows of one flow, oldest first.
    pub async fn audit_for_flow(&self, flow_id: &str) -> Result<Vec<AuditRecord>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM audit_events WHERE flow_id = $1 ORDER BY id");
        on_db!(self.db, pool => sqlx::query_as(&sql).bind(flow_id).fetch_all(pool).await)
            .map_err(|e| StoreError::Query("audit read", e))
    }

    /// The chain head.
    pub async fn audit_head(&self) -> Result<ChainHead, StoreError> {
        on_db!(self.db, pool => sqlx::query_as(HEAD).fetch_one(pool).await)
            .map_err(|e| StoreError::Query("audit head", e))
    }
}
