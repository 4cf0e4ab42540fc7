//! The person generator.
//!
//! Every person is a pure function of `(seed, today, index)`: each index gets its own
//! random stream, so any person can be regenerated alone and the output does not
//! depend on the order of calls.
//!
//! ## Unique identifiers by construction
//! * **AMKA** = DDMMYY + 3-digit serial + gender digit + Luhn digit. The index is split
//!   as `index = 401·r + q` (`q < 401`). The date of birth is drawn from the age
//!   distribution and then moved back by less than 401 days so that its day number
//!   (days before today) is `≡ q (mod 401)`. The slot `r < 5000` is scrambled by a
//!   bijection of `0..5000` (whose offset depends on the seed and on `q`) and gives the serial (`slot % 1000`) and the gender digit
//!   (`2·(slot / 1000) + 1` for men, `+ 0` for women). Two people with the same slot
//!   have different `q`, hence different birth dates; two with the same birth date have
//!   different slots. So AMKAs are unique for every index below
//!   [`AMKA_UNIQUE_LIMIT`] (2,005,000), for a given seed.
//! * **AFM**: the 8-digit payload is an affine bijection of the index onto
//!   `1..=99_999_999` (never all zeros), then the checksum digit.
//! * **ΠΑΑΥΠΑ**: "ΠΑ" and 9 digits, an affine bijection of the index onto `0..10⁹`.

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime};
use rand::Rng;

use super::names::{
    GREEK_FEMALE, GREEK_MALE, GREEK_SURNAMES, MIGRANT_GROUPS, MUNICIPALITIES, MigrantGroup, NOTES,
    OPERATORS, ROMA_FEMALE, ROMA_MALE, ROMA_SURNAMES, STREETS,
};
use super::rng::{SplitMix64, pick, pick_str, pick_weighted};
use crate::domain::codes::{Education, Employment, Gender, Vulnerability};
use crate::domain::ids::{afm_check_digit, luhn_check_digit};
use crate::domain::person::Person;

/// Indices below this get AMKAs that are unique by construction (401 × 5000).
pub const AMKA_UNIQUE_LIMIT: u64 = DOB_RESIDUES * AMKA_SLOTS;
const DOB_RESIDUES: u64 = 401;
const AMKA_SLOTS: u64 = 5000;
/// Coprime with 5000, so `r ↦ (r·M + c) mod 5000` is a bijection.
const AMKA_SLOT_MULTIPLIER: u64 = 2347;
const AFM_SPACE: u64 = 99_999_999;
/// Coprime with 99,999,999 = 3²·11·73·101·137.
const AFM_MULTIPLIER: u64 = 61_803_403;
const PAAYPA_SPACE: u64 = 1_000_000_000;
/// Coprime with 10⁹.
const PAAYPA_MULTIPLIER: u64 = 618_033_989;
/// The random stream of the person generator (other generators use other streams).
const PERSON_STREAM: u64 = 1;

/// Which community a generated person belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Origin {
    Greek,
    Roma,
    /// Index into [`MIGRANT_GROUPS`].
    Migrant(usize),
}

impl Origin {
    fn random(rng: &mut SplitMix64) -> Self {
        let roll = rng.random_range(0..100u32);
        if roll < 50 {
            Origin::Greek
        } else if roll < 60 {
            Origin::Roma
        } else {
            Origin::Migrant(random_group(rng))
        }
    }
}

pub(crate) fn random_group(rng: &mut SplitMix64) -> usize {
    let mut weights = [0u32; 16];
    let n = MIGRANT_GROUPS.len().min(weights.len());
    for (w, g) in weights.iter_mut().zip(MIGRANT_GROUPS) {
        *w = g.weight;
    }
    pick_weighted(rng, &weights[..n])
}

/// A family name: Greek names have a masculine and a feminine form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Surname {
    Gendered(&'static str, &'static str),
    Plain(&'static str),
}

impl Surname {
    pub(crate) fn form(self, gender: Gender) -> &'static str {
        match self {
            Surname::Gendered(_, fem) if gender == Gender::Female => fem,
            Surname::Gendered(masc, _) => masc,
            Surname::Plain(name) => name,
        }
    }

    /// A random family name of the community, in Greek or Latin letters.
    pub(crate) fn random(rng: &mut SplitMix64, origin: Origin, greek_script: bool) -> Self {
        match origin {
            Origin::Greek => {
                let (m, f) = *pick(rng, GREEK_SURNAMES);
                Surname::Gendered(m, f)
            }
            Origin::Roma => {
                let (m, f) = *pick(rng, ROMA_SURNAMES);
                Surname::Gendered(m, f)
            }
            Origin::Migrant(g) => {
                let group = group(g);
                let table = if greek_script && !group.greek_surnames.is_empty() {
                    group.greek_surnames
                } else {
                    group.surnames
                };
                Surname::Plain(pick_str(rng, table))
            }
        }
    }
}

