//! Queue benchmarks: 32 processes calling next at once on 2,000 waiting tickets, and
//! drawing the queue screen with 500 tickets.
//!
//! `cargo bench --bench queue`

mod common;

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chrono::TimeDelta;
use kentro::app::AppContext;
use kentro::i18n::Lang;
use kentro::keymap::Keymap;
use kentro::store::{NewTicket, Stamp, Store};
use kentro::ui::{ScreenId, Shell, Theme};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PROCESSES: usize = 32;
const TICKETS: i64 = 2_000;

fn fill(store: &mut Store, n: i64) {
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let now = chrono::Local::now().naive_local();
    for i in 0..n {
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    label: format!("walk-in {i}"),
                    priority: if i % 7 == 0 {
                        vec![kentro::domain::codes::Vulnerability::Elderly]
                    } else {
                        vec![]
                    },
                    ..NewTicket::default()
                },
                &Stamp {
                    at: now - TimeDelta::seconds(n - i),
                    operator: "bench".into(),
                },
            )
            .unwrap();
    }
}

fn contention() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    fill(&mut Store::open_or_create(&db).unwrap(), TICKETS);
    let start = Instant::now();
    let children: Vec<_> = (0..PROCESSES)
        .map(|desk| {
            Command::new(env!("CARGO_BIN_EXE_kentro"))
                .arg("--db")
                .arg(&db)
                .args(["queue", "call-loop", "--desk", &(desk + 1).to_string()])
                .args(["--count", "100000"])
                .env("KENTRO_CONFIG", dir.path().join("none.toml"))
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut seen = HashSet::new();
    let mut samples = Vec::new();
    let mut failures = 0;
    for child in children {
        let out = child.wait_with_output().unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        if !out.status.success() || err.contains("locked") {
            failures += 1;
            eprintln!("a desk failed: {err}");
        }
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let mut parts = line.split('\t');
            let number = parts.next().unwrap_or_default().to_string();
            let micros: u64 = parts.next().and_then(|m| m.parse().ok()).unwrap_or(0);
            assert!(seen.insert(number.clone()), "{number} claimed twice");
            samples.push(Duration::from_micros(micros));
        }
    }
    let wall = start.elapsed();
    assert_eq!(
        seen.len() as i64,
        TICKETS,
        "every ticket claimed exactly once"
    );
    assert_eq!(failures, 0, "no desk failed (no \"database is locked\")");
    common::report(
        &format!("call next, {PROCESSES} processes, {TICKETS} waiting"),
        &mut samples,
    );
    println!(
        "  all {TICKETS} claimed once in {:.2} s wall time, 0 errors",
        wall.as_secs_f64()
    );
}

fn render() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    fill(&mut store, 500);
    let ctx = AppContext {
        operator: "bench".into(),
        desk: Some(2),
        lang: Lang::El,
        db_label: "bench".into(),
        keymap: None,
        theme: None,
        ascii_borders: false,
        print_command: None,
        clock: kentro::clock::Clock::wall(),
    };
    let mut shell = Shell::new(
        &ctx,
        Keymap::builtin().unwrap(),
        Theme::ansi16(),
        chrono::Local::now().naive_local(),
    );
    shell.open(ScreenId::Queue, &mut store);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let mut samples = Vec::new();
    for _ in 0..2_000 {
        let start = Instant::now();
        terminal.draw(|f| shell.draw(f)).unwrap();
        samples.push(start.elapsed());
    }
    common::report("draw queue screen, 500 tickets, 80x24", &mut samples);
}

fn main() {
    println!("machine: {}", common::machine());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average: {}", load.trim());
    render();
    contention();
}
