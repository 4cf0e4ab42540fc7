//! Checking the new-referral form and saving it: each refusal puts the cursor on the
//! field at fault with its message, and nothing typed is lost.

use super::ReferralScreen;
use super::form::{Consent, Field, Form};
use crate::domain::dates::parse_date;
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::store::{NewReferral, ReferralError};
use crate::ui::kit::fail::{store_error_text, store_failure};
use crate::ui::{Ctx, Outcome};

impl ReferralScreen {
    pub(super) fn save_form(&mut self, cx: &mut Ctx<'_>) -> Outcome {
        let Some(form) = &mut self.form else {
            return Outcome::Ignored;
        };
        let lang = cx.lang;
        let fail = |form: &mut Form, field: Field, msg: RMsg| {
            form.field = field;
            form.error = Some(t(lang, msg).to_string());
            Outcome::Handled
        };
        let Some(person_id) = form.person.as_ref().map(|p| p.0) else {
            return fail(form, Field::Person, RMsg::NeedPerson);
        };
        let Some((service_id, _)) = form.service.clone() else {
            return fail(form, Field::Service, RMsg::NeedService);
        };
        if form.reason.text().trim().is_empty() {
            return fail(form, Field::Reason, RMsg::NeedReason);
        }
        let follow_up = form.follow_up.text();
        let follow_up_on = if follow_up.trim().is_empty() {
            None
        } else {
            match parse_date(&follow_up, cx.now.date()) {
                Ok(d) => Some(d),
                Err(_) => return fail(form, Field::FollowUp, RMsg::BadDate),
            }
        };
        let (record_consent, override_reason) = match form.consent {
            Consent::Recorded => (false, None),
            Consent::AgreesNow => (true, None),
            Consent::Override if form.override_reason.text().trim().is_empty() => {
                return fail(form, Field::Override, RMsg::NeedOverrideReason);
            }
            Consent::Override => (false, Some(form.override_reason.text())),
            Consent::Unknown | Consent::NotRecorded => {
                return fail(form, Field::Consent, RMsg::NeedConsent);
            }
        };
        let new = NewReferral {
            person_id,
            service_id,
            ticket_id: form.ticket_id,
            reason: form.reason.text(),
            urgency: form.urgency,
            note: form.note.text(),
            follow_up_on,
            record_consent,
            override_reason,
        };
        let stamp = cx.stamp();
        match cx.store.create_referral(&new, &stamp) {
            Ok(id) => {
                // Saved: the draft goes (a failure to delete it is said, not hidden).
                let discarded = form.draft.discard(cx);
                self.form = None;
                self.open_only = true;
                self.filter.clear();
                if let Err(e) = self.reload(cx) {
                    return store_failure(cx.lang, "reload referrals", &e);
                }
                if let Outcome::Error(e) = discarded {
                    return Outcome::Error(e);
                }
                self.select_id(id);
                Outcome::Status(tf(cx.lang, RMsg::Created, &[&id.to_string()]))
            }
            Err(ReferralError::NoConsent) => fail(form, Field::Consent, RMsg::NeedConsent),
            Err(ReferralError::NotAccepting) => fail(form, Field::Service, RMsg::NotAccepting),
            Err(ReferralError::ReasonRequired) => fail(form, Field::Reason, RMsg::NeedReason),
            Err(ReferralError::Store(e)) => {
                // The form stays with everything typed, and its draft is kept.
                form.error = Some(store_error_text(cx.lang, &e));
                form.draft.changed();
                store_failure(cx.lang, "save referral", &e)
            }
            Err(e) => {
                form.error = Some(e.to_string());
                Outcome::Error(e.to_string())
            }
        }
    }
}
