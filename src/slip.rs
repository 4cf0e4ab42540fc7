//! A referral's slip, made one way for the referral screen and `kentro referrals
//! slip`: who may have it is the privacy rule's answer (`domain::access`: the
//! referral's details belong to the organisation that wrote it; the person's contact
//! is printed only where the rule shows it), what it holds is `domain::referral::slip`,
//! the receiving organisation and the sending centre come from the directory.
//!
//! And a ticket's slip, made one way for the queue screen's `p` and `kentro queue add
//! --print`: the number, the service line in both languages and when it was taken.

use std::collections::HashMap;

use crate::domain::access::{Access, Kind, Scope, Viewer, access};
use crate::domain::records::{Referral, Ticket};
use crate::domain::referral::{self as rules, SlipFacts, SlipLang};
use crate::store::{Store, StoreError};

/// A slip ready to print or write.
#[derive(Debug, Clone, PartialEq)]
pub struct Slip {
    pub text: String,
    /// A file name with no personal data in it.
    pub file_name: String,
    /// The centre's own address, phone and e-mail are all unset: the slip says so,
    /// and whoever prints it is told where to set them.
    pub centre_unset: bool,
}

#[derive(Debug)]
pub enum SlipError {
    /// The referral's details belong to another organisation and the person has not
    /// consented to share them with the viewer's.
    NotYours,
    /// The referral, its person or its service is not there (any more).
    Missing(&'static str, i64),
    Store(StoreError),
}

impl std::fmt::Display for SlipError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SlipError::NotYours => write!(
                f,
                "the referral's details belong to another organisation and the person has not consented to share them"
            ),
            SlipError::Missing(what, which) => write!(f, "no {what} {which}"),
            SlipError::Store(e) => write!(f, "{e}"),
        }
    }
}

impl std::error::Error for SlipError {}

impl From<StoreError> for SlipError {
    fn from(e: StoreError) -> Self {
        SlipError::Store(e)
    }
}

/// Whether `viewer` may read the details (reason, notes, the reason of its state) of
/// each referral of `referrals`, by id: they belong to the organisation that wrote
/// it; others read them with the person's consent to share (the privacy rule decides).
/// The one answer for the referral screen, `kentro referrals list` and slips.
pub fn details_shown(
    store: &Store,
    viewer: &Viewer,
    referrals: &[Referral],
) -> Result<HashMap<i64, bool>, StoreError> {
    Ok(details_access(store, viewer, referrals)?
        .into_iter()
        .map(|(id, answer)| (id, answer.shown()))
        .collect())
}

/// The privacy rule's answer for the details of each referral of `referrals`, by id
/// (see [`details_shown`]); `BreakGlass` where an administrator may open them by
/// giving a reason (the card does).
pub fn details_access(
    store: &Store,
    viewer: &Viewer,
    referrals: &[Referral],
) -> Result<HashMap<i64, Access>, StoreError> {
    let ids: Vec<i64> = referrals.iter().map(|r| r.id).collect();
    let owners = store.referral_organisations(&ids)?;
    let mut consent: HashMap<i64, bool> = HashMap::new();
    let mut shown = HashMap::with_capacity(referrals.len());
    for r in referrals {
        let owner = owners.get(&r.id).map_or("", String::as_str);
        let consent_to_share = owner != viewer.organisation
            && match consent.get(&r.person_id) {
                Some(&given) => given,
                None => {
                    let given = store.shares_with(r.person_id, &viewer.organisation)?;
                    consent.insert(r.person_id, given);
                    given
                }
            };
        let scope = Scope::Organisation {
            owner,
            consent_to_share,
        };
        shown.insert(r.id, access(viewer, Kind::ReferralDetail, scope));
    }
    Ok(shown)
}

/// A ticket as the printer gets it: the number (large enough to read from the waiting
/// room is the printer's business), the service line in Greek and in English, and the
/// day and time the ticket was taken. Nothing about the person, so anyone at the desk
/// may print it.
pub fn ticket_slip(store: &Store, ticket: &Ticket) -> Result<String, StoreError> {
    let (el, en) = store
        .service(ticket.service_id)?
        .map(|s| (s.name_el, s.name_en))
        .unwrap_or_default();
    Ok(format!(
        "\n    {}\n\n{el}\n{en}\n{}\n\n",
        ticket.number,
        ticket.arrived_at.format("%d/%m/%Y %H:%M"),
    ))
}

