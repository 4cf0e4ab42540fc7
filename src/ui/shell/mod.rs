//! The frame around the screens: which screen is active, the routing of keys to
//! actions, and the draining of what screens ask for ([`Outcome`]s) in one loop. The
//! drawing of the frame (tab bar, key hints, status line, help) is in [`chrome`].

mod chrome;

use std::collections::VecDeque;

use chrono::NaiveDateTime;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::appointments::AppointmentsScreen;
use super::audit::AuditScreen;
use super::directory::DirectoryScreen;
use super::help::HelpState;
use super::intake::IntakeScreen;
use super::lookup::LookupScreen;
use super::queue::QueueScreen;
use super::referral::ReferralScreen;
use super::staff::StaffScreen;
use super::stats::StatsScreen;
use super::{Ctx, Outcome, Screen, ScreenId, Theme};
use crate::action::Action;
use crate::app::AppContext;
use crate::domain::codes::Role;
use crate::i18n::{Lang, Msg, t, tf};
use crate::keymap::Context;
use crate::keymap::{Key, Keymap};
use crate::store::Store;

pub use chrome::{MIN_HEIGHT, MIN_WIDTH};

/// At most this many outcomes are drained after one input: a screen that keeps
/// asking for actions is stopped rather than looping for ever.
const MAX_OUTCOMES: usize = 32;

#[derive(Debug, Clone, PartialEq)]
pub struct Status {
    pub text: String,
    pub error: bool,
}

/// Everything on screen, and what keys do to it.
pub struct Shell {
    pub lang: Lang,
    pub theme: Theme,
    pub keymap: Keymap,
    pub operator: String,
    pub desk: Option<i64>,
    /// The operator's role, read from the staff table when a screen is opened.
    pub role: Role,
    /// The operator's organisation, read with the role.
    pub organisation: String,
    pub db_label: String,
    /// Set by the event loop (once a minute); drawing never reads the clock.
    pub now: NaiveDateTime,
    active: ScreenId,
    screens: Vec<Box<dyn Screen>>,
    help: Option<HelpState>,
    status: Option<Status>,
    quit: bool,
    clear: bool,
}

impl Shell {
    pub fn new(ctx: &AppContext, keymap: Keymap, theme: Theme, now: NaiveDateTime) -> Shell {
        Shell {
            lang: ctx.lang,
            theme,
            keymap,
            operator: ctx.operator.clone(),
            desk: ctx.desk,
            role: Role::Receptionist,
            organisation: String::new(),
            db_label: ctx.db_label.clone(),
            now,
            active: ScreenId::Queue,
            screens: vec![
                Box::new(
                    QueueScreen::new().printing_to(crate::printing::Printer::configured(
                        ctx.print_command.as_deref(),
                    )),
                ),
                Box::new(IntakeScreen::new()),
                Box::new(LookupScreen::new()),
                Box::new(
                    ReferralScreen::new().printing_to(crate::printing::Printer::configured(
                        ctx.print_command.as_deref(),
                    )),
                ),
                Box::new(DirectoryScreen::new()),
                Box::new(AppointmentsScreen::new()),
                Box::new(crate::ui::activities::ActivitiesScreen::new()),
                Box::new(crate::ui::distribution::DistributionScreen::new()),
                Box::new(StatsScreen::new()),
                Box::new(StaffScreen::new()),
                Box::new(AuditScreen::new()),
                Box::new(crate::ui::retention::RetentionScreen::new()),
            ],
            help: None,
            status: None,
            quit: false,
            clear: false,
        }
    }

    /// Puts `screen` in place of the one with the same id (tests use stand-ins).
    #[cfg(test)]
    pub(crate) fn replace_screen(&mut self, screen: Box<dyn Screen>) {
        if let Some(index) = ScreenId::ALL.iter().position(|id| *id == screen.id()) {
            self.screens[index] = screen;
        }
    }

    pub fn active(&self) -> ScreenId {
        self.active
    }

