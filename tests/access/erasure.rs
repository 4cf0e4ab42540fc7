//! Erasure and the right of access: a person with a canary in every place personal
//! data is kept; after erasure no canary is left in the file or its log, and the
//! export writes everything held.

use super::*;

/// Strings that exist only in one person's record; none may survive erasure.
const CANARIES: &[&str] = &[
    "qxcanarysur",
    "qxcanarygiv",
    "qxcanaryfat",
    "qxcanarymot",
    "01013099997",
    "090000045",
    "6987654321",
    "qx.canary@example.org",
    "qxcanaryaddr",
    "qxcanarynote",
    "qxcanaryvisit",
    "qxcanaryticket",
    "qxcanaryref",
    "qxcanarycase",
    "qxcanaryhouse",
    "qxcanarytevent",
    "qxcanaryrevent",
    "qxcanaryesfarea",
    "qxcanaryexit",
    "qxcanaryleft",
    "qxcanaryprog",
    "qxcanarydraftvisit",
    "qxcanarydraftedit",
    "qxcanarydraftref",
    "qxcanaryglass",
    "qxcanarykeep",
    "qxcanaryappt",
    "6900000111",
];

/// The database file and its write-ahead log, lower-cased, as raw bytes.
fn raw_bytes(db: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(db).unwrap();
    let wal = db.with_extension("db-wal");
    if wal.exists() {
        bytes.extend(std::fs::read(&wal).unwrap());
    }
    bytes.to_ascii_lowercase()
}

