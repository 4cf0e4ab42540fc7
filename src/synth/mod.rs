//! Synthetic people and a demo centre: pure generation into domain structs, no SQL.
//!
//! * [`PersonGenerator`] makes any number of realistic beneficiaries, deterministically
//!   (same seed and date → same people on every platform), with valid and unique
//!   AMKA / AFM / ΠΑΑΥΠΑ numbers.
//! * [`demo_centre`] builds a whole centre for demos and screenshots: staff, services,
//!   households, people, past visits, this morning's queue, today's Asylum Service
//!   appointments and referrals. See [`DemoCentre`] for how records point at each other.

mod activity;
mod centre;
mod names;
mod organisations;
mod people;
mod rng;

pub use activity::{ActivityGenerator, HISTORY_DAYS, SeedService, SeededHistory, TicketNumbers};
pub use centre::{DemoCentre, DemoHousehold, demo_centre};
pub use people::{AMKA_UNIQUE_LIMIT, PersonGenerator};

#[cfg(test)]
mod tests;
