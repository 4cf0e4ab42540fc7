//! `kentro report`: the period report, aggregates and their merge, on seeded centres,
//! checked against counts made directly in SQL.

mod common;

use std::process::Output;

use common::cli::Cli as Centre;
use common::operator_as;
use kentro::domain::codes::Role;
use kentro::store::Store;

impl Centre {
    /// A seeded centre whose operator (this process's real user, its first
    /// administrator) is then made `role`.
    fn seeded(seed: &str, role: Role) -> Centre {
        let centre = Centre::bare();
        let out = centre.run(&["init"]);
        assert!(out.status.success(), "{}", stderr(&out));
        let out = centre.run(&["seed", "--count", "400", "--seed", seed]);
        assert!(out.status.success(), "{}", stderr(&out));
        operator_as(&mut Store::open(&centre.db()).unwrap(), role);
        centre
    }

    fn json(&self, args: &[&str]) -> serde_json::Value {
        let out = self.run(args);
        assert!(out.status.success(), "{}", stderr(&out));
        serde_json::from_slice(&out.stdout).unwrap()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The summary's value for the row whose label starts with `label`.
fn summary(report: &serde_json::Value, label: &str) -> String {
    report["tables"][0]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["label"].as_str().unwrap().starts_with(label))
        .map(|r| r["cells"][0].as_str().unwrap().to_string())
        .unwrap_or_else(|| panic!("no {label} in {report}"))
}

const YEAR: [&str; 4] = ["--from", "2020-01-01", "--to", "2099-12-31"];

#[test]
fn only_administrators_make_reports() {
    let centre = Centre::seeded("3", Role::Receptionist);
    let out = centre.run(&["report", "--month", "2026-01"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("administrators"), "{}", stderr(&out));
}

#[test]
fn the_period_report_matches_plain_sql_and_is_audited() {
    let centre = Centre::seeded("5", Role::Admin);
    let mut args = vec!["--lang", "en", "report", "--format", "json", "--exact"];
    args.extend(YEAR);
    let report = centre.json(&args);
    let served = centre.sql("SELECT count(DISTINCT person_id) FROM visit");
    let visits = centre.sql("SELECT count(*) FROM visit");
    let tickets = centre.sql("SELECT count(*) FROM ticket");
    let referrals = centre.sql("SELECT count(*) FROM referral");
    assert!(served > 100, "the seed made history: {served}");
    assert_eq!(summary(&report, "People served"), served.to_string());
    assert_eq!(
        summary(&report, "New people"),
        served.to_string(),
        "nobody before 2020"
    );
    assert_eq!(summary(&report, "Visits"), visits.to_string());
    assert_eq!(summary(&report, "Arrivals"), tickets.to_string());
    assert_eq!(summary(&report, "Referrals"), referrals.to_string());
    assert_eq!(
        centre.sql("SELECT count(*) FROM audit_log WHERE action = 'report'"),
        1,
        "every report leaves an audit row"
    );

    // A month: new + returning = served, returning means a visit before the month.
    let month = centre.json(&[
        "--lang", "en", "report", "--month", "2026-06", "--format", "json", "--exact",
    ]);
    let returning = centre.sql(
        "SELECT count(DISTINCT person_id) FROM visit v WHERE visited_on BETWEEN '2026-06-01' AND '2026-06-30' \
         AND EXISTS (SELECT 1 FROM visit b WHERE b.person_id = v.person_id AND b.visited_on < '2026-06-01')",
    );
    assert_eq!(summary(&month, "Returning"), returning.to_string());
}

#[test]
fn published_reports_suppress_small_counts_and_xlsx_reads_back() {
    let centre = Centre::seeded("6", Role::Admin);
    // One service, one week: small numbers everywhere.
    let args = [
        "--lang",
        "en",
        "report",
        "--from",
        "2026-06-01",
        "--to",
        "2026-06-05",
        "--service",
        "legal",
        "--format",
        "json",
    ];
    let report = centre.json(&args);
    let text = report.to_string();
    for table in report["tables"].as_array().unwrap() {
        for row in table["rows"].as_array().unwrap() {
            for cell in row["cells"].as_array().unwrap() {
                if let Ok(n) = cell.as_str().unwrap().parse::<u64>() {
                    assert!(n == 0 || n >= 5, "{n} shown in {}", table["title"]);
                }
            }
        }
    }
    assert!(text.contains("<5"), "{text}");

    let out_file = centre.path("march.xlsx");
    let out = centre.run(&[
        "--lang",
        "el",
        "report",
        "--month",
        "2026-03",
        "--format",
        "xlsx",
        "--out",
        out_file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    use calamine::{Reader, open_workbook_auto};
    let mut book = open_workbook_auto(&out_file).unwrap();
    let names = book.sheet_names();
    assert!(names.len() > 5, "{names:?}");
    let summary = book.worksheet_range(&names[1]).unwrap();
    let label = summary.get_value((3, 0)).unwrap().to_string();
    assert!(label.starts_with("Άτομα που εξυπηρετήθηκαν"), "{label}");
    // Numbers are numbers in the workbook.
    assert!(matches!(
        summary.get_value((3, 1)),
        Some(calamine::Data::Float(_))
    ));

    // A workbook is never poured into a terminal or pipe.
    let out = centre.run(&["report", "--month", "2026-03", "--format", "xlsx"]);
    assert!(!out.status.success());
}

#[test]
fn aggregates_merge_across_centres_and_refuse_other_periods() {
    let a = Centre::seeded("7", Role::Admin);
    let b = Centre::seeded("8", Role::Admin);
    let aggregate = |c: &Centre, name: &str, month: &str| {
        let path = a.path(name);
        let out = c.run(&[
            "report",
            "--aggregate",
            "--format",
            "json",
            "--month",
            month,
            "--out",
            path.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        path
    };
    let fa = aggregate(&a, "a.json", "2026-05");
    let fb = aggregate(&b, "b.json", "2026-05");
    let other = aggregate(&b, "b-april.json", "2026-04");
    let text = std::fs::read_to_string(&fa).unwrap();
    assert!(
        !text.contains("surname") && !text.contains("\"id\""),
        "no person-level rows"
    );

    let served = |c: &Centre| {
        c.sql("SELECT count(DISTINCT person_id) FROM visit WHERE visited_on BETWEEN '2026-05-01' AND '2026-05-31'")
    };
    let merged = a.json(&[
        "--lang",
        "en",
        "report",
        "merge",
        fa.to_str().unwrap(),
        fb.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(
        summary(&merged, "People served"),
        (served(&a) + served(&b)).to_string()
    );

    let out = a.run(&[
        "report",
        "merge",
        fa.to_str().unwrap(),
        other.to_str().unwrap(),
    ]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("2026-04-01"), "{}", stderr(&out));
}

#[test]
fn esf_indicators_and_participant_records() {
    let centre = Centre::seeded("9", Role::Admin);
    let ok = |args: &[&str]| {
        let out = centre.run(args);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    // Person 1 is rural and homeless by the facts recorded; person 2 is not asked.
    ok(&[
        "esf",
        "facts",
        "1",
        "--area",
        "rural",
        "--housing",
        "roofless",
        "--minority",
        "yes",
    ]);
    ok(&[
        "esf",
        "enter",
        "1",
        "--operation",
        "OP1",
        "--on",
        "2026-02-01",
    ]);
    ok(&[
        "esf",
        "enter",
        "2",
        "--operation",
        "OP1",
        "--on",
        "2026-02-03",
    ]);
    ok(&[
        "esf",
        "exit",
        "1",
        "--operation",
        "OP1",
        "--on",
        "2026-04-30",
        "--reason",
        "completed",
    ]);
    // A second open entry into the same operation is refused; an exit before entry too.
    assert!(
        !centre
            .run(&["esf", "enter", "2", "--operation", "OP1"])
            .status
            .success()
    );
    assert!(
        !centre
            .run(&[
                "esf",
                "exit",
                "2",
                "--operation",
                "OP1",
                "--on",
                "2026-01-01"
            ])
            .status
            .success()
    );
    assert!(
        !centre
            .run(&["esf", "facts", "1", "--housing", "castle"])
            .status
            .success()
    );

    let csv = ok(&["esf", "participants", "--operation", "OP1"]);
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines.len(), 3, "{csv}");
    assert!(lines[0].starts_with("person_id,operation,entered_on,left_on,gender,age_at_entry"));
    assert!(lines[0].ends_with("EECO15,EECO16,EECO17"));
    assert!(
        lines[1].starts_with("1,OP1,2026-02-01,2026-04-30,"),
        "{csv}"
    );
    assert!(
        lines[1].ends_with(",1,1,1"),
        "minority, homeless, rural: {csv}"
    );
    assert!(lines[2].starts_with("2,OP1,2026-02-03,,"), "{csv}");

    let report = centre.json(&[
        "--lang",
        "en",
        "esf",
        "indicators",
        "--from",
        "2026-01-01",
        "--to",
        "2026-12-31",
        "--operation",
        "OP1",
        "--format",
        "json",
        "--exact",
    ]);
    let rows = report["tables"][0]["rows"].as_array().unwrap();
    let total = |code: &str| {
        rows.iter().find(|r| r["label"] == code).unwrap()["cells"][5]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(total("EECO11"), "2");
    assert_eq!(total("EECO17"), "1");
    assert_eq!(total("EECO16"), "1");

    // Without an operation, the whole centre: an entry is a person's first visit.
    let centre_wide = centre.json(&[
        "--lang",
        "en",
        "esf",
        "indicators",
        "--from",
        "2020-01-01",
        "--to",
        "2099-12-31",
        "--format",
        "json",
        "--exact",
    ]);
    let served = centre.sql("SELECT count(DISTINCT person_id) FROM visit");
    let rows = centre_wide["tables"][0]["rows"].as_array().unwrap();
    let eeco11 = rows.iter().find(|r| r["label"] == "EECO11").unwrap();
    assert_eq!(eeco11["cells"][5].as_str().unwrap(), served.to_string());
    assert!(
        centre.sql("SELECT count(*) FROM audit_log WHERE detail LIKE 'OP1%' AND action = 'export'")
            == 1,
        "participant records are audited"
    );
}

/// Without an operation a participant enters with their first visit ever: the store's
/// one-pass reading gives exactly the people a plain query finds, on the day a plain
/// query finds.
#[test]
fn whole_centre_entries_are_first_visits_ever() {
    use kentro::domain::report::period::Period;
    let centre = Centre::seeded("11", Role::Admin);
    let store = Store::open(&centre.db()).unwrap();
    let conn = rusqlite::Connection::open(centre.db()).unwrap();
    let last: chrono::NaiveDate = conn
        .query_row("SELECT max(visited_on) FROM visit", [], |r| r.get(0))
        .unwrap();
    for days in [0u64, 30, 200] {
        let from = last.checked_sub_days(chrono::Days::new(days)).unwrap();
        let period = Period::new(from, last).unwrap();
        let mut entries = Vec::new();
        store
            .for_each_participant(&period, None, |p| entries.push(p.entered_on))
            .unwrap();
        entries.sort_unstable();
        let mut plain: Vec<chrono::NaiveDate> = conn
            .prepare(
                "SELECT min(visited_on) FROM visit GROUP BY person_id \
                 HAVING min(visited_on) BETWEEN ?1 AND ?2",
            )
            .unwrap()
            .query_map([from, last], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        plain.sort_unstable();
        assert_eq!(entries, plain, "{days} days");
        assert!(days == 0 || !entries.is_empty(), "{days} days");
    }
}
