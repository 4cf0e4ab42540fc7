//! A small form to record a visit of one person (date, service, reason, note; the
//! operator is whoever is logged in). Reusable by any screen: the intake screen opens
//! it after a save, the person's card may open it on `v`. Its fields are the kit's text
//! field; what is typed is kept as a draft (kind `visit`, one per person) as it is
//! typed, on Esc and when the program ends or hangs up, and put back the next time a
//! visit is recorded for that person.

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use serde::{Deserialize, Serialize};

use super::kit::Reply;
use super::kit::draft::{DraftSlot, Drafted, draft_for};
use super::kit::field::TextField;
use super::kit::popup::frame_box;
use super::{Ctx, Outcome, View};
use crate::action::Action;
use crate::domain::dates::{self, DateError};
use crate::domain::names;
use crate::domain::person::Person;
use crate::domain::records::{Service, Visit};
use crate::domain::text::{self, MAX_LINE, MAX_NOTE};
use crate::i18n::intake::Im;
use crate::i18n::{Lang, t, tf};
use crate::store::{Stamp, Store, StoreError};

const DATE: usize = 0;
const SERVICE: usize = 1;
const REASON: usize = 2;
const NOTE: usize = 3;

/// The draft kind of the visit form (one per operator and person).
pub const DRAFT_KIND: &str = "visit";

/// Why a visit was not saved.
#[derive(Debug, thiserror::Error)]
pub enum VisitError {
    /// A field is wrong: the form shows which, beside it.
    #[error("a field of the visit is not valid")]
    Invalid,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What the visit form's draft holds.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct VisitDraft {
    /// The person's name, to name the draft at the next start.
    pub person_name: String,
    pub date: String,
    pub service: Option<i64>,
    pub service_query: String,
    pub reason: String,
    pub note: String,
}

/// How the operator left the form.
#[derive(Debug, Clone, PartialEq)]
pub enum VisitDone {
    /// The visit is stored; what to say of it (that its draft could not be removed,
    /// too, when so).
    Saved(Outcome),
    /// Esc: nothing stored; what was typed is kept as a draft.
    Left,
}

/// The visit form's state.
pub struct VisitForm {
    pub person_id: i64,
    pub person_name: String,
    inputs: [TextField; 4],
    services: Vec<Service>,
    service: Option<usize>,
    pick: usize,
    focus: usize,
    /// The field, the message and its argument (a maximum length), after a failed save.
    error: Option<(usize, Im, Option<usize>)>,
    draft: DraftSlot,
}

impl Drafted for VisitForm {
    type State = VisitDraft;

    fn draft_state(&self) -> VisitDraft {
        self.to_draft()
    }

    /// Whether anything beyond the date was typed or chosen.
    fn is_blank(&self) -> bool {
        self.service.is_none()
            && [SERVICE, REASON, NOTE]
                .iter()
                .all(|&i| self.inputs[i].is_empty())
    }

    fn slot(&mut self) -> &mut DraftSlot {
        &mut self.draft
    }
}

impl VisitForm {
    /// A form for `person`, dated `today`, with the centre's services to choose from.
    pub fn new(store: &Store, person: &Person, today: NaiveDate) -> Result<VisitForm, StoreError> {
        let services = store
            .services()?
            .into_iter()
            .filter(|s| s.active && s.kind != Some(crate::domain::codes::ServiceKind::External))
            .collect();
        Ok(VisitForm {
            person_id: person.id,
            person_name: person.display_name(),
            inputs: [
                TextField::with_text(&dates::format_date(today)),
                TextField::new(),
                TextField::new(),
                TextField::multiline(""),
            ],
            services,
            service: None,
            pick: 0,
            focus: SERVICE,
            error: None,
            draft: DraftSlot::new(DRAFT_KIND, Some(person.id)),
        })
    }

    /// The form for `person`, with the operator's kept draft for them put back if
    /// there is one (the second value says so).
    pub fn open(cx: &mut Ctx<'_>, person: &Person) -> Result<(VisitForm, bool), StoreError> {
        let mut form = VisitForm::new(cx.store, person, cx.today())?;
        let draft: Option<VisitDraft> =
            draft_for(cx.store, cx.operator, DRAFT_KIND, Some(person.id))?;
        let resumed = draft.is_some();
        if let Some(d) = draft {
            form.inputs[DATE].set_text(&d.date);
            form.inputs[SERVICE].set_text(&d.service_query);
            form.service = d
                .service
                .and_then(|id| form.services.iter().position(|s| s.id == id));
            form.inputs[REASON].set_text(&d.reason);
            form.inputs[NOTE].set_text(&d.note);
            form.focus = if d.reason.is_empty() { SERVICE } else { NOTE };
        }
        Ok((form, resumed))
    }

