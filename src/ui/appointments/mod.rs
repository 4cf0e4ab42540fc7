//! The appointments screen (Alt-A): one service line's day or week, the selected
//! appointment's details always below; booking (free slots first), moving,
//! cancelling with a reason, no-shows, check-in (a ticket carrying the priority) and
//! the next working day's reminder calls.
//!
//! What is shown is read by `refresh` (and after each change); drawing reads only
//! that. Every store error is shown in place of what it kept from being read, and on
//! the status line; a form or popup stays open on a failure.

mod booking;
mod browse;
mod changes;
mod day;
mod details;
mod form;
mod form_draw;
mod reminders;
pub mod week;

use std::collections::HashMap;

use chrono::{Datelike, Duration, NaiveDate};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::action::Action;
use crate::domain::appointments::Calendar;
use crate::domain::records::{Appointment, Service};
use crate::i18n::appointments::AMsg;
use crate::i18n::{Lang, t};
use crate::keymap::Context;
use crate::store::{Attendees, Store, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::list::{ListView, text_row};
use crate::ui::kit::width::fit;
use crate::ui::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};

use changes::Popup;
use day::DayRow;
use details::Brief;
use form::BookingForm;
use reminders::RemindersList;
use week::WeekGrid;

/// Rows the details of the selected appointment take at the bottom.
const DETAIL_ROWS: u16 = 5;

/// Which view of the line is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span7 {
    Day,
    Week,
}

/// What has the keys besides the view.
enum Mode {
    Browse,
    Form(Box<BookingForm>),
    Popup(Popup),
    Reminders(RemindersList),
}

/// The appointments screen.
pub struct AppointmentsScreen {
    /// The service lines that take appointments (queue lines).
    lines: Vec<Service>,
    line: usize,
    span: Span7,
    /// The day shown (the day view), or the selected day of the week shown.
    day: NaiveDate,
    /// The day the screen last followed the clock to.
    today: Option<NaiveDate>,
    /// The shown week's calendar (hours, closures, places taken) and appointments.
    calendar: Calendar,
    appointments: Vec<Appointment>,
    /// The people of those appointments, as the privacy rule lets this desk see them.
    people: HashMap<i64, Brief>,
    rows: Vec<DayRow>,
    list: ListView,
    week: WeekGrid,
    /// The selected row of the week grid (a slot time).
    week_row: usize,
    /// Why the line could not be read: shown in place of the view.
    load_error: Option<String>,
    mode: Mode,
}

impl Default for AppointmentsScreen {
    fn default() -> Self {
        AppointmentsScreen::new()
    }
}

impl AppointmentsScreen {
    pub fn new() -> AppointmentsScreen {
        AppointmentsScreen {
            lines: Vec::new(),
            line: 0,
            span: Span7::Day,
            day: NaiveDate::MIN,
            today: None,
            calendar: Calendar::default(),
            appointments: Vec::new(),
            people: HashMap::new(),
            rows: Vec::new(),
            list: ListView::new(),
            week: WeekGrid::default(),
            week_row: 0,
            load_error: None,
            mode: Mode::Browse,
        }
    }

    /// The Monday of the week shown.
    fn monday(&self) -> NaiveDate {
        monday_of(self.day)
    }

    fn current_line(&self) -> Option<&Service> {
        self.lines.get(self.line)
    }

    /// Reads the lines, the shown week of the current line and its people.
    fn load(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        let keep = self.current_line().map(|s| s.id);
        self.lines = store.queue_lines()?;
        if let Some(id) = keep {
            self.line = self.lines.iter().position(|s| s.id == id).unwrap_or(0);
        }
        self.line = self.line.min(self.lines.len().saturating_sub(1));
        let Some(line) = self.current_line().map(|s| s.id) else {
            self.calendar = Calendar::default();
            self.appointments.clear();
            self.people.clear();
            self.rebuild();
            return Ok(());
        };
        let monday = self.monday();
        let sunday = monday + Duration::days(6);
        self.calendar = store.calendar(line, monday, sunday, &Attendees::default())?;
        self.appointments = store.appointments_between(Some(line), monday, sunday)?;
        let ids: Vec<i64> = self
            .appointments
            .iter()
            .filter_map(|a| a.person_id)
            .collect();
        let viewer = cx.viewer();
        self.people = store
            .people_by_ids(&ids)?
            .iter()
            .map(|p| (p.id, Brief::of(p, &viewer)))
            .collect();
        self.rebuild();
        Ok(())
    }

