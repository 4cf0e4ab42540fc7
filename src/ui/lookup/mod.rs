//! The Lookup screen (F4): a one-line query answered on every keystroke by the lookup
//! engine, the results with the selected person's details below, and the person's
//! card (see [`card`]).
//!
//! Focus rule ([`Focus::after`], the one place it is decided): while the query has the
//! focus, every letter goes into it; ↑ ↓ PgUp PgDn (or Tab) move into the results, where
//! one-letter keys act on the selected person (q queue, v visit, r refer, e edit, Enter
//! card) and Esc, Tab or / go back to the query, which is kept. Arriving at the screen
//! and leaving a card put the focus on the query, so the next name typed is a search,
//! never a string of one-letter actions on the previous person. On the card one-letter
//! keys always act.

pub mod card;
mod draw;
mod focus;
mod format;

use std::collections::HashMap;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use self::card::Card;
use self::focus::{Focus, FocusEvent};
use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::ReferralState;
use crate::domain::dates::format_date;
use crate::domain::person::{Person, mask_identifier};
use crate::domain::records::Service;
use crate::domain::text;
use crate::i18n::kit::KMsg;
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::search::{self, MatchKind};
use crate::store::{Store, StoreError};
use crate::ui::kit::draft::drafts_of;
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::visit_form::{DRAFT_KIND as VISIT_DRAFT, VisitDraft};

/// How many results the engine is asked for.
pub const LIMIT: usize = 50;

/// One result row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub person: Person,
    pub kind: MatchKind,
    pub last_visit: Option<NaiveDate>,
    pub open_referrals: usize,
    /// What the query matched, marked on the row and on the card.
    pub marks: Marks,
}

/// What the details under the list show about the selected person.
#[derive(Debug, Clone, PartialEq, Default)]
struct Details {
    person_id: i64,
    household: usize,
    last_visit: Option<(NaiveDate, Option<i64>)>,
    /// Open referrals: service and follow-up date, earliest follow-up first.
    open: Vec<(i64, Option<NaiveDate>)>,
}

pub struct LookupScreen {
    query: TextField,
    focus: Focus,
    rows: Vec<Row>,
    /// The selection among the rows, paged by what was drawn.
    list: ListView,
    details: Option<Details>,
    /// Everyone in the database (refreshed with the screen, not per key).
    total: i64,
    services: HashMap<i64, Service>,
    card: Option<Card>,
    /// A failed search or load, shown in place of the results.
    error: Option<String>,
    /// Where an export from the card goes: the directory kentro was started in.
    pub export_dir: std::path::PathBuf,
}

impl Default for LookupScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl LookupScreen {
    pub fn new() -> Self {
        LookupScreen {
            query: TextField::new(),
            focus: Focus::Query,
            rows: Vec::new(),
            list: ListView::new(),
            details: None,
            total: 0,
            services: HashMap::new(),
            card: None,
            error: None,
            export_dir: std::path::PathBuf::from("."),
        }
    }

    /// The query as typed.
    pub fn query(&self) -> String {
        self.query.text()
    }

    fn move_focus(&mut self, event: FocusEvent) {
        self.focus = self.focus.after(event, !self.rows.is_empty());
    }

    /// The results shown.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The person whose card is open, if any.
    pub fn card_person(&self) -> Option<i64> {
        self.card.as_ref().map(|c| c.person.id)
    }

    fn selected_row(&self) -> Option<&Row> {
        self.rows.get(self.list.selected())
    }

    /// Runs the engine on the query, keeping the selected person if still found. A
    /// failure is shown in place of the results and returned for the status line.
    fn search(&mut self, cx: &Ctx<'_>, keep: Option<i64>) -> Outcome {
        let store: &Store = cx.store;
        let query = self.query();
        self.error = None;
        if query.trim().is_empty() {
            self.rows.clear();
            self.list = ListView::new();
            self.details = None;
            return Outcome::Handled;
        }
        let found = search::search_on(store, &query, LIMIT, cx.today()).and_then(|hits| {
            let ids: Vec<i64> = hits.iter().map(|h| h.person.id).collect();
            let counts = store.open_referral_counts(&ids)?;
            Ok(hits
                .into_iter()
                .zip(counts)
                .map(|(h, open_referrals)| Row {
                    person: h.person,
                    kind: h.kind,
                    last_visit: h.last_visit,
                    open_referrals,
                    marks: Marks {
                        words: h.matched,
                        date: h.date,
                        term: h.term,
                    },
                })
                .collect::<Vec<_>>())
        });
        let outcome = match found {
            Ok(rows) => {
                let selected = keep
                    .and_then(|id| rows.iter().position(|r| r.person.id == id))
                    .unwrap_or(0);
                self.rows = rows;
                self.list.set_len(self.rows.len());
                self.list.select(selected);
                Outcome::Handled
            }
            Err(e) => {
                self.rows.clear();
                self.list = ListView::new();
                self.error = Some(store_error_text(cx.lang, &e));
                store_failure(cx.lang, "search", &e)
            }
        };
        if self.rows.is_empty() {
            self.move_focus(FocusEvent::BackToQuery);
        }
        match self.load_details(cx) {
            Outcome::Error(e) => Outcome::Error(e),
            _ => outcome,
        }
    }

