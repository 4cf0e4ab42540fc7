//! The person's card: everything the desk needs about one person on one screen that
//! scrolls, with the one-key actions (v visit, q queue, r refer, e edit) and the
//! visit form inline. Opening a card writes one audit entry; showing full identifiers
//! (roles that may) writes one per identifier shown.

use std::cell::Cell;
use std::collections::HashMap;

use chrono::NaiveDate;
use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{fit, gender_long};
use crate::action::Action;
use crate::domain::access::{Kind, Scope, Viewer, access};
use crate::domain::codes::Role;
use crate::domain::dates::format_date;
use crate::domain::person::{Person, mask_identifier};
use crate::domain::queue::is_final;
use crate::domain::records::{Referral, Service, Ticket, Visit};
use crate::domain::referral::is_overdue;
use crate::i18n::intake::{Im, relation_label, vulnerability_label};
use crate::i18n::lookup::LMsg;
use crate::i18n::queue::ticket_state;
use crate::i18n::referral::state_msg as referral_state;
use crate::i18n::{Lang, t, tf};
use crate::i18n::{country_name, language_name, service_name};
use crate::store::{Stamp, Store, StoreError};
use crate::ui::visit_form::VisitForm;
use crate::ui::{Ctx, Nav, Outcome, View};

/// The rows the inline visit form takes at the bottom of the card.
const VISIT_ROWS: u16 = 10;

/// Whether a role may see whole identifiers (AMKA, AFM, ΠΑΑΥΠΑ, other documents) on
/// request: the privacy rule decides; nobody sees them without asking.
pub fn may_see_identifiers(role: Option<Role>) -> bool {
    role.is_some_and(|role| {
        access(&Viewer::new("", role, ""), Kind::Identifier, Scope::Centre).reachable()
    })
}

/// What came of an action on the card.
pub enum CardOutcome {
    /// Back to the results.
    Close,
    Done(Outcome),
}

pub struct Card {
    pub person: Person,
    household: Vec<Person>,
    visits: Vec<Visit>,
    referrals: Vec<Referral>,
    tickets: Vec<Ticket>,
    /// The operator's role may see whole identifiers.
    pub can_reveal: bool,
    revealed: bool,
    gone: bool,
    scroll: u16,
    visit: Option<Box<VisitForm>>,
    operator: String,
    today: NaiveDate,
    /// Rows of content and of room at the last draw (for scrolling to the end).
    drawn: Cell<(u16, u16)>,
}

