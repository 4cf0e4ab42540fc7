//! The storage layer against real database files.

use chrono::{NaiveDate, NaiveDateTime};
use kentro::domain::codes::*;
use kentro::domain::person::Person;
use kentro::domain::records::*;
use kentro::store::{Stamp, Store, StoreError};

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M:%S").unwrap()
}

fn stamp() -> Stamp {
    Stamp {
        at: at("2026-11-23 10:42:00"),
        operator: "maria.k".into(),
    }
}

fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    (dir, store)
}

fn full_person() -> Person {
    Person {
        id: 0,
        surname: "Παπαδόπουλος".into(),
        given_name: "Γεώργιος".into(),
        father_name: "Νικόλαος".into(),
        mother_name: "Ελένη".into(),
        date_of_birth: NaiveDate::from_ymd_opt(1930, 1, 1),
        gender: Some(Gender::Male),
        nationality: Some("GR".into()),
        languages: vec!["ell".into(), "eng".into()],
        interpreter_needed: true,
        amka: Some("01013099997".into()),
        afm: Some("090000045".into()),
        paaypa: Some("ΠΑ123456789".into()),
        other_document: Some("AB 123456".into()),
        phone: Some("+306912345678".into()),
        email: Some("g@example.gr".into()),
        address: Some("Πατησίων 10".into()),
        municipality: Some("Αθηνών".into()),
        household_id: None,
        household_relation: Some(Relation::Head),
        vulnerabilities: vec![Vulnerability::Elderly, Vulnerability::Disability],
        employment: Some(Employment::Retired),
        education: Some(Education::Primary),
        consent_at: Some(at("2026-11-20 09:00:00")),
        consent_by: Some("maria.k".into()),
        notes: "σημείωση".into(),
        created_at: None,
        created_by: String::new(),
        updated_at: None,
        updated_by: String::new(),
        version: 0,
    }
}

#[test]
fn a_new_file_is_migrated_and_configured() {
    let (_dir, store) = fresh();
    let health = store.health().unwrap();
    assert!(health.is_ok(), "{health:?}");
    assert_eq!(health.schema_version, health.supported_version);
    let (journal, foreign_keys, synchronous, busy) = store.connection_settings().unwrap();
    assert_eq!(journal, "wal");
    assert!(foreign_keys);
    assert_eq!(synchronous, 2, "synchronous=FULL");
    assert!(busy >= 1000);
}

#[test]
fn reopening_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut store = Store::open_or_create(&path).unwrap();
    store.insert_person(&full_person(), &stamp()).unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(store.count_people().unwrap(), 1);
}

#[test]
fn person_round_trips_every_field() {
    let (_dir, mut store) = fresh();
    let household = store
        .insert_household(
            &Household {
                label: "Παπαδόπουλοι".into(),
                ..Default::default()
            },
            &stamp(),
        )
        .unwrap();
    let mut person = full_person();
    person.household_id = Some(household);
    let id = store.insert_person(&person, &stamp()).unwrap();
    let back = store.person(id).unwrap().unwrap();
    let expected = Person {
        id,
        created_at: Some(stamp().at),
        created_by: "maria.k".into(),
        updated_at: Some(stamp().at),
        updated_by: "maria.k".into(),
        version: 1,
        ..person
    };
    assert_eq!(back, expected);
    assert_eq!(
        store.household_members(household).unwrap(),
        vec![expected.clone()]
    );
    assert_eq!(
        store.person_by_amka("01013099997").unwrap(),
        Some(expected.clone())
    );
    assert_eq!(store.person_by_afm("090000045").unwrap(), Some(expected));
    let trail = store.audit_trail("person", id).unwrap();
    assert_eq!(trail.len(), 1);
    assert_eq!(trail[0].action, "create");
    assert_eq!(trail[0].detail, "", "the audit log holds no personal data");
}

#[test]
fn a_second_person_with_the_same_amka_is_refused() {
    let (_dir, mut store) = fresh();
    let first = store.insert_person(&full_person(), &stamp()).unwrap();
    let mut twin = full_person();
    twin.afm = None;
    match store.insert_person(&twin, &stamp()) {
        Err(StoreError::Duplicate {
            field: "AMKA",
            existing_id,
        }) => assert_eq!(existing_id, Some(first)),
        other => panic!("expected a duplicate AMKA, got {other:?}"),
    }
    assert_eq!(store.count_people().unwrap(), 1);
}

#[test]
fn a_stale_edit_is_refused_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let mut desk1 = Store::open_or_create(&path).unwrap();
    let mut desk2 = Store::open_or_create(&path).unwrap();
    let id = desk1.insert_person(&full_person(), &stamp()).unwrap();
    let mut a = desk1.person(id).unwrap().unwrap();
    let mut b = desk2.person(id).unwrap().unwrap();
    a.phone = Some("+306900000001".into());
    assert_eq!(desk1.update_person(&a, &stamp()).unwrap(), 2);
    b.notes = "from desk 2".into();
    assert!(matches!(
        desk2.update_person(&b, &stamp()),
        Err(StoreError::Conflict { .. })
    ));
    let now = desk2.person(id).unwrap().unwrap();
    assert_eq!(now.phone.as_deref(), Some("+306900000001"));
    assert_eq!(now.notes, "σημείωση");
    assert_eq!(now.version, 2);
}

