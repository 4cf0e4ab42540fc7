//! The panel under the form's fields. It shows, by priority, the conflict table, the
//! focused picker's choices, the possible duplicates (with their own keys, Ctrl-D),
//! the household's members or the consent rules.

use crate::ui::kit::fail::store_error_text;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::form::Form;
use super::labels::{field_label, person_line};
use super::{IntakeScreen, Mode};
use crate::action::Action;
use crate::domain::intake::{Field, Kind, Section};
use crate::i18n::intake::{Im, relation_label};
use crate::i18n::kit::KMsg;
use crate::i18n::{Lang, t, tf};
use crate::search::DateMatch;
use crate::search::duplicates::{Reason, Spelling};
use crate::store::{Stamp, Store};
use crate::ui::kit::popup::frame_box;
use crate::ui::{Ctx, Nav, Outcome, View};

impl IntakeScreen {
    /// Whichever panel applies now (see the module's note for the order) in `height`
    /// rows: its title and lines; `None` when none does.
    pub(super) fn panel(
        &self,
        form: &Form,
        view: &View<'_>,
        height: u16,
    ) -> Option<(String, Vec<Line<'static>>)> {
        let theme = view.theme;
        let lang = view.lang;
        let field = form.focus;
        let panel = match &self.mode {
            Mode::Conflict(c) => {
                let mut lines = vec![Line::from(Span::styled(
                    format!(
                        "{:<16}{:<28}{}",
                        "",
                        t(lang, Im::ConflictMine),
                        t(lang, Im::ConflictTheirs)
                    ),
                    theme.muted,
                ))];
                for (i, (f, theirs)) in c.choices.iter().enumerate() {
                    let mine_v: String = form.entry().get(*f).chars().take(24).collect();
                    let their_v: String = c.theirs.get(*f).chars().take(24).collect();
                    let pick = |on: bool| if on { "●" } else { "○" };
                    let style = theme.row(i == c.selected);
                    lines.push(Line::from(Span::styled(
                        format!(
                            "{:<16}{} {:<26}{} {}",
                            t(lang, field_label(*f)),
                            pick(!theirs),
                            mine_v,
                            pick(*theirs),
                            their_v
                        ),
                        style,
                    )));
                }
                lines.push(Line::from(Span::styled(
                    t(lang, Im::ConflictKeys).to_string(),
                    theme.muted,
                )));
                (t(lang, Im::ConflictTitle).to_string(), lines)
            }
            // "Lives with" before anything is typed: the household chosen (below).
            _ if matches!(field.kind(), Kind::Pick | Kind::Multi)
                && !matches!(self.mode, Mode::Dupes)
                && !(field == Field::HouseholdWith && form.query().trim().is_empty()) =>
            {
                let options = self.options(form, field, lang);
                let chosen: Vec<&str> = form.values.get(field).split(',').collect();
                let mut lines = Vec::new();
                if options.is_empty() {
                    lines.push(Line::from(Span::styled(
                        t(lang, Im::NoMatch).to_string(),
                        theme.muted,
                    )));
                }
                let rows = height.saturating_sub(3) as usize;
                let start = form.pick.saturating_sub(rows.saturating_sub(1));
                for (i, (code, label)) in options.iter().enumerate().skip(start).take(rows) {
                    let mark = if field.kind() == Kind::Multi {
                        if chosen.contains(&code.as_str()) {
                            "[x] "
                        } else {
                            "[ ] "
                        }
                    } else if chosen.contains(&code.as_str()) {
                        "● "
                    } else {
                        "  "
                    };
                    let style = theme.row(i == form.pick);
                    lines.push(Line::from(Span::styled(format!("{mark}{label}"), style)));
                }
                let hint = if field.kind() == Kind::Multi {
                    Im::MultiHint
                } else {
                    Im::PickHint
                };
                lines.push(Line::from(Span::styled(
                    t(lang, hint).to_string(),
                    theme.muted,
                )));
                (
                    format!(
                        "{}: {}",
                        t(lang, Im::OptionsTitle),
                        t(lang, field_label(field))
                    ),
                    lines,
                )
            }
            _ if form.check_failed.is_some() => (
                t(lang, KMsg::CheckFailed).to_string(),
                vec![Line::from(Span::styled(
                    form.check_failed.clone().unwrap_or_default(),
                    theme.status_error,
                ))],
            ),
            _ if !form.dupes.is_empty() => {
                let mut lines = Vec::new();
                for (i, c) in form.dupes.iter().enumerate() {
                    let reason = reason_words(c.reason, lang);
                    let selected = matches!(self.mode, Mode::Dupes) && i == self.dupe_pick;
                    let style = if selected {
                        theme.selection
                    } else if c.reason.blocks() {
                        theme.status_error
                    } else {
                        theme.text
                    };
                    let father = if c.person.father_name.is_empty() {
                        String::new()
                    } else {
                        format!("({}) ", c.person.father_name)
                    };
                    let line = format!("{} {}{}", person_line(&c.person), father, reason);
                    lines.push(Line::from(Span::styled(line, style)));
                }
                lines.push(Line::from(Span::styled(
                    t(lang, Im::DupesHint).to_string(),
                    theme.muted,
                )));
                (t(lang, Im::DupesTitle).to_string(), lines)
            }
            _ if form.section() == Section::Household => {
                let mut lines = Vec::new();
                if form.members.is_empty() {
                    lines.push(Line::from(Span::styled(
                        t(lang, Im::NoHousehold).to_string(),
                        theme.muted,
                    )));
                }
                for m in &form.members {
                    let rel = m
                        .household_relation
                        .map(|r| t(lang, relation_label(r)))
                        .unwrap_or("");
                    lines.push(Line::from(Span::styled(
                        format!("{}  {rel}", person_line(m)),
                        theme.text,
                    )));
                }
                (t(lang, Im::MembersTitle).to_string(), lines)
            }
            _ if form.section() == Section::Consent => {
                let names: Vec<&str> = self
                    .policy
                    .without_consent
                    .iter()
                    .map(|f| t(lang, field_label(*f)))
                    .collect();
                let lines = vec![
                    Line::from(Span::styled(
                        t(lang, Im::ConsentText).to_string(),
                        theme.text,
                    )),
                    Line::from(""),
                    Line::from(Span::styled(
                        tf(lang, Im::ConsentMinimum, &[&names.join(", ")]),
                        theme.muted,
                    )),
                ];
                (t(lang, Im::SecConsent).to_string(), lines)
            }
            _ => return None,
        };
        Some(panel)
    }

