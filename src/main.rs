//! The `sspr` command line. Everything it does lives in the library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use sspr::audit::export::{self, Format};
use sspr::config::Config;
use sspr::store::Store;

// Serving a page is mostly small allocations on two threads at once, where glibc's allocator
// spent a fifth of the time; mimalloc's thread-local heaps do not.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "sspr",
    version,
    about = "Self-service password reset for Active Directory"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the portal.
    Serve {
        /// Configuration file.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
    },
    /// Check the configuration, the database, mail and every writeback prerequisite.
    Doctor {
        /// Configuration file.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
    },
    /// Work with the audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Mail the password-expiry reminders due now (what `sspr serve` does every
    /// reminders.interval when reminders.enabled), or with --dry-run list them and send none.
    Reminders {
        /// Configuration file.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
        /// List who would get which reminder; send nothing, record nothing.
        #[arg(long)]
        dry_run: bool,
    },
    /// Screen new passwords against a list of breached ones, offline.
    Breach {
        #[command(subcommand)]
        command: BreachCommand,
    },
}

#[derive(Subcommand)]
enum BreachCommand {
    /// Build the filter the portal checks new passwords against from a list of SHA-1 or NTLM
    /// hashes (the Pwned Passwords files: one `HASH:COUNT` per line; `-` reads standard
    /// input). Rerun with a newer list to refresh it; a running portal picks it up within a
    /// minute.
    Import {
        /// The hash list.
        file: PathBuf,
        /// Where to write the filter (default: the configuration's
        /// policy.breached_passwords_file).
        #[arg(long, short)]
        out: Option<PathBuf>,
        /// Configuration file, for the output path when --out is not given.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
    },
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Verify the keyed hash chain under the configuration's security.secret_key: exits
    /// non-zero if a row was edited, inserted or deleted.
    Verify {
        /// Configuration file.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
    },
    /// Write every row to standard output.
    Export {
        /// Configuration file.
        #[arg(long, short, default_value = "sspr.toml")]
        config: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value = "csv")]
        format: Format,
    },
}

/// Reports an error on stderr and gives the failure exit code.
fn fail(e: impl std::fmt::Display) -> ExitCode {
    eprintln!("sspr: {e}");
    ExitCode::FAILURE
}

/// Resolves on Ctrl-C or SIGTERM (what systemd and container runtimes send).
async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = term => {}
    }
    tracing::info!("shutting down");
}

/// `sspr breach import`: streams the list into the filter file, with a progress line on
/// stderr, and says what it built.
fn breach_import(
    file: &std::path::Path,
    out: Option<PathBuf>,
    config: &std::path::Path,
) -> Result<ExitCode, ExitCode> {
    let out = match out {
        Some(o) => o,
        None => match load(config)?.policy.breached_passwords_file {
            Some(p) => p,
            None => {
                return Err(fail(
                    "no --out, and the configuration has no policy.breached_passwords_file",
                ))
            }
        },
    };
    let (input, total): (Box<dyn std::io::Read>, Option<u64>) = if file.as_os_str() == "-" {
        (Box::new(std::io::stdin().lock()), None)
    } else {
        let f = std::fs::File::open(file).map_err(|e| fail(format!("{}: {e}", file.display())))?;
        let len = f.metadata().ok().map(|m| m.len());
        (Box::new(f), len)
    };
    let started = std::time::Instant::now();
    let progress = |p: sspr::breach::Progress| {
        let share = p
            .total
            .filter(|t| *t > 0)
            .map(|t| format!(" ({:.0}% of the list)", p.read as f64 * 100.0 / t as f64))
            .unwrap_or_default();
        if p.shards_built == 0 {
            eprint!("\rsspr: {} hashes read{share}   ", p.hashes);
        } else {
            eprint!(
                "\rsspr: building the filter: {}/{} parts   ",
                p.shards_built,
                sspr::breach::SHARDS
            );
        }
    };
    let done = sspr::breach::import(input, total, &out, progress).map_err(|e| {
        eprintln!();
        fail(e)
    })?;
    eprintln!();
    println!(
        "{}: {} {} hashes ({} distinct) in {:.1} MiB ({:.1} bits per hash), {:.1} s",
        out.display(),
        done.hashes,
        done.kind.as_str(),
        done.distinct,
        done.bytes as f64 / (1024.0 * 1024.0),
        done.bytes as f64 * 8.0 / done.distinct.max(1) as f64,
        started.elapsed().as_secs_f64()
    );
    Ok(ExitCode::SUCCESS)
}

