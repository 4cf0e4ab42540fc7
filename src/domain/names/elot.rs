//! ELOT 743, the passport transliteration of Greek into Latin letters.

use super::letters;

/// Greek letters after which ELOT 743 writes αυ/ευ/ηυ as av/ev/iv (vowels and voiced
/// consonants); Latin vowels and voiced consonants count too for mixed text.
pub(super) fn voiced_after_u(c: char) -> bool {
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
pub(super) fn elot_letter(c: char) -> Option<&'static str> {
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
