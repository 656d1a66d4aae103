//! Prometheus metrics (the `prometheus-client` crate, OpenMetrics text): requests by method,
//! route and status, writebacks by kind and status reason, writeback latency, DC availability.
//!
//! They are served on the metrics listener (`server.metrics_bind`) only, never on the public
//! one: the writeback counters move with every anonymous attempt, and which of
//! `user_not_found` or `invalid_current_password` moved would tell a stranger whether the
//! name they typed exists, however identical the page they got.

use std::time::Duration;

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::metrics::info::Info;
use prometheus_client::registry::{Registry, Unit};

use crate::audit::Activity;
use crate::status::StatusReason;

/// The content type of [`Metrics::render`]'s text.
pub const CONTENT_TYPE: &str = "application/openmetrics-text; version=1.0.0; charset=utf-8";

/// Upper bounds (seconds) of the writeback latency histogram: a DC answers a password write in
/// tens of milliseconds; seconds mean trouble.
const BUCKETS: [f64; 10] = [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0];

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RequestLabels {
    method: &'static str,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct WritebackLabels {
    kind: &'static str,
    reason: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct KindLabels {
    kind: &'static str,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct DcLabels {
    url: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct MailLabels {
    result: &'static str,
}

fn latency_histogram() -> Histogram {
    Histogram::new(BUCKETS)
}

/// The process's metrics.
pub struct Metrics {
    registry: Registry,
    requests: Family<RequestLabels, Counter>,
    timeouts: Counter,
    writebacks: Family<WritebackLabels, Counter>,
    latency: Family<KindLabels, Histogram, fn() -> Histogram>,
    dc_up: Family<DcLabels, Gauge>,
    mail: Family<MailLabels, Counter>,
    reminder_runs: Family<MailLabels, Counter>,
    reminders: Family<MailLabels, Counter>,
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("sspr");
        let requests = Family::<RequestLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP requests by method, matched route and status",
            requests.clone(),
        );
        let timeouts = Counter::default();
        registry.register(
            "http_request_timeouts",
            "Requests answered 503 because they ran past server.request_timeout",
            timeouts.clone(),
        );
        let writebacks = Family::<WritebackLabels, Counter>::default();
        registry.register(
            "writeback",
            "Password writebacks by kind and status reason",
            writebacks.clone(),
        );
        let latency = Family::<KindLabels, Histogram, fn() -> Histogram>::new_with_constructor(
            latency_histogram,
        );
        registry.register_with_unit(
            "writeback_duration",
            "Time of a writeback attempt, pre-check and audit included",
            Unit::Seconds,
            latency.clone(),
        );
        let dc_up = Family::<DcLabels, Gauge>::default();
        registry.register(
            "dc_up",
            "Whether a domain controller is considered reachable (1) or backed off after a failure (0)",
            dc_up.clone(),
        );
        let mail = Family::<MailLabels, Counter>::default();
        registry.register(
            "mail",
            "Mails the mail server accepted (sent) or that were not sent (failed)",
            mail.clone(),
        );
        let reminder_runs = Family::<MailLabels, Counter>::default();
        registry.register(
            "reminder_runs",
            "Expiry reminder runs: done, skipped (another instance was running one) or failed",
            reminder_runs.clone(),
        );
        let reminders = Family::<MailLabels, Counter>::default();
        registry.register(
            "reminders",
            "Expiry reminder mails sent or failed",
            reminders.clone(),
        );
        registry.register(
            "build",
            "The running version",
            Info::new(vec![("version", env!("CARGO_PKG_VERSION"))]),
        );
        Self {
            registry,
            requests,
            timeouts,
            writebacks,
            latency,
            dc_up,
            mail,
            reminder_runs,
            reminders,
        }
    }
}

/// A method as a label value: the standard ones by name, anything else as `other`, so a client
/// inventing methods cannot create series without bound.
fn method_label(method: &str) -> &'static str {
    const KNOWN: [&str; 9] = [
        "GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "CONNECT", "TRACE",
    ];
    KNOWN.into_iter().find(|m| *m == method).unwrap_or("other")
}

impl Metrics {
    /// Counts an HTTP request (`route` is the matched route pattern, never the raw path, so
    /// the number of series stays bounded).
    pub fn request(&self, method: &str, route: &str, status: u16) {
        self.requests
            .get_or_create(&RequestLabels {
                method: method_label(method),
                route: route.to_string(),
                status,
            })
            .inc();
    }

    /// Counts a request cut off by `server.request_timeout`.
    pub fn request_timed_out(&self) {
        self.timeouts.inc();
    }

    /// Counts a writeback attempt and its duration.
    pub fn writeback(&self, kind: Activity, reason: StatusReason, took: Duration) {
        self.writebacks
            .get_or_create(&WritebackLabels {
                kind: kind.metric_label(),
                reason: reason.metric_label(),
            })
            .inc();
        self.latency
            .get_or_create(&KindLabels {
                kind: kind.metric_label(),
            })
            .observe(took.as_secs_f64());
    }

    /// Counts a mail sent or not sent. Mail goes from background tasks, so a failure shows
    /// nowhere else but in the log.
    pub fn mail(&self, sent: bool) {
        self.mail
            .get_or_create(&MailLabels {
                result: if sent { "sent" } else { "failed" },
            })
            .inc();
    }

