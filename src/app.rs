//! The event loop.
//!
//! An input thread reads terminal events into a channel; the main thread waits on it
//! with a short timeout so that it also notices signals, the minute changing, and other
//! desks' writes (`PRAGMA data_version`, polled once a second). It draws only when
//! something changed, each frame wrapped in a synchronized update.

use crate::i18n::errors::ErrMsg;
use std::io::{self, BufWriter, IsTerminal, Stdout, Write};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::time::{Duration, Instant};

use crate::clock::Clock;
use crossterm::event::Event;
use crossterm::queue;
use crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use crate::i18n::{Lang, Msg, tf};
use crate::keymap::Keymap;
use crate::store::{Store, StoreError};
use crate::terminal::{Signals, Stop, TerminalGuard};
use crate::ui::{Shell, Theme};

/// How long the loop waits for input before looking at signals and the clock.
const TICK: Duration = Duration::from_millis(250);
/// How often the database is asked whether another desk wrote to it.
const DATA_POLL: Duration = Duration::from_secs(1);
/// At most this many queued events are handled before a frame is drawn.
const MAX_BATCH: usize = 512;
/// The exit status after a hang-up (128 + SIGHUP), as a shell reports it.
pub const HANGUP_STATUS: u8 = crate::cli::exit::HANGUP;

/// How the interface ended, when it ended without an error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// The operator quit.
    Quit,
    /// The terminal went away (SIGHUP, or reading it failed): exit with status 129.
    HungUp,
}

/// Everything the interface needs to know about this session.
#[derive(Debug, Clone)]
pub struct AppContext {
    /// The OS login of the operator.
    pub operator: String,
    pub desk: Option<i64>,
    pub lang: Lang,
    /// How the status line names the database ("demo" or its path).
    pub db_label: String,
    /// Name of the keymap to use ("default", "vim") from config.
    pub keymap: Option<String>,
    pub theme: Option<String>,
    pub ascii_borders: bool,
    /// The desk's printer command (`print_command`), if one is configured.
    pub print_command: Option<String>,
    /// The clock the screens run on (the wall clock but in tests and the demo: see
    /// `crate::clock`).
    pub clock: Clock,
}

/// What the input thread sends.
pub(crate) enum Input {
    Event(Event),
    /// Reading failed: the terminal is gone.
    Gone,
}

/// How the loop ended.
enum Ending {
    Quit,
    Stop(Stop),
}

type Term = Terminal<CrosstermBackend<BufWriter<Stdout>>>;

/// Runs the terminal interface until the operator quits or the terminal hangs up.
pub fn run(mut store: Store, ctx: AppContext) -> Result<Exit, crate::Error> {
    let keymap = Keymap::active(
        ctx.keymap.as_deref(),
        crate::keymap::user_overrides_path().as_deref(),
    )?;
    let theme = Theme::resolve(
        ctx.theme.as_deref(),
        Theme::no_color_env(),
        ctx.ascii_borders,
    )?;
    if !io::stdout().is_terminal() || !io::stdin().is_terminal() {
        return Err(crate::Error::refused(ErrMsg::NeedsTerminal, &[]));
    }
    let mut shell = Shell::new(&ctx, keymap, theme, ctx.clock.minute());
    // Read before loading: a commit between the two is then seen at the first poll.
    let loaded_version = store.data_version().ok();
    shell.refresh(&mut store);
    if !crate::config::locale_is_utf8() {
        shell.set_status(crate::i18n::t(ctx.lang, Msg::NoUtf8Locale), true);
    }
    shell.start(&mut store);
    let mut session = Session::open()?;
    let lang = ctx.lang;
    crate::store::busy::set_hook(move |waited| show_wait(lang, waited));
    let watch = DataWatch::new(Instant::now()).seen(loaded_version);
    let ending = event_loop(
        &mut session.terminal,
        &mut shell,
        &mut store,
        &session.input,
        &session.signals,
        watch,
        ctx.clock,
    );
    shell.on_exit(&mut store);
    crate::store::busy::clear_hook();
    session.close(matches!(ending, Ending::Stop(Stop::HangUp)));
    match ending {
        Ending::Quit => Ok(Exit::Quit),
        Ending::Stop(Stop::HangUp) => Ok(Exit::HungUp),
        Ending::Stop(Stop::Terminate(name)) => {
            Err(crate::Error::failure(ErrMsg::StoppedBy, &[name]))
        }
    }
}

/// A full-screen program's hold on the terminal: raw mode and the alternate screen, the
/// signal flags, and the input thread. The desks' interface and the waiting-room board
/// set it up and take it down the same way.
pub(crate) struct Session {
    pub signals: Signals,
    guard: TerminalGuard,
    pub terminal: Term,
    pub input: Receiver<Input>,
}

