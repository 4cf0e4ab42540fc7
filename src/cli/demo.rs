//! `kentro --demo`.
use std::process::ExitCode;

use super::Cli;
use crate::config::FileConfig;

pub fn run_demo(cli: &Cli, file_config: &FileConfig) -> Result<ExitCode, String> {
    let dir =
        tempfile::tempdir().map_err(|e| format!("cannot create a temporary directory: {e}"))?;
    let store =
        crate::store::Store::open(&dir.path().join("demo.db")).map_err(|e| e.to_string())?;
    super::interactive(store, cli, file_config, true)
}
