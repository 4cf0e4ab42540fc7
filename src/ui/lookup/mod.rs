//! The Lookup screen (F4): a one-line query answered on every keystroke by the lookup
//! engine, the results with the selected person's details below, and the person's
//! card (see [`card`]).
//!
//! Focus rule: while the query has the focus, every letter goes into it; ↑ ↓ PgUp PgDn
//! (or Tab) move into the results, where one-letter keys act on the selected person
//! (q queue, v visit, r refer, e edit, Enter card) and Esc, Tab or / go back to the query,
//! which is kept. On the card one-letter keys always act.

pub mod card;
mod draw;
mod format;

use std::cell::Cell;
use std::collections::HashMap;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use ratatui_textarea::TextArea;

use self::card::Card;
use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::ReferralState;
use crate::domain::dates::format_date;
use crate::domain::person::{Person, mask_identifier};
use crate::domain::records::Service;
use crate::domain::text;
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t, tf};
use crate::search::{self, MatchKind};
use crate::store::{Store, StoreError};

/// How many results the engine is asked for.
pub const LIMIT: usize = 50;

/// One result row.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub person: Person,
    pub kind: MatchKind,
    pub last_visit: Option<NaiveDate>,
    pub open_referrals: usize,
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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Focus {
    Query,
    List,
}

pub struct LookupScreen {
    /// How many times the store asked this screen to reload.
    pub refreshes: u64,
    query: TextArea<'static>,
    focus: Focus,
    rows: Vec<Row>,
    selected: usize,
    details: Option<Details>,
    /// Everyone in the database (refreshed with the screen, not per key).
    total: i64,
    services: HashMap<i64, Service>,
    card: Option<Card>,
    today: Option<NaiveDate>,
    error: Option<String>,
    /// Rows of results the last draw had room for (for PgUp/PgDn).
    page: Cell<usize>,
}

impl Default for LookupScreen {
    fn default() -> Self {
        Self::new()
    }
}

impl LookupScreen {
    pub fn new() -> Self {
        LookupScreen {
            refreshes: 0,
            query: TextArea::default(),
            focus: Focus::Query,
            rows: Vec::new(),
            selected: 0,
            details: None,
            total: 0,
            services: HashMap::new(),
            card: None,
            today: None,
            error: None,
            page: Cell::new(10),
        }
    }

    /// The query as typed.
    pub fn query(&self) -> String {
        self.query.lines().first().cloned().unwrap_or_default()
    }

    /// The results shown.
    pub fn rows(&self) -> &[Row] {
        &self.rows
    }

    /// The person whose card is open, if any.
    pub fn card_person(&self) -> Option<i64> {
        self.card.as_ref().map(|c| c.person.id)
    }

    /// Fixes the day used for ticket numbers and ages (tests; else the first key sets it).
    pub fn set_today(&mut self, today: NaiveDate) {
        self.today = Some(today);
    }

    fn today(&self) -> NaiveDate {
        self.today
            .unwrap_or_else(|| chrono::Local::now().date_naive())
    }

    fn selected_row(&self) -> Option<&Row> {
        self.rows.get(self.selected)
    }

