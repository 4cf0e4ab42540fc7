//! Snapshots of the shell at 80×24 (TestBackend) and the routing of keys.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

use super::harness::{key, now, render, screen_text, shell, shell_with, store};
use super::*;
use crate::keymap::Keymap;
use crate::ui::kit::width::width;

#[test]
fn snapshots_of_each_screen_in_both_languages() {
    let (_dir, mut store) = store();
    for lang in [Lang::En, Lang::El] {
        // The administrators' screens have their own snapshots (ui::staff, ui::audit).
        for id in ScreenId::ALL.into_iter().filter(|id| id.needs().is_none()) {
            let mut shell = shell(lang);
            shell.open(id, &mut store);
            let terminal = render(&mut shell, 80, 24);
            let name = format!("{:?}_{}", id, lang.code()).to_lowercase();
            insta::assert_snapshot!(name, terminal.backend());
        }
    }
}

#[test]
fn snapshot_of_help() {
    let (_dir, mut store) = store();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        assert!(shell.handle_key(key("f1"), &mut store));
        assert!(shell.help_open());
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(format!("help_{}", lang.code()), terminal.backend());
    }
}

#[test]
fn snapshot_of_too_small() {
    for lang in [Lang::En, Lang::El] {
        let terminal = render(&mut shell(lang), 60, 20);
        insta::assert_snapshot!(format!("too_small_{}", lang.code()), terminal.backend());
    }
    let text = screen_text(&render(&mut shell(Lang::En), 79, 24));
    assert!(text.contains("need 80×24, have 79×24"), "{text}");
}

#[test]
fn mono_theme_has_no_colour_and_still_shows_the_tab() {
    let mut shell = shell_with(Lang::En, Theme::resolve(None, true, false).unwrap());
    let terminal = render(&mut shell, 80, 24);
    insta::assert_snapshot!("mono_queue_en", terminal.backend());
    let buffer = terminal.backend().buffer();
    for cell in buffer.content() {
        assert_eq!(cell.fg, Color::Reset, "{cell:?}");
        assert_eq!(cell.bg, Color::Reset, "{cell:?}");
    }
    // The current tab ("F2 Queue") is in reverse video.
    let text = screen_text(&terminal);
    let first = text.lines().next().unwrap();
    let col = first.find("F2 Queue").unwrap();
    let col = first[..col].chars().count() as u16;
    assert!(buffer[(col, 0)].modifier.contains(Modifier::REVERSED));
    assert!(!buffer[(0, 0)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn the_default_theme_uses_only_the_16_colours() {
    let terminal = render(&mut shell(Lang::En), 80, 24);
    for cell in terminal.backend().buffer().content() {
        for colour in [cell.fg, cell.bg] {
            assert!(
                !matches!(colour, Color::Rgb(..) | Color::Indexed(_)),
                "{cell:?}"
            );
        }
    }
}

#[test]
fn f_keys_switch_screens_and_ctrl_q_quits() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    for (k, id) in [
        ("f3", ScreenId::Intake),
        ("f4", ScreenId::Lookup),
        ("f5", ScreenId::Referrals),
        ("f2", ScreenId::Queue),
        ("alt-4", ScreenId::Lookup),
    ] {
        assert!(shell.handle_key(key(k), &mut store));
        assert_eq!(shell.active(), id, "{k}");
    }
    assert!(!shell.should_quit());
    shell.handle_key(key("ctrl-q"), &mut store);
    assert!(shell.should_quit());
}

#[test]
fn help_opens_and_closes_and_language_toggles() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    shell.handle_key(key("f11"), &mut store);
    assert!(shell.help_open());
    shell.handle_key(key("esc"), &mut store);
    assert!(!shell.help_open());
    shell.handle_key(key("f12"), &mut store);
    assert_eq!(shell.lang, Lang::El);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(
        text.contains("Ουρά") && text.contains("Γλώσσα διεπαφής"),
        "{text}"
    );
}

#[test]
fn an_unbound_key_says_so_and_the_next_key_clears_it() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    assert!(shell.handle_key(key("ctrl-x"), &mut store));
    assert!(
        shell
            .status()
            .unwrap()
            .text
            .contains("Ctrl-X does nothing here")
    );
    shell.handle_key(key("f2"), &mut store);
    assert!(shell.status().is_none());
}

