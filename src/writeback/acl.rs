//! Offline access checks against Active Directory security descriptors.
//!
//! Password writeback needs the portal's service account to hold three
//! delegated rights on every user object: the "Reset Password" extended right
//! and Write Property on `lockoutTime` and `pwdLastSet`. When writeback fails
//! for one user but works for others, the usual cause is that the user is a
//! protected account (adminCount=1): AdminSDHolder turns DACL inheritance off,
//! so the OU-level delegation never reaches the object.
//!
//! The diagnostics command and the helpdesk diagnosis read the user's
//! `nTSecurityDescriptor` (requested with the SD_FLAGS control so that only
//! the DACL comes back, see [`security_descriptor_flags_control_value`]) and
//! the service account's token SIDs, and ask this module "would this token be
//! granted right R on this object?". Everything here is pure parsing and
//! evaluation; no LDAP happens in this module, which keeps it testable with
//! hand-built descriptors.
//!
//! The binary formats are those of MS-DTYP (SID 2.4.2.2, ACL 2.4.5, ACEs
//! 2.4.4, SECURITY_DESCRIPTOR 2.4.6); the evaluation follows the directory
//! access check of MS-ADTS 5.1.3 specialised to a single right. All input is
//! treated as untrusted: every read is bounds-checked and malformed data
//! yields an [`AclError`], never a panic.

use std::fmt;

/// Rights GUID of the "Reset Password" extended (control access) right.
pub const RESET_PASSWORD: &str = "00299570-246d-11d0-a768-00aa006e0529";
/// schemaIDGUID of the `lockoutTime` attribute. MS-ADA1 gives it no
/// attributeSecurityGUID, so it belongs to no property set.
pub const ATTR_LOCKOUT_TIME: &str = "28630ebf-41d5-11d1-a9c1-0000f80367c1";
/// schemaIDGUID of the `pwdLastSet` attribute.
pub const ATTR_PWD_LAST_SET: &str = "bf967a0a-0de6-11d0-a285-00aa003049e2";
/// schemaIDGUID of the `user` class.
pub const CLASS_USER: &str = "bf967aba-0de6-11d0-a285-00aa003049e2";
/// Rights GUID of the User-Account-Restrictions property set, which contains
/// `pwdLastSet` (its attributeSecurityGUID in MS-ADA3).
pub const PROPSET_USER_ACCOUNT_RESTRICTIONS: &str = "4c164200-20c0-11d0-a768-00aa006e0529";

/// OID of the LDAP_SERVER_SD_FLAGS control whose value
/// [`security_descriptor_flags_control_value`] encodes.
pub const LDAP_SERVER_SD_FLAGS_OID: &str = "1.2.840.113556.1.4.801";
/// SD_FLAGS bit asking for the owner.
pub const OWNER_SECURITY_INFORMATION: u32 = 0x1;
/// SD_FLAGS bit asking for the primary group.
pub const GROUP_SECURITY_INFORMATION: u32 = 0x2;
/// SD_FLAGS bit asking for the DACL; the only part the access check needs,
/// and the only part a non-admin service account may read.
pub const DACL_SECURITY_INFORMATION: u32 = 0x4;
/// SD_FLAGS bit asking for the SACL (requires SeSecurityPrivilege).
pub const SACL_SECURITY_INFORMATION: u32 = 0x8;

/// Security descriptor control bit: a DACL is present.
pub const SE_DACL_PRESENT: u16 = 0x0004;
/// Security descriptor control bit: the DACL does not inherit from the parent.
pub const SE_DACL_PROTECTED: u16 = 0x1000;
/// Security descriptor control bit: the descriptor uses offsets, not pointers.
pub const SE_SELF_RELATIVE: u16 = 0x8000;

/// ACE type: allow by access mask alone.
pub const ACCESS_ALLOWED_ACE_TYPE: u8 = 0x00;
/// ACE type: deny by access mask alone.
pub const ACCESS_DENIED_ACE_TYPE: u8 = 0x01;
/// ACE type: allow, optionally restricted to an object type (right, property
/// set, attribute or class GUID).
pub const ACCESS_ALLOWED_OBJECT_ACE_TYPE: u8 = 0x05;
/// ACE type: deny, optionally restricted to an object type.
pub const ACCESS_DENIED_OBJECT_ACE_TYPE: u8 = 0x06;

/// ACE flag: inherited by child leaf objects.
pub const OBJECT_INHERIT_ACE: u8 = 0x01;
/// ACE flag: inherited by child containers.
pub const CONTAINER_INHERIT_ACE: u8 = 0x02;
/// ACE flag: inheritance stops at the children.
pub const NO_PROPAGATE_INHERIT_ACE: u8 = 0x04;
/// ACE flag: the ACE only exists to be inherited and does not apply here.
pub const INHERIT_ONLY_ACE: u8 = 0x08;
/// ACE flag: the ACE was inherited from a parent.
pub const INHERITED_ACE: u8 = 0x10;

/// Object ACE flag: an ObjectType GUID follows.
pub const ACE_OBJECT_TYPE_PRESENT: u32 = 0x1;
/// Object ACE flag: an InheritedObjectType GUID follows.
pub const ACE_INHERITED_OBJECT_TYPE_PRESENT: u32 = 0x2;

/// Access mask bit: write property.
pub const ADS_RIGHT_DS_WRITE_PROP: u32 = 0x0000_0020;
/// Access mask bit: control access (extended rights).
pub const ADS_RIGHT_DS_CONTROL_ACCESS: u32 = 0x0000_0100;
/// Access mask bit: generic all (maps to every directory right).
pub const GENERIC_ALL: u32 = 0x1000_0000;
/// Access mask bit: generic write (maps to, among others, write property).
pub const GENERIC_WRITE: u32 = 0x4000_0000;

/// SID of Everyone (S-1-1-0); always part of a token.
pub const SID_EVERYONE: &str = "S-1-1-0";
/// SID of Authenticated Users (S-1-5-11); part of every authenticated token.
pub const SID_AUTHENTICATED_USERS: &str = "S-1-5-11";
/// SELF (principal self): the object's own account in an ACE on it.
pub const SID_SELF: &str = "S-1-5-10";

/// A SID, security descriptor, GUID or string that could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AclError(String);

impl AclError {
    fn new(message: impl Into<String>) -> Self {
        AclError(message.into())
    }
}

impl fmt::Display for AclError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AclError {}

/// Bounds-checked little-endian cursor. Every structure in this module is read
/// through it so that no code path can index past the end of untrusted bytes.
struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
    context: &'static str,
}

impl<'a> Reader<'a> {
    fn new(buf: &'a [u8], context: &'static str) -> Self {
        Reader {
            buf,
            pos: 0,
            context,
        }
    }

    fn take(&mut self, n: usize, field: &str) -> Result<&'a [u8], AclError> {
        let slice = self
            .pos
            .checked_add(n)
            .and_then(|end| self.buf.get(self.pos..end))
            .ok_or_else(|| {
                AclError::new(format!(
                    "{} truncated: {field} needs {n} bytes at offset {}, only {} available",
                    self.context,
                    self.pos,
                    self.buf.len().saturating_sub(self.pos)
                ))
            })?;
        self.pos += n;
        Ok(slice)
    }

    fn array<const N: usize>(&mut self, field: &str) -> Result<[u8; N], AclError> {
        let slice = self.take(N, field)?;
        <[u8; N]>::try_from(slice)
            .map_err(|_| AclError::new(format!("{}: bad length for {field}", self.context)))
    }

    fn u8(&mut self, field: &str) -> Result<u8, AclError> {
        let [b] = self.array::<1>(field)?;
        Ok(b)
    }

    fn u16_le(&mut self, field: &str) -> Result<u16, AclError> {
        self.array(field).map(u16::from_le_bytes)
    }

    fn u32_le(&mut self, field: &str) -> Result<u32, AclError> {
        self.array(field).map(u32::from_le_bytes)
    }

    fn rest(&self) -> &'a [u8] {
        self.buf.get(self.pos..).unwrap_or_default()
    }
}

