//! Group activities and goods distribution in the store: waiting-list promotion,
//! roll calls and rates, allowances at period edges, warn versus stop.

mod common;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime, Weekday};
use common::fresh;
use kentro::domain::activities::{Activity, ActivityError, Placement, RollDefault};
use kentro::domain::distribution::{Enrolment, HandoutLine, Programme, Verdict};
use kentro::domain::person::Person;
use kentro::domain::records::Household;
use kentro::store::{ActivityFailure, DistributionFailure, Stamp, Store, StoreError};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp_at(at: NaiveDateTime) -> Stamp {
    Stamp {
        at,
        operator: "eleni.p".into(),
    }
}

fn morning(d: NaiveDate) -> Stamp {
    stamp_at(d.and_hms_opt(10, 0, 0).unwrap())
}

fn person(
    store: &mut Store,
    surname: &str,
    born: Option<NaiveDate>,
    household: Option<i64>,
) -> i64 {
    let p = Person {
        surname: surname.into(),
        given_name: "Α.".into(),
        date_of_birth: born,
        household_id: household,
        ..Person::default()
    };
    store.insert_person(&p, &morning(day(2026, 1, 5))).unwrap()
}

fn greek_class(service_id: i64, capacity: u32) -> Activity {
    Activity {
        id: 0,
        service_id,
        name: "Ελληνικά για γονείς".into(),
        capacity,
        min_age: Some(16),
        max_age: None,
        starts_on: day(2026, 3, 2),
        ends_on: day(2026, 4, 30),
        weekdays: vec![Weekday::Mon, Weekday::Wed],
        time: NaiveTime::from_hms_opt(17, 0, 0).unwrap(),
        minutes: 90,
        roll_default: RollDefault::Present,
        active: true,
        version: 1,
    }
}

#[test]
fn a_greek_class_runs_a_term_with_a_waiting_list_and_roll_calls() {
    let (_dir, mut store) = fresh();
    let social = store.service_by_code("social").unwrap().unwrap().id;
    let s = morning(day(2026, 2, 20));
    let class = store.create_activity(&greek_class(social, 2), &s).unwrap();
    assert_eq!(store.sessions(class.id).unwrap().len(), 16);

    let adult = Some(day(1990, 5, 1));
    let a = person(&mut store, "Αχμαντί", adult, None);
    let b = person(&mut store, "Μπαρί", adult, None);
    let c = person(&mut store, "Χοσεϊνί", adult, None);
    let d = person(&mut store, "Ντιαλό", adult, None);
    let child = person(&mut store, "Παιδί", Some(day(2015, 1, 1)), None);

    assert_eq!(store.enrol(class.id, a, &s).unwrap(), Placement::Enrolled);
    assert_eq!(store.enrol(class.id, b, &s).unwrap(), Placement::Enrolled);
    assert_eq!(store.enrol(class.id, c, &s).unwrap(), Placement::Waiting(1));
    assert_eq!(store.enrol(class.id, d, &s).unwrap(), Placement::Waiting(2));
    assert!(matches!(
        store.enrol(class.id, child, &s),
        Err(ActivityFailure::Rule(ActivityError::OutsideAgeRange))
    ));
    assert!(matches!(
        store.enrol(class.id, a, &s),
        Err(ActivityFailure::Rule(ActivityError::AlreadyEnrolled))
    ));

    // b leaves: c (first in line) moves up, d stays waiting, now first.
    assert_eq!(
        store.leave_activity(class.id, b, "moved", &s).unwrap(),
        vec![c]
    );
    let roster = store.roster(class.id).unwrap();
    assert_eq!(roster.enrolled, vec![a, c]);
    assert_eq!(roster.waiting, vec![d]);
    // One more place: d moves up; a stale version is refused first.
    assert!(matches!(
        store.set_activity_capacity(class.id, class.version + 5, 3, &s),
        Err(ActivityFailure::Store(StoreError::Conflict { .. }))
    ));
    assert_eq!(
        store
            .set_activity_capacity(class.id, class.version, 3, &s)
            .unwrap(),
        vec![d]
    );

    // Roll calls: present by default; d misses the first three sessions.
    let sessions = store.sessions(class.id).unwrap();
    for session in &sessions[..3] {
        let roll = store.roll(session.id).unwrap();
        assert_eq!(roll.len(), 3);
        assert!(roll.iter().all(|l| l.present), "present by default");
        let marks: Vec<_> = roll
            .iter()
            .map(|l| (l.person_id, l.person_id != d))
            .collect();
        store
            .take_roll(
                session.id,
                session.version,
                &marks,
                &stamp_at(session.starts_at),
            )
            .unwrap();
    }
    // The roll, once taken, shows what was stored.
    let roll = store.roll(sessions[0].id).unwrap();
    assert!(!roll.iter().find(|l| l.person_id == d).unwrap().present);
    // Taking a roll again with the old version is refused.
    assert!(matches!(
        store.take_roll(sessions[0].id, sessions[0].version, &[], &s),
        Err(ActivityFailure::Store(StoreError::Conflict { .. }))
    ));
    // Someone not enrolled cannot be on the roll.
    assert!(matches!(
        store.take_roll(sessions[3].id, sessions[3].version, &[(b, true)], &s),
        Err(ActivityFailure::Rule(ActivityError::NotOnRoll))
    ));

    let attendance = store.attendance(class.id, 3).unwrap();
    let of = |p| attendance.iter().find(|x| x.person_id == p).unwrap();
    assert_eq!((of(a).present, of(a).taken, of(a).rate), (3, 3, Some(100)));
    assert_eq!((of(d).present, of(d).rate), (0, Some(0)));
    assert!(of(d).missed_recent && !of(a).missed_recent);

    let mine = store.activities_of(a).unwrap();
    assert_eq!(mine.len(), 1);
    assert_eq!(
        (mine[0].present, mine[0].taken, mine[0].waiting),
        (3, 3, false)
    );

    // Reports: three sessions, two different people present (d never came), hours.
    let figures = store
        .activity_figures(day(2026, 3, 1), day(2026, 3, 31))
        .unwrap();
    assert_eq!(figures.len(), 1);
    assert_eq!(figures[0].sessions, 3);
    assert_eq!(figures[0].participants, 2);
    assert!(
        (figures[0].hours - 9.0).abs() < 1e-9,
        "{}",
        figures[0].hours
    );
}

