//! The queue in the store, from the command line, across processes and in a pty:
//! the store's rules (store.rs), commands and processes (processes.rs), linking
//! walk-ins and referring from a ticket (links.rs).

#[path = "../common/mod.rs"]
mod common;
mod links;
mod processes;
mod store;

use std::collections::HashSet;
use std::process::Command;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use common::{fresh, line};
use kentro::domain::codes::{TicketState, Vulnerability};
use kentro::domain::queue::{Move, QueueSettings, order_key};
use kentro::store::{NewTicket, Stamp, Store, StoreError};

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn stamp_at(at: NaiveDateTime) -> Stamp {
    Stamp {
        at,
        operator: "maria.k".into(),
    }
}
