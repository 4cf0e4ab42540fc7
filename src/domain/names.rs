//! Name normalisation and transliteration.

/// TEMPORARY until the names module lands: lower-cased words.
pub fn person_keys(surname: &str, given: &str, father: &str) -> Vec<String> {
    [surname, given, father]
        .iter()
        .flat_map(|s| s.split_whitespace())
        .map(str::to_lowercase)
        .collect()
}

/// TEMPORARY until the names module lands.
pub fn fold(text: &str) -> String {
    text.to_lowercase()
}

/// TEMPORARY until the names module lands.
pub fn words(text: &str) -> Vec<String> {
    fold(text).split_whitespace().map(str::to_string).collect()
}

/// TEMPORARY until the names module lands.
pub fn skeleton(word: &str) -> String {
    fold(word)
}
