//! Writeback health, as Entra's on-premises integration blade shows it: a heartbeat that runs
//! the diagnostics on a schedule, the last successful writeback, the failure rate over 24 hours,
//! and one word for it all: active, degraded or down.

use chrono::{Duration, SecondsFormat, Utc};

use super::Services;
use crate::audit::Activity;
use crate::store::admin::HealthRun;
use crate::writeback::diagnostics::{self, Check, Level};

/// The headline status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// Writes go through.
    Active,
    /// Something is wrong that some writes will meet.
    Degraded,
    /// No DC accepts the service account: nothing can be written.
    Down,
}

impl Status {
    /// The stable code: the console's CSS class, and what its words select on.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Degraded => "degraded",
            Self::Down => "down",
        }
    }
}

/// Why the headline is what it is (the console words it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// No heartbeat has run yet.
    NotRun,
    /// No domain controller accepted the service account at the last heartbeat.
    NoDomainController,
    /// This many checks failed at the last heartbeat.
    ChecksFailed(i64),
    /// Too many writebacks failed in 24 hours for connectivity or rights.
    FailureRate {
        /// Failed for connectivity or rights.
        failed: i64,
        /// All writebacks.
        attempts: i64,
    },
    /// Every check passed at the last heartbeat.
    AllPassed,
}

/// What the health page shows.
#[derive(Debug, Clone)]
pub struct Health {
    /// The headline.
    pub status: Status,
    /// Why.
    pub why: Why,
    /// When the heartbeat last ran.
    pub checked_at: Option<String>,
    /// Its checks.
    pub checks: Vec<Check>,
    /// The newest successful writeback (time).
    pub last_success: Option<String>,
    /// Writebacks in the last 24 hours that failed for a reason only an admin or the network
    /// can cause (connectivity, rights, TLS), and all writebacks.
    pub failed_24h: i64,
    /// All writebacks in the last 24 hours.
    pub attempts_24h: i64,
}

/// The activities that write to the directory.
pub const WRITE_ACTIVITIES: [&str; 5] = [
    Activity::ResetSelfService.as_str_const(),
    Activity::ChangeSelfService.as_str_const(),
    Activity::UnlockSelfService.as_str_const(),
    Activity::ResetByAdmin.as_str_const(),
    Activity::UnlockByAdmin.as_str_const(),
];

/// A failure rate past which writeback counts as degraded (with enough attempts to mean it).
const DEGRADED_RATE: f64 = 0.2;
const MIN_ATTEMPTS: i64 = 5;

impl Services {
    /// Runs the writeback diagnostics once and stores the result.
    pub async fn heartbeat(&self) -> HealthRun {
        let groups: Vec<(&str, &str)> = vec![
            (
                "sspr.group_dn",
                match &self.config.sspr.enabled_for {
                    crate::config::Scope::Group(dn) => dn.as_str(),
                    _ => "",
                },
            ),
            (
                "sspr.helpdesk_group_dn",
                self.config.sspr.helpdesk_group_dn.as_str(),
            ),
        ];
        let checks = diagnostics::run(&self.directory, &self.config.directory, &groups).await;
        let count = |l: Level| checks.iter().filter(|c| c.level == l).count() as i64;
        let dc_usable = !checks
            .iter()
            .any(|c| c.name == "directory usable" && c.level == Level::Fail);
        let run = HealthRun {
            at: Utc::now().to_rfc3339_opts(SecondsFormat::Secs, true),
            fails: count(Level::Fail),
            warns: count(Level::Warn),
            dc_usable,
            checks: serde_json::to_string(&checks).unwrap_or_else(|_| "[]".into()),
        };
        if let Err(e) = self.store.put_health_run(&run).await {
            tracing::warn!(error = %e, "heartbeat result not stored");
        }
        if !dc_usable {
            tracing::error!("writeback heartbeat: no domain controller usable");
        }
        run
    }

    /// The health page's data.
    pub async fn health(&self) -> Health {
        let run = self.store.last_health_run().await.ok().flatten();
        let checks: Vec<Check> = run
            .as_ref()
            .and_then(|r| serde_json::from_str(&r.checks).ok())
            .unwrap_or_default();
        let since = (Utc::now() - Duration::hours(24)).to_rfc3339_opts(SecondsFormat::Micros, true);
        let counts = self.store.daily_counts(&since).await.unwrap_or_default();
        let mut attempts = 0;
        let mut failed = 0;
        // Only failures a user cannot cause count: a wrong password is not a writeback problem.
        let infrastructure = [
            "OnPremisesConnectivityError",
            "OnPremisesAdminActionRequired",
        ];
        for (_, activity, _, n) in &counts {
            if WRITE_ACTIVITIES.contains(&activity.as_str()) {
                attempts += n;
            }
        }
        if let Ok(reasons) = self
            .store
            .failures_by_reason(&since, &WRITE_ACTIVITIES)
            .await
        {
            failed = reasons
                .iter()
                .filter(|(r, _)| infrastructure.contains(&r.as_str()))
                .map(|(_, n)| n)
                .sum();
        }
        let last_success = self
            .store
            .last_with(&WRITE_ACTIVITIES, "success")
            .await
            .ok()
            .flatten()
            .map(|r| r.occurred_at);
        let (status, why) = match &run {
            None => (Status::Degraded, Why::NotRun),
            Some(r) if !r.dc_usable => (Status::Down, Why::NoDomainController),
            Some(r) if r.fails > 0 => (Status::Degraded, Why::ChecksFailed(r.fails)),
            Some(_)
                if attempts >= MIN_ATTEMPTS
                    && (failed as f64) / (attempts as f64) > DEGRADED_RATE =>
            {
                (Status::Degraded, Why::FailureRate { failed, attempts })
            }
            Some(_) => (Status::Active, Why::AllPassed),
        };
        Health {
            status,
            why,
            checked_at: run.map(|r| r.at),
            checks,
            last_success,
            failed_24h: failed,
            attempts_24h: attempts,
        }
    }
}
