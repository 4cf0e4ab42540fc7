//! Where settings come from: command line, then environment, then config files.
//!
//! The user file (`~/.config/kentro/config.toml`) overrides the system file
//! (`/etc/kentro/config.toml`), which is where a shared server names its one database:
//! `db = "/srv/kentro/kentro.db"` is the whole set-up for every SSH login.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::i18n::Lang;
use crate::privilege::Mode;

pub const SYSTEM_CONFIG: &str = "/etc/kentro/config.toml";

/// What is wrong with the configuration.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// A config file that exists but cannot be read.
    #[error("{}: {source}", path.display())]
    Unreadable {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A config file that is not valid: its line and the parser's own words (which
    /// quote only the file's keys and values, never a person's data).
    #[error("{}:{line}: {problem}", path.display())]
    Invalid {
        path: PathBuf,
        line: usize,
        problem: String,
    },
    /// A theme name that is none of kentro's.
    #[error("unknown theme {0:?}: use default, high-contrast or mono")]
    UnknownTheme(String),
    /// KENTRO_DESK that is not a desk number.
    #[error("KENTRO_DESK={0:?} is not a desk number (1 to 999)")]
    BadDesk(String),
    /// KENTRO_CLOCK that is not a date and time.
    #[error("KENTRO_CLOCK={0:?}: expected \"YYYY-MM-DD HH:MM\"")]
    BadClock(String),
    /// No --db, no KENTRO_DB, no config, and no data directory to default to.
    #[error("no data directory for this user; pass --db PATH or set KENTRO_DB")]
    NoDataDirectory,
}

impl ConfigError {
    /// The message in `lang` (the parser's and the system's own words stay as given).
    pub fn render(&self, lang: Lang) -> String {
        use crate::i18n::errors::ErrMsg;
        match self {
            ConfigError::Unreadable { path, source } => format!(
                "{} {}: {source}",
                crate::i18n::t(lang, ErrMsg::CannotRead),
                path.display()
            ),
            ConfigError::Invalid {
                path,
                line,
                problem,
            } => crate::i18n::tf(
                lang,
                ErrMsg::ConfigLine,
                &[&path.display().to_string(), &line.to_string(), problem],
            ),
            ConfigError::NoDataDirectory => crate::i18n::t(lang, ErrMsg::NoDataDirectory).into(),
            ConfigError::BadDesk(value) => {
                crate::i18n::tf(lang, ErrMsg::BadDesk, &[&format!("{value:?}")])
            }
            ConfigError::BadClock(value) => {
                crate::i18n::tf(lang, ErrMsg::BadClock, &[&format!("{value:?}")])
            }
            ConfigError::UnknownTheme(name) => {
                crate::i18n::tf(lang, ErrMsg::UnknownTheme, &[&format!("{name:?}")])
            }
        }
    }
}

/// The settings a config file may hold. Unknown keys are an error, not a silent typo.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub db: Option<PathBuf>,
    pub lang: Option<Lang>,
    pub desk: Option<i64>,
    pub keymap: Option<String>,
    pub theme: Option<String>,
    pub ascii_borders: Option<bool>,
    /// The database's encryption key file (builds with the `encryption` feature),
    /// readable only by the account that opens the database.
    pub key_file: Option<PathBuf>,
    /// The desk's printer for referral slips and tickets: a command that prints its
    /// standard input (`lp -d desk2`). Under set-user-id, only the system file's.
    pub print_command: Option<String>,
}

