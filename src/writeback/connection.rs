//! Connections to domain controllers: TLS trust, the service-account pool, failover.
//!
//! ldap3 has no pooling or failover of its own; an `Ldap` handle is `Clone` and multiplexes one
//! connection. Each DC gets a few long-lived service connections (bound as the service account)
//! that operations clone and share. A connection found closed, or that failed mid-operation, is
//! dropped and re-opened lazily. DCs are tried in order of preference; one that failed to
//! connect is skipped for [`DOWN_BACKOFF`] so that every request does not pay its connect
//! timeout again, but it is still tried last rather than giving up while it might be back.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex as StdMutex};
use std::time::{Duration, Instant};

use ldap3::{Ldap, LdapConnAsync, LdapConnSettings, LdapError, Scope};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::CertificateDer;
use rustls::{ClientConfig, RootCertStore};
use secrecy::{ExposeSecret, SecretString};
use tokio::sync::Mutex;
use url::Url;

use super::errors::{rc, WritebackError};

/// How long a DC that failed to connect is tried only after the others.
pub const DOWN_BACKOFF: Duration = Duration::from_secs(30);

/// A pooled connection unused for longer is replaced rather than trusted: AD drops idle
/// connections after 15 minutes (MaxConnIdleTime), and a firewall may forget one silently,
/// leaving a half-open socket that would only show itself by timing out.
pub const MAX_IDLE: Duration = Duration::from_secs(600);

/// A pooled connection, with a generation so that a late `discard` from one task cannot drop
/// the fresh connection another task has just put in the slot.
struct Pooled {
    ldap: Ldap,
    generation: u64,
    last_used: Instant,
}

/// Policy hints control (Windows Server 2012 R2+), and its older number.
pub const OID_POLICY_HINTS: &str = "1.2.840.113556.1.4.2239";
/// Policy hints, deprecated OID (Windows Server 2008 R2 with a hotfix).
pub const OID_POLICY_HINTS_DEPRECATED: &str = "1.2.840.113556.1.4.2066";

/// Builds the TLS client configuration: the CA file's certificates when given (the usual case
/// for an internal AD CS), the system roots otherwise. Verification is never switched off.
pub fn tls_config(ca_file: Option<&Path>) -> Result<Arc<ClientConfig>, String> {
    let mut roots = RootCertStore::empty();
    match ca_file {
        Some(path) => {
            let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(path)
                .map_err(|e| format!("cannot read CA file {}: {e}", path.display()))?
                .collect::<Result<_, _>>()
                .map_err(|e| format!("CA file {} is not valid PEM: {e}", path.display()))?;
            if certs.is_empty() {
                return Err(format!("CA file {} holds no certificate", path.display()));
            }
            for c in certs {
                roots
                    .add(c)
                    .map_err(|e| format!("CA file {}: {e}", path.display()))?;
            }
        }
        None => {
            let native = rustls_native_certs::load_native_certs();
            for c in native.certs {
                // A broken system root is the system's problem; the others still count.
                let _ = roots.add(c);
            }
            if roots.is_empty() {
                return Err("no system CA certificates found; set directory.ca_file".into());
            }
        }
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("TLS setup: {e}"))?
        .with_root_certificates(roots)
        .with_no_client_auth();
    Ok(Arc::new(config))
}

/// Settings for opening a connection.
#[derive(Clone)]
pub struct ConnectParams {
    /// TLS trust.
    pub tls: Arc<ClientConfig>,
    /// Use StartTLS on `ldap://` URLs.
    pub starttls: bool,
    /// Bound on connect + TLS + bind.
    pub connect_timeout: Duration,
}

/// Whether an error means the connection itself is gone (as opposed to an LDAP answer).
pub fn is_connection_error(e: &LdapError) -> bool {
    !matches!(e, LdapError::LdapResult { .. } | LdapError::FilterParsing)
}

