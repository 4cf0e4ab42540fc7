//! Referrals between two centres as signed packets: exactly the consented fields
//! travel, a changed packet or an unknown sender is refused with one line naming the
//! sender, and a referral and its answer make the round trip between two databases.

use std::path::Path;

use kentro::cli::directory::{export_dir, import_path};
use kentro::cli::packets;
use kentro::domain::codes::{Gender, ReferralState, Role};
use kentro::domain::packet::SHARED_FIELDS;
use kentro::domain::person::Person;
use kentro::domain::records::Staff;
use kentro::store::{Stamp, Store};

fn staff(login: &str) -> Staff {
    Staff {
        login: login.into(),
        display_name: format!("{login} (desk 1)"),
        role: Role::SocialWorker,
        organisation: String::new(),
        default_desk: Some(1),
        active: true,
    }
}

fn centre(dir: &Path, file: &str, name: &str) -> Store {
    let mut store = Store::open_or_create(&dir.join(file)).unwrap();
    let mut own = store.own_organisation().unwrap();
    own.name = name.into();
    own.email = format!("info@{file}.example.org");
    store.save_organisation(&own, &Stamp::now("admin")).unwrap();
    store
}

/// Each centre imports the other's directory: that is how they come to trust each
/// other's keys.
fn exchange(dir: &Path, a: &mut Store, b: &mut Store) {
    let (da, db) = (dir.join("dir-a"), dir.join("dir-b"));
    export_dir(a, &da).unwrap();
    export_dir(b, &db).unwrap();
    import_path(b, &da, &Stamp::now("admin")).unwrap();
    import_path(a, &db, &Stamp::now("admin")).unwrap();
}

fn canary_person() -> Person {
    Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        father_name: "Ali".into(),
        date_of_birth: chrono::NaiveDate::from_ymd_opt(1986, 2, 14),
        gender: Some(Gender::Male),
        phone: Some("+30 694 412 3456".into()),
        languages: vec!["fas".into()],
        interpreter_needed: true,
        address: Some("CANARY-ADDRESS Αχαρνών 1".into()),
        notes: "CANARY-NOTES asylum interview".into(),
        paaypa: Some("CANARY-PAAYPA".into()),
        ..Person::default()
    }
}

