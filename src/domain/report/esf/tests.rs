use super::*;

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// Builds a participant entering on 2026-03-01 from a compact description.
#[allow(clippy::too_many_arguments)]
fn person(
    gender: Option<Gender>,
    born: &str,
    nationality: &str,
    employment: Option<Employment>,
    unemployed_since: &str,
    education: Option<Education>,
    vulnerabilities: &[Vulnerability],
    facts: EsfFacts,
) -> Participant {
    Participant {
        person_id: 0,
        entered_on: day("2026-03-01"),
        left_on: None,
        date_of_birth: (!born.is_empty()).then(|| day(born)),
        gender,
        nationality: (!nationality.is_empty()).then(|| nationality.to_string()),
        employment,
        education,
        vulnerabilities: vulnerabilities.to_vec(),
        facts: EsfFacts {
            unemployed_since: (!unemployed_since.is_empty()).then(|| day(unemployed_since)),
            ..facts
        },
    }
}

use Education as Ed;
use Employment as Em;
use Gender::{Female as F, Male as M, Other as X};
use Vulnerability as V;

/// The hand-counted fixture: each participant with their facts and the ESF+ 2021
/// indicators they must count in (checked one by one), then the totals by gender.
#[test]
fn every_indicator_against_a_hand_counted_fixture() {
    let none = EsfFacts::default;
    let table: Vec<(Participant, &[&str])> = vec![
        // 1. Greek woman, 40, unemployed since 2024 (LTU), ISCED 3-4, Athens.
        (
            person(
                Some(F),
                "1986-01-10",
                "GR",
                Some(Em::Unemployed),
                "2024-05-01",
                Some(Ed::UpperSecondary),
                &[],
                none(),
            ),
            &["EECO01", "EECO02", "EECO09", "EECO11"],
        ),
        // 2. Afghan man, 22, unemployed 5 months (under 25: LTU after 6), no schooling.
        (
            person(
                Some(M),
                "2003-07-01",
                "AF",
                Some(Em::Unemployed),
                "2025-10-01",
                Some(Ed::None),
                &[V::AsylumSeeker],
                none(),
            ),
            &["EECO01", "EECO06", "EECO08", "EECO11", "EECO13", "EECO14"],
        ),
        // 3. Roma girl, 15, student, ISCED 2, lives in a camp in a rural area.
        (
            person(
                Some(F),
                "2010-09-09",
                "GR",
                Some(Em::Student),
                "",
                Some(Ed::LowerSecondary),
                &[V::Roma],
                EsfFacts {
                    housing: Some(Housing::Inadequate),
                    area: Some(Area::Rural),
                    ..none()
                },
            ),
            &[
                "EECO03", "EECO05", "EECO08", "EECO11", "EECO15", "EECO16", "EECO17",
            ],
        ),
        // 4. Non-binary Greek, 60, employed, tertiary, disability, born in Germany.
        (
            person(
                Some(X),
                "1965-12-31",
                "GR",
                Some(Em::Employed),
                "",
                Some(Ed::Tertiary),
                &[V::Disability],
                EsfFacts {
                    born_abroad: Some(true),
                    ..none()
                },
            ),
            &["EECO04", "EECO07", "EECO10", "EECO11", "EECO12", "EECO14"],
        ),
        // 5. Bulgarian man (EU: not a third-country national), 30, self-employed, homeless.
        (
            person(
                Some(M),
                "1995-06-15",
                "BG",
                Some(Em::SelfEmployed),
                "",
                None,
                &[V::Homeless],
                none(),
            ),
            &["EECO04", "EECO11", "EECO14", "EECO16"],
        ),
        // 6. Gender and age not recorded, retired, Greek parents born in Albania.
        (
            person(
                None,
                "",
                "GR",
                Some(Em::Retired),
                "",
                Some(Ed::Primary),
                &[],
                EsfFacts {
                    parent_born_abroad: Some(true),
                    minority: Some(true),
                    ..none()
                },
            ),
            &["EECO03", "EECO08", "EECO11", "EECO14", "EECO15"],
        ),
        // 7. Syrian woman, 29 on the eve of her 30th birthday, inactive, shelter.
        (
            person(
                Some(F),
                "1996-03-02",
                "SY",
                Some(Em::Inactive),
                "",
                None,
                &[],
                EsfFacts {
                    housing: Some(Housing::Houseless),
                    ..none()
                },
            ),
            &["EECO03", "EECO06", "EECO11", "EECO13", "EECO14", "EECO16"],
        ),
    ];
    for (i, (p, expected)) in table.iter().enumerate() {
        let got = IndicatorCounter::codes_of(IndicatorSet::Esf2021, p);
        assert_eq!(&got, expected, "participant {}", i + 1);
    }
    let participants: Vec<Participant> = table.into_iter().map(|(p, _)| p).collect();
    let counts = count(IndicatorSet::Esf2021, &participants);
    let row = |code: &str| counts.iter().find(|(c, _)| *c == code).unwrap().1.as_row();
    // [women, men, non-binary, not recorded, total]
    assert_eq!(row("EECO11"), [3, 2, 1, 1, 7]);
    assert_eq!(row("EECO01"), [1, 1, 0, 0, 2]);
    assert_eq!(row("EECO02"), [1, 0, 0, 0, 1]);
    assert_eq!(row("EECO03"), [2, 0, 0, 1, 3]);
    assert_eq!(row("EECO04"), [0, 1, 1, 0, 2]);
    assert_eq!(row("EECO05"), [1, 0, 0, 0, 1]);
    assert_eq!(row("EECO06"), [1, 1, 0, 0, 2]);
    assert_eq!(row("EECO07"), [0, 0, 1, 0, 1]);
    assert_eq!(row("EECO08"), [1, 1, 0, 1, 3]);
    assert_eq!(row("EECO09"), [1, 0, 0, 0, 1]);
    assert_eq!(row("EECO10"), [0, 0, 1, 0, 1]);
    assert_eq!(row("EECO12"), [0, 0, 1, 0, 1]);
    assert_eq!(row("EECO13"), [1, 1, 0, 0, 2]);
    assert_eq!(row("EECO14"), [1, 2, 1, 1, 5]);
    assert_eq!(row("EECO15"), [1, 0, 0, 1, 2]);
    assert_eq!(row("EECO16"), [2, 1, 0, 0, 3]);
    assert_eq!(row("EECO17"), [1, 0, 0, 0, 1]);

    // The same people under the 2014–2020 rules.
    let old = count(IndicatorSet::Esf2014, &participants);
    let row = |code: &str| old.iter().find(|(c, _)| *c == code).unwrap().1.total();
    assert_eq!(
        row("CO04"),
        2,
        "inactive not in education: retired and inactive"
    );
    assert_eq!(
        row("CO06"),
        2,
        "under 25: the 22-year-old and the 15-year-old"
    );
    assert_eq!(row("CO07"), 1);
    assert_eq!(row("CO09"), 2, "ISCED 1-2, no schooling not counted");
    assert_eq!(row("CO15"), 6);
    assert_eq!(row("CO17"), 1, "the asylum seeker");
    assert_eq!(row("TOTAL"), 7);
}

