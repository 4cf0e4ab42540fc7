//! Words for what the form shows: field and section names, problems, a country, a
//! person in one line. Kept apart so that drawing and saving say the same thing.

use crate::domain::dates::{self, DateError};
use crate::domain::ids::IdError;
use crate::domain::intake::{Field, Problem, Section};
use crate::domain::person::Person;
use crate::domain::reference;
use crate::i18n::intake::Im;
use crate::i18n::{Lang, t, tf};

/// Words for a problem, in the operator's language.
pub(super) fn problem_text(lang: Lang, problem: Problem) -> String {
    let msg = match problem {
        Problem::Missing => Im::ErrMissing,
        Problem::TooLong { max } => return tf(lang, Im::ErrTooLong, &[&max.to_string()]),
        Problem::Date(DateError::Future) => Im::ErrFuture,
        Problem::TooEarly => Im::ErrTooEarly,
        Problem::Date(DateError::NotADate) => Im::ErrNotADate,
        Problem::Date(_) => Im::ErrDateFormat,
        Problem::Id(IdError::Length) => Im::ErrLength,
        Problem::Id(IdError::NotDigits) => Im::ErrNotDigits,
        Problem::Id(IdError::CheckDigit) => Im::ErrCheckDigit,
        Problem::Id(IdError::BadDate) => Im::ErrBadDate,
        Problem::Id(IdError::AllZeros) => Im::ErrAllZeros,
        Problem::Id(IdError::NotAPhone) => Im::ErrNotAPhone,
        Problem::AmkaDateDiffers => Im::WarnAmkaDate,
        Problem::AmkaGenderDiffers => Im::WarnAmkaGender,
        Problem::BadEmail => Im::ErrEmail,
        Problem::UnknownCode => Im::ErrUnknown,
        Problem::NeedsConsent => Im::ErrNeedsConsent,
        Problem::AlreadyRegistered { .. } => Im::ErrRegistered,
    };
    t(lang, msg).to_string()
}

pub fn field_label(field: Field) -> Im {
    match field {
        Field::Surname => Im::FSurname,
        Field::GivenName => Im::FGivenName,
        Field::FatherName => Im::FFatherName,
        Field::MotherName => Im::FMotherName,
        Field::DateOfBirth => Im::FDateOfBirth,
        Field::Gender => Im::FGender,
        Field::Nationality => Im::FNationality,
        Field::Amka => Im::FAmka,
        Field::Afm => Im::FAfm,
        Field::Paaypa => Im::FPaaypa,
        Field::OtherDocument => Im::FOtherDocument,
        Field::Phone => Im::FPhone,
        Field::Email => Im::FEmail,
        Field::Address => Im::FAddress,
        Field::Municipality => Im::FMunicipality,
        Field::HouseholdWith | Field::HouseholdId => Im::FHouseholdWith,
        Field::Relation => Im::FRelation,
        Field::Languages => Im::FLanguages,
        Field::Interpreter => Im::FInterpreter,
        Field::Vulnerabilities => Im::FVulnerabilities,
        Field::Employment => Im::FEmployment,
        Field::Education => Im::FEducation,
        Field::Consent | Field::ConsentAt | Field::ConsentBy => Im::FConsent,
        Field::Notes => Im::FNotes,
    }
}

pub(super) fn section_label(section: Section) -> Im {
    match section {
        Section::Essentials => Im::SecEssentials,
        Section::Needs => Im::SecNeeds,
        Section::Details => Im::SecDetails,
        Section::Household => Im::SecHousehold,
        Section::Work => Im::SecWork,
        Section::Consent => Im::SecConsent,
        Section::Notes => Im::SecNotes,
    }
}

pub(super) fn person_line(p: &Person) -> String {
    let dob = p.date_of_birth.map(dates::format_date).unwrap_or_default();
    format!("{}  {dob}", p.display_name())
}

pub(super) fn country_label(c: &reference::Country, lang: Lang) -> String {
    match lang {
        Lang::El => format!("{} ({})", c.name_el, c.alpha2),
        Lang::En => format!("{} ({})", c.name_en, c.alpha2),
    }
}
