//! Where command output goes: standard output, or a file written whole or not at all.

use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it into
/// place, so a failed write never leaves half a file; the file is its owner's only.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)
        .map_err(|e| format!("cannot write in {}: {e}", dir.display()))?;
    tmp.write_all(bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    tmp.persist(path)
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    Ok(())
}

/// Text to `path`, or to standard output without one. Binary formats need a file:
/// `binary` refuses to write them to a terminal or pipe.
pub fn emit(path: Option<&Path>, bytes: &[u8], binary: bool) -> Result<(), String> {
    match path {
        Some(path) => write_file_atomically(path, bytes),
        None if binary => Err("an Excel workbook needs a file: add --out FILE.xlsx".to_string()),
        None => super::print(&String::from_utf8_lossy(bytes)),
    }
}
