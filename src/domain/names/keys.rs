//! Phonetic keys: what the lookup engine stores for every name, and the prefixes of
//! keys a word typed so far can stand for.

use super::elot::{elot_letter, voiced_after_u};
use super::{joined_variants, words};

/// Greek to a Greeklish-friendly Latin, the first step of [`skeleton`]: υ reads as i
/// (except in ου, αυ, ευ, ηυ), χ and ξ both as x (Greeklish writes χ as x).
fn greeklish_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'υ' => "i",
        'χ' | 'ξ' => "x",
        c => return elot_letter(c),
    })
}

/// A vowel or consonant of the Latin form, consonants already in their class.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Sound {
    Vowel(char),
    Consonant(char),
}

/// Latin consonants before which a v sounds f.
fn voiceless(c: char) -> bool {
    matches!(c, 'k' | 'p' | 't' | 's' | 'f' | 'h' | 'x' | 'c' | 'q')
}

fn latin_vowel(c: Option<char>) -> bool {
    matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u' | 'w'))
}

/// The Latin form of a folded word as sounds (consonant classes, raw vowels).
fn sounds(word: &str) -> Vec<Sound> {
    use Sound::{Consonant as C, Vowel as V};
    let chars: Vec<char> = word.chars().collect();
    let has_letter = chars.iter().any(|c| c.is_alphabetic());

    // Greek first, resolving the digraphs that need Greek context.
    let mut lat: Vec<char> = Vec::with_capacity(chars.len() + 4);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let next = chars.get(i + 1).copied();
        match (c, next) {
            ('α' | 'ε' | 'η', Some('υ')) => {
                lat.push(match c {
                    'α' => 'a',
                    'ε' => 'e',
                    _ => 'i',
                });
                let voiced = chars.get(i + 2).is_some_and(|&n| voiced_after_u(n));
                lat.push(if voiced { 'v' } else { 'f' });
                i += 2;
            }
            ('ο', Some('υ')) => {
                lat.extend(['o', 'u']);
                i += 2;
            }
            _ => {
                match greeklish_letter(c) {
                    Some(latin) => lat.extend(latin.chars()),
                    None => lat.push(c),
                }
                i += 1;
            }
        }
    }

    // Then the Latin rules, longest match first.
    let at = |k: usize| lat.get(k).copied();
    let mut out = Vec::with_capacity(lat.len());
    let mut i = 0;
    while i < lat.len() {
        let c = lat[i];
        let (n1, n2) = (at(i + 1), at(i + 2));
        let prev_vowel = i > 0 && latin_vowel(at(i - 1));
        let (sound, used) = match (c, n1) {
            // Latin au/eu are vowels (Tsiklauri, Chaudhry, Leutrim): a Greek αυ/ευ
            // was resolved above, and Greeklish au/eu are tried as av/ef on the query
            // side (see `greeklish_alternatives`).
            // Albanian xh and gj, as Greek writes them: τζ, γκι.
            ('x', Some('h')) => (C('j'), 2),
            ('g', Some('j')) => {
                out.push(C('g'));
                (V('i'), 2)
            }
            ('c' | 'k', Some('h')) => (C('x'), 2),
            ('t', Some('h')) => (C('t'), 2),
            ('p', Some('h')) => (C('f'), 2),
            ('s' | 'g' | 'd' | 'z', Some('h')) => (C(c), 2),
            ('t', Some('s')) => (C('c'), 2),
            // Georgian -dze typed -dse.
            ('t' | 'd', Some('z')) | ('d', Some('j' | 's')) => (C('j'), 2),
            ('k', Some('s')) => (C('x'), 2),
            ('c', Some('k')) => (C('k'), 2),
            ('m', Some('p' | 'b')) => (C('b'), 2),
            ('n', Some('t' | 'd')) if n2 != Some('h') => (C('d'), 2),
            ('g', Some('g' | 'k')) => (C('g'), 2),
            ('n', Some('g')) if i > 0 => (C('g'), 2),
            ('g', Some('i')) if latin_vowel(n2) => (C('y'), 2),
            ('y', Some('i')) if latin_vowel(n2) => (C('y'), 2),
            ('y', _) if (i == 0 || prev_vowel) && latin_vowel(n1) && n1 != Some('i') => (C('y'), 1),
            ('y', _) => (V('i'), 1),
            ('w', _) => (V('u'), 1),
            ('a' | 'e' | 'i' | 'o' | 'u', _) => (V(c), 1),
            ('h' | 'x', _) => (C('x'), 1),
            // c before e, i, y is ts in the languages the desks meet (Albanian,
            // Slavic, Georgian: "Ciklauri" for Tsiklauri), as Greek writes it: τσ.
            ('c', Some('e' | 'i' | 'y')) => (C('c'), 1),
            ('c' | 'q', _) => (C('k'), 1),
            // Greek writes a v before a voiceless letter or at the end as φ
            // (Ιβανόφ, Πετρόφσκι).
            ('v', _) if n1.is_none_or(voiceless) => (C('f'), 1),
            ('v', _) => (C('b'), 1),
            ('8', _) if has_letter => (C('t'), 1),
            ('3', _) if has_letter => (C('x'), 1),
            _ => (C(c), 1),
        };
        out.push(sound);
        i += used;
    }
    out
}

