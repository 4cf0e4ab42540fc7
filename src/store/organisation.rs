//! Organisations of the directory with their identifiers, locations, contacts and
//! phones, and the taxonomy of service categories.

use std::collections::HashMap;

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::service::split_list;
use super::{Batch, Stamp, Store, StoreError, audit};
use crate::domain::directory::{
    OrgContact, OrgIdentifier, OrgLocation, OrgPhone, Organisation, TaxonomyTerm,
};

const ORG_COLUMNS: &str = "id, uid, name, alternate_name, description, website, email, \
    languages, network_member, own_centre, public_key, version";

fn org_from_row(row: &Row<'_>) -> rusqlite::Result<Organisation> {
    Ok(Organisation {
        id: row.get(0)?,
        uid: row.get(1)?,
        name: row.get(2)?,
        alternate_name: row.get(3)?,
        description: row.get(4)?,
        website: row.get(5)?,
        email: row.get(6)?,
        languages: split_list(&row.get::<_, String>(7)?),
        network_member: row.get(8)?,
        own_centre: row.get(9)?,
        public_key: row.get(10)?,
        version: row.get(11)?,
        ..Organisation::default()
    })
}

/// Reads the organisations matching `condition` (on `organisation`), with their
/// identifiers, locations, contacts and phones, by name.
fn read_organisations(
    conn: &Connection,
    condition: &str,
    value: rusqlite::types::Value,
) -> Result<Vec<Organisation>, StoreError> {
    let sql = format!(
        "SELECT {ORG_COLUMNS} FROM organisation WHERE {condition} ORDER BY own_centre DESC, name, id"
    );
    let mut orgs: Vec<Organisation> = conn
        .prepare(&sql)?
        .query_map([value], org_from_row)?
        .collect::<Result<_, _>>()?;
    let index: HashMap<i64, usize> = orgs.iter().enumerate().map(|(i, o)| (o.id, i)).collect();
    let mut each = |sql: &str,
                    f: &mut dyn FnMut(&mut Organisation, &Row<'_>) -> rusqlite::Result<()>|
     -> Result<(), StoreError> {
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            let owner: i64 = row.get(0)?;
            if let Some(&i) = index.get(&owner) {
                f(&mut orgs[i], row)?;
            }
        }
        Ok(())
    };
    each(
        "SELECT organisation_id, uid, scheme, kind, value FROM org_identifier ORDER BY id",
        &mut |o, r| {
            o.identifiers.push(OrgIdentifier {
                uid: r.get(1)?,
                scheme: r.get(2)?,
                kind: r.get(3)?,
                value: r.get(4)?,
            });
            Ok(())
        },
    )?;
    each(
        "SELECT organisation_id, uid, name, address_uid, address_1, city, region, postal_code, \
         country, schedule_uid, hours FROM org_location ORDER BY id",
        &mut |o, r| {
            o.locations.push(OrgLocation {
                uid: r.get(1)?,
                name: r.get(2)?,
                address_uid: r.get(3)?,
                address_1: r.get(4)?,
                city: r.get(5)?,
                region: r.get(6)?,
                postal_code: r.get(7)?,
                country: r.get(8)?,
                schedule_uid: r.get(9)?,
                hours: r.get(10)?,
            });
            Ok(())
        },
    )?;
    each(
        "SELECT organisation_id, uid, name, title, department, email, phone_uid, phone \
         FROM org_contact ORDER BY id",
        &mut |o, r| {
            o.contacts.push(OrgContact {
                uid: r.get(1)?,
                name: r.get(2)?,
                title: r.get(3)?,
                department: r.get(4)?,
                email: r.get(5)?,
                phone_uid: r.get(6)?,
                phone: r.get(7)?,
            });
            Ok(())
        },
    )?;
    each(
        "SELECT organisation_id, uid, number, kind, description FROM org_phone ORDER BY id",
        &mut |o, r| {
            o.phones.push(OrgPhone {
                uid: r.get(1)?,
                number: r.get(2)?,
                kind: r.get(3)?,
                description: r.get(4)?,
            });
            Ok(())
        },
    )?;
    Ok(orgs)
}