impl Session {
    pub fn open() -> Result<Session, crate::Error> {
        let signals = Signals::register()
            .map_err(|e| crate::Error::failure(ErrMsg::CannotHandleSignals, &[&e.to_string()]))?;
        let guard = TerminalGuard::enter()
            .map_err(|e| crate::Error::failure(ErrMsg::CannotSetUpTerminal, &[&e.to_string()]))?;
        let backend = CrosstermBackend::new(BufWriter::with_capacity(1 << 16, io::stdout()));
        let terminal = Terminal::new(backend)
            .map_err(|e| crate::Error::failure(ErrMsg::CannotSetUpTerminal, &[&e.to_string()]))?;
        let (tx, input) = mpsc::channel();
        spawn_input(tx)
            .map_err(|e| crate::Error::failure(ErrMsg::CannotReadTerminal, &[&e.to_string()]))?;
        Ok(Session {
            signals,
            guard,
            terminal,
            input,
        })
    }

    /// Restores the terminal. After a hang-up ratatui's Terminal must not be dropped:
    /// it reports a failed cursor reset on stderr, and printing to a terminal that is
    /// gone panics. The input thread may be stuck in a read that never returns
    /// (crossterm issue 793): it is never joined, and ends with the process when `main`
    /// returns (after the demo's temporary directory and the database are closed).
    pub fn close(self, hung_up: bool) {
        let Session {
            guard, terminal, ..
        } = self;
        if hung_up {
            std::mem::forget(terminal);
        } else {
            drop(terminal);
        }
        drop(guard);
    }
}

fn spawn_input(tx: Sender<Input>) -> io::Result<()> {
    std::thread::Builder::new()
        .name("input".into())
        .spawn(move || {
            loop {
                match crossterm::event::read() {
                    // Esc while a save waits for another desk's lock stops the wait
                    // (the main thread is inside the save, not reading keys).
                    Ok(Event::Key(key))
                        if key.code == crossterm::event::KeyCode::Esc
                            && crate::store::busy::is_waiting() =>
                    {
                        crate::store::busy::cancel();
                    }
                    Ok(event) => {
                        if tx.send(Input::Event(event)).is_err() {
                            return;
                        }
                    }
                    Err(_) => {
                        let _ = tx.send(Input::Gone);
                        return;
                    }
                }
            }
        })
        .map(|_| ())
}

/// Set when a wait line was drawn over the frame: the next frame is drawn whole.
static WAIT_SHOWN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Draws, over the last line of the screen, that a save waits for another desk and how
/// to stop waiting. Runs inside the save (the event loop is blocked), every quarter
/// second of the wait; the next frame repaints the screen whole.
fn show_wait(lang: Lang, waited: Duration) {
    use crossterm::style::{Attribute, Print, SetAttribute};
    let Ok((width, height)) = crossterm::terminal::size() else {
        return;
    };
    let secs = format!("{:.1}", waited.as_secs_f64());
    let text = tf(lang, crate::i18n::faults::Fault::WaitingForLock, &[&secs]);
    let line = crate::ui::kit::width::fit(&text, usize::from(width));
    let mut out = io::stdout().lock();
    let drawn = queue!(
        out,
        crossterm::cursor::MoveTo(0, height.saturating_sub(1)),
        SetAttribute(Attribute::Reverse),
        Print(line),
        SetAttribute(Attribute::Reset),
    )
    .and_then(|()| out.flush());
    if drawn.is_ok() {
        WAIT_SHOWN.store(true, std::sync::atomic::Ordering::SeqCst);
    }
}

fn event_loop(
    terminal: &mut Term,
    shell: &mut Shell,
    store: &mut Store,
    rx: &Receiver<Input>,
    signals: &Signals,
    mut watch: DataWatch,
    clock: Clock,
) -> Ending {
    let mut dirty = true;
    loop {
        if dirty {
            let spoiled = WAIT_SHOWN.swap(false, std::sync::atomic::Ordering::SeqCst);
            if (shell.take_clear() | spoiled) && clear_whole(terminal).is_err() {
                return Ending::Stop(Stop::HangUp);
            }
            if draw(terminal, shell).is_err() {
                return Ending::Stop(Stop::HangUp);
            }
            dirty = false;
        }
        match rx.recv_timeout(TICK) {
            Ok(Input::Event(event)) => {
                dirty |= handle_event(event, shell, store);
                // Handle what is already queued (a paste, a burst of resizes) before
                // drawing once.
                for _ in 0..MAX_BATCH {
                    if shell.should_quit() {
                        break;
                    }
                    match rx.try_recv() {
                        Ok(Input::Event(event)) => dirty |= handle_event(event, shell, store),
                        Ok(Input::Gone) => return Ending::Stop(Stop::HangUp),
                        Err(_) => break,
                    }
                }
            }
            Ok(Input::Gone) | Err(RecvTimeoutError::Disconnected) => {
                return Ending::Stop(Stop::HangUp);
            }
            Err(RecvTimeoutError::Timeout) => {}
        }
        if shell.should_quit() {
            return Ending::Quit;
        }
        dirty |= shell.tick(store);
        if let Some(stop) = signals.pending() {
            return Ending::Stop(stop);
        }
        let now = clock.minute();
        if now != shell.now {
            shell.now = now;
            dirty = true;
        }
        match watch.poll(Instant::now(), || store.data_version()) {
            Poll::Idle => {}
            Poll::Changed => {
                shell.refresh(store);
                dirty = true;
            }
            Poll::Failed(e) => {
                let text = tf(shell.lang, Msg::StatusDbError, &[&e]);
                shell.set_status(text, true);
                dirty = true;
            }
        }
    }
}

