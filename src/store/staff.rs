//! Operators. The OS login is the identity; this table adds a name, a role, an
//! organisation and a desk, and decides who may open the program at all.

use rusqlite::{OptionalExtension, Row, Transaction, params};

use super::{Batch, Stamp, Store, StoreError, audit, decode};
use crate::domain::codes::Role;
use crate::domain::records::Staff;

const COLUMNS: &str = "login, display_name, role, organisation, default_desk, active";

fn staff_from(row: &Row<'_>) -> rusqlite::Result<Staff> {
    Ok(Staff {
        login: row.get(0)?,
        display_name: row.get(1)?,
        role: decode(&row.get::<_, String>(2)?, Role::from_code)?,
        organisation: row.get(3)?,
        default_desk: row.get(4)?,
        active: row.get(5)?,
    })
}

fn upsert_staff_in(tx: &Transaction<'_>, staff: &Staff, stamp: &Stamp) -> Result<(), StoreError> {
    tx.execute(
        "INSERT INTO staff (login, display_name, role, organisation, default_desk, active, \
         created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) \
         ON CONFLICT (login) DO UPDATE SET display_name = excluded.display_name, \
         role = excluded.role, organisation = excluded.organisation, \
         default_desk = excluded.default_desk, active = excluded.active, \
         version = version + 1",
        params![
            staff.login,
            staff.display_name,
            staff.role.code(),
            staff.organisation,
            staff.default_desk,
            staff.active,
            stamp.at
        ],
    )?;
    Ok(())
}

fn staff_in(tx: &Transaction<'_>, login: &str) -> Result<Option<Staff>, StoreError> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM staff WHERE login = ?1"),
            [login],
            staff_from,
        )
        .optional()?)
}

/// Whether an operator may open the program, as decided at start.
#[derive(Debug, Clone, PartialEq)]
pub enum Admission {
    /// An active staff member.
    Admitted(Staff),
    /// The first operator of a new database: made an administrator.
    FirstAdmin(Staff),
    /// No active staff row: refused (and the refusal recorded).
    Refused,
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

    /// Decides whether `stamp.operator` may open the program: an active staff row
    /// admits; on a database with no staff yet the first login becomes its
    /// administrator; anyone else is refused, and the refusal is audited. One
    /// transaction, so two first logins at once cannot both become the first admin.
    pub fn admit(&mut self, stamp: &Stamp) -> Result<Admission, StoreError> {
        let login = stamp.operator.clone();
        self.write(|tx| {
            if let Some(staff) = staff_in(tx, &login)? {
                if staff.active {
                    return Ok(Admission::Admitted(staff));
                }
            } else {
                let anyone: i64 = tx.query_row("SELECT count(*) FROM staff", [], |r| r.get(0))?;
                if anyone == 0 {
                    let staff = Staff {
                        login: login.clone(),
                        display_name: login.clone(),
                        role: Role::Admin,
                        organisation: String::new(),
                        default_desk: None,
                        active: true,
                    };
                    upsert_staff_in(tx, &staff, stamp)?;
                    audit::record_in(tx, stamp, "first-admin", "staff", None, &login)?;
                    return Ok(Admission::FirstAdmin(staff));
                }
            }
            audit::record_in(tx, stamp, "login-refused", "staff", None, "")?;
            Ok(Admission::Refused)
        })
    }

    /// Adds a new operator; an existing login is a duplicate (use `update_staff`).
    pub fn add_staff(&mut self, staff: &Staff, stamp: &Stamp) -> Result<(), StoreError> {
        self.write(|tx| {
            if staff_in(tx, &staff.login)?.is_some() {
                return Err(StoreError::Duplicate {
                    field: "login",
                    existing_id: None,
                });
            }
            upsert_staff_in(tx, staff, stamp)?;
            audit::record_in(tx, stamp, "create", "staff", None, &staff.login)
        })
    }

    /// Changes an operator with `change`, read and written in one transaction. A
    /// change that would leave no active administrator is refused.
    pub fn update_staff(
        &mut self,
        login: &str,
        stamp: &Stamp,
        change: impl FnOnce(&mut Staff),
    ) -> Result<Staff, StoreError> {
        self.write(|tx| {
            let mut staff = staff_in(tx, login)?.ok_or(StoreError::NotFound {
                entity: "staff",
                id: 0,
            })?;
            change(&mut staff);
            upsert_staff_in(tx, &staff, stamp)?;
            let admins: i64 = tx.query_row(
                "SELECT count(*) FROM staff WHERE role = 'admin' AND active",
                [],
                |r| r.get(0),
            )?;
            if admins == 0 {
                return Err(StoreError::NotAllowed(
                    "this would leave no active administrator".into(),
                ));
            }
            audit::record_in(tx, stamp, "update", "staff", None, login)?;
            Ok(staff)
        })
    }

    pub fn staff(&self, login: &str) -> Result<Option<Staff>, StoreError> {
        Ok(self
            .conn()
            .query_row(
                &format!("SELECT {COLUMNS} FROM staff WHERE login = ?1"),
                [login],
                staff_from,
            )
            .optional()?)
    }

    /// Every operator, active ones first, by login.
    pub fn staff_list(&self) -> Result<Vec<Staff>, StoreError> {
        let mut stmt = self.conn().prepare(&format!(
            "SELECT {COLUMNS} FROM staff ORDER BY active DESC, login"
        ))?;
        let rows = stmt.query_map([], staff_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }
}
