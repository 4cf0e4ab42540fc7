//! Backups and restores that finish and never lie.
//!
//! A backup is `VACUUM INTO` a temporary name in the target's directory: one read
//! transaction, so a consistent snapshot in time proportional to the file's size
//! however much the desks write meanwhile (SQLite's online backup restarts whenever
//! the source changes and may never finish). The temporary file is created new and
//! owner-only (0600 whatever the umask; never through a symlink), switched to a single
//! self-contained file (no WAL), reopened and integrity-checked, synced, and only then
//! renamed to its name and the directory synced. A copy that fails any step is removed,
//! so a file with a backup's name is always a whole, checked database.

use std::fs::{self, File, OpenOptions};
use std::io;
use std::os::unix::fs::{OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDateTime};
use rusqlite::{Connection, OpenFlags};

use super::migrations::{APPLICATION_ID, latest_version};
use super::{DbKey, Health, Store, StoreError, health_of};
use crate::fsio;

/// Why a backup or a restore was refused or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupProblem {
    /// The target already exists (a backup never overwrites).
    Exists,
    /// The target is a symbolic link (even a dangling one).
    Symlink,
    /// The target is named like a live database's `-wal`, `-journal` or `-shm` file,
    /// which SQLite deletes or rewrites.
    JournalName,
    /// The target is the live database itself.
    SameFile,
    /// The file is empty (a backup cut short, or not a database at all).
    Empty,
    /// Not a kentro database.
    NotKentro,
    /// Written by a newer kentro.
    Newer { found: i64 },
    /// It failed its integrity check.
    Damaged(String),
    /// Other desks have the database open.
    InUse,
    /// The name is not valid UTF-8 (SQLite takes names as text).
    NotUtf8,
    /// An operating-system error (disk full, permissions, ...).
    Io(String),
}

impl std::fmt::Display for BackupProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            BackupProblem::Exists => write!(f, "already exists; a backup never overwrites a file"),
            BackupProblem::Symlink => write!(f, "is a symbolic link; refused"),
            BackupProblem::JournalName => write!(
                f,
                "is named like a database's -wal, -journal or -shm file, which SQLite deletes; choose another name"
            ),
            BackupProblem::SameFile => write!(f, "is the database itself"),
            BackupProblem::Empty => {
                write!(f, "is empty: not a database (a backup cut short?)")
            }
            BackupProblem::NotKentro => write!(f, "is not a kentro database"),
            BackupProblem::Newer { found } => write!(
                f,
                "has schema version {found}, newer than this kentro supports ({})",
                latest_version()
            ),
            BackupProblem::Damaged(what) => write!(f, "failed its integrity check: {what}"),
            BackupProblem::InUse => write!(
                f,
                "is open at other desks (or another kentro command); close them all first"
            ),
            BackupProblem::NotUtf8 => write!(f, "has a name that is not valid UTF-8"),
            BackupProblem::Io(e) => write!(f, "{e}"),
        }
    }
}

fn problem(path: &Path, problem: BackupProblem) -> StoreError {
    StoreError::Backup {
        path: path.to_path_buf(),
        problem,
    }
}

fn io_problem(path: &Path) -> impl Fn(io::Error) -> StoreError + '_ {
    move |e| problem(path, BackupProblem::Io(e.to_string()))
}

fn sql_problem(path: &Path) -> impl Fn(rusqlite::Error) -> StoreError + '_ {
    move |e| problem(path, BackupProblem::Io(e.to_string()))
}

/// Refuses targets a backup must never be written to: an existing file or symlink, the
/// database itself, and names SQLite treats as a database's companions.
pub fn refuse_target(db: &Path, target: &Path) -> Result<(), StoreError> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if ["-wal", "-journal", "-shm"]
        .iter()
        .any(|suffix| name.ends_with(suffix))
    {
        return Err(problem(target, BackupProblem::JournalName));
    }
    if let Ok(meta) = fs::symlink_metadata(target) {
        return Err(problem(
            target,
            if meta.file_type().is_symlink() {
                BackupProblem::Symlink
            } else {
                BackupProblem::Exists
            },
        ));
    }
    if same_file(db, target) {
        return Err(problem(target, BackupProblem::SameFile));
    }
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.parent().map(Path::canonicalize)) {
        (Ok(a), Some(Ok(dir))) => b.file_name().is_some_and(|n| a == dir.join(n)),
        _ => false,
    }
}

