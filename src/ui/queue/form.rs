//! The new-ticket form (`n` on the list, or a person's card asking for a ticket): its
//! fields, the line picked by what was typed, the priority flags, checking and saving.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use serde::{Deserialize, Serialize};

use super::names::{flag_name, service_name};
use super::{Mode, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::codes::Vulnerability;
use crate::domain::names::fold;
use crate::domain::records::Service;
use crate::domain::reference::find_language;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::NewTicket;
use crate::ui::kit::draft::{DraftSlot, draft_for, drafts_of};
use crate::ui::kit::field::TextField;
use crate::ui::kit::popup::frame_box;
use crate::ui::kit::width::clip;
use crate::ui::{Ctx, Outcome, View};

/// The priority flags the form offers, in the order of their number keys (1–7; the
/// seventh is "urgent need", which is not a vulnerability but calls first).
pub const FORM_FLAGS: [Vulnerability; 6] = Vulnerability::PRIORITY;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FormField {
    Service,
    Label,
    Reason,
    Flags,
    Note,
    Language,
}

const FORM_FIELDS: [FormField; 6] = [
    FormField::Service,
    FormField::Label,
    FormField::Reason,
    FormField::Flags,
    FormField::Note,
    FormField::Language,
];

/// The draft kind of the new-ticket form (one per operator and person; `None`: a
/// ticket for nobody registered).
pub(super) const DRAFT_KIND: &str = "ticket";

/// What the new-ticket form's draft holds: what was typed and ticked.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct TicketDraft {
    /// The person the ticket is for (id, name as shown), if any.
    pub(super) person: Option<(i64, String)>,
    service: String,
    label: String,
    reason: String,
    /// Priority flags by their codes.
    flags: Vec<String>,
    urgent: bool,
    note: String,
    language: String,
}

/// The new-ticket form.
pub(super) struct TicketForm {
    person: Option<(i64, String)>,
    service: TextField,
    /// Index into the matching lines (↑↓ cycles).
    pick: usize,
    label: TextField,
    reason: TextField,
    pub(super) flags: Vec<Vulnerability>,
    urgent: bool,
    note: TextField,
    language: TextField,
    focus: usize,
    errors: HashMap<&'static str, QMsg>,
    /// Where what is typed is kept until the ticket is issued.
    pub(super) draft: DraftSlot,
}

impl TicketForm {
    pub(super) fn new(person: Option<(i64, String)>, language: Option<String>) -> Self {
        let person_id = person.as_ref().map(|p| p.0);
        TicketForm {
            person,
            service: TextField::new(),
            pick: 0,
            label: TextField::new(),
            reason: TextField::new(),
            flags: Vec::new(),
            urgent: false,
            note: TextField::new(),
            language: TextField::with_text(&language.unwrap_or_default()),
            focus: 0,
            errors: HashMap::new(),
            draft: DraftSlot::new(DRAFT_KIND, person_id),
        }
    }

    /// The operator's kept draft for `person` (`Some(None)`: the newest of any), as a
    /// form.
    pub(super) fn kept(
        person: Option<Option<i64>>,
        cx: &Ctx<'_>,
    ) -> Result<Option<TicketForm>, crate::store::StoreError> {
        let kept: Option<TicketDraft> = match person {
            Some(target) => draft_for(cx.store, cx.operator, DRAFT_KIND, target)?,
            None => drafts_of(cx.store, cx.operator, DRAFT_KIND)?
                .0
                .into_iter()
                .next()
                .map(|(_, d)| d),
        };
        Ok(kept.as_ref().map(TicketForm::from_draft))
    }

    /// What the draft keeps of the form.
    pub(super) fn to_draft(&self) -> TicketDraft {
        TicketDraft {
            person: self.person.clone(),
            service: self.service.text(),
            label: self.label.text(),
            reason: self.reason.text(),
            flags: self.flags.iter().map(|f| f.code().to_string()).collect(),
            urgent: self.urgent,
            note: self.note.text(),
            language: self.language.text(),
        }
    }

    /// The form as its draft left it.
    pub(super) fn from_draft(d: &TicketDraft) -> TicketForm {
        let mut form = TicketForm::new(d.person.clone(), Some(d.language.clone()));
        form.service = TextField::with_text(&d.service);
        form.label = TextField::with_text(&d.label);
        form.reason = TextField::with_text(&d.reason);
        form.flags = d
            .flags
            .iter()
            .filter_map(|code| Vulnerability::from_code(code))
            .collect();
        form.urgent = d.urgent;
        form.note = TextField::with_text(&d.note);
        form
    }

