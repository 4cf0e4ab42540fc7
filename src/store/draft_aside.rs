//! Drafts kept aside: when the database cannot take a draft (another desk holds the
//! lock too long, the disk is full, the file is read-only), what was typed goes to a
//! private file in the operator's state directory instead (0600, in a 0700
//! directory, one file per operator, form and record, written the safe way of
//! [`crate::fsio`]). The next read of the operator's drafts moves such files back into
//! the database, or offers them from the file while the database still cannot take
//! them; a later successful save of the same draft removes the file.
//!
//! Where the database is encrypted (the `encryption` feature), so is the file: it is
//! a small SQLCipher database of its own, keyed with the database's key (`.sealed`);
//! otherwise it is the draft as JSON (`.json`).

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

use rusqlite::{Connection, OpenFlags};

use super::DbKey;
use crate::domain::records::Draft;
use crate::fsio::{self, Existing};

/// One draft as kept in its file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct AsideDraft {
    pub operator: String,
    pub kind: String,
    pub target_id: Option<i64>,
    pub payload: String,
    pub updated_at: NaiveDateTime,
}

impl AsideDraft {
    /// As the screens see drafts; id 0: not in the database (yet).
    pub fn to_draft(&self) -> Draft {
        Draft {
            id: 0,
            operator: self.operator.clone(),
            kind: self.kind.clone(),
            target_id: self.target_id,
            payload: self.payload.clone(),
            updated_at: self.updated_at,
        }
    }
}

/// `$XDG_STATE_HOME/kentro/drafts/<database>` (`~/.local/state/...`): one directory per
/// database, named by a digest of its path, so two centres' drafts never mix.
pub(super) fn default_dir(db: &Path) -> Option<PathBuf> {
    let absolute = std::path::absolute(db).unwrap_or_else(|_| db.to_path_buf());
    // FNV-1a: stable across runs and versions (unlike the standard hasher).
    let digest = absolute
        .to_string_lossy()
        .bytes()
        .fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
        });
    dirs::state_dir().map(|dir| {
        dir.join("kentro")
            .join("drafts")
            .join(format!("{digest:016x}"))
    })
}

/// Only letters, digits, `-` and `_` in a file name.
fn safe(part: &str) -> String {
    part.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// A draft's file as JSON, and sealed with the database's key.
const PLAIN: &str = ".json";
const SEALED: &str = ".sealed";

fn file_of(
    dir: &Path,
    operator: &str,
    kind: &str,
    target: Option<i64>,
    extension: &str,
) -> PathBuf {
    let target = target.map_or_else(|| "none".to_string(), |t| t.to_string());
    dir.join(format!(
        "{}.{}.{target}{extension}",
        safe(operator),
        safe(kind)
    ))
}

/// Creates the directory owner-only (0700) if needed.
fn private_dir(dir: &Path) -> std::io::Result<()> {
    use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))
}