/// MS-DTYP caps a SID at 15 sub-authorities; enforcing it bounds allocation
/// and rejects garbage early.
const SID_MAX_SUB_AUTHORITIES: usize = 15;
/// The identifier authority is a 48-bit big-endian number.
const SID_MAX_AUTHORITY: u64 = (1 << 48) - 1;

/// A Windows security identifier (MS-DTYP 2.4.2).
#[derive(Clone, PartialEq, Eq, Hash, Debug)]
pub struct Sid {
    revision: u8,
    authority: u64,
    sub_authorities: Vec<u32>,
}

impl Sid {
    /// Builds a revision-1 SID from its identifier authority (at most 48
    /// bits) and up to 15 sub-authorities.
    pub fn new(authority: u64, sub_authorities: &[u32]) -> Result<Sid, AclError> {
        if authority > SID_MAX_AUTHORITY {
            return Err(AclError::new(format!(
                "SID identifier authority {authority} exceeds 48 bits"
            )));
        }
        if sub_authorities.len() > SID_MAX_SUB_AUTHORITIES {
            return Err(AclError::new(format!(
                "SID has {} sub-authorities, at most {SID_MAX_SUB_AUTHORITIES} allowed",
                sub_authorities.len()
            )));
        }
        Ok(Sid {
            revision: 1,
            authority,
            sub_authorities: sub_authorities.to_vec(),
        })
    }

    /// Parses a binary SID (as in `objectSid`, `tokenGroups` or inside an
    /// ACE) from the start of `b`, returning it and the number of bytes it
    /// occupied; trailing bytes are left to the caller.
    pub fn from_bytes(b: &[u8]) -> Result<(Sid, usize), AclError> {
        let mut r = Reader::new(b, "SID");
        let revision = r.u8("revision")?;
        if revision != 1 {
            return Err(AclError::new(format!(
                "unsupported SID revision {revision}"
            )));
        }
        let count = usize::from(r.u8("sub-authority count")?);
        if count > SID_MAX_SUB_AUTHORITIES {
            return Err(AclError::new(format!(
                "SID claims {count} sub-authorities, at most {SID_MAX_SUB_AUTHORITIES} allowed"
            )));
        }
        // The authority is the one big-endian field in an otherwise
        // little-endian structure.
        let authority = r
            .array::<6>("identifier authority")?
            .iter()
            .fold(0u64, |acc, &byte| (acc << 8) | u64::from(byte));
        let mut sub_authorities = Vec::with_capacity(count);
        for _ in 0..count {
            sub_authorities.push(r.u32_le("sub-authority")?);
        }
        let sid = Sid {
            revision,
            authority,
            sub_authorities,
        };
        Ok((sid, r.pos))
    }

    /// Parses the string form `S-1-<authority>-<sub>-...`. The authority may
    /// be decimal or, as MS-DTYP writes authorities of 2^32 and above,
    /// `0x` followed by up to 12 hex digits.
    pub fn parse(s: &str) -> Result<Sid, AclError> {
        let bad = |why: &str| AclError::new(format!("invalid SID string {s:?}: {why}"));
        let rest = s
            .strip_prefix("S-")
            .or_else(|| s.strip_prefix("s-"))
            .ok_or_else(|| bad("must start with \"S-\""))?;
        let mut parts = rest.split('-');
        if parts.next() != Some("1") {
            return Err(bad("revision must be 1"));
        }
        let authority_text = parts.next().ok_or_else(|| bad("missing authority"))?;
        let authority = match authority_text
            .strip_prefix("0x")
            .or_else(|| authority_text.strip_prefix("0X"))
        {
            Some(hex) if (1..=12).contains(&hex.len()) && is_all(hex, u8::is_ascii_hexdigit) => {
                u64::from_str_radix(hex, 16).map_err(|_| bad("bad hex authority"))?
            }
            Some(_) => return Err(bad("bad hex authority")),
            None => parse_decimal::<u64>(authority_text).ok_or_else(|| bad("bad authority"))?,
        };
        let sub_authorities = parts
            .map(|p| parse_decimal::<u32>(p).ok_or_else(|| bad("bad sub-authority")))
            .collect::<Result<Vec<u32>, AclError>>()?;
        Sid::new(authority, &sub_authorities).map_err(|e| bad(&e.0))
    }

    /// Serialises to the binary form accepted by [`Sid::from_bytes`].
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(8 + 4 * self.sub_authorities.len());
        out.push(self.revision);
        // Cannot saturate: constructors cap the count at 15.
        out.push(u8::try_from(self.sub_authorities.len()).unwrap_or(u8::MAX));
        let [_, _, a0, a1, a2, a3, a4, a5] = self.authority.to_be_bytes();
        out.extend_from_slice(&[a0, a1, a2, a3, a4, a5]);
        for sub in &self.sub_authorities {
            out.extend_from_slice(&sub.to_le_bytes());
        }
        out
    }

    /// The relative identifier: the last sub-authority (e.g. 1104 in
    /// `S-1-5-21-1-2-3-1104`), or `None` for a SID without sub-authorities.
    /// Only meaningful for domain and builtin account SIDs.
    pub fn rid(&self) -> Option<u32> {
        self.sub_authorities.last().copied()
    }

    /// The SID revision (always 1 for SIDs this type accepts).
    pub fn revision(&self) -> u8 {
        self.revision
    }

    /// The 48-bit identifier authority (5 for NT AUTHORITY).
    pub fn identifier_authority(&self) -> u64 {
        self.authority
    }

    /// The sub-authorities in order.
    pub fn sub_authorities(&self) -> &[u32] {
        &self.sub_authorities
    }
}

impl fmt::Display for Sid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "S-{}-", self.revision)?;
        // MS-DTYP 2.4.2.1: decimal below 2^32, otherwise 12 hex digits.
        if self.authority < (1 << 32) {
            write!(f, "{}", self.authority)?;
        } else {
            write!(f, "0x{:012X}", self.authority)?;
        }
        for sub in &self.sub_authorities {
            write!(f, "-{sub}")?;
        }
        Ok(())
    }
}

fn is_all(s: &str, pred: fn(&u8) -> bool) -> bool {
    s.bytes().all(|b| pred(&b))
}

/// Decimal digits only: `str::parse` would also accept a leading `+`, which
/// is not valid in a SID string.
fn parse_decimal<T: std::str::FromStr>(s: &str) -> Option<T> {
    if s.is_empty() || !is_all(s, u8::is_ascii_digit) {
        return None;
    }
    s.parse().ok()
}

/// A GUID held in the on-the-wire byte order AD uses for `objectGUID`,
/// `schemaIDGUID` and ACE object types: the first three groups of the
/// canonical string are little-endian, the last eight bytes are in order.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Guid([u8; 16]);

