//! The hash chain: each row's hash covers its own fields and the previous row's hash, keyed.
//!
//! Since the keyed chain (`v2`), a row's hash is an HMAC-SHA256 under a key derived from
//! `security.secret_key`, and so is the chain head's seal. The key never enters the database,
//! so someone who can write the database but does not hold the key can neither edit a row and
//! recompute its hash (as anyone could with plain SHA-256) nor move the head: cut rows from
//! the end, or delete the first rows and point the anchor after them.
//!
//! Rows written before the keyed chain are `v1`: plain SHA-256, verified as before. They are
//! accepted only before the first `v2` row, whose MAC covers the last `v1` row's hash and so
//! every row before it; a `v1` row after a `v2` row is tampering. The head's seal is empty
//! until sspr first writes under the key; an unsealed head with keyed rows is tampering.
//!
//! Fields are length-prefixed before hashing so that no two different rows serialise to the
//! same bytes ("ab" + "c" vs "a" + "bc"); absent values are distinct from empty ones. The row id
//! is not hashed (it is assigned by the database after the hash is computed); order is
//! protected by the links instead.

use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::store::audit::{AuditRecord, ChainHead};
use crate::store::{Store, StoreError};

/// Rows read per page while verifying.
const PAGE: i64 = 1000;

/// The chain version sspr writes: keyed.
pub const KEYED: &str = "v2";
/// The chain version of rows written before the keyed chain: plain SHA-256.
pub const LEGACY: &str = "v1";

type HmacSha256 = Hmac<Sha256>;

/// The key of the chain: derived from the portal's secret key, domain-separated, so the secret
/// itself never keys two things.
#[derive(Clone)]
pub struct ChainKey(Zeroizing<[u8; 32]>);

impl ChainKey {
    /// Derives the chain key from the portal's secret key.
    pub fn derive(master: &[u8; 32]) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        if let Ok(mut mac) = HmacSha256::new_from_slice(master) {
            mac.update(b"sspr audit chain v2");
            key.copy_from_slice(&mac.finalize().into_bytes());
        }
        Self(key)
    }

    fn mac(&self) -> HmacSha256 {
        // HMAC pads a key shorter than its 64-byte block with zeros (RFC 2104), so the padded
        // block is the same key, and taking it whole cannot fail as a slice of any length could.
        let mut block = Zeroizing::new([0u8; 64]);
        block[..32].copy_from_slice(self.0.as_slice());
        <HmacSha256 as hmac::digest::KeyInit>::new(&(*block).into())
    }

    /// The keyed (`v2`) hash of `row` given its `prev_hash` (hex HMAC-SHA256).
    pub fn row_hash(&self, row: &AuditRecord) -> String {
        let mut mac = self.mac();
        mac.update(b"sspr-audit-v2");
        for v in fields(row) {
            put(&mut mac, v);
        }
        hex::encode(mac.finalize().into_bytes())
    }

    /// The seal of a chain head: a MAC over everything verification trusts it for.
    pub fn seal(&self, head: &ChainHead) -> String {
        let mut mac = self.mac();
        mac.update(b"sspr-audit-head-v2");
        mac.update(&head.last_id.to_be_bytes());
        put(&mut mac, Some(&head.last_hash));
        mac.update(&head.row_count.to_be_bytes());
        put(&mut mac, Some(&head.anchor_hash));
        mac.update(&head.removed.to_be_bytes());
        hex::encode(mac.finalize().into_bytes())
    }
}

fn put(h: &mut impl Mac, v: Option<&str>) {
    match v {
        None => h.update(&[0u8]),
        Some(s) => {
            h.update(&[1u8]);
            h.update(&(s.len() as u64).to_be_bytes());
            h.update(s.as_bytes());
        }
    }
}

fn fields(row: &AuditRecord) -> [Option<&str>; 13] {
    [
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
    ]
}