/// Turns a connect failure into a typed error, separating TLS trust problems (an admin must act)
/// from plain unreachability.
fn classify_connect_error(url: &Url, e: &LdapError) -> WritebackError {
    if let LdapError::Io { source } = e {
        if let Some(tls) = source
            .get_ref()
            .and_then(|inner| inner.downcast_ref::<rustls::Error>())
        {
            return WritebackError::Tls {
                url: url.to_string(),
                detail: tls.to_string(),
            };
        }
    }
    if let LdapError::LdapResult { result } = e {
        // StartTLS refused by the server.
        return WritebackError::Tls {
            url: url.to_string(),
            detail: format!("StartTLS refused: {} {}", result.rc, result.text.trim()),
        };
    }
    WritebackError::Unreachable(format!("{url}: {e}"))
}

/// Opens one TLS connection (no bind). The whole connect, handshake included, is bounded.
pub async fn open(url: &Url, params: &ConnectParams) -> Result<Ldap, WritebackError> {
    let settings = LdapConnSettings::new()
        .set_conn_timeout(params.connect_timeout)
        .set_config(params.tls.clone())
        .set_starttls(params.starttls && url.scheme() == "ldap");
    if url.scheme() == "ldap" && !params.starttls {
        // Config validation refuses this too; this is the last line of defence.
        return Err(WritebackError::Tls {
            url: url.to_string(),
            detail: "plain LDAP is never used".into(),
        });
    }
    let attempt = LdapConnAsync::with_settings(settings, url.as_str());
    match tokio::time::timeout(params.connect_timeout, attempt).await {
        Err(_) => Err(WritebackError::Unreachable(format!(
            "{url}: no answer within {:?}",
            params.connect_timeout
        ))),
        Ok(Err(e)) => Err(classify_connect_error(url, &e)),
        Ok(Ok((conn, ldap))) => {
            let log_url = url.to_string();
            tokio::spawn(async move {
                if let Err(e) = conn.drive().await {
                    tracing::debug!(dc = %log_url, error = %e, "LDAP connection ended");
                }
            });
            Ok(ldap)
        }
    }
}

/// Binds a connection as the service account.
pub async fn bind_service(
    ldap: &mut Ldap,
    url: &Url,
    bind_dn: &str,
    password: &SecretString,
    timeout: Duration,
) -> Result<(), WritebackError> {
    let res = tokio::time::timeout(timeout, ldap.simple_bind(bind_dn, password.expose_secret()))
        .await
        .map_err(|_| WritebackError::Unreachable(format!("{url}: bind timed out")))?
        .map_err(|e| classify_connect_error(url, &e))?;
    if res.rc != rc::SUCCESS {
        return Err(WritebackError::ServiceBind(format!(
            "{url}: {} {}",
            res.rc,
            super::errors::clean_text(&res.text)
        )));
    }
    Ok(())
}

/// What a DC's rootDSE told us when we connected.
#[derive(Debug, Clone, Default)]
pub struct DcFeatures {
    /// The policy hints OID to send with resets, if the DC supports one.
    pub policy_hints_oid: Option<&'static str>,
}

/// Reads the rootDSE (also the health check: Samba has no WhoAmI).
pub async fn read_features(ldap: &mut Ldap) -> Result<DcFeatures, LdapError> {
    let (entries, _) = ldap
        .search("", Scope::Base, "(objectClass=*)", vec!["supportedControl"])
        .await?
        .success()?;
    let controls: Vec<String> = entries
        .into_iter()
        .next()
        .map(|e| ldap3::SearchEntry::construct(e).attrs)
        .and_then(|mut a| a.remove("supportedControl"))
        .unwrap_or_default();
    let has = |oid: &str| controls.iter().any(|c| c == oid);
    let policy_hints_oid = if has(OID_POLICY_HINTS) {
        Some(OID_POLICY_HINTS)
    } else if has(OID_POLICY_HINTS_DEPRECATED) {
        Some(OID_POLICY_HINTS_DEPRECATED)
    } else {
        None
    };
    Ok(DcFeatures { policy_hints_oid })
}

