//! CSRF without server state: a random value in a cookie of its own (`sspr_csrf`, HttpOnly,
//! SameSite=Strict) and, in every form, a token that is an HMAC of that value under a key
//! derived from the portal's secret key. A POST passes only if its form token is the HMAC of
//! the cookie it came with (a signed double-submit cookie).
//!
//! Why not a token in the server-side session, as before: showing a page would then create a
//! session and write it to the database, for every anonymous visitor (a disk to fill from
//! outside, and the slowest part of serving a page). A form is only posted by someone who has
//! the page, and the page sets the cookie; a cross-site attacker can neither read the page's
//! token nor compute one for a cookie they do not know, and SameSite=Strict keeps the cookie
//! off cross-site requests to begin with.

use base64::Engine as _;
use hmac::{Hmac, Mac};
use sha2::Sha256;
use zeroize::Zeroizing;

type HmacSha256 = Hmac<Sha256>;

/// The cookie's name.
pub const COOKIE: &str = "sspr_csrf";

/// The key of the form tokens. Cheap to clone.
#[derive(Clone)]
pub struct CsrfKey(std::sync::Arc<Zeroizing<[u8; 32]>>);

impl CsrfKey {
    /// Derives the key from the portal's secret key (domain-separated).
    pub fn derive(master: &[u8; 32]) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        if let Ok(mut mac) = HmacSha256::new_from_slice(master) {
            mac.update(b"sspr/csrf/v1");
            key.copy_from_slice(&mac.finalize().into_bytes());
        }
        Self(std::sync::Arc::new(key))
    }

    fn mac(&self, cookie: &str) -> Option<HmacSha256> {
        let mut mac = HmacSha256::new_from_slice(self.0.as_slice()).ok()?;
        mac.update(cookie.as_bytes());
        Some(mac)
    }

    /// The form token for the cookie value `cookie`.
    pub fn token(&self, cookie: &str) -> String {
        self.mac(cookie)
            .map(|m| {
                base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(m.finalize().into_bytes())
            })
            .unwrap_or_default()
    }

    /// Whether `sent` is the form token of `cookie` (constant-time).
    pub fn verify(&self, cookie: &str, sent: &str) -> bool {
        let (Some(mac), Ok(sent)) = (
            self.mac(cookie),
            base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(sent),
        ) else {
            return false;
        };
        mac.verify_slice(&sent).is_ok()
    }
}

/// The value of the CSRF cookie in a `Cookie` header, when it is one this portal could have
/// set (43 base64url characters: 32 random bytes).
pub fn cookie_value(headers: &axum::http::HeaderMap) -> Option<String> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| {
            v.len() == 43
                && v.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
}

/// The `Set-Cookie` value that gives a browser its CSRF cookie.
pub fn set_cookie(value: &str, path: &str, secure: bool) -> String {
    format!(
        "{COOKIE}={value}; Path={path}; HttpOnly; SameSite=Strict{}",
        if secure { "; Secure" } else { "" }
    )
}

/// The form token of this request, put into its extensions by the CSRF middleware.
#[derive(Debug, Clone)]
pub struct FormToken(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_good_for_its_cookie_only_and_under_its_key_only() {
        let k = CsrfKey::derive(&[7u8; 32]);
        let cookie = "a".repeat(43);
        let t = k.token(&cookie);
        assert!(k.verify(&cookie, &t));
        assert!(!k.verify(&"b".repeat(43), &t));
        assert!(!k.verify(&cookie, ""));
        assert!(!k.verify(&cookie, "not base64!"));
        assert!(!CsrfKey::derive(&[8u8; 32]).verify(&cookie, &t));
    }

    #[test]
    fn only_a_well_formed_cookie_is_read() {
        let mut h = axum::http::HeaderMap::new();
        let v = "A".repeat(43);
        h.insert(
            axum::http::header::COOKIE,
            format!("x=1; {COOKIE}={v}; y=2").parse().unwrap(),
        );
        assert_eq!(cookie_value(&h), Some(v));
        let mut h = axum::http::HeaderMap::new();
        h.insert(
            axum::http::header::COOKIE,
            format!("{COOKIE}=short").parse().unwrap(),
        );
        assert_eq!(cookie_value(&h), None);
    }
}
