//! Breached-password screening, offline.
//!
//! An operator downloads a list of breached-password hashes once (the Pwned Passwords SHA-1
//! or NTLM list: one `HASH:COUNT` line per password) and `sspr breach import` turns it into a
//! compact membership filter: a set of binary fuse filters (`xorf::BinaryFuse16`, about 18
//! bits per hash, false positives about 1 in 65,000). The portal then checks every new
//! password against that file in memory: nothing leaves the network, and no third party learns
//! that a reset is happening.
//!
//! Import streams the list: each hash becomes a 64-bit key (its first 8 bytes; the hashes are
//! uniformly spread) written to one of [`SHARDS`] scratch files by its top bits, and each
//! shard is then built on its own, so memory stays at one shard's keys (1/64 of the list) plus
//! the finished filter, whatever the list's size.
//!
//! The file (little-endian): the magic `SSPRBF01`; the hash kind (u8) and 7 bytes of padding;
//! the number of distinct hashes (u64); then per shard its descriptor length (u32), its
//! fingerprint count (u32), the descriptor, and the fingerprints (u16 each), each padded to 8
//! bytes. Lookups are three memory reads in one shard: the same work for any password.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::SystemTime;

use sha1::{Digest, Sha1};
use xorf::{BinaryFuse16, BinaryFuse16Ref, DmaSerializable, Filter, FilterRef};

/// The file's first bytes.
const MAGIC: &[u8; 8] = b"SSPRBF01";

/// Number of shards (a power of two), by the key's top bits.
pub const SHARDS: usize = 64;
const SHARD_SHIFT: u32 = 64 - SHARDS.trailing_zeros();

/// Which hash the list holds, and so which hash of a new password is looked up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HashKind {
    /// SHA-1 of the UTF-8 password (40 hex digits).
    Sha1,
    /// NTLM: MD4 of the UTF-16LE password (32 hex digits).
    Ntlm,
}

impl HashKind {
    fn code(self) -> u8 {
        match self {
            Self::Sha1 => 1,
            Self::Ntlm => 2,
        }
    }

    fn from_code(c: u8) -> Option<Self> {
        match c {
            1 => Some(Self::Sha1),
            2 => Some(Self::Ntlm),
            _ => None,
        }
    }

    fn from_hex_len(n: usize) -> Option<Self> {
        match n {
            40 => Some(Self::Sha1),
            32 => Some(Self::Ntlm),
            _ => None,
        }
    }

    /// The name an operator reads.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sha1 => "SHA-1",
            Self::Ntlm => "NTLM",
        }
    }

    /// The filter key of `password` under this hash.
    fn key_of(self, password: &str) -> u64 {
        let digest: Vec<u8> = match self {
            Self::Sha1 => Sha1::digest(password.as_bytes()).to_vec(),
            Self::Ntlm => {
                use md4::Md4;
                let utf16: Vec<u8> = password
                    .encode_utf16()
                    .flat_map(|u| u.to_le_bytes())
                    .collect();
                Md4::digest(&utf16).to_vec()
            }
        };
        key_of_digest(&digest)
    }
}

fn key_of_digest(digest: &[u8]) -> u64 {
    let mut k = [0u8; 8];
    k.copy_from_slice(&digest[..8]);
    u64::from_be_bytes(k)
}

fn shard_of(key: u64) -> usize {
    (key >> SHARD_SHIFT) as usize
}