/// Why a draft could not be kept aside, or read back (logged; the file names only the
/// operator's login, never what the draft holds).
#[derive(Debug, thiserror::Error)]
pub(super) enum AsideError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("sealed with a database key; none was given")]
    NoKey,
    #[error(transparent)]
    Json(#[from] serde_json::Error),
    #[error(transparent)]
    Sql(#[from] rusqlite::Error),
    #[error(transparent)]
    Store(#[from] super::StoreError),
    #[error(transparent)]
    Write(#[from] fsio::WriteError),
}

impl AsideError {
    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> AsideError + '_ {
        move |source| AsideError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}

/// Writes the draft to its file, sealed with `key` when the database has one;
/// returns the file's name.
pub(super) fn keep(
    dir: &Path,
    draft: &AsideDraft,
    key: Option<&DbKey>,
) -> Result<PathBuf, AsideError> {
    private_dir(dir).map_err(AsideError::io(dir))?;
    let json = serde_json::to_vec(draft)?;
    let (bytes, extension) = match key {
        Some(key) => (seal(dir, &json, key)?, SEALED),
        None => (json, PLAIN),
    };
    let file = file_of(
        dir,
        &draft.operator,
        &draft.kind,
        draft.target_id,
        extension,
    );
    Ok(fsio::write_bytes(&file, Existing::Replace, &bytes)?)
}

/// The drafts kept aside (of one operator, or all), with their files. A file that
/// cannot be read (or opened with `key`) is left where it is (and logged), never
/// deleted.
pub(super) fn kept(
    dir: &Path,
    operator: Option<&str>,
    key: Option<&DbKey>,
) -> Vec<(PathBuf, AsideDraft)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let prefix = operator.map_or_else(String::new, |o| format!("{}.", safe(o)));
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let sealed = name.ends_with(SEALED);
        if !name.starts_with(&prefix) || !(name.ends_with(PLAIN) || sealed) {
            continue;
        }
        let path = entry.path();
        let read = std::fs::read(&path)
            .map_err(AsideError::io(&path))
            .and_then(|bytes| match (sealed, key) {
                (false, _) => Ok(bytes),
                (true, Some(key)) => unseal(dir, &bytes, key),
                (true, None) => Err(AsideError::NoKey),
            })
            .and_then(|bytes| Ok(serde_json::from_slice::<AsideDraft>(&bytes)?));
        match read {
            Ok(draft) if operator.is_none_or(|o| draft.operator == o) => out.push((path, draft)),
            Ok(_) => {}
            Err(e) => {
                tracing::warn!(target: "kentro::store", file = %path.display(), error = %e, "draft kept aside cannot be read")
            }
        }
    }
    out
}

/// Removes the file of one draft, if there is one (the database has it now).
pub(super) fn forget(dir: &Path, operator: &str, kind: &str, target: Option<i64>) {
    for extension in [PLAIN, SEALED] {
        let file = file_of(dir, operator, kind, target, extension);
        if let Err(e) = std::fs::remove_file(&file)
            && e.kind() != std::io::ErrorKind::NotFound
        {
            tracing::warn!(target: "kentro::store", file = %file.display(), error = %e, "draft file not removed");
        }
    }
}

/// `json` as a one-row SQLCipher database keyed with `key` (SQLCipher's own key
/// derivation and page encryption, as the database's). Made in a private temporary
/// file in `dir` (removed on return) and read back as bytes.
fn seal(dir: &Path, json: &[u8], key: &DbKey) -> Result<Vec<u8>, AsideError> {
    let temp = sealing_file(dir)?;
    {
        let conn = keyed(temp.path(), key, false)?;
        conn.execute_batch(
            "PRAGMA journal_mode = MEMORY; CREATE TABLE draft_aside (json BLOB NOT NULL);",
        )?;
        conn.execute("INSERT INTO draft_aside (json) VALUES (?1)", [json])?;
    }
    std::fs::read(temp.path()).map_err(AsideError::io(temp.path()))
}

/// The JSON sealed in `bytes` by [`seal`].
fn unseal(dir: &Path, bytes: &[u8], key: &DbKey) -> Result<Vec<u8>, AsideError> {
    use std::io::Write;
    let mut temp = sealing_file(dir)?;
    let path = temp.path().to_path_buf();
    temp.write_all(bytes).map_err(AsideError::io(&path))?;
    let conn = keyed(&path, key, true)?;
    Ok(conn.query_row("SELECT json FROM draft_aside", [], |row| row.get(0))?)
}

/// An owner-only temporary file in the drafts' own directory (never a shared /tmp).
fn sealing_file(dir: &Path) -> Result<tempfile::NamedTempFile, AsideError> {
    tempfile::Builder::new()
        .prefix(".sealing-")
        .tempfile_in(dir)
        .map_err(AsideError::io(dir))
}

fn keyed(path: &Path, key: &DbKey, read_only: bool) -> Result<Connection, AsideError> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    } | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags)?;
    // Refused without the `encryption` feature: never a plain file by mistake.
    super::key::apply(&conn, key, path)?;
    Ok(conn)
}

#[cfg(test)]
mod tests {
    use std::os::unix::fs::PermissionsExt;

    use crate::store::{Stamp, Store, StoreError};

