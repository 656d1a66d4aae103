//! Exporting the audit log as CSV (RFC 4180) or JSON lines.

use std::io::Write;

use crate::store::audit::AuditRecord;
use crate::store::{Store, StoreError};

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Comma-separated values with a header line.
    Csv,
    /// One JSON object per line.
    Jsonl,
}

const HEADER: [&str; 16] = [
    "id",
    "occurred_at",
    "activity",
    "status",
    "status_reason",
    "policy_rule",
    "detail",
    "target_guid",
    "target_name",
    "actor",
    "client_ip",
    "user_agent",
    "flow_id",
    "prev_hash",
    "row_hash",
    "chain_version",
];

/// Quotes a CSV field when needed. A leading `=`, `+`, `-`, `@`, tab or carriage return is
/// prefixed with `'` so that a spreadsheet opening the export does not run a formula planted
/// in, say, a typed user name (OWASP's list).
pub fn csv_field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

fn csv_line(r: &AuditRecord) -> String {
    let id = r.id.to_string();
    let fields: [&str; 16] = [
        &id,
        &r.occurred_at,
        &r.activity,
        &r.status,
        &r.status_reason,
        r.policy_rule.as_deref().unwrap_or(""),
        &r.detail,
        r.target_guid.as_deref().unwrap_or(""),
        r.target_name.as_deref().unwrap_or(""),
        &r.actor,
        r.client_ip.as_deref().unwrap_or(""),
        r.user_agent.as_deref().unwrap_or(""),
        r.flow_id.as_deref().unwrap_or(""),
        &r.prev_hash,
        &r.row_hash,
        &r.chain_version,
    ];
    fields
        .iter()
        .map(|f| csv_field(f))
        .collect::<Vec<_>>()
        .join(",")
}

/// Errors while exporting.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// Reading failed.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// Writing failed.
    #[error("write failed: {0}")]
    Io(#[from] std::io::Error),
}

/// Writes the given rows (e.g. a filtered view) to `out`.
pub fn write_records(
    rows: &[AuditRecord],
    format: Format,
    out: &mut impl Write,
) -> std::io::Result<()> {
    if format == Format::Csv {
        writeln!(out, "{}", HEADER.join(","))?;
    }
    for r in rows {
        match format {
            Format::Csv => writeln!(out, "{}", csv_line(r))?,
            Format::Jsonl => {
                serde_json::to_writer(&mut *out, r).map_err(std::io::Error::from)?;
                writeln!(out)?;
            }
        }
    }
    out.flush()
}

/// Writes every row, oldest first, to `out`. Returns the number of rows.
pub async fn export_all(
    store: &Store,
    format: Format,
    out: &mut impl Write,
) -> Result<u64, ExportError> {
    if format == Format::Csv {
        writeln!(out, "{}", HEADER.join(","))?;
    }
    let mut last = 0;
    let mut n = 0;
    loop {
        let page = store.audit_page(last, 1000).await?;
        if page.is_empty() {
            break;
        }
        for r in &page {
            match format {
                Format::Csv => writeln!(out, "{}", csv_line(r))?,
                Format::Jsonl => {
                    serde_json::to_writer(&mut *out, r).map_err(std::io::Error::from)?;
                    writeln!(out)?;
                }
            }
            last = r.id;
            n += 1;
        }
    }
    out.flush()?;
    Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_and_defused() {
        assert_eq!(csv_field("plain"), "plain");
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(csv_field("=cmd()"), "'=cmd()");
        assert_eq!(csv_field("\t=cmd()"), "'\t=cmd()");
        assert_eq!(csv_field("line\nbreak"), "\"line\nbreak\"");
    }
}
