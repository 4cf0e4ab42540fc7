//! The lookup engine against the labelled recall set, among synthetic distractors.

use chrono::NaiveDate;
use kentro::search::{self, MatchKind, recall};
use kentro::store::{Stamp, Store};
use kentro::synth::PersonGenerator;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

fn store_with_distractors(count: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    let generator = PersonGenerator::new(7, today());
    let people: Vec<_> = (0..count).map(|i| generator.person(i)).collect();
    let stamp = Stamp {
        at: today().and_hms_opt(8, 0, 0).unwrap(),
        operator: "seed".into(),
    };
    store.insert_people(&people, &stamp).unwrap();
    (dir, store)
}

#[test]
fn recall_set_finds_the_right_person() {
    let (_dir, mut store) = store_with_distractors(5000);
    let ids = recall::install(&mut store, today()).unwrap();
    // Installing twice finds the same people.
    assert_eq!(recall::install(&mut store, today()).unwrap(), ids);
    let results = recall::evaluate(&store, &ids, today(), 5).unwrap();
    let misses: Vec<String> = results
        .iter()
        .filter(|r| r.rank != Some(1))
        .map(|r| {
            format!(
                "{} / {} {:?}: rank {:?}",
                r.query.label, r.query.case, r.query.query, r.rank
            )
        })
        .collect();
    let (first, top5) = recall::shares(&results);
    println!(
        "recall: first {:.1}%, top 5 {:.1}% of {}",
        first * 100.0,
        top5 * 100.0,
        results.len()
    );
    for m in &misses {
        println!("  {m}");
    }
    assert!(results.len() >= 100);
    assert!(first >= 0.95, "first {first}: {misses:#?}");
    assert!(top5 >= 0.99, "top5 {top5}: {misses:#?}");
}

#[test]
fn ranking_exact_identifier_then_exact_then_prefix_then_visit() {
    let (_dir, mut store) = store_with_distractors(300);
    let ids = recall::install(&mut store, today()).unwrap();
    let id = |label: &str| ids.iter().find(|(l, _)| l == label).unwrap().1;
    let hits = search::search_on(&store, "+30 694 412 3456", 5, today()).unwrap();
    assert_eq!(hits[0].kind, MatchKind::Identifier);
    assert_eq!(hits[0].person.id, id("papadopoulos"));
    // Kinds never go back up the list.
    for query in ["papadop", "mohamed", "karimi ahmad", "papadopolous"] {
        let hits = search::search_on(&store, query, 50, today()).unwrap();
        assert!(!hits.is_empty(), "{query}");
        for pair in hits.windows(2) {
            let rank = |h: &search::Hit| (h.kind, h.father_only);
            assert!(rank(&pair[0]) <= rank(&pair[1]), "{query}: {:?}", pair);
            if rank(&pair[0]) == rank(&pair[1]) {
                assert!(pair[0].last_visit >= pair[1].last_visit, "{query}");
                if pair[0].last_visit == pair[1].last_visit {
                    assert!(pair[0].score >= pair[1].score, "{query}");
                }
            }
        }
    }
    // An exact name beats a variant spelling.
    let hits = search::search_on(&store, "Rezaei Mohammad", 5, today()).unwrap();
    assert_eq!(hits[0].kind, MatchKind::ExactName);
    let hits = search::search_on(&store, "Rezai Mohamed", 5, today()).unwrap();
    assert_eq!(hits[0].person.id, id("rezaei"));
    assert_eq!(hits[0].kind, MatchKind::Transliterated);
    let hits = search::search_on(&store, "Theodorpoulos ilias", 5, today()).unwrap();
    assert_eq!(hits[0].person.id, id("theodoropoulos"));
    assert_eq!(hits[0].kind, MatchKind::Fuzzy);
    // The ticket number only means something on its day.
    let tomorrow = today().succ_opt().unwrap();
    assert!(
        search::search_on(&store, "k014", 5, tomorrow)
            .unwrap()
            .is_empty()
    );
}

#[test]
fn stale_keys_are_rebuilt_at_open() {
    let (dir, mut store) = store_with_distractors(50);
    let ids = recall::install(&mut store, today()).unwrap();
    let before = search::search_on(&store, "papadopoulos georgios", 5, today()).unwrap();
    assert!(!before.is_empty());
    // An old key version: the next open rebuilds the keys, with progress.
    store.set_search_key_version_for_tests(0).unwrap();
    drop(store);
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    assert_eq!(
        store.search_key_version().unwrap(),
        kentro::domain::names::KEY_VERSION
    );
    let mut calls = 0;
    store.set_search_key_version_for_tests(0).unwrap();
    assert!(
        store
            .ensure_search_keys(&mut |done, total| {
                calls += 1;
                assert!(done <= total);
            })
            .unwrap()
    );
    assert!(calls >= 1);
    let after = search::search_on(&store, "papadopoulos georgios", 5, today()).unwrap();
    assert_eq!(before, after);
    let results = recall::evaluate(&store, &ids, today(), 5).unwrap();
    assert!(recall::shares(&results).1 >= 0.99);
}

#[test]
fn a_given_name_beats_the_same_name_as_a_father_who_came_more_recently() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("k.db")).unwrap();
    let stamp = Stamp {
        at: today().and_hms_opt(9, 0, 0).unwrap(),
        operator: "t".into(),
    };
    let person = |surname: &str, given: &str, father: &str| kentro::domain::person::Person {
        surname: surname.into(),
        given_name: given.into(),
        father_name: father.into(),
        ..Default::default()
    };
    let christos = store
        .insert_person(&person("Γιαννόπουλος", "Χρήστος", "Εμμανουήλ"), &stamp)
        .unwrap();
    let thomas = store
        .insert_person(&person("Γιαννόπουλος", "Θωμάς", "Χρήστος"), &stamp)
        .unwrap();
    store
        .insert_visit(
            &kentro::domain::records::Visit {
                id: 0,
                person_id: thomas,
                visited_on: today(),
                service_id: None,
                reason: String::new(),
                note: String::new(),
                operator: "t".into(),
                created_at: None,
            },
            &stamp,
        )
        .unwrap();
    for query in [
        "giannopoulos xristos",
        "Γιαννόπουλος Χρήστος",
        "xristos giannop",
    ] {
        let hits = search::search_on(&store, query, 5, today()).unwrap();
        let ids: Vec<i64> = hits.iter().map(|h| h.person.id).collect();
        assert_eq!(ids, vec![christos, thomas], "{query}");
    }
}
