//! Access and data protection through the real binary: who may start it, what each
//! role sees on every way in, and what the audit log records.
//!
//! The operator is the real user's login (whoever runs the tests); each test gives
//! that login the role it needs through the library, as an administrator would.

use std::path::PathBuf;
use std::process::{Command, Output};

use kentro::domain::codes::Role;
use kentro::domain::person::Person;
use kentro::domain::records::Staff;
use kentro::store::{Stamp, Store};

struct Env {
    dir: tempfile::TempDir,
}

fn me() -> String {
    kentro::identity::operator_login().unwrap()
}

fn staff(login: &str, role: Role, organisation: &str) -> Staff {
    Staff {
        login: login.into(),
        display_name: login.into(),
        role,
        organisation: organisation.into(),
        default_desk: None,
        active: true,
    }
}

const AMKA: &str = "01013099997";
const AFM: &str = "090000045";

impl Env {
    /// A new, empty database, as `kentro init` leaves it.
    fn new() -> Env {
        let env = Env {
            dir: tempfile::tempdir().unwrap(),
        };
        drop(Store::create(&env.db()).unwrap());
        env
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("k.db")
    }

    fn store(&self) -> Store {
        Store::open_or_create(&self.db()).unwrap()
    }

    /// A centre whose administrator is someone else and where the operator running
    /// the tests has `role` in `organisation`; one person with identifiers.
    fn centre(role: Role, organisation: &str) -> (Env, i64) {
        let env = Env::new();
        let mut store = env.store();
        let stamp = Stamp::now("boss");
        store
            .upsert_staff(&staff("boss", Role::Admin, ""), &stamp)
            .unwrap();
        store
            .upsert_staff(&staff(&me(), role, organisation), &stamp)
            .unwrap();
        let person = Person {
            surname: "Canaryopoulos".into(),
            given_name: "Zephyrine".into(),
            amka: Some(AMKA.into()),
            afm: Some(AFM.into()),
            phone: Some("+306912345678".into()),
            vulnerabilities: vec![kentro::domain::codes::Vulnerability::AsylumSeeker],
            notes: "SENSITIVE-NOTE".into(),
            ..Person::default()
        };
        let id = store.insert_person(&person, &stamp).unwrap();
        (env, id)
    }

    /// A new database whose only operator is the one running the tests, as `role`.
    fn alone(role: Role) -> Env {
        let env = Env::new();
        let mut store = env.store();
        let stamp = Stamp::now("boss");
        store
            .upsert_staff(&staff("boss", Role::Admin, ""), &stamp)
            .unwrap();
        store.upsert_staff(&staff(&me(), role, ""), &stamp).unwrap();
        env
    }

    fn kentro(&self, args: &[&str]) -> Output {
        Command::new(env!("CARGO_BIN_EXE_kentro"))
            .arg("--db")
            .arg(self.db())
            .args(args)
            .env("KENTRO_CONFIG", self.dir.path().join("no-config.toml"))
            .env_remove("KENTRO_DB")
            .output()
            .unwrap()
    }

    fn audit_count(&self, action: &str) -> i64 {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        conn.query_row(
            "SELECT count(*) FROM audit_log WHERE action = ?1",
            [action],
            |r| r.get(0),
        )
        .unwrap()
    }
}

fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

