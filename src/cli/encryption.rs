//! Where the database key comes from, and `kentro encrypt`.
//!
//! The key file is named by `KENTRO_KEY_FILE` or by `key_file` in the config (on a
//! shared server: `/etc/kentro/config.toml`, the file readable only by the system
//! account). On a single-user install with no key file, an encrypted database asks
//! for its key at start.

use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::config::FileConfig;
use crate::i18n::Lang;
use crate::i18n::cli::lang;
use crate::i18n::encryption::EncMsg;
use crate::i18n::{t, tf};
use crate::store::DbKey;
use crate::store::key::{KeyError, encrypt_in_place, looks_encrypted};

/// A key's or an encryption's problem in the operator's language.
pub fn explain(e: &KeyError, lang: Lang) -> String {
    let shown = |p: &Path| p.display().to_string();
    match e {
        KeyError::TooShort => t(lang, EncMsg::KeyTooShort).to_string(),
        KeyError::Unreadable { path, reason } => {
            tf(lang, EncMsg::KeyFileUnreadable, &[&shown(path), reason])
        }
        KeyError::OpenToOthers { path } => {
            tf(lang, EncMsg::KeyFileOpen, &[&shown(path), &shown(path)])
        }
        KeyError::InFile { path, problem } => tf(
            lang,
            EncMsg::KeyFileBad,
            &[&shown(path), &explain(problem, lang)],
        ),
        KeyError::NoEncryption => t(lang, EncMsg::NoEncryption).to_string(),
        KeyError::AlreadyEncrypted { path } => tf(lang, EncMsg::AlreadyEncrypted, &[&shown(path)]),
        KeyError::FailsCheck { path } => tf(lang, EncMsg::FailsCheck, &[&shown(path)]),
        KeyError::InUse { path } => tf(lang, EncMsg::InUse, &[&shown(path)]),
        KeyError::CopyFailed { reason } => tf(lang, EncMsg::CopyFailed, &[reason]),
        KeyError::LeftAsItWas { reason } => tf(lang, EncMsg::LeftAsItWas, &[reason]),
        KeyError::Store(e) => crate::ui::kit::fail::store_error_text(lang, e),
        KeyError::Io(what) => tf(lang, EncMsg::LeftAsItWas, &[what]),
    }
}

/// The configured key file, if any: `KENTRO_KEY_FILE`, else `key_file`.
pub fn key_file(config: &FileConfig) -> Option<PathBuf> {
    std::env::var_os("KENTRO_KEY_FILE")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| config.key_file.clone())
}

/// The key from the configured key file, if one is named (for `kentro init`, which
/// then creates the database encrypted).
pub fn configured_key(config: &FileConfig) -> Result<Option<DbKey>, crate::Error> {
    key_file(config)
        .map(|file| DbKey::from_file(&file))
        .transpose()
        .map_err(crate::Error::from)
}

/// The key to open `db` with: from the key file, else typed at the terminal when the
/// file is encrypted, else none.
pub fn key_for(db: &Path, config: &FileConfig) -> Result<Option<DbKey>, crate::Error> {
    if let Some(file) = key_file(config) {
        return Ok(Some(DbKey::from_file(&file)?));
    }
    if !looks_encrypted(db) {
        return Ok(None);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(crate::Error::refused(
            EncMsg::EncryptedNoKey,
            &[&db.display().to_string()],
        ));
    }
    read_hidden(&tf(lang(), EncMsg::KeyPrompt, &[&db.display().to_string()])).map(Some)
}

/// Reads a key at the terminal without showing it.
fn read_hidden(prompt: &str) -> Result<DbKey, crate::Error> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    eprint!("{prompt}");
    let cannot =
        |e: std::io::Error| crate::Error::failure(EncMsg::CannotReadKey, &[&e.to_string()]);
    enable_raw_mode().map_err(cannot)?;
    let mut typed = String::new();
    let result = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err(crate::Error::refused(EncMsg::NoKeyGiven, &[])),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err(crate::Error::refused(EncMsg::NoKeyGiven, &[]));
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(cannot(e)),
        }
    };
    let _ = disable_raw_mode();
    eprintln!();
    result.and_then(|()| Ok(DbKey::new(&typed)?))
}

/// `kentro encrypt` on a file that is already encrypted: said before anything tries
/// to open it without a key.
pub fn refuse_encrypted(db: &Path) -> Result<(), crate::Error> {
    if looks_encrypted(db) {
        return Err(KeyError::AlreadyEncrypted {
            path: db.to_path_buf(),
        }
        .into());
    }
    Ok(())
}

/// `kentro encrypt`: encrypts the plain database in place with the configured key.
pub fn encrypt(db: &Path, config: &FileConfig) -> Result<ExitCode, crate::Error> {
    let file = key_file(config).ok_or_else(|| crate::Error::refused(EncMsg::NeedsKeyFile, &[]))?;
    let key = DbKey::from_file(&file)?;
    encrypt_in_place(db, &key)?;
    super::print(&format!(
        "{}\n",
        tf(lang(), EncMsg::Encrypted, &[&db.display().to_string()])
    ))?;
    Ok(ExitCode::SUCCESS)
}
