//! README's "Encryption on the server" run as written after the recipe.

use super::*;

/// README's "Encryption on the server", run as written after the recipe (with a kentro
/// built with the `encryption` feature: `.ci/run` runs this test so): the database and
/// its backups are encrypted, the key file is the system account's alone, and desks
/// work through kentro, which takes the key from the system config only.
#[cfg(feature = "encryption")]
#[test]
fn readme_encryption_on_the_server_runs_as_written_and_desks_work_through_kentro() {
    if let Some(reason) = cannot_run() {
        eprintln!("SKIPPED the encrypted deployment test: {reason}");
        return;
    }
    let dir = tempfile::Builder::new()
        .prefix("kentro-deployment-encrypted-")
        .tempdir_in("/var/tmp")
        .expect("a temporary directory");
    let port = free_port();
    let ns = start(dir.path(), port);
    let plain = |path: &str| {
        ns.sh(&format!("head -c 16 {path} | grep -qa 'SQLite format 3'"))
            .status
            .success()
    };
    assert!(plain(DB), "the recipe's database starts plain");
    let lines = readme_block("deployment-test-encryption");
    assert!(lines.iter().any(|l| l == "kentro encrypt"), "{lines:?}");
    for line in &lines {
        ns.ok(line);
    }
    assert!(!plain(DB), "the database is encrypted");
    assert_eq!(owner_group_mode(&ns, DB), "kentro kentro 600");
    assert_eq!(
        owner_group_mode(&ns, "/etc/kentro/kentro.key"),
        "kentro kentro 600"
    );
    // A desk login can neither read the key nor name another one.
    let out = ns.sh("runuser -u maria.k -- cat /etc/kentro/kentro.key");
    assert!(!out.status.success());
    ns.ok("runuser -u maria.k -- sh -c 'umask 077 && echo not-the-key-at-all > /tmp/wrong.key'");
    let out = ns.sh("runuser -u maria.k -- env KENTRO_KEY_FILE=/tmp/wrong.key \
         /usr/local/bin/kentro --lang en queue add --service reception");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Through kentro, desks write and read: the command line and a desk over ssh.
    let listed = ns.ok("runuser -u nikos.p -- /usr/local/bin/kentro --lang en queue list --json");
    assert!(listed.contains("\u{391}001"), "{listed}");
    let mut desk = open_desk(dir.path(), port, DESKS[0].0, DESKS[0].1, "en_US.UTF-8");
    desk.wait_for(&format!("Desk {}", DESKS[0].1));
    desk.send(b"\x1bOQ");
    desk.wait_for("\u{391}001");
    // A person's name is nowhere in the files, the WAL included, while a desk has it open.
    ns.ok(
        "printf 'surname,given_name\\nKryptopoulou,Eleni\\n' > /tmp/people.csv && \
         /usr/local/bin/kentro --lang en import /tmp/people.csv",
    );
    let found = ns.sh("grep -la Kryptopoulou /srv/kentro/kentro.db*");
    assert!(
        !found.status.success(),
        "{}",
        String::from_utf8_lossy(&found.stdout)
    );
    // A backup is encrypted too, and the system account's.
    ns.ok("/usr/local/bin/kentro --lang en backup /srv/kentro/backups");
    let backup = ns.ok("ls /srv/kentro/backups");
    let backup = format!(
        "/srv/kentro/backups/{}",
        backup.lines().next().expect("a backup")
    );
    assert_eq!(owner_group_mode(&ns, &backup), "kentro kentro 600");
    assert!(!plain(&backup), "the backup is encrypted");
    // doctor, run by a desk login, says so and finds nothing wrong.
    let report =
        ns.ok("runuser -u maria.k -- env LANG=C.UTF-8 /usr/local/bin/kentro --lang en doctor");
    assert!(
        report.contains("does not begin with SQLite's header"),
        "{report}"
    );
    assert!(report.contains("No problems found."), "{report}");
    desk.send(b"\x11");
    assert!(desk.wait_exit(Duration::from_secs(15)).is_some());
    drop(desk);
    drop(ns);
}
