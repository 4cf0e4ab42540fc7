//! Narrowing a million people to a few hundred candidates through the stored keys,
//! the most recently seen first, or through the keys by date of birth.

use std::collections::HashSet;

use chrono::NaiveDate;

use super::date_terms::DateTerm;
use super::query::QueryWord;
use super::{CANDIDATES, FUZZY_MIN_LETTERS, FUZZY_WHEN_FEWER};
use crate::store::{KeyTest, Store, StoreError};

/// How many key pairs the words after the first two may narrow: each pair's
/// namesakes are walked once.
const THIRD_WORD_COMBINATIONS: usize = 2;

/// A third word shorter than this is not yet a name to narrow by.
const THIRD_WORD_MIN_LETTERS: usize = 3;

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
    // A set beside the list: thousands of rows may be checked against hundreds of ids.
    let mut seen: HashSet<i64> = ids.iter().copied().collect();
    for id in found {
        if ids.len() >= cap {
            break;
        }
        if seen.insert(id) {
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
    // A set: the prefix tiers check thousands of combinations against those tried.
    let mut tried: HashSet<(String, String)> = HashSet::new();
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

/// Three words or more (surname, given name and a parent's name, in any order of the
/// first two): the people of the first two words' key pairs who also hold the keys of
/// the words after them, so that a name shared by thousands comes down to those with
/// that father before the pair's most recent two hundred fill the list. All the later
/// words narrow first (a surname of two words and a father: "hama amin aram azad"),
/// then the third alone (the fourth may be misspelled). `last_is_typed`: the last
/// word is being typed, so its likely prefixes count too.
fn narrowed_pair_candidates(
    store: &Store,
    first: &QueryWord,
    second: &QueryWord,
    later: &[QueryWord],
    last_is_typed: bool,
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    // Each combination walks every namesake of its pair: whole keys only, and a word
    // being typed through its likely prefixes once it has a few letters.
    let firsts = keys_for(store, first, 0)?;
    let seconds = keys_for(store, second, 0)?;
    // A word being typed is read as the start of a key (one range, whatever it
    // becomes); the others as their whole keys.
    let mut later_tests: Vec<Vec<KeyTest>> = Vec::new();
    for (i, word) in later.iter().enumerate() {
        let tests = if last_is_typed && i + 1 == later.len() {
            // The word as if complete, then as the start of a longer one; a start
            // that the pair's own keys have ("hossein" of "hosseini") narrows nothing.
            let mut tests: Vec<KeyTest> = Vec::new();
            for form in &word.forms {
                let whole = KeyTest::Is(form.skeleton.clone());
                let start = KeyTest::StartsWith(form.strict.clone());
                let pairs_own = firsts
                    .iter()
                    .chain(&seconds)
                    .any(|key| key.starts_with(&form.strict));
                // A start that holds the whole key makes it one walk, not two.
                let whole =
                    (pairs_own || !form.skeleton.starts_with(&form.strict)).then_some(whole);
                for test in [whole, (!pairs_own).then_some(start)].into_iter().flatten() {
                    if !tests.contains(&test) {
                        tests.push(test);
                    }
                }
            }
            tests
        } else {
            keys_for(store, word, 0)?
                .into_iter()
                .map(KeyTest::Is)
                .collect()
        };
        later_tests.push(tests);
    }
    let mut narrowings: Vec<&[Vec<KeyTest>]> = Vec::new();
    if later_tests.len() > 1 {
        narrowings.push(&later_tests);
    }
    narrowings.push(&later_tests[..1]);
    for narrowing in narrowings {
        let combos = key_combinations(&firsts, &seconds, narrowing);
        by_recency(
            ids.len() + CANDIDATES / 4,
            &combos,
            |(a, b, rest), limit| store.people_with_pair_and_keys_by_recency(a, b, rest, limit),
            ids,
        )?;
    }
    Ok(())
}

/// The first [`THIRD_WORD_COMBINATIONS`] key pairs, each with the tests the later
/// words must pass (one group per word: any of its keys or starts), so that each
/// pair's people are walked once however many readings a later word has.
fn key_combinations(
    firsts: &[String],
    seconds: &[String],
    later: &[Vec<KeyTest>],
) -> Vec<(String, String, Vec<Vec<KeyTest>>)> {
    firsts
        .iter()
        .flat_map(|a| seconds.iter().map(move |b| (a, b)))
        .take(THIRD_WORD_COMBINATIONS)
        .map(|(a, b)| (a.clone(), b.clone(), later.to_vec()))
        .collect()
}

/// Candidate ids for one reading of the query. Two or more words go through the key
/// pairs of their first two (surname and given name in either order; the rest are
/// checked when ranking); if that finds few — the second word may be a father's name —
/// the most telling single word is looked up alone.
pub(super) fn name_candidates(
    store: &Store,
    words: &[QueryWord],
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    match words {
        [] => Ok(()),
        [word] => one_word_candidates(store, word, ids),
        [first, second, rest @ ..] => {
            two_word_candidates(store, first, second, rest.is_empty(), ids)?;
            // Only a pair with more namesakes than the list holds needs the third word.
            if let [third, ..] = rest
                && ids.len() >= CANDIDATES
                && third.letters >= THIRD_WORD_MIN_LETTERS
            {
                // A last word too short to be a name yet does not narrow.
                let later = match rest.split_last() {
                    Some((last, before))
                        if last.letters < THIRD_WORD_MIN_LETTERS && !before.is_empty() =>
                    {
                        before
                    }
                    _ => rest,
                };
                let last_is_typed = later.len() == rest.len();
                narrowed_pair_candidates(store, first, second, later, last_is_typed, ids)?;
            }
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

/// How many ids one word may bring from the date-of-birth index.
const BIRTH_PER_WORD: usize = 1000;

/// How many prefix keys a word being typed may stand for beside a date term.
const BIRTH_KEYS_PER_PREFIX: usize = 16;

/// The people one word names, born on the term's dates: the exact date and its usual
/// entry errors first (one seek per date), then the years around it.
fn born_with_word(
    store: &Store,
    keys: &[String],
    term: &DateTerm,
    today: NaiveDate,
) -> Result<Vec<i64>, StoreError> {
    let mut found: Vec<i64> = Vec::new();
    let mut seen: HashSet<i64> = HashSet::new();
    let dates = term.dates();
    let ranges = term.ranges(today);
    let per_key = (BIRTH_PER_WORD / keys.len().max(1)).max(50);
    for key in keys {
        let mut add = |ids: Vec<i64>| {
            for id in ids {
                if seen.insert(id) {
                    found.push(id);
                }
            }
        };
        add(store.people_with_key_born_on(key, &dates, per_key)?);
        for (from, to) in &ranges {
            add(store.people_with_key_born_between(key, *from, *to, per_key)?);
        }
    }
    Ok(found)
}

/// Candidate ids for name words beside a date term, from the index of name keys by
/// date of birth: never a walk through every namesake. People named by two of the
/// words come first (surname and given name both), then those of the most telling
/// word. A word still being typed counts through its likely prefixes when the words
/// before it found no one.
pub(super) fn birth_candidates(
    store: &Store,
    words: &[QueryWord],
    term: &DateTerm,
    today: NaiveDate,
    ids: &mut Vec<i64>,
) -> Result<(), StoreError> {
    let mut lists: Vec<Vec<i64>> = Vec::new();
    for word in words.iter().take(3) {
        let keys = keys_for(store, word, 0)?;
        lists.push(born_with_word(store, &keys, term, today)?);
    }
    if lists.iter().all(Vec::is_empty)
        && let Some(last) = words.last()
    {
        let mut keys: Vec<String> = Vec::new();
        for form in &last.forms {
            for key in store.keys_with_prefix(&form.strict, BIRTH_KEYS_PER_PREFIX)? {
                if !keys.contains(&key) {
                    keys.push(key);
                }
            }
        }
        lists.push(born_with_word(store, &keys, term, today)?);
    }
    // How many of the words name each person.
    let mut count: std::collections::HashMap<i64, usize> = std::collections::HashMap::new();
    for list in &lists {
        for id in list {
            *count.entry(*id).or_default() += 1;
        }
    }
    let cap = ids.len() + CANDIDATES;
    let both = lists
        .iter()
        .flatten()
        .filter(|id| count.get(id).copied().unwrap_or(0) >= 2)
        .copied()
        .collect::<Vec<_>>();
    add_ids(both, ids, cap);
    // Then the shortest list: the most telling word.
    if let Some(telling) = lists
        .iter()
        .filter(|l| !l.is_empty())
        .min_by_key(|l| l.len())
    {
        add_ids(telling.iter().copied(), ids, cap);
    }
    Ok(())
}