/// What went wrong reading or building a filter file.
#[derive(Debug, thiserror::Error)]
pub enum BreachError {
    /// Reading or writing a file.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The cause.
        source: io::Error,
    },
    /// A line of the list that is not `HEX[:COUNT]`.
    #[error("line {line}: expected a SHA-1 (40 hex digits) or NTLM (32 hex digits) hash, optionally followed by :count")]
    BadLine {
        /// 1-based line number.
        line: u64,
    },
    /// SHA-1 and NTLM hashes in one list.
    #[error("line {line}: a {found} hash in a list of {kind} hashes")]
    MixedKinds {
        /// 1-based line number.
        line: u64,
        /// The list's kind (from its first hash).
        kind: &'static str,
        /// This line's.
        found: &'static str,
    },
    /// No hash at all.
    #[error("the list holds no hashes")]
    Empty,
    /// The filter could not be built (xorf gives up after many seeds; practically never).
    #[error("building the filter for shard {shard}: {why}")]
    Build {
        /// The shard.
        shard: usize,
        /// xorf's reason.
        why: &'static str,
    },
    /// Not a file `sspr breach import` wrote, or a damaged one.
    #[error("{path}: not a breached-password filter written by `sspr breach import` ({why})")]
    Format {
        /// The file.
        path: PathBuf,
        /// What did not fit.
        why: &'static str,
    },
}

fn io_err(path: &Path) -> impl Fn(io::Error) -> BreachError + '_ {
    move |source| BreachError::Io {
        path: path.to_path_buf(),
        source,
    }
}

struct Shard {
    descriptor: Vec<u8>,
    fingerprints: Vec<u16>,
}

/// A loaded filter: answers "is this password in the breached list?".
pub struct BreachFilter {
    kind: HashKind,
    count: u64,
    bytes: u64,
    shards: Vec<Shard>,
}

impl std::fmt::Debug for BreachFilter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BreachFilter")
            .field("kind", &self.kind)
            .field("count", &self.count)
            .finish()
    }
}

impl BreachFilter {
    /// Whether `password` is (with a false-positive rate of about 1 in 65,000) in the list.
    pub fn contains(&self, password: &str) -> bool {
        self.contains_key(self.kind.key_of(password))
    }

    fn contains_key(&self, key: u64) -> bool {
        let shard = &self.shards[shard_of(key)];
        if shard.fingerprints.is_empty() {
            return false;
        }
        let filter =
            BinaryFuse16Ref::from_dma(&shard.descriptor, bytemuck::cast_slice(&shard.fingerprints));
        filter.contains(&key)
    }

    /// The hash the list holds.
    pub fn kind(&self) -> HashKind {
        self.kind
    }

    /// How many distinct hashes it was built from.
    pub fn count(&self) -> u64 {
        self.count
    }

    /// Its size in memory and on disk, in bytes.
    pub fn bytes(&self) -> u64 {
        self.bytes
    }

    /// Reads a file written by [`import`].
    pub fn load(path: &Path) -> Result<Self, BreachError> {
        let format = |why| BreachError::Format {
            path: path.to_path_buf(),
            why,
        };
        let file = File::open(path).map_err(io_err(path))?;
        let bytes = file.metadata().map_err(io_err(path))?.len();
        let mut r = BufReader::with_capacity(1 << 20, file);
        let mut head = [0u8; 24];
        r.read_exact(&mut head)
            .map_err(|_| format("shorter than its header"))?;
        if &head[..8] != MAGIC {
            return Err(format("wrong magic"));
        }
        let kind = HashKind::from_code(head[8]).ok_or_else(|| format("unknown hash kind"))?;
        let count = u64::from_le_bytes(head[16..24].try_into().unwrap_or_default());
        let mut shards = Vec::with_capacity(SHARDS);
        for _ in 0..SHARDS {
            let mut lens = [0u8; 8];
            r.read_exact(&mut lens).map_err(|_| format("truncated"))?;
            let desc_len = u32::from_le_bytes(lens[..4].try_into().unwrap_or_default()) as usize;
            let fp_len = u32::from_le_bytes(lens[4..].try_into().unwrap_or_default()) as usize;
            if fp_len > 0 && desc_len != BinaryFuse16::DESCRIPTOR_LEN {
                return Err(format("descriptor of the wrong size"));
            }
            let mut descriptor = vec![0u8; padded(desc_len)];
            r.read_exact(&mut descriptor)
                .map_err(|_| format("truncated"))?;
            descriptor.truncate(desc_len);
            let mut fingerprints = vec![0u16; fp_len];
            r.read_exact(bytemuck::cast_slice_mut(&mut fingerprints))
                .map_err(|_| format("truncated"))?;
            // Written little-endian; a no-op on every machine sspr builds for.
            for f in &mut fingerprints {
                *f = u16::from_le(*f);
            }
            let pad = padded(fp_len * 2) - fp_len * 2;
            r.read_exact(&mut vec![0u8; pad])
                .map_err(|_| format("truncated"))?;
            shards.push(Shard {
                descriptor,
                fingerprints,
            });
        }
        if r.read(&mut [0u8; 1]).map_err(io_err(path))? != 0 {
            return Err(format("longer than its shards"));
        }
        Ok(Self {
            kind,
            count,
            bytes,
            shards,
        })
    }
}