#[test]
fn another_connections_commit_changes_data_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    let watcher = Store::open_or_create(&path).unwrap();
    let mut writer = Store::open_or_create(&path).unwrap();
    let before = watcher.data_version().unwrap();
    assert_eq!(
        watcher.data_version().unwrap(),
        before,
        "stable while nothing happens"
    );
    writer.insert_person(&full_person(), &stamp()).unwrap();
    assert_ne!(watcher.data_version().unwrap(), before);
}

fn service(code: &str) -> Service {
    Service {
        code: code.into(),
        ticket_prefix: "Κ".into(),
        name_el: "Αιτήσεις ΚΕΑ".into(),
        name_en: "KEA applications".into(),
        kind: Some(ServiceKind::Internal),
        categories: vec!["benefits".into()],
        organisation: "Κέντρο Κοινότητας".into(),
        address: "Πειραιώς 1".into(),
        phone: "+302100000000".into(),
        email: "kea@example.gr".into(),
        hours: "Mo-Fr 09:00-17:00".into(),
        languages: vec!["ell".into(), "ara".into()],
        interpretation: true,
        eligibility: "residents".into(),
        documents_required: "ID, AMKA".into(),
        accepts_referrals: true,
        active: true,
        version: 1,
        id: 0,
        ..Service::default()
    }
}

#[test]
fn services_visits_tickets_appointments_referrals_round_trip() {
    let (_dir, mut store) = fresh();
    let s = stamp();
    let service_id = store.insert_service(&service("kea-test"), &s).unwrap();
    // The store gives the entry an HSDS id and files it under the centre itself.
    let read = store.service(service_id).unwrap().unwrap();
    assert!(kentro::domain::directory::hsds_ids::is_uuid(&read.uid));
    assert_eq!(
        read.organisation_id,
        Some(store.own_organisation().unwrap().id)
    );
    assert_eq!(
        Some(read.clone()),
        Some(Service {
            id: service_id,
            uid: read.uid.clone(),
            organisation_id: read.organisation_id,
            ..service("kea-test")
        })
    );
    assert!(matches!(
        store.insert_service(&service("kea-test"), &s),
        Err(StoreError::Duplicate { .. })
    ));
    let person_id = store.insert_person(&full_person(), &s).unwrap();

    let visit = Visit {
        id: 0,
        person_id,
        visited_on: NaiveDate::from_ymd_opt(2026, 11, 8).unwrap(),
        service_id: Some(service_id),
        reason: "ΚΕΑ".into(),
        note: "ανανέωση".into(),
        operator: "maria.k".into(),
        created_at: None,
    };
    let visit_id = store.insert_visit(&visit, &s).unwrap();
    assert_eq!(
        store.visits_of(person_id).unwrap(),
        vec![Visit {
            id: visit_id,
            created_at: Some(s.at),
            ..visit
        }]
    );

    let day = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
    let appointment = Appointment {
        person_id: Some(person_id),
        state: AppointmentState::CheckedIn,
        priority: vec![Vulnerability::SingleParent],
        interpreter_language: Some("fas".into()),
        ..Appointment::booked(service_id, at("2026-11-23 10:30:00"), 45, "maria.k")
    };
    let appointment_id = store.insert_appointment(&appointment, &s).unwrap();
    assert_eq!(
        store.appointments_on(day).unwrap(),
        vec![Appointment {
            id: appointment_id,
            ..appointment
        }]
    );

    let ticket = Ticket {
        id: 0,
        day,
        number: "Κ014".into(),
        seq: 14,
        service_id,
        person_id: Some(person_id),
        label: "family of 5".into(),
        reason: "KEA renewal".into(),
        priority: vec![Vulnerability::SingleParent],
        urgent: true,
        triage_note: "needs documents".into(),
        interpreter_language: Some("fas".into()),
        appointment_id: Some(appointment_id),
        state: TicketState::Called,
        desk: Some(3),
        arrived_at: at("2026-11-23 09:50:00"),
        called_at: Some(at("2026-11-23 10:40:00")),
        finished_at: None,
        created_by: "maria.k".into(),
        version: 1,
    };
    let history = vec![
        TicketEvent {
            ticket_id: 0,
            at: ticket.arrived_at,
            from_state: None,
            to_state: TicketState::Waiting,
            desk: None,
            operator: "maria.k".into(),
            note: String::new(),
        },
        TicketEvent {
            ticket_id: 0,
            at: at("2026-11-23 10:40:00"),
            from_state: Some(TicketState::Waiting),
            to_state: TicketState::Called,
            desk: Some(3),
            operator: "nikos.p".into(),
            note: String::new(),
        },
    ];
    let ticket_id = store
        .insert_ticket_with_history(&ticket, &history, &s)
        .unwrap();
    assert_eq!(
        store.tickets_on(day).unwrap(),
        vec![Ticket {
            id: ticket_id,
            ..ticket
        }]
    );
    let back: Vec<_> = store.ticket_history(ticket_id).unwrap();
    assert_eq!(back.len(), 2);
    assert!(back.iter().all(|e| e.ticket_id == ticket_id));
    assert_eq!(back[1].to_state, TicketState::Called);

    let referral = Referral {
        id: 0,
        person_id,
        service_id,
        ticket_id: Some(ticket_id),
        reason: "ΚΕΑ".into(),
        urgency: Urgency::Urgent,
        note: "".into(),
        state: ReferralState::Accepted,
        state_reason: "".into(),
        follow_up_on: NaiveDate::from_ymd_opt(2026, 11, 25),
        consent_override: false,
        created_at: at("2026-11-14 10:00:00"),
        created_by: "maria.k".into(),
        updated_at: at("2026-11-15 10:00:00"),
        updated_by: "nikos.p".into(),
        version: 1,
    };
    let referral_id = store.insert_referral(&referral, &s).unwrap();
    let expected = Referral {
        id: referral_id,
        ..referral
    };
    assert_eq!(store.referral(referral_id).unwrap(), Some(expected.clone()));
    assert_eq!(
        store.referrals_of(person_id).unwrap(),
        vec![expected.clone()]
    );
    assert_eq!(store.open_referrals().unwrap(), vec![expected]);
}

