//! The one person picker and the one way a person is written on one line (the queue's
//! link, the referral form, the intake's duplicates all show people the same way).

use super::picker::{Choice, Source};
use crate::domain::dates::format_date;
use crate::domain::person::Person;
use crate::store::StoreError;
use crate::ui::Ctx;

/// A person on one line: name, father's name in brackets, date of birth. No
/// identifiers: they are masked or hidden by the role rule where they are shown.
pub fn person_line(p: &Person) -> String {
    let mut out = p.display_name();
    if !p.father_name.is_empty() {
        out.push_str(&format!(" ({})", p.father_name));
    }
    if let Some(d) = p.date_of_birth {
        out.push_str(&format!(" {}", format_date(d)));
    }
    out
}

/// People found with the lookup engine (any script, identifiers, today's tickets).
#[derive(Debug, Clone)]
pub struct PersonSource {
    /// At most this many hits.
    pub limit: usize,
}

impl Default for PersonSource {
    fn default() -> Self {
        PersonSource { limit: 8 }
    }
}

impl Source for PersonSource {
    /// The person's id.
    type Item = i64;

    fn find(&mut self, query: &str, cx: &mut Ctx<'_>) -> Result<Vec<Choice<i64>>, StoreError> {
        let hits = crate::search::search_on(cx.store, query, self.limit, cx.now.date())?;
        Ok(hits
            .into_iter()
            .map(|h| Choice {
                value: h.person.id,
                line: person_line(&h.person),
            })
            .collect())
    }

    fn min_chars(&self) -> usize {
        2
    }
}

/// The one person picker.
pub type PersonPicker = super::picker::Picker<PersonSource>;

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    #[test]
    fn one_line_has_name_father_and_birth_date() {
        let mut p = Person {
            surname: "Rezaei".into(),
            given_name: "Mohammad".into(),
            ..Person::default()
        };
        assert_eq!(person_line(&p), "Rezaei Mohammad");
        p.father_name = "Ali".into();
        p.date_of_birth = NaiveDate::from_ymd_opt(1990, 3, 4);
        assert_eq!(person_line(&p), "Rezaei Mohammad (Ali) 04/03/1990");
    }
}
