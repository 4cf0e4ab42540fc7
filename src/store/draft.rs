//! Drafts: forms in progress, saved as they are typed so a dropped link loses nothing.

use rusqlite::params;

use std::path::PathBuf;

use super::draft_aside::{self, AsideDraft};
use super::{Stamp, Store, StoreError};
use crate::domain::records::Draft;

impl Store {
    /// Saves (or replaces) the operator's draft of one form for one target record.
    /// When the database cannot take it (locked too long, full, read-only), the draft
    /// is kept in the operator's private fallback file instead and the error is
    /// [`StoreError::KeptAside`]: what was typed is never lost.
    pub fn save_draft(
        &mut self,
        kind: &str,
        target_id: Option<i64>,
        payload: &str,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        match self.save_draft_in_db(kind, target_id, payload, stamp) {
            Ok(id) => {
                if let Some(dir) = &self.drafts_aside {
                    draft_aside::forget(dir, &stamp.operator, kind, target_id);
                }
                Ok(id)
            }
            Err(e) => {
                let Some(dir) = self.drafts_aside.clone() else {
                    return Err(e);
                };
                let aside = AsideDraft {
                    operator: stamp.operator.clone(),
                    kind: kind.to_string(),
                    target_id,
                    payload: payload.to_string(),
                    updated_at: stamp.at,
                };
                match draft_aside::keep(&dir, &aside, self.key.as_ref()) {
                    Ok(_) => Err(StoreError::KeptAside(Box::new(e))),
                    Err(why) => {
                        tracing::error!(target: "kentro::store", error = %why, "draft could not be kept aside either");
                        Err(e)
                    }
                }
            }
        }
    }

    fn save_draft_in_db(
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

    /// Where drafts go when the database cannot take them (tests point it elsewhere).
    pub fn set_drafts_aside_dir(&mut self, dir: Option<PathBuf>) {
        self.drafts_aside = dir;
    }

    /// Moves every draft kept aside into the database (at open: the files are the
    /// operator's own, in their state directory); a draft the database still cannot
    /// take stays in its file and is listed from there.
    pub(super) fn bring_back_drafts(&mut self) {
        let Some(dir) = self.drafts_aside.clone() else {
            return;
        };
        for (file, aside) in draft_aside::kept(&dir, None, self.key.as_ref()) {
            let stamp = Stamp {
                at: aside.updated_at,
                operator: aside.operator.clone(),
            };
            if self
                .save_draft_in_db(&aside.kind, aside.target_id, &aside.payload, &stamp)
                .is_ok()
                && let Err(e) = std::fs::remove_file(&file)
            {
                tracing::warn!(target: "kentro::store", error = %e, "draft file not removed");
            }
        }
    }

    /// The operator's drafts, newest first, those kept aside in the fallback file
    /// (which the database could not take yet) included with id 0.
    pub fn drafts_of(&self, operator: &str) -> Result<Vec<Draft>, StoreError> {
        let mut drafts: Vec<Draft> = match &self.drafts_aside {
            Some(dir) => draft_aside::kept(dir, Some(operator), self.key.as_ref())
                .into_iter()
                .map(|(_, aside)| aside.to_draft())
                .collect(),
            None => Vec::new(),
        };
        drafts.extend(self.drafts_in_db(operator)?);
        drafts.sort_by(|a, b| b.updated_at.cmp(&a.updated_at).then(b.id.cmp(&a.id)));
        Ok(drafts)
    }

    fn drafts_in_db(&self, operator: &str) -> Result<Vec<Draft>, StoreError> {
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
