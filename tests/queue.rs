//! The queue in the store, from the command line, across processes and in a pty.

mod common;

use std::collections::HashSet;
use std::process::Command;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, TimeDelta};
use kentro::domain::codes::{TicketState, Vulnerability};
use kentro::domain::queue::{Move, QueueSettings, order_key};
use kentro::store::{NewTicket, Stamp, Store, StoreError};

fn at(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15)
        .unwrap()
        .and_hms_opt(h, m, 0)
        .unwrap()
}

fn stamp_at(at: NaiveDateTime) -> Stamp {
    Stamp {
        at,
        operator: "maria.k".into(),
    }
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    (dir, store)
}

fn line(store: &Store, code: &str) -> i64 {
    store.service_by_code(code).unwrap().unwrap().id
}

#[test]
fn a_new_database_has_the_usual_service_lines() {
    let (_dir, store) = fresh();
    let lines = store.queue_lines().unwrap();
    let codes: Vec<_> = lines.iter().map(|s| s.code.as_str()).collect();
    for code in ["reception", "kea", "legal", "social"] {
        assert!(codes.contains(&code), "{codes:?}");
    }
    assert!(lines.iter().all(|s| !s.ticket_prefix.is_empty()));
    assert_eq!(store.queue_settings().unwrap(), QueueSettings::default());
}

#[test]
fn numbers_go_up_per_prefix_and_restart_each_day() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let reception = line(&store, "reception");
    let new = |service_id| NewTicket {
        service_id,
        label: "walk-in".into(),
        ..NewTicket::default()
    };
    let n = |store: &mut Store, s, at| store.create_ticket(&new(s), &stamp_at(at)).unwrap().number;
    assert_eq!(n(&mut store, kea, at(9, 0)), "Κ001");
    assert_eq!(n(&mut store, kea, at(9, 1)), "Κ002");
    assert_eq!(n(&mut store, reception, at(9, 2)), "Α001");
    // A prefix that starts another (Α, ΑΣ) keeps its own numbers.
    let mut asylum = store.service(reception).unwrap().unwrap();
    asylum.id = 0;
    asylum.code = "asylum".into();
    asylum.ticket_prefix = "ΑΣ".into();
    let asylum = store
        .save_service_line(&asylum, &stamp_at(at(9, 3)))
        .unwrap();
    assert_eq!(n(&mut store, asylum, at(9, 4)), "ΑΣ001");
    assert_eq!(n(&mut store, reception, at(9, 5)), "Α002");
    let tomorrow = at(9, 0) + TimeDelta::days(1);
    assert_eq!(n(&mut store, kea, tomorrow), "Κ001");
}

#[test]
fn call_next_follows_the_domain_order_and_records_events() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let settings = store.queue_settings().unwrap();
    let mut made = Vec::new();
    for (i, (minute, priority, urgent)) in [
        (0, false, false),
        (5, true, false),
        (10, false, false),
        (40, true, false),
        (50, false, true),
        (55, false, false),
    ]
    .into_iter()
    .enumerate()
    {
        let t = store
            .create_ticket(
                &NewTicket {
                    service_id: if i % 2 == 0 { kea } else { legal },
                    priority: if priority {
                        vec![Vulnerability::Pregnancy]
                    } else {
                        vec![]
                    },
                    urgent,
                    ..NewTicket::default()
                },
                &stamp_at(at(9, minute)),
            )
            .unwrap();
        made.push(t);
    }
    let mut expected = made.clone();
    expected.sort_by_key(|t| order_key(t, None, &settings));
    let listed: Vec<_> = store
        .waiting_in_order(at(9, 0).date())
        .unwrap()
        .into_iter()
        .map(|t| t.number)
        .collect();
    let expected: Vec<_> = expected.into_iter().map(|t| t.number).collect();
    assert_eq!(listed, expected);
    let mut called = Vec::new();
    while let Some(t) = store
        .call_next(at(9, 0).date(), Some(2), &[], &stamp_at(at(10, 0)))
        .unwrap()
    {
        assert_eq!((t.state, t.desk), (TicketState::Called, Some(2)));
        let history = store.ticket_history(t.id).unwrap();
        let last = history.last().unwrap();
        assert_eq!(
            (
                last.from_state,
                last.to_state,
                last.desk,
                last.operator.as_str()
            ),
            (
                Some(TicketState::Waiting),
                TicketState::Called,
                Some(2),
                "maria.k"
            )
        );
        called.push(t.number);
    }
    assert_eq!(called, expected);
    // Only the desk's own lines.
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                ..NewTicket::default()
            },
            &stamp_at(at(11, 0)),
        )
        .unwrap();
    assert!(
        store
            .call_next(t.day, Some(3), &[legal], &stamp_at(at(11, 1)))
            .unwrap()
            .is_none()
    );
    assert_eq!(
        store
            .call_next(t.day, Some(3), &[kea], &stamp_at(at(11, 1)))
            .unwrap()
            .map(|t| t.number),
        Some(t.number)
    );
}

