//! The intake rules against known vectors, and properties.

use chrono::{NaiveDate, NaiveDateTime};
use proptest::prelude::*;

use super::*;
use crate::domain::codes::Gender;
use crate::domain::dates::DateError;
use crate::domain::ids::{self, IdError};

fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15)
        .and_then(|d| d.and_hms_opt(10, 42, 0))
        .unwrap()
}

fn named() -> Entry {
    let mut e = Entry::default();
    e.set(Field::Surname, "Καρίμι");
    e.set(Field::GivenName, "Ahmad");
    e.set(Field::Consent, "1");
    e
}

#[test]
fn the_known_amka_vector_is_valid_and_says_1930_male() {
    let facts = amka_facts("01013099997", now().date()).unwrap();
    assert_eq!(
        facts.date_of_birth,
        NaiveDate::from_ymd_opt(1930, 1, 1).unwrap()
    );
    assert_eq!(facts.gender, Gender::Male);
    let mut e = named();
    e.set(Field::Amka, "010130 99997");
    let checked = check(&e, now(), "tester", &ConsentPolicy::default());
    assert!(!checked.has_errors(), "{:?}", checked.issues);
    assert_eq!(checked.person.amka.as_deref(), Some("01013099997"));
}

#[test]
fn amka_disagreeing_with_the_date_of_birth_warns_without_blocking() {
    let mut e = named();
    e.set(Field::Amka, "01013099997");
    e.set(Field::DateOfBirth, "2/1/1930");
    let checked = check(&e, now(), "tester", &ConsentPolicy::default());
    assert!(!checked.has_errors());
    assert_eq!(
        checked
            .issue_of(Field::Amka)
            .map(|i| (i.severity, i.problem)),
        Some((Severity::Warning, Problem::AmkaDateDiffers))
    );
}

#[test]
fn bad_values_are_errors_on_their_fields_and_the_first_is_named() {
    let mut e = Entry::default();
    e.set(Field::GivenName, "Ahmad");
    e.set(Field::Amka, "01013099998");
    e.set(Field::Afm, "000000000");
    e.set(Field::Phone, "12345");
    e.set(Field::DateOfBirth, "1/1/2099");
    e.set(Field::Email, "nobody");
    e.set(Field::Consent, "1");
    let checked = check(&e, now(), "tester", &ConsentPolicy::default());
    let problem = |f| checked.issue_of(f).map(|i| i.problem);
    assert_eq!(problem(Field::Surname), Some(Problem::Missing));
    assert_eq!(problem(Field::Amka), Some(Problem::Id(IdError::CheckDigit)));
    assert_eq!(problem(Field::Afm), Some(Problem::Id(IdError::AllZeros)));
    assert!(matches!(problem(Field::Phone), Some(Problem::Id(_))));
    assert_eq!(
        problem(Field::DateOfBirth),
        Some(Problem::Date(DateError::Future))
    );
    assert_eq!(problem(Field::Email), Some(Problem::BadEmail));
    assert_eq!(checked.first_error(), Some(Field::Surname));
}

#[test]
fn phones_in_every_greek_shape_are_accepted() {
    for phone in [
        "6912345678",
        "+30 691 234 5678",
        "00306912345678",
        "210 1234567",
        "+44 20 7946 0958",
    ] {
        let mut e = named();
        e.set(Field::Phone, phone);
        let checked = check(&e, now(), "t", &ConsentPolicy::default());
        assert!(!checked.has_errors(), "{phone}: {:?}", checked.issues);
    }
}

#[test]
fn pasted_controls_are_cleaned_and_long_values_refused() {
    let mut e = named();
    e.set(Field::FatherName, "Νικό\u{1b}[31mλαος\r\n");
    e.set(Field::MotherName, "α".repeat(MAX_NAME + 1));
    let checked = check(&e, now(), "t", &ConsentPolicy::default());
    assert_eq!(
        checked.person.father_name, "Νικόλαος",
        "the escape sequence goes whole"
    );
    assert_eq!(
        checked.issue_of(Field::MotherName).map(|i| i.problem),
        Some(Problem::TooLong { max: MAX_NAME })
    );
}

#[test]
fn without_consent_only_the_minimum_is_kept() {
    let mut e = named();
    e.set(Field::Consent, "");
    e.set(Field::DateOfBirth, "1/1/1990");
    assert!(!check(&e, now(), "t", &ConsentPolicy::default()).has_errors());
    e.set(Field::Phone, "6912345678");
    let checked = check(&e, now(), "t", &ConsentPolicy::default());
    assert_eq!(
        checked.issue_of(Field::Phone).map(|i| i.problem),
        Some(Problem::NeedsConsent)
    );
    let wide = ConsentPolicy::parse("date_of_birth, phone").unwrap();
    assert!(!check(&e, now(), "t", &wide).has_errors());
    assert!(ConsentPolicy::parse("phone,shoe_size").is_err());
    e.set(Field::Consent, "1");
    let checked = check(&e, now(), "maria", &ConsentPolicy::default());
    assert_eq!(checked.person.consent_at, Some(now()));
    assert_eq!(checked.person.consent_by.as_deref(), Some("maria"));
}

