//! Referrals between centres on the command line: `referrals add`, `set`, and the
//! signed packets of `referrals export` / `referrals import` (see `domain::packet`).

use crate::i18n::packets::PktMsg;
use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDateTime;

use crate::domain::codes::Gender;
use crate::domain::codes::{ReferralState, Urgency};
use crate::domain::directory::Organisation;
use crate::domain::packet::{
    self, Answer, Consent, FORMAT, PacketBody, PacketError, PacketKind, Party, SHARED_FIELDS,
};
use crate::domain::person::Person;
use crate::domain::records::{Referral, Service, Staff};
use crate::search::duplicates::{Probe, Reason, duplicates};
use crate::store::{NewReferral, Stamp, Store};

fn stamp(me: &Staff) -> Stamp {
    Stamp::now(&me.login)
}

/// A service by its code or its HSDS id.
fn find_service(store: &Store, key: &str) -> Result<Service, crate::Error> {
    if let Some(s) = store.service_by_code(key)? {
        return Ok(s);
    }
    store
        .service_by_uid(key)?
        .ok_or_else(|| crate::Error::not_found(PktMsg::NoServiceKey, &[&format!("{key:?}")]))
}

/// `kentro referrals add`: prints the new referral's id.
pub fn add(
    store: &mut Store,
    me: &Staff,
    person: i64,
    service: &str,
    reason: &str,
    urgency: &str,
    consent: bool,
) -> Result<ExitCode, crate::Error> {
    let service = find_service(store, service)?;
    let urgency = Urgency::from_code(urgency)
        .ok_or_else(|| crate::Error::usage(PktMsg::BadUrgency, &[&format!("{urgency:?}")]))?;
    if store.person(person)?.is_none() {
        return Err(crate::Error::not_found(
            crate::i18n::errors::ErrMsg::NoPerson,
            &[&person.to_string()],
        ));
    }
    let new = NewReferral {
        person_id: person,
        service_id: service.id,
        ticket_id: None,
        reason: reason.to_string(),
        urgency,
        note: String::new(),
        follow_up_on: None,
        record_consent: consent,
        override_reason: None,
    };
    let id = store.create_referral(&new, &stamp(me))?;
    outln!("{id}");
    Ok(ExitCode::SUCCESS)
}

/// `kentro referrals set ID accepted|completed|declined [--reason TEXT]`.
pub fn set(
    store: &mut Store,
    me: &Staff,
    id: i64,
    state: &str,
    reason: &str,
) -> Result<ExitCode, crate::Error> {
    let to = match ReferralState::from_code(state) {
        Some(
            s @ (ReferralState::Accepted | ReferralState::Completed | ReferralState::Declined),
        ) => s,
        _ => {
            return Err(crate::Error::usage(
                PktMsg::BadAnswerState,
                &[&format!("{state:?}")],
            ));
        }
    };
    let referral = store
        .referral(id)?
        .ok_or_else(|| crate::Error::not_found(PktMsg::NoReferral, &[&id.to_string()]))?;
    store.change_referral_state(id, referral.version, to, reason, &stamp(me))?;
    outln!("referral {id}: {}", to.code());
    Ok(ExitCode::SUCCESS)
}

fn party(org: &Organisation, contact: &str) -> Party {
    Party {
        organisation_id: org.uid.clone(),
        name: org.name.clone(),
        address: org.address_line(),
        phone: org.first_phone().to_string(),
        email: org.email.clone(),
        contact: contact.to_string(),
        ..Party::default()
    }
}

fn iso(at: NaiveDateTime) -> String {
    at.format("%Y-%m-%dT%H:%M:%S").to_string()
}

