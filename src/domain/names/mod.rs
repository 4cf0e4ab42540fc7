//! Name normalisation and transliteration.
//!
//! Three levels, from strict to loose, each a key the lookup engine can index:
//! - [`fold`] / [`words`]: what Greek search means by "the same letters": no accents or
//!   diaeresis, lower case, final ς as σ, Latin look-alike capitals inside Greek words
//!   read as Greek, punctuation as spaces.
//! - [`elot743`]: the passport transliteration, to show or match a Greek name in Latin.
//! - [`skeleton`]: a loose phonetic key on which Greek, ELOT Latin, Greeklish and the
//!   usual spelling variants of migrants' names collide (see [`skeleton`] for the rules).

mod elot;
mod fuzzy;
mod keys;
#[cfg(test)]
mod tests;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

pub use elot::elot743;
pub use fuzzy::{
    FUZZY_MIN_KEY, deletions, foreign_alternatives, greeklish_alternatives, within_one_edit,
};
pub use keys::{KEY_VERSION, pair_keys, person_keys, prefix_keys, skeleton};

/// One letter of the input after decomposition: the base character (lower case once
/// [`letters`] returns) and the marks that were on it.
#[derive(Debug, Clone, Copy)]
struct Letter {
    c: char,
    /// Acute (tonos), grave or circumflex: a stressed vowel.
    accent: bool,
    /// Diaeresis (dialytika): the vowel does not form a diphthong with the one before.
    diaeresis: bool,
    /// The character came from the Greek blocks (so its leftovers may be dropped).
    greek_source: bool,
}

