//! What happens on an appointment's day: cancelled with a reason, marked a no-show
//! once its time has come, checked in (a waiting ticket carrying its priority), and
//! the reminder call marked.

use crate::domain::appointments::{AppointmentMove, after};
use crate::domain::records::{Appointment, Ticket};
use crate::store::queue::{NewTicket, create_in};
use crate::store::{Stamp, Store, audit};

use super::holds::release_in;
use super::{BookingError, appointment_in, for_change, touch_in};

impl Store {
    /// Cancels a booked appointment; the reason is kept with it.
    pub fn cancel_appointment(
        &mut self,
        id: i64,
        version: i64,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.finish(id, version, AppointmentMove::Cancel, reason, stamp)
    }

    /// Marks a booked appointment as not come: only once its time has come.
    pub fn mark_no_show(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.finish(id, version, AppointmentMove::NoShow, "", stamp)
    }

    fn finish(
        &mut self,
        id: i64,
        version: i64,
        mv: AppointmentMove,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            let state = after(old.state, mv, old.starts_at, stamp.at, reason)?;
            let done = Appointment {
                state,
                state_reason: reason.trim().to_string(),
                ..old
            };
            touch_in(tx, &done, stamp)?;
            release_in(tx, id)?;
            audit::record_in(tx, stamp, state.code(), "appointment", Some(id), "")?;
            Ok(appointment_in(tx, id)?)
        })
    }

    /// The person has arrived: the appointment is checked in and a waiting ticket of
    /// its service is made, carrying its priority flags, urgency, interpreter language
    /// and (through the link) its time, in one transaction.
    pub fn check_in(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Ticket, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            let state = after(
                old.state,
                AppointmentMove::CheckIn,
                old.starts_at,
                stamp.at,
                "",
            )?;
            touch_in(
                tx,
                &Appointment {
                    state,
                    ..old.clone()
                },
                stamp,
            )?;
            let new = NewTicket {
                service_id: old.service_id,
                person_id: old.person_id,
                label: old.label.clone(),
                reason: old.note.clone(),
                priority: old.priority.clone(),
                urgent: old.urgent,
                triage_note: String::new(),
                interpreter_language: old.interpreter_language.clone(),
            };
            let ticket = create_in(tx, &new, Some(id), stamp)?;
            audit::record_in(
                tx,
                stamp,
                "check-in",
                "appointment",
                Some(id),
                &ticket.number,
            )?;
            Ok(ticket)
        })
    }

    /// The reminder call was made.
    pub fn mark_reminded(
        &mut self,
        id: i64,
        version: i64,
        stamp: &Stamp,
    ) -> Result<Appointment, BookingError> {
        self.write_booking(|tx| {
            let old = for_change(tx, id, version)?;
            after(
                old.state,
                AppointmentMove::Remind,
                old.starts_at,
                stamp.at,
                "",
            )?;
            touch_in(
                tx,
                &Appointment {
                    reminded_at: Some(stamp.at),
                    ..old
                },
                stamp,
            )?;
            audit::record_in(tx, stamp, "remind", "appointment", Some(id), "")?;
            Ok(appointment_in(tx, id)?)
        })
    }
}
