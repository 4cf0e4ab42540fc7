//! Imports that share the write lock: the people of one import are written in short
//! IMMEDIATE transactions (a few dozen milliseconds each), so a desk's save waits at
//! most a moment, yet the import stays all-or-nothing for the operator: every person
//! is recorded with the import's batch, the import's audit row goes in the same
//! transaction as its last people (which also marks the batch done), and a batch that
//! fails or whose process died is removed whole.

use std::time::{Duration, Instant};

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Stamp, Store, StoreError, audit, person};
use crate::domain::person::Person;

/// A running batch whose heartbeat is older than this belonged to a process that died
/// (a live import beats at every transaction, many times a second).
pub const ABANDONED_AFTER: Duration = Duration::from_secs(60);

/// How many people one removal transaction deletes.
const REMOVE_CHUNK: usize = 500;

fn beat(tx: &Transaction<'_>, batch: i64, rows: usize) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE import_batch SET heartbeat = CAST(strftime('%s', 'now') AS INTEGER), \
         rows = rows + ?2 WHERE id = ?1 AND state = 'running'",
    )?
    .execute(params![batch, rows as i64])
    .map_err(StoreError::from)
    .and_then(|changed| {
        if changed == 1 {
            Ok(())
        } else {
            // Removed by another process that took it for abandoned: stop writing.
            Err(StoreError::NotFound {
                entity: "import batch",
                id: batch,
            })
        }
    })
}

impl Store {
    /// Opens a new import batch; its people are written with [`Store::import_some`].
    pub fn begin_import(&mut self, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO import_batch (started_at, operator, heartbeat) \
                 VALUES (?1, ?2, CAST(strftime('%s', 'now') AS INTEGER))",
                params![stamp.at, stamp.operator],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    /// Writes people from the front of `rows` (line, person) in one IMMEDIATE
    /// transaction until `budget` has passed; returns how many were written. The
    /// transaction that writes the last of them also writes the audit row (`detail`:
    /// counts only) and marks the batch done, so the import is recorded exactly when
    /// it is complete. With no rows left it only closes the batch.
    pub fn import_some(
        &mut self,
        batch: i64,
        rows: &[(u64, Person)],
        budget: Duration,
        detail: &str,
        stamp: &Stamp,
    ) -> Result<usize, StoreError> {
        self.write(|tx| {
            let started = Instant::now();
            let mut written = 0;
            let mut link = tx.prepare_cached(
                "INSERT INTO import_batch_person (batch_id, person_id, line) VALUES (?1, ?2, ?3)",
            )?;
            for (line, person) in rows {
                let id = person::insert_in(tx, person, stamp)?;
                link.execute(params![batch, id, *line as i64])?;
                written += 1;
                if started.elapsed() >= budget {
                    break;
                }
            }
            beat(tx, batch, written)?;
            if written == rows.len() {
                audit::record_in(tx, stamp, "import", "import_batch", Some(batch), detail)?;
                tx.execute(
                    "UPDATE import_batch SET state = 'done' WHERE id = ?1",
                    [batch],
                )?;
            }
            Ok(written)
        })
    }

    /// Removes an unfinished batch and every person it registered, in short
    /// transactions; records the removal in the audit log. Returns how many people were
    /// removed. A batch already done is left alone (0).
    pub fn abandon_import(&mut self, batch: i64, stamp: &Stamp) -> Result<usize, StoreError> {
        let running = self.write(|tx| {
            Ok(tx.execute(
                "UPDATE import_batch SET state = 'abandoned' WHERE id = ?1 AND state <> 'done'",
                [batch],
            )? == 1)
        })?;
        if !running {
            return Ok(0);
        }
        let mut removed = 0;
        loop {
            let gone = self.write(|tx| {
                Ok(tx
                    .prepare_cached(
                        "DELETE FROM person WHERE id IN (SELECT person_id FROM \
                         import_batch_person WHERE batch_id = ?1 LIMIT ?2)",
                    )?
                    .execute(params![batch, REMOVE_CHUNK as i64])?)
            })?;
            removed += gone;
            if gone == 0 {
                break;
            }
        }
        self.write(|tx| {
            audit::record_in(
                tx,
                stamp,
                "import abandoned",
                "import_batch",
                Some(batch),
                &format!("{removed} people removed"),
            )
        })?;
        Ok(removed)
    }

    /// Running batches whose process stopped beating more than `after` ago: an import
    /// killed midway. [`Store::abandon_import`] removes them.
    pub fn stale_imports(&self, after: Duration) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id FROM import_batch WHERE state = 'running' \
             AND heartbeat < CAST(strftime('%s', 'now') AS INTEGER) - ?1 ORDER BY id",
        )?;
        let ids = stmt.query_map([after.as_secs() as i64], |r| r.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The import batch that registered a person and the line it came from, if any.
    pub fn imported_from(&self, person_id: i64) -> Result<Option<(i64, u64)>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT batch_id, line FROM import_batch_person WHERE person_id = ?1",
                [person_id],
                |r| Ok((r.get(0)?, r.get::<_, i64>(1)? as u64)),
            )
            .optional()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Store;

