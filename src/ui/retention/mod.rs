//! The retention review (administrators only): people with no activity for the
//! retention period (`retention.years`, five years unless set), oldest first. For
//! each the administrator opens the card (Enter), keeps the data with a reason (`k`,
//! recorded; the person comes back after another full period) or erases it (Shift-D,
//! after a plain question); `p` changes the period for every desk. Opening the
//! review writes one audit row; keeping, erasing and a new period write theirs.

mod draw;

use std::collections::HashMap;

use chrono::{Months, NaiveDate};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::domain::access::Kind;
use crate::domain::person::Person;
use crate::i18n::lookup::LMsg;
use crate::i18n::retention::RMsg;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::{Dormant, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::kit::popup::{Answer, Answers, Question};
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};

/// Names are read for the people around the selection, this many either side.
const AROUND: usize = 60;

/// What is asked over the list.
enum Popup {
    /// A line of text: the reason to keep a person's data, or the period.
    Ask {
        asking: Asking,
        field: Box<TextField>,
        /// What was typed cannot be taken (empty, or not a number of years).
        wrong: bool,
    },
    /// The plain question before erasing.
    Erase { person_id: i64, question: Question },
}

/// What a line of text is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Asking {
    /// Why this person's data are kept.
    Keep(i64),
    /// The number of years without activity the review lists.
    Years,
}

pub struct RetentionScreen {
    years: u32,
    since: Option<NaiveDate>,
    rows: Vec<Dormant>,
    /// The people listed near the selection, by id (read as the selection moves).
    people: HashMap<i64, Person>,
    list: ListView,
    /// Why the list could not be read, said in its place.
    error: Option<String>,
    popup: Option<Popup>,
}

impl Default for RetentionScreen {
    fn default() -> Self {
        RetentionScreen::new()
    }
}

impl RetentionScreen {
    pub fn new() -> RetentionScreen {
        RetentionScreen {
            years: crate::store::DEFAULT_RETENTION_YEARS,
            since: None,
            rows: Vec::new(),
            people: HashMap::new(),
            list: ListView::new(),
            error: None,
            popup: None,
        }
    }

    /// The people listed, oldest activity first (for tests).
    pub fn listed(&self) -> &[Dormant] {
        &self.rows
    }

    fn selected(&self) -> Option<i64> {
        self.rows.get(self.list.selected()).map(|d| d.person_id)
    }

    /// Reads the review again from the store.
    fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.years = cx.store.retention_years()?;
        let since = cx
            .today()
            .checked_sub_months(Months::new(12 * self.years))
            .unwrap_or(NaiveDate::MIN);
        self.since = Some(since);
        self.rows = cx.store.dormant_since(since)?;
        self.list.set_len(self.rows.len());
        self.people.clear();
        self.read_names(cx)
    }

    /// Reads the names of the people around the selection not read yet.
    fn read_names(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let at = self.list.selected();
        let from = at.saturating_sub(AROUND);
        let to = (at + AROUND).min(self.rows.len());
        let missing: Vec<i64> = self.rows[from..to]
            .iter()
            .map(|d| d.person_id)
            .filter(|id| !self.people.contains_key(id))
            .collect();
        if !missing.is_empty() {
            for p in cx.store.people_by_ids(&missing)? {
                self.people.insert(p.id, p);
            }
        }
        Ok(())
    }

    /// Reads again after a change, and says the change or the failure to read.
    fn after_change(&mut self, cx: &mut Ctx<'_>, said: String) -> Outcome {
        match self.reload(cx) {
            Ok(()) => {
                self.error = None;
                Outcome::Status(said)
            }
            Err(e) => {
                self.error = Some(store_error_text(cx.lang, &e));
                store_failure(cx.lang, "read retention review", &e)
            }
        }
    }

    /// Takes what was typed in the popup: keeps the person's data with the reason,
    /// or sets the period. What cannot be taken is marked and the popup stays.
    fn answer(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(Popup::Ask {
            asking,
            field,
            wrong,
        }) = self.popup.as_mut()
        else {
            return Outcome::Ignored;
        };
        let text = field.text();
        let said = match *asking {
            Asking::Keep(id) => {
                if text.trim().is_empty() {
                    *wrong = true;
                    return Outcome::Handled;
                }
                if let Err(e) = cx.store.keep_on_review(id, &text, &cx.stamp()) {
                    // The reason stays typed in the popup.
                    return store_failure(cx.lang, "keep on review", &e);
                }
                tf(cx.lang, RMsg::Kept, &[&id.to_string()])
            }
            Asking::Years => {
                let Some(years) = text
                    .trim()
                    .parse::<u32>()
                    .ok()
                    .filter(|y| (1..=50).contains(y))
                else {
                    *wrong = true;
                    return Outcome::Handled;
                };
                if let Err(e) = cx.store.set_retention_years(years, &cx.stamp()) {
                    return store_failure(cx.lang, "set retention years", &e);
                }
                self.list.select(0);
                tf(cx.lang, RMsg::YearsSet, &[&years.to_string()])
            }
        };
        self.popup = None;
        self.after_change(cx, said)
    }

    fn ask(&mut self, asking: Asking, text: &str) -> Outcome {
        self.popup = Some(Popup::Ask {
            asking,
            field: Box::new(TextField::with_text(text)),
            wrong: false,
        });
        Outcome::Handled
    }

    fn erase(&mut self, person_id: i64, cx: &mut Ctx<'_>) -> Outcome {
        match cx.store.erase_person(person_id, &cx.stamp()) {
            Ok(done) => {
                let said = if done.checkpointed {
                    tf(cx.lang, LMsg::Erased, &[&person_id.to_string()])
                } else {
                    tf(cx.lang, RMsg::ErasedLater, &[&person_id.to_string()])
                };
                self.after_change(cx, said)
            }
            Err(e) => store_failure(cx.lang, "erase person", &e),
        }
    }

    fn popup_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match self.popup.as_mut() {
            Some(Popup::Ask { .. }) => match action {
                Action::Confirm | Action::Save => self.answer(cx),
                Action::Cancel => {
                    self.popup = None;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Some(Popup::Erase {
                person_id,
                question,
            }) => {
                let id = *person_id;
                match question.handle(Input::Action(action), cx) {
                    Reply::Done(answer) => self.answered(id, answer, cx),
                    other => other.into_outcome(|_| Outcome::Handled),
                }
            }
            None => Outcome::Ignored,
        }
    }

    fn answered(&mut self, person_id: i64, answer: Answer, cx: &mut Ctx<'_>) -> Outcome {
        self.popup = None;
        if answer == Answer::Yes {
            self.erase(person_id, cx)
        } else {
            Outcome::Handled
        }
    }
}