/// A name for a temporary file beside `target`, hidden, marked as kentro's partial
/// file (cleaned at the next start if a kill left it).
pub fn partial_name(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_else(|| "backup".into());
    let unique = format!(
        "{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos())
    );
    target.with_file_name(format!(".{name}.{PARTIAL_MARK}{unique}"))
}

pub use crate::fsio::PARTIAL_MARK;

/// Creates `path` new, owner-only (0600 whatever the umask), never through a symlink
/// and never truncating an existing file.
pub fn create_private(path: &Path) -> io::Result<File> {
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .custom_flags(nix::fcntl::OFlag::O_NOFOLLOW.bits())
        .open(path)?;
    // The umask may have taken bits away from 0600; set exactly 0600.
    file.set_permissions(fs::Permissions::from_mode(0o600))?;
    Ok(file)
}

/// Syncs the directory holding `path`, so that a rename into it survives a power cut.
fn sync_dir(path: &Path) -> io::Result<()> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    File::open(dir)?.sync_all()
}

/// Removes a temporary file when dropped, unless kept.
struct Partial {
    path: PathBuf,
    keep: bool,
}

impl Drop for Partial {
    fn drop(&mut self) {
        if !self.keep {
            // Nothing more can be done if this fails; the next start cleans it up.
            let _removed = fs::remove_file(&self.path);
        }
    }
}

/// Writes a consistent snapshot of `conn`'s database to `target` (which must not
/// exist) the safe way described in the module's comment, and returns the copy's
/// health as checked after writing.
///
/// The copy of an encrypted database is encrypted with the same `key` (SQLCipher's
/// `VACUUM INTO` writes with the main database's key), and checked with it.
pub(crate) fn snapshot(
    conn: &Connection,
    db: &Path,
    target: &Path,
    key: Option<&DbKey>,
) -> Result<Health, StoreError> {
    refuse_target(db, target)?;
    // New, owner-only, never through a link, removed on failure or SIGTERM.
    let temp = fsio::TempFile::beside(target, fsio::Existing::Refuse)
        .map_err(|e| problem(target, write_problem(e)))?;
    let text = temp
        .path()
        .to_str()
        .ok_or_else(|| problem(target, BackupProblem::NotUtf8))?;
    conn.execute("VACUUM INTO ?1", [text])
        .map_err(sql_problem(target))?;
    {
        // One self-contained file: no -wal beside a backup.
        let copy = Connection::open(temp.path()).map_err(sql_problem(target))?;
        if let Some(key) = key {
            super::key::apply(&copy, key, target)?;
        }
        let _mode: String = copy
            .query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))
            .map_err(sql_problem(target))?;
    }
    let health = check_file_keyed(temp.path(), key).map_err(|e| match e {
        StoreError::Backup { problem: p, .. } => problem(target, p),
        other => other,
    })?;
    // Refuse once more: the target may have appeared while the copy was written
    // (placing it would fail anyway: it takes a name only if the name is free).
    refuse_target(db, target)?;
    temp.place()
        .map_err(|e| problem(target, write_problem(e)))?;
    Ok(health)
}

/// The backup's word for why the safe write refused or failed.
fn write_problem(e: fsio::WriteError) -> BackupProblem {
    match e {
        fsio::WriteError::Symlink(_) => BackupProblem::Symlink,
        fsio::WriteError::Exists(_) => BackupProblem::Exists,
        fsio::WriteError::SideFileName(_) => BackupProblem::JournalName,
        fsio::WriteError::Io { source, .. } => BackupProblem::Io(source.to_string()),
        other => BackupProblem::Io(other.to_string()),
    }
}

/// Checks a file that should be a whole kentro database without changing it: not
/// empty, kentro's, not newer, and passing the integrity and foreign-key checks.
pub fn check_file(path: &Path) -> Result<Health, StoreError> {
    check_file_keyed(path, None)
}

