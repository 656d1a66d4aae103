//! Authenticator apps (RFC 6238 TOTP: SHA-1, 6 digits, 30 s), with secrets encrypted at rest.
//!
//! Secrets are sealed with ChaCha20-Poly1305 under the portal's key, with the user's objectGUID
//! as associated data: a ciphertext copied onto another user's row does not open.

use base64::Engine as _;
use chacha20poly1305::aead::{Aead, AeadCore, KeyInit, OsRng, Payload};
use chacha20poly1305::{ChaCha20Poly1305, Key, Nonce};
use rand::RngCore;
use totp_rs::{Algorithm, TOTP};
use zeroize::Zeroizing;

/// Seconds per step.
pub const STEP: u64 = 30;
/// Steps accepted either side of now (clock drift of a phone).
pub const SKEW: i64 = 1;

/// Seals and opens TOTP secrets.
#[derive(Clone)]
pub struct Cipher {
    aead: ChaCha20Poly1305,
}

impl Cipher {
    /// A cipher under `key`.
    pub fn new(key: &[u8; 32]) -> Self {
        Self {
            aead: ChaCha20Poly1305::new(Key::from_slice(key)),
        }
    }

    /// base64(nonce || ciphertext).
    pub fn seal(&self, secret: &[u8], user_guid: &str) -> anyhow::Result<String> {
        let nonce = ChaCha20Poly1305::generate_nonce(&mut OsRng);
        let ct = self
            .aead
            .encrypt(
                &nonce,
                Payload {
                    msg: secret,
                    aad: user_guid.as_bytes(),
                },
            )
            .map_err(|_| anyhow::anyhow!("encryption failed"))?;
        let mut out = nonce.to_vec();
        out.extend(ct);
        Ok(base64::engine::general_purpose::STANDARD.encode(out))
    }

    /// Opens a sealed secret; `None` when it was not sealed for this user under this key.
    pub fn open(&self, sealed: &str, user_guid: &str) -> Option<Zeroizing<Vec<u8>>> {
        let raw = base64::engine::general_purpose::STANDARD
            .decode(sealed)
            .ok()?;
        if raw.len() < 12 {
            return None;
        }
        let (nonce, ct) = raw.split_at(12);
        self.aead
            .decrypt(
                Nonce::from_slice(nonce),
                Payload {
                    msg: ct,
                    aad: user_guid.as_bytes(),
                },
            )
            .ok()
            .map(Zeroizing::new)
    }
}

/// A new 160-bit secret (RFC 4226's recommended length).
pub fn new_secret() -> Zeroizing<Vec<u8>> {
    let mut s = Zeroizing::new(vec![0u8; 20]);
    rand::rngs::OsRng.fill_bytes(&mut s);
    s
}

fn totp(secret: &[u8], issuer: &str, account: &str) -> anyhow::Result<TOTP> {
    TOTP::new(
        Algorithm::SHA1,
        6,
        0,
        STEP,
        secret.to_vec(),
        Some(issuer.replace(':', " ")),
        account.replace(':', " "),
    )
    .map_err(|e| anyhow::anyhow!("TOTP: {e}"))
}

/// Which time step `code` belongs to, if it is valid within ±[`SKEW`] steps of `now_unix`.
/// The caller stores the step and refuses any step not newer than the last one used.
pub fn check(secret: &[u8], code: &str, now_unix: u64) -> Option<i64> {
    let code = code.trim();
    if code.len() != 6 || !code.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let t = totp(secret, "sspr", "user").ok()?;
    let now_step = (now_unix / STEP) as i64;
    (now_step - SKEW..=now_step + SKEW).find(|&step| {
        let expected = t.generate(step as u64 * STEP);
        constant_time_eq(expected.as_bytes(), code.as_bytes())
    })
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The current code (for tests and the demo only).
pub fn current_code(secret: &[u8], now_unix: u64) -> String {
    totp(secret, "sspr", "user")
        .map(|t| t.generate(now_unix))
        .unwrap_or_default()
}

/// The `otpauth://` URI an app scans.
pub fn provisioning_uri(secret: &[u8], issuer: &str, account: &str) -> anyhow::Result<String> {
    Ok(totp(secret, issuer, account)?.get_url())
}

/// The secret in base32, grouped by four, for typing into an app by hand.
pub fn manual_key(secret: &[u8]) -> String {
    let b32 = totp_rs::Secret::Raw(secret.to_vec())
        .to_encoded()
        .to_string();
    b32.as_bytes()
        .chunks(4)
        .map(|c| String::from_utf8_lossy(c).into_owned())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Parses a manual key back (spaces and case ignored).
pub fn parse_manual_key(key: &str) -> Option<Vec<u8>> {
    let compact: String = key
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_uppercase();
    totp_rs::Secret::Encoded(compact).to_bytes().ok()
}

/// A QR code of `uri` as an inline SVG (no image crates, no data URL: CSP-friendly markup).
pub fn qr_svg(uri: &str) -> anyhow::Result<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())?;
    Ok(code
        .render::<qrcode::render::svg::Color>()
        .min_dimensions(200, 200)
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rfc6238_vector_for_sha1() {
        // RFC 6238 appendix B, SHA-1 secret "12345678901234567890", T = 59 -> 94287082 (8
        // digits); the 6-digit code is its last six digits.
        let secret = b"12345678901234567890";
        assert_eq!(current_code(secret, 59), "287082");
        assert_eq!(check(secret, "287082", 59), Some(1));
    }

    #[test]
    fn codes_from_the_neighbouring_steps_count_and_older_ones_do_not() {
        let s = new_secret();
        let now = 1_700_000_000;
        let prev = current_code(&s, now - 30);
        assert_eq!(check(&s, &prev, now), Some((now / 30) as i64 - 1));
        let old = current_code(&s, now - 90);
        assert_eq!(check(&s, &old, now), None);
        assert_eq!(check(&s, "12345", now), None);
        assert_eq!(check(&s, "abcdef", now), None);
    }

    #[test]
    fn sealed_secrets_open_only_for_their_user_and_key() {
        let c = Cipher::new(&[7u8; 32]);
        let s = new_secret();
        let sealed = c.seal(&s, "guid-a").unwrap();
        assert_eq!(c.open(&sealed, "guid-a").unwrap().as_slice(), s.as_slice());
        assert!(c.open(&sealed, "guid-b").is_none());
        assert!(Cipher::new(&[8u8; 32]).open(&sealed, "guid-a").is_none());
        assert!(c.open("garbage", "guid-a").is_none());
    }

    #[test]
    fn the_manual_key_round_trips_and_the_qr_is_svg() {
        let s = new_secret();
        let key = manual_key(&s);
        assert_eq!(parse_manual_key(&key).unwrap(), s.to_vec());
        let uri = provisioning_uri(&s, "Example: Corp", "alice@example.com").unwrap();
        assert!(uri.starts_with("otpauth://totp/"));
        assert!(qr_svg(&uri).unwrap().contains("<svg"));
    }
}