#[test]
fn a_referral_and_its_answer_travel_between_two_centres() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = centre(dir.path(), "a.db", "Κέντρο Κοινότητας Α");
    let mut b = centre(dir.path(), "b.db", "Κέντρο Κοινότητας Β");
    exchange(dir.path(), &mut a, &mut b);
    let maria = staff("maria");
    let nikos = staff("nikos");

    // Centre A refers its person to B's social service (named by its HSDS id).
    let b_social = b.service_by_code("social").unwrap().unwrap();
    let person = a
        .insert_person(&canary_person(), &Stamp::now("maria"))
        .unwrap();
    packets::add(
        &mut a,
        &maria,
        person,
        &b_social.uid,
        "Στέγαση: χρειάζεται ξενώνα",
        "urgent",
        true,
    )
    .unwrap();
    let referral = a
        .all_referrals()
        .unwrap()
        .into_iter()
        .max_by_key(|r| r.id)
        .unwrap();
    let packet = dir.path().join("referral.json");
    packets::export(&mut a, &maria, referral.id, &packet).unwrap();
    let text = std::fs::read_to_string(&packet).unwrap();

    // Exactly the consented fields, stated in the packet; nothing else.
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let body = &value["body"];
    let fields: Vec<&str> = body["person"]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let stated: Vec<&str> = body["consent"]["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    assert_eq!(fields, stated);
    assert!(fields.iter().all(|f| SHARED_FIELDS.contains(f)));
    assert_eq!(body["person"]["surname"], "Rezaei");
    assert_eq!(body["person"]["date_of_birth"], "1986-02-14");
    assert_eq!(body["urgency"], "urgent");
    assert_eq!(body["sender"]["name"], "Κέντρο Κοινότητας Α");
    assert_eq!(body["sender"]["email"], "info@a.db.example.org");
    assert!(
        !text.contains("CANARY"),
        "a field without consent left the centre:\n{text}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&packet).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Changed on the way: refused, naming the sender.
    let tampered = dir.path().join("tampered.json");
    std::fs::write(&tampered, text.replace("ξενώνα", "ξενοδοχείο")).unwrap();
    let err = packets::import(&mut b, &nikos, &tampered)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("packet refused: it does not verify with the key of Κέντρο Κοινότητας Α"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1);
    // From an organisation B does not know: refused, naming it.
    let stranger = dir.path().join("stranger.json");
    let a_uid = a.own_organisation().unwrap().uid;
    std::fs::write(
        &stranger,
        text.replace(&a_uid, "0f0f0f0f-0000-4000-8000-000000000000"),
    )
    .unwrap();
    let err = packets::import(&mut b, &nikos, &stranger)
        .unwrap_err()
        .to_string();
    assert!(
        err.contains("the sender Κέντρο Κοινότητας Α (0f0f0f0f-0000-4000-8000-000000000000) is not in this directory"),
        "{err}"
    );
    assert!(
        b.incoming_referral_ids().unwrap().is_empty(),
        "nothing imported"
    );

    // The real packet: B records the incoming referral and registers the person.
    let people_before = b
        .people_by_ids(&(1..1000).collect::<Vec<_>>())
        .unwrap()
        .len();
    packets::import(&mut b, &nikos, &packet).unwrap();
    let incoming = b.incoming_referral_ids().unwrap();
    assert_eq!(incoming.len(), 1);
    let received = b.referral(incoming[0]).unwrap().unwrap();
    assert_eq!(received.service_id, b_social.id);
    assert_eq!(received.state, ReferralState::Sent);
    let registered = b.person(received.person_id).unwrap().unwrap();
    assert_eq!(
        (registered.surname.as_str(), registered.given_name.as_str()),
        ("Rezaei", "Mohammad")
    );
    assert!(registered.notes.is_empty() && registered.address.is_none());
    assert_eq!(
        b.people_by_ids(&(1..1000).collect::<Vec<_>>())
            .unwrap()
            .len(),
        people_before + 1
    );
    // The same packet twice is not a second referral.
    assert!(packets::import(&mut b, &nikos, &packet).is_err());

    // B accepts and answers; A's referral follows.
    packets::set(&mut b, &nikos, received.id, "accepted", "").unwrap();
    let answer = dir.path().join("answer.json");
    packets::export(&mut b, &nikos, received.id, &answer).unwrap();
    packets::import(&mut a, &maria, &answer).unwrap();
    assert_eq!(
        a.referral(referral.id).unwrap().unwrap().state,
        ReferralState::Accepted
    );
    // Then completed.
    packets::set(&mut b, &nikos, received.id, "completed", "").unwrap();
    let done = dir.path().join("done.json");
    packets::export(&mut b, &nikos, received.id, &done).unwrap();
    packets::import(&mut a, &maria, &done).unwrap();
    assert_eq!(
        a.referral(referral.id).unwrap().unwrap().state,
        ReferralState::Completed
    );
}

#[test]
fn no_packet_without_consent_to_share() {
    let dir = tempfile::tempdir().unwrap();
    let mut a = centre(dir.path(), "a.db", "Κέντρο Α");
    let mut b = centre(dir.path(), "b.db", "Κέντρο Β");
    exchange(dir.path(), &mut a, &mut b);
    let maria = staff("maria");
    let b_social = b.service_by_code("social").unwrap().unwrap();
    let person = a
        .insert_person(&canary_person(), &Stamp::now("maria"))
        .unwrap();
    // Without --consent the referral itself is refused (no consent recorded).
    assert!(
        packets::add(
            &mut a,
            &maria,
            person,
            &b_social.uid,
            "Στέγαση",
            "routine",
            false
        )
        .is_err()
    );
    // A referral to this centre's own service has nothing to send.
    packets::add(&mut a, &maria, person, "kea", "ΚΕΑ", "routine", true).unwrap();
    let own = a
        .all_referrals()
        .unwrap()
        .into_iter()
        .max_by_key(|r| r.id)
        .unwrap();
    let err = packets::export(&mut a, &maria, own.id, &dir.path().join("x.json"))
        .unwrap_err()
        .to_string();
    assert!(err.contains("this centre's own service"), "{err}");
    assert!(!dir.path().join("x.json").exists());
}

#[test]
fn every_new_centre_has_a_key_on_its_own_record() {
    let dir = tempfile::tempdir().unwrap();
    let a = Store::open_or_create(&dir.path().join("a.db")).unwrap();
    let key = a.own_organisation().unwrap().public_key;
    assert_eq!(key.len(), 64);
    drop(a);
    // Opening again keeps the same key.
    let a = Store::open_or_create(&dir.path().join("a.db")).unwrap();
    assert_eq!(a.own_organisation().unwrap().public_key, key);
    let b = Store::open_or_create(&dir.path().join("b.db")).unwrap();
    assert_ne!(b.own_organisation().unwrap().public_key, key);
}
