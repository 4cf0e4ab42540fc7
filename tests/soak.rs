//! A desk day compressed: several desk processes share one database and each does,
//! hour after simulated hour, what a busy desk does (new tickets, calls, lookups as
//! the receptionist types, intakes with their drafts, cards opened), as fast as it
//! can. Checks that each desk's memory stays flat from its first hour to its last and
//! that the write-ahead log stays bounded, and that the database is whole at the end.
//!
//! `cargo test --test soak` runs three simulated hours on 3 desks; the whole day:
//! `KENTRO_SOAK_HOURS=12 KENTRO_SOAK_DESKS=6 cargo test --release --test soak -- --nocapture`.
//! The desks are this test binary run again (`KENTRO_SOAK_DESK=DB`).

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use kentro::domain::access::Viewer;
use kentro::domain::codes::Role;
use kentro::domain::person::Person;
use kentro::store::{NewTicket, Stamp, Store};

/// What one desk does in one hour of a busy day.
const TICKETS_PER_HOUR: usize = 30;
const LOOKUPS_PER_HOUR: usize = 60;
const INTAKES_PER_HOUR: usize = 8;
/// A desk's resident memory may grow by this much from the end of its first hour
/// to the end of its last (allocator noise, SQLite's page cache filling up to its
/// fixed limit), never with the hours.
const MEMORY_SLACK_KB: u64 = 6 * 1024;
/// The write-ahead log's largest size: SQLite checkpoints every 1,000 pages (4 MB),
/// so a log far beyond that means checkpoints no longer catch up.
const WAL_LIMIT: u64 = 16 * 1024 * 1024;

fn env_number(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn resident_kb() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4
}

const SURNAMES: &[&str] = &[
    "Παπαδοπούλου",
    "Ahmadi",
    "Hosseini",
    "Γεωργίου",
    "Al Hassan",
    "Νικολάου",
    "Rahimi",
    "Οικονόμου",
    "Mohammadi",
    "Karimi",
];
const GIVEN: &[&str] = &[
    "Μαρία",
    "Zahra",
    "Ali",
    "Γιώργος",
    "Fatima",
    "Ελένη",
    "Reza",
    "Νίκος",
    "Amina",
    "Omar",
];
const TYPED: &[&str] = &[
    "pap", "ahm", "hoss", "γεωρ", "al has", "nikol", "rahim", "οικο", "moh", "kar",
];

/// One desk's day: prints `hour N rss KB` after each simulated hour.
fn desk(db: &Path, hours: usize, desk: i64) {
    let mut store = Store::open(db).expect("open");
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let login = format!("desk{desk}");
    let viewer = Viewer::new(&login, Role::Receptionist, "");
    let mut n = desk as usize * 7;
    for hour in 1..=hours {
        for i in 0..TICKETS_PER_HOUR {
            let stamp = Stamp::now(&login);
            store
                .create_ticket(
                    &NewTicket {
                        service_id: kea,
                        label: format!("walk-in {i}"),
                        ..NewTicket::default()
                    },
                    &stamp,
                )
                .expect("a new ticket");
            store
                .call_next(stamp.at.date(), Some(desk), &[], &stamp)
                .expect("the next ticket");
            // Lookups: the receptionist types, a search per keystroke.
            for _ in 0..LOOKUPS_PER_HOUR / TICKETS_PER_HOUR {
                n += 1;
                let typed = TYPED[n % TYPED.len()];
                for end in 1..=typed.chars().count() {
                    let query: String = typed.chars().take(end).collect();
                    kentro::search::search(&store, &query, 10).expect("a lookup");
                }
            }
            if i % (TICKETS_PER_HOUR / INTAKES_PER_HOUR) == 0 {
                n += 1;
                let person = Person {
                    surname: SURNAMES[n % SURNAMES.len()].into(),
                    given_name: GIVEN[(n / 3) % GIVEN.len()].into(),
                    father_name: GIVEN[(n / 7) % GIVEN.len()].into(),
                    ..Person::default()
                };
                let draft = store
                    .save_draft("intake", None, &format!("{{\"surname\":\"{n}\"}}"), &stamp)
                    .expect("a draft");
                let id = store.insert_person(&person, &stamp).expect("an intake");
                store.delete_draft(draft).expect("the draft removed");
                store
                    .person_card(id, &viewer, stamp.at, stamp.at.date())
                    .expect("the card");
            }
            store.data_version().expect("the desk's poll");
        }
        println!("hour {hour} rss {}", resident_kb());
    }
}