impl Guid {
    /// The "Change Password" extended right (ab721a53-1e2f-11d0-9819-00aa0040529b). A deny
    /// of it to Everyone and SELF is how AD expresses "User cannot change password".
    pub const CHANGE_PASSWORD: Guid = Guid::from_fields(
        0xab72_1a53,
        0x1e2f,
        0x11d0,
        [0x98, 0x19, 0x00, 0xaa, 0x00, 0x40, 0x52, 0x9b],
    );
    /// The "Reset Password" extended right ([`RESET_PASSWORD`]).
    pub const RESET_PASSWORD: Guid = Guid::from_fields(
        0x0029_9570,
        0x246d,
        0x11d0,
        [0xa7, 0x68, 0x00, 0xaa, 0x00, 0x6e, 0x05, 0x29],
    );
    /// The `lockoutTime` attribute ([`ATTR_LOCKOUT_TIME`]).
    pub const ATTR_LOCKOUT_TIME: Guid = Guid::from_fields(
        0x2863_0ebf,
        0x41d5,
        0x11d1,
        [0xa9, 0xc1, 0x00, 0x00, 0xf8, 0x03, 0x67, 0xc1],
    );
    /// The `pwdLastSet` attribute ([`ATTR_PWD_LAST_SET`]).
    pub const ATTR_PWD_LAST_SET: Guid = Guid::from_fields(
        0xbf96_7a0a,
        0x0de6,
        0x11d0,
        [0xa2, 0x85, 0x00, 0xaa, 0x00, 0x30, 0x49, 0xe2],
    );
    /// The `user` class ([`CLASS_USER`]).
    pub const CLASS_USER: Guid = Guid::from_fields(
        0xbf96_7aba,
        0x0de6,
        0x11d0,
        [0xa2, 0x85, 0x00, 0xaa, 0x00, 0x30, 0x49, 0xe2],
    );
    /// The User-Account-Restrictions property set
    /// ([`PROPSET_USER_ACCOUNT_RESTRICTIONS`]).
    pub const PROPSET_USER_ACCOUNT_RESTRICTIONS: Guid = Guid::from_fields(
        0x4c16_4200,
        0x20c0,
        0x11d0,
        [0xa7, 0x68, 0x00, 0xaa, 0x00, 0x6e, 0x05, 0x29],
    );

    /// Builds a GUID from the numeric fields of its canonical string
    /// (`d1-d2-d3-d4[0..2]-d4[2..8]`), so constants need no runtime parsing.
    pub const fn from_fields(d1: u32, d2: u16, d3: u16, d4: [u8; 8]) -> Guid {
        let [a0, a1, a2, a3] = d1.to_le_bytes();
        let [b0, b1] = d2.to_le_bytes();
        let [c0, c1] = d3.to_le_bytes();
        let [e0, e1, e2, e3, e4, e5, e6, e7] = d4;
        Guid([
            a0, a1, a2, a3, b0, b1, c0, c1, e0, e1, e2, e3, e4, e5, e6, e7,
        ])
    }

    /// Takes exactly 16 wire-order bytes (an `objectGUID` or `schemaIDGUID`
    /// attribute value).
    pub fn from_bytes(b: &[u8]) -> Result<Guid, AclError> {
        <[u8; 16]>::try_from(b)
            .map(Guid)
            .map_err(|_| AclError::new(format!("GUID must be 16 bytes, got {}", b.len())))
    }

    /// Parses the canonical form `00299570-246d-11d0-a768-00aa006e0529`
    /// (either case, optionally wrapped in braces).
    pub fn parse(s: &str) -> Result<Guid, AclError> {
        let bad = || AclError::new(format!("invalid GUID string {s:?}"));
        let inner = s
            .strip_prefix('{')
            .and_then(|t| t.strip_suffix('}'))
            .unwrap_or(s);
        if inner.len() != 36 {
            return Err(bad());
        }
        let mut nibbles = [0u8; 32];
        let mut count = 0;
        for (i, c) in inner.bytes().enumerate() {
            if matches!(i, 8 | 13 | 18 | 23) {
                if c != b'-' {
                    return Err(bad());
                }
                continue;
            }
            let value = char::from(c).to_digit(16).ok_or_else(bad)?;
            let slot = nibbles.get_mut(count).ok_or_else(bad)?;
            *slot = u8::try_from(value).map_err(|_| bad())?;
            count += 1;
        }
        let mut text_order = [0u8; 16];
        for (byte, pair) in text_order.iter_mut().zip(nibbles.chunks_exact(2)) {
            if let [hi, lo] = pair {
                *byte = (hi << 4) | lo;
            }
        }
        let [t0, t1, t2, t3, t4, t5, t6, t7, t8, t9, t10, t11, t12, t13, t14, t15] = text_order;
        Ok(Guid([
            t3, t2, t1, t0, t5, t4, t7, t6, t8, t9, t10, t11, t12, t13, t14, t15,
        ]))
    }

    /// The 16 wire-order bytes.
    pub fn as_bytes(&self) -> &[u8; 16] {
        &self.0
    }
}

impl fmt::Display for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let [a0, a1, a2, a3, b0, b1, c0, c1, d0, d1, e0, e1, e2, e3, e4, e5] = self.0;
        write!(
            f,
            "{:08x}-{:04x}-{:04x}-{d0:02x}{d1:02x}-{e0:02x}{e1:02x}{e2:02x}{e3:02x}{e4:02x}{e5:02x}",
            u32::from_le_bytes([a0, a1, a2, a3]),
            u16::from_le_bytes([b0, b1]),
            u16::from_le_bytes([c0, c1]),
        )
    }
}

impl fmt::Debug for Guid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Guid({self})")
    }
}

/// Friendly names for the GUIDs this module knows, for diagnostics output.
fn known_name(guid: &Guid) -> Option<&'static str> {
    [
        (Guid::RESET_PASSWORD, "Reset Password"),
        (Guid::ATTR_LOCKOUT_TIME, "lockoutTime"),
        (Guid::ATTR_PWD_LAST_SET, "pwdLastSet"),
        (Guid::CLASS_USER, "user"),
        (
            Guid::PROPSET_USER_ACCOUNT_RESTRICTIONS,
            "User-Account-Restrictions",
        ),
    ]
    .iter()
    .find(|(g, _)| g == guid)
    .map(|(_, name)| *name)
}

/// One access control entry of a DACL. Only the four ACE types that take part
/// in a directory access check are represented; see [`Acl::skipped_aces`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Ace {
    /// One of the `ACCESS_*_ACE_TYPE` constants.
    pub ace_type: u8,
    /// ACE header flags (`INHERIT_ONLY_ACE`, `INHERITED_ACE`, ...).
    pub flags: u8,
    /// Access mask (`ADS_RIGHT_*`, `GENERIC_*`, standard rights).
    pub mask: u32,
    /// For object ACEs: the right, property set, attribute or class the ACE
    /// is restricted to; `None` means it applies to all of them.
    pub object_type: Option<Guid>,
    /// For object ACEs: the class of objects this ACE is inherited onto.
    /// Informational only: it plays no part in the access check itself.
    pub inherited_object_type: Option<Guid>,
    /// The trustee.
    pub sid: Sid,
}

impl Ace {
    /// Parses one ACE of a type this module evaluates from exactly its
    /// `AceSize` bytes (header included).
    fn parse(bytes: &[u8]) -> Result<Ace, AclError> {
        let mut r = Reader::new(bytes, "ACE");
        let ace_type = r.u8("type")?;
        let flags = r.u8("flags")?;
        let _size = r.u16_le("size")?;
        let mask = r.u32_le("access mask")?;
        let (mut object_type, mut inherited_object_type) = (None, None);
        if is_object_ace_type(ace_type) {
            let object_flags = r.u32_le("object flags")?;
            if object_flags & ACE_OBJECT_TYPE_PRESENT != 0 {
                object_type = Some(Guid(r.array("object type")?));
            }
            if object_flags & ACE_INHERITED_OBJECT_TYPE_PRESENT != 0 {
                inherited_object_type = Some(Guid(r.array("inherited object type")?));
            }
        }
        let (sid, _) = Sid::from_bytes(r.rest())?;
        Ok(Ace {
            ace_type,
            flags,
            mask,
            object_type,
            inherited_object_type,
            sid,
        })
    }

