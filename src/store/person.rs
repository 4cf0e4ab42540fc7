//! People: insert, read, edit with optimistic `version` checks, and their search keys.

use rusqlite::{Connection, OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit};
use crate::domain::codes::{
    Education, Employment, Gender, Relation, Vulnerability, join_codes, split_codes,
};
use crate::domain::ids;
use crate::domain::names;
use crate::domain::person::Person;

/// Columns read back into a `Person`, in `person_from_row` order.
pub(crate) const PERSON_COLUMNS: &str = "id, surname, given_name, father_name, mother_name, \
    date_of_birth, gender, nationality, languages, interpreter_needed, amka, afm, paaypa, \
    other_document, phone, email, address, municipality, household_id, household_relation, \
    vulnerabilities, employment, education, consent_at, consent_by, notes, created_at, \
    created_by, updated_at, updated_by, version";

pub(crate) fn person_from_row(row: &Row<'_>) -> rusqlite::Result<Person> {
    let code = |i: usize| row.get::<_, Option<String>>(i);
    Ok(Person {
        id: row.get(0)?,
        surname: row.get(1)?,
        given_name: row.get(2)?,
        father_name: row.get(3)?,
        mother_name: row.get(4)?,
        date_of_birth: row.get(5)?,
        gender: code(6)?.as_deref().and_then(Gender::from_code),
        nationality: row.get(7)?,
        languages: split_codes(&row.get::<_, String>(8)?, |s| Some(s.to_string())),
        interpreter_needed: row.get(9)?,
        amka: row.get(10)?,
        afm: row.get(11)?,
        paaypa: row.get(12)?,
        other_document: row.get(13)?,
        phone: row.get(14)?,
        email: row.get(15)?,
        address: row.get(16)?,
        municipality: row.get(17)?,
        household_id: row.get(18)?,
        household_relation: code(19)?.as_deref().and_then(Relation::from_code),
        vulnerabilities: split_codes(&row.get::<_, String>(20)?, Vulnerability::from_code),
        employment: code(21)?.as_deref().and_then(Employment::from_code),
        education: code(22)?.as_deref().and_then(Education::from_code),
        consent_at: row.get(23)?,
        consent_by: row.get(24)?,
        notes: row.get(25)?,
        created_at: row.get(26)?,
        created_by: row.get(27)?,
        updated_at: row.get(28)?,
        updated_by: row.get(29)?,
        version: row.get(30)?,
    })
}

