//! The appointments screen through the shell, as a desk would use it: the day and week
//! views (snapshots in both languages), booking from the card and from a ticket,
//! refusals kept on the form, no-show before its time, check-in with the priority,
//! cancelling with a reason, another desk's change, a failed read shown in place, the
//! reminder calls, and the card's "next appointment" line.

use chrono::{NaiveDate, NaiveDateTime};

use crate::domain::codes::{AppointmentState, Vulnerability};
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::{AuditFilter, NewAppointment, NewTicket, Stamp, Store};
use crate::ui::harness::{self, demo, key, now, render, screen_text, shell, type_text};
use crate::ui::{ScreenId, Shell};

/// Monday after the tests' Sunday, at `h:m`.
fn monday(h: u32, m: u32) -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 16)
        .and_then(|d| d.and_hms_opt(h, m, 0))
        .unwrap()
}

fn text(shell: &mut Shell) -> String {
    screen_text(&render(shell, 80, 24))
}

fn stamp(at: NaiveDateTime) -> Stamp {
    Stamp {
        at,
        operator: "other.desk".into(),
    }
}

/// An empty database with one person, and a line (the first) id.
fn with_person() -> (tempfile::TempDir, Store, i64, i64) {
    let (dir, mut store) = harness::store();
    let person = Person {
        surname: "Karimi".into(),
        given_name: "Ahmad".into(),
        phone: Some("+306944123456".into()),
        amka: Some("01018012345".into()),
        ..Person::default()
    };
    let id = store.insert_person(&person, &stamp(now())).unwrap();
    let line = store.queue_lines().unwrap()[0].id;
    (dir, store, id, line)
}

/// Books `person` on `line` at Monday 09:00 with a priority, as another desk.
fn book_monday(store: &mut Store, person: i64, line: i64) -> i64 {
    store
        .book(
            &NewAppointment {
                service_id: line,
                person_id: Some(person),
                starts_at: Some(monday(9, 0)),
                priority: vec![Vulnerability::UnaccompaniedMinor],
                interpreter_language: Some("fas".into()),
                ..NewAppointment::default()
            },
            &stamp(now()),
        )
        .unwrap()
        .id
}