impl Screen for RetentionScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Retention
    }

    fn contexts(&self) -> &'static [Context] {
        if self.popup.is_some() {
            &[Context::List]
        } else {
            &[Context::Retention, Context::List]
        }
    }

    fn wants_text(&self) -> bool {
        self.popup.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        // Refused to anyone who lost the role meanwhile.
        if !cx.viewer().may(Kind::Erasure) {
            self.popup = None;
            return Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string());
        }
        if self.popup.is_some() {
            return self.popup_action(action, cx);
        }
        match action {
            Action::Confirm => match self.selected() {
                Some(id) => Outcome::Go(Nav::PersonCard(id)),
                None => Outcome::Ignored,
            },
            Action::KeepOnReview => match self.selected() {
                Some(id) => self.ask(Asking::Keep(id), ""),
                None => Outcome::Ignored,
            },
            Action::RetentionYears => {
                let years = self.years.to_string();
                self.ask(Asking::Years, &years)
            }
            Action::ErasePerson => match self.selected() {
                Some(id) => {
                    let question = Question::new(Answers::YesNo, move |lang| {
                        (
                            tf(lang, LMsg::AskErase, &[&id.to_string()]),
                            t(lang, crate::i18n::kit::KMsg::QuestionYesNo).to_string(),
                        )
                    });
                    self.popup = Some(Popup::Erase {
                        person_id: id,
                        question,
                    });
                    Outcome::Handled
                }
                None => Outcome::Ignored,
            },
            action if self.list.step(action) => match self.read_names(cx) {
                Ok(()) => Outcome::Handled,
                Err(e) => store_failure(cx.lang, "read people", &e),
            },
            _ => Outcome::Ignored,
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        match self.popup.as_mut() {
            Some(Popup::Ask { field, wrong, .. }) => {
                if field.input_key(key) {
                    *wrong = false;
                    Outcome::Handled
                } else {
                    Outcome::Ignored
                }
            }
            Some(Popup::Erase {
                person_id,
                question,
            }) => {
                let id = *person_id;
                match question.handle(Input::Key(key), cx) {
                    Reply::Done(answer) => self.answered(id, answer, cx),
                    other => other.into_outcome(|_| Outcome::Handled),
                }
            }
            None => Outcome::Ignored,
        }
    }

    fn handle_paste(&mut self, text: &str, _cx: &mut Ctx<'_>) -> Outcome {
        let Some(Popup::Ask { field, wrong, .. }) = self.popup.as_mut() else {
            return Outcome::Ignored;
        };
        if field.paste(text) {
            *wrong = false;
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let read = self.reload(cx);
        self.error = read.as_ref().err().map(|e| store_error_text(cx.lang, e));
        read
    }

    /// Opened with its key: the review is a report on people, recorded once.
    fn shown(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let detail = format!("years={} rows={}", self.years, self.rows.len());
        match cx
            .store
            .audit(&cx.stamp(), "report", "retention", None, &detail)
        {
            Ok(()) => Outcome::Handled,
            Err(e) => store_failure(cx.lang, "record retention review", &e),
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_screen(frame, area, view)
    }

    fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }
}

#[cfg(test)]
mod tests;