#[test]
fn a_person_round_trips_through_the_form() {
    let mut e = named();
    e.set(Field::DateOfBirth, "12/01/1990");
    e.set(Field::Gender, "M");
    e.set(Field::Nationality, "AF");
    e.set(Field::Languages, "prs,fas");
    e.set(Field::Vulnerabilities, "migrant,asylum-seeker");
    e.set(Field::Phone, "6912345678");
    e.set(Field::Relation, "head");
    e.set(Field::Employment, "unemployed");
    let first = check(&e, now(), "t", &ConsentPolicy::default());
    assert!(!first.has_errors(), "{:?}", first.issues);
    let again = check(
        &Entry::from_person(&first.person),
        now(),
        "t",
        &ConsentPolicy::default(),
    );
    assert_eq!(again.person, first.person);
}

#[test]
fn merge_takes_one_sided_changes_and_names_conflicts() {
    let base = named();
    let mut ours = base.clone();
    ours.set(Field::Phone, "6912345678");
    ours.set(Field::Notes, "ours");
    let mut theirs = base.clone();
    theirs.set(Field::Address, "Πατησίων 1");
    theirs.set(Field::Notes, "theirs");
    let m = merge(&base, &ours, &theirs);
    assert_eq!(m.merged.get(Field::Phone), "6912345678");
    assert_eq!(m.merged.get(Field::Address), "Πατησίων 1");
    assert_eq!(m.conflicts, vec![Field::Notes]);
}

#[test]
fn field_names_round_trip() {
    for f in Field::ALL {
        assert_eq!(Field::from_name(f.name()), Some(*f));
    }
    for s in Section::ALL {
        for f in s.fields() {
            assert_eq!(Section::of(*f), s);
        }
    }
}

#[test]
fn every_visible_field_is_on_one_page_in_form_order() {
    // Tab order is page order, and the first error is the first in that order.
    let paged: Vec<Field> = Section::ALL
        .iter()
        .flat_map(|s| s.fields().iter().copied())
        .collect();
    let visible: Vec<Field> = Field::ALL
        .iter()
        .copied()
        .filter(|f| f.kind() != Kind::Hidden)
        .collect();
    assert_eq!(paged, visible);
}

proptest! {
    #[test]
    fn checking_never_panics(values in proptest::collection::vec(any::<String>(), 24)) {
        let mut e = Entry::default();
        for (f, v) in Field::ALL.iter().zip(values) {
            e.set(*f, v);
        }
        let checked = check(&e, now(), "t", &ConsentPolicy::default());
        prop_assert!(!checked.person.surname.chars().any(char::is_control));
        prop_assert!(!checked.person.notes.chars().any(|c| c.is_control() && c != '\n'));
    }

    #[test]
    fn identifier_validators_never_panic(text in any::<String>(), digits in "[0-9 ./-]{0,20}") {
        let today = now().date();
        let _ = ids::check_amka(&text, today);
        let _ = ids::check_amka(&digits, today);
        let _ = ids::check_afm(&text);
        let _ = ids::check_afm(&digits);
        let _ = ids::check_phone(&text);
        let _ = ids::check_phone(&digits);
        let _ = ids::check_paaypa(&text);
        let _ = dates::parse_date(&text, today);
        let _ = dates::parse_date(&digits, today);
        let _ = plausible_email(&text);
    }

    #[test]
    fn merge_of_untouched_sides_is_identity(a in "[a-z]{0,5}", b in "[a-z]{0,5}") {
        let mut base = Entry::default();
        base.set(Field::Surname, a);
        let mut ours = base.clone();
        ours.set(Field::Notes, b);
        let m = merge(&base, &ours, &base);
        prop_assert_eq!(m.merged, ours);
        prop_assert!(m.conflicts.is_empty());
    }
}

proptest! {
    /// The form's fields follow the privacy rule: a role meets a field exactly when the
    /// rule does not hide its kind; a receptionist never meets vulnerability or the
    /// record's notes, and every role meets the names and the consent.
    #[test]
    fn the_form_shows_each_role_what_the_privacy_rule_allows(
        role in proptest::sample::select(crate::domain::codes::Role::ALL.to_vec()),
        org in proptest::sample::select(vec!["", "arsis"]),
    ) {
        use crate::domain::access::{Access, Scope, Viewer, access};
        use crate::domain::codes::Role;
        let viewer = Viewer::new("x", role, org);
        for field in Field::ALL {
            let hidden = access(&viewer, field.privacy_kind(), Scope::Centre) == Access::Hidden;
            prop_assert_eq!(field.open_to(&viewer), !hidden, "{:?}", field);
        }
        let sensitive_open = Field::Vulnerabilities.open_to(&viewer) || Field::Notes.open_to(&viewer);
        prop_assert_eq!(sensitive_open, role != Role::Receptionist);
        for field in [Field::Surname, Field::GivenName, Field::Amka, Field::Phone, Field::Consent] {
            prop_assert!(field.open_to(&viewer));
        }
        let sections = Section::open_to(&viewer);
        prop_assert_eq!(sections.contains(&Section::Notes), role != Role::Receptionist);
        prop_assert!(sections.contains(&Section::Needs));
    }
}
