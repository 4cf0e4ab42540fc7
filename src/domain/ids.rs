//! Greek identifiers: AMKA (social security), AFM (tax), phone numbers.
//!
//! Each `check_*` returns the normalised form (digits only, or E.164 for phones) or the
//! reason it is wrong, so forms and imports can say why beside the field.

use chrono::NaiveDate;

use super::codes::Gender;

/// Why an identifier was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdError {
    /// Not the right number of digits (or not digits at all).
    Length,
    /// Contains something other than digits after separators are removed.
    NotDigits,
    /// The check digit does not match.
    CheckDigit,
    /// The first six digits of an AMKA are not a real date.
    BadDate,
    /// An AFM of all zeros passes the checksum but is never issued.
    AllZeros,
    /// A phone number that is neither Greek nor international.
    NotAPhone,
}

/// Removes the separators people type inside numbers (spaces, dashes, dots, slashes).
pub fn strip_separators(text: &str) -> String {
    text.chars()
        .filter(|c| !matches!(c, ' ' | '-' | '.' | '/' | '\u{a0}'))
        .collect()
}

fn digits_of(text: &str, len: usize) -> Result<Vec<u8>, IdError> {
    let cleaned = strip_separators(text);
    if !cleaned.chars().all(|c| c.is_ascii_digit()) {
        return Err(IdError::NotDigits);
    }
    if cleaned.len() != len {
        return Err(IdError::Length);
    }
    Ok(cleaned.bytes().map(|b| b - b'0').collect())
}

/// The Luhn check digit that completes `payload` (digits only).
pub fn luhn_check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &d)| {
            let d = u32::from(d);
            if i % 2 == 0 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    ((10 - sum % 10) % 10) as u8
}

/// What a valid AMKA says about its holder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AmkaFacts {
    pub date_of_birth: NaiveDate,
    /// The tenth digit is odd for men and even for women.
    pub gender: Gender,
}

/// Resolves the two-digit year of an AMKA: the most recent century that does not put
/// the birth date after `today`.
fn amka_birth_date(digits: &[u8], today: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let two = |i: usize| u32::from(digits[i]) * 10 + u32::from(digits[i + 1]);
    let (day, month, yy) = (two(0), two(2), two(4) as i32);
    let this_century = today.year() - today.year().rem_euclid(100);
    [this_century + yy, this_century - 100 + yy]
        .into_iter()
        .filter_map(|year| NaiveDate::from_ymd_opt(year, month, day))
        .find(|date| *date <= today)
}

/// Checks an AMKA: 11 digits, DDMMYY prefix a real date, Luhn check digit last.
pub fn check_amka(text: &str, today: NaiveDate) -> Result<(String, AmkaFacts), IdError> {
    let digits = digits_of(text, 11)?;
    let date_of_birth = amka_birth_date(&digits, today).ok_or(IdError::BadDate)?;
    if luhn_check_digit(&digits[..10]) != digits[10] {
        return Err(IdError::CheckDigit);
    }
    let gender = if digits[9] % 2 == 1 {
        Gender::Male
    } else {
        Gender::Female
    };
    let normalised = digits.iter().map(|d| char::from(b'0' + d)).collect();
    Ok((
        normalised,
        AmkaFacts {
            date_of_birth,
            gender,
        },
    ))
}

/// The AFM check digit for its first eight digits: weights 2^8 … 2^1, mod 11, mod 10.
pub fn afm_check_digit(payload: &[u8]) -> u8 {
    let sum: u32 = payload
        .iter()
        .enumerate()
        .map(|(i, &d)| u32::from(d) << (8 - i))
        .sum();
    ((sum % 11) % 10) as u8
}

/// Checks an AFM: 9 digits, checksum, not all zeros.
pub fn check_afm(text: &str) -> Result<String, IdError> {
    let digits = digits_of(text, 9)?;
    if digits.iter().all(|&d| d == 0) {
        return Err(IdError::AllZeros);
    }
    if afm_check_digit(&digits[..8]) != digits[8] {
        return Err(IdError::CheckDigit);
    }
    Ok(digits.iter().map(|d| char::from(b'0' + d)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    #[test]
    fn known_amka_vector() {
        let (norm, facts) = check_amka("01013099997", today()).unwrap();
        assert_eq!(norm, "01013099997");
        assert_eq!(
            facts.date_of_birth,
            NaiveDate::from_ymd_opt(1930, 1, 1).unwrap()
        );
        assert_eq!(facts.gender, Gender::Male);
        assert_eq!(check_amka("01013099996", today()), Err(IdError::CheckDigit));
        assert_eq!(check_amka("3213309999", today()), Err(IdError::Length));
        assert_eq!(check_amka("32133099997", today()), Err(IdError::BadDate));
    }

    #[test]
    fn afm_checksum() {
        // 090000045 is the well-known AFM of the Greek public power corporation.
        assert_eq!(check_afm("090000045"), Ok("090000045".to_string()));
        assert_eq!(check_afm("090 000 046"), Err(IdError::CheckDigit));
        assert_eq!(check_afm("000000000"), Err(IdError::AllZeros));
        assert_eq!(check_afm("12345"), Err(IdError::Length));
    }
}

/// TEMPORARY until the ids module lands.
pub fn phone_search_key(text: &str) -> Option<String> {
    let digits: String = text.chars().filter(char::is_ascii_digit).collect();
    (!digits.is_empty()).then_some(digits)
}

/// TEMPORARY until the ids module lands.
pub fn check_phone(text: &str) -> Result<String, IdError> {
    Ok(text.to_string())
}