/// The class of the first vowel run: a (a, e, αι), i (i, y, ει, οι, ee), u (o, u, ω, ου).
fn first_vowel_class(run: &str) -> char {
    if run.starts_with("ou") {
        return 'u';
    }
    if ["ei", "oi", "ee"].iter().any(|p| run.starts_with(p)) {
        return 'i';
    }
    vowel_class(run.chars().next())
}

fn vowel_class(c: Option<char>) -> char {
    match c {
        Some('i') => 'i',
        Some('o' | 'u') => 'u',
        _ => 'a',
    }
}

fn skeleton_word(word: &str) -> String {
    enum Part {
        Consonant(char),
        Vowels(String),
    }
    let mut parts: Vec<Part> = Vec::new();
    for sound in sounds(word) {
        match (sound, parts.last_mut()) {
            (Sound::Consonant(c), Some(Part::Consonant(last))) if *last == c => {}
            (Sound::Consonant(c), _) => parts.push(Part::Consonant(c)),
            (Sound::Vowel(v), Some(Part::Vowels(run))) => run.push(v),
            (Sound::Vowel(v), _) => parts.push(Part::Vowels(v.to_string())),
        }
    }
    let first_run = parts.iter().position(|p| matches!(p, Part::Vowels(_)));
    let last = parts.len().saturating_sub(1);
    parts
        .iter()
        .enumerate()
        .map(|(k, part)| match part {
            Part::Consonant(c) => *c,
            Part::Vowels(run) if Some(k) == first_run => first_vowel_class(run),
            Part::Vowels(run) if k == last => vowel_class(run.chars().last()),
            Part::Vowels(_) => 'a',
        })
        .collect()
}

/// A loose phonetic key, in Latin letters, on which the Greek, ELOT 743 and Greeklish
/// spellings of a name collide, and the common spelling variants of migrants' names
/// too. Each word of [`fold`]`(text)` gets a key; the keys are joined by spaces.
///
/// Per word:
/// 1. Greek to Latin: ELOT 743 letters, except υ → i, χ and ξ → x; ου → ou; αυ/ευ/ηυ →
///    av/ev/iv or af/ef/if by the next letter.
/// 2. Latin consonants to classes: ch/kh/h/x/ks → x (so χ, ξ and Arabic h meet; Greeklish
///    h for η is not supported); th/8 → t (θ and τ merge); ph/f → f; v/b/mp/mb → b;
///    nt/nd → d (not before h); gg/gk/ng (not initial)/gh → g; ts → c; tz/dz/dj/j → j;
///    sh → s; c → ts (c) before e/i/y else k; q → k; au/eu stay vowels (Greeklish au/eu
///    are tried as av/ef by the query); v → f at the end or before a voiceless letter
///    (Ιβανόφ); xh → j, gj → g + i (Albanian, as Greek writes τζ, γκι); ds → j (-dse);
///    gi/yi + vowel → y; y is a consonant (y) at the start or after a vowel when a
///    vowel other than i follows, otherwise a vowel i; w is the vowel u. Doubled consonants collapse.
/// 3. Vowel runs: the first run keeps a class — a (a, e, ai), i (i, y, ei, oi, ee),
///    u (o, u, ou, w) — so Hassan and Hussein stay apart; a run ending the word keeps
///    the class of its last letter (Maria/Mario, Ioanna/Ioannou stay apart); every
///    other run becomes a (Youssef/Yusuf, Mohammad/Mohamed meet).
///
/// Known costs: names differing only in an interior vowel meet (Amir/Amer, Kostas/
/// Kostis); a/e meet at the edges (Ali/Eli) while e/i do not (Ebrahim/Ibrahim), and
/// an opening ai reads as a/e, so Zainab misses Zeinab (ei reads as i, for Eirini/Irini).
pub fn skeleton(text: &str) -> String {
    let keys: Vec<String> = words(text)
        .iter()
        .map(|w| skeleton_word(w))
        .filter(|k| !k.is_empty())
        .collect();
    keys.join(" ")
}

