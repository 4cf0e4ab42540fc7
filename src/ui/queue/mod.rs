//! The Queue screen (F2): today's tickets in calling order with their waits and
//! markers, the selected ticket's details, one-key actions, the new-ticket form, the
//! transfer picker, the day's appointments, the end of day, the service lines and a
//! ticket printed (or shown on screen without a printer).
//!
//! This file holds the screen's state and routes each key to its mode; every mode
//! (the list, a popup) keeps its keys and its drawing in a file of its own.

mod appointments;
mod draw;
mod end_of_day;
mod form;
mod link;
mod list;
mod names;
mod print;
mod service_lines;
#[cfg(test)]
mod tests;
mod tickets;
mod transfer;

use std::collections::HashMap;

use chrono::{NaiveDateTime, Timelike};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::{Ctx, Drawn, Nav, Outcome, Screen, ScreenId, View};
use crate::action::Action;
use crate::domain::queue::{Figures, QueueSettings};
use crate::domain::records::{Appointment, Service, Ticket};
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::store::{Stamp, Store, StoreError};
use crate::ui::kit::draft::{drafts_of, unreadable_text};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::{ListView, text_row};
use crate::ui::kit::popup::{Question, frame_box};
use crate::ui::kit::width::clip;
use crate::ui::kit::{Component, Input};

pub use form::FORM_FLAGS;
use form::{TicketDraft, TicketForm};
use link::LinkPicker;
use service_lines::{LINE_FIELDS, LineForm};

enum Mode {
    List,
    Link(Box<LinkPicker>),
    Form(Box<TicketForm>),
    Transfer(ListView),
    Appointments(ListView),
    ConfirmClose(Question),
    Lines(ListView),
    LineEdit(Box<LineForm>),
    /// A ticket shown on screen (no printer set).
    Slip(Box<super::kit::viewer::Viewer>),
}

/// The queue screen's state; `draw` reads only this.
pub struct QueueScreen {
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
    filter: TextField,
    filtering: bool,
    mode: Mode,
    /// The day shown: the event loop's date, once a key has brought it.
    day: Option<chrono::NaiveDate>,
    /// Why the tickets could not be read at the last reload, shown in place of the
    /// list so that a failing database never looks like an empty queue.
    load_error: Option<String>,
    /// The desk's printer for tickets (`p`); none: shown on screen.
    printer: Option<crate::printing::Printer>,
}

impl Default for QueueScreen {
    fn default() -> Self {
        QueueScreen {
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
            filter: TextField::new(),
            filtering: false,
            mode: Mode::List,
            day: None,
            load_error: None,
            printer: None,
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
            &[&crate::ui::kit::fail::store_error_text(lang, other)],
        )),
    }
}

impl QueueScreen {
    pub fn new() -> Self {
        Self::default()
    }
}

fn step(index: usize, len: usize, action: Action) -> usize {
    super::step_selection(index, len, 10, action).unwrap_or(index)
}