impl FileConfig {
    /// Reads one config file; a missing file is an empty config, a bad one an error
    /// naming the file and line.
    pub fn load(path: &Path) -> Result<FileConfig, ConfigError> {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(FileConfig::default()),
            Err(source) => {
                return Err(ConfigError::Unreadable {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        toml::from_str(&text).map_err(|e| {
            let line = e
                .span()
                .map(|span| text[..span.start.min(text.len())].matches('\n').count() + 1)
                .unwrap_or(1);
            ConfigError::Invalid {
                path: path.to_path_buf(),
                line,
                problem: e.message().to_string(),
            }
        })
    }

    /// `self` wins field by field over `base`.
    pub fn over(self, base: FileConfig) -> FileConfig {
        FileConfig {
            db: self.db.or(base.db),
            lang: self.lang.or(base.lang),
            desk: self.desk.or(base.desk),
            keymap: self.keymap.or(base.keymap),
            theme: self.theme.or(base.theme),
            ascii_borders: self.ascii_borders.or(base.ascii_borders),
            key_file: self.key_file.or(base.key_file),
            print_command: self.print_command.or(base.print_command),
        }
    }
}

/// The user's config file: `$KENTRO_CONFIG`, else `~/.config/kentro/config.toml`.
pub fn user_config_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("KENTRO_CONFIG") {
        return Some(PathBuf::from(path));
    }
    dirs::config_dir().map(|dir| dir.join("kentro").join("config.toml"))
}

/// System file, then user file on top. The user's file is read with the user's own
/// rights; under a set-user-id install it may not name the database (the system file
/// alone does: a desk login must not point the system account at another file).
pub fn load_config(mode: Mode) -> Result<FileConfig, crate::Error> {
    let system = FileConfig::load(Path::new(SYSTEM_CONFIG))?;
    let mut user = match user_config_path() {
        Some(path) => crate::privilege::as_real_user(|| FileConfig::load(&path))??,
        None => FileConfig::default(),
    };
    if mode == Mode::SetUserId {
        user = presentation_only(user);
    }
    Ok(user.over(system))
}

/// What a desk login's own config may still set under a set-user-id install: how the
/// screen looks and which desk this is. Nothing the system account would open or run
/// on the user's word (the database, its key file, the print command, and any key
/// added later unless it is named here).
fn presentation_only(user: FileConfig) -> FileConfig {
    FileConfig {
        lang: user.lang,
        desk: user.desk,
        keymap: user.keymap,
        theme: user.theme,
        ascii_borders: user.ascii_borders,
        ..FileConfig::default()
    }
}

/// Where the database path came from: it decides whether a missing file may be
/// offered for creation (only the single-user default, at an interactive start).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DbSource {
    Flag,
    Env,
    Config,
    /// The user's data directory: a single-user install's first start.
    Default,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DbChoice {
    pub path: PathBuf,
    pub source: DbSource,
}

/// --db, else KENTRO_DB, else config, else the user's data directory. Creates nothing.
pub fn resolve_db_path(flag: Option<&Path>, config: &FileConfig) -> Result<DbChoice, ConfigError> {
    let choice = |path: PathBuf, source| Ok(DbChoice { path, source });
    if let Some(path) = flag {
        return choice(path.to_path_buf(), DbSource::Flag);
    }
    if let Some(path) = std::env::var_os("KENTRO_DB").filter(|p| !p.is_empty()) {
        return choice(PathBuf::from(path), DbSource::Env);
    }
    if let Some(path) = &config.db {
        return choice(path.clone(), DbSource::Config);
    }
    choice(default_db_path()?, DbSource::Default)
}

/// A single-user install's database: `~/.local/share/kentro/kentro.db`.
pub fn default_db_path() -> Result<PathBuf, ConfigError> {
    Ok(dirs::data_dir()
        .ok_or(ConfigError::NoDataDirectory)?
        .join("kentro")
        .join("kentro.db"))
}

/// The interface's language: --lang, else config, else the locale, else Greek.
pub fn resolve_lang(flag: Option<Lang>, config: &FileConfig) -> Lang {
    flag.or(config.lang)
        .or_else(locale_lang)
        .unwrap_or_default()
}

/// The headless commands' language: --lang, else config, else the locale, else
/// English. A command run from cron or a script with no locale (or `C`) speaks the
/// untranslated language scripts and logs expect; a desk's interface stays Greek.
pub fn resolve_cli_lang(flag: Option<Lang>, config: &FileConfig) -> Lang {
    flag.or(config.lang)
        .or_else(locale_lang)
        .unwrap_or(Lang::En)
}

/// The language the locale names (the first of LC_ALL, LC_MESSAGES, LANG that is set).
fn locale_lang() -> Option<Lang> {
    ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|value| !value.is_empty())
        .and_then(|value| Lang::from_locale(&value))
}

/// Whether the locale promises UTF-8 (the first of LC_ALL, LC_CTYPE, LANG that is set
/// decides, as in C). Without it Greek letters and box drawing may come out as garbage.
pub fn locale_is_utf8() -> bool {
    locale_says_utf8(|var| std::env::var(var).ok())
}

fn locale_says_utf8(get: impl Fn(&str) -> Option<String>) -> bool {
    ["LC_ALL", "LC_CTYPE", "LANG"]
        .iter()
        .filter_map(|var| get(var))
        .find(|value| !value.is_empty())
        .is_some_and(|value| {
            let lower = value.to_ascii_lowercase();
            lower.contains("utf-8") || lower.contains("utf8")
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_config_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "db = \"/tmp/x.db\"\ndesk = \"two\"\n").unwrap();
        let err = FileConfig::load(&path).unwrap_err().to_string();
        assert!(err.contains("config.toml:2:"), "{err}");
        std::fs::write(&path, "colour = 1\n").unwrap();
        assert!(
            FileConfig::load(&path)
                .unwrap_err()
                .to_string()
                .contains(":1:")
        );
    }

    #[test]
    fn under_set_user_id_the_user_file_only_sets_how_the_screen_looks() {
        let user = FileConfig {
            db: Some("/home/desk/other.db".into()),
            lang: Some(Lang::En),
            desk: Some(4),
            keymap: Some("vim".into()),
            theme: Some("mono".into()),
            ascii_borders: Some(true),
            key_file: Some("/home/desk/key".into()),
            print_command: Some("sh -c 'cat > /tmp/x'".into()),
        };
        let kept = presentation_only(user.clone());
        assert_eq!(kept.db, None);
        assert_eq!(kept.key_file, None);
        assert_eq!(kept.print_command, None);
        assert_eq!(
            (
                kept.lang,
                kept.desk,
                kept.keymap,
                kept.theme,
                kept.ascii_borders
            ),
            (
                user.lang,
                user.desk,
                user.keymap,
                user.theme,
                user.ascii_borders
            )
        );
    }

    #[test]
    fn user_file_wins_over_system_file() {
        let system = FileConfig {
            db: Some("/srv/k.db".into()),
            desk: Some(1),
            ..Default::default()
        };
        let user = FileConfig {
            desk: Some(3),
            ..Default::default()
        };
        let merged = user.over(system);
        assert_eq!(merged.db, Some(PathBuf::from("/srv/k.db")));
        assert_eq!(merged.desk, Some(3));
    }

    #[test]
    fn utf8_locale_detection() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |var: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == var)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert!(locale_says_utf8(env(&[("LANG", "el_GR.UTF-8")])));
        assert!(locale_says_utf8(env(&[
            ("LC_ALL", "C.utf8"),
            ("LANG", "C")
        ])));
        assert!(!locale_says_utf8(env(&[
            ("LC_ALL", "C"),
            ("LANG", "el_GR.UTF-8")
        ])));
        assert!(!locale_says_utf8(env(&[("LANG", "el_GR.ISO-8859-7")])));
        assert!(!locale_says_utf8(env(&[])));
    }

    #[test]
    fn flag_beats_config() {
        let config = FileConfig {
            db: Some("/srv/k.db".into()),
            lang: Some(Lang::En),
            ..Default::default()
        };
        assert_eq!(
            resolve_db_path(Some(Path::new("/a.db")), &config).unwrap(),
            DbChoice {
                path: PathBuf::from("/a.db"),
                source: DbSource::Flag
            }
        );
        assert_eq!(resolve_lang(Some(Lang::El), &config), Lang::El);
        assert_eq!(resolve_lang(None, &config), Lang::En);
    }
}