#[test]
fn an_absent_by_default_roll_starts_everyone_absent() {
    let (_dir, mut store) = fresh();
    let psych = store.service_by_code("psych").unwrap().unwrap().id;
    let s = morning(day(2026, 2, 20));
    let group = store
        .create_activity(
            &Activity {
                roll_default: RollDefault::Absent,
                min_age: None,
                ..greek_class(psych, 10)
            },
            &s,
        )
        .unwrap();
    let p = person(&mut store, "Κ.", None, None);
    store.enrol(group.id, p, &s).unwrap();
    let first = &store.sessions(group.id).unwrap()[0];
    assert!(store.roll(first.id).unwrap().iter().all(|l| !l.present));
}

fn household(store: &mut Store) -> i64 {
    store
        .insert_household(
            &Household {
                label: "Οικογένεια Ρεζαΐ".into(),
                ..Household::default()
            },
            &morning(day(2026, 1, 5)),
        )
        .unwrap()
}

/// A new household enrolled on 10 January 2026 in the programme `code` for the year,
/// with `allowance` points a period; gives the programme and the enrolment.
fn enrolled(store: &mut Store, code: &str, allowance: u32) -> (Programme, Enrolment) {
    let programme = store.programme_by_code(code).unwrap().unwrap();
    let hh = household(store);
    let enrolment = store
        .enrol_household(
            &Enrolment {
                id: 0,
                programme_id: programme.id,
                household_id: hh,
                decided_on: day(2026, 1, 10),
                valid_from: day(2026, 1, 10),
                valid_to: day(2026, 12, 31),
                allowance,
                note: String::new(),
                version: 1,
            },
            &morning(day(2026, 1, 10)),
        )
        .unwrap();
    (programme, enrolment)
}

/// `lines` handed out to enrolment `e` on the morning of `date`, collected by the
/// household itself, with no ticket and no over-allowance confirmation.
fn hand_out_on(
    store: &mut Store,
    e: i64,
    lines: &[HandoutLine],
    date: NaiveDate,
) -> Result<(i64, Verdict), DistributionFailure> {
    store.hand_out(e, lines, None, None, false, &morning(date))
}

fn food(quantity: u32, points: u32) -> Vec<HandoutLine> {
    vec![HandoutLine {
        category: "Τρόφιμα ξηρά".into(),
        quantity,
        points,
    }]
}

