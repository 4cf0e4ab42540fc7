//! Finding the form's person (with the lookup engine) and service (by words of its
//! names) as the receptionist types, picking a hit, and the consent check a choice
//! brings: whether this person has agreed to share with this service.

use super::ReferralScreen;
use super::form::{Consent, Field};
use super::names::service_name;
use crate::domain::dates::format_date;
use crate::domain::names::fold;
use crate::domain::person::Person;
use crate::ui::Ctx;

impl ReferralScreen {
    pub(super) fn update_hits(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        match form.field {
            Field::Person => {
                form.person = None;
                form.person_hits = if form.person_query.trim().chars().count() < 2 {
                    vec![]
                } else {
                    crate::search::search(cx.store, &form.person_query, 6)
                        .map(|hits| {
                            hits.into_iter()
                                .map(|h| (h.person.id, person_line(&h.person)))
                                .collect()
                        })
                        .unwrap_or_default()
                };
            }
            Field::Service => {
                form.service = None;
                let words: Vec<String> = fold(&form.service_query)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect();
                form.service_hits = self
                    .services
                    .iter()
                    .filter(|s| s.active && s.accepts_referrals)
                    .filter(|s| {
                        let hay = fold(&format!(
                            "{} {} {} {} {}",
                            s.code,
                            s.name_el,
                            s.name_en,
                            s.categories.join(" "),
                            s.organisation
                        ));
                        words.iter().all(|w| hay.contains(w.as_str()))
                    })
                    .map(|s| (s.id, service_name(s, cx.lang).to_string()))
                    .take(6)
                    .collect();
            }
            _ => {}
        }
        form.pick = 0;
        self.check_consent(cx);
    }

    pub(super) fn check_consent(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        form.consent = match (
            form.person.as_ref().map(|p| p.0),
            form.service.as_ref().map(|s| s.0),
        ) {
            (Some(p), Some(s)) => match cx.store.has_share_consent(p, s) {
                Ok(true) => Consent::Recorded,
                _ if matches!(form.consent, Consent::AgreesNow | Consent::Override) => form.consent,
                _ => Consent::NotRecorded,
            },
            _ => Consent::Unknown,
        };
    }

    pub(super) fn pick(&mut self, cx: &mut Ctx<'_>) {
        let Some(form) = &mut self.form else { return };
        match form.field {
            Field::Person => {
                if let Some(hit) = form.person_hits.get(form.pick).cloned() {
                    form.person_query = hit.1.clone();
                    form.person = Some(hit);
                    form.person_hits.clear();
                }
            }
            Field::Service => {
                if let Some(hit) = form.service_hits.get(form.pick).cloned() {
                    form.service_query = hit.1.clone();
                    form.service = Some(hit);
                    form.service_hits.clear();
                }
            }
            _ => {}
        }
        self.check_consent(cx);
        if let Some(form) = &mut self.form {
            form.step(true);
        }
    }
}

pub(super) fn person_line(p: &Person) -> String {
    match p.date_of_birth {
        Some(d) => format!("{} {}", p.display_name(), format_date(d)),
        None => p.display_name(),
    }
}