    /// A name for the draft at the next start: the person's, else the name typed,
    /// else the line typed.
    pub(super) fn name(d: &TicketDraft) -> String {
        match &d.person {
            Some((_, name)) => name.clone(),
            None if !d.label.trim().is_empty() => d.label.trim().to_string(),
            None => d.service.trim().to_string(),
        }
    }

    fn field(&self) -> FormField {
        FORM_FIELDS[self.focus % FORM_FIELDS.len()]
    }

    pub(super) fn field_mut(&mut self) -> Option<&mut TextField> {
        match self.field() {
            FormField::Service => Some(&mut self.service),
            FormField::Label => Some(&mut self.label),
            FormField::Reason => Some(&mut self.reason),
            FormField::Note => Some(&mut self.note),
            FormField::Language => Some(&mut self.language),
            FormField::Flags => None,
        }
    }

    /// The lines whose code, prefix or name starts a word with what was typed.
    fn matches<'a>(&self, lines: &'a [Service]) -> Vec<&'a Service> {
        let typed = fold(self.service.text().trim());
        lines
            .iter()
            .filter(|s| {
                typed.is_empty()
                    || fold(&s.code).starts_with(&typed)
                    || fold(&s.ticket_prefix) == typed
                    || [&s.name_el, &s.name_en]
                        .iter()
                        .any(|n| fold(n).split_whitespace().any(|w| w.starts_with(&typed)))
            })
            .collect()
    }

    fn chosen<'a>(&self, lines: &'a [Service]) -> Option<&'a Service> {
        let m = self.matches(lines);
        if m.is_empty() {
            None
        } else {
            Some(m[self.pick % m.len()])
        }
    }
}

