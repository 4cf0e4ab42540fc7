//! `kentro directory centre`: this centre's own record in the directory, the one its
//! referral slips and packets name as the sender. Shown as it is, or the details given
//! set (checked like every organisation, version-checked, audited); the same record is
//! edited on the directory screen (F7, the centre's card, e).

use std::process::ExitCode;

use super::super::CentreArgs;
use crate::domain::directory::{OrgLocation, OrgPhone, Organisation, check_organisation};
use crate::domain::text::clean_line;
use crate::store::{Stamp, Store};

/// Puts the options given into `org`'s own fields, its first phone and first place.
fn apply(org: &mut Organisation, args: &CentreArgs) {
    let set = |field: &mut String, value: &Option<String>| {
        if let Some(v) = value {
            *field = clean_line(v);
        }
    };
    set(&mut org.name, &args.name);
    set(&mut org.email, &args.email);
    set(&mut org.website, &args.website);
    if let Some(phone) = &args.phone {
        match org.phones.first_mut() {
            Some(first) => first.number = clean_line(phone),
            None => org.phones.push(OrgPhone {
                number: clean_line(phone),
                kind: "voice".into(),
                ..OrgPhone::default()
            }),
        }
        org.phones.retain(|p| !p.number.is_empty());
    }
    let place_given = [&args.address, &args.postal_code, &args.city, &args.hours]
        .iter()
        .any(|v| v.is_some());
    if place_given {
        if org.locations.is_empty() {
            org.locations.push(OrgLocation {
                country: "GR".into(),
                ..OrgLocation::default()
            });
        }
        if let Some(place) = org.locations.first_mut() {
            set(&mut place.address_1, &args.address);
            set(&mut place.postal_code, &args.postal_code);
            set(&mut place.city, &args.city);
            set(&mut place.hours, &args.hours);
        }
    }
}

fn show(org: &Organisation) -> Result<(), crate::Error> {
    let lines = [
        ("name", org.name.clone()),
        ("address", org.address_line()),
        ("phone", org.first_phone().to_string()),
        ("email", org.email.clone()),
        ("hours", org.hours().to_string()),
        ("website", org.website.clone()),
        ("id", org.uid.clone()),
        ("public key", org.public_key.clone()),
    ];
    for (label, value) in lines {
        outln!(
            "{label:<11} {}",
            if value.is_empty() { "-" } else { &value }
        );
    }
    if crate::domain::referral::centre_details_unset(org) {
        errln!(
            "The centre's address, phone and e-mail are not set: its referral slips say so. \
             Set them with kentro directory centre --address ... --postal-code ... --city ... --phone ..."
        );
    }
    Ok(())
}

pub fn run(store: &mut Store, args: &CentreArgs, operator: &str) -> Result<ExitCode, crate::Error> {
    let mut org = store.own_organisation()?;
    let given = args.name.is_some()
        || args.address.is_some()
        || args.postal_code.is_some()
        || args.city.is_some()
        || args.phone.is_some()
        || args.email.is_some()
        || args.hours.is_some()
        || args.website.is_some();
    if given {
        apply(&mut org, args);
        check_organisation(&org).map_err(|p| crate::Error::Refused(dir_problem(&p)))?;
        store.save_organisation(&org, &Stamp::now(operator))?;
        org = store.own_organisation()?;
    }
    show(&org)?;
    Ok(ExitCode::SUCCESS)
}

/// A field of the centre's record that is not right, in both languages.
fn dir_problem(p: &crate::domain::directory::DirProblem) -> crate::error::Words {
    use crate::domain::directory::DirProblem;
    use crate::i18n::errors::ErrMsg;
    let (msg, arg) = match p {
        DirProblem::Missing(field) => (ErrMsg::DirRequired, field.column().to_string()),
        DirProblem::BadCode => (ErrMsg::DirBadCode, String::new()),
        DirProblem::BadPrefix => (ErrMsg::DirBadPrefix, String::new()),
        DirProblem::BadEmail(field) => (ErrMsg::DirBadEmail, field.column().to_string()),
        DirProblem::BadUrl => (ErrMsg::DirBadUrl, String::new()),
        DirProblem::BadLanguage(code) => (ErrMsg::DirBadLanguage, format!("{code:?}")),
        DirProblem::BadAfm(value) => (ErrMsg::DirBadAfm, format!("{value:?}")),
    };
    crate::error::Words::new(msg, &[&arg])
}
