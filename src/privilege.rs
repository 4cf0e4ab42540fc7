//! The set-user-id "only door": when kentro runs with the system account's rights on
//! behalf of a desk login, it must not let that login's environment, files or a core
//! dump reach the data by another way.
//!
//! The pattern is crontab's and the mail spool's: the database is readable only by the
//! system account `kentro`; the binary is owned by it and set-user-id; the real user id
//! stays the person who logged in (see `identity`), and every file the user names
//! (config, keymap, export, slip) is opened with the user's own rights.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use nix::sys::resource::{Resource, setrlimit};
use nix::unistd::{Gid, Uid, getegid, geteuid, getgid, getuid, setegid, seteuid};

/// The system account that owns a shared database.
pub const SYSTEM_ACCOUNT: &str = "kentro";

/// How this process was started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// An ordinary program with the user's own rights (single-user install, the demo,
    /// an administrator running as root or as the system account).
    Plain,
    /// Set-user-id/-group-id: the user's environment and files are not trusted.
    SetUserId,
}

/// The environment variables a set-user-id kentro keeps: what a terminal needs, the
/// locale, and the desk number. Everything else (KENTRO_DB, KENTRO_CONFIG, HOME,
/// XDG_*, LD_*, RUST_LOG, ...) is removed before any of it is read.
pub fn kept_in_set_user_id_mode(name: &str) -> bool {
    matches!(
        name,
        "TERM" | "COLORTERM" | "NO_COLOR" | "LANG" | "LANGUAGE" | "KENTRO_DESK" | "TZ"
    ) || name.starts_with("LC_")
}

/// Decides the mode and, when set-user-id, locks the process down: no core dumps (a
/// core written by the system account would hold the data; one written for the user
/// would hand it to them) and a cleared environment. Call first thing in `main`,
/// before threads exist and before anything reads the environment.
pub fn enter() -> Mode {
    if !crate::identity::running_set_user_id() {
        return Mode::Plain;
    }
    forbid_core_dumps();
    let removed: Vec<OsString> = std::env::vars_os()
        .map(|(name, _)| name)
        .filter(|name| !name.to_str().is_some_and(kept_in_set_user_id_mode))
        .collect();
    for name in removed {
        // SAFETY: called at the start of `main`, before any other thread exists.
        unsafe { std::env::remove_var(name) };
    }
    Mode::SetUserId
}

/// RLIMIT_CORE 0 and PR_SET_DUMPABLE 0 (the latter also keeps other processes of the
/// same user from attaching a debugger to read our memory).
pub fn forbid_core_dumps() {
    // Both are best effort: a failure leaves the kernel's set-user-id default, which
    // already refuses dumps unless suid_dumpable is set.
    if let Err(e) = setrlimit(Resource::RLIMIT_CORE, 0, 0) {
        tracing::warn!(error = %e, "cannot set RLIMIT_CORE to 0");
    }
    #[cfg(target_os = "linux")]
    if let Err(e) = nix::sys::prctl::set_dumpable(false) {
        tracing::warn!(error = %e, "cannot clear PR_SET_DUMPABLE");
    }
}

/// Whether the process may not dump core (RLIMIT_CORE is 0, or it is not dumpable).
pub fn core_dumps_forbidden() -> bool {
    let limit_zero = nix::sys::resource::getrlimit(Resource::RLIMIT_CORE)
        .map(|(soft, _)| soft == 0)
        .unwrap_or(false);
    #[cfg(target_os = "linux")]
    let not_dumpable = nix::sys::prctl::get_dumpable().map(|d| !d).unwrap_or(false);
    #[cfg(not(target_os = "linux"))]
    let not_dumpable = false;
    limit_zero || not_dumpable
}

/// The effective user or group could not be switched (nothing was done as the other).
#[derive(Debug, Clone, Copy, thiserror::Error)]
pub enum PrivilegeError {
    #[error("cannot switch to user {uid}: {errno}")]
    User { uid: u32, errno: nix::errno::Errno },
    #[error("cannot switch to group {gid}: {errno}")]
    Group { gid: u32, errno: nix::errno::Errno },
}

