//! A new activity: name, line, places, ages, term, weekly days, time, length, and
//! whether the roll starts present or absent. Each field is checked on Ctrl-S; a
//! wrong one is marked beside it and the form stays as typed.

use chrono::{Duration, NaiveTime};
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::failure;
use crate::action::Action;
use crate::domain::activities::{Activity, RollDefault, parse_ages, parse_weekdays};
use crate::domain::dates::{format_date, parse_date};
use crate::domain::names::fold;
use crate::domain::records::Service;
use crate::i18n::activities::GMsg;
use crate::i18n::{Lang, t, tf};
use crate::ui::kit::form::Fields;
use crate::ui::kit::list::text_row;
use crate::ui::kit::{Component, Input};
use crate::ui::{Ctx, Drawn, Outcome, View};

pub enum FormOutcome {
    Stay(Outcome),
    Back(Outcome),
}

const NAME: usize = 0;
const LINE: usize = 1;
const PLACES: usize = 2;
const AGES: usize = 3;
const FROM: usize = 4;
const TO: usize = 5;
const DAYS: usize = 6;
const TIME: usize = 7;
const MINUTES: usize = 8;
const DEFAULT: usize = 9;

pub struct ActivityForm {
    fields: Fields,
    /// The lines an activity may belong to (those with a queue line first).
    lines: Vec<Service>,
}

impl ActivityForm {
    pub fn new(mut lines: Vec<Service>, cx: &Ctx<'_>) -> ActivityForm {
        let lang = cx.lang;
        lines.retain(|s| s.active);
        let today = cx.today();
        let label = |m: GMsg| t(lang, m).to_string();
        let mut fields = Fields::new(vec![
            (label(GMsg::FName), String::new()),
            (label(GMsg::FLine), String::new()),
            (label(GMsg::FPlaces), "12".into()),
            (label(GMsg::FAges), String::new()),
            (label(GMsg::FFrom), format_date(today)),
            (label(GMsg::FTo), format_date(today + Duration::days(90))),
            (label(GMsg::FDays), String::new()),
            (label(GMsg::FTime), "17:00".into()),
            (label(GMsg::FMinutes), "90".into()),
            (
                label(GMsg::FDefault),
                match lang {
                    Lang::El => "π".into(),
                    Lang::En => "p".into(),
                },
            ),
        ]);
        let codes = lines
            .iter()
            .filter(|s| s.kind == Some(crate::domain::codes::ServiceKind::Internal))
            .map(|s| s.code.as_str())
            .take(5)
            .collect::<Vec<_>>()
            .join(", ");
        fields.set_hint(LINE, tf(lang, GMsg::HintLine, &[&codes]));
        fields.set_hint(AGES, label(GMsg::HintAges));
        fields.set_hint(FROM, label(GMsg::HintDate));
        fields.set_hint(TO, label(GMsg::HintDate));
        fields.set_hint(DAYS, label(GMsg::HintDays));
        fields.set_hint(TIME, label(GMsg::HintTime));
        fields.set_hint(DEFAULT, label(GMsg::HintDefault));
        ActivityForm { fields, lines }
    }

    /// The line typed: its code, or the start of its name in either language.
    fn line(&self, text: &str) -> Option<&Service> {
        let needle = fold(text);
        if needle.is_empty() {
            return None;
        }
        self.lines
            .iter()
            .find(|s| fold(&s.code) == needle)
            .or_else(|| {
                self.lines.iter().find(|s| {
                    fold(&s.name_el).starts_with(&needle) || fold(&s.name_en).starts_with(&needle)
                })
            })
    }