/// [`check_file`] for a file encrypted with `key` (or a plain one, without).
pub fn check_file_keyed(path: &Path, key: Option<&DbKey>) -> Result<Health, StoreError> {
    let meta = fs::metadata(path).map_err(io_problem(path))?;
    if meta.len() == 0 {
        return Err(problem(path, BackupProblem::Empty));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql_problem(path))?;
    if let Some(key) = key {
        super::key::apply(&conn, key, path)?;
    }
    let header = conn.query_row(
        "SELECT (SELECT application_id FROM pragma_application_id()), \
                (SELECT user_version FROM pragma_user_version())",
        [],
        |row| Ok((row.get::<_, i32>(0)?, row.get::<_, i64>(1)?)),
    );
    let (app_id, version) = match header {
        Ok(values) => values,
        Err(e) => return Err(problem(path, BackupProblem::Damaged(e.to_string()))),
    };
    if app_id != APPLICATION_ID {
        return Err(problem(path, BackupProblem::NotKentro));
    }
    if version > latest_version() {
        return Err(problem(path, BackupProblem::Newer { found: version }));
    }
    let health =
        health_of(&conn).map_err(|e| problem(path, BackupProblem::Damaged(e.to_string())))?;
    if !health.is_ok() {
        return Err(problem(
            path,
            BackupProblem::Damaged(health.integrity.join("; ")),
        ));
    }
    Ok(health)
}

impl Store {
    /// Writes a consistent, checked copy of the database to `target` while other desks
    /// go on writing; see the module's comment.
    pub fn backup_to(&self, target: &Path) -> Result<Health, StoreError> {
        snapshot(self.conn(), self.path(), target, self.key())
    }
}

/// Where the automatic backup before a schema upgrade goes: beside the database,
/// named for the schema version it holds and the time.
pub fn before_migration_name(db: &Path, version: i64, at: NaiveDateTime) -> PathBuf {
    db.with_file_name(format!(
        "{}.schema-{version}-before-upgrade-{}",
        db.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
        at.format("%Y-%m-%d-%H%M%S"),
    ))
}

/// The name of a backup written into a directory at `at`.
pub fn dated_name(at: NaiveDateTime) -> String {
    format!("kentro-{}.db", at.format("%Y-%m-%d-%H%M%S"))
}

/// Reads the time back from a name written by [`dated_name`].
pub fn parse_dated_name(name: &str) -> Option<NaiveDateTime> {
    let stamp = name.strip_prefix("kentro-")?.strip_suffix(".db")?;
    NaiveDateTime::parse_from_str(stamp, "%Y-%m-%d-%H%M%S").ok()
}

/// Which of `backups` (by their time) rotation removes: it keeps the newest backup of
/// each of the `daily` most recent days that have one, and the newest of each of the
/// `weekly` most recent ISO weeks that have one; everything else goes.
pub fn rotation_removes(
    backups: &[NaiveDateTime],
    daily: usize,
    weekly: usize,
) -> Vec<NaiveDateTime> {
    let mut newest_first = backups.to_vec();
    newest_first.sort_unstable_by(|a, b| b.cmp(a));
    let mut keep = std::collections::HashSet::new();
    let mut days = Vec::new();
    let mut weeks = Vec::new();
    for at in &newest_first {
        let day = at.date();
        if !days.contains(&day) && days.len() < daily {
            days.push(day);
            keep.insert(*at);
        }
        let week = (at.iso_week().year(), at.iso_week().week());
        if !weeks.contains(&week) && weeks.len() < weekly {
            weeks.push(week);
            keep.insert(*at);
        }
    }
    newest_first
        .into_iter()
        .filter(|at| !keep.contains(at))
        .collect()
}

/// Applies [`rotation_removes`] to the dated backups in `dir`; returns the removed
/// files. Other files in the directory are never touched.
pub fn rotate(dir: &Path, daily: usize, weekly: usize) -> io::Result<Vec<PathBuf>> {
    let mut dated = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if !entry.file_type()?.is_file() {
            continue;
        }
        if let Some(at) = parse_dated_name(&entry.file_name().to_string_lossy()) {
            dated.push((at, entry.path()));
        }
    }
    let times: Vec<_> = dated.iter().map(|(at, _)| *at).collect();
    let remove = rotation_removes(&times, daily, weekly);
    let mut removed = Vec::new();
    for (at, path) in dated {
        if remove.contains(&at) {
            fs::remove_file(&path)?;
            removed.push(path);
        }
    }
    Ok(removed)
}