/// A person with a canary in every place personal data is kept, plus a neighbour.
fn canary_person(env: &Env) -> (i64, i64) {
    use kentro::domain::records::{Household, Visit};
    use kentro::store::{NewCaseNote, NewReferral, NewTicket};
    let mut store = env.store();
    let stamp = Stamp::now(&me());
    let household = store
        .insert_household(
            &Household {
                label: "QXCANARYHOUSE".into(),
                ..Household::default()
            },
            &stamp,
        )
        .unwrap();
    let id = store
        .insert_person(
            &Person {
                surname: "QXCANARYSUR".into(),
                given_name: "QXCANARYGIV".into(),
                father_name: "QXCANARYFAT".into(),
                mother_name: "QXCANARYMOT".into(),
                date_of_birth: chrono::NaiveDate::from_ymd_opt(1930, 1, 1),
                gender: Some(kentro::domain::codes::Gender::Female),
                amka: Some(AMKA.into()),
                afm: Some(AFM.into()),
                phone: Some("+306987654321".into()),
                email: Some("qx.canary@example.org".into()),
                address: Some("QXCANARYADDR".into()),
                notes: "QXCANARYNOTE".into(),
                household_id: Some(household),
                vulnerabilities: vec![kentro::domain::codes::Vulnerability::Elderly],
                ..Person::default()
            },
            &stamp,
        )
        .unwrap();
    let other = store
        .insert_person(
            &Person {
                surname: "Παπαδοπούλου".into(),
                given_name: "Ελένη".into(),
                ..Person::default()
            },
            &stamp,
        )
        .unwrap();
    let service = store.services().unwrap()[0].id;
    let visit = store
        .insert_visit(
            &Visit {
                id: 0,
                person_id: id,
                visited_on: chrono::Local::now().date_naive(),
                service_id: Some(service),
                reason: "QXCANARYVISIT".into(),
                note: "QXCANARYVISIT".into(),
                operator: me(),
                created_at: None,
            },
            &stamp,
        )
        .unwrap();
    store
        .create_ticket(
            &NewTicket {
                service_id: service,
                person_id: Some(id),
                label: "QXCANARYTICKET".into(),
                reason: "QXCANARYTICKET".into(),
                priority: vec![],
                urgent: false,
                triage_note: "QXCANARYTICKET".into(),
                interpreter_language: None,
            },
            &stamp,
        )
        .unwrap();
    store
        .create_referral(
            &NewReferral {
                person_id: id,
                service_id: service,
                ticket_id: None,
                reason: "QXCANARYREF".into(),
                urgency: kentro::domain::codes::Urgency::Routine,
                note: "QXCANARYREF".into(),
                follow_up_on: None,
                record_consent: true,
                override_reason: None,
            },
            &stamp,
        )
        .unwrap();
    store
        .add_case_note(
            &NewCaseNote {
                person_id: id,
                visit_id: Some(visit),
                noted_on: chrono::Local::now().date_naive(),
                body: "QXCANARYCASE".into(),
                corrects: None,
            },
            &stamp,
        )
        .unwrap();
    store.break_glass(id, "QXCANARYGLASS", &stamp).unwrap();
    store.keep_on_review(id, "QXCANARYKEEP", &stamp).unwrap();
    drop(store);
    // An appointment booked by phone, written as the booking screen would.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    conn.execute(
        "INSERT INTO appointment (service_id, person_id, label, starts_at, state, note, \
         created_by, created_at, phone, state_reason) VALUES (?1, ?2, 'QXCANARYAPPT', \
         '2026-12-01 10:00:00', 'cancelled', 'QXCANARYAPPT', 'x', '2026-11-30 10:00:00', \
         '+306900000111', 'QXCANARYAPPT')",
        rusqlite::params![service, id],
    )
    .unwrap();
    // Every later table that holds something about a person, as its screens and
    // commands write it.
    conn.execute_batch(&format!(
        "UPDATE ticket_event SET note = 'QXCANARYTEVENT' \
            WHERE ticket_id IN (SELECT id FROM ticket WHERE person_id = {id});
         UPDATE referral_event SET note = 'QXCANARYREVENT' \
            WHERE referral_id IN (SELECT id FROM referral WHERE person_id = {id});
         INSERT INTO person_esf (person_id, unemployed_since, housing, area, born_abroad, \
            parent_born_abroad, minority, updated_at, updated_by) \
            VALUES ({id}, '2025-03-17', 'homeless', 'QXCANARYESFAREA', 1, 1, 0, \
            '2026-11-30 10:00:00', 'x');
         INSERT INTO participation (person_id, operation, entered_on, left_on, exit_reason, \
            created_at, created_by) VALUES ({id}, 'OP1', '2026-01-05', '2026-02-05', \
            'QXCANARYEXIT', '2026-11-30 10:00:00', 'x');
         INSERT INTO activity (service_id, name, capacity, starts_on, ends_on, weekdays, \
            time, minutes, roll_default, created_by, created_at) VALUES ({service}, \
            'Greek A1', 10, '2026-01-01', '2026-06-30', '1', '10:00', 60, 'present', 'x', \
            '2026-11-30 10:00:00');
         INSERT INTO enrolment (activity_id, person_id, state, joined_at, left_at, \
            left_reason, created_by) VALUES (last_insert_rowid(), {id}, 'left', \
            '2026-01-02 10:00:00', '2026-02-02 10:00:00', 'QXCANARYLEFT', 'x');
         INSERT INTO programme (code, name_el, name_en, unit, period, over_limit) \
            VALUES ('FOOD', 'Τρόφιμα', 'Food', 'items', 'month', 'warn');
         INSERT INTO programme_enrolment (programme_id, household_id, decided_on, \
            valid_from, valid_to, allowance, note, created_by, created_at) VALUES \
            (last_insert_rowid(), {household}, '2026-01-01', '2026-01-01', '2026-12-31', 4, \
            'QXCANARYPROG', 'x', '2026-11-30 10:00:00');
         INSERT INTO handout (enrolment_id, given_at, given_by, person_id, counted) \
            VALUES (last_insert_rowid(), '2026-01-10 10:00:00', 'x', {id}, 1);
         INSERT INTO draft (operator, kind, target_id, payload, updated_at) VALUES \
            ('x', 'visit', {id}, '{{\"reason\":\"QXCANARYDRAFTVISIT\"}}', '2026-11-30 10:00:00'), \
            ('x', 'intake', {id}, '{{\"surname\":\"QXCANARYDRAFTEDIT\"}}', '2026-11-30 10:00:00'), \
            ('x', 'referral', NULL, '{{\"person\":[{id},\"QXCANARYDRAFTREF\"]}}', \
             '2026-11-30 10:00:00'), \
            ('y', 'referral', NULL, '{{\"person\":[{other},\"Ελένη\"]}}', '2026-11-30 10:00:00'), \
            ('x', 'visit', {other}, '{{\"reason\":\"neighbour\"}}', '2026-11-30 10:00:00');
         INSERT INTO import_batch (started_at, operator, state, heartbeat, rows) \
            VALUES ('2026-11-30 10:00:00', 'x', 'done', 0, 1);
         INSERT INTO import_batch_person (batch_id, person_id, line) \
            VALUES (last_insert_rowid(), {id}, 7);"
    ))
    .unwrap();
    (id, other)
}

