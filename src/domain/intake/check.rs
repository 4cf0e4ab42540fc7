//! Checking a form: every field validated (errors block a save, warnings do not), the
//! consent minimum enforced, and the person to store built.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::{Entry, Field, Kind};
use crate::domain::codes::{Education, Employment, Gender, Relation, Vulnerability, split_codes};
use crate::domain::dates::{self, DateError};
use crate::domain::ids::{self, IdError};
use crate::domain::person::Person;
use crate::domain::reference;
use crate::domain::text::{self, MAX_LINE, MAX_NOTE, TextError};

/// No one served was born before this year: an earlier date of birth is a mistake.
pub const EARLIEST_BIRTH_YEAR: i32 = 1890;

/// How bad a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    Warning,
    Error,
}

/// What is wrong with a field (the screen words it in the operator's language).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    Missing,
    TooLong {
        max: usize,
    },
    Date(DateError),
    /// A date of birth before [`EARLIEST_BIRTH_YEAR`]: a typing mistake.
    TooEarly,
    Id(IdError),
    /// The AMKA's date prefix is not the date of birth typed.
    AmkaDateDiffers,
    /// The AMKA says the other gender.
    AmkaGenderDiffers,
    BadEmail,
    /// A code the lists do not know (a draft from an older program, a hand-edited value).
    UnknownCode,
    /// Kept only with the person's consent (see [`ConsentPolicy`]).
    NeedsConsent,
    /// Another person already has this AMKA / AFM.
    AlreadyRegistered {
        id: i64,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Issue {
    pub field: Field,
    pub severity: Severity,
    pub problem: Problem,
}

/// What may be kept about a person who has not (yet) consented: the minimum needed to
/// serve them today. A centre sets its own list (setting `consent_minimum`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentPolicy {
    pub without_consent: Vec<Field>,
}

impl Default for ConsentPolicy {
    /// A name to call them by, and what is needed to talk to them and serve them
    /// today: gender, date of birth (age-dependent services), language and interpreter.
    fn default() -> Self {
        ConsentPolicy {
            without_consent: vec![
                Field::Surname,
                Field::GivenName,
                Field::Gender,
                Field::DateOfBirth,
                Field::Languages,
                Field::Interpreter,
            ],
        }
    }
}

impl ConsentPolicy {
    /// Reads `surname,given_name,...`; names not known are refused with their text
    /// (the `String` is that value, the configured name no field has).
    pub fn parse(text: &str) -> Result<ConsentPolicy, String> {
        let mut without_consent = vec![Field::Surname, Field::GivenName];
        for name in text.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            let field = Field::from_name(name).ok_or_else(|| name.to_string())?;
            if !without_consent.contains(&field) {
                without_consent.push(field);
            }
        }
        Ok(ConsentPolicy { without_consent })
    }

    /// Keeps every field: for records a centre already holds (the CSV import).
    pub fn everything() -> ConsentPolicy {
        ConsentPolicy {
            without_consent: Field::ALL.to_vec(),
        }
    }

    /// The centre's setting as stored (`None`: never set, the default). A setting
    /// that does not parse keeps the safe minimum (names only) rather than keeping more.
    pub fn from_setting(setting: Option<&str>) -> ConsentPolicy {
        match setting {
            None => ConsentPolicy::default(),
            Some(text) => ConsentPolicy::parse(text).unwrap_or_else(|_| ConsentPolicy {
                without_consent: vec![Field::Surname, Field::GivenName],
            }),
        }
    }

    pub fn allows(&self, field: Field) -> bool {
        field.kind() == Kind::Hidden
            || field == Field::Consent
            || self.without_consent.contains(&field)
    }
}

/// The result of checking a form: the person to store and what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    pub person: Person,
    pub issues: Vec<Issue>,
}

impl Checked {
    pub fn has_errors(&self) -> bool {
        self.issues.iter().any(|i| i.severity == Severity::Error)
    }

    /// The first field (in form order) with an error: where the cursor goes.
    pub fn first_error(&self) -> Option<Field> {
        self.issues
            .iter()
            .filter(|i| i.severity == Severity::Error)
            .map(|i| i.field)
            .min()
    }

