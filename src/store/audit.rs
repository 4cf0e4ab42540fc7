//! The audit log: who did or looked at what. Only ids and codes, never personal data.

use rusqlite::{Transaction, params};

use super::{Stamp, Store, StoreError};
use crate::domain::records::AuditEntry;

pub(crate) fn record_in(
    tx: &Transaction<'_>,
    stamp: &Stamp,
    action: &str,
    entity: &str,
    entity_id: Option<i64>,
    detail: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO audit_log (at, operator, action, entity, entity_id, detail) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        stamp.at,
        stamp.operator,
        action,
        entity,
        entity_id,
        detail
    ])?;
    Ok(())
}

impl Store {
    /// Records a read of a sensitive record (opening a person's card, an export).
    pub fn audit(
        &mut self,
        stamp: &Stamp,
        action: &str,
        entity: &str,
        entity_id: Option<i64>,
        detail: &str,
    ) -> Result<(), StoreError> {
        self.write(|tx| record_in(tx, stamp, action, entity, entity_id, detail))
    }

    /// The audit trail of one record, oldest first.
    pub fn audit_trail(&self, entity: &str, entity_id: i64) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT id, at, operator, action, entity, entity_id, detail FROM audit_log \
             WHERE entity = ?1 AND entity_id = ?2 ORDER BY id",
        )?;
        let rows = stmt.query_map(params![entity, entity_id], |row| {
            Ok(AuditEntry {
                id: row.get(0)?,
                at: row.get(1)?,
                operator: row.get(2)?,
                action: row.get(3)?,
                entity: row.get(4)?,
                entity_id: row.get(5)?,
                detail: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