#[test]
fn a_social_grocery_month_stops_at_the_allowance_and_starts_again_next_month() {
    let (_dir, mut store) = fresh();
    let grocery = store.programme_by_code("grocery").unwrap().unwrap();
    assert_eq!(
        Some(grocery.id),
        store
            .programme_for_service(store.service_by_code("grocery").unwrap().unwrap().id)
            .unwrap()
            .map(|p| p.id),
        "the grocery queue line opens its hand-out form"
    );
    assert!(!grocery.categories.is_empty());
    let hh = household(&mut store);
    let e = store
        .enrol_household(
            &Enrolment {
                id: 0,
                programme_id: grocery.id,
                household_id: hh,
                decided_on: day(2026, 1, 10),
                valid_from: day(2026, 1, 15),
                valid_to: day(2026, 7, 14),
                allowance: 100,
                note: String::new(),
                version: 1,
            },
            &morning(day(2026, 1, 10)),
        )
        .unwrap();
    // Before the decision's start: not valid.
    assert!(matches!(
        hand_out_on(&mut store, e.id, &food(1, 10), day(2026, 1, 14)),
        Err(DistributionFailure::Refused(Verdict::NotValid))
    ));
    // 31 January: 60 then 40 is exactly the allowance; one more point is stopped.
    let jan31 = morning(day(2026, 1, 31));
    store
        .hand_out(e.id, &food(6, 60), None, None, false, &jan31)
        .unwrap();
    let (_, v) = store
        .hand_out(e.id, &food(4, 40), None, None, false, &jan31)
        .unwrap();
    assert_eq!(v, Verdict::Within { left: 0 });
    assert!(matches!(
        store.hand_out(e.id, &food(1, 1), None, None, true, &jan31),
        Err(DistributionFailure::Refused(Verdict::Stop {
            left: 0,
            over: 1
        }))
    ));
    // 1 February: a new month, the whole allowance again.
    let standing = store.standing(e.id, day(2026, 2, 1)).unwrap();
    assert_eq!((standing.used, standing.left), (0, 100));
    hand_out_on(&mut store, e.id, &food(3, 30), day(2026, 2, 1)).unwrap();
    let list = store.household_standing(hh, day(2026, 2, 20)).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!((list[0].used, list[0].left, list[0].valid), (30, 70, true));
    // After 14 July the enrolment has expired.
    assert!(matches!(
        hand_out_on(&mut store, e.id, &food(1, 1), day(2026, 7, 15)),
        Err(DistributionFailure::Refused(Verdict::NotValid))
    ));
    // The monthly list of January: two hand-outs of the household.
    let january = store.monthly_list(grocery.id, day(2026, 1, 1)).unwrap();
    assert_eq!(january.len(), 2);
    assert_eq!(january.iter().map(|r| r.counted).sum::<u32>(), 100);
    assert_eq!(january[0].household, "Οικογένεια Ρεζαΐ");
    assert_eq!(
        store
            .monthly_list(grocery.id, day(2026, 2, 9))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn a_warning_programme_lets_the_operator_go_over_once_confirmed() {
    let (_dir, mut store) = fresh();
    let (pharmacy, e) = enrolled(&mut store, "pharmacy", 3);
    let s = morning(day(2026, 3, 3));
    let meds = |n| {
        vec![HandoutLine {
            category: "Φάρμακα με συνταγή".into(),
            quantity: n,
            points: 0,
        }]
    };
    assert!(matches!(
        store.hand_out(e.id, &meds(4), None, None, false, &s),
        Err(DistributionFailure::Refused(Verdict::Warn {
            left: 3,
            over: 1
        }))
    ));
    let (id, v) = store
        .hand_out(e.id, &meds(4), None, None, true, &s)
        .unwrap();
    assert_eq!(v, Verdict::Warn { left: 3, over: 1 });
    let list = store.monthly_list(pharmacy.id, day(2026, 3, 1)).unwrap();
    assert!(list[0].over);
    assert_eq!(store.standing(e.id, day(2026, 3, 31)).unwrap().left, 0);
    let trail = store.audit_trail("handout", id).unwrap();
    assert_eq!(trail[0].action, "hand-out-over");
    // A bad enrolment is refused.
    assert!(matches!(
        store.enrol_household(
            &Enrolment {
                allowance: 0,
                ..e.clone()
            },
            &s
        ),
        Err(DistributionFailure::BadEnrolment)
    ));
}

#[test]
fn the_monthly_list_exports_by_household_from_the_command_line() {
    let (dir, mut store) = fresh();
    let (_, e) = enrolled(&mut store, "grocery", 100);
    hand_out_on(&mut store, e.id, &food(2, 20), day(2026, 3, 3)).unwrap();
    drop(store);
    let out_file = dir.path().join("grocery-2026-03.csv");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(dir.path().join("k.db"))
        .args([
            "distribution",
            "list",
            "--programme",
            "grocery",
            "--month",
            "2026-03",
            "--out",
        ])
        .arg(&out_file)
        .env("KENTRO_CONFIG", dir.path().join("no-config.toml"))
        .env_remove("KENTRO_DB")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let csv = std::fs::read_to_string(&out_file).unwrap();
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("household_id,household,given_at,given_by,items,counted,over_allowance")
    );
    let row = lines.next().unwrap();
    assert!(row.contains("Οικογένεια Ρεζαΐ"), "{row}");
    assert!(row.contains("Τρόφιμα ξηρά x2"), "{row}");
    assert!(row.contains(",20,"), "{row}");
    assert_eq!(lines.next(), None);
}
