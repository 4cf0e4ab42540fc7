//! The intake screen (F3): register a person once, correctly, in under a minute.
//!
//! One form in nine sections (identity, documents, contact, household, language,
//! vulnerability, employment and education, consent, notes), each fitting 80×24. Every
//! text input is the kit's text field (`kit::field::TextField`); lists (gender, nationality,
//! municipality, relation, languages, ...) are pickers with type-ahead. While names,
//! the date of birth or identifiers are typed, the panel under the form lists people
//! possibly already registered. The form in progress is kept as a draft in the
//! database a moment after each change and when the program ends.
//!
//! This file holds the screen's state and routes actions and keys by mode; each
//! submodule does one job: the form ([`form`]), typing and moving in it ([`editing`]),
//! type-ahead lists ([`pickers`]), drafts and the start page ([`drafts`]), saving and
//! the saved page ([`saving`]), forms opened on a person ([`opening`]), the questions
//! that interrupt the form ([`questions`]), drawing ([`draw`]) and the panel under the
//! fields ([`panel`]), and the words they share ([`labels`]).

mod drafts;
mod draw;
mod editing;
#[cfg(test)]
mod failure_tests;
#[cfg(test)]
mod field_tests;
mod form;
mod labels;
mod opening;
mod panel;
mod pickers;
mod questions;
mod saving;

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::kit::draft::Drafted;
use super::visit_form::VisitForm;
use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::intake::{Checked, ConsentPolicy, Entry, Field};
use crate::domain::person::Person;
use crate::i18n::intake::Im;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::{CONSENT_MINIMUM_SETTING, Store, StoreError};
use drafts::DraftRow;
use form::Form;
use questions::Conflict;

pub use drafts::DRAFT_KIND;
pub use labels::field_label;

/// What the screen is doing now: it decides the key contexts, which handler gets an
/// action and what is drawn.
enum Mode {
    /// The operator's unfinished forms, or an invitation to start one.
    Start,
    Form,
    /// Ctrl-D: the cursor is in the duplicates list.
    Dupes,
    /// Esc with unsaved changes: y / x / Esc.
    Leave,
    /// Ctrl-S on a form that keeps more than the minimum without consent: y records
    /// consent now and saves; n or Esc goes back to the form.
    AskConsent,
    Conflict(Conflict),
    Saved {
        id: i64,
        name: String,
        message: Im,
    },
    Visit(Box<VisitForm>),
}

/// The intake screen: the form on screen (if any), the operator's drafts and the
/// cursors of the lists it shows.
pub struct IntakeScreen {
    mode: Mode,
    form: Option<Form>,
    drafts: Vec<DraftRow>,
    /// Why the drafts could not be read at the last try, or a saved form's draft could
    /// not be removed: shown on the start page, never taken for "no unfinished forms".
    drafts_error: Option<StoreError>,
    draft_removal_error: Option<StoreError>,
    draft_pick: usize,
    discard_armed: bool,
    dupe_pick: usize,
    policy: ConsentPolicy,
    /// The operator, as last seen (for the consent line).
    operator: String,
    /// Today, as last seen in a handler (drawing never reads the clock).
    today: Option<NaiveDate>,
}

impl Default for IntakeScreen {
    fn default() -> Self {
        IntakeScreen::new()
    }
}

impl IntakeScreen {
    pub fn new() -> Self {
        IntakeScreen {
            mode: Mode::Start,
            form: None,
            drafts: Vec::new(),
            drafts_error: None,
            draft_removal_error: None,
            draft_pick: 0,
            discard_armed: false,
            dupe_pick: 0,
            policy: ConsentPolicy::default(),
            operator: String::new(),
            today: None,
        }
    }

    /// The focused field (tests, benchmarks).
    pub fn focus(&self) -> Option<Field> {
        self.form.as_ref().map(|f| f.focus)
    }

    /// The form's values now (tests, benchmarks).
    pub fn entry(&self) -> Option<Entry> {
        self.form.as_ref().map(Form::entry)
    }

    /// The person saved last, when the screen shows the "saved" page.
    pub fn saved_id(&self) -> Option<i64> {
        match &self.mode {
            Mode::Saved { id, .. } => Some(*id),
            _ => None,
        }
    }

    /// The duplicates the panel lists now.
    pub fn duplicates(&self) -> Vec<i64> {
        self.form
            .as_ref()
            .map(|f| f.dupes.iter().map(|c| c.person.id).collect())
            .unwrap_or_default()
    }

    /// Starts a blank form for a new person.
    pub fn new_form(&mut self) {
        let mut form = Form::new(None, 0, Entry::default(), &Entry::default());
        form.checked = Checked {
            person: Person::default(),
            issues: Vec::new(),
        };
        self.form = Some(form);
        self.mode = Mode::Form;
    }
}

