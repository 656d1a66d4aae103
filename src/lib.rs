//! sspr: self-service password reset for on-premises Active Directory.
//!
//! Data flows one way: `web` -> `flows` -> (`policy`, `writeback`, `audit`, `store`). Nothing
//! below `web` knows HTTP; nothing but `writeback` knows LDAP; nothing but `store` knows SQL.

pub mod audit;
pub mod breach;
pub mod config;
pub mod doctor;
pub mod flows;
pub mod i18n;
pub mod mail;
pub mod metrics;
pub mod policy;
pub mod status;
pub mod store;
pub mod verify;
pub mod web;
pub mod writeback;

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;

use crate::audit::Audit;
use crate::config::Config;
use crate::flows::Services;
use crate::policy::BannedList;
use crate::store::Store;
use crate::writeback::Directory;

/// Everything a request handler needs: one pointer, so that handing it to each middleware and
/// handler of a request costs one reference count, not one per service inside (with two
/// cores serving pages, those counts were most of a page's cost).
#[derive(Clone)]
pub struct AppState(Arc<App>);

impl std::ops::Deref for AppState {
    type Target = App;

    fn deref(&self) -> &App {
        &self.0
    }
}

/// What [`AppState`] points to.
pub struct App {
    /// The configuration.
    pub config: Arc<Config>,
    /// Flow steps over the directory, audit and policy.
    pub services: Services,
    /// The database.
    pub store: Store,
    /// The organisation's logo (bytes, content type), if configured.
    pub logo: Option<web::Logo>,
    /// This instance's liveness lock on a shared database (see `flows::writes`).
    pub instance_lock: Arc<crate::store::writes::InstanceLock>,
    /// The key of the forms' CSRF tokens.
    pub csrf: web::csrf::CsrfKey,
    /// The message catalogues of every offered language.
    pub i18n: Arc<i18n::Catalogues>,
}

impl AppState {
    /// Connects the database (migrating it) and builds the writeback engine. The directory is
    /// connected lazily, so a DC that is down does not stop the portal from starting.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let store = Store::connect(&config.database).await?;
        // A name for this run of the process: write-ahead records carry it, and its lock on a
        // shared database tells other instances it is still running.
        let instance: Arc<str> = uuid::Uuid::new_v4().to_string().into();
        let instance_lock = Arc::new(store.hold_instance_lock(&instance).await?);
        let directory = Arc::new(Directory::new(&config.directory)?);
        let mut banned = BannedList::builtin();
        if let Some(path) = &config.policy.banned_passwords_file {
            banned = banned
                .with_file(path)
                .with_context(|| format!("policy.banned_passwords_file {}", path.display()))?;
        }
        let breached = match &config.policy.breached_passwords_file {
            Some(path) => crate::breach::BreachScreen::open(path)
                .with_context(|| format!("policy.breached_passwords_file {}", path.display()))?,
            None => crate::breach::BreachScreen::off(),
        };
        let config = Arc::new(config);
        let i18n = i18n::Catalogues::load(&config.server)?;
        let mailer = crate::mail::Mailer::new(
            &config.mail,
            &config.server.organisation,
            &config.server.helpdesk_contact,
            config.server.public_url.as_str(),
            i18n.clone(),
        )?;
        use secrecy::ExposeSecret;
        let services = Services {
            directory,
            audit: Audit::from_config(store.clone(), &config),
            banned: Arc::new(banned),
            breached: Arc::new(breached),
            banned_terms: Arc::new(config.policy.banned_terms.clone()),
            store: store.clone(),
            mailer: Arc::new(mailer),
            cipher: crate::verify::totp::Cipher::new(config.security.secret_key.expose_secret()),
            code_key: crate::verify::code::CodeKey::derive(
                config.security.secret_key.expose_secret(),
            ),
            metrics: Arc::new(crate::metrics::Metrics::default()),
            config: config.clone(),
            bind_locks: Arc::default(),
            privileged: Arc::default(),
            instance,
            passkeys: match config.sspr.passkeys {
                true => Some(Arc::new(
                    crate::verify::passkey::RelyingParty::for_url(
                        &config.server.public_url,
                        &config.server.organisation,
                    )
                    .map_err(|e| anyhow::anyhow!("sspr.passkeys: server.public_url: {e}"))?,
                )),
                false => None,
            },
        };
        let logo = web::load_logo(config.server.logo_file.as_deref())?;
        let csrf = web::csrf::CsrfKey::derive(config.security.secret_key.expose_secret());
        Ok(Self(Arc::new(App {
            config,
            services,
            store,
            logo,
            instance_lock,
            csrf,
            i18n,
        })))
    }
}

