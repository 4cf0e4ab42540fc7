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

pub mod duplicates;

use chrono::NaiveDate;

pub mod recall;

use crate::domain::ids;
use crate::domain::names;
use crate::domain::person::Person;
use crate::store::{NameRow, Store, StoreError};

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

/// One spelling of a query word and its keys.
#[derive(Debug, Clone)]
struct Form {
    folded: String,
    /// The skeleton key if the word is complete.
    skeleton: String,
    /// Key prefixes of names starting with this word: likely and certain.
    strict: String,
    loose: String,
}

/// One word of the query, as typed and in its Greeklish alternatives.
#[derive(Debug, Clone)]
struct QueryWord {
    forms: Vec<Form>,
    /// Letters typed: a typo is forgiven only in a long enough word.
    letters: usize,
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
    for alt in names::greeklish_alternatives(folded) {
        forms.push(form(alt));
    }
    QueryWord {
        forms,
        letters: folded.chars().filter(|c| c.is_alphabetic()).count(),
    }
}

/// The ways of reading the query's words: as typed, then with each pair of adjacent
/// words joined ("abdul rahman" also as "abdulrahman", for a name stored in one word).
fn word_sets(query: &str) -> Vec<Vec<QueryWord>> {
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
    sets
}

/// An identifier the query may be, normalised for lookup.
#[derive(Debug, Clone, PartialEq)]
enum IdQuery {
    /// Digits: AMKA, AFM or a phone (exact values to try, then a prefix).
    Digits { exact: Vec<String>, prefix: String },
    /// A ΠΑΑΥΠΑ in the forms it may be stored in.
    Paaypa(Vec<String>),
    /// One of today's ticket numbers ("Κ014").
    Ticket(Vec<String>),
}

/// The Greek capital a Latin letter of a ticket prefix stands for.
fn ticket_letter(c: char) -> Option<char> {
    let greek = names::fold(&c.to_string());
    let greek = greek.chars().next()?;
    let mapped = match greek {
        'a' => 'Α',
        'b' | 'v' => 'Β',
        'g' => 'Γ',
        'd' => 'Δ',
        'e' => 'Ε',
        'z' => 'Ζ',
        'h' => 'Η',
        'i' => 'Ι',
        'k' => 'Κ',
        'l' => 'Λ',
        'm' => 'Μ',
        'n' => 'Ν',
        'o' => 'Ο',
        'p' => 'Π',
        'r' => 'Ρ',
        's' => 'Σ',
        't' => 'Τ',
        'y' | 'u' => 'Υ',
        'f' => 'Φ',
        'x' => 'Χ',
        'w' => 'Ω',
        c if ('α'..='ω').contains(&c) => c.to_uppercase().next()?,
        _ => return None,
    };
    Some(mapped)
}

