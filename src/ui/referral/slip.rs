//! The referral slip: its text in the desk's language, sent to the desk's printer or,
//! with none set, shown on screen in the kit's viewer to be read or copied, and
//! written from there (`w`) to a file readable by its owner only because it holds
//! personal data.

use std::path::{Path, PathBuf};

use super::ReferralScreen;
use crate::domain::referral::SlipLang;
use crate::fsio;
use crate::i18n::referral::RMsg;
use crate::i18n::{Lang, t, tf};
use crate::slip::{SlipError, referral_slip};
use crate::store::StoreError;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::viewer::{Viewed, Viewer};
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
pub fn write_slip(dir: &Path, name: &str, text: &str) -> Result<PathBuf, crate::Error> {
    crate::privilege::as_real_user(|| -> Result<PathBuf, crate::Error> {
        std::fs::create_dir_all(dir).map_err(crate::Error::io(crate::error::Doing::Create, dir))?;
        Ok(fsio::write_bytes(
            &dir.join(name),
            fsio::Existing::Number,
            text.as_bytes(),
        )?)
    })?
}

impl ReferralScreen {
    pub(super) fn print_slip(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let id = row.referral.id;
        let lang = match cx.lang {
            Lang::El => SlipLang::El,
            Lang::En => SlipLang::En,
        };
        let slip = match referral_slip(cx.store, &cx.viewer(), id, lang) {
            Ok(slip) => slip,
            Err(SlipError::NotYours) => {
                return Outcome::Error(t(cx.lang, RMsg::SlipNotYours).to_string());
            }
            Err(SlipError::Missing(what, id)) => {
                return store_failure(cx.lang, "slip", &StoreError::NotFound { entity: what, id });
            }
            Err(SlipError::Store(e)) => return store_failure(cx.lang, "slip", &e),
        };
        // What the desk is told besides: that the centre's own details are missing.
        let said = |text: String| {
            if slip.centre_unset {
                Outcome::Error(format!("{text} {}", t(cx.lang, RMsg::SlipCentreUnset)))
            } else {
                Outcome::Status(text)
            }
        };
        if let Some(printer) = &self.printer {
            return match printer.print(&slip.text) {
                Ok(()) => {
                    if let Err(e) =
                        cx.store
                            .audit(&cx.stamp(), "slip", "referral", Some(id), "printed")
                    {
                        return store_failure(cx.lang, "audit slip", &e);
                    }
                    said(t(cx.lang, RMsg::SlipPrinted).to_string())
                }
                Err(e) => Outcome::Error(tf(cx.lang, RMsg::SlipPrintFailed, &[&e.to_string()])),
            };
        }
        // No printer: on screen, to read or copy (or write to a file from there).
        if let Err(e) = cx
            .store
            .audit(&cx.stamp(), "slip", "referral", Some(id), "shown")
        {
            return store_failure(cx.lang, "audit slip", &e);
        }
        let outcome = said(t(cx.lang, RMsg::SlipShown).to_string());
        let title = tf(cx.lang, RMsg::SlipViewerTitle, &[&id.to_string()]);
        let viewer = Viewer::new(title, slip.text.clone());
        self.shown_slip = Some((id, slip, viewer));
        outcome
    }

    /// The viewer of a shown slip finished: closed, or the slip to be written to a
    /// file (`slips/` beside the database, or the desk login's `~/kentro-slips`).
    pub(super) fn slip_viewed(&mut self, viewed: Viewed, cx: &mut Ctx<'_>) -> Outcome {
        let Some((id, slip, _)) = self.shown_slip.take() else {
            return Outcome::Ignored;
        };
        if viewed == Viewed::Closed {
            return Outcome::Handled;
        }
        let dir = self
            .slips_dir
            .clone()
            .unwrap_or_else(|| default_slips_dir(cx.store.path()));
        match write_slip(&dir, &slip.file_name, &slip.text) {
            Ok(path) => {
                if let Err(e) = cx
                    .store
                    .audit(&cx.stamp(), "slip", "referral", Some(id), "")
                {
                    return store_failure(cx.lang, "audit slip", &e);
                }
                Outcome::Status(tf(
                    cx.lang,
                    RMsg::SlipWritten,
                    &[&path.display().to_string()],
                ))
            }
            Err(e) => {
                // The slip stays on screen: nothing is lost by a failed write.
                let title = tf(cx.lang, RMsg::SlipViewerTitle, &[&id.to_string()]);
                let viewer = Viewer::new(title, slip.text.clone());
                self.shown_slip = Some((id, slip, viewer));
                Outcome::Error(tf(cx.lang, RMsg::SlipFailed, &[&e.render(cx.lang)]))
            }
        }
    }
}
