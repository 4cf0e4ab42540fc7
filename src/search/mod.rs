//! The lookup engine, shared by the lookup screen, the intake duplicate panel and
//! `kentro search`.
//!
//! Two steps. The store narrows the people to a few hundred candidates through the
//! normalised name keys kept on disk beside each person (or an identifier, or one of
//! today's ticket numbers, or the name keys by date of birth when the query holds a
//! date term: see [`date_terms`]); this module then ranks them in memory. With a
//! date term, how the recorded date agrees with it ranks first (the exact date, then
//! the usual entry errors, then the year only); a date that contradicts it leaves the
//! person out. Candidates come in
//! tiers, each filling only what the ones before left: whole keys, likely prefixes,
//! certain prefixes, then keys one typo away (from the deletion neighbourhood stored
//! with the key vocabulary). Ranking: an exact identifier, then exact names, prefixes,
//! transliterated matches, fuzzy ones (a word found only in the father's name counts
//! as transliterated at best); within a kind the most recent visit first (the person
//! at the desk has usually been before), then the closer spelling.

mod candidates;
pub mod date_terms;
pub mod duplicates;
mod identifiers;
pub mod namesakes;
mod query;
mod rank;
pub mod recall;

use chrono::NaiveDate;

use crate::domain::person::Person;
use crate::store::{NameRow, Store, StoreError};
use candidates::{birth_candidates, name_candidates};
pub use date_terms::{DateMatch, DateTerm, SplitQuery, split_query};
use identifiers::{identifier_candidates, identifier_query};
use query::word_sets;
use rank::{NameWordCache, Score, matched_words, score_row};

/// How many candidates the store may hand over for ranking.
const CANDIDATES: usize = 200;

/// Below this many candidates, keys one typo away are looked up too.
const FUZZY_WHEN_FEWER: usize = 40;

/// The fewest letters a word needs before a typo in it is forgiven.
const FUZZY_MIN_LETTERS: usize = 5;

/// Why a person matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    /// AMKA, AFM, ΠΑΑΥΠΑ, phone or one of today's ticket numbers.
    Identifier,
    /// Born on the date that was the whole query.
    BirthDate,
    /// Every word is a whole name word (in its own script or by ELOT 743).
    ExactName,
    /// Some word is the start of a name word.
    Prefix,
    /// Some word matches only by its phonetic key (Greeklish, variant spellings).
    Transliterated,
    /// Some word matches only with one typo.
    Fuzzy,
}

impl MatchKind {
    /// A short English name, for `kentro search` and logs.
    pub fn name(self) -> &'static str {
        match self {
            MatchKind::Identifier => "identifier",
            MatchKind::BirthDate => "date-of-birth",
            MatchKind::ExactName => "exact",
            MatchKind::Prefix => "prefix",
            MatchKind::Transliterated => "transliterated",
            MatchKind::Fuzzy => "fuzzy",
        }
    }
}

/// A field of a person's name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum NameField {
    Surname,
    GivenName,
    Father,
    Mother,
}

/// Words of one name field that a query matched: `count` words from the `first`
/// (counted as [`crate::domain::names::word_ranges`] counts them; two when the query
/// wrote a pair as one word, "Alhassan" for "Al Hassan").
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WordSpan {
    pub field: NameField,
    pub first: usize,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub person: Person,
    pub kind: MatchKind,
    /// Higher is better; comparable within one query.
    pub score: u32,
    /// How the date of birth agrees with the date term typed, if one was.
    pub date: Option<DateMatch>,
    /// The date term typed (a day, a month, a year or an age), if any.
    pub term: Option<DateTerm>,
    /// How many query words were found only in the father's or mother's name (fewer
    /// rank first, within a kind).
    pub father_only: usize,
    pub last_visit: Option<NaiveDate>,
    /// The name words the query matched (none for an identifier or a date alone), so
    /// that screens can show why the person is listed.
    pub matched: Vec<WordSpan>,
}

/// Finds people by name (any script), identifier, phone, today's ticket or date of
/// birth; best first.
pub fn search(store: &Store, query: &str, limit: usize) -> Result<Vec<Hit>, StoreError> {
    search_on(store, query, limit, chrono::Local::now().date_naive())
}