impl IntakeScreen {
    fn handle_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        self.operator = cx.operator.to_string();
        match &mut self.mode {
            Mode::Form => self.handle_form(action, cx),
            Mode::Start => self.handle_start(action, cx),
            Mode::Dupes => self.handle_dupes(action, cx),
            Mode::AskConsent => self.handle_ask_consent(action, cx),
            Mode::Leave => self.handle_leave(action, cx),
            Mode::Conflict(_) => self.handle_conflict(action, cx),
            Mode::Saved { id, .. } => {
                let id = *id;
                self.handle_saved(id, action, cx)
            }
            Mode::Visit(_) => self.handle_visit(action, cx),
        }
    }

    fn handle_raw_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        match &mut self.mode {
            Mode::Form => self.handle_form_key(key, cx),
            Mode::Visit(v) => {
                if v.handle_key(key) {
                    Outcome::Handled
                } else {
                    Outcome::Ignored
                }
            }
            _ => Outcome::Ignored,
        }
    }

    fn handle_raw_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Form => self.paste(text, cx),
            Mode::Visit(v) => {
                v.handle_paste(text);
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }
}

impl Screen for IntakeScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Intake
    }

    fn contexts(&self) -> &'static [Context] {
        match self.mode {
            Mode::Start => &[Context::IntakeStart, Context::List],
            Mode::Form => &[Context::Intake, Context::Form],
            Mode::Dupes => &[Context::IntakeDupes, Context::List, Context::Form],
            Mode::Leave => &[Context::IntakeLeave],
            Mode::AskConsent => &[Context::IntakeConsent],
            Mode::Conflict(_) => &[Context::IntakeConflict, Context::List],
            Mode::Saved { .. } => &[Context::IntakeSaved],
            Mode::Visit(_) => &[Context::Visit, Context::Form],
        }
    }

    fn wants_text(&self) -> bool {
        matches!(self.mode, Mode::Form | Mode::Visit(_))
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let outcome = self.handle_action(action, cx);
        self.say_failure(outcome)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let outcome = self.handle_raw_key(key, cx);
        self.say_failure(outcome)
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let outcome = self.handle_raw_paste(text, cx);
        self.say_failure(outcome)
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        if let Some(text) = store.setting(CONSENT_MINIMUM_SETTING)? {
            self.policy = ConsentPolicy::from_setting(Some(&text));
        }
        self.operator = cx.operator.to_string();
        self.load_drafts(store, cx.operator);
        if self.form.is_some() && matches!(self.mode, Mode::Form | Mode::Dupes) {
            self.load_members(store, cx.lang);
        }
        Ok(())
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        match nav {
            Nav::EditPerson(id) => self.open_edit(*id, cx),
            Nav::RegisterForTicket(ticket) => self.open_for_ticket(*ticket, cx),
            _ => Outcome::Ignored,
        }
    }

    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        if let Mode::Visit(v) = &mut self.mode {
            return if v.is_blank() {
                Outcome::Ignored
            } else {
                v.tick(cx)
            };
        }
        let Some(form) = self.form.as_ref() else {
            return Outcome::Ignored;
        };
        if form.slot.due() {
            self.flush_draft(cx)
        } else {
            Outcome::Ignored
        }
    }

    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        self.new_form();
        self.load_drafts(cx.store, cx.operator);
        match self.drafts_offer(cx.lang) {
            Outcome::Status(text) => Outcome::Status(text),
            _ => Outcome::Ignored,
        }
    }

    fn shown(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        self.operator = cx.operator.to_string();
        self.today = Some(cx.now.date());
        self.fresh_form(cx)
    }

    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        if let Mode::Visit(v) = &mut self.mode {
            v.keep(cx);
        }
        self.flush_draft(cx);
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", self.title(view.lang)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        match &self.mode {
            Mode::Start => self.draw_start(frame, inner, view),
            Mode::Saved { name, message, .. } => {
                let lines = vec![
                    Line::from(""),
                    Line::from(Span::styled(
                        format!(" {}", tf(view.lang, *message, &[name])),
                        theme.title,
                    )),
                    Line::from(""),
                    Line::from(Span::styled(
                        format!(" {}", t(view.lang, Im::SavedKeys)),
                        theme.muted,
                    )),
                ];
                frame.render_widget(
                    Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
                    inner,
                );
            }
            Mode::Visit(v) => v.draw(frame, inner, view, &self.operator),
            _ => {
                if let Some(form) = &self.form {
                    self.draw_form(frame, inner, view, form);
                }
            }
        }
        Drawn::none()
    }
}

#[cfg(test)]
mod draft_tests;
#[cfg(test)]
mod duplicate_tests;
#[cfg(test)]
mod merge_tests;
#[cfg(test)]
mod role_tests;
#[cfg(test)]
mod tests;
