//! Identity verification methods: one-time codes sent by mail, authenticator apps (TOTP), and
//! passkeys (WebAuthn).
//! No HTTP and no SQL here: the flows decide when to send and check, the store keeps state.

pub mod code;
pub mod passkey;
pub mod totp;

/// The kinds of method a user can register.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MethodKind {
    /// A one-time code sent to an alternate email address.
    Email,
    /// A code from an authenticator app.
    Totp,
    /// A passkey (WebAuthn), on a phone, a laptop or a security key.
    Passkey,
}

impl MethodKind {
    /// The stored name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Email => "email",
            Self::Totp => "totp",
            Self::Passkey => "passkey",
        }
    }

    /// Parses a stored name.
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "email" => Some(Self::Email),
            "totp" => Some(Self::Totp),
            "passkey" => Some(Self::Passkey),
            _ => None,
        }
    }

    /// The id of the method's name in the catalogues (what pages show).
    pub fn message_id(&self) -> &'static str {
        match self {
            Self::Email => "method-email",
            Self::Totp => "method-totp",
            Self::Passkey => "method-passkey",
        }
    }

    /// The method's name in English, for audit records and logs.
    pub fn label(&self) -> &'static str {
        match self {
            Self::Email => "Email code",
            Self::Totp => "Authenticator app",
            Self::Passkey => "Passkey",
        }
    }
}

/// Masks an email address for display: `al***@ex***.com`.
pub fn mask_email(address: &str) -> String {
    let Some((local, domain)) = address.rsplit_once('@') else {
        return "***".into();
    };
    let keep = |s: &str, n: usize| -> String { s.chars().take(n).collect() };
    let (host, tld) = domain.rsplit_once('.').unwrap_or((domain, ""));
    let tld = if tld.is_empty() {
        String::new()
    } else {
        format!(".{tld}")
    };
    format!("{}***@{}***{}", keep(local, 2), keep(host, 2), tld)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_masked() {
        assert_eq!(mask_email("alice.andersen@example.com"), "al***@ex***.com");
        assert_eq!(mask_email("a@b"), "a***@b***");
        assert_eq!(mask_email("nonsense"), "***");
    }
}
