//! Who may see what: kentro's one privacy rule.
//!
//! Every screen, command, export, report and slip asks [`access`] before it shows
//! personal data or runs an administrator's action, so the answer to "may this
//! operator see this?" is decided here and nowhere else.
//!
//! The inputs are the operator's role and organisation (a solidarity centre hosts
//! several organisations in one building), the kind of data, and for records that
//! belong to one organisation (case notes, referral details) whose they are and
//! whether the person consented to share them with the viewer's organisation.

use super::codes::Role;

/// The operator looking: who they are, what they do, which organisation they work for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Viewer {
    pub login: String,
    pub role: Role,
    /// The organisation the operator works for; empty for the centre itself.
    pub organisation: String,
}

impl Viewer {
    pub fn new(login: &str, role: Role, organisation: &str) -> Viewer {
        Viewer {
            login: login.to_string(),
            role,
            organisation: organisation.to_string(),
        }
    }

    /// Whether the viewer may do an administrator's action (`kind` is one of the
    /// actions below), i.e. [`access`] answers [`Access::See`].
    pub fn may(&self, kind: Kind) -> bool {
        access(self, kind, Scope::Centre) == Access::See
    }
}

/// What is looked at: a kind of field of a person's record, a kind of record, or an
/// administrator's action on the data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// Names, date of birth, gender, nationality, languages: what the desk needs to
    /// greet and find a person.
    Identity,
    /// Phone, e-mail, address.
    Contact,
    /// AMKA, AFM, ΠΑΑΥΠΑ, other document numbers.
    Identifier,
    /// Special-category data: vulnerability, health, asylum details, and the free-text
    /// notes on the record.
    Sensitive,
    /// A visit's free-text note.
    VisitNote,
    /// A social worker's case note (belongs to the author's organisation).
    CaseNote,
    /// A referral's reason and note (belong to the sending organisation).
    ReferralDetail,
    /// Reading the audit log.
    AuditLog,
    /// Adding, changing and disabling operators.
    StaffAdmin,
    /// Exporting every person at once (`kentro export beneficiaries`).
    BulkExport,
    /// The right of access: everything held about one person, as files.
    PersonExport,
    /// Erasing a person (the right to erasure) and the retention list.
    Erasure,
    /// Period reports and ESF+ indicators: breakdowns by gender, age, nationality,
    /// vulnerable group... for people outside the desk.
    Reports,
    /// The statistics screen: counts of the centre's own work (arrivals, waits,
    /// tickets, referrals, visits, new and returning people), never a name, an
    /// identifier or a breakdown by special-category data.
    Statistics,
    /// The database as a whole: backups, restore, encryption, synthetic data.
    Maintenance,
    /// Setting up group activities (a new activity, its number of places) and
    /// enrolling a household in a goods programme (the social service's decision).
    /// Enrolling people in activities, roll calls and hand-outs are the desk's work.
    Programmes,
}

impl Kind {
    pub const ALL: &'static [Kind] = &[
        Kind::Identity,
        Kind::Contact,
        Kind::Identifier,
        Kind::Sensitive,
        Kind::VisitNote,
        Kind::CaseNote,
        Kind::ReferralDetail,
        Kind::AuditLog,
        Kind::StaffAdmin,
        Kind::BulkExport,
        Kind::PersonExport,
        Kind::Erasure,
        Kind::Reports,
        Kind::Statistics,
        Kind::Maintenance,
        Kind::Programmes,
    ];

    /// Records that belong to one organisation rather than to the whole centre.
    pub fn is_organisation_scoped(self) -> bool {
        matches!(self, Kind::CaseNote | Kind::ReferralDetail)
    }
}

/// Whose the record is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// The person's record and the centre's own work: no single organisation owns it.
    Centre,
    /// A record written by someone of `owner`; `consent_to_share` says whether the
    /// person agreed to share it with the viewer's organisation.
    Organisation {
        owner: &'a str,
        consent_to_share: bool,
    },
}

/// The answer: how the data may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Access {
    /// Shown in full (or, for an action, allowed).
    See,
    /// Shown masked; shown in full only when the operator asks, and the asking is
    /// recorded in the audit log.
    Reveal,
    /// Shown masked, never in full (the operator may still type a new value).
    Masked,
    /// Not shown: only that it exists. An administrator may open it by giving a
    /// reason, which is recorded ("break glass").
    BreakGlass,
    /// Not shown at all (for an action: refused).
    Hidden,
}

impl Access {
    /// Whether the content is shown without any further step.
    pub fn shown(self) -> bool {
        self == Access::See
    }

    /// Whether the content can be shown, directly or after an audited step.
    pub fn reachable(self) -> bool {
        matches!(self, Access::See | Access::Reveal | Access::BreakGlass)
    }
}

