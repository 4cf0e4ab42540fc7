//! The week view: one row per slot time, one column per day (Monday to Sunday), each
//! cell the places booked of the places there are, `!` when an appointment in it
//! carries a priority or is urgent, `≋` when one needs an interpreter (marks in words
//! and signs, never colour alone); a closed day says so in its column.
//!
//! The grid is built once per load ([`WeekGrid::build`]) and drawn from that alone;
//! `benches/appointments.rs` measures both on a week with 2,000 appointments.

use chrono::{Datelike, Duration, NaiveDate, NaiveTime};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::appointments::{Calendar, occupies};
use crate::domain::records::Appointment;
pub use crate::i18n::appointments::weekday_long;
use crate::i18n::appointments::{AMsg, weekday_short};
use crate::i18n::t;
use crate::ui::kit::list::first_visible_row;
use crate::ui::kit::width::pad;
use crate::ui::{Drawn, View};

/// Cells of the grid are this wide; the time column takes 6.
const CELL: usize = 10;
const TIME: usize = 6;

/// One slot of one day.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cell {
    pub taken: u32,
    pub capacity: u32,
    /// Appointments in it with a priority flag or urgent.
    pub priority: u32,
    /// Appointments in it that need an interpreter.
    pub interpreter: u32,
}

/// One day of the week.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DayColumn {
    pub day: Option<NaiveDate>,
    pub closed: bool,
    /// One per row of [`WeekGrid::times`]: none where the day has no slot then.
    pub cells: Vec<Option<Cell>>,
}

/// A service line's week, ready to draw.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct WeekGrid {
    pub monday: Option<NaiveDate>,
    /// The rows: every slot start of the week, in order.
    pub times: Vec<NaiveTime>,
    pub days: [DayColumn; 7],
}

impl WeekGrid {
    /// The week from `monday` of `calendar` (which covers it) with `appointments`.
    pub fn build(calendar: &Calendar, appointments: &[Appointment], monday: NaiveDate) -> WeekGrid {
        let mut grid = WeekGrid {
            monday: Some(monday),
            ..WeekGrid::default()
        };
        let slots: Vec<_> = (0..7)
            .map(|i| calendar.slots_on(monday + Duration::days(i)))
            .collect();
        let mut times: Vec<NaiveTime> = slots.iter().flatten().map(|s| s.start.time()).collect();
        times.sort();
        times.dedup();
        grid.times = times;
        for (i, day_slots) in slots.iter().enumerate() {
            let day = monday + Duration::days(i as i64);
            let column = &mut grid.days[i];
            column.day = Some(day);
            column.closed = calendar.is_closed(day);
            column.cells = vec![None; grid.times.len()];
            for slot in day_slots {
                if let Ok(row) = grid.times.binary_search(&slot.start.time()) {
                    column.cells[row] = Some(Cell {
                        taken: slot.taken,
                        capacity: slot.capacity,
                        priority: 0,
                        interpreter: 0,
                    });
                }
            }
        }
        for a in appointments.iter().filter(|a| occupies(a.state)) {
            let offset = (a.starts_at.date() - monday).num_days();
            if !(0..7).contains(&offset) || grid.times.is_empty() {
                continue;
            }
            let row = grid.row_of(a.starts_at.time());
            if let Some(Some(cell)) = grid.days[offset as usize].cells.get_mut(row) {
                if a.urgent || !a.priority.is_empty() {
                    cell.priority += 1;
                }
                if a.interpreter_language.is_some() {
                    cell.interpreter += 1;
                }
            }
        }
        grid
    }

    /// The row a time falls in: the last slot start at or before it.
    pub fn row_of(&self, time: NaiveTime) -> usize {
        self.times.partition_point(|t| *t <= time).saturating_sub(1)
    }

    /// Places booked and places there are, the whole week.
    pub fn places(&self) -> (u32, u32) {
        self.days
            .iter()
            .fold((0, 0), |acc, d| add(acc, column_places(d)))
    }

    /// Places booked and places there are on `day`.
    pub fn places_on(&self, day: NaiveDate) -> (u32, u32) {
        self.days
            .iter()
            .find(|d| d.day == Some(day))
            .map(column_places)
            .unwrap_or((0, 0))
    }

    /// Draws the grid in `area`; `selected` is (day column, row), kept in sight.
    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        selected: (usize, usize),
    ) -> Drawn {
        let lang = view.lang;
        if area.height < 2 {
            return Drawn::none();
        }
        let today = view.now.date();
        let mut header = vec![Span::raw(" ".repeat(TIME))];
        for (i, column) in self.days.iter().enumerate() {
            let Some(day) = column.day else { continue };
            // Today is marked with ▸ in place of the leading space (not by colour alone).
            let text = format!(
                "{}{} {}",
                if day == today { "▸" } else { " " },
                t(lang, weekday_short(day.weekday())),
                day.format("%d/%m")
            );
            let style = if i == selected.0 {
                view.theme.title
            } else {
                view.theme.muted
            };
            header.push(Span::styled(pad(&text, CELL), style));
        }
        let mut lines = vec![Line::from(header)];
        let rows = (area.height - 1) as usize;
        if self.times.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, AMsg::NoSlotsWeek)),
                view.theme.muted,
            )));
            frame.render_widget(Paragraph::new(lines), area);
            return Drawn::rows(area.height - 1);
        }
        let first = first_visible_row(selected.1, rows);
        let closed = t(lang, AMsg::ClosedShort);
        for (r, time) in self.times.iter().enumerate().skip(first).take(rows) {
            let mut spans = vec![Span::styled(
                pad(&time.format("%H:%M").to_string(), TIME),
                view.theme.muted,
            )];
            for (i, column) in self.days.iter().enumerate() {
                let is_selected = (i, r) == selected;
                let (text, style): (String, Style) = match column.cells.get(r).copied().flatten() {
                    _ if column.closed => (
                        if r == first {
                            closed.to_string()
                        } else {
                            "  ·".to_string()
                        },
                        view.theme.muted,
                    ),
                    None => (String::new(), view.theme.muted),
                    Some(cell) => {
                        let mut text = format!("{:>3}/{}", cell.taken, cell.capacity);
                        if cell.priority > 0 {
                            text.push_str(" !");
                        }
                        if cell.interpreter > 0 {
                            text.push_str(" ≋");
                        }
                        let style = if cell.taken >= cell.capacity {
                            view.theme.text
                        } else {
                            view.theme.muted
                        };
                        (text, style)
                    }
                };
                let style = if is_selected {
                    view.theme.selection
                } else {
                    style
                };
                spans.push(Span::styled(pad(&text, CELL), style));
            }
            lines.push(Line::from(spans));
        }
        frame.render_widget(Paragraph::new(lines), area);
        Drawn {
            rows: rows as u16,
            content: self.times.len().min(u16::MAX as usize) as u16,
        }
    }
}

fn add(a: (u32, u32), b: (u32, u32)) -> (u32, u32) {
    (a.0 + b.0, a.1 + b.1)
}

fn column_places(column: &DayColumn) -> (u32, u32) {
    column.cells.iter().flatten().fold((0, 0), |acc, c| {
        add(acc, (c.taken.min(c.capacity), c.capacity))
    })
}
