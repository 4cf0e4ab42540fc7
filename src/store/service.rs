//! The service directory: the centre's services (also its queue lines) and outside bodies.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit};
use crate::domain::codes::ServiceKind;
use crate::domain::records::Service;

const SERVICE_COLUMNS: &str = "id, code, ticket_prefix, name_el, name_en, kind, category, \
    organisation, address, phone, email, hours, languages, interpretation, eligibility, \
    documents_required, accepts_referrals, active, version";

fn service_from_row(row: &Row<'_>) -> rusqlite::Result<Service> {
    Ok(Service {
        id: row.get(0)?,
        code: row.get(1)?,
        ticket_prefix: row.get(2)?,
        name_el: row.get(3)?,
        name_en: row.get(4)?,
        kind: row
            .get::<_, Option<String>>(5)?
            .as_deref()
            .and_then(ServiceKind::from_code),
        category: row.get(6)?,
        organisation: row.get(7)?,
        address: row.get(8)?,
        phone: row.get(9)?,
        email: row.get(10)?,
        hours: row.get(11)?,
        languages: row
            .get::<_, String>(12)?
            .split(',')
            .filter(|s| !s.is_empty())
            .map(str::to_string)
            .collect(),
        interpretation: row.get(13)?,
        eligibility: row.get(14)?,
        documents_required: row.get(15)?,
        accepts_referrals: row.get(16)?,
        active: row.get(17)?,
        version: row.get(18)?,
    })
}

/// A broken unique index on `service.code` means the code is taken.
pub(crate) fn code_taken(e: rusqlite::Error) -> StoreError {
    if e.to_string().contains("service.code") {
        StoreError::Duplicate {
            field: "service code",
            existing_id: None,
        }
    } else {
        StoreError::Sql(e)
    }
}

/// Binds a service's fields as ?1..?17, in the order of the SQL below, then `extra`.
macro_rules! service_params {
    ($s:expr $(, $extra:expr)*) => {
        params![
            $s.code,
            $s.ticket_prefix,
            $s.name_el,
            $s.name_en,
            $s.kind.map(ServiceKind::code),
            $s.category,
            $s.organisation,
            $s.address,
            $s.phone,
            $s.email,
            $s.hours,
            $s.languages.join(","),
            $s.interpretation,
            $s.eligibility,
            $s.documents_required,
            $s.accepts_referrals,
            $s.active
            $(, $extra)*
        ]
    };
}

const INSERT_SERVICE: &str = "INSERT INTO service (code, ticket_prefix, name_el, name_en, kind, \
    category, organisation, address, phone, email, hours, languages, interpretation, \
    eligibility, documents_required, accepts_referrals, active) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17)";

/// Every field of service ?18 (callers add a version check where edits need one).
const UPDATE_SERVICE: &str = "UPDATE service SET code = ?1, ticket_prefix = ?2, name_el = ?3, \
    name_en = ?4, kind = ?5, category = ?6, organisation = ?7, address = ?8, phone = ?9, \
    email = ?10, hours = ?11, languages = ?12, interpretation = ?13, eligibility = ?14, \
    documents_required = ?15, accepts_referrals = ?16, active = ?17, version = version + 1 \
    WHERE id = ?18";

pub(crate) fn insert_service_in(
    tx: &Transaction<'_>,
    service: &Service,
) -> Result<i64, StoreError> {
    tx.prepare_cached(INSERT_SERVICE)?
        .execute(service_params!(service))
        .map_err(code_taken)?;
    Ok(tx.last_insert_rowid())
}

impl Batch<'_> {
    pub fn insert_service(&mut self, service: &Service) -> Result<i64, StoreError> {
        insert_service_in(self.tx, service)
    }
}