/// Writes the organisation's own row (insert when `id` is 0, else a version-checked
/// update unless `force`) and replaces its identifiers, locations, contacts and phones.
fn write_organisation(
    tx: &Transaction<'_>,
    org: &Organisation,
    force: bool,
) -> Result<i64, StoreError> {
    let mut org = org.clone();
    org.fill_uids();
    let languages = org.languages.join(",");
    let id = if org.id == 0 {
        tx.execute(
            "INSERT INTO organisation (uid, name, alternate_name, description, website, email, \
             languages, network_member, own_centre, public_key) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![
                org.uid,
                org.name,
                org.alternate_name,
                org.description,
                org.website,
                org.email,
                languages,
                org.network_member,
                org.own_centre,
                org.public_key
            ],
        )
        .map_err(uid_taken)?;
        tx.last_insert_rowid()
    } else {
        let n = tx
            .execute(
                "UPDATE organisation SET uid = ?2, name = ?3, alternate_name = ?4, \
                 description = ?5, website = ?6, email = ?7, languages = ?8, \
                 network_member = ?9, public_key = ?10, version = version + 1 \
                 WHERE id = ?1 AND (?11 OR version = ?12)",
                params![
                    org.id,
                    org.uid,
                    org.name,
                    org.alternate_name,
                    org.description,
                    org.website,
                    org.email,
                    languages,
                    org.network_member,
                    org.public_key,
                    force,
                    org.version
                ],
            )
            .map_err(uid_taken)?;
        if n == 0 {
            return Err(StoreError::Conflict {
                entity: "organisation",
                id: org.id,
            });
        }
        for table in ["org_identifier", "org_location", "org_contact", "org_phone"] {
            tx.execute(
                &format!("DELETE FROM {table} WHERE organisation_id = ?1"),
                [org.id],
            )?;
        }
        org.id
    };
    for i in &org.identifiers {
        tx.execute(
            "INSERT INTO org_identifier (uid, organisation_id, scheme, kind, value) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![i.uid, id, i.scheme, i.kind, i.value],
        )
        .map_err(uid_taken)?;
    }
    for l in &org.locations {
        tx.execute(
            "INSERT INTO org_location (uid, organisation_id, name, address_uid, address_1, city, \
             region, postal_code, country, schedule_uid, hours) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                l.uid,
                id,
                l.name,
                l.address_uid,
                l.address_1,
                l.city,
                l.region,
                l.postal_code,
                l.country,
                l.schedule_uid,
                l.hours
            ],
        )
        .map_err(uid_taken)?;
    }
    for c in &org.contacts {
        tx.execute(
            "INSERT INTO org_contact (uid, organisation_id, name, title, department, email, \
             phone_uid, phone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![
                c.uid,
                id,
                c.name,
                c.title,
                c.department,
                c.email,
                c.phone_uid,
                c.phone
            ],
        )
        .map_err(uid_taken)?;
    }
    for p in &org.phones {
        tx.execute(
            "INSERT INTO org_phone (uid, organisation_id, number, kind, description) \
             VALUES (?1, ?2, ?3, ?4, ?5)",
            params![p.uid, id, p.number, p.kind, p.description],
        )
        .map_err(uid_taken)?;
    }
    Ok(id)
}

/// An HSDS id used twice (by another organisation, location, contact or phone).
fn uid_taken(e: rusqlite::Error) -> StoreError {
    if e.to_string().contains("UNIQUE") {
        StoreError::Duplicate {
            field: "HSDS id",
            existing_id: None,
        }
    } else {
        StoreError::Sql(e)
    }
}

impl Store {
    /// Every organisation, the centre itself first, then by name.
    pub fn organisations(&self) -> Result<Vec<Organisation>, StoreError> {
        read_organisations(self.conn(), "1 = ?1", rusqlite::types::Value::Integer(1))
    }

    pub fn organisation(&self, id: i64) -> Result<Option<Organisation>, StoreError> {
        Ok(read_organisations(self.conn(), "id = ?1", rusqlite::types::Value::Integer(id))?.pop())
    }

    pub fn organisation_by_uid(&self, uid: &str) -> Result<Option<Organisation>, StoreError> {
        Ok(read_organisations(
            self.conn(),
            "uid = ?1",
            rusqlite::types::Value::Text(uid.to_string()),
        )?
        .pop())
    }

