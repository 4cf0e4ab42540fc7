//! Appointments from the command line, and several desks booking at once.

use super::*;

use std::process::Output;

use super::common::cli::Cli as Env;

impl Env {
    /// A new database, commands in English.
    fn new() -> Env {
        Env::bare().lang("en").env("USER", "tester").created()
    }
}

/// `kentro appointments book --service SERVICE --at AT --name NAME`, then `more`.
fn book(env: &Env, service: &str, at: &str, name: &str, more: &[&str]) -> Output {
    let args = [
        "appointments",
        "book",
        "--service",
        service,
        "--at",
        at,
        "--name",
        name,
    ];
    env.run(&[&args[..], more].concat())
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A Tuesday far enough ahead that the real clock never reaches it during the test.
const FUTURE: &str = "2030-01-08";

#[test]
fn book_list_cancel_from_the_command_line() {
    let env = Env::new();
    let at = format!("{FUTURE} 10:00");
    let out = book(&env, "kea", &at, "Karimi", &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let id = text(&out.stdout).trim().to_string();
    assert!(id.parse::<i64>().is_ok(), "prints the id: {id:?}");

    let out = book(&env, "kea", &at, "Diallo", &[]);
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("That slot is full"), "{err}");
    assert!(
        err.contains(&format!("{FUTURE} 10:30")),
        "offers free slots: {err}"
    );

    let out = env.run(&["appointments", "list", "--date", FUTURE, "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["state"], "booked");
    assert_eq!(list[0]["starts_at"], format!("{FUTURE}T10:00:00"));
    assert_eq!(list[0]["minutes"], 30);
    assert!(
        !text(&out.stdout).contains("Karimi"),
        "no names in the list"
    );

    let out = env.run(&["appointments", "cancel", &id, "--reason", ""]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("needs a reason"));
    let out = env.run(&["appointments", "cancel", &id, "--reason", "moved away"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = book(&env, "kea", &at, "Diallo", &["--minutes", "60"]);
    assert!(
        out.status.success(),
        "the cancelled slot is free: {}",
        text(&out.stderr)
    );

    let out = book(&env, "kea", "2030-01-06 10:00", "X", &[]);
    assert!(
        text(&out.stderr).contains("closed"),
        "a Sunday: {}",
        text(&out.stderr)
    );
    let out = book(&env, "kea", "tomorrow", "X", &[]);
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("YYYY-MM-DD HH:MM"));
}

#[test]
fn two_desks_booking_the_same_slot_at_once_get_one_booking() {
    let env = Env::new();
    // Create the database first so the race is about booking, not about migrating.
    assert!(env.run(&["appointments", "list"]).status.success());
    let at = format!("{FUTURE} 11:00");
    for round in 0..3 {
        let names: Vec<String> = (0..6).map(|i| format!("walk-in {round}-{i}")).collect();
        let runs: Vec<Vec<&str>> = names
            .iter()
            .map(|name| {
                let book = ["appointments", "book", "--service", "legal", "--at"];
                [&book[..], &[&at, "--name", name]].concat()
            })
            .collect();
        let outputs = env.at_once(&runs);
        let won = outputs.iter().filter(|o| o.status.success()).count();
        assert_eq!(won, usize::from(round == 0), "round {round}");
        for o in outputs.iter().filter(|o| !o.status.success()) {
            assert!(text(&o.stderr).contains("full"), "{}", text(&o.stderr));
        }
    }
}

#[test]
fn one_person_booked_by_several_desks_at_once_is_never_booked_twice() {
    let env = Env::new();
    let mut store = Store::open_or_create(&env.db()).unwrap();
    let id = person(&mut store, "Rezaei", "6911111111").to_string();
    drop(store);
    // Four desks, four services, the same person at overlapping times.
    let services = ["kea", "legal", "social", "psych"];
    let times = ["09:00", "09:15", "09:30", "09:00"];
    let ats: Vec<String> = times
        .iter()
        .map(|time| format!("{FUTURE} {time}"))
        .collect();
    let runs: Vec<Vec<&str>> = services
        .iter()
        .zip(&ats)
        .map(|(service, at)| {
            let book = ["appointments", "book", "--service"];
            [&book[..], &[service, "--at", at, "--person", &id]].concat()
        })
        .collect();
    let outputs = env.at_once(&runs);
    let store = Store::open_or_create(&env.db()).unwrap();
    let booked = store
        .appointments_on(NaiveDate::from_ymd_opt(2030, 1, 8).unwrap())
        .unwrap();
    for (i, a) in booked.iter().enumerate() {
        for b in &booked[i + 1..] {
            assert!(
                a.ends_at() <= b.starts_at || b.ends_at() <= a.starts_at,
                "overlap: {a:?} {b:?}"
            );
        }
    }
    let won = outputs.iter().filter(|o| o.status.success()).count();
    assert_eq!(won, booked.len());
    assert!(
        (1..=2).contains(&won),
        "09:00/09:30 can both go, never more: {won}"
    );
    for o in outputs.iter().filter(|o| !o.status.success()) {
        assert!(
            text(&o.stderr).contains("already has an appointment"),
            "{}",
            text(&o.stderr)
        );
    }
}
