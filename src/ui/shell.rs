//! The frame around the screens: tab bar, key hints, status line, help overlay, and the
//! routing of keys to actions.

use chrono::NaiveDateTime;
use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::{Alignment, Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use super::directory::DirectoryScreen;
use super::help::{self, HelpState};
use super::intake::IntakeScreen;
use super::lookup::LookupScreen;
use super::queue::QueueScreen;
use super::referral::ReferralScreen;
use super::{Ctx, Outcome, Screen, ScreenId, Theme, View, action_label};
use crate::action::Action;
use crate::app::AppContext;
use crate::i18n::{Lang, Msg, t, tf};
use crate::keymap::{Key, Keymap};
use crate::store::Store;

/// The smallest terminal the interface draws in.
pub const MIN_WIDTH: u16 = 80;
pub const MIN_HEIGHT: u16 = 24;

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
            db_label: ctx.db_label.clone(),
            now,
            active: ScreenId::Queue,
            screens: vec![
                Box::new(QueueScreen::new()),
                Box::new(IntakeScreen::new()),
                Box::new(LookupScreen::new()),
                Box::new(ReferralScreen::new()),
                Box::new(DirectoryScreen::new()),
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
        self.status = Some(Status {
            text: text.into(),
            error,
        });
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

    fn screen_mut(&mut self) -> &mut Box<dyn Screen> {
        let index = ScreenId::ALL
            .iter()
            .position(|id| *id == self.active)
            .unwrap_or(0);
        let last = self.screens.len() - 1;
        &mut self.screens[index.min(last)]
    }

    fn ctx<'a>(
        store: &'a mut Store,
        lang: Lang,
        now: NaiveDateTime,
        operator: &'a str,
        desk: Option<i64>,
    ) -> Ctx<'a> {
        Ctx {
            store,
            lang,
            now,
            operator,
            desk,
        }
    }

    /// Switches to `id` and reloads it.
    pub fn open(&mut self, id: ScreenId, store: &Store) {
        self.active = id;
        let result = self.screen_mut().refresh(store);
        if let Err(e) = result {
            let text = tf(self.lang, Msg::StatusDbError, &[&e.to_string()]);
            self.set_status(text, true);
        }
    }

    /// Another desk changed the database: the active screen reloads.
    pub fn refresh(&mut self, store: &Store) {
        self.open(self.active, store);
    }

    /// Time passed: every screen may do time-based work (drafts). Returns whether
    /// anything on screen changed.
    pub fn tick(&mut self, store: &mut Store) -> bool {
        let (lang, now, desk) = (self.lang, self.now, self.desk);
        let operator = self.operator.clone();
        let mut changed = false;
        for i in 0..self.screens.len() {
            let mut cx = Shell::ctx(store, lang, now, &operator, desk);
            let outcome = self.screens[i].tick(&mut cx);
            if ScreenId::ALL.get(i) == Some(&self.active) || !matches!(outcome, Outcome::Handled) {
                changed |= self.apply(outcome, store);
            }
        }
        changed
    }

    /// The program started: screens may offer something on the status line.
    pub fn start(&mut self, store: &mut Store) {
        let (lang, now, desk) = (self.lang, self.now, self.desk);
        let operator = self.operator.clone();
        for i in 0..self.screens.len() {
            let mut cx = Shell::ctx(store, lang, now, &operator, desk);
            let outcome = self.screens[i].on_start(&mut cx);
            self.apply(outcome, store);
        }
    }

    /// The program is ending: screens keep their drafts.
    pub fn on_exit(&mut self, store: &mut Store) {
        let (lang, now, desk) = (self.lang, self.now, self.desk);
        let operator = self.operator.clone();
        for screen in &mut self.screens {
            let mut cx = Shell::ctx(store, lang, now, &operator, desk);
            screen.on_exit(&mut cx);
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
            let action = self.keymap.lookup(&["help"], key);
            return self.handle_help(action, store) || had_status;
        }
        let wants_text = self.screen().wants_text();
        if wants_text && is_text_key(key) {
            let raw = if key.is_ctrl_h() {
                KeyEvent::new(KeyCode::Backspace, KeyModifiers::NONE)
            } else {
                event
            };
            let outcome = self.with_screen(|screen, cx| screen.handle_key(raw, cx), store);
            return self.apply(outcome, store) || had_status;
        }
        let contexts = self.screen().contexts();
        match self.keymap.lookup(contexts, key) {
            Some(action) => self.run(action, store) || had_status,
            None if wants_text => {
                let outcome = self.with_screen(|screen, cx| screen.handle_key(event, cx), store);
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
        let outcome = self.with_screen(|screen, cx| screen.handle_paste(text, cx), store);
        self.apply(outcome, store)
    }

    fn with_screen(
        &mut self,
        work: impl FnOnce(&mut dyn Screen, &mut Ctx<'_>) -> Outcome,
        store: &mut Store,
    ) -> Outcome {
        let (lang, now, desk) = (self.lang, self.now, self.desk);
        let operator = self.operator.clone();
        let mut cx = Shell::ctx(store, lang, now, &operator, desk);
        work(self.screen_mut().as_mut(), &mut cx)
    }

    /// Runs one action: the shell's own, or the active screen's.
    pub fn run(&mut self, action: Action, store: &mut Store) -> bool {
        if let Some(id) = ScreenId::from_action(action) {
            self.help = None;
            self.open(id, store);
            let outcome = self.with_screen(|screen, cx| screen.shown(cx), store);
            self.apply(outcome, store);
            return true;
        }
        match action {
            Action::Quit => {
                self.quit = true;
                true
            }
            Action::Help => {
                self.help = Some(HelpState::default());
                true
            }
            Action::ToggleLanguage => {
                self.lang = self.lang.other();
                self.set_status(t(self.lang, Msg::StatusLanguage), false);
                true
            }
            Action::Redraw => {
                self.clear = true;
                true
            }
            _ => {
                let outcome = self.with_screen(|screen, cx| screen.handle(action, cx), store);
                self.apply(outcome, store)
            }
        }
    }

    fn apply(&mut self, outcome: Outcome, store: &mut Store) -> bool {
        match outcome {
            Outcome::Ignored => false,
            Outcome::Handled => true,
            Outcome::Status(text) => {
                self.set_status(text, false);
                true
            }
            Outcome::Error(text) => {
                self.set_status(text, true);
                true
            }
            Outcome::Go(nav) => {
                self.help = None;
                self.open(nav.target(), store);
                let outcome = self.with_screen(|screen, cx| screen.open(&nav, cx), store);
                self.apply(outcome, store);
                true
            }
            Outcome::Run(action) if ScreenId::from_action(action).is_some() => {
                self.run(action, store)
            }
            Outcome::Run(action) => match action {
                Action::Quit | Action::Help | Action::ToggleLanguage | Action::Redraw => {
                    self.run(action, store)
                }
                // A screen asking itself for an action would loop.
                _ => false,
            },
        }
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
            | Action::ScreenDirectory => self.run(action, store),
            _ => false,
        }
    }

    /// Draws everything from state.
    pub fn draw(&self, frame: &mut Frame<'_>) {
        let area = frame.area();
        if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
            self.draw_too_small(frame, area);
            return;
        }
        let [top, body, hints, status] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(area);
        let view = View {
            lang: self.lang,
            theme: &self.theme,
            now: self.now,
        };
        self.draw_top(frame, top);
        self.screen().draw(frame, body, &view);
        self.draw_hints(frame, hints);
        self.draw_status(frame, status);
        if let Some(state) = &self.help {
            help::draw(
                frame,
                body,
                &view,
                &self.keymap,
                self.screen().contexts(),
                self.screen().title(self.lang),
                state,
            );
        }
    }

    fn draw_too_small(&self, frame: &mut Frame<'_>, area: Rect) {
        let size = [area.width.to_string(), area.height.to_string()];
        let lines = vec![
            Line::from(Span::styled(
                tf(self.lang, Msg::TooSmall, &[&size[0], &size[1]]),
                self.theme.warning,
            )),
            Line::from(""),
            Line::from(Span::styled(
                t(self.lang, Msg::TooSmallHint),
                self.theme.text,
            )),
        ];
        let top = area.height.saturating_sub(4) / 2;
        let inner = Rect {
            y: area.y.saturating_add(top),
            height: area.height.saturating_sub(top),
            ..area
        };
        frame.render_widget(
            Paragraph::new(lines)
                .alignment(Alignment::Center)
                .wrap(Wrap { trim: true }),
            inner,
        );
    }

    fn draw_top(&self, frame: &mut Frame<'_>, area: Rect) {
        let theme = &self.theme;
        let clock = self.now.format("%H:%M").to_string();
        let right = match self.desk {
            Some(desk) => format!("{} {desk} · {clock} ", t(self.lang, Msg::Desk)),
            None => format!("{clock} "),
        };
        let right_width = right.chars().count() as u16;
        let mut spans = vec![Span::styled(" kentro │", theme.title)];
        // Tabs with their keys; when they do not fit (Greek is longer), the last tabs
        // but the current one lose their key first.
        let key_width = |id: ScreenId| {
            self.keymap
                .key_for(&[], id.action())
                .map_or(0, |k| k.to_string().chars().count() + 1)
        };
        let mut total: usize = 9 + ScreenId::ALL
            .iter()
            .map(|id| key_width(*id) + t(self.lang, id.tab()).chars().count() + 2)
            .sum::<usize>();
        let room = (area.width as usize).saturating_sub(right_width as usize + 1);
        let mut keyless: Vec<ScreenId> = Vec::new();
        for id in ScreenId::ALL.iter().rev() {
            if total <= room {
                break;
            }
            if *id != self.active {
                total -= key_width(*id);
                keyless.push(*id);
            }
        }
        if total > room {
            // Reverse video still marks the current tab without its key.
            keyless.push(self.active);
        }
        for id in ScreenId::ALL {
            let key = self
                .keymap
                .key_for(&[], id.action())
                .filter(|_| !keyless.contains(&id))
                .map(|k| format!("{k} "))
                .unwrap_or_default();
            let style = if id == self.active {
                theme.tab_active
            } else {
                theme.tab
            };
            spans.push(Span::styled(
                format!(" {key}{} ", t(self.lang, id.tab())),
                style,
            ));
        }
        let left_area = Rect {
            width: area.width.saturating_sub(right_width),
            ..area
        };
        frame.render_widget(
            Paragraph::new(Line::from(spans)).style(theme.bar),
            left_area,
        );
        let right_area = Rect {
            x: area.x + left_area.width,
            width: area.width - left_area.width,
            ..area
        };
        frame.render_widget(
            Paragraph::new(right)
                .style(theme.bar)
                .alignment(Alignment::Right),
            right_area,
        );
    }

    /// Hint items (key, label): the screen's context on the left, global on the right.
    fn hint_items(&self, contexts: &[&str]) -> Vec<(String, &'static str)> {
        let mut seen = Vec::new();
        let mut items = Vec::new();
        for context in contexts {
            for binding in self.keymap.context(context) {
                if binding.hint && !seen.contains(&binding.action) {
                    seen.push(binding.action);
                    items.push((
                        binding.key.to_string(),
                        t(self.lang, action_label(binding.action)),
                    ));
                }
            }
        }
        items
    }

    fn draw_hints(&self, frame: &mut Frame<'_>, area: Rect) {
        let (left_contexts, right_contexts): (&[&str], &[&str]) = if self.help.is_some() {
            (&["help"], &[])
        } else {
            (self.screen().contexts(), &["global"])
        };
        let right = self.hint_items(right_contexts);
        let left = self.hint_items(left_contexts);
        let width = |items: &[(String, &str)]| -> usize {
            items
                .iter()
                .map(|(k, l)| k.chars().count() + l.chars().count() + 3)
                .sum()
        };
        let right_width = width(&right);
        let mut room = (area.width as usize).saturating_sub(right_width + 1);
        let mut left_fit = Vec::new();
        for item in left {
            let w = width(std::slice::from_ref(&item));
            if w > room {
                break;
            }
            room -= w;
            left_fit.push(item);
        }
        let spans = |items: &[(String, &str)]| -> Vec<Span<'static>> {
            items
                .iter()
                .flat_map(|(k, l)| {
                    [
                        Span::raw(" "),
                        Span::styled(k.clone(), self.theme.hint_key),
                        Span::styled(format!(" {l} "), self.theme.hint_label),
                    ]
                })
                .collect()
        };
        frame.render_widget(Paragraph::new(Line::from(spans(&left_fit))), area);
        let right_w = (right_width as u16).min(area.width);
        let right_area = Rect {
            x: area.x + area.width - right_w,
            width: right_w,
            ..area
        };
        frame.render_widget(Paragraph::new(Line::from(spans(&right))), right_area);
    }

    fn draw_status(&self, frame: &mut Frame<'_>, area: Rect) {
        let desk = match self.desk {
            Some(desk) => format!("{} {desk}", t(self.lang, Msg::Desk)),
            None => t(self.lang, Msg::NoDesk).to_string(),
        };
        let date = crate::domain::dates::format_date(self.now.date());
        let message_width = self
            .status
            .as_ref()
            .map(|s| s.text.chars().count() + 2)
            .unwrap_or(0);
        let fixed = format!(" {} · {desk} ·  · {date} ", self.operator);
        let room = (area.width as usize)
            .saturating_sub(fixed.chars().count())
            .saturating_sub(message_width.min(area.width as usize / 2));
        let label = elide_left(&self.db_label, room.max(8));
        let right = format!(" {} · {desk} · {label} · {date} ", self.operator);
        let right_width = (right.chars().count() as u16).min(area.width);
        let right_area = Rect {
            x: area.x + area.width - right_width,
            width: right_width,
            ..area
        };
        let left_area = Rect {
            width: area.width - right_width,
            ..area
        };
        if let Some(status) = &self.status {
            let style = if status.error {
                self.theme.status_error
            } else {
                self.theme.status
            };
            frame.render_widget(
                Paragraph::new(Line::from(Span::styled(format!(" {}", status.text), style))),
                left_area,
            );
        }
        frame.render_widget(
            Paragraph::new(Span::styled(right, self.theme.muted)).alignment(Alignment::Right),
            right_area,
        );
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

/// `text` cut to `width` characters, keeping its end (a path's file name).
fn elide_left(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        return text.to_string();
    }
    let keep = width.saturating_sub(1);
    let tail: String = text.chars().skip(count - keep).collect();
    format!("…{tail}")
}
