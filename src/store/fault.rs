//! Naming what is wrong with the database file, so an operator reads what happened
//! (a read-only file, directory or file system, a -shm file another user left, a full
//! disk, a damaged file, another program's file) instead of one catch-all.
//!
//! What can be seen before SQLite touches the file is checked first
//! ([`before_open`]): a refused open then leaves nothing beside the database (SQLite
//! would make -wal and -shm files with the read-only file's mode, which later made
//! every write fail once the file was writable again). What only SQLite finds is read
//! from its error ([`diagnose`]).
//!
//! Nothing here opens the database or its -shm while it may be in use: closing any
//! descriptor of a file drops every POSIX lock this process holds on it, including
//! the locks of this process's other connections (SQLite's own opens avoid that).
//! Permissions are asked with `faccessat`, modes changed by path; the header is read
//! only after SQLite failed to open the file.

use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use nix::errno::Errno;
use nix::unistd::AccessFlags;
use rusqlite::ErrorCode;

use super::error::{self, DamagedPart, ReadOnlyCause, StoreError};
use super::key::SQLITE_HEADER;
use super::migrations::APPLICATION_ID;

/// Less free space than this where the database lives, after SQLite failed to write
/// or to make its -shm file (32 KiB), is read as a full disk.
const NEARLY_FULL: u64 = 1 << 20;

/// Checks, without opening anything, that the database at `path` can be opened (for
/// writing when `write`), and makes writable a -wal or -shm file of this user's that
/// was left read-only.
pub(super) fn before_open(path: &Path, write: bool) -> Result<(), StoreError> {
    if write && let Err(errno) = may(path, AccessFlags::R_OK | AccessFlags::W_OK) {
        return Err(match cause_of(errno) {
            Some(cause) => StoreError::ReadOnly {
                path: path.to_path_buf(),
                cause,
            },
            None => StoreError::CannotOpen {
                path: path.to_path_buf(),
                reason: std::io::Error::from(errno).to_string(),
            },
        });
    }
    for side in side_files(path) {
        writable_side_file(path, &side, write)?;
    }
    Ok(())
}

/// The error SQLite gave while opening `path`, named for what happened.
pub(super) fn diagnose(path: &Path, e: rusqlite::Error) -> StoreError {
    name(path, e, true)
}

/// A store error from a write, with a bare SQLite error that says the disk is full,
/// the file read-only or damaged named as such.
pub(super) fn located(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Sql(sql) => name(path, sql, false),
        other => other,
    }
}

/// `opening`: the file is not known to be kentro's yet, and may be read to tell
/// another program's file from a damaged one (no connection of this process has it).
fn name(path: &Path, e: rusqlite::Error, opening: bool) -> StoreError {
    if error::is_busy(&e) {
        return StoreError::Sql(e);
    }
    let full = || StoreError::DiskFull {
        path: path.to_path_buf(),
    };
    let damaged = |part| StoreError::Damaged {
        path: path.to_path_buf(),
        part,
    };
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => full(),
        Some(ErrorCode::ReadOnly) => read_only(path),
        Some(ErrorCode::NotADatabase) if opening => foreign_or_damaged(path, DamagedPart::Header),
        Some(ErrorCode::DatabaseCorrupt) if opening => {
            foreign_or_damaged(path, DamagedPart::Contents)
        }
        Some(ErrorCode::NotADatabase) => damaged(DamagedPart::Header),
        Some(ErrorCode::DatabaseCorrupt) => damaged(DamagedPart::Contents),
        Some(ErrorCode::SystemIoFailure | ErrorCode::CannotOpen) => {
            if nearly_full(path) {
                full()
            } else if let Some(cause) = read_only_cause(path) {
                StoreError::ReadOnly {
                    path: path.to_path_buf(),
                    cause,
                }
            } else {
                StoreError::CannotOpen {
                    path: path.to_path_buf(),
                    reason: e.to_string(),
                }
            }
        }
        _ => StoreError::Sql(e),
    }
}

/// SQLite opened the file read-only: the cause found, or (none found: the file, its
/// side files and folder are writable) a header SQLite will not write under, which
/// is damage (an unknown file format version).
pub(super) fn read_only(path: &Path) -> StoreError {
    match read_only_cause(path) {
        Some(cause) => StoreError::ReadOnly {
            path: path.to_path_buf(),
            cause,
        },
        None => match foreign_or_damaged(path, DamagedPart::Header) {
            StoreError::NotKentro { .. } => StoreError::ReadOnly {
                path: path.to_path_buf(),
                cause: ReadOnlyCause::File,
            },
            damaged => damaged,
        },
    }
}

/// `access(2)` with the effective user's rights and capabilities (a set-user-id
/// kentro's), not the real ones plain `access` would use.
fn may(path: &Path, flags: AccessFlags) -> Result<(), Errno> {
    use nix::fcntl::{AT_FDCWD, AtFlags};
    nix::unistd::faccessat(AT_FDCWD, path, flags, AtFlags::AT_EACCESS)
}

fn cause_of(errno: Errno) -> Option<ReadOnlyCause> {
    match errno {
        Errno::EROFS => Some(ReadOnlyCause::FileSystem),
        Errno::EACCES | Errno::EPERM => Some(ReadOnlyCause::File),
        _ => None,
    }
}

/// The database's -wal and -shm files (which may not exist).
fn side_files(path: &Path) -> [PathBuf; 2] {
    let with = |suffix: &str| {
        let mut name = path.as_os_str().to_os_string();
        name.push(suffix);
        PathBuf::from(name)
    };
    [with("-wal"), with("-shm")]
}

