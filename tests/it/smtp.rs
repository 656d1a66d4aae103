//! A real SMTP server on loopback for the tests: the mail sink.
//!
//! The portal sends its mail (one-time codes, notices) with lettre over TCP. To test that flow
//! as a person would live it, the tests start this server, point the portal's SMTP URL at it,
//! and then read the mail that arrived: its envelope, headers and decoded text, and the code in
//! it. It speaks RFC 5321 (with PIPELINING, 8BITMIME, SMTPUTF8 and, when asked for, STARTTLS
//! through rustls) over a real socket, so a bug in how the portal builds, encodes or sends mail
//! shows up here as it would at a real relay; nothing of lettre is mocked.
//!
//! It stores every message in memory; [`SmtpSink::wait_for`] hands them out one at a time, in
//! arrival order, so a test that expects two mails to the same person reads both.

// Not every test uses every helper (say, `html_body` or `messages`); that is no reason to warn.
#![allow(dead_code)]

use std::path::Path;
use std::pin::pin;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::Duration;

use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use tokio::io::{AsyncBufReadExt, AsyncRead, AsyncWrite, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::{JoinHandle, JoinSet};
use tokio_rustls::TlsAcceptor;

/// How long a test waits for a mail the portal sends.
pub const MAIL_WAIT: Duration = Duration::from_secs(10);

/// The name the server gives itself in its greeting and EHLO reply.
const NAME: &str = "sspr-test";

/// The SMTP server. Dropping it stops it, connections and all.
pub struct SmtpSink {
    pub port: u16,
    shared: Arc<Shared>,
    task: JoinHandle<()>,
}

/// One message as the server received it.
#[derive(Clone, Debug)]
pub struct Received {
    /// The `MAIL FROM` address, without the angle brackets (empty for the null sender).
    pub from: String,
    /// The `RCPT TO` addresses, in the order given.
    pub to: Vec<String>,
    /// The `DATA` content, dot-unstuffed, line endings kept as sent (CRLF).
    pub raw: String,
    /// Whether STARTTLS was negotiated on the connection before this message's `DATA`.
    pub used_tls: bool,
    /// The user name the client authenticated as (AUTH PLAIN), if it did.
    pub authenticated_as: Option<String>,
}

/// How a sink talks: STARTTLS on offer, TLS from the first byte (smtps), and whether it
/// requires AUTH PLAIN with one user name and password (offered only under TLS).
#[derive(Clone, Default)]
struct Mode {
    tls: Option<TlsAcceptor>,
    implicit: bool,
    auth: Option<(String, String)>,
}

/// What the accept task and the tests share.
struct Shared {
    /// Every message in arrival order, with whether `wait_for` has handed it out yet.
    mail: Mutex<Vec<(Received, bool)>>,
    /// Woken on each new message, for `wait_for`.
    arrived: Notify,
}

impl Shared {
    fn lock(&self) -> MutexGuard<'_, Vec<(Received, bool)>> {
        // A test that panicked while reading the list must not take down every later check
        // with a poisoned lock: the list itself is always left whole.
        self.mail.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn push(&self, message: Received) {
        self.lock().push((message, false));
        self.arrived.notify_waiters();
    }
}

impl SmtpSink {
    /// Starts a server on 127.0.0.1 with a free port; it does not offer STARTTLS.
    pub async fn start() -> SmtpSink {
        Self::start_inner(Mode::default()).await
    }

    /// Starts a server that offers STARTTLS in its EHLO reply and upgrades with this
    /// certificate chain and key (PEM; the key may be PKCS#8, SEC1 EC or PKCS#1 RSA).
    /// Panics, naming the file, when they cannot be read.
    pub async fn start_with_starttls(cert_chain_pem: &Path, key_pem: &Path) -> SmtpSink {
        Self::start_inner(Mode {
            tls: Some(acceptor(cert_chain_pem, key_pem)),
            ..Mode::default()
        })
        .await
    }

    /// Starts a server that speaks TLS from the first byte (what smtps:// means), and, when
    /// `auth` is given, takes mail only after AUTH PLAIN with that user name and password.
    pub async fn start_smtps(
        cert_chain_pem: &Path,
        key_pem: &Path,
        auth: Option<(&str, &str)>,
    ) -> SmtpSink {
        Self::start_inner(Mode {
            tls: Some(acceptor(cert_chain_pem, key_pem)),
            implicit: true,
            auth: auth.map(|(u, p)| (u.to_string(), p.to_string())),
        })
        .await
    }

    /// Like [`SmtpSink::start_with_starttls`], taking mail only after AUTH PLAIN (offered once
    /// STARTTLS is done) with that user name and password.
    pub async fn start_with_starttls_and_auth(
        cert_chain_pem: &Path,
        key_pem: &Path,
        user: &str,
        password: &str,
    ) -> SmtpSink {
        Self::start_inner(Mode {
            tls: Some(acceptor(cert_chain_pem, key_pem)),
            implicit: false,
            auth: Some((user.to_string(), password.to_string())),
        })
        .await
    }

    async fn start_inner(mode: Mode) -> SmtpSink {
        let listener = TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the SMTP sink on 127.0.0.1");
        let port = listener.local_addr().expect("the sink's address").port();
        let shared = Arc::new(Shared {
            mail: Mutex::new(Vec::new()),
            arrived: Notify::new(),
        });
        let task = tokio::spawn(accept_loop(listener, mode, Arc::clone(&shared)));
        SmtpSink { port, shared, task }
    }

    /// The URL to give the portal as its SMTP server (smtp://: STARTTLS is on offer only from
    /// a sink started with `start_with_starttls`, which the portal requires by default).
    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    /// The URL for a sink started with [`SmtpSink::start_smtps`].
    pub fn smtps_url(&self) -> String {
        format!("smtps://127.0.0.1:{}", self.port)
    }

    /// Every message received so far, in arrival order.
    pub fn messages(&self) -> Vec<Received> {
        self.shared.lock().iter().map(|(m, _)| m.clone()).collect()
    }

    /// The first message to `to` (compared case-insensitively) that no earlier call returned,
    /// waiting up to `timeout` for it to arrive. Panics on timeout, listing what did arrive.
    /// The one-time code in the next message to `to`, waiting up to [`MAIL_WAIT`] for it.
    pub async fn code_to(&self, to: &str) -> String {
        self.wait_for(to, MAIL_WAIT)
            .await
            .find_code()
            .unwrap_or_else(|| panic!("no code in the mail to {to}"))
    }

    pub async fn wait_for(&self, to: &str, timeout: Duration) -> Received {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            // Register for the wake-up before looking, so a message that lands between the
            // look and the wait is not missed.
            let mut arrived = pin!(self.shared.arrived.notified());
            arrived.as_mut().enable();
            if let Some(message) = self.claim(to) {
                return message;
            }
            if tokio::time::timeout_at(deadline, arrived).await.is_err() {
                if let Some(message) = self.claim(to) {
                    return message;
                }
                panic!(
                    "no new mail to {to} within {timeout:?}; what arrived: {}",
                    self.describe()
                );
            }
        }
    }

    /// How many messages (handed out by `wait_for` or not) were addressed to `to`.
    pub fn count_to(&self, to: &str) -> usize {
        self.shared
            .lock()
            .iter()
            .filter(|(m, _)| m.is_to(to))
            .count()
    }

    fn claim(&self, to: &str) -> Option<Received> {
        let mut mail = self.shared.lock();
        let (message, taken) = mail.iter_mut().find(|(m, taken)| !*taken && m.is_to(to))?;
        *taken = true;
        Some(message.clone())
    }

    fn describe(&self) -> String {
        let mail = self.shared.lock();
        if mail.is_empty() {
            return "nothing".to_string();
        }
        let lines: Vec<String> = mail
            .iter()
            .enumerate()
            .map(|(i, (m, taken))| {
                format!(
                    "\n  #{i} from <{}> to {:?}, subject {:?}{}",
                    m.from,
                    m.to,
                    m.header("Subject").unwrap_or_default(),
                    if *taken { " (already returned)" } else { "" }
                )
            })
            .collect();
        lines.concat()
    }
}

