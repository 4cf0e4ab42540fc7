//! The referrals screen (F5): open referrals with overdue follow-ups first, one-key
//! status changes, the selected referral's details below, a slip written to a file, and
//! the new-referral form (person and service by type-ahead, consent to share first).
//!
//! This file holds the screen's state and routes each key to the list, the prompt or
//! the form; each of those keeps its work (and the form its drawing) in its own file.

mod draw;
mod form;
mod form_draw;
mod form_save;
mod form_search;
mod list;
mod names;
mod prompts;
mod slip;

use std::path::PathBuf;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::records::{Referral, Service};
use crate::store::{ReferralEvent, Store, StoreError};
use form::{Field, Form};
use prompts::Prompt;

pub use slip::{default_slips_dir, slip_text, write_slip};

/// One row of the list, with what it shows already looked up.
#[derive(Debug, Clone)]
pub struct Row {
    pub referral: Referral,
    pub person: String,
    pub service_el: String,
    pub service_en: String,
    /// For a referral received from another centre: that centre's name.
    pub from: Option<String>,
}

#[derive(Debug, Default)]
pub struct ReferralScreen {
    rows: Vec<Row>,
    /// Indexes into `rows` after filtering, in display order.
    shown: Vec<usize>,
    selected: usize,
    open_only: bool,
    filter: String,
    prompt: Option<(Prompt, String)>,
    form: Option<Form>,
    history: Option<(i64, Vec<ReferralEvent>)>,
    services: Vec<Service>,
    today: Option<NaiveDate>,
    /// Where slips are written (default: `slips/` beside the database).
    pub slips_dir: Option<PathBuf>,
}

impl ReferralScreen {
    pub fn new() -> Self {
        ReferralScreen {
            open_only: true,
            ..Self::default()
        }
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_default()
    }
}

impl Screen for ReferralScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Referrals
    }

    fn contexts(&self) -> &'static [&'static str] {
        if self.form.is_some() {
            &["form"]
        } else if self.prompt.is_some() {
            &[]
        } else {
            &["referral", "list"]
        }
    }

    fn wants_text(&self) -> bool {
        self.form.is_some() || self.prompt.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if self.form.is_some() {
            return self.form_action(action, cx);
        }
        if self.prompt.is_some() {
            return Outcome::Ignored;
        }
        self.list_action(action, cx)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if self.form.is_some() {
            if key.code == KeyCode::Enter {
                let field = self.form.as_ref().map(|f| f.field);
                if matches!(field, Some(Field::Person | Field::Service)) {
                    self.pick(cx);
                } else if let Some(f) = &mut self.form {
                    f.step(true);
                }
                return Outcome::Handled;
            }
            return self.form_key(key, cx);
        }
        self.prompt_key(key, cx)
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        if let Some(form) = &mut self.form {
            if let Some(field) = form.text_mut() {
                field.push_str(&clean);
            }
            self.update_hits(cx);
            return Outcome::Handled;
        }
        if let Some((_, field)) = &mut self.prompt {
            field.push_str(&clean);
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        if self.today.is_none() {
            self.today = Some(cx.now.date());
        }
        self.reload(store)
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        let _ = self.reload(cx.store);
        if let Nav::Refer {
            person_id,
            ticket_id,
        } = nav
        {
            match cx.store.person(*person_id) {
                Ok(person) => self.start_form(person, *ticket_id, cx),
                Err(e) => return Outcome::Error(e.to_string()),
            }
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.form {
            Some(form) => self.draw_form(form, frame, area, view),
            None => self.draw_list(frame, area, view),
        }
        Drawn::none()
    }
}

impl ReferralScreen {
    /// For tests: pretend today is `day` (the list's overdue markers depend on it).
    pub fn set_today(&mut self, day: NaiveDate) {
        self.today = Some(day);
        self.apply_filter();
    }
}
