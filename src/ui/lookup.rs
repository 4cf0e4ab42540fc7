//! The Lookup screen (F4): a one-line query answered on every keystroke by the lookup
//! engine, the results with the selected person's details below, and the person's
//! card (see [`card`]).
//!
//! Focus rule: while the query has the focus, every letter goes into it; ↑ ↓ PgUp PgDn
//! (or Tab) move into the results, where one-letter keys act on the selected person
//! (q queue, v visit, r refer, e edit, Enter card) and Esc, Tab or / go back to the query,
//! which is kept. On the card one-letter keys always act.

pub mod card;

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
use super::{Ctx, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::{Gender, ReferralState};
use crate::domain::dates::format_date;
use crate::domain::person::{Person, mask_identifier};
use crate::domain::records::Service;
use crate::domain::reference::{find_country, find_language};
use crate::domain::text;
use crate::i18n::intake::Im;
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
            Action::Up
            | Action::Down
            | Action::PageUp
            | Action::PageDown
            | Action::Home
            | Action::End => {
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

    fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 8 {
            return;
        }
        let today = view.now.date();
        // The query line, with the count on the right.
        let count = if self.query().trim().is_empty() {
            String::new()
        } else {
            let shown = self.rows.len().to_string();
            let total = group(self.total, lang);
            let msg = if self.rows.len() >= LIMIT {
                LMsg::CountMore
            } else {
                LMsg::Count
            };
            tf(lang, msg, &[&shown, &total])
        };
        let query_style = if self.focus == Focus::Query {
            theme.text
        } else {
            theme.muted
        };
        let mut query_text = self.query();
        if self.focus == Focus::Query {
            let col = self.query.cursor().1;
            let mut with: String = query_text.chars().take(col).collect();
            with.push('▏');
            with.extend(query_text.chars().skip(col));
            query_text = with;
        }
        let label = format!(" {} ", t(lang, LMsg::Find));
        let room =
            (area.width as usize).saturating_sub(label.chars().count() + count.chars().count() + 2);
        let query_text = tail(&query_text, room);
        let pad = (area.width as usize).saturating_sub(
            label.chars().count() + query_text.chars().count() + count.chars().count() + 1,
        );
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(label, theme.title),
                Span::styled(query_text, query_style),
                Span::raw(" ".repeat(pad)),
                Span::styled(count, theme.muted),
            ])),
            Rect { height: 1, ..area },
        );
        // The results in a box (titled like every screen), the details below it.
        let mut block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(format!(" {} ", self.title(lang)), theme.title));
        if self.focus == Focus::List {
            block = block.title_bottom(
                Line::from(Span::styled(
                    format!(" {} ", t(lang, LMsg::ListFocus)),
                    theme.muted,
                ))
                .right_aligned(),
            );
        }
        let boxed = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height.saturating_sub(1 + 3),
        );
        let inner = block.inner(boxed);
        frame.render_widget(block, boxed);
        let heads = format!(
            " {} {} {} {} {} {} {}",
            fit(t(lang, LMsg::ColName), 19),
            fit(t(lang, LMsg::ColFather), 12),
            fit(t(lang, LMsg::ColBorn), 15),
            fit(t(lang, LMsg::ColAmka), 5),
            fit(t(lang, LMsg::ColPhone), 10),
            fit(t(lang, LMsg::ColLast), 8),
            fit(t(lang, LMsg::ColRefs), 2),
        );
        frame.render_widget(
            Paragraph::new(Span::styled(heads, theme.muted)),
            Rect { height: 1, ..inner },
        );
        let list_top = inner.y + 1;
        let list_height = inner.height.saturating_sub(1) as usize;
        self.page.set(list_height.max(1));
        let body = Rect::new(inner.x, list_top, inner.width, list_height as u16);
        if let Some(error) = &self.error {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!(" {}", tf(lang, LMsg::DbError, &[error])),
                    theme.status_error,
                )),
                body,
            );
        } else if self.query().trim().is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(t(lang, LMsg::Prompt), theme.muted))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                Rect {
                    x: body.x + 1,
                    width: body.width.saturating_sub(2),
                    ..body
                },
            );
        } else if self.rows.is_empty() {
            frame.render_widget(
                Paragraph::new(Span::styled(
                    format!(" {}", t(lang, LMsg::NoMatch)),
                    theme.muted,
                )),
                body,
            );
        }
        let offset = super::first_visible_row(self.selected, list_height);
        for (i, row) in self.rows.iter().enumerate().skip(offset).take(list_height) {
            let y = list_top + (i - offset) as u16;
            let selected = i == self.selected;
            let text = row_text(row, lang, today, selected);
            let style = if selected {
                theme.selection
            } else {
                theme.text
            };
            frame.render_widget(
                Paragraph::new(Span::styled(text, style)),
                Rect::new(inner.x, y, inner.width, 1),
            );
        }
        let rule_y = boxed.bottom().saturating_sub(1);
        if let Some(row) = self.selected_row() {
            let lines = self.detail_lines(row, lang, today);
            for (i, line) in lines.into_iter().enumerate() {
                let line = if line.chars().count() > area.width as usize {
                    fit(&line, area.width as usize)
                } else {
                    line
                };
                frame.render_widget(
                    Paragraph::new(Span::styled(
                        line,
                        if i == 0 { theme.title } else { theme.text },
                    )),
                    Rect::new(area.x, rule_y + 1 + i as u16, area.width, 1),
                );
            }
        }
    }

    fn service_name(&self, id: Option<i64>, lang: Lang) -> Option<String> {
        let s = self.services.get(&id?)?;
        Some(service_label(s, lang))
    }

    fn detail_lines(&self, row: &Row, lang: Lang, today: NaiveDate) -> Vec<String> {
        let p = &row.person;
        let mut first = vec![p.display_name()];
        if let Some(g) = p.gender {
            first.push(gender_short(g, lang).to_string());
        }
        if let Some(n) = p.nationality.as_deref() {
            first.push(country_name(n, lang));
        }
        if let Some(amka) = p.amka.as_deref() {
            first.push(format!(
                "{} {}",
                t(lang, LMsg::FAmka),
                mask_identifier(amka, 4)
            ));
        }
        let details = self.details.as_ref().filter(|d| d.person_id == p.id);
        if let Some(d) = details {
            first.push(if d.household > 0 {
                tf(lang, LMsg::Household, &[&d.household.to_string()])
            } else {
                t(lang, LMsg::Alone).to_string()
            });
        }
        let mut second = Vec::new();
        if let Some(d) = details {
            second.push(match d.last_visit {
                Some((date, service)) => {
                    let mut s = tf(lang, LMsg::LastVisit, &[&format_date(date)]);
                    if let Some(name) = self.service_name(service, lang) {
                        s.push_str(&format!(" ({name})"));
                    }
                    s
                }
                None => t(lang, LMsg::NoVisit).to_string(),
            });
            second.push(match d.open.first() {
                None => t(lang, LMsg::NoOpenRefs).to_string(),
                Some((service, follow)) => {
                    let mut inner = self.service_name(Some(*service), lang).unwrap_or_default();
                    if let Some(date) = follow {
                        inner.push_str(&format!(
                            ", {}",
                            tf(lang, LMsg::FollowBy, &[&format_date(*date)])
                        ));
                        if *date < today {
                            inner.push_str(" ⌚");
                        }
                    }
                    format!(
                        "{} ({inner})",
                        tf(lang, LMsg::OpenRefs, &[&d.open.len().to_string()])
                    )
                }
            });
        }
        let mut third = Vec::new();
        if !p.father_name.is_empty() {
            third.push(format!("{} {}", t(lang, LMsg::Father), p.father_name));
        }
        if !p.mother_name.is_empty() {
            third.push(format!("{} {}", t(lang, LMsg::Mother), p.mother_name));
        }
        if !p.languages.is_empty() {
            third.push(
                p.languages
                    .iter()
                    .map(|c| language_name(c, lang))
                    .collect::<Vec<_>>()
                    .join(", "),
            );
        }
        if p.interpreter_needed {
            third.push(t(lang, LMsg::Interpreter).to_string());
        }
        [first, second, third]
            .into_iter()
            .map(|parts| format!(" {}", parts.join(" · ")))
            .collect()
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

    fn refresh(&mut self, store: &Store) -> Result<(), StoreError> {
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

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        match &self.card {
            Some(card) => card.draw(frame, area, view, &self.services),
            None => self.draw_list(frame, area, view),
        }
    }
}