impl Drop for SmtpSink {
    fn drop(&mut self) {
        // The connection tasks live in a JoinSet owned by this task, so they go with it.
        self.task.abort();
    }
}

/// A TLS acceptor for this certificate chain and key (PEM; the key may be PKCS#8, SEC1 EC or
/// PKCS#1 RSA). Panics, naming the file, when they cannot be read.
fn acceptor(cert_chain_pem: &Path, key_pem: &Path) -> TlsAcceptor {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert_chain_pem)
        .unwrap_or_else(|e| panic!("read certificates from {}: {e}", cert_chain_pem.display()))
        .collect::<Result<_, _>>()
        .unwrap_or_else(|e| panic!("parse certificates in {}: {e}", cert_chain_pem.display()));
    assert!(
        !certs.is_empty(),
        "no certificate in {}",
        cert_chain_pem.display()
    );
    let key = PrivateKeyDer::from_pem_file(key_pem)
        .unwrap_or_else(|e| panic!("read a private key from {}: {e}", key_pem.display()));
    // The provider is named rather than taken from the process default, which panics when
    // no default is installed and more than one provider is compiled in.
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("rustls protocol versions")
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .unwrap_or_else(|e| {
            panic!(
                "the key {} does not fit the certificate {}: {e}",
                key_pem.display(),
                cert_chain_pem.display()
            )
        });
    TlsAcceptor::from(Arc::new(config))
}