#[test]
fn transitions_keep_history_check_versions_and_transfer_refers() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let person = kentro::domain::person::Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        ..Default::default()
    };
    let person_id = store.insert_person(&person, &stamp_at(at(8, 0))).unwrap();
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                person_id: Some(person_id),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 0)),
        )
        .unwrap();
    let t = store
        .call_next(t.day, Some(1), &[], &stamp_at(at(9, 5)))
        .unwrap()
        .unwrap();
    // A stale version is refused, not overwritten.
    assert!(matches!(
        store.move_ticket(
            t.id,
            t.version - 1,
            Move::Start,
            Some(1),
            &stamp_at(at(9, 6))
        ),
        Err(StoreError::Conflict { .. })
    ));
    // A move the state machine forbids is refused.
    assert!(
        store
            .move_ticket(t.id, t.version, Move::Call, Some(1), &stamp_at(at(9, 6)))
            .is_err()
    );
    let t = store
        .move_ticket(t.id, t.version, Move::Recall, Some(1), &stamp_at(at(9, 7)))
        .unwrap();
    assert_eq!(t.called_at, Some(at(9, 7)));
    let t = store
        .move_ticket(t.id, t.version, Move::Start, Some(1), &stamp_at(at(9, 8)))
        .unwrap();
    let t = store
        .transfer_ticket(t.id, t.version, legal, &stamp_at(at(9, 20)))
        .unwrap();
    assert_eq!(
        (t.state, t.service_id, t.desk),
        (TicketState::Waiting, legal, None)
    );
    assert_eq!(t.number, "Κ001", "a transferred ticket keeps its number");
    let referrals = store.referrals_of(person_id).unwrap();
    assert_eq!(referrals.len(), 1);
    assert_eq!(
        (referrals[0].service_id, referrals[0].ticket_id),
        (legal, Some(t.id))
    );
    let t = store
        .call_next(t.day, Some(4), &[legal], &stamp_at(at(9, 30)))
        .unwrap()
        .unwrap();
    let t = store
        .move_ticket(t.id, t.version, Move::Finish, Some(4), &stamp_at(at(9, 50)))
        .unwrap();
    assert_eq!(t.state, TicketState::Done);
    assert_eq!(t.finished_at, Some(at(9, 50)));
    let states: Vec<_> = store
        .ticket_history(t.id)
        .unwrap()
        .iter()
        .map(|e| e.to_state)
        .collect();
    use TicketState::*;
    assert_eq!(
        states,
        vec![Waiting, Called, Called, InService, Waiting, Called, Done]
    );
}