    /// Runs the engine on the query, keeping the selected person if still found.
    fn search(&mut self, store: &Store, keep: Option<i64>) {
        let query = self.query();
        self.error = None;
        if query.trim().is_empty() {
            self.rows.clear();
            self.selected = 0;
            self.details = None;
            return;
        }
        let found = search::search_on(store, &query, LIMIT, self.today()).and_then(|hits| {
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
                })
                .collect::<Vec<_>>())
        });
        match found {
            Ok(rows) => {
                self.selected = keep
                    .and_then(|id| rows.iter().position(|r| r.person.id == id))
                    .unwrap_or(0);
                self.rows = rows;
            }
            Err(e) => {
                self.rows.clear();
                self.selected = 0;
                self.error = Some(e.to_string());
            }
        }
        self.load_details(store);
    }

    fn load_details(&mut self, store: &Store) {
        let Some(id) = self.selected_row().map(|r| r.person.id) else {
            self.details = None;
            return;
        };
        if self.details.as_ref().is_some_and(|d| d.person_id == id) {
            return;
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
            Ok(d) => self.details = Some(d),
            Err(e) => {
                self.details = None;
                self.error = Some(e.to_string());
            }
        }
    }

    fn move_selection(&mut self, action: Action, store: &Store) {
        if self.rows.is_empty() {
            return;
        }
        self.selected =
            super::step_selection(self.selected, self.rows.len(), self.page.get(), action)
                .unwrap_or(self.selected);
        self.load_details(store);
    }

    /// Opens the card of `id`, writing one audit entry for this opening.
    fn open_card(&mut self, id: i64, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        match Card::open(id, cx) {
            Ok(Some(card)) => {
                self.card = Some(card);
                Outcome::Handled
            }
            Ok(None) => Outcome::Error(t(cx.lang, LMsg::Gone).to_string()),
            Err(e) => Outcome::Error(tf(cx.lang, LMsg::DbError, &[&e.to_string()])),
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
                self.focus = Focus::List;
                self.move_selection(action, cx.store);
                Outcome::Handled
            }
            Action::FocusList => {
                if !self.rows.is_empty() {
                    self.focus = Focus::List;
                }
                Outcome::Handled
            }
            Action::FocusQuery => {
                self.focus = Focus::Query;
                Outcome::Handled
            }
            Action::ClearQuery | Action::Cancel => {
                if self.focus == Focus::List {
                    self.focus = Focus::Query;
                } else {
                    self.query = TextArea::default();
                    self.search(cx.store, None);
                }
                Outcome::Handled
            }
            Action::Confirm
            | Action::RecordVisit
            | Action::AddToQueue
            | Action::Refer
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
                self.focus = if self.rows.is_empty() {
                    Focus::Query
                } else {
                    Focus::List
                };
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

    fn contexts(&self) -> &'static [&'static str] {
        match &self.card {
            Some(card) if card.visit_open() => &["visit", "form"],
            Some(card) if card.can_reveal => &["lookup-card-ids", "lookup-card"],
            Some(_) => &["lookup-card"],
            None if self.focus == Focus::List => &["lookup-list"],
            None => &["lookup"],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.card {
            Some(card) => card.visit_open(),
            None => self.focus == Focus::Query,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if self.card.is_some() {
            return self.card_action(action, cx);
        }
        self.handle_list(action, cx)
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        self.today = Some(cx.now.date());
        if let Some(card) = self.card.as_mut() {
            return card.handle_key(key);
        }
        if self.focus != Focus::Query {
            return Outcome::Ignored;
        }
        if matches!(key.code, KeyCode::Enter | KeyCode::Tab) {
            return Outcome::Ignored;
        }
        let before = self.query();
        self.query.input(key);
        if self.query.lines().len() > 1 {
            let joined = self.query.lines().join(" ");
            self.query = TextArea::new(vec![joined]);
            self.query.move_cursor(ratatui_textarea::CursorMove::End);
        }
        if self.query() != before {
            self.search(cx.store, None);
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
        self.query.insert_str(text::clean_line(pasted));
        self.search(cx.store, None);
        Outcome::Handled
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        self.refreshes += 1;
        self.services = store.services()?.into_iter().map(|s| (s.id, s)).collect();
        self.total = store.count_people()?;
        let keep = self.selected_row().map(|r| r.person.id);
        // Another desk may have changed the selected person: load the details again.
        self.details = None;
        self.search(store, keep);
        let today = self.today();
        if let Some(card) = self.card.as_mut() {
            card.reload(store, today)?;
        }
        Ok(())
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
        Drawn::none()
    }
}

pub(crate) use format::{fit, gender_long, gender_short, row_text, tail};
pub use format::{group, mask_phone};

#[cfg(test)]
mod tests;
