//! Writing files that hold personal data (slips, exports, backups, referral packets)
//! the one safe way.
//!
//! The content goes to a new hidden temporary file in the target's own directory,
//! created with `O_CREAT|O_EXCL|O_NOFOLLOW` and mode 0600 (so never through a link
//! someone planted, never into someone else's file), is synced, and only then placed
//! under its name (a hard link for a name that must be new, a rename for a file we may
//! replace), and the directory is synced. The target itself is refused when it is a
//! symbolic link (even a dangling one) or is named like a SQLite database's companion
//! file (`-journal`, `-wal`, `-shm`), which SQLite deletes or rewrites.
//!
//! A temporary file never outlives a failure: it is removed when the write fails,
//! when the command is stopped by SIGTERM, SIGINT or SIGHUP (in the full-screen program
//! those signals only set a flag and the write finishes first), and, after a SIGKILL,
//! by the next write into the same directory once the process that made it is gone.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, Once, PoisonError};

/// What every temporary file kentro writes beside a target has in its name.
pub const PARTIAL_MARK: &str = "kentro-partial-";

/// What to do when the target's name is taken.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Existing {
    /// Never overwrite: the write fails (backups, a person's export).
    Refuse,
    /// Replace a regular file of our own (an export written again to its name).
    Replace,
    /// Keep what is there and take the next free name, `name-2.txt`, `name-3.txt`, ...
    /// (slips in a shared directory: a colleague's slip is never overwritten).
    Number,
}

/// Why a file was not written. Nothing was written when this is returned.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{}: is a symbolic link; refused, nothing was written through it", .0.display())]
    Symlink(PathBuf),
    #[error("{}: already exists and is never overwritten; choose another name", .0.display())]
    Exists(PathBuf),
    #[error(
        "{}: is named like a database's -wal, -journal or -shm file, which SQLite deletes; choose another name",
        .0.display()
    )]
    SideFileName(PathBuf),
    #[error("{}: belongs to another user; not replaced", .0.display())]
    NotOwner(PathBuf),
    #[error("{}: is not a regular file; not replaced", .0.display())]
    NotAFile(PathBuf),
    #[error("cannot write {}: {source}", .path.display())]
    Io { path: PathBuf, source: io::Error },
}

fn io_error(path: &Path) -> impl Fn(io::Error) -> WriteError + '_ {
    move |source| WriteError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// The temporary files of this process that are not yet in place.
static LIVE: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());
static SIGNAL_CLEANUP: Once = Once::new();
static TERMINAL_OWNS_SIGNALS: AtomicBool = AtomicBool::new(false);

/// Called by the full-screen program, whose own handling of SIGTERM, SIGINT and SIGHUP
/// (keep the drafts, then leave) must not be cut short: there a signal only sets a
/// flag, so a write in progress completes or fails (and cleans up) before exit.
pub fn terminal_owns_signals() {
    TERMINAL_OWNS_SIGNALS.store(true, Ordering::SeqCst);
}

/// In a command, SIGTERM, SIGINT and SIGHUP remove the temporary files in progress and
/// then end the process with the shell's status for the signal (128 + number).
fn clean_up_on_signals() {
    if TERMINAL_OWNS_SIGNALS.load(Ordering::SeqCst) {
        return;
    }
    SIGNAL_CLEANUP.call_once(|| {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP]) else {
            return;
        };
        std::thread::spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Holding the lock until exit: no new temporary file can appear.
                let live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
                for path in live.iter() {
                    // Nothing more can be done if this fails; the next write cleans up.
                    let _removed = fs::remove_file(path);
                }
                std::process::exit(128 + signal);
            }
        });
    });
}

fn unregister(path: &Path) {
    LIVE.lock()
        .unwrap_or_else(PoisonError::into_inner)
        .retain(|p| p != path);
}

/// Refuses a target that must never be written: a symbolic link, or a name SQLite owns.
pub fn refuse_target(target: &Path) -> Result<(), WriteError> {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().to_string())
        .unwrap_or_default();
    if ["-wal", "-journal", "-shm"]
        .iter()
        .any(|suffix| name.ends_with(suffix))
    {
        return Err(WriteError::SideFileName(target.to_path_buf()));
    }
    match fs::symlink_metadata(target) {
        Ok(meta) if meta.file_type().is_symlink() => Err(WriteError::Symlink(target.to_path_buf())),
        _ => Ok(()),
    }
}

