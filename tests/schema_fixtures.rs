//! One small database per earlier schema version (`tests/fixtures/schema-vNN.db`),
//! each holding the same few records, must open with today's kentro, migrate to the
//! latest schema and keep its records; and each fixture's schema must be exactly what
//! the released migration steps make, so a released migration edited afterwards (or a
//! new one landed without its predecessor's fixture) fails here.
//!
//! The fixtures are made from the migration steps themselves:
//! `cargo test --test schema_fixtures -- --ignored make_schema_fixtures` writes every
//! missing one (an existing fixture is never rewritten: it stands for databases out
//! there). After adding migration N+1, run it once to add `schema-vN.db` and commit it.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use kentro::store::Store;
use kentro::store::migrations::{self, latest_version};
use rusqlite::Connection;

fn fixture(version: i64) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
        .join(format!("schema-v{version:02}.db"))
}

/// The records every fixture holds, written with schema 1's columns (the oldest a
/// centre can have) before the later steps run over them: staff, a household, a
/// person with consent, a service, a visit, a finished ticket with its events, a
/// referral, an audit row, a draft and a setting. Made-up people only.
const RECORDS_V1: &str = r#"
INSERT INTO staff (login, display_name, role, default_desk, active, created_at)
VALUES ('fixture', 'Fixture Admin', 'admin', 1, 1, '2025-01-06 08:30:00');
INSERT INTO household (id, label, address, notes, created_at)
VALUES (1, 'Ahmadi', 'Odos Fylis 12', '', '2025-01-06 09:00:00');
INSERT INTO person (id, surname, given_name, father_name, date_of_birth, gender,
    nationality, languages, phone, household_id, household_relation, consent_at,
    consent_by, created_at, created_by, updated_at, updated_by)
VALUES (1, 'Ahmadi', 'Zahra', 'Reza', '1990-04-12', 'F', 'AF', 'fa,en', '6900000001', 1,
    NULL, '2025-01-06 09:00:00', 'fixture', '2025-01-06 09:00:00', 'fixture',
    '2025-01-06 09:00:00', 'fixture');
INSERT INTO person (id, surname, given_name, date_of_birth, gender, created_at,
    created_by, updated_at, updated_by)
VALUES (2, 'Παπαδοπούλου', 'Ελένη', '1958-11-02', 'F', '2025-01-06 09:10:00', 'fixture',
    '2025-01-06 09:10:00', 'fixture');
INSERT INTO service (id, code, ticket_prefix, name_el, name_en, kind)
VALUES (1, 'fixture-social', 'Σ', 'Κοινωνική υπηρεσία (δοκιμή)', 'Social service (fixture)',
    'internal');
INSERT INTO visit (id, person_id, visited_on, service_id, reason, note, operator, created_at)
VALUES (1, 1, '2025-01-06', 1, 'housing', '', 'fixture', '2025-01-06 09:20:00');
INSERT INTO ticket (id, day, seq, number, service_id, person_id, state, desk, arrived_at,
    called_at, finished_at, created_by)
VALUES (1, '2025-01-06', 1, 'Σ001', 1, 1, 'done', 1, '2025-01-06 09:05:00',
    '2025-01-06 09:15:00', '2025-01-06 09:30:00', 'fixture');
INSERT INTO ticket_event (ticket_id, at, from_state, to_state, desk, operator)
VALUES (1, '2025-01-06 09:05:00', NULL, 'waiting', NULL, 'fixture'),
       (1, '2025-01-06 09:15:00', 'waiting', 'called', 1, 'fixture'),
       (1, '2025-01-06 09:30:00', 'called', 'done', 1, 'fixture');
INSERT INTO referral (id, person_id, service_id, ticket_id, reason, urgency, state,
    follow_up_on, created_at, created_by, updated_at, updated_by)
VALUES (1, 1, 1, 1, 'legal aid', 'routine', 'sent', '2025-01-20', '2025-01-06 09:28:00',
    'fixture', '2025-01-06 09:28:00', 'fixture');
INSERT INTO referral_event (referral_id, at, from_state, to_state, operator)
VALUES (1, '2025-01-06 09:28:00', NULL, 'sent', 'fixture');
INSERT INTO audit_log (at, operator, action, entity, entity_id, detail)
VALUES ('2025-01-06 09:00:00', 'fixture', 'create', 'person', 1, '');
INSERT INTO draft (operator, kind, target_id, payload, updated_at)
VALUES ('fixture', 'intake', NULL, '{}', '2025-01-06 09:40:00');
INSERT INTO setting (key, value) VALUES ('queue.threshold_minutes', '40');
"#;

