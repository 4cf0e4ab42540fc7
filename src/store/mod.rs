//! Storage: the only place SQL lives.
//!
//! One `Store` per process wraps one SQLite connection configured for several desks
//! sharing a file: WAL, foreign keys, a busy timeout and `synchronous=FULL` so a
//! committed save survives a power cut. Every write goes through [`Store::write`], an
//! IMMEDIATE transaction that is committed before control returns to the caller, so no
//! transaction is ever open while the interface waits for a key.

mod access;
mod activity;
mod appointment;
mod audit;
pub mod backup;
pub mod busy;
mod card;
mod case_note;
mod distribution;
mod distribution_desk;
mod draft;
mod draft_aside;
mod error;
mod esf;
mod exchange;
mod fault;
pub use fault::unwritable_side_file;
mod export;
mod gdpr;
mod history;
mod household;
mod import;
mod intake;
pub mod key;
mod lookup;
mod open;
mod retention;
use open::schema_version;
mod organisation;
mod search_keys;
pub use lookup::{KeyTest, NameRow};
pub mod migrations;
mod person;
mod queue;
mod referral;
mod report;
mod service;
mod setting;
mod staff;
mod stats;
mod ticket;
pub mod turns;

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::NaiveDateTime;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

pub use activity::{ActivityFailure, ActivityFigures, Attendance, Membership, RollLine, Session};
pub use appointment::{Attendees, BookingError, NewAppointment, Reminder};
pub use audit::AuditFilter;
pub use case_note::NewCaseNote;
pub use distribution::{DistributionFailure, MonthlyRow, Standing};
pub use distribution_desk::EnrolledHousehold;
pub use error::{DamagedPart, ReadOnlyCause, StoreError};
pub use exchange::ReferralLink;
pub use export::ExportRow;
pub use gdpr::Erased;
pub use import::ABANDONED_AFTER;
pub use intake::{CONSENT_MINIMUM_SETTING, IntakeSave};
pub use key::DbKey;
use migrations::{APPLICATION_ID, latest_version};
pub use queue::{Called, NewTicket};
pub use referral::{NewReferral, ReferralError, ReferralEvent};
pub use retention::{DEFAULT_YEARS as DEFAULT_RETENTION_YEARS, Dormant};
pub use staff::Admission;

use busy::BUSY_TIMEOUT;

/// Who is writing, and when: every change records both.
#[derive(Debug, Clone, PartialEq)]
pub struct Stamp {
    pub at: NaiveDateTime,
    pub operator: String,
}

impl Stamp {
    pub fn now(operator: &str) -> Self {
        Stamp {
            at: chrono::Local::now().naive_local(),
            operator: operator.to_string(),
        }
    }
}

/// Writes inside one open transaction; see [`Store::batch`]. Each aggregate module
/// adds its own methods.
pub struct Batch<'t> {
    tx: &'t Transaction<'t>,
    stamp: &'t Stamp,
}

impl Batch<'_> {
    /// Adds one entry to the audit log (ids and codes only).
    pub fn audit(
        &mut self,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
    ) -> Result<(), StoreError> {
        audit::record_in(self.tx, self.stamp, action, entity, entity_id, detail)
    }
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// Only for the benchmark: wait the way SQLite's own handler does.
    sqlite_busy: bool,
    /// This store's place in the first-come queue of writers (see `turns`).
    turns: turns::Turns,
    /// The encryption key the file was opened with (backups are written with it).
    key: Option<DbKey>,
    /// Where drafts go when the database cannot take them (see `draft_aside`).
    drafts_aside: Option<PathBuf>,
}

/// What `kentro check` reports.
#[derive(Debug, Clone, PartialEq)]
pub struct Health {
    pub schema_version: i64,
    pub supported_version: i64,
    pub integrity: Vec<String>,
    pub foreign_key_problems: usize,
    pub people: i64,
}

impl Health {
    pub fn is_ok(&self) -> bool {
        self.integrity == ["ok"] && self.foreign_key_problems == 0
    }
}

impl Store {
    /// Replaces this connection's busy handler with SQLite's own (growing sleeps up to
    /// 100 ms) and the same timeout: only for the benchmark that compares the two.
    #[doc(hidden)]
    pub fn use_sqlite_busy_handler(&mut self) -> Result<(), StoreError> {
        self.sqlite_busy = true;
        self.turns = turns::Turns::none();
        Ok(self.conn.busy_timeout(BUSY_TIMEOUT)?)
    }

    /// Writes without taking turns (this program's wait alone): only for the benchmark
    /// that compares the two.
    #[doc(hidden)]
    pub fn write_without_turns(&mut self) {
        self.turns = turns::Turns::none();
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The encryption key the database was opened with, if any (for copies of it).
    pub fn key(&self) -> Option<&DbKey> {
        self.key.as_ref()
    }

    /// The database's schema version and the one this program writes.
    pub fn schema_versions(&self) -> Result<(i64, i64), StoreError> {
        Ok((schema_version(&self.conn)?, latest_version()))
    }

    /// Keeps SQLite's temporary files (large sorts, temporary tables) in memory. A
    /// set-user-id kentro calls it before it drops to the user's rights: a temporary
    /// file created then would be the user's, holding rows of the database.
    pub fn keep_temporary_files_in_memory(&self) -> Result<(), StoreError> {
        Ok(self.conn.pragma_update(None, "temp_store", "MEMORY")?)
    }

    /// Runs `work` in an IMMEDIATE transaction and commits it. The write lock is taken
    /// at the start, so a busy database waits (busy timeout) instead of failing halfway.
    ///
    /// While it waits, [`busy`] retries with short, fair sleeps, tells the interface,
    /// and gives up when the operator cancels or after [`BUSY_TIMEOUT`]: then the error
    /// says which ([`StoreError::Locked`], [`StoreError::WaitCancelled`]).
    ///
    /// A full disk, a read-only file or a damaged one is named as such
    /// ([`StoreError::DiskFull`], [`StoreError::ReadOnly`], [`StoreError::Damaged`]).
    fn write<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.write_unnamed(work)
            .map_err(|e| fault::located(&self.path, e))
    }

