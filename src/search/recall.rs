//! The labelled recall set (`tests/data/recall.tsv`): people, and queries written the
//! many ways a desk types them, each naming the person it must find. Shared by the
//! recall test and the lookup benchmark.

use chrono::NaiveDate;

use crate::domain::codes::TicketState;
use crate::domain::person::Person;
use crate::domain::records::{Service, Ticket, Visit};
use crate::store::{Stamp, Store, StoreError};

const RECALL_TSV: &str = include_str!("../../tests/data/recall.tsv");

/// The person the ticket query names (ticket Κ014 today).
const TICKET_HOLDER: &str = "papadopoulos";

/// One labelled query.
#[derive(Debug, Clone, PartialEq)]
pub struct RecallQuery {
    pub label: String,
    pub case: String,
    pub query: String,
}

/// The labelled people and the queries.
pub fn recall_set() -> (Vec<(String, Person)>, Vec<RecallQuery>) {
    let mut people = Vec::new();
    let mut queries = Vec::new();
    for line in RECALL_TSV.lines() {
        let cols: Vec<&str> = line.split('\t').collect();
        let opt = |i: usize| {
            cols.get(i)
                .map(|s| s.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        match cols.first() {
            Some(&"P") if cols.len() >= 10 => {
                let person = Person {
                    surname: cols[2].to_string(),
                    given_name: cols[3].to_string(),
                    father_name: cols[4].to_string(),
                    date_of_birth: NaiveDate::parse_from_str(cols[5], "%Y-%m-%d").ok(),
                    amka: opt(6),
                    afm: opt(7),
                    paaypa: opt(8),
                    phone: opt(9),
                    ..Person::default()
                };
                people.push((cols[1].to_string(), person));
            }
            Some(&"Q") if cols.len() >= 4 => queries.push(RecallQuery {
                label: cols[1].to_string(),
                case: cols[2].to_string(),
                query: cols[3].to_string(),
            }),
            _ => {}
        }
    }
    (people, queries)
}

/// Inserts the labelled people (with a visit `today`, and ticket Κ014 today for one of
/// them) unless they are there already; returns each label with its person's id.
pub fn install(store: &mut Store, today: NaiveDate) -> Result<Vec<(String, i64)>, StoreError> {
    let (people, _) = recall_set();
    let stamp = Stamp {
        at: today.and_hms_opt(9, 0, 0).unwrap_or_default(),
        operator: "recall".into(),
    };
    let mut ids = Vec::new();
    for (label, person) in &people {
        // Found again by its first identifier, or by exact name and date of birth.
        let key = |text: &str| {
            crate::domain::names::person_keys(text, "", "")
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        let existing = store
            .people_with_pair_by_recency(&key(&person.surname), &key(&person.given_name), 100)?
            .into_iter()
            .map(|(_, id)| id)
            .find(|&id| {
                store.person(id).ok().flatten().is_some_and(|p| {
                    p.surname == person.surname
                        && p.given_name == person.given_name
                        && p.date_of_birth == person.date_of_birth
                        && p.father_name == person.father_name
                })
            });
        let id = match existing {
            Some(id) => id,
            None => store.insert_person(person, &stamp)?,
        };
        ids.push((label.clone(), id));
    }
    let holder = ids
        .iter()
        .find(|(l, _)| l == TICKET_HOLDER)
        .map(|(_, id)| *id);
    if store.person_with_ticket(today, "Κ014")?.is_none() {
        let service_id = store.insert_service(
            &Service {
                code: "recall-kea".into(),
                ticket_prefix: "Κ".into(),
                name_el: "ΚΕΑ".into(),
                name_en: "KEA".into(),
                active: true,
                ..Service::default()
            },
            &stamp,
        )?;
        store.batch(&stamp, |b| {
            b.insert_ticket_with_history(
                &Ticket {
                    id: 0,
                    day: today,
                    number: "Κ014".into(),
                    seq: 14,
                    service_id,
                    person_id: holder,
                    label: String::new(),
                    reason: String::new(),
                    priority: Vec::new(),
                    urgent: false,
                    triage_note: String::new(),
                    interpreter_language: None,
                    appointment_id: None,
                    state: TicketState::Waiting,
                    desk: None,
                    arrived_at: stamp.at,
                    called_at: None,
                    finished_at: None,
                    created_by: "recall".into(),
                    version: 1,
                },
                &[],
            )?;
            for (_, id) in &ids {
                b.insert_visit(&Visit {
                    id: 0,
                    person_id: *id,
                    visited_on: today,
                    service_id: None,
                    reason: String::new(),
                    note: String::new(),
                    operator: "recall".into(),
                    created_at: None,
                })?;
            }
            Ok(())
        })?;
    }
    Ok(ids)
}

/// Where each query put its person: 1 for first, `None` if not in the first `depth`.
#[derive(Debug, Clone, PartialEq)]
pub struct RecallResult {
    pub query: RecallQuery,
    pub rank: Option<usize>,
}

/// Runs every query and reports the rank of its person.
pub fn evaluate(
    store: &Store,
    ids: &[(String, i64)],
    today: NaiveDate,
    depth: usize,
) -> Result<Vec<RecallResult>, StoreError> {
    let (_, queries) = recall_set();
    let mut out = Vec::new();
    for query in queries {
        let hits = super::search_on(store, &query.query, depth, today)?;
        let want = ids
            .iter()
            .find(|(l, _)| *l == query.label)
            .map(|(_, id)| *id);
        let rank = hits
            .iter()
            .position(|h| Some(h.person.id) == want)
            .map(|p| p + 1);
        out.push(RecallResult { query, rank });
    }
    Ok(out)
}

/// (share first, share in the top five) of `results`.
pub fn shares(results: &[RecallResult]) -> (f64, f64) {
    let n = results.len().max(1) as f64;
    let first = results.iter().filter(|r| r.rank == Some(1)).count() as f64;
    let top5 = results
        .iter()
        .filter(|r| r.rank.is_some_and(|k| k <= 5))
        .count() as f64;
    (first / n, top5 / n)
}