    /// Ctrl-D: the cursor is in the duplicates list; Enter opens a card, n marks "not the same person".
    pub(super) fn handle_dupes(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        match action {
            Action::Up => {
                self.dupe_pick = self.dupe_pick.saturating_sub(1);
                Outcome::Handled
            }
            Action::Down => {
                let n = self.form.as_ref().map(|f| f.dupes.len()).unwrap_or(0);
                self.dupe_pick = (self.dupe_pick + 1).min(n.saturating_sub(1));
                Outcome::Handled
            }
            Action::Confirm => {
                let id = self
                    .form
                    .as_ref()
                    .and_then(|f| f.dupes.get(self.dupe_pick))
                    .map(|c| c.person.id);
                if let Err(unkept) = self.put_form_away(cx) {
                    return unkept;
                }
                self.mode = Mode::Form;
                match id {
                    Some(id) => Outcome::Go(Nav::PersonCard(id)),
                    None => Outcome::Handled,
                }
            }
            Action::NotSame => {
                let Some(form) = self.form.as_mut() else {
                    return Outcome::Ignored;
                };
                let Some(c) = form.dupes.get(self.dupe_pick) else {
                    return Outcome::Handled;
                };
                if c.reason.blocks() {
                    return Outcome::Error(t(cx.lang, Im::ErrRegistered).to_string());
                }
                let other = c.person.id;
                if let Some(me) = form.target {
                    let stamp = Stamp {
                        at: cx.now,
                        operator: cx.operator.to_string(),
                    };
                    if let Err(e) = cx.store.mark_distinct(me, other, &stamp) {
                        return Outcome::Error(tf(
                            cx.lang,
                            Im::DbError,
                            &[&store_error_text(cx.lang, &e)],
                        ));
                    }
                }
                form.distinct.push(other);
                form.dupes.retain(|c| c.person.id != other);
                form.mark_changed();
                if form.dupes.is_empty() {
                    self.mode = Mode::Form;
                }
                self.dupe_pick = self.dupe_pick.min(form.dupes.len().saturating_sub(1));
                Outcome::Status(t(cx.lang, Im::NotSameDone).to_string())
            }
            Action::Cancel => {
                self.mode = Mode::Form;
                Outcome::Handled
            }
            Action::Save | Action::NextField | Action::PrevField => {
                self.mode = Mode::Form;
                self.handle_form(action, cx)
            }
            _ => Outcome::Ignored,
        }
    }

