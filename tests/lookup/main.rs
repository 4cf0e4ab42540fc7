//! The lookup engine against the labelled recall set, among synthetic distractors.

use chrono::NaiveDate;
use kentro::search::{self, MatchKind, recall};
use kentro::store::{Stamp, Store};
use kentro::synth::PersonGenerator;

mod namesakes;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

fn store_with_distractors(count: u64) -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let generator = PersonGenerator::new(7, today());
    let people: Vec<_> = (0..count).map(|i| generator.person(i)).collect();
    let stamp = Stamp {
        at: today().and_hms_opt(8, 0, 0).unwrap(),
        operator: "seed".into(),
    };
    store.insert_people(&people, &stamp).unwrap();
    (dir, store)
}

/// A new database, and the stamp its test writes with.
fn empty_store() -> (tempfile::TempDir, Store, Stamp) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let stamp = Stamp {
        at: today().and_hms_opt(9, 0, 0).unwrap(),
        operator: "t".into(),
    };
    (dir, store, stamp)
}

/// A person known by these three names only.
fn named(surname: &str, given: &str, father: &str) -> kentro::domain::person::Person {
    kentro::domain::person::Person {
        surname: surname.into(),
        given_name: given.into(),
        father_name: father.into(),
        ..Default::default()
    }
}