    fn load_details(&mut self, cx: &Ctx<'_>) -> Outcome {
        let store: &Store = cx.store;
        let Some(id) = self.selected_row().map(|r| r.person.id) else {
            self.details = None;
            return Outcome::Handled;
        };
        if self.details.as_ref().is_some_and(|d| d.person_id == id) {
            return Outcome::Handled;
        }
        let load = || -> Result<Details, StoreError> {
            let household = store.household_of(id)?.len();
            let last_visit = store
                .visits_of(id)?
                .first()
                .map(|v| (v.visited_on, v.service_id));
            let mut open: Vec<(i64, Option<NaiveDate>)> = store
                .referrals_of(id)?
                .iter()
                .filter(|r| matches!(r.state, ReferralState::Sent | ReferralState::Accepted))
                .map(|r| (r.service_id, r.follow_up_on))
                .collect();
            open.sort_by_key(|(_, d)| (d.is_none(), *d));
            Ok(Details {
                person_id: id,
                household,
                last_visit,
                open,
            })
        };
        match load() {
            Ok(d) => {
                self.details = Some(d);
                Outcome::Handled
            }
            Err(e) => {
                self.details = None;
                self.error = Some(store_error_text(cx.lang, &e));
                store_failure(cx.lang, "person details", &e)
            }
        }
    }

    /// Opens the card of `id`, writing one audit entry for this opening.
    fn open_card(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        match Card::open(id, cx) {
            Ok(Some(mut card)) => {
                // The card marks what the query matched, as the row did.
                if let Some(row) = self.rows.iter().find(|r| r.person.id == id) {
                    card.marks = row.marks.clone();
                }
                card.export_dir = self.export_dir.clone();
                self.card = Some(card);
                Outcome::Handled
            }
            Ok(None) => Outcome::Error(t(cx.lang, LMsg::Gone).to_string()),
            Err(e) => store_failure(cx.lang, "open card", &e),
        }
    }

    fn handle_list(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let selected = self.selected_row().map(|r| r.person.id);
        match action {
            action if action.moves_selection() => {
                if self.rows.is_empty() {
                    return Outcome::Handled;
                }
                // Moving through the results takes the focus there (see the module).
                if self.focus == Focus::Query && matches!(action, Action::Home | Action::End) {
                    return Outcome::Ignored;
                }
                self.move_focus(FocusEvent::IntoList);
                self.list.step(action);
                self.load_details(cx)
            }
            Action::FocusList => {
                self.move_focus(FocusEvent::IntoList);
                Outcome::Handled
            }
            Action::FocusQuery => {
                self.move_focus(FocusEvent::BackToQuery);
                Outcome::Handled
            }
            Action::ClearQuery | Action::Cancel => {
                if self.focus == Focus::List {
                    self.move_focus(FocusEvent::BackToQuery);
                    Outcome::Handled
                } else {
                    self.query.clear();
                    self.search(cx, None)
                }
            }
            Action::Confirm
            | Action::RecordVisit
            | Action::AddToQueue
            | Action::Refer
            | Action::BookAppointment
            | Action::EditRecord => {
                let Some(id) = selected else {
                    return Outcome::Status(t(cx.lang, LMsg::NothingSelected).to_string());
                };
                match action {
                    Action::Confirm => self.open_card(id, cx),
                    Action::RecordVisit => {
                        let outcome = self.open_card(id, cx);
                        if outcome == Outcome::Handled {
                            self.card_action(Action::RecordVisit, cx)
                        } else {
                            outcome
                        }
                    }
                    Action::AddToQueue => Outcome::Go(Nav::TicketFor(id)),
                    Action::Refer => Outcome::Go(Nav::Refer {
                        person_id: id,
                        ticket_id: None,
                    }),
                    Action::BookAppointment => Outcome::Go(Nav::BookFor(crate::ui::BookFor {
                        person_id: Some(id),
                        label: String::new(),
                        service_id: None,
                        ticket_id: None,
                    })),
                    _ => Outcome::Go(Nav::EditPerson(id)),
                }
            }
            _ => Outcome::Ignored,
        }
    }