fn is_greek_block(c: char) -> bool {
    ('\u{370}'..='\u{3FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c)
}

fn is_greek_letter(c: char) -> bool {
    c.is_alphabetic() && is_greek_block(c)
}

/// Latin letters that look like Greek ones, with the Greek letter they stand for.
/// The lower-case ones are a subset of the lower cases of the capital ones, which keeps
/// [`fold`] idempotent (a letter that is no look-alike stays none once lower-cased).
fn latin_lookalike(c: char) -> Option<char> {
    Some(match c {
        'A' => 'Α',
        'B' => 'Β',
        'E' => 'Ε',
        'H' => 'Η',
        'I' => 'Ι',
        'K' => 'Κ',
        'M' => 'Μ',
        'N' => 'Ν',
        'O' => 'Ο',
        'P' => 'Ρ',
        'T' => 'Τ',
        'X' => 'Χ',
        'Y' => 'Υ',
        'Z' => 'Ζ',
        'a' => 'α',
        'i' => 'ι',
        'k' => 'κ',
        'o' => 'ο',
        'p' => 'ρ',
        'x' => 'χ',
        _ => return None,
    })
}

/// Greek capitals that look like Latin ones, with the Latin letter they stand for.
fn greek_lookalike(c: char) -> Option<char> {
    Some(match c {
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Χ' => 'X',
        'Υ' => 'Y',
        'Ζ' => 'Z',
        _ => return None,
    })
}

/// Fixes words typed with the wrong keyboard layout for some letters. A word (run of
/// letters) holding Greek letters whose Latin letters are all look-alikes is read as
/// Greek ("ΠAΠAΔOΠOYΛOΣ" with Latin A, O, Y: half the letters, hence not a majority
/// rule). A word holding a Latin letter with no Greek look-alike is read as Latin, and
/// its Greek look-alike capitals become Latin ("ΜOHAMMAD" with a Greek Μ).
fn map_lookalikes(word: &mut [Letter]) {
    // "Latin" here is every letter outside the Greek blocks: a narrower test breaks
    // idempotence when lower-casing moves a letter out of the Latin blocks (Ⱥ → ⱥ).
    let has_greek = word.iter().any(|l| is_greek_letter(l.c));
    let mut others = word
        .iter()
        .map(|l| l.c)
        .filter(|&c| c.is_alphabetic() && !is_greek_block(c));
    let Some(first) = others.next() else {
        return;
    };
    if !has_greek {
        return;
    }
    let all_lookalikes =
        latin_lookalike(first).is_some() && others.all(|c| latin_lookalike(c).is_some());
    for l in word.iter_mut() {
        let mapped = if all_lookalikes {
            latin_lookalike(l.c)
        } else {
            greek_lookalike(l.c)
        };
        if let Some(c) = mapped {
            l.c = c;
        }
    }
}

/// Decomposes `text`, records marks on the letter they follow, repairs look-alike
/// letters and lower-cases. Characters other than letters are kept as they are.
fn letters(text: &str) -> Vec<Letter> {
    fn push_decomposed(out: &mut Vec<Letter>, text: impl Iterator<Item = char>, greek: bool) {
        for c in text {
            if is_combining_mark(c) {
                if let Some(last) = out.last_mut() {
                    match c {
                        '\u{301}' | '\u{300}' | '\u{342}' => last.accent = true,
                        '\u{308}' => last.diaeresis = true,
                        _ => {}
                    }
                }
            } else {
                out.push(Letter {
                    c,
                    accent: false,
                    diaeresis: false,
                    greek_source: greek,
                });
            }
        }
    }
    let mut raw = Vec::new();
    for c in text.chars() {
        push_decomposed(&mut raw, std::iter::once(c).nfd(), is_greek_block(c));
    }
    let mut start = 0;
    while start < raw.len() {
        let end = raw[start..]
            .iter()
            .position(|l| !l.c.is_alphabetic())
            .map_or(raw.len(), |p| start + p);
        map_lookalikes(&mut raw[start..end]);
        start = end + 1;
    }
    let mut out = Vec::with_capacity(raw.len());
    for l in raw {
        let first = out.len();
        let lower: String = l.c.to_lowercase().collect();
        push_decomposed(&mut out, lower.nfd(), l.greek_source);
        if let Some(first) = out.get_mut(first) {
            first.accent |= l.accent;
            first.diaeresis |= l.diaeresis;
        }
    }
    out
}

/// The search form of a name: accents, diaeresis and other marks dropped, lower case,
/// final ς as σ, Latin look-alikes in Greek words as Greek, everything that is not a
/// letter or digit (hyphens, apostrophes, punctuation) as a space, spaces collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut pending_space = false;
    for l in letters(text) {
        let c = if l.c == 'ς' { 'σ' } else { l.c };
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
        } else {
            pending_space = true;
        }
    }
    out
}

/// The folded words of a name.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

/// Where in `text` each of its [`words`] stands (byte ranges, in order), so that a
/// screen can mark the very letters a query matched. A combining mark belongs to the
/// word it follows; anything [`fold`] drops separates words, as it does there.
pub fn word_ranges(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    for (at, c) in text.char_indices() {
        let next = at + c.len_utf8();
        if is_combining_mark(c) {
            if start.is_some() {
                end = next;
            }
            continue;
        }
        let mut buf = [0u8; 4];
        if fold(c.encode_utf8(&mut buf)).is_empty() {
            if let Some(first) = start.take() {
                out.push(first..end);
            }
        } else {
            start.get_or_insert(at);
            end = next;
        }
    }
    if let Some(first) = start {
        out.push(first..end);
    }
    out
}

/// The words and every pair of adjacent words joined, without repeats, so that
/// "Al Hassan", "Al-Hassan" and "Alhassan" share a key ("alhassan").
pub fn joined_variants<S: AsRef<str>>(words: &[S]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut add = |w: String| {
        if !w.is_empty() && !out.contains(&w) {
            out.push(w);
        }
    };
    for w in words {
        add(w.as_ref().to_string());
    }
    for pair in words.windows(2) {
        add(format!("{}{}", pair[0].as_ref(), pair[1].as_ref()));
    }
    out
}