/// The lookup keys of a person: the skeleton of every word of their surname, given
/// name and father's name, and of adjacent words joined ("Al Hassan" → "alhassan").
pub fn person_keys(surname: &str, given_name: &str, father_name: &str) -> Vec<String> {
    let mut keys: Vec<String> = Vec::new();
    for field in [surname, given_name, father_name] {
        for variant in joined_variants(&words(field)) {
            let key = skeleton_word(&variant);
            if !key.is_empty() && !keys.contains(&key) {
                keys.push(key);
            }
        }
    }
    keys
}

/// The ordered pairs of distinct keys among a person's surname and given name (the
/// words people type together, in either order), for two-word lookups that go
/// straight to the few people who have both. A key held by both the surname and the
/// given name ("Ιμπραήμ Ιμπραήμ") also pairs with itself: typed twice, it names
/// that person, not everyone who holds it once.
pub fn pair_keys(surname: &str, given_name: &str) -> Vec<(String, String)> {
    let keys = person_keys(surname, given_name, "");
    let mut pairs = Vec::with_capacity(keys.len() * keys.len());
    for a in &keys {
        for b in &keys {
            if a != b {
                pairs.push((a.clone(), b.clone()));
            }
        }
    }
    let given_keys = person_keys(given_name, "", "");
    for key in person_keys(surname, "", "") {
        if given_keys.contains(&key) {
            pairs.push((key.clone(), key));
        }
    }
    pairs
}

/// Key prefixes for a word typed so far, for search as you type: `strict` is what
/// the key of a name that starts with `word` most likely starts with, `loose` what it
/// certainly starts with.
///
/// The skeleton of a partial word can differ from the whole word's at its end: a last
/// vowel keeps its own class only at the end of a word, and a last letter may be the
/// first half of a pair (t of th, p of ps, μ of μπ). So trailing vowels are dropped
/// for both, and `loose` also drops a last letter that could pair with the next.
pub fn prefix_keys(word: &str) -> (String, String) {
    const VOWELS: &[char] = &[
        'a', 'e', 'i', 'o', 'u', 'y', 'w', 'α', 'ε', 'η', 'ι', 'ο', 'υ', 'ω',
    ];
    const PAIRING: &[char] = &['t', 'p', 'k', 'c', 's', 'n', 'm', 'g', 'μ', 'ν', 'γ', 'τ'];
    let mut folded = words(word).into_iter().next().unwrap_or_default();
    if folded.chars().any(char::is_alphabetic) {
        // Greeklish digits (8 for θ, 3 for ξ) keep their meaning once the vowels
        // that made the word look like a word are trimmed.
        folded = folded.replace('8', "th").replace('3', "x");
    }
    let stem = folded.trim_end_matches(VOWELS);
    let strict = skeleton_word(stem);
    let loose = match stem.strip_suffix(PAIRING) {
        Some(shorter) => skeleton_word(shorter.trim_end_matches(VOWELS)),
        None => strict.clone(),
    };
    (strict, loose)
}

/// The version of [`person_keys`]: bump it whenever the keys a name gets change, and
/// every database rebuilds its stored keys when it is next opened.
pub const KEY_VERSION: i64 = 5;
