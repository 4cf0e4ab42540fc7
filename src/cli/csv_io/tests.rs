//! Reading and checking people CSVs (no database needed).

use chrono::NaiveDate;

use super::read::read_people;
use crate::domain::intake::{self, ConsentPolicy, Entry, Field, Problem};
use crate::i18n::Lang;

/// Every field kept: these tests are about the cells, not consent.
fn read(bytes: &[u8], today: NaiveDate) -> Result<super::read::CheckedRows, String> {
    read_in(Lang::En, bytes, today)
}

fn read_in(lang: Lang, bytes: &[u8], today: NaiveDate) -> Result<super::read::CheckedRows, String> {
    read_people(bytes, today, &ConsentPolicy::everything(), "tester", lang)
        .map_err(|e| e.render(lang))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

/// What Greek Excel saves as "CSV": Windows-1253, `;`, CRLF, and an AMKA that lost
/// its leading zero.
#[test]
fn excel_files_are_read_with_right_line_numbers() {
    let text = "surname;given_name;amka;afm\r\n\
                Παπαδόπουλος;Γεώργιος;01013099997;090000045\r\n\
                Καρίμι;Αχμάντ;1013099997;\r\n\
                Ντιαλό;Μαμαντού;;90000045\r\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1253.encode(text);
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    for file in [bytes.to_vec(), utf16, text.as_bytes().to_vec()] {
        let (good, problems) = read(&file, today()).unwrap();
        assert_eq!(good.len(), 1);
        assert_eq!(good[0].0, 2, "CRLF lines counted once");
        assert_eq!(good[0].1.surname, "Παπαδόπουλος");
        let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert_eq!(lines.len(), 2, "{lines:?}");
        assert!(
            lines[0].starts_with(
                "line 3: amka: AMKA has 10 digits: a spreadsheet (Excel) dropped its leading zero"
            ),
            "{lines:?}"
        );
        assert!(
            lines[1].starts_with("line 4: afm: AFM has 8 digits"),
            "{lines:?}"
        );
    }
}

#[test]
fn every_bad_cell_is_reported_with_its_line() {
    let csv = "\u{feff}surname,given_name,date_of_birth,gender,amka,afm\n\
               Καρίμι,Αχμάντ,12/01/1990,M,01013099997,090000045\n\
               ,Ali,2030-01-01,Q,01013099996,123\n\
               Diallo,Mamadou,31/02/1990,M,,\n";
    let (good, problems) = read(csv.as_bytes(), today()).unwrap();
    assert_eq!(good.len(), 1);
    assert_eq!(good[0].1.surname, "Καρίμι");
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "line 3: surname: required",
            "line 3: date_of_birth: in the future",
            "line 3: gender: use F, M or X",
            "line 3: amka: AMKA check digit is wrong",
            "line 3: afm: AFM has the wrong number of digits",
            "line 4: date_of_birth: not a date (use YYYY-MM-DD or DD/MM/YYYY)",
        ]
    );
}

#[test]
fn unknown_or_missing_columns_stop_at_the_header() {
    let (good, problems) = read(b"surname,shoe_size\nA,42\n", today()).unwrap();
    assert!(good.is_empty());
    let text: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert!(
        text[0].starts_with("line 1: shoe_size: unknown column"),
        "{text:?}"
    );
    assert_eq!(text[1], "line 1: given_name: required column missing");
}

#[test]
fn repeated_identifiers_inside_the_file_are_bad_rows() {
    let csv = "surname,given_name,amka\nA,B,01013099997\nC,D,01013099997\n";
    let (good, problems) = read(csv.as_bytes(), today()).unwrap();
    assert_eq!(good.len(), 1);
    assert_eq!(problems[0].to_string(), "line 3: amka: same as line 2");
}

#[test]
fn the_import_and_the_form_refuse_the_same_values() {
    let csv = "surname,given_name,date_of_birth,languages,gender\n\
               A,B,1885-01-01,fas;xx;fas,female\n";
    let (good, problems) = read(csv.as_bytes(), today()).unwrap();
    assert!(good.is_empty());
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "line 2: date_of_birth: too far in the past",
            "line 2: languages: unknown language \"xx\"",
        ]
    );
    // The form's own check says the same of the same values.
    let mut entry = Entry::default();
    entry.set(Field::Surname, "A");
    entry.set(Field::GivenName, "B");
    entry.set(Field::DateOfBirth, "01/01/1885");
    entry.set(Field::Languages, "fas,xx");
    let now = today().and_time(chrono::NaiveTime::MIN);
    let checked = intake::check(&entry, now, "t", &ConsentPolicy::everything());
    let problem = |f| checked.issue_of(f).map(|i| i.problem);
    assert_eq!(problem(Field::DateOfBirth), Some(Problem::TooEarly));
    assert_eq!(problem(Field::Languages), Some(Problem::UnknownCode));
    // A good row comes out as the form would store it (each language once).
    let csv = "surname,given_name,languages,gender\nA,B,fas;prs;FAS,f\n";
    let (good, problems) = read(csv.as_bytes(), today()).unwrap();
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(good[0].1.languages, ["fas", "prs"]);
}