    /// What the draft keeps of the form.
    pub fn to_draft(&self) -> VisitDraft {
        VisitDraft {
            person_name: self.person_name.clone(),
            date: self.value(DATE),
            service: self
                .service
                .and_then(|i| self.services.get(i))
                .map(|s| s.id),
            service_query: self.value(SERVICE),
            reason: self.value(REASON),
            note: self.value(NOTE),
        }
    }

    /// The form's actions: fields, save, leave. Reports when the operator is done.
    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Reply<VisitDone> {
        match action {
            Action::NextField => {
                self.next_field();
                Reply::Changed
            }
            Action::PrevField => {
                self.prev_field();
                Reply::Changed
            }
            Action::Save => match self.save(cx.store, cx.operator, cx.now) {
                Ok(_) => {
                    let said = t(cx.lang, Im::VisitSaved).to_string();
                    Reply::Done(VisitDone::Saved(self.saved(cx, said)))
                }
                Err(VisitError::Invalid) => Reply::Changed,
                // Nothing lost: the form stays, and is kept as a draft.
                Err(VisitError::Store(e)) => Reply::Say(self.save_failed(cx, "save visit", &e)),
            },
            Action::Cancel => match self.keep(cx) {
                Outcome::Error(e) => Reply::Say(Outcome::Error(e)),
                _ => Reply::Done(VisitDone::Left),
            },
            _ => Reply::Ignored,
        }
    }

    fn value(&self, i: usize) -> String {
        self.inputs[i].text()
    }

    /// Services matching what was typed in the service field.
    fn matches(&self) -> Vec<usize> {
        let q = names::fold(&self.value(SERVICE));
        self.services
            .iter()
            .enumerate()
            .filter(|(_, s)| {
                q.is_empty()
                    || names::fold(&s.name_el).contains(&q)
                    || names::fold(&s.name_en).contains(&q)
                    || names::fold(&s.code).starts_with(&q)
            })
            .map(|(i, _)| i)
            .collect()
    }

    /// A typed key (text, arrows); returns whether anything changed.
    pub fn handle_key(&mut self, key: KeyEvent) -> bool {
        if self.focus == SERVICE {
            match key.code {
                KeyCode::Up => {
                    self.pick = self.pick.saturating_sub(1);
                    return true;
                }
                KeyCode::Down => {
                    self.pick = (self.pick + 1).min(self.matches().len().saturating_sub(1));
                    return true;
                }
                KeyCode::Enter => {
                    self.next_field();
                    return true;
                }
                _ => {}
            }
        }
        if key.code == KeyCode::Enter {
            if self.focus == NOTE {
                self.inputs[NOTE].paste("\n");
                self.draft.changed();
            } else {
                self.next_field();
            }
            return true;
        }
        let before = self.inputs[self.focus].text();
        let changed = self.inputs[self.focus].input_key(key);
        if self.inputs[self.focus].text() != before {
            self.draft.changed();
            if self.focus == SERVICE {
                self.pick = 0;
            }
        }
        changed
    }

    /// Pasted text, cleaned of control characters.
    pub fn handle_paste(&mut self, pasted: &str) -> bool {
        let clean = if self.focus == NOTE {
            text::clean_note(pasted)
        } else {
            text::clean_line(pasted)
        };
        let changed = self.inputs[self.focus].paste(&clean);
        if changed {
            self.draft.changed();
        }
        changed
    }

    /// Moves on (accepting the highlighted service when leaving that field).
    pub fn next_field(&mut self) {
        self.accept_service();
        self.focus = (self.focus + 1).min(NOTE);
    }

    pub fn prev_field(&mut self) {
        self.accept_service();
        self.focus = self.focus.saturating_sub(1);
    }

    fn accept_service(&mut self) {
        if self.focus == SERVICE && !self.value(SERVICE).trim().is_empty() {
            self.service = self.matches().get(self.pick).copied();
            self.inputs[SERVICE].clear();
            self.draft.changed();
        }
    }

