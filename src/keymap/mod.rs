//! Keys as data: which key runs which [`Action`] in which context.
//!
//! A keymap file has one table per context, each with a `keymap` array:
//!
//! ```toml
//! [global]
//! keymap = [
//!   { on = ["f2", "alt-2"], run = "screen-queue", hint = false },
//!   { on = "ctrl-q", run = "quit" },
//! ]
//! ```
//!
//! `on` is one key or a list (the first is the one hints show), `run` an action name,
//! `desc` / `desc_el` optional help texts (else the catalogue's), `hint = false` keeps an
//! entry off the hint line. A key means one thing in a context and in `[global]` at once;
//! a broken file stops the program with `file:line: reason`.

pub mod context;
pub mod key;

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use crossterm::event::{KeyCode, KeyModifiers};
use serde::Deserialize;
use toml::Spanned;

use crate::action::Action;
use crate::i18n::Lang;
pub use context::Context;
pub use key::{Key, KeyParseError};

/// The built-in keymap.
pub const DEFAULT_TOML: &str = include_str!("../../keymaps/default.toml");

/// The built-in alternatives, by the name a config or `--keymap` gives them.
pub const BUILTIN: &[(&str, &str)] = &[
    ("default", DEFAULT_TOML),
    ("vim", include_str!("../../keymaps/vim.toml")),
];

/// The user's overrides: `$KENTRO_KEYS`, else `keys.toml` in kentro's config directory.
pub fn user_overrides_path() -> Option<std::path::PathBuf> {
    if let Some(path) = std::env::var_os("KENTRO_KEYS") {
        return Some(path.into());
    }
    crate::config::user_config_path().and_then(|config| Some(config.parent()?.join("keys.toml")))
}

/// One key bound to one action.
#[derive(Debug, Clone, PartialEq)]
pub struct Binding {
    pub key: Key,
    pub action: Action,
    pub desc: Option<String>,
    pub desc_el: Option<String>,
    /// Shown on the hint line (only the first key of an entry is).
    pub hint: bool,
}

