//! `kentro display`: the waiting-room board, read-only and live. It polls the
//! database as the desks' interface does (`PRAGMA data_version`, once a second) and
//! draws only when a call changed what it shows or the terminal was resized.

use std::io::{self, BufWriter, IsTerminal, Write};
use std::process::ExitCode;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::queue;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::Cli;
use crate::app::{DataWatch, Poll};
use crate::config::FileConfig;
use crate::store::{Called, Store};
use crate::terminal::{Signals, Stop, TerminalGuard};

/// How many calls the board keeps.
const CALLS: usize = 8;
const TICK: Duration = Duration::from_millis(250);

fn calls(store: &Store) -> Vec<Called> {
    let today = chrono::Local::now().date_naive();
    store.last_called(today, CALLS).unwrap_or_default()
}

pub fn run(store: Store, _cli: &Cli, _config: &FileConfig) -> Result<ExitCode, String> {
    if !io::stdout().is_terminal() {
        return Err("the board needs a terminal".into());
    }
    let signals = Signals::register().map_err(|e| format!("cannot handle signals: {e}"))?;
    let guard = TerminalGuard::enter().map_err(|e| format!("cannot set up the terminal: {e}"))?;
    let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()));
    let mut terminal =
        Terminal::new(backend).map_err(|e| format!("cannot set up the terminal: {e}"))?;
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                let event = crossterm::event::read();
                let gone = event.is_err();
                if tx.send(event.ok()).is_err() || gone {
                    return;
                }
            }
        })
        .map_err(|e| format!("cannot read the terminal: {e}"))?;

    let loaded_version = store.data_version().ok();
    let mut shown = calls(&store);
    let mut watch = DataWatch::new(Instant::now()).seen(loaded_version);
    let mut dirty = true;
    let mut day = chrono::Local::now().date_naive();
    let ending = loop {
        if dirty {
            let drawn = queue!(terminal.backend_mut(), BeginSynchronizedUpdate)
                .and_then(|_| {
                    terminal
                        .draw(|f| crate::ui::board::draw(f, &shown))
                        .map(|_| ())
                })
                .and_then(|_| queue!(terminal.backend_mut(), EndSynchronizedUpdate))
                .and_then(|_| terminal.backend_mut().flush());
            if drawn.is_err() {
                break Some(Stop::HangUp);
            }
            dirty = false;
        }
        match rx.recv_timeout(TICK) {
            Ok(Some(Event::Key(key))) if key.kind != KeyEventKind::Release => {
                let ctrl_q =
                    key.code == KeyCode::Char('q') && key.modifiers.contains(KeyModifiers::CONTROL);
                if ctrl_q || key.code == KeyCode::Char('q') {
                    break None;
                }
            }
            Ok(Some(Event::Resize(_, _))) => dirty = true,
            Ok(Some(_)) => {}
            Ok(None) | Err(RecvTimeoutError::Disconnected) => break Some(Stop::HangUp),
            Err(RecvTimeoutError::Timeout) => {}
        }
        if let Some(stop) = signals.pending() {
            break Some(stop);
        }
        let today = chrono::Local::now().date_naive();
        let changed = match watch.poll(Instant::now(), || store.data_version()) {
            Poll::Changed => true,
            Poll::Idle | Poll::Failed(_) => today != day,
        };
        if changed {
            day = today;
            let fresh = calls(&store);
            if fresh != shown {
                shown = fresh;
                dirty = true;
            }
        }
    };
    if let Some(Stop::HangUp) = ending {
        std::mem::forget(terminal);
        drop(guard);
        std::process::exit(i32::from(crate::app::HANGUP_STATUS));
    }
    drop(terminal);
    drop(guard);
    match ending {
        Some(Stop::Terminate(name)) => Err(format!("stopped by {name}")),
        _ => Ok(ExitCode::SUCCESS),
    }
}
