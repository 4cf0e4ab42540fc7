//! Duplicates before they happen: the people the intake form may be about to register
//! a second time, from what has been typed so far.

use chrono::NaiveDate;

use super::{DateMatch, MatchKind, search_name_born};
use crate::domain::ids;
use crate::domain::person::Person;
use crate::store::{Store, StoreError};

/// What was typed so far (identifiers already normalised when valid).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Probe {
    pub surname: String,
    pub given_name: String,
    pub date_of_birth: Option<NaiveDate>,
    pub amka: Option<String>,
    pub afm: Option<String>,
    pub paaypa: Option<String>,
    pub phone: Option<String>,
}

/// Why someone is listed, most certain first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    /// Same AMKA: the same person, saving is refused.
    SameAmka,
    /// Same AFM: the same person, saving is refused.
    SameAfm,
    SamePaaypa,
    SamePhone,
    /// The name matches and the date of birth agrees, exactly or with one of the
    /// usual entry errors (day and month swapped, one digit, a year off, the other
    /// century, only the year recorded).
    NameAndBirth {
        date: DateMatch,
        spelling: Spelling,
    },
    /// The name matches and no date of birth contradicts it (one side has none).
    Name {
        spelling: Spelling,
    },
}

/// How the name agrees: as typed, or in another spelling of the same name
/// (transliteration, a variant, one typo).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Spelling {
    Same,
    Different,
}

impl Spelling {
    fn of(kind: MatchKind) -> Self {
        match kind {
            MatchKind::Transliterated | MatchKind::Fuzzy => Spelling::Different,
            _ => Spelling::Same,
        }
    }
}

