//! `kentro init [--shared] --db PATH`: the one door through which a database comes into
//! being (besides the first interactive start of a single-user install, which asks).
//!
//! Single-user: the file is created 0600 for the user, in a 0700 directory if new.
//! Shared (run as root): the system account `kentro` is created if missing, the
//! database's directory is made the account's own (2700: only it may enter, and the
//! set-group-id bit gives every file made inside the account's group, whichever desk's
//! kentro made it: a set-user-id kentro keeps the desk login's group), the database is created by
//! the account itself (so its WAL and SHM are too), and `/etc/kentro/config.toml`
//! names it for every desk if that file does not exist yet.

use crate::Error;
use crate::error::Doing;
use crate::i18n::errors::ErrMsg;
use std::io::Write;
use std::os::unix::fs::{DirBuilderExt, MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::{self, FileConfig};
use crate::i18n::ops::OpsMsg;
use crate::i18n::{Lang, tf};
use crate::privilege::{self, SYSTEM_ACCOUNT};
use crate::store::{DbKey, Store};

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// A shared server: run as root; creates the system account `kentro`, its 2700
    /// directory and the database owned by it, and names it in /etc/kentro/config.toml.
    #[arg(long)]
    pub shared: bool,
}

/// Creates the database at `path` (from --db, KENTRO_DB, the config or the default),
/// encrypted with `key` when a key file is configured.
pub fn run(
    path: &Path,
    key: Option<&DbKey>,
    args: &InitArgs,
    lang: Lang,
) -> Result<ExitCode, crate::Error> {
    if path.exists() || path.symlink_metadata().is_ok() {
        return Err(Error::refused(
            OpsMsg::InitExists,
            &[&path.display().to_string()],
        ));
    }
    if args.shared {
        init_shared(path, key, lang)?;
    } else {
        init_single_user(path, key, lang)?;
    }
    // What an administrator sets next: who the centre is on its referral slips.
    say(crate::i18n::t(lang, OpsMsg::NextCentre))?;
    Ok(ExitCode::SUCCESS)
}

/// The shared database's directory: the system account's alone, set-group-id.
pub const SHARED_DIR_MODE: u32 = 0o2700;

/// A single-user database: the user's own file, 0600, in a directory made 0700 if new.
pub fn init_single_user(path: &Path, key: Option<&DbKey>, lang: Lang) -> Result<(), crate::Error> {
    if let Some(dir) = path
        .parent()
        .filter(|d| !d.as_os_str().is_empty() && !d.exists())
    {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(Error::io(Doing::Create, dir))?;
    }
    drop(Store::create_keyed(path, key)?);
    say(&tf(
        lang,
        OpsMsg::Created,
        &[&path.display().to_string(), "0600"],
    ))
}

fn init_shared(path: &Path, key: Option<&DbKey>, lang: Lang) -> Result<(), crate::Error> {
    let shown = path.display().to_string();
    if !nix::unistd::geteuid().is_root() {
        return Err(Error::refused(OpsMsg::InitSharedNeedsRoot, &[&shown]));
    }
    let path = absolute(path)?;
    let (uid, gid) = ensure_system_account(lang)?;
    let dir = path
        .parent()
        .ok_or_else(|| Error::refused(ErrMsg::NoDirectory, &[&shown]))?
        .to_path_buf();
    prepare_directory(&dir, uid, gid, lang)?;
    // Created by the account itself: the file, and the WAL and SHM SQLite makes
    // beside it, belong to it from the first byte.
    privilege::with_effective_ids(uid, gid, || Store::create_keyed(&path, key).map(drop))??;
    say(&tf(
        lang,
        OpsMsg::Created,
        &[&path.display().to_string(), "kentro:kentro 0600"],
    ))?;
    name_in_system_config(&path, lang)?;
    say(crate::i18n::t(lang, OpsMsg::NextSetUserId))
}

fn absolute(path: &Path) -> Result<PathBuf, crate::Error> {
    std::path::absolute(path).map_err(Error::io(Doing::Read, path))
}

/// The system account's ids, creating it (no home, no shell, no password) if missing.
fn ensure_system_account(lang: Lang) -> Result<(u32, u32), crate::Error> {
    if let Some(ids) = privilege::system_account() {
        say(&tf(lang, OpsMsg::AccountExists, &[SYSTEM_ACCOUNT]))?;
        return Ok(ids);
    }
    let status = std::process::Command::new("useradd")
        .args([
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            "--comment",
            "kentro reception desk data",
            SYSTEM_ACCOUNT,
        ])
        .status()
        .map_err(|e| Error::failure(ErrMsg::CannotRun, &["useradd", &e.to_string()]))?;
    if !status.success() {
        return Err(Error::failure(
            ErrMsg::CommandFailed,
            &[&format!("useradd {SYSTEM_ACCOUNT}"), &status.to_string()],
        ));
    }
    say(&tf(lang, OpsMsg::AccountCreated, &[SYSTEM_ACCOUNT]))?;
    privilege::system_account()
        .ok_or_else(|| Error::failure(ErrMsg::AccountNotFoundAfter, &[SYSTEM_ACCOUNT]))
}

