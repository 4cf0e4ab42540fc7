//! The demo's appointments: the coming week booked through the booking rules.

use chrono::NaiveDateTime;

use crate::store::{Stamp, Store, StoreError};

/// The coming week's appointments, booked through the booking rules as a desk would
/// (holidays and closed days are skipped by them): on three queue lines a few a day
/// for the next five working days, some with priority flags and an interpreter, one
/// a day for a name not yet registered; the next working day's first ones already
/// reminded. So the appointments screen, the reminder list and the card's "next
/// appointment" line have something to show.
pub fn load(store: &mut Store, now: NaiveDateTime) -> Result<(), crate::Error> {
    book_upcoming(store, now).map_err(crate::Error::from)
}

fn book_upcoming(store: &mut Store, now: NaiveDateTime) -> Result<(), StoreError> {
    use crate::domain::codes::Vulnerability as V;
    use crate::store::{Attendees, NewAppointment};
    // The Asylum Service line and the first two others: enough to show, not a wall.
    let all = store.queue_lines()?;
    let lines: Vec<(i64, bool)> = all
        .iter()
        .filter(|s| s.code == "asylum")
        .chain(all.iter().filter(|s| s.code != "asylum").take(2))
        .map(|s| (s.id, s.code == "asylum"))
        .collect();
    let people = store.count_people()?.max(1);
    let stamp = Stamp {
        at: now,
        operator: "sofia.m".into(),
    };
    let flags: [&[V]; 6] = [
        &[],
        &[V::UnaccompaniedMinor],
        &[],
        &[V::SingleParent],
        &[],
        &[V::ViolenceVictim],
    ];
    let mut day = now.date();
    let mut n: i64 = 0;
    for days in 0..5 {
        day = store.next_working_day(day)?;
        for &(line, asylum) in &lines {
            let wanted = if asylum { 6 } else { 3 };
            let from = day.and_time(chrono::NaiveTime::MIN).max(now);
            let slots = store.free_slots(line, from, 1, None, &Attendees::default(), 16)?;
            for (k, slot) in slots.iter().enumerate().filter(|(k, _)| k % 2 == days % 2) {
                if k / 2 >= wanted {
                    break;
                }
                n += 1;
                let person_id = (n * 37) % people + 1;
                let unregistered = k / 2 == 2 && asylum;
                let person = store.person(person_id)?;
                let interpreter = person
                    .as_ref()
                    .filter(|p| p.interpreter_needed && !unregistered)
                    .and_then(|p| p.languages.first().cloned());
                let new = NewAppointment {
                    service_id: line,
                    person_id: (!unregistered).then_some(person_id),
                    label: if unregistered {
                        [
                            "Χασάν Αχμάντ",
                            "Amina Y.",
                            "Ρεζάι Φ.",
                            "Karimi N.",
                            "Ντιαλό Μ.",
                        ][days % 5]
                            .to_string()
                    } else {
                        String::new()
                    },
                    phone: unregistered.then(|| format!("+30694{:07}", 1_234_000 + n)),
                    starts_at: Some(slot.start),
                    priority: flags[(n as usize) % flags.len()].to_vec(),
                    urgent: n % 11 == 0,
                    interpreter_language: interpreter,
                    note: if asylum {
                        "Συνέντευξη ασύλου".to_string()
                    } else {
                        String::new()
                    },
                    ..NewAppointment::default()
                };
                match store.book(&new, &stamp) {
                    Ok(a) if days == 0 && k < 4 && asylum => {
                        store
                            .mark_reminded(a.id, a.version, &stamp)
                            .map_err(booking)?;
                    }
                    Ok(_) => {}
                    // The rules said no (the person is busy then): not booked.
                    Err(crate::store::BookingError::Refused(_)) => {}
                    Err(e) => return Err(booking(e)),
                }
            }
        }
    }
    Ok(())
}

fn booking(e: crate::store::BookingError) -> StoreError {
    match e {
        crate::store::BookingError::Store(e) => e,
        other => StoreError::NotAllowed(other.to_string()),
    }
}