impl QueueScreen {
    pub(super) fn save_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        form.errors.clear();
        let service = form.chosen(&self.lines).map(|s| s.id);
        if service.is_none() {
            form.errors.insert("service", QMsg::ErrNoService);
        }
        let language = form.language.text().trim().to_string();
        let language = if language.is_empty() {
            None
        } else {
            match find_language(&language) {
                Some(l) => Some(l.code.clone()),
                None => {
                    form.errors.insert("language", QMsg::ErrLanguage);
                    None
                }
            }
        };
        let label = form.label.text().trim().to_string();
        for (key, text, max) in [
            ("label", &label, 60usize),
            ("reason", &form.reason.text(), 120),
            ("note", &form.note.text(), 200),
        ] {
            if text.chars().count() > max {
                form.errors.insert(key, QMsg::ErrTooLong);
            }
        }
        if !form.errors.is_empty() {
            // Focus the first field in error.
            let keys = ["service", "label", "reason", "flags", "note", "language"];
            if let Some(i) = keys.iter().position(|k| form.errors.contains_key(k)) {
                form.focus = i;
            }
            return Outcome::Handled;
        }
        let new = NewTicket {
            service_id: service.unwrap_or_default(),
            person_id: form.person.as_ref().map(|p| p.0),
            label,
            reason: form.reason.text(),
            priority: form.flags.clone(),
            urgent: form.urgent,
            triage_note: form.note.text(),
            interpreter_language: language,
        };
        match cx.store.create_ticket(&new, &stamp(cx)) {
            Ok(ticket) => {
                // Issued: its draft goes (a failure to remove it is said, not hidden).
                let discarded = form.draft.discard(cx);
                self.mode = Mode::List;
                self.selected_id = Some(ticket.id);
                self.reload(cx);
                match discarded {
                    Outcome::Error(text) => Outcome::Error(text),
                    _ => Outcome::Status(tf(lang, QMsg::Issued, &[&ticket.number])),
                }
            }
            Err(e) => store_error(lang, &e),
        }
    }

    /// Keys of the form: save, cancel, move between fields, cycle the matching lines.
    pub(super) fn form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Save => self.save_form(cx),
            Action::Cancel => {
                // Esc throws the ticket away, and its draft with it.
                let discarded = form.draft.discard(cx);
                self.mode = Mode::List;
                match discarded {
                    Outcome::Error(text) => Outcome::Error(text),
                    _ => Outcome::Handled,
                }
            }
            Action::NextField => {
                form.focus = (form.focus + 1) % FORM_FIELDS.len();
                Outcome::Handled
            }
            Action::PrevField => {
                form.focus = (form.focus + FORM_FIELDS.len() - 1) % FORM_FIELDS.len();
                Outcome::Handled
            }
            Action::Up | Action::Down => {
                let n = form.matches(&self.lines).len().max(1);
                form.pick = if action == Action::Down {
                    (form.pick + 1) % n
                } else {
                    (form.pick + n - 1) % n
                };
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Typing in the form: number keys toggle flags on the flags row, text elsewhere.
    pub(super) fn form_key(&mut self, key: KeyEvent) -> Outcome {
        let Mode::Form(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        if form.field() == FormField::Flags {
            if let KeyCode::Char(c) = key.code
                && let Some(d) = c.to_digit(10)
            {
                match d as usize {
                    n @ 1..=6 => {
                        let flag = FORM_FLAGS[n - 1];
                        if let Some(pos) = form.flags.iter().position(|f| *f == flag) {
                            form.flags.remove(pos);
                        } else {
                            form.flags.push(flag);
                        }
                    }
                    7 => form.urgent = !form.urgent,
                    _ => return Outcome::Handled,
                }
                form.draft.changed();
            }
            return Outcome::Handled;
        }
        let is_service = form.field() == FormField::Service;
        if let Some(field) = form.field_mut()
            && field.input_key(key)
        {
            form.draft.changed();
        }
        if is_service {
            form.pick = 0;
        }
        form.errors.clear();
        Outcome::Handled
    }

    pub(super) fn draw_form(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        form: &TicketForm,
    ) {
        let lang = view.lang;
        let inner = frame_box(frame, area, view, t(lang, QMsg::NewTicketTitle));
        let label_w = 15;
        let focus = form.field();
        let err = |key: &str| {
            form.errors
                .get(key)
                .map(|m| format!("  {}", t(lang, *m)))
                .unwrap_or_default()
        };
        let row = |name: QMsg, value: String, focused: bool, error: String| -> Line<'static> {
            let style = if focused {
                view.theme.selection
            } else {
                view.theme.text
            };
            Line::from(vec![
                Span::styled(
                    clip(&format!(" {}", t(lang, name)), label_w),
                    view.theme.muted,
                ),
                Span::styled(value, style),
                Span::styled(error, view.theme.warning),
            ])
        };
        let mut lines = Vec::new();
        if let Some((_, name)) = &form.person {
            lines.push(row(QMsg::FieldPerson, name.clone(), false, String::new()));
        }
        let chosen = form
            .chosen(&self.lines)
            .map(|s| format!("  → {} {}", s.ticket_prefix, service_name(lang, s)))
            .unwrap_or_default();
        // A typed field's row: its label, `before` and `after` around the text.
        let typed = |which: FormField, before: &str, after: &str| {
            let (name, field, key) = match which {
                FormField::Service => (QMsg::FieldService, &form.service, "service"),
                FormField::Label => (QMsg::FieldLabel, &form.label, "label"),
                FormField::Reason => (QMsg::FieldReason, &form.reason, "reason"),
                FormField::Note => (QMsg::FieldNote, &form.note, "note"),
                // (The flags' row is drawn apart: they are toggled, not typed.)
                FormField::Language | FormField::Flags => {
                    (QMsg::FieldLanguage, &form.language, "language")
                }
            };
            let text = format!("{before}{}{after}", field.with_cursor(focus == which));
            row(name, text, focus == which, err(key))
        };
        lines.push(typed(FormField::Service, "", &chosen));
        lines.push(typed(FormField::Label, "", ""));
        lines.push(typed(FormField::Reason, "", ""));
        let mut flag_text: Vec<String> = FORM_FLAGS
            .iter()
            .enumerate()
            .map(|(i, f)| {
                let on = if form.flags.contains(f) { "■" } else { "□" };
                format!("{}{on}{}", i + 1, flag_name(lang, *f))
            })
            .collect();
        flag_text.push(format!(
            "7{}{}",
            if form.urgent { "■" } else { "□" },
            t(lang, QMsg::Urgent)
        ));
        let flags = flag_text.join(" ");
        let width = inner.width as usize - label_w;
        let (a, b) = if flags.chars().count() > width {
            let mut cut = 0;
            let mut used = 0;
            for (i, part) in flag_text.iter().enumerate() {
                used += part.chars().count() + 1;
                if used > width {
                    break;
                }
                cut = i + 1;
            }
            (flag_text[..cut].join(" "), flag_text[cut..].join(" "))
        } else {
            (flags, String::new())
        };
        lines.push(row(
            QMsg::FieldFlags,
            a,
            focus == FormField::Flags,
            String::new(),
        ));
        if !b.is_empty() {
            lines.push(Line::from(vec![
                Span::raw(" ".repeat(label_w)),
                Span::styled(
                    b,
                    if focus == FormField::Flags {
                        view.theme.selection
                    } else {
                        view.theme.text
                    },
                ),
            ]));
        }
        lines.push(typed(FormField::Note, "", ""));
        let lang_name = find_language(&form.language.text())
            .map(|l| format!("  → {}", crate::i18n::language_name(&l.code, lang)))
            .unwrap_or_default();
        lines.push(typed(FormField::Language, "≋ ", &lang_name));
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::FormHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