/// The legacy (`v1`) hash of `row` given its `prev_hash`: plain SHA-256, which anyone can
/// compute. Only verification uses it, for rows written before the keyed chain.
pub fn legacy_row_hash(row: &AuditRecord) -> String {
    let mut h = Sha256::new();
    h.update(b"sspr-audit-v1");
    for v in fields(row) {
        match v {
            None => h.update([0u8]),
            Some(s) => {
                h.update([1u8]);
                h.update((s.len() as u64).to_be_bytes());
                h.update(s.as_bytes());
            }
        }
    }
    hex::encode(h.finalize())
}

/// What verification found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// Rows checked.
    pub rows: u64,
    /// Of them, rows from before the keyed chain (`v1`, plain SHA-256).
    pub legacy_rows: u64,
    /// Whether a keyed row or a sealed head covers the rows checked. When not, the rows are
    /// legacy only and anyone with write access could have rewritten them consistently.
    pub keyed: bool,
    /// Problems, each naming the row; empty when the chain is intact.
    pub problems: Vec<String>,
}

impl VerifyReport {
    /// Whether the chain is intact.
    pub fn ok(&self) -> bool {
        self.problems.is_empty()
    }
}

/// Verifies every row's hash under `key`, every link, and the head and its seal.
/// `retention_on` says whether retention may have removed rows (`admin.audit_retention_days`
/// is set): when it is not, a chain that starts after removed rows is reported.
///
/// Other instances may append meanwhile (rows past the head read at the start are left for
/// the next run) or run retention, which moves the anchor under the pages being read: then the
/// verification starts again, so a retention pass is never reported as tampering.
pub async fn verify(
    store: &Store,
    key: &ChainKey,
    retention_on: bool,
) -> Result<VerifyReport, StoreError> {
    let mut attempts = 0;
    loop {
        let head = store.audit_head().await?;
        let report = verify_from(store, key, retention_on, &head).await?;
        attempts += 1;
        let after = store.audit_head().await?;
        let retention_ran = after.anchor_hash != head.anchor_hash || after.removed != head.removed;
        if !retention_ran || attempts == 3 {
            return Ok(report);
        }
    }
}