fn group(index: usize) -> &'static MigrantGroup {
    &MIGRANT_GROUPS[index % MIGRANT_GROUPS.len()]
}

/// Constraints for one person; anything `None` is drawn at random.
#[derive(Debug, Clone, Default)]
pub(crate) struct Spec {
    pub origin: Option<Origin>,
    pub greek_script: Option<bool>,
    pub gender: Option<Gender>,
    /// Inclusive age range in years (the birth date may land up to ~1 year younger).
    pub age: Option<(u32, u32)>,
    pub surname: Option<Surname>,
    /// Index into the migrant group's nationalities.
    pub nationality: Option<usize>,
    pub father_name: Option<String>,
    pub mother_name: Option<String>,
    /// Members of a household are never flagged as unaccompanied minors.
    pub in_household: bool,
    pub single_parent: bool,
    pub asylum_seeker: Option<bool>,
}

/// Generates realistic beneficiaries of a Greek community centre.
///
/// ~50% Greeks, ~10% Greek Roma, ~40% migrants and refugees (10% of whom are written
/// in Greek letters). Same seed and date, same people, on every platform.
#[derive(Debug, Clone)]
pub struct PersonGenerator {
    seed: u64,
    today: NaiveDate,
}

impl PersonGenerator {
    pub fn new(seed: u64, today: NaiveDate) -> Self {
        Self { seed, today }
    }

    /// Person number `index` (any order, any subset). `id` is 0: storage assigns it.
    pub fn person(&self, index: u64) -> Person {
        self.person_with(index, &Spec::default())
    }

