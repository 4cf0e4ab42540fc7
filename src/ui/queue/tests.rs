//! The queue screen when the database fails: the failure is said where the tickets
//! would be, never shown as an empty queue.

use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, render, screen_text, shell};

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