#[test]
fn check_in_no_show_and_end_of_day() {
    let (_dir, mut store) = fresh();
    let legal = line(&store, "legal");
    let s = stamp_at(at(8, 0));
    let mk = |starts_at| kentro::domain::records::Appointment {
        label: "Karimi".into(),
        note: "interview".into(),
        ..kentro::domain::records::Appointment::booked(legal, starts_at, 30, "sofia.m")
    };
    let a1 = store.insert_appointment(&mk(at(10, 30)), &s).unwrap();
    let a2 = store.insert_appointment(&mk(at(11, 10)), &s).unwrap();
    let ticket = store.check_in(a1, 1, &stamp_at(at(10, 20))).unwrap();
    assert_eq!(ticket.appointment_id, Some(a1));
    assert_eq!(ticket.state, TicketState::Waiting);
    assert!(matches!(
        store.check_in(a1, 2, &stamp_at(at(10, 21))),
        Err(kentro::store::BookingError::Refused(
            kentro::domain::appointments::Refusal::NotBooked
        ))
    ));
    store.mark_no_show(a2, 1, &stamp_at(at(11, 40))).unwrap();
    let kea = line(&store, "kea");
    for m in 0..3 {
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    ..NewTicket::default()
                },
                &stamp_at(at(12, m)),
            )
            .unwrap();
    }
    let closed = store
        .close_day(at(17, 0).date(), &stamp_at(at(17, 0)))
        .unwrap();
    assert_eq!(closed, 4);
    let tickets = store.tickets_on(at(17, 0).date()).unwrap();
    assert!(tickets.iter().all(|t| t.state == TicketState::NotSeen));
    for t in &tickets {
        let h = store.ticket_history(t.id).unwrap();
        assert_eq!(h.len(), 2, "history kept and added to");
    }
    let states: Vec<_> = store
        .appointments_on(at(9, 0).date())
        .unwrap()
        .iter()
        .map(|a| a.state)
        .collect();
    use kentro::domain::codes::AppointmentState::*;
    assert_eq!(states, vec![CheckedIn, NoShow]);
}

#[test]
fn service_lines_are_edited_with_version_checks() {
    let (_dir, mut store) = fresh();
    let mut kea = store.service_by_code("kea").unwrap().unwrap();
    kea.ticket_prefix = "ΚΕ".into();
    store.save_service_line(&kea, &stamp_at(at(9, 0))).unwrap();
    assert_eq!(
        store.service_by_code("kea").unwrap().unwrap().ticket_prefix,
        "ΚΕ"
    );
    // The same edit again carries a stale version.
    assert!(matches!(
        store.save_service_line(&kea, &stamp_at(at(9, 1))),
        Err(StoreError::Conflict { .. })
    ));
    let mut legal = store.service_by_code("legal").unwrap().unwrap();
    legal.code = "reception".into();
    assert!(matches!(
        store.save_service_line(&legal, &stamp_at(at(9, 1))),
        Err(StoreError::Duplicate { .. })
    ));
}

fn kentro(db: &std::path::Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(db)
        .args(args)
        .env("USER", "tester")
        .env("KENTRO_CONFIG", db.with_extension("no-config.toml"))
        .env_remove("KENTRO_DB")
        .output()
        .unwrap()
}

#[test]
fn cli_services_add_call_list_close_day() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::create(&db).unwrap());
    let out = kentro(&db, &["queue", "services", "--json"]);
    assert!(out.status.success());
    let lines: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        lines
            .as_array()
            .unwrap()
            .iter()
            .any(|l| l["code"] == "kea" && l["prefix"] == "Κ")
    );
    let out = kentro(
        &db,
        &[
            "queue",
            "add",
            "--service",
            "kea",
            "--priority",
            "pregnancy",
            "--note",
            "twins",
        ],
    );
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Κ001");
    let out = kentro(&db, &["queue", "add", "--service", "nope"]);
    assert!(!out.status.success());
    let out = kentro(
        &db,
        &["queue", "add", "--service", "kea", "--priority", "tall"],
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown priority flag"));
    let out = kentro(&db, &["queue", "list", "--json"]);
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(list[0]["number"], "Κ001");
    assert_eq!(list[0]["state"], "waiting");
    assert_eq!(list[0]["service"], "kea");
    assert_eq!(list[0]["priority"][0], "pregnancy");
    assert!(list[0]["minutes_waited"].is_i64());
    let out = kentro(&db, &["queue", "call", "--desk", "3"]);
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "Κ001");
    let out = kentro(&db, &["queue", "call", "--desk", "3"]);
    assert_eq!(out.status.code(), Some(3));
    kentro(&db, &["queue", "add", "--service", "legal"]);
    let out = kentro(&db, &["queue", "close-day"]);
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("1 waiting"));
}