fn directory_of(target: &Path) -> &Path {
    match target.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Whether process `pid` still runs (or exists under another user).
fn alive(pid: i32) -> bool {
    use nix::errno::Errno;
    !matches!(
        nix::sys::signal::kill(nix::unistd::Pid::from_raw(pid), None),
        Err(Errno::ESRCH)
    )
}

/// Removes our own temporary files left in `dir` by processes that died (SIGKILL,
/// power cut). Others' files and files of running processes are left alone.
pub fn clean_stale_partials(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let me = nix::unistd::geteuid().as_raw();
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().to_string();
        let Some(rest) = name.split_once(PARTIAL_MARK).map(|(_, rest)| rest) else {
            continue;
        };
        let pid: Option<i32> = rest.split('-').next().and_then(|p| p.parse().ok());
        let Some(pid) = pid else { continue };
        let mine = entry
            .metadata()
            .is_ok_and(|m| m.uid() == me && m.file_type().is_file());
        if mine && pid != std::process::id() as i32 && !alive(pid) {
            let _removed = fs::remove_file(entry.path());
        }
    }
}

/// A new temporary file beside a target, removed when dropped unless placed.
pub struct TempFile {
    path: PathBuf,
    target: PathBuf,
    existing: Existing,
    file: Option<File>,
}

impl TempFile {
    /// Checks `target` and creates the temporary file beside it (0600, new, never
    /// through a link).
    pub fn beside(target: &Path, existing: Existing) -> Result<TempFile, WriteError> {
        refuse_target(target)?;
        if existing == Existing::Refuse && fs::symlink_metadata(target).is_ok() {
            return Err(WriteError::Exists(target.to_path_buf()));
        }
        clean_up_on_signals();
        let dir = directory_of(target);
        clean_stale_partials(dir);
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_else(|| "file".into());
        let mut live = LIVE.lock().unwrap_or_else(PoisonError::into_inner);
        for attempt in 0..100u32 {
            let nanos = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.subsec_nanos());
            let path = dir.join(format!(
                ".{name}.{PARTIAL_MARK}{}-{nanos}{attempt}",
                std::process::id()
            ));
            let opened = OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .custom_flags(nix::fcntl::OFlag::O_NOFOLLOW.bits())
                .open(&path);
            match opened {
                Ok(file) => {
                    live.push(path.clone());
                    let temp = TempFile {
                        path,
                        target: target.to_path_buf(),
                        existing,
                        file: Some(file),
                    };
                    // The umask may have taken bits away from 0600; set exactly 0600.
                    temp.file()
                        .set_permissions(fs::Permissions::from_mode(0o600))
                        .map_err(io_error(target))?;
                    return Ok(temp);
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(io_error(target)(e)),
            }
        }
        Err(io_error(target)(io::Error::from(
            io::ErrorKind::AlreadyExists,
        )))
    }

    /// Where the content is being written (for writers that take a path: SQLite).
    pub fn path(&self) -> &Path {
        &self.path
    }

    fn file(&self) -> &File {
        // Present from creation until `place` consumes the value.
        self.file.as_ref().unwrap_or_else(|| unreachable!())
    }

    /// Syncs the content and puts it under the target's name (or the next free name
    /// with [`Existing::Number`]); returns the name used.
    pub fn place(mut self) -> Result<PathBuf, WriteError> {
        let target = self.target.clone();
        // A writer given the path (SQLite) may have replaced the file: sync by path.
        File::open(&self.path)
            .and_then(|f| f.sync_all())
            .map_err(io_error(&target))?;
        self.file = None;
        let placed = match self.existing {
            Existing::Replace => {
                refuse_target(&target)?;
                if let Ok(meta) = fs::symlink_metadata(&target) {
                    if !meta.file_type().is_file() {
                        return Err(WriteError::NotAFile(target));
                    }
                    if meta.uid() != nix::unistd::geteuid().as_raw() {
                        return Err(WriteError::NotOwner(target));
                    }
                }
                // rename never follows a link at the target: it replaces the name.
                fs::rename(&self.path, &target).map_err(io_error(&target))?;
                target
            }
            Existing::Refuse => {
                self.link_new(&target)?;
                target
            }
            Existing::Number => {
                let mut placed = None;
                for n in 1..1000 {
                    let name = numbered(&target, n);
                    refuse_target(&name)?;
                    match self.link_new(&name) {
                        Ok(()) => {
                            placed = Some(name);
                            break;
                        }
                        Err(WriteError::Exists(_)) => continue,
                        Err(e) => return Err(e),
                    }
                }
                placed.ok_or(WriteError::Exists(target))?
            }
        };
        unregister(&self.path);
        File::open(directory_of(&placed))
            .and_then(|d| d.sync_all())
            .map_err(io_error(&placed))?;
        Ok(placed)
    }

    /// Gives the content a name that must be new (a hard link fails on any existing
    /// name, a link included), then drops the temporary name.
    fn link_new(&self, name: &Path) -> Result<(), WriteError> {
        match fs::hard_link(&self.path, name) {
            Ok(()) => {
                fs::remove_file(&self.path).map_err(io_error(name))?;
                Ok(())
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
                refuse_target(name)?;
                Err(WriteError::Exists(name.to_path_buf()))
            }
            Err(e) => Err(io_error(name)(e)),
        }
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        // Placed files were renamed or linked away; otherwise remove the partial file.
        if fs::symlink_metadata(&self.path).is_ok() {
            let _removed = fs::remove_file(&self.path);
        }
        unregister(&self.path);
    }
}

