//! Case notes shown to their organisation, the audit log read with filters by
//! administrators, and a database encrypted with its key.

use super::*;

#[test]
fn case_notes_are_shown_to_their_organisation_newest_first_and_never_edited() {
    let (env, person) = Env::centre(Role::SocialWorker, "praksis");
    let add = |text: &str, extra: &[&str]| {
        let mut args = vec!["notes", "add", "--text", text];
        args.extend_from_slice(extra);
        let p = person.to_string();
        let mut all: Vec<&str> = args.clone();
        all.insert(2, &p);
        let out = env.run(&all);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
            .trim()
            .trim_start_matches("case note ")
            .parse::<i64>()
            .unwrap()
    };
    let first = add("first note", &["--date", "2026-01-05"]);
    let corr = first.to_string();
    add("correction of the first", &["--corrects", &corr]);
    let out = env.run(&["notes", "list", &person.to_string(), "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list[0]["text"], "correction of the first");
    assert_eq!(list[0]["corrects"], first);
    assert_eq!(list[1]["text"], "first note");
    // Never edited in place, even from sqlite3.
    let conn = rusqlite::Connection::open(env.db()).unwrap();
    let edit = conn.execute("UPDATE case_note SET body = 'changed'", []);
    assert!(edit.unwrap_err().to_string().contains("never edited"));
    drop(conn);

    // Another organisation's social worker sees that they exist, not their text.
    let mut store = env.store();
    store
        .upsert_staff(
            &staff(&me(), Role::SocialWorker, "arsis"),
            &Stamp::now("boss"),
        )
        .unwrap();
    drop(store);
    let out = env.run(&["notes", "list", &person.to_string(), "--json"]);
    let list: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 0);
    assert!(stderr(&out).contains("2 note(s)"), "{}", stderr(&out));
    // An administrator of another organisation: only by breaking the glass.
    let mut store = env.store();
    store
        .upsert_staff(&staff(&me(), Role::Admin, "arsis"), &Stamp::now("boss"))
        .unwrap();
    drop(store);
    let out = env.run(&["notes", "list", &person.to_string(), "--json"]);
    assert!(!stdout(&out).contains("first note"));
    let out = env.run(&[
        "notes",
        "list",
        &person.to_string(),
        "--json",
        "--break-glass",
        "court order 12/2026",
    ]);
    assert!(stdout(&out).contains("first note"));
    assert_eq!(env.audit_count("break-glass"), 1);
    // A receptionist reads none and writes none.
    let mut store = env.store();
    store
        .upsert_staff(
            &staff(&me(), Role::Receptionist, "praksis"),
            &Stamp::now("boss"),
        )
        .unwrap();
    drop(store);
    let out = env.run(&["notes", "list", &person.to_string()]);
    assert!(!out.status.success() && !stdout(&out).contains("first note"));
    let p = person.to_string();
    let out = env.run(&["notes", "add", &p, "--text", "x"]);
    assert!(!out.status.success());
}

#[test]
fn the_audit_log_is_read_by_administrators_with_filters() {
    let (env, person) = Env::centre(Role::Admin, "");
    env.run(&["search", "Canaryopoulos"]);
    let out = env.run(&["audit", "--person", &person.to_string(), "--json"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    let rows = rows.as_array().unwrap();
    assert!(!rows.is_empty());
    assert!(rows.iter().all(|r| r["entity_id"] == person));
    let out = env.run(&["audit", "--action", "search", "--operator", &me(), "--json"]);
    let rows: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(rows.as_array().unwrap().len(), 1);
    let out = env.run(&["audit", "--since", "2999-01-01", "--json"]);
    assert_eq!(stdout(&out).trim(), "[]");
    let text = stdout(&env.run(&["audit"]));
    assert!(
        !text.contains("Canaryopoulos") && !text.contains(AMKA),
        "{text}"
    );
    let bad = env.run(&["audit", "--since", "yesterday"]);
    assert!(stderr(&bad).contains("YYYY-MM-DD"));
    for role in [Role::Receptionist, Role::SocialWorker] {
        let (env, _) = Env::centre(role, "");
        let out = env.run(&["audit"]);
        assert!(!out.status.success());
        assert!(stderr(&out).contains("for administrators"));
    }
}

#[cfg(feature = "encryption")]
#[test]
fn encrypt_converts_a_database_that_then_opens_only_with_its_key() {
    use std::os::unix::fs::PermissionsExt;
    use std::process::Command;
    let (env, _) = Env::centre(Role::Admin, "");
    let key = env.dir.path().join("kentro.key");
    std::fs::write(&key, "a long enough pass phrase\n").unwrap();
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).unwrap();
    let with_key = |key: &std::path::Path, args: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_kentro"))
            .arg("--db")
            .arg(env.db())
            .args(args)
            .env("KENTRO_CONFIG", env.dir.path().join("no-config.toml"))
            .env("KENTRO_KEY_FILE", key)
            .env_remove("KENTRO_DB")
            .output()
            .unwrap()
    };
    let out = with_key(&key, &["encrypt"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(env.db()).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    assert!(!contains(&bytes.to_ascii_lowercase(), "canaryopoulos"));
    let out = with_key(&key, &["search", "--json", "Canaryopoulos"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("Canaryopoulos"));
    // A wrong key: one clear line, nothing written.
    let wrong = env.dir.path().join("wrong.key");
    std::fs::write(&wrong, "not the right pass phrase\n").unwrap();
    std::fs::set_permissions(&wrong, std::fs::Permissions::from_mode(0o600)).unwrap();
    let before = std::fs::read(env.db()).unwrap();
    let out = with_key(&wrong, &["search", "x"]);
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("wrong key"), "{err}");
    assert_eq!(std::fs::read(env.db()).unwrap(), before);
    // No key at all, not at a terminal: told where the key goes.
    let err = stderr(&env.run(&["search", "x"]));
    assert!(err.contains("KENTRO_KEY_FILE"), "{err}");
    // A backup is encrypted with the same key, and checked with it.
    let copy = env.dir.path().join("copy.db");
    let out = with_key(&key, &["backup", copy.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&copy).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
    assert!(!contains(&bytes.to_ascii_lowercase(), "canaryopoulos"));
    // With a key file configured, `kentro init` creates the database encrypted.
    let fresh = env.dir.path().join("fresh.db");
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("--db")
        .arg(&fresh)
        .arg("init")
        .env("KENTRO_CONFIG", env.dir.path().join("no-config.toml"))
        .env("KENTRO_KEY_FILE", &key)
        .env_remove("KENTRO_DB")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let bytes = std::fs::read(&fresh).unwrap();
    assert_ne!(&bytes[..16], b"SQLite format 3\0");
}
