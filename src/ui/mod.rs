//! The terminal interface: the shell around the screens, and the screens.
//!
//! Drawing is a pure function of state: `draw` methods read only what `handle` and
//! `refresh` stored, never the database or the clock (the shell's `now` is set by the
//! event loop).

pub mod action_text;
pub mod activities;
pub mod appointments;
pub mod audit;
pub mod board;
pub mod directory;
pub mod distribution;
pub mod help;
pub mod intake;
pub mod kit;
pub mod lookup;
pub mod queue;
pub mod referral;
pub mod retention;
pub mod shell;
pub mod staff;
pub mod stats;
pub mod theme;
pub mod visit_form;

use chrono::NaiveDateTime;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::action::Action;
use crate::domain::codes::Role;
use crate::i18n::{Lang, Msg, t};
use crate::keymap::Context;
use crate::store::{Store, StoreError};
pub use action_text::{action_help, action_label};
pub use shell::Shell;
pub use theme::Theme;

/// The screens the tab bar names, in its order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScreenId {
    Queue,
    Intake,
    Lookup,
    Referrals,
    Directory,
    /// Appointments per service line: day and week views, booking, check-in.
    Appointments,
    /// Group activities: enrolment, waiting lists, roll calls.
    Activities,
    /// The goods distribution desk: programmes, households, hand-outs.
    Distribution,
    /// Counts of the centre's work, no names (see `domain::access`, `Kind::Statistics`).
    Stats,
    /// Administrators only.
    Staff,
    /// Administrators only.
    Audit,
    /// The retention review: administrators only.
    Retention,
}

impl ScreenId {
    pub const ALL: [ScreenId; 12] = [
        ScreenId::Queue,
        ScreenId::Intake,
        ScreenId::Lookup,
        ScreenId::Referrals,
        ScreenId::Directory,
        ScreenId::Appointments,
        ScreenId::Activities,
        ScreenId::Distribution,
        ScreenId::Stats,
        ScreenId::Staff,
        ScreenId::Audit,
        ScreenId::Retention,
    ];

    /// What the privacy rule must allow before this screen opens (`None`: everyone).
    pub fn needs(self) -> Option<crate::domain::access::Kind> {
        use crate::domain::access::Kind;
        match self {
            ScreenId::Staff => Some(Kind::StaffAdmin),
            ScreenId::Audit => Some(Kind::AuditLog),
            ScreenId::Retention => Some(Kind::Erasure),
            ScreenId::Stats => Some(Kind::Statistics),
            _ => None,
        }
    }

    /// The desk's everyday screens: always in the tab bar. The others (the later
    /// screens, the administrators') give way at 80 columns when not in use, and are
    /// reached by their keys or by cycling through the tabs.
    pub fn core(self) -> bool {
        matches!(
            self,
            ScreenId::Queue
                | ScreenId::Intake
                | ScreenId::Lookup
                | ScreenId::Referrals
                | ScreenId::Directory
        )
    }

    /// Whether `viewer` may open this screen.
    pub fn open_to(self, viewer: &crate::domain::access::Viewer) -> bool {
        self.needs().is_none_or(|kind| viewer.may(kind))
    }

    pub fn tab(self) -> Msg {
        match self {
            ScreenId::Queue => Msg::TabQueue,
            ScreenId::Intake => Msg::TabIntake,
            ScreenId::Lookup => Msg::TabLookup,
            ScreenId::Referrals => Msg::TabReferrals,
            ScreenId::Directory => Msg::TabDirectory,
            ScreenId::Appointments => Msg::TabAppointments,
            ScreenId::Activities => Msg::TabActivities,
            ScreenId::Distribution => Msg::TabDistribution,
            ScreenId::Stats => Msg::TabStats,
            ScreenId::Staff => Msg::TabStaff,
            ScreenId::Audit => Msg::TabAudit,
            ScreenId::Retention => Msg::TabRetention,
        }
    }

