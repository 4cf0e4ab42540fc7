//! The referral slip: what it holds, in the desk's language, from the referral, the
//! person, the service, the receiving organisation and the sending centre.

use crate::domain::codes::Urgency;
use crate::domain::dates::format_date;
use crate::domain::directory::Organisation;
use crate::domain::person::Person;
use crate::domain::records::{Referral, Service};

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
    crate::domain::text::printable(&out).into_owned()
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
    use crate::domain::codes::ReferralState::*;
    use crate::domain::referral::tests::referral;
    use chrono::NaiveDate;

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
