//! The audit screen (F10, administrators only): who looked at or changed what, and
//! when, newest first. `/` opens the filters (person, operator, action, period);
//! the list turns page by page, and reaching its end reads the next entries. The
//! entries hold ids and codes only, never a name or an identifier.

use chrono::{Days, NaiveDate};
use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::action::Action;
use crate::domain::dates::{format_date, parse_date};
use crate::domain::records::AuditEntry;
use crate::i18n::admin::AMsg;
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::store::{AuditFilter, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::field::TextField;
use crate::ui::kit::list::ListView;
use crate::ui::kit::stacked::{Boxed, Stacked, draw_stacked};
use crate::ui::kit::width::{cut, fit};
use crate::ui::{Ctx, Drawn, Outcome, Screen, ScreenId, View};

/// Entries read at a time.
pub const PAGE: usize = 200;

/// The filters, in the form's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Filter {
    Person,
    Operator,
    Action,
    From,
    Until,
}

impl Filter {
    const ALL: [Filter; 5] = [
        Filter::Person,
        Filter::Operator,
        Filter::Action,
        Filter::From,
        Filter::Until,
    ];

    fn label(self) -> AMsg {
        match self {
            Filter::Person => AMsg::FPerson,
            Filter::Operator => AMsg::FOperator,
            Filter::Action => AMsg::FAction,
            Filter::From => AMsg::FFrom,
            Filter::Until => AMsg::FUntil,
        }
    }

    fn hint(self) -> Option<AMsg> {
        match self {
            Filter::Action => Some(AMsg::ActionHint),
            Filter::From | Filter::Until => Some(AMsg::DateHint),
            Filter::Person | Filter::Operator => None,
        }
    }
}

/// The filters as typed (kept while the screen lives, shown above the list).
#[derive(Debug, Clone, Default)]
struct Filters {
    values: [TextField; 5],
    focus: usize,
    error: Option<(Filter, AMsg)>,
}

impl Filters {
    fn is_empty(&self) -> bool {
        self.values.iter().all(TextField::is_empty)
    }

    fn text(&self, f: Filter) -> String {
        self.values[f as usize].text().trim().to_string()
    }

    /// The store's filter for what was typed, or the first wrong field.
    fn to_filter(&self, today: NaiveDate) -> Result<AuditFilter, (Filter, AMsg)> {
        let person = match self.text(Filter::Person) {
            p if p.is_empty() => None,
            p => Some(
                p.trim_start_matches('#')
                    .parse::<i64>()
                    .map_err(|_| (Filter::Person, AMsg::BadPerson))?,
            ),
        };
        let day = |f: Filter| -> Result<Option<NaiveDate>, (Filter, AMsg)> {
            match self.text(f) {
                d if d.is_empty() => Ok(None),
                d => parse_date(&d, today)
                    .map(Some)
                    .map_err(|_| (f, AMsg::BadDate)),
            }
        };
        let words = |f: Filter| Some(self.text(f)).filter(|w| !w.is_empty());
        Ok(AuditFilter {
            person,
            operator: words(Filter::Operator),
            action: words(Filter::Action).map(|a| a.to_lowercase()),
            since: day(Filter::From)?.and_then(|d| d.and_hms_opt(0, 0, 0)),
            // The whole of the last day.
            until: day(Filter::Until)?
                .and_then(|d| d.checked_add_days(Days::new(1)))
                .and_then(|d| d.and_hms_opt(0, 0, 0)),
            before: None,
            limit: PAGE + 1,
        })
    }

    /// The filters in force, on one line.
    fn summary(&self, lang: Lang) -> String {
        let set: Vec<String> = Filter::ALL
            .iter()
            .filter(|f| !self.text(**f).is_empty())
            .map(|f| format!("{} {}", t(lang, f.label()), self.text(*f)))
            .collect();
        if set.is_empty() {
            t(lang, AMsg::NoFilters).to_string()
        } else {
            set.join(" · ")
        }
    }
}

