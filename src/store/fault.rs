//! Naming what is wrong with the database file, so an operator reads what happened
//! (a read-only file, directory or file system, a -shm file another user left, a full
//! disk, a damaged file, another program's file) instead of one catch-all.
//!
//! What can be seen before SQLite touches the file is checked first
//! ([`before_open`]): a refused open then leaves nothing beside the database (SQLite
//! would make -wal and -shm files with the read-only file's mode, which later made
//! every write fail once the file was writable again). What only SQLite finds is read
//! from its error ([`diagnose`]).

use std::io::{ErrorKind, Read};
use std::path::{Path, PathBuf};

use rusqlite::ErrorCode;

use super::error::{self, DamagedPart, ReadOnlyCause, StoreError};
use super::key::SQLITE_HEADER;
use super::migrations::APPLICATION_ID;

/// Less free space than this where the database lives, after SQLite failed to write
/// or to make its -shm file (32 KiB), is read as a full disk.
const NEARLY_FULL: u64 = 1 << 20;

/// Checks, without writing anything, that the database at `path` can be opened (for
/// writing when `write`), and makes writable a -wal or -shm file of this user's that
/// was left read-only. With `keyed` (an encrypted file) the header is SQLCipher's and
/// is not read here.
pub(super) fn before_open(path: &Path, write: bool, keyed: bool) -> Result<(), StoreError> {
    if !keyed {
        check_header(path)?;
    }
    let writable = || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(path)
    };
    if write && let Err(e) = writable() {
        return Err(match read_only_cause_of(&e) {
            Some(cause) => StoreError::ReadOnly {
                path: path.to_path_buf(),
                cause,
            },
            None => cannot_open(path, &e),
        });
    }
    for side in side_files(path) {
        writable_side_file(path, &side, write)?;
    }
    Ok(())
}

/// The error SQLite gave while opening or writing `path`, named for what happened.
pub(super) fn diagnose(path: &Path, e: rusqlite::Error) -> StoreError {
    if error::is_busy(&e) {
        return StoreError::Sql(e);
    }
    let full = || StoreError::DiskFull {
        path: path.to_path_buf(),
    };
    match e.sqlite_error_code() {
        Some(ErrorCode::DiskFull) => full(),
        Some(ErrorCode::ReadOnly) => StoreError::ReadOnly {
            path: path.to_path_buf(),
            cause: read_only_cause(path).unwrap_or(ReadOnlyCause::File),
        },
        Some(ErrorCode::NotADatabase) => foreign_or_damaged(path, DamagedPart::Header),
        Some(ErrorCode::DatabaseCorrupt) => foreign_or_damaged(path, DamagedPart::Contents),
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

/// A store error from a write (or an open), with a bare SQLite error that says the
/// disk is full, the file read-only or damaged named as such.
pub(super) fn located(path: &Path, e: StoreError) -> StoreError {
    match e {
        StoreError::Sql(sql) => diagnose(path, sql),
        other => other,
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

/// Refuses a file that does not start as an SQLite file (another program's), or whose
/// header is damaged (SQLite would call it "not a database" too).
fn check_header(path: &Path) -> Result<(), StoreError> {
    let mut head = Vec::with_capacity(100);
    let read = std::fs::File::open(path).and_then(|file| file.take(100).read_to_end(&mut head));
    if let Err(e) = read {
        return Err(cannot_open(path, &e));
    }
    if head.is_empty() {
        // A new file, made by `kentro init` a moment ago.
        return Ok(());
    }
    if !head.starts_with(SQLITE_HEADER) {
        return Err(StoreError::NotKentro {
            path: path.to_path_buf(),
        });
    }
    if head.len() < 100 || !header_is_sane(&head) {
        return Err(foreign_or_damaged(path, DamagedPart::Header));
    }
    Ok(())
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
        Err(e) => return Err(cannot_open(side, &e)),
    };
    let open = || {
        std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .open(side)
    };
    let Err(e) = open() else {
        return Ok(());
    };
    if matches!(read_only_cause_of(&e), Some(ReadOnlyCause::FileSystem)) {
        return if write {
            Err(side_error(ReadOnlyCause::FileSystem))
        } else {
            Ok(())
        };
    }
    let mine = meta.uid() == nix::unistd::geteuid().as_raw();
    if meta.is_file() && mine && e.kind() == ErrorKind::PermissionDenied {
        let database_mode = std::fs::metadata(path).map_or(0o600, |m| m.mode() & 0o666);
        let mode = database_mode | 0o600;
        if std::fs::set_permissions(side, std::fs::Permissions::from_mode(mode)).is_ok()
            && open().is_ok()
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
        // A reader can still read through it; `kentro check` names it (see
        // [`unwritable_side_file`]).
        Ok(())
    }
}

/// Why the database cannot be written, if it cannot: its own file, a side file, or
/// the directory where a missing side file would be made.
pub(super) fn read_only_cause(path: &Path) -> Option<ReadOnlyCause> {
    if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
        return read_only_cause_of(&e);
    }
    for side in side_files(path) {
        match std::fs::OpenOptions::new().write(true).open(&side) {
            Ok(_) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {
                if let Some(cause) = directory_cause(path) {
                    return Some(cause);
                }
            }
            Err(e) => {
                return match read_only_cause_of(&e) {
                    Some(ReadOnlyCause::FileSystem) => Some(ReadOnlyCause::FileSystem),
                    Some(_) => Some(ReadOnlyCause::SideFile(side)),
                    None => None,
                };
            }
        }
    }
    None
}

/// The -wal or -shm file beside `path` that this user cannot write, if there is one
/// (`kentro check` reports it: every write would fail).
pub fn unwritable_side_file(path: &Path) -> Option<PathBuf> {
    side_files(path).into_iter().find(|side| {
        side.exists()
            && std::fs::OpenOptions::new()
                .write(true)
                .open(side)
                .is_err_and(|e| e.kind() == ErrorKind::PermissionDenied)
    })
}

/// The directory of `path`, when files cannot be made in it.
fn directory_cause(path: &Path) -> Option<ReadOnlyCause> {
    use nix::fcntl::{AT_FDCWD, AtFlags};
    use nix::unistd::{AccessFlags, faccessat};
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // With the effective user and capabilities (a set-user-id kentro's), not the
    // real ones access(2) would use.
    match faccessat(
        AT_FDCWD,
        &dir,
        AccessFlags::W_OK | AccessFlags::X_OK,
        AtFlags::AT_EACCESS,
    ) {
        Ok(()) => None,
        Err(nix::errno::Errno::EROFS) => Some(ReadOnlyCause::FileSystem),
        Err(_) => Some(ReadOnlyCause::Directory(dir)),
    }
}

fn read_only_cause_of(e: &std::io::Error) -> Option<ReadOnlyCause> {
    match e.raw_os_error() {
        Some(nix::libc::EROFS) => Some(ReadOnlyCause::FileSystem),
        Some(nix::libc::EACCES | nix::libc::EPERM) => Some(ReadOnlyCause::File),
        _ => None,
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

fn cannot_open(path: &Path, e: &std::io::Error) -> StoreError {
    StoreError::CannotOpen {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}