impl Binding {
    /// The file's own description in `lang`, if it gave one.
    pub fn desc(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::El => self.desc_el.as_deref(),
            Lang::En => self.desc.as_deref(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keymap {
    contexts: BTreeMap<Context, Vec<Binding>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileSection {
    keymap: Vec<Spanned<FileEntry>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct FileEntry {
    on: Spanned<OneOrMany>,
    run: Spanned<String>,
    desc: Option<String>,
    desc_el: Option<String>,
    hint: Option<bool>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// A keymap that cannot be used: its file cannot be read, or a line of it is wrong.
#[derive(Debug, thiserror::Error)]
pub enum KeymapError {
    #[error("keymap {name}: {source}")]
    Unreadable {
        name: String,
        source: std::io::Error,
    },
    #[error("{file}:{line}: {problem}")]
    Invalid {
        file: String,
        line: usize,
        problem: Problem,
    },
}

/// What is wrong with a line of a keymap file. It quotes the file's keys, context
/// and action names (a keymap holds nothing personal); typed, so that the operator is
/// told it in their language (`crate::error`).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The TOML parser's own words (not translated).
    #[error("{0}")]
    Toml(String),
    #[error("unknown context [{name}] (known: {known})")]
    UnknownContext { name: String, known: String },
    #[error("unknown action {0:?}")]
    UnknownAction(String),
    #[error("no key in `on`")]
    NoKey,
    #[error(transparent)]
    Key(#[from] KeyParseError),
    #[error("{key} is already bound to {action} in [{context}] (line {line})")]
    Clash {
        key: String,
        action: String,
        context: String,
        line: usize,
    },
}

impl KeymapError {
    fn invalid(file: &str, line: usize, problem: Problem) -> KeymapError {
        KeymapError::Invalid {
            file: file.to_string(),
            line,
            problem,
        }
    }
}

impl Keymap {
    /// The built-in keymap.
    pub fn builtin() -> Result<Keymap, KeymapError> {
        Keymap::parse(DEFAULT_TOML, "keymaps/default.toml")
    }

    /// The keymap a config names: none is `default`; another built-in name (`vim`)
    /// or a path names a map that says only what differs from the default, and is laid
    /// over it binding by binding (so every screen keeps its keys).
    pub fn load(name: Option<&str>) -> Result<Keymap, KeymapError> {
        let name = name.unwrap_or("default");
        let default = Keymap::builtin()?;
        if name == "default" {
            return Ok(default);
        }
        let map = match BUILTIN.iter().find(|(n, _)| *n == name) {
            Some((builtin, text)) => Keymap::parse(text, &format!("keymaps/{builtin}.toml"))?,
            None => {
                // The user's file, read with the user's rights (set-user-id install).
                let text = crate::privilege::read_user_file(Path::new(name)).map_err(|source| {
                    KeymapError::Unreadable {
                        name: name.to_string(),
                        source,
                    }
                })?;
                Keymap::parse(&text, name)?
            }
        };
        Ok(map.over(default))
    }

    /// The map in use: the named one, with the user's override file (if it exists)
    /// merged over it binding by binding. A broken override file is an error.
    pub fn active(name: Option<&str>, overrides: Option<&Path>) -> Result<Keymap, KeymapError> {
        let base = Keymap::load(name)?;
        let Some(path) = overrides else {
            return Ok(base);
        };
        let text = match crate::privilege::read_user_file(path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(base),
            Err(source) => {
                return Err(KeymapError::Unreadable {
                    name: path.display().to_string(),
                    source,
                });
            }
        };
        let user = Keymap::parse(&text, &path.display().to_string())?;
        Ok(user.over(base))
    }

    /// `self`'s bindings replace `base`'s on the same keys: a key bound in a context
    /// drops what that key did there; a key bound in `[global]` drops it everywhere.
    /// The user's bindings come first, so the hint line shows them.
    pub fn over(self, mut base: Keymap) -> Keymap {
        for (context, bindings) in &self.contexts {
            for binding in bindings {
                for (base_context, base_bindings) in base.contexts.iter_mut() {
                    if base_context == context || *context == Context::Global {
                        base_bindings.retain(|b| b.key != binding.key);
                    }
                }
            }
        }
        for (context, bindings) in self.contexts {
            let merged = base.contexts.entry(context).or_default();
            let rest = std::mem::take(merged);
            *merged = bindings.into_iter().chain(rest).collect();
        }
        base
    }

    /// Every context and its bindings by the context's name, in the order of the names
    /// (as a file sorts them), for `kentro keys`.
    pub fn contexts(&self) -> impl Iterator<Item = (&str, &[Binding])> {
        let mut all: Vec<(&str, &[Binding])> = self
            .contexts
            .iter()
            .map(|(context, bindings)| (context.name(), bindings.as_slice()))
            .collect();
        all.sort_by_key(|(name, _)| *name);
        all.into_iter()
    }

    /// Reads a keymap file; `file` names it in errors (`file:line: reason`).
    pub fn parse(text: &str, file: &str) -> Result<Keymap, KeymapError> {
        let sections: BTreeMap<String, Spanned<FileSection>> =
            toml::from_str(text).map_err(|e| {
                let line = e.span().map(|s| line_of(text, s.start)).unwrap_or(1);
                KeymapError::invalid(file, line, Problem::Toml(e.message().trim().to_string()))
            })?;
        let mut keymap = Keymap::default();
        // Global first, so that every context is checked against it.
        let mut names: Vec<&String> = sections.keys().collect();
        names.sort_by_key(|name| name.as_str() != "global");
        let mut lines: HashMap<(Context, Key), usize> = HashMap::new();
        for name in names {
            let Some(section) = sections.get(name) else {
                continue;
            };
            let Some(context) = Context::from_name(name) else {
                let line = line_of(text, section.span().start);
                let known: Vec<&str> = Context::ALL.iter().map(|c| c.name()).collect();
                return Err(KeymapError::invalid(
                    file,
                    line,
                    Problem::UnknownContext {
                        name: name.clone(),
                        known: known.join(", "),
                    },
                ));
            };
            let mut bindings: Vec<Binding> = Vec::new();
            for entry in &section.get_ref().keymap {
                let entry = entry.get_ref();
                let run_line = line_of(text, entry.run.span().start);
                let action = Action::from_name(entry.run.get_ref()).ok_or_else(|| {
                    KeymapError::invalid(
                        file,
                        run_line,
                        Problem::UnknownAction(entry.run.get_ref().clone()),
                    )
                })?;
                let on_line = line_of(text, entry.on.span().start);
                let keys: Vec<&String> = match entry.on.get_ref() {
                    OneOrMany::One(k) => vec![k],
                    OneOrMany::Many(ks) => ks.iter().collect(),
                };
                if keys.is_empty() {
                    return Err(KeymapError::invalid(file, on_line, Problem::NoKey));
                }
                for (i, text_key) in keys.iter().enumerate() {
                    let key = Key::parse(text_key)
                        .map_err(|reason| KeymapError::invalid(file, on_line, reason.into()))?;
                    let clash = bindings
                        .iter()
                        .find(|b| b.key == key)
                        .map(|b| (context, b.action))
                        .or_else(|| {
                            keymap
                                .context(Context::Global)
                                .iter()
                                .find(|b| b.key == key && context != Context::Global)
                                .map(|b| (Context::Global, b.action))
                        });
                    if let Some((ctx, other)) = clash {
                        let other_line = lines.get(&(ctx, key)).copied().unwrap_or(0);
                        if other != action || ctx != context {
                            return Err(KeymapError::invalid(
                                file,
                                on_line,
                                Problem::Clash {
                                    key: key.to_string(),
                                    action: other.name().to_string(),
                                    context: ctx.to_string(),
                                    line: other_line,
                                },
                            ));
                        }
                    }
                    lines.insert((context, key), on_line);
                    bindings.push(Binding {
                        key,
                        action,
                        desc: entry.desc.clone(),
                        desc_el: entry.desc_el.clone(),
                        hint: i == 0 && entry.hint.unwrap_or(true),
                    });
                }
            }
            keymap.contexts.insert(context, bindings);
        }
        Ok(keymap)
    }

    /// The bindings of one context, in file order (empty if the file has none).
    pub fn context(&self, context: Context) -> &[Binding] {
        self.contexts
            .get(&context)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// What `key` runs in `contexts` (the first that binds it wins), else in `[global]`.
    /// Ctrl-H falls back to what Backspace runs.
    pub fn lookup(&self, contexts: &[Context], key: Key) -> Option<Action> {
        let find = |key: Key| {
            contexts
                .iter()
                .chain(std::iter::once(&Context::Global))
                .flat_map(|c| self.context(*c))
                .find(|b| b.key == key)
                .map(|b| b.action)
        };
        find(key)
            .or_else(|| {
                key.is_ctrl_h()
                    .then(|| find(Key::new(KeyCode::Backspace, KeyModifiers::NONE)))
                    .flatten()
            })
            .or_else(|| {
                // The Greek keyboard layout left on after typing a name: ν is n, σ is s.
                match key.code {
                    KeyCode::Char(c) => latin_on_greek_layout(c)
                        .and_then(|l| find(Key::new(KeyCode::Char(l), key.mods))),
                    _ => None,
                }
            })
    }

    /// The first key that runs `action` in `contexts` or `[global]`.
    pub fn key_for(&self, contexts: &[Context], action: Action) -> Option<Key> {
        contexts
            .iter()
            .chain(std::iter::once(&Context::Global))
            .flat_map(|c| self.context(*c))
            .find(|b| b.action == action)
            .map(|b| b.key)
    }
}

/// The Latin letter on the same key of the standard Greek keyboard layout, so
/// one-letter bindings work whichever layout the operator left on.
pub fn latin_on_greek_layout(c: char) -> Option<char> {
    const GREEK: &str = "ςερτυθιοπασδφγηξκλζχψωβνμ";
    const LATIN: &str = "wertyuiopasdfghjklzxcvbnm";
    let lower: Vec<char> = c.to_lowercase().collect();
    let [l] = lower.as_slice() else { return None };
    let i = GREEK.chars().position(|g| g == *l)?;
    let latin = LATIN.chars().nth(i)?;
    Some(if c.is_uppercase() {
        latin.to_ascii_uppercase()
    } else {
        latin
    })
}

#[cfg(test)]
mod tests;
