//! Prometheus metrics, kept in memory and rendered in the text exposition format: requests by
//! route and status, writebacks by kind and status reason, writeback latency, DC availability.
//! A few counters do not warrant a metrics crate; the format is simple and stable.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::time::Duration;

/// Upper bounds (seconds) of the writeback latency histogram: a DC answers a password write in
/// tens of milliseconds; seconds mean trouble.
const BUCKETS: [f64; 10] = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Default)]
struct Histogram {
    counts: [u64; BUCKETS.len()],
    sum: f64,
    count: u64,
}

#[derive(Default)]
struct Inner {
    requests: BTreeMap<(String, String, u16), u64>,
    writebacks: BTreeMap<(String, String), u64>,
    latency: BTreeMap<String, Histogram>,
    /// Mails handed to the server (`sent`) or not (`failed`).
    mail: BTreeMap<&'static str, u64>,
}

/// The process's metrics.
#[derive(Default)]
pub struct Metrics {
    inner: Mutex<Inner>,
}

/// Escapes a label value.
fn label(v: &str) -> String {
    v.replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n")
}

impl Metrics {
    /// Counts an HTTP request (`route` is the matched route pattern, never the raw path, so
    /// the number of series stays bounded).
    pub fn request(&self, method: &str, route: &str, status: u16) {
        if let Ok(mut m) = self.inner.lock() {
            *m.requests
                .entry((method.to_string(), route.to_string(), status))
                .or_default() += 1;
        }
    }

    /// Counts a writeback attempt and its duration.
    pub fn writeback(&self, kind: &str, reason: &str, took: Duration) {
        if let Ok(mut m) = self.inner.lock() {
            *m.writebacks
                .entry((kind.to_string(), reason.to_string()))
                .or_default() += 1;
            let h = m.latency.entry(kind.to_string()).or_default();
            let secs = took.as_secs_f64();
            for (i, bound) in BUCKETS.iter().enumerate() {
                if secs <= *bound {
                    h.counts[i] += 1;
                }
            }
            h.sum += secs;
            h.count += 1;
        }
    }

    /// Counts a mail sent or not sent. Mail goes from background tasks, so a failure shows
    /// nowhere else but in the log.
    pub fn mail(&self, sent: bool) {
        if let Ok(mut m) = self.inner.lock() {
            *m.mail
                .entry(if sent { "sent" } else { "failed" })
                .or_default() += 1;
        }
    }

    /// The exposition text; `dcs` is (url, reachable) for each DC.
    pub fn render(&self, dcs: &[(String, bool)]) -> String {
        let mut out = String::new();
        let Ok(m) = self.inner.lock() else {
            return out;
        };
        out.push_str(
            "# HELP sspr_http_requests_total HTTP requests by method, route and status.\n",
        );
        out.push_str("# TYPE sspr_http_requests_total counter\n");
        for ((method, route, status), n) in &m.requests {
            let _ = writeln!(
                out,
                "sspr_http_requests_total{{method=\"{}\",route=\"{}\",status=\"{status}\"}} {n}",
                label(method),
                label(route)
            );
        }
        out.push_str(
            "# HELP sspr_writeback_total Password writebacks by kind and status reason.\n",
        );
        out.push_str("# TYPE sspr_writeback_total counter\n");
        for ((kind, reason), n) in &m.writebacks {
            let _ = writeln!(
                out,
                "sspr_writeback_total{{kind=\"{}\",reason=\"{}\"}} {n}",
                label(kind),
                label(reason)
            );
        }
        out.push_str("# HELP sspr_writeback_duration_seconds Time of a writeback attempt, pre-check and audit included.\n");
        out.push_str("# TYPE sspr_writeback_duration_seconds histogram\n");
        for (kind, h) in &m.latency {
            let k = label(kind);
            for (i, bound) in BUCKETS.iter().enumerate() {
                let _ = writeln!(
                    out,
                    "sspr_writeback_duration_seconds_bucket{{kind=\"{k}\",le=\"{bound}\"}} {}",
                    h.counts[i]
                );
            }
            let _ = writeln!(
                out,
                "sspr_writeback_duration_seconds_bucket{{kind=\"{k}\",le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "sspr_writeback_duration_seconds_sum{{kind=\"{k}\"}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "sspr_writeback_duration_seconds_count{{kind=\"{k}\"}} {}",
                h.count
            );
        }
        out.push_str("# HELP sspr_mail_total Mails the mail server accepted (sent) or that were not sent (failed).\n");
        out.push_str("# TYPE sspr_mail_total counter\n");
        for (result, n) in &m.mail {
            let _ = writeln!(out, "sspr_mail_total{{result=\"{result}\"}} {n}");
        }
        out.push_str("# HELP sspr_dc_up Whether a domain controller is currently considered reachable (1) or backed off after a failure (0).\n");
        out.push_str("# TYPE sspr_dc_up gauge\n");
        for (url, up) in dcs {
            let _ = writeln!(
                out,
                "sspr_dc_up{{url=\"{}\"}} {}",
                label(url),
                u8::from(*up)
            );
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_counters_histograms_and_gauges() {
        let m = Metrics::default();
        m.request("GET", "/reset", 200);
        m.request("GET", "/reset", 200);
        m.writeback(
            "Reset password (self-service)",
            "Success",
            Duration::from_millis(30),
        );
        let text = m.render(&[("ldaps://dc1".into(), true)]);
        assert!(text.contains(
            "sspr_http_requests_total{method=\"GET\",route=\"/reset\",status=\"200\"} 2"
        ));
        assert!(text.contains(
            "sspr_writeback_total{kind=\"Reset password (self-service)\",reason=\"Success\"} 1"
        ));
        assert!(text.contains("sspr_writeback_duration_seconds_bucket{kind=\"Reset password (self-service)\",le=\"0.05\"} 1"));
        assert!(text.contains("sspr_writeback_duration_seconds_bucket{kind=\"Reset password (self-service)\",le=\"0.025\"} 0"));
        assert!(text.contains("sspr_dc_up{url=\"ldaps://dc1\"} 1"));
        m.mail(false);
        let text = m.render(&[]);
        assert!(
            text.contains("sspr_mail_total{result=\"failed\"} 1"),
            "{text}"
        );
        assert!(!text.contains("sspr_mail_total{result=\"sent\"}"), "{text}");
    }

    #[test]
    fn label_values_are_escaped() {
        assert_eq!(label("a\"b\\c"), "a\\\"b\\\\c");
    }
}
