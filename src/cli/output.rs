//! Where command output goes: standard output, or a file written whole or not at all.

use std::path::Path;

use crate::fsio::{self, Existing};

/// Writes `bytes` whole or not at all, owner-only, never through a symbolic link
/// (see [`crate::fsio`]); an earlier file of the operator's own is replaced.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), crate::Error> {
    fsio::write_bytes(path, Existing::Replace, bytes)?;
    Ok(())
}

/// Text to `path`, or to standard output without one. Binary formats need a file:
/// `binary` refuses to write them to a terminal or pipe.
pub fn emit(path: Option<&Path>, bytes: &[u8], binary: bool) -> Result<(), crate::Error> {
    match path {
        Some(path) => write_file_atomically(path, bytes),
        None if binary => Err(crate::Error::usage(
            crate::i18n::errors::ErrMsg::WorkbookNeedsFile,
            &[],
        )),
        None => super::print(&String::from_utf8_lossy(bytes)),
    }
}
