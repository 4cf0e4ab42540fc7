//! One key as the keymap names it: `ctrl-q`, `f2`, `alt-2`, `shift-tab`, `enter`, `a`.

use std::fmt;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// A key with its modifiers, normalised so that a parsed key string and the event the
/// terminal sends for it compare equal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

/// Why a key string of a keymap file is not a key (it quotes the file's text).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyParseError {
    #[error("empty key")]
    Empty,
    #[error("{0:?}: key sequences are not supported")]
    Sequence(String),
    #[error("{0:?}: unknown key name")]
    UnknownName(String),
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Key {
        normalise(code, mods)
    }

    /// Reads a key string. Modifiers (`ctrl-`, `alt-`, `shift-`) come first, then one
    /// key name or one character. Sequences such as `g g` are not supported.
    pub fn parse(text: &str) -> Result<Key, KeyParseError> {
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(KeyParseError::Empty);
        }
        if trimmed.contains(char::is_whitespace) {
            return Err(KeyParseError::Sequence(text.to_string()));
        }
        let mut rest = trimmed;
        let mut mods = KeyModifiers::NONE;
        loop {
            let lower = rest.to_ascii_lowercase();
            let prefix = [
                ("ctrl-", KeyModifiers::CONTROL),
                ("c-", KeyModifiers::CONTROL),
                ("alt-", KeyModifiers::ALT),
                ("a-", KeyModifiers::ALT),
                ("m-", KeyModifiers::ALT),
                ("shift-", KeyModifiers::SHIFT),
                ("s-", KeyModifiers::SHIFT),
            ]
            .into_iter()
            .find(|(p, _)| lower.starts_with(p) && lower.len() > p.len());
            match prefix {
                Some((p, m)) => {
                    mods |= m;
                    rest = &rest[p.len()..];
                }
                None => break,
            }
        }
        let code = parse_code(rest).ok_or_else(|| KeyParseError::UnknownName(text.to_string()))?;
        Ok(normalise(code, mods))
    }

    /// The key of a terminal event.
    pub fn from_event(event: &KeyEvent) -> Key {
        normalise(event.code, event.modifiers)
    }

    /// Ctrl-H, which many terminals send for Backspace.
    pub fn is_ctrl_h(self) -> bool {
        self.code == KeyCode::Char('h') && self.mods == KeyModifiers::CONTROL
    }
}

fn parse_code(name: &str) -> Option<KeyCode> {
    let mut chars = name.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return Some(KeyCode::Char(c));
    }
    let lower = name.to_ascii_lowercase();
    if let Some(n) = lower.strip_prefix('f').and_then(|n| n.parse::<u8>().ok()) {
        return (1..=24).contains(&n).then_some(KeyCode::F(n));
    }
    Some(match lower.as_str() {
        "enter" | "return" | "cr" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "backspace" | "bs" => KeyCode::Backspace,
        "delete" | "del" => KeyCode::Delete,
        "insert" | "ins" => KeyCode::Insert,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "pageup" | "pgup" | "page-up" => KeyCode::PageUp,
        "pagedown" | "pgdn" | "page-down" => KeyCode::PageDown,
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "space" => KeyCode::Char(' '),
        "minus" => KeyCode::Char('-'),
        _ => return None,
    })
}

/// Shift-Tab is BackTab; Shift with a character is in the character itself; Ctrl with a
/// letter ignores its case.
fn normalise(code: KeyCode, mods: KeyModifiers) -> Key {
    let mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
    match code {
        KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => Key {
            code: KeyCode::BackTab,
            mods: mods - KeyModifiers::SHIFT,
        },
        KeyCode::BackTab => Key {
            code,
            mods: mods - KeyModifiers::SHIFT,
        },
        KeyCode::Char(c) => {
            let mut c = c;
            if mods.contains(KeyModifiers::SHIFT) {
                c = c.to_uppercase().next().unwrap_or(c);
            }
            if mods.contains(KeyModifiers::CONTROL) {
                c = c.to_lowercase().next().unwrap_or(c);
            }
            Key {
                code: KeyCode::Char(c),
                mods: mods - KeyModifiers::SHIFT,
            }
        }
        _ => Key { code, mods },
    }
}

impl fmt::Display for Key {
    /// As help and the hint line show it: `Ctrl-Q`, `F2`, `Alt-2`, `Shift-Tab`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("Ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("Alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("Shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => {
                write!(f, "{}", c.to_ascii_uppercase())
            }
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::F(n) => write!(f, "F{n}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            other => write!(f, "{other:?}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(code: KeyCode, mods: KeyModifiers) -> Key {
        Key::from_event(&KeyEvent::new(code, mods))
    }

    #[test]
    fn strings_match_events() {
        assert_eq!(
            Key::parse("ctrl-q").unwrap(),
            ev(KeyCode::Char('q'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            Key::parse("Ctrl-Q").unwrap(),
            ev(KeyCode::Char('q'), KeyModifiers::CONTROL)
        );
        assert_eq!(
            Key::parse("f2").unwrap(),
            ev(KeyCode::F(2), KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("alt-2").unwrap(),
            ev(KeyCode::Char('2'), KeyModifiers::ALT)
        );
        assert_eq!(
            Key::parse("shift-tab").unwrap(),
            ev(KeyCode::BackTab, KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("Q").unwrap(),
            ev(KeyCode::Char('Q'), KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("shift-q").unwrap(),
            ev(KeyCode::Char('Q'), KeyModifiers::SHIFT)
        );
        assert_eq!(
            Key::parse("enter").unwrap(),
            ev(KeyCode::Enter, KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("esc").unwrap(),
            ev(KeyCode::Esc, KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("/").unwrap(),
            ev(KeyCode::Char('/'), KeyModifiers::NONE)
        );
        assert_eq!(
            Key::parse("-").unwrap(),
            ev(KeyCode::Char('-'), KeyModifiers::NONE)
        );
    }

    #[test]
    fn bad_strings_are_refused() {
        assert!(Key::parse("").is_err());
        assert!(Key::parse("ctrl-").is_err());
        assert!(Key::parse("hyper-x").is_err());
        assert!(Key::parse("f99").is_err());
        assert!(
            Key::parse("g g")
                .unwrap_err()
                .to_string()
                .contains("sequences")
        );
    }

    #[test]
    fn display_round_trips() {
        for text in [
            "ctrl-q",
            "f2",
            "alt-2",
            "shift-tab",
            "enter",
            "esc",
            "pgdn",
            "x",
        ] {
            let key = Key::parse(text).unwrap();
            let shown = key.to_string();
            if !shown.starts_with(['↑', '↓', '←', '→']) {
                assert_eq!(Key::parse(&shown).unwrap(), key, "{shown}");
            }
        }
        assert_eq!(Key::parse("ctrl-q").unwrap().to_string(), "Ctrl-Q");
        assert_eq!(Key::parse("shift-tab").unwrap().to_string(), "Shift-Tab");
    }
}