/// Empty text is stored as NULL so partial unique indexes ignore it.
fn non_empty(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// Maps a broken unique index to the identifier it guards.
fn duplicate_or(e: rusqlite::Error, conn: &Connection, person: &Person) -> StoreError {
    let message = e.to_string();
    let (field, column, value) = if message.contains("person.amka") {
        ("AMKA", "amka", non_empty(&person.amka))
    } else if message.contains("person.afm") {
        ("AFM", "afm", non_empty(&person.afm))
    } else {
        return StoreError::Sql(e);
    };
    let existing_id = value.and_then(|value| {
        conn.query_row(
            &format!("SELECT id FROM person WHERE {column} = ?1"),
            [value],
            |r| r.get(0),
        )
        .optional()
        .ok()
        .flatten()
    });
    StoreError::Duplicate { field, existing_id }
}

const INSERT_PERSON: &str = "INSERT INTO person (surname, given_name, father_name, mother_name, \
    date_of_birth, gender, nationality, languages, interpreter_needed, amka, afm, paaypa, \
    other_document, phone, email, address, municipality, household_id, household_relation, \
    vulnerabilities, employment, education, consent_at, consent_by, notes, created_at, \
    created_by, updated_at, updated_by, version, phone_key) \
    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, \
    ?19, ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?26, ?27, 1, ?28)";

const UPDATE_PERSON: &str = "UPDATE person SET surname = ?1, given_name = ?2, father_name = ?3, \
    mother_name = ?4, date_of_birth = ?5, gender = ?6, nationality = ?7, languages = ?8, \
    interpreter_needed = ?9, amka = ?10, afm = ?11, paaypa = ?12, other_document = ?13, \
    phone = ?14, email = ?15, address = ?16, municipality = ?17, household_id = ?18, \
    household_relation = ?19, vulnerabilities = ?20, employment = ?21, education = ?22, \
    consent_at = ?23, consent_by = ?24, notes = ?25, updated_at = ?26, updated_by = ?27, \
    phone_key = ?28, version = version + 1 \
    WHERE id = ?29 AND version = ?30";

/// Binds the person's fields as ?1..?28 (timestamps and operator from `stamp`).
macro_rules! person_params {
    ($p:expr, $stamp:expr $(, $extra:expr)*) => {
        params![
            $p.surname.trim(),
            $p.given_name.trim(),
            $p.father_name.trim(),
            $p.mother_name.trim(),
            $p.date_of_birth,
            $p.gender.map(Gender::code),
            non_empty(&$p.nationality),
            $p.languages.join(","),
            $p.interpreter_needed,
            non_empty(&$p.amka),
            non_empty(&$p.afm),
            non_empty(&$p.paaypa),
            non_empty(&$p.other_document),
            non_empty(&$p.phone),
            non_empty(&$p.email),
            non_empty(&$p.address),
            non_empty(&$p.municipality),
            $p.household_id,
            $p.household_relation.map(Relation::code),
            join_codes(&$p.vulnerabilities, Vulnerability::code),
            $p.employment.map(Employment::code),
            $p.education.map(Education::code),
            $p.consent_at,
            non_empty(&$p.consent_by),
            $p.notes,
            $stamp.at,
            $stamp.operator,
            non_empty(&$p.phone).and_then(ids::phone_search_key)
            $(, $extra)*
        ]
    };
}

/// Rewrites a person's lookup keys, key pairs and keys by date of birth; `recency` is their last visit
/// (YYYY-MM-DD, or '' if none), which orders people within a key.
pub(crate) fn write_keys(
    tx: &Transaction<'_>,
    person_id: i64,
    person: &Person,
    recency: &str,
) -> Result<(), StoreError> {
    tx.prepare_cached("DELETE FROM person_key WHERE person_id = ?1")?
        .execute([person_id])?;
    tx.prepare_cached("DELETE FROM person_pair WHERE person_id = ?1")?
        .execute([person_id])?;
    let mut insert = tx.prepare_cached(
        "INSERT OR IGNORE INTO person_key (key, recency, person_id) VALUES (?1, ?2, ?3)",
    )?;
    for key in names::person_keys(&person.surname, &person.given_name, &person.father_name) {
        insert.execute(params![key, recency, person_id])?;
        add_to_vocabulary(tx, &key)?;
    }
    let mut pair = tx.prepare_cached(
        "INSERT OR IGNORE INTO person_pair (k1, k2, recency, person_id) VALUES (?1, ?2, ?3, ?4)",
    )?;
    for (k1, k2) in names::pair_keys(&person.surname, &person.given_name) {
        pair.execute(params![k1, k2, recency, person_id])?;
    }
    tx.prepare_cached("DELETE FROM person_born WHERE person_id = ?1")?
        .execute([person_id])?;
    if let Some(dob) = person.date_of_birth {
        let mut born = tx.prepare_cached(
            "INSERT OR IGNORE INTO person_born (key, born, person_id) VALUES (?1, ?2, ?3)",
        )?;
        for key in names::person_keys(&person.surname, &person.given_name, "") {
            born.execute(params![key, born_number(dob), person_id])?;
        }
    }
    Ok(())
}

/// A date as the date-of-birth index holds it: YYYYMMDD as a number.
pub(crate) fn born_number(date: chrono::NaiveDate) -> i64 {
    use chrono::Datelike;
    i64::from(date.year()) * 10_000 + i64::from(date.month()) * 100 + i64::from(date.day())
}

/// A person's last visit as the key order wants it ('' if none).
pub(crate) fn recency_of(tx: &Transaction<'_>, person_id: i64) -> Result<String, StoreError> {
    Ok(tx
        .prepare_cached("SELECT ifnull(last_visit_on, '') FROM person WHERE id = ?1")?
        .query_row([person_id], |r| r.get(0))
        .optional()?
        .unwrap_or_default())
}

/// Adds a name key to the vocabulary, with its deletion neighbourhood when it is new.
/// Keys no one has any more stay: they only cost a lookup that finds nobody.
pub(crate) fn add_to_vocabulary(tx: &Transaction<'_>, key: &str) -> Result<(), StoreError> {
    let added = tx
        .prepare_cached("INSERT OR IGNORE INTO name_key (key) VALUES (?1)")?
        .execute([key])?;
    if added > 0 {
        let mut near = tx
            .prepare_cached("INSERT OR IGNORE INTO name_key_near (variant, key) VALUES (?1, ?2)")?;
        for variant in names::deletions(key) {
            near.execute(params![variant, key])?;
        }
    }
    Ok(())
}

/// Inserts people inside an open write transaction (used for batches: seed, import).
pub(crate) fn insert_in(
    tx: &Transaction<'_>,
    person: &Person,
    stamp: &Stamp,
) -> Result<i64, StoreError> {
    let mut insert = tx.prepare_cached(INSERT_PERSON)?;
    insert
        .execute(person_params!(person, stamp))
        .map_err(|e| duplicate_or(e, tx, person))?;
    let id = tx.last_insert_rowid();
    write_keys(tx, id, person, "")?;
    Ok(id)
}

/// Saves an edit inside an open write transaction; see [`Store::update_person`].
pub(crate) fn update_in(
    tx: &Transaction<'_>,
    person: &Person,
    stamp: &Stamp,
) -> Result<i64, StoreError> {
    let changed = tx
        .execute(
            UPDATE_PERSON,
            person_params!(person, stamp, person.id, person.version),
        )
        .map_err(|e| duplicate_or(e, tx, person))?;
    if changed == 0 {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM person WHERE id = ?1)",
            [person.id],
            |r| r.get(0),
        )?;
        return Err(if exists {
            StoreError::Conflict {
                entity: "person",
                id: person.id,
            }
        } else {
            StoreError::NotFound {
                entity: "person",
                id: person.id,
            }
        });
    }
    write_keys(tx, person.id, person, &recency_of(tx, person.id)?)?;
    audit::record_in(tx, stamp, "update", "person", Some(person.id), "")?;
    Ok(person.version + 1)
}

