//! What happens to a booked appointment from the views: check-in (a ticket carrying
//! its priority), no-show (only once its time has come: the store refuses before,
//! and the screen says why), moving it (free slots offered first) and cancelling it
//! with a reason (both in a popup that stays open on a failure).

use chrono::{NaiveDateTime, NaiveTime};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::details::flag_name;
use super::{AppointmentsScreen, Mode, Span7};
use crate::action::Action;
use crate::domain::appointments::Slot;
use crate::domain::codes::AppointmentState;
use crate::domain::dates::{format_date, parse_date};
use crate::domain::records::Appointment;
use crate::i18n::appointments::{AMsg, refusal};
use crate::i18n::queue::QMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{Attendees, BookingError, StoreError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::kit::{Component, Input};
use crate::ui::{Ctx, Outcome, View};

mod draw;

/// How many free slots a move offers.
const OFFERED: usize = 8;

/// A booking or a change that did not happen, in the operator's language; a version
/// conflict says what happened and that the view was read again.
pub(super) fn booking_text(lang: Lang, e: &BookingError) -> String {
    match e {
        BookingError::Refused(r) => t(lang, refusal(*r)).to_string(),
        BookingError::Hours(h) => t(lang, crate::i18n::errors::hours_problem(*h)).to_string(),
        BookingError::Store(StoreError::Conflict { .. }) => t(lang, AMsg::Conflict).to_string(),
        BookingError::Store(e) => store_error_text(lang, e),
    }
}

/// Logs a store failure (no personal data) and gives its text.
fn failure(lang: Lang, what: &'static str, e: &BookingError) -> Outcome {
    match e {
        BookingError::Store(StoreError::Conflict { .. }) | BookingError::Refused(_) => {
            Outcome::Error(booking_text(lang, e))
        }
        BookingError::Store(s) => store_failure(lang, what, s),
        BookingError::Hours(_) => Outcome::Error(booking_text(lang, e)),
    }
}

fn is_conflict(e: &BookingError) -> bool {
    matches!(e, BookingError::Store(StoreError::Conflict { .. }))
}

/// A popup over the view.
pub(super) enum Popup {
    Move(Box<MoveForm>),
    Cancel(Box<CancelForm>),
}

pub(super) struct MoveForm {
    appointment: Appointment,
    date: TextField,
    time: TextField,
    /// The time field has the focus (else the date).
    on_time: bool,
    slots: Vec<Slot>,
    list: ListView,
    /// Why the free slots could not be read, shown in their place.
    slots_error: Option<String>,
    error: Option<String>,
}

pub(super) struct CancelForm {
    appointment: Appointment,
    reason: TextField,
    error: Option<String>,
}

impl Popup {
    pub(super) fn wants_text(&self) -> bool {
        true
    }

    fn field(&mut self) -> &mut TextField {
        match self {
            Popup::Move(m) => {
                if m.on_time {
                    &mut m.time
                } else {
                    &mut m.date
                }
            }
            Popup::Cancel(c) => &mut c.reason,
        }
    }

    pub(super) fn key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let before = self.field().text();
        let reply = self.field().handle(Input::Key(key), cx);
        self.edited(before, cx);
        reply.into_outcome(|_| Outcome::Handled)
    }

    pub(super) fn paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        let before = self.field().text();
        self.field().paste(text);
        self.edited(before, cx);
        Outcome::Handled
    }

    fn edited(&mut self, before: String, cx: &mut Ctx<'_>) {
        let changed = self.field().text() != before;
        match self {
            Popup::Move(m) if changed => {
                m.error = None;
                if !m.on_time {
                    m.find_slots(cx);
                }
            }
            Popup::Cancel(c) if changed => c.error = None,
            _ => {}
        }
    }

    pub(super) fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        match self {
            Popup::Move(m) => m.draw(frame, area, view),
            Popup::Cancel(c) => c.draw(frame, area, view),
        }
    }
}

impl MoveForm {
    fn new(appointment: Appointment, cx: &mut Ctx<'_>) -> MoveForm {
        let mut form = MoveForm {
            date: TextField::with_text(&format_date(appointment.starts_at.date())),
            time: TextField::with_text(&appointment.starts_at.format("%H:%M").to_string()),
            appointment,
            on_time: false,
            slots: Vec::new(),
            list: ListView::new(),
            slots_error: None,
            error: None,
        };
        form.find_slots(cx);
        // The first free slot is offered in the date and time, as on the booking form.
        form.take_slot();
        form
    }