/// Accepts connections until aborted, serving each on its own task: lettre's pool may open
/// several at once, and a test may send from many flows in parallel.
async fn accept_loop(listener: TcpListener, mode: Mode, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((tcp, _)) => {
                    let (mode, shared) = (mode.clone(), Arc::clone(&shared));
                    connections.spawn(async move {
                        if let Err(e) = serve(tcp, mode, &shared).await {
                            // Shown with the failing test's output: a TLS handshake that
                            // failed, say, explains a send error on the portal's side.
                            eprintln!("smtp sink: connection ended with an error: {e}");
                        }
                    });
                }
                // Out of file descriptors and the like: wait rather than spin.
                Err(_) => tokio::time::sleep(Duration::from_millis(10)).await,
            },
            // Reap finished connections so the set does not grow for the whole test.
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

/// A connection before or after STARTTLS, so one session loop serves both.
trait Io: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Io for T {}

type Conn = BufReader<Box<dyn Io>>;

/// One SMTP session, RFC 5321 §4.1 and RFC 3207 for STARTTLS.
async fn serve(tcp: TcpStream, mode: Mode, shared: &Shared) -> std::io::Result<()> {
    let (mut conn, mut used_tls): (Conn, bool) = match (&mode.tls, mode.implicit) {
        (Some(acceptor), true) => (BufReader::new(Box::new(acceptor.accept(tcp).await?)), true),
        _ => (BufReader::new(Box::new(tcp)), false),
    };
    let tls = if mode.implicit {
        None
    } else {
        mode.tls.clone()
    };
    let mut authenticated_as: Option<String> = None;
    let mut greeted = false;
    let mut from: Option<String> = None;
    let mut to: Vec<String> = Vec::new();
    reply(&mut conn, &format!("220 {NAME} ESMTP")).await?;
    while let Some(line) = read_line(&mut conn).await? {
        let line = String::from_utf8_lossy(&line);
        let (verb, arg) = line.split_once(' ').unwrap_or((&line, ""));
        let arg = arg.trim();
        match verb.to_ascii_uppercase().as_str() {
            "EHLO" | "HELO" if arg.is_empty() => reply(&mut conn, "501 a domain is needed").await?,
            "EHLO" => {
                greeted = true;
                (from, to) = (None, Vec::new());
                let mut lines = vec![format!("{NAME} greets {arg}"), "PIPELINING".into()];
                lines.extend(["8BITMIME".into(), "SMTPUTF8".into()]);
                if tls.is_some() && !used_tls {
                    lines.push("STARTTLS".into());
                }
                if mode.auth.is_some() && used_tls {
                    lines.push("AUTH PLAIN".into());
                }
                let last = lines.len() - 1;
                let text: String = lines
                    .iter()
                    .enumerate()
                    .map(|(i, l)| format!("250{}{l}\r\n", if i == last { ' ' } else { '-' }))
                    .collect();
                conn.get_mut().write_all(text.as_bytes()).await?;
                conn.get_mut().flush().await?;
            }
            "HELO" => {
                greeted = true;
                (from, to) = (None, Vec::new());
                reply(&mut conn, &format!("250 {NAME}")).await?;
            }
            "STARTTLS" => {
                let Some(acceptor) = tls.as_ref().filter(|_| !used_tls) else {
                    let why = if used_tls {
                        "503 TLS already active"
                    } else {
                        "502 no TLS here"
                    };
                    reply(&mut conn, why).await?;
                    continue;
                };
                if !arg.is_empty() {
                    reply(&mut conn, "501 STARTTLS takes no parameters").await?;
                    continue;
                }
                reply(&mut conn, "220 ready").await?;
                // Anything the client pipelined after STARTTLS was sent in the clear and is
                // dropped with the buffer (RFC 3207 §4.2: the session starts over under TLS).
                let plain = conn.into_inner();
                conn = BufReader::new(Box::new(acceptor.accept(plain).await?));
                used_tls = true;
                authenticated_as = None;
                greeted = false;
                (from, to) = (None, Vec::new());
            }
            "AUTH" => {
                let Some((user, password)) = mode.auth.as_ref().filter(|_| used_tls) else {
                    reply(&mut conn, "502 no AUTH here").await?;
                    continue;
                };
                let (mech, initial) = arg.split_once(' ').unwrap_or((arg, ""));
                if !mech.eq_ignore_ascii_case("PLAIN") {
                    reply(&mut conn, "504 only PLAIN").await?;
                    continue;
                }
                let response = if initial.is_empty() {
                    reply(&mut conn, "334 ").await?;
                    let Some(l) = read_line(&mut conn).await? else {
                        return Ok(());
                    };
                    String::from_utf8_lossy(&l).into_owned()
                } else {
                    initial.to_string()
                };
                use base64::Engine;
                let decoded = base64::engine::general_purpose::STANDARD
                    .decode(response.trim())
                    .unwrap_or_default();
                let parts: Vec<&[u8]> = decoded.split(|b| *b == 0).collect();
                if parts.len() == 3
                    && parts[1] == user.as_bytes()
                    && parts[2] == password.as_bytes()
                {
                    authenticated_as = Some(user.clone());
                    reply(&mut conn, "235 2.7.0 authenticated").await?;
                } else {
                    reply(&mut conn, "535 5.7.8 authentication failed").await?;
                }
            }
            "MAIL" if mode.auth.is_some() && authenticated_as.is_none() => {
                reply(&mut conn, "530 5.7.0 authentication required").await?;
            }
            "MAIL" => {
                if !greeted || from.is_some() {
                    reply(&mut conn, "503 bad sequence of commands").await?;
                    continue;
                }
                match path_arg(arg, "FROM:", &["SIZE", "BODY", "SMTPUTF8"]) {
                    Ok(address) => {
                        from = Some(address);
                        reply(&mut conn, "250 OK").await?;
                    }
                    Err(code) => reply(&mut conn, code).await?,
                }
            }
            "RCPT" => {
                if from.is_none() {
                    reply(&mut conn, "503 bad sequence of commands").await?;
                    continue;
                }
                match path_arg(arg, "TO:", &[]) {
                    Ok(address) if address.is_empty() => {
                        reply(&mut conn, "501 a recipient is needed").await?;
                    }
                    Ok(address) => {
                        to.push(address);
                        reply(&mut conn, "250 OK").await?;
                    }
                    Err(code) => reply(&mut conn, code).await?,
                }
            }
            "DATA" => {
                if from.is_none() || to.is_empty() {
                    reply(&mut conn, "503 bad sequence of commands").await?;
                    continue;
                }
                reply(&mut conn, "354 end data with <CR><LF>.<CR><LF>").await?;
                let Some(raw) = read_data(&mut conn).await? else {
                    return Ok(());
                };
                shared.push(Received {
                    from: from.take().unwrap_or_default(),
                    to: std::mem::take(&mut to),
                    raw,
                    used_tls,
                    authenticated_as: authenticated_as.clone(),
                });
                reply(&mut conn, "250 OK queued").await?;
            }
            "RSET" => {
                (from, to) = (None, Vec::new());
                reply(&mut conn, "250 OK").await?;
            }
            "NOOP" => reply(&mut conn, "250 OK").await?,
            "QUIT" => {
                reply(&mut conn, &format!("221 {NAME} closing")).await?;
                return Ok(());
            }
            _ => reply(&mut conn, "502 command not implemented").await?,
        }
    }
    Ok(())
}