fn identifier_query(query: &str) -> Option<IdQuery> {
    let compact: String = ids::strip_separators(query.trim())
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    if compact.is_empty() {
        return None;
    }
    // Today's ticket: one or two letters and up to three digits.
    let letters: String = compact.chars().take_while(|c| c.is_alphabetic()).collect();
    let digits: String = compact.chars().skip(letters.chars().count()).collect();
    let letter_count = letters.chars().count();
    if (1..=2).contains(&letter_count)
        && (1..=3).contains(&digits.len())
        && digits.chars().all(|c| c.is_ascii_digit())
        && let Some(prefix) = letters
            .chars()
            .map(ticket_letter)
            .collect::<Option<String>>()
        && let Ok(n) = digits.parse::<u32>()
    {
        let mut numbers = vec![format!("{prefix}{n:03}")];
        let typed = format!("{}{digits}", letters.to_uppercase());
        if !numbers.contains(&typed) {
            numbers.push(typed);
        }
        return Some(IdQuery::Ticket(numbers));
    }
    // ΠΑΑΥΠΑ: 11 letters and digits, some of each.
    if compact.chars().count() == 11
        && compact.chars().any(|c| c.is_ascii_digit())
        && compact.chars().any(char::is_alphabetic)
        && let Ok(upper) = ids::check_paaypa(&compact)
    {
        let greek: String = upper
            .chars()
            .map(|c| {
                ticket_letter(c)
                    .filter(|_| c.is_ascii_alphabetic())
                    .unwrap_or(c)
            })
            .collect();
        let latin = names::fold(&upper).to_uppercase();
        let mut forms = vec![upper];
        for f in [greek, latin] {
            if !forms.contains(&f) {
                forms.push(f);
            }
        }
        return Some(IdQuery::Paaypa(forms));
    }
    // Digits: a phone in any format, AMKA, AFM.
    let international = compact.starts_with('+') || compact.starts_with("00");
    let digits = compact.trim_start_matches('+');
    if digits.len() >= 5 && digits.chars().all(|c| c.is_ascii_digit()) {
        let mut exact = Vec::new();
        if !international {
            exact.push(digits.to_string());
        }
        if let Some(key) = ids::phone_search_key(&compact)
            && !exact.contains(&key)
        {
            exact.push(key);
        }
        let national = if international {
            let rest = digits.strip_prefix("00").unwrap_or(digits);
            rest.strip_prefix("30").unwrap_or(rest).to_string()
        } else if digits.len() == 12 && digits.starts_with("30") {
            digits[2..].to_string()
        } else {
            digits.to_string()
        };
        return Some(IdQuery::Digits {
            exact,
            prefix: national,
        });
    }
    None
}

/// Ids for an identifier query, exact ones first, and whether they were exact.
fn identifier_candidates(
    store: &Store,
    query: &IdQuery,
    today: NaiveDate,
) -> Result<Vec<(i64, bool)>, StoreError> {
    let mut out: Vec<(i64, bool)> = Vec::new();
    let add = |id: i64, exact: bool, out: &mut Vec<(i64, bool)>| {
        if !out.iter().any(|(known, _)| *known == id) {
            out.push((id, exact));
        }
    };
    match query {
        IdQuery::Ticket(numbers) => {
            for number in numbers {
                if let Some(id) = store.person_with_ticket(today, number)? {
                    add(id, true, &mut out);
                }
            }
        }
        IdQuery::Paaypa(forms) => {
            for f in forms {
                for id in store.people_with_identifier(f)? {
                    add(id, true, &mut out);
                }
            }
        }
        IdQuery::Digits { exact, prefix } => {
            for value in exact {
                for id in store.people_with_identifier(value)? {
                    add(id, true, &mut out);
                }
            }
            if out.is_empty() && prefix.len() >= 5 {
                for id in store.people_with_identifier_prefix(prefix, 50)? {
                    add(id, false, &mut out);
                }
            }
        }
    }
    Ok(out)
}

/// One word of a person's name, in the forms queries are compared with.
struct NameWord {
    folded: String,
    latin: String,
    skeleton: String,
    weight: u32,
}

/// The forms of name words met while ranking one query: hundreds of candidates share
/// a few dozen names, so each is transliterated once.
#[derive(Default)]
struct NameWordCache {
    forms: std::collections::HashMap<String, (String, String)>,
}

impl NameWordCache {
    fn name_words(&mut self, row: &NameRow) -> Vec<NameWord> {
        let fields = [
            (&row.surname, 3),
            (&row.given_name, 3),
            (&row.father_name, 1),
        ];
        let mut out = Vec::new();
        for (text, weight) in fields {
            for folded in names::joined_variants(&names::words(text)) {
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
                });
            }
        }
        out
    }
}