    /// Checks and stores the visit; on a bad field, moves there and says why.
    pub fn save(
        &mut self,
        store: &mut Store,
        operator: &str,
        now: NaiveDateTime,
    ) -> Result<i64, VisitError> {
        self.accept_service();
        let date = match dates::parse_past_date(&self.value(DATE), now.date()) {
            Ok(d) => d,
            Err(e) => {
                let msg = match e {
                    DateError::Future => Im::ErrFuture,
                    DateError::NotADate => Im::ErrNotADate,
                    _ => Im::ErrDateFormat,
                };
                self.error = Some((DATE, msg, None));
                self.focus = DATE;
                return Err(VisitError::Invalid);
            }
        };
        let reason = match text::checked_line(&self.value(REASON), MAX_LINE, true) {
            Ok(r) => r,
            Err(text::TextError::Missing) => {
                self.error = Some((REASON, Im::ErrMissing, None));
                self.focus = REASON;
                return Err(VisitError::Invalid);
            }
            Err(text::TextError::TooLong { max }) => {
                self.error = Some((REASON, Im::ErrTooLong, Some(max)));
                self.focus = REASON;
                return Err(VisitError::Invalid);
            }
        };
        let note = text::clean_note(&self.value(NOTE));
        if note.chars().count() > MAX_NOTE {
            self.error = Some((NOTE, Im::ErrTooLong, Some(MAX_NOTE)));
            self.focus = NOTE;
            return Err(VisitError::Invalid);
        }
        self.error = None;
        let visit = Visit {
            id: 0,
            person_id: self.person_id,
            visited_on: date,
            service_id: self
                .service
                .and_then(|i| self.services.get(i))
                .map(|s| s.id),
            reason,
            note,
            operator: operator.to_string(),
            created_at: None,
        };
        let stamp = Stamp {
            at: now,
            operator: operator.to_string(),
        };
        Ok(store.insert_visit(&visit, &stamp)?)
    }

    /// The message beside a field after a failed save, if any, in `lang`.
    pub fn error(&self, lang: Lang) -> Option<String> {
        self.error.map(|(_, m, arg)| match arg {
            Some(n) => tf(lang, m, &[&n.to_string()]),
            None => t(lang, m).to_string(),
        })
    }

    fn service_name(&self, i: usize, lang: Lang) -> String {
        self.services
            .get(i)
            .map(|s| crate::i18n::service_name(s, lang).to_string())
            .unwrap_or_default()
    }

    /// Draws the form in `area` (at least 8 rows).
    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, operator: &str) {
        let theme = view.theme;
        let lang = view.lang;
        let title = tf(lang, Im::VisitTitle, &[&self.person_name]);
        let inner = frame_box(frame, area, view, &title);
        let labels = [Im::VDate, Im::VService, Im::VReason, Im::VNote];
        let label_w = 14u16;
        for (i, label) in labels.iter().enumerate() {
            let y = inner.y + i as u16;
            if y >= inner.bottom() {
                break;
            }
            let style = if i == self.focus {
                theme.title
            } else {
                theme.text
            };
            frame.render_widget(
                Paragraph::new(Span::styled(t(lang, *label), style)),
                Rect::new(inner.x + 1, y, label_w, 1),
            );
            let value_area = Rect::new(
                inner.x + 1 + label_w,
                y,
                inner.width.saturating_sub(label_w + 2).min(36),
                1,
            );
            if i == self.focus && !(i == SERVICE && self.value(SERVICE).is_empty()) {
                self.inputs[i].draw_editor(frame, value_area);
            } else {
                let shown = if i == SERVICE {
                    self.service
                        .map(|s| self.service_name(s, lang))
                        .unwrap_or_else(|| t(lang, Im::Dash).to_string())
                } else {
                    self.value(i).replace('\n', " ")
                };
                let style = theme.row(i == self.focus);
                frame.render_widget(Paragraph::new(Span::styled(shown, style)), value_area);
            }
            if let Some((field, _, _)) = self.error
                && field == i
                && let Some(msg) = self.error(lang)
            {
                let x = value_area.right() + 1;
                frame.render_widget(
                    Paragraph::new(Span::styled(msg, theme.status_error)),
                    Rect::new(x, y, inner.right().saturating_sub(x), 1),
                );
            }
        }
        let y = inner.y + 4;
        if y < inner.bottom() {
            frame.render_widget(
                Paragraph::new(Line::from(vec![
                    Span::styled(format!("{:<14}", t(lang, Im::VOperator)), theme.muted),
                    Span::styled(operator.to_string(), theme.muted),
                ])),
                Rect::new(inner.x + 1, y, inner.width.saturating_sub(2), 1),
            );
        }
        if self.focus == SERVICE {
            let rows = inner.bottom().saturating_sub(y + 2);
            let matches = self.matches();
            for (row, i) in matches.iter().take(rows as usize).enumerate() {
                let style = theme.row(row == self.pick);
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        format!(" {}", self.service_name(*i, lang)),
                        style,
                    )),
                    Rect::new(
                        inner.x + 1 + label_w,
                        y + 1 + row as u16,
                        40.min(inner.width.saturating_sub(label_w + 2)),
                        1,
                    ),
                );
            }
        }
        let keys_y = inner.bottom().saturating_sub(1);
        if keys_y > y {
            frame.render_widget(
                Paragraph::new(Span::styled(t(lang, Im::VisitKeys), theme.muted)),
                Rect::new(inner.x + 1, keys_y, inner.width.saturating_sub(2), 1),
            );
        }
    }
}

#[cfg(test)]
mod tests;
