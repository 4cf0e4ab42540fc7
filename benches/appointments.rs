//! Appointment benchmarks: booking (free-slot search + insert) on a database holding
//! two years of appointments, beside the plain way (one count query per slot); and
//! drawing the week view of a service with 2,000 appointments (the screen's own
//! widget, `ui::appointments::week::WeekGrid`, and the whole screen through the shell),
//! beside the plain way of counting each cell.
//!
//! `cargo bench --bench appointments`

use std::time::{Duration, Instant};

use chrono::{Datelike, NaiveDate, NaiveTime, TimeDelta, Weekday};
use kentro::action::Action;
use kentro::app::AppContext;
use kentro::domain::appointments::OpeningHours;
use kentro::domain::codes::{AppointmentState, Role};
use kentro::domain::person::Person;
use kentro::domain::records::Appointment;
use kentro::i18n::Lang;
use kentro::keymap::Keymap;
use kentro::store::{Attendees, NewAppointment, Stamp, Store};
use kentro::ui::appointments::week::WeekGrid;
use kentro::ui::{ScreenId, Shell, Theme, View};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

const PEOPLE: i64 = 5_000;
const BOOKINGS: usize = 500;

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn report(what: &str, mut times: Vec<Duration>) -> Duration {
    times.sort();
    let p50 = percentile(&times, 0.5);
    let p99 = percentile(&times, 0.99);
    println!(
        "{what}: n={} p50 {:.3} ms, p99 {:.3} ms",
        times.len(),
        p50.as_secs_f64() * 1e3,
        p99.as_secs_f64() * 1e3
    );
    p99
}

/// Two years of a busy centre: every weekday, each line with its 16 slots mostly
/// taken, spread over 5,000 people.
fn history(store: &mut Store, today: NaiveDate) -> usize {
    let stamp = Stamp {
        at: today.and_hms_opt(8, 0, 0).unwrap(),
        operator: "bench".into(),
    };
    let people: Vec<Person> = (0..PEOPLE)
        .map(|i| Person {
            surname: format!("Bench{i}"),
            given_name: "Α.".into(),
            ..Person::default()
        })
        .collect();
    store
        .batch(&stamp, |b| {
            for p in &people {
                b.insert_person(p)?;
            }
            Ok(())
        })
        .unwrap();
    let lines: Vec<i64> = store.queue_lines().unwrap().iter().map(|s| s.id).collect();
    let mut count = 0usize;
    let mut day = today - TimeDelta::days(730);
    let mut n: i64 = 0;
    while day < today {
        let mut batch = Vec::new();
        if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            for (li, &line) in lines.iter().enumerate() {
                for slot in 0..16u32 {
                    if (slot + li as u32 + day.day()).is_multiple_of(5) {
                        continue; // a few slots stay free
                    }
                    n += 1;
                    let at = day.and_time(
                        NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap(),
                    );
                    batch.push(Appointment {
                        person_id: Some((n * 7919) % PEOPLE + 1),
                        state: AppointmentState::CheckedIn,
                        ..Appointment::booked(line, at, 30, "bench")
                    });
                }
            }
        }
        count += batch.len();
        store
            .batch(&stamp, |b| {
                for a in &batch {
                    b.insert_appointment(a)?;
                }
                Ok(())
            })
            .unwrap();
        day += TimeDelta::days(1);
    }
    count
}