/// One result row, 78 columns wide (inside the box).
fn row_text(row: &Row, lang: Lang, today: NaiveDate, selected: bool) -> String {
    let p = &row.person;
    let born = match p.date_of_birth {
        Some(d) => match p.age_on(today) {
            Some(age) => format!("{} ({age})", format_date(d)),
            None => format_date(d),
        },
        None => t(lang, LMsg::Dash).to_string(),
    };
    let amka = p
        .amka
        .as_deref()
        .map(|a| {
            let tail: String = a
                .chars()
                .rev()
                .take(4)
                .collect::<Vec<_>>()
                .into_iter()
                .rev()
                .collect();
            format!("•{tail}")
        })
        .unwrap_or_default();
    let phone = p.phone.as_deref().map(mask_phone).unwrap_or_default();
    let last = row
        .last_visit
        .map(|d| d.format("%d/%m/%y").to_string())
        .unwrap_or_else(|| t(lang, LMsg::Dash).to_string());
    let refs = if row.open_referrals > 0 {
        row.open_referrals.to_string()
    } else {
        String::new()
    };
    format!(
        "{}{} {} {} {} {} {} {:>2}",
        if selected { '▌' } else { ' ' },
        fit(&p.display_name(), 19),
        fit(&p.father_name, 12),
        fit(&born, 15),
        fit(&amka, 5),
        fit(&phone, 10),
        fit(&last, 8),
        refs,
    )
}

