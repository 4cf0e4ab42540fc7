//! The service lines (`queue-lines`): the list of lines and the form that adds or
//! edits one (code, ticket prefix, names in both languages).

use std::collections::HashMap;

use super::{Mode, PopupRows, QueueScreen, stamp, store_error};
use crate::action::Action;
use crate::domain::names::fold;
use crate::domain::queue::{valid_code, valid_prefix};
use crate::domain::records::Service;
use crate::i18n::queue::QMsg;
use crate::i18n::{t, tf};
use crate::store::StoreError;
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::kit::popup::frame_box;
use crate::ui::kit::width::clip;
use crate::ui::{Ctx, Outcome, View};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum LineField {
    Code,
    Prefix,
    NameEl,
    NameEn,
}
pub(super) const LINE_FIELDS: [LineField; 4] = [
    LineField::Code,
    LineField::Prefix,
    LineField::NameEl,
    LineField::NameEn,
];

pub(super) struct LineForm {
    base: Service,
    pub(super) fields: [TextField; 4],
    pub(super) focus: usize,
    errors: HashMap<usize, QMsg>,
}

impl QueueScreen {
    pub(super) fn save_line(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let lang = cx.lang;
        let Mode::LineEdit(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        form.errors.clear();
        let value = |i: usize| form.fields[i].text().trim().to_string();
        let (code, prefix, name_el, name_en) = (value(0), value(1), value(2), value(3));
        if !valid_code(&code) {
            form.errors.insert(0, QMsg::ErrCode);
        }
        if !valid_prefix(&prefix) {
            form.errors.insert(1, QMsg::ErrPrefix);
        }
        if name_el.is_empty() {
            form.errors.insert(2, QMsg::ErrName);
        }
        if name_en.is_empty() {
            form.errors.insert(3, QMsg::ErrName);
        }
        if let Some(first) = form.errors.keys().min() {
            form.focus = *first;
            return Outcome::Handled;
        }
        let line = Service {
            code: code.clone(),
            // Capitals without accents: the board has a block letter for each.
            ticket_prefix: fold(&prefix).to_uppercase(),
            name_el,
            name_en,
            active: true,
            kind: form
                .base
                .kind
                .or(Some(crate::domain::codes::ServiceKind::Internal)),
            ..form.base.clone()
        };
        match cx.store.save_service_line(&line, &stamp(cx)) {
            Ok(_) => {
                self.mode = Mode::Lines(self.lines_list());
                self.reload(cx);
                Outcome::Status(tf(lang, QMsg::LineSaved, &[&code]))
            }
            Err(StoreError::Duplicate { .. }) => {
                form.errors.insert(0, QMsg::ErrDuplicateCode);
                form.focus = 0;
                Outcome::Handled
            }
            Err(e) => store_error(lang, &e),
        }
    }

    pub(super) fn open_line_form(&mut self, base: Service) {
        let fields = [
            TextField::with_text(&base.code),
            TextField::with_text(&base.ticket_prefix),
            TextField::with_text(&base.name_el),
            TextField::with_text(&base.name_en),
        ];
        self.mode = Mode::LineEdit(Box::new(LineForm {
            base,
            fields,
            focus: 0,
            errors: HashMap::new(),
        }));
    }

    /// Keys of the list of lines: move, edit the selected one, add one.
    pub(super) fn lines_action(&mut self, action: Action) -> Outcome {
        if let Some(done) = self.popup_step(action) {
            return done;
        }
        let Mode::Lines(list) = &self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Confirm => {
                if let Some(line) = self.lines.get(list.selected()).cloned() {
                    self.open_line_form(line);
                }
                Outcome::Handled
            }
            Action::AddLine => {
                self.open_line_form(Service::default());
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Keys of the line form: save, cancel, move between fields.
    pub(super) fn line_form_action(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        let Mode::LineEdit(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        match action {
            Action::Save => self.save_line(cx),
            Action::Cancel => {
                self.mode = Mode::Lines(self.lines_list());
                Outcome::Handled
            }
            Action::NextField => {
                form.focus = (form.focus + 1) % LINE_FIELDS.len();
                Outcome::Handled
            }
            Action::PrevField => {
                form.focus = (form.focus + LINE_FIELDS.len() - 1) % LINE_FIELDS.len();
                Outcome::Handled
            }
            _ => Outcome::Ignored,
        }
    }

    /// Typing in the line form.
    pub(super) fn line_form_key(&mut self, key: KeyEvent) -> Outcome {
        let Mode::LineEdit(form) = &mut self.mode else {
            return Outcome::Ignored;
        };
        let focus = form.focus % LINE_FIELDS.len();
        form.fields[focus].input_key(key);
        Outcome::Handled
    }

    /// The list of lines, on the first.
    pub(super) fn lines_list(&self) -> ListView {
        let mut list = ListView::new();
        list.set_len(self.lines.len());
        list
    }

    /// The service lines, as their popup lists them.
    pub(super) fn lines_popup(&self, view: &View<'_>) -> PopupRows<'static> {
        let lang = view.lang;
        let rows = self
            .lines
            .iter()
            .map(|s| {
                let text = format!(
                    "{}{}{}{}",
                    clip(&s.code, 12),
                    clip(&s.ticket_prefix, 4),
                    clip(&s.name_el, 30),
                    s.name_en
                );
                (text, view.theme.text)
            })
            .collect();
        PopupRows {
            title: t(lang, QMsg::LinesTitle).to_string(),
            rows,
            empty: None,
            hint: t(lang, QMsg::LinesHint),
        }
    }

    pub(super) fn draw_line_form(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        form: &LineForm,
    ) {
        let lang = view.lang;
        let inner = frame_box(frame, area, view, t(lang, QMsg::LinesTitle));
        let names = [
            QMsg::LineCode,
            QMsg::LinePrefix,
            QMsg::LineNameEl,
            QMsg::LineNameEn,
        ];
        let mut lines: Vec<Line> = names
            .iter()
            .enumerate()
            .map(|(i, name)| {
                let focused = i == form.focus % LINE_FIELDS.len();
                let style = if focused {
                    view.theme.selection
                } else {
                    view.theme.text
                };
                Line::from(vec![
                    Span::styled(clip(&format!(" {}", t(lang, *name)), 16), view.theme.muted),
                    Span::styled(form.fields[i].with_cursor(focused), style),
                    Span::styled(
                        form.errors
                            .get(&i)
                            .map(|m| format!("  {}", t(lang, *m)))
                            .unwrap_or_default(),
                        view.theme.warning,
                    ),
                ])
            })
            .collect();
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, QMsg::LineFormHint)),
            view.theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), inner);
    }
}