pub struct AuditScreen {
    entries: Vec<AuditEntry>,
    /// More entries match than were read.
    more: bool,
    list: ListView,
    filters: Filters,
    /// The filters being edited.
    editing: Option<Filters>,
    /// The filter the list was read with.
    applied: AuditFilter,
}

impl Default for AuditScreen {
    fn default() -> Self {
        AuditScreen::new()
    }
}

impl AuditScreen {
    pub fn new() -> AuditScreen {
        AuditScreen {
            entries: Vec::new(),
            more: false,
            list: ListView::new(),
            filters: Filters::default(),
            editing: None,
            applied: AuditFilter {
                limit: PAGE + 1,
                ..AuditFilter::default()
            },
        }
    }

    /// The entries listed, newest first (for tests).
    pub fn listed(&self) -> &[AuditEntry] {
        &self.entries
    }

    /// Reads the first page again with the applied filter.
    fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let mut entries = cx.store.audit_entries(&self.applied)?;
        self.more = entries.len() > PAGE;
        entries.truncate(PAGE);
        self.entries = entries;
        self.list.set_len(self.entries.len());
        Ok(())
    }

    /// Reads the next page after the last entry listed.
    fn read_more(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let filter = AuditFilter {
            before: self.entries.last().map(|e| e.id),
            ..self.applied.clone()
        };
        match cx.store.audit_entries(&filter) {
            Ok(mut more) => {
                self.more = more.len() > PAGE;
                more.truncate(PAGE);
                self.entries.extend(more);
                self.list.set_len(self.entries.len());
                Outcome::Handled
            }
            Err(e) => store_failure(cx.lang, "read audit", &e),
        }
    }

    fn apply(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(editing) = self.editing.as_mut() else {
            return Outcome::Ignored;
        };
        match editing.to_filter(cx.today()) {
            Ok(filter) => {
                self.applied = filter;
                if let Some(editing) = self.editing.take() {
                    self.filters = editing;
                }
                self.list.select(0);
                match self.reload(cx) {
                    Ok(()) => Outcome::Handled,
                    Err(e) => store_failure(cx.lang, "read audit", &e),
                }
            }
            Err((f, why)) => {
                editing.focus = f as usize;
                editing.error = Some((f, why));
                Outcome::Handled
            }
        }
    }

    fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        let theme = view.theme;
        let [top, filters, head, rows] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let count = if self.more {
            tf(
                lang,
                AMsg::AuditCountMore,
                &[&self.entries.len().to_string()],
            )
        } else {
            tf(lang, AMsg::AuditCount, &[&self.entries.len().to_string()])
        };
        frame.render_widget(
            Paragraph::new(Line::styled(format!(" {count}"), theme.title)),
            top,
        );
        frame.render_widget(
            Paragraph::new(Line::styled(
                cut(
                    &if self.filters.is_empty() {
                        format!(
                            " {}",
                            tf(lang, AMsg::Filters, &[&self.filters.summary(lang)])
                        )
                    } else {
                        format!(
                            " {} · {}",
                            t(lang, AMsg::AuditHint),
                            tf(lang, AMsg::Filters, &[&self.filters.summary(lang)])
                        )
                    },
                    area.width as usize,
                ),
                theme.muted,
            )),
            filters,
        );
        let width = area.width as usize;
        // when 16, operator 14, action 14, record 16; the detail takes the rest.
        let detail_w = width.saturating_sub(1 + 17 + 15 + 15 + 17).max(6);
        let columns = |when: &str, who: &str, what: &str, record: &str, detail: &str| {
            format!(
                " {} {} {} {} {}",
                fit(when, 16),
                fit(who, 14),
                fit(what, 14),
                fit(record, 16),
                fit(detail, detail_w)
            )
        };
        let header = columns(
            t(lang, AMsg::ColWhen),
            t(lang, AMsg::ColOperator),
            t(lang, AMsg::ColAction),
            t(lang, AMsg::ColRecord),
            t(lang, AMsg::ColDetail),
        );
        let empty = t(lang, AMsg::AuditNone);
        self.list
            .draw_headed(frame, head, rows, view, header, empty, |i, selected| {
                let e = &self.entries[i];
                let when = format!("{} {}", format_date(e.at.date()), e.at.format("%H:%M"));
                let record = match e.entity_id {
                    Some(id) => format!("{} #{id}", e.entity),
                    None => e.entity.clone(),
                };
                Line::styled(
                    columns(&when, &e.operator, &e.action, &record, &e.detail),
                    if selected {
                        theme.selection
                    } else {
                        theme.text
                    },
                )
            })
    }

    fn draw_filters(&self, editing: &Filters, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let fields: Vec<Stacked<'_>> = Filter::ALL
            .iter()
            .enumerate()
            .map(|(i, f)| Stacked {
                label: t(lang, f.label()),
                field: &editing.values[i],
                focused: i == editing.focus,
                error: match &editing.error {
                    Some((e, why)) if e == f => Some(t(lang, *why)),
                    _ => None,
                },
                hint: f.hint().map(|h| t(lang, h)),
            })
            .collect();
        let boxed = Boxed {
            title: t(lang, AMsg::FilterTitle),
            width: 72,
            label_width: 14,
            hint: t(lang, AMsg::FilterHint),
        };
        draw_stacked(frame, area, view, &boxed, &fields);
    }
}

