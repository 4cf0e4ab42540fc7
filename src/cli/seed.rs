//! `kentro seed`.
use std::process::ExitCode;

use super::SeedArgs;
use crate::store::Store;

pub fn run(store: &mut Store, args: &SeedArgs) -> Result<ExitCode, String> {
    let _ = (store, args);
    Err("seed is being built".into())
}
