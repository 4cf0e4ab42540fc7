//! `kentro export TABLE` through the real binary, on the demo centre: every table
//! written and read back (CSV, the Excel form's bytes, an xlsx workbook), refused to
//! roles the privacy rule does not let export people, and audited once per export
//! with nothing personal in the audit row.

mod common;

use std::process::Output;

use common::cli::Cli as Centre;
use common::operator_as;
use kentro::domain::codes::Role;
use kentro::domain::export::Table;
use kentro::store::Store;

/// An AMKA that starts with a zero, as Excel would lose it.
const AMKA: &str = "01013099997";

impl Centre {
    /// The demo centre plus one person with a leading-zero AMKA; this process's
    /// user is an operator with `role`.
    fn demo(role: Role) -> Centre {
        let centre = Centre::bare().lang("en");
        let now = chrono::NaiveDate::from_ymd_opt(2026, 3, 15)
            .unwrap()
            .and_hms_opt(10, 0, 0)
            .unwrap();
        drop(kentro::cli::demo::create(&centre.db(), now).unwrap());
        let csv = centre.write(
            "one.csv",
            &format!("surname,given_name,date_of_birth,gender,amka,phone,consent\nΖερβού,Ελένη,01/01/1930,F,{AMKA},+30 691 000 0001,yes\n"),
        );
        let mut store = Store::open(&centre.db()).unwrap();
        operator_as(&mut store, Role::Admin);
        let out = centre.run(&["import", csv.to_str().unwrap()]);
        assert!(out.status.success(), "{}", stderr(&out));
        if role != Role::Admin {
            operator_as(&mut store, role);
        }
        centre
    }