/// Sends one reply line. Each is flushed at once: pipelining clients read replies as they
/// come, and a buffered reply would stall them.
async fn reply(conn: &mut Conn, line: &str) -> std::io::Result<()> {
    conn.get_mut()
        .write_all(format!("{line}\r\n").as_bytes())
        .await?;
    conn.get_mut().flush().await
}

/// One command line without its line ending; `None` when the client hung up.
async fn read_line(conn: &mut Conn) -> std::io::Result<Option<Vec<u8>>> {
    let mut line = Vec::new();
    if conn.read_until(b'\n', &mut line).await? == 0 {
        return Ok(None);
    }
    while line.last().is_some_and(|b| *b == b'\n' || *b == b'\r') {
        line.pop();
    }
    Ok(Some(line))
}

/// The mail data up to the line ".", dot-unstuffed (RFC 5321 §4.5.2), line endings kept;
/// `None` when the client hung up before the end.
async fn read_data(conn: &mut Conn) -> std::io::Result<Option<String>> {
    let mut data = Vec::new();
    loop {
        let mut line = Vec::new();
        if conn.read_until(b'\n', &mut line).await? == 0 {
            return Ok(None);
        }
        if line == b".\r\n" || line == b".\n" {
            return Ok(Some(String::from_utf8_lossy(&data).into_owned()));
        }
        let unstuffed = if line.first() == Some(&b'.') {
            &line[1..]
        } else {
            &line[..]
        };
        data.extend_from_slice(unstuffed);
    }
}