/// How well one spelling of a query word matches one name word (0: not at all).
fn form_score(query: &Form, letters: usize, name: &NameWord) -> (u32, MatchKind) {
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
fn score_words(words: &[QueryWord], name_words: &[NameWord]) -> Option<Score> {
    let mut total = 0;
    let mut worst = MatchKind::ExactName;
    let mut father_only = 0;
    let mut used: Vec<usize> = Vec::new();
    for word in words {
        let best = name_words
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let (score, kind) = word_score(word, name);
                // A word found only in the father's name is a weaker sign of the
                // person than one in the surname or given name.
                let kind = if name.weight == 1 {
                    kind.max(MatchKind::Transliterated)
                } else {
                    kind
                };
                // A name word already matched counts for little the second time.
                let score = if used.contains(&i) { score / 4 } else { score };
                (i, score * name.weight, kind)
            })
            .filter(|(_, score, _)| *score > 0)
            .max_by_key(|(_, score, _)| *score)?;
        used.push(best.0);
        total += best.1;
        worst = worst.max(best.2);
        if name_words[best.0].weight == 1 {
            father_only += 1;
        }
    }
    Some(Score {
        kind: worst,
        father_only,
        points: total,
    })
}

/// How a person matched a query: the kind of match, then how many query words were
/// found only in the father's name (Χρήστος the given name beats Χρήστος the father,
/// whoever came more recently), then points for the closer spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Score {
    kind: MatchKind,
    father_only: usize,
    points: u32,
}

impl Score {
    /// Better first: kind, then fewer father-only words (recency comes after these).
    fn rank(&self) -> (MatchKind, usize) {
        (self.kind, self.father_only)
    }
}

fn score_row(sets: &[Vec<QueryWord>], row: &NameRow, cache: &mut NameWordCache) -> Option<Score> {
    let words = cache.name_words(row);
    sets.iter()
        .filter(|set| !set.is_empty())
        .filter_map(|set| score_words(set, &words))
        .min_by(|a, b| a.rank().cmp(&b.rank()).then(b.points.cmp(&a.points)))
}

/// How many vocabulary keys one typed prefix may stand for.
const KEYS_PER_PREFIX: usize = 48;

/// How far the candidates may grow in `tier`, having `found` so far; `None` skips it.
///
/// The whole keys come first and may fill the list. The prefix tiers still run when
/// it is full, adding their most recently seen people: a variant spelling who came
/// yesterday must not be crowded out by two hundred namesakes who never came (ranking
/// then puts each where it belongs). Typo tolerance only runs when little was found.
fn tier_cap(tier: usize, found: usize) -> Option<usize> {
    match tier {
        0 => Some(CANDIDATES),
        3 if found >= FUZZY_WHEN_FEWER => None,
        _ => Some(CANDIDATES.max(found + CANDIDATES / 4)),
    }
}

