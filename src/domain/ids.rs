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
    /// Contains characters the identifier does not allow after separators are removed
    /// (anything but digits; for ΠΑΑΥΠΑ anything but Greek or Latin letters and digits).
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

/// Checks a phone number and returns it in E.164 form (`+306912345678`).
///
/// Accepted: Greek mobiles (`69` + 8 digits) and landlines (`2` + 9 digits), with or
/// without a `+30` / `0030` prefix (a bare `30` prefix on a 12-digit number is also
/// understood); or any international number written as `+` or `00` followed by 8 to 15
/// digits. Spaces, dashes, dots, slashes and parentheses may separate the digits.
pub fn check_phone(text: &str) -> Result<String, IdError> {
    let cleaned: String = strip_separators(text)
        .chars()
        .filter(|c| !matches!(c, '(' | ')'))
        .collect();
    let (international, digits) = if let Some(rest) = cleaned.strip_prefix('+') {
        (true, rest)
    } else if let Some(rest) = cleaned.strip_prefix("00") {
        (true, rest)
    } else {
        (false, cleaned.as_str())
    };
    if digits.is_empty() {
        return Err(IdError::Length);
    }
    if !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(IdError::NotAPhone);
    }
    if international {
        if let Some(national) = digits.strip_prefix("30") {
            return greek_national(national).map(|n| format!("+30{n}"));
        }
        if !(8..=15).contains(&digits.len()) {
            return Err(IdError::Length);
        }
        return Ok(format!("+{digits}"));
    }
    if let Some(national) = digits.strip_prefix("30")
        && digits.len() == 12
        && greek_national(national).is_ok()
    {
        return Ok(format!("+{digits}"));
    }
    greek_national(digits).map(|n| format!("+30{n}"))
}

/// Checks the ten national digits of a Greek number (mobile `69…`, landline `2…`).
fn greek_national(digits: &str) -> Result<&str, IdError> {
    if !(digits.starts_with("69") || digits.starts_with('2')) {
        return Err(IdError::NotAPhone);
    }
    if digits.len() != 10 {
        return Err(IdError::Length);
    }
    Ok(digits)
}

/// The digits a phone number is searched by, whatever format it was typed in: the ten
/// national digits of a Greek number, or every digit after the `+` of a foreign one.
/// `None` when the text is not a complete valid phone number (partial numbers are for
/// the search engine to match on their own digits).
pub fn phone_search_key(text: &str) -> Option<String> {
    let e164 = check_phone(text).ok()?;
    let digits = e164.strip_prefix('+')?;
    Some(digits.strip_prefix("30").unwrap_or(digits).to_string())
}

/// Checks a ΠΑΑΥΠΑ (temporary insurance and health-care number of asylum seekers):
/// 11 Greek or Latin letters or digits once separators are removed. Returns it in
/// upper case without separators. Look-alike Latin and Greek letters are kept as typed.
pub fn check_paaypa(text: &str) -> Result<String, IdError> {
    let upper: String = strip_separators(text.trim()).to_uppercase();
    let allowed = |c: char| {
        c.is_ascii_digit()
            || c.is_ascii_uppercase()
            || (('\u{391}'..='\u{3A9}').contains(&c) && c != '\u{3A2}')
    };
    if !upper.chars().all(allowed) {
        return Err(IdError::NotDigits);
    }
    if upper.chars().count() != 11 {
        return Err(IdError::Length);
    }
    Ok(upper)
}

/// A valid AMKA for synthetic data: `DDMMYY`, the serial's last three digits, a gender
/// digit (odd for men, even for women, either for `Other`, picked from the serial) and
/// the Luhn check digit.
pub fn amka_payload_for(date: NaiveDate, gender: Gender, serial: u16) -> String {
    use chrono::Datelike;
    let pick = (serial / 1000) % 5;
    let gender_digit = match gender {
        Gender::Male => 2 * pick + 1,
        Gender::Female => 2 * pick,
        Gender::Other => serial % 10,
    };
    let payload = format!(
        "{:02}{:02}{:02}{:03}{}",
        date.day(),
        date.month(),
        date.year().rem_euclid(100),
        serial % 1000,
        gender_digit
    );
    let digits: Vec<u8> = payload.bytes().map(|b| b - b'0').collect();
    format!("{payload}{}", luhn_check_digit(&digits))
}

