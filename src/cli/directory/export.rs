//! Writing the directory as HSDS CSV tables.

use std::collections::BTreeMap;
use std::path::Path;

use super::*;
use crate::store::Store;

fn write_table(
    dir: &Path,
    file: &str,
    header: &[&str],
    rows: &[Vec<String>],
) -> Result<(), String> {
    let path = dir.join(file);
    let tmp =
        tempfile::NamedTempFile::new_in(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    {
        let mut w = csv::Writer::from_writer(tmp.as_file());
        w.write_record(header).map_err(|e| e.to_string())?;
        for row in rows {
            w.write_record(row).map_err(|e| e.to_string())?;
        }
        w.flush().map_err(|e| e.to_string())?;
    }
    tmp.persist(&path)
        .map_err(|e| format!("{}: {e}", path.display()))?;
    Ok(())
}

/// Writes the whole directory as HSDS CSV tables into `dir` (created if missing).
/// Returns how many services were written.
pub fn export_dir(store: &Store, dir: &Path) -> Result<usize, String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let services = store.services().map_err(|e| e.to_string())?;
    let mut orgs: BTreeMap<String, String> = BTreeMap::new();
    let (mut svc, mut loc, mut sal, mut addr, mut ph, mut sch) =
        (vec![], vec![], vec![], vec![], vec![], vec![]);
    let yes = |b: bool| if b { "yes" } else { "no" }.to_string();
    for s in &services {
        // HSDS needs an organisation for every service; the centre's own lines may
        // have none recorded, and then they belong to the centre itself.
        let organisation = if s.organisation.trim().is_empty() {
            OWN_CENTRE
        } else {
            s.organisation.as_str()
        };
        let org = org_id(organisation);
        orgs.entry(org.clone())
            .or_insert_with(|| organisation.to_string());
        let code = &s.code;
        svc.push(vec![
            format!("svc-{code}"),
            org.clone(),
            s.name_el.clone(),
            s.name_en.clone(),
            String::new(),
            String::new(),
            s.email.clone(),
            if s.active { "active" } else { "inactive" }.to_string(),
            yes(s.interpretation),
            String::new(),
            s.eligibility.clone(),
            code.clone(),
            s.ticket_prefix.clone(),
            s.kind.map(|k| k.code().to_string()).unwrap_or_default(),
            s.categories.join(";"),
            s.languages.join(";"),
            yes(s.accepts_referrals),
            s.documents_required.clone(),
        ]);
        if !s.address.is_empty() {
            loc.push(vec![
                format!("loc-{code}"),
                org.clone(),
                s.name_el.clone(),
                s.name_en.clone(),
                String::new(),
            ]);
            sal.push(vec![
                format!("sal-{code}"),
                format!("svc-{code}"),
                format!("loc-{code}"),
            ]);
            addr.push(vec![
                format!("addr-{code}"),
                format!("loc-{code}"),
                s.address.clone(),
                String::new(),
                String::new(),
                "GR".to_string(),
            ]);
        }
        if !s.phone.is_empty() {
            ph.push(vec![
                format!("ph-{code}"),
                format!("svc-{code}"),
                String::new(),
                String::new(),
                s.phone.clone(),
                "voice".to_string(),
            ]);
        }
        if !s.hours.is_empty() {
            sch.push(vec![
                format!("sch-{code}"),
                format!("svc-{code}"),
                String::new(),
                String::new(),
                String::new(),
                String::new(),
                s.hours.clone(),
            ]);
        }
    }
    let org_rows: Vec<Vec<String>> = orgs
        .into_iter()
        .map(|(id, name)| {
            vec![
                id,
                name,
                String::new(),
                String::new(),
                String::new(),
                String::new(),
            ]
        })
        .collect();
    write_table(dir, "organizations.csv", ORG, &org_rows)?;
    write_table(dir, "services.csv", SVC, &svc)?;
    write_table(dir, "locations.csv", LOC, &loc)?;
    write_table(dir, "services_at_location.csv", SAL, &sal)?;
    write_table(dir, "physical_addresses.csv", ADDR, &addr)?;
    write_table(dir, "phones.csv", PHONE, &ph)?;
    write_table(dir, "schedules.csv", SCHED, &sch)?;
    Ok(services.len())
}