/// [`search`] with today's date given (ticket numbers are per day, ages count from it).
pub fn search_on(
    store: &Store,
    query: &str,
    limit: usize,
    today: NaiveDate,
) -> Result<Vec<Hit>, StoreError> {
    search_split(store, query, &split_query(query, today), limit, today)
}

/// A name and a date of birth already apart (the intake form's fields): the same
/// ranking as a query holding both.
pub fn search_name_born(
    store: &Store,
    name: &str,
    date_of_birth: Option<NaiveDate>,
    limit: usize,
    today: NaiveDate,
) -> Result<Vec<Hit>, StoreError> {
    let split = SplitQuery {
        names: name.to_string(),
        term: date_of_birth.map(DateTerm::Day),
    };
    search_split(store, name, &split, limit, today)
}

fn search_split(
    store: &Store,
    query: &str,
    split: &SplitQuery,
    limit: usize,
    today: NaiveDate,
) -> Result<Vec<Hit>, StoreError> {
    let names_typed = !split.names.trim().is_empty();
    let mut ranked: Vec<(NameRow, Score)> = Vec::new();
    if split.term.is_none() || !names_typed {
        ranked = identifier_hits(store, query, today)?;
    }
    if let (Some(DateTerm::Day(date)), false) = (split.term, names_typed) {
        // A date alone: the people born that day, the most recently seen first.
        let known: Vec<i64> = ranked.iter().map(|(row, _)| row.id).collect();
        let ids: Vec<i64> = store
            .people_born_on(date, CANDIDATES)?
            .into_iter()
            .filter(|id| !known.contains(id))
            .collect();
        for row in store.name_rows(&ids)? {
            let score = Score {
                date: None,
                kind: MatchKind::BirthDate,
                reused: 0,
                father_only: 0,
                points: 0,
            };
            ranked.push((row, score));
        }
    } else if ranked.is_empty() && names_typed {
        ranked = name_hits(store, &split.names, split.term, today)?;
    }
    ranked.sort_by(|a, b| {
        a.1.rank()
            .cmp(&b.1.rank())
            .then(b.0.last_visit.cmp(&a.0.last_visit))
            .then(b.1.points.cmp(&a.1.points))
            .then(a.0.id.cmp(&b.0.id))
    });
    ranked.truncate(limit);
    // Which words matched, for the few people shown (the ranking kept no places).
    let sets = if names_typed {
        word_sets(&split.names)
    } else {
        Vec::new()
    };
    let mut cache = NameWordCache::default();
    let mut matched: std::collections::HashMap<i64, Vec<WordSpan>> = ranked
        .iter()
        .filter(|(_, score)| score.kind != MatchKind::Identifier)
        .map(|(row, _)| (row.id, matched_words(&sets, row, &mut cache)))
        .collect();
    let ids: Vec<i64> = ranked.iter().map(|(row, _)| row.id).collect();
    // Matched by id: a person removed since ranking is left out, not mismatched.
    let mut people: std::collections::HashMap<i64, Person> = store
        .people_by_ids(&ids)?
        .into_iter()
        .map(|p| (p.id, p))
        .collect();
    Ok(ranked
        .into_iter()
        .filter_map(|(row, score)| {
            Some(Hit {
                person: people.remove(&row.id)?,
                kind: score.kind,
                date: score.date,
                term: split.term,
                score: score.points,
                father_only: score.father_only,
                last_visit: row.last_visit,
                matched: matched.remove(&row.id).unwrap_or_default(),
            })
        })
        .collect())
}

/// The people an identifier query names, exact ones first.
fn identifier_hits(
    store: &Store,
    query: &str,
    today: NaiveDate,
) -> Result<Vec<(NameRow, Score)>, StoreError> {
    let mut ranked = Vec::new();
    if let Some(id_query) = identifier_query(query) {
        let found = identifier_candidates(store, &id_query, today)?;
        let ids: Vec<i64> = found.iter().map(|(id, _)| *id).collect();
        for (row, (_, exact)) in store.name_rows(&ids)?.into_iter().zip(found) {
            let score = Score {
                date: None,
                kind: MatchKind::Identifier,
                reused: 0,
                father_only: 0,
                points: if exact { 1000 } else { 500 },
            };
            ranked.push((row, score));
        }
    }
    Ok(ranked)
}

