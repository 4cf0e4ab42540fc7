//! Referral packets from the screen: the answer to a referral received from another
//! centre is written as soon as it is given (accepted, completed, declined with its
//! reason), and `w` writes the selected referral's packet (its answer, or for a
//! referral to another organisation the referral itself) again. The packet is made,
//! signed, written and audited by the same code as `kentro referrals export`; the file
//! goes beside the slips, owner-only, never over another file.

use std::path::PathBuf;

use super::ReferralScreen;
use crate::domain::records::Staff;
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::ui::kit::fail::store_failure;
use crate::ui::{Ctx, Outcome};

impl ReferralScreen {
    /// `w` on the list.
    pub(super) fn write_packet(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(row) = self.selected_row() else {
            return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into());
        };
        let id = row.referral.id;
        self.write_packet_of(id, None, cx)
    }

    /// Writes referral `id`'s packet and says where, after `said` (what the action
    /// that led here did) when there is one.
    pub(super) fn write_packet_of(
        &mut self,
        id: i64,
        said: Option<&str>,
        cx: &mut Ctx<'_>,
    ) -> Outcome {
        let before = said.map(|s| format!("{s} ")).unwrap_or_default();
        let link = match cx.store.referral_link(id) {
            Ok(Some(link)) => link,
            Ok(None) => return Outcome::Status(t(cx.lang, RMsg::NoneSelected).into()),
            Err(e) => return store_failure(cx.lang, "referral packet", &e),
        };
        // The operator as the packet names them (their staff row, else their login).
        let me = match cx.store.staff(cx.operator) {
            Ok(Some(staff)) => staff,
            Ok(None) => Staff {
                login: cx.operator.to_string(),
                display_name: cx.operator.to_string(),
                role: cx.role,
                organisation: cx.organisation.to_string(),
                default_desk: cx.desk,
                active: true,
            },
            Err(e) => return store_failure(cx.lang, "referral packet", &e),
        };
        let state = self
            .rows
            .iter()
            .find(|r| r.referral.id == id)
            .map(|r| r.referral.state.code())
            .unwrap_or("");
        // No personal data in the name: the shared id's start and what it is.
        let short: String = link.uid.chars().take(8).collect();
        let name = if link.incoming {
            format!("answer-{short}-{state}.json")
        } else {
            format!("referral-{short}.json")
        };
        let dir = self
            .slips_dir
            .clone()
            .unwrap_or_else(|| super::default_slips_dir(cx.store.path()));
        let now = cx.now;
        let written = crate::privilege::as_real_user(|| -> Result<PathBuf, crate::Error> {
            std::fs::create_dir_all(&dir)
                .map_err(crate::Error::io(crate::error::Doing::Create, &dir))?;
            let (path, _) = crate::cli::packets::write_packet(
                cx.store,
                &me,
                id,
                now,
                &dir.join(&name),
                crate::fsio::Existing::Number,
            )?;
            Ok(path)
        })
        .map_err(crate::Error::from)
        .and_then(|r| r);
        match written {
            Ok(path) => {
                let to = self
                    .rows
                    .iter()
                    .find(|r| r.referral.id == id)
                    .and_then(|r| r.from.clone())
                    .unwrap_or_default();
                let msg = if link.incoming {
                    RMsg::AnswerWritten
                } else {
                    RMsg::PacketWritten
                };
                Outcome::Status(format!(
                    "{before}{}",
                    tf(cx.lang, msg, &[&path.display().to_string(), &to])
                ))
            }
            Err(e) => Outcome::Error(format!(
                "{before}{}",
                tf(cx.lang, RMsg::PacketFailed, &[&e.render(cx.lang)])
            )),
        }
    }
}
