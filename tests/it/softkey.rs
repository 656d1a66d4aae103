//! A software passkey (a WebAuthn authenticator in a few lines): what the integration tests
//! answer the portal's challenges with, so that they can also send what no honest browser
//! would (another origin, an old counter, a replayed answer, another account's handle). The
//! browser tests use Chromium's own virtual authenticator instead.

use base64::Engine as _;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_ASN1_SIGNING};
use serde_json::{json, Value};

fn b64(b: &[u8]) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b)
}

fn unb64(s: &str) -> Vec<u8> {
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(s.trim_end_matches('='))
        .unwrap()
}

fn sha256(b: &[u8]) -> Vec<u8> {
    ring::digest::digest(&ring::digest::SHA256, b)
        .as_ref()
        .to_vec()
}

/// A CBOR byte string header and bytes.
fn cbor_bytes(b: &[u8]) -> Vec<u8> {
    let mut out = match b.len() {
        n if n < 24 => vec![0x40 | n as u8],
        n if n < 256 => vec![0x58, n as u8],
        n => vec![0x59, (n >> 8) as u8, n as u8],
    };
    out.extend_from_slice(b);
    out
}

fn cbor_text(s: &str) -> Vec<u8> {
    assert!(s.len() < 24);
    let mut out = vec![0x60 | s.len() as u8];
    out.extend_from_slice(s.as_bytes());
    out
}

/// One credential on a software authenticator.
pub struct SoftKey {
    key: EcdsaKeyPair,
    pub credential_id: Vec<u8>,
    /// The user handle the site gave at registration (what a discoverable answer carries).
    pub user_handle: Vec<u8>,
    /// The signature counter the next answer carries.
    pub counter: u32,
    /// A synced passkey (iCloud Keychain, Google Password Manager) keeps no counter: always 0.
    synced: bool,
    rp_id: String,
}

impl SoftKey {
    pub fn new() -> Self {
        let rng = SystemRandom::new();
        let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, &rng).unwrap();
        let key = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_ASN1_SIGNING, pkcs8.as_ref(), &rng)
            .unwrap();
        let mut id = [0u8; 16];
        ring::rand::SecureRandom::fill(&rng, &mut id).unwrap();
        Self {
            key,
            credential_id: id.to_vec(),
            user_handle: Vec::new(),
            counter: 1,
            synced: false,
            rp_id: String::new(),
        }
    }

    /// A passkey that keeps no signature counter, as synced passkeys do: only the challenge
    /// stops a replay of its answers.
    pub fn synced() -> Self {
        Self {
            counter: 0,
            synced: true,
            ..Self::new()
        }
    }

    fn next_counter(&mut self) -> u32 {
        let c = self.counter;
        if !self.synced {
            self.counter += 1;
        }
        c
    }

    fn cose_key(&self) -> Vec<u8> {
        let point = self.key.public_key().as_ref(); // 0x04 || x || y
        let mut k = vec![0xa5, 0x01, 0x02, 0x03, 0x26, 0x20, 0x01, 0x21];
        k.extend(cbor_bytes(&point[1..33]));
        k.push(0x22);
        k.extend(cbor_bytes(&point[33..65]));
        k
    }

    fn client_data(kind: &str, challenge: &str, origin: &str) -> Vec<u8> {
        json!({"type": kind, "challenge": challenge, "origin": origin, "crossOrigin": false})
            .to_string()
            .into_bytes()
    }

    /// Answers creation options (the JSON a page carries) as a browser at `origin` would.
    pub fn create(&mut self, options: &str, origin: &str) -> String {
        let o: Value = serde_json::from_str(options).unwrap();
        let pk = &o["publicKey"];
        self.rp_id = pk["rp"]["id"].as_str().unwrap().to_string();
        self.user_handle = unb64(pk["user"]["id"].as_str().unwrap());
        let client =
            Self::client_data("webauthn.create", pk["challenge"].as_str().unwrap(), origin);
        let mut auth = sha256(self.rp_id.as_bytes());
        auth.push(0x45); // user present, user verified, attested credential data
        let counter = self.next_counter();
        auth.extend_from_slice(&counter.to_be_bytes());
        auth.extend_from_slice(&[0u8; 16]); // AAGUID
        auth.extend_from_slice(&(self.credential_id.len() as u16).to_be_bytes());
        auth.extend_from_slice(&self.credential_id);
        auth.extend(self.cose_key());
        let mut att = vec![0xa3];
        att.extend(cbor_text("fmt"));
        att.extend(cbor_text("none"));
        att.extend(cbor_text("attStmt"));
        att.push(0xa0);
        att.extend(cbor_text("authData"));
        att.extend(cbor_bytes(&auth));
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {"attestationObject": b64(&att), "clientDataJSON": b64(&client)},
            "extensions": {},
        })
        .to_string()
    }

    /// Answers request options as a browser at `origin` would, with `user_handle` as the
    /// account it names; the counter goes up by one.
    pub fn get_as(&mut self, options: &str, origin: &str, user_handle: &[u8]) -> String {
        let o: Value = serde_json::from_str(options).unwrap();
        let pk = &o["publicKey"];
        let rp_id = pk["rpId"].as_str().unwrap_or(&self.rp_id).to_string();
        let client = Self::client_data("webauthn.get", pk["challenge"].as_str().unwrap(), origin);
        let mut auth = sha256(rp_id.as_bytes());
        auth.push(0x05); // user present, user verified
        let counter = self.next_counter();
        auth.extend_from_slice(&counter.to_be_bytes());
        let mut signed = auth.clone();
        signed.extend(sha256(&client));
        let sig = self.key.sign(&SystemRandom::new(), &signed).unwrap();
        json!({
            "id": b64(&self.credential_id),
            "rawId": b64(&self.credential_id),
            "type": "public-key",
            "response": {
                "authenticatorData": b64(&auth),
                "clientDataJSON": b64(&client),
                "signature": b64(sig.as_ref()),
                "userHandle": b64(user_handle),
            },
            "extensions": {},
        })
        .to_string()
    }

    /// [`Self::get_as`] for the account this credential was registered for.
    pub fn get(&mut self, options: &str, origin: &str) -> String {
        let handle = self.user_handle.clone();
        self.get_as(options, origin, &handle)
    }
}

/// The WebAuthn options a passkey page carries (its form's `data-options`, unescaped).
pub fn options_in(html: &str) -> String {
    let at = html.find("data-options=\"").expect("a passkey page") + "data-options=\"".len();
    let raw = html[at..].split('"').next().unwrap();
    raw.replace("&quot;", "\"")
        .replace("&#34;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&")
}
