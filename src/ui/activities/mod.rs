//! The group activities screen (Alt-G): the running activities with their places and
//! waiting lists; an activity's page (the enrolled and the waiting in order, each
//! one's attendance, who missed the last sessions), where people are enrolled and
//! taken out and places changed; the roll call, one key per person; a new activity.
//!
//! This file holds the list and routes each key to the mode that has it; the page,
//! the roll call and the form keep their keys and drawing in files of their own.

mod form;
mod list;
mod page;
mod roll;
#[cfg(test)]
mod tests;

use std::collections::HashMap;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::domain::access::Kind;
use crate::domain::activities::Activity;
use crate::i18n::activities::{GMsg, refusal, weekday};
use crate::i18n::{Lang, t};
use crate::keymap::Context;
use crate::store::{ActivityFailure, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::list::ListView;
use crate::ui::{Ctx, Drawn, Outcome, Screen, ScreenId, View};

use form::ActivityForm;
use page::Page;
use roll::Roll;

/// "Missed the last N sessions" is marked for this N.
pub const MISSED_N: usize = 3;

/// One activity as the list shows it.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    activity: Activity,
    line: String,
    enrolled: usize,
    waiting: usize,
}

enum Mode {
    List,
    Page(Box<Page>),
    Roll(Box<Roll>),
    New(Box<ActivityForm>),
}

pub struct ActivitiesScreen {
    rows: Vec<Row>,
    list: ListView,
    /// Why the list could not be read: shown in its place, never as "no activities".
    load_error: Option<String>,
    mode: Mode,
    /// The lines' names by id, in the operator's language at the last reload.
    lines: HashMap<i64, String>,
}

impl Default for ActivitiesScreen {
    fn default() -> Self {
        ActivitiesScreen::new()
    }
}

/// An activity's weekly schedule: `Δε Τε 17:00 (90')`.
pub fn schedule(a: &Activity, lang: Lang) -> String {
    let days = a
        .weekdays
        .iter()
        .map(|d| t(lang, weekday(*d)))
        .collect::<Vec<_>>()
        .join(" ");
    format!("{days} {} ({}')", a.time.format("%H:%M"), a.minutes)
}

/// An activity change that failed, in the operator's language.
pub fn failure(lang: Lang, what: &'static str, e: &ActivityFailure) -> Outcome {
    match e {
        ActivityFailure::Rule(rule) => Outcome::Error(t(lang, refusal(*rule)).to_string()),
        ActivityFailure::Store(e) => store_failure(lang, what, e),
    }
}

impl ActivitiesScreen {
    pub fn new() -> ActivitiesScreen {
        ActivitiesScreen {
            rows: Vec::new(),
            list: ListView::new(),
            load_error: None,
            mode: Mode::List,
            lines: HashMap::new(),
        }
    }

    fn load(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let services = cx.store.services()?;
        self.lines = services
            .iter()
            .map(|s| (s.id, crate::i18n::service_name(s, cx.lang).to_string()))
            .collect();
        let mut rows = Vec::new();
        for activity in cx.store.activities(cx.today())? {
            let roster = cx.store.roster(activity.id)?;
            rows.push(Row {
                line: self.line_name(activity.service_id),
                enrolled: roster.enrolled.len(),
                waiting: roster.waiting.len(),
                activity,
            });
        }
        self.rows = rows;
        self.list.set_len(self.rows.len());
        Ok(())
    }

    fn line_name(&self, id: i64) -> String {
        self.lines
            .get(&id)
            .cloned()
            .unwrap_or_else(|| format!("#{id}"))
    }

    /// Reloads the list and says what went wrong, if anything.
    fn reload(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.refresh(cx) {
            Ok(()) => Outcome::Handled,
            Err(e) => store_failure(cx.lang, "reload activities", &e),
        }
    }

    fn selected(&self) -> Option<&Row> {
        self.rows.get(self.list.selected())
    }

    fn open_page(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected() else {
            return Outcome::Ignored;
        };
        let (activity, line) = (row.activity.clone(), row.line.clone());
        match Page::open(activity, line, cx) {
            Ok(page) => {
                self.mode = Mode::Page(Box::new(page));
                Outcome::Handled
            }
            Err(e) => store_failure(cx.lang, "open activity", &e),
        }
    }

