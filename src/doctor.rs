//! `sspr doctor`: configuration, database, mail and every writeback check, printed as
//! PASS/WARN/FAIL with a fix, exiting non-zero on a failure.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, BufReader};
use tokio::net::TcpStream;

use crate::config::Config;
use crate::store::Store;
use crate::writeback::diagnostics::{self, Check, Level};
use crate::writeback::Directory;

/// Runs every check against `config`.
pub async fn run(config: &Config) -> Vec<Check> {
    let mut out = vec![Check::pass("configuration valid", "all keys validated")];
    out.push(check_database(&config.database).await);
    if let Some(url) = &config.mail.smtp_url {
        out.push(check_mail(url).await);
    }
    match Directory::new(&config.directory) {
        Ok(dir) => {
            let groups: Vec<(&str, &str)> = vec![
                (
                    "sspr.group_dn",
                    match &config.sspr.enabled_for {
                        crate::config::Scope::Group(dn) => dn.as_str(),
                        _ => "",
                    },
                ),
                (
                    "sspr.helpdesk_group_dn",
                    config.sspr.helpdesk_group_dn.as_str(),
                ),
            ];
            out.extend(diagnostics::run(&dir, &config.directory, &groups).await);
        }
        Err(e) => out.push(Check::fail(
            "directory TLS setup",
            e.to_string(),
            "Fix directory.ca_file (a PEM file with the CA certificate).",
        )),
    }
    out
}

async fn check_database(db: &crate::config::DatabaseConfig) -> Check {
    let name = "database writable";
    let url = &db.url;
    let postgres = crate::store::Backend::of_url(url) == Some(crate::store::Backend::Postgres);
    let (write_fix, open_fix) = if postgres {
        (
            "Give sspr's role ownership of the database (it creates its tables and the \
             tower_sessions schema), and check the server's disk space.",
            "Check database.url (host, database, sslmode=verify-full and sslrootcert), \
             database.password_file, and that the server accepts this role from this host \
             (pg_hba.conf).",
        )
    } else {
        (
            "Check the file's permissions and free disk space.",
            "Check database.url and that its directory is writable.",
        )
    };
    match Store::connect(db).await {
        Ok(store) => {
            let res = store.check_writable().await;
            store.close().await;
            match res {
                Ok(()) => Check::pass(
                    name,
                    format!("{} (migrations applied)", crate::config::redact_url(url)),
                ),
                Err(e) => Check::fail(name, e.to_string(), write_fix),
            }
        }
        Err(e) => Check::fail(name, e.to_string(), open_fix),
    }
}

/// SMTP: the server answers with a 220 greeting (smtp://, smtps:// after a verified TLS
/// handshake), or the outbox directory is writable (file://).
async fn check_mail(url: &url::Url) -> Check {
    let name = format!("mail server {}", crate::config::redact_url(url.as_str()));
    if url.scheme() == "file" {
        let dir = std::path::PathBuf::from(url.path());
        return match std::fs::create_dir_all(&dir).and_then(|_| {
            let probe = dir.join(".sspr-probe");
            std::fs::write(&probe, b"")?;
            std::fs::remove_file(probe)
        }) {
            Ok(()) => Check::pass(name, format!("outbox {} writable", dir.display())),
            Err(e) => Check::fail(name, e.to_string(), "Make the outbox directory writable."),
        };
    }
    let host = url.host_str().unwrap_or("localhost").to_string();
    let port = url
        .port()
        .unwrap_or(if url.scheme() == "smtps" { 465 } else { 25 });
    let greeting = async {
        let tcp = TcpStream::connect((host.as_str(), port)).await?;
        let line = if url.scheme() == "smtps" {
            let tls =
                crate::writeback::connection::tls_config(None).map_err(std::io::Error::other)?;
            let server = rustls::pki_types::ServerName::try_from(host.clone())
                .map_err(std::io::Error::other)?;
            let stream = tokio_rustls::TlsConnector::from(tls)
                .connect(server, tcp)
                .await?;
            first_line(stream).await?
        } else {
            first_line(tcp).await?
        };
        Ok::<_, std::io::Error>(line)
    };
    match tokio::time::timeout(Duration::from_secs(5), greeting).await {
        Ok(Ok(line)) if line.starts_with("220") => {
            Check::pass(name, format!("greets: {}", line.trim()))
        }
        Ok(Ok(line)) => Check::fail(
            name,
            format!("unexpected greeting: {}", line.trim()),
            "Check mail.smtp_url.",
        ),
        Ok(Err(e)) => Check::fail(
            name,
            e.to_string(),
            "Check that the mail server runs and mail.smtp_url's host and port.",
        ),
        Err(_) => Check::fail(
            name,
            "no greeting within 5 s",
            "Check firewalls between sspr and the mail server.",
        ),
    }
}

async fn first_line<S: tokio::io::AsyncRead + Unpin>(s: S) -> std::io::Result<String> {
    let mut line = String::new();
    BufReader::new(s).read_line(&mut line).await?;
    Ok(line)
}

/// Prints the checks; returns whether none failed.
pub fn print(checks: &[Check], out: &mut impl std::io::Write) -> std::io::Result<bool> {
    for c in checks {
        writeln!(out, "[{}] {}: {}", c.level.label(), c.name, c.detail)?;
        if let Some(fix) = &c.fix {
            writeln!(out, "       fix: {fix}")?;
        }
    }
    let fails = checks.iter().filter(|c| c.level == Level::Fail).count();
    let warns = checks.iter().filter(|c| c.level == Level::Warn).count();
    writeln!(
        out,
        "\n{} checks: {} failed, {} warnings",
        checks.len(),
        fails,
        warns
    )?;
    Ok(fails == 0)
}
