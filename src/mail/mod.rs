//! Outgoing mail: one-time codes and "your password was changed" notices, as HTML + text
//! (askama templates in `templates/email/`, words from `locales/<lang>/mail.ftl` in the
//! reader's language: callers say what happened, never how to say it), over SMTP (smtp:// with STARTTLS as `mail.tls`
//! says, required by default; TLS from the first byte on smtps://) or into a file outbox for
//! demos. Certificates are always verified.
//!
//! Callers send from a spawned task: a slow or failing mail server never delays a page, never
//! changes what the page says (so it cannot reveal whether an account exists), and never
//! prevents the audit row from being written.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use askama::Template;
use chrono::{DateTime, Utc};
use lettre::message::{header::ContentType, Mailbox, MultiPart, SinglePart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use secrecy::ExposeSecret;

use crate::config::{MailConfig, MailTls};
use crate::i18n::{Catalogues, FluentArgs, Tr};
use crate::verify::MethodKind;

/// What a one-time code is for: the mail says it in the reader's words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CodePurpose {
    /// Reset one's password (recovery).
    Reset,
    /// Unlock one's account (recovery).
    Unlock,
    /// Prove an existing method before changing one's methods.
    ChangeMethods,
    /// Confirm an address being registered.
    ConfirmAddress,
    /// Enrol the helpdesk console authenticator.
    ConsoleAuthenticator,
    /// Read back to the helpdesk, who is verifying the caller.
    HelpdeskCaller {
        /// The helpdesk admin asking (display name).
        admin: String,
    },
}

impl CodePurpose {
    /// The selector value the catalogue's messages choose their words by.
    fn key(&self) -> &'static str {
        match self {
            Self::Reset => "reset",
            Self::Unlock => "unlock",
            Self::ChangeMethods => "change-methods",
            Self::ConfirmAddress => "confirm-address",
            Self::ConsoleAuthenticator => "console-authenticator",
            Self::HelpdeskCaller { .. } => "helpdesk-caller",
        }
    }
}

/// How a member's registered methods changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MethodChange {
    /// An alternate email address was registered.
    AddedEmail,
    /// An authenticator app was registered.
    AddedAuthenticator,
    /// A passkey was registered.
    AddedPasskey,
    /// A method was removed (for passkeys: one of them).
    Removed(MethodKind),
}

/// Which authenticator was blocked after wrong codes in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockedAuthenticator {
    /// The self-service one (reset and unlock).
    SelfService,
    /// A helpdesk admin's console one.
    Console,
}

/// What a helpdesk admin did to an account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HelpdeskAction {
    /// Reset the password.
    Reset {
        /// Whether a new one must be chosen at the next sign-in.
        must_change: bool,
    },
    /// Unlocked the account.
    Unlock,
    /// Cleared the registered methods.
    ClearedMethods,
    /// Unblocked an authenticator.
    UnblockedAuthenticator,
}

impl HelpdeskAction {
    fn key(&self) -> &'static str {
        match self {
            Self::Reset { .. } => "reset",
            Self::Unlock => "unlock",
            Self::ClearedMethods => "cleared",
            Self::UnblockedAuthenticator => "unblocked",
        }
    }
}

/// What happened to an account, for a notice.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoticeEvent {
    /// The password was reset through self-service.
    ResetSelfService,
    /// The account was unlocked through self-service.
    UnlockSelfService,
    /// The password was changed on the password service.
    Changed,
    /// The password was changed, but the page that said so may not have reached the user
    /// (settled after a restart).
    ChangedUnconfirmed,
    /// The member's registered methods changed.
    MethodsChanged {
        /// How.
        change: MethodChange,
    },
    /// Password checks for the account were paused after repeated wrong passwords.
    Guessing,
    /// An authenticator was blocked after `failures` wrong codes in a row.
    AuthenticatorBlocked {
        /// Which one.
        which: BlockedAuthenticator,
        /// How many wrong codes in a row.
        failures: i64,
    },
    /// A helpdesk admin acted on the account.
    ByHelpdesk {
        /// The admin (display name).
        admin: String,
        /// What they did.
        action: HelpdeskAction,
        /// How they verified the caller, as they wrote it.
        note: Option<String>,
    },
    /// Another helpdesk admin enrolled their console authenticator (to the other admins).
    AdminEnrolled {
        /// Their account name.
        sam: String,
        /// Their display name.
        name: String,
    },
    /// A helpdesk admin added a passkey for console sign-in (to the other admins).
    AdminPasskeyAdded {
        /// Their account name.
        sam: String,
        /// Their display name.
        name: String,
    },
    /// A helpdesk admin acted on a privileged account (to the other admins).
    PrivilegedChanged {
        /// The admin's account name.
        admin_sam: String,
        /// The admin's display name.
        admin_name: String,
        /// The privileged account's name.
        account: String,
        /// What they did.
        action: HelpdeskAction,
    },
}