    /// The members of the household the form points at. A database that cannot be
    /// read is said in the panel (as the duplicate check's failures are), never shown
    /// as a household of nobody.
    pub(super) fn load_members(&mut self, store: &Store, lang: Lang) {
        let Some(form) = self.form.as_mut() else {
            return;
        };
        let anchor: Option<i64> = form.values.get(Field::HouseholdWith).parse().ok();
        let household: Option<i64> = form.values.get(Field::HouseholdId).parse().ok();
        let members = match (anchor, household) {
            (Some(a), _) => store.household_of(a).and_then(|mut m| {
                if m.is_empty()
                    && let Some(p) = store.person(a)?
                {
                    m.push(p);
                }
                Ok(m)
            }),
            (None, Some(h)) => store.household_members(h),
            _ => Ok(Vec::new()),
        };
        match members {
            Ok(members) => form.members = members,
            Err(e) => {
                form.members = Vec::new();
                form.check_failed = Some(crate::ui::kit::fail::store_error_text(lang, &e));
            }
        }
    }
}

/// Why a candidate is listed, in words: "same date, name spelled differently".
fn reason_words(reason: Reason, lang: Lang) -> String {
    let spelling = |s: Spelling| match s {
        Spelling::Same => t(lang, Im::DupSameName),
        Spelling::Different => t(lang, Im::DupNameSpelled),
    };
    let date = |d: DateMatch| match d {
        DateMatch::DayMonthSwapped => Im::DupDateSwapped,
        DateMatch::OneDigit => Im::DupDateOneDigit,
        DateMatch::YearOffByOne => Im::DupDateYearOff,
        DateMatch::WrongCentury => Im::DupDateCentury,
        DateMatch::YearOnlyRecorded => Im::DupDateYearOnly,
        _ => Im::DupDateExact,
    };
    match reason {
        Reason::SameAmka => t(lang, Im::ReasonAmka).to_string(),
        Reason::SameAfm => t(lang, Im::ReasonAfm).to_string(),
        Reason::SamePaaypa => t(lang, Im::ReasonPaaypa).to_string(),
        Reason::SamePhone => t(lang, Im::ReasonPhone).to_string(),
        Reason::NameAndBirth {
            date: d,
            spelling: s,
        } => {
            format!("{}, {}", t(lang, date(d)), spelling(s))
        }
        Reason::Name { spelling: s } => spelling(s).to_string(),
    }
}

/// The panel in a box titled `title` under the fields, its lines wrapped and cut to
/// the room.
pub(super) fn draw_panel(
    frame: &mut Frame<'_>,
    area: Rect,
    view: &View<'_>,
    title: &str,
    mut lines: Vec<Line<'static>>,
) {
    let inner = frame_box(frame, area, view, title);
    lines.truncate(inner.height as usize);
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
        Rect::new(
            inner.x + 1,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        ),
    );
}
