//! A user entry as read from AD, and the account state derived from it.

use chrono::{DateTime, Utc};
use ldap3::SearchEntry;

use super::acl::{Guid, Sid};
use super::time::filetime_to_utc;

/// Attributes read for every user lookup.
pub const USER_ATTRS: &[&str] = &[
    "objectGUID",
    "objectSid",
    "sAMAccountName",
    "userPrincipalName",
    "mail",
    "displayName",
    "userAccountControl",
    "msDS-User-Account-Control-Computed",
    "msDS-UserPasswordExpiryTimeComputed",
    "lockoutTime",
    "badPwdCount",
    "pwdLastSet",
    "accountExpires",
    "adminCount",
    "msDS-ResultantPSO",
    "memberOf",
    "uSNChanged",
];

/// Read with [`USER_ATTRS`] right before a write, to check the account's groups in the same
/// search. Constructed by the DC, so only a base-scope read returns it.
pub const TOKEN_ATTR: &str = "tokenGroups";

/// `userAccountControl` bits we read.
pub mod uac {
    /// Account disabled.
    pub const ACCOUNTDISABLE: u32 = 0x2;
    /// User cannot change password (Samba honours the stored bit).
    pub const PASSWD_CANT_CHANGE: u32 = 0x40;
    /// Password never expires.
    pub const DONT_EXPIRE_PASSWD: u32 = 0x1_0000;
    /// `msDS-User-Account-Control-Computed`: locked out now.
    pub const UF_LOCKOUT: u32 = 0x10;
    /// `msDS-User-Account-Control-Computed`: password expired now.
    pub const UF_PASSWORD_EXPIRED: u32 = 0x80_0000;
}

/// A user as the directory describes them. Keyed by `guid` elsewhere: DNs move.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DirectoryUser {
    /// Distinguished name (for operations; never stored as a key).
    pub dn: String,
    /// objectGUID, canonical string form.
    pub guid: String,
    /// objectSid, `S-1-5-21-...`.
    pub sid: Option<String>,
    /// sAMAccountName.
    pub sam_account_name: String,
    /// userPrincipalName.
    pub upn: Option<String>,
    /// mail.
    pub mail: Option<String>,
    /// displayName.
    pub display_name: Option<String>,
    /// userAccountControl.
    pub uac: u32,
    /// msDS-User-Account-Control-Computed.
    pub computed_uac: u32,
    /// msDS-UserPasswordExpiryTimeComputed (FILETIME; 0 = must change; i64::MAX = never).
    pub password_expiry: Option<i64>,
    /// lockoutTime (FILETIME; 0 = not locked).
    pub lockout_time: i64,
    /// badPwdCount.
    pub bad_pwd_count: u32,
    /// pwdLastSet (FILETIME; 0 = must change at next logon).
    pub pwd_last_set: i64,
    /// accountExpires (FILETIME; 0 or i64::MAX = never).
    pub account_expires: i64,
    /// adminCount = 1: a protected account (AdminSDHolder).
    pub admin_count: bool,
    /// DN of the resultant PSO, when a fine-grained policy applies.
    pub resultant_pso: Option<String>,
    /// Direct group memberships (DNs). Nested membership is asked of the DC separately.
    pub member_of: Vec<String>,
    /// uSNChanged on the DC that answered (moves with every modify of the entry).
    pub usn_changed: i64,
    /// The SIDs of every security group in the account's token (`tokenGroups`: through any
    /// nesting, primary group included, as the DC computes it), when the entry was read with
    /// them ([`TOKEN_ATTR`]); `None` otherwise.
    pub token_groups: Option<Vec<Sid>>,
    /// When this copy was read from the directory.
    pub read_at: std::time::Instant,
}

/// The state an admin or a flow cares about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountState {
    /// Locked out now.
    pub locked: bool,
    /// When the lockout began.
    pub locked_since: Option<DateTime<Utc>>,
    /// Disabled.
    pub disabled: bool,
    /// Password expired (bind would answer 532).
    pub password_expired: bool,
    /// Must change at next logon (pwdLastSet = 0; bind would answer 773).
    pub must_change: bool,
    /// Password never expires.
    pub never_expires: bool,
    /// User cannot change password.
    pub cannot_change: bool,
    /// Account expired (accountExpires in the past).
    pub account_expired: bool,
    /// When the password was last set.
    pub password_last_set: Option<DateTime<Utc>>,
    /// When the password expires.
    pub password_expires: Option<DateTime<Utc>>,
    /// Bad password count.
    pub bad_pwd_count: u32,
    /// Protected account (adminCount = 1).
    pub protected: bool,
}

/// The first value of a text attribute (names compared case-insensitively).
pub(crate) fn first<'a>(e: &'a SearchEntry, name: &str) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first())
        .map(String::as_str)
}

/// The first value of an integer attribute.
pub(crate) fn int(e: &SearchEntry, name: &str) -> Option<i64> {
    first(e, name).and_then(|v| v.trim().parse().ok())
}

