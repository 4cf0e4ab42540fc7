use std::collections::HashSet;

use chrono::{NaiveDate, NaiveDateTime};

use super::names::{GREEK_SURNAMES, MIGRANT_GROUPS, ROMA_SURNAMES};
use super::*;
use crate::domain::codes::{AppointmentState, Gender, Relation, TicketState, Vulnerability};
use crate::domain::ids::{check_afm, check_amka};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("valid date")
}

fn now() -> NaiveDateTime {
    today().and_hms_opt(11, 30, 0).expect("valid time")
}

/// The ISO 639-3 codes of /work/shared/data/languages.csv (copied: that file is outside
/// the repository).
const LANGUAGE_CODES: &[&str] = &[
    "ell", "eng", "ara", "fas", "prs", "pus", "urd", "pan", "ben", "hin", "kmr", "ckb", "tur",
    "sqi", "bul", "ron", "rus", "ukr", "kat", "rom", "fra", "som", "tir", "amh", "lin", "swa",
    "ful", "wol", "yor", "ibo", "twi", "tgl", "spa", "ita", "deu", "pol", "sgn",
];

fn languages() -> HashSet<String> {
    LANGUAGE_CODES.iter().map(|c| (*c).to_owned()).collect()
}

#[test]
fn same_seed_same_people_other_seed_other_people() {
    let a = PersonGenerator::new(7, today());
    let b = PersonGenerator::new(7, today());
    let c = PersonGenerator::new(8, today());
    let pa: Vec<_> = a.people(0..500).collect();
    let pb: Vec<_> = b.people(0..500).collect();
    let pc: Vec<_> = c.people(0..500).collect();
    assert_eq!(pa, pb);
    assert_ne!(pa, pc);
    // Random access: person 123 does not depend on the others.
    assert_eq!(a.person(123), pa[123]);
}

#[test]
fn demo_is_deterministic() {
    assert_eq!(demo_centre(1, now()), demo_centre(1, now()));
    assert_ne!(demo_centre(1, now()).people, demo_centre(2, now()).people);
}

#[test]
fn known_output_is_stable() {
    // Guards against accidental changes of the algorithm (and platform differences).
    let p = PersonGenerator::new(42, today()).person(0);
    let fingerprint = format!(
        "{} {} {:?} {:?}",
        p.surname, p.given_name, p.date_of_birth, p.amka
    );
    assert_eq!(fingerprint, KNOWN_FINGERPRINT, "{fingerprint}");
}

const KNOWN_FINGERPRINT: &str = "Παναγιωτόπουλος Χρήστος Some(1957-09-22) Some(\"22095796276\")";

#[test]
fn identifiers_valid_and_unique_over_200k() {
    let generator = PersonGenerator::new(99, today());
    let mut amkas = HashSet::new();
    let mut afms = HashSet::new();
    let mut paaypas = HashSet::new();
    let (mut n_amka, mut n_afm, mut n_paaypa) = (0, 0, 0);
    for person in generator.people(0..200_000) {
        if let Some(amka) = &person.amka {
            let (_, facts) = check_amka(amka, today()).expect("valid AMKA");
            assert_eq!(Some(facts.date_of_birth), person.date_of_birth, "{amka}");
            assert_eq!(Some(facts.gender), person.gender, "{amka}");
            assert!(amkas.insert(amka.clone()), "duplicate AMKA {amka}");
            n_amka += 1;
        }
        if let Some(afm) = &person.afm {
            check_afm(afm).expect("valid AFM");
            assert!(afms.insert(afm.clone()), "duplicate AFM {afm}");
            n_afm += 1;
        }
        if let Some(paaypa) = &person.paaypa {
            assert_eq!(paaypa.chars().count(), 11);
            assert!(paaypas.insert(paaypa.clone()), "duplicate ΠΑΑΥΠΑ {paaypa}");
            n_paaypa += 1;
        }
    }
    assert!(n_amka > 100_000 && n_afm > 50_000 && n_paaypa > 10_000);
}

#[test]
fn amka_unique_at_the_top_of_the_range() {
    // The last indices before the limit share slots with the first ones.
    let generator = PersonGenerator::new(5, today());
    let mut seen = HashSet::new();
    let ranges = [0..20_000u64, AMKA_UNIQUE_LIMIT - 20_000..AMKA_UNIQUE_LIMIT];
    for range in ranges {
        for p in generator.people(range) {
            if let Some(a) = p.amka {
                assert!(seen.insert(a));
            }
        }
    }
}