#[test]
fn eight_processes_never_claim_the_same_ticket() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let tickets = 200;
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let kea = line(&store, "kea");
        let now = chrono::Local::now().naive_local();
        store.batch(&stamp_at(now), |_| Ok(())).unwrap();
        for i in 0..tickets {
            store
                .create_ticket(
                    &NewTicket {
                        service_id: kea,
                        ..NewTicket::default()
                    },
                    &stamp_at(now - TimeDelta::seconds(tickets - i)),
                )
                .unwrap();
        }
    }
    let children: Vec<_> = (0..8)
        .map(|desk| {
            Command::new(env!("CARGO_BIN_EXE_kentro"))
                .arg("--db")
                .arg(&db)
                .args([
                    "queue",
                    "call-loop",
                    "--desk",
                    &desk.to_string(),
                    "--count",
                    "100",
                ])
                .env("USER", "tester")
                .env("KENTRO_CONFIG", dir.path().join("none.toml"))
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut seen = HashSet::new();
    for child in children {
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        for line in String::from_utf8_lossy(&out.stdout).lines() {
            let number = line.split('\t').next().unwrap().to_string();
            assert!(seen.insert(number.clone()), "{number} claimed twice");
        }
    }
    assert_eq!(seen.len(), tickets as usize, "every ticket claimed once");
    let store = Store::open_or_create(&db).unwrap();
    let today = chrono::Local::now().date_naive();
    assert!(
        store
            .tickets_on(today)
            .unwrap()
            .iter()
            .all(|t| t.state == TicketState::Called)
    );
}

#[test]
fn end_to_end_add_call_finish_and_another_desk_sees_it_live() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::create(&db).unwrap());
    let cfg = dir.path().join("none.toml");
    let args = |desk: &str| -> Vec<std::ffi::OsString> {
        vec![
            "--db".into(),
            db.clone().into(),
            "--lang".into(),
            "en".into(),
            "--desk".into(),
            desk.into(),
        ]
    };
    let _ = cfg;
    let other = tempfile::tempdir().unwrap();
    let a_args = args("2");
    let b_args = args("5");
    let refs = |v: &Vec<std::ffi::OsString>| {
        v.iter()
            .map(|s| s.as_os_str().to_owned())
            .collect::<Vec<_>>()
    };
    let a_owned = refs(&a_args);
    let b_owned = refs(&b_args);
    let a_refs: Vec<&std::ffi::OsStr> = a_owned.iter().map(|s| s.as_os_str()).collect();
    let b_refs: Vec<&std::ffi::OsStr> = b_owned.iter().map(|s| s.as_os_str()).collect();
    let mut desk_a = common::App::spawn(dir, &a_refs, "xterm-256color");
    let mut desk_b = common::App::spawn(other, &b_refs, "xterm-256color");
    desk_a.wait_for("Nobody in today's queue");
    desk_b.wait_for("Nobody in today's queue");
    // Desk A: n, type the service, Enter.
    desk_a.send(b"n");
    desk_a.wait_for("New ticket");
    desk_a.send("kea".as_bytes());
    desk_a.wait_for("→ Κ KEA applications");
    desk_a.send(b"\t");
    desk_a.send("Rezaei".as_bytes());
    desk_a.send(b"\r");
    desk_a.wait_for("Ticket Κ001 issued");
    // Desk B sees it within a second or two, with no key pressed.
    desk_b.wait_for("Κ001");
    desk_b.wait_for("Rezaei");
    // Desk A calls it (F6), starts and finishes.
    desk_a.send(b"\x1b[17~");
    desk_a.wait_for("Called Κ001 to desk 2");
    desk_b.wait_for("called → 2");
    desk_a.send(b"s");
    desk_a.wait_for("Κ001: in service");
    desk_a.send(b"d");
    desk_a.wait_for("Κ001: done");
    desk_b.wait_for("Done 1");
    for app in [&mut desk_a, &mut desk_b] {
        app.send(b"\x11");
        assert!(app.wait_exit(Duration::from_secs(5)).is_some());
        assert!(app.restored());
    }
}

