//! The intake form's rules, without any screen: the fields of a person as typed, their
//! validation (errors block a save, warnings do not), the consent minimum, and the
//! three-way merge used when two desks edited the same person.
//!
//! The CSV import and the form share these validators, so a person is checked the same
//! way whichever door they come in by.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate, NaiveDateTime};

use super::codes::{Education, Employment, Gender, Relation, Vulnerability, split_codes};
use super::dates::{self, DateError};
use super::ids::{self, IdError};
use super::person::Person;
use super::reference;
use super::text::{self, MAX_LINE, MAX_NAME, MAX_NOTE, TextError};

macro_rules! fields {
    ($($variant:ident => $name:literal,)*) => {
        /// Every value the intake form holds, in form order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Field { $($variant,)* }

        impl Field {
            pub const ALL: &'static [Field] = &[$(Field::$variant,)*];

            /// The stable name drafts and the consent setting use.
            pub fn name(self) -> &'static str {
                match self { $(Field::$variant => $name,)* }
            }

            pub fn from_name(name: &str) -> Option<Field> {
                match name { $($name => Some(Field::$variant),)* _ => None }
            }
        }
    };
}

fields! {
    // The first page: what a receptionist types for nearly everyone, in that order.
    Surname => "surname",
    GivenName => "given_name",
    FatherName => "father_name",
    DateOfBirth => "date_of_birth",
    Gender => "gender",
    Nationality => "nationality",
    Amka => "amka",
    Phone => "phone",
    Municipality => "municipality",
    // Language and needs.
    Languages => "languages",
    Interpreter => "interpreter",
    Vulnerabilities => "vulnerabilities",
    // More details: typed less often.
    MotherName => "mother_name",
    Afm => "afm",
    Paaypa => "paaypa",
    OtherDocument => "other_document",
    Email => "email",
    Address => "address",
    HouseholdWith => "household_with",
    Relation => "relation",
    Employment => "employment",
    Education => "education",
    Consent => "consent",
    Notes => "notes",
    // Kept, not typed: they travel with the record through drafts and merges.
    HouseholdId => "household_id",
    ConsentAt => "consent_at",
    ConsentBy => "consent_by",
}

/// How a field is entered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Free text on one line, at most `max` characters.
    Line {
        max: usize,
    },
    /// Free text over several lines.
    Note,
    Date,
    /// An identifier typed as digits (AMKA, AFM, ΠΑΑΥΠΑ, phone).
    Id,
    /// One value from a list, found by typing.
    Pick,
    /// Several values from a list.
    Multi,
    /// Yes or no.
    Check,
    /// Not shown as an input.
    Hidden,
}

impl Field {
    pub fn kind(self) -> Kind {
        match self {
            Field::Surname | Field::GivenName | Field::FatherName | Field::MotherName => {
                Kind::Line { max: MAX_NAME }
            }
            Field::OtherDocument | Field::Email | Field::Address => Kind::Line { max: MAX_LINE },
            Field::Notes => Kind::Note,
            Field::DateOfBirth => Kind::Date,
            Field::Amka | Field::Afm | Field::Paaypa | Field::Phone => Kind::Id,
            Field::Gender
            | Field::Nationality
            | Field::Municipality
            | Field::HouseholdWith
            | Field::Relation
            | Field::Employment
            | Field::Education => Kind::Pick,
            Field::Languages | Field::Vulnerabilities => Kind::Multi,
            Field::Interpreter | Field::Consent => Kind::Check,
            Field::HouseholdId | Field::ConsentAt | Field::ConsentBy => Kind::Hidden,
        }
    }

    /// The longest text the field accepts as typed (pastes beyond it are refused).
    pub fn max_chars(self) -> usize {
        match self.kind() {
            Kind::Line { max } => max,
            Kind::Note => MAX_NOTE,
            Kind::Date | Kind::Id => 32,
            _ => MAX_LINE,
        }
    }