/// A stand-in for a screen with a text field.
struct Typing {
    text: String,
    actions: Vec<Action>,
}

impl Screen for Typing {
    fn id(&self) -> ScreenId {
        ScreenId::Lookup
    }
    fn contexts(&self) -> &'static [Context] {
        &[Context::Lookup, Context::List]
    }
    fn wants_text(&self) -> bool {
        true
    }
    fn handle(&mut self, action: Action, _cx: &mut Ctx<'_>) -> Outcome {
        self.actions.push(action);
        Outcome::Handled
    }
    fn handle_key(&mut self, key: KeyEvent, _cx: &mut Ctx<'_>) -> Outcome {
        match key.code {
            KeyCode::Char(c) => self.text.push(c),
            KeyCode::Backspace => {
                self.text.pop();
            }
            _ => return Outcome::Ignored,
        }
        Outcome::Handled
    }
    fn refresh(&mut self, _cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        Ok(())
    }
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, _view: &View<'_>) -> Drawn {
        frame.render_widget(
            ratatui::widgets::Paragraph::new(format!("find: {}", self.text)),
            area,
        );
        Drawn::none()
    }
}

#[test]
fn text_screens_get_characters_and_ctrl_h_as_backspace() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    shell.replace_screen(Box::new(Typing {
        text: String::new(),
        actions: Vec::new(),
    }));
    shell.handle_key(key("f4"), &mut store);
    for k in ["k", "j", "q", "x"] {
        shell.handle_key(key(k), &mut store);
    }
    shell.handle_key(
        KeyEvent::new(KeyCode::Char('h'), KeyModifiers::CONTROL),
        &mut store,
    );
    // Global keys still work while typing; list keys reach the screen as actions.
    shell.handle_key(key("down"), &mut store);
    shell.handle_key(key("enter"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("find: kjq "), "{text}");
    assert_eq!(shell.active(), ScreenId::Lookup);
    shell.handle_key(key("f2"), &mut store);
    assert_eq!(shell.active(), ScreenId::Queue);
}

#[test]
fn help_lists_every_global_key_of_the_keymap() {
    let map = Keymap::builtin().unwrap();
    let theme = Theme::ansi16();
    for lang in [Lang::En, Lang::El] {
        let view = super::harness::view(lang, &theme);
        let text: String = help::lines(&map, &[Context::Queue, Context::List], &view, 76)
            .iter()
            .map(|l| format!("{l}\n"))
            .collect();
        for binding in map.context(Context::Global) {
            assert!(text.contains(&binding.key.to_string()), "{}", binding.key);
        }
        // At 80 columns no description is cut: the referral key's runs on a row
        // of its own, under the descriptions' column.
        assert!(text.lines().all(|line| width(line) <= 76), "{text}");
        if lang == Lang::El {
            assert!(
                text.contains("εισιτήριο\n             κλείνει ως παραπομπή)"),
                "{text}"
            );
            assert!(text.contains("Έξοδος από το πρόγραμμα"), "{text}");
            assert!(!text.contains("Leave the program"), "{text}");
        }
    }
}

#[test]
fn snapshots_of_referrals_and_directory_with_the_demo_centre() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::cli::demo::create(&dir.path().join("demo.db"), now()).unwrap();
    for lang in [Lang::En, Lang::El] {
        let mut shell = shell(lang);
        let mut screen = referral::ReferralScreen::new();
        screen.set_today(now().date());
        shell.replace_screen(Box::new(screen));
        shell.open(ScreenId::Referrals, &mut store);
        let terminal = render(&mut shell, 80, 24);
        let text = screen_text(&terminal);
        assert!(text.contains('⌚'), "{text}");
        insta::assert_snapshot!(
            format!("referrals_demo_{}", lang.code()),
            terminal.backend()
        );
        shell.open(ScreenId::Directory, &mut store);
        let terminal = render(&mut shell, 80, 24);
        insta::assert_snapshot!(
            format!("directory_demo_{}", lang.code()),
            terminal.backend()
        );
    }
}

#[test]
fn directory_search_finds_by_language_and_category() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::cli::demo::create(&dir.path().join("demo.db"), now()).unwrap();
    let mut shell = shell(Lang::En);
    shell.handle_key(key("f7"), &mut store);
    assert_eq!(shell.active(), ScreenId::Directory);
    shell.handle_key(key("/"), &mut store);
    for c in "tigrinya".chars() {
        shell.handle_key(
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
            &mut store,
        );
    }
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("Asylum Service"), "{text}");
    assert!(!text.contains("Reception "), "{text}");
}