    /// The centre running this database (made by the directory migration).
    pub fn own_organisation(&self) -> Result<Organisation, StoreError> {
        read_organisations(
            self.conn(),
            "own_centre = ?1",
            rusqlite::types::Value::Integer(1),
        )?
        .pop()
        .ok_or_else(|| StoreError::Corrupt("the centre's own organisation is missing".into()))
    }

    /// Saves an organisation: new when `id` is 0, else only if nobody changed it since
    /// `version` was read. Returns its id.
    pub fn save_organisation(
        &mut self,
        org: &Organisation,
        stamp: &Stamp,
    ) -> Result<i64, StoreError> {
        self.write(|tx| {
            let action = if org.id == 0 { "create" } else { "update" };
            let id = write_organisation(tx, org, false)?;
            audit::record_in(tx, stamp, action, "organisation", Some(id), "")?;
            Ok(id)
        })
    }

    /// The categories services are filed under, in the taxonomy's order.
    pub fn taxonomy_terms(&self) -> Result<Vec<TaxonomyTerm>, StoreError> {
        let mut stmt = self.conn().prepare_cached(
            "SELECT id, uid, code, name_el, name_en, parent_id, version FROM taxonomy_term \
             ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(TaxonomyTerm {
                id: r.get(0)?,
                uid: r.get(1)?,
                code: r.get(2)?,
                name_el: r.get(3)?,
                name_en: r.get(4)?,
                parent_id: r.get(5)?,
                version: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}

impl Batch<'_> {
    /// Inserts the organisation, or replaces the one with the same HSDS id (an import
    /// replaces the directory's entry; the centre's own flag is never taken from a
    /// file). Returns its id.
    pub fn upsert_organisation_by_uid(&mut self, org: &Organisation) -> Result<i64, StoreError> {
        let existing: Option<(i64, bool)> = self
            .tx
            .query_row(
                "SELECT id, own_centre FROM organisation WHERE uid = ?1",
                [&org.uid],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        let mut org = org.clone();
        org.own_centre = false;
        if let Some((id, own)) = existing {
            org.id = id;
            org.own_centre = own;
        } else {
            org.id = 0;
        }
        let id = write_organisation(self.tx, &org, true)?;
        audit::record_in(self.tx, self.stamp, "import", "organisation", Some(id), "")?;
        Ok(id)
    }

    /// Replaces the centre's own record (name, contact details, locations) with `org`,
    /// keeping its id, HSDS id and public key.
    pub fn save_own_organisation(&mut self, org: &Organisation) -> Result<i64, StoreError> {
        let (id, uid, key): (i64, String, String) = self.tx.query_row(
            "SELECT id, uid, public_key FROM organisation WHERE own_centre = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )?;
        let mut org = org.clone();
        (org.id, org.uid, org.public_key, org.own_centre) = (id, uid, key, true);
        write_organisation(self.tx, &org, true)?;
        audit::record_in(self.tx, self.stamp, "update", "organisation", Some(id), "")?;
        Ok(id)
    }

    /// Inserts the term, or updates the one with the same HSDS id. Returns its id.
    pub fn upsert_term_by_uid(&mut self, term: &TaxonomyTerm) -> Result<i64, StoreError> {
        let existing: Option<i64> = self
            .tx
            .query_row(
                "SELECT id FROM taxonomy_term WHERE uid = ?1",
                [&term.uid],
                |r| r.get(0),
            )
            .optional()?;
        match existing {
            Some(id) => {
                self.tx.execute(
                    "UPDATE taxonomy_term SET code = ?2, name_el = ?3, name_en = ?4, \
                     version = version + 1 WHERE id = ?1",
                    params![id, term.code, term.name_el, term.name_en],
                )?;
                Ok(id)
            }
            None => {
                self.tx.execute(
                    "INSERT INTO taxonomy_term (uid, code, name_el, name_en) VALUES (?1, ?2, ?3, ?4)",
                    params![term.uid, term.code, term.name_el, term.name_en],
                )?;
                Ok(self.tx.last_insert_rowid())
            }
        }
    }

    /// The id of the organisation with this HSDS id, if any.
    pub fn organisation_id_by_uid(&mut self, uid: &str) -> Result<Option<i64>, StoreError> {
        Ok(self
            .tx
            .query_row("SELECT id FROM organisation WHERE uid = ?1", [uid], |r| {
                r.get(0)
            })
            .optional()?)
    }
}

#[cfg(test)]
mod tests;
