//! The queue screen when the database fails: the failure is said where the tickets
//! would be, never shown as an empty queue.

use crate::i18n::Lang;
use crate::store::Store;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, key, now, render, screen_text, shell, store, type_text};

#[test]
fn a_failed_reload_is_shown_in_place_of_the_tickets() {
    let (dir, mut store) = demo();
    // Another program breaks the table the queue reads.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE ticket RENAME TO ticket_gone"))
        .unwrap();
    for (lang, empty) in [
        (Lang::En, "Nobody in today"),
        (Lang::El, "Κανείς στην ουρά"),
    ] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Queue, &mut store);
        let text = screen_text(&render(&mut shell, 80, 24));
        let said = match lang {
            Lang::En => "database",
            Lang::El => "βάση",
        };
        assert!(text.to_lowercase().contains(said), "{text}");
        assert!(!text.contains(empty), "{text}");
    }
}

#[test]
fn a_failed_search_in_the_link_picker_is_not_shown_as_nobody_found() {
    use crate::ui::harness::{key, type_text};
    let (dir, mut store) = demo();
    // The person picker's search reads the key pairs; another program breaks them.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE person_pair RENAME TO person_pair_gone"))
        .unwrap();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("l"), &mut store);
    type_text(&mut shell, &mut store, "papad giorg");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("to a person"),
        "the link picker is open: {text}"
    );
    assert!(!text.contains("Nobody found"), "{text}");
    assert!(text.to_lowercase().contains("database"), "{text}");
}

/// `p` on a ticket: without a printer the ticket is shown on screen (its number, its
/// service line in both languages and when it was taken) and Esc goes back to the
/// list; with one, the same text goes to the printer. Nothing about the person.
#[test]
fn p_shows_the_selected_ticket_without_a_printer_and_prints_it_with_one() {
    use crate::ui::harness::{key, now};
    let (dir, mut store) = demo();
    let tickets = store.tickets_on(now().date()).unwrap();
    let names: Vec<String> = tickets
        .iter()
        .filter_map(|t| t.person_id)
        .filter_map(|id| store.person(id).unwrap())
        .map(|p| p.surname)
        .chain(tickets.iter().map(|t| t.label.clone()))
        .filter(|n| !n.is_empty())
        .collect();
    assert!(!names.is_empty());
    let mut shown = String::new();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Queue, &mut store);
        let before = screen_text(&render(&mut shell, 80, 24));
        shell.handle_key(key("p"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        let text = screen_text(&terminal);
        let number = tickets
            .iter()
            .map(|t| t.number.as_str())
            .find(|n| {
                let word = match lang {
                    Lang::En => "Ticket",
                    Lang::El => "Εισιτήριο",
                };
                text.contains(&format!("{word} {n}"))
            })
            .unwrap_or_else(|| panic!("a ticket's number in the viewer's title: {text}"));
        let ticket = tickets.iter().find(|t| t.number == number).unwrap();
        let line = store.service(ticket.service_id).unwrap().unwrap();
        assert!(
            text.contains(&line.name_el) && text.contains(&line.name_en),
            "{text}"
        );
        for name in &names {
            let body: String = text.lines().skip(2).take(18).collect();
            assert!(
                !body.contains(name.as_str()),
                "{name} on the ticket: {text}"
            );
        }
        // The keys that close it stay on the hint line, the message below them.
        crate::ui::harness::assert_hints_then_message(
            &text,
            crate::i18n::t(lang, crate::i18n::queue::QMsg::TicketShown),
        );
        insta::assert_snapshot!(
            format!("queue_ticket_on_screen_{}", lang.code()),
            terminal.backend()
        );
        shell.handle_key(key("esc"), &mut store);
        let back = screen_text(&render(&mut shell, 80, 24));
        let rows = |s: &str| s.lines().take(21).map(String::from).collect::<Vec<_>>();
        assert_eq!(rows(&back), rows(&before), "Esc goes back to the list");
        shown = number.to_string();
    }
    let printed = dir.path().join("ticket.txt");
    let printer =
        crate::printing::Printer::configured(Some(&format!("cat > '{}'", printed.display())));
    let mut shell = shell(Lang::En);
    shell.replace_screen(Box::new(super::QueueScreen::new().printing_to(printer)));
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("p"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains(&format!("Ticket {shown} sent to the printer")),
        "{text}"
    );
    let paper = std::fs::read_to_string(&printed).unwrap();
    assert!(paper.contains(&shown), "{paper}");
    assert!(names.iter().all(|n| !paper.contains(n.as_str())), "{paper}");
}

