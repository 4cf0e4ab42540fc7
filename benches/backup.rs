//! Backup of the 1,000,000-person database: with nobody writing, then while 10
//! processes write as fast as they can (a new ticket each time, back to back). Target:
//! the busy backup finishes in at most 3x the idle time. Beside it, the plain way:
//! SQLite's online backup in steps of 256 pages, which restarts whenever the source
//! changes (stopped after 3x the idle time if it has not finished;
//! KENTRO_BENCH_PLAIN_LIMIT=N for N times).
//!
//! The database is `target/bench-1m.db` (seeded on first run, shared with the lookup
//! benchmark). `cargo bench --bench backup`; KENTRO_BENCH_PEOPLE for another size
//! (then `target/bench-N.db`). The benchmark runs itself as the writers.

mod common;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use kentro::store::{NewTicket, Stamp, Store};

const WRITERS: usize = 10;

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

fn database(people: u64) -> PathBuf {
    let name = if people == 1_000_000 {
        "target/bench-1m.db".to_string()
    } else {
        format!("target/bench-{people}.db")
    };
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(name);
    let count = Store::open_or_create(&path)
        .and_then(|s| s.count_people())
        .unwrap_or(0) as u64;
    if count < people {
        let status = Command::new(binary())
            .arg("--db")
            .arg(&path)
            .args([
                "seed",
                "--people-only",
                "--count",
                &(people - count).to_string(),
            ])
            .status()
            .expect("kentro seed");
        assert!(status.success());
    }
    path
}

/// A writer process: new tickets back to back until its standard input closes;
/// prints how many it wrote.
fn writer(db: &Path) {
    let mut store = Store::open_or_create(db).expect("open");
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let flag = stop.clone();
    std::thread::spawn(move || {
        let mut line = String::new();
        let _ = std::io::stdin().read_line(&mut line);
        flag.store(true, std::sync::atomic::Ordering::SeqCst);
    });
    println!("ready");
    std::io::stdout().flush().unwrap();
    let mut written = 0u64;
    while !stop.load(std::sync::atomic::Ordering::SeqCst) {
        let ticket = NewTicket {
            service_id: kea,
            label: "bench".into(),
            ..NewTicket::default()
        };
        if store.create_ticket(&ticket, &Stamp::now("bench")).is_ok() {
            written += 1;
        }
    }
    println!("{written}");
}

fn start_writers(db: &Path) -> Vec<(Child, BufReader<std::process::ChildStdout>)> {
    let exe = std::env::current_exe().unwrap();
    let mut writers: Vec<_> = (0..WRITERS)
        .map(|_| {
            let mut child = Command::new(&exe)
                .arg("writer")
                .arg(db)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap();
            let out = BufReader::new(child.stdout.take().unwrap());
            (child, out)
        })
        .collect();
    for (_, out) in &mut writers {
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready");
    }
    writers
}

fn stop_writers(writers: Vec<(Child, BufReader<std::process::ChildStdout>)>) -> u64 {
    let mut total = 0;
    for (mut child, mut out) in writers {
        drop(child.stdin.take());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        total += line.trim().parse::<u64>().unwrap_or(0);
        child.wait().unwrap();
    }
    total
}

fn timed_backup(store: &Store, target: &Path) -> Duration {
    let start = Instant::now();
    let health = store.backup_to(target).expect("backup");
    assert!(health.is_ok());
    let took = start.elapsed();
    std::fs::remove_file(target).unwrap();
    took
}

/// SQLite's online backup, the plain way; gives up after `limit`.
fn plain_backup(db: &Path, target: &Path, limit: Duration) -> Option<Duration> {
    let source = rusqlite::Connection::open(db).unwrap();
    let mut dest = rusqlite::Connection::open(target).unwrap();
    let backup = rusqlite::backup::Backup::new(&source, &mut dest).unwrap();
    let start = Instant::now();
    loop {
        match backup.step(256).unwrap() {
            rusqlite::backup::StepResult::Done => break,
            _ if start.elapsed() > limit => return None,
            _ => std::thread::sleep(Duration::from_millis(5)),
        }
    }
    let took = start.elapsed();
    drop(backup);
    drop(dest);
    std::fs::remove_file(target).unwrap();
    Some(took)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("writer") {
        writer(Path::new(&args[2]));
        return;
    }
    println!("machine: {}", common::machine());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average: {}", load.trim());
    let people = std::env::var("KENTRO_BENCH_PEOPLE")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000_000);
    let db = database(people);
    let bytes = std::fs::metadata(&db).map(|m| m.len()).unwrap_or(0);
    let store = Store::open_or_create(&db).unwrap();
    let dir = tempfile::tempdir_in(db.parent().unwrap()).unwrap();
    let target = dir.path().join("copy.db");

    // KENTRO_BENCH_PLAIN_LIMIT: when the plain way is stopped, in multiples of the idle
    // time (3 by default: the target; past it the plain way has failed already).
    let limit: u32 = std::env::var("KENTRO_BENCH_PLAIN_LIMIT")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(3);
    let idle = timed_backup(&store, &target);
    println!(
        "backup of {people} people ({} MB), nobody writing: {:.2} s",
        bytes / 1_000_000,
        idle.as_secs_f64()
    );
    let writers = start_writers(&db);
    let busy = timed_backup(&store, &target);
    println!(
        "  the same while {WRITERS} processes write: {:.2} s ({:.2}x idle)",
        busy.as_secs_f64(),
        busy.as_secs_f64() / idle.as_secs_f64(),
    );
    let plain = plain_backup(&db, &target, idle * limit);
    let written = stop_writers(writers);
    match plain {
        Some(took) => println!(
            "  plain online backup with writers: {:.2} s",
            took.as_secs_f64()
        ),
        None => println!(
            "  plain online backup with writers: not finished after {:.1} s ({limit}x idle)",
            (idle * limit).as_secs_f64()
        ),
    }
    println!("  {written} tickets written meanwhile");
}
