//! Importing people from CSV: round trips, bad rows reported by line with nothing
//! imported, people already registered, re-imports, and consent as on the form.

use super::*;

#[test]
fn import_then_export_round_trips() {
    let env = Env::new();
    let file = env.write("people.csv", GOOD_CSV);
    let out = env.run(&["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("imported 3 people"));

    let exported = export(&env);
    let mut lines = exported.lines();
    assert_eq!(
        lines.next(),
        Some(
            "id,surname,given_name,father_name,mother_name,date_of_birth,gender,nationality,phone,amka,afm,languages,notes,consent"
        )
    );
    assert!(exported.contains("1,Παπαδόπουλος,Γεώργιος,Νικόλαος,Ελένη,1930-01-01,M,GR,"));
    assert!(exported.contains(",01013099997,090000045,ell,\"first line\nsecond, with comma\",yes"));
    assert!(exported.contains("Karimi,Ahmad,,,1990-01-12,M,AF,"));
    assert!(exported.contains(",prs;fas,"));

    // The export imports back into a fresh database and exports identically.
    let other = Env::new();
    let file = other.write("back.csv", &exported);
    let out = other.run(&["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(export(&other), exported);
}

#[test]
fn bad_rows_are_reported_by_line_and_nothing_is_imported() {
    let env = Env::new();
    let csv = "surname,given_name,date_of_birth,gender,amka,afm\n\
               Καρίμι,Αχμάντ,12/01/1990,M,,\n\
               Rezaei,,1986-02-14,M,14028612345,\n\
               Ali,Omar,1990-13-01,M,,000000000\n\
               Ok,Person,,,,\n";
    let file = env.write("bad.csv", csv);
    let out = env.run(&["import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(err.contains("line 3: given_name: required"), "{err}");
    assert!(
        err.contains("line 3: amka: AMKA check digit is wrong"),
        "{err}"
    );
    assert!(err.contains("line 4: date_of_birth: not a date"), "{err}");
    assert!(
        err.contains("line 4: afm: AFM cannot be all zeros"),
        "{err}"
    );
    assert!(err.contains("nothing was imported"), "{err}");
    assert_eq!(
        export(&env).lines().count(),
        1,
        "only the header: nothing imported"
    );

    let out = env.run(&["import", "--skip-invalid", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("line 3: given_name: required"));
    assert!(stdout(&out).contains("imported 2 people"));
    assert_eq!(export(&env).lines().count(), 3);
}

#[test]
fn importing_someone_already_registered_is_a_bad_row() {
    let env = Env::new();
    let file = import_good(&env);
    let again = env.run(&["import", file.to_str().unwrap()]);
    assert!(!again.status.success());
    assert!(
        stderr(&again).contains("line 2: amka: already registered (person 1)"),
        "{}",
        stderr(&again)
    );
    assert_eq!(
        export(&env).lines().count(),
        1 + 4,
        "header + 3 people + the quoted note's second line"
    );
}

#[test]
fn a_reimport_never_duplicates_people_and_counts_rows() {
    let env = Env::new();
    // No AMKA or AFM: people are told apart by name and date of birth.
    let csv = "surname,given_name,date_of_birth,gender\n\
               Karimi,Ahmad,1990-01-12,M\n\
               Diallo,Mamadou,,M\n\
               Rezaei,Sara,1986-02-14,F\n";
    let file = env.write("people.csv", csv);
    let out = env.run(&["import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("imported 3 people"));

    // The same file again, with one new person, one bad row and a row repeated.
    let more = format!("{csv}New,Person,2001-05-05,F\nBad,,,\nNew,Person,2001-05-05,F\n");
    let file = env.write("again.csv", &more);
    let out = env.run(&["import", file.to_str().unwrap()]);
    assert!(!out.status.success(), "refused without --skip-invalid");
    assert!(
        stderr(&out).contains("nothing was imported"),
        "{}",
        stderr(&out)
    );
    assert_eq!(export(&env).lines().count(), 1 + 3);

    let out = env.run(&["import", "--skip-invalid", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("line 2: row: already registered (person 1, same name and date of birth)"),
        "{err}"
    );
    assert!(
        err.contains(
            "line 3: row: already registered (person 2, same name and details, no date of birth)"
        ),
        "{err}"
    );
    assert!(
        err.contains("line 4: row: already registered (person 3"),
        "{err}"
    );
    assert!(err.contains("line 6: given_name: required"), "{err}");
    assert!(
        err.contains("line 7: row: same person as line 5 (same name and date of birth)"),
        "{err}"
    );
    assert!(
        stdout(&out).contains("imported 1 people"),
        "{}",
        stdout(&out)
    );
    assert!(
        stdout(&out).contains("skipped 5 rows (lines 2, 3, 4, 6, 7)"),
        "rows, not problems: {}",
        stdout(&out)
    );
    assert_eq!(export(&env).lines().count(), 1 + 4);
}

#[test]
fn fields_beyond_the_consent_minimum_need_consent_as_on_the_form() {
    let env = Env::new();
    let csv = "surname,given_name,gender,phone,consent\n\
               Karimi,Ahmad,M,6912345678,\n\
               Diallo,Mamadou,M,6912345679,yes\n\
               Rezaei,Sara,F,,maybe\n\
               Ali,Omar,M,,\n";
    let file = env.write("people.csv", csv);
    let out = env.run(&["import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert!(
        err.contains("line 2: phone: kept only with the person's consent"),
        "{err}"
    );
    assert!(err.contains("line 4: consent: use yes or no"), "{err}");
    assert_eq!(export(&env).lines().count(), 1, "nothing imported");

    let out = env.run(&["import", "--skip-invalid", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("imported 2 people"));
    let exported = export(&env);
    assert!(
        exported.contains("Diallo,Mamadou,,,,M,,+306912345679,,,,,yes"),
        "{exported}"
    );
    assert!(exported.contains("Ali,Omar,,,,M,,,,,,,\n"), "{exported}");
    assert!(!exported.contains("6912345678"), "{exported}");
}
