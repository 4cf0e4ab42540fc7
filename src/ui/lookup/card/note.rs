//! A case note written from the card (roles that read case notes: social workers,
//! psychologists, administrators), on the person or on one of their visits (named by
//! its date). A note is never changed once written: a correction is a new note naming
//! the one it corrects. The note belongs to the author's organisation (the store takes
//! it from the staff list). What is typed is kept as a draft (a moment after each
//! change, on Esc, when the program ends) and comes back at the next `c`.

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use serde::{Deserialize, Serialize};

use crate::domain::dates::parse_date;
use crate::domain::records::Visit;
use crate::i18n::lookup::LMsg;
use crate::i18n::t;
use crate::store::{NewCaseNote, StoreError};
use crate::ui::kit::draft::{DraftSlot, Drafted, draft_for};
use crate::ui::kit::field::TextField;
use crate::ui::kit::form::label_span;
use crate::ui::kit::popup::frame_box;
use crate::ui::{Ctx, View};

/// The rows the note form takes at the bottom of the card.
pub const NOTE_ROWS: u16 = 10;

/// The drafts' kind (one per operator and person).
pub const DRAFT_KIND: &str = "case-note";

/// What a note's draft keeps.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct NoteDraft {
    /// Whose card, to name the draft at the next start.
    pub person_name: String,
    pub body: String,
    pub corrects: String,
    pub visit: String,
}

#[derive(Debug, Clone)]
pub struct NoteForm {
    pub body: TextField,
    pub corrects: TextField,
    /// The date of the visit the note is on (empty: on the person).
    pub visit: TextField,
    /// 0: the text, 1: the note it corrects, 2: the visit.
    pub focus: usize,
    pub error: Option<LMsg>,
    draft: DraftSlot,
    person_name: String,
}

impl Drafted for NoteForm {
    type State = NoteDraft;

    fn draft_state(&self) -> NoteDraft {
        NoteDraft {
            person_name: self.person_name.clone(),
            body: self.body.text(),
            corrects: self.corrects.text(),
            visit: self.visit.text(),
        }
    }

    /// Nothing typed.
    fn is_blank(&self) -> bool {
        [&self.body, &self.corrects, &self.visit]
            .iter()
            .all(|f| f.text().trim().is_empty())
    }

    fn slot(&mut self) -> &mut DraftSlot {
        &mut self.draft
    }
}

impl NoteForm {
    pub fn new(person_id: i64, person_name: &str) -> NoteForm {
        NoteForm {
            body: TextField::multiline(""),
            corrects: TextField::new(),
            visit: TextField::new(),
            focus: 0,
            error: None,
            draft: DraftSlot::new(DRAFT_KIND, Some(person_id)),
            person_name: person_name.to_string(),
        }
    }

    /// The form for `person_id`, with the operator's kept draft for them put back if
    /// there is one (the second value says so).
    pub fn open(
        cx: &mut Ctx<'_>,
        person_id: i64,
        person_name: &str,
    ) -> Result<(NoteForm, bool), StoreError> {
        let mut form = NoteForm::new(person_id, person_name);
        let draft: Option<NoteDraft> =
            draft_for(cx.store, cx.operator, DRAFT_KIND, Some(person_id))?;
        let resumed = draft.is_some();
        if let Some(d) = draft {
            form.body = TextField::multiline(&d.body);
            form.corrects.set_text(&d.corrects);
            form.visit.set_text(&d.visit);
        }
        Ok((form, resumed))
    }

    fn field(&mut self) -> &mut TextField {
        match self.focus {
            0 => &mut self.body,
            1 => &mut self.corrects,
            _ => &mut self.visit,
        }
    }

    pub fn next(&mut self) {
        self.focus = (self.focus + 1) % 3;
    }

    pub fn prev(&mut self) {
        self.focus = (self.focus + 2) % 3;
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        self.error = None;
        let used = self.field().input_key(key);
        if used {
            self.draft.changed();
        }
        used
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.error = None;
        let used = self.field().paste(text);
        if used {
            self.draft.changed();
        }
        used
    }

    /// The note as typed, or what is wrong with it. A visit is named by its date
    /// (the latest that day, of `visits`, the person's).
    pub fn note(
        &self,
        person_id: i64,
        today: NaiveDate,
        visits: &[Visit],
    ) -> Result<NewCaseNote, LMsg> {
        let body = self.body.text().trim().to_string();
        if body.is_empty() {
            return Err(LMsg::NoteEmpty);
        }
        let corrects = match self.corrects.text().trim().trim_start_matches('#') {
            "" => None,
            id => Some(id.parse::<i64>().map_err(|_| LMsg::NoteBadCorrects)?),
        };
        let visit_id = match self.visit.text().trim() {
            "" => None,
            text => {
                let day = parse_date(text, today).map_err(|_| LMsg::NoteBadVisit)?;
                Some(
                    visits
                        .iter()
                        .filter(|v| v.visited_on == day)
                        .max_by_key(|v| v.id)
                        .map(|v| v.id)
                        .ok_or(LMsg::NoteBadVisit)?,
                )
            }
        };
        Ok(NewCaseNote {
            person_id,
            visit_id,
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
        let label = |focused: bool, msg: LMsg| label_span(t(lang, msg), focused, view);
        let text_rows = inner.height.saturating_sub(4);
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
        let below = Rect::new(inner.x, inner.y + text_rows, inner.width, 4);
        let mut rows = vec![
            Line::from(vec![
                label(self.focus == 1, LMsg::NoteCorrectsField),
                Span::styled(self.corrects.with_cursor(self.focus == 1), theme.text),
            ]),
            Line::from(vec![
                label(self.focus == 2, LMsg::NoteVisitField),
                Span::styled(self.visit.with_cursor(self.focus == 2), theme.text),
            ]),
        ];
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::ui::Outcome;
    use crate::ui::harness::{char_key, cx, store};

    /// A note that could not be written, whose draft could not be kept either: the
    /// operator hears both, in their language (before, the draft's failure was logged).
    #[test]
    fn a_draft_not_kept_after_a_failed_save_is_said() {
        for (lang, not_kept) in [
            (Lang::En, "The draft was not kept"),
            (Lang::El, "Το πρόχειρο δεν κρατήθηκε"),
        ] {
            let (dir, mut store) = store();
            store.set_drafts_aside_dir(None);
            let mut form = NoteForm::new(1, "Amina Diallo");
            form.key(char_key('x'));
            rusqlite::Connection::open(dir.path().join("k.db"))
                .and_then(|c| c.execute_batch("ALTER TABLE draft RENAME TO draft_gone"))
                .unwrap();
            // Another desk held the lock: the note was not written.
            let failed = StoreError::Locked {
                waited: std::time::Duration::from_secs(5),
            };
            let said = form.save_failed(&mut cx(&mut store, lang), "save case note", &failed);
            let Outcome::Error(said) = said else {
                panic!("an error: {said:?}");
            };
            assert!(said.contains(not_kept), "{lang:?}: {said}");
            assert_eq!(form.body.text(), "x", "the form keeps what was typed");
        }
    }
}
