//! The one test harness of the interface: a fixed clock, a store (empty or the demo
//! centre), a shell or a context as the event loop would make them, keys by name,
//! and rendering at 80×24 into text. Every screen's tests and the kit's use it.

use chrono::{NaiveDate, NaiveDateTime};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::{Ctx, Screen, Shell, Theme, View};
use crate::app::AppContext;
use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::Lang;
use crate::keymap::Keymap;
use crate::store::Store;

/// The tests' clock: Sunday 15 March 2026, 10:42.
pub fn now() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 3, 15)
        .and_then(|d| d.and_hms_opt(10, 42, 0))
        .expect("a valid date")
}

/// The operator every test works as.
pub const OPERATOR: &str = "tester";

/// An empty database in a temporary directory (kept alive by the returned guard).
pub fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = Store::open_or_create(&dir.path().join("k.db")).expect("a new database");
    (dir, store)
}

/// The demo centre, as `kentro --demo` makes it on the tests' day.
pub fn demo() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("a temporary directory");
    let store = crate::cli::demo::create(&dir.path().join("demo.db"), now()).expect("the demo");
    (dir, store)
}

pub fn app_context(lang: Lang) -> AppContext {
    AppContext {
        operator: OPERATOR.into(),
        desk: Some(2),
        lang,
        db_label: "/srv/kentro/kentro.db".into(),
        keymap: None,
        theme: None,
        ascii_borders: false,
        print_command: None,
        clock: crate::clock::Clock::wall(),
    }
}

/// A shell on the tests' clock, in `theme`.
pub fn shell_with(lang: Lang, theme: Theme) -> Shell {
    Shell::new(
        &app_context(lang),
        Keymap::builtin().expect("the built-in keymap"),
        theme,
        now(),
    )
}

/// A shell on the tests' clock in the 16-colour theme.
pub fn shell(lang: Lang) -> Shell {
    shell_with(lang, Theme::ansi16())
}

/// A shell started as the program starts it (the operator's role read, drafts
/// offered), then taken to a screen by the key named `go` ("alt-g").
pub fn shell_at(store: &mut Store, lang: Lang, go: &str) -> Shell {
    let mut shell = shell(lang);
    shell.start(store);
    shell.handle_key(key(go), store);
    shell
}

/// Makes `login` an active member of staff with `role` (no organisation, no desk).
pub fn staff_member(store: &mut Store, login: &str, role: Role) {
    hire(store, &staff(login, role));
}

/// An active member of staff `login` with `role`, named by the login, with no
/// organisation and no desk (change what a test needs with `..staff(..)`).
pub fn staff(login: &str, role: Role) -> Staff {
    Staff {
        login: login.into(),
        display_name: login.into(),
        role,
        organisation: String::new(),
        default_desk: None,
        active: true,
    }
}

/// Writes `member` to the staff (new, or changed), as an administrator would.
pub fn hire(store: &mut Store, member: &Staff) {
    store
        .upsert_staff(member, &crate::store::Stamp::now("boss"))
        .expect("a member of staff");
}

/// The context a screen gets from the shell: the tests' operator at desk 2, a
/// receptionist, on the tests' clock.
pub fn cx(store: &mut Store, lang: Lang) -> Ctx<'_> {
    Ctx {
        store,
        lang,
        now: now(),
        operator: OPERATOR,
        desk: Some(2),
        role: Role::Receptionist,
        organisation: "",
    }
}

/// A key by its keymap name ("f2", "ctrl-s", "esc", "a").
pub fn key(text: &str) -> KeyEvent {
    let k = crate::keymap::Key::parse(text).expect("a key name");
    KeyEvent::new(k.code, k.mods)
}

/// A plain character key.
pub fn char_key(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

/// Types `text` into the shell, one key per character.
pub fn type_text(shell: &mut Shell, store: &mut Store, text: &str) {
    for c in text.chars() {
        shell.handle_key(char_key(c), store);
    }
}

/// The whole shell drawn at `width` × `height`.
pub fn render(shell: &mut Shell, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    terminal.draw(|frame| shell.draw(frame)).expect("a frame");
    terminal
}

/// One screen drawn alone at `width` × `height`, in the 16-colour theme.
pub fn render_screen(
    screen: &dyn Screen,
    lang: Lang,
    width: u16,
    height: u16,
) -> Terminal<TestBackend> {
    let theme = Theme::ansi16();
    let mut terminal = Terminal::new(TestBackend::new(width, height)).expect("a test terminal");
    let view = view(lang, &theme);
    terminal
        .draw(|frame| {
            screen.draw(frame, frame.area(), &view);
        })
        .expect("a frame");
    terminal
}

/// What a screen reads while drawing, on the tests' clock.
pub fn view(lang: Lang, theme: &Theme) -> View<'_> {
    View {
        lang,
        theme,
        now: now(),
        operator: OPERATOR,
        desk: Some(2),
        role: Role::Receptionist,
    }
}

/// The terminal's text, one line per row.
pub fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let mut out = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            out.push_str(buffer[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}

/// The key hints are on screen (the global ones, F1 Help and Ctrl-Q Quit, end the
/// hint line) and below them, ending on the last row, the whole of `message`: a status message never
/// covers the hints.
pub fn assert_hints_then_message(text: &str, message: &str) {
    let rows: Vec<&str> = text.lines().collect();
    let hints = rows
        .iter()
        .rposition(|row| row.contains(" F1 Help ") || row.contains(" F1 Βοήθεια "))
        .unwrap_or_else(|| panic!("no hint line on screen:\n{text}"));
    let below = rows[hints + 1..]
        .iter()
        .map(|row| row.trim())
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        below.contains(message),
        "{message:?} not whole below the hints:\n{text}"
    );
}