#[test]
fn the_board_shows_numbers_and_desks_never_names() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let kea = line(&store, "kea");
        let now = chrono::Local::now().naive_local();
        let person = kentro::domain::person::Person {
            surname: "Παπαδοπούλου".into(),
            given_name: "Γεωργία".into(),
            ..Default::default()
        };
        let person_id = store.insert_person(&person, &stamp_at(now)).unwrap();
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    person_id: Some(person_id),
                    label: "Secretname".into(),
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
        store
            .call_next(now.date(), Some(3), &[], &stamp_at(now))
            .unwrap();
    }
    let args: Vec<std::ffi::OsString> = vec!["--db".into(), db.clone().into(), "display".into()];
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_os_str()).collect();
    let mut board = common::App::spawn(dir, &refs, "xterm-256color");
    board.wait_for("DESK 3");
    let screen = board.screen();
    assert!(screen.contains("█"), "{screen}");
    assert!(
        !screen.contains("Παπαδοπούλου") && !screen.contains("Secretname"),
        "{screen}"
    );
    // Live: a call from elsewhere shows up without a key press.
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let legal = line(&store, "legal");
        let now = chrono::Local::now().naive_local();
        store
            .create_ticket(
                &NewTicket {
                    service_id: legal,
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
        assert!(
            store
                .call_next(now.date(), Some(4), &[], &stamp_at(now))
                .unwrap()
                .is_some()
        );
        assert_eq!(store.last_called(now.date(), 8).unwrap().len(), 2);
    }
    board.wait_for("DESK 4");
    board.send(b"q");
    assert!(board.wait_exit(Duration::from_secs(5)).is_some());
    assert!(board.restored());
}

#[test]
fn data_version_changes_after_queue_reads() {
    let (dir, mut writer) = fresh();
    let reader = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let now = chrono::Local::now().naive_local();
    let before = reader.data_version().unwrap();
    let _ = reader.last_called(now.date(), 8).unwrap();
    let _ = reader.queue_settings().unwrap();
    let _ = reader.tickets_on(now.date()).unwrap();
    let v1 = reader.data_version().unwrap();
    assert_eq!(before, v1);
    let kea = line(&writer, "kea");
    writer
        .create_ticket(
            &NewTicket {
                service_id: kea,
                ..NewTicket::default()
            },
            &stamp_at(now),
        )
        .unwrap();
    assert_ne!(reader.data_version().unwrap(), v1);
}