    /// Reads again; a failure is kept to be shown in place of the view.
    fn reload(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.load(cx) {
            Ok(()) => {
                self.load_error = None;
                Outcome::Handled
            }
            Err(e) => {
                self.load_error = Some(store_error_text(cx.lang, &e));
                store_failure(cx.lang, "appointments reload", &e)
            }
        }
    }

    /// The rows of the day view and the grid of the week view, from what was read;
    /// the selection stays on the same appointment (or time) if it can.
    fn rebuild(&mut self) {
        let keep = self.selected_row().map(|r| (r.appointment, r.at));
        self.rows = day::rows(&self.calendar, &self.appointments, self.day);
        self.list.set_len(self.rows.len());
        if let Some((appointment, at)) = keep {
            let found = self
                .rows
                .iter()
                .position(|r| appointment.is_some() && r.appointment == appointment)
                .or_else(|| self.rows.iter().position(|r| r.at >= at));
            if let Some(i) = found {
                self.list.select(i);
            }
        }
        self.week = WeekGrid::build(&self.calendar, &self.appointments, self.monday());
        self.week_row = self.week_row.min(self.week.times.len().saturating_sub(1));
    }

    fn selected_row(&self) -> Option<&DayRow> {
        self.rows.get(self.list.selected())
    }

    /// The appointment the day view's selection is on.
    fn selected_appointment(&self) -> Option<&Appointment> {
        match self.span {
            Span7::Day => self
                .selected_row()
                .and_then(|r| r.appointment)
                .and_then(|i| self.appointments.get(i)),
            Span7::Week => None,
        }
    }

    /// Selects the row of appointment `id` (after booking or moving it).
    fn select_appointment(&mut self, id: i64) {
        if let Some(i) = self.rows.iter().position(|r| {
            r.appointment
                .and_then(|a| self.appointments.get(a))
                .map(|a| a.id)
                == Some(id)
        }) {
            self.list.select(i);
        }
    }

    /// The title row: the line (Tab for the next), the day or week, what is booked.
    fn draw_title(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let line = self
            .current_line()
            .map(|s| crate::i18n::service_name(s, lang).to_string())
            .unwrap_or_default();
        let when = match self.span {
            Span7::Day => day_title(lang, self.day, view.now.date()),
            Span7::Week => week_title(lang, self.monday()),
        };
        let (taken, places) = match self.span {
            Span7::Day => self.week.places_on(self.day),
            Span7::Week => self.week.places(),
        };
        let count = crate::i18n::tf(
            lang,
            AMsg::BookedOfPlaces,
            &[&taken.to_string(), &places.to_string()],
        );
        let left = format!(" ◂ {} ▸  {when}", fit(&line, 30).trim_end());
        let room = (area.width as usize).saturating_sub(crate::ui::kit::width::width(&left) + 1);
        let right = format!("{:>room$}", count);
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(left, view.theme.title),
                Span::styled(right, view.theme.muted),
            ])),
            Rect { height: 1, ..area },
        );
    }
}

/// The Monday of `day`'s week.
pub fn monday_of(day: NaiveDate) -> NaiveDate {
    day - Duration::days(i64::from(day.weekday().num_days_from_monday()))
}

/// "Τρίτη 01/12/2026 (σήμερα)".
fn day_title(lang: Lang, day: NaiveDate, today: NaiveDate) -> String {
    let mut out = format!(
        "{} {}",
        t(lang, week::weekday_long(day.weekday())),
        crate::domain::dates::format_date(day)
    );
    if day == today {
        out.push_str(&format!(" ({})", t(lang, AMsg::TodayMark)));
    }
    out
}

