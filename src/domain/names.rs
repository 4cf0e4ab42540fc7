//! Name normalisation and transliteration.
//!
//! Three levels, from strict to loose, each a key the lookup engine can index:
//! - [`fold`] / [`words`]: what Greek search means by "the same letters": no accents or
//!   diaeresis, lower case, final ς as σ, Latin look-alike capitals inside Greek words
//!   read as Greek, punctuation as spaces.
//! - [`elot743`]: the passport transliteration, to show or match a Greek name in Latin.
//! - [`skeleton`]: a loose phonetic key on which Greek, ELOT Latin, Greeklish and the
//!   usual spelling variants of migrants' names collide (see [`skeleton`] for the rules).

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

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

/// Greek letters after which ELOT 743 writes αυ/ευ/ηυ as av/ev/iv (vowels and voiced
/// consonants); Latin vowels and voiced consonants count too for mixed text.
fn voiced_after_u(c: char) -> bool {
    matches!(
        c,
        'α' | 'ε' | 'η' | 'ι' | 'ο' | 'υ' | 'ω' | 'β' | 'γ' | 'δ' | 'ζ' | 'λ' | 'μ' | 'ν' | 'ρ'
    ) || matches!(
        c,
        'a' | 'e'
            | 'i'
            | 'o'
            | 'u'
            | 'y'
            | 'w'
            | 'b'
            | 'v'
            | 'g'
            | 'd'
            | 'z'
            | 'l'
            | 'm'
            | 'n'
            | 'r'
            | 'j'
    )
}

/// ELOT 743 for one lower-case Greek letter (without the digraph rules).
fn elot_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'α' => "a",
        'β' | 'ϐ' => "v",
        'γ' => "g",
        'δ' => "d",
        'ε' | 'ϵ' => "e",
        'ζ' => "z",
        'η' => "i",
        'θ' | 'ϑ' => "th",
        'ι' => "i",
        'κ' | 'ϰ' => "k",
        'λ' => "l",
        'μ' => "m",
        'ν' => "n",
        'ξ' => "x",
        'ο' => "o",
        'π' | 'ϖ' => "p",
        'ρ' | 'ϱ' => "r",
        'σ' | 'ς' | 'ϲ' => "s",
        'τ' => "t",
        'υ' => "y",
        'φ' | 'ϕ' => "f",
        'χ' => "ch",
        'ψ' => "ps",
        'ω' => "o",
        'ϳ' => "j",
        ';' => ";",
        '\u{b7}' => ";",
        _ => return None,
    })
}