    fn open_roll(&mut self, activity: Activity, cx: &mut Ctx<'_>) -> Outcome {
        match Roll::open(activity, cx) {
            Ok(Ok(roll)) => {
                self.mode = Mode::Roll(Box::new(roll));
                Outcome::Handled
            }
            Ok(Err(msg)) => Outcome::Error(t(cx.lang, msg).to_string()),
            Err(e) => store_failure(cx.lang, "open roll call", &e),
        }
    }

    fn list_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if self.list.step(action) {
            return Outcome::Handled;
        }
        match action {
            Action::Confirm => self.open_page(cx),
            Action::RollCall => match self.selected() {
                Some(row) => {
                    let activity = row.activity.clone();
                    self.open_roll(activity, cx)
                }
                None => Outcome::Ignored,
            },
            Action::NewEntry => {
                if !cx.viewer().may(Kind::Programmes) {
                    return Outcome::Error(t(cx.lang, GMsg::NotAllowed).to_string());
                }
                let lines = match cx.store.services() {
                    Ok(lines) => lines,
                    Err(e) => return store_failure(cx.lang, "read lines", &e),
                };
                self.mode = Mode::New(Box::new(ActivityForm::new(lines, cx)));
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Back to the list from a page or a roll call (reloaded: counts changed).
    fn back_to_list(&mut self, cx: &mut Ctx<'_>, said: Outcome) -> Outcome {
        self.mode = Mode::List;
        match self.reload(cx) {
            Outcome::Handled => said,
            failed => failed,
        }
    }
}

impl Screen for ActivitiesScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Activities
    }

    fn contexts(&self) -> &'static [Context] {
        match &self.mode {
            Mode::List => &[Context::Activities, Context::List],
            Mode::Page(page) => page.contexts(),
            Mode::Roll(roll) => roll.contexts(),
            Mode::New(_) => &[Context::Form],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.mode {
            Mode::List => false,
            Mode::Page(page) => page.wants_text(),
            Mode::Roll(roll) => roll.wants_text(),
            Mode::New(_) => true,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::List => self.list_action(action, cx),
            Mode::Page(page) => match page.handle(action, cx) {
                page::PageOutcome::Stay(outcome) => outcome,
                page::PageOutcome::Back => self.back_to_list(cx, Outcome::Handled),
                page::PageOutcome::Roll => {
                    let activity = page.activity.clone();
                    self.open_roll(activity, cx)
                }
            },
            Mode::Roll(roll) => match roll.handle(action, cx) {
                roll::RollOutcome::Stay(outcome) => outcome,
                roll::RollOutcome::Back(said) => self.back_to_list(cx, said),
            },
            Mode::New(form) => match form.handle(action, cx) {
                form::FormOutcome::Stay(outcome) => outcome,
                form::FormOutcome::Back(said) => self.back_to_list(cx, said),
            },
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::List => Outcome::Ignored,
            Mode::Page(page) => page.handle_key(key, cx),
            Mode::Roll(roll) => match roll.handle_key(key, cx) {
                roll::RollOutcome::Stay(outcome) => outcome,
                roll::RollOutcome::Back(said) => self.back_to_list(cx, said),
            },
            Mode::New(form) => form.handle_key(key, cx),
        }
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Page(page) => page.handle_paste(text, cx),
            Mode::New(form) => form.handle_paste(text, cx),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let loaded = self.load(cx);
        self.load_error = loaded.as_ref().err().map(|e| store_error_text(cx.lang, e));
        if let Mode::Page(page) = &mut self.mode {
            page.reload(cx)?;
        }
        loaded
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.mode {
            Mode::List => self.draw_list(frame, area, view),
            Mode::Page(page) => page.draw(frame, area, view),
            Mode::Roll(roll) => roll.draw(frame, area, view),
            Mode::New(form) => form.draw(frame, area, view),
        }
    }

    fn measured(&mut self, drawn: Drawn) {
        match &mut self.mode {
            Mode::List => self.list.measured(drawn),
            Mode::Page(page) => page.measured(drawn),
            Mode::Roll(roll) => roll.measured(drawn),
            Mode::New(_) => {}
        }
    }
}
