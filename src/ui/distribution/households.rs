//! A programme's enrolled households: the decision's date, how long it is valid (an
//! expired enrolment or one running out within 30 days is marked in words, not by
//! colour alone), the allowance, what was used and what is left this period. `h` or
//! Enter opens the hand-out form for the selected household, `e` enrols another.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::enrol::EnrolForm;
use super::handout::HandOutForm;
use crate::action::Action;
use crate::domain::access::Kind;
use crate::domain::dates::format_date;
use crate::domain::distribution::{Enrolment, Programme};
use crate::i18n::distribution::{DMsgs, allowance, programme_name, rule};
use crate::i18n::{Lang, t, tf};
use crate::keymap::Context;
use crate::store::{EnrolledHousehold, StoreError};
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::list::{ListView, heads_row, say_in_place, text_row};
use crate::ui::kit::width::{clip, fit};
use crate::ui::{Ctx, Drawn, Outcome, View};

/// Enrolments running out within this many days are marked.
pub const EXPIRY_WARNING_DAYS: i64 = 30;

pub enum PageNext {
    Stay(Outcome),
    Back,
    HandOut(Box<HandOutForm>),
    Enrol(Box<EnrolForm>),
}

pub struct Households {
    programme: Programme,
    rows: Vec<EnrolledHousehold>,
    list: ListView,
    today: chrono::NaiveDate,
}

/// How an enrolment's validity reads on `day`: expired, not begun, running out (days
/// left), or nothing to say.
pub fn expiry(lang: Lang, e: &Enrolment, day: chrono::NaiveDate) -> Option<String> {
    if day > e.valid_to {
        Some(t(lang, DMsgs::Expired).to_string())
    } else if day < e.valid_from {
        Some(tf(lang, DMsgs::NotBegun, &[&format_date(e.valid_from)]))
    } else if e.days_left(day) <= EXPIRY_WARNING_DAYS {
        Some(tf(lang, DMsgs::ExpiresIn, &[&e.days_left(day).to_string()]))
    } else {
        None
    }
}

impl Households {
    pub fn open(programme: Programme, cx: &mut Ctx<'_>) -> Result<Households, StoreError> {
        let mut page = Households {
            programme,
            rows: Vec::new(),
            list: ListView::new(),
            today: cx.today(),
        };
        page.reload(cx)?;
        Ok(page)
    }

    pub fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.today = cx.today();
        self.rows = cx
            .store
            .programme_households(self.programme.id, self.today)?;
        self.list.set_len(self.rows.len());
        Ok(())
    }

    pub fn contexts(&self) -> &'static [Context] {
        &[Context::Programme]
    }

    pub fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> PageNext {
        if self.list.step(action) {
            return PageNext::Stay(Outcome::Handled);
        }
        match action {
            Action::Cancel => PageNext::Back,
            Action::HandOut | Action::Confirm => {
                let Some(row) = self.rows.get(self.list.selected()) else {
                    return PageNext::Stay(Outcome::Ignored);
                };
                let members = match row.person_id {
                    Some(id) => match cx.store.household_of(id) {
                        Ok(members) => members,
                        Err(e) => {
                            return PageNext::Stay(store_failure(cx.lang, "read household", &e));
                        }
                    },
                    None => Vec::new(),
                };
                PageNext::HandOut(Box::new(HandOutForm::new(
                    row.standing.clone(),
                    format!("{} ({})", row.name, row.members),
                    members,
                    row.person_id,
                    None,
                )))
            }
            Action::Enrol => {
                if !cx.viewer().may(Kind::Programmes) {
                    return PageNext::Stay(Outcome::Error(
                        t(cx.lang, DMsgs::NotAllowed).to_string(),
                    ));
                }
                PageNext::Enrol(Box::new(EnrolForm::new(self.programme.clone(), cx)))
            }
            _ => PageNext::Stay(Outcome::Ignored),
        }
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let theme = view.theme;
        let lang = view.lang;
        let p = &self.programme;
        let [title, about, head, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let (first, last) = p.period.around(self.today);
        let ending = self
            .rows
            .iter()
            .filter(|r| expiry(lang, &r.standing.enrolment, self.today).is_some())
            .count();
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(format!(" {}", programme_name(p, lang)), theme.title),
                Span::styled(
                    format!(
                        " · {} · {}",
                        allowance(lang, 0, p).trim_start_matches("0 "),
                        t(lang, rule(p.over_limit))
                    ),
                    theme.muted,
                ),
            ])),
            title,
        );
        text_row(
            frame,
            about,
            &tf(
                lang,
                DMsgs::PeriodLine,
                &[
                    &format_date(first),
                    &format_date(last),
                    &self.rows.len().to_string(),
                    &ending.to_string(),
                ],
            ),
            theme.text,
        );
        heads_row(
            frame,
            head,
            &[
                (t(lang, DMsgs::HeadHousehold), 26),
                (t(lang, DMsgs::HeadDecided), 10),
                (t(lang, DMsgs::HeadValid), 10),
                (t(lang, DMsgs::HeadUsedLeft), 11),
            ],
            t(lang, DMsgs::HeadLeft),
            theme.muted,
        );
        if self.rows.is_empty() {
            return say_in_place(frame, body, t(lang, DMsgs::NoHouseholds), theme.muted);
        }
        self.list.draw_rows(frame, body, |i, selected| {
            let row = &self.rows[i];
            let s = &row.standing;
            let e = &s.enrolment;
            let mark = if selected { '▌' } else { ' ' };
            let warn = expiry(lang, e, self.today);
            let mut spans = vec![Span::styled(
                format!(
                    "{mark}{} {} {} {} {}",
                    fit(&format!("{} ({})", row.name, row.members), 26),
                    format_date(e.decided_on),
                    format_date(e.valid_to),
                    clip(&format!("{}/{}", s.used, e.allowance), 11),
                    clip(&s.left.to_string(), 5),
                ),
                if selected {
                    theme.selection
                } else if !s.valid {
                    theme.muted
                } else {
                    theme.text
                },
            )];
            if let Some(warn) = warn {
                spans.push(Span::styled(format!(" {warn}"), theme.warning));
            }
            Line::from(spans)
        })
    }
}
