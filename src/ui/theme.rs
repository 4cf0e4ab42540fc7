//! Colours, from the 16 ANSI colours only, and a colourless theme for `NO_COLOR`.
//!
//! Nothing depends on colour alone: the current tab and the selection are in reverse
//! video, headings in bold, in every theme.

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub name: &'static str,
    /// The top line.
    pub bar: Style,
    pub tab: Style,
    pub tab_active: Style,
    /// The key in a hint (`F1`), and its label.
    pub hint_key: Style,
    pub hint_label: Style,
    pub status: Style,
    pub status_error: Style,
    /// The selected row of a list.
    pub selection: Style,
    pub title: Style,
    pub border: Style,
    pub text: Style,
    pub muted: Style,
    pub warning: Style,
    /// What a search matched (the words of a name, the date of birth): underlined in
    /// every theme, so it reads without colour.
    pub matched: Style,
    pub borders: border::Set<'static>,
}

/// Borders for terminals and fonts without box drawing.
pub const ASCII_BORDERS: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    /// A row of a list or a form: in the selection style when it is the chosen one.
    pub fn row(&self, selected: bool) -> Style {
        if selected { self.selection } else { self.text }
    }

    /// The default theme: the 16 ANSI colours, which every terminal has.
    pub fn ansi16() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            name: "default",
            bar: Style::new(),
            tab: Style::new(),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | bold),
            hint_key: Style::new().fg(Color::Cyan).add_modifier(bold),
            hint_label: Style::new(),
            status: Style::new(),
            status_error: Style::new().fg(Color::LightRed).add_modifier(bold),
            selection: Style::new().add_modifier(Modifier::REVERSED),
            title: Style::new().add_modifier(bold),
            border: Style::new().fg(Color::DarkGray),
            text: Style::new(),
            muted: Style::new().fg(Color::DarkGray),
            warning: Style::new().fg(Color::Yellow).add_modifier(bold),
            matched: Style::new().add_modifier(Modifier::UNDERLINED | bold),
            borders: border::PLAIN,
        }
    }

    /// No colour at all: reverse video and bold only.
    pub fn mono() -> Theme {
        let strip = |s: Style| Style {
            fg: None,
            bg: None,
            underline_color: None,
            ..s
        };
        let base = Theme::ansi16();
        Theme {
            name: "mono",
            bar: strip(base.bar),
            tab: strip(base.tab),
            tab_active: strip(base.tab_active),
            hint_key: strip(base.hint_key),
            hint_label: strip(base.hint_label),
            status: strip(base.status),
            status_error: strip(base.status_error),
            selection: strip(base.selection),
            title: strip(base.title),
            border: strip(base.border),
            text: strip(base.text),
            muted: strip(base.muted),
            warning: strip(base.warning),
            matched: strip(base.matched),
            borders: base.borders,
        }
    }

    /// For low-vision operators and washed-out screens: bright colours, bold text,
    /// nothing dim. Still 16 colours.
    pub fn high_contrast() -> Theme {
        let bold = Modifier::BOLD;
        Theme {
            name: "high-contrast",
            bar: Style::new().fg(Color::White).add_modifier(bold),
            tab: Style::new().fg(Color::White).add_modifier(bold),
            tab_active: Style::new().add_modifier(Modifier::REVERSED | bold),
            hint_key: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            hint_label: Style::new().fg(Color::White).add_modifier(bold),
            status: Style::new().fg(Color::White).add_modifier(bold),
            status_error: Style::new()
                .fg(Color::LightRed)
                .add_modifier(bold | Modifier::REVERSED),
            selection: Style::new().add_modifier(Modifier::REVERSED | bold),
            title: Style::new()
                .fg(Color::White)
                .add_modifier(bold | Modifier::UNDERLINED),
            border: Style::new().fg(Color::White),
            text: Style::new().fg(Color::White),
            muted: Style::new().fg(Color::Gray),
            warning: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(bold | Modifier::REVERSED),
            matched: Style::new()
                .fg(Color::LightYellow)
                .add_modifier(bold | Modifier::UNDERLINED),
            borders: border::THICK,
        }
    }

    /// The theme a config names, honouring `NO_COLOR` (any non-empty value) above all.
    pub fn resolve(
        name: Option<&str>,
        no_color: bool,
        ascii_borders: bool,
    ) -> Result<Theme, crate::config::ConfigError> {
        let mut theme = match name.map(str::trim) {
            None | Some("") | Some("default") => Theme::ansi16(),
            Some("mono") | Some("no-color") | Some("none") => Theme::mono(),
            Some("high-contrast") | Some("contrast") => Theme::high_contrast(),
            Some(other) => {
                return Err(crate::config::ConfigError::UnknownTheme(other.to_string()));
            }
        };
        if no_color {
            theme = Theme {
                borders: theme.borders,
                ..Theme::mono()
            };
        }
        if ascii_borders {
            theme.borders = ASCII_BORDERS;
        }
        Ok(theme)
    }

    /// Whether `NO_COLOR` asks for no colour (<https://no-color.org>).
    pub fn no_color_env() -> bool {
        std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_color_wins_and_names_are_checked() {
        let theme = Theme::resolve(Some("default"), true, false).unwrap();
        assert_eq!(theme.name, "mono");
        assert!(Theme::resolve(Some("solarized"), false, false).is_err());
        assert_eq!(
            Theme::resolve(Some("high-contrast"), false, false)
                .unwrap()
                .name,
            "high-contrast"
        );
        assert_eq!(
            Theme::resolve(None, false, true).unwrap().borders,
            ASCII_BORDERS
        );
    }
}
