//! Centre-wide settings shared by every desk (queue thresholds, the consent minimum,
//! the search key version), as text by key.

use rusqlite::{OptionalExtension, params};

use super::{Stamp, Store, StoreError, audit};

impl Store {
    /// A setting's value, if it was ever set.
    pub fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT value FROM setting WHERE key = ?1", [key], |r| {
                r.get(0)
            })
            .optional()?)
    }

    /// Sets a setting (the audit log names the key, never the value).
    pub fn set_setting(&mut self, key: &str, value: &str, stamp: &Stamp) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO setting (key, value) VALUES (?1, ?2) \
                 ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                params![key, value],
            )?;
            audit::record_in(tx, stamp, "set", "setting", None, key)
        })
    }
}
