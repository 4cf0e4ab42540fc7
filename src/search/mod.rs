//! The lookup engine, shared by the lookup screen, the intake duplicate panel and
//! `kentro search`.
//!
//! Two steps. The store narrows the people to a few hundred candidates through the
//! normalised name keys kept on disk beside each person (or an identifier, or one of
//! today's ticket numbers); this module then ranks them in memory. Candidates come in
//! tiers, each filling only what the ones before left: whole keys, likely prefixes,
//! certain prefixes, then keys one typo away (from the deletion neighbourhood stored
//! with the key vocabulary). Ranking: an exact identifier, then exact names, prefixes,
//! transliterated matches, fuzzy ones (a word found only in the father's name counts
//! as transliterated at best); within a kind the most recent visit first (the person
//! at the desk has usually been before), then the closer spelling.

mod candidates;
pub mod duplicates;
mod identifiers;
mod query;
mod rank;
pub mod recall;

use chrono::NaiveDate;

use crate::domain::person::Person;
use crate::store::{NameRow, Store, StoreError};
use candidates::name_candidates;
use identifiers::{identifier_candidates, identifier_query};
use query::word_sets;
use rank::{NameWordCache, Score, score_row};

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
            MatchKind::ExactName => "exact",
            MatchKind::Prefix => "prefix",
            MatchKind::Transliterated => "transliterated",
            MatchKind::Fuzzy => "fuzzy",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub person: Person,
    pub kind: MatchKind,
    /// Higher is better; comparable within one query.
    pub score: u32,
    /// How many query words were found only in the father's name (fewer rank first,
    /// within a kind).
    pub father_only: usize,
    pub last_visit: Option<NaiveDate>,
}

/// Finds people by name (any script), identifier, phone or today's ticket; best first.
pub fn search(store: &Store, query: &str, limit: usize) -> Result<Vec<Hit>, StoreError> {
    search_on(store, query, limit, chrono::Local::now().date_naive())
}

/// [`search`] with today's date given (ticket numbers are per day).
pub fn search_on(
    store: &Store,
    query: &str,
    limit: usize,
    today: NaiveDate,
) -> Result<Vec<Hit>, StoreError> {
    let mut ranked: Vec<(NameRow, Score)> = Vec::new();
    if let Some(id_query) = identifier_query(query) {
        let found = identifier_candidates(store, &id_query, today)?;
        let ids: Vec<i64> = found.iter().map(|(id, _)| *id).collect();
        for (row, (_, exact)) in store.name_rows(&ids)?.into_iter().zip(found) {
            let score = Score {
                kind: MatchKind::Identifier,
                father_only: 0,
                points: if exact { 1000 } else { 500 },
            };
            ranked.push((row, score));
        }
    }
    if ranked.is_empty() {
        let sets = word_sets(query);
        let mut ids = Vec::new();
        for (i, set) in sets.iter().enumerate() {
            // Joined readings only when the words as typed found few people.
            if i > 0 && ids.len() >= FUZZY_WHEN_FEWER {
                break;
            }
            name_candidates(store, set, &mut ids)?;
        }
        let mut cache = NameWordCache::default();
        for row in store.name_rows(&ids)? {
            if let Some(score) = score_row(&sets, &row, &mut cache) {
                ranked.push((row, score));
            }
        }
    }
    ranked.sort_by(|a, b| {
        a.1.rank()
            .cmp(&b.1.rank())
            .then(b.0.last_visit.cmp(&a.0.last_visit))
            .then(b.1.points.cmp(&a.1.points))
            .then(a.0.id.cmp(&b.0.id))
    });
    ranked.truncate(limit);
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
                score: score.points,
                father_only: score.father_only,
                last_visit: row.last_visit,
            })
        })
        .collect())
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
