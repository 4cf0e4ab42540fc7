//! `kentro import` and `kentro export`.
use std::process::ExitCode;

use super::{ExportArgs, ImportArgs};
use crate::store::Store;

pub fn import(store: &mut Store, args: &ImportArgs) -> Result<ExitCode, String> {
    let _ = (store, args);
    Err("import is being built".into())
}

pub fn export(store: &Store, args: &ExportArgs) -> Result<ExitCode, String> {
    let _ = (store, args);
    Err("export is being built".into())
}
