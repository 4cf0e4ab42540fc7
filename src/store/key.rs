//! Encryption at rest (the `encryption` feature: SQLCipher in place of SQLite).
//!
//! The key is applied before any other statement on a connection and checked at once
//! by reading the schema: a wrong key fails there, before anything is written.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::StoreError;

/// What went wrong with a key or with `kentro encrypt`, named so that the command line
/// can say it in the operator's language (`cli::encryption::explain`); `Display` is
/// the English text for logs.
#[derive(Debug)]
pub enum KeyError {
    /// A key shorter than 8 characters.
    TooShort,
    /// A key file that cannot be read.
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    /// A key file others can read.
    OpenToOthers {
        path: PathBuf,
    },
    /// A key file whose content is not a usable key.
    InFile {
        path: PathBuf,
        problem: Box<KeyError>,
    },
    /// This kentro was built without the `encryption` feature.
    NoEncryption,
    AlreadyEncrypted {
        path: PathBuf,
    },
    FailsCheck {
        path: PathBuf,
    },
    /// A desk has the database open: nothing was changed.
    InUse {
        path: PathBuf,
    },
    /// The encrypted copy could not be written; the plain file is as it was.
    CopyFailed {
        reason: String,
    },
    /// A later step failed; the plain file is as it was.
    LeftAsItWas {
        reason: String,
    },
    /// Opening or checking the plain database failed.
    Store(StoreError),
    /// A file operation around the swap failed (its own words).
    Io(String),
}

impl fmt::Display for KeyError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            KeyError::TooShort => write!(f, "the database key is shorter than 8 characters"),
            KeyError::Unreadable { path, reason } => {
                write!(f, "cannot read key file {}: {reason}", path.display())
            }
            KeyError::OpenToOthers { path } => write!(
                f,
                "key file {} is readable by others; make it private: chmod 600 {}",
                path.display(),
                path.display()
            ),
            KeyError::InFile { path, problem } => write!(f, "{}: {problem}", path.display()),
            KeyError::NoEncryption => StoreError::NoEncryption.fmt(f),
            KeyError::AlreadyEncrypted { path } => write!(
                f,
                "{} is already encrypted (or not a database)",
                path.display()
            ),
            KeyError::FailsCheck { path } => write!(
                f,
                "{} fails its integrity check; repair it before encrypting",
                path.display()
            ),
            KeyError::InUse { path } => write!(
                f,
                "{} is in use by a desk: stop every kentro using it, then encrypt",
                path.display()
            ),
            KeyError::CopyFailed { reason } => write!(
                f,
                "cannot write the encrypted copy (the plain database was left as it was): {reason}"
            ),
            KeyError::LeftAsItWas { reason } => {
                write!(f, "the plain database was left as it was: {reason}")
            }
            KeyError::Store(e) => e.fmt(f),
            KeyError::Io(what) => f.write_str(what),
        }
    }
}

impl std::error::Error for KeyError {}

impl From<StoreError> for KeyError {
    fn from(e: StoreError) -> Self {
        KeyError::Store(e)
    }
}

/// The first 16 bytes of every plain SQLite file.
pub const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// A database key (a pass phrase), kept in memory only and never printed.
#[derive(Clone, PartialEq, Eq)]
pub struct DbKey(String);

impl fmt::Debug for DbKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DbKey(..)")
    }
}

impl DbKey {
    /// A key from text (a key file's content or what was typed); the line end and
    /// surrounding blanks are not part of it.
    pub fn new(text: &str) -> Result<DbKey, KeyError> {
        let key = text.trim();
        if key.chars().count() < 8 {
            return Err(KeyError::TooShort);
        }
        Ok(DbKey(key.to_string()))
    }

    /// Reads a key file, which must be readable by its owner only.
    pub fn from_file(path: &Path) -> Result<DbKey, KeyError> {
        let unreadable = |e: std::io::Error| KeyError::Unreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        };
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(path).map_err(unreadable)?;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(KeyError::OpenToOthers {
                    path: path.to_path_buf(),
                });
            }
        }
        let text = std::fs::read_to_string(path).map_err(unreadable)?;
        DbKey::new(&text).map_err(|problem| KeyError::InFile {
            path: path.to_path_buf(),
            problem: Box::new(problem),
        })
    }
}

/// Whether the file at `path` may be an encrypted database: content that is not a
/// plain SQLite file, in whole pages (an encrypted file is pages of at least 512
/// bytes, so a text file or a spreadsheet of another length is just not kentro's).
pub fn looks_encrypted(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 16];
    let read = std::fs::File::open(path).and_then(|mut f| {
        f.read_exact(&mut head)?;
        f.metadata()
    });
    match read {
        Ok(meta) => &head != SQLITE_HEADER && meta.len() % 512 == 0,
        Err(_) => false,
    }
}

