//! The service directory: the centre's services (also its queue lines) and outside bodies.

use std::collections::HashMap;

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit};
use crate::domain::codes::ServiceKind;
use crate::domain::directory::hsds_ids::new_uid;
use crate::domain::records::Service;

/// The service's columns, with its organisation's name joined (`s` and `o`).
const SERVICE_COLUMNS: &str = "s.id, s.code, s.ticket_prefix, s.name_el, s.name_en, s.kind, \
    s.organisation_id, coalesce(o.name, s.organisation), s.address, s.phone, s.email, s.hours, \
    s.languages, s.interpretation, s.eligibility, s.documents_required, s.accepts_referrals, \
    s.active, s.version, s.uid, s.description, s.url, s.area";

const SERVICE_FROM: &str = "service s LEFT JOIN organisation o ON o.id = s.organisation_id";

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
        organisation_id: row.get(6)?,
        organisation: row.get(7)?,
        address: row.get(8)?,
        phone: row.get(9)?,
        email: row.get(10)?,
        hours: row.get(11)?,
        languages: split_list(&row.get::<_, String>(12)?),
        interpretation: row.get(13)?,
        eligibility: row.get(14)?,
        documents_required: row.get(15)?,
        accepts_referrals: row.get(16)?,
        active: row.get(17)?,
        version: row.get(18)?,
        uid: row.get::<_, Option<String>>(19)?.unwrap_or_default(),
        description: row.get(20)?,
        url: row.get(21)?,
        area: row.get(22)?,
        categories: Vec::new(),
    })
}

/// A comma-separated list of codes as stored.
pub(crate) fn split_list(text: &str) -> Vec<String> {
    text.split(',')
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// A broken unique index on `service.code` means the code is taken.
pub(crate) fn code_taken(e: rusqlite::Error) -> StoreError {
    let text = e.to_string();
    if text.contains("service.code") {
        StoreError::Duplicate {
            field: "service code",
            existing_id: None,
        }
    } else if text.contains("service.uid") {
        StoreError::Duplicate {
            field: "service id",
            existing_id: None,
        }
    } else {
        StoreError::Sql(e)
    }
}

/// Binds a service's fields as ?1..?21, in the order of the SQL below, then `extra`.
macro_rules! service_params {
    ($s:expr, $org:expr, $uid:expr $(, $extra:expr)*) => {
        params![
            $s.code,
            $s.ticket_prefix,
            $s.name_el,
            $s.name_en,
            $s.kind.map(ServiceKind::code),
            $org.0,
            $org.1,
            $s.address,
            $s.phone,
            $s.email,
            $s.hours,
            $s.languages.join(","),
            $s.interpretation,
            $s.eligibility,
            $s.documents_required,
            $s.accepts_referrals,
            $s.active,
            $uid,
            $s.description,
            $s.url,
            $s.area
            $(, $extra)*
        ]
    };
}

const INSERT_SERVICE: &str = "INSERT INTO service (code, ticket_prefix, name_el, name_en, kind, \
    organisation_id, organisation, address, phone, email, hours, languages, interpretation, \
    eligibility, documents_required, accepts_referrals, active, uid, description, url, area) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
    ?19, ?20, ?21)";

/// Every field of service ?22 (callers add a version check where edits need one).
const UPDATE_SERVICE: &str = "UPDATE service SET code = ?1, ticket_prefix = ?2, name_el = ?3, \
    name_en = ?4, kind = ?5, organisation_id = ?6, organisation = ?7, address = ?8, phone = ?9, \
    email = ?10, hours = ?11, languages = ?12, interpretation = ?13, eligibility = ?14, \
    documents_required = ?15, accepts_referrals = ?16, active = ?17, uid = ?18, \
    description = ?19, url = ?20, area = ?21, version = version + 1 WHERE id = ?22";

/// The organisation a service is filed under: its id if it names one, else the
/// organisation of that name (made if new), else the centre itself.
fn resolve_organisation(tx: &Transaction<'_>, s: &Service) -> Result<(i64, String), StoreError> {
    if let Some(id) = s.organisation_id {
        let name: Option<String> = tx
            .query_row("SELECT name FROM organisation WHERE id = ?1", [id], |r| {
                r.get(0)
            })
            .optional()?;
        return match name {
            Some(name) => Ok((id, name)),
            None => Err(StoreError::NotFound {
                entity: "organisation",
                id,
            }),
        };
    }
    let name = s.organisation.trim();
    if name.is_empty() {
        return Ok(tx.query_row(
            "SELECT id, name FROM organisation WHERE own_centre = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?);
    }
    let found: Option<i64> = tx
        .query_row(
            "SELECT id FROM organisation WHERE name = ?1 ORDER BY own_centre DESC, id LIMIT 1",
            [name],
            |r| r.get(0),
        )
        .optional()?;
    let id = match found {
        Some(id) => id,
        None => {
            tx.execute(
                "INSERT INTO organisation (uid, name) VALUES (?1, ?2)",
                params![new_uid(), name],
            )?;
            tx.last_insert_rowid()
        }
    };
    Ok((id, name.to_string()))
}

/// Replaces the service's categories with the terms of these codes.
fn write_categories(tx: &Transaction<'_>, id: i64, codes: &[String]) -> Result<(), StoreError> {
    tx.execute("DELETE FROM service_term WHERE service_id = ?1", [id])?;
    for code in codes {
        let n = tx.execute(
            "INSERT OR IGNORE INTO service_term (service_id, term_id) \
             SELECT ?1, id FROM taxonomy_term WHERE code = ?2",
            params![id, code],
        )?;
        if n == 0
            && tx
                .query_row(
                    "SELECT 1 FROM taxonomy_term WHERE code = ?1",
                    [code],
                    |_| Ok(()),
                )
                .optional()?
                .is_none()
        {
            return Err(StoreError::NotAllowed(format!("unknown category {code:?}")));
        }
    }
    Ok(())
}

/// Fills each service's categories (term codes, in the taxonomy's order).
fn read_categories(
    conn: &rusqlite::Connection,
    services: &mut [Service],
) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT st.service_id, t.code FROM service_term st \
         JOIN taxonomy_term t ON t.id = st.term_id ORDER BY st.service_id, t.id",
    )?;
    let mut by_service: HashMap<i64, Vec<String>> = HashMap::new();
    for row in stmt.query_map([], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?)))? {
        let (id, code) = row?;
        by_service.entry(id).or_default().push(code);
    }
    for s in services {
        s.categories = by_service.remove(&s.id).unwrap_or_default();
    }
    Ok(())
}

