//! Queries behind the helpdesk console: filtered audit pages, dashboard counts, heartbeat runs.

use super::audit::{AuditRecord, COLUMNS};
use super::{on_db, Store, StoreError};

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

// Each filter is `(CAST($n AS TEXT) IS NULL OR <condition>)`, so one statement serves every
// combination and no SQL is assembled from user input. (The cast tells PostgreSQL the type of a
// parameter that is only ever NULL-tested.)
const WHERE: &str = "WHERE (CAST($1 AS TEXT) IS NULL \
        OR lower(target_name) LIKE '%' || lower($1) || '%' ESCAPE '\\') \
    AND (CAST($2 AS TEXT) IS NULL OR activity = $2) \
    AND (CAST($3 AS TEXT) IS NULL OR status = $3) \
    AND (CAST($4 AS TEXT) IS NULL OR status_reason = $4) \
    AND (CAST($5 AS TEXT) IS NULL OR occurred_at >= $5) \
    AND (CAST($6 AS TEXT) IS NULL OR occurred_at < $6) \
    AND (CAST($7 AS TEXT) IS NULL OR target_guid = $7)";

/// Placeholders after the filter's seven.
const AFTER_WHERE: usize = 7;

fn q(what: &'static str) -> impl Fn(sqlx::Error) -> StoreError {
    move |e| StoreError::Query(what, e)
}

/// `LIKE` metacharacters in a user's search are matched literally (with `ESCAPE '\'`).
fn like_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_")
}

/// `$first, $first+1, ...` for a list of `n` bound values (callers never pass an empty list).
fn placeholders(first: usize, n: usize) -> String {
    (first..first + n)
        .map(|i| format!("${i}"))
        .collect::<Vec<_>>()
        .join(", ")
}