    /// The free slots from the typed date (or today) for the appointment's person,
    /// staff and room, at its length.
    fn find_slots(&mut self, cx: &mut Ctx<'_>) {
        let a = &self.appointment;
        let day = parse_date(&self.date.text(), cx.today()).unwrap_or(cx.today());
        let from = day.and_time(NaiveTime::MIN).max(cx.now);
        let who = Attendees {
            person_id: a.person_id,
            staff: a.staff.clone(),
            room: a.room.clone(),
        };
        let found = cx
            .store
            .free_slots(a.service_id, from, 14, Some(a.minutes), &who, OFFERED);
        self.list = took_slots(found, &mut self.slots, &mut self.slots_error, cx.lang);
    }

    /// The time typed, or why it cannot be read.
    fn typed(&self, cx: &Ctx<'_>) -> Result<NaiveDateTime, AMsg> {
        let day = parse_date(&self.date.text(), cx.today()).map_err(|_| AMsg::BadDate)?;
        let time = parse_time(&self.time.text()).ok_or(AMsg::BadTime)?;
        Ok(day.and_time(time))
    }

    fn take_slot(&mut self) {
        if let Some(slot) = self.slots.get(self.list.selected()) {
            self.date.set_text(&format_date(slot.start.date()));
            self.time.set_text(&slot.start.format("%H:%M").to_string());
        }
    }
}

/// "Τρ 01/12 10:30 · 1/2".
pub(super) fn slot_line(lang: Lang, slot: &Slot) -> String {
    use chrono::Datelike;
    format!(
        "{} {} {}  {}/{}",
        t(
            lang,
            crate::i18n::appointments::weekday_short(slot.start.date().weekday())
        ),
        slot.start.format("%d/%m"),
        slot.start.format("%H:%M"),
        slot.taken,
        slot.capacity
    )
}

/// "#12 01/12/2026 10:30 (30′)".
fn slot_words(lang: Lang, a: &Appointment) -> String {
    format!(
        "{} #{} · {} ({}′)",
        t(lang, AMsg::AppointmentNo),
        a.id,
        a.starts_at.format("%d/%m/%Y %H:%M"),
        a.minutes
    )
}

/// Keeps what a free-slot search found, or why it found nothing (said to the
/// operator in place of the slots, and logged); gives the slots' list, on the first.
pub(super) fn took_slots(
    found: Result<Vec<Slot>, StoreError>,
    slots: &mut Vec<Slot>,
    error: &mut Option<String>,
    lang: Lang,
) -> ListView {
    match found {
        Ok(found) => {
            *slots = found;
            *error = None;
        }
        Err(e) => {
            slots.clear();
            *error = Some(store_error_text(lang, &e));
            store_failure(lang, "free slots", &e);
        }
    }
    let mut list = ListView::new();
    list.set_len(slots.len());
    list
}

/// The free slots as a popup lists them, each text with its style: why they could
/// not be read, or that there are none, else one row a slot with the `selected` one
/// marked (after `indent`).
pub(super) fn slot_rows(
    view: &View<'_>,
    slots: &[Slot],
    error: Option<&String>,
    selected: usize,
    indent: &str,
) -> Vec<(String, Style)> {
    let lang = view.lang;
    let mut rows = Vec::new();
    if let Some(error) = error {
        rows.push((format!(" {error}"), view.theme.status_error));
    } else if slots.is_empty() {
        rows.push((format!(" {}", t(lang, AMsg::NoFreeSlots)), view.theme.muted));
    }
    for (i, slot) in slots.iter().enumerate() {
        let (mark, style) = if i == selected {
            ("▌", view.theme.selection)
        } else {
            (" ", view.theme.text)
        };
        rows.push((format!("{indent}{mark}{}", slot_line(lang, slot)), style));
    }
    rows
}

/// "10:30", "1030", "9:05".
pub(super) fn parse_time(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    NaiveTime::parse_from_str(text, "%H:%M")
        .or_else(|_| NaiveTime::parse_from_str(text, "%H.%M"))
        .or_else(|_| NaiveTime::parse_from_str(text, "%H%M"))
        .ok()
}

impl AppointmentsScreen {
    /// The selected appointment if it is still booked, else why nothing can be done.
    fn booked_selected(&self, lang: Lang) -> Result<Appointment, Outcome> {
        if self.span == Span7::Week {
            return Err(Outcome::Status(t(lang, AMsg::ChooseInDay).to_string()));
        }
        match self.selected_appointment() {
            None => Err(Outcome::Status(t(lang, AMsg::NoneSelected).to_string())),
            Some(a) if a.state != AppointmentState::Booked => Err(Outcome::Error(tf(
                lang,
                AMsg::NotBookedState,
                &[super::details::state_word(lang, a.state)],
            ))),
            Some(a) => Ok(a.clone()),
        }
    }

    /// Reads again after a change; what the change said stays on the status line
    /// unless the reading failed.
    fn after_change(&mut self, said: Outcome, cx: &mut Ctx<'_>) -> Outcome {
        match self.reload(cx) {
            Outcome::Error(e) => Outcome::Error(e),
            _ => said,
        }
    }