/// The person's fields a packet may carry, by name (empty ones left out).
fn shared_fields(person: &Person) -> std::collections::BTreeMap<String, String> {
    let mut out = std::collections::BTreeMap::new();
    for field in SHARED_FIELDS {
        let value = match *field {
            "surname" => person.surname.clone(),
            "given_name" => person.given_name.clone(),
            "father_name" => person.father_name.clone(),
            "date_of_birth" => person
                .date_of_birth
                .map(|d| d.format("%Y-%m-%d").to_string())
                .unwrap_or_default(),
            "gender" => person
                .gender
                .map(|g| g.code().to_string())
                .unwrap_or_default(),
            "phone" => person.phone.clone().unwrap_or_default(),
            "languages" => person.languages.join(","),
            "interpreter_needed" => if person.interpreter_needed {
                "true"
            } else {
                ""
            }
            .to_string(),
            _ => String::new(),
        };
        if !value.is_empty() {
            out.insert((*field).to_string(), value);
        }
    }
    out
}

/// The organisation a service belongs to.
fn organisation_of(store: &Store, service: &Service) -> Result<Organisation, crate::Error> {
    let id = service.organisation_id.ok_or_else(|| {
        crate::Error::refused(PktMsg::ServiceWithoutOrganisation, &[&service.code])
    })?;
    store
        .organisation(id)?
        .ok_or_else(|| crate::Error::not_found(PktMsg::OrganisationMissing, &[&id.to_string()]))
}

/// The packet for referral `id`: the referral itself when it goes to another
/// organisation, or this centre's answer when it came from one.
pub fn packet_for(
    store: &Store,
    me: &Staff,
    id: i64,
    now: NaiveDateTime,
) -> Result<PacketBody, crate::Error> {
    let referral = store
        .referral(id)?
        .ok_or_else(|| crate::Error::not_found(PktMsg::NoReferral, &[&id.to_string()]))?;
    let link = store
        .referral_link(id)?
        .ok_or_else(|| crate::Error::not_found(PktMsg::NoReferral, &[&id.to_string()]))?;
    let service = store.service(referral.service_id)?.ok_or_else(|| {
        crate::Error::not_found(PktMsg::ServiceMissing, &[&referral.service_id.to_string()])
    })?;
    let own = store.own_organisation()?;
    let mut sender = party(&own, &me.display_name);
    if link.incoming {
        let partner = link
            .partner_id
            .and_then(|p| store.organisation(p).transpose())
            .transpose()?
            .ok_or_else(|| crate::Error::not_found(PktMsg::SenderMissing, &[]))?;
        if !matches!(
            referral.state,
            ReferralState::Accepted | ReferralState::Completed | ReferralState::Declined
        ) {
            return Err(crate::Error::refused(
                PktMsg::NoAnswerYet,
                &[&id.to_string()],
            ));
        }
        sender.service_id = service.uid.clone();
        sender.service_name = service.name_el.clone();
        return Ok(PacketBody {
            format: FORMAT.into(),
            kind: PacketKind::Answer,
            referral_id: link.uid,
            sent_at: iso(now),
            sender,
            recipient: party(&partner, ""),
            reason: None,
            urgency: None,
            consent: None,
            person: None,
            answer: Some(Answer {
                state: referral.state.code().to_string(),
                reason: referral.state_reason.clone(),
                at: iso(referral.updated_at),
            }),
        });
    }
    let recipient_org = organisation_of(store, &service)?;
    if recipient_org.own_centre {
        return Err(crate::Error::refused(PktMsg::OwnService, &[&service.code]));
    }
    let given_at = store
        .share_consent_given_at(referral.person_id, service.id)?
        .ok_or_else(|| crate::Error::refused(PktMsg::NoShareConsent, &[&recipient_org.name]))?;
    let person = store.person(referral.person_id)?.ok_or_else(|| {
        crate::Error::not_found(PktMsg::PersonMissing, &[&referral.person_id.to_string()])
    })?;
    let fields = shared_fields(&person);
    let mut recipient = party(&recipient_org, "");
    recipient.service_id = service.uid.clone();
    recipient.service_name = service.name_el.clone();
    Ok(PacketBody {
        format: FORMAT.into(),
        kind: PacketKind::Referral,
        referral_id: link.uid,
        sent_at: iso(now),
        sender,
        recipient,
        reason: Some(referral.reason.clone()),
        urgency: Some(referral.urgency.code().to_string()),
        consent: Some(Consent {
            given_at,
            fields: fields.keys().cloned().collect(),
            statement: format!(
                "The person consented to share these details with {}. \
                 Ο/Η ωφελούμενος/η συναίνεσε να κοινοποιηθούν αυτά τα στοιχεία στον φορέα.",
                recipient_org.name
            ),
        }),
        person: Some(fields),
        answer: None,
    })
}

