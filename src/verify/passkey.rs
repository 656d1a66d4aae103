//! Passkeys (WebAuthn): the relying party, through `webauthn-rs`, which checks what matters
//! (the challenge, the origin, the RP ID hash, user verification, the signature, the counter).
//! No HTTP and no SQL here: the flows keep the ceremonies and the credentials in the store.
//!
//! The relying party is derived from `server.public_url`: its host is the RP ID and its origin
//! (scheme, host, port) the only origin accepted; a path prefix does not matter to WebAuthn.
//!
//! Self-service recovery asks for a *discoverable* credential (no list of credential ids in
//! the challenge), so the challenge reads the same for every name typed, whether it has an
//! account, passkeys, or neither; the answer names its account (the user handle, the
//! objectGUID) and its credential, and the flows accept it only for the account the recovery
//! is about. Registration therefore asks the authenticator to keep the credential (a resident
//! key), as every passkey does.

use url::Url;
use webauthn_rs::prelude::{
    CreationChallengeResponse, CredentialID, DiscoverableAuthentication, DiscoverableKey, Passkey,
    PasskeyAuthentication, PasskeyRegistration, PublicKeyCredential, RegisterPublicKeyCredential,
    RequestChallengeResponse, Uuid, Webauthn, WebauthnBuilder, WebauthnError,
};

/// Why an answer from a browser was not accepted.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PasskeyError {
    /// Not a WebAuthn answer at all (bad JSON, missing fields).
    #[error("not a passkey answer: {0}")]
    Malformed(String),
    /// The signature counter did not move forward: a cloned or replayed credential.
    #[error("the signature counter did not increase")]
    CounterWentBack,
    /// Anything else the relying party refused (origin, challenge, RP ID, flags, signature).
    #[error("refused by the relying party: {0}")]
    Refused(String),
}

impl From<WebauthnError> for PasskeyError {
    fn from(e: WebauthnError) -> Self {
        match e {
            WebauthnError::CredentialPossibleCompromise => Self::CounterWentBack,
            other => Self::Refused(other.to_string()),
        }
    }
}

/// What the answer to a discoverable challenge says about itself, before it is checked.
pub struct Claimed {
    /// The parsed answer.
    pub credential: PublicKeyCredential,
    /// The user handle it carries (the account's objectGUID, as a UUID).
    pub user: Uuid,
    /// Its credential id, base64url.
    pub credential_id: String,
}

/// A credential checked and accepted: its record after this use, and the new counter.
pub struct Accepted {
    /// The stored record, updated (counter, backup state).
    pub record: String,
    /// The counter in this assertion.
    pub counter: u32,
}

/// The relying party.
pub struct RelyingParty {
    webauthn: Webauthn,
    /// The RP ID (for doctor and the log).
    pub id: String,
}

impl std::fmt::Debug for RelyingParty {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RelyingParty")
            .field("id", &self.id)
            .finish()
    }
}

