//! Queries behind the helpdesk console: filtered audit pages, dashboard counts, heartbeat runs.

use super::audit::AuditRecord;
use super::{Store, StoreError};

/// Filters of the audit log view; `None` means "any".
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AuditFilter {
    /// sAMAccountName (or typed name) contains this, case-insensitively.
    pub user: Option<String>,
    /// Exact activity name.
    pub activity: Option<String>,
    /// `success` or `failure`.
    pub status: Option<String>,
    /// Exact status reason.
    pub reason: Option<String>,
    /// RFC 3339 lower bound (inclusive).
    pub from: Option<String>,
    /// RFC 3339 upper bound (exclusive).
    pub to: Option<String>,
    /// objectGUID of the target.
    pub target_guid: Option<String>,
}

/// One stored heartbeat run.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct HealthRun {
    /// When it ran.
    pub at: String,
    /// Failed checks.
    pub fails: i64,
    /// Warnings.
    pub warns: i64,
    /// Whether a DC accepted the service account.
    pub dc_usable: bool,
    /// The checks, as JSON.
    pub checks: String,
}

const COLUMNS: &str = "id, occurred_at, activity, status, status_reason, policy_rule, detail, \
    target_guid, target_name, actor, client_ip, user_agent, flow_id, prev_hash, row_hash";

// Each filter is `(? IS NULL OR <condition>)`, so one statement serves every combination and no
// SQL is assembled from user input.
const WHERE: &str =
    "WHERE (? IS NULL OR lower(target_name) LIKE '%' || lower(?) || '%' ESCAPE '\\') \
    AND (? IS NULL OR activity = ?) AND (? IS NULL OR status = ?) \
    AND (? IS NULL OR status_reason = ?) AND (? IS NULL OR occurred_at >= ?) \
    AND (? IS NULL OR occurred_at < ?) AND (? IS NULL OR target_guid = ?)";

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

/// `LIKE` metacharacters in a user's search are matched literally (with `ESCAPE '\'`).
fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

macro_rules! bind_filter {
    ($query:expr, $f:expr) => {{
        let user = $f.user.as_deref().map(like_escape);
        $query
            .bind(user.clone())
            .bind(user)
            .bind($f.activity.clone())
            .bind($f.activity.clone())
            .bind($f.status.clone())
            .bind($f.status.clone())
            .bind($f.reason.clone())
            .bind($f.reason.clone())
            .bind($f.from.clone())
            .bind($f.from.clone())
            .bind($f.to.clone())
            .bind($f.to.clone())
            .bind($f.target_guid.clone())
            .bind($f.target_guid.clone())
    }};
}

impl Store {
    /// A page of audit rows matching `f`, newest first, and how many match in all.
    pub async fn audit_search(
        &self,
        f: &AuditFilter,
        limit: i64,
        offset: i64,
    ) -> Result<(Vec<AuditRecord>, i64), StoreError> {
        let rows_sql =
            format!("SELECT {COLUMNS} FROM audit_events {WHERE} ORDER BY id DESC LIMIT ? OFFSET ?");
        let rows = bind_filter!(sqlx::query_as::<_, AuditRecord>(&rows_sql), f)
            .bind(limit)
            .bind(offset)
            .fetch_all(&self.pool)
            .await
            .map_err(q("audit search"))?;
        let count_sql = format!("SELECT COUNT(*) FROM audit_events {WHERE}");
        let total: i64 = bind_filter!(sqlx::query_scalar(&count_sql), f)
            .fetch_one(&self.pool)
            .await
            .map_err(q("audit count"))?;
        Ok((rows, total))
    }

    /// Every row matching `f`, oldest first (for export of the filtered view).
    pub async fn audit_search_all(&self, f: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM audit_events {WHERE} ORDER BY id LIMIT 100000");
        bind_filter!(sqlx::query_as::<_, AuditRecord>(&sql), f)
            .fetch_all(&self.pool)
            .await
            .map_err(q("audit export"))
    }