/// The fixed values of an SQLite header (see "Database File Format", 1.3).
fn header_is_sane(head: &[u8]) -> bool {
    let page_size = u16::from_be_bytes([head[16], head[17]]);
    let page_size_ok = page_size == 1 || (page_size >= 512 && page_size.is_power_of_two());
    page_size_ok
        && matches!(head[18], 1 | 2)
        && matches!(head[19], 1 | 2)
        && head[21] == 64
        && head[22] == 32
        && head[23] == 32
}

/// A file SQLite cannot read: damaged when it says it is kentro's (its application
/// id, bytes 68 to 71 of the header), or when it is an SQLite file whose header
/// cannot be trusted any more; another program's file otherwise.
fn foreign_or_damaged(path: &Path, part: DamagedPart) -> StoreError {
    let mut head = [0u8; 100];
    let read = std::fs::File::open(path).and_then(|mut file| file.read_exact(&mut head));
    let sqlite = read.is_ok() && head.starts_with(SQLITE_HEADER);
    let kentro =
        sqlite && i32::from_be_bytes([head[68], head[69], head[70], head[71]]) == APPLICATION_ID;
    if kentro || (sqlite && part == DamagedPart::Header && !header_is_sane(&head)) {
        StoreError::Damaged {
            path: path.to_path_buf(),
            part,
        }
    } else {
        StoreError::NotKentro {
            path: path.to_path_buf(),
        }
    }
}

/// A -wal or -shm file must be writable by this user for the database to be; one of
/// this user's own that is not (made while the database file was read-only) is given
/// the database's mode. A missing one must be creatable in the directory.
fn writable_side_file(path: &Path, side: &Path, write: bool) -> Result<(), StoreError> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    let side_error = |cause| StoreError::ReadOnly {
        path: path.to_path_buf(),
        cause,
    };
    let meta = match std::fs::symlink_metadata(side) {
        Ok(meta) => meta,
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return match (write, directory_cause(path)) {
                (true, Some(cause)) => Err(side_error(cause)),
                _ => Ok(()),
            };
        }
        Err(e) => {
            return Err(StoreError::CannotOpen {
                path: side.to_path_buf(),
                reason: e.to_string(),
            });
        }
    };
    let writable = || may(side, AccessFlags::R_OK | AccessFlags::W_OK);
    let refused = match writable() {
        Ok(()) => return Ok(()),
        Err(errno) => errno,
    };
    if refused == Errno::EROFS {
        return if write {
            Err(side_error(ReadOnlyCause::FileSystem))
        } else {
            Ok(())
        };
    }
    let mine = meta.uid() == nix::unistd::geteuid().as_raw();
    if meta.is_file() && mine && refused == Errno::EACCES {
        let database_mode = std::fs::metadata(path).map_or(0o600, |m| m.mode() & 0o666);
        let mode = database_mode | 0o600;
        // chmod by path: no descriptor opened (see the module's note).
        if std::fs::set_permissions(side, std::fs::Permissions::from_mode(mode)).is_ok()
            && writable().is_ok()
        {
            tracing::warn!(
                target: "kentro::store",
                file = %side.display(),
                mode = format!("{mode:o}"),
                "a read-only side file of the database was made writable again"
            );
            return Ok(());
        }
    }
    if write {
        Err(side_error(ReadOnlyCause::SideFile(side.to_path_buf())))
    } else {
        // A reader can still read through it; the next open for writing names it.
        Ok(())
    }
}

/// Why the database cannot be written, if it cannot: its own file, a side file, or
/// the directory where a missing side file would be made.
pub(super) fn read_only_cause(path: &Path) -> Option<ReadOnlyCause> {
    if let Err(errno) = may(path, AccessFlags::W_OK) {
        return cause_of(errno);
    }
    for side in side_files(path) {
        if std::fs::symlink_metadata(&side).is_err() {
            if let Some(cause) = directory_cause(path) {
                return Some(cause);
            }
            continue;
        }
        match may(&side, AccessFlags::W_OK) {
            Ok(()) => {}
            Err(Errno::EROFS) => return Some(ReadOnlyCause::FileSystem),
            Err(_) => return Some(ReadOnlyCause::SideFile(side)),
        }
    }
    None
}

/// The -wal or -shm file beside `path` that this user cannot write, if there is one
/// (every write would fail): for diagnostics and the fault tests. When root opens the
/// database, SQLite itself gives a -shm of another user back to the database's owner.
pub fn unwritable_side_file(path: &Path) -> Option<PathBuf> {
    side_files(path).into_iter().find(|side| {
        std::fs::symlink_metadata(side).is_ok()
            && may(side, AccessFlags::W_OK) == Err(Errno::EACCES)
    })
}

/// The directory of `path`, when files cannot be made in it.
fn directory_cause(path: &Path) -> Option<ReadOnlyCause> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    match may(&dir, AccessFlags::W_OK | AccessFlags::X_OK) {
        Ok(()) => None,
        Err(Errno::EROFS) => Some(ReadOnlyCause::FileSystem),
        Err(_) => Some(ReadOnlyCause::Directory(dir)),
    }
}

/// Whether the file system holding `path` has (almost) no room left for this user.
fn nearly_full(path: &Path) -> bool {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty());
    match nix::sys::statvfs::statvfs(dir.unwrap_or(Path::new("."))) {
        Ok(stats) => {
            stats
                .blocks_available()
                .saturating_mul(stats.fragment_size())
                < NEARLY_FULL
        }
        Err(_) => false,
    }
}
