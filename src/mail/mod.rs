//! Outgoing mail: one-time codes and "your password was changed" notices, as HTML + text
//! (askama templates in `templates/email/`), over SMTP (smtp:// with STARTTLS as `mail.tls`
//! says, required by default; TLS from the first byte on smtps://) or into a file outbox for
//! demos. Certificates are always verified.
//!
//! Callers send from a spawned task: a slow or failing mail server never delays a page, never
//! changes what the page says (so it cannot reveal whether an account exists), and never
//! prevents the audit row from being written.

use std::path::PathBuf;
use std::time::Duration;

use askama::Template;
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::{MailConfig, MailTls};

/// What a mail is about.
#[derive(Debug, Clone)]
pub enum Mail {
    /// A one-time code for `purpose` ("reset your password", "confirm this address", ...).
    Code {
        /// Greeting name.
        name: String,
        /// What the code is for, in words.
        purpose: String,
        /// The digits.
        code: String,
        /// Minutes it stays valid.
        minutes: u64,
    },
    /// A notice that something happened to the account.
    Notice {
        /// Greeting name.
        name: String,
        /// What happened ("Your password was reset").
        headline: String,
        /// One more sentence.
        detail: String,
        /// When (UTC, human-readable).
        when: String,
        /// From which address.
        client_ip: String,
    },
    /// Someone asked for self-service, but it cannot work for this account: say what to do.
    CannotHelp {
        /// Greeting name.
        name: String,
        /// Why (the mail says what to do instead).
        reason: crate::flows::recovery::CannotHelp,
    },
}

#[derive(Template)]
#[template(path = "email/code.txt")]
struct CodeText<'a> {
    org: &'a str,
    name: &'a str,
    purpose: &'a str,
    code: &'a str,
    minutes: u64,
}

#[derive(Template)]
#[template(path = "email/code.html")]
struct CodeHtml<'a> {
    org: &'a str,
    name: &'a str,
    purpose: &'a str,
    code: &'a str,
    minutes: u64,
}

#[derive(Template)]
#[template(path = "email/notice.txt")]
struct NoticeText<'a> {
    org: &'a str,
    name: &'a str,
    headline: &'a str,
    detail: &'a str,
    when: &'a str,
    client_ip: &'a str,
    helpdesk: &'a str,
    url: &'a str,
}

#[derive(Template)]
#[template(path = "email/notice.html")]
struct NoticeHtml<'a> {
    org: &'a str,
    name: &'a str,
    headline: &'a str,
    detail: &'a str,
    when: &'a str,
    client_ip: &'a str,
    helpdesk: &'a str,
    url: &'a str,
}

/// Where mail goes.
enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Outbox(PathBuf),
}

/// Sends the portal's mail.
pub struct Mailer {
    transport: Option<Transport>,
    tls: MailTls,
    from: Mailbox,
    org: String,
    helpdesk: String,
    public_url: String,
}

/// Mail errors (logged; never shown to a user).
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// Mail is not configured.
    #[error("mail is not configured (mail.smtp_url)")]
    Disabled,
    /// An address did not parse.
    #[error("bad address: {0}")]
    Address(String),
    /// Building or rendering the message failed.
    #[error("message: {0}")]
    Build(String),
    /// The server or the outbox refused.
    #[error("send failed: {0}")]
    Send(String),
    /// `mail.tls = "required"` and the server did not offer STARTTLS: nothing was sent.
    #[error(
        "the mail server did not offer STARTTLS and mail.tls = \"required\", so nothing was \
         sent in clear (someone on the network may be stripping it, or the server has no TLS)"
    )]
    StartTlsMissing,
}