/// The schema a file holds, as SQLite keeps it: every table, index, view and
/// trigger's SQL, by name, and the version.
fn schema_of(conn: &Connection) -> (i64, Vec<(String, String)>) {
    let version = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT name, ifnull(sql, '') FROM sqlite_schema \
             WHERE name NOT LIKE 'sqlite_%' ORDER BY name",
        )
        .unwrap();
    let objects = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    (version, objects)
}

/// A database at `version`, made by the migration steps from the records above.
fn made_by_the_steps(conn: &mut Connection, version: i64) {
    let steps = migrations::migrations();
    steps.to_version(conn, 1).unwrap();
    conn.execute_batch(RECORDS_V1).unwrap();
    steps.to_version(conn, version as usize).unwrap();
}

#[test]
#[ignore = "writes tests/fixtures; run after adding a migration"]
fn make_schema_fixtures() {
    std::fs::create_dir_all(fixture(1).parent().unwrap()).unwrap();
    for version in 1..latest_version() {
        let path = fixture(version);
        if path.exists() {
            continue;
        }
        let mut conn = Connection::open(&path).unwrap();
        // Small pages keep each file small; the steps do not depend on the page size.
        conn.execute_batch("PRAGMA page_size = 512; PRAGMA journal_mode = DELETE;")
            .unwrap();
        made_by_the_steps(&mut conn, version);
        conn.execute_batch("VACUUM").unwrap();
        eprintln!("wrote {}", path.display());
    }
}

#[test]
fn there_is_a_fixture_for_every_earlier_schema_and_each_is_what_its_steps_make() {
    for version in 1..latest_version() {
        let path = fixture(version);
        assert!(
            path.exists(),
            "no fixture for schema {version}: run `cargo test --test schema_fixtures -- \
             --ignored make_schema_fixtures` and commit {}",
            path.display()
        );
        let stored = schema_of(&Connection::open(&path).unwrap());
        let mut fresh = Connection::open_in_memory().unwrap();
        made_by_the_steps(&mut fresh, version);
        assert_eq!(
            stored,
            schema_of(&fresh),
            "schema {version}: the steps no longer make what was released (a released \
             migration was changed?)"
        );
    }
}

#[test]
fn every_earlier_schema_opens_migrates_and_keeps_its_records() {
    let day = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
    for version in 1..latest_version() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("centre.db");
        std::fs::copy(fixture(version), &path).unwrap();
        let store =
            Store::open(&path).unwrap_or_else(|e| panic!("schema {version} does not open: {e}"));
        let context = format!("from schema {version}");
        assert_eq!(
            store.schema_versions().unwrap(),
            (latest_version(), latest_version()),
            "{context}"
        );
        let health = store.health().unwrap();
        assert!(health.is_ok(), "{context}: {health:?}");
        assert_eq!(health.people, 2, "{context}");

        let zahra = store.person(1).unwrap().expect(&context);
        assert_eq!(
            (zahra.surname.as_str(), zahra.given_name.as_str()),
            ("Ahmadi", "Zahra"),
            "{context}"
        );
        assert_eq!(zahra.household_id, Some(1), "{context}");
        // The search keys were built for the migrated people: found by name, in
        // either script.
        for query in ["ahmadi zahra", "Αχμαντί", "papadopoulou eleni"] {
            let hits = kentro::search::search_on(&store, query, 5, day).unwrap();
            assert!(!hits.is_empty(), "{context}: {query} finds no one");
        }
        let tickets = store.tickets_on(day).unwrap();
        assert_eq!(tickets.len(), 1, "{context}");
        assert_eq!(tickets[0].number, "Σ001", "{context}");
        assert_eq!(store.visits_of(1).unwrap().len(), 1, "{context}");
        let referral = store.referral(1).unwrap().expect(&context);
        assert_eq!(referral.person_id, 1, "{context}");
        // The database as it was is kept beside it before the upgrade.
        let kept: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| {
                e.file_name()
                    .to_string_lossy()
                    .contains(&format!(".schema-{version}-before-upgrade-"))
            })
            .collect();
        assert_eq!(kept.len(), 1, "{context}: the copy before the upgrade");
    }
}
