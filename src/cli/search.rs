//! `kentro search`.
use std::process::ExitCode;

use super::SearchArgs;
use crate::store::Store;

pub fn run(store: &Store, args: &SearchArgs) -> Result<ExitCode, String> {
    let _ = (store, args);
    Err("search is being built".into())
}