impl Mailer {
    /// Builds the transport from configuration.
    pub fn new(
        cfg: &MailConfig,
        org: &str,
        helpdesk: &str,
        public_url: &str,
    ) -> anyhow::Result<Self> {
        let from: Mailbox = cfg
            .from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail.from: {e}"))?;
        let transport = match &cfg.smtp_url {
            None => None,
            Some(url) if url.scheme() == "file" => {
                Some(Transport::Outbox(PathBuf::from(url.path())))
            }
            Some(url) => {
                let host = url.host_str().unwrap_or("localhost").to_string();
                let mut params = TlsParameters::builder(host.clone());
                if let Some(ca) = &cfg.ca_file {
                    let pem = std::fs::read(ca)?;
                    params = params.add_root_certificate(Certificate::from_pem(&pem)?);
                }
                let params = params.build_rustls()?;
                // A certificate that does not verify is always an error, never a downgrade.
                let (tls, default_port) = match (url.scheme(), cfg.tls) {
                    ("smtps", _) => (Tls::Wrapper(params), 465),
                    // Without STARTTLS no mail goes: a network attacker who strips the offer
                    // from the EHLO reply would otherwise read every one-time code.
                    (_, MailTls::Required) => (Tls::Required(params), 25),
                    (_, MailTls::Opportunistic) => (Tls::Opportunistic(params), 25),
                    (_, MailTls::None) => (Tls::None, 25),
                };
                let mut b = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)
                    .port(url.port().unwrap_or(default_port))
                    .tls(tls)
                    .timeout(Some(Duration::from_secs(15)));
                if let (Some(user), Some(pass)) = (&cfg.username, &cfg.password) {
                    b = b.credentials(Credentials::new(
                        user.clone(),
                        pass.expose_secret().to_string(),
                    ));
                }
                Some(Transport::Smtp(b.build()))
            }
        };
        Ok(Self {
            transport,
            tls: cfg.tls,
            from,
            org: org.to_string(),
            helpdesk: helpdesk.to_string(),
            public_url: public_url.to_string(),
        })
    }

    /// Whether mail can be sent at all.
    pub fn enabled(&self) -> bool {
        self.transport.is_some()
    }

    fn render(&self, mail: &Mail) -> Result<(String, String, String), MailError> {
        let err = |e: askama::Error| MailError::Build(e.to_string());
        let org = self.org.as_str();
        Ok(match mail {
            Mail::Code {
                name,
                purpose,
                code,
                minutes,
            } => (
                // Not the code itself: subjects show on locked phone screens.
                format!("Your {org} verification code"),
                CodeText {
                    org,
                    name,
                    purpose,
                    code,
                    minutes: *minutes,
                }
                .render()
                .map_err(err)?,
                CodeHtml {
                    org,
                    name,
                    purpose,
                    code,
                    minutes: *minutes,
                }
                .render()
                .map_err(err)?,
            ),
            Mail::Notice {
                name,
                headline,
                detail,
                when,
                client_ip,
            } => {
                let t = NoticeText {
                    org,
                    name,
                    headline,
                    detail,
                    when,
                    client_ip,
                    helpdesk: &self.helpdesk,
                    url: &self.public_url,
                };
                let h = NoticeHtml {
                    org,
                    name,
                    headline,
                    detail,
                    when,
                    client_ip,
                    helpdesk: &self.helpdesk,
                    url: &self.public_url,
                };
                (
                    format!("{org}: {headline}"),
                    t.render().map_err(err)?,
                    h.render().map_err(err)?,
                )
            }
            Mail::CannotHelp { name, reason } => {
                let headline = "Self-service password reset could not help";
                let reason = &cannot_help_text(reason, &self.helpdesk);
                let t = NoticeText {
                    org,
                    name,
                    headline,
                    detail: reason,
                    when: "",
                    client_ip: "",
                    helpdesk: &self.helpdesk,
                    url: &self.public_url,
                };
                let h = NoticeHtml {
                    org,
                    name,
                    headline,
                    detail: reason,
                    when: "",
                    client_ip: "",
                    helpdesk: &self.helpdesk,
                    url: &self.public_url,
                };
                (
                    format!("{org}: {headline}"),
                    t.render().map_err(err)?,
                    h.render().map_err(err)?,
                )
            }
        })
    }

    /// Sends `mail` to `to`.
    #[tracing::instrument(skip_all)]
    pub async fn send(&self, to: &str, mail: &Mail) -> Result<(), MailError> {
        let transport = self.transport.as_ref().ok_or(MailError::Disabled)?;
        let to_box: Mailbox = to.parse().map_err(|_| MailError::Address(to.to_string()))?;
        let (subject, text, html) = self.render(mail)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to_box)
            .subject(subject.clone())
            .multipart(
                MultiPart::alternative()
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_PLAIN)
                            .body(text.clone()),
                    )
                    .singlepart(
                        SinglePart::builder()
                            .header(ContentType::TEXT_HTML)
                            .body(html),
                    ),
            )
            .map_err(|e| MailError::Build(e.to_string()))?;
        match transport {
            Transport::Smtp(t) => t.send(message).await.map(|_| ()).map_err(|e| {
                // lettre says this only as text; the operator needs it named.
                if self.tls == MailTls::Required
                    && e.is_client()
                    && e.to_string().contains("STARTTLS")
                {
                    MailError::StartTlsMissing
                } else {
                    MailError::Send(e.to_string())
                }
            }),
            Transport::Outbox(dir) => write_outbox(dir, to, &subject, &text, &message.formatted())
                .await
                .map_err(|e| MailError::Send(format!("outbox {}: {e}", dir.display()))),
        }
    }
}

/// The demo outbox: each mail as `.eml` (what would have gone out) and `.txt` (to read), plus
/// `latest.txt`, the newest one.
async fn write_outbox(
    dir: &std::path::Path,
    to: &str,
    subject: &str,
    text: &str,
    eml: &[u8],
) -> std::io::Result<()> {
    tokio::fs::create_dir_all(dir).await?;
    let stem = format!(
        "{}-{}",
        chrono::Utc::now().format("%Y%m%dT%H%M%S%.6f"),
        uuid::Uuid::new_v4().simple()
    );
    tokio::fs::write(dir.join(format!("{stem}.eml")), eml).await?;
    let readable = format!("To: {to}\nSubject: {subject}\n\n{text}\n");
    tokio::fs::write(dir.join(format!("{stem}.txt")), &readable).await?;
    tokio::fs::write(dir.join("latest.txt"), &readable).await
}

/// Why self-service could not help, and what to do instead.
fn cannot_help_text(reason: &crate::flows::recovery::CannotHelp, helpdesk: &str) -> String {
    use crate::flows::recovery::{CannotHelp, Purpose};
    match reason {
        CannotHelp::NotEnabled => format!("Self-service password reset is not enabled for your account. Contact {helpdesk} to reset your password or unlock your account."),
        CannotHelp::Disabled => format!("Your account is disabled, so its password cannot be reset here. Contact {helpdesk}."),
        CannotHelp::Privileged => format!("Your account is a privileged one (an administrator or helpdesk account), and self-service does not reset or unlock those. Contact {helpdesk}, or a directory administrator."),
        CannotHelp::TooFewMethods { purpose, required, register_url } => {
            let asked = match purpose {
                Purpose::Reset => "reset your password",
                Purpose::Unlock => "unlock your account",
                Purpose::Register => "change your verification methods",
            };
            format!("You asked to {asked} but you have not registered enough verification methods ({required} needed). While you still know your password, register at {register_url}. If you are locked out now, contact {helpdesk}.")
        }
    }
}