/// What a restore did, to be told to the operator.
#[derive(Debug)]
pub struct Restored {
    /// Where the replaced database was kept.
    pub kept_aside: PathBuf,
    /// The restored database's health after reopening (and migrating if older).
    pub health: Health,
}

/// Replaces the database at `db` with the checked backup at `backup`.
///
/// Refused while any other connection has the database open: in WAL mode every open
/// connection holds a shared lock on the file, so an exclusive lock taken here proves
/// nobody else is using it (and keeps newcomers out until the swap is done). The WAL is
/// checkpointed into the old file, which is kept aside whole as
/// `<db>.replaced-<time>`; the backup is copied beside the database owner-only, synced
/// and renamed over it; the old `-wal` and `-shm` go.
pub fn restore(db: &Path, backup: &Path, at: NaiveDateTime) -> Result<Restored, StoreError> {
    restore_keyed(db, backup, None, at)
}

/// [`restore`] for an encrypted database: the backup must open with the same `key`.
pub fn restore_keyed(
    db: &Path,
    backup: &Path,
    key: Option<&DbKey>,
    at: NaiveDateTime,
) -> Result<Restored, StoreError> {
    check_file_keyed(backup, key)?;
    let conn = Connection::open_with_flags(
        db,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(sql_problem(db))?;
    if let Some(key) = key {
        super::key::apply(&conn, key, db)?;
    }
    conn.busy_timeout(std::time::Duration::from_secs(1))
        .map_err(sql_problem(db))?;
    let in_use = |e: rusqlite::Error| {
        if super::error::is_busy(&e) {
            problem(db, BackupProblem::InUse)
        } else {
            problem(db, BackupProblem::Io(e.to_string()))
        }
    };
    let _mode: String = conn
        .query_row("PRAGMA locking_mode = EXCLUSIVE", [], |r| r.get(0))
        .map_err(sql_problem(db))?;
    conn.execute_batch("BEGIN EXCLUSIVE; COMMIT;")
        .map_err(in_use)?;
    // Everything committed is now in the main file.
    conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
        .map_err(in_use)?;
    let kept_aside = db.with_file_name(format!(
        "{}.replaced-{}",
        db.file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default(),
        at.format("%Y-%m-%d-%H%M%S")
    ));
    copy_private(db, &kept_aside)?;
    let temp = partial_name(db);
    let mut partial = Partial {
        path: temp.clone(),
        keep: false,
    };
    copy_private(backup, &temp)?;
    // The desks' group needs the same access to the restored file as to the old one.
    if let Ok(meta) = fs::metadata(db) {
        fs::set_permissions(&temp, meta.permissions()).map_err(io_problem(db))?;
    }
    fs::rename(&temp, db).map_err(io_problem(db))?;
    partial.keep = true;
    sync_dir(db).map_err(io_problem(db))?;
    // Closing our connection (on the old, now unlinked file) releases the lock; its
    // empty WAL and stale index must not be taken for the restored file's.
    drop(conn);
    for suffix in ["-wal", "-shm"] {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        match fs::remove_file(PathBuf::from(name)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(io_problem(db)(e)),
            _ => {}
        }
    }
    let store = Store::open_keyed(db, key)?;
    Ok(Restored {
        kept_aside,
        health: store.health()?,
    })
}

/// Copies `from` to the new owner-only file `to`, synced.
fn copy_private(from: &Path, to: &Path) -> Result<(), StoreError> {
    let mut source = File::open(from).map_err(io_problem(from))?;
    let mut dest = create_private(to).map_err(io_problem(to))?;
    let copied = io::copy(&mut source, &mut dest).and_then(|_| dest.sync_all());
    if let Err(e) = copied {
        drop(dest);
        let _removed = fs::remove_file(to);
        return Err(io_problem(to)(e));
    }
    Ok(())
}

#[cfg(test)]
mod tests;
