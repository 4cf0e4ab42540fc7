//! Moving about the appointments screen: to a day or week (another week is read
//! when needed), the next booked appointment, following the clock, and the browsing
//! keys.

use chrono::{Duration, NaiveDate};

use super::day::DayRow;
use super::{AppointmentsScreen, Span7, monday_of};
use crate::action::Action;
use crate::ui::{Ctx, Nav, Outcome};

impl AppointmentsScreen {
    /// Shows `day` (another week is read when it is in one), on its first
    /// appointment still to come.
    pub(super) fn go_to(&mut self, day: NaiveDate, cx: &mut Ctx<'_>) -> Outcome {
        let week_changes = monday_of(day) != self.monday();
        self.day = day;
        let outcome = if week_changes {
            self.reload(cx)
        } else {
            self.rebuild();
            Outcome::Handled
        };
        self.select_next_booked(cx.now);
        outcome
    }

    /// Selects the day's first appointment still booked from `now` (the one a desk
    /// checks in next), else its first appointment, else its first row.
    pub(super) fn select_next_booked(&mut self, now: chrono::NaiveDateTime) {
        let appointment = |r: &DayRow| r.appointment.and_then(|i| self.appointments.get(i));
        let found = self
            .rows
            .iter()
            .position(|r| {
                appointment(r).is_some_and(|a| {
                    a.state == crate::domain::codes::AppointmentState::Booked && a.ends_at() > now
                })
            })
            .or_else(|| self.rows.iter().position(|r| r.appointment.is_some()))
            .unwrap_or(0);
        self.list.select(found);
    }

    /// Follows the clock to a new day (or a test's clock) the first time it is seen;
    /// true when it moved.
    pub(super) fn follow_clock(&mut self, cx: &Ctx<'_>) -> bool {
        if self.today != Some(cx.today()) {
            self.today = Some(cx.today());
            self.day = cx.today();
            return true;
        }
        false
    }

    /// Keys of the views.
    pub(super) fn browse(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Up | Action::Down | Action::Home | Action::End if self.span == Span7::Day => {
                self.list.step(action);
                Outcome::Handled
            }
            Action::Up | Action::Down | Action::Home | Action::End if self.span == Span7::Week => {
                let last = self.week.times.len().saturating_sub(1);
                self.week_row = match action {
                    Action::Up => self.week_row.saturating_sub(1),
                    Action::Down => (self.week_row + 1).min(last),
                    Action::Home => 0,
                    _ => last,
                };
                Outcome::Handled
            }
            Action::PreviousDay => self.go_to(self.day - Duration::days(1), cx),
            Action::NextDay => self.go_to(self.day + Duration::days(1), cx),
            Action::PreviousWeek => self.go_to(self.day - Duration::days(7), cx),
            Action::NextWeek => self.go_to(self.day + Duration::days(7), cx),
            Action::Today => self.go_to(cx.today(), cx),
            Action::DayOrWeek => {
                self.span = match self.span {
                    Span7::Day => {
                        // The week opens on the time the day view was on.
                        if let Some(at) = self.selected_row().map(|r| r.at.time()) {
                            self.week_row = self.week.row_of(at);
                        }
                        Span7::Week
                    }
                    Span7::Week => {
                        let at = self.week.times.get(self.week_row).copied();
                        if let Some(at) = at
                            && let Some(i) = self.rows.iter().position(|r| r.at.time() >= at)
                        {
                            self.list.select(i);
                        }
                        Span7::Day
                    }
                };
                Outcome::Handled
            }
            Action::Confirm if self.span == Span7::Week => self.browse(Action::DayOrWeek, cx),
            Action::Confirm => match self.selected_appointment().and_then(|a| a.person_id) {
                Some(id) => Outcome::Go(Nav::PersonCard(id)),
                None => Outcome::Ignored,
            },
            Action::NextLine | Action::PreviousLine if !self.lines.is_empty() => {
                let n = self.lines.len();
                self.line = if action == Action::NextLine {
                    (self.line + 1) % n
                } else {
                    (self.line + n - 1) % n
                };
                self.reload(cx)
            }
            Action::BookAppointment => self.new_booking(None, cx),
            Action::CheckIn => self.check_in(cx),
            Action::NoShow => self.no_show(cx),
            Action::MoveAppointment => self.ask_move(cx),
            Action::CancelAppointment => self.ask_cancel(cx),
            Action::Reminders => self.open_reminders(cx),
            _ => Outcome::Ignored,
        }
    }
}