impl Batch<'_> {
    pub fn insert_person(&mut self, person: &Person) -> Result<i64, StoreError> {
        insert_in(self.tx, person, self.stamp)
    }
}

impl Store {
    /// Registers a new person; returns the new id.
    pub fn insert_person(&mut self, person: &Person, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| {
            let id = insert_in(tx, person, stamp)?;
            audit::record_in(tx, stamp, "create", "person", Some(id), "")?;
            Ok(id)
        })
    }

    /// Registers many people in one transaction: all of them or none.
    pub fn insert_people(
        &mut self,
        people: &[Person],
        stamp: &Stamp,
    ) -> Result<Vec<i64>, StoreError> {
        self.write(|tx| {
            people
                .iter()
                .map(|person| insert_in(tx, person, stamp))
                .collect()
        })
    }

    /// Saves an edit made from `person.version`. Fails with `Conflict` if another desk
    /// saved in the meantime (nothing is overwritten); returns the new version.
    pub fn update_person(&mut self, person: &Person, stamp: &Stamp) -> Result<i64, StoreError> {
        self.write(|tx| update_in(tx, person, stamp))
    }

    pub fn person(&self, id: i64) -> Result<Option<Person>, StoreError> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [id], person_from_row)
            .optional()?)
    }

    pub fn person_by_amka(&self, amka: &str) -> Result<Option<Person>, StoreError> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person WHERE amka = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [amka], person_from_row)
            .optional()?)
    }

    pub fn person_by_afm(&self, afm: &str) -> Result<Option<Person>, StoreError> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person WHERE afm = ?1");
        Ok(self
            .conn()
            .query_row(&sql, [afm], person_from_row)
            .optional()?)
    }

    pub fn count_people(&self) -> Result<i64, StoreError> {
        Ok(self
            .conn()
            .query_row("SELECT count(*) FROM person", [], |r| r.get(0))?)
    }

    /// Streams every person in id order (for export) without holding them all.
    /// A store error ends it; so does an error `visit` returns.
    pub fn for_each_person<E: From<StoreError>>(
        &self,
        mut visit: impl FnMut(Person) -> Result<(), E>,
    ) -> Result<(), E> {
        let failed = |e: rusqlite::Error| E::from(StoreError::from(e));
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person ORDER BY id");
        let mut stmt = self.conn().prepare(&sql).map_err(failed)?;
        let rows = stmt.query_map([], person_from_row).map_err(failed)?;
        for person in rows {
            visit(person.map_err(failed)?)?;
        }
        Ok(())
    }

    /// The people with these ids, in the order given (missing ids skipped).
    pub fn people_by_ids(&self, ids: &[i64]) -> Result<Vec<Person>, StoreError> {
        let sql = format!("SELECT {PERSON_COLUMNS} FROM person WHERE id = ?1");
        let mut stmt = self.conn().prepare_cached(&sql)?;
        let mut people = Vec::with_capacity(ids.len());
        for id in ids {
            if let Some(person) = stmt.query_row([id], person_from_row).optional()? {
                people.push(person);
            }
        }
        Ok(people)
    }
}