/// The privacy rule: how `viewer` may see data of `kind` in `scope`.
pub fn access(viewer: &Viewer, kind: Kind, scope: Scope<'_>) -> Access {
    use Access::*;
    let clinical = matches!(viewer.role, Role::SocialWorker | Role::Psychologist);
    let admin = viewer.role == Role::Admin;
    match kind {
        Kind::Identity | Kind::Contact | Kind::VisitNote => See,
        // Every desk already sees these one by one (today's queue, the referral
        // list); the counts add nothing about any person, and the breakdowns that
        // could (vulnerable groups, nationality) are in the reports, not here.
        Kind::Statistics => See,
        Kind::Identifier if clinical || admin => Reveal,
        Kind::Identifier => Masked,
        Kind::Sensitive | Kind::Programmes if clinical || admin => See,
        Kind::Sensitive | Kind::Programmes => Hidden,
        Kind::CaseNote | Kind::ReferralDetail => {
            // Receptionists write referrals but never read case notes.
            if kind == Kind::CaseNote && !(clinical || admin) {
                return Hidden;
            }
            let shared = match scope {
                Scope::Centre => true,
                Scope::Organisation {
                    owner,
                    consent_to_share,
                } => owner == viewer.organisation || consent_to_share,
            };
            match (shared, admin) {
                (true, _) => See,
                (false, true) => BreakGlass,
                (false, false) => Hidden,
            }
        }
        Kind::AuditLog
        | Kind::StaffAdmin
        | Kind::BulkExport
        | Kind::PersonExport
        | Kind::Erasure
        | Kind::Reports
        | Kind::Maintenance => {
            if admin {
                See
            } else {
                Hidden
            }
        }
    }
}

/// A person's case notes sorted by what `viewer` may do with each: `shown` (in full),
/// `sealed` (another organisation's, without consent: an administrator may open
/// them by giving a reason) and `withheld` (only their number is shown). `consent`
/// says whether the person consented to share with the viewer's organisation.
pub fn sort_notes(
    viewer: &Viewer,
    notes: Vec<super::records::CaseNote>,
    consent: bool,
) -> NotesFor {
    let mut out = NotesFor::default();
    for note in notes {
        let scope = Scope::Organisation {
            owner: &note.organisation,
            consent_to_share: consent,
        };
        match access(viewer, Kind::CaseNote, scope) {
            Access::See => out.shown.push(note),
            Access::BreakGlass => out.sealed.push(note),
            _ => out.withheld += 1,
        }
    }
    out
}

/// See [`sort_notes`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NotesFor {
    pub shown: Vec<super::records::CaseNote>,
    pub sealed: Vec<super::records::CaseNote>,
    pub withheld: usize,
}

/// Masks all but the last `visible` characters of an identifier (`•••••••9997`).
pub fn mask(value: &str, visible: usize) -> String {
    super::person::mask_identifier(value, visible)
}

