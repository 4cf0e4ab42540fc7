//! Bulk exports (`kentro export TABLE`): which tables there are, their columns, what
//! kind of data each column holds, and how a cell is shown to the operator who
//! exports. What may be seen is the privacy rule's answer ([`access`]); this module
//! only asks it, per table and per cell.

use super::access::{Access, Kind, Scope, Viewer, access, mask};

/// The tables a centre is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Everyone registered, in the columns `kentro import` reads (so it imports back).
    People,
    Households,
    Visits,
    /// Queue tickets.
    Tickets,
    Referrals,
    /// The centre's service lines (no personal data).
    Services,
    Appointments,
    /// Group activities themselves (no personal data).
    Activities,
    /// Who is enrolled in or waiting for an activity.
    Enrolments,
    /// Present or absent at each session of an activity.
    Attendance,
    /// Goods handed out, one row per category of a hand-out.
    Handouts,
}

impl Table {
    pub const ALL: [Table; 11] = [
        Table::People,
        Table::Households,
        Table::Visits,
        Table::Tickets,
        Table::Referrals,
        Table::Services,
        Table::Appointments,
        Table::Activities,
        Table::Enrolments,
        Table::Attendance,
        Table::Handouts,
    ];

    /// The name on the command line and in the audit log.
    pub fn name(self) -> &'static str {
        match self {
            Table::People => "people",
            Table::Households => "households",
            Table::Visits => "visits",
            Table::Tickets => "tickets",
            Table::Referrals => "referrals",
            Table::Services => "services",
            Table::Appointments => "appointments",
            Table::Activities => "activities",
            Table::Enrolments => "enrolments",
            Table::Attendance => "attendance",
            Table::Handouts => "handouts",
        }
    }

    /// The columns, in order. `None`: no personal data (codes, dates, numbers,
    /// record numbers).
    pub fn columns(self) -> &'static [Column] {
        use Kind::*;
        macro_rules! cols {
            ($($name:literal : $kind:expr),* $(,)?) => {
                &[$(Column { name: $name, kind: $kind }),*]
            };
        }
        match self {
            Table::People => cols![
                "id": None, "surname": Some(Identity), "given_name": Some(Identity),
                "father_name": Some(Identity), "mother_name": Some(Identity),
                "date_of_birth": Some(Identity), "gender": Some(Identity),
                "nationality": Some(Identity), "phone": Some(Contact),
                "amka": Some(Identifier), "afm": Some(Identifier),
                "languages": Some(Identity), "notes": Some(Sensitive), "consent": None,
            ],
            Table::Households => cols![
                "id": None, "label": Some(Identity), "address": Some(Contact),
                "members": None, "notes": Some(Sensitive), "created_at": None,
            ],
            Table::Visits => cols![
                "id": None, "person_id": None, "visited_on": None, "service": None,
                "reason": Some(VisitNote), "note": Some(VisitNote), "operator": None,
                "created_at": None,
            ],
            Table::Tickets => cols![
                "id": None, "day": None, "number": None, "service": None,
                "person_id": None, "label": Some(Identity), "reason": Some(VisitNote),
                "priority": None, "urgent": None, "triage_note": Some(Sensitive),
                "interpreter_language": None, "state": None, "desk": None,
                "arrived_at": None, "called_at": None, "finished_at": None,
                "wait_minutes": None,
            ],
            Table::Referrals => cols![
                "id": None, "person_id": None, "destination": None, "ticket_id": None,
                "urgency": None, "state": None, "state_reason": Some(ReferralDetail),
                "reason": Some(ReferralDetail), "note": Some(ReferralDetail),
                "follow_up_on": None, "organisation": None, "incoming": None,
                "created_at": None, "created_by": None, "updated_at": None,
            ],
            Table::Services => cols![
                "id": None, "code": None, "ticket_prefix": None, "name_el": None,
                "name_en": None, "kind": None, "organisation": None, "address": None,
                "phone": None, "email": None, "hours": None, "languages": None,
                "accepts_referrals": None, "active": None,
            ],
            Table::Appointments => cols![
                "id": None, "service": None, "person_id": None, "label": Some(Identity),
                "starts_at": None, "ends_at": None, "minutes": None, "staff": None,
                "room": None, "state": None, "state_reason": Some(VisitNote),
                "phone": Some(Contact), "interpreter_language": None,
                "reminded_at": None, "note": Some(VisitNote),
            ],
            Table::Activities => cols![
                "id": None, "service": None, "name": None, "capacity": None,
                "min_age": None, "max_age": None, "starts_on": None, "ends_on": None,
                "weekdays": None, "time": None, "minutes": None, "active": None,
            ],
            Table::Enrolments => cols![
                "id": None, "activity_id": None, "activity": None, "person_id": None,
                "state": None, "joined_at": None, "enrolled_at": None, "left_at": None,
                "left_reason": Some(VisitNote),
            ],
            Table::Attendance => cols![
                "session_id": None, "activity_id": None, "activity": None,
                "starts_at": None, "person_id": None, "present": None,
            ],
            Table::Handouts => cols![
                "handout_id": None, "given_at": None, "programme": None,
                "household_id": None, "person_id": None, "category": None,
                "quantity": None, "points": None, "over_allowance": None,
                "given_by": None,
            ],
        }
    }

    /// Whether any column holds personal data (then only those who may export every
    /// person at once may export it).
    pub fn personal(self) -> bool {
        self.columns().iter().any(|c| c.kind.is_some()) || self.about_people()
    }

    /// Rows about one person each (by their record number), even without names.
    fn about_people(self) -> bool {
        !matches!(self, Table::Services | Table::Activities)
    }
}

