//! A column of labelled one-line fields: Tab and Shift-Tab move between them, each
//! can carry a mark beside it saying what is wrong, and the whole draws as one row per
//! field (in a box of its own with [`Fields::draw_boxed`]). What the fields mean (and
//! checking them) is the holder's. Labels and hints are [`Words`]: said in the
//! language of the moment, since the operator may switch it with a form open.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::field::TextField;
use super::popup::frame_box;
use super::width::{cut, fit, pad, tail, width};
use super::{Component, Drawn, Input, Reply};
use crate::action::Action;
use crate::i18n::{Lang, Text};
use crate::ui::{Ctx, View};

/// Words a form shows, in either language: a catalogue's text (said in the language
/// of the moment) or a text made for the form (the same in both).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Words {
    el: String,
    en: String,
}

impl Words {
    /// A catalogue's text.
    pub fn of(msg: impl Text) -> Words {
        Words {
            el: msg.text(Lang::El).to_string(),
            en: msg.text(Lang::En).to_string(),
        }
    }

    /// A catalogue's text with its `{}` filled by `args`.
    pub fn said(msg: impl Text, args: &[&str]) -> Words {
        Words {
            el: crate::i18n::tf(Lang::El, msg, args),
            en: crate::i18n::tf(Lang::En, msg, args),
        }
    }

    /// A text made in each language (e.g. a store error said both ways).
    pub fn both(el: String, en: String) -> Words {
        Words { el, en }
    }

    /// A text made for the form.
    pub fn same(text: String) -> Words {
        Words {
            el: text.clone(),
            en: text,
        }
    }

    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::El => &self.el,
            Lang::En => &self.en,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.el.is_empty() && self.en.is_empty()
    }
}

/// One labelled field, with what is wrong with it (if anything) and a hint (the
/// format it takes, what it reads as).
#[derive(Debug, Clone, Default)]
pub struct Row {
    pub label: Words,
    pub field: TextField,
    pub error: Option<Words>,
    pub hint: Words,
}

/// The fields of a small form.
#[derive(Debug, Clone, Default)]
pub struct Fields {
    pub rows: Vec<Row>,
    focus: usize,
}

impl Fields {
    /// Fields with these labels and first values.
    pub fn new(rows: Vec<(String, String)>) -> Fields {
        Fields::said(
            rows.into_iter()
                .map(|(label, text)| (Words::same(label), text))
                .collect(),
        )
    }

    /// Fields with these labels (in both languages) and first values.
    pub fn said(rows: Vec<(Words, String)>) -> Fields {
        Fields {
            rows: rows
                .into_iter()
                .map(|(label, text)| Row {
                    label,
                    field: TextField::with_text(&text),
                    error: None,
                    hint: Words::default(),
                })
                .collect(),
            focus: 0,
        }
    }

    pub fn focus(&self) -> usize {
        self.focus
    }

    pub fn set_focus(&mut self, index: usize) {
        self.focus = index.min(self.rows.len().saturating_sub(1));
    }