fn padded(n: usize) -> usize {
    n.div_ceil(8) * 8
}

/// How far an import has got, for a progress line.
#[derive(Debug, Clone, Copy)]
pub struct Progress {
    /// Hashes read so far.
    pub hashes: u64,
    /// Bytes of the list read so far.
    pub read: u64,
    /// The list's size, when known (not for standard input).
    pub total: Option<u64>,
    /// Shards built so far (after reading).
    pub shards_built: usize,
}

/// What an import made.
#[derive(Debug, Clone, Copy)]
pub struct Imported {
    /// The hash kind of the list.
    pub kind: HashKind,
    /// Lines with a hash.
    pub hashes: u64,
    /// Distinct keys in the filter.
    pub distinct: u64,
    /// The filter file's size.
    pub bytes: u64,
}

/// Builds the filter file `out` from the list `input` (of `total` bytes, when known), calling
/// `progress` every million hashes and after each shard. The file is written beside `out`
/// and renamed over it at the end, so a running portal never reads half a file and a rerun
/// refreshes it; scratch files go in a directory beside it and are removed.
pub fn import(
    input: impl Read,
    total: Option<u64>,
    out: &Path,
    mut progress: impl FnMut(Progress),
) -> Result<Imported, BreachError> {
    let scratch = out.with_extension("import-scratch");
    let _ = std::fs::remove_dir_all(&scratch);
    std::fs::create_dir_all(&scratch).map_err(io_err(&scratch))?;
    let result = import_in(input, total, out, &scratch, &mut progress);
    let _ = std::fs::remove_dir_all(&scratch);
    result
}