impl Screen for QueueScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Queue
    }

    fn contexts(&self) -> &'static [Context] {
        match &self.mode {
            Mode::List if self.filtering => &[Context::List],
            Mode::List => &[Context::Queue, Context::List],
            Mode::Form(_) => &[Context::QueueForm, Context::Form],
            Mode::Link(_) => &[Context::QueueLink],
            Mode::Transfer(_) => &[Context::QueuePick],
            Mode::Appointments(_) => &[Context::QueueAppointments],
            Mode::ConfirmClose(_) => &[Context::QueueConfirm],
            Mode::Lines(_) => &[Context::QueueLines],
            Mode::LineEdit(_) => &[Context::Form],
            Mode::Slip(_) => &[Context::Viewer],
        }
    }

    fn wants_text(&self) -> bool {
        match &self.mode {
            Mode::List => self.filtering,
            Mode::Form(_) | Mode::LineEdit(_) | Mode::Link(_) | Mode::Transfer(_) => true,
            Mode::ConfirmClose(question) => question.wants_text(),
            _ => false,
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        self.follow_clock(cx);
        match &mut self.mode {
            Mode::List if self.filtering => self.filter_action(action),
            Mode::List => self.list_action(action, cx),
            Mode::Form(_) => self.form_action(action, cx),
            Mode::Link(_) => self.link_action(action, cx),
            Mode::Transfer(_) => self.transfer_action(action, cx),
            Mode::Appointments(_) => self.appointments_action(action, cx),
            Mode::ConfirmClose(_) => self.close_input(Input::Action(action), cx),
            Mode::Lines(_) => self.lines_action(action),
            Mode::LineEdit(_) => self.line_form_action(action, cx),
            Mode::Slip(_) => self.slip_action(action, cx),
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        self.follow_clock(cx);
        match &mut self.mode {
            Mode::List if self.filtering => {
                self.filter.input_key(key);
                self.select(0);
                Outcome::Handled
            }
            Mode::ConfirmClose(_) => self.close_input(Input::Key(key), cx),
            Mode::Form(_) => self.form_key(key),
            Mode::LineEdit(_) => self.line_form_key(key),
            Mode::Transfer(_) => self.transfer_key(key),
            Mode::Link(_) => self.link_input(Input::Key(key), cx),
            _ => Outcome::Ignored,
        }
    }

    fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let line: String = text.lines().next().unwrap_or("").to_string();
        match &mut self.mode {
            Mode::List if self.filtering => {
                self.filter.paste(&line);
            }
            Mode::Form(form) => {
                if let Some(field) = form.field_mut()
                    && field.paste(&line)
                {
                    form.draft.changed();
                }
            }
            Mode::LineEdit(form) => {
                let focus = form.focus % LINE_FIELDS.len();
                form.fields[focus].paste(&line);
            }
            Mode::Link(_) => return self.link_input(Input::Paste(&line), cx),
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }

    /// The new-ticket form's draft, a moment after each change.
    fn tick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match &mut self.mode {
            Mode::Form(form) => form.draft.tick(&form.to_draft(), cx),
            _ => Outcome::Ignored,
        }
    }

    /// The program is ending (quit, hang-up): the half-typed ticket is kept.
    fn on_exit(&mut self, cx: &mut Ctx<'_>) {
        if let Mode::Form(form) = &mut self.mode {
            form.draft.keep(&form.to_draft(), cx);
        }
    }

    /// Names the tickets left half-typed last time (F2, then n takes one up).
    fn on_start(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match drafts_of::<TicketDraft>(cx.store, cx.operator, form::DRAFT_KIND) {
            Ok((drafts, unreadable)) => {
                let mut names: Vec<String> = drafts
                    .iter()
                    .map(|(_, d)| tf(cx.lang, QMsg::DraftOffer, &[&TicketForm::name(d)]))
                    .collect();
                if unreadable > 0 {
                    names.push(unreadable_text(cx.lang).to_string());
                }
                if names.is_empty() {
                    Outcome::Ignored
                } else {
                    Outcome::Status(names.join(" · "))
                }
            }
            Err(e) => store_failure(cx.lang, "read ticket drafts", &e),
        }
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let store: &Store = cx.store;
        let local = cx.now;
        let now = match self.day {
            Some(day) if day != local.date() => day.and_time(local.time()),
            _ => local,
        };
        let loaded = self.load(store, now.with_second(0).unwrap_or(now));
        // The shell says it on the status line; the list says it in place of tickets.
        self.load_error = loaded.as_ref().err().map(|e| store_error_text(cx.lang, e));
        loaded
    }

    fn open(&mut self, nav: &Nav, cx: &mut Ctx<'_>) -> Outcome {
        self.day = Some(cx.now.date());
        self.reload(cx);
        match nav {
            Nav::TicketFor(person_id) => {
                let person = match cx.store.person(*person_id) {
                    Ok(person) => person,
                    Err(e) => return store_failure(cx.lang, "person for a ticket", &e),
                };
                let Some(person) = person else {
                    return Outcome::Error(t(cx.lang, QMsg::NoPerson).to_string());
                };
                let language = if person.interpreter_needed {
                    person.languages.first().cloned()
                } else {
                    None
                };
                // The operator's draft for this person, if one was kept.
                match TicketForm::kept(Some(Some(person.id)), cx) {
                    Ok(Some(form)) => {
                        self.mode = Mode::Form(Box::new(form));
                        return Outcome::Status(t(cx.lang, QMsg::DraftResumed).to_string());
                    }
                    Ok(None) => {}
                    Err(e) => return store_failure(cx.lang, "read ticket drafts", &e),
                }
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

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
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
            Mode::Transfer(pick) => popup_list(frame, list, view, pick, self.transfer_popup(view)),
            Mode::Appointments(pick) => {
                popup_list(frame, list, view, pick, self.appointments_popup(view))
            }
            Mode::ConfirmClose(_) => self.draw_confirm(frame, list, view),
            Mode::Lines(pick) => popup_list(frame, list, view, pick, self.lines_popup(view)),
            Mode::LineEdit(form) => self.draw_line_form(frame, list, view, form),
            Mode::Slip(viewer) => return viewer.draw_in(frame, area, view),
        }
        Drawn::none()
    }

    fn measured(&mut self, drawn: Drawn) {
        if let Mode::Slip(viewer) = &mut self.mode {
            viewer.measured(drawn);
        }
    }
}

impl QueueScreen {
    /// The keys every popup list shares (the transfer's lines, the day's
    /// appointments, the service lines): Esc closes it and the movement keys move in
    /// it; `None` leaves the action to the popup.
    fn popup_step(&mut self, action: Action) -> Option<Outcome> {
        let (Mode::Transfer(list) | Mode::Appointments(list) | Mode::Lines(list)) = &mut self.mode
        else {
            return None;
        };
        if action == Action::Cancel {
            self.mode = Mode::List;
            Some(Outcome::Handled)
        } else {
            list.step(action).then_some(Outcome::Handled)
        }
    }
}

/// What a popup list shows (see [`popup_list`]): its title, its rows (each text with
/// its style when not selected), what stands in place of no rows, and the keys.
struct PopupRows<'a> {
    title: String,
    rows: Vec<(String, ratatui::style::Style)>,
    empty: Option<&'a str>,
    hint: &'a str,
}