/// One column of an exported table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Column {
    pub name: &'static str,
    /// The kind of personal data it holds, as the privacy rule knows it.
    pub kind: Option<Kind>,
}

impl Column {
    /// Identifiers and phone numbers: text in a spreadsheet, never a number (an AMKA
    /// keeps its leading zero, a phone its +).
    pub fn is_identifier(self) -> bool {
        matches!(self.kind, Some(Kind::Identifier | Kind::Contact)) && self.name != "address"
    }
}

/// Whether `viewer` may export `table`: tables about people are bulk exports of
/// personal data (the privacy rule's [`Kind::BulkExport`]); the others anyone may.
pub fn may_export(viewer: &Viewer, table: Table) -> bool {
    !table.personal() || viewer.may(Kind::BulkExport)
}

/// A cell as `viewer` may see it; `None` when withheld. `scope` is whose the record
/// is (a referral's organisation and the person's consent to share with the
/// viewer's). A bulk export is audited as a whole, so an identifier the viewer may
/// reveal is written in full (the export's audit row is the record of it), one they
/// may only see masked is masked.
pub fn shown_cell(
    viewer: &Viewer,
    column: Column,
    value: &str,
    scope: Scope<'_>,
) -> Option<String> {
    let Some(kind) = column.kind else {
        return Some(value.to_string());
    };
    if value.is_empty() {
        return Some(String::new());
    }
    match access(viewer, kind, scope) {
        Access::See => Some(value.to_string()),
        Access::Reveal if kind == Kind::Identifier => Some(value.to_string()),
        Access::Reveal | Access::Masked => Some(mask(value, 4)),
        Access::BreakGlass | Access::Hidden => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::codes::Role;

    #[test]
    fn personal_tables_are_bulk_exports_the_others_anyones() {
        let r = Viewer::new("r", Role::Receptionist, "");
        let a = Viewer::new("a", Role::Admin, "");
        for table in Table::ALL {
            assert!(may_export(&a, table), "{table:?}");
            let open = matches!(table, Table::Services | Table::Activities);
            assert_eq!(may_export(&r, table), open, "{table:?}");
            assert_eq!(table.personal(), !open, "{table:?}");
        }
    }

    #[test]
    fn cells_follow_the_privacy_rule() {
        let amka = Column {
            name: "amka",
            kind: Some(Kind::Identifier),
        };
        let notes = Column {
            name: "notes",
            kind: Some(Kind::Sensitive),
        };
        let reason = Column {
            name: "reason",
            kind: Some(Kind::ReferralDetail),
        };
        let c = Scope::Centre;
        let admin = Viewer::new("a", Role::Admin, "");
        let desk = Viewer::new("r", Role::Receptionist, "");
        assert_eq!(
            shown_cell(&admin, amka, "01013099997", c).as_deref(),
            Some("01013099997")
        );
        assert_eq!(
            shown_cell(&desk, amka, "01013099997", c).as_deref(),
            Some("•••••••9997"),
            "masked for a role that may not reveal"
        );
        assert_eq!(shown_cell(&desk, notes, "x", c), None);
        assert_eq!(shown_cell(&admin, notes, "x", c).as_deref(), Some("x"));
        let theirs = Scope::Organisation {
            owner: "praksis",
            consent_to_share: false,
        };
        assert_eq!(
            shown_cell(&admin, reason, "why", theirs),
            None,
            "break glass: not in bulk"
        );
        let shared = Scope::Organisation {
            owner: "praksis",
            consent_to_share: true,
        };
        assert_eq!(
            shown_cell(&admin, reason, "why", shared).as_deref(),
            Some("why")
        );
        assert!(Table::People.columns()[10].is_identifier());
        assert!(Table::People.columns()[8].is_identifier(), "phone");
    }
}
