//! ESF participant indicators, derived from what intake records (never stored as
//! flags): the ESF+ 2021–2027 common output indicators (Regulation (EU) 2021/1057,
//! Annex I, codes EECO01–EECO17 as the Commission's indicator toolbox numbers them)
//! and, for older operations, the 2014–2020 set (Regulation (EU) No 1304/2013,
//! Annex I, CO01–CO19). Each is counted for women, men and non-binary participants.
//!
//! A participant is counted once per entry in the period, with facts as they stand
//! at entry: age on the entry day, unemployment duration up to the entry day.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::codes::{Education, Employment, Gender, Vulnerability};

/// Housing situation, after the ETHOS typology of homelessness and housing exclusion.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Housing {
    /// Own or rented home, or living with family in adequate housing.
    Secure,
    /// Sleeping rough (ETHOS roofless).
    Roofless,
    /// Shelter, hostel, reception facility, institution (ETHOS houseless).
    Houseless,
    /// No tenancy, under eviction, staying with friends temporarily (ETHOS insecure).
    Insecure,
    /// Unfit or overcrowded dwelling, camp, container (ETHOS inadequate).
    Inadequate,
}

impl Housing {
    pub const ALL: [Housing; 5] = [
        Housing::Secure,
        Housing::Roofless,
        Housing::Houseless,
        Housing::Insecure,
        Housing::Inadequate,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Housing::Secure => "secure",
            Housing::Roofless => "roofless",
            Housing::Houseless => "houseless",
            Housing::Insecure => "insecure",
            Housing::Inadequate => "inadequate",
        }
    }

    pub fn from_code(code: &str) -> Option<Housing> {
        Housing::ALL.into_iter().find(|h| h.code() == code)
    }
}

/// Degree of urbanisation of where the person lives (Eurostat DEGURBA).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Area {
    City,
    TownOrSuburb,
    Rural,
}

impl Area {
    pub const ALL: [Area; 3] = [Area::City, Area::TownOrSuburb, Area::Rural];

    pub fn code(self) -> &'static str {
        match self {
            Area::City => "city",
            Area::TownOrSuburb => "town",
            Area::Rural => "rural",
        }
    }

    pub fn from_code(code: &str) -> Option<Area> {
        Area::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The intake facts ESF monitoring needs beyond the person's record; each may be
/// unanswered (the person may decline, and the consent minimum never requires them).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EsfFacts {
    /// When the current spell of unemployment began.
    pub unemployed_since: Option<NaiveDate>,
    pub housing: Option<Housing>,
    pub area: Option<Area>,
    pub born_abroad: Option<bool>,
    pub parent_born_abroad: Option<bool>,
    /// Declared membership of a minority (Roma are recorded as a vulnerable group).
    pub minority: Option<bool>,
    pub version: i64,
}

/// One entry of a person into an operation, with the facts the indicators read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Participant {
    pub person_id: i64,
    pub entered_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
    pub date_of_birth: Option<NaiveDate>,
    pub gender: Option<Gender>,
    pub nationality: Option<String>,
    pub employment: Option<Employment>,
    pub education: Option<Education>,
    pub vulnerabilities: Vec<Vulnerability>,
    pub facts: EsfFacts,
}

/// The member states of the European Union (ISO 3166-1 alpha-2): a national of any
/// other country is a third-country national.
const EU27: [&str; 27] = [
    "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV",
    "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
];

impl Participant {
    /// Age in whole years on the entry day.
    pub fn age_at_entry(&self) -> Option<u32> {
        self.date_of_birth
            .and_then(|dob| self.entered_on.years_since(dob))
    }

    fn has(&self, v: Vulnerability) -> bool {
        self.vulnerabilities.contains(&v)
    }

    pub fn unemployed(&self) -> bool {
        matches!(
            self.employment,
            Some(Employment::Unemployed | Employment::LongTermUnemployed)
        )
    }

    /// Long-term unemployed at entry: more than 12 continuous months (25 and over),
    /// more than 6 months (under 25), or recorded as long-term when the start of the
    /// spell is not known.
    pub fn long_term_unemployed(&self) -> bool {
        match (self.employment, self.facts.unemployed_since) {
            (Some(Employment::Unemployed | Employment::LongTermUnemployed), Some(since)) => {
                let months = if self.age_at_entry().is_some_and(|a| a < 25) {
                    6
                } else {
                    12
                };
                since
                    .checked_add_months(chrono::Months::new(months))
                    .is_some_and(|limit| limit < self.entered_on)
            }
            (Some(Employment::LongTermUnemployed), None) => true,
            _ => false,
        }
    }

