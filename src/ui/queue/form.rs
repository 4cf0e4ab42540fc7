//! The new-ticket form (`n` on the list, or a person's card asking for a ticket): its
//! fields, the line picked by what was typed, the priority flags, checking and saving.

use std::collections::HashMap;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui_textarea::TextArea;

use super::names::{flag_name, service_name};
use super::text::{fit, line_area, text_of, with_cursor};
use super::{Mode, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::codes::Vulnerability;
use crate::domain::names::fold;
use crate::domain::records::Service;
use crate::domain::reference::find_language;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::NewTicket;
use crate::ui::{Ctx, Outcome, View};

/// The priority flags the form offers, in the order of their number keys (1–7; the
/// seventh is "urgent need", which is not a vulnerability but calls first).
pub const FORM_FLAGS: [Vulnerability; 6] = [
    Vulnerability::UnaccompaniedMinor,
    Vulnerability::Disability,
    Vulnerability::Pregnancy,
    Vulnerability::Elderly,
    Vulnerability::ViolenceVictim,
    Vulnerability::SingleParent,
];

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

/// The new-ticket form.
pub(super) struct TicketForm {
    person: Option<(i64, String)>,
    service: TextArea<'static>,
    /// Index into the matching lines (↑↓ cycles).
    pick: usize,
    label: TextArea<'static>,
    reason: TextArea<'static>,
    pub(super) flags: Vec<Vulnerability>,
    urgent: bool,
    note: TextArea<'static>,
    language: TextArea<'static>,
    focus: usize,
    errors: HashMap<&'static str, QMsg>,
}

impl TicketForm {
    pub(super) fn new(person: Option<(i64, String)>, language: Option<String>) -> Self {
        TicketForm {
            person,
            service: TextArea::default(),
            pick: 0,
            label: TextArea::default(),
            reason: TextArea::default(),
            flags: Vec::new(),
            urgent: false,
            note: TextArea::default(),
            language: line_area(&language.unwrap_or_default()),
            focus: 0,
            errors: HashMap::new(),
        }
    }

    fn field(&self) -> FormField {
        FORM_FIELDS[self.focus % FORM_FIELDS.len()]
    }

    pub(super) fn area_mut(&mut self) -> Option<&mut TextArea<'static>> {
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
        let typed = fold(text_of(&self.service).trim());
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
        let language = text_of(&form.language).trim().to_string();
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
        let label = text_of(&form.label).trim().to_string();
        for (key, text, max) in [
            ("label", &label, 60usize),
            ("reason", &text_of(&form.reason), 120),
            ("note", &text_of(&form.note), 200),
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
            reason: text_of(&form.reason),
            priority: form.flags.clone(),
            urgent: form.urgent,
            triage_note: text_of(&form.note),
            interpreter_language: language,
        };
        match cx.store.create_ticket(&new, &stamp(cx)) {
            Ok(ticket) => {
                self.mode = Mode::List;
                self.selected_id = Some(ticket.id);
                self.reload(cx);
                Outcome::Status(tf(lang, QMsg::Issued, &[&ticket.number]))
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
                self.mode = Mode::List;
                Outcome::Handled
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
                    _ => {}
                }
            }
            return Outcome::Handled;
        }
        let is_service = form.field() == FormField::Service;
        if let Some(area) = form.area_mut() {
            area.input(key);
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
        let inner = Self::popup(frame, area, view, t(lang, QMsg::NewTicketTitle));
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
                    fit(&format!(" {}", t(lang, name)), label_w),
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
        lines.push(row(
            QMsg::FieldService,
            format!(
                "{}{chosen}",
                with_cursor(&form.service, focus == FormField::Service)
            ),
            focus == FormField::Service,
            err("service"),
        ));
        lines.push(row(
            QMsg::FieldLabel,
            with_cursor(&form.label, focus == FormField::Label),
            focus == FormField::Label,
            err("label"),
        ));
        lines.push(row(
            QMsg::FieldReason,
            with_cursor(&form.reason, focus == FormField::Reason),
            focus == FormField::Reason,
            err("reason"),
        ));
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
        lines.push(row(
            QMsg::FieldNote,
            with_cursor(&form.note, focus == FormField::Note),
            focus == FormField::Note,
            err("note"),
        ));
        let lang_name = find_language(&text_of(&form.language))
            .map(|l| format!("  → {}", crate::i18n::language_name(&l.code, lang)))
            .unwrap_or_default();
        lines.push(row(
            QMsg::FieldLanguage,
            format!(
                "≋ {}{lang_name}",
                with_cursor(&form.language, focus == FormField::Language)
            ),
            focus == FormField::Language,
            err("language"),
        ));
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::FormHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