    pub fn required(self) -> bool {
        matches!(self, Field::Surname | Field::GivenName)
    }
}

/// The form's sections, in order; each fits an 80×24 terminal. The first two hold
/// what is typed for nearly everyone (names, birth, nationality, AMKA, phone,
/// municipality, languages, interpreter, vulnerability), so that Tab or Enter walks the
/// common path without passing empty fields; the rest follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Section {
    Essentials,
    Needs,
    Details,
    Household,
    Work,
    Consent,
    Notes,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Essentials,
        Section::Needs,
        Section::Details,
        Section::Household,
        Section::Work,
        Section::Consent,
        Section::Notes,
    ];

    pub fn fields(self) -> &'static [Field] {
        match self {
            Section::Essentials => &[
                Field::Surname,
                Field::GivenName,
                Field::FatherName,
                Field::DateOfBirth,
                Field::Gender,
                Field::Nationality,
                Field::Amka,
                Field::Phone,
                Field::Municipality,
            ],
            Section::Needs => &[Field::Languages, Field::Interpreter, Field::Vulnerabilities],
            Section::Details => &[
                Field::MotherName,
                Field::Afm,
                Field::Paaypa,
                Field::OtherDocument,
                Field::Email,
                Field::Address,
            ],
            Section::Household => &[Field::HouseholdWith, Field::Relation],
            Section::Work => &[Field::Employment, Field::Education],
            Section::Consent => &[Field::Consent],
            Section::Notes => &[Field::Notes],
        }
    }

    pub fn of(field: Field) -> Section {
        Section::ALL
            .into_iter()
            .find(|s| s.fields().contains(&field))
            .unwrap_or(Section::Essentials)
    }
}

/// The form's values as text: what was typed, or the codes a picker chose
/// (`F`, `AF`, `ara,fas`, `1` for a ticked box).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Entry {
    values: BTreeMap<Field, String>,
}

impl Entry {
    pub fn get(&self, field: Field) -> &str {
        self.values.get(&field).map(String::as_str).unwrap_or("")
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        let value = value.into();
        if value.is_empty() {
            self.values.remove(&field);
        } else {
            self.values.insert(field, value);
        }
    }

    pub fn flag(&self, field: Field) -> bool {
        !self.get(field).is_empty()
    }

    /// Nothing typed in any visible field.
    pub fn is_blank(&self) -> bool {
        self.values
            .iter()
            .all(|(f, v)| f.kind() == Kind::Hidden || v.trim().is_empty())
    }

    /// Field name → value, for drafts.
    pub fn to_map(&self) -> BTreeMap<String, String> {
        self.values
            .iter()
            .map(|(f, v)| (f.name().to_string(), v.clone()))
            .collect()
    }

    /// Reads a draft's map; unknown names (from a newer program) are skipped.
    pub fn from_map(map: &BTreeMap<String, String>) -> Entry {
        let mut entry = Entry::default();
        for (name, value) in map {
            if let Some(field) = Field::from_name(name) {
                entry.set(field, value.clone());
            }
        }
        entry
    }

