//! The card's content: one line per row, from what the card read (identifiers masked
//! unless shown on request).

use std::collections::HashMap;

use chrono::NaiveDate;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Card;
use crate::domain::dates::format_date;
use crate::domain::person::{Person, mask_identifier};
use crate::domain::records::Service;
use crate::domain::referral::is_overdue;
use crate::i18n::intake::{relation_label, vulnerability_label};
use crate::i18n::lookup::LMsg;
use crate::i18n::queue::ticket_state;
use crate::i18n::referral::state_msg as referral_state;
use crate::i18n::{Lang, t, tf};
use crate::i18n::{country_name, language_name, service_name};
use crate::search::NameField;
use crate::ui::kit::width::fit_styled;
use crate::ui::lookup::{born_pieces, fit, gender_long, marked_name, marked_words};

impl Card {
    fn identifier(&self, value: Option<&str>, visible: usize, lang: Lang) -> String {
        match value {
            None => t(lang, LMsg::Dash).to_string(),
            Some(v) if self.revealed => v.to_string(),
            Some(v) => mask_identifier(v, visible),
        }
    }

    /// The card's content, one entry a row.
    pub(super) fn lines(
        &self,
        lang: Lang,
        today: NaiveDate,
        width: usize,
        services: &HashMap<i64, Service>,
        styles: &Styles,
    ) -> Vec<Line<'static>> {
        let p = &self.person;
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
            let n = crate::ui::kit::width::width(&text);
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
        out.push(self.upcoming.line(lang, width, services, styles));
        // Name, parents and date of birth mark what the search matched.
        let text = styles.text;
        let mark = text.patch(styles.matched);
        let or_dash_marked = |pieces: Vec<(String, Style)>| {
            if pieces.is_empty() {
                vec![(dash.clone(), text)]
            } else {
                pieces
            }
        };
        let marked_pair = |label: LMsg,
                           value: Vec<(String, Style)>,
                           label2: LMsg,
                           value2: Vec<(String, Style)>| {
            let mut spans = vec![Span::styled(
                format!(" {}", fit(t(lang, label), 12)),
                styles.label,
            )];
            spans.extend(fit_styled(&value, 27));
            spans.push(Span::styled(fit(t(lang, label2), 12), styles.label));
            spans.extend(fit_styled(&value2, width.saturating_sub(52).max(1)));
            Line::from(spans)
        };
        let marks = &self.marks;
        let gender = p
            .gender
            .map(|g| gender_long(g, lang).to_string())
            .unwrap_or_else(|| dash.clone());
        out.push(marked_pair(
            LMsg::FName,
            or_dash_marked(marked_name(p, marks, text, mark)),
            LMsg::FGender,
            vec![(gender, text)],
        ));
        out.push(marked_pair(
            LMsg::FFather,
            or_dash_marked(marked_words(
                &p.father_name,
                NameField::Father,
                marks,
                text,
                mark,
            )),
            LMsg::FMother,
            or_dash_marked(marked_words(
                &p.mother_name,
                NameField::Mother,
                marks,
                text,
                mark,
            )),
        ));
        let born = match p.date_of_birth {
            Some(d) => born_pieces(
                d,
                p.age_on(today)
                    .map(|age| tf(lang, LMsg::Age, &[&age.to_string()])),
                marks,
                text,
                mark,
            ),
            None => vec![(dash.clone(), text)],
        };
        out.push(marked_pair(
            LMsg::FBorn,
            born,
            LMsg::FNationality,
            vec![(
                p.nationality
                    .as_deref()
                    .map(|n| country_name(n, lang))
                    .unwrap_or_else(|| dash.clone()),
                text,
            )],
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

        // Vulnerability: special-category data, for the roles the privacy rule allows.
        head(&mut out, t(lang, LMsg::SecVulnerability).to_string());
        if !self.private.sensitive {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::MaskedRole)),
                styles.muted,
            )));
        } else if p.vulnerabilities.is_empty() {
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

        out.extend(self.private.withdrawal_line(lang, styles));

        // Case notes, newest first, as the privacy rule allows.
        if self.private.reads_notes {
            head(&mut out, t(lang, LMsg::SecCaseNotes).to_string());
            out.extend(self.private.note_lines(lang, styles, &self.visits));
        }

        // Group activities and the household's goods.
        let mut heading = |out: &mut Vec<Line<'static>>, title: String| head(out, title);
        let groups = self.groups.lines(lang, today, styles, &mut heading);
        out.extend(groups);

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
            out.extend(self.referral_detail_lines(r, lang, styles));
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
}

impl Card {
    /// A referral's reason and note under its line, as the privacy rule allows:
    /// another organisation's details are only said to exist (an administrator is
    /// told how to open them).
    fn referral_detail_lines(
        &self,
        r: &crate::domain::records::Referral,
        lang: Lang,
        styles: &Styles,
    ) -> Vec<Line<'static>> {
        if !self.private.detail_shown(r.id) {
            let mut text = format!("    {}", t(lang, LMsg::DetailsElsewhere));
            if self.private.detail_sealed(r.id) {
                text.push_str(&format!(" · {}", t(lang, LMsg::GlassKey)));
            }
            return vec![Line::from(Span::styled(text, styles.muted))];
        }
        [&r.reason, &r.note]
            .into_iter()
            .flat_map(|text| text.lines())
            .filter(|line| !line.trim().is_empty())
            .map(|line| Line::from(Span::styled(format!("    {line}"), styles.muted)))
            .collect()
    }
}

pub(super) struct Styles {
    pub(super) head: Style,
    pub(super) label: Style,
    pub(super) text: Style,
    pub(super) muted: Style,
    pub(super) warning: Style,
    pub(super) matched: Style,
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