/// Signs referral `id`'s packet (the referral, or this centre's answer to a received
/// one) and writes it to `out`, owner-only, through the safe writes of `fsio`
/// (`existing` decides what a file already there means), audited as an export. The
/// one path for `kentro referrals export` and the referral screen. Returns the file
/// written and the packet.
pub fn write_packet(
    store: &mut Store,
    me: &Staff,
    id: i64,
    now: NaiveDateTime,
    out: &Path,
    existing: crate::fsio::Existing,
) -> Result<(std::path::PathBuf, PacketBody), crate::Error> {
    let body = packet_for(store, me, id, now)?;
    let secret = store.centre_secret_key()?;
    let file = packet::sign(&body, &secret)
        .map_err(|e| crate::Error::failure(PktMsg::CannotSign, &[&format!("{e:?}")]))?;
    let written = crate::fsio::write_bytes(out, existing, file.as_bytes())?;
    store.batch(
        &Stamp {
            at: now,
            operator: me.login.clone(),
        },
        |b| b.audit("export", "referral", Some(id), &body.referral_id),
    )?;
    Ok((written, body))
}

/// `kentro referrals export ID --out FILE`.
pub fn export(
    store: &mut Store,
    me: &Staff,
    id: i64,
    out: &Path,
) -> Result<ExitCode, crate::Error> {
    let now = chrono::Local::now().naive_local();
    write_packet(store, me, id, now, out, crate::fsio::Existing::Refuse)?;
    outln!("{}", out.display());
    Ok(ExitCode::SUCCESS)
}

/// Checks a packet's signature against its sender's key in the directory; one line
/// naming the sender when it cannot be trusted.
pub fn verify_packet(
    store: &Store,
    text: &str,
) -> Result<(PacketBody, Organisation), crate::Error> {
    let claimed = packet::open(text).map_err(|e| match e {
        PacketError::Unreadable(why) => crate::Error::refused(PktMsg::NotAPacket, &[&why]),
        other => crate::Error::refused(PktMsg::NotAPacket, &[&format!("{other:?}")]),
    })?;
    let who = format!(
        "{} ({})",
        claimed.sender.name, claimed.sender.organisation_id
    );
    let sender = store
        .organisation_by_uid(&claimed.sender.organisation_id)?
        .ok_or_else(|| crate::Error::refused(PktMsg::SenderUnknown, &[&who]))?;
    if sender.public_key.is_empty() {
        return Err(crate::Error::refused(PktMsg::SenderWithoutKey, &[&who]));
    }
    let body = packet::verify(text, &sender.public_key).map_err(|e| match e {
        PacketError::BadSignature => crate::Error::refused(PktMsg::BadSignature, &[&who]),
        PacketError::BadKey => crate::Error::refused(PktMsg::BadKey, &[&who]),
        PacketError::Unreadable(why) => crate::Error::refused(PktMsg::Refused, &[&why]),
    })?;
    Ok((body, sender))
}

fn person_from_packet(
    fields: &std::collections::BTreeMap<String, String>,
) -> Result<Person, crate::Error> {
    let get = |k: &str| fields.get(k).cloned().unwrap_or_default();
    let mut person = Person {
        surname: crate::domain::text::clean_line(&get("surname")),
        given_name: crate::domain::text::clean_line(&get("given_name")),
        father_name: crate::domain::text::clean_line(&get("father_name")),
        ..Person::default()
    };
    if person.surname.is_empty() || person.given_name.is_empty() {
        return Err(crate::Error::refused(PktMsg::NoName, &[]));
    }
    if let Some(d) = fields.get("date_of_birth") {
        person.date_of_birth = Some(
            chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| crate::Error::refused(PktMsg::BadBirthDate, &[]))?,
        );
    }
    person.gender = fields.get("gender").and_then(|g| Gender::from_code(g));
    person.phone = fields
        .get("phone")
        .map(|p| crate::domain::text::clean_line(p));
    person.languages = get("languages")
        .split(',')
        .map(str::trim)
        .filter(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_lowercase()))
        .map(str::to_string)
        .collect();
    person.interpreter_needed = get("interpreter_needed") == "true";
    Ok(person)
}

