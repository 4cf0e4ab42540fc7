//! The queue from the command line and across processes: commands, eight processes
//! calling at once, two desks and the board in a pty, the change signal, a first open
//! by several processes at once.

use super::*;

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
