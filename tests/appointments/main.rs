//! Appointments in the store (store.rs) and from the command line, across processes
//! (processes.rs).

#[path = "../common/mod.rs"]
mod common;
mod processes;
mod store;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use common::{fresh, line};
use kentro::domain::appointments::{Closure, OpeningHours, Refusal};
use kentro::domain::codes::{AppointmentState, TicketState, Vulnerability};
use kentro::store::{Attendees, BookingError, NewAppointment, Stamp, Store, StoreError};

/// Tuesday 1 December 2026.
fn tuesday() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

fn at(day: NaiveDate, h: u32, m: u32) -> NaiveDateTime {
    day.and_hms_opt(h, m, 0).unwrap()
}

fn stamp_at(at: NaiveDateTime) -> Stamp {
    Stamp {
        at,
        operator: "sofia.m".into(),
    }
}

/// The Monday before: when the bookings are made.
fn booking_time() -> Stamp {
    stamp_at(at(NaiveDate::from_ymd_opt(2026, 11, 30).unwrap(), 9, 0))
}

fn new_for(service_id: i64, person_id: Option<i64>, starts_at: NaiveDateTime) -> NewAppointment {
    NewAppointment {
        service_id,
        person_id,
        label: if person_id.is_none() {
            "Karimi".into()
        } else {
            String::new()
        },
        starts_at: Some(starts_at),
        ..NewAppointment::default()
    }
}

fn person(store: &mut Store, surname: &str, phone: &str) -> i64 {
    use kentro::domain::person::Person;
    let p = Person {
        surname: surname.into(),
        given_name: "Ahmad".into(),
        phone: Some(phone.into()),
        ..Person::default()
    };
    store.insert_person(&p, &booking_time()).unwrap()
}

fn refused(r: Result<impl std::fmt::Debug, BookingError>) -> Refusal {
    match r {
        Err(BookingError::Refused(r)) => r,
        other => panic!("expected a refusal, got {other:?}"),
    }
}
