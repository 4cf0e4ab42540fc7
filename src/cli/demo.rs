//! `kentro --demo`: the interface on a fresh database of sample data, in a temporary
//! directory that is removed on exit.

use std::process::ExitCode;

use chrono::NaiveDateTime;

use super::Cli;
use crate::config::FileConfig;
use crate::domain::codes::TicketState;
use crate::domain::records::{Ticket, TicketEvent};
use crate::store::{Stamp, Store, StoreError};
use crate::synth::{DemoCentre, demo_centre};

/// The demo's fixed seed: every demo shows the same centre (at today's date).
const DEMO_SEED: u64 = 2026;

/// Maps a 1-based index of the demo's vectors to the id the store gave that record.
fn id_of(ids: &[i64], index: i64) -> Result<i64, StoreError> {
    usize::try_from(index - 1)
        .ok()
        .and_then(|i| ids.get(i).copied())
        .ok_or_else(|| StoreError::Corrupt(format!("demo reference {index} out of range")))
}

fn id_of_opt(ids: &[i64], index: Option<i64>) -> Result<Option<i64>, StoreError> {
    index.map(|i| id_of(ids, i)).transpose()
}

/// The events a ticket went through to reach its state, rebuilt from its times.
fn history_of(ticket: &Ticket) -> Vec<TicketEvent> {
    let event = |at: NaiveDateTime, from: Option<TicketState>, to: TicketState| TicketEvent {
        ticket_id: 0,
        at,
        from_state: from,
        to_state: to,
        desk: if to == TicketState::Waiting {
            None
        } else {
            ticket.desk
        },
        operator: ticket.created_by.clone(),
        note: String::new(),
    };
    let mut history = vec![event(ticket.arrived_at, None, TicketState::Waiting)];
    let mut last = TicketState::Waiting;
    if let Some(called) = ticket.called_at {
        history.push(event(called, Some(last), TicketState::Called));
        last = TicketState::Called;
        if ticket.state != TicketState::Called {
            history.push(event(called, Some(last), TicketState::InService));
            last = TicketState::InService;
        }
    }
    if ticket.state != last {
        let at = ticket
            .finished_at
            .or(ticket.called_at)
            .unwrap_or(ticket.arrived_at);
        history.push(event(at, Some(last), ticket.state));
    }
    history
}

/// Writes the demo centre into `store` in one transaction.
pub fn load(store: &mut Store, centre: &DemoCentre, stamp: &Stamp) -> Result<(), StoreError> {
    store.batch(stamp, |b| {
        for staff in &centre.staff {
            b.upsert_staff(staff)?;
        }
        for org in &centre.organisations {
            if org.own_centre {
                b.save_own_organisation(org)?;
            } else {
                b.upsert_organisation_by_uid(org)?;
            }
        }
        let services = centre
            .services
            .iter()
            .map(|s| b.upsert_service(s))
            .collect::<Result<Vec<_>, _>>()?;
        let households = centre
            .households
            .iter()
            .map(|h| b.insert_household(&h.household))
            .collect::<Result<Vec<_>, _>>()?;
        let mut people = Vec::with_capacity(centre.people.len());
        for person in &centre.people {
            let mut person = person.clone();
            person.household_id = id_of_opt(&households, person.household_id)?;
            people.push(b.insert_person(&person)?);
        }
        for visit in &centre.visits {
            let mut visit = visit.clone();
            visit.person_id = id_of(&people, visit.person_id)?;
            visit.service_id = id_of_opt(&services, visit.service_id)?;
            b.insert_visit(&visit)?;
        }
        let mut appointments = Vec::with_capacity(centre.appointments.len());
        for appointment in &centre.appointments {
            let mut appointment = appointment.clone();
            appointment.service_id = id_of(&services, appointment.service_id)?;
            appointment.person_id = id_of_opt(&people, appointment.person_id)?;
            appointments.push(b.insert_appointment(&appointment)?);
        }
        let mut tickets = Vec::with_capacity(centre.tickets.len());
        for ticket in &centre.tickets {
            let mut ticket = ticket.clone();
            ticket.service_id = id_of(&services, ticket.service_id)?;
            ticket.person_id = id_of_opt(&people, ticket.person_id)?;
            ticket.appointment_id = id_of_opt(&appointments, ticket.appointment_id)?;
            tickets.push(b.insert_ticket_with_history(&ticket, &history_of(&ticket))?);
        }
        for referral in &centre.referrals {
            let mut referral = referral.clone();
            referral.person_id = id_of(&people, referral.person_id)?;
            referral.service_id = id_of(&services, referral.service_id)?;
            referral.ticket_id = id_of_opt(&tickets, referral.ticket_id)?;
            b.insert_referral(&referral)?;
        }
        b.audit("demo", "database", None, "")
    })
}

/// Creates and fills a demo database at `path`.
pub fn create(path: &std::path::Path, now: NaiveDateTime) -> Result<Store, crate::Error> {
    let mut store = Store::create(path)?;
    let centre = demo_centre(DEMO_SEED, now);
    load(
        &mut store,
        &centre,
        &Stamp {
            at: now,
            operator: "demo".into(),
        },
    )?;
    super::demo_groups::load(&mut store, now)?;
    receive_demo_referral(&mut store, now)?;
    super::demo_appointments::load(&mut store, now)?;
    Ok(store)
}

