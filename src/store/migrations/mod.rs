//! The schema, as numbered migrations. Never edit a released migration: add a new one.

use rusqlite_migration::{M, Migrations};

/// Marks a file as a kentro database (`PRAGMA application_id`, "KNTR").
pub const APPLICATION_ID: i32 = 0x4B4E_5452;

mod schema_v1;
mod schema_v10_v15;
mod schema_v16;
mod schema_v17;
mod schema_v18;
mod schema_v2_v9;

use schema_v1::*;
use schema_v2_v9::*;
use schema_v10_v15::*;
use schema_v16::*;
use schema_v17::*;
use schema_v18::*;

/// Every migration, oldest first. `user_version` counts how many have run.
const STEPS: &[&str] = &[
    V1,
    V2_REFERRAL,
    V3_LOOKUP,
    V4_INTAKE,
    V5_QUEUE,
    V6_LOOKUP_PAIRS,
    V7_LOOKUP_BIRTH,
    V8_ACCESS,
    V9_DIRECTORY,
    V10_APPOINTMENTS,
    V11_REPORTS,
    V12_ACTIVITIES,
    V13_DISTRIBUTION,
    V14_ESF,
    V15_EXCHANGE,
    V16_IMPORT_BATCH,
    V17_STATISTICS,
    V18_RETENTION,
];

pub fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
}

/// Brings `conn` to the latest schema with rusqlite_migration (each step in its own
/// transaction, `user_version` counting them). Several desks may open the same new
/// file at the same moment: the one that loses the race for the write lock gets BUSY
/// or "already exists", and then simply finds the work done by re-reading the version.
/// Returns the version found before.
pub fn migrate(conn: &mut rusqlite::Connection) -> Result<i64, super::StoreError> {
    let version = |conn: &rusqlite::Connection| {
        conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0))
            .map_err(|e| super::StoreError::Migration(e.to_string()))
    };
    let found = version(conn)?;
    let mut attempt = 0;
    loop {
        match migrations().to_latest(conn) {
            Ok(()) => return Ok(found),
            Err(e) => {
                if version(conn)? >= latest_version() {
                    return Ok(found);
                }
                attempt += 1;
                if attempt >= 50 {
                    return Err(super::StoreError::Migration(e.to_string()));
                }
                // Another process holds the write lock while it migrates: wait for it.
                std::thread::sleep(std::time::Duration::from_millis(20 * attempt.min(10)));
            }
        }
    }
}

/// How many migrations this program knows: a database with a higher
/// `user_version` was written by a newer kentro.
pub fn latest_version() -> i64 {
    STEPS.len() as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_valid() {
        assert!(migrations().validate().is_ok());
    }

    #[test]
    fn the_first_migration_marks_the_file_as_kentro() {
        assert_eq!(APPLICATION_ID, 1_263_424_594);
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        migrate(&mut conn).unwrap();
        let id: i32 = conn
            .query_row("PRAGMA application_id", [], |r| r.get(0))
            .unwrap();
        assert_eq!(id, APPLICATION_ID);
    }
}
