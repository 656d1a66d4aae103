//! One-time codes by mail, as every flow uses them: issue (generate, keep only the keyed hash,
//! mail the digits) and check (the hash first, then the expiry, then use it once). Recovery,
//! registration, caller verification and helpdesk enrolment differ only in the flow and
//! purpose a code is bound to, and in what the mail says it is for.

use chrono::Utc;

use super::recovery::Reader;
use super::Services;
use super::StepError;
use crate::mail::{CodePurpose, Mail};
use crate::verify::code;

/// What checking a typed code found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CodeMatch {
    /// Right, live, and now used up.
    Match,
    /// Right but expired. Only ever said to someone holding the right code.
    Expired,
    /// Wrong, malformed, already used, or no code was issued.
    NoMatch,
}

impl Services {
    /// Issues a code bound to `flow_id` and `purpose` and mails it to `to`. Only the newest
    /// code of a flow and purpose works.
    pub(crate) async fn issue_code(
        &self,
        flow_id: &str,
        purpose: &str,
        to: &str,
        name: &str,
        what_for: CodePurpose,
        reader: Reader,
    ) -> Result<(), StepError> {
        let ttl = self.config.limits.code_ttl;
        let c = code::generate();
        let hash = self.code_key.hash(flow_id, &c);
        let expires = (Utc::now()
            + chrono::Duration::from_std(ttl).unwrap_or(chrono::Duration::minutes(10)))
        .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
        self.store
            .put_code(flow_id, purpose, &hash, to, &expires)
            .await
            .map_err(|_| StepError::Unavailable)?;
        self.mail_later(
            to.to_string(),
            reader,
            Mail::Code {
                name: name.to_string(),
                purpose: what_for,
                code: c.digits().to_string(),
                minutes: ttl.as_secs() / 60,
            },
        );
        Ok(())
    }

    /// Checks `typed` against the live code of `flow_id` and `purpose`, using it up on a match.
    pub(crate) async fn match_code(
        &self,
        flow_id: &str,
        purpose: &str,
        typed: &str,
    ) -> Result<CodeMatch, StepError> {
        let row = self
            .store
            .live_code(flow_id, purpose)
            .await
            .map_err(|_| StepError::Unavailable)?;
        let (Some(row), Some(typed)) = (row, code::normalise(typed)) else {
            return Ok(CodeMatch::NoMatch);
        };
        if !self.code_key.verify(flow_id, &typed, &row.code_hash) {
            return Ok(CodeMatch::NoMatch);
        }
        if chrono::DateTime::parse_from_rfc3339(&row.expires_at)
            .map(|t| t < Utc::now())
            .unwrap_or(true)
        {
            return Ok(CodeMatch::Expired);
        }
        // Atomic: of two requests racing with the same code, one wins.
        if self
            .store
            .use_code(row.id)
            .await
            .map_err(|_| StepError::Unavailable)?
        {
            Ok(CodeMatch::Match)
        } else {
            Ok(CodeMatch::NoMatch)
        }
    }
}
