//! The other aggregates of the data model: households, visits, tickets, appointments,
//! services, referrals, staff, the audit log and drafts.

use chrono::{NaiveDate, NaiveDateTime};

use super::codes::{
    AppointmentState, ReferralState, Role, ServiceKind, TicketState, Urgency, Vulnerability,
};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Household {
    pub id: i64,
    pub label: String,
    pub address: Option<String>,
    pub notes: String,
    pub created_at: Option<NaiveDateTime>,
    pub version: i64,
}

/// One contact of a person with the centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Visit {
    pub id: i64,
    pub person_id: i64,
    pub visited_on: NaiveDate,
    pub service_id: Option<i64>,
    pub reason: String,
    pub note: String,
    pub operator: String,
    pub created_at: Option<NaiveDateTime>,
}

/// A service line of the queue or a directory entry: the centre's own services and
/// outside organisations share one table so that referrals can point at either.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Service {
    pub id: i64,
    /// The HSDS id (a UUID), kept from whoever made the entry.
    pub uid: String,
    /// Short code for scripts and kiosks ("kea", "legal").
    pub code: String,
    /// Ticket prefix for the queue ("Κ"); empty for services without a queue line.
    pub ticket_prefix: String,
    pub name_el: String,
    pub name_en: String,
    pub kind: Option<ServiceKind>,
    /// Taxonomy term codes (`TaxonomyTerm::code`).
    pub categories: Vec<String>,
    /// The organisation that runs the service; `organisation` is its name as read
    /// (a service saved without an id is filed under the organisation of that name).
    pub organisation_id: Option<i64>,
    pub organisation: String,
    pub description: String,
    pub url: String,
    /// Who may come: the area served ("Δήμος Αθηναίων").
    pub area: String,
    pub address: String,
    pub phone: String,
    pub email: String,
    pub hours: String,
    /// ISO 639-3 codes served, with or without interpretation.
    pub languages: Vec<String>,
    pub interpretation: bool,
    pub eligibility: String,
    pub documents_required: String,
    pub accepts_referrals: bool,
    pub active: bool,
    pub version: i64,
}

/// A queue entry. A walk-in may stay anonymous (`person_id` empty, `label` says who).
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: i64,
    pub day: NaiveDate,
    /// Prefix and number, e.g. "Κ014", unique per day.
    pub number: String,
    pub seq: i64,
    pub service_id: i64,
    pub person_id: Option<i64>,
    pub label: String,
    pub reason: String,
    pub priority: Vec<Vulnerability>,
    pub urgent: bool,
    pub triage_note: String,
    pub interpreter_language: Option<String>,
    pub appointment_id: Option<i64>,
    pub state: TicketState,
    pub desk: Option<i64>,
    pub arrived_at: NaiveDateTime,
    pub called_at: Option<NaiveDateTime>,
    pub finished_at: Option<NaiveDateTime>,
    pub created_by: String,
    pub version: i64,
}

/// One state change of a ticket: nothing in the queue's history is erased.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketEvent {
    pub ticket_id: i64,
    pub at: NaiveDateTime,
    pub from_state: Option<TicketState>,
    pub to_state: TicketState,
    pub desk: Option<i64>,
    pub operator: String,
    pub note: String,
}

/// A booked time with a service, for a registered person or for a name not yet
/// registered (`label`, with a `phone` for the reminder call).
#[derive(Debug, Clone, PartialEq)]
pub struct Appointment {
    pub id: i64,
    pub service_id: i64,
    pub person_id: Option<i64>,
    pub label: String,
    pub starts_at: NaiveDateTime,
    pub minutes: u32,
    /// With whom: a member of staff's login, and a room.
    pub staff: Option<String>,
    pub room: Option<String>,
    /// Carried to the ticket at check-in.
    pub priority: Vec<Vulnerability>,
    pub urgent: bool,
    pub interpreter_language: Option<String>,
    /// A contact phone for a name not yet registered.
    pub phone: Option<String>,
    pub state: AppointmentState,
    /// Why it was cancelled.
    pub state_reason: String,
    pub note: String,
    pub reminded_at: Option<NaiveDateTime>,
    pub created_by: String,
    pub version: i64,
}

impl Appointment {
    /// A booked appointment with nothing but the essentials filled in.
    pub fn booked(
        service_id: i64,
        starts_at: NaiveDateTime,
        minutes: u32,
        created_by: &str,
    ) -> Self {
        Appointment {
            id: 0,
            service_id,
            person_id: None,
            label: String::new(),
            starts_at,
            minutes,
            staff: None,
            room: None,
            priority: Vec::new(),
            urgent: false,
            interpreter_language: None,
            phone: None,
            state: AppointmentState::Booked,
            state_reason: String::new(),
            note: String::new(),
            reminded_at: None,
            created_by: created_by.to_string(),
            version: 1,
        }
    }