pub(crate) fn insert_service_in(
    tx: &Transaction<'_>,
    service: &Service,
) -> Result<i64, StoreError> {
    let org = resolve_organisation(tx, service)?;
    let uid = if service.uid.is_empty() {
        new_uid()
    } else {
        service.uid.clone()
    };
    tx.prepare_cached(INSERT_SERVICE)?
        .execute(service_params!(service, org, uid))
        .map_err(code_taken)?;
    let id = tx.last_insert_rowid();
    write_categories(tx, id, &service.categories)?;
    Ok(id)
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
        self.service_where("s.id = ?1", rusqlite::types::Value::Integer(id))
    }

    fn service_where(
        &self,
        condition: &str,
        value: rusqlite::types::Value,
    ) -> Result<Option<Service>, StoreError> {
        let sql = format!("SELECT {SERVICE_COLUMNS} FROM {SERVICE_FROM} WHERE {condition}");
        let found = self
            .conn()
            .query_row(&sql, [value], service_from_row)
            .optional()?;
        let Some(service) = found else {
            return Ok(None);
        };
        let mut one = [service];
        read_categories(self.conn(), &mut one)?;
        let [service] = one;
        Ok(Some(service))
    }

    /// The service with this HSDS id.
    pub fn service_by_uid(&self, uid: &str) -> Result<Option<Service>, StoreError> {
        self.service_where("s.uid = ?1", rusqlite::types::Value::Text(uid.to_string()))
    }

    /// Every service, the centre's own first, then by name.
    pub fn services(&self) -> Result<Vec<Service>, StoreError> {
        let sql = format!(
            "SELECT {SERVICE_COLUMNS} FROM {SERVICE_FROM} \
             ORDER BY s.kind <> 'internal', s.ticket_prefix = '', s.id"
        );
        let mut stmt = self.conn().prepare(&sql)?;
        let rows = stmt.query_map([], service_from_row)?;
        let mut services: Vec<Service> = rows.collect::<Result<_, _>>()?;
        read_categories(self.conn(), &mut services)?;
        Ok(services)
    }
}

pub(crate) fn update_service_in(tx: &Transaction<'_>, service: &Service) -> Result<(), StoreError> {
    let org = resolve_organisation(tx, service)?;
    let uid = if service.uid.is_empty() {
        new_uid()
    } else {
        service.uid.clone()
    };
    let n = tx
        .execute(
            &format!("{UPDATE_SERVICE} AND version = ?23"),
            service_params!(service, org, uid, service.id, service.version),
        )
        .map_err(code_taken)?;
    if n == 0 {
        return Err(StoreError::Conflict {
            entity: "service",
            id: service.id,
        });
    }
    write_categories(tx, service.id, &service.categories)?;
    Ok(())
}

impl Batch<'_> {
    /// Inserts the service, or updates the one with the same HSDS id (whatever its
    /// version: an import replaces the directory's entry). Returns its id.
    pub fn upsert_service_by_uid(&mut self, service: &Service) -> Result<i64, StoreError> {
        let existing: Option<(i64, i64)> = self
            .tx
            .query_row(
                "SELECT id, version FROM service WHERE uid = ?1",
                params![service.uid],
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
        self.service_where(
            "s.code = ?1",
            rusqlite::types::Value::Text(code.to_string()),
        )
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
        let org = resolve_organisation(self.tx, service)?;
        let uid: String = if service.uid.is_empty() {
            self.tx
                .query_row("SELECT uid FROM service WHERE id = ?1", [id], |r| r.get(0))?
        } else {
            service.uid.clone()
        };
        self.tx
            .execute(UPDATE_SERVICE, service_params!(service, org, uid, id))
            .map_err(code_taken)?;
        write_categories(self.tx, id, &service.categories)?;
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
                // A new line is a new directory entry, with an id of its own.
                let fresh = Service {
                    uid: String::new(),
                    ..line.clone()
                };
                let id = insert_service_in(tx, &fresh)?;
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