/// Greek to Latin by ELOT 743 (the passport standard), in lower case.
///
/// Digraphs: γγ ng; γκ g at the start of a word, ng inside; γξ nx; γχ nch; μπ b at the
/// start and end of a word, mb inside; ντ d at the start, nt inside; ου ou; αυ/ευ/ηυ
/// av/ev/iv before vowels and voiced consonants, af/ef/if before voiceless ones and at
/// the end. A diaeresis on the υ, or a stress on the first vowel (άυλος), keeps the two
/// vowels apart (ay, oy). Latin text passes through lower-cased without marks; other
/// characters are kept, except leftovers of Greek marks, which are dropped.
pub fn elot743(text: &str) -> String {
    let ls = letters(text);
    let is_letter = |k: usize| ls.get(k).is_some_and(|l| l.c.is_alphabetic());
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < ls.len() {
        let l = ls[i];
        let next = ls.get(i + 1).map(|n| (n.c, n.diaeresis));
        let at_start = i == 0 || !is_letter(i - 1);
        let at_end = !is_letter(i + 2);
        let (text, used) = match (l.c, next) {
            ('α' | 'ε' | 'η', Some(('υ', false))) if !l.accent => {
                let vowel = match l.c {
                    'α' => 'a',
                    'ε' => 'e',
                    _ => 'i',
                };
                out.push(vowel);
                let voiced = ls.get(i + 2).is_some_and(|n| voiced_after_u(n.c));
                (if voiced { "v" } else { "f" }, 2)
            }
            ('ο', Some(('υ', false))) if !l.accent => ("ou", 2),
            ('γ', Some(('γ', _))) => ("ng", 2),
            ('γ', Some(('κ', _))) => (if at_start { "g" } else { "ng" }, 2),
            ('γ', Some(('ξ', _))) => ("nx", 2),
            ('γ', Some(('χ', _))) => ("nch", 2),
            ('μ', Some(('π', _))) => (if at_start || at_end { "b" } else { "mb" }, 2),
            ('ν', Some(('τ', _))) => (if at_start { "d" } else { "nt" }, 2),
            (c, _) => match elot_letter(c) {
                Some(latin) => (latin, 1),
                None if l.greek_source && !c.is_ascii() => ("", 1),
                None => {
                    out.push(c);
                    ("", 1)
                }
            },
        };
        out.push_str(text);
        i += used;
    }
    out
}

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
            ('a' | 'e', Some('u')) => {
                out.push(V(c));
                let voiced = n2.is_some_and(voiced_after_u);
                (C(if voiced { 'b' } else { 'f' }), 2)
            }
            ('c' | 'k', Some('h')) => (C('x'), 2),
            ('t', Some('h')) => (C('t'), 2),
            ('p', Some('h')) => (C('f'), 2),
            ('s' | 'g' | 'd' | 'z', Some('h')) => (C(c), 2),
            ('t', Some('s')) => (C('c'), 2),
            ('t' | 'd', Some('z')) | ('d', Some('j')) => (C('j'), 2),
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
            ('c', Some('e' | 'i' | 'y')) => (C('s'), 1),
            ('c' | 'q', _) => (C('k'), 1),
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
///    sh → s; c → s before e/i/y else k; q → k; au/eu → a/e + v or f, as in Greek;
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
/// straight to the few people who have both.
pub fn pair_keys(surname: &str, given_name: &str) -> Vec<(String, String)> {
    let keys = person_keys(surname, given_name, "");
    let mut pairs = Vec::with_capacity(keys.len() * keys.len().saturating_sub(1));
    for a in &keys {
        for b in &keys {
            if a != b {
                pairs.push((a.clone(), b.clone()));
            }
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
pub const KEY_VERSION: i64 = 2;

/// Spellings of a typed word worth trying besides the word itself, for the Greeklish
/// habits the stored keys cannot hold: an `h` standing alone (not in ch, th, ph, sh)
/// is η as often as χ ("Hlias", "Mhtsotakhs"), and `ay`, `ey`, `oy` before a consonant
/// or at the end are αυ, ευ, ου letter by letter ("eythimios", "stefanoy"). The word is
/// the folded form ([`fold`]); at most one alternative, with every rule applied.
pub fn greeklish_alternatives(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let vowel = |c: Option<&char>| matches!(c, Some('a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'w'));
    let alt: String = chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let prev = if i > 0 { chars.get(i - 1) } else { None };
            let after_pair = matches!(prev, Some('c' | 't' | 'p' | 's'));
            if c == 'h' && !after_pair {
                'i'
            } else if c == 'y' && matches!(prev, Some('a' | 'e' | 'o')) && !vowel(chars.get(i + 1))
            {
                'u'
            } else {
                c
            }
        })
        .collect();
    if alt != word { vec![alt] } else { Vec::new() }
}

/// The key with one character left out, for every position (SymSpell's deletion
/// neighbourhood): two keys within one edit share a member of each other's set or
/// the key itself. Keys shorter than [`FUZZY_MIN_KEY`] get none.
pub fn deletions(key: &str) -> Vec<String> {
    let chars: Vec<char> = key.chars().collect();
    if chars.len() < FUZZY_MIN_KEY {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::with_capacity(chars.len());
    for skip in 0..chars.len() {
        let variant: String = chars
            .iter()
            .enumerate()
            .filter(|&(i, _)| i != skip)
            .map(|(_, c)| *c)
            .collect();
        if !out.contains(&variant) {
            out.push(variant);
        }
    }
    out
}

/// The shortest key that gets a deletion neighbourhood: a typo in a shorter name makes
/// another name too often ("ali" / "alia").
pub const FUZZY_MIN_KEY: usize = 4;

/// True when `a` becomes `b` by at most one insertion, deletion, substitution or swap
/// of two adjacent characters.
pub fn within_one_edit(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    if long.len() - short.len() > 1 {
        return false;
    }
    let prefix = short
        .iter()
        .zip(long.iter())
        .take_while(|(x, y)| x == y)
        .count();
    if short.len() == long.len() {
        // Substitution: the rest equal after one; swap: two adjacent exchanged.
        let rest = prefix + 1;
        if short[rest..] == long[rest..] {
            return true;
        }
        return rest < short.len()
            && short[prefix] == long[rest]
            && short[rest] == long[prefix]
            && short[rest + 1..] == long[rest + 1..];
    }
    short[prefix..] == long[prefix + 1..]
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn greeklish_h_is_also_tried_as_i() {
        assert_eq!(greeklish_alternatives("hlias"), vec!["ilias"]);
        assert_eq!(greeklish_alternatives("mhtsotakhs"), vec!["mitsotakis"]);
        assert_eq!(greeklish_alternatives("eythimios"), vec!["euthimios"]);
        assert_eq!(skeleton("euthimios"), skeleton("Ευθύμιος"));
        assert_eq!(greeklish_alternatives("stefanoy"), vec!["stefanou"]);
        // y before a vowel is a consonant: Yannis, Karayannis stay.
        assert!(greeklish_alternatives("karayannis").is_empty());
        // h in a pair stays: χ, θ, φ.
        assert!(greeklish_alternatives("christos").is_empty());
        assert!(greeklish_alternatives("theodorou").is_empty());
        assert!(greeklish_alternatives("papadopoulos").is_empty());
        // The alternative meets the Greek name's key.
        let alt = &greeklish_alternatives("hlias")[0];
        assert_eq!(skeleton(alt), skeleton("Ηλίας"));
        assert_ne!(skeleton("hlias"), skeleton("Ηλίας"));
    }

    #[test]
    fn one_edit_and_deletions_agree() {
        for (a, b, near) in [
            ("papadapalas", "papdapalas", true),
            ("papadapalas", "papadapalas", true),
            ("karimi", "karini", true),
            ("karimi", "kraimi", true),
            ("karimi", "karimia", true),
            ("karimi", "kxrimu", false),
            ("karimi", "kari", false),
            ("abc", "cba", false),
        ] {
            assert_eq!(within_one_edit(a, b), near, "{a} {b}");
            assert_eq!(within_one_edit(b, a), near, "{b} {a}");
            if near && a != b {
                let (da, db) = (deletions(a), deletions(b));
                let meet = da.contains(&b.to_string())
                    || db.contains(&a.to_string())
                    || da.iter().any(|d| db.contains(d));
                assert!(meet, "{a} {b}");
            }
        }
        assert!(deletions("ali").is_empty());
        assert_eq!(deletions("abba"), vec!["bba", "aba", "abb"]);
    }

    #[test]
    fn prefixes_of_a_name_lead_to_its_keys() {
        for (name, typed) in [
            ("Παπαδόπουλος", "papadop"),
            ("Παπαδόπουλος", "ΠΑΠΑΔ"),
            ("Παπαδόπουλος", "papado"),
            ("Θεοδώρου", "theod"),
            ("Θεοδώρου", "8eo"),
            ("Mohammad", "Μοχάμ"),
            ("Χατζηδάκης", "hatz"),
            ("Ψαρράς", "ps"),
        ] {
            let keys = person_keys(name, "", "");
            let (_, loose) = prefix_keys(typed);
            assert!(
                keys.iter().any(|k| k.starts_with(&loose)),
                "{typed} -> {loose:?} is not a prefix of {keys:?}"
            );
        }
    }

    #[test]
    fn strict_prefixes_tell_close_names_apart() {
        let (strict, _) = prefix_keys("papadop");
        assert!(skeleton("Παπαδόπουλος").starts_with(&strict));
        assert!(!skeleton("Παπαδάκης").starts_with(&strict));
        let (strict, loose) = prefix_keys("karimi");
        assert!(skeleton("Καρίμι").starts_with(&strict));
        assert!(!skeleton("Καρρά").starts_with(&strict));
        assert!(skeleton("Καρρά").starts_with(&loose));
    }

    #[test]
    fn pairs_go_both_ways_and_include_joined_words() {
        let pairs = pair_keys("Al-Hassan", "Mohamed");
        let m = skeleton("Mohamed");
        assert!(
            pairs.contains(&(skeleton("alhassan"), m.clone())),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&(m.clone(), skeleton("hassan"))),
            "{pairs:?}"
        );
        assert!(
            pairs.contains(&(skeleton("al"), skeleton("hassan"))),
            "{pairs:?}"
        );
        assert!(pairs.iter().all(|(a, b)| a != b));
        assert!(pair_keys("Καρίμι", "").is_empty());
    }

    #[test]
    fn joined_names_share_a_key() {
        let keys = person_keys("Al-Hassan", "Abdul Rahman", "");
        assert!(keys.contains(&skeleton("Alhassan")), "{keys:?}");
        assert!(keys.contains(&skeleton("Abdulrahman")), "{keys:?}");
    }

    #[test]
    fn fold_drops_marks_and_case() {
        assert_eq!(fold("Παπαδόπουλος"), "παπαδοπουλοσ");
        assert_eq!(fold("ΠΑΠΑΔΟΠΟΥΛΟΣ"), "παπαδοπουλοσ");
        assert_eq!(fold("Ευθαλία Ζωή"), "ευθαλια ζωη");
        assert_eq!(fold("Προϋπολογισμός"), "προυπολογισμοσ");
        assert_eq!(fold("ΐ ΰ Ϊ"), "ι υ ι");
        assert_eq!(fold("José Müller-Ñúñez"), "jose muller nunez");
        assert_eq!(fold("  O'Brien,  Anna\t"), "o brien anna");
        assert_eq!(fold("Al-Hassan"), "al hassan");
        assert_eq!(fold(""), "");
        assert_eq!(fold(" - ' "), "");
    }

    #[test]
    fn fold_repairs_latin_lookalikes_in_greek_words() {
        // Latin A, O, Y typed inside a Greek word: half of the letters.
        assert_eq!(fold("ΠAΠAΔOΠOYΛOΣ"), "παπαδοπουλοσ");
        assert_eq!(fold("ΚΩΣΤAΣ"), "κωστασ");
        assert_eq!(fold("Μαρiα"), "μαρια");
        // A Latin word keeps its letters; a stray Greek capital in it becomes Latin.
        assert_eq!(fold("MOHAMMAD"), "mohammad");
        assert_eq!(fold("ΜOHAMMAD"), "mohammad");
        assert_eq!(fold("ΑHMAD"), "ahmad");
        // Pure Latin look-alike words are Latin.
        assert_eq!(fold("ΤΟΜ TOM"), "τομ tom");
        // Found by proptest: Ⱥ lower-cases out of the Latin blocks; still idempotent.
        let once = fold("Ⱥiὠ🤀");
        assert_eq!(fold(&once), once);
    }

    #[test]
    fn words_split_folded_text() {
        assert_eq!(
            words("Γιώργος  Παπα-δάκης"),
            vec!["γιωργοσ", "παπα", "δακησ"]
        );
        assert!(words(" ,. ").is_empty());
    }

    #[test]
    fn joined_variants_add_adjacent_pairs() {
        assert_eq!(
            joined_variants(&["al", "hassan"]),
            vec!["al", "hassan", "alhassan"]
        );
        assert_eq!(
            joined_variants(&["a", "b", "c"]),
            vec!["a", "b", "c", "ab", "bc"]
        );
        assert_eq!(joined_variants(&["x", "x"]), vec!["x", "xx"]);
        assert!(joined_variants::<&str>(&[]).is_empty());
        for typed in ["Al-Hassan", "al hassan", "Αλ-Χασάν", "AL HASAN"] {
            let keys: Vec<String> = joined_variants(&words(typed))
                .iter()
                .map(|w| skeleton(w))
                .collect();
            assert!(keys.contains(&skeleton("Alhassan")), "{typed}");
        }
    }

    #[test]
    fn elot743_passport_forms() {
        for (greek, latin) in [
            ("Παπαδόπουλος", "papadopoulos"),
            ("ΧΑΤΖΗΔΑΚΗΣ", "chatzidakis"),
            ("Θεοδώρου", "theodorou"),
            ("Ψαρράς", "psarras"),
            ("Ξανθή", "xanthi"),
            ("Ευάγγελος", "evangelos"),
            ("Ευθύμιος", "efthymios"),
            ("Αυγερινός", "avgerinos"),
            ("Παύλος", "pavlos"),
            ("Ευγενία", "evgenia"),
            ("Αύρα", "avra"),
            ("Μαυροειδής", "mavroeidis"),
            ("Γκίκας", "gikas"),
            ("Αγκαθάκης", "angathakis"),
            ("Μπακάλης", "bakalis"),
            ("Λάμπρος", "lambros"),
            ("Ντόκος", "dokos"),
            ("Αντώνης", "antonis"),
            ("Σφίγξ", "sfinx"),
            ("Άγχος", "anchos"),
            ("Ταΰγετος", "taygetos"),
            ("Προϋπολογισμός", "proypologismos"),
            ("άυλος", "aylos"),
            ("Αϊβαλιώτης", "aivaliotis"),
            ("Ηύα", "iva"),
            ("Ευ", "ef"),
            ("ΓΙΩΡΓΟΣ ΚΑΡΑΓΙΑΝΝΗΣ", "giorgos karagiannis"),
            ("Ωραιόπουλος-Ψυχογιός", "oraiopoulos-psychogios"),
            ("Jane Doe", "jane doe"),
            ("Ζωή 2", "zoi 2"),
        ] {
            assert_eq!(elot743(greek), latin, "{greek}");
        }
    }

    /// Spellings that must share a skeleton (each group: every member against the first).
    const SAME: &[&[&str]] = &[
        &[
            "Παπαδόπουλος",
            "papadopoulos",
            "papadopoylos",
            "PAPADOPOULOS",
            "papadopulos",
        ],
        &[
            "Χατζηδάκης",
            "chatzidakis",
            "hatzidakis",
            "xatzidakis",
            "ΧΑΤΖΗΔΑΚΗΣ",
        ],
        &["Θεοδώρου", "theodorou", "8eodorou", "teodoru"],
        &["Ψαρράς", "psarras", "psaras"],
        &["Ξανθή", "xanthi", "ksanthi", "Ξανθη"],
        &["Μπακάλης", "bakalis", "mpakalis"],
        &["Ντόκος", "dokos", "ntokos"],
        &["Αγγελική", "aggeliki", "angeliki", "ageliki", "agkeliki"],
        &[
            "Ευάγγελος",
            "evaggelos",
            "euaggelos",
            "evangelos",
            "Evangelos",
        ],
        &["Ευθύμιος", "efthymios", "euthimios", "efthimios"],
        &[
            "Mohammad",
            "Mohamed",
            "Muhammad",
            "Mohammed",
            "Μοχάμεντ",
            "Μωχάμαντ",
            "Μοχάμαντ",
        ],
        &["Ahmad", "Ahmed", "Άχμαντ", "Αχμέντ"],
        &["Hussein", "Husein", "Hossein", "Χουσεΐν", "Hussain"],
        &["Youssef", "Yusuf", "Yousef", "Γιουσέφ", "Yousuf"],
        &["Καρίμι", "Karimi", "karimy"],
        &["Rezaei", "Rezai", "Ρεζαΐ", "Rezayi"],
        &["Γεώργιος", "Georgios", "georgios"],
        &["Γιώργος", "Giorgos", "Yorgos", "giorgos", "Yiorgos"],
        &["Γιάννης", "Giannis", "Yiannis", "Yannis", "Gianis"],
        &["Παναγιώτης", "Panagiotis", "Panayotis", "Panayiotis"],
        &["Καραγιάννης", "Karagiannis", "Karayannis"],
        &["Ειρήνη", "Eirini", "Irini"],
        &["Ανδρέας", "Andreas", "Αντρέας"],
        &["Χριστίνα", "Christina", "Hristina", "Xristina", "Khristina"],
        &["Mariam", "Maryam", "Μαριάμ"],
        &["Φατιμά", "Fatima", "Fatema"],
        &["Ουαλίντ", "Walid", "Oualid"],
        &["Zeinab", "Zeynab", "Ζεϊνάμπ"],
        &["Αικατερίνη", "Aikaterini", "Ekaterini", "Αικατερινη"],
        &["Αιμιλία", "Aimilia", "Emilia"],
        &["Αλεξάνδρα", "Aleksandra", "Alexandra"],
        &["Σοφία", "Sofia", "Sophia"],
        &["Φίλιππος", "Filippos", "Philippos", "Filipos"],
    ];

    /// Names that must stay apart.
    const APART: &[(&str, &str)] = &[
        ("Papadopoulos", "Papadakis"),
        ("Nikolaou", "Nikolaidis"),
        ("Maria", "Marina"),
        ("Maria", "Marios"),
        ("Maria", "Mario"),
        ("Ioannis", "Ioanna"),
        ("Ioanna", "Ioannou"),
        ("Ioannis", "Giannis"),
        ("Georgios", "Gregorios"),
        ("Georgios", "Giorgos"),
        ("Hassan", "Hussein"),
        ("Ahmad", "Mohammad"),
        ("Ahmad", "Hamid"),
        ("Mohammad", "Mahmoud"),
        ("Dimitris", "Dimitra"),
        ("Papadopoulos", "Papadopoulou"),
        ("Lina", "Lena"),
        ("Ali", "Alia"),
        ("Karim", "Karimi"),
        ("Yusuf", "Yunus"),
        ("Omar", "Amir"),
        ("Christos", "Christina"),
        ("Eleni", "Elena"),
        ("Αγγελική", "Άγγελος"),
        ("Νίκος", "Νικόλαος"),
    ];

    #[test]
    fn skeleton_collides_spellings_of_one_name() {
        let mut pairs = 0;
        for group in SAME {
            let key = skeleton(group[0]);
            for other in &group[1..] {
                assert_eq!(skeleton(other), key, "{} vs {}", group[0], other);
                pairs += 1;
            }
        }
        assert!(pairs >= 40, "only {pairs} pairs");
    }

    #[test]
    fn skeleton_keeps_different_names_apart() {
        assert!(APART.len() >= 15);
        for (a, b) in APART {
            assert_ne!(skeleton(a), skeleton(b), "{a} vs {b}");
        }
    }

    #[test]
    fn skeleton_examples() {
        assert_eq!(skeleton("Mohammad"), "muxamad");
        assert_eq!(skeleton("Hussein"), "xusan");
        assert_eq!(skeleton("Γιάννης Παπαδόπουλος"), "yanas papadapalas");
        assert_eq!(skeleton("1985"), "1985");
        assert_eq!(skeleton(""), "");
    }

    fn greek_or_ascii() -> impl Strategy<Value = String> {
        prop::collection::vec(
            prop_oneof![
                proptest::char::range('\u{0}', '\u{7f}'),
                proptest::char::range('\u{370}', '\u{3ff}'),
                proptest::char::range('\u{1f00}', '\u{1fff}'),
            ],
            0..24,
        )
        .prop_map(|chars| chars.into_iter().collect())
    }

    fn namey() -> impl Strategy<Value = String> {
        "[A-Za-zΑ-Ωα-ωάέήίόύώϊϋΐΰς '\\-]{0,20}"
    }

    proptest! {
        #[test]
        fn fold_is_idempotent(text in any::<String>()) {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn fold_is_idempotent_on_names(text in namey()) {
            let once = fold(&text);
            prop_assert_eq!(fold(&once), once.clone());
        }

        #[test]
        fn nothing_panics(text in any::<String>(), printable in "\\PC*") {
            for t in [&text, &printable] {
                let _ = fold(t);
                let _ = words(t);
                let _ = elot743(t);
                let _ = skeleton(t);
                let _ = joined_variants(&words(t));
            }
        }

        #[test]
        fn skeleton_sees_only_the_folded_form(text in any::<String>(), name in namey()) {
            prop_assert_eq!(skeleton(&fold(&text)), skeleton(&text));
            prop_assert_eq!(skeleton(&fold(&name)), skeleton(&name));
        }

        #[test]
        fn elot743_of_greek_and_ascii_is_ascii(text in greek_or_ascii()) {
            let latin = elot743(&text);
            prop_assert!(latin.is_ascii(), "{:?} -> {:?}", text, latin);
        }

        #[test]
        fn elot743_of_names_is_ascii(text in namey()) {
            prop_assert!(elot743(&text).is_ascii());
        }
    }
}
