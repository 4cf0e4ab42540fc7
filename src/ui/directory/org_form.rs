//! The organisation form: an organisation's own fields, its first phone, its first
//! place (address and opening hours) and its ΑΦΜ as text. Other phones, places,
//! identifiers and the contacts (as an HSDS import brought them) are kept as they are.
//! The centre's own record is edited here too: its name, address, phone and hours are
//! what its referral slips and packets say it is.

use super::service_form::{fields, parse_languages, parse_yes_no, value, yes_no};
use crate::domain::directory::{
    DirField, DirProblem, OrgIdentifier, OrgLocation, OrgPhone, Organisation, SCHEME_AFM,
    check_organisation,
};
use crate::i18n::directory::DMsg;
use crate::i18n::{Lang, t, tf};
use crate::ui::kit::form::{Fields, Words};

pub(super) const FIELDS: [DMsg; 13] = [
    DMsg::FOrgName,
    DMsg::FAltName,
    DMsg::FDescription,
    DMsg::FWebsite,
    DMsg::FEmail,
    DMsg::FPhone,
    DMsg::FStreet,
    DMsg::FPostalCode,
    DMsg::FCity,
    DMsg::FHours,
    DMsg::FLanguages,
    DMsg::FAfm,
    DMsg::FMember,
];

#[derive(Debug, Clone)]
pub(super) struct OrgForm {
    pub(super) base: Organisation,
    pub(super) form: Fields,
}

fn afm(org: &Organisation) -> Option<&OrgIdentifier> {
    org.identifiers.iter().find(|i| i.scheme == SCHEME_AFM)
}

impl OrgForm {
    pub(super) fn new(base: Organisation, lang: Lang) -> OrgForm {
        let o = &base;
        let place = o.locations.first().cloned().unwrap_or_default();
        let values = vec![
            o.name.clone(),
            o.alternate_name.clone(),
            o.description.clone(),
            o.website.clone(),
            o.email.clone(),
            o.phones
                .first()
                .map(|p| p.number.clone())
                .unwrap_or_default(),
            place.address_1,
            place.postal_code,
            place.city,
            place.hours,
            o.languages.join(", "),
            afm(o).map(|i| i.value.clone()).unwrap_or_default(),
            yes_no(o.network_member, lang),
        ];
        OrgForm {
            form: fields(&FIELDS, values),
            base,
        }
    }

    pub(super) fn title(&self, lang: Lang) -> String {
        if self.base.id == 0 {
            t(lang, DMsg::NewOrgTitle).to_string()
        } else {
            tf(lang, DMsg::EditTitle, &[&self.base.name])
        }
    }

    /// The organisation the form describes, or the first field that is wrong.
    pub(super) fn to_organisation(&self) -> Result<Organisation, (usize, Words)> {
        let v = |i: usize| value(&self.form, i);
        let wrong = |i: usize, msg: DMsg, arg: &str| (i, Words::said(msg, &[arg]));
        let mut o = self.base.clone();
        o.name = v(0);
        o.alternate_name = v(1);
        o.description = v(2);
        o.website = v(3);
        o.email = v(4);
        let phone = v(5);
        match (o.phones.first_mut(), phone.is_empty()) {
            (Some(_), true) => {
                o.phones.remove(0);
            }
            (Some(first), false) => first.number = phone,
            (None, false) => o.phones.push(OrgPhone {
                number: phone,
                kind: "voice".into(),
                ..OrgPhone::default()
            }),
            (None, true) => {}
        }
        let (street, postal, city, hours) = (v(6), v(7), v(8), v(9));
        let blank = [&street, &postal, &city, &hours]
            .iter()
            .all(|s| s.is_empty());
        if o.locations.is_empty() && !blank {
            o.locations.push(OrgLocation {
                country: "GR".into(),
                ..OrgLocation::default()
            });
        }
        if blank && !o.locations.is_empty() {
            o.locations.remove(0);
        } else if let Some(place) = o.locations.first_mut() {
            place.address_1 = street;
            place.postal_code = postal;
            place.city = city;
            place.hours = hours;
        }
        o.languages = parse_languages(&v(10)).map_err(|w| wrong(10, DMsg::BadLanguage, &w))?;
        let number: String = v(11).chars().filter(|c| !c.is_whitespace()).collect();
        let at = o.identifiers.iter().position(|i| i.scheme == SCHEME_AFM);
        match (at, number.is_empty()) {
            (Some(i), true) => {
                o.identifiers.remove(i);
            }
            (Some(i), false) => o.identifiers[i].value = number,
            (None, false) => o.identifiers.push(OrgIdentifier {
                scheme: SCHEME_AFM.into(),
                kind: "ΑΦΜ".into(),
                value: number,
                ..OrgIdentifier::default()
            }),
            (None, true) => {}
        }
        o.network_member = parse_yes_no(&v(12)).ok_or_else(|| wrong(12, DMsg::BadYesNo, ""))?;
        check_organisation(&o).map_err(|problem| match problem {
            DirProblem::BadEmail(_) => wrong(4, DMsg::BadEmail, ""),
            DirProblem::BadUrl => wrong(3, DMsg::BadUrl, ""),
            DirProblem::BadLanguage(code) => wrong(10, DMsg::BadLanguage, &code),
            DirProblem::BadAfm(_) | DirProblem::Missing(DirField::Identifier) => {
                wrong(11, DMsg::BadAfm, "")
            }
            DirProblem::Missing(DirField::Phone) => wrong(5, DMsg::NeedName, ""),
            _ => wrong(0, DMsg::NeedName, ""),
        })?;
        Ok(o)
    }
}
