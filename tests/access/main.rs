//! Access and data protection through the real binary: who may start it, what each
//! role sees on every way in, and what the audit log records.
//!
//! The operator is the real user's login (whoever runs the tests); each test gives
//! that login the role it needs through the library, as an administrator would.

use std::process::Output;

#[path = "../common/mod.rs"]
mod common;

use common::cli::Cli as Env;
use common::{hire, me, staff};
use kentro::domain::codes::Role;
use kentro::domain::person::Person;
use kentro::store::{Stamp, Store};

mod erasure;
mod records;

const AMKA: &str = "01013099997";
const AFM: &str = "090000045";

impl Env {
    /// A new, empty database, as `kentro init` leaves it.
    fn new() -> Env {
        Env::bare().created()
    }

    fn store(&self) -> Store {
        Store::open_or_create(&self.db()).unwrap()
    }

    /// A centre whose administrator is someone else and where the operator running
    /// the tests has `role` in `organisation`; one person with identifiers.
    fn centre(role: Role, organisation: &str) -> (Env, i64) {
        let env = Env::new();
        let mut store = env.store();
        let stamp = hire(
            &mut store,
            &[
                staff("boss", Role::Admin, ""),
                staff(&me(), role, organisation),
            ],
        );
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
        hire(
            &mut store,
            &[staff("boss", Role::Admin, ""), staff(&me(), role, "")],
        );
        env
    }

    fn audit_count(&self, action: &str) -> i64 {
        common::audit_count(&self.db(), action, None)
    }
}

/// Whether `needle` stands in `haystack`, byte for byte.
fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
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
    let out = env.run(&["staff", "list", "--json"]);
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
        let out = env.run(args);
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
    assert!(!env.run(&["check"]).status.success());
}

#[test]
fn administrators_manage_staff_and_others_may_not() {
    let (env, _) = Env::centre(Role::Admin, "");
    let out = env.run(&[
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
    let again = env.run(&["staff", "add", "maria.k", "--role", "admin"]);
    assert!(stderr(&again).contains("already on the staff list"));
    let bad = env.run(&["staff", "add", "x", "--role", "boss"]);
    assert!(stderr(&bad).contains("unknown role"), "{}", stderr(&bad));
    assert!(
        env.run(&["staff", "set", "maria.k", "--role", "receptionist"])
            .status
            .success()
    );
    assert!(env.run(&["staff", "disable", "maria.k"]).status.success());
    let list: serde_json::Value =
        serde_json::from_str(&stdout(&env.run(&["staff", "list", "--json"]))).unwrap();
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
    assert!(env.run(&["staff", "disable", "boss"]).status.success());
    let last = env.run(&["staff", "disable", &me()]);
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
            let out = env.run(args);
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
    let out = env.run(&["search", "--json", "Canaryopoulos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(!text.contains(AMKA) && !text.contains(AFM), "{text}");
    let hits: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(hits[0]["amka"], "•••••••9997");
    assert!(!text.contains("SENSITIVE-NOTE"));
    let refused = env.run(&["search", "--json", "--reveal", "Canaryopoulos"]);
    assert!(!refused.status.success());
    assert!(!stdout(&refused).contains(AMKA));
    env.run(&["search", "Canaryopoulos"]);
    assert_eq!(env.audit_count("search"), 2);
    assert_eq!(env.audit_count("reveal"), 0);
}

#[test]
fn search_json_reveals_for_a_social_worker_only_on_request_and_records_it() {
    let (env, id) = Env::centre(Role::SocialWorker, "");
    let masked = stdout(&env.run(&["search", "--json", "Canaryopoulos"]));
    assert!(!masked.contains(AMKA), "{masked}");
    let out = env.run(&["search", "--json", "--reveal", "Canaryopoulos"]);
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
        let out = env.run(&["export", "beneficiaries"]);
        assert!(!out.status.success());
        assert!(!stdout(&out).contains("Canaryopoulos"));
        assert!(stderr(&out).contains("for administrators"));
        assert_eq!(env.audit_count("export"), 0);
    }
    let (env, _) = Env::centre(Role::Admin, "");
    let out = env.run(&["export", "beneficiaries"]);
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
        let out = env.run(&["referrals", "list", "--json"]);
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
