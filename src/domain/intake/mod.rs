//! The intake form's rules, without any screen: the fields of a person as typed, their
//! validation (errors block a save, warnings do not), the consent minimum, and the
//! three-way merge used when two desks edited the same person.
//!
//! The CSV import and the form share these validators, so a person is checked the same
//! way whichever door they come in by.

mod check;
mod merge;
#[cfg(test)]
mod tests;

use std::collections::BTreeMap;

use super::access::{Access, Kind as DataKind, Scope, Viewer, access};
use super::dates::{self};
use super::person::Person;
use super::text::{MAX_LINE, MAX_NAME, MAX_NOTE};

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

    /// What the field holds, in the privacy rule's words ([`super::access::Kind`]).
    pub fn privacy_kind(self) -> DataKind {
        match self {
            Field::Amka | Field::Afm | Field::Paaypa | Field::OtherDocument => DataKind::Identifier,
            Field::Phone | Field::Email | Field::Address | Field::Municipality => DataKind::Contact,
            Field::Vulnerabilities | Field::Notes => DataKind::Sensitive,
            _ => DataKind::Identity,
        }
    }

    /// Whether `viewer` meets the field on the intake form at all: not where the
    /// privacy rule hides its kind of data from them (a receptionist fills the basic
    /// fields; vulnerability and the record's notes are the social workers'). A field
    /// shown masked (an identifier) may still be typed.
    pub fn open_to(self, viewer: &Viewer) -> bool {
        access(viewer, self.privacy_kind(), Scope::Centre) != Access::Hidden
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

    /// The section's fields that `viewer` meets on the form ([`Field::open_to`]).
    pub fn fields_for(self, viewer: &Viewer) -> Vec<Field> {
        self.fields()
            .iter()
            .copied()
            .filter(|f| f.open_to(viewer))
            .collect()
    }

    /// The sections `viewer` has any field to fill in, in order.
    pub fn open_to(viewer: &Viewer) -> Vec<Section> {
        Section::ALL
            .into_iter()
            .filter(|s| !s.fields_for(viewer).is_empty())
            .collect()
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

pub use check::{
    Checked, ConsentPolicy, EARLIEST_BIRTH_YEAR, Issue, Problem, Severity, amka_facts, check,
    plausible_email,
};
pub use merge::{Merge, merge};
