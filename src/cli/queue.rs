//! `kentro queue ...`: the queue for kiosks and scripts.

use crate::i18n::errors::ErrMsg;
use std::process::ExitCode;
use std::time::Instant;

use serde_json::json;

use super::{QueueArgs, QueueCommand};
use crate::domain::codes::Vulnerability;
use crate::domain::queue::minutes_waited;
use crate::domain::text;
use crate::i18n::cli::{CliMsg, sayf};
use crate::identity;
use crate::store::{NewTicket, Stamp, Store};

fn stamp() -> Result<Stamp, crate::Error> {
    Ok(Stamp::now(&identity::operator_login()?))
}

fn service_id(store: &Store, code: &str) -> Result<i64, crate::Error> {
    match store.service_by_code(code)? {
        Some(s) if !s.ticket_prefix.is_empty() && s.active => Ok(s.id),
        Some(_) => Err(crate::Error::refused(
            ErrMsg::NoQueueLine,
            &[&format!("{code:?}")],
        )),
        None => Err(crate::Error::not_found(
            ErrMsg::NoService,
            &[&format!("{code:?}")],
        )),
    }
}

/// Runs a queue command. `call` needs this terminal's desk, found as the interface
/// finds it ([`identity::desk_number`]): `KENTRO_DESK`, else `staff_desk` (the
/// operator's usual desk), else `fallback_desk` (the global --desk, else the config's).
pub fn run(
    store: &mut Store,
    args: &QueueArgs,
    staff_desk: Option<i64>,
    fallback_desk: Option<i64>,
    printer: Option<&crate::printing::Printer>,
) -> Result<ExitCode, crate::Error> {
    let desk = || {
        identity::desk_number(staff_desk, fallback_desk)?
            .ok_or_else(|| crate::Error::refused(CliMsg::CallNeedsDesk, &[]))
    };
    match &args.command {
        QueueCommand::Services { json } => {
            let lines = store.queue_lines()?;
            if *json {
                let array: Vec<_> = lines
                    .iter()
                    .map(|s| {
                        json!({"code": s.code, "prefix": s.ticket_prefix,
                               "name_el": s.name_el, "name_en": s.name_en})
                    })
                    .collect();
                super::json::print_rows(array)?;
            } else {
                let text: String = lines
                    .iter()
                    .map(|s| {
                        let name = crate::i18n::service_name(s, crate::i18n::cli::lang());
                        format!("{:<12} {:<4} {name}\n", s.code, s.ticket_prefix)
                    })
                    .collect();
                super::print(&text)?;
            }
        }
        QueueCommand::Add {
            service,
            priority,
            urgent,
            note,
            label,
            print,
        } => {
            let printer = match (print, printer) {
                (true, None) => return Err(crate::Error::refused(CliMsg::NoPrinter, &[])),
                (true, Some(p)) => Some(p),
                (false, _) => None,
            };
            let service_id = service_id(store, service)?;
            // The same cleaning as every field that enters from outside.
            let label = outside_text("--label", label.as_deref(), text::MAX_LABEL, false)?;
            let note = outside_text("--note", note.as_deref(), text::MAX_TRIAGE_NOTE, true)?;
            let flags = priority
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
                .collect::<Result<Vec<_>, _>>()?;
            let ticket = store.create_ticket(
                &NewTicket {
                    service_id,
                    label,
                    triage_note: note,
                    priority: flags,
                    urgent: *urgent,
                    ..NewTicket::default()
                },
                &stamp()?,
            )?;
            if let Some(printer) = printer {
                printer.print(&crate::slip::ticket_slip(store, &ticket)?)?;
                super::warn(&sayf(CliMsg::TicketPrinted, &[&ticket.number]));
            }
            super::print(&format!("{}\n", ticket.number))?;
        }
        QueueCommand::Call { service } => {
            let desk = desk()?;
            let lines = match service {
                Some(code) => vec![service_id(store, code)?],
                None => Vec::new(),
            };
            let stamp = stamp()?;
            match store.call_next(stamp.at.date(), Some(desk), &lines, &stamp)? {
                Some(ticket) => super::print(&format!("{}\n", ticket.number))?,
                None => {
                    return Err(crate::Error::Nothing(crate::error::Words::new(
                        CliMsg::NobodyWaiting,
                        &[],
                    )));
                }
            }
        }
        QueueCommand::CallLoop { count } => {
            let desk = desk()?;
            // For the contention benchmark: claim up to `count` tickets, printing each
            // number and how long the claim took (µs), without process start-up.
            for _ in 0..*count {
                let stamp = stamp()?;
                let start = Instant::now();
                let got = store.call_next(stamp.at.date(), Some(desk), &[], &stamp)?;
                let micros = start.elapsed().as_micros();
                match got {
                    Some(ticket) => super::print(&format!("{}\t{micros}\n", ticket.number))?,
                    None => break,
                }
            }
        }
        QueueCommand::List { json } => {
            let now = chrono::Local::now().naive_local();
            let tickets = store.tickets_on(now.date())?;
            let services = store.services()?;
            let code = |id: i64| {
                services
                    .iter()
                    .find(|s| s.id == id)
                    .map(|s| s.code.clone())
                    .unwrap_or_default()
            };
            if *json {
                let array: Vec<_> = tickets
                    .iter()
                    .map(|t| {
                        json!({
                            "number": t.number,
                            "state": t.state.code(),
                            "service": code(t.service_id),
                            "priority": t.priority.iter().map(|p| p.code()).collect::<Vec<_>>(),
                            "urgent": t.urgent,
                            "desk": t.desk,
                            "minutes_waited": minutes_waited(t, now),
                        })
                    })
                    .collect();
                super::json::print_rows(array)?;
            } else {
                let mut text = String::new();
                for t in &tickets {
                    text.push_str(&format!(
                        "{:<6} {:<10} {:<12} {:>4}' {:<5} {}\n",
                        t.number,
                        t.state.code(),
                        code(t.service_id),
                        minutes_waited(t, now),
                        t.desk.map(|d| d.to_string()).unwrap_or_else(|| "-".into()),
                        Store::priority_codes(t)
                    ));
                }
                super::print(&text)?;
            }
        }
        QueueCommand::CloseDay => {
            let stamp = stamp()?;
            let closed = store.close_day(stamp.at.date(), &stamp)?;
            outln!("{}", sayf(CliMsg::ClosedNotSeen, &[&closed.to_string()]));
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// An argument that will be stored: escape sequences and control characters removed
/// (newlines kept where `multiline`), its length checked after cleaning.
fn outside_text(
    option: &str,
    value: Option<&str>,
    max: usize,
    multiline: bool,
) -> Result<String, crate::Error> {
    let value = value.unwrap_or_default();
    let checked = if multiline {
        text::checked_note(value, max, false)
    } else {
        text::checked_line(value, max, false)
    };
    checked.map_err(|e| match e {
        text::TextError::TooLong { max } => crate::Error::usage(
            CliMsg::ArgTooLong,
            &[option, &value.chars().count().to_string(), &max.to_string()],
        ),
        // Never asked for: both arguments are optional.
        text::TextError::Missing => crate::Error::failure(CliMsg::ArgTooLong, &[option, "0", "0"]),
    })
}