    /// The focus to the next field (from the last, the first).
    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % self.rows.len().max(1);
    }

    /// The focus to the field before (from the first, the last).
    pub fn prev(&mut self) {
        let len = self.rows.len().max(1);
        self.focus = (self.focus + len - 1) % len;
    }

    pub fn text(&self, index: usize) -> String {
        self.rows
            .get(index)
            .map(|r| r.field.text().trim().to_string())
            .unwrap_or_default()
    }

    pub fn set_text(&mut self, index: usize, text: &str) {
        if let Some(row) = self.rows.get_mut(index) {
            row.field.set_text(text);
        }
    }

    /// Every field's text as typed (for a draft).
    pub fn texts(&self) -> Vec<String> {
        self.rows.iter().map(|r| r.field.text()).collect()
    }

    /// Puts texts back into the fields (a draft), field by field.
    pub fn set_texts(&mut self, texts: &[String]) {
        for (row, text) in self.rows.iter_mut().zip(texts) {
            row.field.set_text(text);
        }
    }

    /// Marks field `index` as wrong, saying why (`None` clears it).
    pub fn mark(&mut self, index: usize, error: Option<String>) {
        if let Some(row) = self.rows.get_mut(index) {
            row.error = error.map(Words::same);
        }
    }

    pub fn set_hint(&mut self, index: usize, hint: String) {
        self.set_hint_words(index, Words::same(hint));
    }

    pub fn set_hint_words(&mut self, index: usize, hint: Words) {
        if let Some(row) = self.rows.get_mut(index) {
            row.hint = hint;
        }
    }

    pub fn clear_marks(&mut self) {
        for row in &mut self.rows {
            row.error = None;
        }
    }

    pub fn has_errors(&self) -> bool {
        self.rows.iter().any(|r| r.error.is_some())
    }

    /// Marks field `index` as the one wrong, saying why (in either language, so the
    /// mark follows a switch of language), and puts the cursor there.
    pub fn fail(&mut self, index: usize, why: Words) {
        self.clear_marks();
        self.set_focus(index);
        if let Some(row) = self.rows.get_mut(self.focus) {
            row.error = Some(why);
        }
    }

    /// A key for a form that takes raw keys: Enter and ↓ go to the next field, ↑ to
    /// the one before; every other key edits the focused field, whose mark goes once
    /// it changed. Returns whether anything moved or changed.
    pub fn edit_key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Enter | KeyCode::Down => self.next(),
            KeyCode::Up => self.prev(),
            _ => {
                let Some(row) = self.rows.get_mut(self.focus) else {
                    return false;
                };
                let changed = row.field.input_key(key);
                if changed {
                    row.error = None;
                }
                return changed;
            }
        }
        true
    }

    /// Pasted text into the focused field (its mark goes).
    pub fn paste(&mut self, text: &str) -> bool {
        match self.rows.get_mut(self.focus) {
            Some(row) => {
                row.error = None;
                row.field.paste(text)
            }
            None => false,
        }
    }

    /// Focus on the first field marked wrong.
    pub fn focus_first_error(&mut self) {
        if let Some(i) = self.rows.iter().position(|r| r.error.is_some()) {
            self.focus = i;
        }
    }

    /// Draws one row per field from `area`'s top: the label in `label_width` cells,
    /// the value (the cursor in the focused one), then the mark or the hint.
    pub fn draw_rows(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        label_width: usize,
    ) -> Drawn {
        let theme = view.theme;
        let lines: Vec<Line<'_>> = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, row)| {
                let focused = i == self.focus;
                let value = row.field.with_cursor(focused);
                let value_width = width(&value).max(12);
                let mut spans = vec![
                    Span::styled(
                        format!("{} ", if focused { '▌' } else { ' ' }),
                        theme.selection,
                    ),
                    Span::styled(fit(row.label.get(view.lang), label_width), theme.muted),
                    Span::raw(" "),
                    Span::styled(
                        fit(&value, value_width),
                        if focused { theme.selection } else { theme.text },
                    ),
                ];
                match &row.error {
                    Some(error) => {
                        spans.push(Span::styled(
                            format!("  ✗ {}", error.get(view.lang)),
                            theme.warning,
                        ));
                    }
                    None if !row.hint.is_empty() => {
                        spans.push(Span::styled(
                            format!("  {}", row.hint.get(view.lang)),
                            theme.muted,
                        ));
                    }
                    None => {}
                }
                Line::from(spans)
            })
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        Drawn::rows(area.height)
    }

    /// The fields in a box titled `title`, one line each (scrolled so the focused one
    /// shows): the label in `label_width` cells, the value (its end while focused, so
    /// the cursor shows), beside it the mark or, while focused, the hint; `keys` on
    /// the line after the last field.
    pub fn draw_boxed(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        title: &str,
        keys: &str,
        label_width: usize,
    ) -> Drawn {
        let theme = view.theme;
        let inner = frame_box(frame, area, view, title);
        let rows = (inner.height as usize).saturating_sub(1).max(1);
        let first = self.focus.saturating_sub(rows - 1);
        let room = (inner.width as usize).saturating_sub(label_width + 2);
        let mut lines = Vec::new();
        for (i, row) in self.rows.iter().enumerate().skip(first).take(rows) {
            let focused = i == self.focus;
            let text = row.field.with_cursor(focused);
            let note = match &row.error {
                Some(err) => Some((format!("  ✗ {}", err.get(view.lang)), theme.status_error)),
                None if focused && !row.hint.is_empty() => {
                    Some((format!("  {}", row.hint.get(view.lang)), theme.muted))
                }
                None => None,
            };
            let note_w = note.as_ref().map_or(0, |(n, _)| width(n));
            let text_w = if note_w == 0 {
                room
            } else {
                room.saturating_sub(note_w).max(room / 2)
            };
            let mut spans = vec![
                Span::raw(" "),
                Span::styled(
                    pad(&fit(row.label.get(view.lang), label_width), label_width),
                    if focused {
                        theme.selection
                    } else {
                        theme.title
                    },
                ),
                Span::raw(" "),
                // The end of a long value shows where the cursor is.
                Span::styled(
                    if focused {
                        pad(&tail(&text, text_w), text_w)
                    } else {
                        fit(&text, text_w)
                    },
                    theme.text,
                ),
            ];
            if let Some((note, style)) = note {
                spans.push(Span::styled(cut(&note, room - text_w), style));
            }
            lines.push(Line::from(spans));
        }
        lines.push(Line::from(Span::styled(format!(" {keys}"), theme.muted)));
        frame.render_widget(Paragraph::new(lines), inner);
        Drawn::rows(inner.height)
    }
}

