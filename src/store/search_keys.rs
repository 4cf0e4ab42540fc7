//! Which version of the key rules built the stored search keys, and rebuilding them
//! all when the rules change, in short batches several processes share.

use rusqlite::{OptionalExtension, params};

use super::person::write_keys;
use super::{Store, StoreError};
use crate::domain::names;
use crate::domain::person::Person;

/// The setting that records which version of the key rules built the stored keys.
const KEY_VERSION_SETTING: &str = "search_key_version";
/// How far a key rebuild has come, as "VERSION:LAST_PERSON_ID": shared by every
/// process rebuilding, so that desks and `kentro reindex` share the work and a
/// rebuild that was stopped goes on where it stopped.
const REBUILD_CURSOR_SETTING: &str = "search_key_rebuild_after";

impl Store {
    /// The version of the key rules the stored keys were built with.
    pub fn search_key_version(&self) -> Result<i64, StoreError> {
        let value: Option<String> = self
            .conn()
            .query_row(
                "SELECT value FROM setting WHERE key = ?1",
                [KEY_VERSION_SETTING],
                |r| r.get(0),
            )
            .optional()?;
        Ok(value.and_then(|v| v.parse().ok()).unwrap_or(1))
    }

    /// Whether the stored keys were built by other key rules than this program's
    /// ([`names::KEY_VERSION`]): searches still work on them (a name whose keys the new
    /// rules changed may be missed) until `kentro reindex` or a desk's background
    /// rebuild has finished.
    pub fn search_keys_stale(&self) -> Result<bool, StoreError> {
        Ok(self.search_key_version()? != names::KEY_VERSION)
    }

    /// Rebuilds the stored keys if they were built by other key rules than this
    /// program's ([`names::KEY_VERSION`]); reports progress as (done, total). Returns
    /// whether it rebuilt.
    pub fn ensure_search_keys(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<bool, StoreError> {
        if self.search_key_version()? == names::KEY_VERSION {
            return Ok(false);
        }
        self.rebuild_search_keys(progress)?;
        Ok(true)
    }

    /// Recomputes every person's name keys and the vocabulary with its neighbourhood,
    /// in short transactions of [`REBUILD_BATCH`] people, and records the key version
    /// at the end. Several processes may run it at once: each batch takes the next
    /// people from the shared cursor, so they share the work; a stopped rebuild goes
    /// on from there. Progress is (people done by anyone, total).
    pub fn rebuild_search_keys(
        &mut self,
        progress: &mut dyn FnMut(usize, usize),
    ) -> Result<(), StoreError> {
        let total = self.count_people()? as usize;
        // In batches, each its own short IMMEDIATE transaction, so that the other desks
        // go on saving between them instead of timing out behind one long rebuild. A
        // person's keys are replaced whole within a batch; keys nobody has any more
        // stay in the vocabulary, where they only cost a lookup that finds nobody.
        loop {
            let finished = self.write(|tx| {
                // Another desk may have finished the rebuild meanwhile.
                if stored_key_version(tx)? == Some(names::KEY_VERSION) {
                    return Ok(None);
                }
                let after = rebuild_cursor(tx)?;
                let mut stmt = tx.prepare_cached(
                    "SELECT id, surname, given_name, father_name, ifnull(last_visit_on, ''), \
                     date_of_birth FROM person WHERE id > ?1 ORDER BY id LIMIT ?2",
                )?;
                let mut rows = stmt.query(params![after, REBUILD_BATCH as i64])?;
                let mut last = None;
                while let Some(row) = rows.next()? {
                    let person = Person {
                        id: row.get(0)?,
                        surname: row.get(1)?,
                        given_name: row.get(2)?,
                        father_name: row.get(3)?,
                        date_of_birth: row.get(5)?,
                        ..Person::default()
                    };
                    let recency: String = row.get(4)?;
                    write_keys(tx, person.id, &person, &recency)?;
                    last = Some(person.id);
                }
                let set = |key: &str, value: String| {
                    tx.execute(
                        "INSERT INTO setting (key, value) VALUES (?1, ?2) \
                         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                        params![key, value],
                    )
                };
                match last {
                    Some(last) => {
                        set(
                            REBUILD_CURSOR_SETTING,
                            format!("{}:{last}", names::KEY_VERSION),
                        )?;
                    }
                    None => {
                        set(KEY_VERSION_SETTING, names::KEY_VERSION.to_string())?;
                        tx.execute(
                            "DELETE FROM setting WHERE key = ?1",
                            [REBUILD_CURSOR_SETTING],
                        )?;
                    }
                }
                let done: i64 = tx.query_row(
                    "SELECT count(*) FROM person WHERE id <= ?1",
                    [last.unwrap_or(i64::MAX)],
                    |r| r.get(0),
                )?;
                Ok(Some((last, done)))
            })?;
            match finished {
                Some((Some(_), done)) => progress((done as usize).min(total), total),
                _ => break,
            }
        }
        progress(total, total);
        Ok(())
    }
}

/// People per transaction of a key rebuild: a second or so of work.
const REBUILD_BATCH: usize = 20_000;

/// The last person whose keys the current rebuild has made (0: none yet, or the
/// cursor belongs to an earlier version's rebuild).
fn rebuild_cursor(tx: &rusqlite::Transaction<'_>) -> Result<i64, StoreError> {
    let value: Option<String> = tx
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [REBUILD_CURSOR_SETTING],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value
        .as_deref()
        .and_then(|v| v.split_once(':'))
        .filter(|(version, _)| *version == names::KEY_VERSION.to_string())
        .and_then(|(_, after)| after.parse().ok())
        .unwrap_or(0))
}

fn stored_key_version(tx: &rusqlite::Transaction<'_>) -> Result<Option<i64>, StoreError> {
    let value: Option<String> = tx
        .query_row(
            "SELECT value FROM setting WHERE key = ?1",
            [KEY_VERSION_SETTING],
            |r| r.get(0),
        )
        .optional()?;
    Ok(value.and_then(|v| v.parse().ok()))
}

impl Store {
    /// Forgets which rules the stored keys were built with, so the next rebuild
    /// (`kentro reindex --force`) remakes them all.
    pub fn forget_search_key_version(&mut self) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "DELETE FROM setting WHERE key IN (?1, ?2)",
                params![KEY_VERSION_SETTING, REBUILD_CURSOR_SETTING],
            )?;
            Ok(())
        })
    }

    /// Records another key version, so that tests can see a rebuild happen.
    #[doc(hidden)]
    pub fn set_search_key_version_for_tests(&mut self, version: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![KEY_VERSION_SETTING, version.to_string()],
            )?;
            Ok(())
        })
    }
}