/// The people the name words name, narrowed and ranked by the date term if any: a
/// recorded date of birth that contradicts the term leaves the person out.
fn name_hits(
    store: &Store,
    names: &str,
    term: Option<DateTerm>,
    today: NaiveDate,
) -> Result<Vec<(NameRow, Score)>, StoreError> {
    let sets = word_sets(names);
    let mut ids = Vec::new();
    if let (Some(term), Some(words)) = (&term, sets.first()) {
        birth_candidates(store, words, term, today, &mut ids)?;
    }
    let mut cache = NameWordCache::default();
    let mut ranked = Vec::new();
    let mut scored = 0;
    let mut rank_new = |ids: &[i64], ranked: &mut Vec<(NameRow, Score)>| {
        for row in store.name_rows(ids)? {
            let Some(mut score) = score_row(&sets, &row, &mut cache) else {
                continue;
            };
            if let Some(term) = &term {
                match term.judge(row.date_of_birth, today) {
                    Some(agreement) => score.date = Some(agreement),
                    None => continue,
                }
            }
            ranked.push((row, score));
        }
        Ok::<_, StoreError>(())
    };
    // With a date, the people found by it come first; the name's own candidates
    // (people without a recorded date, spellings one typo away) only when few were.
    if term.is_none() || ids.len() < FUZZY_WHEN_FEWER {
        for (i, set) in sets.iter().enumerate() {
            // Joined readings only when the words as typed found few people, or
            // none who matches every word.
            if i > 0 && ids.len() >= FUZZY_WHEN_FEWER && !ranked.is_empty() {
                break;
            }
            name_candidates(store, set, &mut ids)?;
            rank_new(&ids[scored..], &mut ranked)?;
            scored = ids.len();
        }
    }
    rank_new(&ids[scored..], &mut ranked)?;
    Ok(ranked)
}

#[cfg(test)]
mod tests {
    use super::identifiers::IdQuery;
    use super::*;

    #[test]
    fn identifiers_in_every_format() {
        let digits = |q: &str| match identifier_query(q) {
            Some(IdQuery::Digits { exact, prefix }) => (exact, prefix),
            other => panic!("{q}: {other:?}"),
        };
        assert!(digits("6912345678").0.contains(&"6912345678".to_string()));
        assert!(
            digits("+30 691 234 5678")
                .0
                .contains(&"6912345678".to_string())
        );
        assert!(
            digits("0030-691-234-5678")
                .0
                .contains(&"6912345678".to_string())
        );
        assert!(
            digits("(691) 234 56 78")
                .0
                .contains(&"6912345678".to_string())
        );
        assert_eq!(digits("+30 69123").1, "69123");
        assert_eq!(digits("12 01 90 123 45").0, vec!["12019012345".to_string()]);
        assert_eq!(
            identifier_query("k014"),
            Some(IdQuery::Ticket(vec!["Κ014".into(), "K014".into()]))
        );
        assert_eq!(
            identifier_query("Κ14"),
            Some(IdQuery::Ticket(vec!["Κ014".into(), "Κ14".into()]))
        );
        assert_eq!(
            identifier_query("as3"),
            Some(IdQuery::Ticket(vec!["ΑΣ003".into(), "AS3".into()]))
        );
        match identifier_query("πα-123456789") {
            Some(IdQuery::Paaypa(forms)) => {
                assert!(forms.contains(&"ΠΑ123456789".to_string()), "{forms:?}")
            }
            other => panic!("{other:?}"),
        }
        for vat in [
            "EL067171041",
            "EL 067 171 041",
            "ΕΛ067171041",
            "el-067-171-041",
        ] {
            assert_eq!(
                identifier_query(vat),
                Some(IdQuery::Digits {
                    exact: vec!["067171041".into()],
                    prefix: "067171041".into()
                }),
                "{vat}"
            );
        }
        // A wrong check digit is no AFM.
        assert!(!matches!(
            identifier_query("EL067171042"),
            Some(IdQuery::Digits { .. })
        ));
        assert_eq!(identifier_query("papadopoulos"), None);
        assert_eq!(identifier_query("1234"), None);
    }

    #[test]
    fn word_sets_join_adjacent_words() {
        let sets = word_sets("Abdul Rahman");
        assert_eq!(sets.len(), 2);
        assert_eq!(sets[1].len(), 1);
        assert_eq!(sets[1][0].forms[0].folded, "abdulrahman");
    }
}
