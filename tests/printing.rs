//! The desk's printer from the command line: `print_command` gets a referral's slip
//! (or a ticket) on its standard input; without one the slip is shown on screen; a
//! colleague who may not see the referral gets no slip.

mod common;

use std::path::Path;

use common::cli::Cli as Env;

impl Env {
    /// The folder of a test: its database made by `kentro init`, commands in English.
    fn new() -> Env {
        Env::bare()
            .db_in_env()
            .config("config.toml")
            .lang("en")
            .state()
            .env("USER", "tester")
            .init()
    }

    /// A printer that writes what it gets into `file`.
    fn printer_into(&self, file: &Path) {
        std::fs::write(
            self.path("config.toml"),
            format!("print_command = \"cat > '{}'\"\n", file.display()),
        )
        .unwrap();
    }
}

fn referral(env: &Env) -> String {
    let csv = env.path("people.csv");
    std::fs::write(&csv, "surname,given_name\nPrintopoulou,Eleni\n").unwrap();
    env.ok(&["import", csv.to_str().unwrap()]);
    let id = env.ok(&[
        "referrals",
        "add",
        "--person",
        "1",
        "--service",
        "legal",
        "--reason",
        "tenancy",
        "--consent",
    ]);
    id.trim().to_string()
}

#[test]
fn a_slip_is_shown_without_a_printer_and_printed_with_one() {
    let env = Env::new();
    let id = referral(&env);
    // No printer: on screen, to read or copy.
    let shown = env.ok(&["referrals", "slip", &id]);
    assert!(
        shown.contains("Printopoulou") && shown.contains("Referral slip"),
        "{shown}"
    );
    // A printer: the same text goes to it.
    let printed = env.path("printed.txt");
    env.printer_into(&printed);
    let said = env.ok(&["referrals", "slip", &id]);
    assert!(said.contains("sent to the printer"), "{said}");
    assert_eq!(std::fs::read_to_string(&printed).unwrap(), shown);
    // --screen shows it even with a printer.
    assert_eq!(env.ok(&["referrals", "slip", &id, "--screen"]), shown);
    // A colleague of another organisation, without the person's consent to share with
    // it, may not see the referral's details: no slip, printed or shown.
    std::fs::remove_file(&printed).unwrap();
    let me = kentro::identity::operator_login().unwrap();
    env.ok(&["staff", "add", "boss", "--role", "admin"]);
    env.ok(&[
        "staff",
        "set",
        &me,
        "--role",
        "social-worker",
        "--organisation",
        "arsis",
    ]);
    let out = env.run(&["referrals", "slip", &id]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("another organisation"));
    assert!(out.stdout.is_empty() && !printed.exists());
}

#[test]
fn a_fresh_centre_slip_says_its_details_are_unset_until_they_are_set() {
    let env = Env::new();
    let id = referral(&env);
    let out = env.run(&["referrals", "slip", &id]);
    assert!(out.status.success());
    let shown = String::from_utf8_lossy(&out.stdout);
    // Never an empty "From:": the centre's name, and plainly what is missing.
    assert!(
        shown.contains("From: Κέντρο Κοινότητας, the centre's contact details are not set"),
        "{shown}"
    );
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("kentro directory centre"),
        "the desk is told where to set them"
    );
    let said = env.ok(&[
        "directory",
        "centre",
        "--name",
        "Κέντρο Κοινότητας Δήμου Ζωγράφου",
        "--address",
        "Γρ. Λαμπράκη 1",
        "--postal-code",
        "157 72",
        "--city",
        "Ζωγράφου",
        "--phone",
        "+30 213 000 0000",
        "--hours",
        "Δευ–Παρ 08:00–16:00",
    ]);
    assert!(said.contains("Γρ. Λαμπράκη 1, 157 72 Ζωγράφου"), "{said}");
    let out = env.run(&["referrals", "slip", &id]);
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains(
            "From: Κέντρο Κοινότητας Δήμου Ζωγράφου, Γρ. Λαμπράκη 1, 157 72 Ζωγράφου, tel. +30 213 000 0000"
        ),
        "{shown}"
    );
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // A bad value is refused and nothing changes.
    let out = env.run(&["directory", "centre", "--email", "not an address"]);
    assert!(!out.status.success());
    assert!(env.ok(&["directory", "centre"]).contains("Ζωγράφου"));
}

#[test]
fn a_ticket_is_printed_when_asked() {
    let env = Env::new();
    let out = env.run(&["queue", "add", "--service", "reception", "--print"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No printer"));
    let printed = env.path("ticket.txt");
    env.printer_into(&printed);
    let number = env.ok(&[
        "queue",
        "add",
        "--service",
        "reception",
        "--print",
        "--label",
        "Labelname",
    ]);
    let ticket = std::fs::read_to_string(&printed).unwrap();
    assert!(ticket.contains(number.trim()), "{ticket}");
    assert!(
        !ticket.contains("Labelname"),
        "nothing about the person: {ticket}"
    );
}

#[test]
fn a_failing_printer_is_told_and_nothing_is_lost() {
    let env = Env::new();
    let id = referral(&env);
    std::fs::write(
        env.path("config.toml"),
        "print_command = \"echo 'lp: desk2: printer not found' >&2; exit 1\"\n",
    )
    .unwrap();
    let out = env.run(&["referrals", "slip", &id]);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("printer not found"), "{err}");
    assert!(!err.contains("Printopoulou"), "{err}");
}
