//! `kentro search QUERY`: the lookup engine from the command line.

use std::process::ExitCode;

use serde_json::json;

use super::SearchArgs;
use crate::domain::dates::{format_date, format_iso};
use crate::search::{self, Hit, MatchKind};
use crate::store::Store;

fn kind_name(kind: MatchKind) -> &'static str {
    kind.name()
}

fn hit_json(hit: &Hit) -> serde_json::Value {
    let p = &hit.person;
    json!({
        "id": p.id,
        "surname": p.surname,
        "given_name": p.given_name,
        "father_name": p.father_name,
        "date_of_birth": p.date_of_birth.map(format_iso),
        "gender": p.gender.map(|g| g.code()),
        "nationality": p.nationality,
        "amka": p.amka,
        "afm": p.afm,
        "phone": p.phone,
        "last_visit": hit.last_visit.map(format_iso),
        "match": kind_name(hit.kind),
        "score": hit.score,
    })
}

pub fn run(store: &Store, args: &SearchArgs) -> Result<ExitCode, String> {
    let hits = search::search(store, &args.query, args.limit).map_err(|e| e.to_string())?;
    if args.json {
        let array: Vec<_> = hits.iter().map(hit_json).collect();
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
        eprintln!("no one found for {:?}", args.query);
    }
    Ok(ExitCode::SUCCESS)
}