/// Every value of a binary attribute (see [`binary`] for why both maps are read).
pub fn binaries(e: &SearchEntry, name: &str) -> Vec<Vec<u8>> {
    let mut out: Vec<Vec<u8>> = e
        .bin_attrs
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case(name))
        .flat_map(|(_, v)| v.iter().cloned())
        .collect();
    out.extend(
        e.attrs
            .iter()
            .filter(|(k, _)| k.eq_ignore_ascii_case(name))
            .flat_map(|(_, v)| v.iter().map(|s| s.as_bytes().to_vec())),
    );
    out
}

/// A binary attribute. ldap3 files a value under `attrs` when its bytes happen to be valid
/// UTF-8 and under `bin_attrs` otherwise, so a GUID can land in either.
pub fn binary(e: &SearchEntry, name: &str) -> Option<Vec<u8>> {
    e.bin_attrs
        .iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(name))
        .and_then(|(_, v)| v.first().cloned())
        .or_else(|| first(e, name).map(|s| s.as_bytes().to_vec()))
}

impl DirectoryUser {
    /// Builds a user from a search entry read with [`USER_ATTRS`].
    pub fn from_entry(e: &SearchEntry) -> Option<Self> {
        let guid = Guid::from_bytes(&binary(e, "objectGUID")?)
            .ok()?
            .to_string();
        let sid = binary(e, "objectSid")
            .and_then(|b| Sid::from_bytes(&b).ok())
            .map(|(s, _)| s.to_string());
        let all = |name: &str| -> Vec<String> {
            e.attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.clone())
                .unwrap_or_default()
        };
        Some(Self {
            dn: e.dn.clone(),
            guid,
            sid,
            sam_account_name: first(e, "sAMAccountName")?.to_string(),
            upn: first(e, "userPrincipalName").map(String::from),
            mail: first(e, "mail").map(String::from),
            display_name: first(e, "displayName").map(String::from),
            uac: int(e, "userAccountControl").unwrap_or(0) as u32,
            computed_uac: int(e, "msDS-User-Account-Control-Computed").unwrap_or(0) as u32,
            password_expiry: int(e, "msDS-UserPasswordExpiryTimeComputed"),
            lockout_time: int(e, "lockoutTime").unwrap_or(0),
            bad_pwd_count: int(e, "badPwdCount").unwrap_or(0) as u32,
            pwd_last_set: int(e, "pwdLastSet").unwrap_or(0),
            account_expires: int(e, "accountExpires").unwrap_or(0),
            admin_count: int(e, "adminCount") == Some(1),
            resultant_pso: first(e, "msDS-ResultantPSO").map(String::from),
            member_of: all("memberOf"),
            usn_changed: int(e, "uSNChanged").unwrap_or(0),
            token_groups: e
                .bin_attrs
                .iter()
                .find(|(k, _)| k.eq_ignore_ascii_case(TOKEN_ATTR))
                .map(|(_, v)| {
                    v.iter()
                        .filter_map(|b| Sid::from_bytes(b).ok().map(|(s, _)| s))
                        .collect()
                }),
            read_at: std::time::Instant::now(),
        })
    }

    /// Whether this copy is recent enough to stand in for a new read before a write
    /// ([`super::FRESH`]).
    pub fn is_fresh(&self) -> bool {
        self.read_at.elapsed() < super::FRESH
    }

    /// The account state at `now`.
    pub fn state(&self, now: DateTime<Utc>) -> AccountState {
        let never_expires =
            self.uac & uac::DONT_EXPIRE_PASSWD != 0 || self.password_expiry == Some(i64::MAX);
        let must_change = self.pwd_last_set == 0;
        let password_expires = if never_expires {
            None
        } else {
            self.password_expiry.and_then(filetime_to_utc)
        };
        let account_expired = filetime_to_utc(self.account_expires).is_some_and(|t| t <= now);
        let locked = self.computed_uac & uac::UF_LOCKOUT != 0;
        AccountState {
            locked,
            locked_since: if locked {
                filetime_to_utc(self.lockout_time)
            } else {
                None
            },
            disabled: self.uac & uac::ACCOUNTDISABLE != 0,
            password_expired: !must_change
                && (self.computed_uac & uac::UF_PASSWORD_EXPIRED != 0
                    || password_expires.is_some_and(|t| t <= now)),
            must_change,
            never_expires,
            cannot_change: self.uac & uac::PASSWD_CANT_CHANGE != 0,
            account_expired,
            password_last_set: filetime_to_utc(self.pwd_last_set),
            password_expires,
            bad_pwd_count: self.bad_pwd_count,
            protected: self.admin_count,
        }
    }

    /// Unix seconds of pwdLastSet, for the policy pre-check (`None` when must-change).
    pub fn pwd_last_set_unix(&self) -> Option<i64> {
        filetime_to_utc(self.pwd_last_set).map(|t| t.timestamp())
    }
}
