//! The audit log: who did or looked at what. Only ids and codes, never personal data.

use rusqlite::{Transaction, params};

use super::{Stamp, Store, StoreError};
use crate::domain::records::AuditEntry;

/// Which audit entries to read (every filter optional; all of them must hold).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AuditFilter {
    /// Entries about this person (their card, reveals, changes, exports).
    pub person: Option<i64>,
    pub operator: Option<String>,
    pub action: Option<String>,
    /// From this moment on (inclusive).
    pub since: Option<chrono::NaiveDateTime>,
    /// Before this moment (exclusive).
    pub until: Option<chrono::NaiveDateTime>,
    /// Only entries older than this one (by id): the next page of a list read
    /// newest first.
    pub before: Option<i64>,
    /// At most this many, newest first.
    pub limit: usize,
}

fn entry_from(row: &rusqlite::Row<'_>) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: row.get(0)?,
        at: row.get(1)?,
        operator: row.get(2)?,
        action: row.get(3)?,
        entity: row.get(4)?,
        entity_id: row.get(5)?,
        detail: row.get(6)?,
    })
}

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
        let rows = stmt.query_map(params![entity, entity_id], entry_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Audit entries matching `filter`, newest first.
    pub fn audit_entries(&self, filter: &AuditFilter) -> Result<Vec<AuditEntry>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, at, operator, action, entity, entity_id, detail FROM audit_log \
             WHERE (?1 IS NULL OR (entity = 'person' AND entity_id = ?1)) \
             AND (?2 IS NULL OR operator = ?2) AND (?3 IS NULL OR action = ?3) \
             AND (?4 IS NULL OR at >= ?4) AND (?5 IS NULL OR at < ?5) \
             AND (?7 IS NULL OR id < ?7) \
             ORDER BY id DESC LIMIT ?6",
        )?;
        let limit = i64::try_from(filter.limit).unwrap_or(i64::MAX);
        let rows = stmt.query_map(
            params![
                filter.person,
                filter.operator,
                filter.action,
                filter.since,
                filter.until,
                limit,
                filter.before
            ],
            entry_from,
        )?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
