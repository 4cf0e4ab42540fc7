//! The day view: the line's slots of one day in time order, each appointment on a row
//! of its own under its slot's time, and a row for the places still free; an
//! appointment outside the slots (another length, a closed day) on a row at its time.

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::AppointmentsScreen;
use super::details::{markers, state_word};
use crate::domain::appointments::{Calendar, Slot, occupies};
use crate::domain::codes::AppointmentState;
use crate::domain::records::Appointment;
use crate::i18n::appointments::AMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::list::text_row;
use crate::ui::kit::width::{fit, width};
use crate::ui::{Drawn, View};

/// One row of the day view.
#[derive(Debug, Clone, PartialEq)]
pub struct DayRow {
    pub at: NaiveDateTime,
    /// On the first row of a slot: the slot, with its places taken.
    pub slot: Option<Slot>,
    /// The appointment on this row (an index into the screen's appointments).
    pub appointment: Option<usize>,
    /// On a row without an appointment: the places still free in its slot.
    pub free: u32,
}

/// The rows of `day`: slots in time order with their appointments, then free places.
pub fn rows(calendar: &Calendar, appointments: &[Appointment], day: NaiveDate) -> Vec<DayRow> {
    let of_day: Vec<usize> = appointments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.starts_at.date() == day)
        .map(|(i, _)| i)
        .collect();
    let mut placed = vec![false; of_day.len()];
    let mut out = Vec::new();
    for slot in calendar.slots_on(day) {
        let mut first = true;
        for (k, &i) in of_day.iter().enumerate() {
            let a = &appointments[i];
            if !placed[k] && slot.start <= a.starts_at && a.starts_at < slot.end {
                placed[k] = true;
                out.push(DayRow {
                    at: a.starts_at,
                    slot: first.then_some(slot),
                    appointment: Some(i),
                    free: 0,
                });
                first = false;
            }
        }
        if slot.is_free() {
            out.push(DayRow {
                at: slot.start,
                slot: first.then_some(slot),
                appointment: None,
                free: slot.capacity - slot.taken,
            });
        }
    }
    // Appointments no slot holds, at their time.
    for (k, &i) in of_day.iter().enumerate() {
        if !placed[k] {
            let at = appointments[i].starts_at;
            let pos = out.partition_point(|r| r.at <= at);
            out.insert(
                pos,
                DayRow {
                    at,
                    slot: None,
                    appointment: Some(i),
                    free: 0,
                },
            );
        }
    }
    out
}

impl AppointmentsScreen {
    pub(super) fn draw_day(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        if self.rows.is_empty() {
            let why = if self.calendar.is_closed(self.day) {
                AMsg::ClosedDay
            } else {
                AMsg::NoSlots
            };
            text_row(frame, area, t(lang, why), view.theme.muted);
            return Drawn::rows(area.height);
        }
        let w = area.width as usize;
        self.list.draw_rows(frame, area, |i, selected| {
            let row = &self.rows[i];
            let mark = if selected { "▌" } else { " " };
            let places = row
                .slot
                .map(|s| format!("{}/{}", s.taken.min(s.capacity), s.capacity))
                .unwrap_or_default();
            let (text, style) = match row.appointment.and_then(|k| self.appointments.get(k)) {
                Some(a) => {
                    let who = self.who(a, lang);
                    let language = a
                        .interpreter_language
                        .as_deref()
                        .map(|l| format!("≋{l}"))
                        .unwrap_or_default();
                    let text = format!(
                        "{mark}{} {} {} {} {} {}",
                        row.at.format("%H:%M"),
                        fit(&places, 5),
                        fit(&who, 30),
                        fit(&markers(lang, a), 14),
                        fit(&language, 5),
                        state_word(lang, a.state)
                    );
                    let style = if selected {
                        view.theme.selection
                    } else if occupies(a.state) || a.state == AppointmentState::CheckedIn {
                        view.theme.text
                    } else {
                        view.theme.muted
                    };
                    (text, style)
                }
                None => {
                    // A slot whose time has gone cannot be booked: not offered as free.
                    let free = if row.at < view.now {
                        t(lang, AMsg::SlotPassed).to_string()
                    } else if row.free == 1 {
                        t(lang, AMsg::FreeOne).to_string()
                    } else {
                        tf(lang, AMsg::FreeMany, &[&row.free.to_string()])
                    };
                    let text = format!(
                        "{mark}{} {} · {free}",
                        row.at.format("%H:%M"),
                        fit(&places, 5)
                    );
                    let style = if selected {
                        view.theme.selection
                    } else {
                        view.theme.muted
                    };
                    (text, style)
                }
            };
            let text = if width(&text) > w {
                fit(&text, w)
            } else {
                text
            };
            Line::from(Span::styled(text, style))
        })
    }
}