/// A phone shown partly: `69•••••916` for a Greek number, `+93••••456` for others.
pub fn mask_phone(phone: &str) -> String {
    let national = phone.strip_prefix("+30").unwrap_or(phone);
    let chars: Vec<char> = national.chars().collect();
    if chars.len() <= 6 {
        return mask_identifier(national, 2);
    }
    let head = if national.starts_with('+') { 3 } else { 2 };
    let tail = 3;
    let hidden = 10usize.saturating_sub(head + tail).max(1);
    let mut out: String = chars[..head].iter().collect();
    out.extend(std::iter::repeat_n('•', hidden));
    out.extend(chars[chars.len() - tail..].iter());
    out
}

/// A count with thousands separated the way the language writes them.
pub fn group(n: i64, lang: Lang) -> String {
    let sep = match lang {
        Lang::El => '.',
        Lang::En => ',',
    };
    let digits = n.abs().to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    if n < 0 {
        out.insert(0, '-');
    }
    out
}

/// `text` cut or padded to exactly `width` characters.
pub(crate) fn fit(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count > width {
        let mut out: String = text.chars().take(width.saturating_sub(1)).collect();
        out.push('…');
        return out;
    }
    let mut out = text.to_string();
    out.extend(std::iter::repeat_n(' ', width - count));
    out
}

/// The last `width` characters of `text` (a long query keeps its end in view).
fn tail(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        return text.to_string();
    }
    let mut out = String::from("…");
    out.extend(text.chars().skip(count + 1 - width));
    out
}

pub(crate) fn gender_short(g: Gender, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Gender::Female => LMsg::GenShortF,
            Gender::Male => LMsg::GenShortM,
            Gender::Other => LMsg::GenShortX,
        },
    )
}

pub(crate) fn gender_long(g: Gender, lang: Lang) -> &'static str {
    t(
        lang,
        match g {
            Gender::Female => Im::GenF,
            Gender::Male => Im::GenM,
            Gender::Other => Im::GenX,
        },
    )
}

pub(crate) fn country_name(code: &str, lang: Lang) -> String {
    match find_country(code) {
        Some(c) => match lang {
            Lang::El => c.name_el.clone(),
            Lang::En => c.name_en.clone(),
        },
        None => code.to_string(),
    }
}

pub(crate) fn language_name(code: &str, lang: Lang) -> String {
    match find_language(code) {
        Some(l) => match lang {
            Lang::El => l.name_el.clone(),
            Lang::En => l.name_en.clone(),
        },
        None => code.to_string(),
    }
}

pub(crate) fn service_label(s: &Service, lang: Lang) -> String {
    match lang {
        Lang::El => s.name_el.clone(),
        Lang::En => s.name_en.clone(),
    }
}

#[cfg(test)]
mod tests;
