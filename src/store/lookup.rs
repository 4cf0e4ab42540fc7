//! The SQL side of lookup: narrow a million people to a few hundred candidates by
//! the normalised keys and identifiers; ranking happens in `search`, in memory.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, params};

use super::person::born_number;
use super::{Store, StoreError};
use crate::domain::names;

/// Sorts after every key: keys are built from real text, which never holds U+10FFFF.
const KEY_END: char = '\u{10FFFF}';

/// What one of a person's name keys must be: a whole key, or the start of one (a
/// word still being typed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyTest {
    Is(String),
    StartsWith(String),
}

impl Store {
    /// Stored name keys starting with `prefix`, in key order; at most `limit`.
    pub fn keys_with_prefix(&self, prefix: &str, limit: usize) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT key FROM name_key WHERE key >= ?1 AND key < ?2 LIMIT ?3")?;
        let high = format!("{prefix}{KEY_END}");
        let keys = stmt.query_map(params![prefix, high, limit as i64], |r| r.get(0))?;
        Ok(keys.collect::<Result<_, _>>()?)
    }

    /// The people who have `key`, the most recent visit first (then the newest
    /// registered), with that visit date ('' if none); at most `limit`. One walk down
    /// the key's index, however many people share the name.
    pub fn people_with_key_by_recency(
        &self,
        key: &str,
        limit: usize,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT recency, person_id FROM person_key WHERE key = ?1 \
             ORDER BY recency DESC, person_id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![key, limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The people whose surname and given name hold both keys (in either order), the
    /// most recent visit first, with that date; at most `limit`.
    pub fn people_with_pair_by_recency(
        &self,
        first: &str,
        second: &str,
        limit: usize,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT recency, person_id FROM person_pair WHERE k1 = ?1 AND k2 = ?2 \
             ORDER BY recency DESC, person_id DESC LIMIT ?3",
        )?;
        let rows = stmt.query_map(params![first, second, limit as i64], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The people with the key pair (`first`, `second`) who also hold, for each group
    /// of `others`, a name key passing one of its tests (a later word read as a
    /// father's name, a second surname word, or the start of one being typed), the
    /// most recently seen first; at most `limit`. Walks the pair's people once,
    /// probing each one's keys through `person_key_person`, so a name with thousands
    /// of namesakes still comes down to the few with that father in one pass.
    pub fn people_with_pair_and_keys_by_recency(
        &self,
        first: &str,
        second: &str,
        others: &[Vec<KeyTest>],
        limit: usize,
    ) -> Result<Vec<(String, i64)>, StoreError> {
        let mut sql = String::from(
            "SELECT pp.recency, pp.person_id FROM person_pair pp WHERE pp.k1 = ?1 AND pp.k2 = ?2",
        );
        let mut bounds: Vec<String> = Vec::new();
        for group in others.iter().filter(|g| !g.is_empty()) {
            let mut tests: Vec<String> = Vec::new();
            for test in group {
                let n = bounds.len() + 4;
                match test {
                    KeyTest::Is(key) => {
                        tests.push(format!("pk.key = ?{n}"));
                        bounds.push(key.clone());
                    }
                    KeyTest::StartsWith(prefix) => {
                        let m = n + 1;
                        tests.push(format!("(pk.key >= ?{n} AND pk.key < ?{m})"));
                        bounds.push(prefix.clone());
                        bounds.push(format!("{prefix}{KEY_END}"));
                    }
                }
            }
            sql.push_str(&format!(
                " AND EXISTS (SELECT 1 FROM person_key pk WHERE pk.person_id = pp.person_id AND ({}))",
                tests.join(" OR ")
            ));
        }
        sql.push_str(" ORDER BY pp.recency DESC, pp.person_id DESC LIMIT ?3");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let limit = limit as i64;
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![&first, &second, &limit];
        for bound in &bounds {
            values.push(bound);
        }
        let rows = stmt.query_map(values.as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The people with name key `key` (surname or given name) born on one of `dates`,
    /// date by date in the order given; at most `limit`. One index seek per date.
    pub fn people_with_key_born_on(
        &self,
        key: &str,
        dates: &[NaiveDate],
        limit: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT person_id FROM person_born WHERE key = ?1 AND born = ?2 LIMIT ?3",
        )?;
        let mut out = Vec::new();
        for date in dates {
            if out.len() >= limit {
                break;
            }
            let rows = stmt.query_map(
                params![key, born_number(*date), (limit - out.len()) as i64],
                |r| r.get::<_, i64>(0),
            )?;
            for id in rows {
                out.push(id?);
            }
        }
        Ok(out)
    }

    /// The people with name key `key` born between `from` and `to` (inclusive); at
    /// most `limit`. One walk down the key's dates.
    pub fn people_with_key_born_between(
        &self,
        key: &str,
        from: NaiveDate,
        to: NaiveDate,
        limit: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT person_id FROM person_born WHERE key = ?1 AND born BETWEEN ?2 AND ?3 LIMIT ?4",
        )?;
        let rows = stmt.query_map(
            params![key, born_number(from), born_number(to), limit as i64],
            |r| r.get::<_, i64>(0),
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The people born on `date`, the most recent visit first; at most `limit`.
    pub fn people_born_on(&self, date: NaiveDate, limit: usize) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM person WHERE date_of_birth = ?1 \
             ORDER BY last_visit_on DESC, id DESC LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![date, limit as i64], |r| r.get::<_, i64>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// The stored name keys within one typo of `key` (itself included if stored), from
    /// the deletion neighbourhood kept beside the keys.
    pub fn keys_near(&self, key: &str) -> Result<Vec<String>, StoreError> {
        let mut probes = names::deletions(key);
        probes.push(key.to_string());
        let mut found: Vec<String> = Vec::new();
        let mut in_vocabulary = self
            .conn()
            .prepare_cached("SELECT key FROM name_key WHERE key = ?1")?;
        let mut near = self
            .conn()
            .prepare_cached("SELECT key FROM name_key_near WHERE variant = ?1 LIMIT 200")?;
        for probe in &probes {
            if let Some(k) = in_vocabulary
                .query_row([probe], |r| r.get::<_, String>(0))
                .optional()?
                && !found.contains(&k)
            {
                found.push(k);
            }
            for k in near.query_map([probe], |r| r.get::<_, String>(0))? {
                let k = k?;
                if !found.contains(&k) {
                    found.push(k);
                }
            }
        }
        Ok(found)
    }

    /// People whose AMKA, AFM, ΠΑΑΥΠΑ or phone search key equals `value`.
    pub fn people_with_identifier(&self, value: &str) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM person WHERE amka = ?1 UNION SELECT id FROM person WHERE afm = ?1 \
             UNION SELECT id FROM person WHERE paaypa = ?1 \
             UNION SELECT id FROM person WHERE phone_key = ?1 LIMIT 50",
        )?;
        let ids = stmt.query_map([value], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// Lets this connection keep up to `mib` MiB of pages in memory (bulk writes into
    /// tens of millions of key rows: seeding).
    pub fn set_cache_mib(&self, mib: u32) -> Result<(), StoreError> {
        self.conn()
            .pragma_update(None, "cache_size", -(i64::from(mib) * 1024))?;
        Ok(())
    }

    /// The AMKAs that start with `prefix` (e.g. the six digits of a date of birth).
    pub fn amkas_with_prefix(&self, prefix: &str) -> Result<Vec<String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT amka FROM person WHERE amka >= ?1 AND amka < ?2")?;
        let high = format!("{prefix}{KEY_END}");
        let rows = stmt.query_map(params![prefix, high], |r| r.get::<_, String>(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// People whose phone search key, AMKA or AFM starts with `digits` (a number typed
    /// so far); at most `limit`.
    pub fn people_with_identifier_prefix(
        &self,
        digits: &str,
        limit: usize,
    ) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM (SELECT id FROM person WHERE phone_key >= ?1 AND phone_key < ?2 LIMIT ?3) \
             UNION SELECT id FROM (SELECT id FROM person WHERE amka >= ?1 AND amka < ?2 LIMIT ?3) \
             UNION SELECT id FROM (SELECT id FROM person WHERE afm >= ?1 AND afm < ?2 LIMIT ?3) \
             LIMIT ?3",
        )?;
        let high = format!("{digits}{KEY_END}");
        let ids = stmt.query_map(params![digits, high, limit as i64], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }

    /// The person holding ticket `number` (e.g. "Κ014") on `day`, if it names one.
    pub fn person_with_ticket(
        &self,
        day: NaiveDate,
        number: &str,
    ) -> Result<Option<i64>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT person_id FROM ticket WHERE day = ?1 AND number = ?2")?;
        Ok(stmt
            .query_row(params![day, number], |row| row.get::<_, Option<i64>>(0))
            .optional()?
            .flatten())
    }

    /// How many referrals of each person are still open (sent or accepted).
    pub fn open_referral_counts(&self, ids: &[i64]) -> Result<Vec<usize>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT count(*) FROM referral WHERE person_id = ?1 AND state IN ('sent', 'accepted')",
        )?;
        ids.iter()
            .map(|id| Ok(stmt.query_row([id], |row| row.get::<_, i64>(0))? as usize))
            .collect()
    }
}

/// What ranking needs of a candidate: the names, the date of birth and the last visit.
#[derive(Debug, Clone, PartialEq)]
pub struct NameRow {
    pub id: i64,
    pub surname: String,
    pub given_name: String,
    pub father_name: String,
    pub mother_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub last_visit: Option<NaiveDate>,
}

impl Store {
    /// The names and last visit of these people, in the order given (missing skipped).
    pub fn name_rows(&self, ids: &[i64]) -> Result<Vec<NameRow>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT surname, given_name, father_name, mother_name, date_of_birth, last_visit_on \
             FROM person WHERE id = ?1",
        )?;
        let mut out = Vec::with_capacity(ids.len());
        for &id in ids {
            let row = stmt
                .query_row([id], |r| {
                    Ok(NameRow {
                        id,
                        surname: r.get(0)?,
                        given_name: r.get(1)?,
                        father_name: r.get(2)?,
                        mother_name: r.get(3)?,
                        date_of_birth: r.get(4)?,
                        last_visit: r.get(5)?,
                    })
                })
                .optional()?;
            out.extend(row);
        }
        Ok(out)
    }
}

impl Store {
    /// A plain `LIKE '%text%'` scan over names, the baseline the lookup benchmark
    /// compares the keys with; at most `limit` ids.
    #[doc(hidden)]
    pub fn people_like_scan(&self, text: &str, limit: usize) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id FROM person WHERE surname || ' ' || given_name || ' ' || father_name \
             LIKE ?1 LIMIT ?2",
        )?;
        let pattern = format!("%{text}%");
        let ids = stmt.query_map(params![pattern, limit as i64], |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
    }
}
