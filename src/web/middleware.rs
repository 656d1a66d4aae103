//! Middleware every page goes through: the real client address, CSRF on every POST, and the
//! security headers.

use std::net::{IpAddr, SocketAddr};

use axum::body::Body;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use rand::RngCore;

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

/// Whether `ip` lies in `cidr` ("10.0.0.0/8", "::1/128", or a bare address).
pub fn in_cidr(ip: IpAddr, cidr: &str) -> bool {
    let (addr, prefix) = match cidr.split_once('/') {
        Some((a, p)) => (a, p.parse::<u32>().ok()),
        None => (cidr, None),
    };
    let Ok(net) = addr.parse::<IpAddr>() else {
        return false;
    };
    match (ip, net) {
        (IpAddr::V4(a), IpAddr::V4(n)) => {
            let p = prefix.unwrap_or(32).min(32);
            let mask = if p == 0 { 0 } else { u32::MAX << (32 - p) };
            u32::from(a) & mask == u32::from(n) & mask
        }
        (IpAddr::V6(a), IpAddr::V6(n)) => {
            let p = prefix.unwrap_or(128).min(128);
            let mask = if p == 0 { 0 } else { u128::MAX << (128 - p) };
            u128::from(a) & mask == u128::from(n) & mask
        }
        _ => false,
    }
}

/// The client address: the peer, unless the peer is a trusted proxy, in which case the
/// right-most address in `X-Forwarded-For` that is not itself a trusted proxy. Headers from an
/// untrusted peer are ignored, so nobody can choose the address the audit and limits see.
pub fn resolve_client_ip(peer: IpAddr, forwarded_for: Option<&str>, trusted: &[String]) -> IpAddr {
    let is_trusted = |ip: IpAddr| trusted.iter().any(|c| in_cidr(ip, c));
    if !is_trusted(peer) {
        return peer;
    }
    let Some(xff) = forwarded_for else {
        return peer;
    };
    let mut candidate = peer;
    for hop in xff.rsplit(',') {
        let Ok(ip) = hop.trim().parse::<IpAddr>() else {
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

fn forbidden() -> Response {
    (
        StatusCode::FORBIDDEN,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        "<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Form expired</title>\
         <h1>This form has expired</h1><p>For your security, forms only work for a while and \
         only in the browser window that opened them. Go back, reload the page and try again.</p>",
    )
        .into_response()
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// CSRF: every POST must carry the session's token in its `csrf` field. Checked here, once,
/// for every route, so that no handler can forget it.
pub async fn csrf(session: super::PortalSession, req: Request, next: Next) -> Response {
    if req.method() != Method::POST {
        return next.run(req).await;
    }
    let expected = session.expected_csrf().await;
    let (parts, body) = req.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, MAX_FORM).await else {
        return (StatusCode::PAYLOAD_TOO_LARGE, "This form was too large.").into_response();
    };
    let sent = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == "csrf")
        .map(|(_, v)| v.into_owned());
    match (expected, sent) {
        (Some(e), Some(s)) if constant_time_eq(e.as_bytes(), s.as_bytes()) => {
            next.run(Request::from_parts(parts, Body::from(bytes)))
                .await
        }
        _ => {
            tracing::warn!(path = %parts.uri.path(), "POST without a valid CSRF token");
            forbidden()
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

    #[test]
    fn cidrs_match_v4_and_v6() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(in_cidr(ip("10.1.2.3"), "10.0.0.0/8"));
        assert!(!in_cidr(ip("11.1.2.3"), "10.0.0.0/8"));
        assert!(in_cidr(ip("127.0.0.1"), "127.0.0.1"));
        assert!(in_cidr(ip("::1"), "::1/128"));
        assert!(!in_cidr(ip("::1"), "127.0.0.1/32"));
        assert!(in_cidr(ip("1.2.3.4"), "0.0.0.0/0"));
    }

    #[test]
    fn forwarded_headers_are_believed_only_from_trusted_proxies() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        let trusted = vec!["127.0.0.1/32".to_string(), "10.0.0.0/8".to_string()];
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