/// `slip.txt`, `slip-2.txt`, `slip-3.txt`, ...
fn numbered(target: &Path, n: u32) -> PathBuf {
    if n == 1 {
        return target.to_path_buf();
    }
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_default();
    let name = match target.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    target.with_file_name(name)
}

/// Writes a file the safe way (see the module's comment): `write` fills it, then it is
/// synced and placed. Returns the name used and what `write` returned; on any error
/// nothing is left behind.
pub fn write_with<T, E: From<WriteError>>(
    target: &Path,
    existing: Existing,
    write: impl FnOnce(&mut BufWriter<&File>) -> Result<T, E>,
) -> Result<(PathBuf, T), E> {
    let temp = TempFile::beside(target, existing)?;
    let value = {
        let mut out = BufWriter::new(temp.file());
        let value = write(&mut out)?;
        out.flush().map_err(io_error(target))?;
        value
    };
    let placed = temp.place()?;
    Ok((placed, value))
}

/// Writes `bytes` to a file the safe way; returns the name used.
pub fn write_bytes(target: &Path, existing: Existing, bytes: &[u8]) -> Result<PathBuf, WriteError> {
    write_with(target, existing, |out| {
        out.write_all(bytes).map_err(io_error(target))
    })
    .map(|(placed, ())| placed)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::os::unix::fs::symlink;

    fn leftovers(dir: &Path) -> Vec<String> {
        fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.contains(PARTIAL_MARK))
            .collect()
    }

    #[test]
    fn a_planted_symlink_is_refused_and_nothing_is_written_through_it() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("colleague.txt");
        fs::write(&victim, "colleague's own file").unwrap();
        let link = dir.path().join("slip.txt");
        symlink(&victim, &link).unwrap();
        let dangling = dir.path().join("backup.db");
        symlink(dir.path().join("nowhere"), &dangling).unwrap();
        for existing in [Existing::Refuse, Existing::Replace, Existing::Number] {
            for target in [&link, &dangling] {
                let e = write_bytes(target, existing, b"personal data").unwrap_err();
                assert!(matches!(e, WriteError::Symlink(_)), "{existing:?}: {e}");
            }
        }
        assert_eq!(fs::read_to_string(&victim).unwrap(), "colleague's own file");
        assert!(!dir.path().join("nowhere").exists());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn names_sqlite_owns_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["k.db-journal", "k.db-wal", "k.db-shm"] {
            let e = write_bytes(&dir.path().join(name), Existing::Replace, b"x").unwrap_err();
            assert!(matches!(e, WriteError::SideFileName(_)), "{e}");
            assert!(!dir.path().join(name).exists());
        }
    }

    #[test]
    fn files_are_owner_only_and_existing_names_are_kept_as_asked() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("slip.txt");
        assert_eq!(
            write_bytes(&target, Existing::Refuse, b"one").unwrap(),
            target
        );
        let mode = fs::metadata(&target).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert!(matches!(
            write_bytes(&target, Existing::Refuse, b"two").unwrap_err(),
            WriteError::Exists(_)
        ));
        let second = write_bytes(&target, Existing::Number, b"two").unwrap();
        assert_eq!(second, dir.path().join("slip-2.txt"));
        assert_eq!(fs::read_to_string(&target).unwrap(), "one");
        write_bytes(&target, Existing::Replace, b"three").unwrap();
        assert_eq!(fs::read_to_string(&target).unwrap(), "three");
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn a_failed_write_leaves_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("export.csv");
        let result: Result<_, crate::Error> = write_with(&target, Existing::Replace, |out| {
            out.write_all(b"half a file")
                .map_err(crate::Error::io(crate::error::Doing::Write, &target))?;
            Err::<(), _>(crate::Error::failed("the database went away"))
        });
        assert!(result.is_err());
        assert!(!target.exists());
        assert!(leftovers(dir.path()).is_empty());
    }

    #[test]
    fn partial_files_of_dead_processes_are_cleaned() {
        let dir = tempfile::tempdir().unwrap();
        // A pid that cannot be running (beyond the kernel's maximum).
        let dead = dir.path().join(format!(".x.csv.{PARTIAL_MARK}99999999-1"));
        let ours = dir
            .path()
            .join(format!(".y.csv.{PARTIAL_MARK}{}-1", std::process::id()));
        fs::write(&dead, "names").unwrap();
        fs::write(&ours, "names").unwrap();
        write_bytes(&dir.path().join("z.csv"), Existing::Refuse, b"z").unwrap();
        assert!(!dead.exists());
        assert!(ours.exists(), "a running process's file is left alone");
    }
}
