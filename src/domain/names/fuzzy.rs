//! Tolerance on the query side: Greeklish spellings the keys cannot hold, foreign
//! consonants Greek writes otherwise, and one typo.

use super::elot::voiced_after_u;

/// Spellings of a typed word worth trying besides the word itself, for the Greeklish
/// habits the stored keys cannot hold: an `h` standing alone (not in ch, th, ph, sh)
/// is η as often as χ ("Hlias", "Mhtsotakhs"); `oy` before a consonant or at the end
/// is ου ("stefanoy"); `au`, `eu`, `ay`, `ey` are αυ, ευ ("eythimios", "paulos": the
/// keys read a Latin au/eu as vowels, as in foreign names). The word is
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
            } else if c == 'y' && matches!(prev, Some('o')) && !vowel(chars.get(i + 1)) {
                'u'
            } else if matches!(prev, Some('a' | 'e'))
                && (c == 'u' || (c == 'y' && !vowel(chars.get(i + 1))))
            {
                // αυ, ευ: v before a voiced letter, f before a voiceless one.
                let voiced = chars.get(i + 1).is_none_or(|&n| voiced_after_u(n));
                if voiced { 'v' } else { 'f' }
            } else {
                c
            }
        })
        .collect();
    if alt != word { vec![alt] } else { Vec::new() }
}

/// Spellings of a typed word for foreign consonants that Greek writes with other
/// letters than Latin does: ch (Chaudhry, Chelsea) is τσ in Greek, and a Greek τσ
/// may be a Latin ch. The stored keys read ch as χ and τσ as ts.
pub fn foreign_alternatives(word: &str) -> Vec<String> {
    let mut out = Vec::new();
    if word.contains("ch") && !word.contains("sch") {
        out.push(word.replace("ch", "ts"));
    }
    if word.contains("τσ") {
        out.push(word.replace("τσ", "χ"));
    }
    out
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
