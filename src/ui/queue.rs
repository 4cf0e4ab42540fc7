//! The Queue screen (F2): today's tickets in calling order with their waits and
//! markers, the selected ticket's details, one-key actions, the new-ticket form, the
//! transfer picker, the day's appointments, the end of day and the service lines.

use std::collections::HashMap;

use chrono::{NaiveDateTime, Timelike};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};
use ratatui_textarea::TextArea;
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::{Ctx, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::codes::{AppointmentState, TicketState, Vulnerability};
use crate::domain::names::fold;
use crate::domain::queue::{
    Figures, Move, QueueSettings, figures, minutes_waited, next_state, order_key, past_threshold,
    valid_code, valid_prefix,
};
use crate::domain::records::{Appointment, Service, Ticket};
use crate::domain::reference::find_language;
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{NewTicket, Stamp, Store, StoreError};

/// The priority flags the form offers, in the order of their number keys (1–7; the
/// seventh is "urgent need", which is not a vulnerability but calls first).
pub const FORM_FLAGS: [Vulnerability; 6] = [
    Vulnerability::UnaccompaniedMinor,
    Vulnerability::Disability,
    Vulnerability::Pregnancy,
    Vulnerability::Elderly,
    Vulnerability::ViolenceVictim,
    Vulnerability::SingleParent,
];

fn flag_name(lang: Lang, flag: Vulnerability) -> String {
    let msg = match flag {
        Vulnerability::UnaccompaniedMinor => QMsg::FlagMinor,
        Vulnerability::Disability => QMsg::FlagDisability,
        Vulnerability::Pregnancy => QMsg::FlagPregnancy,
        Vulnerability::Elderly => QMsg::FlagElderly,
        Vulnerability::ViolenceVictim => QMsg::FlagViolence,
        Vulnerability::SingleParent => QMsg::FlagSingleParent,
        other => return other.code().to_string(),
    };
    t(lang, msg).to_string()
}

fn state_name(lang: Lang, state: TicketState) -> &'static str {
    t(
        lang,
        match state {
            TicketState::Waiting => QMsg::StWaiting,
            TicketState::Called => QMsg::StCalled,
            TicketState::InService => QMsg::StInService,
            TicketState::Done => QMsg::StDone,
            TicketState::Referred => QMsg::StReferred,
            TicketState::NotSeen => QMsg::StNotSeen,
            TicketState::Cancelled => QMsg::StCancelled,
        },
    )
}

fn service_name(lang: Lang, s: &Service) -> &str {
    match lang {
        Lang::El => &s.name_el,
        Lang::En => &s.name_en,
    }
}

/// `text` cut or padded to exactly `width` terminal cells (⌚ and CJK letters take two).
fn fit(text: &str, width: usize) -> String {
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.extend(std::iter::repeat_n(' ', width - used));
    out
}

/// Like [`fit`], but a cut text ends with `…`, so a shortened name reads as one.
fn fit_cut(text: &str, width: usize) -> String {
    if text.width() <= width || width == 0 {
        return fit(text, width);
    }
    let mut out = fit(text, width - 1).trim_end().to_string();
    out.push('…');
    fit(&out, width)
}

fn line_area(single: &str) -> TextArea<'static> {
    let mut area = TextArea::default();
    area.insert_str(single);
    area
}

fn text_of(area: &TextArea<'_>) -> String {
    area.lines().first().cloned().unwrap_or_default()
}

