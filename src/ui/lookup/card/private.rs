//! What the card shows only as the privacy rule allows: the sensitive fields, case
//! notes (newest first; other organisations' only with consent) and consent withdrawal.

use chrono::NaiveDateTime;
use ratatui::text::{Line, Span};

use super::lines::Styles;
use crate::domain::access::{Access, Kind, Scope, Viewer, access, sort_notes};
use crate::domain::dates::format_date;
use crate::domain::records::CaseNote;
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
    pub withdrawn: Option<(NaiveDateTime, String)>,
}

impl Private {
    pub fn read(store: &Store, viewer: &Viewer, person_id: i64) -> Result<Private, StoreError> {
        let reads_notes = access(viewer, Kind::CaseNote, Scope::Centre) != Access::Hidden;
        let (notes, withheld) = if reads_notes {
            let consent = store.shares_with(person_id, &viewer.organisation)?;
            let sorted = sort_notes(viewer, store.case_notes_of(person_id)?, consent);
            (sorted.shown, sorted.withheld + sorted.sealed.len())
        } else {
            (Vec::new(), 0)
        };
        Ok(Private {
            sensitive: access(viewer, Kind::Sensitive, Scope::Centre).shown(),
            reads_notes,
            notes,
            withheld,
            withdrawn: store.consent_withdrawal(person_id)?,
        })
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
    pub fn note_lines(&self, lang: Lang, styles: &Styles) -> Vec<Line<'static>> {
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
            out.push(Line::from(Span::styled(
                format!(
                    "  #{} {} {}{corrects}",
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
            out.push(Line::from(Span::styled(
                format!(
                    " {}",
                    tf(lang, LMsg::NotesWithheld, &[&self.withheld.to_string()])
                ),
                styles.muted,
            )));
        }
        out
    }
}
