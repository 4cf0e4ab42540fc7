//! The statistics screen through the shell, on the demo centre (fixed data) and the
//! tests' clock: every page at 80×24 in Greek, English and the colourless theme; the
//! period key; a failed read said in place of the pictures.

use super::Page;
use crate::domain::codes::Role;
use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::Theme;
use crate::ui::harness::{demo, key, render, screen_text, shell, shell_with};

#[test]
fn every_page_in_greek_english_and_mono() {
    let (_dir, mut store) = demo();
    for (name, lang, theme) in [
        ("en", Lang::En, Theme::ansi16()),
        ("el", Lang::El, Theme::ansi16()),
        ("mono_en", Lang::En, Theme::mono()),
    ] {
        let mut shell = shell_with(lang, theme);
        shell.start(&mut store);
        shell.handle_key(key("alt-s"), &mut store);
        assert_eq!(shell.active(), ScreenId::Stats);
        for page in Page::ALL {
            let terminal = render(&mut shell, 80, 24);
            insta::assert_snapshot!(
                format!("stats_{name}_{}", page.index() + 1),
                terminal.backend()
            );
            shell.handle_key(key("tab"), &mut store);
        }
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(
            text.contains(if lang == Lang::En {
                "Today"
            } else {
                "Σήμερα"
            }),
            "Tab goes round to the first page"
        );
    }
}

#[test]
fn the_period_key_turns_today_week_month() {
    let (_dir, mut store) = demo();
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    shell.handle_key(key("alt-s"), &mut store);
    shell.handle_key(key("tab"), &mut store);
    let today = screen_text(&render(&mut shell, 80, 24));
    assert!(today.contains("Period: today, 15/03/2026"), "{today}");
    shell.handle_key(key("p"), &mut store);
    let week = screen_text(&render(&mut shell, 80, 24));
    assert!(week.contains("this week, 09/03 – 15/03/2026"), "{week}");
    shell.handle_key(key("p"), &mut store);
    let month = screen_text(&render(&mut shell, 80, 24));
    assert!(month.contains("this month, 01/03 – 15/03/2026"), "{month}");
    insta::assert_snapshot!("stats_en_tickets_month", month);
    shell.handle_key(key("p"), &mut store);
    let again = screen_text(&render(&mut shell, 80, 24));
    assert!(again.contains("Period: today"), "{again}");
}

#[test]
fn a_failed_read_is_said_never_drawn_as_empty_charts() {
    let (dir, mut store) = demo();
    let mut shell = shell(Lang::En);
    shell.start(&mut store);
    // Another program breaks the tickets table.
    rusqlite::Connection::open(dir.path().join("demo.db"))
        .and_then(|c| c.execute_batch("ALTER TABLE ticket RENAME TO ticket_gone"))
        .unwrap();
    shell.handle_key(key("alt-s"), &mut store);
    let text = screen_text(&render(&mut shell, 80, 24));
    assert!(text.contains("The statistics could not be read"), "{text}");
    assert!(!text.contains("Arrivals today"), "{text}");
    assert!(
        shell.status().is_some_and(|s| s.error),
        "and on the status line"
    );
}

#[test]
fn every_role_may_open_it() {
    for role in Role::ALL {
        let (_dir, mut store) = crate::ui::staff::tests::centre(*role);
        let mut shell = shell(Lang::En);
        shell.start(&mut store);
        shell.handle_key(key("alt-s"), &mut store);
        assert_eq!(shell.active(), ScreenId::Stats, "{role:?}");
        let text = screen_text(&render(&mut shell, 80, 24));
        assert!(text.contains("No arrivals today yet."), "{role:?}: {text}");
    }
}

/// The tab bar at 80 columns: the core five always, the tab in use always (whole,
/// never run into the clock), the others giving way; next-tab and previous-tab reach
/// every screen the operator may open, round and round, in both languages.
#[test]
fn tabs_give_way_at_80_columns_and_cycling_reaches_every_one() {
    use crate::ui::kit::width::width;
    for role in [Role::Receptionist, Role::Admin] {
        let (_dir, mut store) = crate::ui::staff::tests::centre(role);
        for lang in [Lang::En, Lang::El] {
            let mut shell = shell(lang);
            shell.start(&mut store);
            let tabs = shell.tabs();
            assert!(tabs.contains(&ScreenId::Stats));
            let mut seen = Vec::new();
            for step in 0..tabs.len() {
                seen.push(shell.active());
                let text = screen_text(&render(&mut shell, 80, 24));
                let first = text.lines().next().unwrap();
                assert_eq!(width(first), 80, "{first}");
                assert!(first.ends_with("10:42 "), "{role:?} {lang:?}: {first}");
                for id in ScreenId::ALL
                    .iter()
                    .filter(|id| id.core() || **id == shell.active())
                {
                    let name = crate::i18n::t(lang, id.tab());
                    assert!(
                        first.contains(&format!(" {name} ")) || first.contains(&format!(" {name}")),
                        "{role:?} {lang:?} step {step}: {name} in {first}"
                    );
                }
                // Whole, with a space before the clock's part.
                let active = crate::i18n::t(lang, shell.active().tab());
                assert!(first.contains(&format!("{active} ")), "{first}");
                let k = if step % 2 == 0 {
                    "ctrl-pagedown"
                } else {
                    "alt-right"
                };
                shell.handle_key(key(k), &mut store);
            }
            assert_eq!(shell.active(), ScreenId::Queue, "round to the first");
            assert_eq!(seen, tabs, "every tab, in the bar's order");
            shell.handle_key(key("ctrl-pageup"), &mut store);
            assert_eq!(shell.active(), *tabs.last().unwrap());
            shell.handle_key(key("alt-left"), &mut store);
            assert_eq!(shell.active(), tabs[tabs.len() - 2]);
        }
    }
}
