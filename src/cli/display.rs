//! `kentro display`: the waiting-room board, read-only and live. It polls the
//! database as the desks' interface does (`PRAGMA data_version`, once a second) and
//! draws only when a call changed what it shows or the terminal was resized.

use std::io::{self, IsTerminal};
use std::process::ExitCode;
use std::sync::mpsc::RecvTimeoutError;
use std::time::{Duration, Instant};

use crossterm::event::{Event, KeyCode, KeyEventKind, KeyModifiers};

use super::Cli;
use crate::app::{DataWatch, Input, Poll, Session, draw_with};
use crate::config::FileConfig;
use crate::store::{Called, Store};
use crate::terminal::Stop;

/// How many calls the board keeps.
const CALLS: usize = 8;
const TICK: Duration = Duration::from_millis(250);

fn calls(store: &Store) -> Vec<Called> {
    let today = chrono::Local::now().date_naive();
    store.last_called(today, CALLS).unwrap_or_default()
}

pub fn run(store: Store, _cli: &Cli, _config: &FileConfig) -> Result<ExitCode, crate::Error> {
    if !io::stdout().is_terminal() {
        return Err(crate::Error::refused(
            crate::i18n::errors::ErrMsg::BoardNeedsTerminal,
            &[],
        ));
    }
    let mut session = Session::open()?;

    let loaded_version = store.data_version().ok();
    let mut shown = calls(&store);
    let mut watch = DataWatch::new(Instant::now()).seen(loaded_version);
    let mut dirty = true;
    let mut day = chrono::Local::now().date_naive();
    let ending = loop {
        if dirty {
            let drawn = draw_with(&mut session.terminal, |f| crate::ui::board::draw(f, &shown));
            if drawn.is_err() {
                break Some(Stop::HangUp);
            }
            dirty = false;
        }
        match session.input.recv_timeout(TICK) {
            Ok(Input::Event(Event::Key(key))) if key.kind != KeyEventKind::Release => {
                let ctrl_q =
                    key.code == KeyCode::Char('q') && key.modifiers.contains(KeyModifiers::CONTROL);
                if ctrl_q || key.code == KeyCode::Char('q') {
                    break None;
                }
            }
            Ok(Input::Event(Event::Resize(_, _))) => dirty = true,
            Ok(Input::Event(_)) => {}
            Ok(Input::Gone) | Err(RecvTimeoutError::Disconnected) => break Some(Stop::HangUp),
            Err(RecvTimeoutError::Timeout) => {}
        }
        if let Some(stop) = session.signals.pending() {
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
    session.close(matches!(ending, Some(Stop::HangUp)));
    match ending {
        Some(Stop::Terminate(name)) => Err(crate::Error::failure(
            crate::i18n::errors::ErrMsg::StoppedBy,
            &[name],
        )),
        Some(Stop::HangUp) => Ok(ExitCode::from(crate::app::HANGUP_STATUS)),
        None => Ok(ExitCode::SUCCESS),
    }
}
