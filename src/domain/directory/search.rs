//! Finding services and organisations by what is typed, with the lookup engine's
//! folding (accents, case, final sigma, look-alike letters: `names::fold`), Greek
//! names found by Latin letters (ELOT 743, as on passports) and by Greeklish or other
//! spellings (the phonetic skeleton the lookup engine indexes).

use crate::domain::names::{elot743, fold, prefix_keys, skeleton};

/// What a query word must be, at least, to be tried by its sound (shorter words match
/// too much that way: "kea" would find every word starting with κ).
const SOUND_MIN_LETTERS: usize = 4;

/// A typed query, folded once.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Query {
    words: Vec<QueryWord>,
}

#[derive(Debug, Clone, PartialEq)]
struct QueryWord {
    folded: String,
    latin: String,
    /// The phonetic key a word starting like this one certainly starts with; empty
    /// when the word is too short to be tried by its sound.
    sound: String,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let words = fold(text)
            .split_whitespace()
            .map(|w| {
                let sound = if w.chars().count() >= SOUND_MIN_LETTERS {
                    prefix_keys(w).1
                } else {
                    String::new()
                };
                QueryWord {
                    folded: w.to_string(),
                    latin: elot743(w),
                    sound: if sound.chars().count() >= 3 {
                        sound
                    } else {
                        String::new()
                    },
                }
            })
            .collect();
        Query { words }
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

/// The searchable text of one record, folded, transliterated and keyed once when the
/// directory is read, so typing does no more than compare.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Haystack {
    folded: String,
    latin: String,
    sounds: Vec<String>,
}

impl Haystack {
    pub fn new<S: AsRef<str>>(parts: &[S]) -> Haystack {
        let text = parts
            .iter()
            .map(AsRef::as_ref)
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        let folded = fold(&text);
        let sounds = folded
            .split_whitespace()
            .map(skeleton)
            .filter(|k| !k.is_empty())
            .collect();
        Haystack {
            latin: elot743(&folded),
            folded,
            sounds,
        }
    }

    /// Whether every word of `query` is in the record: as typed (folded), in Latin
    /// letters for a Greek word, or by its sound.
    pub fn matches(&self, query: &Query) -> bool {
        query.words.iter().all(|w| {
            self.folded.contains(&w.folded)
                || self.latin.contains(&w.latin)
                || (!w.sound.is_empty() && self.sounds.iter().any(|k| k.starts_with(&w.sound)))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds(record: &[&str], query: &str) -> bool {
        Haystack::new(record).matches(&Query::new(query))
    }

    #[test]
    fn greek_names_are_found_in_greek_and_latin_letters() {
        let arsis = [
            "Άρσις",
            "Κοινωνική Οργάνωση Υποστήριξης Νέων",
            "Θεσσαλονίκη",
        ];
        assert!(finds(&arsis, "αρσις"));
        assert!(finds(&arsis, "ΑΡΣΙΣ"));
        assert!(finds(&arsis, "arsis"));
        assert!(finds(&arsis, "ars"));
        assert!(finds(&arsis, "thessaloniki"));
        assert!(finds(&arsis, "koinoniki neon"));
        // Greeklish as people type it.
        assert!(finds(&arsis, "thesaloniki"));
        assert!(finds(&arsis, "oργανωση"));
        assert!(!finds(&arsis, "praksis"));
        assert!(!finds(&arsis, "αθηνα"));
    }

    #[test]
    fn latin_names_are_found_in_greek_letters_by_their_sound() {
        let praksis = ["PRAKSIS", "Athens"];
        assert!(finds(&praksis, "praksis"));
        assert!(finds(&praksis, "πραξις"));
        assert!(!finds(&praksis, "κεα"));
    }

    #[test]
    fn every_word_must_be_found_and_nothing_typed_finds_all() {
        let kea = ["kea", "Ελάχιστο Εγγυημένο Εισόδημα", "benefits"];
        assert!(finds(&kea, ""));
        assert!(finds(&kea, "kea εισοδημα"));
        assert!(!finds(&kea, "kea housing"));
        // Short words are not tried by their sound: "kea" does not find κοινωνικός.
        assert!(!finds(&["Κοινωνικό Παντοπωλείο"], "kea"));
    }
}