#[test]
fn soak_desk() {
    // Only as a desk process of `a_compressed_day_keeps_memory_flat_and_the_wal_bounded`.
    if let Ok(db) = std::env::var("KENTRO_SOAK_DESK") {
        let hours = env_number("KENTRO_SOAK_HOURS", 3);
        let number = env_number("KENTRO_SOAK_DESK_NUMBER", 1) as i64;
        desk(Path::new(&db), hours, number);
    }
}

#[test]
fn a_compressed_day_keeps_memory_flat_and_the_wal_bounded() {
    if std::env::var("KENTRO_SOAK_DESK").is_ok() {
        return;
    }
    let hours = env_number("KENTRO_SOAK_HOURS", 3);
    let desks = env_number("KENTRO_SOAK_DESKS", 3);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::open_or_create(&db).unwrap());
    let wal = dir.path().join("k.db-wal");
    let largest_wal = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let watcher = {
        let (largest, done, wal) = (largest_wal.clone(), done.clone(), wal.clone());
        std::thread::spawn(move || {
            while !done.load(Ordering::SeqCst) {
                let size = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
                largest.fetch_max(size, Ordering::SeqCst);
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let started = Instant::now();
    let children: Vec<_> = (1..=desks)
        .map(|number| {
            Command::new(std::env::current_exe().unwrap())
                .args(["--exact", "soak_desk", "--nocapture", "--test-threads=1"])
                .env("KENTRO_SOAK_DESK", &db)
                .env("KENTRO_SOAK_HOURS", hours.to_string())
                .env("KENTRO_SOAK_DESK_NUMBER", number.to_string())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut memory: Vec<Vec<u64>> = Vec::new();
    for mut child in children {
        let out = BufReader::new(child.stdout.take().unwrap());
        let rss: Vec<u64> = out
            .lines()
            .map_while(Result::ok)
            .filter_map(|line| {
                // The test harness may print its own words on the same line.
                let rest = &line[line.find("hour ")? + 5..];
                rest.split(" rss ").nth(1)?.trim().parse().ok()
            })
            .collect();
        assert!(child.wait().unwrap().success(), "a desk failed");
        assert_eq!(rss.len(), hours, "each desk reports every hour");
        memory.push(rss);
    }
    done.store(true, Ordering::SeqCst);
    watcher.join().unwrap();
    let largest_wal = largest_wal.load(Ordering::SeqCst);
    println!(
        "{desks} desks x {hours} simulated hours in {:.1} s; largest WAL {} KB; resident KB per hour per desk: {memory:?}",
        started.elapsed().as_secs_f64(),
        largest_wal / 1024
    );
    for rss in &memory {
        let first = rss[0];
        let last = *rss.last().unwrap();
        assert!(
            last <= first + MEMORY_SLACK_KB,
            "a desk's memory grew from {first} KB to {last} KB: {rss:?}"
        );
    }
    assert!(
        largest_wal <= WAL_LIMIT,
        "the WAL grew to {largest_wal} bytes"
    );
    let store = Store::open(&db).unwrap();
    let health = store.health().unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(
        health.people as usize,
        desks * hours * TICKETS_PER_HOUR.div_ceil(TICKETS_PER_HOUR / INTAKES_PER_HOUR),
        "every intake kept"
    );
}