#[test]
fn several_processes_opening_one_empty_database_at_once_all_succeed() {
    // Several rounds: the race is between reading the schema version and migrating.
    // The empty file is what an interrupted `kentro init` (or a `touch`) leaves.
    for round in 0..4 {
        let dir = tempfile::tempdir().unwrap();
        let db = dir.path().join(format!("new-{round}.db"));
        std::fs::File::create(&db).unwrap();
        let children: Vec<_> = (0..6)
            .map(|_| {
                Command::new(env!("CARGO_BIN_EXE_kentro"))
                    .arg("--db")
                    .arg(&db)
                    .args(["queue", "services"])
                    .env("USER", "tester")
                    .env("KENTRO_CONFIG", dir.path().join("none.toml"))
                    .env_remove("KENTRO_DB")
                    .stdout(std::process::Stdio::piped())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(out.status.success(), "round {round}: {stderr}");
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(stdout.contains("kea"), "round {round}: {stdout}");
        }
        let store = Store::open_or_create(&db).unwrap();
        let health = store.health().unwrap();
        assert_eq!(health.schema_version, health.supported_version);
        assert!(health.is_ok());
        assert_eq!(
            store.queue_lines().unwrap().len(),
            8,
            "the usual lines, once"
        );
    }
}

fn person(store: &mut Store, surname: &str, given: &str) -> i64 {
    let p = kentro::domain::person::Person {
        surname: surname.into(),
        given_name: given.into(),
        ..Default::default()
    };
    store.insert_person(&p, &stamp_at(at(8, 0))).unwrap()
}

fn referral_from(person_id: i64, service_id: i64, ticket_id: i64) -> kentro::store::NewReferral {
    kentro::store::NewReferral {
        person_id,
        service_id,
        ticket_id: Some(ticket_id),
        reason: "needs legal advice on the residence permit".into(),
        urgency: kentro::domain::codes::Urgency::Routine,
        note: String::new(),
        follow_up_on: None,
        record_consent: true,
        override_reason: None,
    }
}

#[test]
fn a_walk_in_is_linked_later_with_an_event_and_an_audit_entry() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let t = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                label: "woman with baby".into(),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 0)),
        )
        .unwrap();
    let amina = person(&mut store, "Hassan", "Amina");
    // A stale version is refused.
    assert!(matches!(
        store.link_ticket(t.id, t.version + 1, amina, &stamp_at(at(9, 1))),
        Err(StoreError::Conflict { .. })
    ));
    let linked = store
        .link_ticket(t.id, t.version, amina, &stamp_at(at(9, 2)))
        .unwrap();
    assert_eq!(linked.person_id, Some(amina));
    assert_eq!(linked.label, "woman with baby", "the label stays");
    let history = store.ticket_history(t.id).unwrap();
    assert_eq!(history.last().unwrap().note, "link");
    assert_eq!(history.last().unwrap().to_state, TicketState::Waiting);
    let audit = store.audit_trail("ticket", t.id).unwrap();
    let link = audit.iter().find(|a| a.action == "link").unwrap();
    assert_eq!(link.detail, t.number, "ids and numbers only, never names");
    // Registered from the ticket: linking the new person again is a no-op, another
    // person is refused (another desk linked it first).
    let again = store
        .link_new_person(t.id, amina, &stamp_at(at(9, 3)))
        .unwrap();
    assert_eq!(again.version, linked.version);
    let other = person(&mut store, "Hassan", "Omar");
    assert!(matches!(
        store.link_new_person(t.id, other, &stamp_at(at(9, 4))),
        Err(StoreError::Conflict { .. })
    ));
    // An anonymous ticket is linked by link_new_person without a version.
    let t2 = store
        .create_ticket(
            &NewTicket {
                service_id: kea,
                label: "Omar".into(),
                ..NewTicket::default()
            },
            &stamp_at(at(9, 5)),
        )
        .unwrap();
    let t2 = store
        .link_new_person(t2.id, other, &stamp_at(at(9, 6)))
        .unwrap();
    assert_eq!(t2.person_id, Some(other));
}