/// Why self-service cannot help an account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CannotHelpReason {
    /// The account is not in self-service scope.
    NotEnabled,
    /// The account is disabled.
    Disabled,
    /// The account is privileged (administrator or helpdesk).
    Privileged,
    /// Too few methods are registered.
    TooFewMethods {
        /// What the user asked to do.
        purpose: CodePurpose,
        /// How many methods are needed.
        needed: u8,
        /// Where to register.
        register_url: String,
    },
}

/// What a mail is about. The mail layer picks the words, in the reader's language.
#[derive(Debug, Clone)]
pub enum Mail {
    /// A one-time code.
    Code {
        /// Greeting name.
        name: String,
        /// What the code is for.
        purpose: CodePurpose,
        /// The digits.
        code: String,
        /// Minutes it stays valid.
        minutes: u64,
    },
    /// A notice that something happened to the account.
    Notice {
        /// Greeting name.
        name: String,
        /// What happened.
        event: NoticeEvent,
        /// When.
        at: DateTime<Utc>,
        /// From which address (`None`: not known).
        client_ip: Option<String>,
    },
    /// Someone asked for self-service, but it cannot work for this account: say what to do.
    CannotHelp {
        /// Greeting name.
        name: String,
        /// Why.
        reason: CannotHelpReason,
    },
    /// The password expires soon: change it before it does.
    Reminder {
        /// Greeting name.
        name: String,
        /// When it expires.
        expires: DateTime<Utc>,
        /// Whole days left (0: less than a day).
        days_left: u32,
        /// Whether to point to `/register` (no recovery method registered yet).
        register: bool,
    },
}

#[derive(Template)]
#[template(path = "email/code.txt")]
struct CodeText<'a> {
    greeting: &'a str,
    intro: &'a str,
    code: &'a str,
    expiry: &'a str,
    ignore: &'a str,
}

#[derive(Template)]
#[template(path = "email/code.html")]
struct CodeHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    title: &'a str,
    greeting: &'a str,
    intro: &'a str,
    code: &'a str,
    expiry: &'a str,
    ignore: &'a str,
}

/// The words of a notice (and of a cannot-help mail), shared by its text and HTML parts.
struct NoticeWords {
    greeting: String,
    title: String,
    headline: String,
    detail: String,
    when: Option<(String, String)>,
    this_was_you: String,
    not_you: String,
}

#[derive(Template)]
#[template(path = "email/notice.txt")]
struct NoticeText<'a> {
    w: &'a NoticeWords,
    footer: &'a str,
}

#[derive(Template)]
#[template(path = "email/notice.html")]
struct NoticeHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    w: &'a NoticeWords,
    footer_html: &'a str,
}

/// The words of a reminder, shared by its text and HTML parts.
struct ReminderWords {
    greeting: String,
    headline: String,
    detail: String,
    change: String,
    change_url: String,
    register: Option<(String, String)>,
    windows: String,
    never_asks: String,
}

#[derive(Template)]
#[template(path = "email/reminder.txt")]
struct ReminderText<'a> {
    w: &'a ReminderWords,
    footer: &'a str,
}

