//! `kentro directory export DIR [--format csv|json]` and `kentro directory import PATH`:
//! the service directory as Open Referral HSDS 3.0 (and `kentro directory centre`: this
//! centre's own record) (see `crate::hsds` for how kentro's
//! records map onto the specification's tables). Files are read and written here;
//! the conversion is `hsds`, the storing `store`.

mod centre;
mod export;
mod import;

use std::process::ExitCode;

pub use export::{export_dir, export_json};
pub use import::import_path;

use super::{DirectoryArgs, DirectoryFormat, DirectoryWhat};
use crate::store::{Stamp, Store};

/// Runs `kentro directory ...`.
pub fn run(
    store: &mut Store,
    args: &DirectoryArgs,
    operator: &str,
) -> Result<ExitCode, crate::Error> {
    match &args.what {
        DirectoryWhat::Export { dir, format } => {
            let n = match format {
                DirectoryFormat::Csv => export_dir(store, dir)?,
                DirectoryFormat::Json => export_json(store, dir)?,
            };
            outln!(
                "{}",
                crate::i18n::cli::sayf(
                    crate::i18n::cli::CliMsg::ExportedServices,
                    &[&n.to_string(), &dir.display().to_string()],
                )
            );
            Ok(ExitCode::SUCCESS)
        }
        DirectoryWhat::Centre(centre) => centre::run(store, centre, operator),
        DirectoryWhat::Import { path } => match import_path(store, path, &Stamp::now(operator)) {
            Ok(report) => {
                for note in &report.notes {
                    errln!("{note}");
                }
                outln!(
                    "imported {} organisations and {} services from {}",
                    report.organisations,
                    report.services,
                    path.display()
                );
                Ok(ExitCode::SUCCESS)
            }
            Err(problems) => {
                for p in &problems {
                    errln!("{p}");
                }
                Err(crate::Error::refused(
                    crate::i18n::errors::ErrMsg::DirectoryImportRefused,
                    &[&problems.len().to_string()],
                ))
            }
        },
    }
}
