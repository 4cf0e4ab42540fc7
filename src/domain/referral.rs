//! A referral's lifecycle, the order of the referrals list, and the referral slip.
//!
//! Pure rules: which state may follow which, what must accompany a change (a reason
//! for a decline), which referrals are overdue, and what a slip holds.

use chrono::NaiveDate;

use super::codes::{ReferralState, Urgency};
use super::dates::format_date;
use super::directory::Organisation;
use super::person::Person;
use super::records::{Referral, Service};

/// Why a status change was refused, in words the desk can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransitionError {
    /// The referral is already closed (completed, declined, no-show, cancelled).
    Closed { from: ReferralState },
    /// This state cannot follow that one (e.g. completed straight from sent).
    Forbidden {
        from: ReferralState,
        to: ReferralState,
    },
    /// Declining, a no-show or a cancellation needs a reason.
    ReasonRequired { to: ReferralState },
    /// The referral is already in that state.
    Unchanged { state: ReferralState },
}

impl std::fmt::Display for TransitionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TransitionError::Closed { from } => write!(
                f,
                "the referral is already {from}: a closed referral cannot change (make a new one)"
            ),
            TransitionError::Forbidden { from, to } => {
                write!(f, "a referral that is {from} cannot become {to}")
            }
            TransitionError::ReasonRequired { to } => {
                write!(f, "a referral marked {to} needs a reason")
            }
            TransitionError::Unchanged { state } => write!(f, "the referral is already {state}"),
        }
    }
}

impl std::error::Error for TransitionError {}

/// True for the states a referral ends in.
pub fn is_closed(state: ReferralState) -> bool {
    !matches!(state, ReferralState::Sent | ReferralState::Accepted)
}

/// True for states that need a reason (declined, cancelled).
pub fn needs_reason(state: ReferralState) -> bool {
    matches!(state, ReferralState::Declined | ReferralState::Cancelled)
}

/// The states that may follow `from`.
pub fn next_states(from: ReferralState) -> &'static [ReferralState] {
    use ReferralState::*;
    match from {
        Sent => &[Accepted, Declined, NoShow, Cancelled],
        Accepted => &[Completed, NoShow, Cancelled],
        Completed | Declined | NoShow | Cancelled => &[],
    }
}

/// Checks a status change: sent → accepted → completed, or declined (from sent, with a
/// reason), no-show (sent or accepted), cancelled (sent or accepted, with a reason).
pub fn check_transition(
    from: ReferralState,
    to: ReferralState,
    reason: &str,
) -> Result<(), TransitionError> {
    if from == to {
        return Err(TransitionError::Unchanged { state: from });
    }
    if is_closed(from) {
        return Err(TransitionError::Closed { from });
    }
    if !next_states(from).contains(&to) {
        return Err(TransitionError::Forbidden { from, to });
    }
    if needs_reason(to) && reason.trim().is_empty() {
        return Err(TransitionError::ReasonRequired { to });
    }
    Ok(())
}

/// An open referral whose follow-up date has passed.
pub fn is_overdue(referral: &Referral, today: NaiveDate) -> bool {
    !is_closed(referral.state) && referral.follow_up_on.is_some_and(|d| d < today)
}

/// The referrals list's order: open before closed; among open ones the overdue
/// first (oldest due date first), then by due date (none last), urgent before routine;
/// closed ones newest change first.
pub fn sort_for_desk(referrals: &mut [Referral], today: NaiveDate) {
    referrals.sort_by(|a, b| {
        let key = |r: &Referral| {
            if is_closed(r.state) {
                return (true, true, true, None, std::cmp::Reverse(0));
            }
            (
                is_closed(r.state),
                !is_overdue(r, today),
                r.follow_up_on.is_none(),
                r.follow_up_on,
                std::cmp::Reverse(urgency_rank(r.urgency)),
            )
        };
        key(a).cmp(&key(b)).then_with(|| {
            if is_closed(a.state) {
                b.updated_at.cmp(&a.updated_at)
            } else {
                a.created_at.cmp(&b.created_at)
            }
        })
    });
}

