//! Rate limits: per client address, per account (or typed name), per mail destination, per
//! flow. Counted in the database, so that several instances sharing it enforce one limit.
//!
//! An event is recorded *before* it is counted, so parallel requests cannot race past a limit:
//! each sees the others' rows. Hammering keeps a block in place, since refused events count too.

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

/// The result of counting an event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Count {
    /// Events in the window, this one included.
    pub used: u32,
    /// Set when the limit is exceeded.
    pub blocked: Option<Blocked>,
}

/// Records one event for `key` and counts the window: blocked when more than `max` events
/// (this one included) fall within `window`.
pub async fn hit(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
) -> Result<Option<Blocked>, StoreError> {
    Ok(count(store, key, max, window).await?.blocked)
}

/// [`hit`], also returning how many events the window holds.
pub async fn count(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
) -> Result<Count, StoreError> {
    let now = Utc::now();
    store.rate_hit(key, &ts(now)).await?;
    over(store, key, max, window, now, true).await
}

/// Whether `key` is already over `max` in `window`, without recording anything.
pub async fn check(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
) -> Result<Option<Blocked>, StoreError> {
    Ok(over(store, key, max, window, Utc::now(), false)
        .await?
        .blocked)
}

async fn over(
    store: &Store,
    key: &str,
    max: u32,
    window: std::time::Duration,
    now: DateTime<Utc>,
    including_this: bool,
) -> Result<Count, StoreError> {
    let window = ChronoDuration::from_std(window).unwrap_or(ChronoDuration::minutes(15));
    let (n, oldest) = store.rate_count(key, &ts(now - window)).await?;
    let used = u32::try_from(n).unwrap_or(u32::MAX);
    let exceeded = if including_this {
        used > max
    } else {
        used >= max
    };
    let blocked = exceeded.then(|| {
        let oldest = oldest
            .and_then(|o| DateTime::parse_from_rfc3339(&o).ok())
            .map(|o| o.with_timezone(&Utc))
            .unwrap_or(now);
        Blocked {
            until: oldest + window,
            key: key.to_string(),
        }
    });
    Ok(Count { used, blocked })
}

/// The window of the per-address limit (`limits.per_ip` starts per 15 minutes).
pub const PER_IP_WINDOW: std::time::Duration = std::time::Duration::from_secs(900);

/// Records one start from the client at `ip` and counts it against `max` per
/// [`PER_IP_WINDOW`].
pub async fn hit_client(
    store: &Store,
    ip: Option<&str>,
    max: u32,
) -> Result<Option<Blocked>, StoreError> {
    hit(store, &ip_key(ip), max, PER_IP_WINDOW).await
}

/// How many times a per-client limit the same key may take from every client together.
pub const EVERYWHERE: u32 = 10;

/// Records one event for `key` from the client at `ip`, against two limits: `max` from that
/// client network (see [`ip_key`]), and `max * everywhere` from all clients together. Limits
/// keyed by someone else's name or address are spread this way, so that an outsider who types
/// a person's name or address spends their own allowance, not that person's, while a
/// distributed attack still meets the overall cap.
pub async fn hit_spread(
    store: &Store,
    key: &str,
    ip: Option<&str>,
    max: u32,
    everywhere: u32,
    window: std::time::Duration,
) -> Result<Option<Blocked>, StoreError> {
    let here = hit(store, &format!("{key}@{}", ip_key(ip)), max, window).await?;
    let all = hit(store, key, max.saturating_mul(everywhere), window).await?;
    Ok(here.or(all))
}

/// The rate-limit key of a client address: IPv6 clients are counted per /64, since one
/// client usually holds a whole /64 and could otherwise rotate addresses at will. An
/// IPv4-mapped address (`::ffff:a.b.c.d`) is its IPv4 address: as IPv6 it would share
/// `::/64` with every other IPv4 client.
pub fn ip_key(ip: Option<&str>) -> String {
    match ip
        .and_then(|s| s.trim().parse::<std::net::IpAddr>().ok())
        .map(|ip| ip.to_canonical())
    {
        Some(std::net::IpAddr::V6(v6)) => {
            let s = v6.segments();
            format!("ip:{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
        }
        Some(v4) => format!("ip:{v4}"),
        None => "ip:unknown".into(),
    }
}

/// The key of what someone typed as a user name (case-folded), for limits that must behave
/// the same whether or not the account exists.
pub fn name_key(prefix: &str, typed: &str) -> String {
    format!("{prefix}:{}", typed.trim().to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ipv6_clients_share_their_64() {
        assert_eq!(
            ip_key(Some("2001:db8:1:2:aaaa::1")),
            ip_key(Some("2001:db8:1:2:bbbb::9"))
        );
        assert_ne!(
            ip_key(Some("2001:db8:1:2::1")),
            ip_key(Some("2001:db8:1:3::1"))
        );
        assert_eq!(ip_key(Some("203.0.113.9")), "ip:203.0.113.9");
        assert_eq!(ip_key(None), "ip:unknown");
    }

    #[test]
    fn ipv4_mapped_clients_are_counted_by_their_ipv4_address() {
        assert_eq!(ip_key(Some("::ffff:203.0.113.9")), "ip:203.0.113.9");
        assert_ne!(
            ip_key(Some("::ffff:203.0.113.9")),
            ip_key(Some("::ffff:198.51.100.7"))
        );
    }
}