macro_rules! bind_filter {
    ($query:expr, $f:expr) => {{
        $query
            .bind($f.user.as_deref().map(like_escape))
            .bind($f.activity.clone())
            .bind($f.status.clone())
            .bind($f.reason.clone())
            .bind($f.from.clone())
            .bind($f.to.clone())
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
        let rows_sql = format!(
            "SELECT {COLUMNS} FROM audit_events {WHERE} ORDER BY id DESC LIMIT ${} OFFSET ${}",
            AFTER_WHERE + 1,
            AFTER_WHERE + 2
        );
        let rows =
            on_db!(self.db, pool => bind_filter!(sqlx::query_as::<_, AuditRecord>(&rows_sql), f)
            .bind(limit)
            .bind(offset)
            .fetch_all(pool)
            .await)
            .map_err(q("audit search"))?;
        let count_sql = format!("SELECT COUNT(*) FROM audit_events {WHERE}");
        let total: i64 = on_db!(self.db, pool => bind_filter!(sqlx::query_scalar(&count_sql), f)
            .fetch_one(pool)
            .await)
        .map_err(q("audit count"))?;
        Ok((rows, total))
    }

    /// Every row matching `f`, oldest first (for export of the filtered view).
    pub async fn audit_search_all(&self, f: &AuditFilter) -> Result<Vec<AuditRecord>, StoreError> {
        let sql = format!("SELECT {COLUMNS} FROM audit_events {WHERE} ORDER BY id LIMIT 100000");
        on_db!(self.db, pool => bind_filter!(sqlx::query_as::<_, AuditRecord>(&sql), f)
            .fetch_all(pool)
            .await)
        .map_err(q("audit export"))
    }

    /// Per day (YYYY-MM-DD), activity and status: how many rows since `since`.
    pub async fn daily_counts(
        &self,
        since: &str,
    ) -> Result<Vec<(String, String, String, i64)>, StoreError> {
        let sql = "SELECT substr(occurred_at, 1, 10) AS day, activity, status, COUNT(*) \
             FROM audit_events WHERE occurred_at >= $1 \
             GROUP BY day, activity, status ORDER BY day";
        on_db!(self.db, pool => sqlx::query_as(sql).bind(since).fetch_all(pool).await)
            .map_err(q("daily counts"))
    }

    /// Expiry reminders sent since `since`, and how many of the people reminded have changed
    /// (or reset) their password after their reminder.
    pub async fn reminder_figures(&self, since: &str) -> Result<(i64, i64), StoreError> {
        use crate::audit::Activity;
        let sent = "SELECT COUNT(*) FROM audit_events WHERE activity = $1 AND occurred_at >= $2";
        let changed = "SELECT COUNT(DISTINCT r.target_guid) FROM audit_events r \
             WHERE r.activity = $1 AND r.occurred_at >= $2 AND EXISTS (\
               SELECT 1 FROM audit_events c WHERE c.target_guid = r.target_guid \
               AND c.status = 'success' AND c.occurred_at > r.occurred_at \
               AND c.activity IN ($3, $4, $5))";
        let reminder = Activity::ReminderSent.as_str();
        let n: i64 = on_db!(self.db, pool => sqlx::query_scalar(sent)
            .bind(reminder)
            .bind(since)
            .fetch_one(pool)
            .await)
        .map_err(q("reminder count"))?;
        let m: i64 = on_db!(self.db, pool => sqlx::query_scalar(changed)
            .bind(reminder)
            .bind(since)
            .bind(Activity::ChangeSelfService.as_str())
            .bind(Activity::ResetSelfService.as_str())
            .bind(Activity::ResetByAdmin.as_str())
            .fetch_one(pool)
            .await)
        .map_err(q("changes after reminders"))?;
        Ok((n, m))
    }

    /// Failures since `since` by status reason, most frequent first.
    pub async fn failures_by_reason(
        &self,
        since: &str,
        activities: &[&str],
    ) -> Result<Vec<(String, i64)>, StoreError> {
        if activities.is_empty() {
            return Ok(Vec::new());
        }
        // A fixed list of activity names, bound as parameters.
        let sql = format!(
            "SELECT status_reason, COUNT(*) AS n FROM audit_events WHERE status = 'failure' \
             AND occurred_at >= $1 AND activity IN ({}) GROUP BY status_reason ORDER BY n DESC",
            placeholders(2, activities.len())
        );
        on_db!(self.db, pool => {
            let mut query = sqlx::query_as(&sql).bind(since);
            for a in activities {
                query = query.bind(*a);
            }
            query.fetch_all(pool).await
        })
        .map_err(q("failures by reason"))
    }

    /// The newest row with one of `activities` and the given status.
    pub async fn last_with(
        &self,
        activities: &[&str],
        status: &str,
    ) -> Result<Option<AuditRecord>, StoreError> {
        if activities.is_empty() {
            return Ok(None);
        }
        let sql = format!(
            "SELECT {COLUMNS} FROM audit_events WHERE status = $1 AND activity IN ({}) \
             ORDER BY id DESC LIMIT 1",
            placeholders(2, activities.len())
        );
        on_db!(self.db, pool => {
            let mut query = sqlx::query_as(&sql).bind(status);
            for a in activities {
                query = query.bind(*a);
            }
            query.fetch_optional(pool).await
        })
        .map_err(q("last activity"))
    }

    /// The helpdesk console factor of an account (sealed TOTP secret).
    pub async fn admin_factor(&self, user_guid: &str) -> Result<Option<String>, StoreError> {
        let sql = "SELECT secret FROM admin_factors WHERE user_guid = $1";
        on_db!(self.db, pool => sqlx::query_scalar(sql).bind(user_guid).fetch_optional(pool).await)
            .map_err(q("admin factor read"))
    }

    /// Stores a console factor unless one exists; `false` when one already did.
    pub async fn put_admin_factor_if_absent(
        &self,
        user_guid: &str,
        sealed: &str,
        now: &str,
    ) -> Result<bool, StoreError> {
        let sql = "INSERT INTO admin_factors (user_guid, secret, created_at) VALUES ($1, $2, $3) \
             ON CONFLICT (user_guid) DO NOTHING";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(user_guid)
            .bind(sealed)
            .bind(now)
            .execute(pool)
            .await
            .map(|r| r.rows_affected()))
        .map(|n| n == 1)
        .map_err(q("admin factor write"))
    }

    /// Stores a heartbeat run, keeping a week of them.
    pub async fn put_health_run(&self, run: &HealthRun) -> Result<(), StoreError> {
        // Same format as `run.at` (whole seconds), so the text comparison is a time comparison.
        let week_ago = (chrono::Utc::now() - chrono::Duration::days(7))
            .to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
        on_db!(self.db, pool => async {
            sqlx::query(
                "INSERT INTO health_runs (at, fails, warns, dc_usable, checks) \
                 VALUES ($1, $2, $3, $4, $5)",
            )
            .bind(&run.at)
            .bind(run.fails)
            .bind(run.warns)
            .bind(run.dc_usable)
            .bind(&run.checks)
            .execute(pool)
            .await?;
            // By age, not count: with several instances each adds its own runs.
            sqlx::query("DELETE FROM health_runs WHERE at < $1")
            .bind(&week_ago)
            .execute(pool)
            .await
            .map(|_| ())
        }
        .await)
        .map_err(q("health write"))
    }

    /// The newest heartbeat run.
    pub async fn last_health_run(&self) -> Result<Option<HealthRun>, StoreError> {
        let sql = "SELECT at, fails, warns, dc_usable, checks FROM health_runs \
             ORDER BY id DESC LIMIT 1";
        on_db!(self.db, pool => sqlx::query_as(sql).fetch_optional(pool).await)
            .map_err(q("health read"))
    }

    /// Records a console session that has just signed in.
    pub async fn put_console_session(
        &self,
        id: &str,
        admin_guid: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO console_sessions (id, admin_guid, created_at) VALUES ($1, $2, $3)";
        on_db!(self.db, pool => sqlx::query(sql)
            .bind(id)
            .bind(admin_guid)
            .bind(now)
            .execute(pool)
            .await
            .map(|_| ()))
        .map_err(|e| StoreError::Query("console session write", e))
    }

    /// Whether a console session is still signed in.
    pub async fn console_session_live(&self, id: &str) -> Result<bool, StoreError> {
        let sql = "SELECT COUNT(*) FROM console_sessions WHERE id = $1";
        let n: i64 =
            on_db!(self.db, pool => sqlx::query_scalar(sql).bind(id).fetch_one(pool).await)
                .map_err(|e| StoreError::Query("console session read", e))?;
        Ok(n > 0)
    }

    /// Ends a console session.
    pub async fn end_console_session(&self, id: &str) -> Result<(), StoreError> {
        let sql = "DELETE FROM console_sessions WHERE id = $1";
        on_db!(self.db, pool => sqlx::query(sql).bind(id).execute(pool).await.map(|_| ()))
            .map_err(|e| StoreError::Query("console session delete", e))
    }

    /// Forgets console sessions signed in before `cutoff` (past their absolute lifetime).
    pub async fn end_console_sessions_before(&self, cutoff: &str) -> Result<u64, StoreError> {
        let sql = "DELETE FROM console_sessions WHERE created_at < $1";
        on_db!(self.db, pool => sqlx::query(sql).bind(cutoff).execute(pool).await.map(|r| r.rows_affected()))
            .map_err(|e| StoreError::Query("console session cleanup", e))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_from_the_first() {
        assert_eq!(placeholders(2, 3), "$2, $3, $4");
    }

    #[test]
    fn the_filter_uses_exactly_its_placeholders() {
        for i in 1..=AFTER_WHERE {
            assert!(WHERE.contains(&format!("${i}")), "${i} missing");
        }
        assert!(!WHERE.contains(&format!("${}", AFTER_WHERE + 1)));
        assert!(!WHERE.contains('?'));
    }
}
