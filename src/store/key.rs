//! Encryption at rest (the `encryption` feature: SQLCipher in place of SQLite).
//!
//! The key is applied before any other statement on a connection and checked at once
//! by reading the schema: a wrong key fails there, before anything is written.

use std::fmt;
use std::path::{Path, PathBuf};

use rusqlite::Connection;

use super::StoreError;

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
    pub fn new(text: &str) -> Result<DbKey, String> {
        let key = text.trim();
        if key.chars().count() < 8 {
            return Err("the database key is shorter than 8 characters".into());
        }
        Ok(DbKey(key.to_string()))
    }

    /// Reads a key file, which must be readable by its owner only.
    pub fn from_file(path: &Path) -> Result<DbKey, String> {
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let meta = std::fs::metadata(path)
                .map_err(|e| format!("cannot read key file {}: {e}", path.display()))?;
            if meta.permissions().mode() & 0o077 != 0 {
                return Err(format!(
                    "key file {} is readable by others; make it private: chmod 600 {}",
                    path.display(),
                    path.display()
                ));
            }
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read key file {}: {e}", path.display()))?;
        DbKey::new(&text).map_err(|e| format!("{}: {e}", path.display()))
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
pub fn encrypt_in_place(path: &Path, key: &DbKey) -> Result<(), String> {
    if !cfg!(feature = "encryption") {
        return Err(StoreError::NoEncryption.to_string());
    }
    if looks_encrypted(path) {
        return Err(format!(
            "{} is already encrypted (or not a database)",
            path.display()
        ));
    }
    // Migrated if older, and checked first.
    let plain = super::Store::open(path).map_err(|e| e.to_string())?;
    if !plain.health().map_err(|e| e.to_string())?.is_ok() {
        return Err(format!(
            "{} fails its integrity check; repair it before encrypting",
            path.display()
        ));
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
        .map_err(|e| e.to_string())?;
    let temp = temp_beside(path);
    // A leftover from an interrupted run is never ours to reuse; the copy starts as an
    // owner-only file, so the data is never readable by others, even for a moment.
    remove_with_sidecars(&temp);
    super::backup::create_private(&temp)
        .map_err(|e| format!("cannot create {}: {e}", temp.display()))?;
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
        return Err(format!(
            "cannot write the encrypted copy (the plain database was left as it was): {e}"
        ));
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
        return Err(format!("the plain database was left as it was: {e}"));
    }
    remove_sidecars(&temp);
    std::fs::rename(&temp, path).map_err(|e| {
        remove_with_sidecars(&temp);
        format!("cannot replace {} (left as it was): {e}", path.display())
    })?;
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| format!("cannot sync {}: {e}", dir.display()))?;
    }
    // Our connection is on the old, now unlinked file: closing it releases the lock,
    // and its log and index must not be taken for the encrypted file's.
    drop(conn);
    remove_sidecars(path);
    Ok(())
}