async fn verify_from(
    store: &Store,
    key: &ChainKey,
    retention_on: bool,
    head: &ChainHead,
) -> Result<VerifyReport, StoreError> {
    let mut report = VerifyReport {
        rows: 0,
        legacy_rows: 0,
        keyed: false,
        problems: Vec::new(),
    };
    let sealed = !head.seal.is_empty();
    if sealed && key.seal(head) != head.seal {
        report.problems.push(
            "chain head: its seal does not match (the head was changed by someone without the \
             key, or security.secret_key is not the key the portal writes with)"
                .to_string(),
        );
    }
    if (head.removed > 0) == head.anchor_hash.is_empty() {
        report.problems.push(format!(
            "chain head: an anchor {} but {} rows removed by retention (the head was edited)",
            if head.anchor_hash.is_empty() {
                "is missing"
            } else {
                "is set"
            },
            head.removed
        ));
    } else if head.removed > 0 && !retention_on {
        report.problems.push(format!(
            "the chain starts after {} removed rows, but retention is off \
             (admin.audit_retention_days = 0): rows were deleted from the start (if retention \
             was on before, set admin.audit_retention_days as it was)",
            head.removed
        ));
    }
    // Rows removed by retention leave an anchor: the chain continues from its hash.
    let mut prev_hash = head.anchor_hash.clone();
    let mut last_id = 0;
    let mut keyed_rows = 0u64;
    let mut keyed_mismatches = 0u64;
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
            match row.chain_version.as_str() {
                KEYED => {
                    keyed_rows += 1;
                    if key.row_hash(row) != row.row_hash {
                        keyed_mismatches += 1;
                        report.problems.push(format!(
                            "row {}: contents do not match its keyed hash (edited, or written \
                             without the key)",
                            row.id
                        ));
                    }
                }
                LEGACY if keyed_rows > 0 => report.problems.push(format!(
                    "row {}: an unkeyed (v1) row after keyed rows; sspr writes none since the \
                     keyed chain, so it was written without the key",
                    row.id
                )),
                LEGACY => {
                    report.legacy_rows += 1;
                    if legacy_row_hash(row) != row.row_hash {
                        report.problems.push(format!(
                            "row {}: contents do not match its hash (edited)",
                            row.id
                        ));
                    }
                }
                other => report
                    .problems
                    .push(format!("row {}: unknown chain version {other:?}", row.id)),
            }
            prev_hash = row.row_hash.clone();
            last_id = row.id;
        }
    }
    if keyed_rows > 0 && keyed_mismatches == keyed_rows {
        report.problems.push(
            "no keyed row matches under this key: security.secret_key is not the key the \
             portal writes with, or every keyed row was rewritten"
                .to_string(),
        );
    }
    if keyed_rows > 0 && !sealed {
        report.problems.push(
            "chain head: not sealed although keyed rows exist (the head was reset by someone \
             without the key)"
                .to_string(),
        );
    }
    report.keyed = keyed_rows > 0 || sealed;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> AuditRecord {
        AuditRecord {
            id: 1,
            occurred_at: "2026-01-02T03:04:05.000006Z".into(),
            activity: "Reset password (self-service)".into(),
            status: "success".into(),
            status_reason: "Success".into(),
            policy_rule: None,
            detail: "d".into(),
            target_guid: None,
            target_name: Some("alice".into()),
            actor: "self".into(),
            client_ip: None,
            user_agent: None,
            flow_id: None,
            prev_hash: String::new(),
            row_hash: String::new(),
            chain_version: KEYED.into(),
        }
    }

    #[test]
    fn the_keyed_hash_depends_on_the_key_and_differs_from_the_plain_one() {
        let a = ChainKey::derive(&[7u8; 32]);
        let b = ChainKey::derive(&[8u8; 32]);
        let r = row();
        assert_eq!(a.row_hash(&r), a.row_hash(&r));
        assert_ne!(a.row_hash(&r), b.row_hash(&r));
        assert_ne!(a.row_hash(&r), legacy_row_hash(&r));
        // "ab" + "c" and "a" + "bc" are different rows.
        let mut x = row();
        x.detail = "ab".into();
        x.actor = "c".into();
        let mut y = row();
        y.detail = "a".into();
        y.actor = "bc".into();
        assert_ne!(a.row_hash(&x), a.row_hash(&y));
    }

    #[test]
    fn the_padded_key_is_the_same_hmac_key() {
        let key = ChainKey::derive(&[7u8; 32]);
        let mut direct = HmacSha256::new_from_slice(key.0.as_slice()).unwrap();
        direct.update(b"x");
        let mut padded = key.mac();
        padded.update(b"x");
        assert_eq!(
            direct.finalize().into_bytes(),
            padded.finalize().into_bytes()
        );
    }

    #[test]
    fn the_seal_covers_every_field_of_the_head() {
        let key = ChainKey::derive(&[7u8; 32]);
        let head = ChainHead {
            last_id: 5,
            last_hash: "h".into(),
            row_count: 5,
            anchor_hash: String::new(),
            removed: 0,
            seal: String::new(),
        };
        let seal = key.seal(&head);
        let changed = [
            ChainHead {
                last_id: 4,
                ..head.clone()
            },
            ChainHead {
                last_hash: "g".into(),
                ..head.clone()
            },
            ChainHead {
                row_count: 4,
                ..head.clone()
            },
            ChainHead {
                anchor_hash: "a".into(),
                ..head.clone()
            },
            ChainHead {
                removed: 1,
                ..head.clone()
            },
        ];
        for h in &changed {
            assert_ne!(key.seal(h), seal, "{h:?}");
        }
        assert_ne!(ChainKey::derive(&[8u8; 32]).seal(&head), seal);
    }
}
