//! Bytes written to the terminal per keystroke, through the real shell and the same
//! `app::draw` a desk uses (only changed cells, each frame in synchronized output), at
//! 80×24: typing a 20-letter query in lookup, and moving through a 50-row list;
//! beside a full repaint of the same screen. Over SSH to a thin client these bytes
//! are the interface's whole cost.

mod common;

use std::cell::Cell;
use std::io::Write;
use std::rc::Rc;

use chrono::NaiveDate;
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};

use kentro::app::{self, AppContext};
use kentro::i18n::Lang;
use kentro::keymap::Keymap;
use kentro::store::Store;
use kentro::ui::{ScreenId, Shell, Theme};

/// A writer that only counts (the count is shared, since the backend owns the writer).
#[derive(Default, Clone)]
struct Counter {
    bytes: Rc<Cell<usize>>,
}

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.bytes.set(self.bytes.get() + buf.len());
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

type Term = Terminal<CrosstermBackend<Counter>>;

fn terminal() -> (Term, Counter) {
    let counter = Counter::default();
    let term = Terminal::with_options(
        CrosstermBackend::new(counter.clone()),
        TerminalOptions {
            viewport: Viewport::Fixed(Rect::new(0, 0, 80, 24)),
        },
    )
    .expect("terminal");
    (term, counter)
}

/// Draws a frame and returns the bytes it cost.
fn frame(term: &mut (Term, Counter), shell: &mut Shell) -> usize {
    let before = term.1.bytes.get();
    app::draw(&mut term.0, shell).expect("draw");
    term.1.bytes.get() - before
}

/// What redrawing the whole screen costs (after Ctrl-L, a resize or a reconnect):
/// a terminal that has drawn nothing yet, plus the clear-screen sequence.
fn full_repaint(shell: &mut Shell) -> usize {
    let mut fresh = terminal();
    frame(&mut fresh, shell) + "\x1b[2J".len()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn median(mut values: Vec<usize>) -> usize {
    values.sort_unstable();
    values.get(values.len() / 2).copied().unwrap_or(0)
}

fn report(name: &str, per_key: Vec<usize>, repaint: usize) {
    let max = per_key.iter().copied().max().unwrap_or(0);
    println!(
        "{name}: median {} B per keystroke, max {max} B ({} keystrokes); full repaint {repaint} B",
        median(per_key.clone()),
        per_key.len()
    );
}

fn main() {
    println!("machine: {}", common::machine());
    let dir = tempfile::tempdir().expect("tempdir");
    let now = NaiveDate::from_ymd_opt(2026, 11, 23)
        .and_then(|d| d.and_hms_opt(10, 42, 0))
        .expect("date");
    let mut store: Store =
        kentro::cli::demo::create(&dir.path().join("demo.db"), now).expect("demo");
    let ctx = AppContext {
        operator: "maria.k".into(),
        desk: Some(2),
        lang: Lang::El,
        db_label: "demo".into(),
        keymap: None,
        theme: None,
        ascii_borders: false,
        print_command: None,
        clock: kentro::clock::Clock::wall(),
    };

    // Typing a 20-letter query in lookup.
    let mut shell = Shell::new(
        &ctx,
        Keymap::builtin().expect("keymap"),
        Theme::ansi16(),
        now,
    );
    shell.open(ScreenId::Lookup, &mut store);
    let mut term = terminal();
    let first = frame(&mut term, &mut shell);
    let mut typing = Vec::new();
    for c in "papadopoulos georgio".chars() {
        shell.handle_key(key(KeyCode::Char(c)), &mut store);
        typing.push(frame(&mut term, &mut shell));
    }
    let repaint = full_repaint(&mut shell);
    let _ = first;
    report("lookup, typing \"papadopoulos georgio\"", typing, repaint);

    // Moving through a 50-row list: lookup results for a common prefix.
    let mut shell = Shell::new(
        &ctx,
        Keymap::builtin().expect("keymap"),
        Theme::ansi16(),
        now,
    );
    shell.open(ScreenId::Lookup, &mut store);
    for c in "a".chars() {
        shell.handle_key(key(KeyCode::Char(c)), &mut store);
    }
    let mut term = terminal();
    frame(&mut term, &mut shell);
    let mut moving = Vec::new();
    for _ in 0..50 {
        shell.handle_key(key(KeyCode::Down), &mut store);
        moving.push(frame(&mut term, &mut shell));
    }
    let repaint = full_repaint(&mut shell);
    report("lookup results, 50 × Down", moving, repaint);

    // The queue: 50 rows down through the demo morning's list.
    let mut shell = Shell::new(
        &ctx,
        Keymap::builtin().expect("keymap"),
        Theme::ansi16(),
        now,
    );
    shell.open(ScreenId::Queue, &mut store);
    let mut term = terminal();
    frame(&mut term, &mut shell);
    let mut queue = Vec::new();
    for _ in 0..50 {
        shell.handle_key(key(KeyCode::Down), &mut store);
        queue.push(frame(&mut term, &mut shell));
    }
    let repaint = full_repaint(&mut shell);
    report("queue, 50 × Down", queue, repaint);
}