    pub fn inactive(&self) -> bool {
        matches!(
            self.employment,
            Some(Employment::Inactive | Employment::Student | Employment::Retired)
        )
    }

    /// Inactive and not in education or training (students are in education).
    pub fn inactive_not_in_education(&self) -> bool {
        matches!(
            self.employment,
            Some(Employment::Inactive | Employment::Retired)
        )
    }

    pub fn employed(&self) -> bool {
        matches!(
            self.employment,
            Some(Employment::Employed | Employment::SelfEmployed)
        )
    }

    pub fn third_country_national(&self) -> bool {
        self.nationality
            .as_deref()
            .is_some_and(|n| !n.is_empty() && !EU27.contains(&n.to_ascii_uppercase().as_str()))
    }

    /// Not a Greek national, or born abroad, or with a parent born abroad.
    pub fn foreign_background(&self) -> bool {
        let foreign_national = self
            .nationality
            .as_deref()
            .is_some_and(|n| !n.is_empty() && !n.eq_ignore_ascii_case("GR"));
        foreign_national
            || self.facts.born_abroad == Some(true)
            || self.facts.parent_born_abroad == Some(true)
    }

    pub fn minority(&self) -> bool {
        self.has(Vulnerability::Roma) || self.facts.minority == Some(true)
    }

    pub fn homeless_or_housing_exclusion(&self) -> bool {
        self.has(Vulnerability::Homeless)
            || matches!(
                self.facts.housing,
                Some(
                    Housing::Roofless
                        | Housing::Houseless
                        | Housing::Insecure
                        | Housing::Inadequate
                )
            )
    }

    pub fn rural(&self) -> bool {
        self.facts.area == Some(Area::Rural)
    }

    pub fn disability(&self) -> bool {
        self.has(Vulnerability::Disability)
    }

    /// Disadvantaged in a way the other 2014–2020 indicators do not name.
    fn other_disadvantaged(&self) -> bool {
        [
            Vulnerability::ViolenceVictim,
            Vulnerability::SingleParent,
            Vulnerability::AsylumSeeker,
            Vulnerability::UnaccompaniedMinor,
            Vulnerability::ChronicIllness,
        ]
        .iter()
        .any(|v| self.has(*v))
    }
}

/// Which regulation's indicators.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
pub enum IndicatorSet {
    /// ESF+ 2021–2027, Regulation (EU) 2021/1057, Annex I.
    #[value(name = "2021")]
    Esf2021,
    /// ESF 2014–2020, Regulation (EU) No 1304/2013, Annex I.
    #[value(name = "2014")]
    Esf2014,
}

/// One indicator: its code and the rule that says whether a participant counts.
pub struct Indicator {
    pub code: &'static str,
    pub applies: fn(&Participant) -> bool,
}

const fn ind(code: &'static str, applies: fn(&Participant) -> bool) -> Indicator {
    Indicator { code, applies }
}

fn age_between(p: &Participant, lo: u32, hi: u32) -> bool {
    p.age_at_entry().is_some_and(|a| lo <= a && a <= hi)
}

/// ESF+ 2021–2027 common output indicators on participants.
pub const ESF_2021: &[Indicator] = &[
    ind("EECO01", |p| p.unemployed()),
    ind("EECO02", |p| p.long_term_unemployed()),
    ind("EECO03", |p| p.inactive()),
    ind("EECO04", |p| p.employed()),
    ind("EECO05", |p| age_between(p, 0, 17)),
    ind("EECO06", |p| age_between(p, 18, 29)),
    ind("EECO07", |p| age_between(p, 55, u32::MAX)),
    ind("EECO08", |p| {
        matches!(
            p.education,
            Some(Education::None | Education::Primary | Education::LowerSecondary)
        )
    }),
    ind("EECO09", |p| p.education == Some(Education::UpperSecondary)),
    ind("EECO10", |p| p.education == Some(Education::Tertiary)),
    ind("EECO11", |_| true),
    ind("EECO12", |p| p.disability()),
    ind("EECO13", |p| p.third_country_national()),
    ind("EECO14", |p| p.foreign_background()),
    ind("EECO15", |p| p.minority()),
    ind("EECO16", |p| p.homeless_or_housing_exclusion()),
    ind("EECO17", |p| p.rural()),
];

