//! The one check of a directory entry, used by the directory screen, the HSDS import
//! and the command line alike, so a file and the form accept the same values.

use std::fmt;

use super::{Organisation, SCHEME_AFM};
use crate::domain::ids::check_afm;
use crate::domain::queue::{valid_code, valid_prefix};
use crate::domain::records::Service;

/// Which field of an entry a problem is in (HSDS column names).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DirField {
    Code,
    TicketPrefix,
    Name,
    Organisation,
    Email,
    Url,
    Languages,
    Identifier,
    Phone,
}

impl DirField {
    /// The column of the HSDS table (or kentro's attribute) the field travels in.
    pub fn column(self) -> &'static str {
        match self {
            DirField::Code => "code",
            DirField::TicketPrefix => "ticket_prefix",
            DirField::Name => "name",
            DirField::Organisation => "organization_id",
            DirField::Email => "email",
            DirField::Url => "url",
            DirField::Languages => "languages",
            DirField::Identifier => "identifier",
            DirField::Phone => "number",
        }
    }
}

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DirProblem {
    Missing(DirField),
    /// A service code: lower-case Latin letters, digits and '-', at most 20.
    BadCode,
    /// A ticket prefix: one to three letters.
    BadPrefix,
    BadEmail(DirField),
    /// A web address must start with http:// or https://.
    BadUrl,
    /// Not an ISO 639-3 code (three lower-case letters).
    BadLanguage(String),
    /// An ΑΦΜ whose check digit is wrong.
    BadAfm(String),
}

impl DirProblem {
    pub fn field(&self) -> DirField {
        match self {
            DirProblem::Missing(f) | DirProblem::BadEmail(f) => *f,
            DirProblem::BadCode => DirField::Code,
            DirProblem::BadPrefix => DirField::TicketPrefix,
            DirProblem::BadUrl => DirField::Url,
            DirProblem::BadLanguage(_) => DirField::Languages,
            DirProblem::BadAfm(_) => DirField::Identifier,
        }
    }
}

impl fmt::Display for DirProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DirProblem::Missing(field) => write!(f, "{}: required", field.column()),
            DirProblem::BadCode => write!(
                f,
                "code: use lower-case Latin letters, digits and -, at most 20"
            ),
            DirProblem::BadPrefix => write!(f, "ticket_prefix: one to three letters"),
            DirProblem::BadEmail(field) => write!(f, "{}: not an e-mail address", field.column()),
            DirProblem::BadUrl => write!(f, "url: must start with http:// or https://"),
            DirProblem::BadLanguage(code) => {
                write!(f, "languages: {code:?} is not an ISO 639-3 code")
            }
            DirProblem::BadAfm(value) => {
                write!(f, "identifier: {value:?} is not a valid ΑΦΜ (check digit)")
            }
        }
    }
}

/// An e-mail address as HSDS's `email` format needs it: one @, something on each
/// side, no spaces.
pub fn looks_like_email(text: &str) -> bool {
    let mut parts = text.split('@');
    matches!((parts.next(), parts.next(), parts.next()), (Some(a), Some(b), None)
        if !a.is_empty() && b.contains('.') && !b.starts_with('.') && !b.ends_with('.'))
        && !text.contains(char::is_whitespace)
}

fn looks_like_url(text: &str) -> bool {
    (text.starts_with("http://") || text.starts_with("https://"))
        && text.len() > "https://".len()
        && !text.contains(char::is_whitespace)
}

fn check_languages(codes: &[String]) -> Result<(), DirProblem> {
    match codes
        .iter()
        .find(|c| !(c.len() == 3 && c.chars().all(|ch| ch.is_ascii_lowercase())))
    {
        Some(bad) => Err(DirProblem::BadLanguage(bad.clone())),
        None => Ok(()),
    }
}