    /// People `range.start .. range.end`, lazily.
    pub fn people(&self, range: std::ops::Range<u64>) -> impl Iterator<Item = Person> + '_ {
        range.map(|i| self.person(i))
    }

    pub(crate) fn person_with(&self, index: u64, spec: &Spec) -> Person {
        let mut rng = SplitMix64::for_item(self.seed, PERSON_STREAM, index);
        let rng = &mut rng;
        let origin = spec.origin.unwrap_or_else(|| Origin::random(rng));
        let migrant = match origin {
            Origin::Migrant(g) => Some(group(g)),
            _ => None,
        };
        let gender = spec.gender.unwrap_or_else(|| {
            let male_share = if migrant.is_some() { 0.58 } else { 0.48 };
            if rng.random_bool(male_share) {
                Gender::Male
            } else {
                Gender::Female
            }
        });
        let male = gender == Gender::Male;

        // Date of birth, snapped to the index's residue (see the module docs).
        let (lo, hi) = spec.age.unwrap_or_else(|| random_age_band(rng, origin));
        let lo_days = u64::from(lo) * 36525 / 100;
        let hi_days = (u64::from(hi) + 1) * 36525 / 100 - 1;
        let target = rng.random_range(lo_days..=hi_days.max(lo_days));
        let residue = index % DOB_RESIDUES;
        let back = (target + DOB_RESIDUES - residue) % DOB_RESIDUES;
        let days_old = target.checked_sub(back).unwrap_or(residue);
        // Born at least one day before today, so records can be created after birth.
        let days_before_today = days_old + 1;
        let dob = self
            .today
            .checked_sub_days(Days::new(days_before_today))
            .unwrap_or(self.today);
        let age = self.today.years_since(dob).unwrap_or(0);

        // Names.
        let greek_script = match migrant {
            Some(g) if !g.greek_surnames.is_empty() => {
                spec.greek_script.unwrap_or_else(|| rng.random_bool(0.10))
            }
            _ => false,
        };
        let (male_names, female_names): (&[&str], &[&str]) = match (origin, migrant) {
            (Origin::Greek, _) => (GREEK_MALE, GREEK_FEMALE),
            (Origin::Roma, _) => (ROMA_MALE, ROMA_FEMALE),
            (_, Some(g)) if greek_script => (g.greek_male, g.greek_female),
            (_, Some(g)) => (g.male, g.female),
            _ => (GREEK_MALE, GREEK_FEMALE),
        };
        let surname = spec
            .surname
            .unwrap_or_else(|| Surname::random(rng, origin, greek_script));
        let given_name = if male {
            pick(rng, male_names)
        } else {
            pick(rng, female_names)
        };
        let (father_rate, mother_rate) = match origin {
            Origin::Greek => (0.93, 0.55),
            Origin::Roma => (0.85, 0.40),
            Origin::Migrant(_) => (0.70, 0.20),
        };
        let father_name = match &spec.father_name {
            Some(name) => name.clone(),
            None if rng.random_bool(father_rate) => (*pick(rng, male_names)).to_owned(),
            None => String::new(),
        };
        let mother_name = match &spec.mother_name {
            Some(name) => name.clone(),
            None if rng.random_bool(mother_rate) => (*pick(rng, female_names)).to_owned(),
            None => String::new(),
        };

        // Nationality and languages.
        let mut languages: Vec<String> = Vec::with_capacity(3);
        let nationality = match migrant {
            None => {
                languages.push("ell".to_owned());
                if origin == Origin::Roma {
                    let rom = "rom".to_owned();
                    if rng.random_bool(0.3) {
                        languages.insert(0, rom)
                    } else {
                        languages.push(rom)
                    }
                } else if (12..=60).contains(&age) && rng.random_bool(0.3) {
                    languages.push("eng".to_owned());
                }
                "GR"
            }
            Some(g) => {
                let n = spec
                    .nationality
                    .unwrap_or_else(|| rng.random_range(0..g.nationalities.len()));
                let (country, langs) = g.nationalities[n % g.nationalities.len()];
                languages.extend(langs.iter().map(|l| (*l).to_owned()));
                if age >= 6 && rng.random_bool(0.15) {
                    languages.push("ell".to_owned());
                }
                country
            }
        };
        let speaks_greek = languages.iter().any(|l| l == "ell");
        let interpreter_needed = match migrant {
            Some(g) => age >= 6 && !speaks_greek && rng.random_bool(g.interpreter_rate),
            None => false,
        };

        // Status and identifiers.
        let asylum_seeker =
            migrant.is_some() && spec.asylum_seeker.unwrap_or_else(|| rng.random_bool(0.45));
        let amka_rate = match origin {
            Origin::Greek => 0.93,
            Origin::Roma => 0.80,
            Origin::Migrant(_) if asylum_seeker => 0.0,
            Origin::Migrant(_) => 0.60,
        };
        let amka = rng
            .random_bool(amka_rate)
            .then(|| self.amka(index, dob, gender));
        let paaypa = (asylum_seeker && rng.random_bool(0.75)).then(|| self.paaypa(index));
        let other_document = if migrant.is_some() && amka.is_none() && paaypa.is_none() {
            rng.random_bool(0.6).then(|| {
                if asylum_seeker {
                    "Δελτίο αιτούντος διεθνή προστασία".to_owned()
                } else {
                    "Άδεια διαμονής".to_owned()
                }
            })
        } else {
            None
        };
        let afm_rate = match origin {
            _ if age < 18 => 0.0,
            Origin::Greek => 0.65,
            Origin::Roma => 0.35,
            Origin::Migrant(_) if asylum_seeker => 0.05,
            Origin::Migrant(_) => 0.30,
        };
        let afm = rng.random_bool(afm_rate).then(|| self.afm(index));

        // Situation.
        let employment = random_employment(rng, age, origin, asylum_seeker);
        let education = random_education(rng, age, origin);
        let mut vulnerabilities = Vec::new();
        if spec.in_household || age >= 18 || migrant.is_none() || !(14..=17).contains(&age) {
            // Not an unaccompanied minor.
        } else if rng.random_bool(0.5) {
            vulnerabilities.push(Vulnerability::UnaccompaniedMinor);
        }
        let disability_rate = if age >= 65 { 0.12 } else { 0.05 };
        if rng.random_bool(disability_rate) {
            vulnerabilities.push(Vulnerability::Disability);
        }
        if !male && (18..=42).contains(&age) && rng.random_bool(0.04) {
            vulnerabilities.push(Vulnerability::Pregnancy);
        }
        if age >= 65 {
            vulnerabilities.push(Vulnerability::Elderly);
        }
        if !male && age >= 16 && rng.random_bool(0.03) {
            vulnerabilities.push(Vulnerability::ViolenceVictim);
        }
        let single_parent = spec.single_parent
            || (!spec.in_household
                && (22..=50).contains(&age)
                && rng.random_bool(if male { 0.01 } else { 0.07 }));
        if single_parent {
            vulnerabilities.push(Vulnerability::SingleParent);
        }
        let homeless = !spec.in_household && age >= 18 && rng.random_bool(0.02);
        if homeless {
            vulnerabilities.push(Vulnerability::Homeless);
        }
        if origin == Origin::Roma {
            vulnerabilities.push(Vulnerability::Roma);
        }
        if migrant.is_some() {
            vulnerabilities.push(Vulnerability::Migrant);
        }
        if asylum_seeker {
            vulnerabilities.push(Vulnerability::AsylumSeeker);
        }
        let chronic_rate = if age >= 65 {
            0.15
        } else if age >= 18 {
            0.06
        } else {
            0.02
        };
        if rng.random_bool(chronic_rate) {
            vulnerabilities.push(Vulnerability::ChronicIllness);
        }
        if employment == Some(Employment::LongTermUnemployed) {
            vulnerabilities.push(Vulnerability::LongTermUnemployed);
        }

        // Contact.
        let phone_rate = if age >= 16 { 0.9 } else { 0.03 };
        let phone = rng.random_bool(phone_rate).then(|| random_mobile(rng));
        let email_rate = match origin {
            _ if !(18..=65).contains(&age) => 0.0,
            Origin::Greek => 0.2,
            Origin::Roma => 0.03,
            Origin::Migrant(_) => 0.07,
        };
        let email = rng
            .random_bool(email_rate)
            .then(|| email_for(rng, given_name, surname.form(gender)));
        let municipality = pick(rng, MUNICIPALITIES);
        let address = (!homeless && rng.random_bool(0.85)).then(|| random_address(rng));
        let municipality = (!homeless || rng.random_bool(0.5)).then(|| (*municipality).to_owned());

        // Record keeping.
        let max_days_ago = days_before_today.clamp(1, 3 * 365);
        let created_days_ago = rng.random_range(1..=max_days_ago);
        let created_at = self.office_time(rng, created_days_ago);
        let updated_at = if created_days_ago > 1 && rng.random_bool(0.3) {
            let days_ago = rng.random_range(1..created_days_ago);
            self.office_time(rng, days_ago)
        } else {
            created_at
        };
        let created_by = random_operator(rng);
        let updated_by = if updated_at == created_at {
            created_by
        } else {
            random_operator(rng)
        };
        let consent = rng.random_bool(0.9);
        let notes = if rng.random_bool(0.03) {
            (*pick(rng, NOTES)).to_owned()
        } else {
            String::new()
        };

        Person {
            id: 0,
            surname: surname.form(gender).to_owned(),
            given_name: (*given_name).to_owned(),
            father_name,
            mother_name,
            date_of_birth: Some(dob),
            gender: Some(gender),
            nationality: Some(nationality.to_owned()),
            languages,
            interpreter_needed,
            amka,
            afm,
            paaypa,
            other_document,
            phone,
            email,
            address,
            municipality,
            household_id: None,
            household_relation: None,
            vulnerabilities,
            employment,
            education,
            consent_at: consent.then_some(created_at),
            consent_by: consent.then(|| created_by.to_owned()),
            notes,
            created_at: Some(created_at),
            created_by: created_by.to_owned(),
            updated_at: Some(updated_at),
            updated_by: updated_by.to_owned(),
            version: 1,
        }
    }

    /// A time during office hours `days_ago` days before today.
    fn office_time(&self, rng: &mut SplitMix64, days_ago: u64) -> NaiveDateTime {
        let day = self
            .today
            .checked_sub_days(Days::new(days_ago))
            .unwrap_or(self.today);
        let seconds = rng.random_range(9 * 3600..17 * 3600u32);
        let time =
            NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap_or(NaiveTime::MIN);
        day.and_time(time)
    }

    fn amka(&self, index: u64, dob: NaiveDate, gender: Gender) -> String {
        let r = (index / DOB_RESIDUES) % AMKA_SLOTS;
        // Everyone born on the same day has the same residue q, so any offset that
        // depends only on q keeps r ↦ slot a bijection among them.
        let q = index % DOB_RESIDUES;
        let offset = super::rng::mix(self.seed ^ q) % AMKA_SLOTS;
        let slot = (r * AMKA_SLOT_MULTIPLIER + offset) % AMKA_SLOTS;
        let serial = slot % 1000;
        let gender_digit = 2 * (slot / 1000) + u64::from(gender == Gender::Male);
        let mut digits = [0u8; 11];
        put_digits(&mut digits[0..2], u64::from(dob.day()));
        put_digits(&mut digits[2..4], u64::from(dob.month()));
        put_digits(&mut digits[4..6], dob.year().rem_euclid(100) as u64);
        put_digits(&mut digits[6..9], serial);
        digits[9] = gender_digit as u8;
        digits[10] = luhn_check_digit(&digits[..10]);
        digits_to_string(&digits)
    }

    fn afm(&self, index: u64) -> String {
        let offset = u128::from(super::rng::mix(self.seed) % AFM_SPACE);
        let payload = ((u128::from(index) * u128::from(AFM_MULTIPLIER) + offset)
            % u128::from(AFM_SPACE)) as u64
            + 1;
        let mut digits = [0u8; 9];
        put_digits(&mut digits[..8], payload);
        digits[8] = afm_check_digit(&digits[..8]);
        digits_to_string(&digits)
    }

    fn paaypa(&self, index: u64) -> String {
        let offset = u128::from(super::rng::mix(self.seed ^ 0x5A5A) % PAAYPA_SPACE);
        let number = ((u128::from(index) * u128::from(PAAYPA_MULTIPLIER) + offset)
            % u128::from(PAAYPA_SPACE)) as u64;
        let mut digits = [0u8; 9];
        put_digits(&mut digits, number);
        let mut text = String::with_capacity(13);
        text.push_str("ΠΑ");
        text.extend(digits.iter().map(|d| char::from(b'0' + d)));
        text
    }
}

