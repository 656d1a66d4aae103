//! Dates and times in the reader's language and the configured zone (`server.time_zone`).
//!
//! Each catalogue gives its own layout as a strftime pattern (`format-datetime`,
//! `format-date`), so numbers come in the order and with the separators a reader expects;
//! the zone's abbreviation (`%Z`) says which clock it is.

use std::borrow::Borrow;
use std::fmt::Write as _;

use chrono::{DateTime, Utc};

use super::Tr;

impl Tr {
    /// A moment, with date, time and zone: "2 Dec 2026, 09:30 UTC", "02.12.2026, 10:30 MEZ".
    pub fn datetime(&self, at: impl Borrow<DateTime<Utc>>) -> String {
        self.layout("format-datetime", *at.borrow())
    }

    /// A day: "2 Dec 2026", "02.12.2026".
    pub fn date(&self, at: impl Borrow<DateTime<Utc>>) -> String {
        self.layout("format-date", *at.borrow())
    }

    fn layout(&self, id: &str, at: DateTime<Utc>) -> String {
        let pattern = self.t(id);
        let local = at.with_timezone(&self.cat.zone);
        let mut out = String::new();
        // A pattern an operator wrote may not parse: fall back to ISO 8601 instead of failing
        // (chrono reports a bad pattern as a formatting error).
        if write!(out, "{}", local.format(&pattern)).is_err() {
            tracing::warn!(
                message_id = id,
                language = self.code(),
                "not a strftime pattern"
            );
            out = local.format("%Y-%m-%d %H:%M %Z").to_string();
        }
        out
    }
}