    /// True for the two deny ACE types.
    pub fn is_deny(&self) -> bool {
        matches!(
            self.ace_type,
            ACCESS_DENIED_ACE_TYPE | ACCESS_DENIED_OBJECT_ACE_TYPE
        )
    }

    /// True when the ACE came from a parent rather than being set explicitly.
    pub fn is_inherited(&self) -> bool {
        self.flags & INHERITED_ACE != 0
    }

    /// True when the ACE is only a template for children and does not apply
    /// to the object carrying it.
    pub fn is_inherit_only(&self) -> bool {
        self.flags & INHERIT_ONLY_ACE != 0
    }
}

fn is_object_ace_type(ace_type: u8) -> bool {
    matches!(
        ace_type,
        ACCESS_ALLOWED_OBJECT_ACE_TYPE | ACCESS_DENIED_OBJECT_ACE_TYPE
    )
}

/// An access control list (MS-DTYP 2.4.5).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Acl {
    /// The evaluated ACEs, in DACL order.
    pub aces: Vec<Ace>,
    /// ACEs of other types (callback, audit, label...) that were stepped over
    /// using their AceSize. A directory access check ignores them; the count
    /// lets diagnostics mention that they exist.
    pub skipped_aces: usize,
}

/// Size of the fixed ACL header.
const ACL_HEADER_LEN: usize = 8;

impl Acl {
    /// Parses an ACL from the start of `b`; `AclSize` bounds every ACE.
    pub fn parse(b: &[u8]) -> Result<Acl, AclError> {
        let mut r = Reader::new(b, "ACL");
        let revision = r.u8("revision")?;
        // 2 is ACL_REVISION, 4 is ACL_REVISION_DS (needed for object ACEs).
        if revision != 2 && revision != 4 {
            return Err(AclError::new(format!(
                "unsupported ACL revision {revision}"
            )));
        }
        let _sbz1 = r.u8("Sbz1")?;
        let size = usize::from(r.u16_le("size")?);
        let count = r.u16_le("ACE count")?;
        let _sbz2 = r.u16_le("Sbz2")?;
        let body = b.get(ACL_HEADER_LEN..size).ok_or_else(|| {
            AclError::new(format!(
                "ACL size {size} is outside the {} bytes available",
                b.len()
            ))
        })?;
        let mut acl = Acl::default();
        let mut pos = 0usize;
        for index in 0..count {
            let rest = body.get(pos..).unwrap_or_default();
            let mut header = Reader::new(rest, "ACE header");
            let ace_type = header.u8("type")?;
            let _flags = header.u8("flags")?;
            let ace_size = usize::from(header.u16_le("size")?);
            // A size below the header would make the walk stall or misalign.
            if ace_size < 4 {
                return Err(AclError::new(format!("ACE {index} has size {ace_size}")));
            }
            let ace_bytes = rest.get(..ace_size).ok_or_else(|| {
                AclError::new(format!(
                    "ACE {index} (size {ace_size}) runs past the end of the ACL"
                ))
            })?;
            match ace_type {
                // A malformed ACE of an evaluated type is an error, not a
                // skip: silently dropping a deny ACE could turn a real
                // "denied" into a false "allowed".
                ACCESS_ALLOWED_ACE_TYPE
                | ACCESS_DENIED_ACE_TYPE
                | ACCESS_ALLOWED_OBJECT_ACE_TYPE
                | ACCESS_DENIED_OBJECT_ACE_TYPE => acl.aces.push(
                    Ace::parse(ace_bytes)
                        .map_err(|e| AclError::new(format!("ACE {index}: {e}")))?,
                ),
                _ => acl.skipped_aces += 1,
            }
            pos += ace_size;
        }
        Ok(acl)
    }
}

/// Size of the fixed self-relative SECURITY_DESCRIPTOR header.
const SD_HEADER_LEN: usize = 20;

/// A parsed self-relative security descriptor (MS-DTYP 2.4.6). The SACL is
/// not parsed: the portal never requests it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SecurityDescriptor {
    /// Control bits (`SE_*`).
    pub control: u16,
    /// Owner, when it was requested and present.
    pub owner: Option<Sid>,
    /// Primary group, when it was requested and present.
    pub group: Option<Sid>,
    /// The DACL; `None` means no DACL, which grants everyone everything.
    pub dacl: Option<Acl>,
}

impl SecurityDescriptor {
    /// Parses the binary `nTSecurityDescriptor` value.
    pub fn parse(bytes: &[u8]) -> Result<Self, AclError> {
        let mut r = Reader::new(bytes, "security descriptor");
        let revision = r.u8("revision")?;
        if revision != 1 {
            return Err(AclError::new(format!(
                "unsupported security descriptor revision {revision}"
            )));
        }
        let _sbz1 = r.u8("Sbz1")?;
        let control = r.u16_le("control")?;
        // Offsets only mean something in the self-relative form; an absolute
        // descriptor holds pointers and cannot come over the wire.
        if control & SE_SELF_RELATIVE == 0 {
            return Err(AclError::new(
                "security descriptor is not self-relative".to_string(),
            ));
        }
        let owner_offset = r.u32_le("owner offset")?;
        let group_offset = r.u32_le("group offset")?;
        let _sacl_offset = r.u32_le("SACL offset")?;
        let dacl_offset = r.u32_le("DACL offset")?;

        let owner = section(bytes, owner_offset, "owner")?
            .map(|b| Sid::from_bytes(b).map(|(sid, _)| sid))
            .transpose()?;
        let group = section(bytes, group_offset, "group")?
            .map(|b| Sid::from_bytes(b).map(|(sid, _)| sid))
            .transpose()?;
        // DACL_PRESENT with a zero offset is a NULL DACL; both it and an
        // absent DACL grant everything, so both become `None`.
        let dacl = if control & SE_DACL_PRESENT == 0 {
            None
        } else {
            section(bytes, dacl_offset, "DACL")?
                .map(Acl::parse)
                .transpose()?
        };
        Ok(SecurityDescriptor {
            control,
            owner,
            group,
            dacl,
        })
    }

    /// True when SE_DACL_PROTECTED is set: the object does not inherit ACEs
    /// from its parent. AdminSDHolder sets it on protected accounts
    /// (adminCount=1), which is why OU-level delegations miss them.
    pub fn dacl_protected(&self) -> bool {
        self.control & SE_DACL_PROTECTED != 0
    }
}

/// The bytes from a header offset to the end, or `None` for offset 0.
fn section<'a>(bytes: &'a [u8], offset: u32, what: &str) -> Result<Option<&'a [u8]>, AclError> {
    if offset == 0 {
        return Ok(None);
    }
    let start = usize::try_from(offset)
        .ok()
        .filter(|&o| o >= SD_HEADER_LEN)
        .ok_or_else(|| AclError::new(format!("{what} offset {offset} points into the header")))?;
    bytes.get(start..).map(Some).ok_or_else(|| {
        AclError::new(format!(
            "{what} offset {offset} is past the end ({} bytes)",
            bytes.len()
        ))
    })
}

/// A single directory right to check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Right {
    /// An extended right (control access right) identified by its rightsGUID.
    ControlAccess(Guid),
    /// Write Property on one attribute; a grant or deny on the attribute's
    /// property set (its attributeSecurityGUID) counts as well.
    WriteProperty {
        /// The attribute's schemaIDGUID.
        attribute: Guid,
        /// The attribute's property set, if it has one.
        property_set: Option<Guid>,
    },
}