    /// The form as it opens on an existing person.
    pub fn from_person(p: &Person) -> Entry {
        let mut e = Entry::default();
        e.set(Field::Surname, p.surname.clone());
        e.set(Field::GivenName, p.given_name.clone());
        e.set(Field::FatherName, p.father_name.clone());
        e.set(Field::MotherName, p.mother_name.clone());
        e.set(
            Field::DateOfBirth,
            p.date_of_birth.map(dates::format_date).unwrap_or_default(),
        );
        e.set(
            Field::Gender,
            p.gender.map(|g| g.code()).unwrap_or_default(),
        );
        e.set(
            Field::Nationality,
            p.nationality.clone().unwrap_or_default(),
        );
        e.set(Field::Amka, p.amka.clone().unwrap_or_default());
        e.set(Field::Afm, p.afm.clone().unwrap_or_default());
        e.set(Field::Paaypa, p.paaypa.clone().unwrap_or_default());
        e.set(
            Field::OtherDocument,
            p.other_document.clone().unwrap_or_default(),
        );
        e.set(Field::Phone, p.phone.clone().unwrap_or_default());
        e.set(Field::Email, p.email.clone().unwrap_or_default());
        e.set(Field::Address, p.address.clone().unwrap_or_default());
        e.set(
            Field::Municipality,
            p.municipality.clone().unwrap_or_default(),
        );
        e.set(
            Field::Relation,
            p.household_relation.map(|r| r.code()).unwrap_or_default(),
        );
        e.set(Field::Languages, p.languages.join(","));
        e.set(
            Field::Interpreter,
            if p.interpreter_needed { "1" } else { "" },
        );
        e.set(
            Field::Vulnerabilities,
            p.vulnerabilities
                .iter()
                .map(|v| v.code())
                .collect::<Vec<_>>()
                .join(","),
        );
        e.set(
            Field::Employment,
            p.employment.map(|x| x.code()).unwrap_or_default(),
        );
        e.set(
            Field::Education,
            p.education.map(|x| x.code()).unwrap_or_default(),
        );
        e.set(
            Field::Consent,
            if p.consent_at.is_some() { "1" } else { "" },
        );
        e.set(Field::Notes, p.notes.clone());
        e.set(
            Field::HouseholdId,
            p.household_id.map(|id| id.to_string()).unwrap_or_default(),
        );
        e.set(
            Field::ConsentAt,
            p.consent_at
                .map(|t| t.format("%Y-%m-%dT%H:%M:%S").to_string())
                .unwrap_or_default(),
        );
        e.set(Field::ConsentBy, p.consent_by.clone().unwrap_or_default());
        e
    }
}

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
    /// Reads `surname,given_name,...`; names not known are refused with their text.
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

/// The outcome of merging two edits of one person.
#[derive(Debug, Clone, PartialEq)]
pub struct Merge {
    /// Every field changed on one side only, taken from that side; for conflicts,
    /// ours (until the operator chooses).
    pub merged: Entry,
    /// Fields both sides changed to different values.
    pub conflicts: Vec<Field>,
}

