//! The staff screen (F8, administrators only): who may open the program, with which
//! role, for which organisation and at which desk. Add (n), change (e or Enter),
//! disable or enable again (d, after a plain question). Every change goes through the
//! store's staff calls, which keep at least one active administrator and write the
//! audit log; the shell refuses the screen to any other role.

mod form;

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Paragraph;

use crate::action::Action;
use crate::domain::records::Staff;
use crate::i18n::admin::AMsg;
use crate::i18n::{t, tf};
use crate::keymap::Context;
use crate::store::StoreError;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::form::Cycle;
use crate::ui::kit::list::ListView;
use crate::ui::kit::popup::{Answer, Answers, Question};
use crate::ui::kit::stacked::{Boxed, Stacked, draw_stacked};
use crate::ui::kit::width::{clip, fit};
use crate::ui::kit::{Component, Input, Reply};
use crate::ui::{Ctx, Drawn, Outcome, Screen, ScreenId, View};
pub use form::{Field, StaffForm, parse_role, role_name};

pub struct StaffScreen {
    staff: Vec<Staff>,
    list: ListView,
    form: Option<StaffForm>,
    /// Disable or enable the operator with this login, once answered.
    asking: Option<(String, Question)>,
}

impl Default for StaffScreen {
    fn default() -> Self {
        StaffScreen::new()
    }
}

impl StaffScreen {
    pub fn new() -> StaffScreen {
        StaffScreen {
            staff: Vec::new(),
            list: ListView::new(),
            form: None,
            asking: None,
        }
    }

    /// The operators listed, in order (for tests).
    pub fn listed(&self) -> &[Staff] {
        &self.staff
    }

    fn selected(&self) -> Option<&Staff> {
        self.staff.get(self.list.selected())
    }

    fn select_login(&mut self, login: &str) {
        if let Some(i) = self.staff.iter().position(|s| s.login == login) {
            self.list.select(i);
        }
    }

    fn reload(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        let keep = self.selected().map(|s| s.login.clone());
        self.staff = cx.store.staff_list()?;
        self.list.set_len(self.staff.len());
        if let Some(login) = keep {
            self.select_login(&login);
        }
        Ok(())
    }

    fn save(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        let staff = match form.staff() {
            Ok(staff) => staff,
            Err((field, why)) => {
                form.refuse(field, why);
                return Outcome::Handled;
            }
        };
        let stamp = cx.stamp();
        let saved = match &form.editing {
            None => cx.store.add_staff(&staff, &stamp),
            Some(_) => cx
                .store
                .update_staff(&staff.login, &stamp, |s| {
                    s.display_name = staff.display_name.clone();
                    s.role = staff.role;
                    s.organisation = staff.organisation.clone();
                    s.default_desk = staff.default_desk;
                })
                .map(drop),
        };
        let said = match (&saved, &form.editing) {
            (Ok(()), None) => AMsg::Added,
            (Ok(()), Some(_)) => AMsg::Changed,
            (Err(StoreError::Duplicate { .. }), _) => {
                form.refuse(Field::Login, AMsg::LoginTaken);
                return Outcome::Handled;
            }
            (Err(StoreError::NotAllowed(_)), _) => {
                return Outcome::Error(t(cx.lang, AMsg::LastAdmin).to_string());
            }
            (Err(e), _) => return store_failure(cx.lang, "save staff", e),
        };
        self.form = None;
        if let Err(e) = self.reload(cx) {
            return store_failure(cx.lang, "reload staff", &e);
        }
        self.select_login(&staff.login);
        Outcome::Status(tf(cx.lang, said, &[&staff.login]))
    }

    fn ask_toggle(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(staff) = self.selected() else {
            return Outcome::Ignored;
        };
        if staff.login == cx.operator && staff.active {
            return Outcome::Error(t(cx.lang, AMsg::NotYourself).to_string());
        }
        let (login, active) = (staff.login.clone(), staff.active);
        let shown = login.clone();
        let question = Question::new(Answers::YesNo, move |lang| {
            let asked = if active {
                AMsg::AskDisable
            } else {
                AMsg::AskEnable
            };
            (
                tf(lang, asked, &[&shown]),
                t(lang, crate::i18n::kit::KMsg::QuestionYesNo).to_string(),
            )
        });
        self.asking = Some((login, question));
        Outcome::Handled
    }

