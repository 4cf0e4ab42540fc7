//! Referrals to internal services and outside bodies, with their status history.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::records::Referral;

pub(crate) const REFERRAL_COLUMNS: &str = "id, person_id, service_id, ticket_id, reason, urgency, note, \
    state, state_reason, follow_up_on, consent_override, created_at, created_by, updated_at, \
    updated_by, version";

pub(crate) fn referral_from_row(row: &Row<'_>) -> rusqlite::Result<Referral> {
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

/// One entry of a referral's history.
#[derive(Debug, Clone, PartialEq)]
pub struct ReferralEvent {
    pub at: chrono::NaiveDateTime,
    pub from_state: Option<ReferralState>,
    pub to_state: ReferralState,
    pub operator: String,
    pub note: String,
}

/// A new referral as the desk fills it in.
#[derive(Debug, Clone, PartialEq)]
pub struct NewReferral {
    pub person_id: i64,
    pub service_id: i64,
    pub ticket_id: Option<i64>,
    pub reason: String,
    pub urgency: Urgency,
    pub note: String,
    pub follow_up_on: Option<chrono::NaiveDate>,
    /// Record the person's consent to share with this service in the same transaction.
    pub record_consent: bool,
    /// Refer without recorded consent; the reason goes to the audit log. Only for an
    /// allowed override (an emergency, a legal duty).
    pub override_reason: Option<String>,
}

/// Why a referral could not be written.
#[derive(Debug)]
pub enum ReferralError {
    /// No consent to share with that service is recorded, and no override was given.
    NoConsent,
    /// The service does not take referrals now (or is inactive).
    NotAccepting,
    /// The reason is empty.
    ReasonRequired,
    Transition(crate::domain::referral::TransitionError),
    Store(StoreError),
}

impl std::fmt::Display for ReferralError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReferralError::NoConsent => write!(
                f,
                "the person's consent to share their data with this service is not recorded"
            ),
            ReferralError::NotAccepting => write!(f, "this service does not take referrals now"),
            ReferralError::ReasonRequired => write!(f, "a referral needs a reason"),
            ReferralError::Transition(e) => write!(f, "{e}"),
            ReferralError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for ReferralError {}

impl From<StoreError> for ReferralError {
    fn from(e: StoreError) -> Self {
        ReferralError::Store(e)
    }
}

impl From<rusqlite::Error> for ReferralError {
    fn from(e: rusqlite::Error) -> Self {
        ReferralError::Store(StoreError::Sql(e))
    }
}

fn has_consent_in(
    conn: &rusqlite::Connection,
    person_id: i64,
    service_id: i64,
) -> rusqlite::Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM share_consent WHERE person_id = ?1 \
         AND (service_id = ?2 OR service_id IS NULL) AND withdrawn_at IS NULL)",
        params![person_id, service_id],
        |row| row.get(0),
    )
}

fn record_consent_in(
    tx: &Transaction<'_>,
    stamp: &Stamp,
    person_id: i64,
    service_id: Option<i64>,
) -> Result<i64, StoreError> {
    tx.execute(
        "INSERT INTO share_consent (person_id, service_id, given_at, given_by) VALUES (?1, ?2, ?3, ?4)",
        params![person_id, service_id, stamp.at, stamp.operator],
    )?;
    let id = tx.last_insert_rowid();
    let detail = match service_id {
        Some(s) => format!("person={person_id} service={s}"),
        None => format!("person={person_id} service=any"),
    };
    audit::record_in(
        tx,
        stamp,
        "consent-share",
        "share_consent",
        Some(id),
        &detail,
    )?;
    Ok(id)
}

impl Store {
    /// True when the person agreed to share their data with this service (or with any).
    pub fn has_share_consent(&self, person_id: i64, service_id: i64) -> Result<bool, StoreError> {
        Ok(has_consent_in(self.conn(), person_id, service_id)?)
    }