    /// The worst issue of one field.
    pub fn issue_of(&self, field: Field) -> Option<&Issue> {
        self.issues
            .iter()
            .filter(|i| i.field == field)
            .max_by_key(|i| i.severity)
    }
}

/// A text value checked as one line.
fn line(entry: &Entry, field: Field, issues: &mut Vec<Issue>) -> String {
    let max = field.max_chars();
    match text::checked_line(entry.get(field), max, field.required()) {
        Ok(value) => value,
        Err(e) => {
            let problem = match e {
                TextError::Missing => Problem::Missing,
                TextError::TooLong { max } => Problem::TooLong { max },
            };
            issues.push(error(field, problem));
            String::new()
        }
    }
}

fn error(field: Field, problem: Problem) -> Issue {
    Issue {
        field,
        severity: Severity::Error,
        problem,
    }
}

fn warning(field: Field, problem: Problem) -> Issue {
    Issue {
        field,
        severity: Severity::Warning,
        problem,
    }
}

fn optional(value: String) -> Option<String> {
    if value.is_empty() { None } else { Some(value) }
}

/// A plausible e-mail address: one `@`, something before it, a dot after it.
pub fn plausible_email(text: &str) -> bool {
    let mut parts = text.split('@');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(user), Some(domain), None) => {
            !user.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !text.chars().any(char::is_whitespace)
        }
        _ => false,
    }
}

