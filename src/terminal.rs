//! The terminal guard: raw mode and the alternate screen on the way in, the terminal
//! given back on the way out — on drop, on panic and after a signal.

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::Once;
use std::sync::atomic::{AtomicBool, Ordering};

use crossterm::cursor::{Hide, Show};
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};

/// Whether the terminal is in the program's hands (raw mode, alternate screen).
static ACTIVE: AtomicBool = AtomicBool::new(false);
static PANIC_HOOK: Once = Once::new();

/// Holds the terminal; gives it back when dropped.
pub struct TerminalGuard {
    _private: (),
}

impl TerminalGuard {
    /// Raw mode, alternate screen, hidden cursor, bracketed paste. Installs a panic hook
    /// that restores the terminal before the panic message is printed.
    pub fn enter() -> io::Result<TerminalGuard> {
        PANIC_HOOK.call_once(|| {
            let previous = std::panic::take_hook();
            std::panic::set_hook(Box::new(move |info| {
                restore();
                previous(info);
            }));
        });
        enable_raw_mode()?;
        ACTIVE.store(true, Ordering::SeqCst);
        let guard = TerminalGuard { _private: () };
        execute!(
            io::stdout(),
            EnterAlternateScreen,
            Hide,
            EnableBracketedPaste
        )?;
        Ok(guard)
    }
}

impl Drop for TerminalGuard {
    fn drop(&mut self) {
        restore();
    }
}

/// Gives the terminal back (once; later calls do nothing). Errors are ignored: after a
/// hang-up there is no terminal to give back.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(out, DisableBracketedPaste, Show, LeaveAlternateScreen);
        let _ = out.flush();
        let _ = disable_raw_mode();
    }
}

/// Why the program must stop, from a signal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// SIGHUP: the terminal (SSH session, window) is gone.
    HangUp,
    /// SIGTERM, SIGINT or SIGQUIT, by name.
    Terminate(&'static str),
}

/// Flags set by signal handlers, read by the event loop.
pub struct Signals {
    hangup: Arc<AtomicBool>,
    terminate: Vec<(&'static str, Arc<AtomicBool>)>,
}

impl Signals {
    pub fn register() -> io::Result<Signals> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGQUIT, SIGTERM};
        // Signals here only set flags; file writes in progress finish or clean up.
        crate::fsio::terminal_owns_signals();
        let hangup = Arc::new(AtomicBool::new(false));
        signal_hook::flag::register(SIGHUP, Arc::clone(&hangup))?;
        let mut terminate = Vec::new();
        for (name, signal) in [
            ("SIGTERM", SIGTERM),
            ("SIGINT", SIGINT),
            ("SIGQUIT", SIGQUIT),
        ] {
            let flag = Arc::new(AtomicBool::new(false));
            signal_hook::flag::register(signal, Arc::clone(&flag))?;
            terminate.push((name, flag));
        }
        Ok(Signals { hangup, terminate })
    }

    /// The signal that arrived, if any (hang-up first).
    pub fn pending(&self) -> Option<Stop> {
        if self.hangup.load(Ordering::SeqCst) {
            return Some(Stop::HangUp);
        }
        self.terminate
            .iter()
            .find(|(_, flag)| flag.load(Ordering::SeqCst))
            .map(|(name, _)| Stop::Terminate(name))
    }
}