    /// Per day (YYYY-MM-DD), activity and status: how many rows since `since`.
    pub async fn daily_counts(
        &self,
        since: &str,
    ) -> Result<Vec<(String, String, String, i64)>, StoreError> {
        sqlx::query_as(
            "SELECT substr(occurred_at, 1, 10) AS day, activity, status, COUNT(*) FROM audit_events \
             WHERE occurred_at >= ? GROUP BY day, activity, status ORDER BY day",
        )
        .bind(since)
        .fetch_all(&self.pool)
        .await
        .map_err(q("daily counts"))
    }

    /// Failures since `since` by status reason, most frequent first.
    pub async fn failures_by_reason(
        &self,
        since: &str,
        activities: &[&str],
    ) -> Result<Vec<(String, i64)>, StoreError> {
        // A fixed list of activity names, bound as parameters.
        let marks = vec!["?"; activities.len().max(1)].join(", ");
        let sql = format!(
            "SELECT status_reason, COUNT(*) AS n FROM audit_events WHERE status = 'failure' \
             AND occurred_at >= ? AND activity IN ({marks}) GROUP BY status_reason ORDER BY n DESC"
        );
        let mut query = sqlx::query_as(&sql).bind(since);
        for a in activities {
            query = query.bind(*a);
        }
        query
            .fetch_all(&self.pool)
            .await
            .map_err(q("failures by reason"))
    }

    /// The newest row with one of `activities` and the given status.
    pub async fn last_with(
        &self,
        activities: &[&str],
        status: &str,
    ) -> Result<Option<AuditRecord>, StoreError> {
        let marks = vec!["?"; activities.len().max(1)].join(", ");
        let sql = format!(
            "SELECT {COLUMNS} FROM audit_events WHERE status = ? AND activity IN ({marks}) ORDER BY id DESC LIMIT 1"
        );
        let mut query = sqlx::query_as(&sql).bind(status);
        for a in activities {
            query = query.bind(*a);
        }
        query
            .fetch_optional(&self.pool)
            .await
            .map_err(q("last activity"))
    }

    /// The helpdesk console factor of an account (sealed TOTP secret).
    pub async fn admin_factor(&self, user_guid: &str) -> Result<Option<String>, StoreError> {
        sqlx::query_scalar("SELECT secret FROM admin_factors WHERE user_guid = ?")
            .bind(user_guid)
            .fetch_optional(&self.pool)
            .await
            .map_err(q("admin factor read"))
    }

    /// Stores a console factor unless one exists; `false` when one already did.
    pub async fn put_admin_factor_if_absent(
        &self,
        user_guid: &str,
        sealed: &str,
        now: &str,
    ) -> Result<bool, StoreError> {
        let r = sqlx::query("INSERT INTO admin_factors (user_guid, secret, created_at) VALUES (?, ?, ?) ON CONFLICT (user_guid) DO NOTHING")
            .bind(user_guid)
            .bind(sealed)
            .bind(now)
            .execute(&self.pool)
            .await
            .map_err(q("admin factor write"))?;
        Ok(r.rows_affected() == 1)
    }

    /// Stores a heartbeat run.
    pub async fn put_health_run(&self, run: &HealthRun) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO health_runs (at, fails, warns, dc_usable, checks) VALUES (?, ?, ?, ?, ?)",
        )
        .bind(&run.at)
        .bind(run.fails)
        .bind(run.warns)
        .bind(run.dc_usable)
        .bind(&run.checks)
        .execute(&self.pool)
        .await
        .map_err(q("health write"))?;
        // Keep a week of runs.
        sqlx::query("DELETE FROM health_runs WHERE id NOT IN (SELECT id FROM health_runs ORDER BY id DESC LIMIT 2016)")
            .execute(&self.pool)
            .await
            .map_err(q("health prune"))?;
        Ok(())
    }

    /// The newest heartbeat run.
    pub async fn last_health_run(&self) -> Result<Option<HealthRun>, StoreError> {
        sqlx::query_as(
            "SELECT at, fails, warns, dc_usable, checks FROM health_runs ORDER BY id DESC LIMIT 1",
        )
        .fetch_optional(&self.pool)
        .await
        .map_err(q("health read"))
    }
}