    /// Records the person's consent to share their data with `service_id` (None: any).
    pub fn record_share_consent(
        &mut self,
        person_id: i64,
        service_id: Option<i64>,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| record_consent_in(tx, stamp, person_id, service_id))
    }

    /// Writes a new referral (state sent). Consent to share with the service must be
    /// recorded already, be recorded now (`record_consent`), or be overridden with a
    /// reason, which the audit log keeps.
    pub fn create_referral(
        &mut self,
        new: &NewReferral,
        stamp: &Stamp,
    ) -> Result<i64, ReferralError> {
        let reason = crate::domain::text::clean_note(&new.reason);
        if reason.is_empty() {
            return Err(ReferralError::ReasonRequired);
        }
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let service = tx
            .query_row(
                "SELECT accepts_referrals AND active FROM service WHERE id = ?1",
                [new.service_id],
                |row| row.get::<_, bool>(0),
            )
            .optional()?;
        match service {
            None => {
                return Err(StoreError::NotFound {
                    entity: "service",
                    id: new.service_id,
                }
                .into());
            }
            Some(false) => return Err(ReferralError::NotAccepting),
            Some(true) => {}
        }
        let override_reason = new
            .override_reason
            .as_deref()
            .map(crate::domain::text::clean_line)
            .filter(|r| !r.is_empty());
        let mut consent_override = false;
        if new.record_consent {
            record_consent_in(&tx, stamp, new.person_id, Some(new.service_id))?;
        } else if !has_consent_in(&tx, new.person_id, new.service_id)? {
            match &override_reason {
                Some(_) => consent_override = true,
                None => return Err(ReferralError::NoConsent),
            }
        }
        let referral = Referral {
            id: 0,
            person_id: new.person_id,
            service_id: new.service_id,
            ticket_id: new.ticket_id,
            reason,
            urgency: new.urgency,
            note: crate::domain::text::clean_note(&new.note),
            state: ReferralState::Sent,
            state_reason: String::new(),
            follow_up_on: new.follow_up_on,
            consent_override,
            created_at: stamp.at,
            created_by: stamp.operator.clone(),
            updated_at: stamp.at,
            updated_by: stamp.operator.clone(),
            version: 1,
        };
        let id = insert_referral_in(&tx, &referral)?;
        let detail = format!("person={} service={}", new.person_id, new.service_id);
        audit::record_in(&tx, stamp, "create", "referral", Some(id), &detail)?;
        if let Some(ticket_id) = new.ticket_id {
            // Made from a ticket at a desk: the ticket is referred, in this transaction.
            super::queue::refer_ticket_in(&tx, ticket_id, new.person_id, stamp)?;
        }
        if consent_override {
            // The override's reason is free text and may name the person's situation:
            // it belongs with the referral's history, not in the audit log, which
            // holds ids and codes only.
            tx.execute(
                "UPDATE referral_event SET note = ?2 WHERE referral_id = ?1 AND from_state IS NULL",
                rusqlite::params![
                    id,
                    format!("consent override: {}", override_reason.unwrap_or_default())
                ],
            )?;
            let detail = format!("person={} service={}", new.person_id, new.service_id);
            audit::record_in(
                &tx,
                stamp,
                "consent-override",
                "referral",
                Some(id),
                &detail,
            )?;
        }
        tx.commit()?;
        Ok(id)
    }

    /// Moves a referral to `to`, if the lifecycle allows it and nobody changed it since
    /// `version` was read; keeps who and when in its history.
    pub fn change_referral_state(
        &mut self,
        id: i64,
        version: i64,
        to: ReferralState,
        reason: &str,
        stamp: &Stamp,
    ) -> Result<Referral, ReferralError> {
        let reason = crate::domain::text::clean_line(reason);
        let tx = self
            .conn
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
        let sql = format!("SELECT {REFERRAL_COLUMNS} FROM referral WHERE id = ?1");
        let current = tx
            .query_row(&sql, [id], referral_from_row)
            .optional()?
            .ok_or(StoreError::NotFound {
                entity: "referral",
                id,
            })?;
        if current.version != version {
            return Err(StoreError::Conflict {
                entity: "referral",
                id,
            }
            .into());
        }
        crate::domain::referral::check_transition(current.state, to, &reason)
            .map_err(ReferralError::Transition)?;
        tx.execute(
            "UPDATE referral SET state = ?1, state_reason = ?2, updated_at = ?3, updated_by = ?4, \
             version = version + 1 WHERE id = ?5 AND version = ?6",
            params![to.code(), reason, stamp.at, stamp.operator, id, version],
        )?;
        tx.execute(
            "INSERT INTO referral_event (referral_id, at, from_state, to_state, operator, note) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![
                id,
                stamp.at,
                current.state.code(),
                to.code(),
                stamp.operator,
                reason
            ],
        )?;
        audit::record_in(
            &tx,
            stamp,
            "state",
            "referral",
            Some(id),
            &format!("{}->{}", current.state.code(), to.code()),
        )?;
        let updated = tx.query_row(&sql, [id], referral_from_row)?;
        tx.commit()?;
        Ok(updated)
    }

    /// Sets a referral's follow-up date (version-checked).
    pub fn set_referral_follow_up(
        &mut self,
        id: i64,
        version: i64,
        follow_up_on: Option<chrono::NaiveDate>,
        stamp: &Stamp,
    ) -> Result<(), StoreError> {
        self.write(|tx| {
            let n = tx.execute(
                "UPDATE referral SET follow_up_on = ?1, updated_at = ?2, updated_by = ?3, \
                 version = version + 1 WHERE id = ?4 AND version = ?5",
                params![follow_up_on, stamp.at, stamp.operator, id, version],
            )?;
            if n == 0 {
                return Err(StoreError::Conflict {
                    entity: "referral",
                    id,
                });
            }
            audit::record_in(tx, stamp, "follow-up", "referral", Some(id), "")
        })
    }

    /// A referral's history, oldest first.
    pub fn referral_history(&self, id: i64) -> Result<Vec<ReferralEvent>, StoreError> {
        let mut stmt = self.conn().prepare(
            "SELECT at, from_state, to_state, operator, note FROM referral_event \
             WHERE referral_id = ?1 ORDER BY at, id",
        )?;
        let rows = stmt.query_map([id], |row| {
            let from: Option<String> = row.get(1)?;
            Ok(ReferralEvent {
                at: row.get(0)?,
                from_state: match from {
                    Some(code) => Some(decode(&code, ReferralState::from_code)?),
                    None => None,
                },
                to_state: decode(&row.get::<_, String>(2)?, ReferralState::from_code)?,
                operator: row.get(3)?,
                note: row.get(4)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Every referral, newest first (the list screen sorts and filters in memory: a
    /// centre has thousands, not millions).
    pub fn all_referrals(&self) -> Result<Vec<Referral>, StoreError> {
        let sql =
            format!("SELECT {REFERRAL_COLUMNS} FROM referral ORDER BY created_at DESC, id DESC");
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([], referral_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
