//! One-time codes: 8 digits from the operating system's CSPRNG, kept only as a keyed hash.
//!
//! The hash is HMAC-SHA256 under a key derived from the portal's secret key, over the flow id
//! and the code. A slow password hash (Argon2) was the first choice, but it is the wrong tool
//! for an 8-digit code: 10^8 candidates fall to an offline search whatever the cost factor,
//! while without the key the HMAC gives an attacker who copies the database nothing to search.
//! It is also constant-time and cheap, so checking a code costs the same for every account
//! (no timing signal) and cannot be used to exhaust memory or the blocking pool.

use hmac::{Hmac, Mac};
use rand::rngs::OsRng;
use rand::Rng;
use sha2::Sha256;
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

/// The key codes are hashed under.
#[derive(Clone)]
pub struct CodeKey(Zeroizing<[u8; 32]>);

type HmacSha256 = Hmac<Sha256>;

impl CodeKey {
    /// Derives the code key from the portal's secret key (domain-separated, so the same
    /// secret never serves two purposes directly).
    pub fn derive(master: &[u8; 32]) -> Self {
        let mut key = Zeroizing::new([0u8; 32]);
        if let Ok(mut mac) = HmacSha256::new_from_slice(master) {
            mac.update(b"sspr/one-time-code/v1");
            key.copy_from_slice(&mac.finalize().into_bytes());
        }
        Self(key)
    }

    fn mac(&self, flow_id: &str, code: &str) -> Option<HmacSha256> {
        let mut mac = HmacSha256::new_from_slice(self.0.as_slice()).ok()?;
        mac.update(flow_id.as_bytes());
        mac.update(&[0]);
        mac.update(code.as_bytes());
        Some(mac)
    }

    /// The stored form of `code` for `flow_id` (hex).
    pub fn hash(&self, flow_id: &str, code: &OneTimeCode) -> String {
        self.mac(flow_id, code.digits())
            .map(|m| hex::encode(m.finalize().into_bytes()))
            .unwrap_or_default()
    }

    /// Whether `typed` is the code stored as `stored` for `flow_id` (constant-time).
    pub fn verify(&self, flow_id: &str, typed: &str, stored: &str) -> bool {
        let (Some(mac), Ok(expected)) = (self.mac(flow_id, typed), hex::decode(stored)) else {
            return false;
        };
        mac.verify_slice(&expected).is_ok()
    }
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

    #[test]
    fn a_code_verifies_for_its_flow_and_nothing_else_does() {
        let key = CodeKey::derive(&[9u8; 32]);
        let c = generate();
        assert_eq!(c.digits().len(), 8);
        let h = key.hash("flow-a", &c);
        assert!(!h.contains(c.digits()));
        assert!(key.verify("flow-a", c.digits(), &h));
        assert!(!key.verify("flow-b", c.digits(), &h), "bound to its flow");
        let other = if c.digits() == "00000000" {
            "00000001"
        } else {
            "00000000"
        };
        assert!(!key.verify("flow-a", other, &h));
        assert!(!key.verify("flow-a", c.digits(), "not hex"));
        assert!(
            !CodeKey::derive(&[8u8; 32]).verify("flow-a", c.digits(), &h),
            "bound to the key"
        );
    }

    #[test]
    fn every_position_of_a_code_is_uniform_by_a_chi_square_test() {
        // 100,000 codes: 10,000 expected per digit and position. With 9 degrees of freedom a
        // uniform source exceeds 41.3 with probability 1e-6 per position; a code whose first
        // digit is never 9, or whose digits lean by 3%, lands far above it.
        const N: usize = 100_000;
        let mut counts = [[0u32; 10]; DIGITS];
        for _ in 0..N {
            for (pos, d) in generate().digits().bytes().enumerate() {
                counts[pos][(d - b'0') as usize] += 1;
            }
        }
        let expected = (N / 10) as f64;
        for (pos, row) in counts.iter().enumerate() {
            let chi2: f64 = row
                .iter()
                .map(|&c| (f64::from(c) - expected).powi(2) / expected)
                .sum();
            assert!(
                chi2 < 41.3,
                "position {pos}: chi-square {chi2:.1} for {row:?}"
            );
        }
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