#[test]
fn lists_turn_page_by_page() {
    assert_eq!(first_visible_row(0, 14), 0);
    assert_eq!(first_visible_row(13, 14), 0);
    assert_eq!(first_visible_row(14, 14), 14);
    assert_eq!(first_visible_row(29, 14), 28);
    assert_eq!(first_visible_row(5, 0), 0);
}

/// Snapshots with the styles of every cell (ratatui's buffer debug form): the demo
/// queue in the default 16-colour theme and with NO_COLOR, so a change of colour or of
/// reverse video shows up in review like a change of text.
#[test]
fn styled_snapshots_in_16_colours_and_no_colour() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = crate::cli::demo::create(&dir.path().join("demo.db"), now()).unwrap();
    for (name, theme) in [
        ("styled_queue_ansi16_el", Theme::ansi16()),
        (
            "styled_queue_no_color_el",
            Theme::resolve(None, true, false).unwrap(),
        ),
    ] {
        let mut shell = shell_with(Lang::El, theme);
        shell.open(ScreenId::Queue, &mut store);
        shell.handle_key(key("home"), &mut store);
        let terminal = render(&mut shell, 80, 24);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            for colour in [cell.fg, cell.bg] {
                assert!(
                    !matches!(colour, Color::Rgb(..) | Color::Indexed(_)),
                    "{cell:?}"
                );
            }
        }
        insta::assert_debug_snapshot!(name, buffer);
    }
}

#[test]
fn yes_is_the_y_key_on_either_layout_and_never_the_n_key() {
    for yes in ["y", "Y", "υ", "Υ"] {
        assert!(is_yes_key(&key(yes)), "{yes}");
    }
    // ν is N on the Greek layout: "no" must never confirm.
    for no in ["ν", "n", "alt-y", "ctrl-y", "esc", "enter"] {
        assert!(!is_yes_key(&key(no)), "{no}");
    }
}

#[test]
fn a_long_status_message_wraps_instead_of_being_cut() {
    let mut shell = shell(Lang::En);
    let long = "The database is read-only; what you typed is kept as a draft. \
                Ask the administrator to check the permissions of the data directory.";
    shell.set_status(long, true);
    let text = screen_text(&render(&mut shell, 80, 24));
    let joined: String = text
        .lines()
        .skip(20)
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        joined.contains("permissions of the data directory."),
        "{text}"
    );
    // A short one stays on the status line, beside the operator and the desk.
    shell.set_status("Saved.", false);
    let text = screen_text(&render(&mut shell, 80, 24));
    let last = text.lines().last().unwrap_or_default();
    assert!(last.contains("Saved.") && last.contains("tester"), "{last}");
}

/// A screen that asks the shell, once, to run an action on itself.
struct AsksAgain {
    seen: Vec<Action>,
}

impl Screen for AsksAgain {
    fn id(&self) -> ScreenId {
        ScreenId::Lookup
    }
    fn contexts(&self) -> &'static [Context] {
        &[Context::Lookup, Context::List]
    }
    fn handle(&mut self, action: Action, _cx: &mut Ctx<'_>) -> Outcome {
        self.seen.push(action);
        match action {
            Action::Down => Outcome::Run(Action::End),
            Action::End => Outcome::Status(format!("{:?}", self.seen)),
            _ => Outcome::Handled,
        }
    }
    fn refresh(&mut self, _cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        Ok(())
    }
    fn draw(&self, _frame: &mut Frame<'_>, _area: Rect, _view: &View<'_>) -> Drawn {
        Drawn::none()
    }
}

#[test]
fn outcomes_are_drained_in_a_loop_and_a_screen_may_ask_for_any_action() {
    let (_dir, mut store) = store();
    let mut shell = shell(Lang::En);
    shell.replace_screen(Box::new(AsksAgain { seen: Vec::new() }));
    shell.handle_key(key("f4"), &mut store);
    assert!(shell.handle_key(key("down"), &mut store));
    assert_eq!(shell.status().map(|s| s.text.as_str()), Some("[Down, End]"));
}