fn urgency_rank(urgency: Urgency) -> u8 {
    match urgency {
        Urgency::Routine => 0,
        Urgency::Soon => 1,
        Urgency::Urgent => 2,
    }
}

/// The default follow-up: urgent in 3 days, soon in 7, routine in 14.
pub fn default_follow_up(urgency: Urgency, today: NaiveDate) -> NaiveDate {
    let days = match urgency {
        Urgency::Urgent => 3,
        Urgency::Soon => 7,
        Urgency::Routine => 14,
    };
    today
        .checked_add_days(chrono::Days::new(days))
        .unwrap_or(today)
}

/// The language a slip is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SlipLang {
    El,
    En,
}

/// What a slip is made of: the referral, the person, the service referred to and the
/// organisation running it (from the directory), and the sending centre (its own
/// organisation record).
#[derive(Debug, Clone, Copy)]
pub struct SlipFacts<'a> {
    pub referral: &'a Referral,
    pub person: &'a Person,
    pub service: &'a Service,
    /// The organisation that runs the service, if the directory has it.
    pub to: Option<&'a Organisation>,
    /// This centre.
    pub from: &'a Organisation,
    /// Whether the viewer may see (so print) the person's phone and e-mail
    /// (`domain::access`, kind `Contact`).
    pub contact: bool,
}

/// Whether the centre's own record lacks every way to reach it back (address, phone,
/// e-mail): a slip then says so rather than print an empty "From".
pub fn centre_details_unset(centre: &Organisation) -> bool {
    centre.address_line().is_empty() && centre.first_phone().is_empty() && centre.email.is_empty()
}

/// The first of `values` that is not blank.
fn first_given<'a>(values: &[&'a str]) -> &'a str {
    values
        .iter()
        .map(|v| v.trim())
        .find(|v| !v.is_empty())
        .unwrap_or("")
}