    pub(super) fn check_in(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let a = match self.booked_selected(cx.lang) {
            Ok(a) => a,
            Err(o) => return o,
        };
        let said = match cx.store.check_in(a.id, a.version, &cx.stamp()) {
            Ok(ticket) => {
                let mut priority: Vec<String> = Vec::new();
                if ticket.urgent {
                    priority.push(t(cx.lang, QMsg::Urgent).to_string());
                }
                priority.extend(ticket.priority.iter().map(|f| flag_name(cx.lang, *f)));
                if priority.is_empty() {
                    Outcome::Status(tf(cx.lang, AMsg::CheckedIn, &[&ticket.number]))
                } else {
                    Outcome::Status(tf(
                        cx.lang,
                        AMsg::CheckedInPriority,
                        &[&ticket.number, &priority.join(", ")],
                    ))
                }
            }
            Err(e) => failure(cx.lang, "check in", &e),
        };
        self.after_change(said, cx)
    }

    pub(super) fn no_show(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let a = match self.booked_selected(cx.lang) {
            Ok(a) => a,
            Err(o) => return o,
        };
        let said = match cx.store.mark_no_show(a.id, a.version, &cx.stamp()) {
            Ok(_) => Outcome::Status(tf(cx.lang, AMsg::MarkedNoShow, &[&a.id.to_string()])),
            Err(e) => failure(cx.lang, "no-show", &e),
        };
        self.after_change(said, cx)
    }

    pub(super) fn ask_move(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.booked_selected(cx.lang) {
            Ok(a) => {
                self.mode = Mode::Popup(Popup::Move(Box::new(MoveForm::new(a, cx))));
                Outcome::Handled
            }
            Err(o) => o,
        }
    }

    pub(super) fn ask_cancel(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        match self.booked_selected(cx.lang) {
            Ok(appointment) => {
                self.mode = Mode::Popup(Popup::Cancel(Box::new(CancelForm {
                    appointment,
                    reason: TextField::new(),
                    error: None,
                })));
                Outcome::Handled
            }
            Err(o) => o,
        }
    }

    pub(super) fn popup_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Popup(popup) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match (popup, action) {
            (_, Action::Cancel) => {
                self.mode = Mode::Browse;
                Outcome::Handled
            }
            (Popup::Move(m), Action::NextField) => {
                m.on_time = !m.on_time;
                Outcome::Handled
            }
            (Popup::Move(m), Action::Up | Action::Down) => {
                m.list.step(action);
                m.take_slot();
                m.error = None;
                Outcome::Handled
            }
            (Popup::Move(m), Action::Save) => {
                let at = match m.typed(cx) {
                    Ok(at) => at,
                    Err(why) => {
                        m.error = Some(t(cx.lang, why).to_string());
                        return Outcome::Handled;
                    }
                };
                let (id, version) = (m.appointment.id, m.appointment.version);
                match cx
                    .store
                    .move_appointment(id, version, at, None, &cx.stamp())
                {
                    Ok(moved) => {
                        self.mode = Mode::Browse;
                        self.day = moved.starts_at.date();
                        let said = Outcome::Status(tf(
                            cx.lang,
                            AMsg::Moved,
                            &[
                                &id.to_string(),
                                &moved.starts_at.format("%d/%m %H:%M").to_string(),
                            ],
                        ));
                        let out = self.after_change(said, cx);
                        self.select_appointment(id);
                        out
                    }
                    Err(e) if is_conflict(&e) => {
                        self.mode = Mode::Browse;
                        self.after_change(failure(cx.lang, "move", &e), cx)
                    }
                    Err(e) => {
                        m.error = Some(booking_text(cx.lang, &e));
                        failure(cx.lang, "move", &e)
                    }
                }
            }
            (Popup::Cancel(c), Action::Save) => {
                let (id, version) = (c.appointment.id, c.appointment.version);
                match cx
                    .store
                    .cancel_appointment(id, version, &c.reason.text(), &cx.stamp())
                {
                    Ok(_) => {
                        self.mode = Mode::Browse;
                        let said =
                            Outcome::Status(tf(cx.lang, AMsg::Cancelled, &[&id.to_string()]));
                        self.after_change(said, cx)
                    }
                    Err(e) if is_conflict(&e) => {
                        self.mode = Mode::Browse;
                        self.after_change(failure(cx.lang, "cancel", &e), cx)
                    }
                    Err(e) => {
                        c.error = Some(booking_text(cx.lang, &e));
                        failure(cx.lang, "cancel", &e)
                    }
                }
            }
            _ => Outcome::Ignored,
        }
    }
}
