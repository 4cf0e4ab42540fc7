//! Doctor's findings on planted problems, and its text and JSON.

use std::os::unix::fs::PermissionsExt;

use super::*;

fn me() -> Expected {
    let uid = nix::unistd::geteuid().as_raw();
    Expected {
        uid,
        owner: user_name(uid),
        shared: false,
    }
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn a_healthy_single_user_database_has_no_problem_and_doctor_creates_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::create(&db).unwrap());
    let before: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    let findings = examine(&db, Mode::Plain, &me(), Lang::En);
    let after: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(before, after, "doctor left files behind");
    let db_check = findings.iter().find(|f| f.check == "database").unwrap();
    assert_eq!(db_check.status, Status::Ok, "{db_check:?}");
    assert!(db_check.detail.ends_with("0600"), "{}", db_check.detail);
    let schema = findings.iter().find(|f| f.check == "schema").unwrap();
    assert_eq!(schema.status, Status::Ok, "{schema:?}");
    let keys = findings.iter().find(|f| f.check == "search_keys").unwrap();
    assert_eq!(keys.status, Status::Ok, "{keys:?}");
    let enc = findings.iter().find(|f| f.check == "encryption").unwrap();
    assert_eq!(enc.detail, "no (plain SQLite)");
}

#[test]
fn planted_problems_are_found_each_with_its_fix() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("k.db");
    drop(Store::create(&db).unwrap());
    // A database others can read.
    set_mode(&db, 0o644);
    // A WAL left by a run that was not the owner's (here: the wrong mode).
    let wal = with_suffix(&db, "-wal");
    std::fs::write(&wal, b"").unwrap();
    set_mode(&wal, 0o666);
    // A slips directory and a slip open to everyone.
    let slips = dir.path().join("slips");
    std::fs::create_dir(&slips).unwrap();
    set_mode(&slips, 0o700);
    std::fs::write(slips.join("slip.txt"), "x").unwrap();
    set_mode(&slips.join("slip.txt"), 0o644);
    let findings = examine(&db, Mode::Plain, &me(), Lang::En);
    let get = |check: &str| findings.iter().find(|f| f.check == check).unwrap().clone();
    let database = get("database");
    assert_eq!(database.status, Status::Problem);
    assert_eq!(database.fix, Some(format!("chmod 600 {}", db.display())));
    let wal_check = get("wal");
    assert_eq!(wal_check.status, Status::Problem);
    assert_eq!(wal_check.fix, Some(format!("chmod 600 {}", wal.display())));
    let slip = get("slips");
    assert_eq!(slip.status, Status::Problem);
    assert!(slip.fix.unwrap().starts_with("chmod 600 "));
    // The text report shows each problem with its fix, and says how many.
    let text = render(&findings, &me(), Lang::En);
    assert!(text.contains("PROBLEM"), "{text}");
    assert!(
        text.contains(&format!("fix: chmod 600 {}", db.display())),
        "{text}"
    );
    assert!(text.contains("Problems: 3."), "{text}");
    let el = render(&examine(&db, Mode::Plain, &me(), Lang::El), &me(), Lang::El);
    assert!(
        el.contains("ΠΡΟΒΛΗΜΑ") && el.contains("διόρθωση: chmod 600"),
        "{el}"
    );
}

#[test]
fn a_file_of_another_owner_is_given_back_with_chown() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("k.db-shm");
    std::fs::write(&path, b"").unwrap();
    set_mode(&path, 0o600);
    let meta = std::fs::metadata(&path).unwrap();
    let other = Expected {
        uid: meta.uid() + 1,
        owner: SYSTEM_ACCOUNT.into(),
        shared: true,
    };
    let finding = file_finding("shm", M::CheckShm, &path, &meta, &other, Lang::En);
    assert_eq!(finding.status, Status::Problem);
    assert_eq!(
        finding.fix,
        Some(format!("chown kentro:kentro {}", path.display()))
    );
    assert!(
        finding.detail.contains("should be kentro"),
        "{}",
        finding.detail
    );
    // Of another owner and open to others: one fix for both (a WAL left by root's
    // sqlite3 was given back still 0644).
    set_mode(&path, 0o644);
    let meta = std::fs::metadata(&path).unwrap();
    let finding = file_finding("shm", M::CheckShm, &path, &meta, &other, Lang::En);
    let shown = path.display();
    assert_eq!(
        finding.fix,
        Some(format!("chown kentro:kentro {shown} && chmod 600 {shown}"))
    );
}

#[test]
fn a_missing_database_names_init() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("typo.db");
    let findings = examine(&db, Mode::Plain, &me(), Lang::En);
    let database = findings.iter().find(|f| f.check == "database").unwrap();
    assert_eq!(database.status, Status::Problem);
    assert_eq!(
        database.fix,
        Some(format!("kentro init --db {}", db.display()))
    );
    assert!(!db.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn network_file_systems_small_terminals_and_other_locales_are_problems() {
    assert_eq!(network_file_system(0x6969), Some("NFS"));
    assert_eq!(network_file_system(0xFF53_4D42), Some("CIFS"));
    assert_eq!(network_file_system(0xEF53), None); // ext4
    assert_eq!(network_file_system(0x0102_1994), None); // tmpfs
    let small = terminal_finding(Some((80, 23)), true, "screen", Lang::En);
    assert_eq!(small.status, Status::Problem);
    assert!(small.detail.contains("80×23"), "{}", small.detail);
    assert!(small.fix.unwrap().contains("status off"));
    let fine = terminal_finding(Some((80, 24)), true, "xterm", Lang::El);
    assert_eq!(fine.status, Status::Ok);
    let piped = terminal_finding(None, false, "dumb", Lang::En);
    assert_eq!(piped.status, Status::Info);
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |var: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == var)
                .map(|(_, v)| v.to_string())
        }
    };
    let latin = locale_finding(env(&[("LANG", "el_GR.ISO-8859-7")]), Lang::En);
    assert_eq!(latin.status, Status::Problem);
    assert!(latin.fix.is_some());
    assert_eq!(
        locale_finding(env(&[("LANG", "el_GR.UTF-8")]), Lang::En).status,
        Status::Ok
    );
    assert_eq!(locale_finding(env(&[]), Lang::En).status, Status::Problem);
    let low = space_finding(Path::new("/srv"), 150 << 20, 100 << 20, Lang::En);
    assert_eq!(low.status, Status::Problem);
    assert_eq!(
        low.fix,
        Some("free space on the disk of /srv (df -h /srv)".into())
    );
    assert_eq!(
        space_finding(Path::new("/srv"), 10 << 30, 100 << 20, Lang::En).status,
        Status::Ok
    );
}

#[test]
fn json_names_each_check_with_its_status_and_fix() {
    let finding =
        Finding::new("wal", M::CheckWal, Status::Problem, "x".into()).fix("chmod 600 x".into());
    let value = serde_json::to_value(&finding).unwrap();
    assert_eq!(
        value,
        serde_json::json!({"check": "wal", "status": "problem", "detail": "x", "fix": "chmod 600 x"})
    );
}
