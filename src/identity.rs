//! Who is at the keyboard: the login of the process's REAL user id, looked up in the
//! password database (getpwuid_r, so NSS sources such as LDAP or SSSD work too).
//!
//! Never an environment variable: `USER=admin kentro` must not make anyone an
//! administrator, and in the set-user-id deployment the effective user is the system
//! account while the real user is still the person who logged in.

use crate::config::ConfigError;
use std::fmt;

use nix::unistd::{Uid, User, getegid, geteuid, getgid, getuid};

/// The process's users: the real one (who logged in) and the effective one (whose
/// rights the process has; differs from the real one under a set-user-id install).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Identity {
    /// The real user's login name: the operator.
    pub login: String,
    pub real_uid: u32,
    pub effective_uid: u32,
    pub real_gid: u32,
    pub effective_gid: u32,
}

impl Identity {
    /// Whether the program runs set-user-id (or set-group-id): started by one user
    /// with another's rights. Then the process is the only door to the data and
    /// must not trust its caller's environment.
    pub fn is_set_user_id(&self) -> bool {
        self.real_uid != self.effective_uid || self.real_gid != self.effective_gid
    }
}

/// Why the operator could not be named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentityError {
    /// The real uid has no entry in the password database.
    NoPasswdEntry { uid: u32 },
    /// The password database itself could not be read.
    Lookup { uid: u32, reason: String },
}

impl fmt::Display for IdentityError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            IdentityError::NoPasswdEntry { uid } => write!(
                f,
                "user id {uid} has no entry in the password database (getent passwd {uid}); \
                 kentro needs a named login for every operator"
            ),
            IdentityError::Lookup { uid, reason } => write!(
                f,
                "cannot look up user id {uid} in the password database: {reason}"
            ),
        }
    }
}

impl std::error::Error for IdentityError {}

/// The login name of `uid` in the password database.
pub fn login_of(uid: u32) -> Result<String, IdentityError> {
    match User::from_uid(Uid::from_raw(uid)) {
        Ok(Some(user)) if !user.name.is_empty() => Ok(user.name),
        Ok(_) => Err(IdentityError::NoPasswdEntry { uid }),
        Err(errno) => Err(IdentityError::Lookup {
            uid,
            reason: errno.desc().to_string(),
        }),
    }
}

/// This process's identity: real and effective ids and the real user's login.
pub fn current() -> Result<Identity, IdentityError> {
    let real_uid = getuid().as_raw();
    Ok(Identity {
        login: login_of(real_uid)?,
        real_uid,
        effective_uid: geteuid().as_raw(),
        real_gid: getgid().as_raw(),
        effective_gid: getegid().as_raw(),
    })
}

/// The operator: the login of the real user id. The one function every path asks.
pub fn operator_login() -> Result<String, IdentityError> {
    login_of(getuid().as_raw())
}

/// Whether this process runs with someone else's rights (set-user-id/-group-id).
pub fn running_set_user_id() -> bool {
    getuid() != geteuid() || getgid() != getegid()
}

/// This terminal's desk number: `KENTRO_DESK` (a thin client sends it with SSH's
/// `SendEnv`; a set-user-id kentro keeps it), else the operator's usual desk from their
/// staff row, else `--desk` or the config's `desk` (`fallback`). A value that is not a
/// desk number is an error naming it, not a silent desk-less start.
pub fn desk_number(
    staff_desk: Option<i64>,
    fallback: Option<i64>,
) -> Result<Option<i64>, ConfigError> {
    desk_from(
        std::env::var("KENTRO_DESK").ok().as_deref(),
        staff_desk,
        fallback,
    )
}

fn desk_from(
    env: Option<&str>,
    staff_desk: Option<i64>,
    fallback: Option<i64>,
) -> Result<Option<i64>, ConfigError> {
    match env.map(str::trim).filter(|value| !value.is_empty()) {
        Some(value) => match value.parse::<i64>() {
            Ok(desk) if (1..=999).contains(&desk) => Ok(Some(desk)),
            _ => Err(ConfigError::BadDesk(value.to_string())),
        },
        None => Ok(staff_desk.or(fallback)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operator_is_the_real_uid_login() {
        let login = operator_login().unwrap();
        let expected = std::process::Command::new("id")
            .args(["-u", "-r", "-n"])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
            .unwrap();
        assert_eq!(login, expected);
    }

    #[test]
    fn desk_comes_from_the_terminal_then_the_staff_row_then_the_flag() {
        assert_eq!(desk_from(Some("4"), Some(2), Some(9)).unwrap(), Some(4));
        assert_eq!(desk_from(Some(" 12 "), None, None).unwrap(), Some(12));
        assert_eq!(desk_from(None, Some(2), Some(9)).unwrap(), Some(2));
        assert_eq!(desk_from(Some(""), Some(2), Some(9)).unwrap(), Some(2));
        assert_eq!(desk_from(None, None, Some(9)).unwrap(), Some(9));
        assert_eq!(desk_from(None, None, None).unwrap(), None);
        for bad in ["two", "0", "-3", "1000", "4x"] {
            let err = desk_from(Some(bad), Some(2), None).unwrap_err();
            assert!(err.to_string().contains("KENTRO_DESK"), "{err}");
        }
    }

    #[test]
    fn root_is_named_root() {
        assert_eq!(login_of(0).unwrap(), "root");
    }

    #[test]
    fn unknown_uid_is_a_clear_error() {
        let err = login_of(4_000_000_001).unwrap_err();
        assert_eq!(err, IdentityError::NoPasswdEntry { uid: 4_000_000_001 });
        assert!(err.to_string().contains("getent passwd 4000000001"));
    }

    #[test]
    fn plain_process_is_not_set_user_id() {
        let me = current().unwrap();
        assert!(!me.is_set_user_id());
        assert!(!running_set_user_id());
        let setuid = Identity {
            effective_uid: me.real_uid + 1,
            ..me
        };
        assert!(setuid.is_set_user_id());
    }
}
