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
use crate::store::DbKey;
use crate::store::key::{encrypt_in_place, looks_encrypted};

/// The configured key file, if any: `KENTRO_KEY_FILE`, else `key_file`.
pub fn key_file(config: &FileConfig) -> Option<PathBuf> {
    std::env::var_os("KENTRO_KEY_FILE")
        .filter(|p| !p.is_empty())
        .map(PathBuf::from)
        .or_else(|| config.key_file.clone())
}

/// The key from the configured key file, if one is named (for `kentro init`, which
/// then creates the database encrypted).
pub fn configured_key(config: &FileConfig) -> Result<Option<DbKey>, String> {
    key_file(config)
        .map(|file| DbKey::from_file(&file))
        .transpose()
}

/// The key to open `db` with: from the key file, else typed at the terminal when the
/// file is encrypted, else none.
pub fn key_for(db: &Path, config: &FileConfig) -> Result<Option<DbKey>, String> {
    if let Some(file) = key_file(config) {
        return DbKey::from_file(&file).map(Some);
    }
    if !looks_encrypted(db) {
        return Ok(None);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Err(format!(
            "{} is encrypted (or not a database): name its key file with key_file in the \
             config or KENTRO_KEY_FILE",
            db.display()
        ));
    }
    read_hidden(&format!("Key for {}: ", db.display())).map(Some)
}

/// Reads a key at the terminal without showing it.
fn read_hidden(prompt: &str) -> Result<DbKey, String> {
    use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers, read};
    use crossterm::terminal::{disable_raw_mode, enable_raw_mode};
    eprint!("{prompt}");
    enable_raw_mode().map_err(|e| format!("cannot read the key: {e}"))?;
    let mut typed = String::new();
    let result = loop {
        match read() {
            Ok(Event::Key(k)) if k.kind != KeyEventKind::Release => match k.code {
                KeyCode::Enter => break Ok(()),
                KeyCode::Esc => break Err("no key given".to_string()),
                KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                    break Err("no key given".to_string());
                }
                KeyCode::Backspace => {
                    typed.pop();
                }
                KeyCode::Char(c) => typed.push(c),
                _ => {}
            },
            Ok(_) => {}
            Err(e) => break Err(format!("cannot read the key: {e}")),
        }
    };
    let _ = disable_raw_mode();
    eprintln!();
    result.and_then(|()| DbKey::new(&typed))
}

/// `kentro encrypt`: encrypts the plain database in place with the configured key.
pub fn encrypt(db: &Path, config: &FileConfig) -> Result<ExitCode, String> {
    let file = key_file(config).ok_or(
        "name the key file first (key_file in the config, or KENTRO_KEY_FILE): \
         every later start opens the database with it",
    )?;
    let key = DbKey::from_file(&file)?;
    encrypt_in_place(db, &key)?;
    super::print(&format!("{} is now encrypted\n", db.display()))?;
    Ok(ExitCode::SUCCESS)
}