/// `sspr reminders [--dry-run]`.
async fn reminders(config: &std::path::Path, dry_run: bool) -> Result<ExitCode, ExitCode> {
    let config = load(config)?;
    init_tracing(config.server.log_json);
    let state = sspr::AppState::build(config)
        .await
        .map_err(|e| fail(format!("{e:#}")))?;
    let services = &state.services;
    let now = chrono::Utc::now();
    if !dry_run {
        return match services.send_reminders(now).await.map_err(fail)? {
            sspr::flows::reminders::ReminderRun::Skipped => {
                println!("another instance is sending reminders now; nothing sent");
                Ok(ExitCode::SUCCESS)
            }
            sspr::flows::reminders::ReminderRun::Done {
                scanned,
                sent,
                failed,
            } => {
                println!("{scanned} accounts looked at: {sent} reminders sent, {failed} not sent");
                Ok(if failed == 0 {
                    ExitCode::SUCCESS
                } else {
                    ExitCode::FAILURE
                })
            }
        };
    }
    let plan = services.plan_reminders(now).await.map_err(fail)?;
    println!(
        "{} accounts looked at; {} reminders due (dry run: nothing sent)",
        plan.scanned,
        plan.due.len()
    );
    for r in &plan.due {
        println!(
            "{}\t{}\t{}-day reminder\texpires {} (in {} days)\t{}\t{}",
            r.sam,
            r.to,
            r.days,
            r.expires.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            r.days_left,
            r.language
                .as_deref()
                .unwrap_or(&services.config.server.default_language),
            if r.register {
                "links to /change and /register"
            } else {
                "links to /change"
            }
        );
    }
    for sam in &plan.no_address {
        println!("{sam}\t(no mail address: no reminder)");
    }
    Ok(ExitCode::SUCCESS)
}

fn load(path: &std::path::Path) -> Result<Config, ExitCode> {
    Config::load(path).map_err(|e| {
        eprintln!("sspr: {e}");
        ExitCode::from(2)
    })
}

/// Logs go to stderr, as JSON lines for a log shipper or as text for a person. Every line of
/// a flow carries its flow id (the spans record it); secrets are never fields.
fn init_tracing(json: bool) {
    let filter = tracing_subscriber::EnvFilter::try_from_env("SSPR_LOG")
        // tower-sessions opens an info-level span for every request; recording it would cost
        // more than serving a page.
        .unwrap_or_else(|_| {
            tracing_subscriber::EnvFilter::new("info,tower_sessions=warn,tower_sessions_core=warn")
        });
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    if json {
        builder.json().with_current_span(true).init();
    } else {
        builder.init();
    }
}

#[tokio::main]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli).await {
        Ok(code) => code,
        Err(code) => code,
    }
}

async fn run(cli: Cli) -> Result<ExitCode, ExitCode> {
    match cli.command {
        Command::Serve { config } => {
            let config = load(&config)?;
            init_tracing(config.server.log_json);
            let app = sspr::Application::build(config).await.map_err(|e| {
                eprintln!("sspr: {e:#}");
                ExitCode::FAILURE
            })?;
            let addr = app.local_addr().map_err(|_| ExitCode::FAILURE)?;
            tracing::info!(%addr, "listening");
            if let Some(addr) = app.metrics_addr() {
                tracing::info!(%addr, "metrics listening");
            }
            app.run_until(shutdown_signal()).await.map_err(fail)?;
            Ok(ExitCode::SUCCESS)
        }
        Command::Doctor { config } => {
            let config = load(&config)?;
            let checks = sspr::doctor::run(&config).await;
            let ok = sspr::doctor::print(&checks, &mut std::io::stdout()).unwrap_or(false);
            Ok(if ok {
                ExitCode::SUCCESS
            } else {
                ExitCode::FAILURE
            })
        }
        Command::Breach {
            command: BreachCommand::Import { file, out, config },
        } => breach_import(&file, out, &config),
        Command::Reminders { config, dry_run } => reminders(&config, dry_run).await,
        Command::Audit { command } => {
            let (path, action) = match command {
                AuditCommand::Verify { config } => (config, None),
                AuditCommand::Export { config, format } => (config, Some(format)),
            };
            let config = load(&path)?;
            let store = Store::connect_existing(&config.database)
                .await
                .map_err(fail)?;
            match action {
                None => {
                    // The chain key comes from the configuration's secret key: it is never in
                    // the database, so verifying needs the same key the portal writes with.
                    let audit = sspr::audit::Audit::from_config(store, &config);
                    let report = audit.verify().await.map_err(fail)?;
                    for p in &report.problems {
                        println!("TAMPERED: {p}");
                    }
                    if report.legacy_rows > 0 {
                        println!(
                            "{} legacy row(s) from before the keyed chain (plain SHA-256){}",
                            report.legacy_rows,
                            if report.keyed {
                                "; the keyed rows after them cover them"
                            } else {
                                "; no keyed row covers them yet, so anyone with write access \
                                 to the database could have rewritten them"
                            }
                        );
                    }
                    if report.ok() {
                        println!(
                            "audit chain intact: {} rows verified under the key",
                            report.rows
                        );
                        Ok(ExitCode::SUCCESS)
                    } else {
                        println!(
                            "audit chain BROKEN: {} problem(s) in {} rows",
                            report.problems.len(),
                            report.rows
                        );
                        Ok(ExitCode::FAILURE)
                    }
                }
                Some(format) => {
                    let stdout = std::io::stdout();
                    let mut out = std::io::BufWriter::new(stdout.lock());
                    export::export_all(&store, format, &mut out)
                        .await
                        .map_err(fail)?;
                    Ok(ExitCode::SUCCESS)
                }
            }
        }
    }
}