/// `wanted` registered first (so the least recent of all), then `others` by the
/// hundred: each of `queries` finds `wanted` first.
fn found_first(
    wanted: kentro::domain::person::Person,
    others: &[kentro::domain::person::Person],
    queries: &[&str],
) {
    let (_dir, mut store, stamp) = empty_store();
    let wanted = store.insert_person(&wanted, &stamp).unwrap();
    let people: Vec<_> = others
        .iter()
        .flat_map(|p| std::iter::repeat_n(p.clone(), 300))
        .collect();
    store.insert_people(&people, &stamp).unwrap();
    for q in queries {
        let hits = search::search_on(&store, q, 5, today()).unwrap();
        assert_eq!(hits.first().map(|h| h.person.id), Some(wanted), "{q}");
    }
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
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
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
    let (_dir, mut store, stamp) = empty_store();
    let christos = store
        .insert_person(&named("Γιαννόπουλος", "Χρήστος", "Εμμανουήλ"), &stamp)
        .unwrap();
    let thomas = store
        .insert_person(&named("Γιαννόπουλος", "Θωμάς", "Χρήστος"), &stamp)
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

/// Sixty exact namesakes, each born on another day, several of them seen more recently
/// than the one the desk wants: the date narrows to the right one in every form typed,
/// and the usual entry errors still find them, after the exact date.
#[test]
fn a_date_of_birth_picks_one_among_namesakes() {
    use kentro::search::DateMatch;
    let (_dir, mut store, stamp) = empty_store();
    let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let person =
        |dob: Option<NaiveDate>, father: &str, mother: &str| kentro::domain::person::Person {
            surname: "Παπαδόπουλος".into(),
            given_name: "Γεώργιος".into(),
            father_name: father.into(),
            mother_name: mother.into(),
            date_of_birth: dob,
            ..Default::default()
        };
    let mut namesakes = Vec::new();
    for i in 0..60u32 {
        let dob = ymd(1950 + (i as i32 % 40), 1 + i % 12, 1 + (i * 7) % 28);
        namesakes.push(
            store
                .insert_person(&person(Some(dob), "Νικόλαος", "Μαρία"), &stamp)
                .unwrap(),
        );
    }
    let wanted = store
        .insert_person(&person(Some(ymd(2002, 10, 23)), "Ιωάννης", "Ελένη"), &stamp)
        .unwrap();
    let swapped = store
        .insert_person(&person(Some(ymd(2002, 5, 7)), "Ιωάννης", "Ελένη"), &stamp)
        .unwrap();
    let year_only = store
        .insert_person(&person(Some(ymd(1987, 1, 1)), "Ιωάννης", "Ελένη"), &stamp)
        .unwrap();
    let no_date = store
        .insert_person(&person(None, "Ιωάννης", "Ελένη"), &stamp)
        .unwrap();
    let top = |q: &str| -> Vec<(i64, Option<DateMatch>)> {
        search::search_on(&store, q, 5, today())
            .unwrap()
            .into_iter()
            .map(|h| (h.person.id, h.date))
            .collect()
    };
    for q in [
        "Παπαδόπουλος Γεώργιος 23/10/2002",
        "papadopoulos georgios 23-10-02",
        "23.10.2002 Παπαδόπουλος",
        "Γεώργιος 2002-10-23 papadopoulos",
        "papadopoulos 23102002",
    ] {
        assert_eq!(top(q)[0], (wanted, Some(DateMatch::Exact)), "{q}");
    }
    // Tolerated errors: one digit, the other century, the year one off.
    for (q, why) in [
        ("Παπαδόπουλος Γεώργιος 28/10/2002", DateMatch::OneDigit),
        ("Παπαδόπουλος Γεώργιος 23/10/1902", DateMatch::WrongCentury),
        ("Παπαδόπουλος Γεώργιος 23/10/2003", DateMatch::OneDigit),
    ] {
        let got = top(q);
        assert_eq!(
            got.first().copied(),
            Some((wanted, Some(why))),
            "{q}: {got:?}"
        );
    }
    // 5/7 typed for 7/5: the day and month swapped, ahead of the same year.
    let got = top("Παπαδόπουλος Γεώργιος 5/7/2002");
    assert_eq!(
        got[0],
        (swapped, Some(DateMatch::DayMonthSwapped)),
        "{got:?}"
    );
    assert_eq!(got[1], (wanted, Some(DateMatch::SameYear)), "{got:?}");
    // A year: the exact year first, the year-only registration is an exact year too.
    let year = top("Παπαδόπουλος Γεώργιος 1987");
    assert!(
        year.contains(&(year_only, Some(DateMatch::Exact))),
        "{year:?}"
    );
    // An age.
    let age = top("Παπαδόπουλος Γεώργιος 23ε");
    assert_eq!(age[0].0, wanted, "{age:?}");
    // A person with no recorded date is not contradicted: listed, after the dates.
    let all = search::search_on(&store, "Παπαδόπουλος Γεώργιος 2002", 100, today()).unwrap();
    assert_eq!(all.last().map(|h| h.person.id), Some(no_date));
    assert!(all.iter().all(|h| {
        h.person
            .date_of_birth
            .is_none_or(|d| (2001..=2003).contains(&chrono::Datelike::year(&d)))
    }));
    // The mother's name narrows like the father's.
    let mother = top("Παπαδόπουλος Γεώργιος Ελένη");
    assert!(
        mother
            .iter()
            .take(4)
            .all(|(id, _)| [wanted, swapped, year_only, no_date].contains(id)),
        "{mother:?}"
    );
    // A date alone lists the people born that day.
    let alone = search::search_on(&store, "23/10/2002", 10, today()).unwrap();
    assert_eq!(alone.len(), 1);
    assert_eq!(alone[0].person.id, wanted);
    assert_eq!(alone[0].kind, MatchKind::BirthDate);
    let _ = namesakes;
}

#[test]
fn an_afm_in_its_vat_form_finds_the_person() {
    let (_dir, mut store, stamp) = empty_store();
    let id = store
        .insert_person(
            &kentro::domain::person::Person {
                surname: "Δημητρίου".into(),
                given_name: "Άννα".into(),
                afm: Some("067171041".into()),
                ..Default::default()
            },
            &stamp,
        )
        .unwrap();
    for q in ["EL067171041", "EL 067 171 041", "ΕΛ 067171041", "067171041"] {
        let hits = search::search_on(&store, q, 5, today()).unwrap();
        assert_eq!(
            hits.first().map(|h| (h.person.id, h.kind)),
            Some((id, MatchKind::Identifier)),
            "{q}"
        );
    }
}

#[test]
fn results_say_which_name_words_matched() {
    use kentro::search::{NameField, WordSpan};
    let (_dir, mut store, stamp) = empty_store();
    let id = store
        .insert_person(
            &kentro::domain::person::Person {
                surname: "Αλ-Χασάν".into(),
                given_name: "Γιουσέφ Αχμέτ".into(),
                father_name: "Ιμπραήμ".into(),
                date_of_birth: NaiveDate::from_ymd_opt(1990, 4, 2),
                ..Default::default()
            },
            &stamp,
        )
        .unwrap();
    let span = |field, first, count| WordSpan {
        field,
        first,
        count,
    };
    let matched = |q: &str| {
        let hits = search::search_on(&store, q, 5, today()).unwrap();
        let hit = hits.into_iter().find(|h| h.person.id == id).expect(q);
        (hit.matched, hit.date)
    };
    // Each typed word marks the word of the name it matched, in any script.
    assert_eq!(
        matched("alhassan youssef").0,
        vec![
            span(NameField::Surname, 0, 2),
            span(NameField::GivenName, 0, 1)
        ]
    );
    assert_eq!(
        matched("Χασάν Αχμέτ ibrahim").0,
        vec![
            span(NameField::Surname, 1, 1),
            span(NameField::GivenName, 1, 1),
            span(NameField::Father, 0, 1)
        ]
    );
    // A date term is reported with the words; an identifier marks no words.
    let (words, date) = matched("xasan 02/04/1990");
    assert_eq!(words, vec![span(NameField::Surname, 1, 1)]);
    assert_eq!(date, Some(search::DateMatch::Exact));
}