/// ESF 2014–2020 common output indicators on participants (CO12–CO14, about jobless
/// households, need the employment of every household member and are not derived).
pub const ESF_2014: &[Indicator] = &[
    ind("CO01", |p| p.unemployed()),
    ind("CO02", |p| p.long_term_unemployed()),
    ind("CO03", |p| p.inactive()),
    ind("CO04", |p| p.inactive_not_in_education()),
    ind("CO05", |p| p.employed()),
    ind("CO06", |p| p.age_at_entry().is_some_and(|a| a < 25)),
    ind("CO07", |p| p.age_at_entry().is_some_and(|a| a > 54)),
    ind("CO08", |p| {
        p.age_at_entry().is_some_and(|a| a > 54)
            && (p.unemployed() || p.inactive_not_in_education())
    }),
    // ISCED 1–2: primary or lower secondary (no schooling, ISCED 0, is not counted).
    ind("CO09", |p| {
        matches!(
            p.education,
            Some(Education::Primary | Education::LowerSecondary)
        )
    }),
    ind("CO10", |p| p.education == Some(Education::UpperSecondary)),
    ind("CO11", |p| p.education == Some(Education::Tertiary)),
    ind("CO15", |p| p.foreign_background() || p.minority()),
    ind("CO16", |p| p.disability()),
    ind("CO17", |p| p.other_disadvantaged()),
    ind("CO18", |p| p.homeless_or_housing_exclusion()),
    ind("CO19", |p| p.rural()),
    ind("TOTAL", |_| true),
];

impl IndicatorSet {
    pub fn indicators(self) -> &'static [Indicator] {
        match self {
            IndicatorSet::Esf2021 => ESF_2021,
            IndicatorSet::Esf2014 => ESF_2014,
        }
    }
}

/// Counts by gender: women, men, non-binary, not recorded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct ByGender {
    pub women: u64,
    pub men: u64,
    pub non_binary: u64,
    pub not_recorded: u64,
}

impl ByGender {
    pub fn add(&mut self, gender: Option<Gender>) {
        match gender {
            Some(Gender::Female) => self.women += 1,
            Some(Gender::Male) => self.men += 1,
            Some(Gender::Other) => self.non_binary += 1,
            None => self.not_recorded += 1,
        }
    }

    pub fn total(&self) -> u64 {
        self.women + self.men + self.non_binary + self.not_recorded
    }

    pub fn as_row(&self) -> [u64; 5] {
        [
            self.women,
            self.men,
            self.non_binary,
            self.not_recorded,
            self.total(),
        ]
    }
}

/// The indicators of a set over some participants, in the set's order.
pub fn count(set: IndicatorSet, participants: &[Participant]) -> Vec<(&'static str, ByGender)> {
    let mut counts = IndicatorCounter::new(set);
    for p in participants {
        counts.add(p);
    }
    counts.finish()
}

/// Adds participants one at a time (the store streams them).
pub struct IndicatorCounter {
    indicators: &'static [Indicator],
    counts: Vec<ByGender>,
}

impl IndicatorCounter {
    pub fn new(set: IndicatorSet) -> Self {
        let indicators = set.indicators();
        IndicatorCounter {
            indicators,
            counts: vec![ByGender::default(); indicators.len()],
        }
    }

    pub fn add(&mut self, p: &Participant) {
        for (indicator, count) in self.indicators.iter().zip(&mut self.counts) {
            if (indicator.applies)(p) {
                count.add(p.gender);
            }
        }
    }

    /// The codes an indicator set gives one participant (the entry/exit record).
    pub fn codes_of(set: IndicatorSet, p: &Participant) -> Vec<&'static str> {
        set.indicators()
            .iter()
            .filter(|i| (i.applies)(p))
            .map(|i| i.code)
            .collect()
    }

    pub fn finish(self) -> Vec<(&'static str, ByGender)> {
        self.indicators
            .iter()
            .map(|i| i.code)
            .zip(self.counts)
            .collect()
    }
}

#[cfg(test)]
mod tests;
