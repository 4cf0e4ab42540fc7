//! kentro: a keyboard-first reception desk for community and solidarity centres.
//!
//! Layers, each depending only on those above it in this list:
//! `domain` (pure rules) → `store` (all SQL) and `search` (the lookup engine) →
//! `synth` (demo and seed data) → `cli` (headless commands) and `ui` / `app` (the terminal).

pub mod action;
pub mod app;
pub mod cli;
pub mod clock;
pub mod config;
pub mod domain;
pub mod error;
pub use error::Error;
pub mod fsio;
pub mod fuzzing;
pub mod hsds;
pub mod i18n;
pub mod identity;
pub mod keymap;
pub mod logging;
pub mod printing;
pub mod privilege;
pub mod report;
pub mod search;
pub mod slip;
pub mod store;
pub mod synth;
pub mod terminal;
pub mod ui;