/// "Εβδομάδα 30/11–06/12/2026".
fn week_title(lang: Lang, monday: NaiveDate) -> String {
    let sunday = monday + Duration::days(6);
    format!(
        "{} {}–{}",
        t(lang, AMsg::Week),
        monday.format("%d/%m"),
        crate::domain::dates::format_date(sunday)
    )
}

impl Screen for AppointmentsScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Appointments
    }

    fn contexts(&self) -> &'static [Context] {
        match &self.mode {
            Mode::Browse => &[Context::Appointments],
            Mode::Form(_) => &[Context::AppointmentsForm, Context::Form],
            Mode::Popup(_) => &[Context::AppointmentsPopup],
            Mode::Reminders(_) => &[Context::AppointmentsReminders],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.mode {
            Mode::Form(_) => true,
            Mode::Popup(p) => p.wants_text(),
            _ => false,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Browse => self.browse(action, cx),
            Mode::Form(_) => self.form_action(action, cx),
            Mode::Popup(_) => self.popup_action(action, cx),
            Mode::Reminders(_) => self.reminders_action(action, cx),
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Form(_) => self.form_key(key, cx),
            Mode::Popup(p) => p.key(key, cx),
            _ => Outcome::Ignored,
        }
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let clean = crate::domain::text::clean_line(text);
        match &mut self.mode {
            Mode::Form(_) => self.form_paste(&clean, cx),
            Mode::Popup(p) => p.paste(&clean, cx),
            _ => Outcome::Ignored,
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let new_day = self.follow_clock(cx);
        let result = self.load(cx);
        if new_day {
            self.select_next_booked(cx.now);
        }
        self.load_error = result.as_ref().err().map(|e| store_error_text(cx.lang, e));
        if let Mode::Reminders(list) = &mut self.mode {
            list.reload(cx);
        }
        result
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        match nav {
            Nav::BookFor(whom) => self.new_booking(Some(whom.clone()), cx),
            _ => Outcome::Ignored,
        }
    }

    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Form(form) if !form.is_blank() => form.draft.tick(&form.to_draft(), cx),
            _ => Outcome::Ignored,
        }
    }

    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        if let Mode::Form(form) = &mut self.mode
            && !form.is_blank()
        {
            form.draft.keep(&form.to_draft(), cx);
        }
    }

    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        form::offer_draft(cx)
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        if let Mode::Form(form) = &self.mode {
            form.draw(frame, area, view);
            return Drawn::none();
        }
        if let Mode::Reminders(list) = &self.mode {
            return list.draw(frame, area, view);
        }
        if area.height < DETAIL_ROWS + 4 {
            return Drawn::none();
        }
        self.draw_title(frame, area, view);
        let body = Rect::new(
            area.x,
            area.y + 1,
            area.width,
            area.height - 1 - DETAIL_ROWS,
        );
        let details = Rect::new(area.x, body.bottom(), area.width, DETAIL_ROWS);
        let drawn = if let Some(error) = &self.load_error {
            frame.render_widget(
                Paragraph::new(Span::styled(format!(" {error}"), view.theme.status_error)),
                body,
            );
            Drawn::none()
        } else if self.lines.is_empty() {
            text_row(frame, body, t(view.lang, AMsg::NoLines), view.theme.muted);
            Drawn::none()
        } else {
            match self.span {
                Span7::Day => self.draw_day(frame, body, view),
                Span7::Week => self.week.draw(
                    frame,
                    body,
                    view,
                    (
                        self.day.weekday().num_days_from_monday() as usize,
                        self.week_row,
                    ),
                ),
            }
        };
        self.draw_details(frame, details, view);
        if let Mode::Popup(popup) = &self.mode {
            popup.draw(frame, area, view);
        }
        drawn
    }

    fn measured(&mut self, drawn: Drawn) {
        if self.span == Span7::Day {
            self.list.measured(drawn);
        }
    }
}

#[cfg(test)]
mod tests;
