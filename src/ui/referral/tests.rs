//! The referrals screen on the kit's parts: text fields that edit like every other,
//! columns aligned by cells, the form's draft kept and taken up again.

use chrono::{Duration, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use super::*;
use crate::domain::codes::Urgency;
use crate::domain::person::Person;
use crate::i18n::Lang;
use crate::store::{NewReferral, Store};
use crate::ui::harness::{self, char_key, cx, demo, now};
use crate::ui::{Screen, Shell};

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn typed(screen: &mut ReferralScreen, store: &mut Store, text: &str) {
    for c in text.chars() {
        screen.handle_key(char_key(c), &mut cx(store, Lang::En));
    }
}

/// The first cell of row `y` where `text` starts (a wide letter takes two cells: the
/// second, hidden behind it, is skipped).
fn column_of(buffer: &Buffer, y: u16, text: &str) -> Option<u16> {
    (0..buffer.area.width).find(|&x| {
        let mut rest = String::new();
        let mut cell = x;
        while cell < buffer.area.width {
            let symbol = buffer[(cell, y)].symbol();
            rest.push_str(symbol);
            cell += UnicodeWidthStr::width(symbol).max(1) as u16;
        }
        rest.starts_with(text)
    })
}

fn row_with(buffer: &Buffer, text: &str) -> Option<u16> {
    (0..buffer.area.height).find(|&y| column_of(buffer, y, text).is_some())
}

/// The shell on the referral screen, today as the tests' clock says, slips written
/// to `slips`.
pub(super) fn referrals_shell(lang: Lang, store: &mut Store, slips: &std::path::Path) -> Shell {
    let mut shell = harness::shell(lang);
    let mut screen = ReferralScreen::new();
    screen.set_today(now().date());
    screen.slips_dir = Some(slips.to_path_buf());
    shell.replace_screen(Box::new(screen));
    shell.open(crate::ui::ScreenId::Referrals, store);
    shell
}

/// The referral screen read, with a new referral's form open.
fn new_referral(store: &mut Store) -> ReferralScreen {
    let mut screen = ReferralScreen::new();
    screen.refresh(&mut cx(store, Lang::En)).unwrap();
    screen.handle(Action::NewReferral, &mut cx(store, Lang::En));
    screen
}

#[test]
fn arrows_and_home_edit_the_referral_fields() {
    let (_dir, mut store) = demo();
    let mut screen = new_referral(&mut store);
    // The person field: ← moves back before the last letter.
    typed(&mut screen, &mut store, "papadopolos");
    for _ in 0..3 {
        screen.handle_key(key(KeyCode::Left), &mut cx(&mut store, Lang::En));
    }
    typed(&mut screen, &mut store, "u");
    let form = screen.form.as_ref().expect("the form is open");
    assert_eq!(form.person_pick.query(), "papadopoulos");
    // The reason: Home goes to its start, End back to its end.
    screen.form.as_mut().unwrap().field = form::Field::Reason;
    typed(&mut screen, &mut store, "housing");
    screen.handle_key(key(KeyCode::Home), &mut cx(&mut store, Lang::En));
    typed(&mut screen, &mut store, "Urgent ");
    screen.handle_key(key(KeyCode::End), &mut cx(&mut store, Lang::En));
    typed(&mut screen, &mut store, " help");
    assert_eq!(
        screen.form.as_ref().unwrap().reason.text(),
        "Urgent housing help"
    );
    // The filter prompt edits the same way.
    screen.form = None;
    screen.handle(Action::Filter, &mut cx(&mut store, Lang::En));
    typed(&mut screen, &mut store, "ega");
    screen.handle_key(key(KeyCode::Home), &mut cx(&mut store, Lang::En));
    typed(&mut screen, &mut store, "l");
    assert_eq!(screen.filter, "lega");
}

#[test]
fn a_late_mark_and_a_chinese_name_keep_the_columns_aligned() {
    let (_dir, mut store) = demo();
    let stamp = crate::store::Stamp {
        at: now(),
        operator: harness::OPERATOR.into(),
    };
    let service = store
        .services()
        .unwrap()
        .into_iter()
        .find(|s| s.active && s.accepts_referrals)
        .expect("a service taking referrals");
    let mut refer = |surname: &str, given: &str, follow: NaiveDate, urgency| {
        let person = Person {
            surname: surname.into(),
            given_name: given.into(),
            ..Person::default()
        };
        let id = store.insert_person(&person, &stamp).unwrap();
        store
            .create_referral(
                &NewReferral {
                    person_id: id,
                    service_id: service.id,
                    ticket_id: None,
                    reason: "test".into(),
                    urgency,
                    note: String::new(),
                    follow_up_on: Some(follow),
                    record_consent: true,
                    override_reason: None,
                },
                &stamp,
            )
            .unwrap();
    };
    let today = now().date();
    refer("王", "秀英", today - Duration::days(3), Urgency::Routine);
    refer("Aziz", "Omar", today, Urgency::Urgent);
    let mut shell = harness::shell(Lang::En);
    shell.open(crate::ui::ScreenId::Referrals, &mut store);
    let terminal = harness::render(&mut shell, 80, 24);
    let buffer = terminal.backend().buffer();
    let late = row_with(buffer, "⌚王 秀英").expect("the late referral's row");
    let urgent = row_with(buffer, "! Aziz").unwrap_or_else(|| {
        panic!(
            "the urgent referral's row: {}",
            harness::screen_text(&terminal)
        )
    });
    let state = |y| column_of(buffer, y, "sent");
    assert!(
        state(late).is_some() && state(late) == state(urgent),
        "{buffer:?}"
    );
    let to: String = service.name_en.chars().take(6).collect();
    let to = |y| column_of(buffer, y, &to);
    assert!(to(late).is_some() && to(late) == to(urgent), "{buffer:?}");
}

#[test]
fn a_half_typed_referral_is_kept_and_taken_up_again() {
    let (_dir, mut store) = demo();
    let mut screen = new_referral(&mut store);
    typed(&mut screen, &mut store, "papad");
    screen.on_exit(&mut cx(&mut store, Lang::En));
    // The next start: offered on the status line, r takes it up.
    let mut next = ReferralScreen::new();
    next.refresh(&mut cx(&mut store, Lang::En)).unwrap();
    let offer = next.on_start(&mut cx(&mut store, Lang::En));
    assert!(
        matches!(&offer, Outcome::Status(text) if text.contains("unfinished referral (papad)")),
        "{offer:?}"
    );
    let resumed = next.handle(Action::NewReferral, &mut cx(&mut store, Lang::En));
    assert!(matches!(resumed, Outcome::Status(_)), "{resumed:?}");
    assert_eq!(next.form.as_ref().unwrap().person_pick.query(), "papad");
    // Esc keeps it; the draft is still there for the next time.
    next.handle(Action::Cancel, &mut cx(&mut store, Lang::En));
    assert!(next.draft_waiting(&cx(&mut store, Lang::En)));
}

/// With a printer configured (`print_command`), the slip goes to it: the command gets
/// the slip's text on its standard input and the status line says so; a printer that
/// fails is said, with what it said.
#[test]
fn a_slip_goes_to_the_configured_printer() {
    let (dir, mut store) = demo();
    let printed = dir.path().join("printed.txt");
    let printer =
        crate::printing::Printer::configured(Some(&format!("cat > '{}'", printed.display())));
    let mut screen = ReferralScreen::new().printing_to(printer);
    screen.refresh(&mut cx(&mut store, Lang::En)).unwrap();
    let row = screen
        .shown()
        .first()
        .map(|r| r.referral.clone())
        .expect("a referral");
    let outcome = screen.handle(Action::PrintSlip, &mut cx(&mut store, Lang::En));
    assert_eq!(outcome, Outcome::Status("Slip sent to the printer.".into()));
    let text = std::fs::read_to_string(&printed).unwrap();
    let person = store.person(row.person_id).unwrap().unwrap();
    assert!(text.contains(&person.surname), "{text}");
    assert!(text.contains("Referral slip"), "{text}");
    // No file was written instead.
    assert!(!dir.path().join("slips").exists());

    let broken = crate::printing::Printer::configured(Some("echo 'lp: printer off' >&2; exit 2"));
    let mut screen = ReferralScreen::new().printing_to(broken);
    screen.refresh(&mut cx(&mut store, Lang::El)).unwrap();
    let Outcome::Error(text) = screen.handle(Action::PrintSlip, &mut cx(&mut store, Lang::El))
    else {
        panic!("a failed print is an error");
    };
    assert!(
        text.starts_with("Το παραπεμπτικό δεν τυπώθηκε") && text.contains("printer off"),
        "{text}"
    );
}

#[test]
fn a_failed_read_is_shown_in_place_of_the_referrals() {
    let (dir, mut store) = demo();
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE referral RENAME TO referral_gone"))
        .unwrap();
    for (lang, said, empty) in [
        (Lang::En, "database", "No referrals"),
        (Lang::El, "βάση", "Καμία παραπομπή"),
    ] {
        let mut shell = harness::shell(lang);
        shell.open(crate::ui::ScreenId::Referrals, &mut store);
        let text = harness::screen_text(&harness::render(&mut shell, 80, 24));
        assert!(text.to_lowercase().contains(said), "{text}");
        assert!(!text.contains(empty), "{text}");
    }
}

#[test]
fn another_organisations_referral_reason_is_withheld_on_screen() {
    let (_dir, mut store) = demo();
    for (organisation, shown) in [("", true), ("arsis", false)] {
        let mut screen = ReferralScreen::new();
        screen.set_today(now().date());
        let mut c = cx(&mut store, Lang::En);
        c.organisation = organisation;
        screen.refresh(&mut c).unwrap();
        let row = screen.shown()[0].referral.clone();
        let terminal = harness::render_screen(&screen, Lang::En, 80, 24);
        let text = harness::screen_text(&terminal);
        let reason = format!("reason: {}", row.reason);
        assert_eq!(text.contains(&reason), shown, "{organisation:?}: {text}");
        assert_eq!(
            text.contains("belongs to another organisation"),
            !shown,
            "{text}"
        );
    }
}

/// With no printer set, `p` shows the slip on screen in the kit's viewer, to read or
/// copy (no side borders: a terminal's selection takes the text alone); the page keys
/// scroll it, `w` writes it to an owner-only file and Esc closes it. Both are audited.
#[test]
fn without_a_printer_the_slip_is_shown_on_screen_and_can_be_written_to_a_file() {
    let (dir, mut store) = demo();
    let slips = dir.path().join("slips");
    for lang in [Lang::En, Lang::El] {
        let mut shell = referrals_shell(lang, &mut store, &slips);
        let files = || std::fs::read_dir(&slips).map_or(0, |d| d.count());
        let files_before = files();
        shell.handle_key(harness::key("p"), &mut store);
        let terminal = harness::render(&mut shell, 80, 24);
        let text = harness::screen_text(&terminal);
        let (title, heading) = match lang {
            Lang::En => ("Slip of referral", "Referral slip"),
            Lang::El => ("Παραπεμπτικό της παραπομπής", "Παραπεμπτικό"),
        };
        assert!(text.contains(title) && text.contains(heading), "{text}");
        // The keys that close it or write it stay on the hint line, the message below.
        harness::assert_hints_then_message(
            &text,
            crate::i18n::t(lang, crate::i18n::referral::RMsg::SlipShown),
        );
        insta::assert_snapshot!(
            format!("referral_slip_on_screen_{}", lang.code()),
            terminal.backend()
        );
        // The page keys move through it; the first line leaves the screen.
        let first = text
            .lines()
            .nth(3)
            .map(str::trim)
            .unwrap_or_default()
            .to_string();
        shell.handle_key(harness::key("pagedown"), &mut store);
        let scrolled = harness::screen_text(&harness::render(&mut shell, 80, 24));
        assert_ne!(scrolled, text, "PgDn scrolled nothing");
        shell.handle_key(harness::key("home"), &mut store);
        let back = harness::screen_text(&harness::render(&mut shell, 80, 24));
        assert!(back.contains(&first), "{back}");
        // Nothing was written to a file until asked.
        assert_eq!(files(), files_before);
        if lang == Lang::El {
            shell.handle_key(harness::key("esc"), &mut store);
            let closed = harness::screen_text(&harness::render(&mut shell, 80, 24));
            assert!(!closed.contains(title), "{closed}");
            continue;
        }
        shell.handle_key(harness::key("w"), &mut store);
        let written = harness::screen_text(&harness::render(&mut shell, 80, 24));
        assert!(written.contains("Slip written"), "{written}");
        assert!(!written.contains(title), "the viewer closed: {written}");
        let files: Vec<_> = std::fs::read_dir(&slips)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        assert_eq!(files.len(), 1);
        let mode = std::os::unix::fs::PermissionsExt::mode(
            &std::fs::metadata(&files[0]).unwrap().permissions(),
        );
        assert_eq!(mode & 0o777, 0o600);
        assert!(
            std::fs::read_to_string(&files[0])
                .unwrap()
                .contains(heading)
        );
    }
    let audited = store
        .audit_entries(&crate::store::AuditFilter {
            action: Some("slip".into()),
            limit: 100,
            ..Default::default()
        })
        .unwrap()
        .into_iter()
        .filter(|e| e.action == "slip")
        .map(|e| e.detail)
        .collect::<Vec<_>>();
    assert_eq!(
        audited.iter().filter(|d| *d == "shown").count(),
        2,
        "{audited:?}"
    );
    assert_eq!(
        audited.iter().filter(|d| d.is_empty()).count(),
        1,
        "{audited:?}"
    );
}
