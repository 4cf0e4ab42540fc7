//! Lookup on 1,000,000 seeded people: per-keystroke work (p50/p99) beside a plain
//! `LIKE '%…%'` scan, start-to-first-results of a `kentro search` process, resident
//! memory of a process on the database, and recall over the labelled set.
//!
//! The database is `target/bench-1m.db`, seeded by the release binary on first run
//! (`kentro seed --count 1000000`, about a minute) and reused afterwards. At national
//! scale, `KENTRO_BENCH_PEOPLE=10000000` uses `target/bench-10m.db`, seeded with
//! `--people-only` (people and their keys, no history: about half an hour).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use kentro::search::{self, recall};
use kentro::store::Store;

/// How many people the bench runs among: `KENTRO_BENCH_PEOPLE`, else a million.
fn people() -> u64 {
    std::env::var("KENTRO_BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000)
}

/// What receptionists type, letter by letter (each prefix of each is one keystroke).
const TYPED: &[&str] = &[
    "papadop geo",
    "Παπαδόπουλος Γεώργιος",
    "ΧΑΤΖΗΔΑΚΗ",
    "xatzidaki eva",
    "karimi ahmad",
    "mohamed rezai",
    "Μοχάμεντ",
    "theodoropoulos hlias",
    "al hassan youssef",
    "nikolaou maria",
    "diallo mamadou",
    "ioannou",
    "ΚΑΡΑΓΙΑΝΝΗ ΕΙΡΗΝΗ",
    "stefanou fwteinh",
    "6944123456",
    "+30 694 412 3456",
    "k014",
    "papadopolous",
    // Names narrowed by a date of birth, typed as desks type them.
    "Παπαδόπουλος Γεώργιος 23/10/2002",
    "ntokos antonis 1987",
    "rezaei ali 45y",
    "23.10.85 nikolaou",
    "karimi fatemeh 10/2001",
];

/// Dates of birth typed alone (the people born that day).
const DATES_ALONE: &[&str] = &[
    "23/10/1985",
    "01/01/1990",
    "15-03-72",
    "2001-07-30",
    "12.12.1999",
    "05/05/2005",
    "31/12/1960",
    "14021988",
];

/// People drawn from the million for the namesakes set, and how many exact
/// namesakes each must have to count.
const NAMESAKE_SAMPLE: i64 = 1500;
const MIN_NAMESAKES: usize = 5;

fn binary() -> PathBuf {
    let exe = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/release/kentro");
    if !exe.exists() {
        let status = Command::new(env!("CARGO"))
            .args(["build", "--release", "--bin", "kentro"])
            .status()
            .expect("cargo build");
        assert!(status.success());
    }
    exe
}

fn database() -> PathBuf {
    let people = people();
    let name = format!("target/bench-{}m.db", people.div_ceil(1_000_000));
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    if !path.exists() {
        let status = Command::new(binary())
            .arg("--db")
            .arg(&path)
            .arg("init")
            .status()
            .expect("kentro init");
        assert!(status.success());
    }
    let count = Store::open(&path)
        .and_then(|s| s.count_people())
        .unwrap_or(0) as u64;
    if count < people {
        let mut seed = Command::new(binary());
        seed.arg("--db")
            .arg(&path)
            .args(["seed", "--count", &(people - count).to_string()]);
        if people > 1_000_000 {
            seed.arg("--people-only");
        }
        let status = seed.status().expect("kentro seed");
        assert!(status.success());
    }
    path
}

fn keystrokes() -> Vec<String> {
    let mut out = Vec::new();
    for typed in TYPED {
        let chars: Vec<char> = typed.chars().collect();
        for n in 1..=chars.len() {
            let prefix: String = chars[..n].iter().collect();
            if !prefix.ends_with(' ') {
                out.push(prefix);
            }
        }
    }
    out
}

fn process_memory(pid: u32) -> (u64, u64) {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap_or_default();
    let field = |name: &str| {
        status
            .lines()
            .find(|l| l.starts_with(name))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
    };
    (field("VmRSS:"), field("VmHWM:"))
}

fn search_process(db: &Path, query: &str) -> (Duration, u64) {
    let started = Instant::now();
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M"])
        .arg(binary())
        .arg("--db")
        .arg(db)
        .args(["search", query, "--limit", "10"])
        .output();
    let elapsed = started.elapsed();
    let peak_kb = out
        .ok()
        .and_then(|o| String::from_utf8(o.stderr).ok())
        .and_then(|e| e.lines().last().and_then(|l| l.trim().parse().ok()))
        .unwrap_or(0);
    (elapsed, peak_kb)
}

fn main() {
    println!("machine: {}", common::machine());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average at start: {}", load.trim());
    let db = database();
    let mut store = Store::open_or_create(&db).expect("open");
    let today = chrono::Local::now().date_naive();
    let ids = recall::install(&mut store, today).expect("recall people");
    println!("people: {}", store.count_people().unwrap_or(0));

    // Per keystroke: the engine, then the LIKE scan, on the same prefixes.
    let keys = keystrokes();
    // One pass first: a server's page cache holds the database in use, and the first
    // query to touch a name's pages after a restart or a migration is not what a desk
    // meets through the day.
    for q in &keys {
        let _ = search::search_on(&store, q, 20, today);
    }
    let mut engine = Vec::new();
    for q in &keys {
        let t = Instant::now();
        let hits = search::search_on(&store, q, 20, today).expect("search");
        engine.push(t.elapsed());
        std::hint::black_box(hits);
    }
    common::report(
        "lookup per keystroke (engine, 20 results)",
        &mut engine.clone(),
    );
    let mut slowest: Vec<(Duration, &String)> = engine.iter().copied().zip(keys.iter()).collect();
    slowest.sort_by_key(|s| std::cmp::Reverse(s.0));
    for (d, q) in slowest.iter().take(8) {
        println!("  slow: {:>8.2} ms  {q:?}", d.as_secs_f64() * 1000.0);
    }
    let mut like = Vec::new();
    // Every 4th prefix on the million; fewer at national scale (each scan reads it all).
    let step = if people() > 1_000_000 { 40 } else { 4 };
    for q in keys.iter().step_by(step) {
        let t = Instant::now();
        let found = store.people_like_scan(q, 20).expect("like");
        like.push(t.elapsed());
        std::hint::black_box(found);
    }
    common::report(
        "LIKE '%…%' scan, same prefixes (every 4th; every 40th past a million)",
        &mut like.clone(),
    );
    let p50 = |s: &mut [Duration]| common::percentile(s, 50.0).as_secs_f64();
    let p99 = |s: &mut [Duration]| common::percentile(s, 99.0).as_secs_f64();
    println!(
        "speed-up: p50 {:.0}x, p99 {:.0}x",
        p50(&mut like) / p50(&mut engine).max(1e-9),
        p99(&mut like) / p99(&mut engine).max(1e-9)
    );

    // A date alone: the people born that day.
    let mut dates = Vec::new();
    for _ in 0..5 {
        for q in DATES_ALONE {
            let t = Instant::now();
            let hits = search::search_on(&store, q, 20, today).expect("search");
            dates.push(t.elapsed());
            std::hint::black_box(hits);
        }
    }
    common::report("a date of birth alone (20 results)", &mut dates);

    // A `kentro search` process from start to results, and its memory.
    let _ = search_process(&db, "papadop");
    let mut starts = Vec::new();
    let mut peak = 0;
    for q in [
        "papadop geo",
        "karimi ahmad",
        "6944123456",
        "Μοχάμεντ",
        "xatz eva",
    ] {
        let (elapsed, kb) = search_process(&db, q);
        starts.push(elapsed);
        peak = peak.max(kb);
    }
    common::report("kentro search process, start to results", &mut starts);
    println!("kentro search peak RSS: {:.1} MB", peak as f64 / 1024.0);

    // This (desk-like) process after all of the above.
    let (rss, hwm) = process_memory(std::process::id());
    println!(
        "bench process on the database: VmRSS {:.1} MB, VmHWM {:.1} MB",
        rss as f64 / 1024.0,
        hwm as f64 / 1024.0
    );

    // Recall over the labelled set, among the million.
    let results = recall::evaluate(&store, &ids, today, 5).expect("recall");
    let (first, top5) = recall::shares(&results);
    println!(
        "recall ({} queries): first {:.1}%, top 5 {:.1}%",
        results.len(),
        first * 100.0,
        top5 * 100.0
    );
    for r in results.iter().filter(|r| r.rank != Some(1)) {
        println!(
            "  not first: {} / {} {:?}: {:?}",
            r.query.label, r.query.case, r.query.query, r.rank
        );
    }
    namesakes_recall(&store, today);
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average at end: {}", load.trim());
}

/// Recall among namesakes: people of the million who share their name with at least
/// [`MIN_NAMESAKES`] others, queried by name and year, date (some with entry errors),
/// father's name, and name alone.
fn namesakes_recall(store: &Store, today: chrono::NaiveDate) {
    use kentro::search::namesakes::{self, Case};
    let people = store.count_people().unwrap_or(0).max(1);
    let stride = (people / NAMESAKE_SAMPLE).max(1);
    let sample: Vec<i64> = (0..NAMESAKE_SAMPLE).map(|i| 1 + i * stride).collect();
    let started = Instant::now();
    let queries = namesakes::build(store, &sample, MIN_NAMESAKES, today).expect("namesakes");
    let ranks = namesakes::evaluate(store, &queries, 5, today).expect("namesakes");
    let labelled: std::collections::HashSet<i64> = queries.iter().map(|q| q.person_id).collect();
    let mean_namesakes =
        queries.iter().map(|q| q.namesakes).sum::<usize>() as f64 / queries.len().max(1) as f64;
    println!(
        "namesakes: {} people with {MIN_NAMESAKES}+ exact namesakes (mean {mean_namesakes:.0}), {} queries, {:.1} s",
        labelled.len(),
        queries.len(),
        started.elapsed().as_secs_f64()
    );
    for case in Case::ALL {
        let (n, first, top5) = namesakes::shares(&queries, &ranks, case, false);
        let (nd, dfirst, dtop5) = namesakes::shares(&queries, &ranks, case, true);
        println!(
            "  {}: {n} queries: first {:.1}%, top 5 {:.1}%; decidable {nd}: first {:.1}%, top 5 {:.1}%",
            case.name(),
            first * 100.0,
            top5 * 100.0,
            dfirst * 100.0,
            dtop5 * 100.0
        );
    }
    for (q, r) in queries
        .iter()
        .zip(&ranks)
        .filter(|(q, r)| q.decidable && q.case != Case::NameOnly && **r != Some(1))
    {
        println!("  not first: {:?} {:?}: {r:?}", q.case, q.query);
    }
}