impl PrivilegeError {
    /// The message in `lang` (the system's reason stays as the system gives it).
    pub fn render(&self, lang: crate::i18n::Lang) -> String {
        use crate::i18n::errors::ErrMsg;
        let (msg, id, errno) = match self {
            PrivilegeError::User { uid, errno } => (ErrMsg::CannotSwitchUser, uid, errno),
            PrivilegeError::Group { gid, errno } => (ErrMsg::CannotSwitchGroup, gid, errno),
        };
        crate::i18n::tf(lang, msg, &[&id.to_string(), &errno.to_string()])
    }
}

/// Runs `work` with the effective user and group set to `uid`/`gid`, then restores
/// them. Root uses it to create files as the system account; a set-user-id kentro uses
/// it (through [`as_real_user`]) to touch the user's files with the user's own rights.
pub fn with_effective_ids<T>(
    uid: u32,
    gid: u32,
    work: impl FnOnce() -> T,
) -> Result<T, PrivilegeError> {
    let (saved_uid, saved_gid) = (geteuid(), getegid());
    if saved_uid.as_raw() == uid && saved_gid.as_raw() == gid {
        return Ok(work());
    }
    set_effective_ids(Uid::from_raw(uid), Gid::from_raw(gid))?;
    let value = work();
    // Failing to get the rights back is not recoverable safely: the rest of the run
    // would act with the wrong rights. Stop.
    if let Err(e) = set_effective_ids(saved_uid, saved_gid) {
        eprintln!("kentro: cannot restore the effective user: {e}");
        std::process::exit(1);
    }
    Ok(value)
}

/// Sets the effective user and group. While the process is root the group goes first
/// (once the user id is dropped the group can no longer be changed); otherwise the
/// user goes first (to root or the saved set-user-id), which may then set the group.
fn set_effective_ids(uid: Uid, gid: Gid) -> Result<(), PrivilegeError> {
    let group = |gid: Gid| {
        setegid(gid).map_err(|errno| PrivilegeError::Group {
            gid: gid.as_raw(),
            errno,
        })
    };
    let user = |uid: Uid| {
        seteuid(uid).map_err(|errno| PrivilegeError::User {
            uid: uid.as_raw(),
            errno,
        })
    };
    let (old_uid, old_gid) = (geteuid(), getegid());
    // All or nothing: a half switch is undone, and if even that fails the run stops.
    let undo = |undone: nix::Result<()>| {
        if let Err(e) = undone {
            eprintln!("kentro: cannot restore the effective user: {e}");
            std::process::exit(1);
        }
    };
    if old_uid.is_root() {
        group(gid)?;
        user(uid).inspect_err(|_| undo(setegid(old_gid)))
    } else {
        user(uid)?;
        group(gid).inspect_err(|_| undo(seteuid(old_uid)))
    }
}

/// Root working on a database that belongs to another account (a shared install's
/// system account) takes that account's rights for the run, as the set-user-id binary
/// gives a desk: the WAL and SHM SQLite makes beside the database stay the account's,
/// so no desk is locked out by a root-owned one. The real user stays root (the
/// operator), and the files root names (exports) are still written with root's rights
/// (see `with_user_rights`). Returns the mode to go on with.
pub fn act_as_owner_of(db: &Path, mode: Mode) -> Result<Mode, PrivilegeError> {
    use std::os::unix::fs::MetadataExt;
    if mode != Mode::Plain || !geteuid().is_root() {
        return Ok(mode);
    }
    let Ok(meta) = std::fs::metadata(db) else {
        return Ok(mode);
    };
    if meta.uid() == 0 {
        return Ok(mode);
    }
    set_effective_ids(Uid::from_raw(meta.uid()), Gid::from_raw(meta.gid()))?;
    Ok(Mode::SetUserId)
}