impl Right {
    /// The "Change Password" extended right.
    pub const CHANGE_PASSWORD: Right = Right::ControlAccess(Guid::CHANGE_PASSWORD);
    /// The "Reset Password" extended right.
    pub const RESET_PASSWORD: Right = Right::ControlAccess(Guid::RESET_PASSWORD);
    /// Write Property on `lockoutTime` (in no property set).
    pub const WRITE_LOCKOUT_TIME: Right = Right::WriteProperty {
        attribute: Guid::ATTR_LOCKOUT_TIME,
        property_set: None,
    };
    /// Write Property on `pwdLastSet` (in User-Account-Restrictions).
    pub const WRITE_PWD_LAST_SET: Right = Right::WriteProperty {
        attribute: Guid::ATTR_PWD_LAST_SET,
        property_set: Some(Guid::PROPSET_USER_ACCOUNT_RESTRICTIONS),
    };
    /// Every right password writeback needs on a user object.
    pub const WRITEBACK_REQUIRED: [Right; 3] = [
        Right::RESET_PASSWORD,
        Right::WRITE_LOCKOUT_TIME,
        Right::WRITE_PWD_LAST_SET,
    ];

    /// Mask bits any one of which grants (or denies) this right. AD stores
    /// mapped rights (full control is 0x000F01FF) but generic bits are
    /// honoured too in case a tool wrote them unmapped.
    fn mask_bits(&self) -> u32 {
        match self {
            Right::ControlAccess(_) => ADS_RIGHT_DS_CONTROL_ACCESS | GENERIC_ALL,
            Right::WriteProperty { .. } => ADS_RIGHT_DS_WRITE_PROP | GENERIC_WRITE | GENERIC_ALL,
        }
    }

    /// Whether an object ACE's ObjectType names a node on this right's path
    /// in the object type tree MS-ADTS builds for the check: the object's
    /// class at the root, then the property set, then the attribute (or the
    /// control access right). An ACE on any node covers everything below it.
    fn covered_by(&self, object_type: &Guid) -> bool {
        // The root is the object's class; this module only evaluates user
        // objects, so that is `user`.
        if *object_type == Guid::CLASS_USER {
            return true;
        }
        match self {
            Right::ControlAccess(right) => object_type == right,
            Right::WriteProperty {
                attribute,
                property_set,
            } => object_type == attribute || property_set.as_ref() == Some(object_type),
        }
    }
}

impl fmt::Display for Right {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Right::ControlAccess(g) => match known_name(g) {
                Some(name) => write!(f, "extended right {name} ({g})"),
                None => write!(f, "extended right {g}"),
            },
            Right::WriteProperty { attribute, .. } => match known_name(attribute) {
                Some(name) => write!(f, "write property {name} ({attribute})"),
                None => write!(f, "write property {attribute}"),
            },
        }
    }
}

/// Outcome of checking one right.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Access {
    /// An allow ACE for the token grants the right before any deny.
    Allowed,
    /// A deny ACE for the token comes first.
    Denied,
    /// No ACE for the token mentions the right: implicitly denied.
    NotGranted,
}

impl fmt::Display for Access {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Access::Allowed => "allowed",
            Access::Denied => "denied",
            Access::NotGranted => "not granted",
        })
    }
}

/// Would a token holding `token` SIDs be granted `right` on a user object
/// with descriptor `sd`?
///
/// ACEs are walked in DACL order and the first one that applies decides:
/// inherit-only ACEs, ACEs for SIDs outside the token, ACEs whose mask lacks
/// the right and object ACEs for other object types are passed over. Not
/// modelled, because they do not apply to a service account writing user
/// objects: privileges, implicit owner rights, and the PRINCIPAL_SELF and
/// CREATOR OWNER substitutions.
pub fn evaluate(sd: &SecurityDescriptor, token: &[Sid], right: &Right) -> Access {
    let Some(dacl) = &sd.dacl else {
        return Access::Allowed;
    };
    match deciding_ace(dacl, token, right) {
        Some((_, ace)) if ace.is_deny() => Access::Denied,
        Some(_) => Access::Allowed,
        None => Access::NotGranted,
    }
}

/// The ACE that decides [`evaluate`]'s answer and its index in `dacl.aces`,
/// so diagnostics can show *which* entry grants or blocks the right.
pub fn deciding_ace<'a>(dacl: &'a Acl, token: &[Sid], right: &Right) -> Option<(usize, &'a Ace)> {
    dacl.aces
        .iter()
        .enumerate()
        .find(|(_, ace)| ace_applies(ace, token, right))
}

fn ace_applies(ace: &Ace, token: &[Sid], right: &Right) -> bool {
    if ace.is_inherit_only() || ace.mask & right.mask_bits() == 0 || !token.contains(&ace.sid) {
        return false;
    }
    match ace.ace_type {
        ACCESS_ALLOWED_ACE_TYPE | ACCESS_DENIED_ACE_TYPE => true,
        // InheritedObjectType is deliberately ignored: MS-DTYP's access check
        // never consults it. It only steers inheritance, and AD already marks
        // inherited ACEs for other classes INHERIT_ONLY on the child.
        ACCESS_ALLOWED_OBJECT_ACE_TYPE | ACCESS_DENIED_OBJECT_ACE_TYPE => ace
            .object_type
            .as_ref()
            .is_none_or(|object_type| right.covered_by(object_type)),
        _ => false,
    }
}

/// Builds the SID list of the service account's token: its `objectSid`, its
/// `tokenGroups`, plus Everyone and Authenticated Users, which `tokenGroups`
/// does not list but every authenticated logon carries. Duplicates are
/// dropped, order is kept.
pub fn token_sids(object_sid: &Sid, token_groups: &[Sid]) -> Vec<Sid> {
    let well_known = [
        Sid::new(1, &[0]),  // S-1-1-0, Everyone
        Sid::new(5, &[11]), // S-1-5-11, Authenticated Users
    ];
    let mut out: Vec<Sid> = Vec::with_capacity(token_groups.len() + 3);
    let candidates = std::iter::once(object_sid.clone())
        .chain(token_groups.iter().cloned())
        .chain(well_known.into_iter().flatten());
    for sid in candidates {
        if !out.contains(&sid) {
            out.push(sid);
        }
    }
    out
}

/// BER value of the LDAP_SERVER_SD_FLAGS control ([`LDAP_SERVER_SD_FLAGS_OID`]):
/// `SEQUENCE { INTEGER flags }`. Pass [`DACL_SECURITY_INFORMATION`] (4) to
/// read only the DACL, which avoids needing rights to read the SACL.
pub fn security_descriptor_flags_control_value(flags: u32) -> Vec<u8> {
    let be = flags.to_be_bytes();
    // Minimal encoding: drop leading zero bytes, keeping at least one byte.
    let first = be.iter().position(|&b| b != 0).unwrap_or(be.len() - 1);
    let significant = be.get(first..).unwrap_or(&[0]);
    let mut integer = Vec::with_capacity(5);
    // BER INTEGER is two's complement: without a leading zero, a set high bit
    // would make the server read a negative number.
    if significant.first().is_some_and(|&b| b & 0x80 != 0) {
        integer.push(0);
    }
    integer.extend_from_slice(significant);
    // At most 5 content bytes, so short-form lengths always suffice.
    let int_len = u8::try_from(integer.len()).unwrap_or(u8::MAX);
    let mut out = vec![0x30, int_len + 2, 0x02, int_len];
    out.extend_from_slice(&integer);
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]
mod tests {
    use super::*;

    const SERVICE: &str = "S-1-5-21-1-2-3-1104";
    const HELPDESK_GROUP: &str = "S-1-5-21-1-2-3-2001";
    const SOMEONE_ELSE: &str = "S-1-5-21-1-2-3-1105";
    const SOME_OTHER_RIGHT: &str = "ab721a53-1e2f-11d0-9819-00aa0040529b"; // Change Password