#[test]
fn people_are_plausible() {
    let langs = languages();
    let generator = PersonGenerator::new(3, today());
    let (mut greek, mut roma, mut migrant, mut greek_script_migrant, mut children) =
        (0, 0, 0, 0, 0);
    let n = 20_000;
    for p in generator.people(0..n) {
        let age = p.age_on(today()).expect("date of birth");
        assert!(age <= 92, "age {age}");
        assert!(!p.surname.is_empty() && !p.given_name.is_empty());
        assert!(!p.languages.is_empty());
        for l in &p.languages {
            assert!(langs.contains(l), "unknown language {l}");
        }
        let nationality = p.nationality.as_deref().expect("nationality");
        let is_roma = p.vulnerabilities.contains(&Vulnerability::Roma);
        let is_migrant = p.vulnerabilities.contains(&Vulnerability::Migrant);
        assert_eq!(
            age >= 65,
            p.vulnerabilities.contains(&Vulnerability::Elderly)
        );
        if is_roma {
            roma += 1;
            assert_eq!(nationality, "GR");
            assert!(ROMA_SURNAMES.iter().any(|&(m, f)| {
                p.surname
                    == if p.gender == Some(Gender::Female) {
                        f
                    } else {
                        m
                    }
            }));
        } else if is_migrant {
            migrant += 1;
            assert_ne!(nationality, "GR");
            assert!(p.amka.is_none() || !p.vulnerabilities.contains(&Vulnerability::AsylumSeeker));
            if p.surname
                .chars()
                .any(|c| ('\u{370}'..='\u{3ff}').contains(&c))
            {
                greek_script_migrant += 1;
            }
        } else {
            greek += 1;
            assert_eq!(nationality, "GR");
            // Gendered surname form.
            assert!(
                GREEK_SURNAMES.iter().any(|&(m, f)| {
                    p.surname
                        == if p.gender == Some(Gender::Female) {
                            f
                        } else {
                            m
                        }
                }),
                "{} {:?}",
                p.surname,
                p.gender
            );
        }
        if age < 18 {
            children += 1;
            assert!(p.afm.is_none());
        }
        if let Some(phone) = &p.phone {
            assert!(phone.starts_with("+3069") && phone.len() == 13, "{phone}");
        }
        if let Some(email) = &p.email {
            assert!(email.is_ascii() && email.contains('@'), "{email}");
        }
        let created = p.created_at.expect("created");
        assert!(created.date() < today());
        assert!(created.date() >= p.date_of_birth.expect("dob"));
        assert!(p.updated_at >= p.created_at);
        assert_eq!(p.id, 0);
        assert_eq!(p.version, 1);
    }
    let share = |k: i32| f64::from(k) / n as f64;
    assert!(
        (0.45..0.55).contains(&share(greek)),
        "greek {}",
        share(greek)
    );
    assert!((0.07..0.13).contains(&share(roma)), "roma {}", share(roma));
    assert!(
        (0.35..0.45).contains(&share(migrant)),
        "migrant {}",
        share(migrant)
    );
    let gs = f64::from(greek_script_migrant) / f64::from(migrant);
    assert!((0.04..0.12).contains(&gs), "greek-script migrants {gs}");
    assert!(share(children) > 0.1);
}

#[test]
fn name_tables_are_large_enough() {
    let mut surnames: HashSet<&str> = HashSet::new();
    let mut given: HashSet<&str> = HashSet::new();
    for &(m, f) in GREEK_SURNAMES.iter().chain(ROMA_SURNAMES) {
        surnames.insert(m);
        surnames.insert(f);
    }
    for g in MIGRANT_GROUPS {
        surnames.extend(g.surnames.iter().chain(g.greek_surnames));
        given.extend(
            g.male
                .iter()
                .chain(g.female)
                .chain(g.greek_male)
                .chain(g.greek_female),
        );
        assert!(!g.male.is_empty() && !g.female.is_empty() && !g.surnames.is_empty());
        assert_eq!(g.greek_male.is_empty(), g.greek_surnames.is_empty());
        assert_eq!(g.greek_female.is_empty(), g.greek_surnames.is_empty());
    }
    given.extend(names::GREEK_MALE.iter().chain(names::GREEK_FEMALE));
    given.extend(names::ROMA_MALE.iter().chain(names::ROMA_FEMALE));
    assert!(surnames.len() >= 150, "{}", surnames.len());
    assert!(given.len() >= 150, "{}", given.len());
}