    fn someone(surname: &str) -> Person {
        Person {
            surname: surname.into(),
            given_name: "Test".into(),
            ..Person::default()
        }
    }

    fn rows(n: usize) -> Vec<(u64, Person)> {
        (0..n)
            .map(|i| (i as u64 + 2, someone(&format!("Name{i}"))))
            .collect()
    }

    fn stamp() -> Stamp {
        Stamp::now("tester")
    }

    #[test]
    fn an_import_is_written_in_short_transactions_and_audited_when_complete() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let batch = store.begin_import(&stamp()).unwrap();
        let rows = rows(50);
        let mut done = 0;
        let mut transactions = 0;
        while done < rows.len() || transactions == 0 {
            let audited_before = store.audit_trail("import_batch", batch).unwrap().len();
            assert_eq!(audited_before, 0, "no audit row before the last people");
            // A zero budget: one person per transaction.
            done += store
                .import_some(batch, &rows[done..], Duration::ZERO, "50 rows", &stamp())
                .unwrap();
            transactions += 1;
        }
        assert_eq!(transactions, 50);
        assert_eq!(store.count_people().unwrap(), 50);
        let trail = store.audit_trail("import_batch", batch).unwrap();
        assert_eq!(trail.len(), 1);
        assert_eq!(trail[0].detail, "50 rows");
        let id: i64 = store
            .conn()
            .query_row("SELECT id FROM person WHERE surname = 'Name7'", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(store.imported_from(id).unwrap(), Some((batch, 9)));
        // A finished batch is never removed.
        assert_eq!(store.abandon_import(batch, &stamp()).unwrap(), 0);
        assert_eq!(store.count_people().unwrap(), 50);
    }

    #[test]
    fn an_abandoned_batch_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        store.insert_person(&someone("Before"), &stamp()).unwrap();
        let batch = store.begin_import(&stamp()).unwrap();
        let rows = rows(1200);
        let mut done = 0;
        for _ in 0..3 {
            done += store
                .import_some(batch, &rows[done..], Duration::ZERO, "x", &stamp())
                .unwrap();
        }
        assert_eq!(done, 3);
        assert_eq!(store.count_people().unwrap(), 4);
        // Not stale yet: its heartbeat is fresh.
        assert!(store.stale_imports(ABANDONED_AFTER).unwrap().is_empty());
        assert_eq!(store.abandon_import(batch, &stamp()).unwrap(), 3);
        assert_eq!(store.count_people().unwrap(), 1);
        // Its process, if still alive, cannot write into it any more.
        assert!(
            store
                .import_some(batch, &rows[3..], Duration::ZERO, "x", &stamp())
                .is_err()
        );
        assert_eq!(store.count_people().unwrap(), 1);
        let trail = store.audit_trail("import_batch", batch).unwrap();
        assert_eq!(trail.last().unwrap().detail, "3 people removed");
    }
}
