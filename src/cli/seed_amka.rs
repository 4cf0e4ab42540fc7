//! Unique AMKAs for seeded people past the generator's unique range.
//!
//! The generator's AMKAs are unique by construction only for the first
//! [`AMKA_UNIQUE_LIMIT`] people. A real AMKA is the date of birth (DDMMYY), a
//! four-digit serial whose last digit's parity is the gender, and a check digit: room
//! for 5,000 people of each gender born on a day. Past the limit, each AMKA keeps the
//! generator's date and gender and takes the first free serial from the generator's
//! own, looking at the AMKAs already stored with that date and those handed out since.

use std::collections::HashMap;

use crate::domain::ids::luhn_check_digit;
use crate::domain::person::Person;
use crate::store::{Store, StoreError};
use crate::synth::AMKA_UNIQUE_LIMIT;

/// The serial (with the gender digit) of every AMKA: 0..10,000.
const SERIALS: usize = 10_000;

/// Serials taken, per date prefix (DDMMYY).
#[derive(Default)]
pub(super) struct AmkaAllocator {
    taken: HashMap<String, Vec<u64>>,
    loaded: std::collections::HashSet<String>,
}

fn bit(bits: &[u64], n: usize) -> bool {
    bits[n / 64] & (1 << (n % 64)) != 0
}

fn set(bits: &mut [u64], n: usize) {
    bits[n / 64] |= 1 << (n % 64);
}

/// (date prefix, serial) of a generated AMKA.
fn split(amka: &str) -> Option<(String, usize)> {
    if amka.len() != 11 || !amka.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    Some((amka[..6].to_string(), amka[6..10].parse().ok()?))
}

impl AmkaAllocator {
    fn bits(&mut self, prefix: &str) -> &mut Vec<u64> {
        self.taken
            .entry(prefix.to_string())
            .or_insert_with(|| vec![0; SERIALS.div_ceil(64)])
    }

    /// Notes an AMKA about to be stored as it is.
    fn mark(&mut self, amka: &str) {
        if let Some((prefix, serial)) = split(amka) {
            set(self.bits(&prefix), serial);
        }
    }

    fn load(&mut self, store: &Store, prefix: &str) -> Result<(), StoreError> {
        if self.loaded.insert(prefix.to_string()) {
            for amka in store.amkas_with_prefix(prefix)? {
                self.mark(&amka);
            }
        }
        Ok(())
    }

    /// Makes the AMKAs of a batch (people `first_index..`) unique among themselves and
    /// against the database; a day with no free serial for the gender leaves the
    /// person without an AMKA.
    pub(super) fn fix_batch(
        &mut self,
        store: &Store,
        first_index: u64,
        batch: &mut [Person],
    ) -> Result<(), StoreError> {
        for (i, person) in batch.iter_mut().enumerate() {
            let index = first_index + i as u64;
            let Some(amka) = person.amka.clone() else {
                continue;
            };
            if index < AMKA_UNIQUE_LIMIT {
                self.mark(&amka);
                continue;
            }
            let Some((prefix, wanted)) = split(&amka) else {
                continue;
            };
            self.load(store, &prefix)?;
            let bits = self.bits(&prefix);
            // Same parity as the generator's serial: the gender stays.
            let free = (0..SERIALS / 2)
                .map(|step| (wanted + 2 * step) % SERIALS)
                .find(|&serial| !bit(bits, serial));
            person.amka = free.map(|serial| {
                set(bits, serial);
                let payload = format!("{prefix}{serial:04}");
                let digits: Vec<u8> = payload.bytes().map(|b| b - b'0').collect();
                format!("{payload}{}", luhn_check_digit(&digits))
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::ids;
    use crate::store::Stamp;
    use crate::synth::PersonGenerator;

    /// People past the unique range whose generated AMKAs collide with earlier ones
    /// get other serials of the same date and gender, all valid.
    #[test]
    fn amkas_past_the_unique_range_stay_unique_and_valid() {
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open_or_create(&dir.path().join("k.db")).unwrap();
        let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
        let generator = PersonGenerator::new(1, today);
        let stamp = Stamp::now("t");
        let mut allocator = AmkaAllocator::default();
        // The generator repeats its serials every AMKA_UNIQUE_LIMIT people: the people
        // at i and i + limit share a date residue and a serial.
        let early: Vec<Person> = (0..3000).map(|i| generator.person(i)).collect();
        store.insert_people(&early, &stamp).unwrap();
        let first = AMKA_UNIQUE_LIMIT;
        let mut late: Vec<Person> = (first..first + 3000)
            .map(|i| {
                let mut p = generator.person(i);
                // Force the worst case: the same date and AMKA as an earlier person.
                let twin = &early[(i - first) as usize];
                p.date_of_birth = twin.date_of_birth;
                p.gender = twin.gender;
                p.amka = twin.amka.clone();
                p
            })
            .collect();
        allocator.fix_batch(&store, first, &mut late).unwrap();
        for (p, twin) in late.iter().zip(&early) {
            if let (Some(a), Some(b)) = (&p.amka, &twin.amka) {
                assert_ne!(a, b);
                assert_eq!(a[..6], b[..6], "same date");
                assert_eq!(a.as_bytes()[9] % 2, b.as_bytes()[9] % 2, "same gender");
                assert!(ids::check_amka(a, today).is_ok(), "{a}");
            }
        }
        store.insert_people(&late, &stamp).unwrap();
    }
}