/// A one-line field drawn as text with a bar at the cursor.
fn with_cursor(area: &TextArea<'_>, focused: bool) -> String {
    let text = text_of(area);
    if !focused {
        return text;
    }
    let col = area.cursor().1;
    let mut out: String = text.chars().take(col).collect();
    out.push('▏');
    out.extend(text.chars().skip(col));
    out
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormField {
    Service,
    Label,
    Reason,
    Flags,
    Note,
    Language,
}

const FORM_FIELDS: [FormField; 6] = [
    FormField::Service,
    FormField::Label,
    FormField::Reason,
    FormField::Flags,
    FormField::Note,
    FormField::Language,
];

/// The new-ticket form.
struct TicketForm {
    person: Option<(i64, String)>,
    service: TextArea<'static>,
    /// Index into the matching lines (↑↓ cycles).
    pick: usize,
    label: TextArea<'static>,
    reason: TextArea<'static>,
    flags: Vec<Vulnerability>,
    urgent: bool,
    note: TextArea<'static>,
    language: TextArea<'static>,
    focus: usize,
    errors: HashMap<&'static str, QMsg>,
}

impl TicketForm {
    fn new(person: Option<(i64, String)>, language: Option<String>) -> Self {
        TicketForm {
            person,
            service: TextArea::default(),
            pick: 0,
            label: TextArea::default(),
            reason: TextArea::default(),
            flags: Vec::new(),
            urgent: false,
            note: TextArea::default(),
            language: line_area(&language.unwrap_or_default()),
            focus: 0,
            errors: HashMap::new(),
        }
    }

    fn field(&self) -> FormField {
        FORM_FIELDS[self.focus % FORM_FIELDS.len()]
    }

    fn area_mut(&mut self) -> Option<&mut TextArea<'static>> {
        match self.field() {
            FormField::Service => Some(&mut self.service),
            FormField::Label => Some(&mut self.label),
            FormField::Reason => Some(&mut self.reason),
            FormField::Note => Some(&mut self.note),
            FormField::Language => Some(&mut self.language),
            FormField::Flags => None,
        }
    }

    /// The lines whose code, prefix or name starts a word with what was typed.
    fn matches<'a>(&self, lines: &'a [Service]) -> Vec<&'a Service> {
        let typed = fold(text_of(&self.service).trim());
        lines
            .iter()
            .filter(|s| {
                typed.is_empty()
                    || fold(&s.code).starts_with(&typed)
                    || fold(&s.ticket_prefix) == typed
                    || [&s.name_el, &s.name_en]
                        .iter()
                        .any(|n| fold(n).split_whitespace().any(|w| w.starts_with(&typed)))
            })
            .collect()
    }

    fn chosen<'a>(&self, lines: &'a [Service]) -> Option<&'a Service> {
        let m = self.matches(lines);
        if m.is_empty() {
            None
        } else {
            Some(m[self.pick % m.len()])
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum LineField {
    Code,
    Prefix,
    NameEl,
    NameEn,
}
const LINE_FIELDS: [LineField; 4] = [
    LineField::Code,
    LineField::Prefix,
    LineField::NameEl,
    LineField::NameEn,
];

struct LineForm {
    base: Service,
    fields: [TextArea<'static>; 4],
    focus: usize,
    errors: HashMap<usize, QMsg>,
}

/// `l` on a ticket: find the person with the lookup engine and link them.
struct LinkPicker {
    ticket_id: i64,
    number: String,
    query: TextArea<'static>,
    /// (person id, what the list shows)
    hits: Vec<(i64, String)>,
    pick: usize,
}

impl LinkPicker {
    fn search(&mut self, cx: &Ctx<'_>) {
        let query = text_of(&self.query);
        self.pick = 0;
        self.hits = if query.trim().chars().count() < 2 {
            Vec::new()
        } else {
            crate::search::search_on(cx.store, &query, 8, cx.now.date())
                .map(|hits| {
                    hits.into_iter()
                        .map(|h| (h.person.id, person_row(&h.person)))
                        .collect()
                })
                .unwrap_or_default()
        };
    }
}

/// A person in the link picker: name, father's name, date of birth.
fn person_row(p: &crate::domain::person::Person) -> String {
    let mut out = p.display_name();
    if !p.father_name.is_empty() {
        out.push_str(&format!(" ({})", p.father_name));
    }
    if let Some(d) = p.date_of_birth {
        out.push_str(&format!("  {}", d.format("%d/%m/%Y")));
    }
    out
}

enum Mode {
    List,
    Link(Box<LinkPicker>),
    Form(Box<TicketForm>),
    Transfer { pick: usize },
    Appointments { selected: usize },
    ConfirmClose,
    Lines { selected: usize },
    LineEdit(Box<LineForm>),
}

/// The queue screen's state; `draw` reads only this.
pub struct QueueScreen {
    /// How many times the store asked this screen to reload.
    pub refreshes: u64,
    tickets: Vec<Ticket>,
    lines: Vec<Service>,
    all_services: Vec<Service>,
    names: HashMap<i64, String>,
    appointments: Vec<Appointment>,
    settings: QueueSettings,
    figures: Figures,
    figures_at: Option<NaiveDateTime>,
    selected: usize,
    selected_id: Option<i64>,
    filter: TextArea<'static>,
    filtering: bool,
    mode: Mode,
    /// The day shown: the event loop's date, once a key has brought it.
    day: Option<chrono::NaiveDate>,
}

impl Default for QueueScreen {
    fn default() -> Self {
        QueueScreen {
            refreshes: 0,
            tickets: Vec::new(),
            lines: Vec::new(),
            all_services: Vec::new(),
            names: HashMap::new(),
            appointments: Vec::new(),
            settings: QueueSettings::default(),
            figures: Figures::default(),
            figures_at: None,
            selected: 0,
            selected_id: None,
            filter: TextArea::default(),
            filtering: false,
            mode: Mode::List,
            day: None,
        }
    }
}

fn stamp(cx: &Ctx<'_>) -> Stamp {
    // Real time, not the minute the screen shows: arrival order depends on it.
    let mut stamp = Stamp::now(cx.operator);
    if stamp.at.date() != cx.now.date() {
        // Tests run on a fixed clock: keep their day.
        stamp.at = cx.now;
    }
    stamp
}

fn store_error(lang: Lang, e: &StoreError) -> Outcome {
    match e {
        StoreError::Conflict { .. } => Outcome::Error(t(lang, QMsg::Stale).to_string()),
        other => Outcome::Error(tf(
            lang,
            crate::i18n::Msg::StatusDbError,
            &[&other.to_string()],
        )),
    }
}

impl QueueScreen {
    pub fn new() -> Self {
        Self::default()
    }

    /// Tickets shown, in order: waiting in calling order, then at desks, then finished
    /// (latest first); narrowed by the filter.
    fn visible(&self) -> Vec<&Ticket> {
        let needle = fold(text_of(&self.filter).trim());
        self.tickets
            .iter()
            .filter(|tk| {
                if needle.is_empty() {
                    return true;
                }
                let service = self
                    .service(tk.service_id)
                    .map(|s| format!("{} {} {}", s.code, s.name_el, s.name_en))
                    .unwrap_or_default();
                let hay = fold(&format!(
                    "{} {} {} {} {}",
                    tk.number,
                    service,
                    self.who(tk),
                    tk.reason,
                    tk.interpreter_language.as_deref().unwrap_or("")
                ));
                needle.split_whitespace().all(|w| hay.contains(w))
            })
            .collect()
    }

    fn service(&self, id: i64) -> Option<&Service> {
        self.all_services.iter().find(|s| s.id == id)
    }

    fn who(&self, ticket: &Ticket) -> String {
        ticket
            .person_id
            .and_then(|id| self.names.get(&id).cloned())
            .unwrap_or_else(|| ticket.label.clone())
    }

    fn selected_ticket(&self) -> Option<&Ticket> {
        self.visible().get(self.selected).copied()
    }

    fn sort(&mut self, appointment_at: &HashMap<i64, NaiveDateTime>) {
        let settings = self.settings;
        let rank = |tk: &Ticket| match tk.state {
            TicketState::Waiting => 0,
            TicketState::Called => 1,
            TicketState::InService => 2,
            _ => 3,
        };
        self.tickets.sort_by(|a, b| {
            rank(a).cmp(&rank(b)).then_with(|| match rank(a) {
                0 => {
                    let at = |t: &Ticket| {
                        t.appointment_id
                            .and_then(|i| appointment_at.get(&i).copied())
                    };
                    order_key(a, at(a), &settings).cmp(&order_key(b, at(b), &settings))
                }
                3 => b.finished_at.cmp(&a.finished_at).then(b.id.cmp(&a.id)),
                _ => a.called_at.cmp(&b.called_at).then(a.id.cmp(&b.id)),
            })
        });
    }

    fn reselect(&mut self) {
        let visible: Vec<i64> = self.visible().iter().map(|t| t.id).collect();
        if let Some(id) = self.selected_id
            && let Some(pos) = visible.iter().position(|v| *v == id)
        {
            self.selected = pos;
            return;
        }
        self.selected = self.selected.min(visible.len().saturating_sub(1));
        self.selected_id = visible.get(self.selected).copied();
    }

    fn select(&mut self, index: usize) {
        let visible: Vec<i64> = self.visible().iter().map(|t| t.id).collect();
        self.selected = index.min(visible.len().saturating_sub(1));
        self.selected_id = visible.get(self.selected).copied();
    }

    /// Reloads from the store for `day` (the event loop's date).
    fn load(&mut self, store: &Store, now: NaiveDateTime) -> Result<(), StoreError> {
        let day = now.date();
        self.settings = store.queue_settings()?;
        self.all_services = store.services()?;
        self.lines = store.queue_lines()?;
        self.tickets = store.tickets_on(day)?;
        self.appointments = store.appointments_on(day)?;
        let ids: Vec<i64> = self
            .tickets
            .iter()
            .filter_map(|t| t.person_id)
            .chain(self.appointments.iter().filter_map(|a| a.person_id))
            .collect();
        self.names = store
            .people_by_ids(&ids)?
            .into_iter()
            .map(|p| (p.id, p.display_name()))
            .collect();
        let at: HashMap<i64, NaiveDateTime> = self
            .appointments
            .iter()
            .map(|a| (a.id, a.starts_at))
            .collect();
        self.sort(&at);
        self.figures = figures(&self.tickets, now, &self.settings);
        self.figures_at = Some(now);
        self.reselect();
        Ok(())
    }

    /// Follows the event loop's date (a new day, or a test's fixed clock).
    fn follow_clock(&mut self, cx: &mut Ctx<'_>) {
        if self.day != Some(cx.now.date()) {
            self.day = Some(cx.now.date());
            self.reload(cx);
        }
    }

    fn reload(&mut self, cx: &mut Ctx<'_>) {
        let _ = self.load(cx.store, cx.now);
    }

    /// One state change of the selected ticket.
    fn apply_move(&mut self, mv: Move, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(ticket) = self.selected_ticket().cloned() else {
            return Outcome::Status(t(lang, QMsg::NothingSelected).to_string());
        };
        if next_state(ticket.state, mv).is_none() {
            return Outcome::Error(tf(
                lang,
                QMsg::NotAllowed,
                &[state_name(lang, ticket.state)],
            ));
        }
        let result = cx
            .store
            .move_ticket(ticket.id, ticket.version, mv, cx.desk, &stamp(cx));
        self.reload(cx);
        match result {
            Ok(done) if mv == Move::Recall => Outcome::Status(tf(
                lang,
                QMsg::Recalled,
                &[
                    &done.number,
                    &done.desk.map(|d| d.to_string()).unwrap_or_default(),
                ],
            )),
            Ok(done) => Outcome::Status(tf(
                lang,
                QMsg::Moved,
                &[&done.number, state_name(lang, done.state)],
            )),
            Err(e) => store_error(lang, &e),
        }
    }

    fn call_next(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Some(desk) = cx.desk else {
            return Outcome::Error(t(lang, QMsg::NoDeskSet).to_string());
        };
        let lines = desk_lines(cx.store, desk, &self.lines);
        let stamp = stamp(cx);
        let result = cx
            .store
            .call_next(stamp.at.date(), Some(desk), &lines, &stamp);
        match result {
            Ok(Some(ticket)) => {
                self.selected_id = Some(ticket.id);
                self.reload(cx);
                Outcome::Status(tf(
                    lang,
                    QMsg::CalledTo,
                    &[&ticket.number, &desk.to_string()],
                ))
            }
            Ok(None) => {
                self.reload(cx);
                Outcome::Status(t(lang, QMsg::NobodyWaiting).to_string())
            }
            Err(e) => store_error(lang, &e),
        }
    }

    fn save_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        form.errors.clear();
        let service = form.chosen(&self.lines).map(|s| s.id);
        if service.is_none() {
            form.errors.insert("service", QMsg::ErrNoService);
        }
        let language = text_of(&form.language).trim().to_string();
        let language = if language.is_empty() {
            None
        } else {
            match find_language(&language) {
                Some(l) => Some(l.code.clone()),
                None => {
                    form.errors.insert("language", QMsg::ErrLanguage);
                    None
                }
            }
        };
        let label = text_of(&form.label).trim().to_string();
        for (key, text, max) in [
            ("label", &label, 60usize),
            ("reason", &text_of(&form.reason), 120),
            ("note", &text_of(&form.note), 200),
        ] {
            if text.chars().count() > max {
                form.errors.insert(key, QMsg::ErrTooLong);
            }
        }
        if !form.errors.is_empty() {
            // Focus the first field in error.
            let keys = ["service", "label", "reason", "flags", "note", "language"];
            if let Some(i) = keys.iter().position(|k| form.errors.contains_key(k)) {
                form.focus = i;
            }
            return Outcome::Handled;
        }
        let new = NewTicket {
            service_id: service.unwrap_or_default(),
            person_id: form.person.as_ref().map(|p| p.0),
            label,
            reason: text_of(&form.reason),
            priority: form.flags.clone(),
            urgent: form.urgent,
            triage_note: text_of(&form.note),
            interpreter_language: language,
        };
        match cx.store.create_ticket(&new, &stamp(cx)) {
            Ok(ticket) => {
                self.mode = Mode::List;
                self.selected_id = Some(ticket.id);
                self.reload(cx);
                Outcome::Status(tf(lang, QMsg::Issued, &[&ticket.number]))
            }
            Err(e) => store_error(lang, &e),
        }
    }

    fn save_line(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::LineEdit(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        form.errors.clear();
        let value = |i: usize| text_of(&form.fields[i]).trim().to_string();
        let (code, prefix, name_el, name_en) = (value(0), value(1), value(2), value(3));
        if !valid_code(&code) {
            form.errors.insert(0, QMsg::ErrCode);
        }
        if !valid_prefix(&prefix) {
            form.errors.insert(1, QMsg::ErrPrefix);
        }
        if name_el.is_empty() {
            form.errors.insert(2, QMsg::ErrName);
        }
        if name_en.is_empty() {
            form.errors.insert(3, QMsg::ErrName);
        }
        if let Some(first) = form.errors.keys().min() {
            form.focus = *first;
            return Outcome::Handled;
        }
        let line = Service {
            code: code.clone(),
            // Capitals without accents: the board has a block letter for each.
            ticket_prefix: fold(&prefix).to_uppercase(),
            name_el,
            name_en,
            active: true,
            kind: form
                .base
                .kind
                .or(Some(crate::domain::codes::ServiceKind::Internal)),
            ..form.base.clone()
        };
        match cx.store.save_service_line(&line, &stamp(cx)) {
            Ok(_) => {
                self.mode = Mode::Lines { selected: 0 };
                self.reload(cx);
                Outcome::Status(tf(lang, QMsg::LineSaved, &[&code]))
            }
            Err(StoreError::Duplicate { .. }) => {
                form.errors.insert(0, QMsg::ErrDuplicateCode);
                form.focus = 0;
                Outcome::Handled
            }
            Err(e) => store_error(lang, &e),
        }
    }

    fn open_line_form(&mut self, base: Service) {
        let fields = [
            line_area(&base.code),
            line_area(&base.ticket_prefix),
            line_area(&base.name_el),
            line_area(&base.name_en),
        ];
        self.mode = Mode::LineEdit(Box::new(LineForm {
            base,
            fields,
            focus: 0,
            errors: HashMap::new(),
        }));
    }
}

/// The lines a desk serves: `queue.desk.N.lines` (codes, comma-separated), else all.
fn desk_lines(store: &Store, desk: i64, lines: &[Service]) -> Vec<i64> {
    let Ok(Some(codes)) = store.setting(&format!("queue.desk.{desk}.lines")) else {
        return Vec::new();
    };
    codes
        .split(',')
        .filter_map(|code| lines.iter().find(|s| s.code == code.trim()).map(|s| s.id))
        .collect()
}

fn step(index: usize, len: usize, action: Action) -> usize {
    super::step_selection(index, len, 10, action).unwrap_or(index)
}

impl Screen for QueueScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Queue
    }

    fn contexts(&self) -> &'static [&'static str] {
        match &self.mode {
            Mode::List if self.filtering => &["list"],
            Mode::List => &["queue", "list"],
            Mode::Form(_) => &["queue-form", "form"],
            Mode::Link(_) => &["queue-link"],
            Mode::Transfer { .. } => &["queue-pick"],
            Mode::Appointments { .. } => &["queue-appointments"],
            Mode::ConfirmClose => &["queue-confirm"],
            Mode::Lines { .. } => &["queue-lines"],
            Mode::LineEdit(_) => &["form"],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.mode {
            Mode::List => self.filtering,
            Mode::Form(_)
            | Mode::LineEdit(_)
            | Mode::ConfirmClose
            | Mode::Link(_)
            | Mode::Transfer { .. } => true,
            _ => false,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        self.follow_clock(cx);
        match &mut self.mode {
            Mode::List if self.filtering => match action {
                Action::Confirm => {
                    self.filtering = false;
                    Outcome::Handled
                }
                Action::Cancel => {
                    self.filtering = false;
                    self.filter = TextArea::default();
                    self.reselect();
                    Outcome::Handled
                }
                Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                    let len = self.visible().len();
                    self.select(step(self.selected, len, action));
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::List => match action {
                Action::Up
                | Action::Down
                | Action::PageUp
                | Action::PageDown
                | Action::Home
                | Action::End => {
                    let len = self.visible().len();
                    self.select(step(self.selected, len, action));
                    Outcome::Handled
                }
                Action::CallNext => self.call_next(cx),
                Action::NewTicket => {
                    self.mode = Mode::Form(Box::new(TicketForm::new(None, None)));
                    Outcome::Handled
                }
                Action::StartService => self.apply_move(Move::Start, cx),
                Action::Finish => self.apply_move(Move::Finish, cx),
                Action::NotSeen => self.apply_move(Move::NotSeen, cx),
                Action::Recall => self.apply_move(Move::Recall, cx),
                Action::ReturnToQueue => self.apply_move(Move::ReturnToQueue, cx),
                Action::CancelTicket => self.apply_move(Move::Cancel, cx),
                Action::LinkPerson => match self.selected_ticket() {
                    Some(tk) => {
                        self.mode = Mode::Link(Box::new(LinkPicker {
                            ticket_id: tk.id,
                            number: tk.number.clone(),
                            query: TextArea::default(),
                            hits: Vec::new(),
                            pick: 0,
                        }));
                        Outcome::Handled
                    }
                    None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
                },
                Action::Refer => match self.selected_ticket() {
                    Some(tk) if next_state(tk.state, Move::Refer).is_none() => {
                        Outcome::Error(tf(lang, QMsg::ReferWhen, &[state_name(lang, tk.state)]))
                    }
                    Some(tk) => match tk.person_id {
                        Some(person_id) => Outcome::Go(Nav::Refer {
                            person_id,
                            ticket_id: Some(tk.id),
                        }),
                        None => Outcome::Error(t(lang, QMsg::LinkFirst).to_string()),
                    },
                    None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
                },
                Action::Transfer => match self.selected_ticket() {
                    Some(tk) if next_state(tk.state, Move::Transfer).is_some() => {
                        // Start on the first line the ticket is not on already.
                        let pick = self
                            .lines
                            .iter()
                            .position(|l| l.id != tk.service_id)
                            .unwrap_or(0);
                        self.mode = Mode::Transfer { pick };
                        Outcome::Handled
                    }
                    Some(tk) => {
                        Outcome::Error(tf(lang, QMsg::NotAllowed, &[state_name(lang, tk.state)]))
                    }
                    None => Outcome::Status(t(lang, QMsg::NothingSelected).to_string()),
                },
                Action::Confirm => match self.selected_ticket() {
                    Some(tk) => match tk.person_id {
                        Some(id) => Outcome::Go(Nav::PersonCard(id)),
                        None => Outcome::Status(t(lang, QMsg::NoPerson).to_string()),
                    },
                    None => Outcome::Ignored,
                },
                Action::Filter => {
                    self.filtering = true;
                    Outcome::Handled
                }
                Action::Cancel if !text_of(&self.filter).is_empty() => {
                    self.filter = TextArea::default();
                    self.reselect();
                    Outcome::Handled
                }
                Action::Appointments => {
                    // On the first one still booked: the next to arrive.
                    let selected = self
                        .appointments
                        .iter()
                        .position(|a| a.state == AppointmentState::Booked)
                        .unwrap_or(0);
                    self.mode = Mode::Appointments { selected };
                    Outcome::Handled
                }
                Action::EndOfDay => {
                    self.reload(cx);
                    self.mode = Mode::ConfirmClose;
                    Outcome::Handled
                }
                Action::ServiceLines => {
                    self.mode = Mode::Lines { selected: 0 };
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::Form(form) => match action {
                Action::Save => self.save_form(cx),
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Handled
                }
                Action::NextField => {
                    form.focus = (form.focus + 1) % FORM_FIELDS.len();
                    Outcome::Handled
                }
                Action::PrevField => {
                    form.focus = (form.focus + FORM_FIELDS.len() - 1) % FORM_FIELDS.len();
                    Outcome::Handled
                }
                Action::Up | Action::Down => {
                    let n = form.matches(&self.lines).len().max(1);
                    form.pick = if action == Action::Down {
                        (form.pick + 1) % n
                    } else {
                        (form.pick + n - 1) % n
                    };
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::Link(picker) => match action {
                Action::Up | Action::Down | Action::Home | Action::End => {
                    picker.pick = step(picker.pick, picker.hits.len(), action);
                    Outcome::Handled
                }
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Handled
                }
                Action::RegisterPerson => {
                    let ticket_id = picker.ticket_id;
                    self.mode = Mode::List;
                    Outcome::Go(Nav::RegisterForTicket(ticket_id))
                }
                Action::Confirm => {
                    let Some((person_id, name)) = picker.hits.get(picker.pick).cloned() else {
                        return Outcome::Status(t(lang, QMsg::LinkTypeName).to_string());
                    };
                    let ticket_id = picker.ticket_id;
                    self.mode = Mode::List;
                    // The version as this desk last read it: a change since is refused.
                    let version = self
                        .tickets
                        .iter()
                        .find(|t| t.id == ticket_id)
                        .map(|t| t.version)
                        .unwrap_or_default();
                    let result = cx
                        .store
                        .link_ticket(ticket_id, version, person_id, &stamp(cx));
                    self.reload(cx);
                    match result {
                        Ok(tk) => Outcome::Status(tf(lang, QMsg::Linked, &[&tk.number, &name])),
                        Err(e) => store_error(lang, &e),
                    }
                }
                _ => Outcome::Ignored,
            },
            Mode::Transfer { pick } => match action {
                Action::Up | Action::Down | Action::Home | Action::End => {
                    *pick = step(*pick, self.lines.len(), action);
                    Outcome::Handled
                }
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Handled
                }
                Action::Confirm => {
                    let target = self.lines.get(*pick).cloned();
                    self.mode = Mode::List;
                    let (Some(target), Some(tk)) = (target, self.selected_ticket().cloned()) else {
                        return Outcome::Handled;
                    };
                    if target.id == tk.service_id {
                        return Outcome::Status(t(lang, QMsg::SameLine).to_string());
                    }
                    let result = cx
                        .store
                        .transfer_ticket(tk.id, tk.version, target.id, &stamp(cx));
                    self.reload(cx);
                    match result {
                        Ok(done) => Outcome::Status(tf(
                            lang,
                            QMsg::Transferred,
                            &[&done.number, service_name(lang, &target)],
                        )),
                        Err(e) => store_error(lang, &e),
                    }
                }
                _ => Outcome::Ignored,
            },
            Mode::Appointments { selected } => match action {
                Action::Up | Action::Down | Action::Home | Action::End => {
                    *selected = step(*selected, self.appointments.len(), action);
                    Outcome::Handled
                }
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Handled
                }
                Action::CheckIn | Action::NoShow => {
                    let Some(appt) = self.appointments.get(*selected).cloned() else {
                        return Outcome::Handled;
                    };
                    if appt.state != AppointmentState::Booked {
                        return Outcome::Error(t(lang, QMsg::ApptNotBooked).to_string());
                    }
                    let stamp = stamp(cx);
                    let outcome = if action == Action::CheckIn {
                        match cx.store.check_in(appt.id, &stamp) {
                            Ok(tk) => {
                                self.selected_id = Some(tk.id);
                                Outcome::Status(tf(lang, QMsg::CheckedIn, &[&tk.number]))
                            }
                            Err(e) => store_error(lang, &e),
                        }
                    } else {
                        match cx.store.mark_no_show(appt.id, &stamp) {
                            Ok(()) => Outcome::Status(t(lang, QMsg::MarkedNoShow).to_string()),
                            Err(e) => store_error(lang, &e),
                        }
                    };
                    self.reload(cx);
                    outcome
                }
                _ => Outcome::Ignored,
            },
            Mode::ConfirmClose => match action {
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Status(t(lang, QMsg::CloseCancelled).to_string())
                }
                _ => Outcome::Ignored,
            },
            Mode::Lines { selected } => match action {
                Action::Up | Action::Down | Action::Home | Action::End => {
                    *selected = step(*selected, self.lines.len(), action);
                    Outcome::Handled
                }
                Action::Cancel => {
                    self.mode = Mode::List;
                    Outcome::Handled
                }
                Action::Confirm => {
                    if let Some(line) = self.lines.get(*selected).cloned() {
                        self.open_line_form(line);
                    }
                    Outcome::Handled
                }
                Action::AddLine => {
                    self.open_line_form(Service::default());
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
            Mode::LineEdit(form) => match action {
                Action::Save => self.save_line(cx),
                Action::Cancel => {
                    self.mode = Mode::Lines { selected: 0 };
                    Outcome::Handled
                }
                Action::NextField => {
                    form.focus = (form.focus + 1) % LINE_FIELDS.len();
                    Outcome::Handled
                }
                Action::PrevField => {
                    form.focus = (form.focus + LINE_FIELDS.len() - 1) % LINE_FIELDS.len();
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            },
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        self.follow_clock(cx);
        match &mut self.mode {
            Mode::List if self.filtering => {
                self.filter.input(key);
                self.select(0);
                Outcome::Handled
            }
            Mode::ConfirmClose => {
                self.mode = Mode::List;
                // Only a plain y/ν: an Alt-y (Esc then y on a slow link) cancels too.
                let plain = !key.modifiers.intersects(
                    crossterm::event::KeyModifiers::ALT | crossterm::event::KeyModifiers::CONTROL,
                );
                if plain && matches!(key.code, KeyCode::Char('y' | 'Y' | 'ν' | 'Ν')) {
                    let stamp = stamp(cx);
                    let result = cx.store.close_day(stamp.at.date(), &stamp);
                    self.reload(cx);
                    match result {
                        Ok(n) => Outcome::Status(tf(lang, QMsg::Closed, &[&n.to_string()])),
                        Err(e) => store_error(lang, &e),
                    }
                } else {
                    Outcome::Status(t(lang, QMsg::CloseCancelled).to_string())
                }
            }
            Mode::Form(form) => {
                if form.field() == FormField::Flags {
                    if let KeyCode::Char(c) = key.code
                        && let Some(d) = c.to_digit(10)
                    {
                        match d as usize {
                            n @ 1..=6 => {
                                let flag = FORM_FLAGS[n - 1];
                                if let Some(pos) = form.flags.iter().position(|f| *f == flag) {
                                    form.flags.remove(pos);
                                } else {
                                    form.flags.push(flag);
                                }
                            }
                            7 => form.urgent = !form.urgent,
                            _ => {}
                        }
                    }
                    return Outcome::Handled;
                }
                let is_service = form.field() == FormField::Service;
                if let Some(area) = form.area_mut() {
                    area.input(key);
                }
                if is_service {
                    form.pick = 0;
                }
                form.errors.clear();
                Outcome::Handled
            }
            Mode::LineEdit(form) => {
                let focus = form.focus % LINE_FIELDS.len();
                form.fields[focus].input(key);
                Outcome::Handled
            }
            Mode::Transfer { pick } => {
                // A letter jumps to the line whose prefix (Κ) or code (kea) starts with it.
                if let KeyCode::Char(c) = key.code {
                    let typed = fold(&c.to_string());
                    let hit = self.lines.iter().position(|l| {
                        fold(&l.ticket_prefix).starts_with(&typed)
                            || l.code.starts_with(typed.as_str())
                    });
                    if let Some(i) = hit {
                        *pick = i;
                    }
                }
                Outcome::Handled
            }
            Mode::Link(picker) => {
                if picker.query.input(key) {
                    picker.search(cx);
                }
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let line: String = text.lines().next().unwrap_or("").to_string();
        match &mut self.mode {
            Mode::List if self.filtering => {
                self.filter.insert_str(&line);
            }
            Mode::Form(form) => {
                if let Some(area) = form.area_mut() {
                    area.insert_str(&line);
                }
            }
            Mode::LineEdit(form) => {
                let focus = form.focus % LINE_FIELDS.len();
                form.fields[focus].insert_str(&line);
            }
            Mode::Link(picker) => {
                picker.query.insert_str(&line);
                picker.search(cx);
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    fn refresh(&mut self, store: &Store) -> Result<(), StoreError> {
        self.refreshes += 1;
        let local = chrono::Local::now().naive_local();
        let now = match self.day {
            Some(day) if day != local.date() => day.and_time(local.time()),
            _ => local,
        };
        self.load(store, now.with_second(0).unwrap_or(now))
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        self.day = Some(cx.now.date());
        let _ = self.load(cx.store, cx.now);
        match nav {
            Nav::TicketFor(person_id) => {
                let person = cx.store.person(*person_id).ok().flatten();
                let Some(person) = person else {
                    return Outcome::Error(t(cx.lang, QMsg::NoPerson).to_string());
                };
                let language = if person.interpreter_needed {
                    person.languages.first().cloned()
                } else {
                    None
                };
                let mut form = TicketForm::new(Some((person.id, person.display_name())), language);
                form.flags = FORM_FLAGS
                    .iter()
                    .copied()
                    .filter(|f| person.vulnerabilities.contains(f))
                    .collect();
                self.mode = Mode::Form(Box::new(form));
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let [head, list, details] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(3),
            Constraint::Length(3),
        ])
        .areas(area);
        self.draw_head(frame, head, view);
        self.draw_list(frame, list, view);
        self.draw_details(frame, details, view);
        match &self.mode {
            Mode::List => {}
            Mode::Form(form) => self.draw_form(frame, list, view, form),
            Mode::Link(picker) => self.draw_link(frame, list, view, picker),
            Mode::Transfer { pick } => self.draw_transfer(frame, list, view, *pick),
            Mode::Appointments { selected } => self.draw_appointments(frame, list, view, *selected),
            Mode::ConfirmClose => self.draw_confirm(frame, list, view),
            Mode::Lines { selected } => self.draw_lines(frame, list, view, *selected),
            Mode::LineEdit(form) => self.draw_line_form(frame, list, view, form),
        }
    }
}

impl QueueScreen {
    fn now(&self, view: &View<'_>) -> NaiveDateTime {
        view.now
    }

    fn draw_head(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let f = figures(&self.tickets, self.now(view), &self.settings);
        let mins = |m: Option<i64>| m.map(|m| format!("{m:02}'")).unwrap_or_else(|| "—".into());
        let mut spans = vec![Span::styled(
            format!(
                " {} {}  {} {}  {} {}  {} {}   {} {}  {} {}",
                t(lang, QMsg::Waiting),
                f.waiting,
                t(lang, QMsg::Called),
                f.called,
                t(lang, QMsg::InService),
                f.in_service,
                t(lang, QMsg::Done),
                f.done,
                t(lang, QMsg::MedianWait),
                mins(f.median_wait),
                t(lang, QMsg::Longest),
                mins(f.longest_wait),
            ),
            view.theme.text,
        )];
        if f.past_threshold > 0 {
            spans.push(Span::styled(
                format!("  ⌚{}", f.past_threshold),
                view.theme.warning,
            ));
        }
        frame.render_widget(Paragraph::new(Line::from(spans)), area);
    }

    fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let title = if self.filtering || !text_of(&self.filter).is_empty() {
            format!(
                " {}: {} ",
                t(lang, QMsg::Filter),
                with_cursor(&self.filter, self.filtering)
            )
        } else {
            format!(" {} ", t(lang, crate::i18n::Msg::TabQueue))
        };
        let block = Block::bordered()
            .border_set(view.theme.borders)
            .border_style(view.theme.border)
            .title(Span::styled(title, view.theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if inner.height == 0 {
            return;
        }
        let width = inner.width as usize;
        // Cells: selection 1, No. 6, wait 5 + 1, markers 4 (⌚ takes two, then !),
        // service 14 + 1, name (rest, with its space), lang 7, state 14.
        let name_w = width.saturating_sub(1 + 6 + 6 + 4 + 15 + 7 + 14).max(8);
        let header = format!(
            " {}{} {}{}{}{}{}",
            fit(t(lang, QMsg::ColNo), 6),
            fit(&format!("{:>5}", t(lang, QMsg::ColWait)), 5),
            fit("  !", 4),
            fit(t(lang, QMsg::ColService), 15),
            fit(t(lang, QMsg::ColName), name_w),
            fit(t(lang, QMsg::ColLang), 7),
            fit(t(lang, QMsg::ColState), 14),
        );
        let mut lines = vec![Line::from(Span::styled(
            fit(&header, width),
            view.theme.muted,
        ))];
        let visible = self.visible();
        let rows = (inner.height as usize).saturating_sub(1);
        if visible.is_empty() {
            let msg = if self.tickets.is_empty() {
                QMsg::Empty
            } else {
                QMsg::NoMatch
            };
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, msg)),
                view.theme.muted,
            )));
        }
        let start = super::first_visible_row(self.selected, rows);
        let now = self.now(view);
        for (i, tk) in visible.iter().enumerate().skip(start).take(rows) {
            let selected = i == self.selected;
            let appt = tk.appointment_id.and_then(|id| {
                self.appointments
                    .iter()
                    .find(|a| a.id == id)
                    .map(|a| a.starts_at)
            });
            let wait = match (tk.state, appt) {
                (TicketState::Waiting, Some(at)) => at.format("%H:%M").to_string(),
                _ => format!("{:>4}'", minutes_waited(tk, now)),
            };
            let over = past_threshold(tk, now, &self.settings);
            let markers = format!(
                "{}{} ",
                if over { "⌚" } else { "  " },
                if tk.urgent || !tk.priority.is_empty() {
                    '!'
                } else {
                    ' '
                }
            );
            let service = self
                .service(tk.service_id)
                .map(|s| service_name(lang, s).to_string())
                .unwrap_or_default();
            let who = self.who(tk);
            let who = if who.is_empty() {
                tk.reason.clone()
            } else {
                who
            };
            let language = tk
                .interpreter_language
                .as_deref()
                .map(|l| format!("≋ {l}"))
                .unwrap_or_default();
            let state = match (tk.state, tk.desk) {
                (TicketState::Called | TicketState::InService, Some(d)) => {
                    // The desk must show: drop the space before it when tight.
                    let full = format!("{} → {d}", state_name(lang, tk.state));
                    if full.width() > 14 {
                        format!("{} →{d}", state_name(lang, tk.state))
                    } else {
                        full
                    }
                }
                (s, _) => state_name(lang, s).to_string(),
            };
            let text = format!(
                "{}{}{:>5} {}{} {} {}{}",
                if selected { '▌' } else { ' ' },
                fit(&tk.number, 6),
                fit(&wait, 5).trim_end(),
                markers,
                fit_cut(&service, 14),
                fit_cut(&who, name_w.saturating_sub(1)),
                fit(&language, 7),
                fit(&state, 14),
            );
            let style = if selected {
                view.theme.selection
            } else if over || tk.urgent {
                view.theme.warning
            } else if crate::domain::queue::is_final(tk.state) {
                view.theme.muted
            } else {
                view.theme.text
            };
            lines.push(Line::from(Span::styled(fit(&text, width), style)));
        }
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_details(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let Some(tk) = self.selected_ticket() else {
            return;
        };
        let service = self
            .service(tk.service_id)
            .map(|s| service_name(lang, s).to_string())
            .unwrap_or_default();
        let mut first = format!(
            " {} · {} · {} {}",
            tk.number,
            service,
            t(lang, QMsg::Arrived),
            tk.arrived_at.format("%H:%M")
        );
        if let Some(at) = tk
            .appointment_id
            .and_then(|id| self.appointments.iter().find(|a| a.id == id))
        {
            first.push_str(&format!(
                " · {} {}",
                t(lang, QMsg::Appointment),
                at.starts_at.format("%H:%M")
            ));
        }
        let mut flags: Vec<String> = tk.priority.iter().map(|f| flag_name(lang, *f)).collect();
        if tk.urgent {
            flags.insert(0, t(lang, QMsg::Urgent).to_string());
        }
        if !flags.is_empty() {
            first.push_str(&format!(
                " · {}: {}",
                t(lang, QMsg::PriorityLabel),
                flags.join(", ")
            ));
        }
        let mut second = format!(" {}", self.who(tk));
        if !tk.reason.is_empty() {
            second.push_str(&format!(" · {}", tk.reason));
        }
        if let Some(l) = &tk.interpreter_language {
            second.push_str(&format!(" · {} ≋ {l}", t(lang, QMsg::Interpreter)));
        }
        let third = if tk.triage_note.is_empty() {
            String::new()
        } else {
            format!(" {}: {}", t(lang, QMsg::Note), tk.triage_note)
        };
        let lines = vec![
            Line::from(Span::styled(first, view.theme.title)),
            Line::from(Span::styled(second, view.theme.text)),
            Line::from(Span::styled(third, view.theme.muted)),
        ];
        frame.render_widget(Paragraph::new(lines), area);
    }

    fn popup(frame: &mut Frame<'_>, area: Rect, view: &View<'_>, title: &str) -> Rect {
        frame.render_widget(Clear, area);
        let block = Block::bordered()
            .border_set(view.theme.borders)
            .border_style(view.theme.border)
            .title(Span::styled(format!(" {title} "), view.theme.title));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        inner
    }

    fn draw_form(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &TicketForm) {
        let lang = view.lang;
        let inner = Self::popup(frame, area, view, t(lang, QMsg::NewTicketTitle));
        let label_w = 15;
        let focus = form.field();
        let err = |key: &str| {
            form.errors
                .get(key)
                .map(|m| format!("  {}", t(lang, *m)))
                .unwrap_or_default()
        };
        let row = |name: QMsg, value: String, focused: bool, error: String| -> Line<'static> {
            let style = if focused {
                view.theme.selection
            } else {
                view.theme.text
            };
            Line::from(vec![
                Span::styled(
                    fit(&format!(" {}", t(lang, name)), label_w),
                    view.theme.muted,
                ),
                Span::styled(value, style),
                Span::styled(error, view.theme.warning),
            ])
        };
        let mut lines = Vec::new();
        if let Some((_, name)) = &form.person {
            lines.push(row(QMsg::FieldPerson, name.clone(), false, String::new()));
        }
        let chosen = form
            .chosen(&self.lines)
            .map(|s| format!("  → {} {}", s.ticket_prefix, service_name(lang, s)))
            .unwrap_or_default();
        lines.push(row(
            QMsg::FieldService,
            format!(
                "{}{chosen}",
                with_cursor(&form.service, focus == FormField::Service)
            ),
            focus == FormField::Service,
            err("service"),
        ));
        lines.push(row(
            QMsg::FieldLabel,
            with_cursor(&form.label, focus == FormField::Label),
            focus == FormField::Label,
            err("label"),
        ));
        lines.push(row(
            QMsg::FieldReason,
            with_cursor(&form.reason, focus == FormField::Reason),
            focus == FormField::Reason,
            err("reason"),
        ));
        let mut flag_text: Vec<String> = FORM_FLAGS
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let on = if form.flags.contains(f) { "■" } else { "□" };
                format!("{}{on}{}", i + 1, flag_name(lang, *f))
            })
            .collect();
        flag_text.push(format!(
            "7{}{}",
            if form.urgent { "■" } else { "□" },
            t(lang, QMsg::Urgent)
        ));
        let flags = flag_text.join(" ");
        let width = inner.width as usize - label_w;
        let (a, b) = if flags.chars().count() > width {
            let mut cut = 0;
            let mut used = 0;
            for (i, part) in flag_text.iter().enumerate() {
                used += part.chars().count() + 1;
                if used > width {
                    break;
                }
                cut = i + 1;
            }
            (flag_text[..cut].join(" "), flag_text[cut..].join(" "))
        } else {
            (flags, String::new())
        };
        lines.push(row(
            QMsg::FieldFlags,
            a,
            focus == FormField::Flags,
            String::new(),
        ));
        if !b.is_empty() {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label_w)),
                Span::styled(
                    b,
                    if focus == FormField::Flags {
                        view.theme.selection
                    } else {
                        view.theme.text
                    },
                ),
            ]));
        }
        lines.push(row(
            QMsg::FieldNote,
            with_cursor(&form.note, focus == FormField::Note),
            focus == FormField::Note,
            err("note"),
        ));
        let lang_name = find_language(&text_of(&form.language))
            .map(|l| {
                format!(
                    "  → {}",
                    match lang {
                        Lang::El => &l.name_el,
                        Lang::En => &l.name_en,
                    }
                )
            })
            .unwrap_or_default();
        lines.push(row(
            QMsg::FieldLanguage,
            format!(
                "≋ {}{lang_name}",
                with_cursor(&form.language, focus == FormField::Language)
            ),
            focus == FormField::Language,
            err("language"),
        ));
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::FormHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_link(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, picker: &LinkPicker) {
        let lang = view.lang;
        let inner = Self::popup(
            frame,
            area,
            view,
            &tf(lang, QMsg::LinkTitle, &[&picker.number]),
        );
        let width = inner.width as usize;
        let mut lines = vec![Line::from(vec![
            Span::styled(format!(" {} ", t(lang, QMsg::LinkFind)), view.theme.muted),
            Span::styled(with_cursor(&picker.query, true), view.theme.text),
        ])];
        let room = (inner.height as usize).saturating_sub(3);
        if picker.hits.is_empty() {
            let msg = if text_of(&picker.query).trim().chars().count() < 2 {
                QMsg::LinkTypeName
            } else {
                QMsg::LinkNoHits
            };
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, msg)),
                view.theme.muted,
            )));
        }
        for (i, (_, row)) in picker.hits.iter().enumerate().take(room) {
            let selected = i == picker.pick;
            lines.push(Line::from(Span::styled(
                fit(&format!("{}{row}", if selected { '▌' } else { ' ' }), width),
                if selected {
                    view.theme.selection
                } else {
                    view.theme.text
                },
            )));
        }
        let hint_at = inner.height.saturating_sub(1);
        frame.render_widget(Paragraph::new(lines), inner);
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!(" {}", t(lang, QMsg::LinkHint)),
                view.theme.muted,
            )),
            Rect {
                y: inner.y + hint_at,
                height: 1.min(inner.height),
                ..inner
            },
        );
    }

    fn draw_transfer(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, pick: usize) {
        let lang = view.lang;
        let number = self
            .selected_ticket()
            .map(|t| t.number.clone())
            .unwrap_or_default();
        let inner = Self::popup(
            frame,
            area,
            view,
            &tf(lang, QMsg::TransferTitle, &[&number]),
        );
        let mut lines: Vec<Line> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let style = if i == pick {
                    view.theme.selection
                } else {
                    view.theme.text
                };
                Line::from(Span::styled(
                    fit(
                        &format!(
                            "{}{:<3} {}",
                            if i == pick { '▌' } else { ' ' },
                            s.ticket_prefix,
                            service_name(lang, s)
                        ),
                        inner.width as usize,
                    ),
                    style,
                ))
            })
            .collect();
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::PickHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_appointments(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        selected: usize,
    ) {
        let lang = view.lang;
        let inner = Self::popup(frame, area, view, t(lang, QMsg::AppointmentsTitle));
        let mut lines = Vec::new();
        if self.appointments.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, QMsg::NoAppointments)),
                view.theme.muted,
            )));
        }
        for (i, a) in self.appointments.iter().enumerate() {
            let state = t(
                lang,
                match a.state {
                    AppointmentState::Booked => QMsg::ApptBooked,
                    AppointmentState::CheckedIn => QMsg::ApptCheckedIn,
                    AppointmentState::NoShow => QMsg::ApptNoShow,
                    AppointmentState::Cancelled => QMsg::ApptCancelled,
                },
            );
            let who = a
                .person_id
                .and_then(|id| self.names.get(&id).cloned())
                .unwrap_or_else(|| a.label.clone());
            let service = self
                .service(a.service_id)
                .map(|s| service_name(lang, s).to_string())
                .unwrap_or_default();
            let text = format!(
                "{}{}  {} {} {}",
                if i == selected { '▌' } else { ' ' },
                a.starts_at.format("%H:%M"),
                fit_cut(&service, 22),
                fit_cut(&who, 27),
                state
            );
            let style = if i == selected {
                view.theme.selection
            } else if a.state == AppointmentState::Booked {
                view.theme.text
            } else {
                view.theme.muted
            };
            lines.push(Line::from(Span::styled(
                fit(&text, inner.width as usize),
                style,
            )));
        }
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::ApptHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_confirm(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let waiting = self
            .tickets
            .iter()
            .filter(|t| t.state == TicketState::Waiting)
            .count();
        let inner = Self::popup(frame, area, view, t(lang, QMsg::CloseTitle));
        frame.render_widget(
            Paragraph::new(Span::styled(
                tf(lang, QMsg::CloseQuestion, &[&waiting.to_string()]),
                view.theme.warning,
            ))
            .wrap(Wrap { trim: true }),
            inner,
        );
    }

    fn draw_lines(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, selected: usize) {
        let lang = view.lang;
        let inner = Self::popup(frame, area, view, t(lang, QMsg::LinesTitle));
        let mut lines: Vec<Line> = self
            .lines
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let text = format!(
                    "{}{}{}{}{}",
                    if i == selected { '▌' } else { ' ' },
                    fit(&s.code, 12),
                    fit(&s.ticket_prefix, 4),
                    fit(&s.name_el, 30),
                    s.name_en
                );
                let style = if i == selected {
                    view.theme.selection
                } else {
                    view.theme.text
                };
                Line::from(Span::styled(fit(&text, inner.width as usize), style))
            })
            .collect();
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::LinesHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }

    fn draw_line_form(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &LineForm) {
        let lang = view.lang;
        let inner = Self::popup(frame, area, view, t(lang, QMsg::LinesTitle));
        let names = [
            QMsg::LineCode,
            QMsg::LinePrefix,
            QMsg::LineNameEl,
            QMsg::LineNameEn,
        ];
        let mut lines: Vec<Line> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let focused = i == form.focus % LINE_FIELDS.len();
                let style: Style = if focused {
                    view.theme.selection
                } else {
                    view.theme.text
                };
                Line::from(vec![
                    Span::styled(fit(&format!(" {}", t(lang, *name)), 16), view.theme.muted),
                    Span::styled(with_cursor(&form.fields[i], focused), style),
                    Span::styled(
                        form.errors
                            .get(&i)
                            .map(|m| format!("  {}", t(lang, *m)))
                            .unwrap_or_default(),
                        view.theme.warning,
                    ),
                ])
            })
            .collect();
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::LineFormHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