/// The address in `FROM:<a> PARAMS` or `TO:<b>`, or the reply for a bad one. Only the named
/// ESMTP parameters are accepted (those the EHLO reply implies), as a real server would.
fn path_arg(arg: &str, keyword: &str, params: &[&str]) -> Result<String, &'static str> {
    let head = arg.get(..keyword.len()).unwrap_or_default();
    if !head.eq_ignore_ascii_case(keyword) {
        return Err("501 syntax: expected FROM:<address> or TO:<address>");
    }
    let rest = arg[keyword.len()..].trim_start();
    let Some((address, tail)) = rest.strip_prefix('<').and_then(|r| r.split_once('>')) else {
        return Err("501 syntax: the address goes in <>");
    };
    for param in tail.split_whitespace() {
        let name = param.split('=').next().unwrap_or_default();
        if !params.iter().any(|p| p.eq_ignore_ascii_case(name)) {
            return Err("555 parameter not recognized");
        }
    }
    Ok(address.to_string())
}

impl Received {
    fn is_to(&self, address: &str) -> bool {
        self.to.iter().any(|t| t.eq_ignore_ascii_case(address))
    }

    /// The first header of this name (case-insensitive), unfolded, with RFC 2047 encoded
    /// words decoded, leading and trailing blanks trimmed.
    pub fn header(&self, name: &str) -> Option<String> {
        Entity::parse(&self.raw)
            .header(name)
            .map(|v| decode_words(v.trim()))
    }

