//! Name normalisation and transliteration.

/// TEMPORARY until the names module lands: lower-cased words.
pub fn person_keys(surname: &str, given: &str, father: &str) -> Vec<String> {
    [surname, given, father]
        .iter()
        .flat_map(|s| s.split_whitespace())
        .map(str::to_lowercase)
        .collect()
}
