//! `kentro referrals list [--open] [--json]`.

use std::collections::HashMap;
use std::process::ExitCode;

use super::{ReferralsArgs, ReferralsWhat};
use crate::domain::dates::format_iso;
use crate::domain::records::Staff;
use crate::domain::referral::SlipLang;
use crate::domain::referral::{is_overdue, sort_for_desk};
use crate::i18n::cli::{CliMsg, sayf};
use crate::printing::Printer;
use crate::store::{Stamp, Store};

/// Runs a referrals command; `printer` is the desk's (`print_command`), for slips.
pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &ReferralsArgs,
    printer: Option<&Printer>,
) -> Result<ExitCode, crate::Error> {
    match &args.what {
        ReferralsWhat::List { open, json } => list(store, me, *open, *json),
        ReferralsWhat::Add {
            person,
            service,
            reason,
            urgency,
            consent,
        } => super::packets::add(store, me, *person, service, reason, urgency, *consent),
        ReferralsWhat::Set { id, state, reason } => {
            super::packets::set(store, me, *id, state, reason)
        }
        ReferralsWhat::Export { id, out } => super::packets::export(store, me, *id, out),
        ReferralsWhat::Import { file } => super::packets::import(store, me, file),
        ReferralsWhat::Slip { id, screen } => slip(store, me, *id, *screen, printer),
    }
}

fn list(store: &mut Store, me: &Staff, open: bool, json: bool) -> Result<ExitCode, crate::Error> {
    let viewer = me.viewer();
    let today = chrono::Local::now().date_naive();
    let mut referrals = store.all_referrals()?;
    if open {
        referrals.retain(|r| !crate::domain::referral::is_closed(r.state));
    }
    sort_for_desk(&mut referrals, today);
    let services: HashMap<i64, String> = store
        .services()?
        .into_iter()
        .map(|s| (s.id, s.code))
        .collect();
    let mut ids: Vec<i64> = referrals.iter().map(|r| r.person_id).collect();
    ids.sort_unstable();
    ids.dedup();
    let names: HashMap<i64, String> = store
        .people_by_ids(&ids)?
        .into_iter()
        .map(|p| (p.id, p.display_name()))
        .collect();
    // A referral's reason and notes belong to the organisation that wrote it: others
    // see them only with the person's consent to share (the privacy rule decides).
    let shown = crate::slip::details_shown(store, &viewer, &referrals)?;
    store.audit(
        &Stamp::now(&me.login),
        "list",
        "referral",
        None,
        &format!("rows={}", referrals.len()),
    )?;
    let detail = |r: &crate::domain::records::Referral, text: &str| {
        shown
            .get(&r.id)
            .copied()
            .unwrap_or(false)
            .then(|| text.to_string())
    };
    if json {
        let rows: Vec<serde_json::Value> = referrals
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id,
                    "person_id": r.person_id,
                    "person": names.get(&r.person_id),
                    "service": services.get(&r.service_id),
                    "state": r.state.code(),
                    "state_reason": detail(r, &r.state_reason),
                    "restricted": !shown.get(&r.id).copied().unwrap_or(false),
                    "urgency": r.urgency.code(),
                    "reason": detail(r, &r.reason),
                    "follow_up_on": r.follow_up_on.map(format_iso),
                    "overdue": is_overdue(r, today),
                    "consent_override": r.consent_override,
                    "created_at": super::json::time(r.created_at),
                    "created_by": r.created_by,
                    "updated_at": super::json::time(r.updated_at),
                    "updated_by": r.updated_by,
                    "version": r.version,
                })
            })
            .collect();
        super::json::print_rows(rows)?;
    } else {
        for r in &referrals {
            outln!(
                "{:>5}  {:<10} {}  {:<10} {:<18} {:<8} {}",
                r.id,
                r.follow_up_on.map(format_iso).unwrap_or_else(|| "-".into()),
                if is_overdue(r, today) { "⌚" } else { " " },
                r.state.code(),
                services.get(&r.service_id).map_or("?", String::as_str),
                r.urgency.code(),
                names.get(&r.person_id).map_or("?", String::as_str),
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// `kentro referrals slip ID`: the referral's slip, to the desk's printer when
/// `print_command` is set (unless `--screen`), else on standard output. Anyone who
/// may see the referral's details may print it again; the printing is audited.
fn slip(
    store: &mut Store,
    me: &Staff,
    id: i64,
    screen: bool,
    printer: Option<&Printer>,
) -> Result<ExitCode, crate::Error> {
    let lang = match crate::i18n::cli::lang() {
        crate::i18n::Lang::El => SlipLang::El,
        crate::i18n::Lang::En => SlipLang::En,
    };
    let slip = match crate::slip::referral_slip(store, &me.viewer(), id, lang) {
        Ok(slip) => slip,
        Err(crate::slip::SlipError::NotYours) => {
            return Err(crate::Error::refused(
                CliMsg::SlipNotYours,
                &[&id.to_string()],
            ));
        }
        // A record that is not there, or the store: said by `kentro::Error`.
        Err(e) => return Err(e.into()),
    };
    if slip.centre_unset {
        errln!("{}", sayf(CliMsg::SlipCentreUnset, &[]));
    }
    let text = slip.text;
    let stamp = Stamp::now(&me.login);
    match printer.filter(|_| !screen) {
        Some(printer) => {
            store.audit(&stamp, "slip", "referral", Some(id), "printed")?;
            printer.print(&text)?;
            outln!("{}", sayf(CliMsg::SlipPrinted, &[&id.to_string()]));
        }
        None => {
            store.audit(&stamp, "slip", "referral", Some(id), "shown")?;
            super::print(&text)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
