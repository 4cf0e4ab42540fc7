//! Operators. The OS login is the identity; this table adds a name, a role and a desk.

use rusqlite::{OptionalExtension, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::Role;
use crate::domain::records::Staff;

fn upsert_staff_in(tx: &Transaction<'_>, staff: &Staff, stamp: &Stamp) -> Result<(), StoreError> {
    tx.execute(
                "INSERT INTO staff (login, display_name, role, default_desk, active, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
                 ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, \
                 role = excluded.role, default_desk = excluded.default_desk, active = excluded.active",
                params![
                    staff.login,
                    staff.display_name,
                    staff.role.code(),
                    staff.default_desk,
                    staff.active,
                    stamp.at
                ],
            )?;
    Ok(())
}

impl Batch<'_> {
    pub fn upsert_staff(&mut self, staff: &Staff) -> Result<(), StoreError> {
        upsert_staff_in(self.tx, staff, self.stamp)
    }
}

impl Store {
    /// Adds or updates an operator.
    pub fn upsert_staff(&mut self, staff: &Staff, stamp: &Stamp) -> Result<(), StoreError> {
        self.write(|tx| {
            upsert_staff_in(tx, staff, stamp)?;
            audit::record_in(tx, stamp, "upsert", "staff", None, &staff.login)
        })
    }

    pub fn staff(&self, login: &str) -> Result<Option<Staff>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                "SELECT login, display_name, role, default_desk, active FROM staff WHERE login = ?1",
                [login],
                |row| {
                    Ok(Staff {
                        login: row.get(0)?,
                        display_name: row.get(1)?,
                        role: decode(&row.get::<_, String>(2)?, Role::from_code)?,
                        default_desk: row.get(3)?,
                        active: row.get(4)?,
                    })
                },
            )
            .optional()?)
    }
}
