//! A small portable random generator.
//!
//! `rand::rngs::SmallRng` is a different algorithm on 32-bit and 64-bit targets and
//! may change between rand releases, so the same seed would not give the same people
//! everywhere. SplitMix64 is tiny, fast, fixed, and good enough for test data; rand's
//! distributions (`random_range`, `random_bool`) run on top of it and are themselves
//! portable in rand 0.9.

use rand::RngCore;

/// SplitMix64 (Steele, Lea and Flood), as used to seed the xoshiro family.
#[derive(Debug, Clone)]
pub(crate) struct SplitMix64 {
    state: u64,
}

impl SplitMix64 {
    pub(crate) fn new(seed: u64) -> Self {
        Self { state: seed }
    }

    /// An independent stream for item `index` of the stream `stream` under `seed`:
    /// random access, so person 123 is the same whether or not 0..122 were made.
    pub(crate) fn for_item(seed: u64, stream: u64, index: u64) -> Self {
        let mut mixer = Self::new(seed ^ stream.wrapping_mul(0xA076_1D64_78BD_642F));
        let base = mixer.next_u64();
        Self::new(base ^ mix(index.wrapping_add(0x2545_F491_4F6C_DD1D)))
    }
}

/// The SplitMix64 finaliser: a bijection on u64 that scrambles the bits.
pub(crate) fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl RngCore for SplitMix64 {
    fn next_u32(&mut self) -> u32 {
        (self.next_u64() >> 32) as u32
    }

    fn next_u64(&mut self) -> u64 {
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.state)
    }

    fn fill_bytes(&mut self, dest: &mut [u8]) {
        for chunk in dest.chunks_mut(8) {
            let bytes = self.next_u64().to_le_bytes();
            chunk.copy_from_slice(&bytes[..chunk.len()]);
        }
    }
}

/// A uniformly chosen element of a constant, non-empty table.
pub(crate) fn pick<'a, T>(rng: &mut SplitMix64, items: &'a [T]) -> &'a T {
    use rand::Rng;
    &items[rng.random_range(0..items.len())]
}

/// An index chosen with the given relative weights (a constant, non-empty table).
pub(crate) fn pick_weighted(rng: &mut SplitMix64, weights: &[u32]) -> usize {
    use rand::Rng;
    let total: u32 = weights.iter().sum();
    let mut roll = rng.random_range(0..total);
    for (i, &w) in weights.iter().enumerate() {
        if roll < w {
            return i;
        }
        roll -= w;
    }
    weights.len() - 1
}

/// A uniformly chosen string of a constant, non-empty table.
pub(crate) fn pick_str(rng: &mut SplitMix64, items: &[&'static str]) -> &'static str {
    use rand::Rng;
    items[rng.random_range(0..items.len())]
}