/// An identifier as `access` lets the viewer see it: in full when the answer is
/// `See` (or `Reveal` and the operator has asked: `revealed`), masked otherwise,
/// nothing when hidden.
pub fn shown_identifier(value: &str, answer: Access, revealed: bool) -> Option<String> {
    match answer {
        Access::See => Some(value.to_string()),
        Access::Reveal if revealed => Some(value.to_string()),
        Access::Reveal | Access::Masked => Some(mask(value, 4)),
        Access::BreakGlass | Access::Hidden => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn role() -> impl Strategy<Value = Role> {
        proptest::sample::select(Role::ALL.to_vec())
    }
    fn kind() -> impl Strategy<Value = Kind> {
        proptest::sample::select(Kind::ALL.to_vec())
    }
    fn org() -> impl Strategy<Value = String> {
        proptest::sample::select(vec!["", "praksis", "arsis", "ngo-x"]).prop_map(String::from)
    }

    #[test]
    fn the_matrix_for_one_organisation() {
        let r = Viewer::new("r", Role::Receptionist, "");
        let s = Viewer::new("s", Role::SocialWorker, "");
        let a = Viewer::new("a", Role::Admin, "");
        let c = Scope::Centre;
        assert_eq!(access(&r, Kind::Identifier, c), Access::Masked);
        assert_eq!(access(&s, Kind::Identifier, c), Access::Reveal);
        assert_eq!(access(&a, Kind::Identifier, c), Access::Reveal);
        assert_eq!(access(&r, Kind::Sensitive, c), Access::Hidden);
        assert_eq!(access(&s, Kind::Sensitive, c), Access::See);
        assert_eq!(access(&r, Kind::CaseNote, c), Access::Hidden);
        assert_eq!(access(&r, Kind::ReferralDetail, c), Access::See);
        assert!(!r.may(Kind::BulkExport) && !s.may(Kind::AuditLog));
        assert!(a.may(Kind::BulkExport) && a.may(Kind::StaffAdmin) && a.may(Kind::Erasure));
        assert!(s.may(Kind::Programmes) && a.may(Kind::Programmes));
        assert!(!r.may(Kind::Programmes));
    }

    #[test]
    fn other_organisations_see_that_notes_exist_not_their_text() {
        let theirs = Scope::Organisation {
            owner: "arsis",
            consent_to_share: false,
        };
        let shared = Scope::Organisation {
            owner: "arsis",
            consent_to_share: true,
        };
        let s = Viewer::new("s", Role::SocialWorker, "praksis");
        let a = Viewer::new("a", Role::Admin, "praksis");
        let own = Viewer::new("o", Role::SocialWorker, "arsis");
        assert_eq!(access(&s, Kind::CaseNote, theirs), Access::Hidden);
        assert_eq!(access(&s, Kind::CaseNote, shared), Access::See);
        assert_eq!(access(&own, Kind::CaseNote, theirs), Access::See);
        assert_eq!(access(&a, Kind::CaseNote, theirs), Access::BreakGlass);
        assert_eq!(access(&a, Kind::ReferralDetail, theirs), Access::BreakGlass);
    }

    proptest! {
        /// Nobody but an administrator ever reaches an administrator's action.
        #[test]
        fn admin_actions_are_for_admins(role in role(), org in org()) {
            let v = Viewer::new("x", role, &org);
            for kind in [Kind::AuditLog, Kind::StaffAdmin, Kind::BulkExport,
                         Kind::PersonExport, Kind::Erasure, Kind::Reports, Kind::Maintenance] {
                prop_assert_eq!(v.may(kind), role == Role::Admin);
            }
        }

        /// The statistics screen (counts of the centre's work, no names) is every
        /// desk's; the reports with their breakdowns stay administrators'.
        #[test]
        fn statistics_are_every_desks(role in role(), org in org()) {
            let v = Viewer::new("x", role, &org);
            prop_assert!(v.may(Kind::Statistics));
            prop_assert_eq!(v.may(Kind::Reports), role == Role::Admin);
        }

        /// A receptionist never sees a whole identifier, sensitive data or a case note,
        /// whatever the organisation or consent.
        #[test]
        fn receptionists_never_see_full_identifiers_or_sensitive_data(
            org in org(), owner in org(), consent in any::<bool>()
        ) {
            let v = Viewer::new("r", Role::Receptionist, &org);
            let scope = Scope::Organisation { owner: &owner, consent_to_share: consent };
            for scope in [Scope::Centre, scope] {
                prop_assert_eq!(access(&v, Kind::Identifier, scope), Access::Masked);
                prop_assert_eq!(access(&v, Kind::Sensitive, scope), Access::Hidden);
                prop_assert_eq!(access(&v, Kind::CaseNote, scope), Access::Hidden);
            }
        }

        /// Another organisation's record without consent is never shown outright;
        /// only an administrator may break the glass.
        #[test]
        fn foreign_records_without_consent_are_closed(
            role in role(), org in org(), owner in org(),
            kind in proptest::sample::select(vec![Kind::CaseNote, Kind::ReferralDetail])
        ) {
            prop_assume!(org != owner);
            let v = Viewer::new("x", role, &org);
            let got = access(&v, kind, Scope::Organisation { owner: &owner, consent_to_share: false });
            prop_assert!(!got.shown());
            prop_assert_eq!(got == Access::BreakGlass, role == Role::Admin);
        }

        /// Consent and belonging only ever widen what is shown, never narrow it.
        #[test]
        fn consent_and_own_organisation_only_widen(
            role in role(), org in org(), owner in org(), kind in kind()
        ) {
            let v = Viewer::new("x", role, &org);
            let rank = |a: Access| match a {
                Access::See => 4, Access::Reveal => 3, Access::BreakGlass => 2,
                Access::Masked => 1, Access::Hidden => 0,
            };
            let closed = access(&v, kind, Scope::Organisation { owner: &owner, consent_to_share: false });
            let consented = access(&v, kind, Scope::Organisation { owner: &owner, consent_to_share: true });
            let own = access(&v, kind, Scope::Organisation { owner: &org, consent_to_share: false });
            prop_assert!(rank(consented) >= rank(closed));
            prop_assert_eq!(consented, own);
        }

        /// A shown identifier is whole only when the rule and the operator's request allow.
        #[test]
        fn identifiers_are_whole_only_when_allowed(
            role in role(), revealed in any::<bool>(), digits in "[0-9]{9,11}"
        ) {
            let v = Viewer::new("x", role, "");
            let answer = access(&v, Kind::Identifier, Scope::Centre);
            let shown = shown_identifier(&digits, answer, revealed).unwrap_or_default();
            let whole = shown == digits;
            prop_assert_eq!(whole, revealed && role != Role::Receptionist);
        }
    }
}
