//! A desk saving while a large import runs: a desk registers a person every 20 ms on
//! its own connection while 100,000 people are imported, first the way `kentro import`
//! writes (short transactions of at most 50 ms, one import batch), then the plain way
//! (every row in one transaction). Each desk save is timed (including its wait for the
//! lock); a save that gives up is counted as a failure.
//!
//! `cargo bench --bench import` (KENTRO_BENCH_ROWS=N for another size)

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use kentro::cli::csv_io::{BATCH_BUDGET, write_batches};
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};
use kentro::synth::PersonGenerator;

const DESK_EVERY: Duration = Duration::from_millis(20);

struct Run {
    import: Duration,
    transactions: usize,
    saves: Vec<Duration>,
    failures: Vec<String>,
}

fn run(rows: &[(u64, Person)], batched: bool) -> Run {
    let dir = tempfile::tempdir().expect("temporary directory");
    let db = dir.path().join("k.db");
    let mut store = Store::open_or_create(&db).expect("create");
    let stop = Arc::new(AtomicBool::new(false));
    let desk = {
        let stop = Arc::clone(&stop);
        let db = db.clone();
        std::thread::spawn(move || {
            let generator =
                PersonGenerator::new(7, chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
            let mut desk = Store::open(&db).expect("desk open");
            let mut saves = Vec::new();
            let mut failures = Vec::new();
            let mut k = 0;
            while !stop.load(Ordering::Relaxed) {
                let person = generator.person(1_500_000 + k);
                k += 1;
                let started = Instant::now();
                match desk.insert_person(&person, &Stamp::now("desk")) {
                    Ok(_) => saves.push(started.elapsed()),
                    Err(e) => failures.push(e.to_string()),
                }
                std::thread::sleep(DESK_EVERY);
            }
            (saves, failures)
        })
    };
    // Let the desk start saving before the import begins.
    std::thread::sleep(Duration::from_millis(200));
    let stamp = Stamp::now("bench");
    let started = Instant::now();
    let transactions = if batched {
        write_batches(&mut store, rows, "bench", &stamp, BATCH_BUDGET)
            .expect("import")
            .transactions
    } else {
        let people: Vec<Person> = rows.iter().map(|(_, p)| p.clone()).collect();
        store.insert_people(&people, &stamp).expect("import");
        1
    };
    let import = started.elapsed();
    std::thread::sleep(Duration::from_millis(200));
    stop.store(true, Ordering::Relaxed);
    let (saves, failures) = desk.join().expect("desk thread");
    Run {
        import,
        transactions,
        saves,
        failures,
    }
}

fn main() {
    let n: u64 = std::env::var("KENTRO_BENCH_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    println!("machine: {}", common::machine());
    let generator = PersonGenerator::new(3, chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap());
    let rows: Vec<(u64, Person)> = generator
        .people(0..n)
        .enumerate()
        .map(|(i, p)| (i as u64 + 2, p))
        .collect();
    for (name, batched) in [
        ("short transactions (kentro import)", true),
        ("one transaction (plain)", false),
    ] {
        let mut result = run(&rows, batched);
        println!(
            "{name}: {n} rows in {:.1} s, {} transaction(s)",
            result.import.as_secs_f64(),
            result.transactions
        );
        common::report(&format!("  desk save during {name}"), &mut result.saves);
        println!("  desk saves that failed: {}", result.failures.len());
        if let Some(first) = result.failures.first() {
            println!("  first failure: {first}");
        }
    }
}