fn unemployed(born: &str, since: &str, entered: &str) -> Participant {
    Participant {
        entered_on: day(entered),
        date_of_birth: Some(day(born)),
        employment: Some(Em::Unemployed),
        facts: EsfFacts {
            unemployed_since: Some(day(since)),
            ..EsfFacts::default()
        },
        ..Participant::default()
    }
}

#[test]
fn long_term_unemployment_starts_after_twelve_or_six_whole_months() {
    // 25 and over: more than 12 months.
    assert!(!unemployed("1980-01-01", "2025-03-01", "2026-03-01").long_term_unemployed());
    assert!(unemployed("1980-01-01", "2025-03-01", "2026-03-02").long_term_unemployed());
    // Under 25: more than 6 months.
    assert!(!unemployed("2005-01-01", "2025-09-01", "2026-03-01").long_term_unemployed());
    assert!(unemployed("2005-01-01", "2025-09-01", "2026-03-02").long_term_unemployed());
    // Turning 25 on the entry day: the adult rule applies.
    assert!(!unemployed("2001-03-02", "2025-06-01", "2026-03-02").long_term_unemployed());
    assert!(unemployed("2001-03-03", "2025-06-01", "2026-03-02").long_term_unemployed());
    // Month ends: unemployed since 31 August, six months end on 28 February.
    assert!(!unemployed("2005-01-01", "2025-08-31", "2026-02-28").long_term_unemployed());
    assert!(unemployed("2005-01-01", "2025-08-31", "2026-03-01").long_term_unemployed());
    // Recorded as long-term without a start date: long-term.
    let p = Participant {
        employment: Some(Em::LongTermUnemployed),
        ..Participant::default()
    };
    assert!(p.long_term_unemployed() && p.unemployed());
}

#[test]
fn age_bands_turn_on_the_birthday_at_entry() {
    let on = |born: &str, entered: &str| Participant {
        entered_on: day(entered),
        date_of_birth: Some(day(born)),
        ..Participant::default()
    };
    let codes = |p: &Participant| IndicatorCounter::codes_of(IndicatorSet::Esf2021, p);
    assert!(codes(&on("2008-03-01", "2026-02-28")).contains(&"EECO05"));
    assert!(codes(&on("2008-03-01", "2026-03-01")).contains(&"EECO06"));
    assert!(codes(&on("1996-03-01", "2026-02-28")).contains(&"EECO06"));
    assert!(!codes(&on("1996-03-01", "2026-03-01")).contains(&"EECO06"));
    assert!(!codes(&on("1971-03-01", "2026-02-28")).contains(&"EECO07"));
    assert!(codes(&on("1971-03-01", "2026-03-01")).contains(&"EECO07"));
    // 2014–2020: under 25, above 54.
    let old = |p: &Participant| IndicatorCounter::codes_of(IndicatorSet::Esf2014, p);
    assert!(old(&on("2001-03-02", "2026-03-01")).contains(&"CO06"));
    assert!(!old(&on("2001-03-01", "2026-03-01")).contains(&"CO06"));
    assert!(!old(&on("1971-03-02", "2026-03-01")).contains(&"CO07"));
    assert!(old(&on("1971-03-01", "2026-03-01")).contains(&"CO07"));
}