/// One domain controller: its service connections and write slots.
pub struct Dc {
    /// The DC's URL.
    pub url: Url,
    conns: Vec<Mutex<Option<Pooled>>>,
    generation: AtomicUsize,
    next: AtomicUsize,
    down_since: StdMutex<Option<Instant>>,
    features: StdMutex<DcFeatures>,
    /// Password writes to this DC: a fair queue (it serialises them anyway).
    pub writes: super::queue::Queue,
    /// Connections kept for user binds: a bind on one that is already open costs the DC a
    /// password check, not a TLS handshake too. Used for binds only, never for a read or a
    /// write, so whoever bound last on one does not matter.
    pub bind_conns: Vec<Mutex<Option<Ldap>>>,
}

impl Dc {
    fn new(url: Url, pool_size: usize, writes: usize, binds: usize) -> Self {
        Self {
            url,
            conns: (0..pool_size).map(|_| Mutex::new(None)).collect(),
            generation: AtomicUsize::new(0),
            next: AtomicUsize::new(0),
            down_since: StdMutex::new(None),
            features: StdMutex::new(DcFeatures::default()),
            // A DC takes tens of milliseconds per password write: the estimate's first guess.
            writes: super::queue::Queue::new(writes, Duration::from_millis(50)),
            bind_conns: (0..binds.max(1)).map(|_| Mutex::new(None)).collect(),
        }
    }

    /// Whether the DC failed recently and should be tried last.
    pub fn is_backed_off(&self) -> bool {
        self.down_since
            .lock()
            .ok()
            .and_then(|g| *g)
            .is_some_and(|t| t.elapsed() < DOWN_BACKOFF)
    }

    fn mark(&self, down: bool) {
        if let Ok(mut g) = self.down_since.lock() {
            *g = if down { Some(Instant::now()) } else { None };
        }
    }

    /// Features read at the last connect.
    pub fn features(&self) -> DcFeatures {
        self.features.lock().map(|g| g.clone()).unwrap_or_default()
    }
}

/// How many of each kind of connection and operation one DC gets.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    /// Service connections (each multiplexes).
    pub pool: usize,
    /// Password writes at once.
    pub writes: usize,
    /// User binds at once (and connections kept for them).
    pub binds: usize,
}

/// The service-account pool over all DCs.
pub struct Pool {
    dcs: Vec<Dc>,
    preferred: AtomicUsize,
    params: ConnectParams,
    bind_dn: String,
    bind_password: SecretString,
    op_timeout: Duration,
}

/// A service connection handed out by the pool, with the DC it belongs to.
pub struct Lease<'a> {
    /// The DC.
    pub dc: &'a Dc,
    /// Index of the DC in the pool.
    pub index: usize,
    slot: usize,
    generation: u64,
    /// A clone of the pooled handle.
    pub ldap: Ldap,
}

impl Pool {
    /// A pool over `urls`; nothing is connected until first use.
    pub fn new(
        urls: &[Url],
        params: ConnectParams,
        bind_dn: String,
        bind_password: SecretString,
        sizes: Sizes,
        op_timeout: Duration,
    ) -> Self {
        Self {
            dcs: urls
                .iter()
                .map(|u| Dc::new(u.clone(), sizes.pool, sizes.writes, sizes.binds))
                .collect(),
            preferred: AtomicUsize::new(0),
            params,
            bind_dn,
            bind_password,
            op_timeout,
        }
    }

    /// The DCs, in configured order.
    pub fn dcs(&self) -> &[Dc] {
        &self.dcs
    }

    /// Connection parameters (for user binds and diagnostics).
    pub fn params(&self) -> &ConnectParams {
        &self.params
    }

    /// DC indexes in the order to try: the last one that worked, then the others in configured
    /// order, with recently failed DCs moved to the end.
    pub fn order(&self) -> Vec<usize> {
        let n = self.dcs.len();
        let p = self.preferred.load(Ordering::Relaxed) % n.max(1);
        let mut order: Vec<usize> = std::iter::once(p)
            .chain((0..n).filter(|&i| i != p))
            .collect();
        order.sort_by_key(|&i| self.dcs[i].is_backed_off());
        order
    }

