//! The form's two pickers: the person (the one person picker) and the service (by
//! words of its names, among the services that take referrals); taking a hit, and the
//! consent check a choice brings: whether this person has agreed to share with this
//! service.

use super::ReferralScreen;
use super::form::{Consent, Field};
use crate::domain::directory::search::{Haystack, Query};
use crate::domain::records::Service;
use crate::i18n::service_name;
use crate::store::StoreError;
use crate::ui::kit::fail::store_failure;
use crate::ui::kit::picker::{Choice, Source};
use crate::ui::{Ctx, Outcome};

/// Services that take referrals, found by every typed word in their code, names,
/// category or organisation, in Greek or Latin letters (the directory's search).
pub(super) struct ServiceSource {
    pub(super) services: Vec<Service>,
}

impl Source for ServiceSource {
    type Item = i64;

    fn find(&mut self, query: &str, cx: &mut Ctx<'_>) -> Result<Vec<Choice<i64>>, StoreError> {
        let query = Query::new(query);
        Ok(self
            .services
            .iter()
            .filter(|s| s.active && s.accepts_referrals)
            .filter(|s| {
                let mut parts = vec![&s.code, &s.name_el, &s.name_en, &s.organisation];
                parts.extend(&s.categories);
                Haystack::new(&parts).matches(&query)
            })
            .map(|s| Choice {
                value: s.id,
                line: service_name(s, cx.lang).to_string(),
            })
            .take(6)
            .collect())
    }
}

impl ReferralScreen {
    /// Looks up whether consent to share is recorded for the chosen person and
    /// service. A failed look-up is said, and consent counts as not recorded.
    pub(super) fn check_consent(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        let mut outcome = Outcome::Handled;
        form.consent = match (
            form.person.as_ref().map(|p| p.0),
            form.service.as_ref().map(|s| s.0),
        ) {
            (Some(p), Some(s)) => match cx.store.has_share_consent(p, s) {
                Ok(true) => Consent::Recorded,
                Ok(false) if matches!(form.consent, Consent::AgreesNow | Consent::Override) => {
                    form.consent
                }
                Ok(false) => Consent::NotRecorded,
                Err(e) => {
                    outcome = store_failure(cx.lang, "consent check", &e);
                    Consent::NotRecorded
                }
            },
            _ => Consent::Unknown,
        };
        outcome
    }

    /// Enter on the person or service field: takes the highlighted hit and moves on.
    pub(super) fn pick(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        let taken = match form.field {
            Field::Person => form.person_pick.current().cloned().map(|hit| {
                form.person_pick.show(&hit.line);
                form.person = Some((hit.value, hit.line));
            }),
            Field::Service => form.service_pick.current().cloned().map(|hit| {
                form.service_pick.show(&hit.line);
                form.service = Some((hit.value, hit.line));
            }),
            _ => None,
        };
        if taken.is_some() {
            form.draft.changed();
        }
        let outcome = self.check_consent(cx);
        if let Some(form) = &mut self.form {
            let chosen = match form.field {
                Field::Person => form.person.is_some(),
                Field::Service => form.service.is_some(),
                _ => true,
            };
            if chosen {
                form.step(true);
            }
        }
        outcome
    }
}
