//! Ranking candidates in memory: how well each name matches the query's words.

use super::FUZZY_MIN_LETTERS;
use super::MatchKind;
use super::date_terms::DateMatch;
use super::query::{Form, QueryWord};
use super::{NameField, WordSpan};
use crate::domain::names;
use crate::store::NameRow;

/// One word of a person's name, in the forms queries are compared with.
struct NameWord {
    pub(super) folded: String,
    pub(super) latin: String,
    pub(super) skeleton: String,
    pub(super) weight: u32,
    /// Which words of which field this is (two for a joined pair).
    pub(super) span: WordSpan,
}

/// The forms of name words met while ranking one query: hundreds of candidates share
/// a few dozen names, so each is transliterated once.
#[derive(Default)]
pub(super) struct NameWordCache {
    pub(super) forms: std::collections::HashMap<String, (String, String)>,
}

impl NameWordCache {
    fn name_words(&mut self, row: &NameRow) -> Vec<NameWord> {
        let fields = [
            (&row.surname, 3, NameField::Surname),
            (&row.given_name, 3, NameField::GivenName),
            (&row.father_name, 1, NameField::Father),
            (&row.mother_name, 1, NameField::Mother),
        ];
        let mut out = Vec::new();
        for (text, weight, field) in fields {
            for (folded, first, count) in variants_with_places(&names::words(text)) {
                let (latin, skeleton) = self
                    .forms
                    .entry(folded.clone())
                    .or_insert_with(|| (names::elot743(&folded), names::skeleton(&folded)))
                    .clone();
                out.push(NameWord {
                    folded,
                    latin,
                    skeleton,
                    weight,
                    span: WordSpan {
                        field,
                        first,
                        count,
                    },
                });
            }
        }
        out
    }
}

/// [`names::joined_variants`] with where each variant stands: the word's index and
/// how many words it joins (1 or 2), in the same order and without the same repeats.
fn variants_with_places(words: &[String]) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let mut add = |w: String, first: usize, count: usize| {
        if !w.is_empty() && !out.iter().any(|(seen, _, _)| *seen == w) {
            out.push((w, first, count));
        }
    };
    for (i, w) in words.iter().enumerate() {
        add(w.clone(), i, 1);
    }
    for (i, pair) in words.windows(2).enumerate() {
        add(format!("{}{}", pair[0], pair[1]), i, 2);
    }
    out
}

/// Points for a query word that is a whole name word: as written, by ELOT 743, by
/// its phonetic key. Anything less is the start of one, or a typo away.
const WHOLE_EXACT: u32 = 40;
const WHOLE_LATIN: u32 = 36;
const WHOLE_SKELETON: u32 = 25;

/// Whether form points say the query word was a whole name word.
fn is_whole(points: u32) -> bool {
    matches!(points, WHOLE_EXACT | WHOLE_LATIN | WHOLE_SKELETON)
}

/// How well one spelling of a query word matches one name word (0: not at all).
fn form_score(query: &Form, letters: usize, name: &NameWord) -> (u32, MatchKind) {
    if name.folded == query.folded {
        (WHOLE_EXACT, MatchKind::ExactName)
    } else if name.latin == query.folded {
        (WHOLE_LATIN, MatchKind::ExactName)
    } else if name.folded.starts_with(&query.folded) {
        (30, MatchKind::Prefix)
    } else if name.latin.starts_with(&query.folded) {
        (28, MatchKind::Prefix)
    } else if name.skeleton == query.skeleton {
        (WHOLE_SKELETON, MatchKind::Transliterated)
    } else if name.skeleton.starts_with(&query.strict) {
        (20, MatchKind::Transliterated)
    } else if name.skeleton.starts_with(&query.loose) {
        (12, MatchKind::Transliterated)
    } else if letters >= FUZZY_MIN_LETTERS
        && (names::within_one_edit(&name.folded, &query.folded)
            || names::within_one_edit(&name.latin, &query.folded)
            || names::within_one_edit(&name.skeleton, &query.skeleton))
    {
        (8, MatchKind::Fuzzy)
    } else {
        (0, MatchKind::Fuzzy)
    }
}

fn word_score(query: &QueryWord, name: &NameWord) -> (u32, MatchKind) {
    query
        .forms
        .iter()
        .map(|f| form_score(f, query.letters, name))
        .max_by_key(|(score, _)| *score)
        .unwrap_or((0, MatchKind::Fuzzy))
}

