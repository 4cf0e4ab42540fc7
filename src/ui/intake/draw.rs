//! Drawing the start page and the form: header, one row per field with its problem
//! or what was understood beside it, the draft footer and the leave/consent
//! questions. Pure functions of the screen's state (the clock is never read here).

use chrono::{NaiveDate, NaiveDateTime};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};

use super::drafts::{DraftRow, draft_name};
use super::form::{Form, typed};
use super::labels::{field_label, problem_text, section_label};
use super::panel::draw_panel;
use super::{IntakeScreen, Mode};
use crate::domain::access::Viewer;
use crate::domain::dates::{self};
use crate::domain::intake::{Field, Kind, Section, Severity};
use crate::i18n::intake::Im;
use crate::i18n::{Lang, t, tf};
use crate::ui::View;

/// Label column width.
const LABEL_W: u16 = 15;
/// Input column width.
const INPUT_W: u16 = 30;

impl IntakeScreen {
    /// The start page: the operator's unfinished forms, newest first.
    pub(super) fn draw_start(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let theme = view.theme;
        let lang = view.lang;
        let mut lines = vec![Line::from(Span::styled(
            format!(" {}", t(lang, Im::DraftsTitle)),
            theme.title,
        ))];
        if let Some(e) = self
            .drafts_error
            .as_ref()
            .or(self.draft_removal_error.as_ref())
        {
            lines.push(Line::from(Span::styled(
                format!(" {}", crate::ui::kit::fail::store_error_text(lang, e)),
                theme.status_error,
            )));
        } else if self.drafts.is_empty() {
            lines.push(Line::from(Span::styled(
                format!(" {}", t(lang, Im::DraftsNone)),
                theme.muted,
            )));
        }
        for (i, d) in self.drafts.iter().enumerate() {
            let name = if d.name.is_empty() {
                t(lang, Im::DraftUnnamed).to_string()
            } else {
                d.name.clone()
            };
            let edit = if d.editing {
                t(lang, Im::DraftEdit)
            } else {
                ""
            };
            let style = theme.row(i == self.draft_pick);
            lines.push(Line::from(Span::styled(
                format!(
                    " {:<40} {:<12} {}",
                    name,
                    edit,
                    d.updated_at.format("%d/%m %H:%M")
                ),
                style,
            )));
        }
        lines.push(Line::from(""));
        lines.push(Line::from(Span::styled(
            format!(" {}", t(lang, Im::DraftsKeys)),
            theme.muted,
        )));
        frame.render_widget(Paragraph::new(lines), area);
    }