    fn audit_rows(&self, entity: &str) -> Vec<String> {
        let conn = rusqlite::Connection::open(self.db()).unwrap();
        let mut stmt = conn
            .prepare("SELECT detail FROM audit_log WHERE action = 'export' AND entity = ?1")
            .unwrap();
        stmt.query_map([entity], |r| r.get(0))
            .unwrap()
            .map(Result::unwrap)
            .collect()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The rows each table has in the database, counted plainly.
fn expected_rows(centre: &Centre, table: Table) -> i64 {
    centre.sql(match table {
        Table::People => "SELECT count(*) FROM person",
        Table::Households => "SELECT count(*) FROM household",
        Table::Visits => "SELECT count(*) FROM visit",
        Table::Tickets => "SELECT count(*) FROM ticket",
        Table::Referrals => "SELECT count(*) FROM referral",
        Table::Services => "SELECT count(*) FROM service",
        Table::Appointments => "SELECT count(*) FROM appointment",
        Table::Activities => "SELECT count(*) FROM activity",
        Table::Enrolments => "SELECT count(*) FROM enrolment",
        Table::Attendance => "SELECT count(*) FROM attendance",
        Table::Handouts => "SELECT count(*) FROM handout_line",
    })
}

#[test]
fn every_table_is_exported_read_back_and_audited_once() {
    let centre = Centre::demo(Role::Admin);
    for table in Table::ALL {
        let name = table.name();
        let file = centre.path(&format!("{name}.csv"));
        let out = centre.run(&["export", name, "--out", file.to_str().unwrap()]);
        assert!(out.status.success(), "{name}: {}", stderr(&out));
        let mut reader = csv::Reader::from_path(&file).unwrap();
        let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
        let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(header, names, "{name}");
        let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
        let expected = expected_rows(&centre, table);
        assert_eq!(rows.len() as i64, expected, "{name}");
        assert!(expected > 0, "the demo centre has {name}");
        let audit = centre.audit_rows(name);
        assert_eq!(audit.len(), 1, "{name}: one audit row");
        assert_eq!(audit[0], format!("format=csv rows={expected}"), "{name}");
    }
    // People import back: the leading zero and the phone are there as typed.
    let people = std::fs::read_to_string(centre.path("people.csv")).unwrap();
    assert!(people.contains(AMKA) && people.contains("+306910000001"));
    // Standard output when no file is named; `beneficiaries` is still the same.
    let out = centre.run(&["export", "beneficiaries"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(String::from_utf8(out.stdout).unwrap(), people);
    assert!(
        !centre
            .audit_rows("people")
            .iter()
            .any(|d| d.contains(AMKA) || d.contains("Ζερβού")),
        "nothing personal in the audit log"
    );
}

#[test]
fn the_excel_form_opens_in_greek_excel_with_the_leading_zero_kept() {
    let centre = Centre::demo(Role::Admin);
    let file = centre.path("people-excel.csv");
    let out = centre.run(&[
        "export",
        "people",
        "--excel",
        "--out",
        file.to_str().unwrap(),
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&file).unwrap();
    assert!(
        bytes.starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 with a byte-order mark"
    );
    let text = std::str::from_utf8(&bytes[3..]).unwrap();
    let first = text.split("\r\n").next().unwrap();
    assert_eq!(
        first,
        "id;surname;given_name;father_name;mother_name;date_of_birth;gender;nationality;phone;amka;afm;languages;notes;consent"
    );
    // Every record ends in CRLF (a line break inside a quoted note stays as typed).
    assert!(text.ends_with("\r\n"));
    let records = csv::ReaderBuilder::new()
        .delimiter(b';')
        .terminator(csv::Terminator::CRLF)
        .from_reader(text.as_bytes())
        .records()
        .count() as i64;
    assert_eq!(records, centre.sql("SELECT count(*) FROM person"));
    // The AMKA as Excel's text formula: the CSV field "=""01013099997""".
    assert!(text.contains(&format!("\"=\"\"{AMKA}\"\"\"")), "{text}");
    assert!(text.contains("\"=\"\"+306910000001\"\"\""));
    // Read back as Excel would split it.
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(&bytes[3..]);
    let amka_at = reader
        .headers()
        .unwrap()
        .iter()
        .position(|h| h == "amka")
        .unwrap();
    let cells: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[amka_at].to_string())
        .collect();
    assert!(cells.contains(&format!("=\"{AMKA}\"")), "{cells:?}");
}

#[test]
fn an_xlsx_workbook_holds_identifiers_as_text() {
    use calamine::{Data, Reader, open_workbook_auto};
    let centre = Centre::demo(Role::Admin);
    for table in [Table::People, Table::Tickets, Table::Handouts] {
        let file = centre.path(&format!("{}.xlsx", table.name()));
        let out = centre.run(&[
            "export",
            table.name(),
            "--format",
            "xlsx",
            "--out",
            file.to_str().unwrap(),
        ]);
        assert!(out.status.success(), "{}", stderr(&out));
        let mut book = open_workbook_auto(&file).unwrap();
        let sheet = book.worksheet_range(table.name()).unwrap();
        assert_eq!(
            sheet.height() as i64,
            expected_rows(&centre, table) + 1,
            "{table:?}"
        );
        let header: Vec<String> = sheet
            .rows()
            .next()
            .unwrap()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let names: Vec<&str> = table.columns().iter().map(|c| c.name).collect();
        assert_eq!(header, names);
        if table == Table::People {
            let amka_at = names.iter().position(|n| *n == "amka").unwrap();
            let amkas: Vec<&Data> = sheet.rows().skip(1).map(|r| &r[amka_at]).collect();
            assert!(
                amkas.contains(&&Data::String(AMKA.into())),
                "a text cell with its leading zero"
            );
            // Record numbers are numbers.
            assert!(matches!(sheet.rows().nth(1).unwrap()[0], Data::Float(_)));
        }
        assert_eq!(centre.audit_rows(table.name()).len(), 1);
    }
    // A workbook needs a file.
    let out = centre.run(&["export", "people", "--format", "xlsx"]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("--out"), "{}", stderr(&out));
}

#[test]
fn tables_about_people_are_refused_to_other_roles_the_others_are_not() {
    for role in [Role::Receptionist, Role::SocialWorker, Role::Psychologist] {
        let centre = Centre::demo(role);
        for table in Table::ALL {
            let file = centre.path("out.csv");
            let out = centre.run(&["export", table.name(), "--out", file.to_str().unwrap()]);
            let open = matches!(table, Table::Services | Table::Activities);
            assert_eq!(
                out.status.success(),
                open,
                "{role:?} {table:?}: {}",
                stderr(&out)
            );
            assert_eq!(file.exists(), open, "{role:?} {table:?}");
            assert_eq!(centre.audit_rows(table.name()).len(), usize::from(open));
            if !open {
                assert!(
                    stderr(&out).contains("for administrators"),
                    "{}",
                    stderr(&out)
                );
            }
            let _ = std::fs::remove_file(&file);
        }
    }
}
