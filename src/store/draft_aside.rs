//! Drafts kept aside: when the database cannot take a draft (another desk holds the
//! lock too long, the disk is full, the file is read-only), what was typed goes to a
//! private file in the operator's state directory instead (0600, in a 0700
//! directory, one file per operator, form and record, written the safe way of
//! [`crate::fsio`]). The next read of the operator's drafts moves such files back into
//! the database, or offers them from the file while the database still cannot take
//! them; a later successful save of the same draft removes the file.

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};

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

fn file_of(dir: &Path, operator: &str, kind: &str, target: Option<i64>) -> PathBuf {
    let target = target.map_or_else(|| "none".to_string(), |t| t.to_string());
    dir.join(format!("{}.{}.{target}.json", safe(operator), safe(kind)))
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

/// Writes the draft to its file; returns the file's name.
pub(super) fn keep(dir: &Path, draft: &AsideDraft) -> Result<PathBuf, String> {
    private_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let json = serde_json::to_vec(draft).map_err(|e| e.to_string())?;
    let file = file_of(dir, &draft.operator, &draft.kind, draft.target_id);
    Ok(fsio::write_bytes(&file, Existing::Replace, &json)?)
}

/// The drafts kept aside (of one operator, or all), with their files. A file that
/// cannot be read is left where it is (and logged), never deleted.
pub(super) fn kept(dir: &Path, operator: Option<&str>) -> Vec<(PathBuf, AsideDraft)> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let prefix = operator.map_or_else(String::new, |o| format!("{}.", safe(o)));
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        if !name.starts_with(&prefix) || !name.ends_with(".json") {
            continue;
        }
        let path = entry.path();
        let read = std::fs::read(&path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| {
                serde_json::from_slice::<AsideDraft>(&bytes).map_err(|e| e.to_string())
            });
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
    let file = file_of(dir, operator, kind, target);
    if let Err(e) = std::fs::remove_file(&file)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(target: "kentro::store", file = %file.display(), error = %e, "draft file not removed");
    }
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
}