/// One event; returns whether the screen must be drawn again.
fn handle_event(event: Event, shell: &mut Shell, store: &mut Store) -> bool {
    match event {
        Event::Key(key) => shell.handle_key(key, store),
        Event::Paste(text) => shell.handle_paste(&text, store),
        Event::Resize(_, _) => true,
        Event::FocusGained | Event::FocusLost | Event::Mouse(_) => false,
    }
}

/// Draws one frame of the desks' interface: only the cells that changed since the
/// last one, wrapped in synchronized output so the terminal shows it whole. Public so
/// that the bandwidth benchmark measures exactly what a desk sends.
pub fn draw<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    shell: &mut Shell,
) -> io::Result<()> {
    draw_with(terminal, |frame| shell.draw(frame))
}

/// Clears the screen and forgets what was drawn, so the next frame is drawn whole.
///
/// Not ratatui's `Terminal::clear`: it asks the terminal where the cursor is, and the
/// answer must come through the input thread, which holds crossterm's reader while it
/// waits for a key: the screen stayed blank until the next key (after a lock wait, or
/// after Ctrl-L). An empty frame makes ratatui's last frame blank instead.
fn clear_whole<W: Write>(terminal: &mut Terminal<CrosstermBackend<W>>) -> io::Result<()> {
    queue!(
        terminal.backend_mut(),
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    terminal.draw(|_| {})?;
    Ok(())
}

/// Draws one frame with `render` the same way (the board uses it too).
pub fn draw_with<W: Write>(
    terminal: &mut Terminal<CrosstermBackend<W>>,
    render: impl FnOnce(&mut ratatui::Frame<'_>),
) -> io::Result<()> {
    queue!(terminal.backend_mut(), BeginSynchronizedUpdate)?;
    terminal.draw(render)?;
    queue!(terminal.backend_mut(), EndSynchronizedUpdate)?;
    terminal.backend_mut().flush()
}

/// What a look at `data_version` found.
#[derive(Debug, Clone, PartialEq)]
pub enum Poll {
    /// Not time yet, or nothing changed.
    Idle,
    /// Another connection committed since the last look.
    Changed,
    /// The database could not be asked (reported once until it recovers).
    Failed(String),
}

/// Watches `PRAGMA data_version`, at most once per [`DATA_POLL`].
#[derive(Debug)]
pub struct DataWatch {
    last: Option<i64>,
    next: Instant,
    failing: bool,
}

impl DataWatch {
    pub fn new(now: Instant) -> DataWatch {
        DataWatch {
            last: None,
            next: now,
            failing: false,
        }
    }

    /// Starts from the version read when the screen was loaded, so that a commit made
    /// before the first poll is not taken as the starting point and missed.
    pub fn seen(mut self, version: Option<i64>) -> DataWatch {
        self.last = version;
        self
    }

    pub fn poll(&mut self, now: Instant, read: impl FnOnce() -> Result<i64, StoreError>) -> Poll {
        if now < self.next {
            return Poll::Idle;
        }
        self.next = now + DATA_POLL;
        match read() {
            Ok(version) => {
                self.failing = false;
                match self.last.replace(version) {
                    Some(previous) if previous != version => Poll::Changed,
                    _ => Poll::Idle,
                }
            }
            Err(e) if !self.failing => {
                self.failing = true;
                Poll::Failed(e.to_string())
            }
            Err(_) => Poll::Idle,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn another_connection_s_commit_is_seen_once_a_second() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("k.db");
        let ours = Store::open_or_create(&path).unwrap();
        let mut theirs = Store::open_or_create(&path).unwrap();
        let start = Instant::now();
        let mut watch = DataWatch::new(start);
        assert_eq!(watch.poll(start, || ours.data_version()), Poll::Idle);
        let stamp = crate::store::Stamp::now("desk2");
        theirs.audit(&stamp, "probe", "test", None, "").unwrap();
        // Too soon: not asked.
        assert_eq!(
            watch.poll(start + Duration::from_millis(500), || ours.data_version()),
            Poll::Idle
        );
        let later = start + DATA_POLL;
        assert_eq!(watch.poll(later, || ours.data_version()), Poll::Changed);
        assert_eq!(
            watch.poll(later + DATA_POLL, || ours.data_version()),
            Poll::Idle
        );
    }

    #[test]
    fn a_failing_database_is_reported_once() {
        let start = Instant::now();
        let mut watch = DataWatch::new(start);
        let fail = || Err(StoreError::Migration("gone".into()));
        assert!(matches!(watch.poll(start, fail), Poll::Failed(_)));
        assert_eq!(watch.poll(start + DATA_POLL, fail), Poll::Idle);
    }
}
