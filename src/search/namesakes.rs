//! The namesakes recall set: people drawn from a seeded database who share their
//! surname and given name with others, each queried the ways a desk narrows a common
//! name: name and birth year, name and full date (in the forms people type, some with
//! the usual entry errors), name and father's name, and name alone. Shared by the
//! recall test and the lookup benchmark among a million people.
//!
//! A query is *decidable* when nobody else fits what it says as well as the labelled
//! person: no namesake born the same day (for a date), the same year (for a year), or
//! with the same father (for a father's name). A receptionist facing two Γεώργιος
//! Παπαδόπουλος born the same day asks something else; no ranking can pick one, so the
//! figures are given over all queries and over the decidable ones.

use chrono::{Datelike, NaiveDate};

use super::split_query;
use crate::domain::names;
use crate::domain::person::Person;
use crate::store::{Store, StoreError};

/// How many namesakes are looked at per person (the engine hands over at most 200
/// candidates anyway).
const NAMESAKES_LOOKED_AT: usize = 200;

/// What a query adds to the name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Case {
    Year,
    Date,
    DateWithError,
    Father,
    NameOnly,
}

impl Case {
    pub const ALL: [Case; 5] = [
        Case::Year,
        Case::Date,
        Case::DateWithError,
        Case::Father,
        Case::NameOnly,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Case::Year => "name + birth year",
            Case::Date => "name + full date",
            Case::DateWithError => "name + date with an entry error",
            Case::Father => "name + father's name",
            Case::NameOnly => "name only",
        }
    }
}

/// One labelled query.
#[derive(Debug, Clone, PartialEq)]
pub struct NamesakeQuery {
    pub person_id: i64,
    pub case: Case,
    pub query: String,
    /// Nobody else fits the query as well (see the module's note).
    pub decidable: bool,
    /// How many exact namesakes the person has.
    pub namesakes: usize,
}

/// The queries for the people `sample` names who have at least `min_namesakes`
/// exact namesakes and a date of birth.
pub fn build(
    store: &Store,
    sample: &[i64],
    min_namesakes: usize,
    today: NaiveDate,
) -> Result<Vec<NamesakeQuery>, StoreError> {
    let mut out = Vec::new();
    for (n, person) in store.people_by_ids(sample)?.into_iter().enumerate() {
        let Some(born) = person.date_of_birth else {
            continue;
        };
        if person.surname.is_empty() || person.given_name.is_empty() {
            continue;
        }
        let name = format!("{} {}", person.surname, person.given_name);
        let others: Vec<Person> = super::search_on(store, &name, NAMESAKES_LOOKED_AT, today)?
            .into_iter()
            .map(|hit| hit.person)
            .filter(|p| p.id != person.id && same_name(p, &person))
            .collect();
        if others.len() < min_namesakes {
            continue;
        }
        // Decidable is judged among the people the query itself finds (the engine
        // narrows by the date or the father's name, past the name's own 200).
        let mut add = |case: Case, query: String| -> Result<(), StoreError> {
            let rivals: Vec<Person> = super::search_on(store, &query, NAMESAKES_LOOKED_AT, today)?
                .into_iter()
                .map(|hit| hit.person)
                .filter(|p| p.id != person.id && same_name(p, &person))
                .collect();
            let decidable = decidable(&query, case, &person, &rivals, today);
            out.push(NamesakeQuery {
                person_id: person.id,
                case,
                query,
                decidable,
                namesakes: others.len(),
            });
            Ok(())
        };
        add(Case::NameOnly, name.clone())?;
        add(Case::Year, format!("{name} {}", born.year()))?;
        let date = date_form(born, n);
        add(
            Case::Date,
            if n % 3 == 2 {
                format!("{date} {name}")
            } else {
                format!("{name} {date}")
            },
        )?;
        if let Some(wrong) = entry_error(born, n) {
            add(
                Case::DateWithError,
                format!("{name} {}", date_form(wrong, n)),
            )?;
        }
        if !person.father_name.is_empty() {
            add(Case::Father, format!("{name} {}", person.father_name))?;
        }
    }
    Ok(out)
}

