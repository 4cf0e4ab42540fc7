//! Writers take turns: first come, first served, across every process on a database.
//!
//! SQLite's write lock has no queue: when it is released, whichever waiter retries
//! first takes it, and a process writing back to back retries at once (it is
//! running), while waiters sleep. Under tens of writers some wait for hundreds of
//! milliseconds while others pass again and again. So before it asks for SQLite's
//! lock, a write takes a turn in a queue kept with byte-range locks on a small file
//! beside the database (`<db>-turns`, owner-only, holding nothing but a counter):
//!
//! - **A ticket**: under an exclusive lock on the counter's bytes, the writer reads
//!   the counter (its ticket), writes it back plus one and locks its own slot byte
//!   (`SLOTS` + ticket mod `SLOT_COUNT`) before letting the counter go, so its
//!   successor always finds the slot held.
//! - **Its turn**: it waits for the slot of the ticket before its own to be free: the
//!   kernel hands the lock over the moment the predecessor lets it go (no polling, no
//!   oversleeping), and a predecessor that dies or gives up frees it too. The wait is
//!   the busy wait's ([`super::busy::Wait`]): shown, cancellable, bounded.
//! - **Done**: when its work is done and its commit begins (or it failed), the writer
//!   frees its slot: the next writer wakes while the commit is written to disk and
//!   asks for SQLite's lock every 100 µs until it is free; being alone in asking, it
//!   takes no processor from anyone.
//!
//! The locks are open-file-description locks (`F_OFD_SETLK`), so they belong to this
//! store's own open file, are never mixed up with SQLite's POSIX locks on the database,
//! and vanish with the process. The queue only orders kentro's writers; SQLite's lock
//! still decides, so a writer outside it (the sqlite3 shell) is waited for as before.
//! If the file cannot be opened (a read-only directory), writes go unordered.

