//! Waiting for another desk's write lock.
//!
//! SQLite's own busy handler sleeps in growing steps (1, 2, 5, 10, ... 100 ms), so a
//! desk that has waited longest polls least often: it oversleeps while the lock is free
//! and newcomers take it first. Under contention from tens of processes that gives a
//! tail of seconds. Writers here wait differently:
//!
//! - **Short sleeps that shrink with age**: a few milliseconds for a newcomer, less the
//!   longer a writer has waited, with jitter, so the oldest waiter retries most often
//!   and usually wins the next free slot, and nobody oversleeps by more than a couple
//!   of milliseconds.
//! - **Visible and cancellable**: while a wait lasts, a hook is told every quarter
//!   second (the interface draws a line saying so) and [`cancel`] (Esc) makes it give
//!   up at the next retry. After [`BUSY_TIMEOUT`] it gives up and says how long it
//!   waited.

use std::cell::RefCell;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use rand::rngs::SmallRng;
use rand::{Rng, SeedableRng};

/// How long a writer waits for another desk's transaction before giving up.
pub const BUSY_TIMEOUT: Duration = Duration::from_secs(5);

/// A newcomer's sleep between retries, and the floor an old waiter's sleep shrinks to
/// (kept above a few hundred µs so that fifty waiters do not starve the lock holder of
/// the processor).
/// (Measured with fifty writers on two loaded cores: sleeps below 1 ms made the
/// waiters' retries compete with the holder for the processor and the tail grew.)
const NEWCOMER_SLEEP: Duration = Duration::from_micros(4_000);
const OLDEST_SLEEP: Duration = Duration::from_micros(1_000);
/// The head of the queue of turns asks for the lock this often while the writer
/// before it commits, and for this long.
const HEAD_SLEEP: Duration = Duration::from_micros(100);
const HEAD_PATIENCE: Duration = Duration::from_millis(50);
/// The age at which a waiter's sleep has shrunk to a tenth.
const AGING: Duration = Duration::from_millis(50);
/// How often the "waiting" hook is called while a wait lasts.
const HOOK_EVERY: Duration = Duration::from_millis(250);

/// Why a write stopped waiting for the lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GaveUp {
    /// The operator cancelled the wait.
    Cancelled,
    /// Another desk held the lock past [`BUSY_TIMEOUT`].
    TimedOut { waited: Duration },
}

static CANCEL: AtomicBool = AtomicBool::new(false);
/// Milliseconds since [`EPOCH`] of the last retry of a wait, 0 when nobody waits.
static LAST_RETRY: AtomicU64 = AtomicU64::new(0);
static EPOCH: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();

type Hook = Box<dyn Fn(Duration) + Send + Sync>;
static HOOK: Mutex<Option<Hook>> = Mutex::new(None);

thread_local! {
    /// Jitter; seeded per thread from the clock and the process id.
    static RNG: RefCell<SmallRng> = RefCell::new(SmallRng::seed_from_u64(
        u64::from(std::process::id())
            ^ std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64),
    ));
}

fn millis_since_epoch(at: Instant) -> u64 {
    let epoch = *EPOCH.get_or_init(Instant::now);
    (at.saturating_duration_since(epoch).as_millis() as u64).max(1)
}

/// Asks the write that is waiting for the lock (if any) to give up at its next retry.
/// Called from the input thread when the operator presses Esc during a wait.
pub fn cancel() {
    if is_waiting() {
        CANCEL.store(true, Ordering::SeqCst);
    }
}

/// True while some write in this process waits for another desk's lock (it retried
/// within the last few tens of milliseconds).
pub fn is_waiting() -> bool {
    let last = LAST_RETRY.load(Ordering::SeqCst);
    last != 0 && millis_since_epoch(Instant::now()).saturating_sub(last) < 100
}

/// Installs what to do every quarter second of a wait (the interface draws a line
/// saying so). The hook runs on the waiting thread, inside the wait.
pub fn set_hook(hook: impl Fn(Duration) + Send + Sync + 'static) {
    if let Ok(mut slot) = HOOK.lock() {
        *slot = Some(Box::new(hook));
    }
}

/// Removes the hook (when the interface closes).
pub fn clear_hook() {
    if let Ok(mut slot) = HOOK.lock() {
        *slot = None;
    }
}