/// What a referral slip holds. Only what the receiving service needs to see the
/// person: name, date of birth, contact, the reason and urgency, languages and the
/// interpreter need. Never the AMKA/AFM/ΠΑΑΥΠΑ, nationality, vulnerability flags,
/// health, ethnicity or asylum details: if the service needs one of them, the operator
/// writes it in the reason, where it is a deliberate choice visible on the slip.
/// The receiving organisation is named with where and when to go (the service's own
/// address, phone and hours, else its organisation's) and what to bring; the sending
/// centre with how to reach it back, or plainly that its details are not set.
pub fn slip(
    lang: SlipLang,
    facts: &SlipFacts<'_>,
    language_name: impl Fn(&str) -> String,
) -> String {
    let SlipFacts {
        referral,
        person,
        service,
        to,
        from,
        contact,
    } = *facts;
    let el = lang == SlipLang::El;
    let l = |g: &'static str, e: &'static str| if el { g } else { e };
    let service_name = if el || service.name_en.is_empty() {
        &service.name_el
    } else {
        &service.name_en
    };
    let organisation = to.map_or(service.organisation.as_str(), |o| o.name.as_str());
    let mut out = String::new();
    let mut line = |s: String| {
        out.push_str(&s);
        out.push('\n');
    };
    line(format!(
        "# {} #{}",
        l("Παραπεμπτικό", "Referral slip"),
        referral.id
    ));
    line(String::new());
    line(format!(
        "{}: {}",
        l("Ημερομηνία", "Date"),
        format_date(referral.created_at.date())
    ));
    let mut centre = vec![from.name.clone()];
    if centre_details_unset(from) {
        centre.push(
            l(
                "τα στοιχεία επικοινωνίας του κέντρου δεν έχουν οριστεί",
                "the centre's contact details are not set",
            )
            .to_string(),
        );
    } else {
        for (label, value) in [
            ("", from.address_line()),
            (l("τηλ. ", "tel. "), from.first_phone().to_string()),
            ("", from.email.clone()),
        ] {
            if !value.is_empty() {
                centre.push(format!("{label}{value}"));
            }
        }
    }
    line(format!("{}: {}", l("Από", "From"), centre.join(", ")));
    line(format!(
        "{}: {}{}",
        l("Προς", "To"),
        service_name,
        if organisation.is_empty() || organisation == service_name.as_str() {
            String::new()
        } else {
            format!(" ({organisation})")
        }
    ));
    line(String::new());
    line(format!("## {}", l("Ο/Η ωφελούμενος/η", "The person")));
    line(String::new());
    line(format!(
        "- {}: {}",
        l("Ονοματεπώνυμο", "Name"),
        person.display_name()
    ));
    if let Some(dob) = person.date_of_birth {
        line(format!(
            "- {}: {}",
            l("Ημερομηνία γέννησης", "Date of birth"),
            format_date(dob)
        ));
    }
    if contact {
        if let Some(phone) = person.phone.as_deref().filter(|p| !p.is_empty()) {
            line(format!("- {}: {}", l("Τηλέφωνο", "Phone"), phone));
        }
        if let Some(email) = person.email.as_deref().filter(|p| !p.is_empty()) {
            line(format!("- Email: {email}"));
        }
    }
    if !person.languages.is_empty() {
        let names: Vec<String> = person.languages.iter().map(|c| language_name(c)).collect();
        line(format!(
            "- {}: {}",
            l("Γλώσσες", "Languages"),
            names.join(", ")
        ));
    }
    line(format!(
        "- {}: {}",
        l("Διερμηνέας", "Interpreter"),
        match (person.interpreter_needed, el) {
            (true, true) => "χρειάζεται",
            (true, false) => "needed",
            (false, true) => "δεν χρειάζεται",
            (false, false) => "not needed",
        }
    ));
    line(String::new());
    line(format!("## {}", l("Παραπομπή", "Referral")));
    line(String::new());
    line(format!(
        "- {}: {}",
        l("Λόγος", "Reason"),
        referral.reason.trim()
    ));
    line(format!(
        "- {}: {}",
        l("Επείγον", "Urgency"),
        urgency_name(referral.urgency, lang)
    ));
    if let Some(due) = referral.follow_up_on {
        line(format!(
            "- {}: {}",
            l("Παρακολούθηση έως", "Follow-up by"),
            format_date(due)
        ));
    }
    line(String::new());
    line(format!("## {}", l("Πού να απευθυνθεί", "Where to go")));
    line(String::new());
    let org = to.cloned().unwrap_or_default();
    let address = first_given(&[&service.address, &org.address_line()]).to_string();
    let phone = first_given(&[&service.phone, org.first_phone()]).to_string();
    let email = first_given(&[&service.email, &org.email]).to_string();
    let hours = first_given(&[&service.hours, org.hours()]).to_string();
    for (label, value) in [
        (l("Φορέας", "Organisation"), organisation.to_string()),
        (l("Διεύθυνση", "Address"), address),
        (l("Τηλέφωνο", "Phone"), phone),
        ("Email", email),
        (l("Ωράριο", "Hours"), hours),
        (
            l("Απαιτούμενα έγγραφα", "Documents to bring"),
            service.documents_required.trim().to_string(),
        ),
    ] {
        if !value.trim().is_empty() {
            line(format!("- {label}: {}", value.trim()));
        }
    }
    line(String::new());
    // Never claim a consent that was not given: an override says so.
    line(
        if referral.consent_override {
            l(
                "Διαβίβαση χωρίς συναίνεση: παράκαμψη (ο λόγος καταγράφεται στο αρχείο ελέγχου του κέντρου), μόνο για τον σκοπό της παραπομπής.",
                "Shared without consent: override (the reason is kept in the centre's audit log), only for this referral.",
            )
        } else {
            l(
                "Συναίνεση για διαβίβαση: τα στοιχεία διαβιβάζονται με τη συναίνεση του/της ωφελούμενου/ης και μόνο για τον σκοπό της παραπομπής.",
                "Consent to share: these details are shared with the person's consent and only for this referral.",
            )
        }
        .to_string(),
    );
    line(format!(
        "{}: {}",
        l("Υπεύθυνος/η", "Referred by"),
        referral.created_by
    ));
    // Never a raw control character from the database in a file people `cat`.
    super::text::printable(&out).into_owned()
}

