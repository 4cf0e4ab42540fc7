//! The demo centre's group activities and goods distribution: a Greek class for
//! adults half-way through its term (rolls taken, a full class with a waiting list,
//! someone who missed the last sessions), a children's group, and households enrolled
//! in the social grocery and the social pharmacy (one expired, one about to expire,
//! hand-outs this month). Written through the store's own calls, as a desk would.

use chrono::{Datelike, Duration, NaiveDateTime, NaiveTime, Weekday};

use crate::domain::activities::{Activity, RollDefault};
use crate::domain::distribution::{Enrolment, HandoutLine};
use crate::domain::person::Person;
use crate::store::{Stamp, Store};

/// The demo's own data failed to load: a fault in kentro, said with its cause.
fn fail(e: impl std::fmt::Display) -> crate::Error {
    crate::Error::failure(crate::i18n::errors::ErrMsg::DemoGroups, &[&e.to_string()])
}

/// Adds the activities and programme enrolments to a freshly loaded demo centre.
pub fn load(store: &mut Store, now: NaiveDateTime) -> Result<(), crate::Error> {
    let stamp = Stamp {
        at: now,
        operator: "demo".into(),
    };
    let today = now.date();
    let count = store.count_people().map_err(fail)?;
    let mut people: Vec<Person> = Vec::new();
    for id in 1..=count {
        if let Some(p) = store.person(id).map_err(fail)? {
            people.push(p);
        }
    }
    let age = |p: &Person| p.age_on(today).unwrap_or(0);
    let adults: Vec<i64> = people
        .iter()
        .filter(|p| (18..65).contains(&age(p)))
        .map(|p| p.id)
        .collect();
    let children: Vec<i64> = people
        .iter()
        .filter(|p| p.date_of_birth.is_some() && (4..=12).contains(&age(p)))
        .map(|p| p.id)
        .collect();

    let line = |code: &str| -> Result<i64, crate::Error> {
        store
            .service_by_code(code)
            .map_err(fail)?
            .map(|s| s.id)
            .ok_or_else(|| fail(format!("no line {code}")))
    };
    let (kem, child_space) = (line("kem")?, line("child-space")?);

    // Greek for adults: Monday and Wednesday evenings, six weeks in, twelve places.
    let class = store
        .create_activity(
            &Activity {
                id: 0,
                service_id: kem,
                name: "Ελληνικά για ενήλικες Α1".into(),
                capacity: 12,
                min_age: Some(16),
                max_age: None,
                starts_on: today - Duration::days(42),
                ends_on: today + Duration::days(60),
                weekdays: vec![Weekday::Mon, Weekday::Wed],
                time: NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default(),
                minutes: 90,
                roll_default: RollDefault::Present,
                active: true,
                version: 0,
            },
            &Stamp {
                at: now - Duration::days(50),
                ..stamp.clone()
            },
        )
        .map_err(fail)?;
    let joined = Stamp {
        at: now - Duration::days(45),
        ..stamp.clone()
    };
    for &person in adults.iter().step_by(7).take(15) {
        store.enrol(class.id, person, &joined).map_err(fail)?;
    }
    // The rolls of the sessions held: most come, one stopped coming three sessions ago.
    let roster = store.roster(class.id).map_err(fail)?;
    let sessions = store.sessions(class.id).map_err(fail)?;
    let held: Vec<_> = sessions.iter().filter(|s| s.starts_at < now).collect();
    for (n, session) in held.iter().enumerate() {
        let marks: Vec<(i64, bool)> = roster
            .enrolled
            .iter()
            .enumerate()
            .map(|(i, &p)| {
                let stopped = i == 2 && n + 3 >= held.len();
                let sometimes = (i * 7 + n * 3) % 10 == 0;
                (p, !(stopped || sometimes))
            })
            .collect();
        let taken = Stamp {
            at: session.starts_at + Duration::minutes(5),
            ..stamp.clone()
        };
        store
            .take_roll(session.id, session.version, &marks, &taken)
            .map_err(fail)?;
    }

    // A children's group, Tuesday and Thursday mornings, absent until marked.
    let group = store
        .create_activity(
            &Activity {
                id: 0,
                service_id: child_space,
                name: "Παιδική ομάδα δημιουργικής απασχόλησης".into(),
                capacity: 10,
                min_age: Some(4),
                max_age: Some(12),
                starts_on: today - Duration::days(14),
                ends_on: today + Duration::days(75),
                weekdays: vec![Weekday::Tue, Weekday::Thu],
                time: NaiveTime::from_hms_opt(10, 0, 0).unwrap_or_default(),
                minutes: 60,
                roll_default: RollDefault::Absent,
                active: true,
                version: 0,
            },
            &joined,
        )
        .map_err(fail)?;
    for &child in children.iter().take(8) {
        match store.enrol(group.id, child, &joined) {
            // Four today but three on the term's first day: not in this group yet.
            Ok(_)
            | Err(crate::store::ActivityFailure::Rule(
                crate::domain::activities::ActivityError::OutsideAgeRange,
            )) => {}
            Err(e) => return Err(fail(e)),
        }
    }

    // Households in the social grocery (points a month, stops) and the pharmacy.
    let mut households: Vec<i64> = people.iter().filter_map(|p| p.household_id).collect();
    households.sort_unstable();
    households.dedup();
    let grocery = store
        .programme_by_code("grocery")
        .map_err(fail)?
        .ok_or_else(|| fail("no grocery programme"))?;
    let pharmacy = store
        .programme_by_code("pharmacy")
        .map_err(fail)?
        .ok_or_else(|| fail("no pharmacy programme"))?;
    let month_start = today.with_day(1).unwrap_or(today);
    for (i, &household) in households.iter().step_by(3).take(10).enumerate() {
        let (from, to) = match i {
            0 => (today - Duration::days(200), today - Duration::days(5)),
            1 => (today - Duration::days(170), today + Duration::days(9)),
            _ => (today - Duration::days(90), today + Duration::days(270)),
        };
        let enrolment = store
            .enrol_household(
                &Enrolment {
                    id: 0,
                    programme_id: grocery.id,
                    household_id: household,
                    decided_on: from - Duration::days(7),
                    valid_from: from,
                    valid_to: to,
                    allowance: 40 + 10 * (i as u32 % 3),
                    note: String::new(),
                    version: 0,
                },
                &Stamp {
                    at: now - Duration::days(200),
                    ..stamp.clone()
                },
            )
            .map_err(fail)?;
        if i >= 1 && i % 2 == 1 && month_start < today {
            let given = Stamp {
                at: month_start.and_time(NaiveTime::from_hms_opt(11, 0, 0).unwrap_or_default()),
                ..stamp.clone()
            };
            let lines = vec![
                HandoutLine {
                    category: "Τρόφιμα ξηρά".into(),
                    quantity: 6,
                    points: 12,
                },
                HandoutLine {
                    category: "Γαλακτοκομικά".into(),
                    quantity: 4,
                    points: 12,
                },
            ];
            store
                .hand_out(enrolment.id, &lines, None, None, false, &given)
                .map_err(fail)?;
        }
        if i % 4 == 2 {
            store
                .enrol_household(
                    &Enrolment {
                        id: 0,
                        programme_id: pharmacy.id,
                        household_id: household,
                        decided_on: today - Duration::days(60),
                        valid_from: today - Duration::days(60),
                        valid_to: today + Duration::days(120),
                        allowance: 6,
                        note: String::new(),
                        version: 0,
                    },
                    &stamp,
                )
                .map_err(fail)?;
        }
    }
    // Today's tickets on the grocery and pharmacy lines: their households are in the
    // line's programme, so `h` in the queue opens the hand-out form.
    for ticket in store.tickets_on(today).map_err(fail)? {
        let Some(person) = ticket.person_id else {
            continue;
        };
        let Some(programme) = store
            .programme_for_service(ticket.service_id)
            .map_err(fail)?
        else {
            continue;
        };
        let household = store
            .person(person)
            .map_err(fail)?
            .and_then(|p| p.household_id);
        let enrolled = match household {
            Some(h) => store
                .household_standing(h, today)
                .map_err(fail)?
                .iter()
                .any(|s| s.programme.id == programme.id),
            None => false,
        };
        if enrolled {
            continue;
        }
        let allowance = match programme.unit {
            crate::domain::distribution::Unit::Points => 60,
            crate::domain::distribution::Unit::Items => 6,
        };
        store
            .enrol_household_of(
                person,
                &Enrolment {
                    id: 0,
                    programme_id: programme.id,
                    household_id: 0,
                    decided_on: today - Duration::days(35),
                    valid_from: today - Duration::days(30),
                    valid_to: today + Duration::days(335),
                    allowance,
                    note: String::new(),
                    version: 0,
                },
                &stamp,
            )
            .map_err(fail)?;
    }
    Ok(())
}
