//! The card's lines about group activities and goods: the activities the person is
//! in or waits for (with their attendance rate), and the household's distribution
//! enrolments with what is left this period and when each runs out.

use chrono::NaiveDate;
use ratatui::text::{Line, Span};

use super::lines::Styles;
use crate::domain::activities::rate;
use crate::domain::dates::format_date;
use crate::i18n::distribution::{programme_name, unit};
use crate::i18n::lookup::LMsg;
use crate::i18n::{Lang, t, tf};
use crate::store::{Membership, Standing, Store, StoreError};
use crate::ui::kit::width::fit;

/// Enrolments running out within this many days are marked.
const EXPIRY_WARNING_DAYS: i64 = 30;

/// What the card read about the person's activities and household goods.
#[derive(Debug, Clone, Default)]
pub struct Groups {
    pub activities: Vec<Membership>,
    pub goods: Vec<Standing>,
}

impl Groups {
    pub fn read(
        store: &Store,
        person_id: i64,
        household_id: Option<i64>,
        today: NaiveDate,
    ) -> Result<Groups, StoreError> {
        Ok(Groups {
            activities: store.activities_of(person_id)?,
            goods: match household_id {
                Some(h) => store.household_standing(h, today)?,
                None => Vec::new(),
            },
        })
    }

    /// The two sections' lines, each under its heading (`head` draws a heading).
    pub fn lines(
        &self,
        lang: Lang,
        today: NaiveDate,
        styles: &Styles,
        head: &mut dyn FnMut(&mut Vec<Line<'static>>, String),
    ) -> Vec<Line<'static>> {
        let mut out = Vec::new();
        head(&mut out, t(lang, LMsg::SecActivities).to_string());
        if self.activities.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoActivities)),
                styles.muted,
            )));
        }
        for m in &self.activities {
            let state = if m.waiting {
                t(lang, LMsg::ActivityWaiting).to_string()
            } else {
                match rate(m.present, m.taken) {
                    Some(r) => tf(
                        lang,
                        LMsg::ActivityRate,
                        &[&m.present.to_string(), &m.taken.to_string(), &r.to_string()],
                    ),
                    None => t(lang, LMsg::ActivityEnrolled).to_string(),
                }
            };
            out.push(Line::from(Span::styled(
                format!("  {} {state}", fit(&m.name, 40)),
                if m.waiting { styles.muted } else { styles.text },
            )));
        }
        head(&mut out, t(lang, LMsg::SecGoods).to_string());
        if self.goods.is_empty() {
            out.push(Line::from(Span::styled(
                format!(" {}", t(lang, LMsg::NoGoods)),
                styles.muted,
            )));
        }
        for s in &self.goods {
            let e = &s.enrolment;
            let what = t(lang, unit(s.programme.unit));
            let (text, warn) = if today > e.valid_to {
                (
                    tf(lang, LMsg::GoodsExpired, &[&format_date(e.valid_to)]),
                    true,
                )
            } else if today < e.valid_from {
                (
                    tf(lang, LMsg::GoodsFrom, &[&format_date(e.valid_from)]),
                    true,
                )
            } else {
                let left = tf(
                    lang,
                    LMsg::GoodsLeft,
                    &[
                        &s.left.to_string(),
                        &e.allowance.to_string(),
                        what,
                        &format_date(e.valid_to),
                    ],
                );
                (left, e.days_left(today) <= EXPIRY_WARNING_DAYS)
            };
            let mark = if warn { "⚠ " } else { "" };
            out.push(Line::from(Span::styled(
                format!(
                    "  {} {mark}{text}",
                    fit(programme_name(&s.programme, lang), 26)
                ),
                if warn { styles.warning } else { styles.text },
            )));
        }
        out
    }
}
