//! The one text field: a single line edited with ratatui-textarea, so ← → Home End,
//! Backspace, Delete, Ctrl-←/→ (word) and paste work the same in every form, popup and
//! picker. Multi-line notes use [`TextField::multiline`].

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use ratatui_textarea::{CursorMove, TextArea};

use super::{Component, Drawn, Input, Reply};
use crate::ui::{Ctx, View};

/// The mark drawn where the cursor is, in fields shown inside a line of text.
pub const CURSOR_MARK: char = '▏';

#[derive(Debug, Clone, Default)]
pub struct TextField {
    area: TextArea<'static>,
    multiline: bool,
}

impl TextField {
    /// An empty one-line field.
    pub fn new() -> TextField {
        TextField::default()
    }

    /// A one-line field holding `text`, the cursor at its end.
    pub fn with_text(text: &str) -> TextField {
        let mut field = TextField::new();
        field.set_text(text);
        field
    }

    /// A field for free text over several lines (Enter is still the form's: a new
    /// line comes from Ctrl-M or a paste).
    pub fn multiline(text: &str) -> TextField {
        let mut field = TextField {
            area: TextArea::default(),
            multiline: true,
        };
        field.set_text(text);
        field
    }

    /// What was typed (lines joined with `\n` in a multi-line field).
    pub fn text(&self) -> String {
        self.area.lines().join("\n")
    }

    pub fn is_empty(&self) -> bool {
        self.area.lines().iter().all(|l| l.is_empty())
    }

    /// Replaces the text; the cursor goes to its end.
    pub fn set_text(&mut self, text: &str) {
        let text = if self.multiline {
            text.to_string()
        } else {
            one_line(text)
        };
        let lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let mut area = TextArea::new(lines);
        area.move_cursor(CursorMove::Bottom);
        area.move_cursor(CursorMove::End);
        self.area = area;
    }

    pub fn clear(&mut self) {
        self.set_text("");
    }

    /// How many characters were typed (line breaks not counted).
    pub fn char_count(&self) -> usize {
        self.area.lines().iter().map(|l| l.chars().count()).sum()
    }

    /// The cursor's column, in characters, on its line.
    pub fn cursor_col(&self) -> usize {
        self.area.cursor().1
    }

    /// The text with [`CURSOR_MARK`] where the cursor is when `focused`: how a field
    /// looks inside a line of other text (a popup's row, a search line).
    pub fn with_cursor(&self, focused: bool) -> String {
        let text = self.text();
        if !focused || self.multiline {
            return text;
        }
        let col = self.cursor_col();
        let mut out: String = text.chars().take(col).collect();
        out.push(CURSOR_MARK);
        out.extend(text.chars().skip(col));
        out
    }

    /// The underlying editor, for drawing it as a widget with a style of its own.
    pub fn textarea(&self) -> &TextArea<'static> {
        &self.area
    }

    /// A key: returns whether the text or the cursor changed.
    pub fn input_key(&mut self, key: KeyEvent) -> bool {
        if !self.multiline && matches!(key.code, KeyCode::Enter | KeyCode::Tab) {
            return false;
        }
        let before = (self.area.cursor(), self.area.lines().len());
        let changed = self.area.input(key);
        if !self.multiline && self.area.lines().len() > 1 {
            // A line break slipped in (Ctrl-M): a one-line field keeps one line.
            let text = self.text();
            self.set_text(&text);
        }
        changed || before != (self.area.cursor(), self.area.lines().len())
    }

    /// Pasted text, at the cursor (line breaks become spaces in a one-line field).
    pub fn paste(&mut self, text: &str) -> bool {
        let text = if self.multiline {
            text.replace("\r\n", "\n").replace('\r', "\n")
        } else {
            one_line(text)
        };
        self.area.insert_str(text)
    }

    /// Draws the field as the editor widget with its own styles (the cursor a
    /// reversed cell, the view scrolled to keep it in sight).
    pub fn draw_editor(&self, frame: &mut Frame<'_>, area: Rect) {
        frame.render_widget(&self.area, area);
    }

    /// Draws the field as an editor (cursor as a reversed cell, scrolled to keep it in
    /// view) when `focused`, else as plain text.
    pub fn draw_styled(&self, frame: &mut Frame<'_>, area: Rect, focused: bool, style: Style) {
        if focused {
            let mut editor = self.area.clone();
            editor.set_style(style);
            editor.set_cursor_line_style(Style::default());
            frame.render_widget(&editor, area);
        } else {
            frame.render_widget(Paragraph::new(Span::styled(self.text(), style)), area);
        }
    }
}

/// Line breaks and tabs as spaces: what a one-line field holds of a paste.
fn one_line(text: &str) -> String {
    text.trim_end_matches(['\r', '\n'])
        .chars()
        .map(|c| {
            if matches!(c, '\r' | '\n' | '\t') {
                ' '
            } else {
                c
            }
        })
        .collect()
}

impl Component for TextField {
    type Done = std::convert::Infallible;

    fn handle(&mut self, input: Input<'_>, _cx: &mut Ctx<'_>) -> Reply<Self::Done> {
        let changed = match input {
            Input::Key(key) => self.input_key(key),
            Input::Paste(text) => self.paste(text),
            Input::Action(_) => false,
        };
        if changed {
            Reply::Changed
        } else {
            Reply::Ignored
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_styled(frame, area, true, view.theme.text);
        Drawn::rows(area.height)
    }

    fn wants_text(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::KeyModifiers;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn typed(field: &mut TextField, text: &str) {
        for c in text.chars() {
            field.input_key(key(KeyCode::Char(c)));
        }
    }

    #[test]
    fn left_home_and_end_move_the_cursor() {
        let mut field = TextField::new();
        typed(&mut field, "Ρεζάι");
        assert!(field.input_key(key(KeyCode::Left)));
        typed(&mut field, "ε");
        assert_eq!(field.text(), "Ρεζάει");
        field.input_key(key(KeyCode::Home));
        typed(&mut field, "Ο ");
        assert_eq!(field.text(), "Ο Ρεζάει");
        field.input_key(key(KeyCode::End));
        field.input_key(key(KeyCode::Backspace));
        assert_eq!(field.text(), "Ο Ρεζάε");
        assert_eq!(field.with_cursor(true), "Ο Ρεζάε▏");
        field.input_key(key(KeyCode::Home));
        assert_eq!(field.with_cursor(true), "▏Ο Ρεζάε");
        assert_eq!(field.with_cursor(false), "Ο Ρεζάε");
    }

    #[test]
    fn one_line_stays_one_line() {
        let mut field = TextField::with_text("a");
        assert!(!field.input_key(key(KeyCode::Enter)));
        field.input_key(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::CONTROL));
        field.paste("b\nc\r\n");
        assert_eq!(field.text(), "ab c");
        assert!(!field.text().contains('\n'));
    }

    #[test]
    fn multiline_keeps_lines() {
        let mut field = TextField::multiline("one\ntwo");
        assert_eq!(field.text(), "one\ntwo");
        field.paste("\r\nthree");
        assert_eq!(field.text(), "one\ntwo\nthree");
        assert!(!field.is_empty());
        field.clear();
        assert!(field.is_empty());
    }
}