#[test]
fn staff_and_drafts_round_trip() {
    let (_dir, mut store) = fresh();
    let staff = Staff {
        login: "maria.k".into(),
        display_name: "Μαρία Κ.".into(),
        role: Role::SocialWorker,
        organisation: String::new(),
        default_desk: Some(2),
        active: true,
    };
    store.upsert_staff(&staff, &stamp()).unwrap();
    assert_eq!(store.staff("maria.k").unwrap(), Some(staff.clone()));
    let moved = Staff {
        default_desk: Some(4),
        ..staff
    };
    store.upsert_staff(&moved, &stamp()).unwrap();
    assert_eq!(store.staff("maria.k").unwrap(), Some(moved));

    let first = store
        .save_draft("intake", None, "{\"surname\":\"Κα\"}", &stamp())
        .unwrap();
    let again = store
        .save_draft("intake", None, "{\"surname\":\"Καρίμι\"}", &stamp())
        .unwrap();
    assert_eq!(first, again, "one draft per operator, form and target");
    let drafts = store.drafts_of("maria.k").unwrap();
    assert_eq!(drafts.len(), 1);
    assert_eq!(drafts[0].payload, "{\"surname\":\"Καρίμι\"}");
    assert!(store.drafts_of("someone.else").unwrap().is_empty());
    store.delete_draft(first).unwrap();
    assert!(store.drafts_of("maria.k").unwrap().is_empty());
}

#[test]
fn a_file_that_is_not_a_database_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    let content = b"this is a spreadsheet, not a database\n".repeat(200);
    std::fs::write(&path, &content).unwrap();
    assert!(matches!(
        Store::open(&path),
        Err(StoreError::NotKentro { .. })
    ));
    assert_eq!(std::fs::read(&path).unwrap(), content);
    assert!(!dir.path().join("notes.txt-wal").exists());
}

#[test]
fn another_programs_database_is_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch("CREATE TABLE accounts (id INTEGER PRIMARY KEY, balance INTEGER);")
            .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("must refuse");
    assert!(err.to_string().contains("not a kentro database"), "{err}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_newer_schema_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    drop(Store::open_or_create(&path).unwrap());
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    match Store::open(&path) {
        Err(StoreError::Newer { found: 99, .. }) => {}
        other => panic!("expected a newer-schema refusal, got {:?}", other.err()),
    }
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn backup_is_a_checked_copy() {
    let (dir, mut store) = fresh();
    store.insert_person(&full_person(), &stamp()).unwrap();
    let target = dir.path().join("copy.db");
    let health = store.backup_to(&target).unwrap();
    assert!(health.is_ok());
    assert_eq!(health.people, 1);
    assert!(store.backup_to(&target).is_err(), "never overwrites");
    assert_eq!(Store::open(&target).unwrap().count_people().unwrap(), 1);
}

#[test]
fn open_refuses_a_missing_file_and_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let typo = dir.path().join("kentor.db");
    let err = Store::open(&typo).err().expect("must refuse");
    assert!(matches!(err, StoreError::Missing { .. }), "{err}");
    assert!(err.to_string().contains("kentro init --db"), "{err}");
    assert!(Store::open_read_only(&typo).is_err());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn create_never_overwrites() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    drop(Store::create(&path).unwrap());
    let err = Store::create(&path)
        .err()
        .expect("must refuse an existing file");
    assert!(err.to_string().contains("already exists"), "{err}");
}

#[test]
fn read_only_open_neither_migrates_nor_writes() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db");
    drop(Store::create(&path).unwrap());
    let before = std::fs::read(&path).unwrap();
    let mut store = Store::open_read_only(&path).unwrap();
    assert!(store.health().unwrap().is_ok());
    assert!(store.insert_person(&full_person(), &stamp()).is_err());
    drop(store);
    assert_eq!(std::fs::read(&path).unwrap(), before);
}
