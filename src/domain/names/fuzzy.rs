//! Tolerance on the query side: Greeklish spellings the keys cannot hold, and one typo.

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