#[test]
fn the_first_login_of_a_new_database_becomes_its_administrator() {
    let env = Env::new();
    let out = env.kentro(&["staff", "list", "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list[0]["login"], me());
    assert_eq!(list[0]["role"], "admin");
    assert_eq!(env.audit_count("first-admin"), 1);
}

#[test]
fn a_login_without_an_active_staff_row_is_refused_and_the_refusal_audited() {
    let env = Env::new();
    let mut store = env.store();
    store
        .upsert_staff(&staff("boss", Role::Admin, ""), &Stamp::now("boss"))
        .unwrap();
    drop(store);
    for args in [&["check"][..], &["search", "x"], &["staff", "list"]] {
        let out = env.kentro(args);
        assert!(!out.status.success(), "{args:?} ran");
        let err = stderr(&out);
        assert!(err.contains("not an active member of staff"), "{err}");
        assert!(
            err.contains(&format!("kentro staff add {} --role", me())),
            "{err}"
        );
    }
    assert_eq!(env.audit_count("login-refused"), 3);
    // Disabled is refused too.
    let mut store = env.store();
    let mut disabled = staff(&me(), Role::Admin, "");
    disabled.active = false;
    store.upsert_staff(&disabled, &Stamp::now("boss")).unwrap();
    drop(store);
    assert!(!env.kentro(&["check"]).status.success());
}

#[test]
fn administrators_manage_staff_and_others_may_not() {
    let (env, _) = Env::centre(Role::Admin, "");
    let out = env.kentro(&[
        "staff",
        "add",
        "maria.k",
        "--role",
        "social-worker",
        "--name",
        "Μαρία Κ.",
        "--organisation",
        "arsis",
        "--desk",
        "3",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let again = env.kentro(&["staff", "add", "maria.k", "--role", "admin"]);
    assert!(stderr(&again).contains("already on the staff list"));
    let bad = env.kentro(&["staff", "add", "x", "--role", "boss"]);
    assert!(stderr(&bad).contains("unknown role"), "{}", stderr(&bad));
    assert!(
        env.kentro(&["staff", "set", "maria.k", "--role", "receptionist"])
            .status
            .success()
    );
    assert!(
        env.kentro(&["staff", "disable", "maria.k"])
            .status
            .success()
    );
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&env.kentro(&["staff", "list", "--json"]))).unwrap();
    let maria = list
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["login"] == "maria.k")
        .unwrap();
    assert_eq!(maria["role"], "receptionist");
    assert_eq!(maria["organisation"], "arsis");
    assert_eq!(maria["active"], false);
    // The last active administrator cannot be disabled.
    assert!(env.kentro(&["staff", "disable", "boss"]).status.success());
    let last = env.kentro(&["staff", "disable", &me()]);
    assert!(
        stderr(&last).contains("no active administrator"),
        "{}",
        stderr(&last)
    );

    for role in [Role::Receptionist, Role::SocialWorker] {
        let (env, _) = Env::centre(role, "");
        for args in [
            &["staff", "list"][..],
            &["staff", "add", "x", "--role", "admin"],
        ] {
            let out = env.kentro(args);
            assert!(!out.status.success());
            assert!(
                stderr(&out).contains("for administrators"),
                "{}",
                stderr(&out)
            );
        }
    }
}

#[test]
fn search_json_masks_identifiers_for_a_receptionist_and_audits_every_search() {
    let (env, _) = Env::centre(Role::Receptionist, "");
    let out = env.kentro(&["search", "--json", "Canaryopoulos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains(AMKA) && !text.contains(AFM), "{text}");
    let hits: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(hits[0]["amka"], "•••••••9997");
    assert!(!text.contains("SENSITIVE-NOTE"));
    let refused = env.kentro(&["search", "--json", "--reveal", "Canaryopoulos"]);
    assert!(!refused.status.success());
    assert!(!stdout(&refused).contains(AMKA));
    env.kentro(&["search", "Canaryopoulos"]);
    assert_eq!(env.audit_count("search"), 2);
    assert_eq!(env.audit_count("reveal"), 0);
}

#[test]
fn search_json_reveals_for_a_social_worker_only_on_request_and_records_it() {
    let (env, id) = Env::centre(Role::SocialWorker, "");
    let masked = stdout(&env.kentro(&["search", "--json", "Canaryopoulos"]));
    assert!(!masked.contains(AMKA), "{masked}");
    let out = env.kentro(&["search", "--json", "--reveal", "Canaryopoulos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(AMKA));
    assert_eq!(env.audit_count("search"), 2);
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let revealed: i64 = conn
        .query_row(
            "SELECT count(*) FROM audit_log WHERE action = 'reveal' AND entity_id = ?1",
            [id],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(revealed, 1);
}

#[test]
fn exporting_every_person_is_for_administrators_and_audited() {
    for role in [Role::Receptionist, Role::SocialWorker] {
        let (env, _) = Env::centre(role, "");
        let out = env.kentro(&["export", "beneficiaries"]);
        assert!(!out.status.success());
        assert!(!stdout(&out).contains("Canaryopoulos"));
        assert!(stderr(&out).contains("for administrators"));
        assert_eq!(env.audit_count("export"), 0);
    }
    let (env, _) = Env::centre(Role::Admin, "");
    let out = env.kentro(&["export", "beneficiaries"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(AMKA));
    assert_eq!(env.audit_count("export"), 1);
}

#[test]
fn referral_details_of_another_organisation_need_consent_to_share() {
    use kentro::store::NewReferral;
    let (env, person) = Env::centre(Role::SocialWorker, "praksis");
    let mut store = env.store();
    store
        .upsert_staff(
            &staff("arsis.sw", Role::SocialWorker, "arsis"),
            &Stamp::now("boss"),
        )
        .unwrap();
    let service = store.services().unwrap()[0].id;
    let new = NewReferral {
        person_id: person,
        service_id: service,
        ticket_id: None,
        reason: "REASON-CANARY".into(),
        urgency: kentro::domain::codes::Urgency::Routine,
        note: String::new(),
        follow_up_on: None,
        record_consent: false,
        override_reason: Some("urgent, no time".into()),
    };
    store
        .create_referral(&new, &Stamp::now("arsis.sw"))
        .unwrap();
    drop(store);
    let list = |env: &Env| {
        let out = env.kentro(&["referrals", "list", "--json"]);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let text = list(&env);
    assert!(!text.contains("REASON-CANARY"), "{text}");
    assert!(text.contains("\"restricted\":true"), "{text}");
    // The person consents to share with any service: now the text is shown.
    env.store()
        .record_share_consent(person, None, &Stamp::now("boss"))
        .unwrap();
    assert!(list(&env).contains("REASON-CANARY"));
    // Withdrawal closes it again.
    env.store()
        .withdraw_consent(person, &Stamp::now("boss"))
        .unwrap();
    assert!(!list(&env).contains("REASON-CANARY"));
    assert_eq!(env.audit_count("consent-withdrawn"), 1);
}

#[test]
fn the_audit_log_is_append_only_even_from_sqlite() {
    let (env, _) = Env::centre(Role::Admin, "");
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let before: i64 = conn
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert!(before > 0);
    let update = conn.execute("UPDATE audit_log SET operator = 'nobody'", []);
    assert!(update.unwrap_err().to_string().contains("append-only"));
    let delete = conn.execute("DELETE FROM audit_log", []);
    assert!(delete.unwrap_err().to_string().contains("append-only"));
    let after: i64 = conn
        .query_row("SELECT count(*) FROM audit_log", [], |r| r.get(0))
        .unwrap();
    assert_eq!(after, before);
}

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

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
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
    let refused = env.kentro(&["erase", "person", &id.to_string()]);
    assert!(stderr(&refused).contains("--yes"), "{}", stderr(&refused));
    let out = env.kentro(&["erase", "person", &id.to_string(), "--yes"]);
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
    let out = env.kentro(&["erase", "person", &id.to_string(), "--yes"]);
    assert!(!out.status.success());
    assert!(!env.store().is_erased(id).unwrap());
}

#[test]
fn the_right_of_access_writes_everything_held_as_json_and_text() {
    let env = Env::alone(Role::Admin);
    let (id, _) = canary_person(&env);
    let out_dir = env.dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let out = env.kentro(&[
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
    let again = env.kentro(&[
        "export",
        "person",
        &id.to_string(),
        "--out",
        out_dir.to_str().unwrap(),
    ]);
    assert!(!again.status.success());
    assert!(!stderr(&again).to_ascii_lowercase().contains("qxcanary"));
    let (env, id) = Env::centre(Role::SocialWorker, "");
    let out = env.kentro(&["export", "person", &id.to_string()]);
    assert!(stderr(&out).contains("for administrators"));
}

#[test]
fn case_notes_are_shown_to_their_organisation_newest_first_and_never_edited() {
    let (env, person) = Env::centre(Role::SocialWorker, "praksis");
    let add = |text: &str, extra: &[&str]| {
        let mut args = vec!["notes", "add", "--text", text];
        args.extend_from_slice(extra);
        let p = person.to_string();
        let mut all: Vec<&str> = args.clone();
        all.insert(2, &p);
        let out = env.kentro(&all);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
            .trim()
            .trim_start_matches("case note ")
            .parse::<i64>()
            .unwrap()
    };
    let first = add("first note", &["--date", "2026-01-05"]);
    let corr = first.to_string();
    add("correction of the first", &["--corrects", &corr]);
    let out = env.kentro(&["notes", "list", &person.to_string(), "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list[0]["text"], "correction of the first");
    assert_eq!(list[0]["corrects"], first);
    assert_eq!(list[1]["text"], "first note");
    // Never edited in place, even from sqlite3.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let edit = conn.execute("UPDATE case_note SET body = 'changed'", []);
    assert!(edit.unwrap_err().to_string().contains("never edited"));
    drop(conn);

    // Another organisation's social worker sees that they exist, not their text.
    let mut store = env.store();
    store
        .upsert_staff(
            &staff(&me(), Role::SocialWorker, "arsis"),
            &Stamp::now("boss"),
        )
        .unwrap();
    drop(store);
    let out = env.kentro(&["notes", "list", &person.to_string(), "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
    assert!(stderr(&out).contains("2 note(s)"), "{}", stderr(&out));
    // An administrator of another organisation: only by breaking the glass.
    let mut store = env.store();
    store
        .upsert_staff(&staff(&me(), Role::Admin, "arsis"), &Stamp::now("boss"))
        .unwrap();
    drop(store);
    let out = env.kentro(&["notes", "list", &person.to_string(), "--json"]);
    assert!(!stdout(&out).contains("first note"));
    let out = env.kentro(&[
        "notes",
        "list",
        &person.to_string(),
        "--json",
        "--break-glass",
        "court order 12/2026",
    ]);
    assert!(stdout(&out).contains("first note"));
    assert_eq!(env.audit_count("break-glass"), 1);
    // A receptionist reads none and writes none.
    let mut store = env.store();
    store
        .upsert_staff(
            &staff(&me(), Role::Receptionist, "praksis"),
            &Stamp::now("boss"),
        )
        .unwrap();
    drop(store);
    let out = env.kentro(&["notes", "list", &person.to_string()]);
    assert!(!out.status.success() && !stdout(&out).contains("first note"));
    let p = person.to_string();
    let out = env.kentro(&["notes", "add", &p, "--text", "x"]);
    assert!(!out.status.success());
}

#[test]
fn the_audit_log_is_read_by_administrators_with_filters() {
    let (env, person) = Env::centre(Role::Admin, "");
    env.kentro(&["search", "Canaryopoulos"]);
    let out = env.kentro(&["audit", "--person", &person.to_string(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["entity_id"] == person));
    let out = env.kentro(&["audit", "--action", "search", "--operator", &me(), "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    let out = env.kentro(&["audit", "--since", "2999-01-01", "--json"]);
    assert_eq!(stdout(&out).trim(), "[]");
    let text = stdout(&env.kentro(&["audit"]));
    assert!(
        !text.contains("Canaryopoulos") && !text.contains(AMKA),
        "{text}"
    );
    let bad = env.kentro(&["audit", "--since", "yesterday"]);
    assert!(stderr(&bad).contains("YYYY-MM-DD"));
    for role in [Role::Receptionist, Role::SocialWorker] {
        let (env, _) = Env::centre(role, "");
        let out = env.kentro(&["audit"]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains("for administrators"));
    }
}

#[cfg(feature = "encryption")]
#[test]
fn encrypt_converts_a_database_that_then_opens_only_with_its_key() {
    use std::os::unix::fs::PermissionsExt;
    let (env, _) = Env::centre(Role::Admin, "");
    let key = env.dir.path().join("kentro.key");
    std::fs::write(&key, "a long enough pass phrase\n").unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let with_key = |key: &std::path::Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kentro"))
            .arg("--db")
            .arg(env.db())
            .args(args)
            .env("KENTRO_CONFIG", env.dir.path().join("no-config.toml"))
            .env("KENTRO_KEY_FILE", key)
            .env_remove("KENTRO_DB")
            .output()
            .unwrap()
    };
    let out = with_key(&key, &["encrypt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(env.db()).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    assert!(!contains(&bytes.to_ascii_lowercase(), "canaryopoulos"));
    let out = with_key(&key, &["search", "--json", "Canaryopoulos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Canaryopoulos"));
    // A wrong key: one clear line, nothing written.
    let wrong = env.dir.path().join("wrong.key");
    std::fs::write(&wrong, "not the right pass phrase\n").unwrap();
    std::fs::set_permissions(&wrong, std::fs::Permissions::from_mode(0o600)).unwrap();
    let before = std::fs::read(env.db()).unwrap();
    let out = with_key(&wrong, &["search", "x"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("wrong key"), "{err}");
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    // No key at all, not at a terminal: told where the key goes.
    let err = stderr(&env.kentro(&["search", "x"]));
    assert!(err.contains("KENTRO_KEY_FILE"), "{err}");
    // A backup is encrypted with the same key, and checked with it.
    let copy = env.dir.path().join("copy.db");
    let out = with_key(&key, &["backup", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&copy).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    assert!(!contains(&bytes.to_ascii_lowercase(), "canaryopoulos"));
    // With a key file configured, `kentro init` creates the database encrypted.
    let fresh = env.dir.path().join("fresh.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(&fresh)
        .arg("init")
        .env("KENTRO_CONFIG", env.dir.path().join("no-config.toml"))
        .env("KENTRO_KEY_FILE", &key)
        .env_remove("KENTRO_DB")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&fresh).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
}
