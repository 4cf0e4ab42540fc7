//! The referrals screen (F5): open referrals with overdue follow-ups first, one-key
//! status changes, the selected referral's details below, its slip (to the printer, or
//! shown on screen to read, copy or write to a file), and the new-referral form (person and service by type-ahead, consent to share first).
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
mod packets;
mod prompts;
mod slip;

use std::path::PathBuf;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::kit::draft::draft_for;
use super::kit::fail::store_failure;
use super::kit::field::TextField;
use super::kit::viewer::Viewer;
use super::kit::{Component, Input};
use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::records::{Referral, Service};
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::{ReferralEvent, StoreError};
use form::{DRAFT_KIND, Form, FormDraft};
use prompts::Prompt;

pub use slip::{default_slips_dir, write_slip};

/// One row of the list, with what it shows already looked up.
#[derive(Debug, Clone)]
pub struct Row {
    pub referral: Referral,
    pub person: String,
    pub service_el: String,
    pub service_en: String,
    /// For a referral received from another centre: that centre's name.
    pub from: Option<String>,
    /// Whether the operator may read its reason and notes (the privacy rule: they
    /// belong to the organisation that wrote it).
    pub detail_shown: bool,
}

/// Which referrals the list shows: both directions, or one.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Direction {
    #[default]
    Both,
    /// Received from other centres.
    Incoming,
    /// Made here.
    Outgoing,
}

#[derive(Default)]
pub struct ReferralScreen {
    rows: Vec<Row>,
    /// Indexes into `rows` after filtering, in display order.
    shown: Vec<usize>,
    selected: usize,
    open_only: bool,
    direction: Direction,
    filter: String,
    /// Why the referrals could not be read: shown in place of the list.
    load_error: Option<String>,
    prompt: Option<(Prompt, TextField)>,
    form: Option<Form>,
    history: Option<(i64, Vec<ReferralEvent>)>,
    services: Vec<Service>,
    today: Option<NaiveDate>,
    /// Where slips are written (default: `slips/` beside the database).
    pub slips_dir: Option<PathBuf>,
    /// The desk's printer: slips go there instead of on screen.
    pub printer: Option<crate::printing::Printer>,
    /// A slip shown on screen (no printer set): the referral, the slip, the viewer.
    shown_slip: Option<(i64, crate::slip::Slip, Viewer)>,
}

impl ReferralScreen {
    pub fn new() -> Self {
        ReferralScreen {
            open_only: true,
            ..Self::default()
        }
    }

    /// Slips go to `printer` (none: on screen).
    pub fn printing_to(mut self, printer: Option<crate::printing::Printer>) -> Self {
        self.printer = printer;
        self
    }

    fn today(&self) -> NaiveDate {
        self.today.unwrap_or_default()
    }
}