    pub fn ends_at(&self) -> NaiveDateTime {
        self.starts_at + chrono::Duration::minutes(i64::from(self.minutes))
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Referral {
    pub id: i64,
    pub person_id: i64,
    pub service_id: i64,
    pub ticket_id: Option<i64>,
    pub reason: String,
    pub urgency: Urgency,
    pub note: String,
    pub state: ReferralState,
    pub state_reason: String,
    pub follow_up_on: Option<NaiveDate>,
    pub consent_override: bool,
    pub created_at: NaiveDateTime,
    pub created_by: String,
    pub updated_at: NaiveDateTime,
    pub updated_by: String,
    pub version: i64,
}

/// An operator: the OS login is the identity.
#[derive(Debug, Clone, PartialEq)]
pub struct Staff {
    pub login: String,
    pub display_name: String,
    pub role: Role,
    /// The organisation the operator works for; empty for the centre itself.
    pub organisation: String,
    pub default_desk: Option<i64>,
    pub active: bool,
}

impl Staff {
    /// Whether `login` can be a login name as the password database writes them: no
    /// spaces, no colons, nothing a terminal would interpret.
    pub fn is_login(login: &str) -> bool {
        !login.is_empty()
            && login.len() <= 64
            && login
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '@'))
    }

    /// The operator as the privacy rule sees them.
    pub fn viewer(&self) -> super::access::Viewer {
        super::access::Viewer::new(&self.login, self.role, &self.organisation)
    }
}

/// Who did or looked at what. `detail` never holds personal data, only ids and codes.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    pub at: NaiveDateTime,
    pub operator: String,
    pub action: String,
    pub entity: String,
    pub entity_id: Option<i64>,
    pub detail: String,
}

/// A form in progress, kept so a dropped connection loses nothing typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Draft {
    pub id: i64,
    pub operator: String,
    pub kind: String,
    pub target_id: Option<i64>,
    pub payload: String,
    pub updated_at: NaiveDateTime,
}

/// One arrival at the centre with everything that hangs on its ticket: the booking it
/// came for, the visit it recorded and the referral sent from it. Written together
/// (seeded history, imports of past activity); ids are linked on insert.
#[derive(Debug, Clone, PartialEq)]
pub struct Contact {
    pub ticket: Ticket,
    pub events: Vec<TicketEvent>,
    pub appointment: Option<Appointment>,
    pub visit: Option<Visit>,
    pub referral: Option<Referral>,
}

/// Everything a person's card shows, read at one moment: the person, their household,
/// visits (newest first), referrals (newest first) and today's tickets.
#[derive(Debug, Clone, PartialEq)]
pub struct PersonCard {
    pub person: crate::domain::person::Person,
    pub household: Vec<crate::domain::person::Person>,
    pub visits: Vec<Visit>,
    pub referrals: Vec<Referral>,
    pub tickets: Vec<Ticket>,
}

/// A social worker's dated note on a person or on one of their visits. Never edited:
/// a correction is a new note naming the one it corrects (`corrects`).
#[derive(Debug, Clone, PartialEq)]
pub struct CaseNote {
    pub id: i64,
    pub person_id: i64,
    pub visit_id: Option<i64>,
    /// The day the note is about.
    pub noted_on: NaiveDate,
    pub body: String,
    pub corrects: Option<i64>,
    /// The author's organisation: the note belongs to it.
    pub organisation: String,
    pub author: String,
    pub created_at: NaiveDateTime,
}

/// A consent to share a person's data with one service (`service_id`) or with any.
#[derive(Debug, Clone, PartialEq)]
pub struct ShareConsent {
    pub id: i64,
    pub person_id: i64,
    pub service_id: Option<i64>,
    pub given_at: NaiveDateTime,
    pub given_by: String,
    pub withdrawn_at: Option<NaiveDateTime>,
    pub withdrawn_by: Option<String>,
}

/// Another member of a person's household: their id and relation, not their data.
pub type Member = (i64, Option<super::codes::Relation>);

/// Everything held about one person, for the right of access (`kentro export person`).
#[derive(Debug, Clone, PartialEq)]
pub struct Dossier {
    pub person: super::person::Person,
    /// The household's label and the other members' ids and relations (not their data).
    pub household: Option<(Household, Vec<Member>)>,
    pub visits: Vec<Visit>,
    pub case_notes: Vec<CaseNote>,
    pub referrals: Vec<Referral>,
    pub tickets: Vec<Ticket>,
    pub consents: Vec<ShareConsent>,
    pub consent_withdrawn: Option<(NaiveDateTime, String)>,
    /// Who looked at or changed the record, oldest first.
    pub audit: Vec<AuditEntry>,
}