/// Checks a service before it is saved or imported; the first problem found.
pub fn check_service(s: &Service) -> Result<(), DirProblem> {
    if !valid_code(&s.code) {
        return Err(DirProblem::BadCode);
    }
    if s.name_el.trim().is_empty() {
        return Err(DirProblem::Missing(DirField::Name));
    }
    if !s.ticket_prefix.is_empty() && !valid_prefix(&s.ticket_prefix) {
        return Err(DirProblem::BadPrefix);
    }
    if s.organisation_id.is_none() && s.organisation.trim().is_empty() {
        return Err(DirProblem::Missing(DirField::Organisation));
    }
    if !s.email.is_empty() && !looks_like_email(&s.email) {
        return Err(DirProblem::BadEmail(DirField::Email));
    }
    if !s.url.is_empty() && !looks_like_url(&s.url) {
        return Err(DirProblem::BadUrl);
    }
    check_languages(&s.languages)
}

/// Checks an organisation before it is saved or imported; the first problem found.
pub fn check_organisation(o: &Organisation) -> Result<(), DirProblem> {
    if o.name.trim().is_empty() {
        return Err(DirProblem::Missing(DirField::Name));
    }
    if !o.email.is_empty() && !looks_like_email(&o.email) {
        return Err(DirProblem::BadEmail(DirField::Email));
    }
    if !o.website.is_empty() && !looks_like_url(&o.website) {
        return Err(DirProblem::BadUrl);
    }
    check_languages(&o.languages)?;
    for id in &o.identifiers {
        if id.value.trim().is_empty() || id.kind.trim().is_empty() {
            return Err(DirProblem::Missing(DirField::Identifier));
        }
        if id.scheme == SCHEME_AFM && check_afm(&id.value).is_err() {
            return Err(DirProblem::BadAfm(id.value.clone()));
        }
    }
    for c in &o.contacts {
        if !c.email.is_empty() && !looks_like_email(&c.email) {
            return Err(DirProblem::BadEmail(DirField::Email));
        }
    }
    if o.phones.iter().any(|p| p.number.trim().is_empty()) {
        return Err(DirProblem::Missing(DirField::Phone));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::directory::OrgIdentifier;

    fn service() -> Service {
        Service {
            code: "dypa".into(),
            name_el: "ΔΥΠΑ".into(),
            organisation: "ΔΥΠΑ".into(),
            ..Service::default()
        }
    }

    #[test]
    fn a_service_needs_a_code_a_name_and_an_organisation() {
        assert_eq!(check_service(&service()), Ok(()));
        let mut s = service();
        s.code = "ΔΥΠΑ".into();
        assert_eq!(check_service(&s), Err(DirProblem::BadCode));
        let mut s = service();
        s.name_el = " ".into();
        assert_eq!(check_service(&s), Err(DirProblem::Missing(DirField::Name)));
        let mut s = service();
        s.organisation.clear();
        assert_eq!(
            check_service(&s),
            Err(DirProblem::Missing(DirField::Organisation))
        );
        s.organisation_id = Some(3);
        assert_eq!(check_service(&s), Ok(()));
    }

    #[test]
    fn addresses_and_languages_are_checked() {
        let mut s = service();
        s.email = "kpa at dypa.gr".into();
        assert_eq!(
            check_service(&s),
            Err(DirProblem::BadEmail(DirField::Email))
        );
        s.email = "kpa@dypa.gr".into();
        s.url = "www.dypa.gov.gr".into();
        assert_eq!(check_service(&s), Err(DirProblem::BadUrl));
        s.url = "https://www.dypa.gov.gr".into();
        s.languages = vec!["ell".into(), "Greek".into()];
        assert_eq!(
            check_service(&s),
            Err(DirProblem::BadLanguage("Greek".into()))
        );
        s.languages = vec!["ell".into()];
        s.ticket_prefix = "ΑΒΓΔ".into();
        assert_eq!(check_service(&s), Err(DirProblem::BadPrefix));
    }

    #[test]
    fn an_organisations_afm_must_pass_its_check_digit() {
        let mut o = Organisation {
            name: "Άρσις".into(),
            ..Organisation::default()
        };
        o.identifiers.push(OrgIdentifier {
            scheme: SCHEME_AFM.into(),
            kind: "ΑΦΜ".into(),
            value: "090000045".into(),
            ..OrgIdentifier::default()
        });
        assert_eq!(check_organisation(&o), Ok(()));
        o.identifiers[0].value = "090000046".into();
        assert!(matches!(check_organisation(&o), Err(DirProblem::BadAfm(_))));
        o.identifiers[0].scheme = "GR-GEMI".into();
        assert_eq!(check_organisation(&o), Ok(()));
    }
}