/// A field's label with a space either side: in the selection style while the field
/// has the focus, else as a title.
pub fn label_span(label: &str, focused: bool, view: &View<'_>) -> Span<'static> {
    let style = if focused {
        view.theme.selection
    } else {
        view.theme.title
    };
    Span::styled(format!(" {label} "), style)
}

/// A form whose focus Tab and Shift-Tab move round its fields.
pub trait Cycle {
    /// The focus to the next field (from the last, the first).
    fn next(&mut self);
    /// The focus to the field before (from the first, the last).
    fn prev(&mut self);

    /// Tab or Shift-Tab moves the focus; whether `action` was one of them.
    fn cycle(&mut self, action: Action) -> bool {
        match action {
            Action::NextField => self.next(),
            Action::PrevField => self.prev(),
            _ => return false,
        }
        true
    }
}

impl Component for Fields {
    type Done = std::convert::Infallible;

    /// Tab / Shift-Tab (and ↓ ↑) move between fields; keys and pastes go to the
    /// focused one (its mark stays until the holder checks again).
    fn handle(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Reply<Self::Done> {
        match input {
            Input::Action(Action::NextField | Action::Down) => {
                self.next();
                Reply::Changed
            }
            Input::Action(Action::PrevField | Action::Up) => {
                self.prev();
                Reply::Changed
            }
            Input::Action(_) => Reply::Ignored,
            other => match self.rows.get_mut(self.focus) {
                Some(row) => row.field.handle(other, cx),
                None => Reply::Ignored,
            },
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_rows(frame, area, view, 16)
    }

    fn wants_text(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::kit::tests::{ctx_for, key, store};

    #[test]
    fn tab_moves_and_keys_type_into_the_focused_field() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::En);
        let mut fields = Fields::new(vec![
            ("Name".into(), String::new()),
            ("N".into(), "4".into()),
        ]);
        fields.handle(Input::Key(key('Α')), &mut cx);
        fields.handle(Input::Action(Action::NextField), &mut cx);
        fields.handle(Input::Key(key('2')), &mut cx);
        assert_eq!(fields.text(0), "Α");
        assert_eq!(fields.text(1), "42");
        fields.handle(Input::Action(Action::NextField), &mut cx);
        assert_eq!(fields.focus(), 0);
        fields.mark(1, Some("bad".into()));
        fields.focus_first_error();
        assert_eq!(fields.focus(), 1);
        assert!(fields.has_errors());
    }

    #[test]
    fn raw_keys_move_and_edit_and_a_fixed_field_loses_its_mark() {
        use crossterm::event::{KeyCode, KeyModifiers};
        let raw = |code| KeyEvent::new(code, KeyModifiers::NONE);
        let mut fields = Fields::said(vec![
            (Words::of(crate::i18n::directory::DMsg::FCode), "ab".into()),
            (
                Words::of(crate::i18n::directory::DMsg::FEmail),
                String::new(),
            ),
        ]);
        fields.fail(1, Words::same("bad".into()));
        assert_eq!(fields.focus(), 1);
        assert!(fields.edit_key(raw(KeyCode::Up)));
        assert_eq!(fields.focus(), 0);
        // ← and Home move in the field: what is typed goes where the cursor is.
        fields.edit_key(raw(KeyCode::Left));
        fields.edit_key(raw(KeyCode::Char('x')));
        fields.edit_key(raw(KeyCode::Home));
        fields.edit_key(raw(KeyCode::Char('<')));
        assert_eq!(fields.text(0), "<axb");
        assert!(fields.has_errors(), "the other field's mark stays");
        fields.edit_key(raw(KeyCode::Enter));
        fields.paste("a@b.gr");
        assert!(!fields.has_errors());
        assert_eq!(fields.texts(), vec!["<axb".to_string(), "a@b.gr".into()]);
        assert_eq!(fields.rows[0].label.get(Lang::El), "Κωδικός");
        assert_eq!(fields.rows[0].label.get(Lang::En), "Code");
    }
}