/// Writes `value` as zero-padded decimal digits filling `out` (higher digits dropped).
fn put_digits(out: &mut [u8], mut value: u64) {
    for slot in out.iter_mut().rev() {
        *slot = (value % 10) as u8;
        value /= 10;
    }
}

fn digits_to_string(digits: &[u8]) -> String {
    digits.iter().map(|d| char::from(b'0' + d)).collect()
}

fn random_age_band(rng: &mut SplitMix64, origin: Origin) -> (u32, u32) {
    const BANDS: [(u32, u32); 7] = [
        (0, 5),
        (6, 17),
        (18, 29),
        (30, 44),
        (45, 64),
        (65, 79),
        (80, 90),
    ];
    let weights: [u32; 7] = match origin {
        Origin::Greek => [5, 11, 14, 24, 27, 14, 5],
        Origin::Roma => [10, 18, 24, 24, 17, 6, 1],
        Origin::Migrant(_) => [8, 14, 30, 30, 15, 2, 1],
    };
    BANDS[pick_weighted(rng, &weights)]
}

fn random_employment(
    rng: &mut SplitMix64,
    age: u32,
    origin: Origin,
    asylum: bool,
) -> Option<Employment> {
    use Employment::*;
    const ADULT: [Employment; 6] = [
        Employed,
        SelfEmployed,
        Unemployed,
        LongTermUnemployed,
        Inactive,
        Student,
    ];
    let weights: [u32; 6] = match age {
        0..=5 => return None,
        6..=17 => return Some(Student),
        18..=24 => [25, 2, 25, 10, 10, 28],
        _ if age >= 67 => {
            let retired = if matches!(origin, Origin::Migrant(_)) {
                0.2
            } else {
                0.85
            };
            return Some(if rng.random_bool(retired) {
                Retired
            } else {
                Inactive
            });
        }
        _ if asylum => [12, 1, 40, 15, 32, 0],
        _ => match origin {
            Origin::Roma => [15, 12, 25, 28, 20, 0],
            _ => [35, 7, 22, 19, 17, 0],
        },
    };
    if rng.random_bool(0.05) {
        return None; // not recorded
    }
    Some(ADULT[pick_weighted(rng, &weights)])
}

