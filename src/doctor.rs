//! `sspr doctor`: configuration, database, mail and every writeback check, printed as
//! PASS/WARN/FAIL with a fix, exiting non-zero on a failure.

use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

use crate::config::{Config, MailConfig, MailTls};
use crate::store::Store;
use crate::writeback::diagnostics::{self, Check, Level};
use crate::writeback::Directory;

/// Runs every check against `config`.
pub async fn run(config: &Config) -> Vec<Check> {
    let mut out = vec![Check::pass("configuration valid", "all keys validated")];
    out.push(check_languages(&config.server));
    out.push(check_old_password_period(&config.directory));
    out.push(check_breach_list(&config.policy));
    out.push(check_passkeys(config));
    out.push(check_database(&config.database).await);
    out.extend(check_mail(&config.mail).await);
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

/// How long the previous password keeps working over NTLM after a change, as configured:
/// the DCs keep it in the registry (`OldPasswordAllowedPeriod`) or smb.conf, neither
/// readable over LDAP, so this says what the done pages will tell people and where to check.
pub fn check_old_password_period(d: &crate::config::DirectoryConfig) -> Check {
    let name = "previous password over NTLM";
    let minutes = d.old_password_allowed_period.as_secs().div_ceil(60);
    // Reported, not judged: the period is the DCs' choice, and the pages tell people about it.
    if minutes == 0 {
        Check::pass(
            name,
            "directory.old_password_allowed_period = 0: the done pages say nothing about the previous password",
        )
    } else {
        Check::pass(
            name,
            format!(
                "up to {minutes} minutes, as the done pages tell people (directory.old_password_allowed_period; \
                 the DCs' own setting is not readable over LDAP: on Windows the registry value \
                 HKLM\\SYSTEM\\CurrentControlSet\\Control\\Lsa\\OldPasswordAllowedPeriod, 60 when absent; \
                 on Samba `old password allowed period` in smb.conf)"
            ),
        )
    }
}

/// Passkeys: the relying party `server.public_url` makes, and whether browsers will use it
/// (WebAuthn needs a secure context: https, or http on localhost only).
pub fn check_passkeys(config: &Config) -> Check {
    let name = "passkeys";
    let url = &config.server.public_url;
    if !config.sspr.passkeys {
        return Check::pass(name, "off (sspr.passkeys)");
    }
    let host = url.host_str().unwrap_or_default();
    let local = host == "localhost" || host.ends_with(".localhost");
    if url.scheme() != "https" && !local {
        return Check::warn(
            name,
            format!(
                "server.public_url is {url}: browsers refuse passkeys on a page that is not https \
                 (localhost excepted), so nobody can register or use one"
            ),
            "Serve the portal over https (TLS at the reverse proxy) and set server.public_url to its https address.",
        );
    }
    if url.path() != "/" {
        return Check::warn(
            name,
            format!(
                "server.public_url is under the path {}: passkeys belong to the whole origin {}, \
                 so any other application on it could ask for them",
                url.path(),
                url.origin().ascii_serialization()
            ),
            "Give sspr a host name of its own (sspr.example.com) if other applications share this one.",
        );
    }
    Check::pass(
        name,
        format!(
            "relying party ID {host}, origin {}; a passkey counts as {} (sspr.passkey_counts_as)",
            url.origin().ascii_serialization(),
            match config.sspr.passkey_counts_as {
                crate::config::PasskeyCountsAs::One => "one method",
                crate::config::PasskeyCountsAs::Two => "two methods",
            }
        ),
    )
}

/// The breached-password filter, when one is configured: it loads, and what it holds.
pub fn check_breach_list(p: &crate::config::PortalPolicyConfig) -> Check {
    let name = "breached-password list";
    match &p.breached_passwords_file {
        None => Check::pass(name, "not configured (policy.breached_passwords_file)"),
        Some(path) => match crate::breach::BreachFilter::load(path) {
            Ok(f) => Check::pass(
                name,
                format!(
                    "{}: {} {} hashes, {:.1} MiB in memory",
                    path.display(),
                    f.count(),
                    f.kind().as_str(),
                    f.bytes() as f64 / (1024.0 * 1024.0)
                ),
            ),
            Err(e) => Check::fail(
                name,
                e.to_string(),
                "Build it again with `sspr breach import LIST --out FILE`.",
            ),
        },
    }
}

/// The catalogues load (every offered language has one, every file parses), and each file in
/// `server.locales_dir` has what its English counterpart has. A gap is a warning: the page
/// falls back to the default language for that message.
pub fn check_languages(server: &crate::config::ServerConfig) -> Check {
    let name = "languages";
    let catalogues = match crate::i18n::Catalogues::load(server) {
        Ok(c) => c,
        Err(e) => {
            return Check::fail(
                name,
                e.to_string(),
                "Fix the file named, or take the language out of server.languages.",
            )
        }
    };
    let offered: Vec<&str> = catalogues
        .languages()
        .iter()
        .map(|l| l.code.as_str())
        .collect();
    let mut gaps = Vec::new();
    if let Some(dir) = &server.locales_dir {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let lang = entry.file_name().to_string_lossy().into_owned();
            for file in std::fs::read_dir(entry.path())
                .into_iter()
                .flatten()
                .flatten()
            {
                let path = file.path();
                let Some(area) = path.file_stem().and_then(|a| a.to_str()) else {
                    continue;
                };
                let (Some(english), Ok(text)) = (
                    crate::i18n::Catalogues::shipped_text(crate::i18n::SOURCE_LANGUAGE, area),
                    std::fs::read_to_string(&path),
                ) else {
                    continue;
                };
                let shipped = crate::i18n::Catalogues::shipped_text(&lang, area).is_some();
                for p in crate::i18n::check::compare(english, &text) {
                    // An override of a shipped language may hold only the messages it changes.
                    if shipped && matches!(p, crate::i18n::check::Problem::Missing(_)) {
                        continue;
                    }
                    gaps.push(format!("{lang}/{area}.ftl: {p}"));
                }
            }
        }
    }
    if gaps.is_empty() {
        Check::pass(name, format!("offered: {}", offered.join(", ")))
    } else {
        Check::warn(
            name,
            format!(
                "offered: {}; {} gaps: {}",
                offered.join(", "),
                gaps.len(),
                gaps.join("; ")
            ),
            "Add the messages named to those files (until then they show in the default language).",
        )
    }
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

/// SMTP: the server greets (smtps:// after a verified TLS handshake) and, on smtp://, says
/// in its EHLO reply whether it offers STARTTLS: then the upgrade is made and the certificate
/// verified against `mail.ca_file`, as the mailer would. A server without STARTTLS fails
/// when `mail.tls = "required"` (no mail would go) and warns when mail would go in clear.
/// For file://, the outbox directory is writable.
pub async fn check_mail(mail: &MailConfig) -> Option<Check> {
    let url = mail.smtp_url.as_ref()?;
    let name = format!("mail server {}", crate::config::redact_url(url.as_str()));
    if url.scheme() == "file" {
        let dir = std::path::PathBuf::from(url.path());
        return Some(
            match std::fs::create_dir_all(&dir).and_then(|_| {
                let probe = dir.join(".sspr-probe");
                std::fs::write(&probe, b"")?;
                std::fs::remove_file(probe)
            }) {
                Ok(()) => Check::pass(name, format!("outbox {} writable", dir.display())),
                Err(e) => Check::fail(name, e.to_string(), "Make the outbox directory writable."),
            },
        );
    }
    let host = url.host_str().unwrap_or("localhost").to_string();
    let smtps = url.scheme() == "smtps";
    let port = url.port().unwrap_or(if smtps { 465 } else { 25 });
    let tls = match crate::writeback::connection::tls_config(mail.ca_file.as_deref()) {
        Ok(tls) => tls,
        Err(e) => {
            return Some(Check::fail(
                name,
                e,
                "Fix mail.ca_file (a PEM CA certificate).",
            ))
        }
    };
    let talk = async {
        let tcp = TcpStream::connect((host.as_str(), port)).await?;
        if smtps {
            let stream = tls_handshake(&tls, &host, tcp).await?;
            let mut conn = BufReader::new(stream);
            let greeting = read_reply(&mut conn).await?;
            return Ok(Talk::Greeted {
                greeting,
                tls: true,
                starttls: false,
            });
        }
        let mut conn = BufReader::new(tcp);
        let greeting = read_reply(&mut conn).await?;
        if !greeting.starts_with("220") || mail.tls == MailTls::None {
            return Ok(Talk::Greeted {
                greeting,
                tls: false,
                starttls: false,
            });
        }
        conn.get_mut().write_all(b"EHLO sspr-doctor\r\n").await?;
        let ehlo = read_reply(&mut conn).await?;
        let offers = ehlo.starts_with("250")
            && ehlo.lines().any(|l| {
                l.get(4..)
                    .is_some_and(|k| k.trim().eq_ignore_ascii_case("STARTTLS"))
            });
        if !offers {
            let _ = conn.get_mut().write_all(b"QUIT\r\n").await;
            return Ok(Talk::Greeted {
                greeting,
                tls: false,
                starttls: false,
            });
        }
        conn.get_mut().write_all(b"STARTTLS\r\n").await?;
        let ready = read_reply(&mut conn).await?;
        if !ready.starts_with("220") {
            return Ok(Talk::StartTlsRefused(ready));
        }
        let mut stream = tls_handshake(&tls, &host, conn.into_inner()).await?;
        let _ = stream.write_all(b"QUIT\r\n").await;
        Ok::<_, std::io::Error>(Talk::Greeted {
            greeting,
            tls: true,
            starttls: true,
        })
    };
    let talk = match tokio::time::timeout(Duration::from_secs(5), talk).await {
        Ok(Ok(talk)) => talk,
        Ok(Err(e)) => {
            let fix = if e.kind() == std::io::ErrorKind::InvalidData {
                "The server's certificate does not verify: set mail.ca_file to the CA that \
                 issued it, and use the host name the certificate names in mail.smtp_url."
            } else {
                "Check that the mail server runs and mail.smtp_url's host and port."
            };
            return Some(Check::fail(name, e.to_string(), fix));
        }
        Err(_) => {
            return Some(Check::fail(
                name,
                "no answer within 5 s",
                "Check firewalls between sspr and the mail server.",
            ))
        }
    };
    Some(match talk {
        Talk::StartTlsRefused(reply) => Check::fail(
            name,
            format!("offers STARTTLS but refused it: {}", reply.trim()),
            "Check the mail server's TLS configuration.",
        ),
        Talk::Greeted { greeting, .. } if !greeting.starts_with("220") => Check::fail(
            name,
            format!("unexpected greeting: {}", greeting.trim()),
            "Check mail.smtp_url.",
        ),
        Talk::Greeted { greeting, tls: true, starttls } => Check::pass(
            name,
            format!(
                "greets: {}; {}, certificate verified",
                first_line(&greeting),
                if starttls { "STARTTLS" } else { "TLS" }
            ),
        ),
        Talk::Greeted { greeting, .. } => match mail.tls {
            MailTls::Required => Check::fail(
                name,
                format!(
                    "greets: {}; but does not offer STARTTLS, and mail.tls = \"required\": \
                     no mail would be sent",
                    first_line(&greeting)
                ),
                "Enable STARTTLS on the mail server (with a certificate mail.ca_file \
                 verifies), or use smtps://. Only for a relay on this host: mail.tls = \"none\".",
            ),
            MailTls::Opportunistic => Check::warn(
                name,
                format!(
                    "greets: {}; but does not offer STARTTLS: one-time codes go in clear",
                    first_line(&greeting)
                ),
                "Enable STARTTLS on the mail server and set mail.tls = \"required\".",
            ),
            MailTls::None if !is_loopback(&host) => Check::warn(
                name,
                format!(
                    "greets: {}; mail.tls = \"none\" sends one-time codes in clear over the network",
                    first_line(&greeting)
                ),
                "Use mail.tls = \"none\" only for a relay on this host; otherwise \"required\".",
            ),
            MailTls::None => Check::pass(
                name,
                format!("greets: {}; plain SMTP to this host (mail.tls = \"none\")", first_line(&greeting)),
            ),
        },
    })
}

/// What the conversation with the mail server showed.
enum Talk {
    /// It greeted; whether the conversation then ran under verified TLS (smtps:// or
    /// STARTTLS).
    Greeted {
        greeting: String,
        tls: bool,
        starttls: bool,
    },
    /// It offered STARTTLS but did not answer the command with 220.
    StartTlsRefused(String),
}

async fn tls_handshake<S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin>(
    tls: &std::sync::Arc<rustls::ClientConfig>,
    host: &str,
    stream: S,
) -> std::io::Result<tokio_rustls::client::TlsStream<S>> {
    let server =
        rustls::pki_types::ServerName::try_from(host.to_string()).map_err(std::io::Error::other)?;
    tokio_rustls::TlsConnector::from(tls.clone())
        .connect(server, stream)
        .await
}

/// One SMTP reply, every line of it ("250-a", "250-b", "250 c"), joined by newlines.
async fn read_reply<S: tokio::io::AsyncRead + Unpin>(
    conn: &mut BufReader<S>,
) -> std::io::Result<String> {
    let mut reply = String::new();
    loop {
        let mut line = String::new();
        if conn.read_line(&mut line).await? == 0 {
            return Ok(reply);
        }
        let last = line.as_bytes().get(3) != Some(&b'-');
        reply.push_str(&line);
        if last || reply.len() > 64 * 1024 {
            return Ok(reply);
        }
    }
}

fn first_line(reply: &str) -> &str {
    reply.lines().next().unwrap_or("").trim()
}

fn is_loopback(host: &str) -> bool {
    let host = host.trim_start_matches('[').trim_end_matches(']');
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
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