/// The slip of referral `id` as `viewer` may have it, in `lang`.
pub fn referral_slip(
    store: &Store,
    viewer: &Viewer,
    id: i64,
    lang: SlipLang,
) -> Result<Slip, SlipError> {
    let referral = store
        .referral(id)?
        .ok_or(SlipError::Missing("referral", id))?;
    let shown = details_shown(store, viewer, std::slice::from_ref(&referral))?;
    if shown.get(&id) != Some(&true) {
        return Err(SlipError::NotYours);
    }
    let person = store
        .person(referral.person_id)?
        .ok_or(SlipError::Missing("person", referral.person_id))?;
    let service = store
        .service(referral.service_id)?
        .ok_or(SlipError::Missing("service", referral.service_id))?;
    let to = match service.organisation_id {
        Some(org) => store.organisation(org)?,
        None => None,
    };
    let from = store.own_organisation()?;
    let facts = SlipFacts {
        referral: &referral,
        person: &person,
        service: &service,
        to: to.as_ref(),
        from: &from,
        contact: access(viewer, Kind::Contact, Scope::Centre).shown(),
    };
    let text = rules::slip(
        lang,
        &facts,
        |code| match crate::domain::reference::find_language(code) {
            Some(l) if lang == SlipLang::El => l.name_el.clone(),
            Some(l) => l.name_en.clone(),
            None => code.to_string(),
        },
    );
    Ok(Slip {
        text,
        file_name: rules::slip_file_name(&referral, lang),
        centre_unset: rules::centre_details_unset(&from),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::codes::{Role, Urgency};
    use crate::domain::directory::{OrgLocation, OrgPhone, Organisation};
    use crate::domain::person::Person;
    use crate::domain::records::Service;
    use crate::store::{NewReferral, Stamp};

    #[test]
    fn the_slip_names_the_receiving_organisation_and_follows_the_privacy_rule() {
        let (_dir, mut store) = crate::ui::harness::store();
        let stamp = Stamp::now("desk1");
        let org = Organisation {
            name: "Άρσις".into(),
            phones: vec![OrgPhone {
                number: "+30 2310 526 150".into(),
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
        let org_id = store.save_organisation(&org, &stamp).unwrap();
        let service = Service {
            code: "arsis-legal".into(),
            name_el: "Νομική υποστήριξη νέων".into(),
            organisation_id: Some(org_id),
            organisation: "Άρσις".into(),
            documents_required: "Διαβατήριο ή δελτίο αιτούντος άσυλο".into(),
            accepts_referrals: true,
            active: true,
            ..Service::default()
        };
        let service_id = store.insert_service(&service, &stamp).unwrap();
        let person = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            phone: Some("6900000001".into()),
            ..Person::default()
        };
        let person_id = store.insert_person(&person, &stamp).unwrap();
        let id = store
            .create_referral(
                &NewReferral {
                    person_id,
                    service_id,
                    ticket_id: None,
                    reason: "Μίσθωση".into(),
                    urgency: Urgency::Routine,
                    note: String::new(),
                    follow_up_on: None,
                    record_consent: true,
                    override_reason: None,
                },
                &stamp,
            )
            .unwrap();
        let desk = Viewer::new("desk1", Role::Receptionist, "");
        let slip = referral_slip(&store, &desk, id, SlipLang::El).unwrap();
        for needed in [
            "Προς: Νομική υποστήριξη νέων (Άρσις)",
            "- Διεύθυνση: Εγνατίας 1, 54630 Θεσσαλονίκη",
            "- Τηλέφωνο: +30 2310 526 150",
            "- Ωράριο: Δευ–Παρ 09:00–15:00",
            "- Απαιτούμενα έγγραφα: Διαβατήριο ή δελτίο αιτούντος άσυλο",
            "6900000001",
        ] {
            assert!(
                slip.text.contains(needed),
                "{needed} missing:\n{}",
                slip.text
            );
        }
        // A fresh database's centre has a name and nothing to reach it by: said plainly.
        assert!(slip.centre_unset);
        assert!(
            slip.text
                .contains("τα στοιχεία επικοινωνίας του κέντρου δεν έχουν οριστεί"),
            "{}",
            slip.text
        );
        // Someone of another organisation, without the person's consent to share with
        // it, gets no slip.
        let other = Viewer::new("ngo", Role::SocialWorker, "ngo-x");
        assert!(matches!(
            referral_slip(&store, &other, id, SlipLang::En),
            Err(SlipError::NotYours)
        ));
        // The centre's details set: the slip carries them.
        let mut own = store.own_organisation().unwrap();
        own.locations.push(OrgLocation {
            address_1: "Αχαρνών 100".into(),
            postal_code: "104 34".into(),
            city: "Αθήνα".into(),
            ..OrgLocation::default()
        });
        store.save_organisation(&own, &stamp).unwrap();
        let slip = referral_slip(&store, &desk, id, SlipLang::En).unwrap();
        assert!(!slip.centre_unset);
        assert!(
            slip.text
                .contains("From: Κέντρο Κοινότητας, Αχαρνών 100, 104 34 Αθήνα"),
            "{}",
            slip.text
        );
    }
}