fn random_education(rng: &mut SplitMix64, age: u32, origin: Origin) -> Option<Education> {
    use Education::*;
    const LEVELS: [Education; 5] = [None, Primary, LowerSecondary, UpperSecondary, Tertiary];
    match age {
        0..=5 => return Option::None,
        6..=11 => return Some(Primary),
        12..=14 => return Some(LowerSecondary),
        15..=17 => {
            return Some(if rng.random_bool(0.5) {
                LowerSecondary
            } else {
                UpperSecondary
            });
        }
        _ => {}
    }
    if rng.random_bool(0.08) {
        return Option::None; // not recorded
    }
    let weights: [u32; 5] = match origin {
        Origin::Greek if age >= 65 => [4, 45, 15, 25, 11],
        Origin::Greek => [1, 10, 14, 45, 30],
        Origin::Roma => [25, 40, 20, 13, 2],
        Origin::Migrant(_) => [15, 25, 20, 25, 15],
    };
    Some(LEVELS[pick_weighted(rng, &weights)])
}

pub(crate) fn random_operator(rng: &mut SplitMix64) -> &'static str {
    // The receptionist registers most people.
    OPERATORS[pick_weighted(rng, &[6, 2, 2, 1, 1])]
}

/// A Greek mobile number in E.164: +30 69x xxx xxxx.
fn random_mobile(rng: &mut SplitMix64) -> String {
    const THIRD: [u8; 7] = [0, 3, 4, 5, 7, 8, 9];
    let mut digits = [0u8; 8];
    digits[0] = *pick(rng, &THIRD);
    put_digits(&mut digits[1..], rng.random_range(0..10_000_000u64));
    let mut text = String::with_capacity(13);
    text.push_str("+3069");
    text.extend(digits.iter().map(|d| char::from(b'0' + d)));
    text
}

