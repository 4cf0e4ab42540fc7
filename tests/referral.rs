//! Referrals and the service directory through the store and the CLI functions.

use chrono::{NaiveDate, NaiveDateTime};
use kentro::domain::codes::{ReferralState, ServiceKind, Urgency};
use kentro::domain::person::Person;
use kentro::domain::records::Service;
use kentro::store::{NewReferral, ReferralError, Stamp, Store, StoreError};

fn at() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15)
        .and_then(|d| d.and_hms_opt(10, 0, 0))
        .unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: at(),
        operator: "tester".into(),
    }
}

fn service(code: &str) -> Service {
    Service {
        code: code.into(),
        name_el: format!("Υπηρεσία {code}"),
        name_en: format!("Service {code}"),
        kind: Some(ServiceKind::External),
        categories: vec!["employment".into()],
        organisation: "ΔΥΠΑ".into(),
        address: "Πειραιώς 50, 104 36 Αθήνα".into(),
        phone: "+30 210 000 0201".into(),
        email: "kpa@dypa.example.org".into(),
        hours: "Δευ–Παρ 08:30–14:30".into(),
        languages: vec!["ell".into(), "eng".into()],
        interpretation: true,
        eligibility: "Άνεργοι".into(),
        documents_required: "ΑΜΚΑ, ΑΦΜ".into(),
        accepts_referrals: true,
        active: true,
        ..Service::default()
    }
}

fn setup() -> (tempfile::TempDir, Store, i64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let person = Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        created_by: "tester".into(),
        updated_by: "tester".into(),
        ..Person::default()
    };
    let pid = store.insert_person(&person, &stamp()).unwrap();
    let sid = store.insert_service(&service("dypa"), &stamp()).unwrap();
    (dir, store, pid, sid)
}

fn new(pid: i64, sid: i64) -> NewReferral {
    NewReferral {
        person_id: pid,
        service_id: sid,
        ticket_id: None,
        reason: "Εγγραφή ως άνεργος".into(),
        urgency: Urgency::Soon,
        note: String::new(),
        follow_up_on: NaiveDate::from_ymd_opt(2026, 3, 22),
        record_consent: false,
        override_reason: None,
    }
}

#[test]
fn a_referral_needs_consent_to_share_or_a_logged_override() {
    let (_dir, mut store, pid, sid) = setup();
    let err = store.create_referral(&new(pid, sid), &stamp()).unwrap_err();
    assert!(matches!(err, ReferralError::NoConsent), "{err}");
    assert!(err.to_string().contains("consent"));
    assert!(store.all_referrals().unwrap().is_empty());

    // An override needs a reason, and is logged.
    let mut o = new(pid, sid);
    o.override_reason = Some("  ".into());
    assert!(matches!(
        store.create_referral(&o, &stamp()),
        Err(ReferralError::NoConsent)
    ));
    o.override_reason = Some("emergency: legal duty".into());
    let id = store.create_referral(&o, &stamp()).unwrap();
    assert!(store.referral(id).unwrap().unwrap().consent_override);
    let trail = store.audit_trail("referral", id).unwrap();
    assert!(
        trail.iter().any(|e| e.action == "consent-override"),
        "the override is logged: {trail:?}"
    );
    assert!(
        trail.iter().all(|e| !e.detail.contains("legal duty")),
        "free text stays out of the audit log: {trail:?}"
    );
    let history = store.referral_history(id).unwrap();
    assert!(
        history[0].note.contains("legal duty"),
        "the reason stays with the referral: {history:?}"
    );

    // Consent recorded in the same flow: no override, and it stays recorded.
    assert!(!store.has_share_consent(pid, sid).unwrap());
    let mut c = new(pid, sid);
    c.record_consent = true;
    let id = store.create_referral(&c, &stamp()).unwrap();
    assert!(!store.referral(id).unwrap().unwrap().consent_override);
    assert!(store.has_share_consent(pid, sid).unwrap());
    store.create_referral(&new(pid, sid), &stamp()).unwrap();

    // Consent for one service does not cover another; consent for "any" does.
    let other = store.insert_service(&service("other"), &stamp()).unwrap();
    assert!(!store.has_share_consent(pid, other).unwrap());
    store.record_share_consent(pid, None, &stamp()).unwrap();
    assert!(store.has_share_consent(pid, other).unwrap());
}

#[test]
fn a_service_that_takes_no_referrals_refuses_them() {
    let (_dir, mut store, pid, _) = setup();
    let mut closed = service("closed");
    closed.accepts_referrals = false;
    let sid = store.insert_service(&closed, &stamp()).unwrap();
    let mut n = new(pid, sid);
    n.record_consent = true;
    assert!(matches!(
        store.create_referral(&n, &stamp()),
        Err(ReferralError::NotAccepting)
    ));
}