#[test]
fn demo_references_in_range_and_households_consistent() {
    let demo = demo_centre(11, now());
    let (np, ns, nh, nt, na) = (
        demo.people.len() as i64,
        demo.services.len() as i64,
        demo.households.len() as i64,
        demo.tickets.len() as i64,
        demo.appointments.len() as i64,
    );
    assert_eq!(np, 300);
    assert_eq!(demo.staff.len(), 5);
    let in_range = |id: i64, n: i64| (1..=n).contains(&id);
    for v in &demo.visits {
        assert!(in_range(v.person_id, np));
        assert!(v.service_id.is_some_and(|s| in_range(s, ns)));
        assert!(v.visited_on < now().date());
        let p = &demo.people[(v.person_id - 1) as usize];
        assert!(p.created_at.is_some_and(|c| c.date() <= v.visited_on));
    }
    for t in &demo.tickets {
        assert!(in_range(t.service_id, ns));
        assert!(t.person_id.is_none_or(|p| in_range(p, np)));
        assert!(t.appointment_id.is_none_or(|a| in_range(a, na)));
        assert!(t.person_id.is_some() || !t.label.is_empty());
    }
    for a in &demo.appointments {
        assert!(in_range(a.service_id, ns));
        assert!(a.person_id.is_none_or(|p| in_range(p, np)));
    }
    for r in &demo.referrals {
        assert!(in_range(r.person_id, np));
        assert!(in_range(r.service_id, ns));
        assert!(r.ticket_id.is_none_or(|t| in_range(t, nt)));
        assert!(r.created_at <= r.updated_at && r.updated_at <= now());
    }
    assert!((35..=50).contains(&demo.referrals.len()));
    let today = now().date();
    assert!(
        demo.referrals
            .iter()
            .any(|r| r.follow_up_on.is_some_and(|d| d < today)),
        "an overdue referral"
    );

    // Households.
    assert_eq!(nh, 60);
    let mut members_seen = HashSet::new();
    for (h, household) in demo.households.iter().enumerate() {
        let members = &household.members;
        assert!((2..=6).contains(&members.len()), "{}", members.len());
        assert_eq!(
            members.iter().filter(|(_, r)| *r == Relation::Head).count(),
            1
        );
        let get = |i: i64| &demo.people[(i - 1) as usize];
        let head = members
            .iter()
            .find(|(_, r)| *r == Relation::Head)
            .map(|(i, _)| get(*i))
            .expect("head");
        for &(i, relation) in members {
            assert!(in_range(i, np) && members_seen.insert(i));
            let p = get(i);
            assert_eq!(p.household_id, Some(h as i64 + 1));
            assert_eq!(p.household_relation, Some(relation));
            assert_eq!(p.address, head.address);
            assert_eq!(p.nationality, head.nationality);
            if relation == Relation::Child {
                // Same family name in the child's gender, younger than the parents.
                let head_family = GREEK_SURNAMES
                    .iter()
                    .chain(ROMA_SURNAMES)
                    .find(|&&(m, f)| head.surname == m || head.surname == f);
                match head_family {
                    Some(&(m, f)) => {
                        let expected = if p.gender == Some(Gender::Female) {
                            f
                        } else {
                            m
                        };
                        assert_eq!(p.surname, expected);
                    }
                    None => assert_eq!(p.surname, head.surname),
                }
                if head.gender == Some(Gender::Male) {
                    assert_eq!(p.father_name, head.given_name);
                } else {
                    assert_eq!(p.mother_name, head.given_name);
                }
                for &(j, r) in members {
                    if matches!(r, Relation::Head | Relation::Spouse) {
                        let parent_age = get(j).age_on(today).unwrap_or(0);
                        assert!(parent_age >= p.age_on(today).unwrap_or(0) + 18);
                    }
                }
            }
            if relation == Relation::Parent && head.father_name == p.given_name {
                assert_eq!(p.gender, Some(Gender::Male));
            }
        }
    }
    assert!((150..=300).contains(&members_seen.len()));
}