use std::fs::File;
use std::os::fd::AsFd;
use std::os::unix::fs::{FileExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use nix::fcntl::{FcntlArg, fcntl};
use nix::libc;

use super::busy::{GaveUp, Wait};

/// The counter's bytes.
const COUNTER: (i64, i64) = (0, 8);
/// Where the slot bytes start, and how many there are (a ticket's slot is reused
/// after this many later tickets: far more writers than ever wait at once).
const SLOTS: i64 = 4096;
const SLOT_COUNT: u64 = 1 << 16;
/// How often a waiting writer looks at the clock, the operator's Esc and the hook.
const LOOK_EVERY: Duration = Duration::from_millis(10);

/// The turns file of the database at `db`.
pub fn turns_path(db: &Path) -> PathBuf {
    let mut name = db.as_os_str().to_owned();
    name.push("-turns");
    PathBuf::from(name)
}

/// One store's place in the queue of writers.
pub(crate) struct Turns {
    /// The turns file's path; `None`: this store writes unordered.
    path: Option<PathBuf>,
    file: Option<File>,
}

/// A writer's turn: its slot, freed when dropped (as the commit begins, or on failure).
pub(crate) struct Turn {
    file: Option<File>,
    slot: i64,
}

impl Turn {
    /// Whether this write holds a place in the queue (the queue exists and works).
    pub(crate) fn ordered(&self) -> bool {
        self.file.is_some()
    }

    fn unordered() -> Turn {
        Turn {
            file: None,
            slot: 0,
        }
    }
}

impl Drop for Turn {
    fn drop(&mut self) {
        if let Some(file) = &self.file {
            // Failing to unlock is not possible for a lock we hold; if it were, closing
            // the store or ending the process frees it.
            let _ = set_lock(file, libc::F_UNLCK, (self.slot, 1), false);
        }
    }
}

fn set_lock(file: &File, kind: i32, (start, len): (i64, i64), blocking: bool) -> nix::Result<()> {
    let flock = libc::flock {
        l_type: kind as libc::c_short,
        l_whence: libc::SEEK_SET as libc::c_short,
        l_start: start,
        l_len: len,
        l_pid: 0,
    };
    let arg = if blocking {
        FcntlArg::F_OFD_SETLKW(&flock)
    } else {
        FcntlArg::F_OFD_SETLK(&flock)
    };
    fcntl(file.as_fd(), arg).map(|_| ())
}

fn slot_of(ticket: u64) -> i64 {
    SLOTS + (ticket % SLOT_COUNT) as i64
}

fn open_file(path: &Path, create: bool) -> Option<File> {
    std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .create(create)
        .mode(0o600)
        .custom_flags(libc::O_NOFOLLOW | libc::O_CLOEXEC)
        .open(path)
        .ok()
}

impl Turns {
    /// The queue of the database at `db`. Its file is made the first time a writer
    /// meets another's lock ([`Turns::start`]), so a database nobody contends for has
    /// nothing beside it; from then on every write takes a turn.
    pub(crate) fn of(db: &Path) -> Turns {
        Turns {
            path: Some(turns_path(db)),
            file: None,
        }
    }

    /// A store that writes unordered (read-only stores; the benchmark's comparison).
    pub(crate) fn none() -> Turns {
        Turns {
            path: None,
            file: None,
        }
    }

    /// Another writer held the lock: make the queue, for this store's next writes and
    /// every other store's.
    pub(crate) fn start(&mut self) {
        if self.file.is_none()
            && let Some(path) = &self.path
        {
            self.file = open_file(path, true);
        }
    }

    /// Takes a ticket and waits for the writer before it to finish. A problem with the
    /// file itself (it cannot happen on a local disk) lets the write go unordered.
    pub(crate) fn take(&mut self, wait: &mut Wait) -> Result<Turn, GaveUp> {
        if self.file.is_none()
            && let Some(path) = self.path.as_deref().filter(|p| p.exists())
        {
            self.file = open_file(path, false);
        }
        let Some(file) = &self.file else {
            return Ok(Turn::unordered());
        };
        let Some(ticket) = ticket(file) else {
            return Ok(Turn::unordered());
        };
        let turn = Turn {
            file: file.try_clone().ok(),
            slot: slot_of(ticket),
        };
        let before = (slot_of(ticket.wrapping_sub(1)), 1);
        // Nobody before us, or they are done: go at once.
        if set_lock(file, libc::F_WRLCK, before, false).is_ok() {
            let _ = set_lock(file, libc::F_UNLCK, before, false);
            return Ok(turn);
        }
        // Wait in a helper thread, in the kernel's queue, so that this thread can keep
        // looking at the clock and the operator. If this writer gives up, the helper
        // still waits for the predecessor and then lets its slot go at once.
        let Ok(helper_file) = file.try_clone() else {
            return Ok(turn);
        };
        let (done, finished) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("turn".into())
            .spawn(move || {
                let _ = set_lock(&helper_file, libc::F_WRLCK, before, true);
                let _ = set_lock(&helper_file, libc::F_UNLCK, before, false);
                let _ = done.send(());
            });
        if spawned.is_err() {
            return Ok(turn);
        }
        loop {
            match finished.recv_timeout(LOOK_EVERY) {
                Ok(()) | Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(turn),
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    wait.look()?;
                }
            }
        }
    }
}

/// Takes the next ticket: the counter read and raised under its lock, and the
/// ticket's slot locked before the counter is let go.
fn ticket(file: &File) -> Option<u64> {
    set_lock(file, libc::F_WRLCK, COUNTER, true).ok()?;
    let mut bytes = [0u8; 8];
    let ticket = match file.read_at(&mut bytes, 0) {
        Ok(8) => u64::from_le_bytes(bytes),
        // A new file: the first ticket.
        Ok(_) => 0,
        Err(_) => {
            let _ = set_lock(file, libc::F_UNLCK, COUNTER, false);
            return None;
        }
    };
    let next = ticket.wrapping_add(1).to_le_bytes();
    let taken = file.write_all_at(&next, 0).is_ok()
        && set_lock(file, libc::F_WRLCK, (slot_of(ticket), 1), false).is_ok();
    let _ = set_lock(file, libc::F_UNLCK, COUNTER, false);
    taken.then_some(ticket)
}
