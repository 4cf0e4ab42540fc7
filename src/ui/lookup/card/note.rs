//! A case note written from the card (roles that read case notes: social workers,
//! psychologists, administrators). A note is never changed once written: a correction
//! is a new note naming the one it corrects. The note belongs to the author's
//! organisation (the store takes it from the staff list).

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::i18n::lookup::LMsg;
use crate::i18n::t;
use crate::store::NewCaseNote;
use crate::ui::View;
use crate::ui::kit::field::TextField;
use crate::ui::kit::popup::frame_box;

/// The rows the note form takes at the bottom of the card.
pub const NOTE_ROWS: u16 = 9;

#[derive(Debug, Clone, Default)]
pub struct NoteForm {
    pub body: TextField,
    pub corrects: TextField,
    /// 0: the text, 1: the note it corrects.
    pub focus: usize,
    pub error: Option<LMsg>,
}

impl NoteForm {
    pub fn new() -> NoteForm {
        NoteForm {
            body: TextField::multiline(""),
            ..NoteForm::default()
        }
    }

    fn field(&mut self) -> &mut TextField {
        if self.focus == 0 {
            &mut self.body
        } else {
            &mut self.corrects
        }
    }

    pub fn next(&mut self) {
        self.focus = 1 - self.focus.min(1);
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        self.error = None;
        self.field().input_key(key)
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.error = None;
        self.field().paste(text)
    }

    /// The note as typed, or what is wrong with it.
    pub fn note(&self, person_id: i64, today: NaiveDate) -> Result<NewCaseNote, LMsg> {
        let body = self.body.text().trim().to_string();
        if body.is_empty() {
            return Err(LMsg::NoteEmpty);
        }
        let corrects = match self.corrects.text().trim().trim_start_matches('#') {
            "" => None,
            id => Some(id.parse::<i64>().map_err(|_| LMsg::NoteBadCorrects)?),
        };
        Ok(NewCaseNote {
            person_id,
            visit_id: None,
            noted_on: today,
            body,
            corrects,
        })
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let theme = view.theme;
        let inner = frame_box(frame, area, view, t(lang, LMsg::NoteTitle));
        if inner.height < 4 {
            return;
        }
        let label = |focused: bool, msg: LMsg| {
            Span::styled(
                format!(" {} ", t(lang, msg)),
                if focused {
                    theme.selection
                } else {
                    theme.title
                },
            )
        };
        let text_rows = inner.height.saturating_sub(3);
        let text_area = Rect::new(inner.x, inner.y, inner.width, text_rows);
        let mut lines = vec![Line::from(label(self.focus == 0, LMsg::NoteText))];
        for line in self.body.with_cursor(self.focus == 0).lines() {
            lines.push(Line::styled(format!("  {line}"), theme.text));
        }
        if self.focus == 0 {
            // The multi-line field marks its cursor itself when drawn as an editor.
            frame.render_widget(Paragraph::new(lines[..1].to_vec()), text_area);
            let editor = Rect::new(
                inner.x + 2,
                inner.y + 1,
                inner.width.saturating_sub(2),
                text_rows.saturating_sub(1),
            );
            self.body.draw_editor(frame, editor);
        } else {
            frame.render_widget(Paragraph::new(lines), text_area);
        }
        let below = Rect::new(inner.x, inner.y + text_rows, inner.width, 3);
        let mut rows = vec![Line::from(vec![
            label(self.focus == 1, LMsg::NoteCorrectsField),
            Span::styled(self.corrects.with_cursor(self.focus == 1), theme.text),
        ])];
        rows.push(match self.error {
            Some(e) => Line::styled(format!(" ✗ {}", t(lang, e)), theme.status_error),
            None => Line::from(""),
        });
        rows.push(Line::styled(
            format!(" {}", t(lang, LMsg::NoteHint)),
            theme.muted,
        ));
        frame.render_widget(Paragraph::new(rows), below);
    }
}