/// Applies `key` to a freshly opened connection and checks it by reading the schema.
pub(crate) fn apply(conn: &Connection, key: &DbKey, path: &Path) -> Result<(), StoreError> {
    if !cfg!(feature = "encryption") {
        return Err(StoreError::NoEncryption);
    }
    // SQLCipher reports a failed decryption on stderr by itself; the error returned
    // below says it once, in the operator's terms.
    quiet(conn).map_err(|e| StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    conn.pragma_update(None, "key", &key.0)
        .map_err(|_| StoreError::WrongKey {
            path: path.to_path_buf(),
        })?;
    conn.query_row("SELECT count(*) FROM sqlite_schema", [], |r| {
        r.get::<_, i64>(0)
    })
    .map_err(|_| StoreError::WrongKey {
        path: path.to_path_buf(),
    })?;
    Ok(())
}

/// Turns SQLCipher's own logging off (it writes to stderr by default).
fn quiet(conn: &Connection) -> rusqlite::Result<()> {
    let mut stmt = conn.prepare("PRAGMA cipher_log_level = NONE")?;
    let mut rows = stmt.query([])?;
    while rows.next()?.is_some() {}
    Ok(())
}

/// Encrypts the plain database at `path` in place with `key`: an encrypted copy is
/// written beside it (SQLCipher's `sqlcipher_export`), checked by opening it with the
/// key, synced, and only then renamed over the original, so a failure at any point
/// leaves the plain file as it was. The caller makes sure no desk is using it.
pub fn encrypt_in_place(path: &Path, key: &DbKey) -> Result<(), KeyError> {
    if !cfg!(feature = "encryption") {
        return Err(KeyError::NoEncryption);
    }
    if looks_encrypted(path) {
        return Err(KeyError::AlreadyEncrypted {
            path: path.to_path_buf(),
        });
    }
    // Migrated if older, and checked first.
    let plain = super::Store::open(path)?;
    if !plain.health()?.is_ok() {
        return Err(KeyError::FailsCheck {
            path: path.to_path_buf(),
        });
    }
    drop(plain);
    // From here to the swap nobody else may have the file open: a desk writing to the
    // plain file meanwhile would lose its work. In WAL mode every connection holds a
    // shared lock, so an exclusive one proves the desks are stopped, and keeps them out.
    let conn = exclusive(path)?;
    let (version, app_id): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version()), \
             (SELECT application_id FROM pragma_application_id())",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| KeyError::Io(e.to_string()))?;
    let temp = temp_beside(path);
    // A leftover from an interrupted run is never ours to reuse; the copy starts as an
    // owner-only file, so the data is never readable by others, even for a moment.
    remove_with_sidecars(&temp);
    super::backup::create_private(&temp)
        .map_err(|e| KeyError::Io(format!("cannot create {}: {e}", temp.display())))?;
    let export = || -> rusqlite::Result<()> {
        conn.execute(
            "ATTACH DATABASE ?1 AS encrypted KEY ?2",
            rusqlite::params![temp.to_string_lossy(), key.0],
        )?;
        conn.query_row("SELECT sqlcipher_export('encrypted')", [], |_| Ok(()))?;
        conn.execute_batch(&format!(
            "PRAGMA encrypted.user_version = {version}; \
             PRAGMA encrypted.application_id = {app_id};"
        ))?;
        conn.execute("DETACH DATABASE encrypted", [])?;
        Ok(())
    };
    if let Err(e) = export() {
        remove_with_sidecars(&temp);
        return Err(KeyError::CopyFailed {
            reason: e.to_string(),
        });
    }
    // The encrypted file takes the plain one's place, so it keeps its permissions.
    let checked = std::fs::metadata(path)
        .and_then(|m| std::fs::set_permissions(&temp, m.permissions()))
        .map_err(|e| format!("cannot set the permissions of {}: {e}", temp.display()))
        .and_then(|()| super::backup::check_file_keyed(&temp, Some(key)).map_err(|e| e.to_string()))
        .and_then(|_| {
            std::fs::File::open(&temp)
                .and_then(|f| f.sync_all())
                .map_err(|e| e.to_string())
        });
    if let Err(e) = checked {
        remove_with_sidecars(&temp);
        return Err(KeyError::LeftAsItWas { reason: e });
    }
    remove_sidecars(&temp);
    std::fs::rename(&temp, path).map_err(|e| {
        remove_with_sidecars(&temp);
        KeyError::LeftAsItWas {
            reason: format!("cannot replace {}: {e}", path.display()),
        }
    })?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| KeyError::Io(format!("cannot sync {}: {e}", dir.display())))?;
    }
    // Our connection is on the old, now unlinked file: closing it releases the lock,
    // and its log and index must not be taken for the encrypted file's.
    drop(conn);
    remove_sidecars(path);
    Ok(())
}

/// A connection to the plain database at `path` that holds it exclusively, with
/// everything committed in its main file; refused while any desk has it open.
fn exclusive(path: &Path) -> Result<Connection, KeyError> {
    use rusqlite::OpenFlags;
    let failed = |e: rusqlite::Error| KeyError::Io(format!("cannot open {}: {e}", path.display()));
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(failed)?;
    conn.busy_timeout(std::time::Duration::from_secs(1))
        .map_err(failed)?;
    let in_use = |e: rusqlite::Error| {
        if super::error::is_busy(&e) {
            KeyError::InUse {
                path: path.to_path_buf(),
            }
        } else {
            failed(e)
        }
    };
    let _mode: String = conn
        .query_row("PRAGMA locking_mode = EXCLUSIVE", [], |r| r.get(0))
        .map_err(failed)?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
        .map_err(in_use)?;
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(in_use)?;
    Ok(conn)
}

fn temp_beside(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".encrypting");
    path.with_file_name(name)
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(suffix);
    path.with_file_name(name)
}

fn remove_sidecars(path: &Path) {
    for suffix in ["-wal", "-shm"] {
        let _ = std::fs::remove_file(sidecar(path, suffix));
    }
}

fn remove_with_sidecars(path: &Path) {
    let _ = std::fs::remove_file(path);
    remove_sidecars(path);
}

#[cfg(test)]
mod tests;