/// A popup of rows to choose from (the transfer's lines, the day's appointments, the
/// service lines): a framed box titled with its title, the page of rows that holds
/// the selection (`▌` before it), its `empty` text in place of no rows, and the keys
/// below.
fn popup_list(
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
    list: &ListView,
    popup: PopupRows<'_>,
) {
    let PopupRows {
        title,
        rows: texts,
        empty,
        hint,
    } = popup;
    let row = |i: usize| texts.get(i).cloned().unwrap_or_default();
    let inner = frame_box(frame, area, view, &title);
    let width = inner.width as usize;
    let room = inner.height.saturating_sub(1);
    let shown = match empty {
        Some(text) if list.is_empty() => {
            text_row(
                frame,
                Rect {
                    height: room.min(1),
                    ..inner
                },
                text,
                view.theme.muted,
            );
            room.min(1)
        }
        _ => {
            let rows = room.min(list.len().min(u16::MAX as usize) as u16);
            list.draw_rows(
                frame,
                Rect {
                    height: rows,
                    ..inner
                },
                |i, selected| {
                    let (text, style) = row(i);
                    let mark = if selected { '▌' } else { ' ' };
                    let style = if selected {
                        view.theme.selection
                    } else {
                        style
                    };
                    ratatui::text::Line::styled(clip(&format!("{mark}{text}"), width), style)
                },
            );
            rows
        }
    };
    text_row(
        frame,
        Rect {
            y: inner.y + shown,
            height: inner.height.saturating_sub(shown).min(1),
            ..inner
        },
        hint,
        view.theme.muted,
    );
}
