//! `kentro appointments ...`: booking, the day's list, cancelling, check-in, no-shows,
//! free slots, reminders, opening hours and closed days, for scripts and kiosks.

use crate::error::Words;
use crate::i18n::errors::ErrMsg;
use std::process::ExitCode;

use serde_json::json;

use crate::domain::access::{Kind, Scope, access};
use crate::domain::appointments::Closure;
use crate::domain::codes::Vulnerability;
use crate::domain::records::{Appointment, Service, Staff};
use crate::i18n::appointments::{AMsg, refusal};
use crate::i18n::{t, tf};
use crate::identity;
use crate::store::{Attendees, BookingError, NewAppointment, Stamp, Store};

mod args;

use args::parse_hours;
pub use args::{AppointmentsArgs, AppointmentsCommand};

fn stamp() -> Result<Stamp, crate::Error> {
    Ok(Stamp::now(&identity::operator_login()?))
}

fn line(store: &Store, code: &str) -> Result<Service, crate::Error> {
    match store.service_by_code(code)? {
        Some(s) if !s.ticket_prefix.is_empty() && s.active => Ok(s),
        Some(_) => Err(crate::Error::refused(
            ErrMsg::NoAppointmentLine,
            &[&format!("{code:?}")],
        )),
        None => Err(crate::Error::not_found(
            ErrMsg::NoService,
            &[&format!("{code:?}")],
        )),
    }
}

/// A booking the rules refused, in the operator's words, with the free slots found
/// instead (`free`), if any.
fn booking_error(e: BookingError, free: Option<&str>) -> crate::Error {
    match e {
        BookingError::Refused(r) => crate::Error::Refused(Words::each(|lang| {
            let mut message = tf(lang, AMsg::Refused, &[t(lang, refusal(r))]);
            if let Some(times) = free {
                message.push(' ');
                message.push_str(&tf(lang, AMsg::FreeSlots, &[times]));
            }
            message
        })),
        other => other.into(),
    }
}

fn flags(priority: &[String]) -> Result<Vec<Vulnerability>, crate::Error> {
    priority
        .iter()
        .map(|p| {
            Vulnerability::from_code(p).ok_or_else(|| {
                let known: Vec<_> = Vulnerability::ALL.iter().map(|v| v.code()).collect();
                crate::Error::usage(
                    ErrMsg::UnknownPriority,
                    &[&format!("{p:?}"), &known.join(", ")],
                )
            })
        })
        .collect()
}

fn service_codes(store: &Store) -> Result<impl Fn(i64) -> String, crate::Error> {
    let services = store.services()?;
    Ok(move |id: i64| {
        services
            .iter()
            .find(|s| s.id == id)
            .map(|s| s.code.clone())
            .unwrap_or_default()
    })
}

fn appointment_json(a: &Appointment, code: &str) -> serde_json::Value {
    json!({
        "id": a.id,
        "service": code,
        "starts_at": super::json::time(a.starts_at),
        "minutes": a.minutes,
        "state": a.state.code(),
        "person_id": a.person_id,
        "staff": a.staff,
        "room": a.room,
        "priority": a.priority.iter().map(|p| p.code()).collect::<Vec<_>>(),
        "urgent": a.urgent,
        "interpreter_language": a.interpreter_language,
        "reminded": a.reminded_at.is_some(),
        "version": a.version,
    })
}

fn current(store: &Store, id: i64) -> Result<Appointment, crate::Error> {
    store
        .appointment(id)?
        .ok_or_else(|| crate::Error::not_found(ErrMsg::NoAppointment, &[&id.to_string()]))
}

pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &AppointmentsArgs,
) -> Result<ExitCode, crate::Error> {
    match &args.command {
        AppointmentsCommand::Book {
            service,
            at,
            person,
            name,
            minutes,
            phone,
            staff,
            room,
            priority,
            urgent,
            interpreter,
            note,
        } => {
            let service = line(store, service)?;
            let new = NewAppointment {
                service_id: service.id,
                person_id: *person,
                label: name.clone().unwrap_or_default(),
                phone: phone.clone(),
                starts_at: Some(*at),
                minutes: *minutes,
                staff: staff.clone(),
                room: room.clone(),
                priority: flags(priority)?,
                urgent: *urgent,
                interpreter_language: interpreter.clone(),
                note: note.clone().unwrap_or_default(),
            };
            let stamp = stamp()?;
            match store.book(&new, &stamp) {
                Ok(a) => super::print(&format!("{}\n", a.id))?,
                Err(e) => {
                    let who = Attendees {
                        person_id: *person,
                        staff: staff.clone(),
                        room: room.clone(),
                    };
                    let from = (*at).max(stamp.at);
                    if let Ok(free) = store.free_slots(service.id, from, 14, *minutes, &who, 5)
                        && !free.is_empty()
                    {
                        let times: Vec<_> = free
                            .iter()
                            .map(|s| s.start.format("%Y-%m-%d %H:%M").to_string())
                            .collect();
                        return Err(booking_error(e, Some(&times.join(", "))));
                    }
                    return Err(booking_error(e, None));
                }
            }
        }
        AppointmentsCommand::List {
            date,
            days,
            service,
            json,
        } => {
            let from = match date {
                Some(d) => *d,
                None => stamp()?.at.date(),
            };
            let to = from + chrono::Duration::days(i64::from(days.max(&1) - 1));
            let service_id = match service {
                Some(code) => Some(line(store, code)?.id),
                None => None,
            };
            let list = store.appointments_between(service_id, from, to)?;
            let code = service_codes(store)?;
            if *json {
                let array: Vec<_> = list
                    .iter()
                    .map(|a| appointment_json(a, &code(a.service_id)))
                    .collect();
                super::json::print_rows(array)?;
            } else {
                let mut out = String::new();
                for a in &list {
                    out.push_str(&format!(
                        "{:<6} {} {:>3}' {:<10} {:<11} {:<8} {}\n",
                        a.id,
                        a.starts_at.format("%Y-%m-%d %H:%M"),
                        a.minutes,
                        code(a.service_id),
                        a.state.code(),
                        a.person_id
                            .map(|p| p.to_string())
                            .unwrap_or_else(|| "-".into()),
                        a.priority
                            .iter()
                            .map(|p| p.code())
                            .collect::<Vec<_>>()
                            .join(",")
                    ));
                }
                super::print(&out)?;
            }
        }
        AppointmentsCommand::Cancel { id, reason } => {
            let a = current(store, *id)?;
            store
                .cancel_appointment(a.id, a.version, reason, &stamp()?)
                .map_err(|e| booking_error(e, None))?;
            super::print(&format!("{id} cancelled\n"))?;
        }
        AppointmentsCommand::CheckIn { id } => {
            let a = current(store, *id)?;
            let ticket = store
                .check_in(a.id, a.version, &stamp()?)
                .map_err(|e| booking_error(e, None))?;
            super::print(&format!("{}\n", ticket.number))?;
        }
        AppointmentsCommand::NoShow { id } => {
            let a = current(store, *id)?;
            store
                .mark_no_show(a.id, a.version, &stamp()?)
                .map_err(|e| booking_error(e, None))?;
            super::print(&format!("{id} no-show\n"))?;
        }
        AppointmentsCommand::Free {
            service,
            from,
            days,
            minutes,
            person,
            limit,
            json,
        } => {
            let service = line(store, service)?;
            let from = match from {
                Some(f) => *f,
                None => stamp()?.at,
            };
            let who = Attendees {
                person_id: *person,
                ..Attendees::default()
            };
            let free = store.free_slots(service.id, from, *days, *minutes, &who, *limit)?;
            if *json {
                let rows = free
                    .iter()
                    .map(|s| {
                        json!({
                            "starts_at": super::json::time(s.start),
                            "ends_at": super::json::time(s.end),
                            "taken": s.taken,
                            "capacity": s.capacity,
                        })
                    })
                    .collect();
                super::json::print_rows(rows)?;
                return Ok(ExitCode::SUCCESS);
            }
            let mut out = String::new();
            for s in &free {
                out.push_str(&format!(
                    "{} {} {}/{}\n",
                    s.start.format("%Y-%m-%d %H:%M"),
                    s.end.format("%H:%M"),
                    s.taken,
                    s.capacity
                ));
            }
            super::print(&out)?;
        }
        AppointmentsCommand::Reminders { date, json } => {
            let stamp = stamp()?;
            let day = match date {
                Some(d) => *d,
                None => store.next_working_day(stamp.at.date())?,
            };
            let viewer = me.viewer();
            let names = access(&viewer, Kind::Identity, Scope::Centre).shown();
            let phones = access(&viewer, Kind::Contact, Scope::Centre).shown();
            let list: Vec<_> = store
                .reminders(day)?
                .into_iter()
                .map(|mut r| {
                    if !names {
                        r.name = String::from("•••");
                    }
                    if !phones {
                        r.phone = r.phone.map(|p| crate::domain::access::mask(&p, 3));
                    }
                    r
                })
                .collect();
            store.audit(&stamp, "view", "reminders", None, &day.to_string())?;
            let code = service_codes(store)?;
            if *json {
                let array: Vec<_> = list
                    .iter()
                    .map(|r| {
                        let mut v =
                            appointment_json(&r.appointment, &code(r.appointment.service_id));
                        v["name"] = json!(r.name);
                        v["phone"] = json!(r.phone);
                        v
                    })
                    .collect();
                super::json::print_rows(array)?;
            } else {
                let mut out = format!("{day}\n");
                for r in &list {
                    out.push_str(&format!(
                        "{:<6} {} {:<10} {:<30} {:<16} {}\n",
                        r.appointment.id,
                        r.appointment.starts_at.format("%H:%M"),
                        code(r.appointment.service_id),
                        r.name,
                        r.phone.as_deref().unwrap_or("-"),
                        if r.appointment.reminded_at.is_some() {
                            "reminded"
                        } else {
                            ""
                        }
                    ));
                }
                super::print(&out)?;
            }
        }
        AppointmentsCommand::Remind { id } => {
            let a = current(store, *id)?;
            store
                .mark_reminded(a.id, a.version, &stamp()?)
                .map_err(|e| booking_error(e, None))?;
            super::print(&format!("{id} reminded\n"))?;
        }
        AppointmentsCommand::Hours { service, set, json } => {
            let service = line(store, service)?;
            if !set.is_empty() {
                let mut hours = Vec::new();
                for spec in set {
                    hours.extend(parse_hours(spec)?);
                }
                store
                    .set_opening_hours(service.id, &hours, &stamp()?)
                    .map_err(|e| booking_error(e, None))?;
            }
            let hours = store.opening_hours(service.id)?;
            if *json {
                let rows = hours
                    .iter()
                    .map(|h| {
                        json!({
                            "weekday": h.weekday.to_string().to_lowercase(),
                            "opens": h.opens.format("%H:%M").to_string(),
                            "closes": h.closes.format("%H:%M").to_string(),
                            "slot_minutes": h.slot_minutes,
                            "capacity": h.capacity,
                        })
                    })
                    .collect();
                super::json::print_rows(rows)?;
                return Ok(ExitCode::SUCCESS);
            }
            let mut out = String::new();
            for h in &hours {
                out.push_str(&format!(
                    "{} {}-{} {} {}\n",
                    h.weekday,
                    h.opens.format("%H:%M"),
                    h.closes.format("%H:%M"),
                    h.slot_minutes,
                    h.capacity
                ));
            }
            super::print(&out)?;
        }
        AppointmentsCommand::Close {
            date,
            service,
            name,
        } => {
            let service_id = match service {
                Some(code) => Some(line(store, code)?.id),
                None => None,
            };
            store.add_closure(
                &Closure {
                    day: *date,
                    service_id,
                    name: name.clone(),
                },
                &stamp()?,
            )?;
            super::print(&format!("{date} closed\n"))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
