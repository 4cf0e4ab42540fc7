//! A form of labelled one-line fields, the kit's text field in each (← → Home End
//! work): the directory's service and organisation forms are both this. A wrong value
//! is marked beside its field and the form stays.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t};
use crate::ui::View;
use crate::ui::kit::field::TextField;
use crate::ui::kit::popup::frame_box;
use crate::ui::kit::width::{cut, fit, pad, tail, width};

/// Width of the label column.
const LABEL: usize = 16;

#[derive(Debug, Clone)]
pub(super) struct Form {
    labels: &'static [DMsg],
    fields: Vec<TextField>,
    focus: usize,
    /// The field that is wrong and why, in the operator's language.
    error: Option<(usize, String)>,
}

impl Form {
    pub(super) fn new(labels: &'static [DMsg], values: Vec<String>) -> Form {
        Form {
            labels,
            fields: values.iter().map(|v| TextField::with_text(v)).collect(),
            focus: 0,
            error: None,
        }
    }

    /// The field's text, cleaned of control characters and outer spaces.
    pub(super) fn value(&self, i: usize) -> String {
        self.fields
            .get(i)
            .map(|f| crate::domain::text::clean_line(&f.text()))
            .unwrap_or_default()
    }

    /// Every field's text as typed (for the form's draft).
    pub(super) fn texts(&self) -> Vec<String> {
        self.fields.iter().map(TextField::text).collect()
    }

    /// Puts texts back into the fields (a draft), field by field.
    pub(super) fn set_texts(&mut self, texts: &[String]) {
        for (field, text) in self.fields.iter_mut().zip(texts) {
            field.set_text(text);
        }
    }

    pub(super) fn focus(&self) -> usize {
        self.focus
    }

    pub(super) fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    pub(super) fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }

    /// Marks field `i` wrong and puts the cursor there.
    pub(super) fn fail(&mut self, i: usize, text: String) {
        self.focus = i.min(self.fields.len() - 1);
        self.error = Some((self.focus, text));
    }

    /// A key for the focused field: Enter and ↓ go to the next field, ↑ to the one
    /// before; every other key edits.
    pub(super) fn key(&mut self, key: KeyEvent) -> bool {
        match key.code {
            KeyCode::Enter | KeyCode::Down => self.next(),
            KeyCode::Up => self.prev(),
            _ => {
                let changed = self.fields[self.focus].input_key(key);
                if changed {
                    self.error = None;
                }
                return changed;
            }
        }
        true
    }

    pub(super) fn paste(&mut self, text: &str) {
        self.fields[self.focus].paste(text);
        self.error = None;
    }

    /// The form in a box titled `title`: one line per field (scrolled so the focused
    /// one shows), the error or `hint(label)` beside the focused field, the keys below.
    pub(super) fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        title: &str,
        hint: impl Fn(DMsg) -> Option<DMsg>,
    ) {
        let lang: Lang = view.lang;
        let theme = view.theme;
        let inner = frame_box(frame, area, view, title);
        let rows = (inner.height as usize).saturating_sub(1).max(1);
        let first = self.focus.saturating_sub(rows - 1);
        let mut lines = Vec::new();
        for (i, label) in self.labels.iter().enumerate().skip(first).take(rows) {
            let focused = i == self.focus;
            let text = self.fields[i].with_cursor(focused);
            let note = match &self.error {
                Some((f, err)) if *f == i => Some((format!("  ✗ {err}"), theme.status_error)),
                _ if focused => hint(*label).map(|h| (format!("  {}", t(lang, h)), theme.muted)),
                _ => None,
            };
            let room = (inner.width as usize).saturating_sub(LABEL + 2);
            let note_w = note.as_ref().map_or(0, |(n, _)| width(n));
            let text_w = if note_w == 0 {
                room
            } else {
                room.saturating_sub(note_w).max(room / 2)
            };
            let mut spans = vec![
                Span::raw(" "),
                Span::styled(
                    pad(&fit(t(lang, *label), LABEL), LABEL),
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
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, DMsg::FormHint)),
            theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
