//! Drafts: forms in progress, saved as they are typed so a dropped link loses nothing.

use rusqlite::params;

use super::{Stamp, Store, StoreError};
use crate::domain::records::Draft;

impl Store {
    /// Saves (or replaces) the operator's draft of one form for one target record.
    pub fn save_draft(
        &mut self,
        kind: &str,
        target_id: Option<i64>,
        payload: &str,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO draft (operator, kind, target_id, payload, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5) \
                 ON CONFLICT (operator, kind, ifnull(target_id, 0)) \
                 DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at",
                params![stamp.operator, kind, target_id, payload, stamp.at],
            )?;
            Ok(tx.query_row(
                "SELECT id FROM draft WHERE operator = ?1 AND kind = ?2 AND ifnull(target_id, 0) = ifnull(?3, 0)",
                params![stamp.operator, kind, target_id],
                |row| row.get(0),
            )?)
        })
    }

    /// The operator's drafts, newest first.
    pub fn drafts_of(&self, operator: &str) -> Result<Vec<Draft>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, operator, kind, target_id, payload, updated_at FROM draft \
             WHERE operator = ?1 ORDER BY updated_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([operator], |row| {
            Ok(Draft {
                id: row.get(0)?,
                operator: row.get(1)?,
                kind: row.get(2)?,
                target_id: row.get(3)?,
                payload: row.get(4)?,
                updated_at: row.get(5)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn delete_draft(&mut self, id: i64) -> Result<(), StoreError> {
        self.write(|tx| {
            tx.execute("DELETE FROM draft WHERE id = ?1", [id])?;
            Ok(())
        })
    }
}
