//! AD time values. Points in time are FILETIME: 100 ns ticks since 1601-01-01 UTC. Policy
//! durations are NEGATIVE tick counts, with `i64::MIN` meaning "never" / "forever".

use chrono::{DateTime, TimeZone, Utc};
use std::time::Duration;

/// Seconds between 1601-01-01 and 1970-01-01.
const EPOCH_DIFF_SECS: i64 = 11_644_473_600;
const TICKS_PER_SEC: i64 = 10_000_000;

/// FILETIME to a UTC time. `0` and the "never" sentinels give `None`.
pub fn filetime_to_utc(ft: i64) -> Option<DateTime<Utc>> {
    if ft <= 0 || ft == i64::MAX {
        return None;
    }
    let secs = ft / TICKS_PER_SEC - EPOCH_DIFF_SECS;
    let nanos = (ft % TICKS_PER_SEC) * 100;
    Utc.timestamp_opt(secs, nanos as u32).single()
}

/// UTC time to FILETIME.
pub fn utc_to_filetime(t: DateTime<Utc>) -> i64 {
    (t.timestamp() + EPOCH_DIFF_SECS) * TICKS_PER_SEC + i64::from(t.timestamp_subsec_nanos() / 100)
}

/// A policy interval (negative ticks) as a duration. `0` is zero; `i64::MIN` is `None`
/// ("never" for max age, "until an admin unlocks" for lockout duration).
pub fn interval(ticks: i64) -> Option<Duration> {
    if ticks == i64::MIN {
        return None;
    }
    let t = ticks.unsigned_abs();
    Some(Duration::from_nanos(t.saturating_mul(100)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn filetime_round_trips() {
        let t = Utc.with_ymd_and_hms(2024, 5, 17, 8, 30, 0).unwrap();
        assert_eq!(filetime_to_utc(utc_to_filetime(t)), Some(t));
        // 2024-05-17T08:30:00Z as AD prints it.
        assert_eq!(utc_to_filetime(t), 133_604_082_000_000_000);
    }

    #[test]
    fn zero_and_never_are_none() {
        assert_eq!(filetime_to_utc(0), None);
        assert_eq!(filetime_to_utc(i64::MAX), None);
    }

    #[test]
    fn intervals_are_negative_ticks() {
        assert_eq!(
            interval(-864_000_000_000),
            Some(Duration::from_secs(86_400))
        );
        assert_eq!(interval(0), Some(Duration::ZERO));
        assert_eq!(interval(i64::MIN), None);
    }
}