    /// The form: header, the section's fields, the panel, the draft footer and any
    /// question on top.
    pub(super) fn draw_form(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        form: &Form,
    ) {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 6 {
            return;
        }
        // Header: whose form, which section.
        let who = match form.target {
            Some(_) => tf(
                lang,
                Im::Editing,
                &[&format!(
                    "{} {}",
                    form.base.get(Field::Surname),
                    form.base.get(Field::GivenName)
                )],
            ),
            None => t(lang, Im::NewPerson).to_string(),
        };
        let section = form.section();
        // The pages this operator has (the privacy rule may leave some out).
        let viewer = Viewer::new(view.operator, view.role, "");
        let pages = Section::open_to(&viewer);
        let at = pages.iter().position(|s| *s == section).unwrap_or(0);
        let prev = at
            .checked_sub(1)
            .and_then(|i| pages.get(i))
            .map(|s| t(lang, section_label(*s)));
        let next = pages.get(at + 1).map(|s| t(lang, section_label(*s)));
        let mut header = vec![
            Span::styled(format!(" {who} · "), theme.muted),
            Span::styled(
                format!(
                    "{}/{} {}",
                    at + 1,
                    pages.len(),
                    t(lang, section_label(section))
                ),
                theme.title,
            ),
        ];
        let nav = format!(
            "  {}{}",
            prev.map(|p| format!("‹ {p}  ")).unwrap_or_default(),
            next.map(|n| format!("{n} ›")).unwrap_or_default()
        );
        header.push(Span::styled(nav, theme.muted));
        frame.render_widget(
            Paragraph::new(Line::from(header)),
            Rect::new(area.x, area.y, area.width, 1),
        );

        let footer_y = area.bottom() - 1;
        let mut y = area.y + 1;
        let today = self.today.unwrap_or(view.now.date());
        for field in &section.fields_for(&viewer) {
            if y >= footer_y {
                break;
            }
            if *field == Field::Notes && !matches!(self.mode, Mode::Conflict(_)) {
                self.draw_notes(
                    frame,
                    Rect::new(area.x, y, area.width, footer_y - y),
                    view,
                    form,
                );
                y = footer_y;
                break;
            }
            self.draw_field(
                frame,
                Rect::new(area.x, y, area.width, 1),
                view,
                form,
                *field,
                today,
            );
            y += 1;
        }
        // The panel under the fields: choices, duplicates, household or consent rules.
        let room = Rect::new(area.x, y, area.width, footer_y.saturating_sub(y));
        if room.height >= 3
            && let Some((title, lines)) = self.panel(form, view, room.height)
        {
            draw_panel(frame, room, view, &title, lines);
        }
        // Footer: the draft's state.
        let (text, style) = if form.slot.failing() {
            (t(lang, Im::DraftFailed).to_string(), theme.status_error)
        } else if let Some(at) = form.slot.saved_at() {
            (
                tf(lang, Im::DraftSaved, &[&at.format("%H:%M").to_string()]),
                theme.muted,
            )
        } else {
            (String::new(), theme.muted)
        };
        frame.render_widget(
            Paragraph::new(Span::styled(format!(" {text}"), style)),
            Rect::new(area.x, footer_y, area.width, 1),
        );
        // Beside it, the operator's other unfinished forms: one key to take one up.
        let others: Vec<&DraftRow> = self.other_drafts().collect();
        if let Some(first) = others.first() {
            let used = text.chars().count() as u16 + 3;
            let room = area.width.saturating_sub(used) as usize;
            let name: String = draft_name(first, lang).chars().take(room.min(40)).collect();
            let aside = if others.len() > 1 {
                tf(
                    lang,
                    Im::DraftsAsideMore,
                    &[&name, &(others.len() - 1).to_string()],
                )
            } else {
                tf(lang, Im::DraftsAside, &[&name])
            };
            let aside: String = aside.chars().take(room).collect();
            let w = aside.chars().count() as u16 + 1;
            frame.render_widget(
                Paragraph::new(Span::styled(aside, theme.warning)),
                Rect::new(area.right().saturating_sub(w), footer_y, w, 1),
            );
        }
        let question = match self.mode {
            Mode::Leave => Some((Im::LeaveQuestion, Im::LeaveChoices)),
            Mode::AskConsent => Some((Im::ConsentQuestion, Im::ConsentChoices)),
            _ => None,
        };
        if let Some((question, choices)) = question {
            // Tall enough for both texts wrapped at the box's width (words wrap, so
            // allow a line more for each).
            let width = area.width.saturating_sub(6).max(1) as usize;
            let lines = |text: &str| (text.chars().count() / width + 1) as u16;
            let height = 3 + lines(t(lang, question)) + lines(t(lang, choices));
            let rect = Rect::new(
                area.x + 2,
                area.y + 2,
                area.width.saturating_sub(4),
                height.min(area.height.saturating_sub(3)),
            );
            frame.render_widget(ratatui::widgets::Clear, rect);
            let block = Block::bordered()
                .border_set(theme.borders)
                .border_style(theme.warning);
            let inner = block.inner(rect);
            frame.render_widget(block, rect);
            frame.render_widget(
                Paragraph::new(vec![
                    Line::from(Span::styled(t(lang, question), theme.warning)),
                    Line::from(""),
                    Line::from(Span::styled(t(lang, choices), theme.text)),
                ])
                .wrap(ratatui::widgets::Wrap { trim: true }),
                inner,
            );
        }
    }