#[test]
fn a_row_with_missing_fields_names_its_line() {
    let csv = "surname,given_name\nA,B\nC\n";
    let (_, problems) = read(csv.as_bytes(), today()).unwrap();
    assert_eq!(problems[0].line, 3);
    assert_eq!(problems[0].column, "row");
}

/// The same bad cells in Greek: each reason in the catalogue's Greek, the column names
/// (the file's own words) as they are.
#[test]
fn every_bad_cell_is_reported_in_greek() {
    let csv = "surname,given_name,date_of_birth,gender,amka,afm\n\
               ,Ali,2030-01-01,Q,01013099996,123\n\
               Diallo,Mamadou,31/02/1990,M,1013099997,\n";
    let (_, problems) = read_in(Lang::El, csv.as_bytes(), today()).unwrap();
    let reasons: Vec<String> = problems
        .iter()
        .map(|p| format!("{} {}: {}", p.line, p.column, p.reason))
        .collect();
    assert_eq!(
        reasons,
        [
            "2 surname: υποχρεωτικό",
            "2 date_of_birth: στο μέλλον",
            "2 gender: γράψτε F, M ή X",
            "2 amka: ΑΜΚΑ: λάθος ψηφίο ελέγχου",
            "2 afm: ΑΦΜ: λάθος πλήθος ψηφίων",
            "3 date_of_birth: δεν είναι ημερομηνία (γράψτε ΕΕΕΕ-ΜΜ-ΗΗ ή ΗΗ/ΜΜ/ΕΕΕΕ)",
            "3 amka: ΑΜΚΑ με 10 ψηφία: το υπολογιστικό φύλλο (Excel) έκοψε το αρχικό \
             μηδενικό· ορίστε τη στήλη ως «Κείμενο» πριν πληκτρολογήσετε ή επικολλήσετε \
             και αποθηκεύστε ξανά",
        ]
    );
    let (_, problems) = read_in(Lang::El, b"surname,shoe_size,surname\nA,42,B\n", today()).unwrap();
    let reasons: Vec<String> = problems
        .iter()
        .map(|p| format!("{} {}: {}", p.line, p.column, p.reason))
        .collect();
    assert!(
        reasons[0].starts_with("1 shoe_size: άγνωστη στήλη (γνωστές: id, surname, "),
        "{reasons:?}"
    );
    assert_eq!(reasons[1], "1 surname: η στήλη υπάρχει δύο φορές");
    assert_eq!(reasons[2], "1 given_name: λείπει υποχρεωτική στήλη");
}

/// Every kind of refusal a file can get, in Greek, has no English word in it: only the
/// file's own text (column names, codes), F/M/X and the names of formats and programs.
#[test]
fn no_refusal_in_greek_has_english_words() {
    let csv = "surname,given_name,date_of_birth,gender,nationality,phone,amka,afm,languages,consent\n\
               A,B,01/01/1885,Q,ZZ,12,00000000000,abc,fas;xx,perhaps\n\
               A,B,not-a-date,F,GR,,01013099997,,,\n\
               C,D,2030-01-01,F,GR,,01013099997,,,\n\
               E,F,1990-01-01,F,GR,,,,,\n\
               E,F,1990-01-01,F,GR,,,,,\n\
               \"x\",y\n";
    let long = "Α".repeat(300);
    let csv = format!("{csv}{long},B,,,,,,,,\n");
    for lang in [Lang::En, Lang::El] {
        let (_, problems) = read_in(lang, csv.as_bytes(), today()).unwrap();
        assert!(problems.len() >= 12, "{problems:?}");
        if lang == Lang::En {
            continue;
        }
        let allowed = [
            "F", "M", "X", "ZZ", "xx", "Excel", "UTF", "consent", "id", "perhaps",
        ];
        for problem in &problems {
            for word in problem
                .reason
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
            {
                assert!(
                    allowed.contains(&word) || super::COLUMNS.contains(&word),
                    "English {word:?} in {problem:?}"
                );
            }
        }
    }
}