    /// The activity typed, or the fields marked with what is wrong.
    fn read(&mut self, cx: &Ctx<'_>) -> Option<Activity> {
        let lang = cx.lang;
        let today = cx.today();
        let f = &mut self.fields;
        f.clear_marks();
        let say = |m: GMsg| Some(t(lang, m).to_string());
        let name = f.text(NAME);
        if name.is_empty() {
            f.mark(NAME, say(GMsg::Required));
        }
        let line_text = f.text(LINE);
        let service_id = match self.line(&line_text).map(|s| s.id) {
            Some(id) => Some(id),
            None => {
                let why = if line_text.is_empty() {
                    GMsg::Required
                } else {
                    GMsg::NoSuchLine
                };
                self.fields.mark(LINE, say(why));
                None
            }
        };
        let f = &mut self.fields;
        let capacity = match f.text(PLACES).parse::<u32>() {
            Ok(n) if (1..=999).contains(&n) => Some(n),
            _ => {
                f.mark(PLACES, say(GMsg::NotANumber));
                None
            }
        };
        let ages = parse_ages(&f.text(AGES)).ok();
        if ages.is_none() {
            f.mark(AGES, say(GMsg::BadAges));
        }
        let from = parse_date(&f.text(FROM), today).ok();
        if from.is_none() {
            f.mark(FROM, say(GMsg::BadDate));
        }
        let to = match (parse_date(&f.text(TO), today), from) {
            (Ok(to), Some(from)) if to < from => {
                f.mark(TO, say(GMsg::BeforeStart));
                None
            }
            (Ok(to), _) => Some(to),
            (Err(_), _) => {
                f.mark(TO, say(GMsg::BadDate));
                None
            }
        };
        let days = parse_weekdays(&f.text(DAYS));
        if days.is_none() {
            f.mark(DAYS, say(GMsg::BadDays));
        }
        let time = NaiveTime::parse_from_str(&f.text(TIME), "%H:%M").ok();
        if time.is_none() {
            f.mark(TIME, say(GMsg::BadTime));
        }
        let minutes = match f.text(MINUTES).parse::<u32>() {
            Ok(n) if (5..=480).contains(&n) => Some(n),
            _ => {
                f.mark(MINUTES, say(GMsg::NotANumber));
                None
            }
        };
        let roll_default = match fold(&f.text(DEFAULT)).chars().next() {
            Some('p' | 'π') => Some(RollDefault::Present),
            Some('a' | 'α') => Some(RollDefault::Absent),
            _ => {
                f.mark(DEFAULT, say(GMsg::BadDefault));
                None
            }
        };
        if f.has_errors() {
            f.focus_first_error();
            return None;
        }
        let ((min_age, max_age), from, to) = (ages?, from?, to?);
        Some(Activity {
            id: 0,
            service_id: service_id?,
            name,
            capacity: capacity?,
            min_age,
            max_age,
            starts_on: from,
            ends_on: to,
            weekdays: days?,
            time: time?,
            minutes: minutes?,
            roll_default: roll_default?,
            active: true,
            version: 0,
        })
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> FormOutcome {
        match action {
            Action::Cancel => FormOutcome::Back(Outcome::Handled),
            Action::Save => {
                let Some(activity) = self.read(cx) else {
                    return FormOutcome::Stay(Outcome::Error(
                        t(cx.lang, GMsg::FixMarked).to_string(),
                    ));
                };
                match cx.store.create_activity(&activity, &cx.stamp()) {
                    Ok(made) => {
                        let sessions = made.session_times().len();
                        FormOutcome::Back(Outcome::Status(tf(
                            cx.lang,
                            GMsg::Created,
                            &[&made.name, &sessions.to_string()],
                        )))
                    }
                    // The form stays as typed.
                    Err(e) => FormOutcome::Stay(failure(cx.lang, "create activity", &e)),
                }
            }
            other => FormOutcome::Stay(
                self.fields
                    .handle(Input::Action(other), cx)
                    .into_outcome(|_| Outcome::Handled),
            ),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        self.fields
            .handle(Input::Key(key), cx)
            .into_outcome(|_| Outcome::Handled)
    }

    pub fn handle_paste(&mut self, text: &str, cx: &mut Ctx<'_>) -> Outcome {
        self.fields
            .handle(Input::Paste(text), cx)
            .into_outcome(|_| Outcome::Handled)
    }

    pub fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let [head, _gap, body, keys] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
            Constraint::Length(1),
        ])
        .areas(area);
        text_row(frame, head, t(view.lang, GMsg::NewTitle), view.theme.title);
        self.fields.draw_rows(frame, body, view, 17);
        text_row(frame, keys, t(view.lang, GMsg::FormKeys), view.theme.muted);
        Drawn::none()
    }
}
