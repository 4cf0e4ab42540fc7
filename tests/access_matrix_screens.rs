//! Role × organisation through the screens of the real binary in a pseudo-terminal,
//! and through slips (on screen and on the command line): each role of each
//! organisation opens a person's card, asks for the identifiers, tries the
//! administrators' screens and prints the referral's slip; what appears is checked
//! against the privacy rule (`domain::access`), and each card view is one audit row.
//! (The command line's side is `tests/access_matrix.rs`.)

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{App, me, praksis_centre, praksis_referral};
use kentro::domain::access::{Access, Kind, Scope, Viewer, access};
use kentro::domain::codes::{Role, Vulnerability};
use kentro::domain::person::Person;
use kentro::store::{NewCaseNote, Stamp};

const AMKA: &str = "01013099997";
const NAME: &str = "Matrixopoulou";
const REASON: &str = "QXSCREENREASON";
const NOTE: &str = "QXSCREENNOTE";
const GLASS: &str = "Court order";

/// A person with an AMKA, a vulnerability, a case note and a referral written by a
/// social worker of praksis (no consent to share); the tests' operator is `role` of
/// `organisation`. Returns the directory, the database and the referral's id.
fn centre(role: Role, organisation: &str) -> (tempfile::TempDir, std::path::PathBuf, i64) {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    let zoe = Person {
        surname: NAME.into(),
        given_name: "Zoe".into(),
        amka: Some(AMKA.into()),
        vulnerabilities: vec![Vulnerability::AsylumSeeker],
        ..Person::default()
    };
    let (mut store, person) = praksis_centre(&db, role, organisation, &zoe);
    let sw = Stamp::now("praksis.sw");
    store
        .add_case_note(
            &NewCaseNote {
                person_id: person,
                visit_id: None,
                noted_on: chrono::Local::now().date_naive(),
                body: NOTE.into(),
                corrects: None,
            },
            &sw,
        )
        .unwrap();
    let service = store
        .services()
        .unwrap()
        .into_iter()
        .find(|s| s.accepts_referrals && s.active)
        .unwrap()
        .id;
    let referral = praksis_referral(&mut store, person, service, REASON);
    (dir, db, referral)
}

fn audit_count(db: &std::path::Path, action: &str) -> i64 {
    common::audit_count(db, action, Some(&me()))
}

/// Waits until the screen stops changing for a moment (after a key that may or may
/// not change it), and returns it.
fn settled(app: &App) -> String {
    let start = Instant::now();
    let mut last = app.screen();
    let mut still = Instant::now();
    while start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(40));
        let now = app.screen();
        if now != last {
            last = now;
            still = Instant::now();
        } else if still.elapsed() > Duration::from_millis(250) {
            break;
        }
    }
    last
}

/// The whole card, page by page.
fn card_text(app: &mut App) -> String {
    app.send(b"\x1b[H"); // Home
    let mut text = settled(app);
    for _ in 0..5 {
        app.send(b"\x1b[6~"); // PageDown
        text.push_str(&settled(app));
    }
    text
}