    /// The decoded subject, or "" when there is none.
    pub fn subject(&self) -> String {
        self.header("Subject").unwrap_or_default()
    }

    /// The text/plain part, decoded, line endings as "\n". Panics, showing the raw message,
    /// when there is none: a test reading the text of a mail that has none has found a bug.
    pub fn text_body(&self) -> String {
        self.part("text/plain")
            .unwrap_or_else(|| panic!("no text/plain part in the mail:\n{}", self.raw))
    }

    /// The text/html part, decoded as `text_body` is, if there is one.
    pub fn html_body(&self) -> Option<String> {
        self.part("text/html")
    }

    /// The first run of exactly 8 ASCII digits in the text part: the one-time code.
    pub fn find_code(&self) -> Option<String> {
        let text = self.part("text/plain")?;
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            let run = bytes[i..].iter().take_while(|b| b.is_ascii_digit()).count();
            if run == 8 {
                return Some(text[i..i + 8].to_string());
            }
            i += run.max(1);
        }
        None
    }

    /// The first inline leaf part of this media type, decoded.
    fn part(&self, media_type: &str) -> Option<String> {
        let mut leaves = Vec::new();
        Entity::parse(&self.raw).leaves(&mut leaves);
        leaves
            .into_iter()
            .find(|(t, _)| t == media_type)
            .map(|(_, text)| text)
    }
}

/// A MIME entity (RFC 2045): its headers, unfolded, and its still-encoded body.
struct Entity<'a> {
    headers: Vec<(String, String)>,
    body: &'a str,
}

impl<'a> Entity<'a> {
    fn parse(raw: &'a str) -> Entity<'a> {
        let (head, body) = if raw.starts_with("\r\n") || raw.starts_with('\n') {
            (
                "",
                raw.trim_start_matches('\r').get(1..).unwrap_or_default(),
            )
        } else if let Some(i) = raw.find("\r\n\r\n") {
            (&raw[..i], &raw[i + 4..])
        } else if let Some(i) = raw.find("\n\n") {
            (&raw[..i], &raw[i + 2..])
        } else {
            (raw, "")
        };
        let mut headers: Vec<(String, String)> = Vec::new();
        for line in head.split('\n') {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if line.starts_with([' ', '\t']) {
                // A folded line: unfolding removes only the line break (RFC 5322 §2.2.3).
                if let Some((_, value)) = headers.last_mut() {
                    value.push_str(line);
                }
            } else if let Some((name, value)) = line.split_once(':') {
                headers.push((name.trim().to_string(), value.to_string()));
            }
        }
        Entity { headers, body }
    }

    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }

    /// Collects the (media type, decoded text) of each inline leaf, depth first, so
    /// multipart/mixed around multipart/alternative is read as a mail reader would.
    fn leaves(&self, out: &mut Vec<(String, String)>) {
        // RFC 2045 §5.2: no Content-Type means plain US-ASCII text.
        let (media_type, params) =
            content_type(self.header("Content-Type").unwrap_or("text/plain"));
        if media_type.starts_with("multipart/") {
            let Some(boundary) = param(&params, "boundary") else {
                return;
            };
            for part in split_multipart(self.body, boundary) {
                Entity::parse(part).leaves(out);
            }
            return;
        }
        let attachment = self
            .header("Content-Disposition")
            .is_some_and(|d| d.trim().to_ascii_lowercase().starts_with("attachment"));
        if attachment || !media_type.starts_with("text/") {
            return;
        }
        let encoding = self.header("Content-Transfer-Encoding").unwrap_or("7bit");
        let bytes = match encoding.trim().to_ascii_lowercase().as_str() {
            "quoted-printable" => decode_quoted_printable(self.body),
            "base64" => decode_base64(self.body),
            _ => self.body.as_bytes().to_vec(),
        };
        let text = decode_charset(&bytes, param(&params, "charset").unwrap_or("utf-8"));
        out.push((media_type, text.replace("\r\n", "\n")));
    }
}

/// The media type (lower case) and parameters (names lower case, values unquoted) of a
/// Content-Type value.
fn content_type(value: &str) -> (String, Vec<(String, String)>) {
    // Split on ';' outside quoted strings: a boundary may hold any of "'()+_,-./:=?".
    let mut pieces = vec![String::new()];
    let (mut quoted, mut escaped) = (false, false);
    for c in value.chars() {
        match c {
            _ if escaped => escaped = false,
            '\\' if quoted => escaped = true,
            '"' => quoted = !quoted,
            ';' if !quoted => {
                pieces.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(piece) = pieces.last_mut() {
            piece.push(c);
        }
    }
    let media_type = pieces[0].trim().to_ascii_lowercase();
    let params = pieces[1..]
        .iter()
        .filter_map(|p| p.split_once('='))
        .map(|(name, value)| {
            let value = value.trim();
            let value = match value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                Some(inner) => inner.replace("\\\"", "\"").replace("\\\\", "\\"),
                None => value.to_string(),
            };
            (name.trim().to_ascii_lowercase(), value)
        })
        .collect();
    (media_type, params)
}

fn param<'p>(params: &'p [(String, String)], name: &str) -> Option<&'p str> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The body parts of a multipart body (RFC 2046 §5.1.1). The line break before a delimiter
/// belongs to the delimiter, not to the part before it.
fn split_multipart<'b>(body: &'b str, boundary: &str) -> Vec<&'b str> {
    let mut parts = Vec::new();
    let mut start = None;
    let mut pos = 0;
    while pos < body.len() {
        let end = body[pos..].find('\n').map_or(body.len(), |i| pos + i + 1);
        let line = body[pos..end].trim_end_matches(['\r', '\n']);
        let after = line
            .strip_prefix("--")
            .and_then(|l| l.strip_prefix(boundary));
        // Transport padding (blanks) may follow a delimiter.
        if let Some(after) = after
            .map(str::trim_end)
            .filter(|a| a.is_empty() || *a == "--")
        {
            if let Some(s) = start {
                let before = &body[..pos];
                let e = before
                    .strip_suffix("\r\n")
                    .or_else(|| before.strip_suffix('\n'))
                    .unwrap_or(before)
                    .len();
                parts.push(&body[s..e.max(s)]);
            }
            if after == "--" {
                break;
            }
            start = Some(end);
        }
        pos = end;
    }
    parts
}

/// Quoted-printable (RFC 2045 §6.7): "=XX" is a byte, "=" at a line's end is a soft line
/// break that joins the lines, trailing blanks on a line are padding.
fn decode_quoted_printable(body: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut lines = body.split('\n').peekable();
    while let Some(line) = lines.next() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let line = line.trim_end_matches([' ', '\t']);
        let (line, soft) = match line.strip_suffix('=') {
            Some(line) => (line, true),
            None => (line, false),
        };
        let bytes = line.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            match (bytes[i], bytes.get(i + 1..i + 3)) {
                (b'=', Some(&[high, low]))
                    if high.is_ascii_hexdigit() && low.is_ascii_hexdigit() =>
                {
                    out.push(hex_value(high) << 4 | hex_value(low));
                    i += 3;
                }
                // A stray "=" is kept as it is, as RFC 2045 §6.7 suggests.
                (byte, _) => {
                    out.push(byte);
                    i += 1;
                }
            }
        }
        if !soft && lines.peek().is_some() {
            out.extend_from_slice(b"\r\n");
        }
    }
    out
}