/// The rank (1 = first) of each query's person among the first `depth` results.
pub fn evaluate(
    store: &Store,
    queries: &[NamesakeQuery],
    depth: usize,
    today: NaiveDate,
) -> Result<Vec<Option<usize>>, StoreError> {
    queries
        .iter()
        .map(|q| {
            let hits = super::search_on(store, &q.query, depth, today)?;
            Ok(hits
                .iter()
                .position(|h| h.person.id == q.person_id)
                .map(|p| p + 1))
        })
        .collect()
}

/// (queries, share first, share in the top five) of one case, over all its queries
/// or only the decidable ones.
pub fn shares(
    queries: &[NamesakeQuery],
    ranks: &[Option<usize>],
    case: Case,
    decidable_only: bool,
) -> (usize, f64, f64) {
    let picked: Vec<Option<usize>> = queries
        .iter()
        .zip(ranks)
        .filter(|(q, _)| q.case == case && (q.decidable || !decidable_only))
        .map(|(_, r)| *r)
        .collect();
    let n = picked.len().max(1) as f64;
    let first = picked.iter().filter(|r| **r == Some(1)).count() as f64;
    let top5 = picked.iter().filter(|r| r.is_some_and(|k| k <= 5)).count() as f64;
    (picked.len(), first / n, top5 / n)
}

fn same_name(a: &Person, b: &Person) -> bool {
    names::fold(&a.surname) == names::fold(&b.surname)
        && names::fold(&a.given_name) == names::fold(&b.given_name)
}

/// Whether the labelled person fits `query` strictly better than every namesake.
fn decidable(
    query: &str,
    case: Case,
    person: &Person,
    others: &[Person],
    today: NaiveDate,
) -> bool {
    match case {
        Case::NameOnly => others.is_empty(),
        Case::Father => !others
            .iter()
            .any(|o| names::fold(&o.father_name) == names::fold(&person.father_name)),
        Case::Year | Case::Date | Case::DateWithError => {
            let Some(term) = split_query(query, today).term else {
                return false;
            };
            let Some(mine) = term.judge(person.date_of_birth, today) else {
                return false;
            };
            !others.iter().any(|o| {
                term.judge(o.date_of_birth, today)
                    .is_some_and(|theirs| theirs <= mine)
            })
        }
    }
}

/// The date as people type it, one of five forms chosen by `n`.
fn date_form(date: NaiveDate, n: usize) -> String {
    let format = match n % 5 {
        0 => "%d/%m/%Y",
        1 => "%d-%m-%y",
        2 => "%d.%m.%Y",
        3 => "%Y-%m-%d",
        _ => "%d%m%Y",
    };
    date.format(format).to_string()
}

/// The date of birth with one of the usual entry errors, chosen by `n`: day and month
/// swapped, one digit of the day wrong, or the year one off.
fn entry_error(born: NaiveDate, n: usize) -> Option<NaiveDate> {
    let (y, m, d) = (born.year(), born.month(), born.day());
    match n % 3 {
        0 if d <= 12 && d != m => NaiveDate::from_ymd_opt(y, d, m),
        0 | 1 => {
            let units = d % 10;
            let wrong = if units == 9 { d - 1 } else { d + 1 };
            NaiveDate::from_ymd_opt(y, m, wrong).filter(|w| w.day() / 10 == d / 10)
        }
        _ => NaiveDate::from_ymd_opt(y + 1, m, d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_errors_are_the_tolerated_ones() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(entry_error(ymd(2002, 10, 7), 0), Some(ymd(2002, 7, 10)));
        assert_eq!(entry_error(ymd(2002, 10, 23), 1), Some(ymd(2002, 10, 24)));
        assert_eq!(entry_error(ymd(2002, 10, 29), 1), Some(ymd(2002, 10, 28)));
        assert_eq!(entry_error(ymd(2002, 10, 23), 2), Some(ymd(2003, 10, 23)));
        // Each parses back as a date term.
        let today = ymd(2026, 11, 30);
        for n in 0..5 {
            let q = format!("papadopoulos {}", date_form(ymd(1987, 4, 23), n));
            assert_eq!(
                split_query(&q, today).term,
                Some(super::super::DateTerm::Day(ymd(1987, 4, 23))),
                "{q}"
            );
        }
    }
}
