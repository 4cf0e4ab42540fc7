//! Reports: the counting rules of the period report and the ESF+ indicators, and what
//! may be published (small counts). Facts come in from the store; nothing here knows
//! SQL or the screen.

pub mod disclosure;
pub mod esf;
pub mod period;
pub mod stats;
pub mod waits;