/// Runs `work` with the real user's rights: reading their keymap and config, writing
/// their exports and slips. In a plain process that is simply calling `work`.
pub fn as_real_user<T>(work: impl FnOnce() -> T) -> Result<T, PrivilegeError> {
    with_effective_ids(getuid().as_raw(), getgid().as_raw(), work)
}

/// Reads a file the user named, with the user's rights.
pub fn read_user_file(path: &Path) -> std::io::Result<String> {
    as_real_user(|| std::fs::read_to_string(path))
        .unwrap_or_else(|e| Err(std::io::Error::new(std::io::ErrorKind::PermissionDenied, e)))
}

/// Runs `work` with the real user's rights when `mode` is set-user-id (a command
/// whose files are the user's: exports, reports, imports, packets), else simply runs
/// it. The database was opened before, with the system account's rights; the open
/// connection keeps working, since the kernel checks rights only when a file is opened.
pub fn with_user_rights<T>(mode: Mode, work: impl FnOnce() -> T) -> Result<T, PrivilegeError> {
    match mode {
        Mode::Plain => Ok(work()),
        Mode::SetUserId => as_real_user(work),
    }
}

/// The real user's home directory, from the password database (the environment's
/// HOME is not trusted, and is cleared in set-user-id mode).
pub fn real_user_home() -> Option<PathBuf> {
    nix::unistd::User::from_uid(getuid())
        .ok()
        .flatten()
        .map(|user| user.dir)
        .filter(|dir| !dir.as_os_str().is_empty())
}

/// Where referral slips go by default: beside the database on a single-user install;
/// under a set-user-id install, where the desk login can reach them (the database's
/// directory is the system account's alone): `~/kentro-slips`.
pub fn slips_dir(db: &Path) -> PathBuf {
    if crate::identity::running_set_user_id()
        && let Some(home) = real_user_home()
    {
        return home.join("kentro-slips");
    }
    db.parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
        .join("slips")
}

/// The system account's user and group ids, if it exists.
pub fn system_account() -> Option<(u32, u32)> {
    nix::unistd::User::from_name(SYSTEM_ACCOUNT)
        .ok()
        .flatten()
        .map(|user| (user.uid.as_raw(), user.gid.as_raw()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_user_id_mode_keeps_only_terminal_locale_and_desk() {
        for kept in [
            "TERM",
            "LANG",
            "LC_ALL",
            "LC_MESSAGES",
            "KENTRO_DESK",
            "NO_COLOR",
        ] {
            assert!(kept_in_set_user_id_mode(kept), "{kept}");
        }
        for dropped in [
            "KENTRO_DB",
            "KENTRO_CONFIG",
            "KENTRO_KEY_FILE",
            "HOME",
            "XDG_CONFIG_HOME",
            "LD_PRELOAD",
            "RUST_LOG",
            "PATH",
            "SQLITE_TMPDIR",
        ] {
            assert!(!kept_in_set_user_id_mode(dropped), "{dropped}");
        }
    }

    #[test]
    fn slips_go_beside_the_database_in_a_plain_process() {
        assert_eq!(
            slips_dir(Path::new("/srv/kentro/kentro.db")),
            PathBuf::from("/srv/kentro/slips")
        );
        assert_eq!(with_user_rights(Mode::Plain, || 3).unwrap(), 3);
        let home = real_user_home().expect("the test user has a home");
        assert!(home.is_absolute(), "{}", home.display());
    }

    #[test]
    fn plain_process_is_plain_and_switching_to_itself_is_a_no_op() {
        assert_eq!(enter(), Mode::Plain);
        let me = (geteuid().as_raw(), getegid().as_raw());
        assert_eq!(with_effective_ids(me.0, me.1, || 7).unwrap(), 7);
        assert_eq!(as_real_user(|| geteuid().as_raw()).unwrap(), me.0);
    }
}