impl Reason {
    /// A hard stop: the form may not save a new person with this.
    pub fn blocks(self) -> bool {
        matches!(self, Reason::SameAmka | Reason::SameAfm)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Candidate {
    pub person: Person,
    pub reason: Reason,
}

/// Likely existing people for `probe`, most certain first, without `exclude` (the person
/// being edited and those already judged different); at most `limit`.
pub fn duplicates(
    store: &Store,
    probe: &Probe,
    exclude: &[i64],
    limit: usize,
) -> Result<Vec<Candidate>, StoreError> {
    let mut out: Vec<Candidate> = Vec::new();
    let add = |person: Person, reason: Reason, out: &mut Vec<Candidate>| {
        if exclude.contains(&person.id) {
            return;
        }
        match out.iter_mut().find(|c| c.person.id == person.id) {
            Some(c) => c.reason = c.reason.min(reason),
            None => out.push(Candidate { person, reason }),
        }
    };
    if let Some(amka) = &probe.amka
        && let Some(p) = store.person_by_amka(amka)?
    {
        add(p, Reason::SameAmka, &mut out);
    }
    if let Some(afm) = &probe.afm
        && let Some(p) = store.person_by_afm(afm)?
    {
        add(p, Reason::SameAfm, &mut out);
    }
    if let Some(paaypa) = &probe.paaypa {
        for p in store.people_by_ids(&store.people_with_identifier(paaypa)?)? {
            if p.paaypa.as_deref() == Some(paaypa) {
                add(p, Reason::SamePaaypa, &mut out);
            }
        }
    }
    if let Some(key) = probe.phone.as_deref().and_then(ids::phone_search_key) {
        for p in store.people_by_ids(&store.people_with_identifier(&key)?)? {
            add(p, Reason::SamePhone, &mut out);
        }
    }
    let surname = probe.surname.trim();
    if surname.chars().count() >= 2 {
        let name = format!("{surname} {}", probe.given_name.trim());
        let today = chrono::Local::now().date_naive();
        for hit in search_name_born(store, &name, probe.date_of_birth, 40, today)? {
            if hit.kind == MatchKind::Identifier {
                continue;
            }
            let spelling = Spelling::of(hit.kind);
            let reason = match hit.date {
                // Only the year in common is another person, not an entry error.
                Some(DateMatch::SameYear) => continue,
                Some(DateMatch::Unknown) | None => Reason::Name { spelling },
                Some(date) => Reason::NameAndBirth { date, spelling },
            };
            add(hit.person, reason, &mut out);
        }
    }
    // A stable sort keeps the engine's ranking within one reason.
    out.sort_by_key(|c| c.reason);
    out.truncate(limit);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::Stamp;

    #[test]
    fn identifiers_then_name_and_birth_then_names() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let stamp = Stamp::now("t");
        let dob = NaiveDate::from_ymd_opt(1990, 1, 12);
        let person = |s: &str, g: &str, d: Option<NaiveDate>| Person {
            surname: s.into(),
            given_name: g.into(),
            date_of_birth: d,
            ..Person::default()
        };
        let same_birth = store
            .insert_person(&person("Karimi", "Ahmad", dob), &stamp)
            .unwrap();
        let no_birth = store
            .insert_person(&person("Karimi", "Ahmed", None), &stamp)
            .unwrap();
        let other_birth = store
            .insert_person(
                &person("Karimi", "Ahmad", NaiveDate::from_ymd_opt(1970, 5, 5)),
                &stamp,
            )
            .unwrap();
        let mut with_amka = person("Παπαδόπουλος", "Γιώργος", None);
        with_amka.amka = Some("01013099997".into());
        let amka_id = store.insert_person(&with_amka, &stamp).unwrap();
        let probe = Probe {
            surname: "Καρίμι".into(),
            given_name: "Αχμαντ".into(),
            date_of_birth: dob,
            amka: Some("01013099997".into()),
            ..Probe::default()
        };
        let found = duplicates(&store, &probe, &[], 10).unwrap();
        let got: Vec<(i64, Reason)> = found.iter().map(|c| (c.person.id, c.reason)).collect();
        assert_eq!(got[0], (amka_id, Reason::SameAmka));
        assert!(got[0].1.blocks());
        assert!(
            got.contains(&(
                same_birth,
                Reason::NameAndBirth {
                    date: DateMatch::Exact,
                    spelling: Spelling::Different
                }
            )),
            "{got:?}"
        );
        assert!(!got.iter().any(|(id, _)| *id == other_birth), "{got:?}");
        let _ = no_birth;
        // Excluded people (judged different) are not listed again.
        let again = duplicates(&store, &probe, &[same_birth, amka_id], 10).unwrap();
        assert!(
            again
                .iter()
                .all(|c| c.person.id != same_birth && c.person.id != amka_id)
        );
    }

    /// The duplicate panel's rule is lookup's: a person spelled another way with the
    /// same date, or the same name with a usual entry error in the date, is listed and
    /// says why; a namesake born another day of the same year is another person.
    #[test]
    fn same_date_other_spelling_and_tolerated_date_errors() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let stamp = Stamp::now("t");
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let person = |s: &str, g: &str, d: Option<NaiveDate>| Person {
            surname: s.into(),
            given_name: g.into(),
            date_of_birth: d,
            ..Person::default()
        };
        let spelled = store
            .insert_person(&person("Bondarenco", "Olena", ymd(1984, 3, 12)), &stamp)
            .unwrap();
        let swapped = store
            .insert_person(&person("Bondarenko", "Olena", ymd(1984, 12, 3)), &stamp)
            .unwrap();
        let same_year = store
            .insert_person(&person("Bondarenko", "Olena", ymd(1984, 7, 30)), &stamp)
            .unwrap();
        let probe = Probe {
            surname: "Bondarenko".into(),
            given_name: "Olena".into(),
            date_of_birth: ymd(1984, 3, 12),
            ..Probe::default()
        };
        let found = duplicates(&store, &probe, &[], 10).unwrap();
        let got: Vec<(i64, Reason)> = found.iter().map(|c| (c.person.id, c.reason)).collect();
        assert!(
            got.contains(&(
                spelled,
                Reason::NameAndBirth {
                    date: DateMatch::Exact,
                    spelling: Spelling::Different
                }
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&(
                swapped,
                Reason::NameAndBirth {
                    date: DateMatch::DayMonthSwapped,
                    spelling: Spelling::Same
                }
            )),
            "{got:?}"
        );
        assert!(!got.iter().any(|(id, _)| *id == same_year), "{got:?}");
        // The exact date comes before the entry error.
        assert_eq!(got[0].0, spelled);
    }
}
