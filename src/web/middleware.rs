//! Middleware every page goes through: the real client address, CSRF on every POST (and the
//! bounded read of its body), the request timeout, and the security headers.

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use ipnet::IpNet;
use rand::RngCore;

use super::language::Lang;
use crate::i18n::Tr;
use crate::AppState;

/// The client's address as the portal believes it.
#[derive(Debug, Clone, Copy)]
pub struct ClientIp(pub Option<IpAddr>);

/// A random token (CSRF), 32 bytes from the OS CSPRNG, base64url.
pub fn new_token() -> String {
    let mut b = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut b);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

/// One `X-Forwarded-For` hop as an address: bare (`203.0.113.9`, `2001:db8::1`), with a port
/// (`203.0.113.9:51234`, as IIS/ARR sends it) or bracketed (`[2001:db8::1]`,
/// `[2001:db8::1]:443`). In canonical form, like every address the portal compares or keys
/// on: `::ffff:a.b.c.d` is `a.b.c.d`.
pub fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    let ip = if let Ok(ip) = hop.parse::<IpAddr>() {
        ip
    } else if let Ok(with_port) = hop.parse::<SocketAddr>() {
        with_port.ip()
    } else {
        hop.strip_prefix('[')?
            .strip_suffix(']')?
            .parse::<std::net::Ipv6Addr>()
            .ok()?
            .into()
    };
    Some(ip.to_canonical())
}

/// The client address: the peer, unless the peer is a trusted proxy, in which case the
/// right-most address in `X-Forwarded-For` that is not itself a trusted proxy. Headers from an
/// untrusted peer are ignored, so nobody can choose the address the audit and limits see.
///
/// Addresses are canonical before anything is compared: a socket bound to `[::]` sees an IPv4
/// client as `::ffff:a.b.c.d`, which matches no IPv4 proxy entry and, keyed as IPv6, would
/// put every IPv4 client into one shared /64 rate limit.
pub fn resolve_client_ip(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[IpNet]) -> IpAddr {
    let peer = peer.to_canonical();
    let is_trusted = |ip: IpAddr| trusted.iter().any(|net| net.contains(&ip));
    if !is_trusted(peer) {
        return peer;
    }
    let Some(xff) = forwarded_for else {
        return peer;
    };
    let mut candidate = peer;
    for hop in xff.rsplit(',') {
        let Some(ip) = parse_hop(hop) else {
            break;
        };
        candidate = ip;
        if !is_trusted(ip) {
            break;
        }
    }
    candidate
}

/// Puts [`ClientIp`] into the request's extensions.
pub async fn client_ip(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let ip = peer.map(|p| {
        // Every X-Forwarded-For line, in order: a proxy may add its own line after one the
        // client sent, and reading only the first would let the client choose its address.
        let xff: Vec<&str> = req
            .headers()
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .collect();
        let joined = xff.join(",");
        resolve_client_ip(
            p,
            (!xff.is_empty()).then_some(joined.as_str()),
            &state.config.server.trusted_proxies,
        )
    });
    req.extensions_mut().insert(ClientIp(ip));
    next.run(req).await
}

/// Largest form body read (the biggest form holds four short fields).
const MAX_FORM: usize = 16 * 1024;

fn forbidden(tr: Option<&Tr>) -> Response {
    let (code, dir, title, text) = match tr {
        Some(tr) => (
            tr.code(),
            tr.dir(),
            tr.t("form-expired-title"),
            tr.t("form-expired-message"),
        ),
        None => (
            "en",
            "ltr",
            "form-expired-title".into(),
            "form-expired-message".into(),
        ),
    };
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        format!(
            "<!doctype html><html lang=\"{code}\" dir=\"{dir}\"><meta charset=\"utf-8\">\
             <title>{t}</title><h1>{t}</h1><p>{m}</p>",
            t = esc(&title),
            m = esc(&text),
        ),
    )
        .into_response()
}

/// CSRF (see [`super::csrf`]): gives every browser its CSRF cookie, puts the form token of
/// this request into its extensions for the pages, and lets a POST through only with the token
/// of the cookie it came with. Checked here, once, for every route, so that no handler can
/// forget it. This is also where a form's body is read (handlers get it from memory), so it is
/// read here within `server.body_read_timeout`. Nothing is stored on the server.
pub async fn csrf(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let tr = req.extensions().get::<Lang>().map(|l| l.tr.clone());
    let say = |id: &str| tr.as_ref().map_or_else(|| id.to_string(), |tr| tr.t(id));
    let cookie = super::csrf::cookie_value(req.headers());
    let (value, is_new) = match cookie {
        Some(v) => (v, false),
        None => (new_token(), true),
    };
    let token = state.csrf.token(&value);
    req.extensions_mut()
        .insert(super::csrf::FormToken(token.clone()));
    // Only pages carry forms: assets and health answers get no cookie (a cacheable response
    // must not set one).
    let set_cookie = |mut res: Response| {
        let page = res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|t| t.starts_with("text/html"));
        if is_new && page {
            let public = &state.config.server.public_url;
            let c = super::csrf::set_cookie(&value, public.path(), public.scheme() == "https");
            if let Ok(v) = HeaderValue::from_str(&c) {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
        }
        res
    };
    if req.method() != Method::POST {
        return set_cookie(next.run(req).await);
    }
    let (parts, body) = req.into_parts();
    let read = tokio::time::timeout(
        state.config.server.body_read_timeout,
        axum::body::to_bytes(body, MAX_FORM),
    )
    .await;
    let bytes = match read {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(_)) => return plain(StatusCode::PAYLOAD_TOO_LARGE, say("form-too-large")),
        Err(_) => {
            tracing::warn!(path = %parts.uri.path(), "form body not received in time");
            return plain(StatusCode::REQUEST_TIMEOUT, say("form-too-slow"));
        }
    };
    let sent = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned());
    match sent {
        // A browser that came with no cookie cannot have the page's token.
        Some(s) if !is_new && state.csrf.verify(&value, &s) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        _ => {
            tracing::warn!(path = %parts.uri.path(), "POST without a valid CSRF token");
            set_cookie(forbidden(tr.as_ref()))
        }
    }
}