fn import_in(
    input: impl Read,
    total: Option<u64>,
    out: &Path,
    scratch: &Path,
    progress: &mut impl FnMut(Progress),
) -> Result<Imported, BreachError> {
    let shard_path = |i: usize| scratch.join(format!("{i:02}.keys"));
    let mut writers = Vec::with_capacity(SHARDS);
    for i in 0..SHARDS {
        let p = shard_path(i);
        writers.push(BufWriter::with_capacity(
            64 << 10,
            File::create(&p).map_err(io_err(&p))?,
        ));
    }
    let mut reader = BufReader::with_capacity(1 << 20, input);
    let mut kind: Option<HashKind> = None;
    let (mut hashes, mut line_no, mut read) = (0u64, 0u64, 0u64);
    let mut line = Vec::with_capacity(64);
    let mut digest = [0u8; 20];
    loop {
        line.clear();
        let n = reader
            .read_until(b'\n', &mut line)
            .map_err(|e| BreachError::Io {
                path: PathBuf::from("the list"),
                source: e,
            })?;
        if n == 0 {
            break;
        }
        read += n as u64;
        line_no += 1;
        let text = line.trim_ascii();
        if text.is_empty() {
            continue;
        }
        let hex = text.split(|b| *b == b':').next().unwrap_or_default();
        let this =
            HashKind::from_hex_len(hex.len()).ok_or(BreachError::BadLine { line: line_no })?;
        let list = *kind.get_or_insert(this);
        if this != list {
            return Err(BreachError::MixedKinds {
                line: line_no,
                kind: list.as_str(),
                found: this.as_str(),
            });
        }
        let d = &mut digest[..hex.len() / 2];
        hex::decode_to_slice(hex, d).map_err(|_| BreachError::BadLine { line: line_no })?;
        let key = key_of_digest(d);
        let w = &mut writers[shard_of(key)];
        w.write_all(&key.to_le_bytes())
            .map_err(io_err(&shard_path(shard_of(key))))?;
        hashes += 1;
        if hashes % (1 << 20) == 0 {
            progress(Progress {
                hashes,
                read,
                total,
                shards_built: 0,
            });
        }
    }
    let kind = kind.ok_or(BreachError::Empty)?;
    for (i, w) in writers.into_iter().enumerate() {
        w.into_inner()
            .map_err(|e| io_err(&shard_path(i))(e.into_error()))?;
    }
    progress(Progress {
        hashes,
        read,
        total,
        shards_built: 0,
    });

    let partial = out.with_extension("partial");
    let mut file =
        BufWriter::with_capacity(1 << 20, File::create(&partial).map_err(io_err(&partial))?);
    let write_err = io_err(&partial);
    let mut head = [0u8; 24];
    head[..8].copy_from_slice(MAGIC);
    head[8] = kind.code();
    // The count of distinct hashes (bytes 16..24) is written once known.
    file.write_all(&head).map_err(&write_err)?;
    let mut body: Vec<u8> = Vec::new();
    let mut distinct = 0u64;
    let mut written = head.len() as u64;
    for i in 0..SHARDS {
        let p = shard_path(i);
        let raw = std::fs::read(&p).map_err(io_err(&p))?;
        let _ = std::fs::remove_file(&p);
        let mut keys: Vec<u64> = raw
            .chunks_exact(8)
            .map(|c| u64::from_le_bytes(c.try_into().unwrap_or_default()))
            .collect();
        drop(raw);
        keys.sort_unstable();
        keys.dedup();
        distinct += keys.len() as u64;
        body.clear();
        if keys.is_empty() {
            body.extend_from_slice(&0u32.to_le_bytes());
            body.extend_from_slice(&0u32.to_le_bytes());
        } else {
            let filter = BinaryFuse16::try_from(&keys)
                .map_err(|why| BreachError::Build { shard: i, why })?;
            drop(keys);
            let mut descriptor = vec![0u8; BinaryFuse16::DESCRIPTOR_LEN];
            filter.dma_copy_descriptor_to(&mut descriptor);
            let fps = filter.fingerprints.len();
            let fps32 = u32::try_from(fps).map_err(|_| BreachError::Build {
                shard: i,
                why: "a shard of more than 4 billion fingerprints",
            })?;
            body.extend_from_slice(&(descriptor.len() as u32).to_le_bytes());
            body.extend_from_slice(&fps32.to_le_bytes());
            descriptor.resize(padded(descriptor.len()), 0);
            body.extend_from_slice(&descriptor);
            for f in filter.fingerprints.iter() {
                body.extend_from_slice(&f.to_le_bytes());
            }
            body.resize(body.len() + padded(fps * 2) - fps * 2, 0);
        }
        file.write_all(&body).map_err(&write_err)?;
        written += body.len() as u64;
        progress(Progress {
            hashes,
            read,
            total,
            shards_built: i + 1,
        });
    }
    let mut file = file
        .into_inner()
        .map_err(|e| io_err(&partial)(e.into_error()))?;
    file.seek(SeekFrom::Start(16)).map_err(&write_err)?;
    file.write_all(&distinct.to_le_bytes())
        .map_err(&write_err)?;
    file.sync_all().map_err(io_err(&partial))?;
    drop(file);
    std::fs::rename(&partial, out).map_err(io_err(out))?;
    Ok(Imported {
        kind,
        hashes,
        distinct,
        bytes: written,
    })
}

