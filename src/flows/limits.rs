//! Rate limits: per client address, per account, per mail destination, per flow. Counted in
//! the database, so that several instances sharing it enforce one limit.

use chrono::{DateTime, Duration as ChronoDuration, SecondsFormat, Utc};

use crate::store::{Store, StoreError};

/// A limit that was hit, and when it frees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Blocked {
    /// When the user may try again.
    pub until: DateTime<Utc>,
    /// Which key (for the audit detail; never shown to the user).
    pub key: String,
}

fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Micros, true)
}

/// Counts one event for `key` and says whether the limit of `max` per `window` is exceeded.
/// The event is counted even when refused, so hammering keeps the block in place.
pub async fn hit(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
) -> Result<Option<Blocked>, StoreError> {
    let now = Utc::now();
    let window = ChronoDuration::from_std(window).unwrap_or(ChronoDuration::minutes(15));
    let since = now - window;
    let (count, oldest) = store.rate_count(key, &ts(since)).await?;
    store.rate_hit(key, &ts(now)).await?;
    if count < i64::from(max) {
        return Ok(None);
    }
    let oldest = oldest
        .and_then(|o| DateTime::parse_from_rfc3339(&o).ok())
        .map(|o| o.with_timezone(&Utc))
        .unwrap_or(now);
    Ok(Some(Blocked {
        until: oldest + window,
        key: key.to_string(),
    }))
}

/// Whether `key` is over `max` in `window`, without counting anything.
pub async fn check(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
) -> Result<Option<Blocked>, StoreError> {
    let now = Utc::now();
    let window = ChronoDuration::from_std(window).unwrap_or(ChronoDuration::minutes(15));
    let (count, oldest) = store.rate_count(key, &ts(now - window)).await?;
    if count < i64::from(max) {
        return Ok(None);
    }
    let oldest = oldest
        .and_then(|o| DateTime::parse_from_rfc3339(&o).ok())
        .map(|o| o.with_timezone(&Utc))
        .unwrap_or(now);
    Ok(Some(Blocked {
        until: oldest + window,
        key: key.to_string(),
    }))
}