    /// Counts a reminder run by how it ended (`done`, `skipped`, `failed`).
    pub fn reminder_run(&self, result: &'static str) {
        self.reminder_runs
            .get_or_create(&MailLabels { result })
            .inc();
    }

    /// Counts a reminder mail sent or not sent.
    pub fn reminder(&self, sent: bool) {
        self.reminders
            .get_or_create(&MailLabels {
                result: if sent { "sent" } else { "failed" },
            })
            .inc();
    }

    /// The exposition text (OpenMetrics); `dcs` is (url, reachable) for each DC, read at
    /// scrape time.
    pub fn render(&self, dcs: &[(String, bool)]) -> String {
        for (url, up) in dcs {
            self.dc_up
                .get_or_create(&DcLabels { url: url.clone() })
                .set(i64::from(*up));
        }
        let mut out = String::new();
        if let Err(e) = prometheus_client::encoding::text::encode(&mut out, &self.registry) {
            tracing::error!(error = %e, "metrics failed to encode");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::PolicyRule;

    fn is_snake_case(s: &str) -> bool {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !s.starts_with('_')
            && !s.ends_with('_')
            && !s.contains("__")
    }

    #[test]
    fn renders_counters_histograms_and_gauges() {
        let m = Metrics::default();
        m.request("GET", "/reset", 200);
        m.request("GET", "/reset", 200);
        m.writeback(
            Activity::ResetSelfService,
            StatusReason::Success,
            Duration::from_millis(30),
        );
        let text = m.render(&[("ldaps://dc1".into(), true), ("ldaps://dc2".into(), false)]);
        assert!(
            text.contains(
                "sspr_http_requests_total{method=\"GET\",route=\"/reset\",status=\"200\"} 2"
            ),
            "{text}"
        );
        assert!(
            text.contains("sspr_writeback_total{kind=\"reset_self_service\",reason=\"success\"} 1")
        );
        assert!(
            text.contains(
                "sspr_writeback_duration_seconds_bucket{le=\"0.05\",kind=\"reset_self_service\"} 1"
            ),
            "{text}"
        );
        assert!(text.contains(
            "sspr_writeback_duration_seconds_bucket{le=\"0.025\",kind=\"reset_self_service\"} 0"
        ));
        assert!(
            text.contains("sspr_writeback_duration_seconds_count{kind=\"reset_self_service\"} 1")
        );
        assert!(text.contains("sspr_dc_up{url=\"ldaps://dc1\"} 1"));
        assert!(text.contains("sspr_dc_up{url=\"ldaps://dc2\"} 0"));
        assert!(text.contains("sspr_build_info{version=\""));
        assert!(text.ends_with("# EOF\n"));
    }

    #[test]
    fn mail_failures_are_counted() {
        let m = Metrics::default();
        m.mail(false);
        let text = m.render(&[]);
        assert!(
            text.contains("sspr_mail_total{result=\"failed\"} 1"),
            "{text}"
        );
        assert!(!text.contains("sspr_mail_total{result=\"sent\"}"), "{text}");
    }

    #[test]
    fn label_values_are_snake_case_for_every_activity_and_reason() {
        let mut kinds: Vec<&str> = Activity::ALL.iter().map(Activity::metric_label).collect();
        for k in &kinds {
            assert!(is_snake_case(k), "{k}");
        }
        kinds.sort_unstable();
        kinds.dedup();
        assert_eq!(kinds.len(), Activity::ALL.len(), "one label per activity");
        for r in StatusReason::ALL {
            assert!(is_snake_case(r.metric_label()), "{r}: {}", r.metric_label());
        }
        // One label per reason; the policy rules share theirs.
        let mut reasons: Vec<&str> = StatusReason::ALL.iter().map(|r| r.metric_label()).collect();
        reasons.sort_unstable();
        reasons.dedup();
        let rules = StatusReason::ALL
            .iter()
            .filter(|r| r.rule().is_some())
            .count();
        assert_eq!(reasons.len(), StatusReason::ALL.len() - rules + 1);
        assert_eq!(
            StatusReason::OnPremisesPolicyViolation(PolicyRule::InHistory).metric_label(),
            "on_premises_policy_violation"
        );
        assert_eq!(
            StatusReason::UserNotEnabledForSSPR.metric_label(),
            "user_not_enabled_for_sspr"
        );
        assert_eq!(Activity::UnlockByAdmin.metric_label(), "unlock_by_admin");
    }

    #[test]
    fn a_policy_violation_counts_once_per_reason_whatever_the_rule() {
        let m = Metrics::default();
        for rule in [PolicyRule::TooShort, PolicyRule::InHistory] {
            m.writeback(
                Activity::ChangeSelfService,
                StatusReason::OnPremisesPolicyViolation(rule),
                Duration::from_millis(5),
            );
        }
        let text = m.render(&[]);
        assert!(text.contains(
            "sspr_writeback_total{kind=\"change_self_service\",reason=\"on_premises_policy_violation\"} 2"
        ), "{text}");
    }

    #[test]
    fn invented_methods_share_one_series() {
        let m = Metrics::default();
        m.request("BREW", "/", 405);
        m.request("WHEN", "/", 405);
        let text = m.render(&[]);
        assert!(
            text.contains(
                "sspr_http_requests_total{method=\"other\",route=\"/\",status=\"405\"} 2"
            ),
            "{text}"
        );
    }
}
