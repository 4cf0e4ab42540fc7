//! Synthetic people and a demo centre.
