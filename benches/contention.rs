//! Write contention: 50 processes each issuing 40 queue writes back to back (a new
//! ticket, then calling the next one, alternately) on one database, three ways:
//! kentro's writers taking turns (`store::turns`, first come first served) with its
//! own busy wait; the same wait without turns (unordered); and SQLite's default busy
//! handler. Every write is timed inside its process (open excluded); every claimed
//! ticket must be distinct and no write may fail.
//!
//! `cargo bench --bench contention` (KENTRO_BENCH_HANDLERS=kentro,unordered,sqlite
//! picks which run, in that order; KENTRO_BENCH_PROCESSES the number of writers)
//!
//! The benchmark runs itself as the worker processes (`contention worker DB MODE`).

mod common;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use kentro::store::{NewTicket, Stamp, Store};

const PROCESSES_DEFAULT: usize = 50;
const WRITES: usize = 40;

fn worker(db: &Path, mode: &str) {
    let mut store = Store::open(db).expect("open");
    match mode {
        "sqlite" => store.use_sqlite_busy_handler().expect("handler"),
        "unordered" => store.write_without_turns(),
        _ => {}
    }
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let mut out = std::io::stdout().lock();
    writeln!(out, "ready").unwrap();
    out.flush().unwrap();
    // Wait for the go line, so that every process starts writing at once.
    let mut line = String::new();
    std::io::stdin().read_line(&mut line).unwrap();
    for i in 0..WRITES {
        let stamp = Stamp::now("bench");
        let start = Instant::now();
        let result = if i % 2 == 0 {
            store
                .create_ticket(
                    &NewTicket {
                        service_id: kea,
                        label: "walk-in".into(),
                        ..NewTicket::default()
                    },
                    &stamp,
                )
                .map(|_| String::new())
        } else {
            store
                .call_next(stamp.at.date(), Some(1), &[], &stamp)
                .map(|t| t.map(|t| t.number).unwrap_or_default())
        };
        let micros = start.elapsed().as_micros();
        match result {
            Ok(claimed) => writeln!(out, "{micros}\t{claimed}").unwrap(),
            Err(e) => writeln!(out, "error\t{e}").unwrap(),
        }
    }
}

fn run(mode: &str) {
    // KENTRO_BENCH_PROCESSES changes the number of writers (50 by default).
    let processes = std::env::var("KENTRO_BENCH_PROCESSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(PROCESSES_DEFAULT);
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::open_or_create(&db).unwrap());
    let exe = std::env::current_exe().unwrap();
    let mut children: Vec<_> = (0..processes)
        .map(|_| {
            Command::new(&exe)
                .arg("worker")
                .arg(&db)
                .arg(mode)
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut readers: Vec<_> = children
        .iter_mut()
        .map(|c| BufReader::new(c.stdout.take().unwrap()))
        .collect();
    for reader in &mut readers {
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert_eq!(line.trim(), "ready");
    }
    let start = Instant::now();
    for child in &mut children {
        writeln!(child.stdin.as_mut().unwrap(), "go").unwrap();
    }
    let mut samples = Vec::new();
    let mut claimed = HashSet::new();
    let mut errors = 0;
    for (mut child, reader) in children.into_iter().zip(readers) {
        for line in reader.lines() {
            let line = line.unwrap();
            let (first, second) = line.split_once('\t').unwrap_or((&line, ""));
            if first == "error" {
                errors += 1;
                eprintln!("a write failed: {second}");
                continue;
            }
            samples.push(Duration::from_micros(first.parse().unwrap()));
            if !second.is_empty() {
                assert!(claimed.insert(second.to_string()), "{second} claimed twice");
            }
        }
        assert!(child.wait().unwrap().success());
    }
    let wall = start.elapsed();
    common::report(
        &format!("{processes} processes x {WRITES} queue writes, {mode} busy handler"),
        &mut samples,
    );
    println!(
        "  {} tickets claimed, each once; {errors} errors; {:.2} s wall time",
        claimed.len(),
        wall.as_secs_f64()
    );
    if mode != "sqlite" {
        assert_eq!(errors, 0, "no write failed");
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("worker") {
        worker(Path::new(&args[2]), &args[3]);
        return;
    }
    println!("machine: {}", common::machine());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average: {}", load.trim());
    let handlers =
        std::env::var("KENTRO_BENCH_HANDLERS").unwrap_or("kentro,unordered,sqlite".into());
    for mode in handlers.split(',') {
        run(mode);
    }
}