/// The filter the portal screens with: loaded at start from `policy.breached_passwords_file`,
/// and loaded again when `sspr breach import` has replaced the file ([`Self::refresh`]).
#[derive(Default)]
pub struct BreachScreen {
    path: Option<PathBuf>,
    loaded: RwLock<Option<(Arc<BreachFilter>, Option<SystemTime>)>>,
}

impl std::fmt::Debug for BreachScreen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BreachScreen")
            .field("path", &self.path)
            .finish()
    }
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

impl BreachScreen {
    /// No screening.
    pub fn off() -> Self {
        Self::default()
    }

    /// Screens with the file at `path`, which must load now.
    pub fn open(path: &Path) -> Result<Self, BreachError> {
        let when = modified(path);
        let filter = BreachFilter::load(path)?;
        Ok(Self {
            path: Some(path.to_path_buf()),
            loaded: RwLock::new(Some((Arc::new(filter), when))),
        })
    }

    /// Whether screening is on (a filter was configured and loaded at start).
    pub fn is_on(&self) -> bool {
        self.path.is_some()
    }

    /// The filter in use, if screening is on.
    pub fn filter(&self) -> Option<Arc<BreachFilter>> {
        self.loaded.read().ok()?.as_ref().map(|(f, _)| f.clone())
    }

    /// Whether `password` is in the breached list (`false` when screening is off).
    pub fn is_breached(&self, password: &str) -> bool {
        self.filter().is_some_and(|f| f.contains(password))
    }