/// How long a waiter that has waited `waited` sleeps before its next retry, before
/// jitter: from [`NEWCOMER_SLEEP`] down to [`OLDEST_SLEEP`] as the wait ages.
pub fn sleep_for(waited: Duration) -> Duration {
    let age = waited.as_secs_f64() / AGING.as_secs_f64();
    NEWCOMER_SLEEP.div_f64(1.0 + 9.0 * age).max(OLDEST_SLEEP)
}

fn sleep_with_jitter(base: Duration) {
    let us = base.as_micros() as u64;
    // ±50% keeps waiters that started together from retrying in step.
    let jittered = RNG.with(|rng| rng.borrow_mut().random_range(us / 2..=us + us / 2));
    std::thread::sleep(Duration::from_micros(jittered));
}

/// One write's wait for the lock.
#[derive(Default)]
pub(crate) struct Wait {
    started: Option<Instant>,
    told: Option<Instant>,
}

impl Wait {
    /// The lock was busy: sleep before the next try, or give up.
    pub(crate) fn pause(&mut self) -> Result<(), GaveUp> {
        let waited = self.look()?;
        sleep_with_jitter(sleep_for(waited));
        Ok(())
    }

    /// The lock was busy for the writer at the head of the queue of turns
    /// (`super::turns`): the writer before it let its turn go as it began to commit,
    /// so the lock is free within a commit's time. The head is the only writer asking
    /// (the others wait in the queue, asleep), so it may ask often: every
    /// [`HEAD_SLEEP`] for [`HEAD_PATIENCE`], then as any other waiter (a writer
    /// outside the queue holds the lock).
    pub(crate) fn pause_at_head(&mut self) -> Result<(), GaveUp> {
        let waited = self.look()?;
        if waited < HEAD_PATIENCE {
            sleep_with_jitter(HEAD_SLEEP);
        } else {
            sleep_with_jitter(sleep_for(waited - HEAD_PATIENCE));
        }
        Ok(())
    }

    /// Still waiting (for the lock, or for this writer's turn): gives up if the
    /// operator cancelled or the wait is too long, tells the hook every quarter second;
    /// how long this wait has lasted.
    pub(crate) fn look(&mut self) -> Result<Duration, GaveUp> {
        let now = Instant::now();
        let started = *self.started.get_or_insert_with(|| {
            // A cancel pressed before this wait began is not meant for it.
            CANCEL.store(false, Ordering::SeqCst);
            now
        });
        LAST_RETRY.store(millis_since_epoch(now), Ordering::SeqCst);
        let waited = now.duration_since(started);
        if CANCEL.swap(false, Ordering::SeqCst) {
            return Err(GaveUp::Cancelled);
        }
        if waited >= BUSY_TIMEOUT {
            return Err(GaveUp::TimedOut { waited });
        }
        let due = match self.told {
            None => waited >= HOOK_EVERY,
            Some(at) => now.duration_since(at) >= HOOK_EVERY,
        };
        if due {
            self.told = Some(now);
            if let Ok(slot) = HOOK.lock()
                && let Some(hook) = slot.as_ref()
            {
                hook(waited);
            }
        }
        Ok(waited)
    }
}

impl Drop for Wait {
    fn drop(&mut self) {
        if self.started.is_some() {
            LAST_RETRY.store(0, Ordering::SeqCst);
        }
    }
}

/// The busy handler for everything but the start of a write (reads that meet a
/// checkpoint or a recovery): short jittered sleeps up to [`BUSY_TIMEOUT`]. `count` is
/// how many times SQLite has called it for this lock; false gives up (SQLITE_BUSY).
pub(crate) fn handler(count: i32) -> bool {
    let step = Duration::from_millis(1);
    if step * count.max(0) as u32 >= BUSY_TIMEOUT {
        return false;
    }
    sleep_with_jitter(step);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sleeps_get_shorter_as_a_wait_ages_and_stay_short() {
        let first = sleep_for(Duration::ZERO);
        let later = sleep_for(Duration::from_millis(50));
        let old = sleep_for(Duration::from_secs(3));
        assert!(first <= Duration::from_millis(4));
        assert!(later < first);
        assert!(old <= later);
        assert_eq!(old, OLDEST_SLEEP);
    }

    #[test]
    fn a_cancel_stops_the_wait_at_its_next_retry() {
        let mut wait = Wait::default();
        wait.pause().unwrap();
        assert!(is_waiting());
        cancel();
        assert_eq!(wait.pause(), Err(GaveUp::Cancelled));
    }
}