/// The operator's kept drafts of the new-ticket form.
fn ticket_drafts(store: &crate::store::Store) -> usize {
    let operator = crate::ui::harness::app_context(Lang::En).operator;
    store
        .drafts_of(&operator)
        .unwrap()
        .iter()
        .filter(|d| d.kind == "ticket")
        .count()
}

#[test]
fn a_half_typed_ticket_is_kept_at_exit_offered_at_the_next_start_and_taken_up_with_n() {
    use crate::ui::harness::{key, type_text};
    let (_dir, mut store) = demo();
    let mut first = shell(Lang::En);
    first.open(ScreenId::Queue, &mut store);
    first.handle_key(key("n"), &mut store);
    type_text(&mut first, &mut store, "kea");
    first.handle_key(key("tab"), &mut store);
    type_text(&mut first, &mut store, "Amina with papers");
    // The link drops: the program ends with the form open.
    first.on_exit(&mut store);
    assert_eq!(ticket_drafts(&store), 1);

    let mut next = shell(Lang::En);
    next.start(&mut store);
    let said = next.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(
        said.contains("unfinished ticket (Amina with papers)"),
        "{said}"
    );
    next.open(ScreenId::Queue, &mut store);
    next.handle_key(key("n"), &mut store);
    let text = screen_text(&render(&mut next, 80, 24));
    assert!(text.contains("Amina with papers"), "{text}");
    assert!(text.contains("kea"), "{text}");
    // Issued: the draft goes.
    next.handle_key(key("ctrl-s"), &mut store);
    let said = next.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.contains("issued"), "{said}");
    assert_eq!(ticket_drafts(&store), 0);
}