    /// A bound service connection from the first DC that answers.
    pub async fn lease(&self) -> Result<Lease<'_>, WritebackError> {
        let mut errors = Vec::new();
        for index in self.order() {
            match self.lease_from(index).await {
                Ok(lease) => {
                    self.preferred.store(index, Ordering::Relaxed);
                    return Ok(lease);
                }
                Err(e) => {
                    tracing::warn!(dc = %self.dcs[index].url, error = %e, "domain controller unavailable");
                    errors.push(e);
                }
            }
        }
        // A TLS or service-account problem is what an admin must fix; report it over a plain
        // "unreachable" from another DC so it is not hidden.
        if let Some(pos) = errors.iter().position(|e| {
            matches!(
                e,
                WritebackError::Tls { .. } | WritebackError::ServiceBind(_)
            )
        }) {
            return Err(errors.swap_remove(pos));
        }
        Err(WritebackError::Unreachable(
            errors
                .iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join("; "),
        ))
    }

    /// A bound service connection to the DC at `index`, without failover (for reads that must
    /// ask every DC in turn).
    pub async fn lease_on(&self, index: usize) -> Result<Lease<'_>, WritebackError> {
        self.lease_from(index).await
    }

    async fn lease_from(&self, index: usize) -> Result<Lease<'_>, WritebackError> {
        let dc = &self.dcs[index];
        let slot = dc.next.fetch_add(1, Ordering::Relaxed) % dc.conns.len();
        let mut guard = dc.conns[slot].lock().await;
        if let Some(p) = guard.as_mut() {
            if !p.ldap.is_closed() && p.last_used.elapsed() < MAX_IDLE {
                p.last_used = Instant::now();
                return Ok(Lease {
                    dc,
                    index,
                    slot,
                    generation: p.generation,
                    ldap: p.ldap.clone(),
                });
            }
        }
        *guard = None;
        let result = async {
            let mut ldap = open(&dc.url, &self.params).await?;
            bind_service(
                &mut ldap,
                &dc.url,
                &self.bind_dn,
                &self.bind_password,
                self.params.connect_timeout,
            )
            .await?;
            let features = tokio::time::timeout(self.op_timeout, read_features(&mut ldap))
                .await
                .map_err(|_| WritebackError::Unreachable(format!("{}: rootDSE timed out", dc.url)))?
                .map_err(|e| WritebackError::Unreachable(format!("{}: rootDSE: {e}", dc.url)))?;
            Ok::<_, WritebackError>((ldap, features))
        }
        .await;
        match result {
            Ok((ldap, features)) => {
                dc.mark(false);
                if let Ok(mut f) = dc.features.lock() {
                    *f = features;
                }
                let generation = dc.generation.fetch_add(1, Ordering::Relaxed) as u64;
                *guard = Some(Pooled {
                    ldap: ldap.clone(),
                    generation,
                    last_used: Instant::now(),
                });
                Ok(Lease {
                    dc,
                    index,
                    slot,
                    generation,
                    ldap,
                })
            }
            Err(e) => {
                dc.mark(true);
                Err(e)
            }
        }
    }

    /// Drops a leased connection after it failed, so the next lease reconnects.
    pub async fn discard(&self, lease: &Lease<'_>) {
        let mut guard = lease.dc.conns[lease.slot].lock().await;
        if guard
            .as_ref()
            .is_some_and(|p| p.generation == lease.generation)
        {
            *guard = None;
        }
    }

    /// Drops the connection and moves its DC to the back of the order: it accepted the
    /// connection but did not answer in time.
    pub async fn discard_unresponsive(&self, lease: &Lease<'_>) {
        self.discard(lease).await;
        lease.dc.mark(true);
    }

    /// Drops every pooled connection (after a configuration reload, or in tests).
    pub async fn clear(&self) {
        for dc in &self.dcs {
            for c in &dc.conns {
                *c.lock().await = None;
            }
        }
    }
}