/// A valid AFM for synthetic data from eight payload digits (`payload % 10^8`, padded
/// with zeros). A zero payload becomes 1, since the all-zeros AFM is never issued.
pub fn afm_from_payload(payload: u32) -> String {
    let payload = match payload % 100_000_000 {
        0 => 1,
        p => p,
    };
    let text = format!("{payload:08}");
    let digits: Vec<u8> = text.bytes().map(|b| b - b'0').collect();
    format!("{text}{}", afm_check_digit(&digits))
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

    #[test]
    fn greek_phones_in_many_formats() {
        for typed in [
            "6912345678",
            "691 234 5678",
            "691-234-5678",
            "691.234.5678",
            "+30 691 234 5678",
            "+306912345678",
            "0030 6912345678",
            "(+30) 691 2345678",
            "306912345678",
        ] {
            assert_eq!(
                check_phone(typed),
                Ok("+306912345678".to_string()),
                "{typed}"
            );
        }
        assert_eq!(check_phone("210 123 4567"), Ok("+302101234567".to_string()));
        assert_eq!(
            check_phone("(210) 1234567"),
            Ok("+302101234567".to_string())
        );
        assert_eq!(
            check_phone("+30 2310 123456"),
            Ok("+302310123456".to_string())
        );
    }

    #[test]
    fn international_phones() {
        assert_eq!(
            check_phone("+49 176 12345678"),
            Ok("+4917612345678".to_string())
        );
        assert_eq!(
            check_phone("0044 20 7946 0958"),
            Ok("+442079460958".to_string())
        );
        assert_eq!(check_phone("+1234567"), Err(IdError::Length));
        assert_eq!(check_phone("+1234567890123456"), Err(IdError::Length));
        assert_eq!(check_phone("+12345678"), Ok("+12345678".to_string()));
    }

    #[test]
    fn bad_phones() {
        assert_eq!(check_phone(""), Err(IdError::Length));
        assert_eq!(check_phone("  "), Err(IdError::Length));
        assert_eq!(check_phone("+"), Err(IdError::Length));
        assert_eq!(check_phone("691234567"), Err(IdError::Length));
        assert_eq!(check_phone("69123456789"), Err(IdError::Length));
        assert_eq!(check_phone("6812345678"), Err(IdError::NotAPhone));
        assert_eq!(check_phone("8001234567"), Err(IdError::NotAPhone));
        assert_eq!(check_phone("+30 800 123 4567"), Err(IdError::NotAPhone));
        assert_eq!(check_phone("+30 691 234 567"), Err(IdError::Length));
        assert_eq!(check_phone("691234567x"), Err(IdError::NotAPhone));
        assert_eq!(check_phone("τηλ 6912345678"), Err(IdError::NotAPhone));
    }

    #[test]
    fn phone_search_keys_match_across_formats() {
        let key = Some("6912345678".to_string());
        assert_eq!(phone_search_key("691 234 5678"), key);
        assert_eq!(phone_search_key("+30 691-234-5678"), key);
        assert_eq!(phone_search_key("0030.691.234.5678"), key);
        assert_eq!(
            phone_search_key("+49 176 12345678"),
            Some("4917612345678".to_string())
        );
        assert_eq!(phone_search_key("6912"), None);
    }

    #[test]
    fn paaypa() {
        assert_eq!(
            check_paaypa("πα 123 456 789"),
            Ok("ΠΑ123456789".to_string())
        );
        assert_eq!(
            check_paaypa("ΠΑ-123-456-789"),
            Ok("ΠΑ123456789".to_string())
        );
        assert_eq!(check_paaypa("70012345678"), Ok("70012345678".to_string()));
        assert_eq!(check_paaypa("ab123456789"), Ok("AB123456789".to_string()));
        assert_eq!(check_paaypa("ΠΑ12345678"), Err(IdError::Length));
        assert_eq!(check_paaypa("ΠΑ1234567890"), Err(IdError::Length));
        assert_eq!(check_paaypa("ΠΆ123456789"), Err(IdError::NotDigits));
        assert_eq!(check_paaypa("ΠΑ12345678_"), Err(IdError::NotDigits));
        assert_eq!(check_paaypa(""), Err(IdError::Length));
    }

    #[test]
    fn synthetic_amka_and_afm_are_valid() {
        let date = NaiveDate::from_ymd_opt(1985, 3, 7).unwrap();
        let amka = amka_payload_for(date, Gender::Female, 1234);
        assert!(amka.starts_with("070385234"));
        let (_, facts) = check_amka(&amka, today()).unwrap();
        assert_eq!(facts.date_of_birth, date);
        assert_eq!(facts.gender, Gender::Female);
        let male = amka_payload_for(date, Gender::Male, 7);
        assert_eq!(check_amka(&male, today()).unwrap().1.gender, Gender::Male);
        assert_eq!(afm_from_payload(9_000_004), "090000045");
        assert_eq!(check_afm(&afm_from_payload(0)), Ok("000000012".to_string()));
    }

    use proptest::prelude::*;

    fn afm_sum_mod_11(text: &str) -> u32 {
        text.bytes()
            .take(8)
            .enumerate()
            .map(|(i, b)| u32::from(b - b'0') << (8 - i))
            .sum::<u32>()
            % 11
    }

    proptest! {
        #[test]
        fn checks_never_panic(text in any::<String>()) {
            let _ = check_amka(&text, today());
            let _ = check_afm(&text);
            let _ = check_phone(&text);
            let _ = phone_search_key(&text);
            let _ = check_paaypa(&text);
        }

        #[test]
        fn checks_never_panic_on_digit_soup(text in "[0-9 +().-]{0,20}") {
            let _ = check_amka(&text, today());
            let _ = check_afm(&text);
            let _ = check_phone(&text);
            let _ = check_paaypa(&text);
        }

        #[test]
        fn generated_amka_passes_and_single_digit_changes_fail(
            days in 0i64..36_500,
            male in any::<bool>(),
            serial in any::<u16>(),
            position in 0usize..11,
            delta in 1u8..10,
        ) {
            let date = today() - chrono::Duration::days(days);
            let gender = if male { Gender::Male } else { Gender::Female };
            let amka = amka_payload_for(date, gender, serial);
            let (norm, facts) = check_amka(&amka, today()).unwrap();
            prop_assert_eq!(&norm, &amka);
            prop_assert_eq!(facts.date_of_birth, date);
            prop_assert_eq!(facts.gender, gender);
            let mut bytes = amka.into_bytes();
            bytes[position] = b'0' + (bytes[position] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            prop_assert!(check_amka(&changed, today()).is_err());
        }

        #[test]
        fn generated_afm_passes_and_single_digit_changes_fail_unless_mod_11_aliases(
            payload in any::<u32>(),
            position in 0usize..9,
            delta in 1u8..10,
        ) {
            let afm = afm_from_payload(payload);
            prop_assert_eq!(check_afm(&afm), Ok(afm.clone()));
            let mut bytes = afm.clone().into_bytes();
            bytes[position] = b'0' + (bytes[position] - b'0' + delta) % 10;
            let changed = String::from_utf8(bytes).unwrap();
            // The weights 2^8 … 2^1 are all non-zero mod 11, so any change to one of the
            // first eight digits changes the sum mod 11; only the pair 0 ↔ 10 then maps
            // to the same check digit. A change to the check digit itself always fails.
            let before = afm_sum_mod_11(&afm);
            let after = afm_sum_mod_11(&changed);
            let aliased = position < 8 && before + after == 10 && before * after == 0;
            let all_zeros = changed.bytes().all(|b| b == b'0');
            prop_assert_eq!(check_afm(&changed).is_ok(), aliased && !all_zeros);
        }

        #[test]
        fn check_phone_is_idempotent(text in "(\\+|00)?[0-9 ().-]{0,18}") {
            if let Ok(once) = check_phone(&text) {
                prop_assert_eq!(check_phone(&once), Ok(once.clone()));
                prop_assert!(phone_search_key(&once).is_some());
            }
        }

        #[test]
        fn greek_mobiles_always_normalise(rest in "[0-9]{8}", prefix in "(\\+30|0030|)") {
            let typed = format!("{prefix}69{rest}");
            prop_assert_eq!(check_phone(&typed), Ok(format!("+3069{rest}")));
        }
    }
}