/// The urgency in words.
pub fn urgency_name(urgency: Urgency, lang: SlipLang) -> &'static str {
    match (urgency, lang) {
        (Urgency::Routine, SlipLang::El) => "κανονική",
        (Urgency::Routine, SlipLang::En) => "routine",
        (Urgency::Soon, SlipLang::El) => "σύντομα",
        (Urgency::Soon, SlipLang::En) => "soon",
        (Urgency::Urgent, SlipLang::El) => "επείγουσα",
        (Urgency::Urgent, SlipLang::En) => "urgent",
    }
}

/// The file name of a slip: no personal data in it, only the referral's id and date.
pub fn slip_file_name(referral: &Referral, lang: SlipLang) -> String {
    format!(
        "referral-{}-{}-{}.md",
        referral.id,
        referral.created_at.date().format("%Y%m%d"),
        match lang {
            SlipLang::El => "el",
            SlipLang::En => "en",
        }
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use ReferralState::*;
    use chrono::NaiveDateTime;

    fn at(day: u32) -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, day)
            .and_then(|d| d.and_hms_opt(10, 0, 0))
            .unwrap()
    }

    fn referral(id: i64, state: ReferralState, due: Option<u32>) -> Referral {
        Referral {
            id,
            person_id: 1,
            service_id: 1,
            ticket_id: None,
            reason: "Εγγραφή ως άνεργος".into(),
            urgency: Urgency::Routine,
            note: "σημείωση".into(),
            state,
            state_reason: String::new(),
            follow_up_on: due.and_then(|d| NaiveDate::from_ymd_opt(2026, 3, d)),
            consent_override: false,
            created_at: at(1),
            created_by: "maria".into(),
            updated_at: at(1),
            updated_by: "maria".into(),
            version: 1,
        }
    }

    #[test]
    fn the_lifecycle_allows_its_paths() {
        assert_eq!(check_transition(Sent, Accepted, ""), Ok(()));
        assert_eq!(check_transition(Accepted, Completed, ""), Ok(()));
        assert_eq!(check_transition(Sent, Declined, "full"), Ok(()));
        assert_eq!(check_transition(Sent, NoShow, ""), Ok(()));
        assert_eq!(check_transition(Accepted, NoShow, ""), Ok(()));
        assert_eq!(check_transition(Accepted, Cancelled, "moved"), Ok(()));
    }

    #[test]
    fn forbidden_transitions_are_refused_with_a_message() {
        let e = check_transition(Sent, Completed, "").unwrap_err();
        assert_eq!(
            e.to_string(),
            "a referral that is sent cannot become completed"
        );
        let e = check_transition(Completed, Accepted, "").unwrap_err();
        assert!(e.to_string().contains("already completed"), "{e}");
        let e = check_transition(Sent, Declined, "  ").unwrap_err();
        assert_eq!(e, TransitionError::ReasonRequired { to: Declined });
        assert!(e.to_string().contains("needs a reason"));
        assert_eq!(
            check_transition(Accepted, Declined, "x"),
            Err(TransitionError::Forbidden {
                from: Accepted,
                to: Declined
            })
        );
        assert_eq!(
            check_transition(Sent, Sent, ""),
            Err(TransitionError::Unchanged { state: Sent })
        );
        for from in ReferralState::ALL {
            for to in ReferralState::ALL {
                if check_transition(*from, *to, "r").is_ok() {
                    assert!(!is_closed(*from));
                    assert_ne!(from, to);
                }
            }
        }
    }

    #[test]
    fn overdue_open_referrals_come_first() {
        let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
        let mut list = vec![
            referral(1, Completed, None),
            referral(2, Sent, Some(20)),
            referral(3, Sent, None),
            referral(4, Accepted, Some(14)),
            referral(5, Sent, Some(10)),
            referral(6, Declined, Some(2)),
        ];
        sort_for_desk(&mut list, today);
        let ids: Vec<i64> = list.iter().map(|r| r.id).collect();
        assert_eq!(ids, [5, 4, 2, 3, 1, 6]);
        assert!(is_overdue(&list[0], today));
        assert!(!is_overdue(&list[2], today));
        // A closed referral is never overdue, whatever its date.
        assert!(!is_overdue(&referral(6, Declined, Some(2)), today));
    }

    #[test]
    fn a_slip_holds_what_the_service_needs_and_nothing_sensitive() {
        let person = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            date_of_birth: NaiveDate::from_ymd_opt(1986, 2, 14),
            phone: Some("6900000001".into()),
            amka: Some("14028612345".into()),
            paaypa: Some("ΠΑ123".into()),
            nationality: Some("AF".into()),
            languages: vec!["fas".into()],
            interpreter_needed: true,
            vulnerabilities: vec![crate::domain::codes::Vulnerability::AsylumSeeker],
            notes: "private note".into(),
            ..Person::default()
        };
        let service = Service {
            name_el: "ΔΥΠΑ".into(),
            name_en: "DYPA".into(),
            organisation: "ΔΥΠΑ".into(),
            address: "Πειραιώς 50".into(),
            phone: "+30 210 000 0201".into(),
            email: "kpa@dypa.example.org".into(),
            hours: "Δευ–Παρ 08:30–14:30".into(),
            documents_required: "ΑΜΚΑ".into(),
            ..Service::default()
        };
        let mut r = referral(7, Sent, Some(20));
        r.urgency = Urgency::Urgent;
        let names = |c: &str| {
            if c == "fas" {
                "Persian".to_string()
            } else {
                c.to_string()
            }
        };
        let centre = Organisation {
            name: "Centre".into(),
            phones: vec![crate::domain::directory::OrgPhone {
                number: "+30 210 000 0100".into(),
                ..Default::default()
            }],
            ..Organisation::default()
        };
        let facts = |r: &Referral| -> String {
            let f = SlipFacts {
                referral: r,
                person: &person,
                service: &service,
                to: None,
                from: &centre,
                contact: true,
            };
            slip(SlipLang::En, &f, names) + &slip(SlipLang::El, &f, names)
        };
        let both = facts(&r);
        let (en, el) = both.split_at(both.find("# Παραπεμπτικό").unwrap());
        for needed in [
            "Referral slip #7",
            "Rezaei Mohammad",
            "14/02/1986",
            "6900000001",
            "Persian",
            "Interpreter: needed",
            "Reason: Εγγραφή ως άνεργος",
            "Urgency: urgent",
            "Πειραιώς 50",
            "kpa@dypa.example.org",
            "Δευ–Παρ 08:30–14:30",
            "To: DYPA (ΔΥΠΑ)",
            "From: Centre, tel. +30 210 000 0100",
        ] {
            assert!(en.contains(needed), "{needed} missing:\n{en}");
        }
        for secret in [
            "14028612345",
            "ΠΑ123",
            "AF",
            "asylum",
            "private note",
            "σημείωση",
        ] {
            assert!(!en.contains(secret), "{secret} leaked:\n{en}");
        }
        assert!(
            el.contains("Παραπεμπτικό #7") && el.contains("Επείγον: επείγουσα"),
            "{el}"
        );
        assert!(el.contains("Διερμηνέας: χρειάζεται"), "{el}");
        assert_eq!(
            slip_file_name(&r, SlipLang::El),
            "referral-7-20260301-el.md"
        );
        // The slip states the consent as it was: given, or overridden.
        assert!(en.contains("Consent to share:") && !en.contains("without consent"));
        assert!(el.contains("Συναίνεση για διαβίβαση:"), "{el}");
        r.consent_override = true;
        let both = facts(&r);
        let (en, el) = both.split_at(both.find("# Παραπεμπτικό").unwrap());
        assert!(en.contains("Shared without consent: override"), "{en}");
        assert!(!en.contains("Consent to share:"), "{en}");
        assert!(el.contains("Διαβίβαση χωρίς συναίνεση: παράκαμψη"), "{el}");
    }

    #[test]
    fn a_slip_names_the_receiving_organisation_and_says_when_the_centre_is_unset() {
        use crate::domain::directory::{OrgLocation, OrgPhone};
        let person = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            phone: Some("6900000001".into()),
            ..Person::default()
        };
        // A service with none of its own details: its organisation's are printed.
        let service = Service {
            name_el: "Νομική συνδρομή".into(),
            name_en: "Legal aid".into(),
            organisation: "old text".into(),
            documents_required: "Διαβατήριο, ΑΜΚΑ".into(),
            ..Service::default()
        };
        let arsis = Organisation {
            name: "Άρσις".into(),
            phones: vec![OrgPhone {
                number: "+30 2310 000 000".into(),
                ..OrgPhone::default()
            }],
            locations: vec![OrgLocation {
                address_1: "Εγνατίας 1".into(),
                postal_code: "54630".into(),
                city: "Θεσσαλονίκη".into(),
                hours: "Δευ–Παρ 09:00–15:00".into(),
                ..OrgLocation::default()
            }],
            ..Organisation::default()
        };
        // A fresh database's centre: a name and nothing to reach it by.
        let fresh = Organisation {
            name: "Κέντρο Κοινότητας".into(),
            ..Organisation::default()
        };
        assert!(centre_details_unset(&fresh));
        let r = referral(9, Sent, None);
        let mut facts = SlipFacts {
            referral: &r,
            person: &person,
            service: &service,
            to: Some(&arsis),
            from: &fresh,
            contact: true,
        };
        let en = slip(SlipLang::En, &facts, str::to_string);
        for needed in [
            "To: Legal aid (Άρσις)",
            "- Organisation: Άρσις",
            "- Address: Εγνατίας 1, 54630 Θεσσαλονίκη",
            "- Phone: +30 2310 000 000",
            "- Hours: Δευ–Παρ 09:00–15:00",
            "- Documents to bring: Διαβατήριο, ΑΜΚΑ",
            "From: Κέντρο Κοινότητας, the centre's contact details are not set",
            "6900000001",
        ] {
            assert!(en.contains(needed), "{needed} missing:\n{en}");
        }
        assert!(!en.contains("old text"), "{en}");
        let el = slip(SlipLang::El, &facts, str::to_string);
        assert!(
            el.contains(
                "Από: Κέντρο Κοινότητας, τα στοιχεία επικοινωνίας του κέντρου δεν έχουν οριστεί"
            ),
            "{el}"
        );
        assert!(el.contains("- Φορέας: Άρσις") && el.contains("- Ωράριο: Δευ–Παρ 09:00–15:00"));
        // The centre's own details once set; no contact where the rule withholds it.
        facts.from = &arsis;
        facts.contact = false;
        let en = slip(SlipLang::En, &facts, str::to_string);
        assert!(
            en.contains("From: Άρσις, Εγνατίας 1, 54630 Θεσσαλονίκη, tel. +30 2310 000 000"),
            "{en}"
        );
        assert!(
            !en.contains("not set") && !en.contains("6900000001"),
            "{en}"
        );
    }
}