fn random_address(rng: &mut SplitMix64) -> String {
    let street = pick(rng, STREETS);
    let number = rng.random_range(1..=180u32);
    let mut text = String::with_capacity(street.len() + 4);
    text.push_str(street);
    text.push(' ');
    let mut digits = [0u8; 3];
    put_digits(&mut digits, u64::from(number));
    let skip = if number >= 100 {
        0
    } else if number >= 10 {
        1
    } else {
        2
    };
    text.extend(digits[skip..].iter().map(|d| char::from(b'0' + d)));
    text
}

/// "given.surname42@example.org", transliterated to plain ASCII.
fn email_for(rng: &mut SplitMix64, given: &str, surname: &str) -> String {
    const DOMAINS: [&str; 3] = ["example.org", "example.com", "example.net"];
    let mut text = String::with_capacity(given.len() + surname.len() + 16);
    push_ascii(&mut text, given);
    text.push('.');
    push_ascii(&mut text, surname);
    if rng.random_bool(0.5) {
        let mut digits = [0u8; 2];
        put_digits(&mut digits, rng.random_range(10..100u64));
        text.extend(digits.iter().map(|d| char::from(b'0' + d)));
    }
    text.push('@');
    text.push_str(pick_str(rng, &DOMAINS));
    text
}

/// Appends a lower-case ASCII form of a name: a simplified ELOT 743 for Greek,
/// accents dropped for Latin; spaces and punctuation are left out.
fn push_ascii(out: &mut String, name: &str) {
    let mut previous = ' ';
    for c in name.chars().flat_map(char::to_lowercase) {
        let mapped: &str = match c {
            'α' | 'ά' => "a",
            'β' => "v",
            'γ' => "g",
            'δ' => "d",
            'ε' | 'έ' => "e",
            'ζ' => "z",
            'η' | 'ή' => "i",
            'θ' => "th",
            'ι' | 'ί' | 'ϊ' | 'ΐ' => "i",
            'κ' => "k",
            'λ' => "l",
            'μ' => "m",
            'ν' => "n",
            'ξ' => "x",
            'ο' | 'ό' => "o",
            'π' => "p",
            'ρ' => "r",
            'σ' | 'ς' => "s",
            'τ' => "t",
            'υ' | 'ύ' | 'ϋ' | 'ΰ' if matches!(previous, 'ο' | 'ό') => "u",
            'υ' | 'ύ' | 'ϋ' | 'ΰ' => "y",
            'φ' => "f",
            'χ' => "ch",
            'ψ' => "ps",
            'ω' | 'ώ' => "o",
            'à' | 'á' | 'â' | 'ä' => "a",
            'è' | 'é' | 'ê' | 'ë' => "e",
            'ì' | 'í' | 'î' | 'ï' => "i",
            'ò' | 'ó' | 'ô' | 'ö' => "o",
            'ù' | 'ú' | 'û' | 'ü' => "u",
            'ç' => "c",
            c if c.is_ascii_alphanumeric() => {
                out.push(c);
                previous = c;
                continue;
            }
            _ => "",
        };
        out.push_str(mapped);
        previous = c;
    }
}