/// The database's directory: the account's own, 2700. A new directory is created; an
/// existing one is taken over only if it is already the account's or is empty, so a
/// shared directory such as /srv is never made private by accident.
fn prepare_directory(dir: &Path, uid: u32, gid: u32, lang: Lang) -> Result<(), crate::Error> {
    let shown = dir.display().to_string();
    let fail = |doing| Error::io(doing, dir);
    match std::fs::symlink_metadata(dir) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if let Some(parent) = dir.parent() {
                std::fs::create_dir_all(parent).map_err(Error::io(Doing::Create, parent))?;
            }
            std::fs::DirBuilder::new()
                .mode(0o700)
                .create(dir)
                .map_err(fail(Doing::Create))?;
        }
        Err(e) => return Err(fail(Doing::Read)(e)),
        Ok(meta) if !meta.is_dir() => return Err(Error::refused(ErrMsg::NotADirectory, &[&shown])),
        Ok(meta) => {
            let empty = std::fs::read_dir(dir)
                .map_err(fail(Doing::List))?
                .next()
                .is_none();
            if meta.uid() != uid && !empty {
                return Err(Error::refused(
                    OpsMsg::DirectoryNotOwn,
                    &[&shown, SYSTEM_ACCOUNT],
                ));
            }
        }
    }
    nix::unistd::chown(
        dir,
        Some(nix::unistd::Uid::from_raw(uid)),
        Some(nix::unistd::Gid::from_raw(gid)),
    )
    .map_err(|e| {
        Error::failure(
            ErrMsg::CannotGive,
            &[&shown, SYSTEM_ACCOUNT, &e.to_string()],
        )
    })?;
    // Set-group-id: the WAL, SHM and backups SQLite and kentro create in it take the
    // account's group, not the group of the desk login whose kentro created them.
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(SHARED_DIR_MODE))
        .map_err(fail(Doing::Write))?;
    say(&tf(lang, OpsMsg::DirectoryReady, &[&shown, SYSTEM_ACCOUNT]))
}

/// Writes `/etc/kentro/config.toml` naming the database if there is none; an existing
/// file is never changed, only checked.
fn name_in_system_config(path: &Path, lang: Lang) -> Result<(), crate::Error> {
    let config_path = Path::new(config::SYSTEM_CONFIG);
    let shown = path.display().to_string();
    if config_path.exists() {
        let existing = FileConfig::load(config_path)?;
        if existing.db.as_deref() != Some(path) {
            let named = existing
                .db
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".into());
            say(&tf(
                lang,
                OpsMsg::ConfigDiffers,
                &[config::SYSTEM_CONFIG, &named],
            ))?;
        }
        return Ok(());
    }
    if let Some(dir) = config_path.parent() {
        std::fs::create_dir_all(dir).map_err(Error::io(Doing::Create, dir))?;
    }
    let text = format!(
        "# kentro's system settings (see /usr/share/doc/kentro/config.toml for every key).\n\
         # The shared database every desk opens:\n\
         db = {}\n",
        toml_string(&shown)
    );
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(config_path)
        .map_err(Error::io(Doing::Create, config_path))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.set_permissions(std::fs::Permissions::from_mode(0o644)))
        .map_err(Error::io(Doing::Write, config_path))?;
    say(&tf(
        lang,
        OpsMsg::ConfigWritten,
        &[config::SYSTEM_CONFIG, &shown],
    ))
}

fn toml_string(text: &str) -> String {
    toml::Value::String(text.to_string()).to_string()
}

fn say(text: &str) -> Result<(), crate::Error> {
    super::print(&format!("{text}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_user_init_makes_a_private_directory_and_file_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new").join("kentro.db");
        run(&path, None, &InitArgs { shared: false }, Lang::En).unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(path.parent().unwrap()), 0o700);
        let before = std::fs::read(&path).unwrap();
        let err = run(&path, None, &InitArgs { shared: false }, Lang::En)
            .unwrap_err()
            .render(Lang::En);
        assert!(err.contains("never writes over"), "{err}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let err = run(&path, None, &InitArgs { shared: false }, Lang::El)
            .unwrap_err()
            .render(Lang::El);
        assert!(err.contains("υπάρχον αρχείο"), "{err}");
    }

    #[test]
    fn toml_strings_are_quoted() {
        assert_eq!(toml_string("/srv/kentro/k.db"), "\"/srv/kentro/k.db\"");
        let quoted = toml_string("/a\"b");
        let back: toml::Table = toml::from_str(&format!("db = {quoted}")).unwrap();
        assert_eq!(back["db"].as_str(), Some("/a\"b"));
    }
}
