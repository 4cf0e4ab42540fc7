//! The lookup engine, shared by the lookup screen, the intake duplicate panel and
//! `kentro search`.
//!
//! Two steps: the store narrows the people to a few hundred candidates through the
//! normalised name keys (or an exact identifier), then this module ranks them in
//! memory: an exact identifier first, then exact names, prefixes, transliterated
//! matches; ties go to the most recent visit.

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
    /// The key prefix of every name that starts with this word.
    prefix: String,
}

fn query_words(query: &str) -> Vec<QueryWord> {
    names::words(query)
        .into_iter()
        .map(|folded| {
            let skeleton = names::skeleton(&folded);
            let prefix = match names::prefix_key(&folded) {
                // "io" has no safe prefix: fall back to the first letter of its key.
                p if p.is_empty() => skeleton.chars().take(1).collect(),
                p => p,
            };
            QueryWord {
                folded,
                skeleton,
                prefix,
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

/// How well one query word matches one name word (0: not at all).
fn word_score(query: &QueryWord, name_word: &str) -> (u32, MatchKind) {
    let folded = name_word;
    if folded == query.folded {
        return (40, MatchKind::ExactName);
    }
    if folded.starts_with(&query.folded) {
        return (30, MatchKind::Prefix);
    }
    let skeleton = names::skeleton(folded);
    if skeleton == query.skeleton {
        return (25, MatchKind::Transliterated);
    }
    if skeleton.starts_with(&query.prefix) {
        return (15, MatchKind::Transliterated);
    }
    (0, MatchKind::Transliterated)
}

/// Scores a person against the query words: every word must match some name word.
fn score_person(words: &[QueryWord], person: &Person) -> Option<(u32, MatchKind)> {
    let fields = [
        (&person.surname, 3),
        (&person.given_name, 3),
        (&person.father_name, 1),
    ];
    let name_words: Vec<(String, u32)> = fields
        .iter()
        .flat_map(|(text, weight)| {
            names::joined_variants(&names::words(text))
                .into_iter()
                .map(move |w| (w, *weight))
        })
        .collect();
    let mut total = 0;
    let mut worst = MatchKind::ExactName;
    for word in words {
        let best = name_words
            .iter()
            .map(|(name_word, weight)| {
                let (score, kind) = word_score(word, name_word);
                (score * weight, kind)
            })
            .max_by_key(|(score, _)| *score)?;
        if best.0 == 0 {
            return None;
        }
        total += best.0;
        worst = worst.max(best.1);
    }
    Some((total, worst))
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
        let prefixes: Vec<String> = words.iter().take(4).map(|w| w.prefix.clone()).collect();
        let ids = store.people_with_key_prefixes(&prefixes, CANDIDATES)?;
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