/// Three-way merge of the form (`ours`) and the record as another desk saved it
/// (`theirs`), both edited from `base`.
pub fn merge(base: &Entry, ours: &Entry, theirs: &Entry) -> Merge {
    let mut merged = Entry::default();
    let mut conflicts = Vec::new();
    for field in Field::ALL {
        let (b, o, t) = (base.get(*field), ours.get(*field), theirs.get(*field));
        let value = if o == b || o == t {
            t
        } else if t == b {
            o
        } else {
            conflicts.push(*field);
            o
        };
        merged.set(*field, value);
    }
    Merge { merged, conflicts }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn now() -> NaiveDateTime {
        NaiveDate::from_ymd_opt(2026, 3, 15)
            .and_then(|d| d.and_hms_opt(10, 42, 0))
            .unwrap()
    }

    fn named() -> Entry {
        let mut e = Entry::default();
        e.set(Field::Surname, "Καρίμι");
        e.set(Field::GivenName, "Ahmad");
        e.set(Field::Consent, "1");
        e
    }

    #[test]
    fn the_known_amka_vector_is_valid_and_says_1930_male() {
        let facts = amka_facts("01013099997", now().date()).unwrap();
        assert_eq!(
            facts.date_of_birth,
            NaiveDate::from_ymd_opt(1930, 1, 1).unwrap()
        );
        assert_eq!(facts.gender, Gender::Male);
        let mut e = named();
        e.set(Field::Amka, "010130 99997");
        let checked = check(&e, now(), "tester", &ConsentPolicy::default());
        assert!(!checked.has_errors(), "{:?}", checked.issues);
        assert_eq!(checked.person.amka.as_deref(), Some("01013099997"));
    }

    #[test]
    fn amka_disagreeing_with_the_date_of_birth_warns_without_blocking() {
        let mut e = named();
        e.set(Field::Amka, "01013099997");
        e.set(Field::DateOfBirth, "2/1/1930");
        let checked = check(&e, now(), "tester", &ConsentPolicy::default());
        assert!(!checked.has_errors());
        assert_eq!(
            checked
                .issue_of(Field::Amka)
                .map(|i| (i.severity, i.problem)),
            Some((Severity::Warning, Problem::AmkaDateDiffers))
        );
    }

    #[test]
    fn bad_values_are_errors_on_their_fields_and_the_first_is_named() {
        let mut e = Entry::default();
        e.set(Field::GivenName, "Ahmad");
        e.set(Field::Amka, "01013099998");
        e.set(Field::Afm, "000000000");
        e.set(Field::Phone, "12345");
        e.set(Field::DateOfBirth, "1/1/2099");
        e.set(Field::Email, "nobody");
        e.set(Field::Consent, "1");
        let checked = check(&e, now(), "tester", &ConsentPolicy::default());
        let problem = |f| checked.issue_of(f).map(|i| i.problem);
        assert_eq!(problem(Field::Surname), Some(Problem::Missing));
        assert_eq!(problem(Field::Amka), Some(Problem::Id(IdError::CheckDigit)));
        assert_eq!(problem(Field::Afm), Some(Problem::Id(IdError::AllZeros)));
        assert!(matches!(problem(Field::Phone), Some(Problem::Id(_))));
        assert_eq!(
            problem(Field::DateOfBirth),
            Some(Problem::Date(DateError::Future))
        );
        assert_eq!(problem(Field::Email), Some(Problem::BadEmail));
        assert_eq!(checked.first_error(), Some(Field::Surname));
    }

    #[test]
    fn phones_in_every_greek_shape_are_accepted() {
        for phone in [
            "6912345678",
            "+30 691 234 5678",
            "00306912345678",
            "210 1234567",
            "+44 20 7946 0958",
        ] {
            let mut e = named();
            e.set(Field::Phone, phone);
            let checked = check(&e, now(), "t", &ConsentPolicy::default());
            assert!(!checked.has_errors(), "{phone}: {:?}", checked.issues);
        }
    }

    #[test]
    fn pasted_controls_are_cleaned_and_long_values_refused() {
        let mut e = named();
        e.set(Field::FatherName, "Νικό\u{1b}[31mλαος\r\n");
        e.set(Field::MotherName, "α".repeat(MAX_NAME + 1));
        let checked = check(&e, now(), "t", &ConsentPolicy::default());
        assert_eq!(checked.person.father_name, "Νικό [31mλαος");
        assert_eq!(
            checked.issue_of(Field::MotherName).map(|i| i.problem),
            Some(Problem::TooLong { max: MAX_NAME })
        );
    }

    #[test]
    fn without_consent_only_the_minimum_is_kept() {
        let mut e = named();
        e.set(Field::Consent, "");
        e.set(Field::DateOfBirth, "1/1/1990");
        assert!(!check(&e, now(), "t", &ConsentPolicy::default()).has_errors());
        e.set(Field::Phone, "6912345678");
        let checked = check(&e, now(), "t", &ConsentPolicy::default());
        assert_eq!(
            checked.issue_of(Field::Phone).map(|i| i.problem),
            Some(Problem::NeedsConsent)
        );
        let wide = ConsentPolicy::parse("date_of_birth, phone").unwrap();
        assert!(!check(&e, now(), "t", &wide).has_errors());
        assert!(ConsentPolicy::parse("phone,shoe_size").is_err());
        e.set(Field::Consent, "1");
        let checked = check(&e, now(), "maria", &ConsentPolicy::default());
        assert_eq!(checked.person.consent_at, Some(now()));
        assert_eq!(checked.person.consent_by.as_deref(), Some("maria"));
    }

    #[test]
    fn a_person_round_trips_through_the_form() {
        let mut e = named();
        e.set(Field::DateOfBirth, "12/01/1990");
        e.set(Field::Gender, "M");
        e.set(Field::Nationality, "AF");
        e.set(Field::Languages, "prs,fas");
        e.set(Field::Vulnerabilities, "migrant,asylum-seeker");
        e.set(Field::Phone, "6912345678");
        e.set(Field::Relation, "head");
        e.set(Field::Employment, "unemployed");
        let first = check(&e, now(), "t", &ConsentPolicy::default());
        assert!(!first.has_errors(), "{:?}", first.issues);
        let again = check(
            &Entry::from_person(&first.person),
            now(),
            "t",
            &ConsentPolicy::default(),
        );
        assert_eq!(again.person, first.person);
    }

    #[test]
    fn merge_takes_one_sided_changes_and_names_conflicts() {
        let base = named();
        let mut ours = base.clone();
        ours.set(Field::Phone, "6912345678");
        ours.set(Field::Notes, "ours");
        let mut theirs = base.clone();
        theirs.set(Field::Address, "Πατησίων 1");
        theirs.set(Field::Notes, "theirs");
        let m = merge(&base, &ours, &theirs);
        assert_eq!(m.merged.get(Field::Phone), "6912345678");
        assert_eq!(m.merged.get(Field::Address), "Πατησίων 1");
        assert_eq!(m.conflicts, vec![Field::Notes]);
    }

    #[test]
    fn field_names_round_trip() {
        for f in Field::ALL {
            assert_eq!(Field::from_name(f.name()), Some(*f));
        }
        for s in Section::ALL {
            for f in s.fields() {
                assert_eq!(Section::of(*f), s);
            }
        }
    }

    #[test]
    fn every_visible_field_is_on_one_page_in_form_order() {
        // Tab order is page order, and the first error is the first in that order.
        let paged: Vec<Field> = Section::ALL
            .iter()
            .flat_map(|s| s.fields().iter().copied())
            .collect();
        let visible: Vec<Field> = Field::ALL
            .iter()
            .copied()
            .filter(|f| f.kind() != Kind::Hidden)
            .collect();
        assert_eq!(paged, visible);
    }

    proptest! {
        #[test]
        fn checking_never_panics(values in proptest::collection::vec(any::<String>(), 24)) {
            let mut e = Entry::default();
            for (f, v) in Field::ALL.iter().zip(values) {
                e.set(*f, v);
            }
            let checked = check(&e, now(), "t", &ConsentPolicy::default());
            prop_assert!(!checked.person.surname.chars().any(char::is_control));
            prop_assert!(!checked.person.notes.chars().any(|c| c.is_control() && c != '\n'));
        }

        #[test]
        fn identifier_validators_never_panic(text in any::<String>(), digits in "[0-9 ./-]{0,20}") {
            let today = now().date();
            let _ = ids::check_amka(&text, today);
            let _ = ids::check_amka(&digits, today);
            let _ = ids::check_afm(&text);
            let _ = ids::check_afm(&digits);
            let _ = ids::check_phone(&text);
            let _ = ids::check_phone(&digits);
            let _ = ids::check_paaypa(&text);
            let _ = dates::parse_date(&text, today);
            let _ = dates::parse_date(&digits, today);
            let _ = plausible_email(&text);
        }

        #[test]
        fn merge_of_untouched_sides_is_identity(a in "[a-z]{0,5}", b in "[a-z]{0,5}") {
            let mut base = Entry::default();
            base.set(Field::Surname, a);
            let mut ours = base.clone();
            ours.set(Field::Notes, b);
            let m = merge(&base, &ours, &base);
            prop_assert_eq!(m.merged, ours);
            prop_assert!(m.conflicts.is_empty());
        }
    }
}
