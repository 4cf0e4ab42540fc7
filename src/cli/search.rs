//! `kentro search QUERY`: the lookup engine from the command line.

use std::process::ExitCode;

use serde_json::json;

use super::SearchArgs;
use crate::domain::access::{Access, Kind, Scope, Viewer, access, shown_identifier};
use crate::domain::dates::{format_date, format_iso};
use crate::domain::records::Staff;
use crate::search::{self, Hit, MatchKind};
use crate::store::{Stamp, Store};

fn kind_name(kind: MatchKind) -> &'static str {
    kind.name()
}

/// One hit as JSON, identifiers as the privacy rule lets `viewer` see them
/// (`reveal`: the operator asked for them in full, and it was recorded).
fn hit_json(hit: &Hit, viewer: &Viewer, reveal: bool) -> serde_json::Value {
    let p = &hit.person;
    let ids = access(viewer, Kind::Identifier, Scope::Centre);
    let id = |v: &Option<String>| v.as_deref().and_then(|v| shown_identifier(v, ids, reveal));
    json!({
        "id": p.id,
        "surname": p.surname,
        "given_name": p.given_name,
        "father_name": p.father_name,
        "date_of_birth": p.date_of_birth.map(format_iso),
        "gender": p.gender.map(|g| g.code()),
        "nationality": p.nationality,
        "amka": id(&p.amka),
        "afm": id(&p.afm),
        "phone": p.phone,
        "last_visit": hit.last_visit.map(format_iso),
        "match": kind_name(hit.kind),
        "score": hit.score,
    })
}

pub fn run(store: &mut Store, me: &Staff, args: &SearchArgs) -> Result<ExitCode, crate::Error> {
    let viewer = me.viewer();
    if args.reveal && access(&viewer, Kind::Identifier, Scope::Centre) != Access::Reveal {
        return Err(crate::Error::refused(
            crate::i18n::errors::ErrMsg::RevealNotForRole,
            &[me.role.code()],
        ));
    }
    let hits = search::search(store, &args.query, args.limit)?;
    // One audit row per search (what was searched for is not recorded: it may be a
    // name), and one per person whose identifiers were shown in full.
    let stamp = Stamp::now(&me.login);
    store.batch(&stamp, |b| {
        b.audit("search", "person", None, &format!("hits={}", hits.len()))?;
        if args.reveal && args.json {
            for hit in &hits {
                b.audit("reveal", "person", Some(hit.person.id), "cli-search")?;
            }
        }
        Ok(())
    })?;
    if args.json {
        let array: Vec<_> = hits
            .iter()
            .map(|hit| hit_json(hit, &viewer, args.reveal))
            .collect();
        super::print(&format!("{}\n", serde_json::Value::Array(array)))?;
        return Ok(ExitCode::SUCCESS);
    }
    let mut text = String::new();
    for hit in &hits {
        let p = &hit.person;
        text.push_str(&format!(
            "{:>8}  {:<40} {:<16} {:<10}  {}\n",
            p.id,
            p.display_name(),
            p.father_name,
            p.date_of_birth.map(format_date).unwrap_or_default(),
            kind_name(hit.kind)
        ));
    }
    super::print(&text)?;
    if hits.is_empty() {
        // The query is a name or an identifier: never echoed to standard error, which
        // ends up in logs and mail from cron.
        return Err(crate::Error::Nothing(crate::error::Words::new(
            crate::i18n::ops::OpsMsg::NothingFound,
            &[],
        )));
    }
    Ok(ExitCode::SUCCESS)
}