#[test]
fn status_changes_keep_history_and_are_version_checked() {
    let (_dir, mut store, pid, sid) = setup();
    let mut n = new(pid, sid);
    n.record_consent = true;
    let id = store.create_referral(&n, &stamp()).unwrap();
    let r = store.referral(id).unwrap().unwrap();
    assert_eq!(r.state, ReferralState::Sent);

    // Forbidden: completed straight from sent, with a clear message; nothing changes.
    let err = store
        .change_referral_state(id, r.version, ReferralState::Completed, "", &stamp())
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "a referral that is sent cannot become completed"
    );
    // Declining needs a reason.
    let err = store
        .change_referral_state(id, r.version, ReferralState::Declined, "", &stamp())
        .unwrap_err();
    assert!(err.to_string().contains("needs a reason"), "{err}");

    let accepted = store
        .change_referral_state(id, r.version, ReferralState::Accepted, "", &stamp())
        .unwrap();
    assert_eq!(accepted.version, r.version + 1);
    // A stale version (another desk's change) is refused.
    let err = store
        .change_referral_state(id, r.version, ReferralState::Completed, "", &stamp())
        .unwrap_err();
    assert!(
        matches!(err, ReferralError::Store(StoreError::Conflict { .. })),
        "{err}"
    );
    let done = store
        .change_referral_state(id, accepted.version, ReferralState::Completed, "", &stamp())
        .unwrap();
    assert_eq!(done.state, ReferralState::Completed);
    let err = store
        .change_referral_state(id, done.version, ReferralState::Cancelled, "x", &stamp())
        .unwrap_err();
    assert!(err.to_string().contains("already completed"), "{err}");

    let history = store.referral_history(id).unwrap();
    let states: Vec<_> = history.iter().map(|e| e.to_state).collect();
    assert_eq!(
        states,
        [
            ReferralState::Sent,
            ReferralState::Accepted,
            ReferralState::Completed
        ]
    );
    assert!(
        history
            .iter()
            .all(|e| e.operator == "tester" && e.at == at())
    );
    assert_eq!(history[2].from_state, Some(ReferralState::Accepted));
    assert!(store.open_referrals().unwrap().is_empty());
}

#[test]
fn editing_a_service_checks_its_version() {
    let (_dir, mut store, _, sid) = setup();
    let mut s = store.service(sid).unwrap().unwrap();
    s.phone = "+30 210 999 9999".into();
    let version = store.update_service(&s, &stamp()).unwrap();
    assert_eq!(store.service(sid).unwrap().unwrap().version, version);
    s.hours = "stale edit".into();
    assert!(matches!(
        store.update_service(&s, &stamp()),
        Err(StoreError::Conflict { .. })
    ));
    assert_eq!(
        store.service(sid).unwrap().unwrap().phone,
        "+30 210 999 9999"
    );
}

#[test]
fn referrals_list_json_and_directory_cli() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("demo.db");
    let mut store = kentro::cli::demo::create(&db, at()).unwrap();
    let me = kentro::identity::operator_login().unwrap();
    kentro::cli::demo::make_admin(&mut store, &me).unwrap();
    drop(store);
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_kentro"))
            .arg("--db")
            .arg(&db)
            .args(args)
            .env("KENTRO_CONFIG", dir.path().join("none.toml"))
            .output()
            .unwrap()
    };
    let out = run(&["referrals", "list", "--open", "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = value.as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(
        rows.iter()
            .all(|r| r["state"] == "sent" || r["state"] == "accepted")
    );
    // Overdue first.
    let first_not = rows
        .iter()
        .position(|r| r["overdue"] == false)
        .unwrap_or(rows.len());
    assert!(rows[first_not..].iter().all(|r| r["overdue"] == false));
    let hsds = dir.path().join("hsds");
    let out = run(&["directory", "export", hsds.to_str().unwrap()]);
    assert!(out.status.success());
    std::fs::write(
        hsds.join("phones.csv"),
        "id,service_id,number\n\
         5b3c50b0-4a9e-4b9f-8f3c-0a6b1d2c3e4f,9a0e3a2c-1111-4222-8333-444455556666,123\n",
    )
    .unwrap();
    let out = run(&["directory", "import", hsds.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains(
            "phones.csv:2: service_id: \"9a0e3a2c-1111-4222-8333-444455556666\" is not in services.csv"
        ),
        "{err}"
    );
}