    fn card_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Some(card) = self.card.as_mut() else {
            return Outcome::Ignored;
        };
        match card.handle(action, cx) {
            card::CardOutcome::Close => {
                self.card = None;
                self.move_focus(FocusEvent::Arrived);
                Outcome::Handled
            }
            card::CardOutcome::Done(outcome) => outcome,
        }
    }
}

impl Screen for LookupScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Lookup
    }

    fn contexts(&self) -> &'static [Context] {
        match &self.card {
            Some(card) => card.contexts(),
            None if self.focus == Focus::List => &[Context::LookupList],
            None => &[Context::Lookup],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.card {
            Some(card) => card.wants_text(),
            None => self.focus == Focus::Query,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if self.card.is_some() {
            return self.card_action(action, cx);
        }
        self.handle_list(action, cx)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(card) = self.card.as_mut() {
            return card.handle_key(key, cx);
        }
        if self.focus != Focus::Query {
            return Outcome::Ignored;
        }
        if matches!(key.code, KeyCode::Enter | KeyCode::Tab) {
            return Outcome::Ignored;
        }
        let before = self.query();
        self.query.input_key(key);
        if self.query() != before {
            return self.search(cx, None);
        }
        Outcome::Handled
    }

    fn handle_paste(&mut self, pasted: &str, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(card) = self.card.as_mut() {
            return card.handle_paste(pasted);
        }
        if self.focus != Focus::Query {
            return Outcome::Ignored;
        }
        self.query.paste(&text::clean_line(pasted));
        self.search(cx, None)
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        self.services = store.services()?.into_iter().map(|s| (s.id, s)).collect();
        self.total = store.count_people()?;
        let keep = self.selected_row().map(|r| r.person.id);
        // Another desk may have changed the selected person: load the details again.
        self.details = None;
        // A failed search is shown in place of the results (and logged).
        self.search(cx, keep);
        if let Some(card) = self.card.as_mut() {
            card.reload(cx.store, cx.now.date())?;
        }
        Ok(())
    }

    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.card.as_mut() {
            Some(card) => card.tick(cx),
            None => Outcome::Ignored,
        }
    }

    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        if let Some(card) = self.card.as_mut() {
            card.keep_draft(cx);
        }
    }

    /// The program started: visits and case notes half typed last time are named.
    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let visits = match drafts_of::<VisitDraft>(cx.store, cx.operator, VISIT_DRAFT) {
            Ok((drafts, _)) => drafts,
            Err(e) => return store_failure(cx.lang, "read drafts", &e),
        };
        let notes = match drafts_of::<card::NoteDraft>(cx.store, cx.operator, card::NOTE_DRAFT) {
            Ok((drafts, _)) => drafts,
            Err(e) => return store_failure(cx.lang, "read drafts", &e),
        };
        let mut said = Vec::new();
        if !visits.is_empty() {
            let names: Vec<String> = visits.iter().map(|(_, d)| d.person_name.clone()).collect();
            said.push(tf(cx.lang, KMsg::VisitDraftOffer, &[&names.join(", ")]));
        }
        if !notes.is_empty() {
            let names: Vec<String> = notes.iter().map(|(_, d)| d.person_name.clone()).collect();
            said.push(tf(cx.lang, LMsg::NoteDraftOffer, &[&names.join(", ")]));
        }
        if said.is_empty() {
            Outcome::Ignored
        } else {
            Outcome::Status(said.join(" · "))
        }
    }

    /// F4: the operator came to look someone up: letters go into the query.
    fn shown(&mut self, _cx: &mut Ctx<'_>) -> Outcome {
        if self.card.is_none() {
            self.move_focus(FocusEvent::Arrived);
        }
        Outcome::Handled
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        match nav {
            Nav::PersonCard(id) => self.open_card(*id, cx),
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        match &self.card {
            Some(card) => card.draw(frame, area, view, &self.services),
            None => self.draw_list(frame, area, view),
        }
    }

    fn measured(&mut self, drawn: Drawn) {
        match self.card.as_mut() {
            Some(card) => card.measured(drawn),
            None => self.list.measured(drawn),
        }
    }
}

pub(crate) use format::{
    Marks, born_pieces, fit, gender_long, gender_short, marked_name, marked_words, row_line, tail,
};
pub use format::{group, mask_phone};

#[cfg(test)]
mod admin_tests;
#[cfg(test)]
mod glass_tests;
#[cfg(test)]
mod note_tests;
#[cfg(test)]
mod test_support;
#[cfg(test)]
mod tests;
