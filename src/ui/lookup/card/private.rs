//! What the card shows only as the privacy rule allows: the sensitive fields, case
//! notes (newest first; other organisations' only with consent), referral details
//! (the writing organisation's) and consent withdrawal. What the rule seals for an
//! administrator ("break glass") is shown only once the card has recorded a reason
//! ([`Private::read`] with `opened`).

use std::collections::HashMap;

use chrono::NaiveDateTime;
use ratatui::text::{Line, Span};

use super::lines::Styles;
use crate::domain::access::{Access, Kind, Scope, Viewer, access, sort_notes};
use crate::domain::dates::format_date;
use crate::domain::records::{CaseNote, Referral};
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{Store, StoreError};

/// The card's restricted part, read for one viewer.
#[derive(Debug, Clone, Default)]
pub struct Private {
    /// Vulnerability, health and asylum details may be shown.
    pub sensitive: bool,
    /// The viewer's role reads case notes at all.
    pub reads_notes: bool,
    /// The notes the viewer may read, newest first.
    pub notes: Vec<CaseNote>,
    /// Other organisations' notes not shown (no consent to share).
    pub withheld: usize,
    /// Of those, how many an administrator may open by giving a reason.
    pub sealed_notes: usize,
    /// The privacy rule's answer for each referral's details (reason, note), by id.
    referral_details: HashMap<i64, Access>,
    /// The administrator gave a reason: sealed records are shown.
    pub opened: bool,
    pub withdrawn: Option<(NaiveDateTime, String)>,
}

impl Private {
    /// Reads what `viewer` may see of the person; `opened`: the viewer has broken the
    /// glass on this card (recorded), so what the rule seals is shown too.
    pub fn read(
        store: &Store,
        viewer: &Viewer,
        person_id: i64,
        referrals: &[Referral],
        opened: bool,
    ) -> Result<Private, StoreError> {
        let reads_notes = access(viewer, Kind::CaseNote, Scope::Centre) != Access::Hidden;
        let (mut notes, mut withheld, mut sealed_notes) = (Vec::new(), 0, 0);
        if reads_notes {
            let consent = store.shares_with(person_id, &viewer.organisation)?;
            let sorted = sort_notes(viewer, store.case_notes_of(person_id)?, consent);
            notes = sorted.shown;
            withheld = sorted.withheld;
            if opened {
                notes.extend(sorted.sealed);
                notes.sort_by(|a, b| {
                    (b.noted_on, b.created_at, b.id).cmp(&(a.noted_on, a.created_at, a.id))
                });
            } else {
                sealed_notes = sorted.sealed.len();
                withheld += sealed_notes;
            }
        }
        Ok(Private {
            sensitive: access(viewer, Kind::Sensitive, Scope::Centre).shown(),
            reads_notes,
            notes,
            withheld,
            sealed_notes,
            referral_details: crate::slip::details_access(store, viewer, referrals)?,
            opened,
            withdrawn: store.consent_withdrawal(person_id)?,
        })
    }

    /// Whether the details of referral `id` are shown.
    pub fn detail_shown(&self, id: i64) -> bool {
        match self.referral_details.get(&id) {
            Some(Access::See) => true,
            Some(Access::BreakGlass) => self.opened,
            _ => false,
        }
    }

    /// Whether the details of referral `id` are closed to the viewer but may be opened
    /// by giving a reason (administrators).
    pub fn detail_sealed(&self, id: i64) -> bool {
        !self.opened && self.referral_details.get(&id) == Some(&Access::BreakGlass)
    }

    /// How many referrals' details an administrator may open by giving a reason.
    pub fn sealed_details(&self) -> usize {
        if self.opened {
            return 0;
        }
        self.referral_details
            .values()
            .filter(|a| **a == Access::BreakGlass)
            .count()
    }

    /// The consent withdrawal line, if consent was withdrawn.
    pub fn withdrawal_line(&self, lang: Lang, styles: &Styles) -> Option<Line<'static>> {
        self.withdrawn.as_ref().map(|(at, by)| {
            Line::from(Span::styled(
                format!(
                    " {}",
                    tf(lang, LMsg::ConsentWithdrawn, &[&format_date(at.date()), by])
                ),
                styles.warning,
            ))
        })
    }

    /// The case notes section's rows (after its heading), for roles that read notes.
    pub fn note_lines(
        &self,
        lang: Lang,
        styles: &Styles,
        visits: &[crate::domain::records::Visit],
    ) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        if self.notes.is_empty() && self.withheld == 0 {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoCaseNotes)),
                styles.muted,
            )));
        }
        for n in &self.notes {
            let corrects = n
                .corrects
                .map(|c| format!(" ({})", tf(lang, LMsg::NoteCorrects, &[&c.to_string()])))
                .unwrap_or_default();
            let on_visit = n
                .visit_id
                .and_then(|id| visits.iter().find(|v| v.id == id))
                .map(|v| {
                    format!(
                        " ({})",
                        tf(lang, LMsg::NoteOnVisit, &[&format_date(v.visited_on)])
                    )
                })
                .unwrap_or_default();
            out.push(Line::from(Span::styled(
                format!(
                    "  #{} {} {}{on_visit}{corrects}",
                    n.id,
                    format_date(n.noted_on),
                    n.author
                ),
                styles.label,
            )));
            for line in n.body.lines() {
                out.push(Line::from(Span::styled(format!("    {line}"), styles.text)));
            }
        }
        if self.withheld > 0 {
            let mut text = format!(
                " {}",
                tf(lang, LMsg::NotesWithheld, &[&self.withheld.to_string()])
            );
            if self.sealed_notes > 0 {
                text.push_str(&format!(" · {}", t(lang, LMsg::GlassKey)));
            }
            out.push(Line::from(Span::styled(text, styles.muted)));
        }
        out
    }
}