impl Screen for ReferralScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Referrals
    }

    fn contexts(&self) -> &'static [Context] {
        if self.shown_slip.is_some() {
            &[Context::Slip, Context::Viewer]
        } else if self.form.is_some() {
            &[Context::Form]
        } else if self.prompt.is_some() {
            &[]
        } else {
            &[Context::Referral, Context::List]
        }
    }

    fn wants_text(&self) -> bool {
        self.form.is_some() || self.prompt.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if let Some((_, _, viewer)) = &mut self.shown_slip {
            let reply = viewer.handle(Input::Action(action), cx);
            return reply.into_outcome(|viewed| self.slip_viewed(viewed, cx));
        }
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
            // The form's context binds only Tab, Ctrl-S, PgUp/PgDn and Esc: Enter and
            // the arrows arrive as keys and mean the same as everywhere.
            let action = match key.code {
                KeyCode::Enter => Some(Action::Confirm),
                KeyCode::Up => Some(Action::Up),
                KeyCode::Down => Some(Action::Down),
                _ => None,
            };
            return match action {
                Some(action) => self.form_action(action, cx),
                None => self.form_key(key, cx),
            };
        }
        self.prompt_key(key, cx)
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        if self.form.is_some() {
            return self.form_input(Input::Paste(&clean), cx);
        }
        if let Some((_, field)) = &mut self.prompt {
            field.paste(&clean);
            self.prompt_changed();
            return Outcome::Handled;
        }
        Outcome::Ignored
    }

    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.form.as_mut() {
            Some(form) if !form.is_blank() => form.draft.tick(&form.to_draft(), cx),
            _ => Outcome::Ignored,
        }
    }

    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        if let Some(form) = self.form.as_mut()
            && !form.is_blank()
        {
            form.draft.keep(&form.to_draft(), cx);
        }
    }

    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(Some(d)) => {
                let name = d
                    .person
                    .as_ref()
                    .map(|p| p.1.clone())
                    .unwrap_or_else(|| d.person_query.clone());
                Outcome::Status(tf(cx.lang, RMsg::DraftOffer, &[&name]))
            }
            Ok(None) => Outcome::Ignored,
            Err(e) => store_failure(cx.lang, "read drafts", &e),
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        if self.today.is_none() {
            self.today = Some(cx.now.date());
        }
        self.reload(cx)
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if let Err(e) = self.reload(cx) {
            return store_failure(cx.lang, "reload referrals", &e);
        }
        let Nav::Refer {
            person_id,
            ticket_id,
        } = nav
        else {
            return Outcome::Ignored;
        };
        // The operator's unfinished referral for this very person is taken up.
        match draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(Some(d)) if d.person.as_ref().map(|p| p.0) == Some(*person_id) => {
                return self.resume(&d, cx);
            }
            Ok(_) => {}
            Err(e) => return store_failure(cx.lang, "read drafts", &e),
        }
        match cx.store.person(*person_id) {
            Ok(person) => self.start_form(person, *ticket_id, cx),
            Err(e) => return store_failure(cx.lang, "read person", &e),
        }
        Outcome::Handled
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.form {
            Some(form) => self.draw_form(form, frame, area, view),
            None => self.draw_list(frame, area, view),
        }
        match &self.shown_slip {
            Some((_, _, viewer)) => viewer.draw(frame, area, view),
            None => Drawn::none(),
        }
    }

    fn measured(&mut self, drawn: Drawn) {
        if let Some((_, _, viewer)) = &mut self.shown_slip {
            viewer.measured(drawn);
        }
    }
}

impl ReferralScreen {
    /// `r` on the list: the operator's unfinished referral if there is one, else a
    /// blank form.
    fn new_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None) {
            Ok(Some(d)) => self.resume(&d, cx),
            Ok(None) => {
                self.start_form(None, None, cx);
                Outcome::Handled
            }
            Err(e) => store_failure(cx.lang, "read drafts", &e),
        }
    }

    /// Puts a kept draft back on the form.
    fn resume(&mut self, d: &FormDraft, cx: &mut Ctx<'_>) -> Outcome {
        self.form = Some(Form::from_draft(d, cx.today(), self.services.clone()));
        self.check_consent(cx);
        Outcome::Status(t(cx.lang, RMsg::DraftResumed).to_string())
    }

    /// Whether the operator has a referral draft waiting.
    fn draft_waiting(&self, cx: &Ctx<'_>) -> bool {
        matches!(
            draft_for::<FormDraft>(cx.store, cx.operator, DRAFT_KIND, None),
            Ok(Some(_))
        )
    }
}

impl ReferralScreen {
    /// Which referrals the list shows.
    pub fn direction(&self) -> Direction {
        self.direction
    }

    /// For tests: pretend today is `day` (the list's overdue markers depend on it).
    pub fn set_today(&mut self, day: NaiveDate) {
        self.today = Some(day);
        self.apply_filter();
    }
}

#[cfg(test)]
mod incoming_tests;
#[cfg(test)]
mod tests;