#[test]
fn every_role_of_every_organisation_through_the_screens_and_slips() {
    let mut checked = 0;
    for role in Role::ALL.iter().copied() {
        for organisation in ["", "praksis", "arsis"] {
            let case = format!("{role:?} of {organisation:?}");
            let viewer = Viewer::new(&me(), role, organisation);
            let (dir, db, referral) = centre(role, organisation);
            let admin = viewer.may(Kind::StaffAdmin);
            let theirs = Scope::Organisation {
                owner: "praksis",
                consent_to_share: false,
            };
            let note_answer = access(&viewer, Kind::CaseNote, theirs);
            let detail_answer = access(&viewer, Kind::ReferralDetail, theirs);
            let sensitive = access(&viewer, Kind::Sensitive, Scope::Centre).shown();
            let may_reveal = access(&viewer, Kind::Identifier, Scope::Centre) == Access::Reveal;

            // The slip on the command line: only where the rule shows the details.
            let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
                .arg("--db")
                .arg(&db)
                .args(["--lang", "en", "referrals", "slip", &referral.to_string()])
                .env("KENTRO_CONFIG", dir.path().join("no-config.toml"))
                .env_remove("KENTRO_DB")
                .current_dir(dir.path())
                .output()
                .unwrap();
            let said = format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            );
            assert_eq!(
                out.status.success(),
                detail_answer.shown(),
                "{case}: {said}"
            );
            // Without a printer the slip is printed on the standard output.
            assert_eq!(
                said.contains(REASON),
                detail_answer.shown(),
                "{case}: {said}"
            );

            let mut app = App::on_db_with(dir, &db, "en", "xterm-256color", &[]);
            app.wait_for("┌ Queue ");
            app.send(b"\x1bOS"); // F4
            app.wait_for("Find:");
            app.send(NAME.as_bytes());
            app.wait_for("1 of 1");
            app.send(b"\r");
            app.wait_for("Esc: back to the results");
            let card = card_text(&mut app);
            assert!(!card.contains(AMKA), "{case}: {card}");
            assert_eq!(card.contains("asylum"), sensitive, "{case}: {card}");
            assert_eq!(card.contains(NOTE), note_answer.shown(), "{case}: {card}");
            assert_eq!(
                card.contains(REASON),
                detail_answer.shown(),
                "{case}: {card}"
            );
            // Whole identifiers only on request, for roles that may ask.
            app.send(b"i");
            let card = card_text(&mut app);
            assert_eq!(card.contains(AMKA), may_reveal, "{case}: {card}");
            assert_eq!(audit_count(&db, "reveal"), i64::from(may_reveal), "{case}");
            // Breaking the glass: administrators, with a reason, recorded.
            app.send(b"o");
            let asked = settled(&app);
            let glass = note_answer == Access::BreakGlass || detail_answer == Access::BreakGlass;
            assert_eq!(
                asked.contains("Open records of other"),
                glass,
                "{case}: {asked}"
            );
            if glass {
                app.send(GLASS.as_bytes());
                app.send(b"\r");
                app.wait_for("reason was recorded");
                let card = card_text(&mut app);
                assert!(
                    card.contains(NOTE) && card.contains(REASON),
                    "{case}: {card}"
                );
            }
            assert_eq!(audit_count(&db, "break-glass"), i64::from(glass), "{case}");
            assert_eq!(audit_count(&db, "view"), 1, "{case}: one row per card view");
            app.send(b"\x1b");
            std::thread::sleep(Duration::from_millis(100));
            // The slip from the referral screen (no printer: shown on screen).
            app.send(b"\x1b[15~"); // F5
            app.wait_for(NAME);
            app.send(b"p");
            let slip = settled(&app);
            assert_eq!(
                slip.contains(REASON),
                detail_answer.shown(),
                "{case}: {slip}"
            );
            if !detail_answer.shown() {
                assert!(slip.contains("no slip from here"), "{case}: {slip}");
            }
            app.send(b"\x1b");
            std::thread::sleep(Duration::from_millis(100));
            // The administrators' screens: staff, audit, the retention review.
            for (keys, title) in [
                (&b"\x1b[19~"[..], "Login"),
                (&b"\x1b[21~"[..], " entries"),
                (&b"\x1br"[..], "people with no activity"),
            ] {
                app.send(keys);
                let screen = settled(&app);
                assert_eq!(screen.contains(title), admin, "{case} {title}: {screen}");
                app.send(b"\x1bOQ"); // F2: back to the queue
                settled(&app);
            }
            app.send(b"\x11"); // Ctrl-Q
            assert!(app.wait_exit(Duration::from_secs(10)).is_some(), "{case}");
            checked += 1;
        }
    }
    assert_eq!(checked, Role::ALL.len() * 3);
}
