//! Referrals to internal services and outside bodies, with their status history.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::records::Referral;

const REFERRAL_COLUMNS: &str = "id, person_id, service_id, ticket_id, reason, urgency, note, \
    state, state_reason, follow_up_on, consent_override, created_at, created_by, updated_at, \
    updated_by, version";

fn referral_from_row(row: &Row<'_>) -> rusqlite::Result<Referral> {
    Ok(Referral {
        id: row.get(0)?,
        person_id: row.get(1)?,
        service_id: row.get(2)?,
        ticket_id: row.get(3)?,
        reason: row.get(4)?,
        urgency: decode(&row.get::<_, String>(5)?, Urgency::from_code)?,
        note: row.get(6)?,
        state: decode(&row.get::<_, String>(7)?, ReferralState::from_code)?,
        state_reason: row.get(8)?,
        follow_up_on: row.get(9)?,
        consent_override: row.get(10)?,
        created_at: row.get(11)?,
        created_by: row.get(12)?,
        updated_at: row.get(13)?,
        updated_by: row.get(14)?,
        version: row.get(15)?,
    })
}

/// Inserts a referral as given (its state included) and its first history entry.
pub(crate) fn insert_referral_in(
    tx: &Transaction<'_>,
    referral: &Referral,
) -> Result<i64, StoreError> {
    tx.prepare_cached(
        "INSERT INTO referral (person_id, service_id, ticket_id, reason, urgency, note, state, \
         state_reason, follow_up_on, consent_override, created_at, created_by, updated_at, updated_by) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
    )?
    .execute(params![
        referral.person_id,
        referral.service_id,
        referral.ticket_id,
        referral.reason,
        referral.urgency.code(),
        referral.note,
        referral.state.code(),
        referral.state_reason,
        referral.follow_up_on,
        referral.consent_override,
        referral.created_at,
        referral.created_by,
        referral.updated_at,
        referral.updated_by
    ])?;
    let id = tx.last_insert_rowid();
    tx.prepare_cached(
        "INSERT INTO referral_event (referral_id, at, from_state, to_state, operator) \
         VALUES (?1, ?2, NULL, ?3, ?4)",
    )?
    .execute(params![
        id,
        referral.created_at,
        ReferralState::Sent.code(),
        referral.created_by
    ])?;
    if referral.state != ReferralState::Sent {
        tx.prepare_cached(
            "INSERT INTO referral_event (referral_id, at, from_state, to_state, operator, note) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?
        .execute(params![
            id,
            referral.updated_at,
            ReferralState::Sent.code(),
            referral.state.code(),
            referral.updated_by,
            referral.state_reason
        ])?;
    }
    Ok(id)
}

impl Batch<'_> {
    pub fn insert_referral(&mut self, referral: &Referral) -> Result<i64, StoreError> {
        insert_referral_in(self.tx, referral)
    }
}

impl Store {
    pub fn insert_referral(
        &mut self,
        referral: &Referral,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let id = insert_referral_in(tx, referral)?;
            audit::record_in(tx, stamp, "create", "referral", Some(id), "")?;
            Ok(id)
        })
    }

    pub fn referral(&self, id: i64) -> Result<Option<Referral>, StoreError> {
        let sql = format!("SELECT {REFERRAL_COLUMNS} FROM referral WHERE id = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [id], referral_from_row)
            .optional()?)
    }

    /// A person's referrals, newest first.
    pub fn referrals_of(&self, person_id: i64) -> Result<Vec<Referral>, StoreError> {
        let sql = format!(
            "SELECT {REFERRAL_COLUMNS} FROM referral WHERE person_id = ?1 ORDER BY created_at DESC, id DESC"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([person_id], referral_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Referrals still waiting for an answer, earliest follow-up first.
    pub fn open_referrals(&self) -> Result<Vec<Referral>, StoreError> {
        let sql = format!(
            "SELECT {REFERRAL_COLUMNS} FROM referral WHERE state IN ('sent', 'accepted') \
             ORDER BY follow_up_on IS NULL, follow_up_on, id"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([], referral_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
