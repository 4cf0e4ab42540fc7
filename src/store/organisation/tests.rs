use super::*;
use crate::domain::directory::SCHEME_AFM;

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    (dir, store)
}

#[test]
fn a_new_database_has_its_own_centre_and_the_starting_taxonomy() {
    let (_dir, store) = store();
    let own = store.own_organisation().unwrap();
    assert!(own.own_centre && own.network_member);
    let terms = store.taxonomy_terms().unwrap();
    assert_eq!(terms.len(), 14);
    assert!(
        terms
            .iter()
            .any(|t| t.code == "roma" && t.name_el == "Ένταξη Ρομά")
    );
    // The queue lines of a new database belong to the centre and keep a category.
    let kea = store.service_by_code("kea").unwrap().unwrap();
    assert_eq!(kea.organisation_id, Some(own.id));
    assert_eq!(kea.categories, ["benefits"]);
    assert!(crate::domain::directory::hsds_ids::is_uuid(&kea.uid));
}

#[test]
fn an_organisation_keeps_its_records_and_refuses_a_stale_edit() {
    let (_dir, mut store) = store();
    let stamp = Stamp::now("test");
    let mut org = Organisation {
        name: "Άρσις".into(),
        languages: vec!["ell".into(), "ara".into()],
        identifiers: vec![OrgIdentifier {
            scheme: SCHEME_AFM.into(),
            kind: "ΑΦΜ".into(),
            value: "090000045".into(),
            ..OrgIdentifier::default()
        }],
        locations: vec![OrgLocation {
            address_1: "Αχαρνών 10".into(),
            city: "Αθήνα".into(),
            postal_code: "104 34".into(),
            hours: "Δευ–Παρ 09:00–15:00".into(),
            ..OrgLocation::default()
        }],
        phones: vec![OrgPhone {
            number: "+30 210 000 0000".into(),
            kind: "voice".into(),
            ..OrgPhone::default()
        }],
        ..Organisation::default()
    };
    let id = store.save_organisation(&org, &stamp).unwrap();
    let read = store.organisation(id).unwrap().unwrap();
    assert_eq!(read.identifiers[0].value, "090000045");
    assert_eq!(read.address_line(), "Αχαρνών 10, 104 34 Αθήνα");
    assert_eq!(read.first_phone(), "+30 210 000 0000");
    let uids = (read.uid.clone(), read.locations[0].address_uid.clone());
    // An edit keeps every id.
    let mut edit = read.clone();
    edit.description = "Κοινωνική οργάνωση".into();
    store.save_organisation(&edit, &stamp).unwrap();
    let again = store.organisation(id).unwrap().unwrap();
    assert_eq!(
        (again.uid.clone(), again.locations[0].address_uid.clone()),
        uids
    );
    // The first read's version is stale now.
    org = read;
    org.email = "info@arsis.example.org".into();
    assert!(matches!(
        store.save_organisation(&org, &stamp),
        Err(StoreError::Conflict { .. })
    ));
}

#[test]
fn the_migration_turns_organisation_text_into_records() {
    let mut conn = rusqlite::Connection::open_in_memory().unwrap();
    crate::store::migrations::migrations()
        .to_version(&mut conn, 8)
        .unwrap();
    conn.execute_batch(
        "INSERT INTO service (code, name_el, name_en, kind, category, organisation) VALUES
            ('dypa', 'ΔΥΠΑ Αθήνας', 'DYPA', 'external', 'Απασχόληση', 'ΔΥΠΑ'),
            ('dypa2', 'ΔΥΠΑ Πειραιά', 'DYPA', 'external', 'Άγνωστο', ' ΔΥΠΑ ');",
    )
    .unwrap();
    crate::store::migrations::migrate(&mut conn).unwrap();
    let orgs: Vec<(String, i64)> = conn
        .prepare("SELECT name, own_centre FROM organisation ORDER BY id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(
        orgs,
        [
            ("Κέντρο Κοινότητας".to_string(), 1),
            ("ΔΥΠΑ".to_string(), 0)
        ]
    );
    let rows: Vec<(String, String, String)> = conn
        .prepare(
            "SELECT s.code, o.name, s.description FROM service s \
             JOIN organisation o ON o.id = s.organisation_id WHERE s.code LIKE 'dypa%' ORDER BY s.code",
        )
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(rows[0], ("dypa".into(), "ΔΥΠΑ".into(), String::new()));
    // A category word no term fits is kept as the description.
    assert_eq!(rows[1], ("dypa2".into(), "ΔΥΠΑ".into(), "Άγνωστο".into()));
    let term: String = conn
        .query_row(
            "SELECT t.code FROM service_term st JOIN taxonomy_term t ON t.id = st.term_id \
             JOIN service s ON s.id = st.service_id WHERE s.code = 'dypa'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(term, "employment");
}
