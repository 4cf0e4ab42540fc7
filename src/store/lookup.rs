//! The SQL side of lookup: narrow a million people to a few hundred candidates by
//! the normalised keys and identifiers; ranking happens in `search`, in memory.

use rusqlite::params_from_iter;

use super::{Store, StoreError};

/// Sorts after every key: keys are built from real text, which never holds U+10FFFF.
const KEY_END: char = '\u{10FFFF}';

impl Store {
    /// People having, for every key, the same key (`exact`) or one that starts with it;
    /// at most `limit`.
    pub fn people_with_keys(
        &self,
        prefixes: &[String],
        exact: bool,
        limit: usize,
    ) -> Result<Vec<i64>, StoreError> {
        if prefixes.is_empty() {
            return Ok(Vec::new());
        }
        let mut sql = String::from("SELECT DISTINCT k0.person_id FROM person_key k0");
        for i in 1..prefixes.len() {
            sql.push_str(&format!(
                " JOIN person_key k{i} ON k{i}.person_id = k0.person_id"
            ));
        }
        let conditions: Vec<String> = (0..prefixes.len())
            .map(|i| format!("k{i}.key >= ?{} AND k{i}.key < ?{}", 2 * i + 1, 2 * i + 2))
            .collect();
        sql.push_str(" WHERE ");
        sql.push_str(&conditions.join(" AND "));
        sql.push_str(&format!(" LIMIT {limit}"));
        let end = if exact { '\0' } else { KEY_END };
        let bounds: Vec<String> = prefixes
            .iter()
            .flat_map(|p| [p.clone(), format!("{p}{end}")])
            .collect();
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let ids = stmt.query_map(params_from_iter(bounds.iter()), |row| row.get(0))?;
        Ok(ids.collect::<Result<_, _>>()?)
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

    /// The last visit date of each person, for ranking ties (ISO text; empty if none).
    pub fn last_visits(&self, ids: &[i64]) -> Result<Vec<Option<chrono::NaiveDate>>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT last_visit_on FROM person WHERE id = ?1")?;
        ids.iter()
            .map(|id| Ok(stmt.query_row([id], |row| row.get(0))?))
            .collect()
    }
}
