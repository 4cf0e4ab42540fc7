//! The day's appointments: check a person in (their ticket joins the queue at the
//! booked time) or mark them as not come.

use super::names::service_name;
use super::{Mode, PopupRows, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::codes::AppointmentState;
use crate::i18n::Lang;
use crate::i18n::appointments::refusal;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::BookingError;
use crate::ui::kit::width::fit_word;
use crate::ui::{Ctx, Outcome, View};

/// A refused or failed check-in or no-show, in the operator's language.
fn booking_error(lang: Lang, e: &BookingError) -> Outcome {
    match e {
        BookingError::Refused(r) => Outcome::Error(t(lang, refusal(*r)).to_string()),
        BookingError::Hours(h) => {
            Outcome::Error(t(lang, crate::i18n::errors::hours_problem(*h)).to_string())
        }
        BookingError::Store(e) => store_error(lang, e),
    }
}

impl QueueScreen {
    /// Keys of the appointments list: move, check in, no-show.
    pub(super) fn appointments_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(done) = self.popup_step(action) {
            return done;
        }
        let lang = cx.lang;
        let Mode::Appointments(list) = &self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::CheckIn | Action::NoShow => {
                let Some(appt) = self.appointments.get(list.selected()).cloned() else {
                    return Outcome::Handled;
                };
                if appt.state != AppointmentState::Booked {
                    return Outcome::Error(t(lang, QMsg::ApptNotBooked).to_string());
                }
                let stamp = stamp(cx);
                let outcome = if action == Action::CheckIn {
                    match cx.store.check_in(appt.id, appt.version, &stamp) {
                        Ok(tk) => {
                            self.selected_id = Some(tk.id);
                            Outcome::Status(tf(lang, QMsg::CheckedIn, &[&tk.number]))
                        }
                        Err(e) => booking_error(lang, &e),
                    }
                } else {
                    match cx.store.mark_no_show(appt.id, appt.version, &stamp) {
                        Ok(_) => Outcome::Status(t(lang, QMsg::MarkedNoShow).to_string()),
                        Err(e) => booking_error(lang, &e),
                    }
                };
                self.reload(cx);
                outcome
            }
            _ => Outcome::Ignored,
        }
    }

    /// The day's appointments, as their popup lists them.
    pub(super) fn appointments_popup(&self, view: &View<'_>) -> PopupRows<'static> {
        let lang = view.lang;
        let rows = |i: usize| {
            let a = &self.appointments[i];
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
                "{}  {} {} {}",
                a.starts_at.format("%H:%M"),
                fit_word(&service, 22),
                fit_word(&who, 27),
                state
            );
            let style = if a.state == AppointmentState::Booked {
                view.theme.text
            } else {
                view.theme.muted
            };
            (text, style)
        };
        let empty = self
            .appointments
            .is_empty()
            .then(|| t(lang, QMsg::NoAppointments));
        PopupRows {
            title: t(lang, QMsg::AppointmentsTitle).to_string(),
            rows: (0..self.appointments.len()).map(rows).collect(),
            empty,
            hint: t(lang, QMsg::ApptHint),
        }
    }
}
