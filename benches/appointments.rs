//! Appointment benchmarks: booking (free-slot search + insert) on a database holding
//! two years of appointments, beside the plain way (one count query per slot); and
//! drawing the week view of a service with 2,000 appointments.
//!
//! `cargo bench --bench appointments`

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, NaiveTime, TimeDelta, Weekday};
use kentro::domain::codes::AppointmentState;
use kentro::domain::person::Person;
use kentro::domain::records::Appointment;
use kentro::store::{Attendees, NewAppointment, Stamp, Store};

const PEOPLE: i64 = 5_000;
const BOOKINGS: usize = 500;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(what: &str, mut times: Vec<Duration>) -> Duration {
    times.sort();
    let p50 = percentile(&times, 0.5);
    let p99 = percentile(&times, 0.99);
    println!(
        "{what}: n={} p50 {:.3} ms, p99 {:.3} ms",
        times.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
    p99
}

/// Two years of a busy centre: every weekday, each line with its 16 slots mostly
/// taken, spread over 5,000 people.
fn history(store: &mut Store, today: NaiveDate) -> usize {
    let stamp = Stamp {
        at: today.and_hms_opt(8, 0, 0).unwrap(),
        operator: "bench".into(),
    };
    let people: Vec<Person> = (0..PEOPLE)
        .map(|i| Person {
            surname: format!("Bench{i}"),
            given_name: "Α.".into(),
            ..Person::default()
        })
        .collect();
    store
        .batch(&stamp, |b| {
            for p in &people {
                b.insert_person(p)?;
            }
            Ok(())
        })
        .unwrap();
    let lines: Vec<i64> = store.queue_lines().unwrap().iter().map(|s| s.id).collect();
    let mut count = 0usize;
    let mut day = today - TimeDelta::days(730);
    let mut n: i64 = 0;
    while day < today {
        let mut batch = Vec::new();
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            for (li, &line) in lines.iter().enumerate() {
                for slot in 0..16u32 {
                    if (slot + li as u32 + day.day()).is_multiple_of(5) {
                        continue; // a few slots stay free
                    }
                    n += 1;
                    let at = day.and_time(
                        NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap(),
                    );
                    batch.push(Appointment {
                        person_id: Some((n * 7919) % PEOPLE + 1),
                        state: AppointmentState::CheckedIn,
                        ..Appointment::booked(line, at, 30, "bench")
                    });
                }
            }
        }
        count += batch.len();
        store
            .batch(&stamp, |b| {
                for a in &batch {
                    b.insert_appointment(a)?;
                }
                Ok(())
            })
            .unwrap();
        day += TimeDelta::days(1);
    }
    count
}

fn booking() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("k.db")).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let started = Instant::now();
    let stored = history(&mut store, today);
    println!(
        "history: {stored} appointments over two years written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let now = today.and_hms_opt(9, 0, 0).unwrap();
    let stamp = Stamp {
        at: now,
        operator: "bench".into(),
    };
    let mut times = Vec::with_capacity(BOOKINGS);
    for i in 0..BOOKINGS {
        let person = (i as i64 * 31) % PEOPLE + 1;
        let who = Attendees {
            person_id: Some(person),
            ..Attendees::default()
        };
        let start = Instant::now();
        let free = store.free_slots(kea, now, 30, None, &who, 5).unwrap();
        let slot = free.first().expect("a free slot within 30 days");
        store
            .book(
                &NewAppointment {
                    service_id: kea,
                    person_id: Some(person),
                    starts_at: Some(slot.start),
                    ..NewAppointment::default()
                },
                &stamp,
            )
            .unwrap();
        times.push(start.elapsed());
    }
    let p99 = report("booking (free-slot search + insert)", times);
    println!(
        "target p99 <= 10 ms: {}",
        if p99 <= Duration::from_millis(10) {
            "met"
        } else {
            "NOT met"
        }
    );

    // The plain way: walk the slots and ask the database about each one.
    let conn = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
    let mut times = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        let mut found = None;
        let mut day = today;
        'days: for _ in 0..30 {
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                for slot in 0..16u32 {
                    let at = day.and_time(
                        NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap(),
                    );
                    let taken: i64 = conn
                        .query_row(
                            "SELECT count(*) FROM appointment WHERE service_id = ?1 \
                             AND state IN ('booked', 'checked-in') \
                             AND starts_at < datetime(?2, '+30 minutes') \
                             AND datetime(starts_at, '+' || minutes || ' minutes') > ?2",
                            rusqlite::params![kea, at],
                            |r| r.get(0),
                        )
                        .unwrap();
                    if taken == 0 {
                        found = Some(at);
                        break 'days;
                    }
                }
            }
            day += TimeDelta::days(1);
        }
        assert!(found.is_some());
        times.push(start.elapsed());
    }
    report("plain way: one count query per slot, search only", times);
}

fn main() {
    booking();
}