fn booking() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("k.db")).unwrap();
    let today = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let started = Instant::now();
    let stored = history(&mut store, today);
    println!(
        "history: {stored} appointments over two years written in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let lines: Vec<i64> = store.queue_lines().unwrap().iter().map(|s| s.id).collect();
    let now = today.and_hms_opt(9, 0, 0).unwrap();
    let stamp = Stamp {
        at: now,
        operator: "bench".into(),
    };
    let mut times = Vec::with_capacity(BOOKINGS);
    for i in 0..BOOKINGS {
        let person = (i as i64 * 31) % PEOPLE + 1;
        let who = Attendees {
            person_id: Some(person),
            ..Attendees::default()
        };
        let start = Instant::now();
        // Round the lines, as desks do: one line's month holds 336 places.
        let line = lines[i % lines.len()];
        let free = store.free_slots(line, now, 30, None, &who, 5).unwrap();
        let slot = free.first().expect("a free slot within 30 days");
        store
            .book(
                &NewAppointment {
                    service_id: line,
                    person_id: Some(person),
                    starts_at: Some(slot.start),
                    ..NewAppointment::default()
                },
                &stamp,
            )
            .unwrap();
        times.push(start.elapsed());
    }
    let p99 = report("booking (free-slot search + insert)", times);
    println!(
        "target p99 <= 10 ms: {}",
        if p99 <= Duration::from_millis(10) {
            "met"
        } else {
            "NOT met"
        }
    );

    // The plain way: walk the slots and ask the database about each one.
    let conn = rusqlite::Connection::open(dir.path().join("k.db")).unwrap();
    let mut times = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        let mut found = None;
        let mut day = today;
        'days: for _ in 0..30 {
            if !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
                for slot in 0..16u32 {
                    let at = day.and_time(
                        NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap(),
                    );
                    let taken: i64 = conn
                        .query_row(
                            "SELECT count(*) FROM appointment WHERE service_id = ?1 \
                             AND state IN ('booked', 'checked-in') \
                             AND starts_at < datetime(?2, '+30 minutes') \
                             AND datetime(starts_at, '+' || minutes || ' minutes') > ?2",
                            rusqlite::params![kea, at],
                            |r| r.get(0),
                        )
                        .unwrap();
                    if taken == 0 {
                        found = Some(at);
                        break 'days;
                    }
                }
            }
            day += TimeDelta::days(1);
        }
        assert!(found.is_some());
        times.push(start.elapsed());
    }
    report("plain way: one count query per slot, search only", times);
}

/// A week of one service with 2,000 appointments: 25 places in each of the 16 slots
/// of its five weekdays, every place taken, some with priorities and interpreters.
fn busy_week(store: &mut Store, monday: NaiveDate) -> i64 {
    let stamp = Stamp {
        at: monday.and_hms_opt(7, 0, 0).unwrap(),
        operator: "bench".into(),
    };
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    let hours: Vec<OpeningHours> = OpeningHours::default_week()
        .into_iter()
        .map(|h| OpeningHours { capacity: 25, ..h })
        .collect();
    store.set_opening_hours(kea, &hours, &stamp).unwrap();
    let mut week = Vec::new();
    for day in 0..5 {
        for slot in 0..16u32 {
            for place in 0..25u32 {
                let at = (monday + TimeDelta::days(day))
                    .and_time(NaiveTime::from_hms_opt(9 + slot / 2, (slot % 2) * 30, 0).unwrap());
                let n = week.len() as i64;
                week.push(Appointment {
                    label: format!("Bench {n}"),
                    phone: Some("+306900000000".into()),
                    priority: if place % 7 == 0 {
                        vec![kentro::domain::codes::Vulnerability::UnaccompaniedMinor]
                    } else {
                        Vec::new()
                    },
                    urgent: place % 13 == 0,
                    interpreter_language: (place % 5 == 0).then(|| "fas".to_string()),
                    ..Appointment::booked(kea, at, 30, "bench")
                });
            }
        }
    }
    store
        .batch(&stamp, |b| {
            for a in &week {
                b.insert_appointment(a)?;
            }
            Ok(())
        })
        .unwrap();
    assert_eq!(week.len(), 2_000);
    kea
}

/// The plain way to fill the grid: for every cell, walk all the week's appointments.
fn plain_cells(appointments: &[Appointment], grid: &WeekGrid) -> usize {
    let mut filled = 0;
    for (d, column) in grid.days.iter().enumerate() {
        let Some(day) = column.day else { continue };
        for (r, time) in grid.times.iter().enumerate() {
            let end = grid.times.get(r + 1).copied();
            let n = appointments
                .iter()
                .filter(|a| {
                    a.starts_at.date() == day
                        && a.starts_at.time() >= *time
                        && end.is_none_or(|e| a.starts_at.time() < e)
                })
                .count();
            filled += n.min(d + 1000);
        }
    }
    filled
}