#[test]
fn erasure_leaves_no_canary_in_the_file_or_its_log_and_keeps_what_reports_count() {
    let env = Env::alone(Role::Admin);
    let (id, other) = canary_person(&env);
    let before = raw_bytes(&env.db());
    for canary in CANARIES {
        assert!(
            contains(&before, canary),
            "{canary} not stored to begin with"
        );
    }
    let refused = env.run(&["erase", "person", &id.to_string()]);
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    let out = env.run(&["erase", "person", &id.to_string(), "--yes"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let after = raw_bytes(&env.db());
    for canary in CANARIES {
        assert!(!contains(&after, canary), "{canary} survived erasure");
        assert!(!stderr(&out).to_ascii_lowercase().contains(canary));
    }
    // The anonymous remainder: counted by gender, age band, groups and service use.
    let store = env.store();
    let left = store.person(id).unwrap().unwrap();
    assert_eq!(left.gender, Some(kentro::domain::codes::Gender::Female));
    assert_eq!(
        left.date_of_birth.map(|d| chrono::Datelike::year(&d)),
        Some(1930)
    );
    assert_eq!(
        left.vulnerabilities,
        vec![kentro::domain::codes::Vulnerability::Elderly]
    );
    assert_eq!(store.visits_of(id).unwrap().len(), 1);
    assert_eq!(store.referrals_of(id).unwrap().len(), 1);
    // Service use in the later tables stays, anonymous; the neighbour's drafts stay.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let count = |sql: &str| -> i64 { conn.query_row(sql, [id], |r| r.get(0)).unwrap() };
    assert_eq!(
        count("SELECT count(*) FROM participation WHERE person_id = ?1"),
        1
    );
    assert_eq!(
        count("SELECT count(*) FROM enrolment WHERE person_id = ?1"),
        1
    );
    assert_eq!(
        count("SELECT count(*) FROM handout WHERE person_id = ?1"),
        1
    );
    assert_eq!(
        count("SELECT count(*) FROM appointment WHERE person_id = ?1"),
        1
    );
    assert_eq!(
        count(
            "SELECT count(*) FROM person_esf WHERE person_id = ?1 \
             AND unemployed_since = '2025-03-01' AND housing = 'homeless' AND born_abroad"
        ),
        1
    );
    assert_eq!(count("SELECT count(*) FROM draft WHERE ?1 > 0"), 2);
    assert_eq!(
        count("SELECT count(*) FROM import_batch_person WHERE person_id = ?1"),
        0
    );
    assert!(store.is_erased(id).unwrap());
    assert_eq!(
        store.person(other).unwrap().unwrap().surname,
        "Παπαδοπούλου"
    );
    assert_eq!(env.audit_count("erase"), 1);
    // Only administrators erase.
    let (env, id) = Env::centre(Role::SocialWorker, "");
    let out = env.run(&["erase", "person", &id.to_string(), "--yes"]);
    assert!(!out.status.success());
    assert!(!env.store().is_erased(id).unwrap());
}

#[test]
fn the_right_of_access_writes_everything_held_as_json_and_text() {
    let env = Env::alone(Role::Admin);
    let (id, _) = canary_person(&env);
    let out_dir = env.dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = env.run(&[
        "export",
        "person",
        &id.to_string(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let json_path = out_dir.join(format!("person-{id}.json"));
    let json: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&json_path).unwrap()).unwrap();
    assert_eq!(json["person"]["amka"], AMKA);
    assert_eq!(json["household"]["label"], "QXCANARYHOUSE");
    assert_eq!(json["visits"][0]["reason"], "QXCANARYVISIT");
    assert_eq!(json["case_notes"][0]["text"], "QXCANARYCASE");
    assert_eq!(json["referrals"][0]["reason"], "QXCANARYREF");
    assert_eq!(json["tickets"][0]["label"], "QXCANARYTICKET");
    assert!(json["consent"]["to_share"].as_array().unwrap().len() == 1);
    assert!(
        json["audit"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["action"] == "create")
    );
    let text = std::fs::read_to_string(out_dir.join(format!("person-{id}.txt"))).unwrap();
    assert!(text.contains("surname: QXCANARYSUR") && text.contains("QXCANARYCASE"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&json_path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Never over an existing file; audited once per export.
    let again = env.run(&[
        "export",
        "person",
        &id.to_string(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(!again.status.success());
    assert!(!stderr(&again).to_ascii_lowercase().contains("qxcanary"));
    let (env, id) = Env::centre(Role::SocialWorker, "");
    let out = env.run(&["export", "person", &id.to_string()]);
    assert!(stderr(&out).contains("for administrators"));
}
