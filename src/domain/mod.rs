//! Pure types and rules of the reception desk: no terminal, no SQL.

pub mod access;
pub mod activities;
pub mod appointments;
pub mod codes;
pub mod dates;
pub mod directory;
pub mod distribution;
pub mod export;
pub mod holidays;
pub mod ids;
pub mod intake;
pub mod municipalities;
pub mod names;
pub mod packet;
pub mod person;
pub mod queue;
pub mod records;
pub mod reference;
pub mod referral;
pub mod report;
pub mod text;