#[test]
fn a_referral_made_from_a_ticket_at_a_desk_closes_it_as_referred() {
    let (_dir, mut store) = fresh();
    let kea = line(&store, "kea");
    let legal = line(&store, "legal");
    let rezaei = person(&mut store, "Rezaei", "Mohammad");
    let other = person(&mut store, "Diallo", "Mamadou");
    let new = |store: &mut Store, person_id: i64, minute: u32| {
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    person_id: Some(person_id),
                    ..NewTicket::default()
                },
                &stamp_at(at(9, minute)),
            )
            .unwrap()
    };
    // In service at desk 3: referred, in the referral's transaction, with its event.
    let t = new(&mut store, rezaei, 0);
    let t = store
        .call_next(t.day, Some(3), &[], &stamp_at(at(9, 10)))
        .unwrap()
        .unwrap();
    let t = store
        .move_ticket(t.id, t.version, Move::Start, Some(3), &stamp_at(at(9, 11)))
        .unwrap();
    let rid = store
        .create_referral(&referral_from(rezaei, legal, t.id), &stamp_at(at(9, 20)))
        .unwrap();
    let after = store.ticket(t.id).unwrap().unwrap();
    assert_eq!(after.state, TicketState::Referred);
    assert_eq!(after.finished_at, Some(at(9, 20)));
    assert_eq!(after.version, t.version + 1);
    let last = store.ticket_history(t.id).unwrap().pop().unwrap();
    assert_eq!(last.note, "refer");
    assert_eq!(last.from_state, Some(TicketState::InService));
    assert_eq!(last.to_state, TicketState::Referred);
    assert_eq!(last.desk, Some(3));
    assert_eq!(store.referral(rid).unwrap().unwrap().ticket_id, Some(t.id));
    // A ticket still waiting, or another person's, is left as it was; the referral
    // is saved all the same.
    let waiting = new(&mut store, rezaei, 30);
    store
        .create_referral(
            &referral_from(rezaei, legal, waiting.id),
            &stamp_at(at(9, 31)),
        )
        .unwrap();
    assert_eq!(
        store.ticket(waiting.id).unwrap().unwrap().state,
        TicketState::Waiting
    );
    let waiting = store.ticket(waiting.id).unwrap().unwrap();
    store
        .move_ticket(
            waiting.id,
            waiting.version,
            Move::Cancel,
            None,
            &stamp_at(at(9, 32)),
        )
        .unwrap();
    let theirs = new(&mut store, other, 40);
    let theirs = store
        .call_next(theirs.day, Some(1), &[], &stamp_at(at(9, 41)))
        .unwrap()
        .unwrap();
    assert_eq!(theirs.person_id, Some(other));
    store
        .create_referral(
            &referral_from(rezaei, legal, theirs.id),
            &stamp_at(at(9, 42)),
        )
        .unwrap();
    assert_eq!(
        store.ticket(theirs.id).unwrap().unwrap().state,
        TicketState::Called
    );
    // A refused referral (no reason) leaves the ticket alone too.
    let mut bad = referral_from(other, legal, theirs.id);
    bad.reason = "  ".into();
    assert!(store.create_referral(&bad, &stamp_at(at(9, 43))).is_err());
    assert_eq!(
        store.ticket(theirs.id).unwrap().unwrap().state,
        TicketState::Called
    );
}

#[test]
fn an_idle_queue_screen_stays_quiet_and_redraws_when_another_process_commits() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let kea;
    {
        let mut store = Store::open_or_create(&db).unwrap();
        kea = line(&store, "kea");
        let now = chrono::Local::now().naive_local();
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    label: "first".into(),
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
    }
    let args: Vec<std::ffi::OsString> = vec![
        "--db".into(),
        db.clone().into(),
        "--lang".into(),
        "en".into(),
        "--desk".into(),
        "2".into(),
    ];
    let refs: Vec<&std::ffi::OsStr> = args.iter().map(|s| s.as_os_str()).collect();
    let mut app = common::App::spawn(dir, &refs, "xterm-256color");
    app.wait_for("Κ001");
    let bytes = || app.raw.lock().unwrap().len();
    // Quiet: no bytes over a window with no change. Two windows, since one of them
    // may hold the minute at which the waits shown go up by one.
    let quiet = |app: &common::App| {
        (0..2).any(|_| {
            let before = app.raw.lock().unwrap().len();
            std::thread::sleep(Duration::from_millis(1500));
            app.raw.lock().unwrap().len() == before
        })
    };
    assert!(quiet(&app), "the idle queue screen kept writing");
    // Another process commits: the screen shows it with no key pressed.
    let before = bytes();
    let started = std::time::Instant::now();
    {
        let mut store = Store::open_or_create(&db).unwrap();
        let now = chrono::Local::now().naive_local();
        store
            .create_ticket(
                &NewTicket {
                    service_id: kea,
                    label: "second".into(),
                    ..NewTicket::default()
                },
                &stamp_at(now),
            )
            .unwrap();
    }
    app.wait_for("Κ002");
    eprintln!(
        "another process's ticket shown after {} ms",
        started.elapsed().as_millis()
    );
    assert!(bytes() > before);
    app.wait_for("Waiting 2");
    // And quiet again once drawn: one redraw per change, not one per poll.
    assert!(quiet(&app), "kept redrawing after the change");
    app.send(b"\x11");
    assert!(app.wait_exit(Duration::from_secs(5)).is_some());
}
