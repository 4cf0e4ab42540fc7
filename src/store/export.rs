//! The rows of `kentro export TABLE`, one query per table, in the order of the
//! columns `domain::export::Table::columns` names (a test holds the two together).
//! Values come out as text exactly as stored; what the operator may see of each is
//! decided after, by the privacy rule.

use rusqlite::types::ValueRef;

use super::{Store, StoreError};
use crate::domain::export::Table;

/// One exported row: its cells, and for a row that belongs to one organisation (a
/// referral) whose it is and whether the person consented to share it with the
/// exporting operator's organisation.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub cells: Vec<String>,
    pub owner: Option<String>,
    pub consent: bool,
}

fn query(table: Table) -> &'static str {
    match table {
        Table::People => {
            "SELECT id, surname, given_name, father_name, mother_name, date_of_birth, gender, \
             nationality, phone, amka, afm, replace(languages, ',', ';'), notes, \
             CASE WHEN consent_at IS NOT NULL THEN 'yes' ELSE '' END \
             FROM person ORDER BY id"
        }
        Table::Households => {
            "SELECT h.id, h.label, h.address, \
             (SELECT count(*) FROM person p WHERE p.household_id = h.id), h.notes, h.created_at \
             FROM household h ORDER BY h.id"
        }
        Table::Visits => {
            "SELECT v.id, v.person_id, v.visited_on, s.code, v.reason, v.note, v.operator, \
             v.created_at FROM visit v LEFT JOIN service s ON s.id = v.service_id ORDER BY v.id"
        }
        Table::Tickets => {
            "SELECT t.id, t.day, t.number, s.code, t.person_id, t.label, t.reason, t.priority, \
             t.urgent, t.triage_note, t.interpreter_language, t.state, t.desk, t.arrived_at, \
             t.called_at, t.finished_at, \
             CASE WHEN t.called_at IS NULL THEN NULL \
             ELSE max(0, unixepoch(t.called_at) - unixepoch(t.arrived_at)) / 60 END \
             FROM ticket t JOIN service s ON s.id = t.service_id ORDER BY t.id"
        }
        Table::Referrals => {
            "SELECT r.id, r.person_id, s.code, r.ticket_id, r.urgency, r.state, r.state_reason, \
             r.reason, r.note, r.follow_up_on, r.organisation, r.incoming, r.created_at, \
             r.created_by, r.updated_at, \
             r.organisation, \
             EXISTS (SELECT 1 FROM share_consent c LEFT JOIN service cs ON cs.id = c.service_id \
                     WHERE c.person_id = r.person_id AND c.withdrawn_at IS NULL \
                     AND (c.service_id IS NULL OR cs.organisation = ?1)) \
             FROM referral r JOIN service s ON s.id = r.service_id ORDER BY r.id"
        }
        Table::Services => {
            "SELECT id, code, ticket_prefix, name_el, name_en, kind, organisation, address, \
             phone, email, hours, languages, accepts_referrals, active FROM service ORDER BY id"
        }
        Table::Appointments => {
            "SELECT a.id, s.code, a.person_id, a.label, a.starts_at, a.ends_at, a.minutes, \
             a.staff, a.room, a.state, a.state_reason, a.phone, a.interpreter_language, \
             a.reminded_at, a.note \
             FROM appointment a JOIN service s ON s.id = a.service_id ORDER BY a.id"
        }
        Table::Activities => {
            "SELECT a.id, s.code, a.name, a.capacity, a.min_age, a.max_age, a.starts_on, \
             a.ends_on, a.weekdays, a.time, a.minutes, a.active \
             FROM activity a JOIN service s ON s.id = a.service_id ORDER BY a.id"
        }
        Table::Enrolments => {
            "SELECT e.id, e.activity_id, a.name, e.person_id, e.state, e.joined_at, \
             e.enrolled_at, e.left_at, e.left_reason \
             FROM enrolment e JOIN activity a ON a.id = e.activity_id ORDER BY e.id"
        }
        Table::Attendance => {
            "SELECT x.session_id, s.activity_id, a.name, s.starts_at, x.person_id, x.present \
             FROM attendance x JOIN activity_session s ON s.id = x.session_id \
             JOIN activity a ON a.id = s.activity_id ORDER BY s.starts_at, x.session_id, x.person_id"
        }
        Table::Handouts => {
            "SELECT h.id, h.given_at, p.code, e.household_id, h.person_id, l.category, \
             l.quantity, l.points, h.over, h.given_by \
             FROM handout h JOIN programme_enrolment e ON e.id = h.enrolment_id \
             JOIN programme p ON p.id = e.programme_id \
             JOIN handout_line l ON l.handout_id = h.id ORDER BY h.id, l.rowid"
        }
    }
}

fn text(value: ValueRef<'_>) -> String {
    match value {
        ValueRef::Null => String::new(),
        ValueRef::Integer(i) => i.to_string(),
        ValueRef::Real(r) => r.to_string(),
        ValueRef::Text(t) | ValueRef::Blob(t) => String::from_utf8_lossy(t).into_owned(),
    }
}

impl Store {
    /// How many rows `kentro export` will write for `table` (for its progress bar).
    pub fn export_row_count(&self, table: Table) -> Result<u64, StoreError> {
        let sql = format!("SELECT count(*) FROM ({})", query(table));
        let params: &[&dyn rusqlite::ToSql] = if table == Table::Referrals {
            &[&""]
        } else {
            &[]
        };
        let n: i64 = self.conn().query_row(&sql, params, |r| r.get(0))?;
        Ok(n.max(0) as u64)
    }

    /// Streams every row of `table` to `each`, as stored; `organisation` is the
    /// exporting operator's (for a referral's consent to share).
    /// A store error ends it; so does an error `each` returns.
    pub fn for_each_export_row<E: From<StoreError>>(
        &self,
        table: Table,
        organisation: &str,
        mut each: impl FnMut(ExportRow) -> Result<(), E>,
    ) -> Result<(), E> {
        let failed = |e: rusqlite::Error| E::from(StoreError::from(e));
        let columns = table.columns().len();
        let mut stmt = self.conn().prepare(query(table)).map_err(failed)?;
        let params: &[&dyn rusqlite::ToSql] = if table == Table::Referrals {
            &[&organisation]
        } else {
            &[]
        };
        let mut rows = stmt.query(params).map_err(failed)?;
        while let Some(row) = rows.next().map_err(failed)? {
            let mut cells = Vec::with_capacity(columns);
            for i in 0..columns {
                cells.push(text(row.get_ref(i).map_err(failed)?));
            }
            let (owner, consent) = if table == Table::Referrals {
                (
                    Some(text(row.get_ref(columns).map_err(failed)?)),
                    row.get::<_, bool>(columns + 1).map_err(failed)?,
                )
            } else {
                (None, false)
            };
            each(ExportRow {
                cells,
                owner,
                consent,
            })?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table's query gives exactly the columns the domain names (and, for
    /// referrals, the two that say whose it is).
    #[test]
    fn queries_match_the_columns() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        for table in Table::ALL {
            let stmt = store.conn().prepare(query(table)).unwrap();
            let extra = if table == Table::Referrals { 2 } else { 0 };
            assert_eq!(
                stmt.column_count(),
                table.columns().len() + extra,
                "{table:?}"
            );
            store.export_row_count(table).unwrap();
        }
    }
}