    pub fn help_open(&self) -> bool {
        self.help.is_some()
    }

    pub fn status(&self) -> Option<&Status> {
        self.status.as_ref()
    }

    pub fn set_status(&mut self, text: impl Into<String>, error: bool) {
        let text = text.into();
        if error {
            // The whole text, as the operator saw it (error texts name fields and
            // record numbers, never a person's values: tests/logging.rs checks).
            tracing::warn!(target: "kentro::ui", screen = ?self.active, error = %text, "error on the status line");
        }
        self.status = Some(Status { text, error });
    }

    /// The operator asked to leave.
    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// The operator asked for a full redraw (Ctrl-L); reading it resets it.
    pub fn take_clear(&mut self) -> bool {
        std::mem::take(&mut self.clear)
    }

    fn screen(&self) -> &dyn Screen {
        let index = ScreenId::ALL
            .iter()
            .position(|id| *id == self.active)
            .unwrap_or(0);
        self.screens[index.min(self.screens.len() - 1)].as_ref()
    }

    /// Runs `work` on screen `index` with the session's context.
    fn with_index<R>(
        &mut self,
        index: usize,
        store: &mut Store,
        work: impl FnOnce(&mut dyn Screen, &mut Ctx<'_>) -> R,
    ) -> R {
        let operator = std::mem::take(&mut self.operator);
        let organisation = self.organisation.clone();
        let mut cx = Ctx {
            store,
            lang: self.lang,
            now: self.now,
            operator: &operator,
            desk: self.desk,
            role: self.role,
            organisation: &organisation,
        };
        let result = work(self.screens[index].as_mut(), &mut cx);
        self.operator = operator;
        result
    }

    fn active_index(&self) -> usize {
        ScreenId::ALL
            .iter()
            .position(|id| *id == self.active)
            .unwrap_or(0)
            .min(self.screens.len() - 1)
    }

    /// Runs `work` on the active screen with the session's context.
    fn with_screen<R>(
        &mut self,
        store: &mut Store,
        work: impl FnOnce(&mut dyn Screen, &mut Ctx<'_>) -> R,
    ) -> R {
        let index = self.active_index();
        self.with_index(index, store, work)
    }

    /// Reads the operator's role again (an administrator may have changed it). Someone
    /// not in the staff table, or no longer active, is a receptionist; when the table
    /// cannot be read the role falls back to receptionist, the least that may be seen.
    fn read_role(&mut self, store: &Store) {
        (self.role, self.organisation) = match store.staff(&self.operator) {
            Ok(staff) => staff
                .filter(|s| s.active)
                .map_or((Role::Receptionist, String::new()), |s| {
                    (s.role, s.organisation)
                }),
            Err(e) => {
                let outcome = super::kit::fail::store_failure(self.lang, "read role", &e);
                if let Outcome::Error(text) = outcome {
                    self.set_status(text, true);
                }
                (Role::Receptionist, String::new())
            }
        };
    }

    /// The screens the operator's role may open, in the tab bar's order.
    pub fn tabs(&self) -> Vec<ScreenId> {
        let viewer = self.viewer();
        ScreenId::ALL
            .into_iter()
            .filter(|id| id.open_to(&viewer))
            .collect()
    }

    fn viewer(&self) -> crate::domain::access::Viewer {
        crate::domain::access::Viewer::new(&self.operator, self.role, &self.organisation)
    }

    /// Switches to `id` and reloads it. A screen the operator's role may not open
    /// (administrators' screens) is refused, and an operator who lost the role while
    /// on one is taken back to the queue.
    pub fn open(&mut self, id: ScreenId, store: &mut Store) {
        self.read_role(store);
        let viewer = self.viewer();
        if !id.open_to(&viewer) {
            let text = tf(self.lang, Msg::AdminsOnly, &[t(self.lang, id.tab())]);
            self.set_status(text, true);
            if self.active.open_to(&viewer) {
                return;
            }
            self.active = ScreenId::Queue;
        } else {
            self.active = id;
        }
        let result = self.with_screen(store, |screen, cx| screen.refresh(cx));
        if let Err(e) = result {
            let outcome = super::kit::fail::store_failure(self.lang, "reload", &e);
            if let Outcome::Error(text) = outcome {
                self.set_status(text, true);
            }
        }
    }

    /// Another desk changed the database: the active screen reloads.
    pub fn refresh(&mut self, store: &mut Store) {
        self.open(self.active, store);
    }

    /// Time passed: every screen may do time-based work (drafts). Returns whether
    /// anything on screen changed.
    pub fn tick(&mut self, store: &mut Store) -> bool {
        let mut changed = false;
        for i in 0..self.screens.len() {
            let outcome = self.with_index(i, store, |screen, cx| screen.tick(cx));
            if ScreenId::ALL.get(i) == Some(&self.active) || !matches!(outcome, Outcome::Handled) {
                changed |= self.apply(outcome, store);
            }
        }
        changed
    }

    /// The program started: screens may offer something on the status line (drafts
    /// kept from last time); what several say is put together, none hides another.
    pub fn start(&mut self, store: &mut Store) {
        self.read_role(store);
        let mut said: Vec<String> = Vec::new();
        let mut error = false;
        for i in 0..self.screens.len() {
            match self.with_index(i, store, |screen, cx| screen.on_start(cx)) {
                Outcome::Status(text) => said.push(text),
                Outcome::Error(text) => {
                    error = true;
                    said.push(text);
                }
                other => {
                    self.apply(other, store);
                }
            }
        }
        if !said.is_empty() {
            self.set_status(said.join(" · "), error);
        }
    }

    /// The program is ending: screens keep their drafts.
    pub fn on_exit(&mut self, store: &mut Store) {
        for i in 0..self.screens.len() {
            self.with_index(i, store, |screen, cx| screen.on_exit(cx));
        }
    }

    /// One key from the terminal. Returns whether anything on screen changed.
    pub fn handle_key(&mut self, event: KeyEvent, store: &mut Store) -> bool {
        if event.kind == KeyEventKind::Release {
            return false;
        }
        let had_status = self.status.take().is_some();
        let key = Key::from_event(&event);
        if self.help.is_some() {
            let action = self.keymap.lookup(&[Context::Help], key);
            return self.handle_help(action, store) || had_status;
        }
        let wants_text = self.screen().wants_text();
        if wants_text && is_text_key(key) {
            let raw = if key.is_ctrl_h() {
                KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
            } else {
                event
            };
            let outcome = self.with_screen(store, |screen, cx| screen.handle_key(raw, cx));
            return self.apply(outcome, store) || had_status;
        }
        let contexts = self.screen().contexts();
        match self.keymap.lookup(contexts, key) {
            Some(action) => self.run(action, store) || had_status,
            None if wants_text => {
                let outcome = self.with_screen(store, |screen, cx| screen.handle_key(event, cx));
                self.apply(outcome, store) || had_status
            }
            None => {
                let text = tf(self.lang, Msg::StatusUnbound, &[&key.to_string()]);
                self.set_status(text, false);
                true
            }
        }
    }

    /// Text pasted into the terminal.
    pub fn handle_paste(&mut self, text: &str, store: &mut Store) -> bool {
        if self.help.is_some() || !self.screen().wants_text() {
            return false;
        }
        let outcome = self.with_screen(store, |screen, cx| screen.handle_paste(text, cx));
        self.apply(outcome, store)
    }

    /// Runs one action: the shell's own, or the active screen's.
    pub fn run(&mut self, action: Action, store: &mut Store) -> bool {
        self.apply(Outcome::Run(action), store)
    }

    /// Drains `first` and whatever it leads to, in order, in one loop: a screen may
    /// ask for any action or another screen, and what that answers is drained too.
    /// Returns whether anything on screen changed.
    fn apply(&mut self, first: Outcome, store: &mut Store) -> bool {
        let mut pending = VecDeque::from([first]);
        let mut changed = false;
        let mut drained = 0;
        while let Some(outcome) = pending.pop_front() {
            drained += 1;
            if drained > MAX_OUTCOMES {
                tracing::error!(target: "kentro::ui", "a screen kept asking for actions; stopped");
                break;
            }
            match outcome {
                Outcome::Ignored => {}
                Outcome::Handled => changed = true,
                Outcome::Status(text) => {
                    self.set_status(text, false);
                    changed = true;
                }
                Outcome::Error(text) => {
                    self.set_status(text, true);
                    changed = true;
                }
                Outcome::Go(nav) => {
                    self.help = None;
                    self.open(nav.target(), store);
                    pending.push_back(self.with_screen(store, |screen, cx| screen.open(&nav, cx)));
                    changed = true;
                }
                Outcome::Run(action) => {
                    changed |= self.run_one(action, store, &mut pending);
                }
            }
        }
        changed
    }

    /// One action: the shell's own, or the active screen's (whose answer is queued).
    fn run_one(
        &mut self,
        action: Action,
        store: &mut Store,
        pending: &mut VecDeque<Outcome>,
    ) -> bool {
        if let Some(id) = ScreenId::from_action(action) {
            self.help = None;
            self.open(id, store);
            if self.active != id {
                return true;
            }
            pending.push_back(self.with_screen(store, |screen, cx| screen.shown(cx)));
            return true;
        }
        if let Some(id) = self.neighbour_tab(action) {
            return self.run_one(id.action(), store, pending);
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Help => self.help = Some(HelpState::default()),
            Action::ToggleLanguage => {
                self.lang = self.lang.other();
                self.set_status(t(self.lang, Msg::StatusLanguage), false);
            }
            Action::Redraw => self.clear = true,
            _ => {
                pending.push_back(self.with_screen(store, |screen, cx| screen.handle(action, cx)));
                return false;
            }
        }
        true
    }

    /// For next-tab and previous-tab, the tab to open: the next (or previous) screen
    /// the operator may open, round from the last to the first.
    fn neighbour_tab(&self, action: Action) -> Option<ScreenId> {
        let step = match action {
            Action::NextTab => 1,
            Action::PrevTab => -1,
            _ => return None,
        };
        let tabs = self.tabs();
        let here = tabs.iter().position(|id| *id == self.active).unwrap_or(0) as isize;
        let count = tabs.len() as isize;
        tabs.get((here + step).rem_euclid(count.max(1)) as usize)
            .copied()
    }

    fn handle_help(&mut self, action: Option<Action>, store: &mut Store) -> bool {
        let Some(action) = action else {
            return false;
        };
        match action {
            Action::Cancel | Action::Help => {
                self.help = None;
                true
            }
            Action::Up | Action::Down | Action::PageUp | Action::PageDown => {
                if let Some(help) = &mut self.help {
                    help.scroll(action);
                }
                true
            }
            Action::Quit
            | Action::ToggleLanguage
            | Action::Redraw
            | Action::ScreenQueue
            | Action::ScreenIntake
            | Action::ScreenLookup
            | Action::ScreenReferrals
            | Action::ScreenDirectory
            | Action::ScreenAppointments
            | Action::ScreenActivities
            | Action::ScreenDistribution
            | Action::ScreenStaff
            | Action::ScreenAudit
            | Action::ScreenRetention
            | Action::ScreenStats
            | Action::NextTab
            | Action::PrevTab => self.run(action, store),
            _ => false,
        }
    }
}

/// Plain characters and the keys that edit a line of text.
fn is_text_key(key: Key) -> bool {
    let plain = !key
        .mods
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(_) => plain || key.is_ctrl_h(),
        KeyCode::Backspace
        | KeyCode::Delete
        | KeyCode::Left
        | KeyCode::Right
        | KeyCode::Home
        | KeyCode::End => plain,
        _ => false,
    }
}