    fn sid(s: &str) -> Sid {
        Sid::parse(s).unwrap()
    }

    fn guid(s: &str) -> Guid {
        Guid::parse(s).unwrap()
    }

    fn token(sids: &[&str]) -> Vec<Sid> {
        sids.iter().map(|s| sid(s)).collect()
    }

    /// Writes one ACE: header, mask, object part for object types, SID.
    fn ace(
        ace_type: u8,
        flags: u8,
        mask: u32,
        object_type: Option<&str>,
        inherited_object_type: Option<&str>,
        trustee: &str,
    ) -> Vec<u8> {
        let mut body = mask.to_le_bytes().to_vec();
        if is_object_ace_type(ace_type) {
            let mut object_flags = 0u32;
            if object_type.is_some() {
                object_flags |= ACE_OBJECT_TYPE_PRESENT;
            }
            if inherited_object_type.is_some() {
                object_flags |= ACE_INHERITED_OBJECT_TYPE_PRESENT;
            }
            body.extend_from_slice(&object_flags.to_le_bytes());
            for g in [object_type, inherited_object_type].into_iter().flatten() {
                body.extend_from_slice(guid(g).as_bytes());
            }
        }
        body.extend_from_slice(&sid(trustee).to_bytes());
        let size = u16::try_from(4 + body.len()).unwrap();
        let mut out = vec![ace_type, flags];
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&body);
        out
    }

    fn allow(mask: u32, trustee: &str) -> Vec<u8> {
        ace(ACCESS_ALLOWED_ACE_TYPE, 0, mask, None, None, trustee)
    }

    fn allow_object(mask: u32, object_type: &str, trustee: &str) -> Vec<u8> {
        ace(
            ACCESS_ALLOWED_OBJECT_ACE_TYPE,
            0,
            mask,
            Some(object_type),
            None,
            trustee,
        )
    }

    fn deny_object(mask: u32, object_type: &str, trustee: &str) -> Vec<u8> {
        ace(
            ACCESS_DENIED_OBJECT_ACE_TYPE,
            0,
            mask,
            Some(object_type),
            None,
            trustee,
        )
    }

    fn acl(aces: &[Vec<u8>]) -> Vec<u8> {
        let body: Vec<u8> = aces.concat();
        let size = u16::try_from(ACL_HEADER_LEN + body.len()).unwrap();
        let count = u16::try_from(aces.len()).unwrap();
        let mut out = vec![4, 0];
        out.extend_from_slice(&size.to_le_bytes());
        out.extend_from_slice(&count.to_le_bytes());
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(&body);
        out
    }

    /// Self-relative descriptor: header, then owner, group and DACL in that
    /// order, so the DACL is last and any truncation cuts something.
    fn descriptor(
        extra_control: u16,
        owner: Option<&str>,
        group: Option<&str>,
        dacl: Option<Vec<u8>>,
    ) -> Vec<u8> {
        let mut control = SE_SELF_RELATIVE | extra_control;
        let mut tail = Vec::new();
        let mut offset_of = |part: Option<Vec<u8>>| -> u32 {
            match part {
                None => 0,
                Some(bytes) => {
                    let offset = u32::try_from(SD_HEADER_LEN + tail.len()).unwrap();
                    tail.extend_from_slice(&bytes);
                    offset
                }
            }
        };
        let owner_offset = offset_of(owner.map(|s| sid(s).to_bytes()));
        let group_offset = offset_of(group.map(|s| sid(s).to_bytes()));
        if dacl.is_some() {
            control |= SE_DACL_PRESENT;
        }
        let dacl_offset = offset_of(dacl);
        let mut out = vec![1, 0];
        out.extend_from_slice(&control.to_le_bytes());
        for offset in [owner_offset, group_offset, 0, dacl_offset] {
            out.extend_from_slice(&offset.to_le_bytes());
        }
        out.extend_from_slice(&tail);
        out
    }

    fn dacl_only(aces: &[Vec<u8>]) -> SecurityDescriptor {
        SecurityDescriptor::parse(&descriptor(0, None, None, Some(acl(aces)))).unwrap()
    }

    fn check(aces: &[Vec<u8>], who: &[&str], right: Right) -> Access {
        evaluate(&dacl_only(aces), &token(who), &right)
    }

    #[test]
    fn sid_round_trips_through_string_and_little_endian_bytes() {
        let text = "S-1-5-21-3623811015-3361044348-30300820-1013";
        let expected: [u8; 28] = [
            0x01, 0x05, 0x00, 0x00, 0x00, 0x00, 0x00, 0x05, 0x15, 0x00, 0x00, 0x00, 0xc7, 0xf7,
            0xfe, 0xd7, 0x7c, 0x77, 0x55, 0xc8, 0x94, 0x5a, 0xce, 0x01, 0xf5, 0x03, 0x00, 0x00,
        ];
        let parsed = sid(text);
        assert_eq!(parsed.to_bytes(), expected);
        assert_eq!(parsed.to_string(), text);
        assert_eq!(parsed.rid(), Some(1013));
        assert_eq!(parsed.identifier_authority(), 5);

        let mut with_trailer = expected.to_vec();
        with_trailer.extend_from_slice(&[0xaa, 0xbb]);
        let (from_wire, consumed) = Sid::from_bytes(&with_trailer).unwrap();
        assert_eq!(from_wire, parsed);
        assert_eq!(consumed, 28);
    }

    #[test]
    fn sid_authority_above_32_bits_is_written_in_hex() {
        let big = Sid::new(0x0000_1234_5678_9abc, &[7]).unwrap();
        assert_eq!(big.to_string(), "S-1-0x123456789ABC-7");
        assert_eq!(sid("S-1-0x123456789ABC-7"), big);
        assert_eq!(Sid::from_bytes(&big.to_bytes()).unwrap().0, big);
    }

    #[test]
    fn malformed_sid_strings_are_rejected() {
        for bad in [
            "",
            "S-",
            "S-2-5-21",
            "S-1",
            "S-1-5-+21",
            "S-1-5--21",
            "S-1-5-21-4294967296",
            "S-1-281474976710656",
            "S-1-0x",
            "S-1-5-1-2-3-4-5-6-7-8-9-10-11-12-13-14-15-16",
            "X-1-5-21",
        ] {
            assert!(Sid::parse(bad).is_err(), "{bad:?} should be rejected");
        }
    }

    #[test]
    fn sid_without_sub_authorities_has_no_rid() {
        assert_eq!(Sid::new(5, &[]).unwrap().rid(), None);
    }

    #[test]
    fn guid_round_trips_with_mixed_endian_wire_bytes() {
        let wire = [
            0x70, 0x95, 0x29, 0x00, 0x6d, 0x24, 0xd0, 0x11, 0xa7, 0x68, 0x00, 0xaa, 0x00, 0x6e,
            0x05, 0x29,
        ];
        let g = guid(RESET_PASSWORD);
        assert_eq!(g.as_bytes(), &wire);
        assert_eq!(Guid::from_bytes(&wire).unwrap(), g);
        assert_eq!(g.to_string(), RESET_PASSWORD);
        assert_eq!(guid("{00299570-246D-11D0-A768-00AA006E0529}"), g);
    }

    #[test]
    fn malformed_guids_are_rejected() {
        for bad in [
            "",
            "00299570-246d-11d0-a768-00aa006e052",
            "00299570-246d-11d0-a768-00aa006e05299",
            "00299570x246d-11d0-a768-00aa006e0529",
            "0029957g-246d-11d0-a768-00aa006e0529",
            "{00299570-246d-11d0-a768-00aa006e0529",
        ] {
            assert!(Guid::parse(bad).is_err(), "{bad:?} should be rejected");
        }
        assert!(Guid::from_bytes(&[0; 15]).is_err());
        assert!(Guid::from_bytes(&[0; 17]).is_err());
    }

    #[test]
    fn typed_guid_constants_match_their_strings() {
        assert_eq!(guid(RESET_PASSWORD), Guid::RESET_PASSWORD);
        assert_eq!(guid(ATTR_LOCKOUT_TIME), Guid::ATTR_LOCKOUT_TIME);
        assert_eq!(guid(ATTR_PWD_LAST_SET), Guid::ATTR_PWD_LAST_SET);
        assert_eq!(guid(CLASS_USER), Guid::CLASS_USER);
        assert_eq!(
            guid(PROPSET_USER_ACCOUNT_RESTRICTIONS),
            Guid::PROPSET_USER_ACCOUNT_RESTRICTIONS
        );
        assert_eq!(sid(SID_EVERYONE), Sid::new(1, &[0]).unwrap());
        assert_eq!(sid(SID_AUTHENTICATED_USERS), Sid::new(5, &[11]).unwrap());
    }

    #[test]
    fn allowed_object_ace_for_reset_password_grants_it() {
        let aces = [allow_object(
            ADS_RIGHT_DS_CONTROL_ACCESS,
            RESET_PASSWORD,
            SERVICE,
        )];
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn the_same_ace_for_another_sid_is_not_granted() {
        let aces = [allow_object(
            ADS_RIGHT_DS_CONTROL_ACCESS,
            RESET_PASSWORD,
            SOMEONE_ELSE,
        )];
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::NotGranted
        );
    }

    #[test]
    fn a_grant_through_a_group_in_the_token_counts() {
        let aces = [allow_object(
            ADS_RIGHT_DS_CONTROL_ACCESS,
            RESET_PASSWORD,
            HELPDESK_GROUP,
        )];
        let who = token_sids(&sid(SERVICE), &[sid(HELPDESK_GROUP)]);
        assert_eq!(
            evaluate(&dacl_only(&aces), &who, &Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn reset_password_grant_does_not_cover_another_extended_right() {
        let aces = [allow_object(
            ADS_RIGHT_DS_CONTROL_ACCESS,
            RESET_PASSWORD,
            SERVICE,
        )];
        let other = Right::ControlAccess(guid(SOME_OTHER_RIGHT));
        assert_eq!(check(&aces, &[SERVICE], other), Access::NotGranted);
    }

    #[test]
    fn deny_before_allow_denies() {
        let aces = [
            deny_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SID_EVERYONE),
            allow_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SERVICE),
        ];
        let sd = dacl_only(&aces);
        let who = token_sids(&sid(SERVICE), &[]);
        assert_eq!(evaluate(&sd, &who, &Right::RESET_PASSWORD), Access::Denied);
        let dacl = sd.dacl.as_ref().unwrap();
        assert_eq!(
            deciding_ace(dacl, &who, &Right::RESET_PASSWORD).map(|(i, _)| i),
            Some(0)
        );
    }

    #[test]
    fn allow_before_deny_allows_because_order_is_honoured() {
        let aces = [
            allow_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SERVICE),
            deny_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SERVICE),
        ];
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn inherit_only_ace_is_ignored() {
        let aces = [
            ace(
                ACCESS_DENIED_OBJECT_ACE_TYPE,
                INHERIT_ONLY_ACE | CONTAINER_INHERIT_ACE,
                ADS_RIGHT_DS_CONTROL_ACCESS,
                Some(RESET_PASSWORD),
                Some(CLASS_USER),
                SERVICE,
            ),
            allow_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SERVICE),
        ];
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn generic_all_grants_every_writeback_right() {
        let aces = [allow(GENERIC_ALL, SERVICE)];
        for right in Right::WRITEBACK_REQUIRED {
            assert_eq!(check(&aces, &[SERVICE], right), Access::Allowed, "{right}");
        }
    }

    #[test]
    fn mapped_full_control_grants_every_writeback_right() {
        let aces = [allow(0x000F_01FF, SERVICE)];
        for right in Right::WRITEBACK_REQUIRED {
            assert_eq!(check(&aces, &[SERVICE], right), Access::Allowed, "{right}");
        }
    }

    #[test]
    fn generic_write_grants_write_property_but_not_reset_password() {
        let aces = [allow(GENERIC_WRITE, SERVICE)];
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_LOCKOUT_TIME),
            Access::Allowed
        );
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::NotGranted
        );
    }

    #[test]
    fn write_property_on_the_property_set_grants_pwd_last_set_only() {
        let aces = [allow_object(
            ADS_RIGHT_DS_WRITE_PROP,
            PROPSET_USER_ACCOUNT_RESTRICTIONS,
            SERVICE,
        )];
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_PWD_LAST_SET),
            Access::Allowed
        );
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_LOCKOUT_TIME),
            Access::NotGranted
        );
    }

    #[test]
    fn write_property_on_the_attribute_grants_it() {
        let aces = [allow_object(
            ADS_RIGHT_DS_WRITE_PROP,
            ATTR_LOCKOUT_TIME,
            SERVICE,
        )];
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_LOCKOUT_TIME),
            Access::Allowed
        );
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_PWD_LAST_SET),
            Access::NotGranted
        );
    }

    #[test]
    fn a_deny_on_the_property_set_blocks_the_attribute() {
        let aces = [
            deny_object(
                ADS_RIGHT_DS_WRITE_PROP,
                PROPSET_USER_ACCOUNT_RESTRICTIONS,
                SERVICE,
            ),
            allow_object(ADS_RIGHT_DS_WRITE_PROP, ATTR_PWD_LAST_SET, SERVICE),
        ];
        assert_eq!(
            check(&aces, &[SERVICE], Right::WRITE_PWD_LAST_SET),
            Access::Denied
        );
    }

    #[test]
    fn write_property_mask_does_not_grant_reset_password() {
        let aces = [allow_object(
            ADS_RIGHT_DS_WRITE_PROP,
            RESET_PASSWORD,
            SERVICE,
        )];
        assert_eq!(
            check(&aces, &[SERVICE], Right::RESET_PASSWORD),
            Access::NotGranted
        );
    }

    #[test]
    fn object_ace_without_object_type_applies_to_every_right() {
        let aces = [ace(
            ACCESS_ALLOWED_OBJECT_ACE_TYPE,
            0,
            ADS_RIGHT_DS_CONTROL_ACCESS | ADS_RIGHT_DS_WRITE_PROP,
            None,
            None,
            SERVICE,
        )];
        for right in Right::WRITEBACK_REQUIRED {
            assert_eq!(check(&aces, &[SERVICE], right), Access::Allowed, "{right}");
        }
    }

    #[test]
    fn object_ace_naming_the_user_class_covers_everything_below_it() {
        let aces = [allow_object(
            ADS_RIGHT_DS_CONTROL_ACCESS | ADS_RIGHT_DS_WRITE_PROP,
            CLASS_USER,
            SERVICE,
        )];
        for right in Right::WRITEBACK_REQUIRED {
            assert_eq!(check(&aces, &[SERVICE], right), Access::Allowed, "{right}");
        }
    }

    #[test]
    fn inherited_object_type_is_exposed_and_does_not_restrict_the_check() {
        let aces = [ace(
            ACCESS_ALLOWED_OBJECT_ACE_TYPE,
            INHERITED_ACE | CONTAINER_INHERIT_ACE,
            ADS_RIGHT_DS_CONTROL_ACCESS,
            Some(RESET_PASSWORD),
            Some(CLASS_USER),
            SERVICE,
        )];
        let sd = dacl_only(&aces);
        let parsed = &sd.dacl.as_ref().unwrap().aces[0];
        assert_eq!(parsed.object_type, Some(Guid::RESET_PASSWORD));
        assert_eq!(parsed.inherited_object_type, Some(Guid::CLASS_USER));
        assert!(parsed.is_inherited());
        assert_eq!(
            evaluate(&sd, &token(&[SERVICE]), &Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn protected_flag_is_reported() {
        let aces = [allow(GENERIC_ALL, SERVICE)];
        let protected =
            SecurityDescriptor::parse(&descriptor(SE_DACL_PROTECTED, None, None, Some(acl(&aces))))
                .unwrap();
        assert!(protected.dacl_protected());
        assert!(!dacl_only(&aces).dacl_protected());
    }

    #[test]
    fn a_missing_dacl_allows_everyone_and_an_empty_one_allows_nobody() {
        let no_dacl = SecurityDescriptor::parse(&descriptor(0, None, None, None)).unwrap();
        assert_eq!(
            evaluate(&no_dacl, &token(&[SERVICE]), &Right::RESET_PASSWORD),
            Access::Allowed
        );
        assert_eq!(
            check(&[], &[SERVICE], Right::RESET_PASSWORD),
            Access::NotGranted
        );
    }

    #[test]
    fn owner_and_group_are_parsed_when_present() {
        let bytes = descriptor(
            0,
            Some("S-1-5-32-544"),
            Some("S-1-5-21-1-2-3-513"),
            Some(acl(&[])),
        );
        let sd = SecurityDescriptor::parse(&bytes).unwrap();
        assert_eq!(sd.owner, Some(sid("S-1-5-32-544")));
        assert_eq!(sd.group, Some(sid("S-1-5-21-1-2-3-513")));
        assert_eq!(sd.dacl, Some(Acl::default()));
    }

    #[test]
    fn unknown_ace_types_are_skipped_using_their_size() {
        // An ACCESS_DENIED_CALLBACK ACE with a conditional-expression tail.
        let mut callback = ace(ACCESS_DENIED_ACE_TYPE, 0, GENERIC_ALL, None, None, SERVICE);
        callback[0] = 0x0a;
        callback.extend_from_slice(b"artx");
        let size = u16::try_from(callback.len()).unwrap();
        callback[2..4].copy_from_slice(&size.to_le_bytes());
        let aces = [
            callback,
            allow_object(ADS_RIGHT_DS_CONTROL_ACCESS, RESET_PASSWORD, SERVICE),
        ];
        let sd = dacl_only(&aces);
        assert_eq!(sd.dacl.as_ref().unwrap().skipped_aces, 1);
        assert_eq!(sd.dacl.as_ref().unwrap().aces.len(), 1);
        assert_eq!(
            evaluate(&sd, &token(&[SERVICE]), &Right::RESET_PASSWORD),
            Access::Allowed
        );
    }

    #[test]
    fn non_self_relative_descriptors_are_rejected() {
        let mut bytes = descriptor(0, None, None, Some(acl(&[])));
        bytes[3] &= 0x7f;
        assert!(SecurityDescriptor::parse(&bytes).is_err());
    }

    #[test]
    fn offsets_into_the_header_are_rejected() {
        let mut bytes = descriptor(0, None, None, Some(acl(&[])));
        bytes[16..20].copy_from_slice(&4u32.to_le_bytes());
        assert!(SecurityDescriptor::parse(&bytes).is_err());
    }

    fn full_sample() -> Vec<u8> {
        descriptor(
            SE_DACL_PROTECTED,
            Some("S-1-5-32-544"),
            Some("S-1-5-21-1-2-3-513"),
            Some(acl(&[
                deny_object(ADS_RIGHT_DS_WRITE_PROP, ATTR_LOCKOUT_TIME, SOMEONE_ELSE),
                allow(0x000F_01FF, "S-1-5-32-544"),
                ace(
                    ACCESS_ALLOWED_OBJECT_ACE_TYPE,
                    INHERITED_ACE,
                    ADS_RIGHT_DS_CONTROL_ACCESS,
                    Some(RESET_PASSWORD),
                    Some(CLASS_USER),
                    SERVICE,
                ),
            ])),
        )
    }

    #[test]
    fn every_truncation_of_a_valid_descriptor_is_an_error() {
        let bytes = full_sample();
        let sd = SecurityDescriptor::parse(&bytes).unwrap();
        assert_eq!(sd.dacl.as_ref().unwrap().aces.len(), 3);
        for len in 0..bytes.len() {
            assert!(
                SecurityDescriptor::parse(&bytes[..len]).is_err(),
                "prefix of {len} bytes parsed"
            );
        }
    }

    #[test]
    fn random_and_mutated_bytes_never_panic() {
        // xorshift64: deterministic, no dependency.
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let who = token(&[SERVICE]);
        let exercise = |bytes: &[u8]| {
            if let Ok(sd) = SecurityDescriptor::parse(bytes) {
                for right in Right::WRITEBACK_REQUIRED {
                    let _ = evaluate(&sd, &who, &right);
                }
            }
            let _ = Acl::parse(bytes);
            let _ = Sid::from_bytes(bytes);
        };
        for _ in 0..5000 {
            let len = usize::try_from(next() % 160).unwrap();
            let mut bytes: Vec<u8> = (0..len).map(|_| next().to_le_bytes()[0]).collect();
            // Half the time give it a plausible header so parsing goes deeper.
            if next() % 2 == 0 && bytes.len() >= 4 {
                bytes[..4].copy_from_slice(&[1, 0, 0x04, 0x80]);
            }
            exercise(&bytes);
        }
        let sample = full_sample();
        for i in 0..sample.len() {
            for value in [0x00, 0xff, 0x7f, 0x80, sample[i] ^ 0x01, sample[i] ^ 0x10] {
                let mut mutated = sample.clone();
                mutated[i] = value;
                exercise(&mutated);
            }
        }
    }

    #[test]
    fn sd_flags_control_value_is_minimal_ber() {
        let cases: [(u32, &[u8]); 6] = [
            (4, &[0x30, 0x03, 0x02, 0x01, 0x04]),
            (7, &[0x30, 0x03, 0x02, 0x01, 0x07]),
            (0x80, &[0x30, 0x04, 0x02, 0x02, 0x00, 0x80]),
            (0x1ff, &[0x30, 0x04, 0x02, 0x02, 0x01, 0xff]),
            (0, &[0x30, 0x03, 0x02, 0x01, 0x00]),
            (
                u32::MAX,
                &[0x30, 0x07, 0x02, 0x05, 0x00, 0xff, 0xff, 0xff, 0xff],
            ),
        ];
        for (flags, expected) in cases {
            assert_eq!(
                security_descriptor_flags_control_value(flags),
                expected,
                "flags {flags:#x}"
            );
        }
    }

    #[test]
    fn token_sids_adds_the_well_known_groups_once() {
        let everyone = sid(SID_EVERYONE);
        let sids = token_sids(&sid(SERVICE), &[sid(HELPDESK_GROUP), everyone.clone()]);
        assert_eq!(
            sids,
            vec![
                sid(SERVICE),
                sid(HELPDESK_GROUP),
                everyone,
                sid(SID_AUTHENTICATED_USERS)
            ]
        );
    }

    #[test]
    fn rights_display_with_their_names() {
        assert_eq!(
            Right::RESET_PASSWORD.to_string(),
            "extended right Reset Password (00299570-246d-11d0-a768-00aa006e0529)"
        );
        assert_eq!(
            Right::WRITE_PWD_LAST_SET.to_string(),
            "write property pwdLastSet (bf967a0a-0de6-11d0-a285-00aa003049e2)"
        );
    }
}
