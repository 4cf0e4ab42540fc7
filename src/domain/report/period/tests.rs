use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn age_bands_turn_on_the_birthday() {
    let dob = Some(day(2008, 3, 15));
    assert_eq!(AgeBand::of(dob, day(2026, 3, 14)), AgeBand::Under18);
    assert_eq!(AgeBand::of(dob, day(2026, 3, 15)), AgeBand::From18To29);
    let dob = Some(day(1996, 3, 15));
    assert_eq!(AgeBand::of(dob, day(2026, 3, 14)), AgeBand::From18To29);
    assert_eq!(AgeBand::of(dob, day(2026, 3, 15)), AgeBand::From30To54);
    let dob = Some(day(1971, 3, 15));
    assert_eq!(AgeBand::of(dob, day(2026, 3, 14)), AgeBand::From30To54);
    assert_eq!(AgeBand::of(dob, day(2026, 3, 15)), AgeBand::From55To64);
    assert_eq!(
        AgeBand::of(Some(day(1961, 3, 15)), day(2026, 3, 15)),
        AgeBand::From65
    );
    // Born on 29 February: 18 on 1 March of a common year.
    let leap = Some(day(2008, 2, 29));
    assert_eq!(AgeBand::of(leap, day(2026, 2, 28)), AgeBand::Under18);
    assert_eq!(AgeBand::of(leap, day(2026, 3, 1)), AgeBand::From18To29);
    assert_eq!(AgeBand::of(None, day(2026, 3, 1)), AgeBand::Unknown);
}

#[test]
fn months_are_whole() {
    let feb = Period::month(2028, 2).unwrap();
    assert_eq!((feb.from, feb.to), (day(2028, 2, 1), day(2028, 2, 29)));
    let dec = Period::month(2026, 12).unwrap();
    assert_eq!(dec.to, day(2026, 12, 31));
    assert_eq!(Period::month(2026, 13), Err(PeriodError::NoSuchMonth));
    assert_eq!(
        Period::new(day(2026, 2, 1), day(2026, 1, 1)),
        Err(PeriodError::Reversed)
    );
}

fn counts(from: NaiveDate) -> PeriodCounts {
    PeriodCounts::new(Period::month(2026, 3).unwrap(), None, "A", from)
}

#[test]
fn people_are_counted_once_in_every_breakdown() {
    let mut c = counts(day(2026, 4, 1));
    c.add_person(&ServedPerson {
        first_visit: Some(day(2026, 3, 10)),
        returning: false,
        visits: 2,
        date_of_birth: Some(day(2008, 3, 10)),
        gender: Some(Gender::Female),
        nationality: Some("AF".into()),
        vulnerabilities: vec![Vulnerability::SingleParent, Vulnerability::Migrant],
        household_size: 4,
        ..ServedPerson::default()
    });
    c.add_person(&ServedPerson {
        returning: true,
        visits: 1,
        ..ServedPerson::default()
    });
    assert_eq!(
        (c.people_served, c.people_new, c.people_returning, c.visits),
        (2, 1, 1, 3)
    );
    let b = &c.breakdowns;
    assert_eq!(
        b[&Dimension::AgeBand]["18-29"],
        1,
        "18 on the day of the visit"
    );
    assert_eq!(b[&Dimension::AgeBand]["unknown"], 1);
    assert_eq!(b[&Dimension::Gender]["F"], 1);
    assert_eq!(b[&Dimension::Nationality]["unknown"], 1);
    assert_eq!(b[&Dimension::Vulnerability]["migrant"], 1);
    assert_eq!(b[&Dimension::Vulnerability]["none"], 1);
    assert_eq!(b[&Dimension::HouseholdSize]["4"], 1);
    assert_eq!(b[&Dimension::HouseholdSize]["1"], 1, "no household: alone");
    for d in Dimension::ALL.iter().filter(|d| d.partitions()) {
        assert_eq!(b[d].values().sum::<u64>(), 2, "{d:?}");
    }
}

#[test]
fn tickets_waits_and_overdue_follow_ups() {
    let mut c = counts(day(2026, 4, 1));
    for (state, wait) in [
        (TicketState::Done, Some(10)),
        (TicketState::Done, Some(30)),
        (TicketState::NotSeen, None),
    ] {
        c.add_ticket(&TicketFact {
            service: "kea".into(),
            state,
            wait_minutes: wait,
        });
    }
    assert_eq!(c.tickets["kea"]["done"], 2);
    assert_eq!(c.waits["kea"].median(), Some(10));
    for (state, due) in [
        (ReferralState::Sent, Some(day(2026, 3, 31))),
        (ReferralState::Accepted, Some(day(2026, 4, 1))),
        (ReferralState::Completed, Some(day(2026, 3, 1))),
    ] {
        c.add_referral(&ReferralFact {
            destination: "dypa".into(),
            state,
            follow_up_on: due,
        });
    }
    assert_eq!(
        c.follow_ups_overdue, 1,
        "due before the counting day and still open"
    );
}

#[test]
fn merging_adds_and_refuses_other_periods_and_definitions() {
    let mut a = counts(day(2026, 4, 1));
    a.add_person(&ServedPerson::default());
    let mut b = counts(day(2026, 4, 2));
    b.centres = vec!["B".into()];
    b.add_person(&ServedPerson {
        returning: true,
        ..ServedPerson::default()
    });
    a.merge(&b).unwrap();
    assert_eq!(
        (a.people_served, a.people_new, a.people_returning),
        (2, 1, 1)
    );
    assert_eq!(a.centres, ["A", "B"]);
    assert_eq!(a.breakdowns[&Dimension::Gender]["unknown"], 2);

    let mut other_month = counts(day(2026, 4, 1));
    other_month.period = Period::month(2026, 4).unwrap();
    assert!(matches!(a.merge(&other_month), Err(MergeError::Period(..))));
    let mut newer = counts(day(2026, 4, 1));
    newer.definition += 1;
    assert!(matches!(a.merge(&newer), Err(MergeError::Definition(..))));
    assert_eq!(a.people_served, 2, "a refused merge adds nothing");
}