#[derive(Template)]
#[template(path = "email/reminder.html")]
struct ReminderHtml<'a> {
    lang: &'a str,
    dir: &'a str,
    w: &'a ReminderWords,
    footer_html: &'a str,
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
    i18n: Arc<Catalogues>,
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
        i18n: Arc<Catalogues>,
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
            i18n,
        })
    }

    /// Whether mail can be sent at all.
    pub fn enabled(&self) -> bool {
        self.transport.is_some()
    }

    /// The language `code` names when it is offered, else the default.
    fn tr(&self, code: Option<&str>) -> Tr {
        code.and_then(|c| self.i18n.get(c))
            .unwrap_or_else(|| self.i18n.default_tr())
    }

    /// Subject, text and HTML of `mail` in `tr`'s language.
    fn render(&self, tr: &Tr, mail: &Mail) -> Result<(String, String, String), MailError> {
        let err = |e: askama::Error| MailError::Build(e.to_string());
        let org = self.org.as_str();
        let helpdesk = self.helpdesk.as_str();
        let greeting = |name: &str| crate::tr!(tr, "mail-greeting", name = name);
        match mail {
            Mail::Code {
                name,
                purpose,
                code,
                minutes,
            } => {
                let mut args = FluentArgs::new();
                args.set("org", org.to_string());
                args.set("purpose", purpose.key());
                if let CodePurpose::HelpdeskCaller { admin } = purpose {
                    args.set("admin", admin.clone());
                }
                let intro = tr.with("mail-code-intro", &args);
                let greeting = greeting(name);
                let expiry = crate::tr!(tr, "mail-code-expiry", minutes = *minutes);
                let ignore = tr.t("mail-code-ignore");
                let text = CodeText {
                    greeting: &greeting,
                    intro: &intro,
                    code,
                    expiry: &expiry,
                    ignore: &ignore,
                }
                .render()
                .map_err(err)?;
                let html = CodeHtml {
                    lang: tr.code(),
                    dir: tr.dir(),
                    title: &crate::tr!(tr, "mail-code-title", org = org),
                    greeting: &greeting,
                    intro: &intro,
                    code,
                    expiry: &expiry,
                    ignore: &ignore,
                }
                .render()
                .map_err(err)?;
                // Not the code itself: subjects show on locked phone screens.
                Ok((crate::tr!(tr, "mail-code-subject", org = org), text, html))
            }
            Mail::Notice {
                name,
                event,
                at,
                client_ip,
            } => {
                let (title, detail) = notice_words(tr, event, helpdesk);
                let ip = client_ip
                    .clone()
                    .unwrap_or_else(|| tr.t("mail-notice-from-unknown"));
                let when = Some((
                    crate::tr!(tr, "mail-notice-when", when = tr.datetime(*at)),
                    crate::tr!(tr, "mail-notice-from", address = ip),
                ));
                self.notice(tr, greeting(name), title, detail, when)
            }
            Mail::CannotHelp { name, reason } => {
                let title = tr.t("mail-cannot-help-headline");
                let detail = cannot_help_words(tr, reason, helpdesk);
                self.notice(tr, greeting(name), title, detail, None)
            }
            Mail::Reminder {
                name,
                expires,
                days_left,
                register,
            } => self.reminder(tr, greeting(name), *expires, *days_left, *register),
        }
    }

    fn reminder(
        &self,
        tr: &Tr,
        greeting: String,
        expires: DateTime<Utc>,
        days_left: u32,
        register: bool,
    ) -> Result<(String, String, String), MailError> {
        let err = |e: askama::Error| MailError::Build(e.to_string());
        let org = self.org.as_str();
        let url = self.public_url.as_str();
        let headline = crate::tr!(tr, "mail-reminder-headline", days = days_left);
        let w = ReminderWords {
            greeting,
            detail: crate::tr!(tr, "mail-reminder-detail", when = tr.datetime(expires)),
            change: tr.t("mail-reminder-change"),
            change_url: format!("{url}change"),
            register: register.then(|| (tr.t("mail-reminder-register"), format!("{url}register"))),
            windows: tr.t("mail-reminder-windows"),
            never_asks: crate::tr!(tr, "mail-reminder-never-asks", helpdesk = &self.helpdesk),
            headline,
        };
        let footer = crate::tr!(tr, "mail-notice-footer", org = org, url = url);
        const MARK: &str = "\u{E000}";
        let marked = crate::tr!(tr, "mail-notice-footer", org = org, url = MARK);
        let link = format!("<a href=\"{0}\">{0}</a>", escape(url));
        let footer_html = escape(&marked).replacen(MARK, &link, 1);
        let text = ReminderText {
            w: &w,
            footer: &footer,
        }
        .render()
        .map_err(err)?;
        let html = ReminderHtml {
            lang: tr.code(),
            dir: tr.dir(),
            w: &w,
            footer_html: &footer_html,
        }
        .render()
        .map_err(err)?;
        let subject = crate::tr!(tr, "mail-reminder-subject", org = org, days = days_left);
        Ok((subject, text, html))
    }

    fn notice(
        &self,
        tr: &Tr,
        greeting: String,
        title: String,
        detail: String,
        when: Option<(String, String)>,
    ) -> Result<(String, String, String), MailError> {
        let err = |e: askama::Error| MailError::Build(e.to_string());
        let org = self.org.as_str();
        let url = self.public_url.as_str();
        let w = NoticeWords {
            greeting,
            headline: crate::tr!(tr, "mail-notice-headline", headline = &title),
            detail,
            when,
            this_was_you: tr.t("mail-notice-was-you"),
            not_you: crate::tr!(tr, "mail-notice-not-you", helpdesk = &self.helpdesk),
            title,
        };
        let footer = crate::tr!(tr, "mail-notice-footer", org = org, url = url);
        // The link goes where the catalogue puts the address: format with a marker in its
        // place, escape the sentence, then put the escaped link where the marker is.
        const MARK: &str = "\u{E000}";
        let marked = crate::tr!(tr, "mail-notice-footer", org = org, url = MARK);
        let link = format!("<a href=\"{0}\">{0}</a>", escape(url));
        let footer_html = escape(&marked).replacen(MARK, &link, 1);
        let text = NoticeText {
            w: &w,
            footer: &footer,
        }
        .render()
        .map_err(err)?;
        let html = NoticeHtml {
            lang: tr.code(),
            dir: tr.dir(),
            w: &w,
            footer_html: &footer_html,
        }
        .render()
        .map_err(err)?;
        let subject = crate::tr!(tr, "mail-notice-subject", org = org, headline = &w.title);
        Ok((subject, text, html))
    }

    /// Sends `mail` to `to`, in the default language.
    pub async fn send(&self, to: &str, mail: &Mail) -> Result<(), MailError> {
        self.send_in(to, None, mail).await
    }

    /// Sends `mail` to `to`, in the language `language` names when it is offered, else the
    /// default.
    #[tracing::instrument(skip_all)]
    pub async fn send_in(
        &self,
        to: &str,
        language: Option<&str>,
        mail: &Mail,
    ) -> Result<(), MailError> {
        let transport = self.transport.as_ref().ok_or(MailError::Disabled)?;
        let to_box: Mailbox = to.parse().map_err(|_| MailError::Address(to.to_string()))?;
        let (subject, text, html) = self.render(&self.tr(language), mail)?;
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
            // lettre's timeout covers the connection and each command, but not the wait for a
            // greeting that never comes (an smtp:// URL pointed at an smtps port waits for it
            // forever), so the whole send has a bound of its own.
            Transport::Smtp(t) => tokio::time::timeout(SEND_TIMEOUT, t.send(message))
                .await
                .map_err(|_| {
                    MailError::Send(format!(
                        "no answer from the mail server within {} s",
                        SEND_TIMEOUT.as_secs()
                    ))
                })?
                .map(|_| ())
                .map_err(|e| {
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

/// The most one mail may take to go out, greeting to acknowledgement.
const SEND_TIMEOUT: Duration = Duration::from_secs(30);

/// Headline and detail of a notice.
fn notice_words(tr: &Tr, event: &NoticeEvent, helpdesk: &str) -> (String, String) {
    match event {
        NoticeEvent::ResetSelfService => {
            (tr.t("notice-reset-headline"), tr.t("notice-reset-detail"))
        }
        NoticeEvent::UnlockSelfService => {
            (tr.t("notice-unlock-headline"), tr.t("notice-unlock-detail"))
        }
        NoticeEvent::Changed => (
            tr.t("notice-changed-headline"),
            tr.t("notice-changed-detail"),
        ),
        NoticeEvent::ChangedUnconfirmed => (
            tr.t("notice-changed-headline"),
            tr.t("notice-changed-unconfirmed-detail"),
        ),
        NoticeEvent::MethodsChanged { change } => (
            tr.t("notice-methods-headline"),
            tr.t(match change {
                MethodChange::AddedEmail => "notice-methods-added-email",
                MethodChange::AddedAuthenticator => "notice-methods-added-authenticator",
                MethodChange::AddedPasskey => "notice-methods-added-passkey",
                MethodChange::Removed(MethodKind::Email) => "notice-methods-removed-email",
                MethodChange::Removed(MethodKind::Totp) => "notice-methods-removed-authenticator",
                MethodChange::Removed(MethodKind::Passkey) => "notice-methods-removed-passkey",
            }),
        ),
        NoticeEvent::Guessing => (
            tr.t("notice-guessing-headline"),
            tr.t("notice-guessing-detail"),
        ),
        NoticeEvent::AuthenticatorBlocked { which, failures } => (
            tr.t("notice-authenticator-blocked-headline"),
            match which {
                BlockedAuthenticator::SelfService => crate::tr!(
                    tr,
                    "notice-authenticator-blocked-detail",
                    n = *failures,
                    helpdesk = helpdesk
                ),
                BlockedAuthenticator::Console => crate::tr!(
                    tr,
                    "notice-console-authenticator-blocked-detail",
                    n = *failures
                ),
            },
        ),
        NoticeEvent::ByHelpdesk {
            admin,
            action,
            note,
        } => {
            let (headline, detail) = match action {
                HelpdeskAction::Reset { must_change: false } => (
                    "notice-helpdesk-reset-headline",
                    "notice-helpdesk-reset-detail",
                ),
                HelpdeskAction::Reset { must_change: true } => (
                    "notice-helpdesk-reset-headline",
                    "notice-helpdesk-reset-must-change-detail",
                ),
                HelpdeskAction::Unlock => (
                    "notice-helpdesk-unlock-headline",
                    "notice-helpdesk-unlock-detail",
                ),
                HelpdeskAction::ClearedMethods => (
                    "notice-helpdesk-cleared-headline",
                    "notice-helpdesk-cleared-detail",
                ),
                HelpdeskAction::UnblockedAuthenticator => (
                    "notice-helpdesk-unblocked-headline",
                    "notice-helpdesk-unblocked-detail",
                ),
            };
            let detail = crate::tr!(tr, detail, admin = admin);
            let detail = match note {
                Some(note) => crate::tr!(tr, "notice-with-note", detail = detail, note = note),
                None => detail,
            };
            (tr.t(headline), detail)
        }
        NoticeEvent::AdminEnrolled { sam, name } => (
            crate::tr!(tr, "notice-admin-enrolled-headline", admin = sam),
            crate::tr!(tr, "notice-admin-enrolled-detail", name = name),
        ),
        NoticeEvent::AdminPasskeyAdded { sam, name } => (
            crate::tr!(tr, "notice-admin-passkey-headline", admin = sam),
            crate::tr!(tr, "notice-admin-passkey-detail", name = name),
        ),
        NoticeEvent::PrivilegedChanged {
            admin_sam,
            admin_name,
            account,
            action,
        } => (
            crate::tr!(tr, "notice-privileged-headline", admin = admin_sam),
            crate::tr!(
                tr,
                "notice-privileged-detail",
                admin = admin_name,
                account = account,
                action = action.key()
            ),
        ),
    }
}

/// What a cannot-help mail says to do.
fn cannot_help_words(tr: &Tr, reason: &CannotHelpReason, helpdesk: &str) -> String {
    match reason {
        CannotHelpReason::NotEnabled => {
            crate::tr!(tr, "mail-cannot-help-not-enabled", helpdesk = helpdesk)
        }
        CannotHelpReason::Disabled => {
            crate::tr!(tr, "mail-cannot-help-disabled", helpdesk = helpdesk)
        }
        CannotHelpReason::Privileged => {
            crate::tr!(tr, "mail-cannot-help-privileged", helpdesk = helpdesk)
        }
        CannotHelpReason::TooFewMethods {
            purpose,
            needed,
            register_url,
        } => crate::tr!(
            tr,
            "mail-cannot-help-too-few-methods",
            purpose = purpose.key(),
            needed = *needed,
            url = register_url,
            helpdesk = helpdesk
        ),
    }
}

/// `text` escaped for HTML.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#x27;"),
            c => out.push(c),
        }
    }
    out
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

#[cfg(test)]
mod tests {
    use super::*;

    fn mailer() -> Mailer {
        let config = crate::i18n::test_config(
            "organisation = \"Example\"\nhelpdesk_contact = \"the IT helpdesk\"",
        );
        let i18n = Catalogues::load(&config.server).unwrap();
        Mailer::new(
            &config.mail,
            &config.server.organisation,
            &config.server.helpdesk_contact,
            config.server.public_url.as_str(),
            i18n,
        )
        .unwrap()
    }

    fn render(mail: &Mail) -> (String, String, String) {
        let m = mailer();
        m.render(&m.tr(None), mail).unwrap()
    }

    #[test]
    fn a_code_mail_reads_as_before() {
        let (subject, text, html) = render(&Mail::Code {
            name: "Ada".into(),
            purpose: CodePurpose::Reset,
            code: "12345678".into(),
            minutes: 10,
        });
        assert_eq!(subject, "Your Example verification code");
        assert_eq!(
            text,
            "Hello Ada,\n\nYour Example verification code to reset your password is:\n\n    \
             12345678\n\nType it on the page where you asked for it. It works once and expires \
             in 10 minutes.\n\nIf you did not ask for this code, you can ignore this email. \
             Nobody can use it without also being at that page, and nothing about your account \
             has changed."
        );
        assert!(
            html.contains("<title>Example verification code</title>"),
            "{html}"
        );
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "{html}");
        let (_, text, _) = render(&Mail::Code {
            name: "Ada".into(),
            purpose: CodePurpose::HelpdeskCaller {
                admin: "Bob Admin".into(),
            },
            code: "12345678".into(),
            minutes: 1,
        });
        assert!(text.contains("Your Example verification code to prove who you are to the helpdesk (Bob Admin is asking) is below. Read it to them:"), "{text}");
        assert!(text.contains("expires in 1 minute."), "{text}");
    }

    #[test]
    fn a_notice_reads_as_before_with_the_time_in_the_readers_layout() {
        let at = DateTime::parse_from_rfc3339("2026-12-02T09:30:00Z")
            .unwrap()
            .with_timezone(&Utc);
        let (subject, text, html) = render(&Mail::Notice {
            name: "Ada".into(),
            event: NoticeEvent::ResetSelfService,
            at,
            client_ip: Some("192.0.2.1".into()),
        });
        assert_eq!(subject, "Example: Your password was reset");
        assert_eq!(
            text,
            "Hello Ada,\n\nYour password was reset.\n\nYour password was reset through \
             self-service password reset, after verification with your registered methods.\n\n\
             When: 2 Dec 2026, 09:30 UTC\nFrom: 192.0.2.1\n\nIf this was you, there is nothing \
             more to do.\n\nIf this wasn't you, contact the IT helpdesk straight away: someone \
             may have access to your account.\n\nExample password service: \
             https://sspr.example.com/"
        );
        assert!(
            html.contains("Example password service: <a href=\"https://sspr.example.com/\">https://sspr.example.com/</a>"),
            "{html}"
        );
        let (_, text, _) = render(&Mail::Notice {
            name: "Ada".into(),
            event: NoticeEvent::MethodsChanged {
                change: MethodChange::Removed(MethodKind::Email),
            },
            at,
            client_ip: None,
        });
        assert!(
            text.contains(
                "Your self-service password reset registration changed: removed email code."
            ),
            "{text}"
        );
        assert!(text.contains("From: unknown"), "{text}");
    }

    #[test]
    fn helpdesk_notices_keep_their_note_and_tell_other_admins_what_was_done() {
        let at = Utc::now();
        let (subject, text, _) = render(&Mail::Notice {
            name: "Ada".into(),
            event: NoticeEvent::ByHelpdesk {
                admin: "Bob Admin".into(),
                action: HelpdeskAction::Reset { must_change: true },
                note: Some("in person, badge checked".into()),
            },
            at,
            client_ip: None,
        });
        assert_eq!(subject, "Example: Your password was reset by the helpdesk");
        assert!(text.contains("Bob Admin reset your password; you will be asked to choose a new one when you sign in. (in person, badge checked)"), "{text}");
        let (subject, text, _) = render(&Mail::Notice {
            name: "carol".into(),
            event: NoticeEvent::PrivilegedChanged {
                admin_sam: "bob".into(),
                admin_name: "Bob Admin".into(),
                account: "dave".into(),
                action: HelpdeskAction::Unlock,
            },
            at,
            client_ip: Some(String::new()),
        });
        assert_eq!(subject, "Example: A privileged account was changed by bob");
        assert!(text.contains("Bob Admin acted on dave, which is a helpdesk or directory admin account: your account was unlocked by the helpdesk\n"), "{text}");
    }

    #[test]
    fn a_cannot_help_mail_has_no_time_or_address() {
        let (subject, text, html) = render(&Mail::CannotHelp {
            name: "Ada".into(),
            reason: CannotHelpReason::TooFewMethods {
                purpose: CodePurpose::Unlock,
                needed: 2,
                register_url: "https://sspr.example.com/register".into(),
            },
        });
        assert_eq!(
            subject,
            "Example: Self-service password reset could not help"
        );
        assert!(text.contains("\n\nSelf-service password reset could not help.\n\nYou asked to unlock your account but you have not registered enough verification methods (2 needed). While you still know your password, register at https://sspr.example.com/register. If you are locked out now, contact the IT helpdesk.\n\nIf this was you"), "{text}");
        assert!(!text.contains("When:") && !html.contains("When:"), "{text}");
    }

    #[test]
    fn html_parts_escape_what_they_are_given() {
        let (_, _, html) = render(&Mail::Code {
            name: "<b>Ada</b>".into(),
            purpose: CodePurpose::Reset,
            code: "1".into(),
            minutes: 10,
        });
        assert!(html.contains("Hello &#60;b&#62;Ada&#60;/b&#62;,"), "{html}");
        assert_eq!(escape("a<\"&'>"), "a&lt;&quot;&amp;&#x27;&gt;");
    }

    /// One of every mail there is.
    fn every_mail() -> Vec<Mail> {
        let name = "Ann Lee".to_string();
        let at = chrono::Utc::now();
        let ip = Some("192.0.2.7".to_string());
        let mut out = Vec::new();
        for purpose in [
            CodePurpose::Reset,
            CodePurpose::Unlock,
            CodePurpose::ChangeMethods,
            CodePurpose::ConfirmAddress,
            CodePurpose::ConsoleAuthenticator,
            CodePurpose::HelpdeskCaller {
                admin: "Bob Admin".into(),
            },
        ] {
            for minutes in [1, 15] {
                out.push(Mail::Code {
                    name: name.clone(),
                    purpose: purpose.clone(),
                    code: "123456".into(),
                    minutes,
                });
            }
        }
        let mut events = vec![
            NoticeEvent::ResetSelfService,
            NoticeEvent::UnlockSelfService,
            NoticeEvent::Changed,
            NoticeEvent::ChangedUnconfirmed,
            NoticeEvent::Guessing,
            NoticeEvent::AdminEnrolled {
                sam: "bob".into(),
                name: "Bob Admin".into(),
            },
            NoticeEvent::AdminPasskeyAdded {
                sam: "bob".into(),
                name: "Bob Admin".into(),
            },
        ];
        for change in [
            MethodChange::AddedEmail,
            MethodChange::AddedAuthenticator,
            MethodChange::AddedPasskey,
            MethodChange::Removed(MethodKind::Email),
            MethodChange::Removed(MethodKind::Totp),
            MethodChange::Removed(MethodKind::Passkey),
        ] {
            events.push(NoticeEvent::MethodsChanged { change });
        }
        for which in [
            BlockedAuthenticator::SelfService,
            BlockedAuthenticator::Console,
        ] {
            for failures in [1, 20] {
                events.push(NoticeEvent::AuthenticatorBlocked { which, failures });
            }
        }
        for action in [
            HelpdeskAction::Reset { must_change: true },
            HelpdeskAction::Reset { must_change: false },
            HelpdeskAction::Unlock,
            HelpdeskAction::ClearedMethods,
            HelpdeskAction::UnblockedAuthenticator,
        ] {
            for note in [None, Some("called from the office".to_string())] {
                events.push(NoticeEvent::ByHelpdesk {
                    admin: "Bob Admin".into(),
                    action,
                    note,
                });
            }
            events.push(NoticeEvent::PrivilegedChanged {
                admin_sam: "bob".into(),
                admin_name: "Bob Admin".into(),
                account: "ann".into(),
                action,
            });
        }
        for event in events {
            for client_ip in [ip.clone(), None] {
                out.push(Mail::Notice {
                    name: name.clone(),
                    event: event.clone(),
                    at,
                    client_ip,
                });
            }
        }
        for reason in [
            CannotHelpReason::NotEnabled,
            CannotHelpReason::Disabled,
            CannotHelpReason::Privileged,
            CannotHelpReason::TooFewMethods {
                purpose: CodePurpose::Reset,
                needed: 2,
                register_url: "https://sspr.example.com/register".into(),
            },
        ] {
            out.push(Mail::CannotHelp {
                name: name.clone(),
                reason,
            });
        }
        out
    }

    #[test]
    fn every_mail_reads_in_every_language_with_no_english_left_and_no_raw_id() {
        let m = mailer();
        let english = m.tr(None);
        // Sentences (runs of three words or more between punctuation) of the English mail
        // that a translation still carries word for word.
        let sentences = |text: &str| -> Vec<String> {
            // The words of an HTML part are between its tags (its styles are not words).
            let mut words = String::new();
            let mut in_tag = false;
            for c in text.chars() {
                match c {
                    '<' => in_tag = true,
                    '>' => {
                        in_tag = false;
                        words.push('\n');
                    }
                    c if !in_tag => words.push(c),
                    _ => {}
                }
            }
            let text = words;
            text.split(|c: char| ".:;!?\n<>()".contains(c))
                .map(|s| s.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|s| {
                    s.split(' ')
                        .filter(|w| w.chars().any(char::is_alphabetic))
                        .count()
                        >= 3
                })
                .collect()
        };
        let same_everywhere = [
            "Ann Lee",
            "Bob Admin",
            "called from the office",
            "the IT helpdesk",
            "Example",
        ];
        let mut failures = Vec::new();
        for code in Catalogues::shipped().into_iter().filter(|c| *c != "en") {
            let tr = m.tr(Some(code));
            assert_eq!(tr.code(), code);
            for mail in every_mail() {
                let (es, et, eh) = m.render(&english, &mail).unwrap();
                let (s, t, h) = m.render(&tr, &mail).unwrap();
                for (part, en, theirs) in
                    [("subject", &es, &s), ("text", &et, &t), ("html", &eh, &h)]
                {
                    for sentence in sentences(en) {
                        if theirs.contains(&sentence)
                            && !same_everywhere.iter().any(|n| sentence.contains(n))
                        {
                            failures.push(format!(
                                "{code} {part} of {mail:?}: still English: {sentence:?}"
                            ));
                        }
                    }
                    for word in theirs.split_whitespace() {
                        let w = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
                        if (w.starts_with("mail-") || w.starts_with("notice-")) && tr.has(w) {
                            failures.push(format!("{code} {part} of {mail:?}: raw id {w}"));
                        }
                    }
                }
                if !h.contains(&format!("lang=\"{code}\"")) {
                    failures.push(format!("{code} html of {mail:?} is not marked {code}"));
                }
            }
        }
        assert!(
            failures.is_empty(),
            "{} problems:\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
