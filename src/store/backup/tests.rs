use super::*;

fn at(text: &str) -> NaiveDateTime {
    NaiveDateTime::parse_from_str(text, "%Y-%m-%d %H:%M").unwrap()
}

#[test]
fn rotation_keeps_the_newest_of_each_recent_day_and_week() {
    let backups = [
        at("2026-11-30 02:00"), // Monday
        at("2026-11-29 02:00"),
        at("2026-11-29 14:00"),
        at("2026-11-28 02:00"),
        at("2026-11-20 02:00"), // the week before
        at("2026-11-13 02:00"), // two weeks before
        at("2026-11-06 02:00"), // three weeks before
    ];
    let mut removed = rotation_removes(&backups, 2, 3);
    removed.sort();
    // Days kept: 30th, 29th 14:00. Weeks kept: 30th's week (the 30th), the week of
    // the 23rd–29th (29th 14:00), the week of the 16th–22nd (the 20th).
    assert_eq!(
        removed,
        vec![
            at("2026-11-06 02:00"),
            at("2026-11-13 02:00"),
            at("2026-11-28 02:00"),
            at("2026-11-29 02:00"),
        ]
    );
    assert!(rotation_removes(&backups, 0, 0).len() == backups.len());
}

#[test]
fn dated_names_read_back() {
    let when = at("2026-11-30 09:15");
    assert_eq!(parse_dated_name(&dated_name(when)), Some(when));
    assert_eq!(parse_dated_name("kentro.db"), None);
}
