//! Checking the new-referral form and saving it: each refusal puts the cursor on the
//! field at fault with its message, and nothing typed is lost.

use super::ReferralScreen;
use super::form::{Consent, Field, Form};
use crate::domain::dates::parse_date;
use crate::i18n::referral::RMsg;
use crate::i18n::{t, tf};
use crate::store::{NewReferral, ReferralError, Stamp};
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
        if form.reason.trim().is_empty() {
            return fail(form, Field::Reason, RMsg::NeedReason);
        }
        let follow_up_on = if form.follow_up.trim().is_empty() {
            None
        } else {
            match parse_date(&form.follow_up, cx.now.date()) {
                Ok(d) => Some(d),
                Err(_) => return fail(form, Field::FollowUp, RMsg::BadDate),
            }
        };
        let (record_consent, override_reason) = match form.consent {
            Consent::Recorded => (false, None),
            Consent::AgreesNow => (true, None),
            Consent::Override if form.override_reason.trim().is_empty() => {
                return fail(form, Field::Override, RMsg::NeedOverrideReason);
            }
            Consent::Override => (false, Some(form.override_reason.clone())),
            Consent::Unknown | Consent::NotRecorded => {
                return fail(form, Field::Consent, RMsg::NeedConsent);
            }
        };
        let new = NewReferral {
            person_id,
            service_id,
            ticket_id: form.ticket_id,
            reason: form.reason.clone(),
            urgency: form.urgency,
            note: form.note.clone(),
            follow_up_on,
            record_consent,
            override_reason,
        };
        let stamp = Stamp {
            at: cx.now,
            operator: cx.operator.to_string(),
        };
        match cx.store.create_referral(&new, &stamp) {
            Ok(id) => {
                self.form = None;
                self.open_only = true;
                self.filter.clear();
                if let Err(e) = self.reload(cx.store) {
                    return Outcome::Error(e.to_string());
                }
                self.select_id(id);
                Outcome::Status(tf(cx.lang, RMsg::Created, &[&id.to_string()]))
            }
            Err(ReferralError::NoConsent) => fail(form, Field::Consent, RMsg::NeedConsent),
            Err(ReferralError::NotAccepting) => fail(form, Field::Service, RMsg::NotAccepting),
            Err(ReferralError::ReasonRequired) => fail(form, Field::Reason, RMsg::NeedReason),
            Err(e) => {
                form.error = Some(e.to_string());
                Outcome::Error(e.to_string())
            }
        }
    }
}
