//! The beneficiary (ωφελούμενος): the person the desk serves.

use chrono::{NaiveDate, NaiveDateTime};

use super::codes::{Education, Employment, Gender, Relation, Vulnerability};

/// A person as stored. Text fields hold what the operator typed (names are shown as
/// entered); optional identifiers are `None` rather than empty so that uniqueness
/// checks ignore people without one.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Person {
    pub id: i64,
    pub surname: String,
    pub given_name: String,
    pub father_name: String,
    pub mother_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub gender: Option<Gender>,
    /// ISO 3166-1 alpha-2 code.
    pub nationality: Option<String>,
    /// ISO 639-3 codes, most used first.
    pub languages: Vec<String>,
    pub interpreter_needed: bool,
    pub amka: Option<String>,
    pub afm: Option<String>,
    pub paaypa: Option<String>,
    pub other_document: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    pub municipality: Option<String>,
    pub household_id: Option<i64>,
    pub household_relation: Option<Relation>,
    pub vulnerabilities: Vec<Vulnerability>,
    pub employment: Option<Employment>,
    pub education: Option<Education>,
    pub consent_at: Option<NaiveDateTime>,
    pub consent_by: Option<String>,
    pub notes: String,
    pub created_at: Option<NaiveDateTime>,
    pub created_by: String,
    pub updated_at: Option<NaiveDateTime>,
    pub updated_by: String,
    /// Bumped on every save; an edit must name the version it read.
    pub version: i64,
}

impl Person {
    /// "Surname Given", the way lists show a person.
    pub fn display_name(&self) -> String {
        match (self.surname.is_empty(), self.given_name.is_empty()) {
            (false, false) => format!("{} {}", self.surname, self.given_name),
            (false, true) => self.surname.clone(),
            _ => self.given_name.clone(),
        }
    }

    /// Age in whole years on `today`, when the date of birth is known.
    pub fn age_on(&self, today: NaiveDate) -> Option<u32> {
        self.date_of_birth.and_then(|dob| today.years_since(dob))
    }
}

/// Masks all but the last `visible` characters of an identifier, as lists show them
/// to roles that may not see the whole number.
pub fn mask_identifier(id: &str, visible: usize) -> String {
    let count = id.chars().count();
    let hidden = count.saturating_sub(visible);
    id.chars()
        .enumerate()
        .map(|(i, c)| if i < hidden { '•' } else { c })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_name_and_age() {
        let p = Person {
            surname: "Παπαδόπουλος".into(),
            given_name: "Γεώργιος".into(),
            date_of_birth: NaiveDate::from_ymd_opt(2002, 10, 23),
            ..Person::default()
        };
        assert_eq!(p.display_name(), "Παπαδόπουλος Γεώργιος");
        let today = NaiveDate::from_ymd_opt(2026, 11, 23).unwrap();
        assert_eq!(p.age_on(today), Some(24));
        let day_before = NaiveDate::from_ymd_opt(2026, 10, 22).unwrap();
        assert_eq!(p.age_on(day_before), Some(23));
    }

    #[test]
    fn masking_keeps_the_tail() {
        assert_eq!(mask_identifier("01013099997", 4), "•••••••9997");
        assert_eq!(mask_identifier("12", 4), "12");
    }
}
