//! Where kentro's log goes, set up once at start (README, "Logs").
//!
//! - Started by systemd (`JOURNAL_STREAM` set: the backup timer's service): the
//!   journal, through tracing-journald.
//! - A set-user-id desk: the journal when journald runs, else `kentro.log` beside the
//!   shared database (the system account's 0700 directory), so the administrator has
//!   every desk's log in one place and no desk can read another's.
//! - Otherwise: `$XDG_STATE_HOME/kentro/kentro.log` (`~/.local/state/kentro/kentro.log`),
//!   created 0600 in a 0700 directory, never through a symbolic link, moved to
//!   `kentro.log.1` when it passes 8 MiB.
//!
//! `RUST_LOG` filters as usual (default `info`). What is logged is the kind of thing
//! that happened, counts, record numbers and error texts, never a name, identifier or
//! free text: error texts are written not to hold them (`tests/logging.rs` sends a
//! person made of canary strings through intake, search and errors and looks for them
//! in the log and on standard error).

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use tracing_subscriber::EnvFilter;
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;

use crate::privilege::Mode;

/// A log file is moved aside past this size, at start.
const ROTATE_BYTES: u64 = 8 * 1024 * 1024;

/// The journal's socket: journald is running.
const JOURNAL_SOCKET: &str = "/run/systemd/journal/socket";

/// Where this run's log goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogTarget {
    Journal,
    File(PathBuf),
    /// Nowhere, and why (no state directory, a file that cannot be opened).
    Off(String),
}

impl LogTarget {
    /// Where to look, for a message that points there ("journalctl -t kentro", a path).
    pub fn describe(&self) -> Option<String> {
        match self {
            LogTarget::Journal => Some("journalctl -t kentro".to_string()),
            LogTarget::File(path) => Some(path.display().to_string()),
            LogTarget::Off(_) => None,
        }
    }
}

/// The log file of a plain (not set-user-id) run.
pub fn user_log_path() -> Option<PathBuf> {
    dirs::state_dir().map(|dir| dir.join("kentro").join("kentro.log"))
}

/// Where the log should go, from the mode, the environment and the shared database.
pub fn choose(mode: Mode, shared_db: Option<&Path>) -> LogTarget {
    let journal_running = Path::new(JOURNAL_SOCKET).exists();
    match mode {
        Mode::Plain if std::env::var_os("JOURNAL_STREAM").is_some() && journal_running => {
            LogTarget::Journal
        }
        Mode::Plain => match user_log_path() {
            Some(path) => LogTarget::File(path),
            None => LogTarget::Off("no state directory for this user".into()),
        },
        Mode::SetUserId if journal_running => LogTarget::Journal,
        Mode::SetUserId => match shared_db.and_then(Path::parent) {
            Some(dir) => LogTarget::File(dir.join("kentro.log")),
            None => LogTarget::Off("no shared database directory".into()),
        },
    }
}

/// Installs the subscriber for `target`; returns where the log really goes (a file
/// that cannot be opened turns logging off rather than stopping the desk).
pub fn init(target: LogTarget) -> LogTarget {
    let filter = || EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info"));
    match target {
        LogTarget::Journal => match tracing_journald::layer() {
            Ok(layer) => {
                let layer = layer.with_syslog_identifier("kentro".to_string());
                if tracing_subscriber::registry()
                    .with(filter())
                    .with(layer)
                    .try_init()
                    .is_ok()
                {
                    LogTarget::Journal
                } else {
                    LogTarget::Off("a logger was already installed".into())
                }
            }
            Err(e) => init(match user_log_path() {
                Some(path) => LogTarget::File(path),
                None => LogTarget::Off(format!("cannot reach the journal: {e}")),
            }),
        },
        LogTarget::File(path) => match open_log(&path) {
            Ok(file) => {
                let layer = tracing_subscriber::fmt::layer()
                    .with_writer(Mutex::new(file))
                    .with_ansi(false)
                    .with_target(true);
                if tracing_subscriber::registry()
                    .with(filter())
                    .with(layer)
                    .try_init()
                    .is_ok()
                {
                    LogTarget::File(path)
                } else {
                    LogTarget::Off("a logger was already installed".into())
                }
            }
            Err(e) => LogTarget::Off(format!("cannot open {}: {e}", path.display())),
        },
        off @ LogTarget::Off(_) => off,
    }
}

/// Opens the log for appending: its directory made 0700 if missing, the file 0600,
/// never followed through a symbolic link; a file past [`ROTATE_BYTES`] is moved to
/// `NAME.1` first (one old file kept).
fn open_log(path: &Path) -> std::io::Result<File> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        let mut builder = std::fs::DirBuilder::new();
        builder.recursive(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::DirBuilderExt;
            builder.mode(0o700);
        }
        builder.create(dir)?;
    }
    if let Ok(meta) = std::fs::symlink_metadata(path)
        && meta.is_file()
        && meta.len() > ROTATE_BYTES
    {
        let mut old = path.as_os_str().to_owned();
        old.push(".1");
        std::fs::rename(path, PathBuf::from(old))?;
    }
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(nix::libc::O_NOFOLLOW);
    }
    let file = options.open(path)?;
    // An older file made with a looser umask is tightened.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if file.metadata()?.permissions().mode() & 0o077 != 0 {
            file.set_permissions(std::fs::Permissions::from_mode(0o600))?;
        }
    }
    Ok(file)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_log_file_is_private_and_rotated() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("state").join("kentro.log");
        drop(open_log(&path).unwrap());
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        // Loose rights from elsewhere are tightened.
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        drop(open_log(&path).unwrap());
        assert_eq!(mode(&path), 0o600);
        // Past the limit, the old file moves aside.
        std::fs::write(&path, vec![b'x'; ROTATE_BYTES as usize + 1]).unwrap();
        drop(open_log(&path).unwrap());
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0);
        assert!(dir.path().join("state").join("kentro.log.1").exists());
    }

    #[test]
    fn a_symbolic_link_is_not_followed() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("elsewhere");
        std::fs::write(&target, "").unwrap();
        let path = dir.path().join("kentro.log");
        std::os::unix::fs::symlink(&target, &path).unwrap();
        assert!(open_log(&path).is_err());
    }

    #[test]
    fn set_user_id_without_a_journal_logs_beside_the_database() {
        if Path::new(JOURNAL_SOCKET).exists() {
            return; // this machine runs journald: the journal is chosen
        }
        assert_eq!(
            choose(Mode::SetUserId, Some(Path::new("/srv/kentro/kentro.db"))),
            LogTarget::File(PathBuf::from("/srv/kentro/kentro.log"))
        );
    }
}