    #[test]
    fn a_draft_the_database_cannot_take_is_kept_aside_and_brought_back() {
        let dir = tempfile::tempdir().unwrap();
        let aside = dir.path().join("state").join("drafts");
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        store.set_drafts_aside_dir(Some(aside.clone()));
        // The database refuses writes (as a read-only file or a full disk would).
        store
            .conn()
            .pragma_update(None, "query_only", true)
            .unwrap();
        let stamp = Stamp::now("maria");
        let e = store
            .save_draft("visit", Some(7), "{\"note\":\"typed\"}", &stamp)
            .unwrap_err();
        assert!(matches!(e, StoreError::KeptAside(_)), "{e}");
        let files: Vec<_> = std::fs::read_dir(&aside).unwrap().flatten().collect();
        assert_eq!(files.len(), 1);
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&files[0].path()), 0o600);
        assert_eq!(mode(&aside), 0o700);
        // Offered from the file while the database still cannot take it.
        let drafts = store.drafts_of("maria").unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(
            (drafts[0].id, drafts[0].payload.as_str()),
            (0, "{\"note\":\"typed\"}")
        );
        assert!(store.drafts_of("nikos").unwrap().is_empty());
        store.bring_back_drafts();
        assert_eq!(
            std::fs::read_dir(&aside).unwrap().count(),
            1,
            "kept while refused"
        );

        // Writable again (the next start): moved into the database, file removed.
        store
            .conn()
            .pragma_update(None, "query_only", false)
            .unwrap();
        store.bring_back_drafts();
        assert_eq!(std::fs::read_dir(&aside).unwrap().count(), 0);
        let drafts = store.drafts_of("maria").unwrap();
        assert_eq!(drafts.len(), 1);
        assert!(drafts[0].id > 0);
        assert_eq!(drafts[0].target_id, Some(7));
        assert_eq!(drafts[0].payload, "{\"note\":\"typed\"}");
    }

    /// With the database encrypted, the draft's file is too: no typed word in it, no
    /// SQLite header, only the database's key opens it, and it comes back.
    #[cfg(feature = "encryption")]
    #[test]
    fn a_draft_kept_aside_from_an_encrypted_database_is_sealed_with_its_key() {
        use crate::store::DbKey;
        let dir = tempfile::tempdir().unwrap();
        let aside = dir.path().join("drafts");
        let key = DbKey::new("correct horse battery").unwrap();
        let mut store = Store::create_keyed(&dir.path().join("k.db"), Some(&key)).unwrap();
        store.set_drafts_aside_dir(Some(aside.clone()));
        store
            .conn()
            .pragma_update(None, "query_only", true)
            .unwrap();
        let canary = "Καρίμι-canary-7731";
        let payload = format!("{{\"note\":\"{canary}\"}}");
        let e = store
            .save_draft("visit", Some(7), &payload, &Stamp::now("maria"))
            .unwrap_err();
        assert!(matches!(e, StoreError::KeptAside(_)), "{e}");
        let files: Vec<_> = std::fs::read_dir(&aside)
            .unwrap()
            .flatten()
            .map(|f| f.path())
            .collect();
        assert_eq!(files.len(), 1, "{files:?}");
        assert!(files[0].to_string_lossy().ends_with(".sealed"), "{files:?}");
        let bytes = std::fs::read(&files[0]).unwrap();
        assert!(!bytes.starts_with(crate::store::key::SQLITE_HEADER));
        for needle in [canary.as_bytes(), b"note", b"maria", b"visit"] {
            assert!(
                !bytes.windows(needle.len()).any(|w| w == needle),
                "{} readable in the file",
                String::from_utf8_lossy(needle)
            );
        }
        let mode = std::fs::metadata(&files[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        // Another key opens nothing (and deletes nothing).
        let wrong = DbKey::new("another key entirely").unwrap();
        assert!(super::kept(&aside, None, Some(&wrong)).is_empty());
        assert!(super::kept(&aside, None, None).is_empty());
        assert!(files[0].exists());
        // The database's key reads it back, and it moves into the database.
        let drafts = store.drafts_of("maria").unwrap();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].payload, payload);
        store
            .conn()
            .pragma_update(None, "query_only", false)
            .unwrap();
        store.bring_back_drafts();
        assert_eq!(std::fs::read_dir(&aside).unwrap().count(), 0);
        let drafts = store.drafts_of("maria").unwrap();
        assert_eq!(
            (drafts.len(), drafts[0].payload.as_str()),
            (1, payload.as_str())
        );
        assert!(drafts[0].id > 0);
    }
}