/// One referral received from a neighbouring municipality's centre (as `kentro
/// referrals import` records it), so the demo's referral screen shows incoming
/// referrals beside outgoing ones.
fn receive_demo_referral(store: &mut Store, now: NaiveDateTime) -> Result<(), StoreError> {
    let partner = store
        .organisations()?
        .into_iter()
        .find(|o| !o.own_centre && o.network_member)
        .ok_or_else(|| StoreError::Corrupt("the demo has no member organisation".into()))?;
    let service = store
        .service_by_code("social")?
        .ok_or_else(|| StoreError::Corrupt("the demo has no social service".into()))?;
    let referral = crate::domain::records::Referral {
        id: 0,
        person_id: 0,
        service_id: service.id,
        ticket_id: None,
        reason: "Οικογένεια με τρία παιδιά σε κίνδυνο έξωσης· χρειάζεται στήριξη για ενοίκιο."
            .into(),
        urgency: crate::domain::codes::Urgency::Soon,
        note: format!("{}: Κοινωνική υπηρεσία, +30 210 000 0700", partner.name),
        state: crate::domain::codes::ReferralState::Sent,
        state_reason: String::new(),
        follow_up_on: Some(now.date() + chrono::Days::new(5)),
        consent_override: false,
        created_at: now - chrono::TimeDelta::hours(20),
        created_by: "demo".into(),
        updated_at: now - chrono::TimeDelta::hours(20),
        updated_by: "demo".into(),
        version: 1,
    };
    let person = crate::domain::person::Person {
        surname: "Ahmadi".into(),
        given_name: "Zahra".into(),
        father_name: "Reza".into(),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1991, 4, 12),
        gender: Some(crate::domain::codes::Gender::Female),
        languages: vec!["fas".into(), "eng".into()],
        interpreter_needed: true,
        ..Default::default()
    };
    store.receive_referral(
        &referral,
        "6f1c2a9e-3b4d-4e5f-8a7b-1c2d3e4f5a6b",
        partner.id,
        Some(&person),
        &Stamp {
            at: now,
            operator: "demo".into(),
        },
    )?;
    Ok(())
}

/// Whoever opens the demo runs their own sample centre: `login` becomes one of its
/// administrators (the sample staff stay as they are).
pub fn make_admin(store: &mut Store, login: &str) -> Result<(), crate::Error> {
    if store.staff(login)?.is_some() {
        return Ok(());
    }
    let me = crate::domain::records::Staff {
        login: login.to_string(),
        display_name: login.to_string(),
        role: crate::domain::codes::Role::Admin,
        organisation: String::new(),
        default_desk: None,
        active: true,
    };
    store
        .upsert_staff(&me, &Stamp::now("demo"))
        .map_err(crate::Error::from)
}

pub fn run_demo(cli: &Cli, file_config: &FileConfig) -> Result<ExitCode, crate::Error> {
    let dir = tempfile::Builder::new()
        .prefix("kentro-demo-")
        .tempdir()
        .map_err(|e| {
            crate::Error::failure(
                crate::i18n::errors::ErrMsg::CannotMakeTempDir,
                &[&e.to_string()],
            )
        })?;
    // On the demo's clock (`KENTRO_CLOCK` may set it: see crate::clock), so its
    // sample day is the day the desk shows.
    let now = crate::clock::Clock::from_env(true)?.now();
    let mut store = create(&dir.path().join("demo.db"), now)?;
    make_admin(&mut store, &crate::identity::operator_login()?)?;
    // `dir` lives until the interface returns, then the demo database is removed.
    super::interactive(store, cli, file_config, true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn the_demo_centre_loads_whole() {
        let dir = tempfile::tempdir().unwrap();
        let now = NaiveDate::from_ymd_opt(2026, 11, 23)
            .unwrap()
            .and_hms_opt(10, 42, 0)
            .unwrap();
        let store = create(&dir.path().join("demo.db"), now).unwrap();
        let centre = demo_centre(DEMO_SEED, now);
        // The centre's people and the person of the referral received from another centre.
        assert_eq!(
            store.count_people().unwrap() as usize,
            centre.people.len() + 1
        );
        assert!(centre.people.len() >= 200);
        assert_eq!(store.services().unwrap().len(), centre.services.len());
        let tickets = store.tickets_on(now.date()).unwrap();
        assert_eq!(tickets.len(), centre.tickets.len());
        let states: std::collections::HashSet<_> = tickets.iter().map(|t| t.state).collect();
        assert!(
            states.len() >= 4,
            "a morning's queue in several states: {states:?}"
        );
        for ticket in &tickets {
            let history = store.ticket_history(ticket.id).unwrap();
            assert_eq!(
                history.first().map(|e| e.to_state),
                Some(TicketState::Waiting)
            );
            assert_eq!(
                history.last().map(|e| e.to_state),
                Some(ticket.state),
                "{}",
                ticket.number
            );
        }
        assert!(!store.open_referrals().unwrap().is_empty());
        assert!(store.health().unwrap().is_ok());
    }
}
