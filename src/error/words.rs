//! The operator's words for the layers' errors whose own `Display` is English: files
//! written the safe way and the desk's printer.

use crate::fsio::WriteError;
use crate::i18n::errors::ErrMsg;
use crate::i18n::{Lang, tf};
use crate::printing::PrintError;

pub(super) fn write_error(lang: Lang, e: &WriteError) -> String {
    let shown = |p: &std::path::Path| p.display().to_string();
    match e {
        WriteError::Symlink(p) => tf(lang, ErrMsg::WriteSymlink, &[&shown(p)]),
        WriteError::Exists(p) => tf(lang, ErrMsg::WriteExists, &[&shown(p)]),
        WriteError::SideFileName(p) => tf(lang, ErrMsg::WriteSideFileName, &[&shown(p)]),
        WriteError::NotOwner(p) => tf(lang, ErrMsg::WriteNotOwner, &[&shown(p)]),
        WriteError::NotAFile(p) => tf(lang, ErrMsg::WriteNotAFile, &[&shown(p)]),
        WriteError::Io { path, source } => format!(
            "{} {}: {source}",
            crate::i18n::t(lang, ErrMsg::CannotWrite),
            path.display()
        ),
    }
}

pub(super) fn print_error(lang: Lang, e: &PrintError) -> String {
    match e {
        PrintError::Start { command, source } => {
            tf(lang, ErrMsg::PrintStart, &[command, &source.to_string()])
        }
        PrintError::Write { command, source } => {
            tf(lang, ErrMsg::PrintWrite, &[command, &source.to_string()])
        }
        PrintError::Failed {
            command,
            status,
            said,
        } => tf(lang, ErrMsg::PrintFailed, &[command, status, said]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_never_overwritten_is_said_in_greek_and_in_english_as_before() {
        let e = WriteError::Exists("/home/desk2/person-7.json".into());
        assert_eq!(write_error(Lang::En, &e), e.to_string());
        assert_eq!(
            write_error(Lang::El, &e),
            "/home/desk2/person-7.json: υπάρχει ήδη και δεν αντικαθίσταται ποτέ· επιλέξτε άλλο όνομα"
        );
        let p = PrintError::Failed {
            command: "lp -d desk2".into(),
            status: "exit status: 1".into(),
            said: ": no such printer".into(),
        };
        assert_eq!(print_error(Lang::En, &p), p.to_string());
        assert!(print_error(Lang::El, &p).starts_with("Η εντολή εκτύπωσης `lp -d desk2` απέτυχε"));
    }
}