/// A connection to the plain database at `path` that holds it exclusively, with
/// everything committed in its main file; refused while any desk has it open.
fn exclusive(path: &Path) -> Result<Connection, String> {
    use rusqlite::OpenFlags;
    let failed = |e: rusqlite::Error| format!("cannot open {}: {e}", path.display());
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(failed)?;
    conn.busy_timeout(std::time::Duration::from_secs(1))
        .map_err(failed)?;
    let in_use = |e: rusqlite::Error| {
        if super::error::is_busy(&e) {
            format!(
                "{} is in use by a desk: stop every kentro using it, then encrypt",
                path.display()
            )
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
mod tests {
    use super::*;

    #[test]
    fn a_key_is_never_printed_and_must_be_long_enough() {
        let key = DbKey::new("correct horse battery\n").unwrap();
        assert_eq!(format!("{key:?}"), "DbKey(..)");
        assert!(DbKey::new("short").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_key_file_readable_by_others_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("key");
        std::fs::write(&path, "correct horse battery\n").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        assert!(DbKey::from_file(&path).unwrap_err().contains("chmod 600"));
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        assert!(DbKey::from_file(&path).is_ok());
    }

    #[cfg(not(feature = "encryption"))]
    #[test]
    fn without_the_feature_a_key_is_a_clear_refusal() {
        let dir = tempfile::tempdir().unwrap();
        let key = DbKey::new("correct horse battery").unwrap();
        let err = super::super::Store::create_keyed(&dir.path().join("k.db"), Some(&key))
            .err()
            .unwrap();
        assert!(err.to_string().contains("without encryption"), "{err}");
    }

    #[cfg(feature = "encryption")]
    #[test]
    fn an_encrypted_file_has_no_sqlite_header_and_a_wrong_key_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let key = DbKey::new("correct horse battery").unwrap();
        let mut store = super::super::Store::create_keyed(&path, Some(&key)).unwrap();
        let person = crate::domain::person::Person {
            surname: "QXENCRYPTEDCANARY".into(),
            given_name: "A".into(),
            ..Default::default()
        };
        store
            .insert_person(&person, &crate::store::Stamp::now("t"))
            .unwrap();
        store.checkpoint().unwrap();
        drop(store);
        let bytes = std::fs::read(&path).unwrap();
        assert_ne!(&bytes[..16], SQLITE_HEADER);
        assert!(looks_encrypted(&path));
        assert!(!bytes.windows(17).any(|w| w == b"QXENCRYPTEDCANARY"));
        let wrong = DbKey::new("wrong horse battery").unwrap();
        let err = super::super::Store::open_keyed(&path, Some(&wrong))
            .err()
            .unwrap();
        assert!(matches!(err, StoreError::WrongKey { .. }), "{err}");
        assert_eq!(err.to_string().lines().count(), 1);
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "nothing written");
        let again = super::super::Store::open_keyed(&path, Some(&key)).unwrap();
        assert_eq!(again.count_people().unwrap(), 1);
        // Without a key the encrypted file is refused, untouched.
        assert!(super::super::Store::open(&path).is_err());
    }

    #[cfg(feature = "encryption")]
    #[test]
    fn a_plain_database_is_encrypted_in_place() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let mut store = super::super::Store::create(&path).unwrap();
        let person = crate::domain::person::Person {
            surname: "QXPLAINCANARY".into(),
            given_name: "A".into(),
            ..Default::default()
        };
        store
            .insert_person(&person, &crate::store::Stamp::now("t"))
            .unwrap();
        drop(store);
        let key = DbKey::new("correct horse battery").unwrap();
        // Refused while a desk has it open, and left as it was.
        let desk = super::super::Store::open(&path).unwrap();
        let before = std::fs::read(&path).unwrap();
        let err = encrypt_in_place(&path, &key).unwrap_err();
        assert!(err.contains("in use"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        assert!(!temp_beside(&path).exists());
        drop(desk);
        encrypt_in_place(&path, &key).unwrap();
        assert!(!temp_beside(&path).exists());
        assert!(looks_encrypted(&path));
        let bytes = std::fs::read(&path).unwrap();
        assert!(!bytes.windows(13).any(|w| w == b"QXPLAINCANARY"));
        let store = super::super::Store::open_keyed(&path, Some(&key)).unwrap();
        assert_eq!(store.count_people().unwrap(), 1);
        assert!(store.health().unwrap().is_ok());
        drop(store);
        assert!(
            encrypt_in_place(&path, &key)
                .unwrap_err()
                .contains("already encrypted")
        );
    }

    #[cfg(feature = "encryption")]
    #[test]
    fn a_backup_of_an_encrypted_database_is_encrypted_and_needs_the_key() {
        use super::super::backup;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let key = DbKey::new("correct horse battery").unwrap();
        let mut store = super::super::Store::create_keyed(&path, Some(&key)).unwrap();
        let person = crate::domain::person::Person {
            surname: "QXBACKUPCANARY".into(),
            given_name: "A".into(),
            ..Default::default()
        };
        store
            .insert_person(&person, &crate::store::Stamp::now("t"))
            .unwrap();
        let copy = dir.path().join("copy.db");
        assert_eq!(store.backup_to(&copy).unwrap().people, 1);
        drop(store);
        let bytes = std::fs::read(&copy).unwrap();
        assert_ne!(&bytes[..16], SQLITE_HEADER);
        assert!(!bytes.windows(14).any(|w| w == b"QXBACKUPCANARY"));
        // Without the key the copy is refused; with it, it checks and restores.
        assert!(backup::check_file(&copy).is_err());
        let wrong = DbKey::new("wrong horse battery").unwrap();
        assert!(matches!(
            backup::check_file_keyed(&copy, Some(&wrong)),
            Err(StoreError::WrongKey { .. })
        ));
        assert_eq!(
            backup::check_file_keyed(&copy, Some(&key)).unwrap().people,
            1
        );
        let at = chrono::NaiveDate::from_ymd_opt(2026, 1, 2)
            .unwrap()
            .and_hms_opt(3, 4, 5)
            .unwrap();
        let restored = backup::restore_keyed(&path, &copy, Some(&key), at).unwrap();
        assert_eq!(restored.health.people, 1);
        assert!(looks_encrypted(&path));
    }
}