fn hex_value(digit: u8) -> u8 {
    match digit {
        b'0'..=b'9' => digit - b'0',
        b'a'..=b'f' => digit - b'a' + 10,
        _ => digit - b'A' + 10,
    }
}

/// Base64 (RFC 2045 §6.8), skipping line breaks and anything else outside the alphabet.
fn decode_base64(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            _ => continue,
        };
        acc = (acc << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    out
}

/// Text in a charset: UTF-8 (and its subset US-ASCII) or Latin-1; anything else is read as
/// UTF-8, which is all the portal sends.
fn decode_charset(bytes: &[u8], charset: &str) -> String {
    match charset.trim().to_ascii_lowercase().as_str() {
        "iso-8859-1" | "latin1" => bytes.iter().map(|&b| char::from(b)).collect(),
        _ => String::from_utf8_lossy(bytes).into_owned(),
    }
}

/// A header value with RFC 2047 encoded words ("=?utf-8?b?...?=", "=?utf-8?q?...?=")
/// decoded. Blanks between two encoded words are dropped (§6.2), and the bytes of adjacent
/// words in one charset are joined before decoding, since a long subject is split into words
/// wherever it is split.
fn decode_words(value: &str) -> String {
    let mut out = String::new();
    // The decoded bytes of the current run of encoded words, and the blanks after it.
    let mut run: Option<(String, Vec<u8>)> = None;
    let mut blanks = String::new();
    let flush = |run: &mut Option<(String, Vec<u8>)>, out: &mut String| {
        if let Some((charset, bytes)) = run.take() {
            out.push_str(&decode_charset(&bytes, &charset));
        }
    };
    let mut i = 0;
    while i < value.len() {
        let rest = &value[i..];
        if let Some((charset, bytes, len)) = encoded_word(rest) {
            match &mut run {
                Some((c, b)) if *c == charset => b.extend(bytes),
                _ => {
                    flush(&mut run, &mut out);
                    run = Some((charset, bytes));
                }
            }
            blanks.clear();
            i += len;
            continue;
        }
        let Some(c) = rest.chars().next() else { break };
        i += c.len_utf8();
        if run.is_some() && (c == ' ' || c == '\t') {
            blanks.push(c);
            continue;
        }
        flush(&mut run, &mut out);
        out.push_str(&blanks);
        blanks.clear();
        out.push(c);
    }
    flush(&mut run, &mut out);
    out.push_str(&blanks);
    out
}

/// The encoded word at the start of `text`: its charset (lower case), decoded bytes, and
/// length in `text`.
fn encoded_word(text: &str) -> Option<(String, Vec<u8>, usize)> {
    let inner = text.strip_prefix("=?")?;
    let (charset, inner) = inner.split_once('?')?;
    let (encoding, inner) = inner.split_once('?')?;
    let (encoded, _) = inner.split_once("?=")?;
    if encoded.contains([' ', '\t', '?']) || charset.contains([' ', '\t']) {
        return None;
    }
    let bytes = match encoding {
        "b" | "B" => decode_base64(encoded),
        // In the Q encoding "_" is a space (§4.2); "=XX" is as in quoted-printable.
        "q" | "Q" => decode_quoted_printable(&encoded.replace('_', "=20")),
        _ => return None,
    };
    let len = 2 + charset.len() + 1 + encoding.len() + 1 + encoded.len() + 2;
    // RFC 2231 lets a language follow the charset: "utf-8*en".
    let charset = charset
        .split('*')
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    Some((charset, bytes, len))
}