/// A bound, not yet running, application.
pub struct Application {
    listener: TcpListener,
    metrics_listener: Option<TcpListener>,
    state: AppState,
}

impl Application {
    /// Builds the state and binds the listeners (port 0 picks a free port, for tests).
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let bind = config.server.bind;
        let metrics_bind = config.server.metrics_bind;
        let state = AppState::build(config).await?;
        let listener = TcpListener::bind(bind)
            .await
            .with_context(|| format!("cannot listen on {bind}"))?;
        let metrics_listener = match metrics_bind {
            Some(addr) => Some(
                TcpListener::bind(addr)
                    .await
                    .with_context(|| format!("server.metrics_bind: cannot listen on {addr}"))?,
            ),
            None => None,
        };
        Ok(Self {
            listener,
            metrics_listener,
            state,
        })
    }

    /// The address actually bound.
    pub fn local_addr(&self) -> std::io::Result<SocketAddr> {
        self.listener.local_addr()
    }

    /// The metrics listener's address, when `server.metrics_bind` is set.
    pub fn metrics_addr(&self) -> Option<SocketAddr> {
        self.metrics_listener
            .as_ref()
            .and_then(|l| l.local_addr().ok())
    }

    /// Serves the public listener, and the metrics listener when there is one, until
    /// `shutdown` resolves; then lets running requests finish and stops both.
    pub async fn run_until(
        self,
        shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    ) -> std::io::Result<()> {
        let store = self.state.store.clone();
        let audit = self.state.services.audit.clone();
        let retention_days = self.state.config.admin.audit_retention_days;
        let housekeeping_every = self.state.config.admin.housekeeping_interval;
        let max_console = self.state.config.admin.max_session;
        // A reminder claim is of no more use once its password has expired.
        let reminder_days = self
            .state
            .config
            .reminders
            .days
            .first()
            .copied()
            .unwrap_or(14);
        let services = self.state.services.clone();
        let every = self.state.config.admin.heartbeat_interval;
        // The schedules below stop with this function, or when its future is dropped (a
        // JoinSet aborts its tasks on drop).
        let mut background = tokio::task::JoinSet::new();
        // The writeback heartbeat: the diagnostics on a schedule, for the health page.
        background.spawn(async move {
            let mut tick = tokio::time::interval(every);
            loop {
                tick.tick().await;
                services.heartbeat().await;
            }
        });
        // Writes a stopped process left unrecorded: settled at start, then every minute (an
        // instance sharing the database may stop at any time). The same minute reloads the
        // breached-password filter when its file changed.
        {
            let services = self.state.services.clone();
            background.spawn(async move {
                let mut tick = tokio::time::interval(std::time::Duration::from_secs(60));
                loop {
                    tick.tick().await;
                    services.settle_unfinished_writes().await;
                    // A breached-password list `sspr breach import` has refreshed.
                    if services.breached.is_on() {
                        let breached = services.breached.clone();
                        let _ = tokio::task::spawn_blocking(move || breached.refresh()).await;
                    }
                }
            });
        }
        // Password-expiry reminders, when configured: a first look soon after start (not at
        // once: several instances may be starting), then every `reminders.interval`. Several
        // instances each run it; the database makes each reminder go once.
        if self.state.config.reminders.enabled {
            let services = self.state.services.clone();
            let every = services.config.reminders.interval;
            background.spawn(async move {
                let first = every.min(std::time::Duration::from_secs(60));
                let mut tick = tokio::time::interval_at(tokio::time::Instant::now() + first, every);
                tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                loop {
                    tick.tick().await;
                    match services.send_reminders(chrono::Utc::now()).await {
                        Ok(flows::reminders::ReminderRun::Done {
                            sent,
                            failed,
                            scanned,
                        }) if sent + failed > 0 => {
                            tracing::info!(scanned, sent, failed, "password expiry reminders")
                        }
                        Ok(_) => {}
                        Err(e) => {
                            tracing::warn!(error = %e, "password expiry reminders: run failed")
                        }
                    }
                }
            });
        }
        // Read the domain policy now, so the first change page already shows it.
        let _ = writeback::policy_read::domain_policy_now(&self.state.services.directory);
        let internal = web::internal::router(self.state.clone());
        let header_read_timeout = self.state.config.server.header_read_timeout;
        let app = web::router(self.state)
            .await
            .map_err(std::io::Error::other)?;
        // Housekeeping: expired sessions, codes and rate-limit events, and audit retention;
        // a minute after start (not while several instances are starting at once; sooner
        // when the interval is shorter), then every `admin.housekeeping_interval`.
        background.spawn(async move {
            let mut tick = tokio::time::interval_at(
                tokio::time::Instant::now()
                    + housekeeping_every.min(std::time::Duration::from_secs(60)),
                housekeeping_every,
            );
            loop {
                tick.tick().await;
                let day_ago = chrono::Utc::now() - chrono::Duration::days(1);
                let cutoff = day_ago.to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
                if let Err(e) = store.prune(&cutoff).await {
                    tracing::warn!(error = %e, "housekeeping failed");
                }
                let reminders_cutoff = crate::audit::time_string(
                    chrono::Utc::now() - chrono::Duration::days(i64::from(reminder_days) + 2),
                );
                if let Err(e) = store.prune_reminders(&reminders_cutoff).await {
                    tracing::warn!(error = %e, "reminder cleanup failed");
                }
                if let Err(e) = store.delete_expired_sessions().await {
                    tracing::warn!(error = %e, "session cleanup failed");
                }
                let console_cutoff = (chrono::Utc::now()
                    - chrono::Duration::from_std(max_console)
                        .unwrap_or(chrono::Duration::hours(8)))
                .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
                if let Err(e) = store.end_console_sessions_before(&console_cutoff).await {
                    tracing::warn!(error = %e, "console session cleanup failed");
                }
                if retention_days > 0 {
                    let cutoff = (chrono::Utc::now()
                        - chrono::Duration::days(i64::from(retention_days)))
                    .to_rfc3339_opts(chrono::SecondsFormat::Micros, true);
                    match audit.retain(&cutoff).await {
                        Ok(0) => {}
                        Ok(n) => {
                            tracing::info!(removed = n, days = retention_days, "audit retention")
                        }
                        Err(e) => tracing::warn!(error = %e, "audit retention failed"),
                    }
                }
            }
        });
        // The metrics listener runs beside the public one and stops after it, so a scrape can
        // still watch the last writebacks drain.
        let (stop_metrics, metrics_stop) = tokio::sync::watch::channel(false);
        let metrics = self.metrics_listener.map(|listener| {
            let mut stop = metrics_stop;
            tokio::spawn(web::server::serve(
                listener,
                internal,
                header_read_timeout,
                async move {
                    let _ = stop.wait_for(|stop| *stop).await;
                },
            ))
        });
        let served = web::server::serve(self.listener, app, header_read_timeout, shutdown).await;
        let _ = stop_metrics.send(true);
        if let Some(metrics) = metrics {
            let _ = metrics.await;
        }
        background.abort_all();
        served
    }
}
