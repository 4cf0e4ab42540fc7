//! Where the database lives and what it says: the file system (local or network), free
//! space, schema, search keys and encryption.

use std::os::unix::fs::MetadataExt;
use std::path::Path;

use super::*;

/// The network file systems SQLite's locking is not safe on, by statfs magic number.
pub fn network_file_system(magic: i64) -> Option<&'static str> {
    match magic {
        0x6969 => Some("NFS"),
        0x517B => Some("SMB"),
        0xFF53_4D42 => Some("CIFS"),
        0xFE53_4D42 => Some("SMB2"),
        0x6573_5546 => Some("FUSE (sshfs?)"),
        0x0102_1997 => Some("9P"),
        0x00C3_6400 => Some("CephFS"),
        0x0BD0_0BD0 => Some("Lustre"),
        0x4750_4653 => Some("GPFS"),
        0x5346_414F => Some("AFS"),
        _ => None,
    }
}

pub(super) fn file_system_findings(dir: &Path, db: &Path, lang: Lang) -> Vec<Finding> {
    let shown = dir.display().to_string();
    let mut out = Vec::new();
    if let Ok(stat) = nix::sys::statfs::statfs(dir) {
        #[allow(clippy::unnecessary_cast)] // the field's type differs between C libraries
        let magic = stat.filesystem_type().0 as i64;
        out.push(match network_file_system(magic) {
            Some(name) => Finding::new(
                "file_system",
                M::CheckFileSystem,
                Status::Problem,
                tf(lang, M::NetworkFs, &[&shown, name]),
            )
            .fix(t(lang, M::FixNetworkFs).to_string()),
            None => Finding::new(
                "file_system",
                M::CheckFileSystem,
                Status::Ok,
                tf(lang, M::LocalFs, &[&shown, &format!("0x{magic:x}")]),
            ),
        });
    }
    if let Ok(stat) = nix::sys::statvfs::statvfs(dir) {
        let free = stat.blocks_available() * stat.fragment_size();
        let size = std::fs::metadata(db).map(|m| m.len()).unwrap_or(0)
            + std::fs::metadata(with_suffix(db, "-wal"))
                .map(|m| m.len())
                .unwrap_or(0);
        out.push(space_finding(dir, free, size, lang));
    }
    out
}

/// Room for a backup or an upgrade's copy: at least twice the database, and 100 MB.
pub fn space_finding(dir: &Path, free: u64, db_size: u64, lang: Lang) -> Finding {
    let shown = dir.display().to_string();
    let (free_text, size_text) = (bytes(free), bytes(db_size));
    if free < (2 * db_size).max(100 * 1024 * 1024) {
        Finding::new(
            "free_space",
            M::CheckSpace,
            Status::Problem,
            tf(lang, M::SpaceLow, &[&shown, &free_text, &size_text]),
        )
        .fix(tf(lang, M::FixSpace, &[&shown, &shown]))
    } else {
        Finding::new(
            "free_space",
            M::CheckSpace,
            Status::Ok,
            tf(lang, M::Space, &[&shown, &free_text, &size_text]),
        )
    }
}

pub(super) fn bytes(n: u64) -> String {
    const MIB: f64 = 1024.0 * 1024.0;
    let n = n as f64;
    if n >= 1024.0 * MIB {
        format!("{:.1} GiB", n / (1024.0 * MIB))
    } else {
        format!("{:.1} MiB", n / MIB)
    }
}

/// What the database says: schema version, search keys, encryption. Read with the
/// file owner's rights when root runs this (never leaving a root-owned WAL behind).
pub(super) fn database_findings(db: &Path, expected: &Expected, lang: Lang) -> Vec<Finding> {
    let mut out = Vec::new();
    let encrypted = looks_encrypted(db);
    out.push(Finding::new(
        "encryption",
        M::CheckEncryption,
        Status::Info,
        t(lang, if encrypted { M::Encrypted } else { M::Plain }).to_string(),
    ));
    if encrypted {
        return out;
    }
    let read = || -> Result<(i64, i64, i64), crate::Error> {
        let store = Store::open_read_only(db)?;
        let (found, supported) = store.schema_versions()?;
        let keys = store.search_key_version()?;
        Ok((found, supported, keys))
    };
    let owner = std::fs::metadata(db).map(|m| (m.uid(), m.gid())).ok();
    let outcome = match owner {
        Some((uid, gid)) if nix::unistd::geteuid().is_root() && uid != 0 && expected.shared => {
            privilege::with_effective_ids(uid, gid, read)
                .map_err(crate::Error::from)
                .and_then(|r| r)
        }
        _ => read(),
    };
    match outcome {
        Err(reason) => out.push(
            Finding::new(
                "schema",
                M::CheckSchema,
                Status::Problem,
                tf(lang, M::CannotOpen, &[&reason.render(lang)]),
            )
            .fix(t(lang, M::FixRestore).to_string()),
        ),
        Ok((found, supported, keys)) => {
            let (f, s) = (found.to_string(), supported.to_string());
            out.push(if found == supported {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Ok,
                    tf(lang, M::SchemaCurrent, &[&f]),
                )
            } else if found < supported {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Info,
                    tf(lang, M::SchemaOlder, &[&f, &s]),
                )
            } else {
                Finding::new(
                    "schema",
                    M::CheckSchema,
                    Status::Problem,
                    tf(lang, M::SchemaNewer, &[&f, &s]),
                )
                .fix(t(lang, M::FixNewer).to_string())
            });
            let current = crate::domain::names::KEY_VERSION;
            out.push(if keys == current {
                Finding::new(
                    "search_keys",
                    M::CheckKeys,
                    Status::Ok,
                    tf(lang, M::KeysCurrent, &[&current.to_string()]),
                )
            } else {
                Finding::new(
                    "search_keys",
                    M::CheckKeys,
                    Status::Info,
                    tf(
                        lang,
                        M::KeysPending,
                        &[&keys.to_string(), &current.to_string()],
                    ),
                )
            });
        }
    }
    out
}

/// A plain SQLite file begins with "SQLite format 3\0"; an encrypted one does not.
pub(super) fn looks_encrypted(db: &Path) -> bool {
    use std::io::Read;
    let mut header = [0u8; 16];
    match std::fs::File::open(db).and_then(|mut f| f.read_exact(&mut header)) {
        Ok(()) => &header != b"SQLite format 3\0",
        Err(_) => false,
    }
}
