//! The arguments of `kentro appointments`, and the parsing of the times, days and
//! opening hours they take.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use clap::{Args, Subcommand};

use crate::domain::appointments::OpeningHours;
use crate::i18n::errors::ErrMsg;

#[derive(Debug, Args)]
pub struct AppointmentsArgs {
    #[command(subcommand)]
    pub command: AppointmentsCommand,
}

#[derive(Debug, Subcommand)]
pub enum AppointmentsCommand {
    /// Book an appointment; prints its id. A refused booking exits non-zero with the
    /// reason and the first free slots.
    Book {
        /// The service line's code (`kentro queue services`).
        #[arg(long)]
        service: String,
        /// "YYYY-MM-DD HH:MM"
        #[arg(long, value_parser = parse_at)]
        at: NaiveDateTime,
        /// A registered person's id.
        #[arg(long, conflicts_with = "name", required_unless_present = "name")]
        person: Option<i64>,
        /// The name of someone not yet registered.
        #[arg(long)]
        name: Option<String>,
        /// Length in minutes (default: the service's slot length).
        #[arg(long)]
        minutes: Option<u32>,
        /// A contact phone (for a name not yet registered).
        #[arg(long)]
        phone: Option<String>,
        /// With whom: a member of staff's login.
        #[arg(long)]
        staff: Option<String>,
        /// The room.
        #[arg(long)]
        room: Option<String>,
        /// A priority flag carried to the ticket at check-in; repeat for several.
        #[arg(long)]
        priority: Vec<String>,
        /// Urgent: the ticket made at check-in is called before the others.
        #[arg(long)]
        urgent: bool,
        /// The interpreter's language (ISO 639-3).
        #[arg(long)]
        interpreter: Option<String>,
        /// A short note.
        #[arg(long)]
        note: Option<String>,
    },
    /// Appointments of a day (default today): id, time, length, service, state, person id.
    List {
        /// The first day (YYYY-MM-DD; default: today).
        #[arg(long, value_parser = parse_day)]
        date: Option<NaiveDate>,
        /// And the days after it.
        #[arg(long, default_value_t = 1)]
        days: u32,
        /// Only this service line (its code).
        #[arg(long)]
        service: Option<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Cancel a booked appointment.
    Cancel {
        /// The appointment's number.
        id: i64,
        /// Why it is cancelled.
        #[arg(long)]
        reason: String,
    },
    /// The person has come: prints the ticket number.
    CheckIn {
        /// The appointment's number.
        id: i64,
    },
    /// The person did not come (only once the time has passed).
    NoShow {
        /// The appointment's number.
        id: i64,
    },
    /// The first free slots of a service.
    Free {
        /// The service line's code (see `kentro queue services`).
        #[arg(long)]
        service: String,
        /// From this time (default now).
        #[arg(long, value_parser = parse_at)]
        from: Option<NaiveDateTime>,
        /// How many days ahead to look.
        #[arg(long, default_value_t = 14)]
        days: u32,
        /// Length in minutes (default: the service's slot length).
        #[arg(long)]
        minutes: Option<u32>,
        /// Leave out the times this person is already booked.
        #[arg(long)]
        person: Option<i64>,
        /// At most this many slots.
        #[arg(long, default_value_t = 10)]
        limit: usize,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// The next working day's booked appointments with names and phones, for the
    /// reminder calls (this view is audited).
    Reminders {
        /// The day (YYYY-MM-DD; default: the next working day).
        #[arg(long, value_parser = parse_day)]
        date: Option<NaiveDate>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Mark that the reminder call was made.
    Remind {
        /// The appointment's number.
        id: i64,
    },
    /// Show a service's opening hours, or replace them with --set (repeatable):
    /// "mon-fri 09:00-17:00 30 1" = days, hours, slot minutes, places per slot.
    Hours {
        /// The service line's code (see `kentro queue services`).
        #[arg(long)]
        service: String,
        /// The new hours, one --set per group of days.
        #[arg(long, value_name = "SPEC")]
        set: Vec<String>,
        /// Print a JSON array.
        #[arg(long)]
        json: bool,
    },
    /// Close a day for the whole centre or one service (besides public holidays).
    Close {
        /// The day to close (YYYY-MM-DD).
        #[arg(value_parser = parse_day)]
        date: NaiveDate,
        /// Only this service line (default: the whole centre).
        #[arg(long)]
        service: Option<String>,
        /// What the day is, as the calendar shows it ("Staff training").
        #[arg(long, default_value = "")]
        name: String,
    },
}

// clap's value parsers: clap puts the refusal into its own usage error (exit status
// 2), said in the operator's language.
fn parse_at(text: &str) -> Result<NaiveDateTime, crate::Error> {
    NaiveDateTime::parse_from_str(text.trim(), "%Y-%m-%d %H:%M")
        .map_err(|_| crate::Error::usage(ErrMsg::NotATime, &[&text.escape_debug().to_string()]))
}

fn parse_day(text: &str) -> Result<NaiveDate, crate::Error> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| crate::Error::usage(ErrMsg::NotADate, &[&text.escape_debug().to_string()]))
}

fn weekday(text: &str) -> Option<Weekday> {
    text.parse::<Weekday>().ok()
}

/// "mon-fri 09:00-17:00 30 1" or "tue,thu 09:00-14:00 45 2".
pub(super) fn parse_hours(spec: &str) -> Result<Vec<OpeningHours>, crate::Error> {
    let bad = || {
        crate::Error::usage(
            crate::i18n::errors::ErrMsg::BadHours,
            &[&format!("{spec:?}")],
        )
    };
    let parts: Vec<&str> = spec.split_whitespace().collect();
    let [days, times, slot, capacity] = parts[..] else {
        return Err(bad());
    };
    let mut weekdays = Vec::new();
    for group in days.split(',') {
        match group.split_once('-') {
            Some((a, b)) => {
                let (mut d, last) = (weekday(a).ok_or_else(bad)?, weekday(b).ok_or_else(bad)?);
                weekdays.push(d);
                while d != last {
                    d = d.succ();
                    weekdays.push(d);
                }
            }
            None => weekdays.push(weekday(group).ok_or_else(bad)?),
        }
    }
    let (opens, closes) = times.split_once('-').ok_or_else(bad)?;
    let time = |t: &str| NaiveTime::parse_from_str(t, "%H:%M").map_err(|_| bad());
    let (opens, closes) = (time(opens)?, time(closes)?);
    let slot_minutes = slot.parse().map_err(|_| bad())?;
    let capacity = capacity.parse().map_err(|_| bad())?;
    Ok(weekdays
        .into_iter()
        .map(|weekday| OpeningHours {
            weekday,
            opens,
            closes,
            slot_minutes,
            capacity,
        })
        .collect())
}