fn plain(status: StatusCode, text: String) -> Response {
    (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text,
    )
        .into_response()
}

/// Answers 503 when a request runs past `server.request_timeout`. Dropping the handler loses
/// nothing: every write runs, and is audited, in a task of its own that carries on.
pub async fn request_timeout(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let path = req.uri().path().to_string();
    let tr = req.extensions().get::<Lang>().map(|l| l.tr.clone());
    match tokio::time::timeout(state.config.server.request_timeout, next.run(req)).await {
        Ok(res) => res,
        Err(_) => {
            tracing::warn!(%path, "request ran past server.request_timeout");
            state.services.metrics.request_timed_out();
            let text = tr.map_or_else(|| "too-slow".to_string(), |tr| tr.t("too-slow"));
            plain(StatusCode::SERVICE_UNAVAILABLE, text)
        }
    }
}

/// Security headers on every response; no caching of pages (they carry personal state).
pub async fn security_headers(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let is_asset = req.uri().path().contains("/static/");
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    if state.config.server.public_url.scheme() == "https" {
        h.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000"),
        );
    }
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    h.insert(
        "permissions-policy",
        HeaderValue::from_static("camera=(), microphone=(), geolocation=(), payment=()"),
    );
    h.insert(
        "cross-origin-opener-policy",
        HeaderValue::from_static("same-origin"),
    );
    if !is_asset {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    res
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    fn nets(list: &[&str]) -> Vec<IpNet> {
        list.iter().map(|n| n.parse().unwrap()).collect()
    }

    #[test]
    fn hops_may_carry_ports_and_brackets() {
        for (hop, want) in [
            ("203.0.113.9", "203.0.113.9"),
            (" 203.0.113.9:51234 ", "203.0.113.9"),
            ("2001:db8::1", "2001:db8::1"),
            ("[2001:db8::1]", "2001:db8::1"),
            ("[2001:db8::1]:443", "2001:db8::1"),
            ("::ffff:198.51.100.7", "198.51.100.7"),
            ("[::ffff:198.51.100.7]:8080", "198.51.100.7"),
        ] {
            assert_eq!(parse_hop(hop), Some(ip(want)), "{hop}");
        }
        for junk in [
            "",
            "unknown",
            "_hidden",
            "[203.0.113.9]",
            "203.0.113.9:99999",
            "[2001:db8::1",
            "2001:db8::1]:443",
            "203.0.113.9:80:80",
        ] {
            assert_eq!(parse_hop(junk), None, "{junk}");
        }
    }

    #[test]
    fn ipv4_mapped_peers_are_their_ipv4_address() {
        let trusted = nets(&["127.0.0.1/32"]);
        // A dual-stack listener's IPv4 client, not a proxy: its own, canonical address.
        assert_eq!(
            resolve_client_ip(ip("::ffff:203.0.113.9"), Some("6.6.6.6"), &trusted),
            ip("203.0.113.9")
        );
        // nginx on 127.0.0.1 reaching a [::] listener is still the trusted proxy.
        assert_eq!(
            resolve_client_ip(ip("::ffff:127.0.0.1"), Some("198.51.100.7"), &trusted),
            ip("198.51.100.7")
        );
        // A mapped hop in the header is canonical too, and trusted by its IPv4 entry.
        assert_eq!(
            resolve_client_ip(
                ip("127.0.0.1"),
                Some("198.51.100.7, ::ffff:127.0.0.1"),
                &trusted
            ),
            ip("198.51.100.7")
        );
        // A real IPv6 address is left alone.
        assert_eq!(
            resolve_client_ip(ip("2001:db8::5"), None, &trusted),
            ip("2001:db8::5")
        );
    }

    #[test]
    fn ports_in_forwarded_for_are_read_as_iis_sends_them() {
        let trusted = nets(&["10.0.0.0/8", "2001:db8:ffff::/48"]);
        assert_eq!(
            resolve_client_ip(ip("10.0.0.2"), Some("203.0.113.9:51234"), &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            resolve_client_ip(
                ip("10.0.0.2"),
                Some("[2001:db8:1::7]:443, [2001:db8:ffff::1]"),
                &trusted
            ),
            ip("2001:db8:1::7")
        );
    }

    #[test]
    fn forwarded_headers_are_believed_only_from_trusted_proxies() {
        let trusted = nets(&["127.0.0.1/32", "10.0.0.0/8"]);
        // From a trusted proxy: the right-most untrusted hop.
        assert_eq!(
            resolve_client_ip(ip("127.0.0.1"), Some("203.0.113.9"), &trusted),
            ip("203.0.113.9")
        );
        assert_eq!(
            resolve_client_ip(
                ip("127.0.0.1"),
                Some("6.6.6.6, 203.0.113.9, 10.0.0.5"),
                &trusted
            ),
            ip("203.0.113.9")
        );
        // From anyone else: the header is ignored.
        assert_eq!(
            resolve_client_ip(ip("198.51.100.1"), Some("1.1.1.1"), &trusted),
            ip("198.51.100.1")
        );
        // Garbage stops the walk.
        assert_eq!(
            resolve_client_ip(ip("127.0.0.1"), Some("junk"), &trusted),
            ip("127.0.0.1")
        );
    }
}
