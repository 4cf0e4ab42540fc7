//! What the privacy rule needs from storage: whose a record is, and whether the
//! person consented to share it with an organisation; and consent withdrawal.

use std::collections::HashMap;

use rusqlite::params;

use super::{Stamp, Store, StoreError, audit};

impl Store {
    /// Whether `person_id` consented (and has not withdrawn) to share their data with
    /// `organisation`: consent to any service, or to a service of that organisation.
    pub fn shares_with(&self, person_id: i64, organisation: &str) -> Result<bool, StoreError> {
        Ok(self.conn().query_row(
            "SELECT EXISTS (SELECT 1 FROM share_consent c \
             LEFT JOIN service s ON s.id = c.service_id \
             WHERE c.person_id = ?1 AND c.withdrawn_at IS NULL \
             AND (c.service_id IS NULL OR s.organisation = ?2))",
            params![person_id, organisation],
            |row| row.get(0),
        )?)
    }

    /// The organisation each referral of `ids` was written by.
    pub fn referral_organisations(&self, ids: &[i64]) -> Result<HashMap<i64, String>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT organisation FROM referral WHERE id = ?1")?;
        let mut out = HashMap::with_capacity(ids.len());
        for &id in ids {
            let org: Option<String> =
                stmt.query_row([id], |r| r.get(0))
                    .map(Some)
                    .or_else(|e| match e {
                        rusqlite::Error::QueryReturnedNoRows => Ok(None),
                        other => Err(other),
                    })?;
            if let Some(org) = org {
                out.insert(id, org);
            }
        }
        Ok(out)
    }

    /// Records that the person withdrew their consent: dated, by whom; every consent
    /// to share is withdrawn with it. Referrals already sent stay as they are.
    pub fn withdraw_consent(&mut self, person_id: i64, stamp: &Stamp) -> Result<(), StoreError> {
        self.write(|tx| {
            let changed = tx.execute(
                "UPDATE person SET consent_withdrawn_at = ?2, consent_withdrawn_by = ?3, \
                 version = version + 1, updated_at = ?2, updated_by = ?3 \
                 WHERE id = ?1 AND erased_at IS NULL",
                params![person_id, stamp.at, stamp.operator],
            )?;
            if changed == 0 {
                return Err(StoreError::NotFound {
                    entity: "person",
                    id: person_id,
                });
            }
            tx.execute(
                "UPDATE share_consent SET withdrawn_at = ?2, withdrawn_by = ?3 \
                 WHERE person_id = ?1 AND withdrawn_at IS NULL",
                params![person_id, stamp.at, stamp.operator],
            )?;
            audit::record_in(
                tx,
                stamp,
                "consent-withdrawn",
                "person",
                Some(person_id),
                "",
            )
        })
    }

    /// When and by whom the person's consent was withdrawn, if it was.
    pub fn consent_withdrawal(
        &self,
        person_id: i64,
    ) -> Result<Option<(chrono::NaiveDateTime, String)>, StoreError> {
        let row: (Option<chrono::NaiveDateTime>, Option<String>) = self.conn().query_row(
            "SELECT consent_withdrawn_at, consent_withdrawn_by FROM person WHERE id = ?1",
            [person_id],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(match row {
            (Some(at), by) => Some((at, by.unwrap_or_default())),
            _ => None,
        })
    }
}
