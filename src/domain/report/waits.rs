//! Waiting times as a histogram of whole minutes, so that the median and the 90th
//! percentile of several days, lines or centres can be combined exactly by adding
//! histograms (a median of medians would be wrong).

use serde::{Deserialize, Serialize};

/// Waits of this many minutes or more share the last bucket.
pub const LONGEST_MINUTES: usize = 240;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct WaitHistogram {
    /// `counts[m]`: tickets called after `m` whole minutes (the last: `m` or more).
    /// Trailing zeros are left out.
    counts: Vec<u64>,
}

impl WaitHistogram {
    pub fn add(&mut self, minutes: u32) {
        self.add_many(minutes, 1);
    }

    pub fn add_many(&mut self, minutes: u32, count: u64) {
        let bucket = (minutes as usize).min(LONGEST_MINUTES);
        if self.counts.len() <= bucket {
            self.counts.resize(bucket + 1, 0);
        }
        self.counts[bucket] += count;
    }

    pub fn merge(&mut self, other: &WaitHistogram) {
        for (minutes, count) in other.counts.iter().enumerate() {
            if *count > 0 {
                self.add_many(minutes as u32, *count);
            }
        }
    }

    /// How many waits are counted.
    pub fn total(&self) -> u64 {
        self.counts.iter().sum()
    }

    /// The `percent`th percentile by the nearest-rank method (the smallest wait with
    /// at least `percent`% of waits at or below it); `None` without waits.
    pub fn percentile(&self, percent: u32) -> Option<u32> {
        let total = self.total();
        if total == 0 {
            return None;
        }
        // rank = ceil(p/100 · n), at least 1.
        let rank = (u64::from(percent) * total).div_ceil(100).max(1);
        let mut seen = 0;
        for (minutes, count) in self.counts.iter().enumerate() {
            seen += count;
            if seen >= rank {
                return Some(minutes as u32);
            }
        }
        None
    }

    pub fn median(&self) -> Option<u32> {
        self.percentile(50)
    }

    pub fn p90(&self) -> Option<u32> {
        self.percentile(90)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn of(waits: &[u32]) -> WaitHistogram {
        let mut h = WaitHistogram::default();
        for w in waits {
            h.add(*w);
        }
        h
    }

    #[test]
    fn nearest_rank_median_and_p90() {
        let h = of(&[5, 1, 3, 10, 7, 2, 8, 4, 6, 9]);
        assert_eq!(h.median(), Some(5));
        assert_eq!(h.p90(), Some(9));
        assert_eq!(of(&[12]).median(), Some(12));
        assert_eq!(of(&[]).median(), None);
        // Very long waits stay in the last bucket.
        assert_eq!(of(&[300, 500]).p90(), Some(LONGEST_MINUTES as u32));
    }

    proptest! {
        #[test]
        fn percentiles_match_sorting(waits in prop::collection::vec(0u32..240, 1..200),
                                     percent in 1u32..=100) {
            let mut sorted = waits.clone();
            sorted.sort_unstable();
            let rank = (percent as usize * sorted.len()).div_ceil(100).max(1);
            prop_assert_eq!(of(&waits).percentile(percent), Some(sorted[rank - 1]));
        }

        #[test]
        fn merging_equals_counting_together(a in prop::collection::vec(0u32..300, 0..50),
                                            b in prop::collection::vec(0u32..300, 0..50)) {
            let mut merged = of(&a);
            merged.merge(&of(&b));
            let both: Vec<u32> = a.iter().chain(&b).copied().collect();
            prop_assert_eq!(merged, of(&both));
        }
    }
}