/// Scores a person against the query words: every word must match a different name
/// word where it can (the same word may serve twice only if nothing else does).
///
/// A word found only in a parent's name stands in for a name the person does not
/// have, so it ranks as a weaker kind of match and counts as parent-only — unless the
/// other words already found the whole surname and the whole given name: then it is
/// the parent's name typed to tell namesakes apart ("Παπαδόπουλος Γεώργιος
/// Νικόλαος"), and an exact one is an exact match. ("abdul" is only the start of
/// "Abdullah": "husein abdul rahman" does not make Rahman a father typed.)
fn score_words(words: &[QueryWord], name_words: &[NameWord]) -> Option<(Score, Vec<usize>)> {
    let mut total = 0;
    let mut reused = 0;
    let mut used: Vec<usize> = Vec::new();
    let mut kinds: Vec<MatchKind> = Vec::new();
    let mut whole: Vec<bool> = Vec::new();
    for word in words {
        let best = name_words
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let (points, kind) = word_score(word, name);
                // A name word already matched counts for little the second time.
                let score = if used.contains(&i) {
                    points / 4
                } else {
                    points
                };
                // Two words of a name read as one ("Al-Hassan" for "alhassan") is a
                // hair less telling than the word written so.
                let joined = u32::from(score > 0 && name.span.count > 1);
                (
                    i,
                    (score * name.weight).saturating_sub(joined),
                    kind,
                    is_whole(points),
                )
            })
            .filter(|(_, score, _, _)| *score > 0)
            .max_by_key(|(_, score, _, _)| *score)?;
        if used.contains(&best.0) {
            reused += 1;
        }
        used.push(best.0);
        kinds.push(best.2);
        whole.push(best.3);
        total += best.1;
    }
    let is_parent = |i: usize| name_words[i].weight == 1;
    let names_found = |field: NameField| {
        used.iter()
            .zip(&whole)
            .any(|(&i, &whole)| whole && !is_parent(i) && name_words[i].span.field == field)
    };
    let parents_qualify = names_found(NameField::Surname) && names_found(NameField::GivenName);
    let mut worst = MatchKind::ExactName;
    let mut father_only = 0;
    for (&i, &kind) in used.iter().zip(&kinds) {
        if is_parent(i) && !parents_qualify {
            father_only += 1;
            worst = worst.max(kind.max(MatchKind::Transliterated));
        } else {
            worst = worst.max(kind);
        }
    }
    // Among equals, the parent's name typed after the person's own names (the
    // order desks use) and a whole parent's name typed ("Ahmad", not the first word
    // of "Ahmad Shah").
    if parents_qualify {
        let last_own = used.iter().rposition(|&i| !is_parent(i));
        let first_parent = used.iter().position(|&i| is_parent(i));
        if let (Some(own), Some(parent)) = (last_own, first_parent)
            && parent > own
        {
            total += 2;
        }
        for field in [NameField::Father, NameField::Mother] {
            let field_words = name_words
                .iter()
                .filter(|w| w.span.field == field && w.span.count == 1)
                .count();
            let typed = used
                .iter()
                .filter(|&&i| name_words[i].span.field == field)
                .map(|&i| name_words[i].span.count)
                .sum::<usize>();
            if typed > 0 && typed >= field_words {
                total += 1;
            }
        }
    }
    Some((
        Score {
            date: None,
            kind: worst,
            reused,
            father_only,
            points: total,
        },
        used,
    ))
}

/// How a person matched a query: how the date of birth agrees with a date term (when
/// one was typed), how many query words found no name word of their own, the kind of
/// name match, then how many query words were found only in a parent's name
/// (Χρήστος the given name beats Χρήστος the father, whoever came more recently), then
/// points for the closer spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Score {
    pub(super) date: Option<DateMatch>,
    pub(super) kind: MatchKind,
    /// Query words that matched only a name word another query word had matched
    /// ("Αλεξίου Γεώργιος Γεώργιος" against a person whose father is not Γεώργιος).
    pub(super) reused: usize,
    pub(super) father_only: usize,
    pub(super) points: u32,
}

/// How a date of birth agrees with a date term, in tiers: the exact date; any of the
/// usual entry errors (which of them tells little, so the name decides first); the
/// year only; no date on record.
fn date_tier(date: Option<DateMatch>) -> u8 {
    match date {
        None | Some(DateMatch::Exact) => 0,
        Some(DateMatch::SameYear) => 2,
        Some(DateMatch::Unknown) => 3,
        Some(_) => 1,
    }
}

impl Score {
    /// Better first: the date's tier, words with a name word of their own, the kind,
    /// fewer parent-only words, then which entry error (recency comes after these).
    pub(super) fn rank(&self) -> (u8, usize, MatchKind, usize, Option<DateMatch>) {
        (
            date_tier(self.date),
            self.reused,
            self.kind,
            self.father_only,
            self.date,
        )
    }
}

pub(super) fn score_row(
    sets: &[Vec<QueryWord>],
    row: &NameRow,
    cache: &mut NameWordCache,
) -> Option<Score> {
    best_reading(sets, &cache.name_words(row)).map(|(score, _)| score)
}

/// The name words the best reading of the query matched, for screens to mark: each
/// query word's word of the name (the same reading [`score_row`] ranks by).
pub(super) fn matched_words(
    sets: &[Vec<QueryWord>],
    row: &NameRow,
    cache: &mut NameWordCache,
) -> Vec<WordSpan> {
    let words = cache.name_words(row);
    let mut spans: Vec<WordSpan> = best_reading(sets, &words)
        .map(|(_, used)| used.into_iter().map(|i| words[i].span).collect())
        .unwrap_or_default();
    spans.sort_by_key(|s| (s.field, s.first));
    spans.dedup();
    spans
}

/// The reading of the query (as typed, or with words joined) that matches best.
fn best_reading(sets: &[Vec<QueryWord>], words: &[NameWord]) -> Option<(Score, Vec<usize>)> {
    sets.iter()
        .filter(|set| !set.is_empty())
        .filter_map(|set| score_words(set, words))
        .min_by(|a, b| {
            a.0.rank()
                .cmp(&b.0.rank())
                .then(b.0.points.cmp(&a.0.points))
        })
}