    fn write_unnamed<T>(
        &mut self,
        work: impl FnOnce(&Transaction<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        if self.sqlite_busy {
            let tx = self
                .conn
                .transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = work(&tx)?;
            tx.commit()?;
            return Ok(value);
        }
        let mut wait = busy::Wait::default();
        // First come, first served among this program's writers: wait for the turn
        // (freed when `turn` is dropped, as the commit begins or on failure).
        let turn = self.turns.take(&mut wait)?;
        // SQLite's handler is off while the write lock is sought: the wait below is
        // this program's (fair, visible, cancellable).
        self.conn.busy_handler(None)?;
        let tx = loop {
            match Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate) {
                Ok(tx) => break Ok(tx),
                Err(e) if error::is_busy(&e) => {
                    // Writers met: from now on they take turns.
                    self.turns.start();
                    let paused = if turn.ordered() {
                        wait.pause_at_head()
                    } else {
                        wait.pause()
                    };
                    if let Err(gave_up) = paused {
                        break Err(StoreError::from(gave_up));
                    }
                }
                Err(e) => break Err(StoreError::from(e)),
            }
        };
        self.conn.busy_handler(Some(busy::handler))?;
        drop(wait);
        let tx = tx?;
        let value = work(&tx)?;
        // The next writer may wake while this commit is written (see `turns`).
        drop(turn);
        tx.commit()?;
        Ok(value)
    }

    /// Runs several writes as one IMMEDIATE transaction: all of them or none (imports,
    /// the demo centre, seeding).
    pub fn batch<T>(
        &mut self,
        stamp: &Stamp,
        work: impl FnOnce(&mut Batch<'_>) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.write(|tx| work(&mut Batch { tx, stamp }))
    }

    /// Limits the database file to `pages` pages on this connection, as a full disk
    /// would: only for the fault tests (`PRAGMA max_page_count`).
    #[doc(hidden)]
    pub fn limit_pages_for_fault_tests(&self, pages: i64) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row(&format!("PRAGMA max_page_count = {pages}"), [], |row| {
                row.get(0)
            })?)
    }

    /// The pages the database file has now (for the fault tests).
    #[doc(hidden)]
    pub fn page_count(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA page_count", [], |row| row.get(0))?)
    }

    /// Read access for the aggregate modules.
    pub(crate) fn conn(&self) -> &Connection {
        &self.conn
    }

    /// Changes whenever another connection commits to the database; cheap enough to
    /// poll every second (it reads no pages).
    pub fn data_version(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn
            .query_row("PRAGMA data_version", [], |row| row.get(0))?)
    }

    /// The connection settings every desk relies on, as SQLite reports them:
    /// (journal mode, foreign keys on, synchronous level, busy timeout in ms). The busy
    /// timeout is this program's handler's ([`busy`]): SQLite reports 0 for a custom one.
    pub fn connection_settings(&self) -> Result<(String, bool, i64, i64), StoreError> {
        let get = |pragma: &str| -> Result<rusqlite::types::Value, StoreError> {
            Ok(self
                .conn
                .query_row(&format!("PRAGMA {pragma}"), [], |row| row.get(0))?)
        };
        let text = |v| match v {
            rusqlite::types::Value::Text(t) => t,
            other => format!("{other:?}"),
        };
        let int = |v| match v {
            rusqlite::types::Value::Integer(i) => i,
            _ => -1,
        };
        Ok((
            text(get("journal_mode")?),
            int(get("foreign_keys")?) == 1,
            int(get("synchronous")?),
            BUSY_TIMEOUT.as_millis() as i64,
        ))
    }

    /// Integrity check, foreign keys and schema version, for `kentro check`.
    pub fn health(&self) -> Result<Health, StoreError> {
        health_of(&self.conn)
    }
}

/// Integrity check, foreign keys, schema version and people of any connection (the
/// live database, or a backup being checked).
pub(crate) fn health_of(conn: &Connection) -> Result<Health, StoreError> {
    let mut stmt = conn.prepare("PRAGMA integrity_check")?;
    let integrity = stmt
        .query_map([], |row| row.get::<_, String>(0))?
        .collect::<Result<Vec<_>, _>>()?;
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let foreign_key_problems = stmt.query_map([], |_| Ok(()))?.count();
    let people = conn.query_row("SELECT count(*) FROM person", [], |r| r.get(0))?;
    Ok(Health {
        schema_version: schema_version(conn)?,
        supported_version: latest_version(),
        integrity,
        foreign_key_problems,
        people,
    })
}

/// Reads a stored code, refusing one this program does not know rather than guessing.
pub(crate) fn decode<T>(text: &str, parse: impl Fn(&str) -> Option<T>) -> rusqlite::Result<T> {
    parse(text).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(
            0,
            rusqlite::types::Type::Text,
            format!("unknown code {text:?}").into(),
        )
    })
}
