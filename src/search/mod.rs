//! The lookup engine, shared by the lookup screen, the intake duplicate panel and
//! `kentro search`.
//!
//! Two steps: the store narrows the people to a few hundred candidates through the
//! normalised name keys (or an exact identifier), then this module ranks them in
//! memory: an exact identifier first, then exact names, prefixes, transliterated
//! matches; ties go to the most recent visit.

pub mod duplicates;

use chrono::NaiveDate;

use crate::domain::ids;
use crate::domain::names;
use crate::domain::person::Person;
use crate::store::{Store, StoreError};

/// How many candidates the store may hand over for ranking.
const CANDIDATES: usize = 400;

/// Why a person matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MatchKind {
    Identifier,
    ExactName,
    Prefix,
    Transliterated,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub person: Person,
    pub kind: MatchKind,
    /// Higher is better; comparable within one query.
    pub score: u32,
    pub last_visit: Option<NaiveDate>,
}

/// The forms of one query word that candidates are compared with.
struct QueryWord {
    folded: String,
    /// The skeleton key if the word is complete.
    skeleton: String,
    /// Key prefixes of names starting with this word: likely and certain.
    strict: String,
    loose: String,
}

fn query_words(query: &str) -> Vec<QueryWord> {
    names::words(query)
        .into_iter()
        .map(|folded| {
            let skeleton = names::skeleton(&folded);
            let (strict, loose) = names::prefix_keys(&folded);
            // "io" has no safe prefix: fall back to the first letter of its key.
            let first: String = skeleton.chars().take(1).collect();
            let or_first = |p: String| if p.is_empty() { first.clone() } else { p };
            QueryWord {
                strict: or_first(strict),
                loose: or_first(loose),
                skeleton,
                folded,
            }
        })
        .filter(|w| !w.skeleton.is_empty())
        .collect()
}

/// The value an identifier query is looked up by, if the query looks like one.
fn identifier_key(query: &str) -> Option<String> {
    let compact = ids::strip_separators(query.trim());
    let digits = compact.trim_start_matches('+');
    if digits.len() >= 6 && digits.chars().all(|c| c.is_ascii_digit()) {
        // A phone in any format reduces to its search key; AMKA / AFM are plain digits.
        return Some(match digits.len() {
            9 | 11 if !compact.starts_with('+') && !compact.starts_with("00") => digits.to_string(),
            _ => ids::phone_search_key(&compact).unwrap_or_else(|| digits.to_string()),
        });
    }
    None
}

/// One word of a person's name, in the forms queries are compared with.
struct NameWord {
    folded: String,
    latin: String,
    skeleton: String,
    weight: u32,
}

fn name_words(person: &Person) -> Vec<NameWord> {
    let fields = [
        (&person.surname, 3),
        (&person.given_name, 3),
        (&person.father_name, 1),
    ];
    fields
        .iter()
        .flat_map(|(text, weight)| {
            names::joined_variants(&names::words(text))
                .into_iter()
                .map(move |folded| NameWord {
                    latin: names::elot743(&folded),
                    skeleton: names::skeleton(&folded),
                    folded,
                    weight: *weight,
                })
        })
        .collect()
}

/// How well one query word matches one name word (0: not at all).
fn word_score(query: &QueryWord, name: &NameWord) -> (u32, MatchKind) {
    if name.folded == query.folded {
        (40, MatchKind::ExactName)
    } else if name.latin == query.folded {
        (36, MatchKind::ExactName)
    } else if name.folded.starts_with(&query.folded) {
        (30, MatchKind::Prefix)
    } else if name.latin.starts_with(&query.folded) {
        (28, MatchKind::Prefix)
    } else if name.skeleton == query.skeleton {
        (25, MatchKind::Transliterated)
    } else if name.skeleton.starts_with(&query.strict) {
        (20, MatchKind::Transliterated)
    } else if name.skeleton.starts_with(&query.loose) {
        (12, MatchKind::Transliterated)
    } else {
        (0, MatchKind::Transliterated)
    }
}

/// Scores a person against the query words: every word must match some name word.
fn score_person(words: &[QueryWord], person: &Person) -> Option<(u32, MatchKind)> {
    let name_words = name_words(person);
    let mut total = 0;
    let mut worst = MatchKind::ExactName;
    for word in words {
        let (score, kind) = name_words
            .iter()
            .map(|name| {
                let (score, kind) = word_score(word, name);
                (score * name.weight, kind)
            })
            .max_by_key(|(score, _)| *score)?;
        if score == 0 {
            return None;
        }
        total += score;
        worst = worst.max(kind);
    }
    Some((total, worst))
}

/// Candidate ids for name words, best tier first: whole keys, likely prefixes,
/// certain prefixes; each tier only fills what the ones before it left.
fn name_candidates(store: &Store, words: &[QueryWord]) -> Result<Vec<i64>, StoreError> {
    let words = &words[..words.len().min(4)];
    let tiers: [(Vec<String>, bool); 3] = [
        (words.iter().map(|w| w.skeleton.clone()).collect(), true),
        (words.iter().map(|w| w.strict.clone()).collect(), false),
        (words.iter().map(|w| w.loose.clone()).collect(), false),
    ];
    let mut ids: Vec<i64> = Vec::new();
    for (keys, exact) in tiers {
        if ids.len() >= CANDIDATES {
            break;
        }
        for id in store.people_with_keys(&keys, exact, CANDIDATES)? {
            if ids.len() >= CANDIDATES {
                break;
            }
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }
    Ok(ids)
}

/// Finds people by name (any script), identifier or phone; best first.
pub fn search(store: &Store, query: &str, limit: usize) -> Result<Vec<Hit>, StoreError> {
    let mut hits = Vec::new();
    if let Some(key) = identifier_key(query) {
        let ids = store.people_with_identifier(&key)?;
        let visits = store.last_visits(&ids)?;
        for (person, last_visit) in store.people_by_ids(&ids)?.into_iter().zip(visits) {
            hits.push(Hit {
                person,
                kind: MatchKind::Identifier,
                score: 1000,
                last_visit,
            });
        }
    } else {
        let words = query_words(query);
        let ids = name_candidates(store, &words)?;
        let visits = store.last_visits(&ids)?;
        for (person, last_visit) in store.people_by_ids(&ids)?.into_iter().zip(visits) {
            if let Some((score, kind)) = score_person(&words, &person) {
                hits.push(Hit {
                    person,
                    kind,
                    score,
                    last_visit,
                });
            }
        }
    }
    hits.sort_by(|a, b| {
        b.score
            .cmp(&a.score)
            .then(a.kind.cmp(&b.kind))
            .then(b.last_visit.cmp(&a.last_visit))
            .then(a.person.id.cmp(&b.person.id))
    });
    hits.truncate(limit);
    Ok(hits)
}
