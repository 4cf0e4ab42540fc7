//! The query as typed, read into words and their spellings.

use crate::domain::names;

/// One spelling of a query word and its keys.
#[derive(Debug, Clone)]
pub(super) struct Form {
    pub(super) folded: String,
    /// The skeleton key if the word is complete.
    pub(super) skeleton: String,
    /// Key prefixes of names starting with this word: likely and certain.
    pub(super) strict: String,
    pub(super) loose: String,
}

/// One word of the query, as typed and in its Greeklish alternatives.
#[derive(Debug, Clone)]
pub(super) struct QueryWord {
    pub(super) forms: Vec<Form>,
    /// Letters typed: a typo is forgiven only in a long enough word.
    pub(super) letters: usize,
}

fn form(folded: String) -> Form {
    let skeleton = names::skeleton(&folded);
    let (strict, loose) = names::prefix_keys(&folded);
    // "io" has no safe prefix: fall back to the first letter of its key.
    let first: String = skeleton.chars().take(1).collect();
    let or_first = |p: String| if p.is_empty() { first.clone() } else { p };
    Form {
        strict: or_first(strict),
        loose: or_first(loose),
        skeleton,
        folded,
    }
}

fn query_word(folded: &str) -> QueryWord {
    let mut forms = vec![form(folded.to_string())];
    let alternatives = names::greeklish_alternatives(folded)
        .into_iter()
        .chain(names::foreign_alternatives(folded));
    for alt in alternatives {
        if !forms.iter().any(|f| f.folded == alt) {
            forms.push(form(alt));
        }
    }
    QueryWord {
        forms,
        letters: folded.chars().filter(|c| c.is_alphabetic()).count(),
    }
}

/// The ways of reading the query's words: as typed, then with each pair of adjacent
/// words joined ("abdul rahman" also as "abdulrahman", for a name stored in one word),
/// and three words around a particle ("abd el kader" as "abdelkader").
pub(super) fn word_sets(query: &str) -> Vec<Vec<QueryWord>> {
    let folded: Vec<String> = names::words(query)
        .into_iter()
        .filter(|w| !names::skeleton(w).is_empty())
        .take(6)
        .collect();
    let mut sets = vec![folded.iter().map(|w| query_word(w)).collect::<Vec<_>>()];
    for i in 0..folded.len().saturating_sub(1).min(3) {
        let mut joined: Vec<String> = folded[..i].to_vec();
        joined.push(format!("{}{}", folded[i], folded[i + 1]));
        joined.extend(folded[i + 2..].iter().cloned());
        sets.push(joined.iter().map(|w| query_word(w)).collect());
    }
    // Three words one of which is an article or a short particle ("abd el kader").
    for i in 0..folded.len().saturating_sub(2).min(2) {
        if folded[i..i + 3].iter().any(|w| w.chars().count() <= 3) {
            let mut joined: Vec<String> = folded[..i].to_vec();
            joined.push(folded[i..i + 3].concat());
            joined.extend(folded[i + 3..].iter().cloned());
            sets.push(joined.iter().map(|w| query_word(w)).collect());
        }
    }
    sets
}