fn week_view() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::create(&dir.path().join("k.db")).unwrap();
    let monday = NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let kea = busy_week(&mut store, monday);
    let sunday = monday + TimeDelta::days(6);
    let theme = Theme::ansi16();
    let view = View {
        lang: Lang::El,
        theme: &theme,
        now: monday.and_hms_opt(8, 0, 0).unwrap(),
        operator: "bench",
        desk: None,
        role: Role::Receptionist,
    };
    let calendar = store
        .calendar(kea, monday, sunday, &Attendees::default())
        .unwrap();
    let appointments = store
        .appointments_between(Some(kea), monday, sunday)
        .unwrap();
    assert_eq!(appointments.len(), 2_000);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    // The widget: the grid built from what was read, then drawn at 80x24.
    let mut times = Vec::new();
    let mut grid = WeekGrid::default();
    for _ in 0..500 {
        let start = Instant::now();
        grid = WeekGrid::build(&calendar, &appointments, monday);
        terminal
            .draw(|f| {
                grid.draw(f, f.area(), &view, (2, 5));
            })
            .unwrap();
        times.push(start.elapsed());
    }
    assert_eq!(grid.places(), (2_000, 2_000));
    let p99 = report(
        "week view widget, 2,000 appointments: build + draw 80x24",
        times,
    );
    println!(
        "target <= 1 ms: {}",
        if p99 <= Duration::from_millis(1) {
            "met"
        } else {
            "NOT met"
        }
    );
    // Reading the week from the database (once per change, not per frame).
    let mut times = Vec::new();
    for _ in 0..100 {
        let start = Instant::now();
        let calendar = store
            .calendar(kea, monday, sunday, &Attendees::default())
            .unwrap();
        let read = store
            .appointments_between(Some(kea), monday, sunday)
            .unwrap();
        std::hint::black_box((calendar, read));
        times.push(start.elapsed());
    }
    report("reading the week (calendar + 2,000 appointments)", times);
    // The whole screen through the shell, in the week view.
    let ctx = AppContext {
        operator: "bench".into(),
        desk: Some(2),
        lang: Lang::El,
        db_label: "bench".into(),
        keymap: None,
        theme: None,
        ascii_borders: false,
        print_command: None,
        clock: kentro::clock::Clock::wall(),
    };
    let mut shell = Shell::new(&ctx, Keymap::builtin().unwrap(), Theme::ansi16(), view.now);
    shell.open(ScreenId::Appointments, &mut store);
    // To the line with the busy week.
    for _ in 0..10 {
        terminal.draw(|f| shell.draw(f)).unwrap();
        if format!("{:?}", terminal.backend()).contains("25/25") {
            break;
        }
        shell.run(Action::NextLine, &mut store);
    }
    shell.run(Action::DayOrWeek, &mut store);
    let mut times = Vec::new();
    for _ in 0..500 {
        let start = Instant::now();
        terminal.draw(|f| shell.draw(f)).unwrap();
        times.push(start.elapsed());
    }
    let shown = format!("{:?}", terminal.backend());
    assert!(shown.contains("25/25"), "{shown}");
    report(
        "appointments screen, week view, 2,000 appointments: one 80x24 frame",
        times,
    );
    // The plain way: every cell counted by walking every appointment.
    let mut times = Vec::new();
    for _ in 0..50 {
        let start = Instant::now();
        std::hint::black_box(plain_cells(&appointments, &grid));
        times.push(start.elapsed());
    }
    report(
        "plain way: each cell walks all 2,000 (counting only, no drawing)",
        times,
    );
}

fn main() {
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    println!("load average: {}", load.trim());
    week_view();
    booking();
}
