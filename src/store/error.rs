//! What can go wrong in storage, in words an administrator can act on.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug)]
pub enum StoreError {
    /// The file cannot be opened or created (permissions, missing directory, ...).
    CannotOpen {
        path: PathBuf,
        reason: String,
    },
    /// No database at this path; only `kentro init` creates one.
    Missing {
        path: PathBuf,
    },
    /// The key does not open this (encrypted) file; nothing was written.
    WrongKey {
        path: PathBuf,
    },
    /// A key was given, but this kentro was built without the `encryption` feature.
    NoEncryption,
    /// The file exists but is not a kentro database; it was left untouched.
    NotKentro {
        path: PathBuf,
    },
    /// Written by a newer kentro; it was left untouched.
    Newer {
        path: PathBuf,
        found: i64,
        supported: i64,
    },
    /// The database cannot be written here, for the reason named.
    ReadOnly {
        path: PathBuf,
        cause: ReadOnlyCause,
    },
    /// The disk holding the database is full; nothing was saved.
    DiskFull {
        path: PathBuf,
    },
    /// A kentro (or SQLite) file whose header or contents are damaged; nothing was
    /// written to it.
    Damaged {
        path: PathBuf,
        part: DamagedPart,
    },
    /// A migration failed (and was rolled back).
    Migration(String),
    /// Another desk saved this record since it was read.
    Conflict {
        entity: &'static str,
        id: i64,
    },
    /// A unique identifier (AMKA, AFM, service code, ...) is already taken.
    Duplicate {
        field: &'static str,
        existing_id: Option<i64>,
    },
    /// The record does not exist (any more).
    NotFound {
        entity: &'static str,
        id: i64,
    },
    /// Stored data this program cannot read (a bad code or date).
    Corrupt(String),
    /// A change the rules do not allow from the record's current state.
    NotAllowed(String),
    /// Another desk held the write lock longer than this desk waits; nothing was saved.
    Locked {
        waited: std::time::Duration,
    },
    /// The operator stopped waiting for another desk's lock; nothing was saved.
    WaitCancelled,
    /// The database could not take a draft (locked, full, read-only): it was kept in
    /// the operator's private fallback file instead and is offered at the next start.
    KeptAside(Box<StoreError>),
    /// A backup or a restore was refused or failed (nothing was left half-written).
    Backup {
        path: PathBuf,
        problem: super::backup::BackupProblem,
    },
    Sql(rusqlite::Error),
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::CannotOpen { path, reason } => {
                write!(f, "cannot open {}: {reason}", path.display())
            }
            StoreError::Missing { path } => write!(
                f,
                "no database at {}; check the path, or create one with `kentro init --db {}`",
                path.display(),
                path.display()
            ),
            StoreError::WrongKey { path } => write!(
                f,
                "cannot open {}: wrong key, or not a kentro database (nothing was written)",
                path.display()
            ),
            StoreError::NoEncryption => write!(
                f,
                "a database key was given, but this kentro was built without encryption \
                 (build with --features encryption)"
            ),
            StoreError::NotKentro { path } => write!(
                f,
                "{} is not a kentro database (left untouched)",
                path.display()
            ),
            StoreError::Newer {
                path,
                found,
                supported,
            } => write!(
                f,
                "{} has schema version {found}, newer than this kentro supports ({supported}); \
                 upgrade kentro (the file was left untouched)",
                path.display()
            ),
            StoreError::ReadOnly { path, cause } => match cause {
                ReadOnlyCause::File => write!(
                    f,
                    "cannot write {}: the file is read-only for this user (nothing was changed)",
                    path.display()
                ),
                ReadOnlyCause::Directory(dir) => write!(
                    f,
                    "cannot write {}: its directory {} is read-only, so the -wal and -shm \
                     files cannot be made beside it (nothing was changed)",
                    path.display(),
                    dir.display()
                ),
                ReadOnlyCause::FileSystem => write!(
                    f,
                    "cannot write {}: the file system is mounted read-only (nothing was changed)",
                    path.display()
                ),
                ReadOnlyCause::SideFile(side) => write!(
                    f,
                    "cannot write {}: {} beside it cannot be written by this user \
                     (nothing was changed; with no desk open it can be removed)",
                    path.display(),
                    side.display()
                ),
            },
            StoreError::DiskFull { path } => write!(
                f,
                "cannot write {}: the disk is full (nothing was saved; free some space)",
                path.display()
            ),
            StoreError::Damaged { path, part } => write!(
                f,
                "{} is damaged ({}); nothing was written to it: restore the latest backup \
                 (`kentro restore`)",
                path.display(),
                match part {
                    DamagedPart::Header => "its header",
                    DamagedPart::Contents => "its contents",
                }
            ),
            StoreError::Migration(reason) => write!(f, "database upgrade failed: {reason}"),
            StoreError::Conflict { entity, id } => {
                write!(
                    f,
                    "{entity} {id} was changed by someone else since it was read"
                )
            }
            StoreError::Duplicate {
                field,
                existing_id: Some(id),
            } => {
                write!(f, "{field} already registered (record {id})")
            }
            StoreError::Duplicate {
                field,
                existing_id: None,
            } => {
                write!(f, "{field} already registered")
            }
            StoreError::NotFound { entity, id } => write!(f, "{entity} {id} not found"),
            StoreError::Corrupt(what) => write!(f, "unreadable stored value: {what}"),
            StoreError::NotAllowed(what) => write!(f, "not allowed: {what}"),
            StoreError::Locked { waited } => write!(
                f,
                "another desk has held the database locked for {} s; nothing was saved, try again",
                waited.as_secs().max(1)
            ),
            StoreError::Backup { path, problem } => write!(f, "{}: {problem}", path.display()),
            StoreError::WaitCancelled => write!(
                f,
                "stopped waiting for another desk's lock; nothing was saved"
            ),
            StoreError::KeptAside(cause) => write!(
                f,
                "the database cannot take the draft ({cause}); it is kept in a private file \
                 and offered again at the next start"
            ),
            StoreError::Sql(e) if is_busy(e) => {
                write!(
                    f,
                    "the database is busy (another desk is writing); try again"
                )
            }
            StoreError::Sql(e) => write!(f, "database error: {e}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// Why a database cannot be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadOnlyCause {
    /// The file's own permissions.
    File,
    /// The directory holding it (this directory), where SQLite must create the
    /// database's -wal and -shm files.
    Directory(PathBuf),
    /// The file system is mounted read-only.
    FileSystem,
    /// The -wal or -shm file beside the database (this one), made by another user or
    /// while the database was read-only, cannot be written.
    SideFile(PathBuf),
}

/// Which part of a damaged file was found damaged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DamagedPart {
    /// The first 100 bytes, which say how to read the rest.
    Header,
    /// The pages after it (the schema, a table or an index).
    Contents,
}

impl StoreError {
    /// Another desk held the database longer than we waited: worth trying again.
    pub fn is_busy(&self) -> bool {
        matches!(self, StoreError::Sql(e) if is_busy(e))
    }
}

impl From<rusqlite::Error> for StoreError {
    fn from(e: rusqlite::Error) -> Self {
        StoreError::Sql(e)
    }
}

/// True when SQLite gave up waiting for another connection's lock.
pub fn is_busy(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked)
    )
}

impl From<super::busy::GaveUp> for StoreError {
    fn from(gave_up: super::busy::GaveUp) -> Self {
        match gave_up {
            super::busy::GaveUp::Cancelled => StoreError::WaitCancelled,
            super::busy::GaveUp::TimedOut { waited } => StoreError::Locked { waited },
        }
    }
}