/// Checks every field and builds the person. `now` dates consent given in this form.
pub fn check(entry: &Entry, now: NaiveDateTime, operator: &str, policy: &ConsentPolicy) -> Checked {
    let today = now.date();
    let mut issues = Vec::new();
    let mut p = Person {
        surname: line(entry, Field::Surname, &mut issues),
        given_name: line(entry, Field::GivenName, &mut issues),
        father_name: line(entry, Field::FatherName, &mut issues),
        mother_name: line(entry, Field::MotherName, &mut issues),
        other_document: optional(line(entry, Field::OtherDocument, &mut issues)),
        address: optional(line(entry, Field::Address, &mut issues)),
        ..Person::default()
    };
    let email = line(entry, Field::Email, &mut issues);
    if !email.is_empty() && !plausible_email(&email) {
        issues.push(error(Field::Email, Problem::BadEmail));
    }
    p.email = optional(email);
    let notes = text::clean_note(entry.get(Field::Notes));
    if notes.chars().count() > MAX_NOTE {
        issues.push(error(Field::Notes, Problem::TooLong { max: MAX_NOTE }));
    }
    p.notes = notes;

    if !entry.get(Field::DateOfBirth).trim().is_empty() {
        match dates::parse_past_date(entry.get(Field::DateOfBirth), today) {
            Ok(date) if date.year() < EARLIEST_BIRTH_YEAR => {
                issues.push(error(Field::DateOfBirth, Problem::TooEarly))
            }
            Ok(date) => p.date_of_birth = Some(date),
            Err(e) => issues.push(error(Field::DateOfBirth, Problem::Date(e))),
        }
    }
    let code = entry.get(Field::Gender);
    if !code.is_empty() {
        match Gender::from_code(code).or_else(|| Gender::parse_loose(code)) {
            Some(g) => p.gender = Some(g),
            None => issues.push(error(Field::Gender, Problem::UnknownCode)),
        }
    }
    let nationality = entry.get(Field::Nationality);
    if !nationality.is_empty() {
        match reference::find_country(nationality) {
            Some(c) => p.nationality = Some(c.alpha2.clone()),
            None => issues.push(error(Field::Nationality, Problem::UnknownCode)),
        }
    }

    let amka = entry.get(Field::Amka);
    if !amka.trim().is_empty() {
        match ids::check_amka(amka, today) {
            Ok((normalised, facts)) => {
                p.amka = Some(normalised);
                if p.date_of_birth.is_some_and(|d| d != facts.date_of_birth) {
                    issues.push(warning(Field::Amka, Problem::AmkaDateDiffers));
                }
                if p.gender
                    .is_some_and(|g| g != Gender::Other && g != facts.gender)
                {
                    issues.push(warning(Field::Amka, Problem::AmkaGenderDiffers));
                }
            }
            Err(e) => issues.push(error(Field::Amka, Problem::Id(e))),
        }
    }
    let afm = entry.get(Field::Afm);
    if !afm.trim().is_empty() {
        match ids::check_afm(afm) {
            Ok(v) => p.afm = Some(v),
            Err(e) => issues.push(error(Field::Afm, Problem::Id(e))),
        }
    }
    let paaypa = entry.get(Field::Paaypa);
    if !paaypa.trim().is_empty() {
        match ids::check_paaypa(paaypa) {
            Ok(v) => p.paaypa = Some(v),
            Err(e) => issues.push(error(Field::Paaypa, Problem::Id(e))),
        }
    }
    let phone = entry.get(Field::Phone);
    if !phone.trim().is_empty() {
        match ids::check_phone(phone) {
            Ok(v) => p.phone = Some(v),
            Err(e) => issues.push(error(Field::Phone, Problem::Id(e))),
        }
    }
    let municipality = text::clean_line(entry.get(Field::Municipality));
    if !municipality.is_empty() {
        if municipality.chars().count() > MAX_LINE {
            issues.push(error(
                Field::Municipality,
                Problem::TooLong { max: MAX_LINE },
            ));
        } else {
            p.municipality = Some(municipality);
        }
    }
    p.household_id = entry.get(Field::HouseholdId).parse().ok();
    let relation = entry.get(Field::Relation);
    if !relation.is_empty() {
        match Relation::from_code(relation) {
            Some(r) => p.household_relation = Some(r),
            None => issues.push(error(Field::Relation, Problem::UnknownCode)),
        }
    }
    // Lists of codes: each known code once, in the order given; an unknown one is an
    // error (the pickers never make one; a file or an old draft may).
    for code in split_codes(entry.get(Field::Languages), |c| Some(c.to_string())) {
        match reference::find_language(&code) {
            Some(l) if !p.languages.contains(&l.code) => p.languages.push(l.code.clone()),
            Some(_) => {}
            None => issues.push(error(Field::Languages, Problem::UnknownCode)),
        }
    }
    p.interpreter_needed = entry.flag(Field::Interpreter);
    for code in split_codes(entry.get(Field::Vulnerabilities), |c| Some(c.to_string())) {
        match Vulnerability::from_code(&code) {
            Some(v) if !p.vulnerabilities.contains(&v) => p.vulnerabilities.push(v),
            Some(_) => {}
            None => issues.push(error(Field::Vulnerabilities, Problem::UnknownCode)),
        }
    }
    let employment = entry.get(Field::Employment);
    if !employment.is_empty() {
        match Employment::from_code(employment) {
            Some(v) => p.employment = Some(v),
            None => issues.push(error(Field::Employment, Problem::UnknownCode)),
        }
    }
    let education = entry.get(Field::Education);
    if !education.is_empty() {
        match Education::from_code(education) {
            Some(v) => p.education = Some(v),
            None => issues.push(error(Field::Education, Problem::UnknownCode)),
        }
    }
    if entry.flag(Field::Consent) {
        // Consent already on record keeps its date and operator; new consent is now.
        let earlier =
            NaiveDateTime::parse_from_str(entry.get(Field::ConsentAt), "%Y-%m-%dT%H:%M:%S").ok();
        p.consent_at = Some(earlier.unwrap_or(now));
        p.consent_by = Some(
            if earlier.is_some() && !entry.get(Field::ConsentBy).is_empty() {
                entry.get(Field::ConsentBy).to_string()
            } else {
                operator.to_string()
            },
        );
    } else {
        for field in Field::ALL {
            if !policy.allows(*field) && !entry.get(*field).trim().is_empty() {
                issues.push(error(*field, Problem::NeedsConsent));
            }
        }
    }
    Checked { person: p, issues }
}

/// What an AMKA says, when it is valid: the date of birth and gender to fill in.
pub fn amka_facts(text: &str, today: NaiveDate) -> Option<ids::AmkaFacts> {
    ids::check_amka(text, today).ok().map(|(_, facts)| facts)
}
