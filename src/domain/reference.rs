//! Reference lists embedded in the program: countries (ISO 3166-1) and the languages
//! met at the desks (ISO 639-3), each with English and Greek names.

use std::sync::OnceLock;

const COUNTRIES_CSV: &str = include_str!("../../data/countries.csv");
const LANGUAGES_CSV: &str = include_str!("../../data/languages.csv");

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name_en: String,
    pub name_el: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    pub code: String,
    pub name_en: String,
    pub name_el: String,
}

fn rows(csv_text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(csv_text.as_bytes())
        .records()
        .filter_map(Result::ok)
        .map(|record| record.iter().map(str::to_string).collect())
        .collect()
}

pub fn countries() -> &'static [Country] {
    static COUNTRIES: OnceLock<Vec<Country>> = OnceLock::new();
    COUNTRIES.get_or_init(|| {
        rows(COUNTRIES_CSV)
            .into_iter()
            .filter(|r| r.len() == 4)
            .map(|r| Country {
                alpha2: r[0].clone(),
                alpha3: r[1].clone(),
                name_en: r[2].clone(),
                name_el: r[3].clone(),
            })
            .collect()
    })
}

pub fn languages() -> &'static [Language] {
    static LANGUAGES: OnceLock<Vec<Language>> = OnceLock::new();
    LANGUAGES.get_or_init(|| {
        rows(LANGUAGES_CSV)
            .into_iter()
            .filter(|r| r.len() == 3)
            .map(|r| Language {
                code: r[0].clone(),
                name_en: r[1].clone(),
                name_el: r[2].clone(),
            })
            .collect()
    })
}

/// Finds a country by alpha-2, alpha-3, or English or Greek name (any case and accents).
pub fn find_country(text: &str) -> Option<&'static Country> {
    let wanted = text.trim();
    if wanted.is_empty() {
        return None;
    }
    let upper = wanted.to_uppercase();
    let folded = super::names::fold(wanted);
    countries()
        .iter()
        .find(|c| c.alpha2 == upper || c.alpha3 == upper)
        .or_else(|| {
            countries().iter().find(|c| {
                super::names::fold(&c.name_en) == folded || super::names::fold(&c.name_el) == folded
            })
        })
}

/// Finds a language by ISO 639-3 code or English or Greek name.
pub fn find_language(text: &str) -> Option<&'static Language> {
    let wanted = text.trim();
    if wanted.is_empty() {
        return None;
    }
    let lower = wanted.to_lowercase();
    let folded = super::names::fold(wanted);
    languages().iter().find(|l| l.code == lower).or_else(|| {
        languages().iter().find(|l| {
            super::names::fold(&l.name_en) == folded || super::names::fold(&l.name_el) == folded
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_is_read() {
        assert_eq!(countries().len(), 249);
        assert_eq!(languages().len(), 37);
    }

    #[test]
    fn countries_by_code_and_name() {
        assert_eq!(find_country("af").map(|c| c.alpha2.as_str()), Some("AF"));
        assert_eq!(find_country("AFG").map(|c| c.alpha2.as_str()), Some("AF"));
        assert_eq!(
            find_country("Αφγανιστάν").map(|c| c.alpha2.as_str()),
            Some("AF")
        );
        assert_eq!(
            find_country("αφγανισταν").map(|c| c.alpha2.as_str()),
            Some("AF")
        );
        assert_eq!(find_country("Syria").map(|c| c.alpha2.as_str()), Some("SY"));
        assert_eq!(find_country("Atlantis"), None);
    }

    #[test]
    fn languages_by_code_and_name() {
        assert_eq!(find_language("ARA").map(|l| l.code.as_str()), Some("ara"));
        assert_eq!(
            find_language("Αραβικά").map(|l| l.code.as_str()),
            Some("ara")
        );
        assert_eq!(find_language("klingon"), None);
    }
}