    /// The action that opens this screen.
    pub fn action(self) -> Action {
        match self {
            ScreenId::Queue => Action::ScreenQueue,
            ScreenId::Intake => Action::ScreenIntake,
            ScreenId::Lookup => Action::ScreenLookup,
            ScreenId::Referrals => Action::ScreenReferrals,
            ScreenId::Directory => Action::ScreenDirectory,
            ScreenId::Appointments => Action::ScreenAppointments,
            ScreenId::Activities => Action::ScreenActivities,
            ScreenId::Distribution => Action::ScreenDistribution,
            ScreenId::Stats => Action::ScreenStats,
            ScreenId::Staff => Action::ScreenStaff,
            ScreenId::Audit => Action::ScreenAudit,
            ScreenId::Retention => Action::ScreenRetention,
        }
    }

    pub fn from_action(action: Action) -> Option<ScreenId> {
        ScreenId::ALL.into_iter().find(|id| id.action() == action)
    }
}

/// What a screen reads while drawing: the session's context without the store.
#[derive(Debug, Clone, Copy)]
pub struct View<'a> {
    pub lang: Lang,
    pub theme: &'a Theme,
    /// The time the event loop last set: draw never reads the clock.
    pub now: NaiveDateTime,
    /// The OS login of the operator at this desk.
    pub operator: &'a str,
    pub desk: Option<i64>,
    /// What the operator may see is decided from this, in domain.
    pub role: Role,
}

/// What a screen (and every part of it) is given on every call but drawing: the
/// store, the operator's language, the clock, the operator, the desk and the role.
/// Screens never read the wall clock or cache the operator: tests set them here.
pub struct Ctx<'a> {
    pub store: &'a mut Store,
    pub lang: Lang,
    /// The current minute, set by the event loop.
    pub now: NaiveDateTime,
    /// The OS login of the operator at this desk.
    pub operator: &'a str,
    pub desk: Option<i64>,
    /// The operator's role (from the staff table; someone not in it, or no longer
    /// active, is a receptionist).
    pub role: Role,
    /// The organisation the operator works for (empty: the centre itself).
    pub organisation: &'a str,
}

impl Ctx<'_> {
    /// Who did it and when, for a write.
    pub fn stamp(&self) -> crate::store::Stamp {
        crate::store::Stamp {
            at: self.now,
            operator: self.operator.to_string(),
        }
    }

    /// Today, by the context's clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.now.date()
    }

    /// The operator as the privacy rule sees them.
    pub fn viewer(&self) -> crate::domain::access::Viewer {
        crate::domain::access::Viewer::new(self.operator, self.role, self.organisation)
    }
}

/// What came of an action or a key given to a screen.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Not the screen's business: nothing changed.
    Ignored,
    /// State changed: redraw.
    Handled,
    /// State may have changed, and this goes on the status line.
    Status(String),
    /// Something failed; this goes on the status line as an error.
    Error(String),
    /// Ask the shell to run an action (e.g. open another screen).
    Run(Action),
    /// Ask the shell to open another screen on a record (see [`Nav`]).
    Go(Nav),
}

impl Outcome {
    /// `Handled` when the screen did something with the input, else `Ignored`.
    pub fn handled_if(done: bool) -> Outcome {
        if done {
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }
}

/// A request to open a screen on a particular record: how one screen sends the
/// operator to another without knowing anything about it.
#[derive(Debug, Clone, PartialEq)]
pub enum Nav {
    /// The person's card (lookup screen).
    PersonCard(i64),
    /// The intake form on an existing person, to edit them.
    EditPerson(i64),
    /// A new ticket in today's queue for this person.
    TicketFor(i64),
    /// The hand-out form for the person's household (the programme of the ticket's
    /// line when it comes from a ticket).
    HandOut {
        person_id: i64,
        ticket_id: Option<i64>,
    },
    /// A new referral for this person, from a ticket if there is one.
    Refer {
        person_id: i64,
        ticket_id: Option<i64>,
    },
    /// A new person on the intake form, registered from this ticket: once saved,
    /// the ticket is linked to them.
    RegisterForTicket(i64),
    /// The appointments' booking form for a registered person, or for a name not yet
    /// registered (a ticket's label), from a ticket if there is one.
    BookFor(BookFor),
}

/// Who an appointment is booked for, from another screen.
#[derive(Debug, Clone, PartialEq)]
pub struct BookFor {
    pub person_id: Option<i64>,
    /// The name of someone not yet registered (a ticket's label).
    pub label: String,
    /// The service line to start on (the ticket's own).
    pub service_id: Option<i64>,
    pub ticket_id: Option<i64>,
}

impl Nav {
    /// The screen that answers this request.
    pub fn target(&self) -> ScreenId {
        match self {
            Nav::PersonCard(_) => ScreenId::Lookup,
            Nav::EditPerson(_) => ScreenId::Intake,
            Nav::TicketFor(_) => ScreenId::Queue,
            Nav::HandOut { .. } => ScreenId::Distribution,
            Nav::Refer { .. } => ScreenId::Referrals,
            Nav::RegisterForTicket(_) => ScreenId::Intake,
            Nav::BookFor(_) => ScreenId::Appointments,
        }
    }
}

/// One screen of the interface.
///
/// Keys reach a screen in two ways. The shell reads every key through the keymap,
/// trying the screen's [`contexts`](Screen::contexts) and then `[global]`; global
/// actions (quit, help, switching screens, language) it handles itself and every other
/// action goes to [`handle`](Screen::handle). A screen with a focused text field says so
/// with [`wants_text`](Screen::wants_text): then plain characters and the editing keys
/// (Backspace, with Ctrl-H turned into Backspace, Delete, ←, →, Home, End) go straight
/// to [`handle_key`](Screen::handle_key), ready for `ratatui_textarea::TextArea::input`,
/// and any other key the keymap does not bind goes there too.
pub trait Screen {
    fn id(&self) -> ScreenId;