/// `kentro referrals import FILE`.
pub fn import(store: &mut Store, me: &Staff, file: &Path) -> Result<ExitCode, crate::Error> {
    let text =
        std::fs::read_to_string(file).map_err(crate::Error::io(crate::error::Doing::Read, file))?;
    let (body, sender) = verify_packet(store, &text)?;
    let stamp = stamp(me);
    match body.kind {
        PacketKind::Answer => {
            let answer = body
                .answer
                .ok_or_else(|| crate::Error::refused(PktMsg::AnswerMissing, &[]))?;
            let referral = store.referral_by_uid(&body.referral_id)?.ok_or_else(|| {
                crate::Error::not_found(PktMsg::NotSentFromHere, &[&body.referral_id])
            })?;
            let to = ReferralState::from_code(&answer.state)
                .filter(|s| {
                    matches!(
                        s,
                        ReferralState::Accepted
                            | ReferralState::Completed
                            | ReferralState::Declined
                    )
                })
                .ok_or_else(|| {
                    crate::Error::refused(PktMsg::BadAnswer, &[&format!("{:?}", answer.state)])
                })?;
            if referral.state == to {
                outln!("referral {}: already {}", referral.id, to.code());
                return Ok(ExitCode::SUCCESS);
            }
            store.change_referral_state(
                referral.id,
                referral.version,
                to,
                &answer.reason,
                &stamp,
            )?;
            outln!("referral {}: {} by {}", referral.id, to.code(), sender.name);
            Ok(ExitCode::SUCCESS)
        }
        PacketKind::Referral => {
            if store.referral_by_uid(&body.referral_id)?.is_some() {
                return Err(crate::Error::refused(
                    PktMsg::AlreadyImported,
                    &[&body.referral_id],
                ));
            }
            let service = store
                .service_by_uid(&body.recipient.service_id)?
                .ok_or_else(|| {
                    crate::Error::refused(PktMsg::ServiceUnknown, &[&body.recipient.service_id])
                })?;
            let fields = body.person.clone().unwrap_or_default();
            let incoming = person_from_packet(&fields)?;
            // The usual duplicate check against this centre's own people.
            let probe = Probe {
                surname: incoming.surname.clone(),
                given_name: incoming.given_name.clone(),
                date_of_birth: incoming.date_of_birth,
                phone: incoming.phone.clone(),
                ..Probe::default()
            };
            let known = duplicates(store, &probe, &[], 5)?
                .into_iter()
                .find(|c| matches!(c.reason, Reason::NameAndBirth { .. } | Reason::SamePhone));
            let now = stamp.at;
            let referral = Referral {
                id: 0,
                person_id: known.as_ref().map_or(0, |c| c.person.id),
                service_id: service.id,
                ticket_id: None,
                reason: crate::domain::text::clean_note(body.reason.as_deref().unwrap_or("")),
                urgency: body
                    .urgency
                    .as_deref()
                    .and_then(Urgency::from_code)
                    .unwrap_or(Urgency::Routine),
                note: format!("{}: {}", sender.name, body.sender.contact),
                state: ReferralState::Sent,
                state_reason: String::new(),
                follow_up_on: None,
                consent_override: false,
                created_at: now,
                created_by: me.login.clone(),
                updated_at: now,
                updated_by: me.login.clone(),
                version: 1,
            };
            let new_person = if known.is_none() {
                Some(&incoming)
            } else {
                None
            };
            let (id, person_id) = store.receive_referral(
                &referral,
                &body.referral_id,
                sender.id,
                new_person,
                &stamp,
            )?;
            outln!(
                "referral {id} from {} for person {person_id}{}",
                sender.name,
                if known.is_some() {
                    " (already registered here)"
                } else {
                    " (new)"
                }
            );
            Ok(ExitCode::SUCCESS)
        }
    }
}
