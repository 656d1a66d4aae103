//! The hash chain: each row's hash covers its own fields and the previous row's hash.
//!
//! Fields are length-prefixed before hashing so that no two different rows serialise to the
//! same bytes ("ab" + "c" vs "a" + "bc"); absent values are distinct from empty ones. The row id
//! is not hashed (it is assigned by the database after the hash is computed); order is
//! protected by the links instead.

use sha2::{Digest, Sha256};

use crate::store::audit::{AuditRecord, ChainHead};
use crate::store::{Store, StoreError};

/// Rows read per page while verifying.
const PAGE: i64 = 1000;

fn put(h: &mut Sha256, v: Option<&str>) {
    match v {
        None => h.update([0u8]),
        Some(s) => {
            h.update([1u8]);
            h.update((s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
    }
}

/// The hash of `row` given its `prev_hash` (hex SHA-256).
pub fn row_hash(row: &AuditRecord) -> String {
    let mut h = Sha256::new();
    h.update(b"sspr-audit-v1");
    for v in [
        Some(row.prev_hash.as_str()),
        Some(row.occurred_at.as_str()),
        Some(row.activity.as_str()),
        Some(row.status.as_str()),
        Some(row.status_reason.as_str()),
        row.policy_rule.as_deref(),
        Some(row.detail.as_str()),
        row.target_guid.as_deref(),
        row.target_name.as_deref(),
        Some(row.actor.as_str()),
        row.client_ip.as_deref(),
        row.user_agent.as_deref(),
        row.flow_id.as_deref(),
    ] {
        put(&mut h, v);
    }
    hex::encode(h.finalize())
}

/// What verification found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Rows checked.
    pub rows: u64,
    /// Problems, each naming the row; empty when the chain is intact.
    pub problems: Vec<String>,
}

impl VerifyReport {
    /// Whether the chain is intact.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Verifies every row's hash, every link, and the head.
///
/// Other instances may append meanwhile (rows past the head read at the start are left for
/// the next run) or run retention, which moves the anchor under the pages being read: then the
/// verification starts again, so a retention pass is never reported as tampering.
pub async fn verify(store: &Store) -> Result<VerifyReport, StoreError> {
    let mut attempts = 0;
    loop {
        let head = store.audit_head().await?;
        let report = verify_from(store, &head).await?;
        attempts += 1;
        let after = store.audit_head().await?;
        let retention_ran = after.anchor_hash != head.anchor_hash || after.removed != head.removed;
        if !retention_ran || attempts == 3 {
            return Ok(report);
        }
    }
}

async fn verify_from(store: &Store, head: &ChainHead) -> Result<VerifyReport, StoreError> {
    let mut report = VerifyReport {
        rows: 0,
        problems: Vec::new(),
    };
    // Rows removed by retention leave an anchor: the chain continues from its hash.
    let mut prev_hash = head.anchor_hash.clone();
    let mut last_id = 0;
    'pages: loop {
        let page = store.audit_page(last_id, PAGE).await?;
        if page.is_empty() {
            break;
        }
        for row in &page {
            // Rows appended after the head was read are the next verification's business.
            if row.id > head.last_id {
                break 'pages;
            }
            report.rows += 1;
            if row.prev_hash != prev_hash {
                report.problems.push(format!(
                    "row {}: does not link to the row before it (a row was deleted or inserted)",
                    row.id
                ));
            }
            if row_hash(row) != row.row_hash {
                report.problems.push(format!(
                    "row {}: contents do not match its hash (edited)",
                    row.id
                ));
            }
            prev_hash = row.row_hash.clone();
            last_id = row.id;
        }
    }
    if (report.rows > 0 && head.last_id != last_id) || head.last_hash != prev_hash {
        report.problems.push(format!(
            "chain head says the newest row is {} but the newest row found is {} (rows removed from the end?)",
            head.last_id, last_id
        ));
    }
    if u64::try_from(head.row_count - head.removed).ok() != Some(report.rows) {
        report.problems.push(format!(
            "chain head counts {} rows ({} removed by retention) but {} were found",
            head.row_count, head.removed, report.rows
        ));
    }
    Ok(report)
}