    /// The screen's name, as the tab bar and help show it.
    fn title(&self, lang: Lang) -> &'static str {
        t(lang, self.id().tab())
    }

    /// Keymap sections for this screen, most specific first; `[global]` is always
    /// consulted after them. May change with the screen's state (e.g. a list, then a form).
    fn contexts(&self) -> &'static [Context];

    /// True while a text field has the focus.
    fn wants_text(&self) -> bool {
        false
    }

    /// An action the keymap produced for this screen.
    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome;

    /// A raw key, when [`wants_text`](Screen::wants_text) is true.
    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let _ = (key, cx);
        Outcome::Ignored
    }

    /// Text pasted into the terminal, when [`wants_text`](Screen::wants_text) is true.
    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let _ = (text, cx);
        Outcome::Ignored
    }

    /// Reload what the screen shows from the store: when it is opened, and when another
    /// desk changed the database.
    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError>;

    /// Another screen sent the operator here about a record ([`Outcome::Go`]); the
    /// shell has already made this screen active and refreshed it.
    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        let _ = (nav, cx);
        Outcome::Ignored
    }

    /// Called by the event loop at least every quarter second (and after input):
    /// time-based work such as saving a draft a moment after the last change.
    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let _ = cx;
        Outcome::Ignored
    }

    /// The operator opened this screen with its own key (F3 on intake means "a new
    /// person"); called after [`refresh`](Screen::refresh). Another screen's
    /// [`Nav`] does not call it.
    fn shown(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let _ = cx;
        Outcome::Ignored
    }

    /// The program has started: a screen may offer something (e.g. unfinished drafts)
    /// on the status line.
    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let _ = cx;
        Outcome::Ignored
    }

    /// The program is ending (quit, hang-up, SIGTERM): keep drafts now.
    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        let _ = cx;
    }

    /// Draws into `area` from state alone, and says what it measured (the rows of
    /// the list or the text that scrolls), which the shell hands back through
    /// [`measured`](Screen::measured).
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn;

    /// What the last drawing measured: page by it.
    fn measured(&mut self, drawn: Drawn) {
        let _ = drawn;
    }
}

/// A plain "yes" to a question: the Y key, whichever keyboard layout is on (υ on the
/// Greek one). Not ν: on the Greek layout that is the N key, and "no" must never
/// confirm. Alt-y is not a yes either (Esc then y on a slow link).
pub fn is_yes_key(key: &KeyEvent) -> bool {
    use crossterm::event::{KeyCode, KeyModifiers};
    !key.modifiers
        .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL)
        && matches!(key.code, KeyCode::Char('y' | 'Y' | 'υ' | 'Υ'))
}

pub use kit::list::{first_visible_row, step_selection};
pub use kit::{Drawn, Input, Reply};

#[cfg(test)]
pub(crate) mod harness;
#[cfg(test)]
mod tests;