    /// One field's row: label, input, and the problem or what was understood.
    fn draw_field(
        &self,
        frame: &mut Frame<'_>,
        row: Rect,
        view: &View<'_>,
        form: &Form,
        field: Field,
        today: NaiveDate,
    ) {
        let theme = view.theme;
        let lang = view.lang;
        let focused =
            form.focus == field && matches!(self.mode, Mode::Form | Mode::Leave | Mode::AskConsent);
        let marker = if focused { "▸" } else { " " };
        let required = if field.required() { "*" } else { "" };
        frame.render_widget(
            Paragraph::new(Span::styled(
                format!("{marker}{}{required}", t(lang, field_label(field))),
                if focused { theme.title } else { theme.text },
            )),
            Rect::new(row.x, row.y, LABEL_W, 1),
        );
        let input = Rect::new(row.x + LABEL_W + 1, row.y, INPUT_W, 1);
        let kind = field.kind();
        let query = form.input_text(field);
        if focused && (typed(field) || !query.is_empty()) {
            if let Some(typed) = form.inputs.get(&field) {
                typed.draw_editor(frame, input);
            }
        } else {
            let shown = if typed(field) {
                query.replace('\n', " ")
            } else if kind == Kind::Check {
                let on = form.values.flag(field);
                let text = match (field, on) {
                    (Field::Interpreter, true) => t(lang, Im::InterpreterNeeded).to_string(),
                    (_, true) => t(lang, Im::Yes).to_string(),
                    (_, false) => t(lang, Im::No).to_string(),
                };
                format!("[{}] {text}", if on { "x" } else { " " })
            } else {
                let label = self.value_label(form, field, lang);
                if label.is_empty() {
                    t(lang, Im::Dash).to_string()
                } else {
                    label
                }
            };
            let style = if focused { theme.selection } else { theme.text };
            let shown: String = shown.chars().take(INPUT_W as usize).collect();
            frame.render_widget(Paragraph::new(Span::styled(shown, style)), input);
        }
        // Beside the field: the problem, else what was understood.
        let x = input.right() + 1;
        let beside = Rect::new(x, row.y, row.right().saturating_sub(x), 1);
        let (text, style) = if let Some(issue) = form.shown_issue(field) {
            let style = if issue.severity == Severity::Error {
                theme.status_error
            } else {
                theme.warning
            };
            (problem_text(lang, issue.problem), style)
        } else if let Some(stored) = form
            .kept_value(field)
            .filter(|_| form.input_text(field).trim().is_empty())
        {
            // Never the stored identifier itself: its last digits, to recognise it.
            let masked = crate::domain::access::mask(stored, 4);
            (tf(lang, Im::KeptMasked, &[&masked]), theme.muted)
        } else {
            (self.understood(form, field, lang, today), theme.muted)
        };
        frame.render_widget(Paragraph::new(Span::styled(text, style)), beside);
    }

    /// What the form made of a valid value (a date and the age, an AMKA's facts).
    fn understood(&self, form: &Form, field: Field, lang: Lang, today: NaiveDate) -> String {
        let p = &form.checked.person;
        match field {
            Field::DateOfBirth => p
                .date_of_birth
                .map(|d| {
                    let age = today.years_since(d).unwrap_or(0);
                    let from = if form.from_amka {
                        format!(" · {}", t(lang, Im::FromAmka))
                    } else {
                        String::new()
                    };
                    format!(
                        "→ {} ({}){from}",
                        dates::format_date(d),
                        tf(lang, Im::Age, &[&age.to_string()])
                    )
                })
                .unwrap_or_default(),
            Field::Amka | Field::Afm | Field::Phone | Field::Paaypa => {
                let ok = match field {
                    Field::Amka => p.amka.is_some(),
                    Field::Afm => p.afm.is_some(),
                    Field::Phone => p.phone.is_some(),
                    _ => p.paaypa.is_some(),
                };
                if ok {
                    match field {
                        Field::Phone => format!("✓ {}", p.phone.clone().unwrap_or_default()),
                        _ => t(lang, Im::Valid).to_string(),
                    }
                } else {
                    String::new()
                }
            }
            Field::Consent if form.values.flag(Field::Consent) => {
                let at = form.values.get(Field::ConsentAt);
                if at.is_empty() {
                    tf(lang, Im::ConsentNow, &[&self.operator])
                } else {
                    let shown = NaiveDateTime::parse_from_str(at, "%Y-%m-%dT%H:%M:%S")
                        .map(|d| crate::domain::dates::format_date(d.date()))
                        .unwrap_or_else(|_| at.to_string());
                    tf(
                        lang,
                        Im::ConsentRecorded,
                        &[&shown, form.values.get(Field::ConsentBy)],
                    )
                }
            }
            Field::Consent | Field::Interpreter => t(lang, Im::SpaceToggles).to_string(),
            _ => String::new(),
        }
    }

    fn draw_notes(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>, form: &Form) {
        let theme = view.theme;
        let block = Block::bordered()
            .border_set(theme.borders)
            .border_style(theme.border)
            .title(Span::styled(
                format!(" {} ", t(view.lang, Im::FNotes)),
                theme.title,
            ));
        let inner = block.inner(area);
        frame.render_widget(block, area);
        if let Some(notes) = form.inputs.get(&Field::Notes) {
            notes.draw_editor(frame, inner);
        }
    }
}
