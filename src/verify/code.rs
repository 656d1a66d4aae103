//! One-time codes: 8 digits from the operating system's CSPRNG, kept only as an Argon2 hash.
//!
//! Hashing and checking run on the blocking pool: Argon2 is deliberately slow (tens of ms) and
//! would stall every other request on an async worker thread.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Algorithm, Argon2, Params, Version};
use rand::rngs::OsRng;
use rand::Rng;
use zeroize::Zeroizing;

/// Digits in a code.
pub const DIGITS: usize = 8;

/// A freshly generated code (zeroized on drop).
pub struct OneTimeCode(Zeroizing<String>);

impl OneTimeCode {
    /// The digits, for the mail.
    pub fn digits(&self) -> &str {
        &self.0
    }
}

/// A new uniformly random 8-digit code.
pub fn generate() -> OneTimeCode {
    let n: u32 = OsRng.gen_range(0..100_000_000);
    OneTimeCode(Zeroizing::new(format!("{n:08}")))
}

/// Argon2id with OWASP's minimum parameters (19 MiB, 2 passes): costly for an attacker who
/// steals the table, cheap enough for one check per submitted code.
fn argon2() -> Argon2<'static> {
    let params = Params::new(19 * 1024, 2, 1, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Hashes a code (PHC string), off the async runtime.
pub async fn hash(code: &OneTimeCode) -> anyhow::Result<String> {
    let code = code.0.clone();
    let span = tracing::Span::current();
    tokio::task::spawn_blocking(move || {
        let _e = span.enter();
        let salt = SaltString::generate(&mut OsRng);
        argon2()
            .hash_password(code.as_bytes(), &salt)
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("argon2: {e}"))
    })
    .await?
}

/// Checks a typed code against a stored hash, off the async runtime. Malformed input is simply
/// "no match".
pub async fn verify(typed: &str, stored_hash: &str) -> bool {
    let typed = Zeroizing::new(typed.to_string());
    let stored = stored_hash.to_string();
    let span = tracing::Span::current();
    tokio::task::spawn_blocking(move || {
        let _e = span.enter();
        PasswordHash::new(&stored)
            .map(|h| argon2().verify_password(typed.as_bytes(), &h).is_ok())
            .unwrap_or(false)
    })
    .await
    .unwrap_or(false)
}

/// Normalises what a person typed: digits only (spaces and dashes from copy-paste dropped).
/// `None` when it cannot be a code.
pub fn normalise(typed: &str) -> Option<String> {
    let digits: String = typed.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    (digits.len() == DIGITS && digits.chars().all(|c| c.is_ascii_digit())).then_some(digits)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_code_verifies_against_its_hash_and_nothing_else_does() {
        let c = generate();
        assert_eq!(c.digits().len(), 8);
        let h = hash(&c).await.unwrap();
        assert!(!h.contains(c.digits()));
        assert!(verify(c.digits(), &h).await);
        let other = if c.digits() == "00000000" {
            "00000001"
        } else {
            "00000000"
        };
        assert!(!verify(other, &h).await);
        assert!(!verify(c.digits(), "not a hash").await);
    }

    #[test]
    fn codes_are_uniform_enough_to_use_every_digit() {
        let mut seen = [false; 10];
        for _ in 0..50 {
            for d in generate().digits().bytes() {
                seen[(d - b'0') as usize] = true;
            }
        }
        assert!(seen.iter().all(|s| *s));
    }

    #[test]
    fn typed_codes_are_normalised() {
        assert_eq!(normalise("1234 5678").as_deref(), Some("12345678"));
        assert_eq!(normalise("1234-5678").as_deref(), Some("12345678"));
        assert_eq!(normalise("1234567"), None);
        assert_eq!(normalise("1234567a"), None);
        assert_eq!(normalise("١٢٣٤٥٦٧٨"), None);
    }
}