#[test]
fn day_week_and_form_snapshots_on_the_demo_in_both_languages() {
    let (_dir, mut store) = demo();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Appointments, &mut store);
        // Sunday is closed: the view says so.
        let sunday = text(&mut shell);
        let closed = match lang {
            Lang::En => "Closed this day",
            Lang::El => "Κλειστά αυτή την ημέρα",
        };
        assert!(sunday.contains(closed), "{sunday}");
        shell.handle_key(key("right"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        let day = screen_text(&terminal);
        let (booked, free) = match lang {
            Lang::En => ("booked", "free"),
            Lang::El => ("κλεισμένο", "ελεύθερη"),
        };
        assert!(day.contains(booked) && day.contains(free), "{day}");
        insta::assert_snapshot!(
            format!("appointments_day_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(key("w"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        let week = screen_text(&terminal);
        assert!(week.contains("16/03") && week.contains("1/1 !"), "{week}");
        insta::assert_snapshot!(
            format!("appointments_week_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(key("w"), &mut store);
        shell.handle_key(key("n"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(
            format!("appointments_form_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(key("esc"), &mut store);
    }
}

#[test]
fn booking_from_the_card_offers_free_slots_and_books_with_the_flags() {
    let (_dir, mut store, person, _) = with_person();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Lookup, &mut store);
    type_text(&mut shell, &mut store, "karimi");
    shell.handle_key(key("enter"), &mut store);
    let card = text(&mut shell);
    assert!(card.contains("None booked; b books one"), "{card}");
    shell.handle_key(key("b"), &mut store);
    assert_eq!(shell.active(), ScreenId::Appointments);
    let form = text(&mut shell);
    assert!(form.contains("✓ Karimi Ahmad"), "{form}");
    // Sunday: the first free slot offered is Monday 09:00, already in the date and time.
    assert!(form.contains("Mon 16/03 09:00"), "{form}");
    assert!(
        form.contains("16/03/2026") && form.contains("09:00"),
        "{form}"
    );
    // From the time to the flags: 1 (unaccompanied minor) and 7 (urgent).
    for _ in 0..4 {
        shell.handle_key(key("tab"), &mut store);
    }
    type_text(&mut shell, &mut store, "17");
    shell.handle_key(key("ctrl-s"), &mut store);
    let after = text(&mut shell);
    assert!(after.contains("booked: 16/03/2026 09:00"), "{after}");
    let booked = store.upcoming_appointments_of(person, now()).unwrap();
    assert_eq!(booked.len(), 1);
    assert_eq!(booked[0].starts_at, monday(9, 0));
    assert_eq!(booked[0].priority, vec![Vulnerability::UnaccompaniedMinor]);
    assert!(booked[0].urgent);
    // Back on the card (F4), its line names it.
    shell.open(ScreenId::Lookup, &mut store);
    let card = text(&mut shell);
    assert!(
        card.contains("Next appointment") && card.contains("Mon 16/03/2026 09:00"),
        "{card}"
    );
}

#[test]
fn a_refused_booking_keeps_the_form_and_marks_the_field() {
    let (_dir, mut store, person, line) = with_person();
    book_monday(&mut store, person, line);
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Appointments, &mut store);
    shell.handle_key(key("n"), &mut store);
    type_text(&mut shell, &mut store, "karimi");
    shell.handle_key(key("enter"), &mut store);
    // The same person at the same time: the slot (one place) is full.
    shell.handle_key(key("tab"), &mut store);
    for _ in 0..10 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "16/03/2026");
    shell.handle_key(key("tab"), &mut store);
    for _ in 0..5 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "09:00");
    shell.handle_key(key("ctrl-s"), &mut store);
    let form = text(&mut shell);
    assert!(form.contains("That slot is full"), "{form}");
    assert!(form.contains("New appointment"), "the form stays: {form}");
    // A time in the past: refused beside the time, the form still there.
    for _ in 0..5 {
        shell.handle_key(key("backspace"), &mut store);
    }
    shell.handle_key(key("shift-tab"), &mut store);
    for _ in 0..10 {
        shell.handle_key(key("backspace"), &mut store);
    }
    type_text(&mut shell, &mut store, "13/03/2026");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "10:00");
    shell.handle_key(key("ctrl-s"), &mut store);
    let form = text(&mut shell);
    assert!(form.contains("already passed"), "{form}");
    assert!(form.contains("New appointment"), "{form}");
    assert_eq!(
        store.upcoming_appointments_of(person, now()).unwrap().len(),
        1
    );
}

#[test]
fn a_name_not_registered_needs_a_phone_and_a_ticket_prefills_it() {
    let (_dir, mut store, _, line) = with_person();
    let ticket = store
        .create_ticket(
            &NewTicket {
                service_id: line,
                label: "Amina Y.".into(),
                ..NewTicket::default()
            },
            &stamp(now()),
        )
        .unwrap();
    let mut shell = shell(Lang::El);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("shift-a"), &mut store);
    assert_eq!(shell.active(), ScreenId::Appointments);
    let form = text(&mut shell);
    assert!(
        form.contains("Amina Y.") && form.contains("από εισιτήριο"),
        "{form}"
    );
    shell.handle_key(key("ctrl-s"), &mut store);
    let form = text(&mut shell);
    assert!(form.contains("Χρειάζεται τηλέφωνο επικοινωνίας"), "{form}");
    type_text(&mut shell, &mut store, "6944123456");
    let typed = text(&mut shell);
    assert!(typed.contains("6944123456"), "{typed}");
    shell.handle_key(key("ctrl-s"), &mut store);
    let all = store
        .appointments_between(Some(line), monday(0, 0).date(), monday(0, 0).date())
        .unwrap();
    assert_eq!(all.len(), 1, "{}", text(&mut shell));
    assert_eq!(all[0].label, "Amina Y.");
    assert_eq!(all[0].phone.as_deref(), Some("+306944123456"));
    assert!(all[0].person_id.is_none());
    let _ = ticket;
}

#[test]
fn no_show_waits_for_its_time_and_check_in_carries_the_priority() {
    let (_dir, mut store, person, line) = with_person();
    let id = book_monday(&mut store, person, line);
    let mut shell = shell(Lang::En);
    shell.now = monday(8, 30);
    shell.open(ScreenId::Appointments, &mut store);
    let day = text(&mut shell);
    assert!(
        day.contains("Karimi Ahmad") && day.contains("UAM") && day.contains("≋fas"),
        "{day}"
    );
    // Details: masked AMKA, the phone, the flags in words.
    assert!(
        day.contains("•••••••2345") && !day.contains("01018012345"),
        "{day}"
    );
    assert!(day.contains("unaccompanied minor"), "{day}");
    shell.handle_key(key("x"), &mut store);
    let refused = text(&mut shell);
    assert!(refused.contains("has not come yet"), "{refused}");
    assert_eq!(
        store.appointment(id).unwrap().unwrap().state,
        AppointmentState::Booked
    );
    shell.handle_key(key("i"), &mut store);
    let done = text(&mut shell);
    assert!(
        done.contains("with priority (unaccompanied minor)"),
        "{done}"
    );
    let tickets = store.tickets_on(monday(0, 0).date()).unwrap();
    assert_eq!(tickets.len(), 1);
    assert_eq!(tickets[0].priority, vec![Vulnerability::UnaccompaniedMinor]);
    assert_eq!(tickets[0].appointment_id, Some(id));
    assert!(done.contains(&tickets[0].number), "{done}");
    // Once its time has come, a no-show can be marked (on another booking).
    let later = store
        .book(
            &NewAppointment {
                service_id: line,
                label: "Walk-in".into(),
                phone: Some("+306944000000".into()),
                starts_at: Some(monday(9, 30)),
                ..NewAppointment::default()
            },
            &stamp(monday(8, 0)),
        )
        .unwrap();
    shell.now = monday(9, 45);
    shell.refresh(&mut store);
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("x"), &mut store);
    let marked = text(&mut shell);
    assert!(marked.contains("no-show"), "{marked}");
    assert_eq!(
        store.appointment(later.id).unwrap().unwrap().state,
        AppointmentState::NoShow
    );
}

#[test]
fn cancelling_needs_a_reason_and_another_desks_change_is_explained() {
    let (dir, mut store, person, line) = with_person();
    let id = book_monday(&mut store, person, line);
    let mut shell = shell(Lang::En);
    shell.now = monday(8, 0);
    shell.open(ScreenId::Appointments, &mut store);
    shell.handle_key(key("c"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    let popup = text(&mut shell);
    assert!(popup.contains("needs a reason"), "{popup}");
    assert!(
        popup.contains("Cancel appointment"),
        "the popup stays: {popup}"
    );
    // Another desk moves it meanwhile.
    let mut other = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let a = other.appointment(id).unwrap().unwrap();
    other
        .move_appointment(id, a.version, monday(10, 0), None, &stamp(monday(8, 0)))
        .unwrap();
    type_text(&mut shell, &mut store, "Asked by phone");
    shell.handle_key(key("enter"), &mut store);
    let said = text(&mut shell);
    assert!(
        said.contains("Another desk changed this appointment"),
        "{said}"
    );
    assert_eq!(
        store.appointment(id).unwrap().unwrap().state,
        AppointmentState::Booked
    );
    // Read again: the row is at 10:00 now; cancelling it works.
    // The selection followed the appointment to its new row.
    assert!(said.contains("10:00"), "{said}");
    shell.handle_key(key("c"), &mut store);
    type_text(&mut shell, &mut store, "Asked by phone");
    shell.handle_key(key("enter"), &mut store);
    let a = store.appointment(id).unwrap().unwrap();
    assert_eq!(a.state, AppointmentState::Cancelled, "{}", text(&mut shell));
    assert_eq!(a.state_reason, "Asked by phone");
}

#[test]
fn a_failed_read_is_shown_in_place_of_the_day() {
    let (dir, mut store) = demo();
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE appointment RENAME TO appointment_gone"))
        .unwrap();
    for (lang, word) in [(Lang::En, "database"), (Lang::El, "βάση")] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Appointments, &mut store);
        shell.handle_key(key("right"), &mut store);
        let day = text(&mut shell).to_lowercase();
        assert!(day.contains(word), "{day}");
        assert!(!day.contains("free") && !day.contains("ελεύθερη"), "{day}");
    }
}

#[test]
fn the_reminder_list_is_audited_shows_phones_and_marks_calls() {
    let (_dir, mut store, person, line) = with_person();
    let id = book_monday(&mut store, person, line);
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Appointments, &mut store);
    shell.handle_key(key("r"), &mut store);
    let list = text(&mut shell);
    assert!(list.contains("Monday 16/03/2026: 0 of 1 made"), "{list}");
    assert!(
        list.contains("Karimi Ahmad") && list.contains("+306944123456"),
        "{list}"
    );
    let viewed = store
        .audit_entries(&AuditFilter {
            action: Some("view".into()),
            limit: 50,
            ..AuditFilter::default()
        })
        .unwrap();
    assert!(viewed.iter().any(|e| e.entity == "reminders"), "{viewed:?}");
    shell.handle_key(key("enter"), &mut store);
    assert!(
        store
            .appointment(id)
            .unwrap()
            .unwrap()
            .reminded_at
            .is_some()
    );
    let list = text(&mut shell);
    assert!(
        list.contains("1 of 1 made") && list.contains("✓ reminded"),
        "{list}"
    );
}

/// Late in the day the times already gone are not offered as free: a receptionist
/// looking at today sees what can still be booked.
#[test]
fn slots_whose_time_has_gone_are_not_shown_as_free() {
    let (_dir, mut store, _person, _line) = with_person();
    for (lang, past, free) in [(Lang::En, "past", "free"), (Lang::El, "πέρασε", "ελεύθερη")]
    {
        let mut shell = shell(lang);
        shell.now = monday(11, 10);
        shell.open(ScreenId::Appointments, &mut store);
        let day = text(&mut shell);
        let row = |time: &str| {
            day.lines()
                .find(|l| l.contains(time))
                .unwrap_or_default()
                .to_string()
        };
        assert!(row("09:00").contains(past), "{day}");
        assert!(!row("09:00").contains(free), "{day}");
        assert!(row("11:30").contains(free), "{day}");
    }
}
