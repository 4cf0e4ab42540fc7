//! Referrals between centres: the centre's signing key, the id a referral shares with
//! the other centre, and receiving a referral from another centre.

use rusqlite::{OptionalExtension, params};

use super::person::insert_in as insert_person_in;
use super::referral::{REFERRAL_COLUMNS, insert_referral_in, referral_from_row};
use super::{Stamp, Store, StoreError, audit};
use crate::domain::person::Person;
use crate::domain::records::Referral;

/// How a referral travels: its shared id, whether it came from another centre, and
/// which organisation that was.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralLink {
    pub uid: String,
    pub incoming: bool,
    pub partner_id: Option<i64>,
}

impl Store {
    /// Makes the centre's ed25519 key on a database that has none (a new database, or
    /// one from before packets), and puts its public half on the centre's own
    /// organisation record. `seed` gives the 32 random bytes.
    pub fn ensure_centre_key(&mut self, seed: impl FnOnce() -> [u8; 32]) -> Result<(), StoreError> {
        let has: Option<i64> = self
            .conn()
            .query_row("SELECT id FROM centre_key", [], |r| r.get(0))
            .optional()?;
        if has.is_some() {
            return Ok(());
        }
        let (secret, public) = crate::domain::packet::key_pair(seed());
        self.write(|tx| {
            // Another desk may have made it meanwhile: the first one stays.
            tx.execute(
                "INSERT OR IGNORE INTO centre_key (id, secret, public, created_at) \
                 VALUES (1, ?1, ?2, datetime('now'))",
                params![secret, public],
            )?;
            tx.execute(
                "UPDATE organisation SET public_key = (SELECT public FROM centre_key), \
                 version = version + 1 WHERE own_centre = 1",
                [],
            )?;
            Ok(())
        })
    }

    /// The centre's secret signing key (hex). Only the packet code asks for it.
    pub fn centre_secret_key(&self) -> Result<String, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT secret FROM centre_key", [], |r| r.get(0))?)
    }

    pub fn referral_link(&self, id: i64) -> Result<Option<ReferralLink>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT uid, incoming, partner_id FROM referral WHERE id = ?1",
                [id],
                |r| {
                    Ok(ReferralLink {
                        uid: r.get(0)?,
                        incoming: r.get(1)?,
                        partner_id: r.get(2)?,
                    })
                },
            )
            .optional()?)
    }

    /// The referral with this shared id.
    pub fn referral_by_uid(&self, uid: &str) -> Result<Option<Referral>, StoreError> {
        let sql = format!("SELECT {REFERRAL_COLUMNS} FROM referral WHERE uid = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [uid], referral_from_row)
            .optional()?)
    }

    /// When the person's standing consent to share with `service_id` (or with any
    /// service) was given, if it is not withdrawn.
    pub fn share_consent_given_at(
        &self,
        person_id: i64,
        service_id: i64,
    ) -> Result<Option<String>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT given_at FROM share_consent WHERE person_id = ?1 \
                 AND (service_id = ?2 OR service_id IS NULL) AND withdrawn_at IS NULL \
                 ORDER BY given_at DESC LIMIT 1",
                params![person_id, service_id],
                |r| r.get(0),
            )
            .optional()?)
    }

    /// Ids of the referrals that came from other centres.
    pub fn incoming_referral_ids(&self) -> Result<Vec<i64>, StoreError> {
        let mut stmt = self
            .conn()
            .prepare_cached("SELECT id FROM referral WHERE incoming = 1 ORDER BY id")?;
        let rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Records a referral received from organisation `partner_id` under its shared id,
    /// registering `new_person` first when the person is not known here (then
    /// `referral.person_id` is ignored). One transaction. Returns (referral, person).
    pub fn receive_referral(
        &mut self,
        referral: &Referral,
        uid: &str,
        partner_id: i64,
        new_person: Option<&Person>,
        stamp: &Stamp,
    ) -> Result<(i64, i64), StoreError> {
        self.write(|tx| {
            let mut referral = referral.clone();
            if let Some(person) = new_person {
                referral.person_id = insert_person_in(tx, person, stamp)?;
                audit::record_in(
                    tx,
                    stamp,
                    "create",
                    "person",
                    Some(referral.person_id),
                    "packet",
                )?;
            }
            let id = insert_referral_in(tx, &referral)?;
            let n = tx.execute(
                "UPDATE referral SET uid = ?2, incoming = 1, partner_id = ?3 WHERE id = ?1",
                params![id, uid, partner_id],
            );
            if let Err(e) = n {
                if e.to_string().contains("referral.uid") {
                    return Err(StoreError::Duplicate {
                        field: "referral id",
                        existing_id: None,
                    });
                }
                return Err(e.into());
            }
            audit::record_in(tx, stamp, "receive", "referral", Some(id), uid)?;
            Ok((id, referral.person_id))
        })
    }
}