#[test]
fn queue_is_consistent() {
    for (seed, time) in [
        (1, (11, 30)),
        (2, (9, 10)),
        (3, (16, 45)),
        (4, (0, 20)),
        (5, (23, 50)),
    ] {
        let now = today().and_hms_opt(time.0, time.1, 0).expect("valid time");
        let demo = demo_centre(seed, now);
        assert!(
            (22..=30).contains(&demo.tickets.len()),
            "{}",
            demo.tickets.len()
        );
        let mut numbers = HashSet::new();
        let mut busy_desks = HashSet::new();
        for t in &demo.tickets {
            assert_eq!(t.day, now.date());
            assert!(numbers.insert(t.number.clone()), "duplicate {}", t.number);
            let prefix = &demo.services[(t.service_id - 1) as usize].ticket_prefix;
            assert!(!prefix.is_empty());
            assert_eq!(t.number, format!("{prefix}{:03}", t.seq));
            assert!(t.arrived_at <= now && t.arrived_at.date() == now.date());
            if let Some(c) = t.called_at {
                assert!(t.arrived_at <= c && c <= now);
            }
            if let Some(f) = t.finished_at {
                assert!(t.called_at.is_some_and(|c| c <= f) && f <= now);
            }
            match t.state {
                TicketState::Waiting => assert!(t.called_at.is_none() && t.desk.is_none()),
                TicketState::Called | TicketState::InService => {
                    assert!(t.called_at.is_some() && t.finished_at.is_none());
                    let desk = t.desk.expect("desk");
                    assert!((1..=4).contains(&desk) && busy_desks.insert(desk));
                }
                TicketState::Done | TicketState::NotSeen | TicketState::Referred => {
                    assert!(t.finished_at.is_some());
                }
                TicketState::Cancelled => {}
            }
            if let Some(a) = t.appointment_id {
                let appointment = &demo.appointments[(a - 1) as usize];
                assert_eq!(appointment.state, AppointmentState::CheckedIn);
                assert_eq!(appointment.person_id, t.person_id);
            }
        }
        let states: HashSet<_> = demo.tickets.iter().map(|t| t.state).collect();
        assert!(states.contains(&TicketState::Waiting) && states.contains(&TicketState::Done));
        assert!(demo.tickets.iter().any(|t| t.person_id.is_none()));
        assert!(demo.tickets.iter().any(|t| t.urgent));
        for a in &demo.appointments {
            assert_eq!(a.starts_at.date(), now.date());
            assert_eq!(a.state == AppointmentState::Booked, a.starts_at > now);
        }
        if time == (11, 30) {
            assert_eq!(demo.appointments.len(), 6);
            let count = |s| demo.appointments.iter().filter(|a| a.state == s).count();
            assert_eq!(count(AppointmentState::NoShow), 1);
            assert!(
                count(AppointmentState::Booked) >= 1 && count(AppointmentState::CheckedIn) >= 2
            );
        }
    }
}

#[test]
#[ignore = "timing; run with --ignored --nocapture"]
fn one_million_people_timing() {
    let generator = PersonGenerator::new(1, today());
    let started = std::time::Instant::now();
    let mut total = 0usize;
    for p in generator.people(0..1_000_000) {
        total += p.surname.len();
    }
    eprintln!("1,000,000 people in {:?} ({total})", started.elapsed());
}

#[test]
#[ignore = "prints a sample; run with --ignored --nocapture"]
fn print_sample() {
    let demo = demo_centre(1, now());
    for p in demo.people.iter().take(25) {
        eprintln!(
            "{:<28} f={:<12} m={:<10} {:?} {:?} {:?} {:?} amka={:?} afm={:?} pa={:?} hh={:?}/{:?} {:?}",
            p.display_name(),
            p.father_name,
            p.mother_name,
            p.date_of_birth,
            p.gender,
            p.nationality,
            p.languages,
            p.amka,
            p.afm,
            p.paaypa,
            p.household_id,
            p.household_relation,
            p.vulnerabilities
        );
    }
    for t in &demo.tickets {
        eprintln!(
            "{} {:?} {:?} {} {} {:?} {:?} {:?}",
            t.number,
            t.state,
            t.person_id,
            t.label,
            t.arrived_at.time(),
            t.called_at.map(|c| c.time()),
            t.finished_at.map(|c| c.time()),
            t.desk
        );
    }
}
