//! The key-handling target: any sequence of keys, pastes, resizes and ticks fed to
//! the whole interface (the shell with every screen) on a copy of the demo centre,
//! drawn after each step and at the end at every size down to 1×1.

use std::path::PathBuf;
use std::sync::OnceLock;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use crate::app::AppContext;
use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::store::{Stamp, Store};
use crate::ui::{Shell, Theme};

/// The keys that are not characters, in the order an input byte picks them.
const KEYS: &[KeyCode] = &[
    KeyCode::Enter,
    KeyCode::Esc,
    KeyCode::Tab,
    KeyCode::BackTab,
    KeyCode::Backspace,
    KeyCode::Delete,
    KeyCode::Up,
    KeyCode::Down,
    KeyCode::Left,
    KeyCode::Right,
    KeyCode::Home,
    KeyCode::End,
    KeyCode::PageUp,
    KeyCode::PageDown,
    KeyCode::Insert,
    KeyCode::F(1),
    KeyCode::F(2),
    KeyCode::F(3),
    KeyCode::F(4),
    KeyCode::F(5),
    KeyCode::F(6),
    KeyCode::F(7),
    KeyCode::F(8),
    KeyCode::F(9),
    KeyCode::F(10),
    KeyCode::F(12),
];

/// Characters an input byte picks: Latin, Greek, digits, punctuation, and the awkward
/// (wide, combining, right-to-left, control).
const CHARS: &str = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,-/:;'\"@+*?!\
αβγδεζηθικλμνξοπρστυφχψωςάέήίόύώϊΐΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ\
中文😀\u{301}\u{308}\u{200f}\u{202e}ابپ\u{1b}\u{7}\u{0}\t\n\r";

/// The roles an input may work as, each with its own login in the template.
const ROLES: [(Role, &str); 4] = [
    (Role::Receptionist, "fuzz-reception"),
    (Role::SocialWorker, "fuzz-social"),
    (Role::Psychologist, "fuzz-psychologist"),
    (Role::Admin, "fuzz-admin"),
];

/// The demo centre with the fuzzing operators, made once per process.
fn template() -> &'static PathBuf {
    static TEMPLATE: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    &TEMPLATE
        .get_or_init(|| {
            let dir = tempfile::tempdir().expect("a scratch directory");
            let path = dir.path().join("demo.db");
            let mut store = crate::cli::demo::create(&path, crate::fuzzing::text_now())
                .expect("the demo centre");
            for (role, login) in ROLES {
                let staff = Staff {
                    login: login.into(),
                    display_name: login.into(),
                    role,
                    organisation: String::new(),
                    default_desk: Some(2),
                    active: true,
                };
                store
                    .upsert_staff(&staff, &Stamp::now("demo"))
                    .expect("a fuzzing operator");
            }
            // Closing checkpoints the WAL: the file alone is the whole database.
            drop(store);
            // A person's export from the card goes to the working directory: keys
            // that export write into the scratch directory, not the repository. (So
            // give libFuzzer absolute paths; cargo fuzz does.)
            std::env::set_current_dir(dir.path()).expect("the scratch directory");
            (dir, path)
        })
        .1
}

fn draw(shell: &mut Shell, width: u16, height: u16) {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| shell.draw(frame)).expect("a frame");
}

/// Reads the input as a program: the first byte picks the language and the role,
/// then each step is an operation byte and its argument bytes.
pub fn keys(data: &[u8]) {
    let Some((&first, mut program)) = data.split_first() else {
        return;
    };
    let dir = tempfile::tempdir().expect("a scratch directory");
    let path = dir.path().join("demo.db");
    std::fs::copy(template(), &path).expect("a copy of the demo");
    let mut store = Store::open(&path).expect("the demo copy");
    let lang = if first & 1 == 0 { Lang::El } else { Lang::En };
    let (_, login) = ROLES[usize::from(first >> 1) % ROLES.len()];
    let ctx = AppContext {
        operator: login.into(),
        desk: Some(2),
        lang,
        db_label: "fuzz.db".into(),
        keymap: None,
        theme: None,
        ascii_borders: first & 0x10 != 0,
        print_command: None,
        clock: crate::clock::Clock::wall(),
    };
    let keymap = Keymap::builtin().expect("the built-in keymap");
    let mut shell = Shell::new(&ctx, keymap, Theme::ansi16(), crate::fuzzing::text_now());
    shell.start(&mut store);
    let (mut width, mut height) = (80u16, 24u16);
    let next = |program: &mut &[u8]| -> u8 {
        let Some((&b, rest)) = program.split_first() else {
            return 0;
        };
        *program = rest;
        b
    };
    let chars: Vec<char> = CHARS.chars().collect();
    let mut steps = 0;
    while !program.is_empty() && !shell.should_quit() && steps < 400 {
        steps += 1;
        let op = next(&mut program);
        let arg = next(&mut program);
        let pick = |b: u8| chars[usize::from(b) % chars.len()];
        match op % 10 {
            0..=3 => {
                shell.handle_key(
                    KeyEvent::new(KeyCode::Char(pick(arg)), KeyModifiers::NONE),
                    &mut store,
                );
            }
            4 => {
                let code = KEYS[usize::from(arg) % KEYS.len()];
                let mods = match arg / 64 {
                    1 => KeyModifiers::SHIFT,
                    2 => KeyModifiers::CONTROL,
                    3 => KeyModifiers::ALT,
                    _ => KeyModifiers::NONE,
                };
                shell.handle_key(KeyEvent::new(code, mods), &mut store);
            }
            5 => {
                let mods = if arg & 0x80 == 0 {
                    KeyModifiers::CONTROL
                } else {
                    KeyModifiers::ALT
                };
                let c = pick(arg & 0x7f).to_ascii_lowercase();
                // Ctrl-Q ends the program: the rest of the input would test nothing.
                if !(c == 'q' && mods == KeyModifiers::CONTROL) {
                    shell.handle_key(KeyEvent::new(KeyCode::Char(c), mods), &mut store);
                }
            }
            6 => {
                let len = usize::from(arg).min(program.len());
                let (pasted, rest) = program.split_at(len);
                program = rest;
                shell.handle_paste(&String::from_utf8_lossy(pasted), &mut store);
            }
            7 => {
                width = u16::from(arg) % 140 + 1;
                height = u16::from(next(&mut program)) % 60 + 1;
            }
            8 => {
                shell.tick(&mut store);
            }
            _ => shell.refresh(&mut store),
        }
        draw(&mut shell, width, height);
    }
    for (w, h) in [
        (80, 24),
        (1, 1),
        (2, 1),
        (1, 2),
        (20, 5),
        (79, 23),
        (81, 25),
        (200, 60),
    ] {
        draw(&mut shell, w, h);
    }
    shell.on_exit(&mut store);
}
