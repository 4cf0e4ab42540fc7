//! The referral slip: its text in the desk's language, and the file it is written to,
//! readable by its owner only because it holds personal data.

use std::path::{Path, PathBuf};

use super::ReferralScreen;
use crate::domain::person::Person;
use crate::domain::records::{Referral, Service};
use crate::domain::referral::{self as rules, SlipLang};
use crate::fsio;
use crate::i18n::referral::RMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::Stamp;
use crate::ui::{Ctx, Outcome};

/// Where a slip for a database at `db` goes by default: `slips/` beside it, or the
/// desk login's own `~/kentro-slips` under a set-user-id install.
pub fn default_slips_dir(db: &Path) -> PathBuf {
    crate::privilege::slips_dir(db)
}

/// Writes a slip file readable by its owner only (it holds personal data), never
/// through a symbolic link; a slip already there (a colleague's, or an earlier print)
/// is kept and the new one takes the next free name (`-2`, `-3`, ...). Returns the
/// name written. Written with the real user's rights: under a set-user-id install the
/// slip is the desk login's file, never the system account's.
pub fn write_slip(dir: &Path, name: &str, text: &str) -> Result<PathBuf, String> {
    crate::privilege::as_real_user(|| -> Result<PathBuf, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(fsio::write_bytes(
            &dir.join(name),
            fsio::Existing::Number,
            text.as_bytes(),
        )?)
    })?
}

/// The slip's text, with language names from the reference list.
pub fn slip_text(
    lang: SlipLang,
    referral: &Referral,
    person: &Person,
    service: &Service,
    centre: &str,
) -> String {
    rules::slip(lang, referral, person, service, centre, |code| {
        match crate::domain::reference::find_language(code) {
            Some(l) if lang == SlipLang::El => l.name_el.clone(),
            Some(l) => l.name_en.clone(),
            None => code.to_string(),
        }
    })
}

impl ReferralScreen {
    pub(super) fn print_slip(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let referral = row.referral.clone();
        let person = match cx.store.person(referral.person_id) {
            Ok(Some(p)) => p,
            Ok(None) => return Outcome::Error(format!("person {} not found", referral.person_id)),
            Err(e) => return Outcome::Error(e.to_string()),
        };
        let Some(service) = self
            .services
            .iter()
            .find(|s| s.id == referral.service_id)
            .cloned()
        else {
            return Outcome::Error(format!("service {} not found", referral.service_id));
        };
        let centre = self
            .services
            .iter()
            .find(|s| s.kind == Some(crate::domain::codes::ServiceKind::Internal))
            .map(|s| s.organisation.clone())
            .unwrap_or_else(|| "kentro".into());
        let lang = match cx.lang {
            Lang::El => SlipLang::El,
            Lang::En => SlipLang::En,
        };
        let text = slip_text(lang, &referral, &person, &service, &centre);
        if let Some(printer) = &self.printer {
            return match printer.print(&text) {
                Ok(()) => {
                    if let Err(e) = cx.store.audit(
                        &cx.stamp(),
                        "slip",
                        "referral",
                        Some(referral.id),
                        "printed",
                    ) {
                        return crate::ui::kit::fail::store_failure(cx.lang, "audit slip", &e);
                    }
                    Outcome::Status(t(cx.lang, RMsg::SlipPrinted).to_string())
                }
                Err(e) => Outcome::Error(tf(cx.lang, RMsg::SlipPrintFailed, &[&e.to_string()])),
            };
        }
        let dir = self
            .slips_dir
            .clone()
            .unwrap_or_else(|| default_slips_dir(cx.store.path()));
        let name = rules::slip_file_name(&referral, lang);
        match write_slip(&dir, &name, &text) {
            Ok(path) => {
                let stamp = Stamp {
                    at: cx.now,
                    operator: cx.operator.to_string(),
                };
                if let Err(e) = cx
                    .store
                    .audit(&stamp, "slip", "referral", Some(referral.id), "")
                {
                    return crate::ui::kit::fail::store_failure(cx.lang, "audit slip", &e);
                }
                Outcome::Status(tf(
                    cx.lang,
                    RMsg::SlipWritten,
                    &[&path.display().to_string()],
                ))
            }
            Err(e) => Outcome::Error(tf(cx.lang, RMsg::SlipFailed, &[&e.to_string()])),
        }
    }
}