/// base64url without padding, as browsers and `webauthn-rs` write credential ids.
pub fn b64(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// The user handle of an account: its objectGUID as a UUID. A handle for the console's
/// passkeys differs from the self-service one, so an authenticator keeps both (it keeps one
/// resident credential per RP ID and user handle).
pub fn user_handle(guid: &str, console: bool) -> Uuid {
    match (console, Uuid::parse_str(guid)) {
        (false, Ok(u)) => u,
        _ => {
            use sha2::Digest as _;
            let h = sha2::Sha256::digest(format!("sspr/passkey/{console}/{guid}").as_bytes());
            let mut b = [0u8; 16];
            b.copy_from_slice(&h[..16]);
            Uuid::from_bytes(b)
        }
    }
}

impl RelyingParty {
    /// The relying party of `public_url`, named `name` in the browser's prompt. `Err` says
    /// why there can be none (an IP address is no RP ID).
    pub fn for_url(public_url: &Url, name: &str) -> Result<Self, String> {
        let host = public_url
            .domain()
            .ok_or("its host is an IP address, which browsers refuse as a passkey site")?
            .to_string();
        let mut origin = public_url.clone();
        origin.set_path("/");
        origin.set_query(None);
        origin.set_fragment(None);
        let webauthn = WebauthnBuilder::new(&host, &origin)
            .and_then(|b| b.rp_name(name).build())
            .map_err(|e| format!("no relying party for it: {e}"))?;
        Ok(Self { webauthn, id: host })
    }

    /// Starts registering a passkey for an account: the options for the browser (JSON) and the
    /// state to keep. `existing` are the account's passkeys, which the authenticator is asked
    /// not to register twice.
    pub fn start_registration(
        &self,
        handle: Uuid,
        user_name: &str,
        display_name: &str,
        existing: &[Passkey],
    ) -> Result<(String, String), PasskeyError> {
        let exclude: Vec<CredentialID> = existing.iter().map(|p| p.cred_id().clone()).collect();
        let (ccr, state): (CreationChallengeResponse, PasskeyRegistration) = self
            .webauthn
            .start_passkey_registration(handle, user_name, display_name, Some(exclude))?;
        // A resident key: what lets recovery offer one challenge to every name (see above).
        let mut options =
            serde_json::to_value(&ccr).map_err(|e| PasskeyError::Malformed(e.to_string()))?;
        options["publicKey"]["authenticatorSelection"]["residentKey"] = "required".into();
        options["publicKey"]["authenticatorSelection"]["requireResidentKey"] = true.into();
        Ok((options.to_string(), json(&state)?))
    }

    /// Checks a registration answer against its state; the record to store, and its id.
    pub fn finish_registration(
        &self,
        answer: &str,
        state: &str,
    ) -> Result<(String, String), PasskeyError> {
        let answer: RegisterPublicKeyCredential = parse(answer)?;
        let state: PasskeyRegistration = parse(state)?;
        let key = self.webauthn.finish_passkey_registration(&answer, &state)?;
        Ok((b64(key.cred_id().as_ref()), json(&key)?))
    }

    /// A challenge for any discoverable passkey of this site (recovery).
    pub fn start_discoverable(&self) -> Result<(String, String), PasskeyError> {
        let (mut rcr, state): (RequestChallengeResponse, DiscoverableAuthentication) =
            self.webauthn.start_discoverable_authentication()?;
        // A modal prompt when the person asks for it, not the autofill ("conditional") one.
        rcr.mediation = None;
        Ok((json(&rcr)?, json(&state)?))
    }

    /// Reads who an answer to a discoverable challenge claims to be.
    pub fn claimed(&self, answer: &str) -> Result<Claimed, PasskeyError> {
        let credential: PublicKeyCredential = parse(answer)?;
        let (user, id) = self
            .webauthn
            .identify_discoverable_authentication(&credential)?;
        let credential_id = b64(id);
        Ok(Claimed {
            credential,
            user,
            credential_id,
        })
    }

    /// Checks an answer to a discoverable challenge against the stored record of the
    /// credential it names.
    pub fn finish_discoverable(
        &self,
        claimed: &Claimed,
        state: &str,
        record: &str,
    ) -> Result<Accepted, PasskeyError> {
        let state: DiscoverableAuthentication = parse(state)?;
        let mut key: Passkey = parse(record)?;
        let result = self.webauthn.finish_discoverable_authentication(
            &claimed.credential,
            state,
            &[DiscoverableKey::from(&key)],
        )?;
        key.update_credential(&result);
        Ok(Accepted {
            record: json(&key)?,
            counter: result.counter(),
        })
    }

    /// A challenge for one of `keys` (the console, whose admin is known by then).
    pub fn start_for(&self, keys: &[String]) -> Result<(String, String), PasskeyError> {
        let keys: Vec<Passkey> = keys.iter().map(|k| parse(k)).collect::<Result<_, _>>()?;
        let (rcr, state): (RequestChallengeResponse, PasskeyAuthentication) =
            self.webauthn.start_passkey_authentication(&keys)?;
        Ok((json(&rcr)?, json(&state)?))
    }

    /// Checks an answer to [`Self::start_for`]; the id of the credential that answered.
    pub fn finish_for(
        &self,
        answer: &str,
        state: &str,
        record_of: impl Fn(&str) -> Option<String>,
    ) -> Result<(String, Accepted), PasskeyError> {
        let credential: PublicKeyCredential = parse(answer)?;
        let id = b64(credential.get_credential_id());
        let record =
            record_of(&id).ok_or_else(|| PasskeyError::Refused("unknown credential".into()))?;
        let state: PasskeyAuthentication = parse(state)?;
        let mut key: Passkey = parse(&record)?;
        let result = self
            .webauthn
            .finish_passkey_authentication(&credential, &state)?;
        if result.cred_id() != key.cred_id() {
            return Err(PasskeyError::Refused("another credential".into()));
        }
        key.update_credential(&result);
        Ok((
            id,
            Accepted {
                record: json(&key)?,
                counter: result.counter(),
            },
        ))
    }

    /// Names the credential ids of stored records (what a record says of itself).
    pub fn record_id(record: &str) -> Option<String> {
        let key: Passkey = serde_json::from_str(record).ok()?;
        Some(b64(key.cred_id().as_ref()))
    }

    /// The stored records as passkeys, for excluding them from a new registration.
    pub fn records(records: &[String]) -> Vec<Passkey> {
        records
            .iter()
            .filter_map(|r| serde_json::from_str(r).ok())
            .collect()
    }
}

fn json<T: serde::Serialize>(v: &T) -> Result<String, PasskeyError> {
    serde_json::to_string(v).map_err(|e| PasskeyError::Malformed(e.to_string()))
}

fn parse<T: serde::de::DeserializeOwned>(s: &str) -> Result<T, PasskeyError> {
    serde_json::from_str(s).map_err(|e| PasskeyError::Malformed(e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_relying_party_comes_from_the_public_url() {
        let rp = RelyingParty::for_url(&Url::parse("https://sspr.example.com/sspr/").unwrap(), "X")
            .unwrap();
        assert_eq!(rp.id, "sspr.example.com");
        assert!(
            RelyingParty::for_url(&Url::parse("http://127.0.0.1:8080/").unwrap(), "X").is_err()
        );
        let (options, _) = rp
            .start_registration(
                user_handle("0b0c3a4e-1d2f-4a5b-9c8d-7e6f5a4b3c2d", false),
                "alice",
                "Alice",
                &[],
            )
            .unwrap();
        let v: serde_json::Value = serde_json::from_str(&options).unwrap();
        assert_eq!(v["publicKey"]["rp"]["id"], "sspr.example.com");
        assert_eq!(
            v["publicKey"]["authenticatorSelection"]["residentKey"],
            "required"
        );
        assert_eq!(
            v["publicKey"]["authenticatorSelection"]["userVerification"],
            "required"
        );
        let (options, _) = rp.start_discoverable().unwrap();
        let v: serde_json::Value = serde_json::from_str(&options).unwrap();
        assert!(v.get("mediation").is_none(), "{v}");
        assert_eq!(v["publicKey"]["userVerification"], "required");
    }

    #[test]
    fn user_handles_are_the_guid_and_differ_for_the_console() {
        let g = "0b0c3a4e-1d2f-4a5b-9c8d-7e6f5a4b3c2d";
        assert_eq!(user_handle(g, false).to_string(), g);
        assert_ne!(user_handle(g, true), user_handle(g, false));
    }
}