/// Adds ids up to `cap`, each once.
fn add_ids(found: impl IntoIterator<Item = i64>, ids: &mut Vec<i64>, cap: usize) {
    for id in found {
        if ids.len() >= cap {
            break;
        }
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
}

/// The vocabulary keys a word may stand for in one tier: its whole keys (tier 0),
/// the keys its likely prefixes start (1), those its certain prefixes start (2),
/// keys one typo away (3).
fn keys_for(store: &Store, word: &QueryWord, tier: usize) -> Result<Vec<String>, StoreError> {
    let mut keys: Vec<String> = Vec::new();
    let add = |key: String, keys: &mut Vec<String>| {
        if !keys.contains(&key) {
            keys.push(key);
        }
    };
    for form in &word.forms {
        match tier {
            0 => add(form.skeleton.clone(), &mut keys),
            1 | 2 => {
                let prefix = if tier == 1 { &form.strict } else { &form.loose };
                for key in store.keys_with_prefix(prefix, KEYS_PER_PREFIX)? {
                    add(key, &mut keys);
                }
            }
            _ if word.letters >= FUZZY_MIN_LETTERS => {
                for key in store.keys_near(&form.skeleton)? {
                    add(key, &mut keys);
                }
            }
            _ => {}
        }
    }
    Ok(keys)
}

/// One word: the people with its keys, the most recently seen first across keys.
fn one_word_candidates(
    store: &Store,
    word: &QueryWord,
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    let mut tried: Vec<String> = Vec::new();
    for tier in 0..4 {
        let Some(cap) = tier_cap(tier, ids.len()) else {
            break;
        };
        let keys: Vec<String> = keys_for(store, word, tier)?
            .into_iter()
            .filter(|k| !tried.contains(k))
            .collect();
        if keys.is_empty() {
            continue;
        }
        by_recency(
            cap,
            &keys,
            |key, limit| store.people_with_key_by_recency(key, limit),
            ids,
        )?;
        tried.extend(keys);
    }
    Ok(())
}

/// Gathers the people of several key lists, the most recent first across all of
/// them: every list gives its most recent people, fewer each when there are many lists
/// (which only happens while the first letters of a word are typed).
fn by_recency<T>(
    cap: usize,
    lists: &[T],
    fetch: impl Fn(&T, usize) -> Result<Vec<(String, i64)>, StoreError>,
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    if lists.is_empty() {
        return Ok(());
    }
    let per_list = (2 * CANDIDATES / lists.len()).clamp(25, CANDIDATES);
    let mut found: Vec<(String, i64)> = Vec::new();
    for list in lists {
        found.extend(fetch(list, per_list)?);
    }
    found.sort_unstable_by(|a, b| b.cmp(a));
    add_ids(found.into_iter().map(|(_, id)| id), ids, cap);
    Ok(())
}

/// Two words: the people whose surname and given name hold both, straight from the
/// key pairs, the most recently seen first. `second_is_typed`: the second word is the
/// one being typed, so it is read as a prefix even in the first tier.
fn two_word_candidates(
    store: &Store,
    first: &QueryWord,
    second: &QueryWord,
    second_is_typed: bool,
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    let mut tried: Vec<(String, String)> = Vec::new();
    for tier in 0..4 {
        let Some(cap) = tier_cap(tier, ids.len()) else {
            break;
        };
        let mut firsts = keys_for(store, first, tier)?;
        let mut seconds = if tier == 0 && second_is_typed {
            keys_for(store, second, 1)?
        } else {
            keys_for(store, second, tier)?
        };
        if tier == 3 {
            // One typo in either word: the other as typed.
            firsts.extend(keys_for(store, first, 1)?);
            seconds.extend(keys_for(store, second, 1)?);
        }
        let combos: Vec<(String, String)> = firsts
            .iter()
            .flat_map(|a| seconds.iter().map(move |b| (a.clone(), b.clone())))
            .filter(|pair| !tried.contains(pair))
            .take(KEYS_PER_PREFIX * 8)
            .collect();
        by_recency(
            cap,
            &combos,
            |(a, b), limit| store.people_with_pair_by_recency(a, b, limit),
            ids,
        )?;
        tried.extend(combos);
    }
    Ok(())
}

/// Candidate ids for one reading of the query. Two or more words go through the key
/// pairs of their first two (surname and given name in either order; the rest are
/// checked when ranking); if that finds few — the second word may be a father's name —
/// the most telling single word is looked up alone.
fn name_candidates(
    store: &Store,
    words: &[QueryWord],
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    match words {
        [] => Ok(()),
        [word] => one_word_candidates(store, word, ids),
        [first, second, rest @ ..] => {
            two_word_candidates(store, first, second, rest.is_empty(), ids)?;
            if ids.len() < FUZZY_WHEN_FEWER {
                let telling = words
                    .iter()
                    .max_by_key(|w| w.forms.first().map_or(0, |f| f.strict.len()))
                    .unwrap_or(first);
                one_word_candidates(store, telling, ids)?;
            }
            Ok(())
        }
    }
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
    let people = store.people_by_ids(&ids)?;
    Ok(people
        .into_iter()
        .zip(ranked)
        .map(|(person, (row, score))| Hit {
            person,
            kind: score.kind,
            score: score.points,
            father_only: score.father_only,
            last_visit: row.last_visit,
        })
        .collect())
}

#[cfg(test)]
mod tests {
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