#[test]
fn esc_on_the_new_ticket_form_throws_its_draft_away() {
    use crate::ui::harness::{key, type_text};
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("n"), &mut store);
    type_text(&mut shell, &mut store, "kea");
    shell.on_exit(&mut store);
    assert_eq!(ticket_drafts(&store), 1);
    shell.handle_key(key("esc"), &mut store);
    assert_eq!(ticket_drafts(&store), 0);
    shell.handle_key(key("n"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(!text.contains("kea"), "a new form: {text}");
}

/// A desk that serves some lines only calls from them; when the database cannot say
/// which lines those are, the call is refused with the reason, never made from every
/// line. (The store's call reads the settings too, so this guards the screen's own
/// read: it passed before the screen stopped dropping that read's error.)
#[test]
fn a_failed_read_of_the_desks_lines_refuses_the_call() {
    let (dir, mut store) = demo();
    let stamp = crate::store::Stamp::now("tester");
    store
        .set_setting("queue.desk.2.lines", "kea", &stamp)
        .unwrap();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    let called_before = called(&store);
    // Another program breaks the settings table.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE setting RENAME TO setting_gone"))
        .unwrap();
    shell.handle_key(crate::ui::harness::key("f6"), &mut store);
    let said = shell.status().map(|s| s.text.clone()).unwrap_or_default();
    assert!(said.to_lowercase().contains("database"), "{said}");
    assert_eq!(called(&store), called_before, "nobody was called");
}

/// Tickets called to a desk today.
fn called(store: &crate::store::Store) -> usize {
    store
        .tickets_on(crate::ui::harness::now().date())
        .unwrap()
        .iter()
        .filter(|t| t.state == crate::domain::codes::TicketState::Called)
        .count()
}

// The queue screen in the shell: snapshots of the demo morning and the new-ticket
// form, 500 tickets, linking a walk-in, registering them, the end of day, recall and
// transfer, a new service line.

#[test]
fn queue_snapshots_with_the_demo_morning_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::cli::demo::create(&dir.path().join("demo.db"), now()).unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        shell.open(ScreenId::Queue, &mut store);
        shell.handle_key(key("home"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        let text = screen_text(&terminal);
        assert!(text.contains('!') && text.contains('≋'), "{text}");
        insta::assert_snapshot!(format!("queue_demo_{}", lang.code()), terminal.backend());
        // The new-ticket form.
        shell.handle_key(key("n"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("queue_form_{}", lang.code()), terminal.backend());
        shell.handle_key(key("esc"), &mut store);
    }
}

#[test]
fn queue_draws_500_tickets_and_calls_from_the_screen() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    for i in 0..500 {
        let stamp = crate::store::Stamp {
            at: now() - chrono::TimeDelta::seconds(600 - i),
            operator: "t".into(),
        };
        store
            .create_ticket(
                &crate::store::NewTicket {
                    service_id: kea,
                    label: format!("walk-in {i}"),
                    ..Default::default()
                },
                &stamp,
            )
            .unwrap();
    }
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("home"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Waiting 500"), "{text}");
    assert!(shell.handle_key(key("f6"), &mut store));
    assert!(
        shell
            .status()
            .unwrap()
            .text
            .contains("Called Κ001 to desk 2")
    );
}

fn walk_in(store: &mut Store, label: &str) -> crate::domain::records::Ticket {
    let kea = store.service_by_code("kea").unwrap().unwrap().id;
    store
        .create_ticket(
            &crate::store::NewTicket {
                service_id: kea,
                label: label.into(),
                ..Default::default()
            },
            &crate::store::Stamp {
                at: now(),
                operator: "t".into(),
            },
        )
        .unwrap()
}

#[test]
fn queue_links_a_walk_in_through_the_lookup_and_refers_them() {
    let (_dir, mut store) = store();
    let stamp = crate::store::Stamp {
        at: now(),
        operator: "t".into(),
    };
    let person = crate::domain::person::Person {
        surname: "Rezaei".into(),
        given_name: "Mohammad".into(),
        father_name: "Ali".into(),
        ..Default::default()
    };
    let pid = store.insert_person(&person, &stamp).unwrap();
    let ticket = walk_in(&mut store, "man with papers");
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("home"), &mut store);
    // r before linking: says what to do.
    shell.handle_key(key("f6"), &mut store);
    shell.handle_key(key("r"), &mut store);
    assert!(
        shell.status().unwrap().text.contains("Link the ticket"),
        "{:?}",
        shell.status()
    );
    // l: the picker, type-ahead in Greeklish / Latin, Enter links.
    shell.handle_key(key("l"), &mut store);
    type_text(&mut shell, &mut store, "rezai moh");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Link Κ001 to a person"), "{text}");
    assert!(text.contains("Rezaei Mohammad (Ali)"), "{text}");
    insta::assert_snapshot!("queue_link_en", render(&mut shell, 80, 24).backend());
    shell.handle_key(key("enter"), &mut store);
    assert_eq!(
        store.ticket(ticket.id).unwrap().unwrap().person_id,
        Some(pid)
    );
    assert!(
        shell
            .status()
            .unwrap()
            .text
            .contains("Κ001 linked to Rezaei")
    );
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Rezaei Mohammad"), "{text}");
    // r on the called, linked ticket: the referral form, from this ticket.
    shell.handle_key(key("r"), &mut store);
    assert_eq!(shell.active(), ScreenId::Referrals);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Rezaei Mohammad"), "{text}");
}

#[test]
fn queue_registers_the_person_of_a_ticket_and_links_them_on_save() {
    let (_dir, mut store) = store();
    let ticket = walk_in(&mut store, "Amina");
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("home"), &mut store);
    shell.handle_key(key("l"), &mut store);
    type_text(&mut shell, &mut store, "nobody here");
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Nobody found"), "{text}");
    shell.handle_key(key("ctrl-n"), &mut store);
    assert_eq!(shell.active(), ScreenId::Intake);
    assert!(
        shell.status().unwrap().text.contains("ticket Κ001"),
        "{:?}",
        shell.status()
    );
    type_text(&mut shell, &mut store, "Hassan");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "Amina");
    shell.handle_key(key("ctrl-s"), &mut store);
    let status = shell.status().unwrap().text.clone();
    assert!(status.contains("ticket Κ001 linked"), "{status}");
    let linked = store.ticket(ticket.id).unwrap().unwrap();
    let person = store.person(linked.person_id.unwrap()).unwrap().unwrap();
    assert_eq!(person.surname, "Hassan");
    // Back on the queue, the ticket shows the person.
    shell.handle_key(key("f2"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Hassan Amina"), "{text}");
}

#[test]
fn end_of_day_closes_only_on_a_plain_y() {
    let (_dir, mut store) = store();
    let ticket = walk_in(&mut store, "someone");
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    let waiting = |store: &Store| store.ticket(ticket.id).unwrap().unwrap().state;
    for attempt in ["esc", "alt-y", "x", "enter", "ctrl-y"] {
        shell.handle_key(key("f9"), &mut store);
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(text.contains("End of day"), "{text}");
        shell.handle_key(key(attempt), &mut store);
        assert_eq!(
            waiting(&store),
            crate::domain::codes::TicketState::Waiting,
            "{attempt} closed the day"
        );
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(!text.contains("will be closed"), "{attempt}: {text}");
    }
    shell.handle_key(key("f9"), &mut store);
    shell.handle_key(key("y"), &mut store);
    assert_eq!(waiting(&store), crate::domain::codes::TicketState::NotSeen);
    assert!(shell.status().unwrap().text.contains("1 tickets closed"));
}

#[test]
fn recall_says_again_and_transfer_jumps_by_letter() {
    let (_dir, mut store) = store();
    let ticket = walk_in(&mut store, "someone");
    let legal = store.service_by_code("legal").unwrap().unwrap().id;
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("f6"), &mut store);
    shell.handle_key(key("R"), &mut store);
    assert_eq!(shell.status().unwrap().text, "Called Κ001 to desk 2 again");
    shell.handle_key(key("t"), &mut store);
    // Greek prefix or Latin code, on either keyboard layout.
    shell.handle_key(key("Ν"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("▌Ν   Legal aid"), "{text}");
    shell.handle_key(key("k"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    assert!(
        shell
            .status()
            .unwrap()
            .text
            .contains("on this line already"),
        "{:?}",
        shell.status()
    );
    shell.handle_key(key("t"), &mut store);
    shell.handle_key(key("l"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    let after = store.ticket(ticket.id).unwrap().unwrap();
    assert_eq!(after.service_id, legal);
    assert_eq!(after.state, crate::domain::codes::TicketState::Waiting);
}

#[test]
fn a_new_service_line_from_the_screen_gets_a_plain_capital_prefix() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    shell.open(ScreenId::Queue, &mut store);
    shell.handle_key(key("L"), &mut store);
    shell.handle_key(key("a"), &mut store);
    type_text(&mut shell, &mut store, "housing");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "ή");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "Στέγαση");
    shell.handle_key(key("tab"), &mut store);
    type_text(&mut shell, &mut store, "Housing");
    shell.handle_key(key("ctrl-s"), &mut store);
    let line = store.service_by_code("housing").unwrap().unwrap();
    assert_eq!(line.ticket_prefix, "Η");
    assert!(crate::ui::board::glyph('Η').is_some());
}