impl Store {
    pub fn insert_service(&mut self, service: &Service, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| {
            let id = insert_service_in(tx, service)?;
            audit::record_in(tx, stamp, "create", "service", Some(id), &service.code)?;
            Ok(id)
        })
    }

    pub fn service(&self, id: i64) -> Result<Option<Service>, StoreError> {
        let sql = format!("SELECT {SERVICE_COLUMNS} FROM service WHERE id = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [id], service_from_row)
            .optional()?)
    }

    /// Every service, the centre's own first, then by name.
    pub fn services(&self) -> Result<Vec<Service>, StoreError> {
        let sql = format!(
            "SELECT {SERVICE_COLUMNS} FROM service ORDER BY kind <> 'internal', ticket_prefix = '', id"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([], service_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

pub(crate) fn update_service_in(tx: &Transaction<'_>, service: &Service) -> Result<(), StoreError> {
    let n = tx
        .execute(
            &format!("{UPDATE_SERVICE} AND version = ?19"),
            service_params!(service, service.id, service.version),
        )
        .map_err(code_taken)?;
    if n == 0 {
        return Err(StoreError::Conflict {
            entity: "service",
            id: service.id,
        });
    }
    Ok(())
}

impl Batch<'_> {
    /// Inserts the service, or updates the one with the same code (whatever its
    /// version: an import replaces the directory's entry). Returns its id.
    pub fn upsert_service_by_code(&mut self, service: &Service) -> Result<i64, StoreError> {
        let existing: Option<(i64, i64)> = self
            .tx
            .query_row(
                "SELECT id, version FROM service WHERE code = ?1",
                [&service.code],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()?;
        match existing {
            Some((id, version)) => {
                let mut s = service.clone();
                s.id = id;
                s.version = version;
                // Queue lines keep their ticket prefix unless the file names one.
                if s.ticket_prefix.is_empty() {
                    s.ticket_prefix = self.tx.query_row(
                        "SELECT ticket_prefix FROM service WHERE id = ?1",
                        [id],
                        |row| row.get(0),
                    )?;
                }
                update_service_in(self.tx, &s)?;
                audit::record_in(self.tx, self.stamp, "import", "service", Some(id), &s.code)?;
                Ok(id)
            }
            None => {
                let id = insert_service_in(self.tx, service)?;
                audit::record_in(
                    self.tx,
                    self.stamp,
                    "import",
                    "service",
                    Some(id),
                    &service.code,
                )?;
                Ok(id)
            }
        }
    }
}

impl Store {
    /// Saves an edited directory entry if nobody changed it since `service.version`
    /// was read; returns the new version.
    pub fn update_service(&mut self, service: &Service, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| {
            update_service_in(tx, service)?;
            audit::record_in(
                tx,
                stamp,
                "update",
                "service",
                Some(service.id),
                &service.code,
            )?;
            Ok(service.version + 1)
        })
    }

    pub fn service_by_code(&self, code: &str) -> Result<Option<Service>, StoreError> {
        let sql = format!("SELECT {SERVICE_COLUMNS} FROM service WHERE code = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [code], service_from_row)
            .optional()?)
    }
}

impl Batch<'_> {
    /// Inserts the service, or updates the one with the same code (the demo centre
    /// loads over the service lines a new database starts with).
    pub fn upsert_service(&mut self, service: &Service) -> Result<i64, StoreError> {
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM service WHERE code = ?1",
                [&service.code],
                |r| r.get(0),
            )
            .optional()?;
        let Some(id) = existing else {
            return insert_service_in(self.tx, service);
        };
        self.tx
            .execute(UPDATE_SERVICE, service_params!(service, id))
            .map_err(code_taken)?;
        Ok(id)
    }
}

/// The queue's service lines: the services with a ticket prefix.
impl Store {
    /// The service lines of the queue: active services with a ticket prefix.
    pub fn queue_lines(&self) -> Result<Vec<Service>, StoreError> {
        Ok(self
            .services()?
            .into_iter()
            .filter(|s| s.active && !s.ticket_prefix.is_empty())
            .collect())
    }

    /// Saves a service line's code, prefix and names: a new line when `line.id` is 0,
    /// else an edit that must carry the version it read. Validate first
    /// (`domain::queue::valid_code`, `valid_prefix`).
    pub fn save_service_line(&mut self, line: &Service, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| {
            if line.id == 0 {
                let id = insert_service_in(tx, line)?;
                audit::record_in(tx, stamp, "create", "service", Some(id), &line.code)?;
                return Ok(id);
            }
            let changed = tx
                .execute(
                    "UPDATE service SET code = ?3, ticket_prefix = ?4, name_el = ?5, name_en = ?6, \
                     active = ?7, version = version + 1 WHERE id = ?1 AND version = ?2",
                    params![
                        line.id,
                        line.version,
                        line.code,
                        line.ticket_prefix,
                        line.name_el,
                        line.name_en,
                        line.active
                    ],
                )
                .map_err(code_taken)?;
            if changed == 0 {
                return Err(StoreError::Conflict {
                    entity: "service",
                    id: line.id,
                });
            }
            audit::record_in(tx, stamp, "update", "service", Some(line.id), &line.code)?;
            Ok(line.id)
        })
    }
}