impl Screen for AuditScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Audit
    }

    fn contexts(&self) -> &'static [Context] {
        if self.editing.is_some() {
            &[Context::Form]
        } else {
            &[Context::Audit, Context::List]
        }
    }

    fn wants_text(&self) -> bool {
        self.editing.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if let Some(editing) = self.editing.as_mut() {
            let len = Filter::ALL.len();
            match action {
                Action::NextField => editing.focus = (editing.focus + 1) % len,
                Action::PrevField => editing.focus = (editing.focus + len - 1) % len,
                Action::Save | Action::Confirm => return self.apply(cx),
                Action::Cancel => self.editing = None,
                _ => return Outcome::Ignored,
            }
            return Outcome::Handled;
        }
        match action {
            Action::Filter => {
                self.editing = Some(Filters {
                    error: None,
                    focus: 0,
                    ..self.filters.clone()
                });
                Outcome::Handled
            }
            Action::Cancel if !self.filters.is_empty() => {
                self.filters = Filters::default();
                self.applied = AuditFilter {
                    limit: PAGE + 1,
                    ..AuditFilter::default()
                };
                self.list.select(0);
                match self.reload(cx) {
                    Ok(()) => Outcome::Handled,
                    Err(e) => store_failure(cx.lang, "read audit", &e),
                }
            }
            // A person's entry: their card (which records this view too).
            Action::Confirm => match self.entries.get(self.list.selected()) {
                Some(AuditEntry {
                    entity,
                    entity_id: Some(id),
                    ..
                }) if entity == "person" => Outcome::Go(crate::ui::Nav::PersonCard(*id)),
                _ => Outcome::Ignored,
            },
            // At the end of what was read, moving on reads the next entries.
            Action::Down | Action::PageDown | Action::End
                if self.more && self.list.selected() + 1 >= self.entries.len() =>
            {
                let outcome = self.read_more(cx);
                self.list.step(action);
                outcome
            }
            action if self.list.step(action) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        let Some(editing) = self.editing.as_mut() else {
            return Outcome::Ignored;
        };
        if key.code == KeyCode::Enter {
            return self.apply(cx);
        }
        if editing.values[editing.focus].input_key(key) {
            editing.error = None;
            Outcome::Handled
        } else {
            Outcome::Ignored
        }
    }

    fn handle_paste(&mut self, text: &str, _cx: &mut Ctx<'_>) -> Outcome {
        let pasted = self
            .editing
            .as_mut()
            .map(|editing| editing.values[editing.focus].paste(text));
        Outcome::handled_if(pasted == Some(true))
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.reload(cx)
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let drawn = self.draw_list(frame, area, view);
        if let Some(editing) = &self.editing {
            self.draw_filters(editing, frame, area, view);
        }
        drawn
    }

    fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }
}

#[cfg(test)]
mod tests;