impl Card {
    /// Loads the card of `id` and records that the operator opened it. `None` when
    /// nobody has that id.
    pub fn open(id: i64, cx: &mut Ctx<'_>) -> Result<Option<Card>, StoreError> {
        let Some(person) = cx.store.person(id)? else {
            return Ok(None);
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        cx.store.audit(&stamp, "view", "person", Some(id), "")?;
        // An operator missing from the staff table counts as a receptionist.
        let role = cx
            .store
            .staff(cx.operator)?
            .filter(|s| s.active)
            .map(|s| s.role);
        let mut card = Card {
            person,
            household: Vec::new(),
            visits: Vec::new(),
            referrals: Vec::new(),
            tickets: Vec::new(),
            can_reveal: may_see_identifiers(role),
            revealed: false,
            gone: false,
            scroll: 0,
            visit: None,
            operator: cx.operator.to_string(),
            today: cx.now.date(),
            drawn: Cell::new((0, 0)),
        };
        card.reload(cx.store, cx.now.date())?;
        Ok(Some(card))
    }

    /// Reads the person and their records again (no audit entry: same opening).
    pub fn reload(&mut self, store: &Store, today: NaiveDate) -> Result<(), StoreError> {
        let id = self.person.id;
        self.today = today;
        match store.person(id)? {
            Some(p) => {
                self.person = p;
                self.gone = false;
            }
            None => {
                self.gone = true;
                return Ok(());
            }
        }
        self.household = store.household_of(id)?;
        self.visits = store.visits_of(id)?;
        self.referrals = store.referrals_of(id)?;
        self.tickets = store
            .tickets_on(today)?
            .into_iter()
            .filter(|t| t.person_id == Some(id))
            .collect();
        Ok(())
    }

    pub fn visit_open(&self) -> bool {
        self.visit.is_some()
    }

    /// Today's ticket still in progress, which a referral made now comes from.
    fn live_ticket(&self) -> Option<i64> {
        self.tickets
            .iter()
            .rev()
            .find(|t| !is_final(t.state))
            .map(|t| t.id)
    }

    pub fn handle(&mut self, action: Action, cx: &mut Ctx<'_>) -> CardOutcome {
        let id = self.person.id;
        if let Some(form) = self.visit.as_mut() {
            return CardOutcome::Done(match action {
                Action::NextField => {
                    form.next_field();
                    Outcome::Handled
                }
                Action::PrevField => {
                    form.prev_field();
                    Outcome::Handled
                }
                Action::Save => match form.save(cx.store, cx.operator, cx.now) {
                    Ok(_) => {
                        self.visit = None;
                        if let Err(e) = self.reload(cx.store, cx.now.date()) {
                            return CardOutcome::Done(Outcome::Error(tf(
                                cx.lang,
                                LMsg::DbError,
                                &[&e.to_string()],
                            )));
                        }
                        Outcome::Status(t(cx.lang, Im::VisitSaved).to_string())
                    }
                    Err(e) if e.is_empty() => Outcome::Handled,
                    Err(e) => Outcome::Error(tf(cx.lang, LMsg::DbError, &[&e])),
                },
                Action::Cancel => {
                    self.visit = None;
                    Outcome::Handled
                }
                _ => Outcome::Ignored,
            });
        }
        let (content, room) = self.drawn.get();
        let page = room.saturating_sub(1).max(1);
        let last = content.saturating_sub(room);
        let outcome = match action {
            Action::Cancel => return CardOutcome::Close,
            Action::Up => {
                self.scroll = self.scroll.min(last).saturating_sub(1);
                Outcome::Handled
            }
            Action::Down => {
                self.scroll = (self.scroll + 1).min(last);
                Outcome::Handled
            }
            Action::PageUp => {
                self.scroll = self.scroll.min(last).saturating_sub(page);
                Outcome::Handled
            }
            Action::PageDown => {
                self.scroll = (self.scroll + page).min(last);
                Outcome::Handled
            }
            Action::Home => {
                self.scroll = 0;
                Outcome::Handled
            }
            Action::End => {
                self.scroll = last;
                Outcome::Handled
            }
            _ if self.gone => Outcome::Error(t(cx.lang, LMsg::Gone).to_string()),
            Action::RecordVisit => match VisitForm::new(cx.store, &self.person, cx.now.date()) {
                Ok(form) => {
                    self.visit = Some(Box::new(form));
                    Outcome::Handled
                }
                Err(e) => Outcome::Error(tf(cx.lang, LMsg::DbError, &[&e.to_string()])),
            },
            Action::AddToQueue => Outcome::Go(Nav::TicketFor(id)),
            Action::Refer => Outcome::Go(Nav::Refer {
                person_id: id,
                ticket_id: self.live_ticket(),
            }),
            Action::EditRecord => Outcome::Go(Nav::EditPerson(id)),
            Action::RevealIdentifiers => self.toggle_reveal(cx),
            _ => Outcome::Ignored,
        };
        CardOutcome::Done(outcome)
    }

    fn toggle_reveal(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        if !self.can_reveal {
            return Outcome::Error(t(cx.lang, LMsg::NotAllowed).to_string());
        }
        if self.revealed {
            self.revealed = false;
            return Outcome::Status(t(cx.lang, LMsg::Hidden).to_string());
        }
        let p = &self.person;
        let kinds: Vec<&str> = [
            ("amka", p.amka.is_some()),
            ("afm", p.afm.is_some()),
            ("paaypa", p.paaypa.is_some()),
            ("other", p.other_document.is_some()),
        ]
        .into_iter()
        .filter(|(_, present)| *present)
        .map(|(kind, _)| kind)
        .collect();
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        let id = p.id;
        let written = cx.store.batch(&stamp, |b| {
            for kind in &kinds {
                b.audit("reveal", "person", Some(id), kind)?;
            }
            Ok(())
        });
        match written {
            Ok(()) => {
                self.revealed = true;
                Outcome::Status(t(cx.lang, LMsg::Revealed).to_string())
            }
            // Not recorded, not shown.
            Err(e) => Outcome::Error(tf(cx.lang, LMsg::DbError, &[&e.to_string()])),
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) -> Outcome {
        match self.visit.as_mut().map(|form| form.handle_key(key)) {
            Some(true) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    pub fn handle_paste(&mut self, text: &str) -> Outcome {
        match self.visit.as_mut().map(|form| form.handle_paste(text)) {
            Some(true) => Outcome::Handled,
            _ => Outcome::Ignored,
        }
    }

    fn identifier(&self, value: Option<&str>, visible: usize, lang: Lang) -> String {
        match value {
            None => t(lang, LMsg::Dash).to_string(),
            Some(v) if self.revealed => v.to_string(),
            Some(v) => mask_identifier(v, visible),
        }
    }

    /// The card's content, one entry a row.
    fn lines(
        &self,
        lang: Lang,
        width: usize,
        services: &HashMap<i64, Service>,
        styles: &Styles,
    ) -> Vec<Line<'static>> {
        let p = &self.person;
        let today = self.today;
        let dash = t(lang, LMsg::Dash).to_string();
        let or_dash = |s: &str| {
            if s.trim().is_empty() {
                dash.clone()
            } else {
                s.to_string()
            }
        };
        let service = |id: i64| {
            services
                .get(&id)
                .map(|s| service_name(s, lang).to_string())
                .unwrap_or_else(|| format!("#{id}"))
        };
        let mut out: Vec<Line<'static>> = Vec::new();
        let head = |out: &mut Vec<Line<'static>>, title: String| {
            let text = format!("── {title} ");
            let n = text.chars().count();
            out.push(Line::from(Span::styled(
                format!("{text}{}", "─".repeat(width.saturating_sub(n))),
                styles.head,
            )));
        };
        let pair = |label: LMsg, value: String, label2: Option<(LMsg, String)>| {
            let mut spans = vec![
                Span::styled(format!(" {}", fit(t(lang, label), 12)), styles.label),
                Span::styled(
                    if label2.is_some() {
                        fit(&value, 27)
                    } else {
                        value
                    },
                    styles.text,
                ),
            ];
            if let Some((l2, v2)) = label2 {
                spans.push(Span::styled(fit(t(lang, l2), 12), styles.label));
                spans.push(Span::styled(v2, styles.text));
            }
            Line::from(spans)
        };

        // Identity.
        head(&mut out, t(lang, LMsg::SecIdentity).to_string());
        out.push(pair(
            LMsg::FName,
            p.display_name(),
            Some((
                LMsg::FGender,
                p.gender
                    .map(|g| gender_long(g, lang).to_string())
                    .unwrap_or_else(|| dash.clone()),
            )),
        ));
        out.push(pair(
            LMsg::FFather,
            or_dash(&p.father_name),
            Some((LMsg::FMother, or_dash(&p.mother_name))),
        ));
        let born = match p.date_of_birth {
            Some(d) => match p.age_on(today) {
                Some(age) => format!(
                    "{} ({})",
                    format_date(d),
                    tf(lang, LMsg::Age, &[&age.to_string()])
                ),
                None => format_date(d),
            },
            None => dash.clone(),
        };
        out.push(pair(
            LMsg::FBorn,
            born,
            Some((
                LMsg::FNationality,
                p.nationality
                    .as_deref()
                    .map(|n| country_name(n, lang))
                    .unwrap_or_else(|| dash.clone()),
            )),
        ));
        let mut langs = p
            .languages
            .iter()
            .map(|c| language_name(c, lang))
            .collect::<Vec<_>>()
            .join(", ");
        if langs.is_empty() {
            langs = dash.clone();
        }
        if p.interpreter_needed {
            langs.push_str(&format!("  {}", t(lang, LMsg::Interpreter)));
        }
        out.push(pair(LMsg::FLanguages, langs, None));

        // Documents.
        head(&mut out, t(lang, LMsg::SecDocuments).to_string());
        out.push(pair(
            LMsg::FAmka,
            self.identifier(p.amka.as_deref(), 4, lang),
            Some((LMsg::FAfm, self.identifier(p.afm.as_deref(), 3, lang))),
        ));
        out.push(pair(
            LMsg::FPaaypa,
            self.identifier(p.paaypa.as_deref(), 4, lang),
            Some((
                LMsg::FOther,
                self.identifier(p.other_document.as_deref(), 3, lang),
            )),
        ));
        let any_id =
            p.amka.is_some() || p.afm.is_some() || p.paaypa.is_some() || p.other_document.is_some();
        if any_id {
            let note = if self.revealed {
                LMsg::Shown
            } else if self.can_reveal {
                LMsg::Masked
            } else {
                LMsg::MaskedRole
            };
            out.push(Line::from(Span::styled(
                format!(" {}{}", " ".repeat(12), t(lang, note)),
                styles.muted,
            )));
        }

        // Contact.
        head(&mut out, t(lang, LMsg::SecContact).to_string());
        out.push(pair(
            LMsg::FPhone,
            p.phone
                .as_deref()
                .map(pretty_phone)
                .unwrap_or_else(|| dash.clone()),
            Some((
                LMsg::FEmail,
                p.email.clone().unwrap_or_else(|| dash.clone()),
            )),
        ));
        let address = [p.address.as_deref(), p.municipality.as_deref()]
            .into_iter()
            .flatten()
            .filter(|s| !s.trim().is_empty())
            .collect::<Vec<_>>()
            .join(", ");
        out.push(pair(LMsg::FAddress, or_dash(&address), None));

        // Household.
        let members: Vec<&Person> = self.household.iter().collect();
        head(
            &mut out,
            if members.is_empty() {
                t(lang, LMsg::SecHousehold).to_string()
            } else {
                format!("{} ({})", t(lang, LMsg::SecHousehold), members.len())
            },
        );
        if members.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoHousehold)),
                styles.muted,
            )));
        }
        for m in members {
            let relation = m
                .household_relation
                .map(|r| t(lang, relation_label(r)).to_string())
                .unwrap_or_default();
            let born = m
                .date_of_birth
                .map(|d| match m.age_on(today) {
                    Some(age) => format!("{} ({age})", format_date(d)),
                    None => format_date(d),
                })
                .unwrap_or_default();
            let me = if m.id == p.id {
                format!(" {}", t(lang, LMsg::Self_))
            } else {
                String::new()
            };
            out.push(Line::from(Span::styled(
                format!(
                    "  {} {} {}{me}",
                    fit(&m.display_name(), 28),
                    fit(&relation, 14),
                    born
                ),
                if m.id == p.id {
                    styles.muted
                } else {
                    styles.text
                },
            )));
        }

        // Vulnerability.
        head(&mut out, t(lang, LMsg::SecVulnerability).to_string());
        if p.vulnerabilities.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoFlags)),
                styles.muted,
            )));
        } else {
            out.push(Line::from(Span::styled(
                format!(
                    " {}",
                    p.vulnerabilities
                        .iter()
                        .map(|v| t(lang, vulnerability_label(*v)))
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
                styles.text,
            )));
        }

        // Consent.
        head(&mut out, t(lang, LMsg::SecConsent).to_string());
        match p.consent_at {
            Some(at) => out.push(Line::from(Span::styled(
                format!(
                    " {}",
                    tf(
                        lang,
                        LMsg::ConsentGiven,
                        &[
                            &format_date(at.date()),
                            p.consent_by.as_deref().unwrap_or("?")
                        ]
                    )
                ),
                styles.text,
            ))),
            None => out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoConsent)),
                styles.warning,
            ))),
        }

        // Visits, latest first.
        head(
            &mut out,
            format!("{} ({})", t(lang, LMsg::SecVisits), self.visits.len()),
        );
        if self.visits.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoVisits)),
                styles.muted,
            )));
        }
        for v in &self.visits {
            let svc = v.service_id.map(service).unwrap_or_else(|| dash.clone());
            out.push(Line::from(Span::styled(
                format!(
                    "  {} {} {}",
                    format_date(v.visited_on),
                    fit(&svc, 26),
                    v.reason
                ),
                styles.text,
            )));
        }

        // Referrals.
        head(
            &mut out,
            format!("{} ({})", t(lang, LMsg::SecReferrals), self.referrals.len()),
        );
        if self.referrals.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoReferrals)),
                styles.muted,
            )));
        }
        for r in &self.referrals {
            let follow = r
                .follow_up_on
                .map(|d| tf(lang, LMsg::FollowBy, &[&format_date(d)]))
                .unwrap_or_default();
            let overdue = is_overdue(r, today);
            let mut text = format!(
                "  {} {} {}",
                fit(&service(r.service_id), 30),
                fit(t(lang, referral_state(r.state)), 13),
                follow
            );
            if overdue {
                text.push_str(&format!(" {}", t(lang, LMsg::Overdue)));
            }
            out.push(Line::from(Span::styled(
                text,
                if overdue { styles.warning } else { styles.text },
            )));
        }

        // Today's tickets.
        head(&mut out, t(lang, LMsg::SecToday).to_string());
        if self.tickets.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoTickets)),
                styles.muted,
            )));
        }
        for tk in &self.tickets {
            out.push(Line::from(Span::styled(
                format!(
                    "  {} {} {} {} {}",
                    fit(&tk.number, 5),
                    tk.arrived_at.format("%H:%M"),
                    fit(&service(tk.service_id), 26),
                    fit(t(lang, ticket_state(tk.state)), 14),
                    tk.reason
                ),
                styles.text,
            )));
        }
        out
    }

    pub fn draw(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        services: &HashMap<i64, Service>,
    ) {
        let theme = view.theme;
        let lang = view.lang;
        if area.height < 4 {
            return;
        }
        // Title row: the name, and how to get back.
        let back = format!("{} ", t(lang, LMsg::CardBack));
        let title = if self.gone {
            format!(" {}", t(lang, LMsg::Gone))
        } else {
            format!(" {} · #{}", self.person.display_name(), self.person.id)
        };
        let pad =
            (area.width as usize).saturating_sub(title.chars().count() + back.chars().count());
        frame.render_widget(
            Paragraph::new(Line::from(vec![
                Span::styled(title, theme.title),
                Span::raw(" ".repeat(pad)),
                Span::styled(back, theme.muted),
            ])),
            Rect { height: 1, ..area },
        );
        let form_rows = if self.visit.is_some() {
            VISIT_ROWS.min(area.height.saturating_sub(4))
        } else {
            0
        };
        let content = Rect::new(area.x, area.y + 1, area.width, area.height - 1 - form_rows);
        let styles = Styles {
            head: theme.title,
            label: theme.muted,
            text: theme.text,
            muted: theme.muted,
            warning: theme.warning,
        };
        let lines = self.lines(lang, area.width as usize, services, &styles);
        let total = lines.len() as u16;
        self.drawn.set((total, content.height));
        let scroll = self.scroll.min(total.saturating_sub(content.height));
        frame.render_widget(Paragraph::new(lines).scroll((scroll, 0)), content);
        if scroll + content.height < total {
            let more = format!(" {} ", t(lang, LMsg::More));
            let w = more.chars().count() as u16;
            frame.render_widget(
                Paragraph::new(Span::styled(more, theme.selection)),
                Rect::new(
                    content.right().saturating_sub(w + 1),
                    content.bottom() - 1,
                    w,
                    1,
                ),
            );
        }
        if let Some(form) = &self.visit {
            let form_area = Rect::new(area.x, content.bottom(), area.width, form_rows);
            frame.render_widget(ratatui::widgets::Clear, form_area);
            form.draw(frame, form_area, view, &self.operator);
        }
    }
}

struct Styles {
    head: Style,
    label: Style,
    text: Style,
    muted: Style,
    warning: Style,
}

/// A Greek number as people write it (`694 412 3456`); others as stored.
fn pretty_phone(phone: &str) -> String {
    match phone.strip_prefix("+30") {
        Some(n) if n.len() == 10 && n.is_ascii() => {
            format!("{} {} {}", &n[..3], &n[3..6], &n[6..])
        }
        _ => phone.to_string(),
    }
}
