//! Dates as people type them.