    /// Loads the file again if it changed since it was loaded; a file that does not load is
    /// logged and the filter in use is kept. Returns whether a new filter is in use.
    pub fn refresh(&self) -> bool {
        let Some(path) = &self.path else {
            return false;
        };
        let now = modified(path);
        let current = self
            .loaded
            .read()
            .ok()
            .and_then(|l| l.as_ref().map(|(_, when)| *when));
        if current == Some(now) {
            return false;
        }
        match BreachFilter::load(path) {
            Ok(filter) => {
                tracing::info!(path = %path.display(), hashes = filter.count(), "breached-password filter reloaded");
                if let Ok(mut l) = self.loaded.write() {
                    *l = Some((Arc::new(filter), now));
                }
                true
            }
            Err(e) => {
                tracing::warn!(error = %e, "breached-password filter not reloaded; the one in use is kept");
                false
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sha1_hex(p: &str) -> String {
        hex::encode_upper(Sha1::digest(p.as_bytes()))
    }

    fn list(lines: &[String]) -> Vec<u8> {
        lines.join("\r\n").into_bytes()
    }

    fn build(input: &[u8]) -> (tempfile::TempDir, PathBuf, Imported) {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("breached.bin");
        let got = import(input, Some(input.len() as u64), &out, |_| {}).unwrap();
        (dir, out, got)
    }

    #[test]
    fn a_listed_password_is_found_and_others_are_not() {
        let mut lines: Vec<String> = ["Summer2024!", "Tr0ub4dor&3", "correct horse"]
            .iter()
            .map(|p| format!("{}:{}", sha1_hex(p), 42))
            .collect();
        lines.push(String::new());
        lines.push(sha1_hex("Tr0ub4dor&3")); // a duplicate, without a count
        let (_dir, out, got) = build(&list(&lines));
        assert_eq!((got.kind, got.hashes, got.distinct), (HashKind::Sha1, 4, 3));
        let f = BreachFilter::load(&out).unwrap();
        assert_eq!(f.count(), 3);
        assert_eq!(f.bytes(), std::fs::metadata(&out).unwrap().len());
        for p in ["Summer2024!", "Tr0ub4dor&3", "correct horse"] {
            assert!(f.contains(p), "{p}");
        }
        for p in ["Summer2024?", "tr0ub4dor&3", "Quiet-Harbour-7431", ""] {
            assert!(!f.contains(p), "{p}");
        }
    }

    #[test]
    fn ntlm_lists_are_checked_with_the_ntlm_hash() {
        // The NTLM hash of "password", as Windows computes it.
        let (_dir, out, got) = build(b"8846F7EAEE8FB117AD06BDD830B7586C:9999\n");
        assert_eq!(got.kind, HashKind::Ntlm);
        let f = BreachFilter::load(&out).unwrap();
        assert!(f.contains("password"));
        assert!(!f.contains("Password"));
    }

    #[test]
    fn the_false_positive_rate_is_below_one_in_a_thousand() {
        use rand::Rng;
        let mut rng = rand::thread_rng();
        let n = 200_000;
        let lines: Vec<String> = (0..n)
            .map(|_| hex::encode_upper(rng.gen::<[u8; 20]>()))
            .collect();
        let (_dir, out, got) = build(&list(&lines));
        assert_eq!(got.distinct, n as u64);
        let f = BreachFilter::load(&out).unwrap();
        // Every member is found.
        for l in lines.iter().take(10_000) {
            let mut d = [0u8; 20];
            hex::decode_to_slice(l, &mut d).unwrap();
            assert!(f.contains_key(key_of_digest(&d)));
        }
        let probes = 1_000_000;
        let hits = (0..probes).filter(|_| f.contains_key(rng.gen())).count();
        // BinaryFuse16: about 1 in 65,536 expected (about 15 here); the bound is 1 in 1,000.
        eprintln!("{hits} false positives in {probes} probes");
        assert!(hits * 1000 < probes, "{hits} false positives in {probes}");
        // About 18 bits per hash for large shards; small ones (3,000 hashes each here) carry
        // more of the fuse graph's slack.
        let bits_per_hash = got.bytes as f64 * 8.0 / n as f64;
        assert!(bits_per_hash < 24.0, "{bits_per_hash} bits per hash");
    }

    #[test]
    fn bad_lists_and_damaged_files_are_refused_with_a_reason() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("b.bin");
        let err = |input: &[u8]| import(input, None, &out, |_| {}).unwrap_err().to_string();
        assert!(err(b"not a hash\n").starts_with("line 1:"));
        assert!(err(b"").contains("no hashes"));
        let mixed = format!("{}\n8846F7EAEE8FB117AD06BDD830B7586C\n", sha1_hex("x"));
        assert!(err(mixed.as_bytes()).contains("line 2: a NTLM hash in a list of SHA-1"));
        assert!(!out.exists(), "a failed import leaves no file");
        assert!(!out.with_extension("import-scratch").exists());

        let (_d, good, _) = build(format!("{}\n", sha1_hex("x")).as_bytes());
        let bytes = std::fs::read(&good).unwrap();
        let damaged = dir.path().join("damaged.bin");
        std::fs::write(&damaged, &bytes[..bytes.len() - 1]).unwrap();
        assert!(BreachFilter::load(&damaged)
            .unwrap_err()
            .to_string()
            .contains("truncated"));
        std::fs::write(&damaged, b"SSPRBF00, then more than a header's worth").unwrap();
        assert!(BreachFilter::load(&damaged)
            .unwrap_err()
            .to_string()
            .contains("wrong magic"));
    }

    #[test]
    fn a_screen_picks_up_a_refreshed_file() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("b.bin");
        let one = format!("{}\n", sha1_hex("first-breach"));
        import(one.as_bytes(), None, &out, |_| {}).unwrap();
        let screen = BreachScreen::open(&out).unwrap();
        assert!(screen.is_breached("first-breach"));
        assert!(!screen.refresh(), "unchanged");
        std::thread::sleep(std::time::Duration::from_millis(20));
        let two = format!("{}\n", sha1_hex("second-breach"));
        import(two.as_bytes(), None, &out, |_| {}).unwrap();
        assert!(screen.refresh());
        assert!(screen.is_breached("second-breach"));
        assert!(!screen.is_breached("first-breach"));
        assert!(!BreachScreen::off().is_breached("first-breach"));
    }
}