    fn answered(&mut self, answer: Answer, cx: &mut Ctx<'_>) -> Outcome {
        let Some((login, _)) = self.asking.take() else {
            return Outcome::Ignored;
        };
        if answer != Answer::Yes {
            return Outcome::Handled;
        }
        let stamp = cx.stamp();
        match cx
            .store
            .update_staff(&login, &stamp, |s| s.active = !s.active)
        {
            Ok(staff) => {
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "reload staff", &e);
                }
                let said = if staff.active {
                    AMsg::Enabled
                } else {
                    AMsg::Disabled
                };
                Outcome::Status(tf(cx.lang, said, &[&login]))
            }
            Err(StoreError::NotAllowed(_)) => {
                Outcome::Error(t(cx.lang, AMsg::LastAdmin).to_string())
            }
            Err(e) => store_failure(cx.lang, "disable staff", &e),
        }
    }

    fn draw_list(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        let theme = view.theme;
        let [top, head, rows] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(1),
        ])
        .areas(area);
        let active = self.staff.iter().filter(|s| s.active).count();
        frame.render_widget(
            Paragraph::new(Line::styled(
                format!(
                    " {}",
                    tf(
                        lang,
                        AMsg::StaffCount,
                        &[&self.staff.len().to_string(), &active.to_string()]
                    )
                ),
                theme.title,
            )),
            top,
        );
        let width = area.width as usize;
        // login 14, role 20, organisation 14, desk 4, state 10; the name takes the rest.
        let name_w = width.saturating_sub(1 + 15 + 21 + 15 + 5 + 10).max(8);
        let columns = |login: &str, name: &str, role: &str, org: &str, desk: &str, state: &str| {
            format!(
                " {} {} {} {} {} {}",
                fit(login, 14),
                fit(name, name_w),
                fit(role, 20),
                fit(org, 14),
                clip(desk, 4),
                state
            )
        };
        let header = columns(
            t(lang, AMsg::ColLogin),
            t(lang, AMsg::ColName),
            t(lang, AMsg::ColRole),
            t(lang, AMsg::ColOrganisation),
            t(lang, AMsg::ColDesk),
            "",
        );
        let empty = t(lang, AMsg::NoStaff);
        self.list
            .draw_headed(frame, head, rows, view, header, empty, |i, selected| {
                let s = &self.staff[i];
                let style = match (selected, s.active) {
                    (true, _) => theme.selection,
                    (false, true) => theme.text,
                    (false, false) => theme.muted,
                };
                let state = if s.active {
                    ""
                } else {
                    t(lang, AMsg::Inactive)
                };
                Line::styled(
                    columns(
                        &s.login,
                        &s.display_name,
                        t(lang, role_name(s.role)),
                        &s.organisation,
                        &s.default_desk.map(|d| d.to_string()).unwrap_or_default(),
                        state,
                    ),
                    style,
                )
            })
    }

    fn draw_form(&self, form: &StaffForm, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) {
        let lang = view.lang;
        let title = match &form.editing {
            None => t(lang, AMsg::NewTitle).to_string(),
            Some(s) => tf(lang, AMsg::EditTitle, &[&s.login]),
        };
        let fields: Vec<Stacked<'_>> = form
            .fields
            .iter()
            .enumerate()
            .map(|(i, (field, value))| Stacked {
                label: t(lang, field.label()),
                field: value,
                focused: i == form.focus,
                error: match &form.error {
                    Some((f, why)) if f == field => Some(t(lang, *why)),
                    _ => None,
                },
                hint: field.hint().map(|h| t(lang, h)),
            })
            .collect();
        let boxed = Boxed {
            title: &title,
            width: 76,
            label_width: 18,
            hint: t(lang, AMsg::FormHint),
        };
        draw_stacked(frame, area, view, &boxed, &fields);
    }
}

impl Screen for StaffScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Staff
    }

    fn contexts(&self) -> &'static [Context] {
        if self.asking.is_some() {
            &[Context::List]
        } else if self.form.is_some() {
            &[Context::Form]
        } else {
            &[Context::Staff, Context::List]
        }
    }

    fn wants_text(&self) -> bool {
        self.form.is_some() || self.asking.is_some()
    }

    fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> Outcome {
        if let Some((_, question)) = self.asking.as_mut() {
            return match question.handle(Input::Action(action), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            };
        }
        if let Some(form) = self.form.as_mut() {
            return match action {
                action if form.cycle(action) => Outcome::Handled,
                Action::Save => self.save(cx),
                Action::Cancel => {
                    self.form = None;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            };
        }
        match action {
            Action::NewEntry => {
                self.form = Some(StaffForm::new_operator());
                Outcome::Handled
            }
            Action::Edit | Action::Confirm => match self.selected() {
                Some(staff) => {
                    self.form = Some(StaffForm::change(staff, cx.lang));
                    Outcome::Handled
                }
                None => Outcome::Ignored,
            },
            Action::ToggleActive => self.ask_toggle(cx),
            action if self.list.step(action) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn handle_key(&mut self, key: KeyEvent, cx: &mut Ctx<'_>) -> Outcome {
        if let Some((_, question)) = self.asking.as_mut() {
            return match question.handle(Input::Key(key), cx) {
                Reply::Done(answer) => self.answered(answer, cx),
                other => other.into_outcome(|_| Outcome::Handled),
            };
        }
        let Some(form) = self.form.as_mut() else {
            return Outcome::Ignored;
        };
        // Enter moves on, as Tab does; Ctrl-S saves.
        if key.code == KeyCode::Enter {
            form.next();
            return Outcome::Handled;
        }
        Outcome::handled_if(form.key(key))
    }

    fn handle_paste(&mut self, text: &str, _cx: &mut Ctx<'_>) -> Outcome {
        Outcome::handled_if(self.form.as_mut().map(|form| form.paste(text)) == Some(true))
    }

    fn refresh(&mut self, cx: &mut Ctx<'_>) -> Result<(), StoreError> {
        self.reload(cx)
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let drawn = self.draw_list(frame, area, view);
        if let Some(form) = &self.form {
            self.draw_form(form, frame, area, view);
        }
        if let Some((_, question)) = &self.asking {
            question.draw_in(frame, area, view, view.theme.warning);
        }
        drawn
    }

    fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }
}

#[cfg(test)]
pub(crate) mod tests;
