//! README's deployment recipe run as written, as root, and two desks through SSH that
//! get kentro and nothing else.

use super::*;

#[test]
fn readme_deployment_recipe_runs_as_written_and_desks_get_kentro_and_nothing_else() {
    if let Some(reason) = cannot_run() {
        eprintln!("SKIPPED the deployment test: {reason}");
        return;
    }
    let started = Instant::now();
    let dir = tempfile::Builder::new()
        .prefix("kentro-deployment-")
        .tempdir_in("/var/tmp")
        .expect("a temporary directory");
    let port = free_port();
    let ns = start(dir.path(), port);
    // The desks' printer (README, "Printing"): set once in the system config, the only
    // place a set-user-id kentro takes it from. This one writes what it is given to a
    // file named after the login it runs as, where lp would print it.
    ns.ok(r#"printf 'print_command = "cat > /tmp/printed-$(id -un).txt"\n' >> /etc/kentro/config.toml"#);

    // Files: the documented owners and modes.
    for (path, expected) in [
        ("/srv/kentro", "kentro kentro 2700"),
        (DB, "kentro kentro 600"),
        ("/srv/kentro/backups", "kentro kentro 2700"),
        ("/usr/local/bin/kentro", "kentro kentro 4755"),
        ("/etc/kentro/config.toml", "root root 644"),
        ("/etc/kentro/tmux.conf", "root root 644"),
    ] {
        assert_eq!(owner_group_mode(&ns, path), expected, "{path}");
    }
    assert!(ns.ok("cat /etc/kentro/config.toml").contains(DB));

    // The desk logins cannot reach the file except through kentro.
    for (login, _) in DESKS {
        for attempt in [
            format!("cat {DB} > /dev/null"),
            format!("cp {DB} /tmp/copy-{login}.db"),
            "ls /srv/kentro".to_string(),
        ] {
            let out = ns.sh(&format!("runuser -u {login} -- sh -c '{attempt}'"));
            assert!(!out.status.success(), "{login} could run {attempt}");
            assert!(
                String::from_utf8_lossy(&out.stderr).contains("Permission denied"),
                "{attempt}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    // Through kentro, with its role; --db and KENTRO_DB are not a way to another file.
    let out = ns.sh("runuser -u maria.k -- env KENTRO_DB=/tmp/elsewhere.db \
         /usr/local/bin/kentro --lang en --db /tmp/elsewhere.db queue services");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stderr).contains("--db is ignored"));
    assert!(!ns.sh("test -e /tmp/elsewhere.db").status.success());
    // Nor is the desk login's own config: it may set the language or the keymap, not
    // the database, its key file or a command for the system account to run.
    ns.ok(
        "runuser -u maria.k -- sh -c 'mkdir -p /home/maria.k/.config/kentro && \
         printf \"db = \\\"/tmp/mine.db\\\"\\nkey_file = \\\"/tmp/key\\\"\\nlang = \\\"en\\\"\\n\" \
         > /home/maria.k/.config/kentro/config.toml'",
    );
    let out = ns.sh("runuser -u maria.k -- /usr/local/bin/kentro queue services");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!ns.sh("test -e /tmp/mine.db").status.success());
    ns.ok("rm /home/maria.k/.config/kentro/config.toml");
    let out = ns.sh("runuser -u maria.k -- /usr/local/bin/kentro --lang en backup /tmp/b.db");
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("for administrators"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(!ns.sh("test -e /tmp/b.db").status.success());

    // Both desks at 80×24 through ssh -tt, each with the number and the language its
    // client sent: the first in English, the second in Greek.
    let mut desks = vec![
        open_desk(dir.path(), port, DESKS[0].0, DESKS[0].1, "en_US.UTF-8"),
        open_desk(dir.path(), port, DESKS[1].0, DESKS[1].1, "el_GR.UTF-8"),
    ];
    desks[0].wait_for(&format!("Desk {}", DESKS[0].1));
    desks[1].wait_for(&format!("Γραφείο {}", DESKS[1].1));
    // Both write, and each sees the other's ticket.
    desks[0].send(b"\x1bOQ");
    desks[0].wait_for("Nobody in today's queue");
    desks[0].send(b"n");
    desks[0].wait_for("New ticket");
    desks[0].send(b"\r");
    desks[0].wait_for("Ticket \u{391}001 issued");
    desks[1].send(b"\x1bOQ");
    desks[1].wait_for("\u{391}001");
    desks[1].send(b"n");
    desks[1].wait_for("Νέο εισιτήριο");
    desks[1].send(b"\r");
    desks[1].wait_for("Εισιτήριο \u{391}002 εκδόθηκε");
    desks[0].wait_for("\u{391}002");
    let listed = ns.ok("/usr/local/bin/kentro --lang en queue list --json");
    assert!(
        listed.contains("\u{391}001") && listed.contains("\u{391}002"),
        "{listed}"
    );

    // tmux's prefix opens nothing: no new window, no command prompt.
    desks[0].send(b"\x02c");
    desks[0].send(b"\x02:");
    std::thread::sleep(Duration::from_millis(500));
    let windows = ns.ok("runuser -u maria.k -- tmux list-windows -a -F x");
    assert_eq!(windows.lines().count(), 1, "{windows}");
    let screen = desks[0].screen();
    assert!(
        screen.contains("Desk 7") && screen.contains("F2 Queue"),
        "{screen}"
    );
    assert!(
        !screen.lines().any(|l| l.starts_with(':')),
        "tmux's prompt:\n{screen}"
    );
    desks[0].send(b"\x1b");

    // Database files stay the system account's while desks work, and a backup by the
    // administrator (root, through the installed kentro) is its too.
    for suffix in ["", "-wal", "-shm"] {
        assert_eq!(
            owner_group_mode(&ns, &format!("{DB}{suffix}")),
            "kentro kentro 600"
        );
    }
    ns.ok(
        "/usr/local/bin/kentro --lang en backup /srv/kentro/backups --keep-daily 7 --keep-weekly 8",
    );
    let backups = ns.ok("ls /srv/kentro/backups");
    let backup = backups.lines().next().expect("a backup was written");
    assert_eq!(
        owner_group_mode(&ns, &format!("/srv/kentro/backups/{backup}")),
        "kentro kentro 600"
    );
    // An export is the real user's file, in a directory the system account cannot
    // write: it was written with root's rights, not kentro's.
    ns.ok("install -d -m 0700 /home/exports && /usr/local/bin/kentro --lang en export beneficiaries --out /home/exports/people.csv");
    assert_eq!(
        owner_group_mode(&ns, "/home/exports/people.csv"),
        "root root 600"
    );

    // kentro doctor, run by a desk login through the installed kentro, finds nothing
    // wrong; a database file opened to the group is found, with its fix.
    let doctor = "runuser -u maria.k -- env LANG=C.UTF-8 /usr/local/bin/kentro --lang en doctor";
    let report = ns.ok(doctor);
    assert!(report.contains("shared install"), "{report}");
    assert!(
        report.contains("set-user-id: real user maria.k, rights of kentro"),
        "{report}"
    );
    assert!(report.contains("No problems found."), "{report}");
    ns.ok(&format!("chmod 640 {DB}"));
    let out = ns.sh(doctor);
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{report}");
    assert!(report.contains(&format!("fix: chmod 600 {DB}")), "{report}");
    ns.ok(&format!("chmod 600 {DB}"));

    // Printing under set-user-id: a referral slip and a ticket from the command line,
    // and a slip from a desk's referral screen (F5, p), each by the desk login's own
    // rights (the printed file is the login's, never the system account's).
    ns.ok(
        "printf 'surname,given_name\\nPrintopoulou,Eleni\\n' > /tmp/people.csv && \
         /usr/local/bin/kentro --lang en import /tmp/people.csv",
    );
    let referral = ns.ok(
        "/usr/local/bin/kentro --lang en referrals add --person 1 --service legal \
         --reason tenancy --consent",
    );
    let referral = referral.trim();
    let printed = |login: &str| {
        let file = format!("/tmp/printed-{login}.txt");
        assert_eq!(
            ns.ok(&format!("stat -c %U {file}")).trim(),
            login,
            "{file} is not {login}'s"
        );
        ns.ok(&format!("cat {file}"))
    };
    let out = ns.ok(&format!(
        "runuser -u maria.k -- /usr/local/bin/kentro --lang en referrals slip {referral}"
    ));
    assert!(out.contains("sent to the printer"), "{out}");
    let slip = printed("maria.k");
    assert!(
        slip.contains("Referral slip") && slip.contains("Printopoulou"),
        "{slip}"
    );
    let number = ns.ok(
        "runuser -u maria.k -- /usr/local/bin/kentro --lang en queue add --service reception --print",
    );
    let ticket = printed("maria.k");
    assert!(ticket.contains(number.trim()), "{number}: {ticket}");
    assert!(!ticket.contains("Printopoulou"), "{ticket}");
    desks[1].send(b"\x1b[15~");
    desks[1].wait_for("Printopoulou");
    desks[1].send(b"p");
    desks[1].wait_for("στάλθηκε στον εκτυπωτή");
    let slip = printed("nikos.p");
    assert!(
        slip.contains("Παραπεμπτικό") && slip.contains("Printopoulou"),
        "{slip}"
    );

    // Quitting kentro ends the session, and the SSH connection with it.
    for (app, (login, _)) in desks.iter_mut().zip(DESKS) {
        app.send(b"\x11");
        assert!(
            app.wait_exit(Duration::from_secs(15)).is_some(),
            "{login}'s ssh still runs after kentro quit:\n{}",
            app.screen()
        );
        let left = ns.sh(&format!("runuser -u {login} -- tmux list-sessions"));
        assert!(
            !left.status.success(),
            "{login}'s tmux session outlived kentro"
        );
    }
    drop(desks);
    assert!(!ns.sh(&format!("test -e {DB}-wal")).status.success());
    // Root running kentro itself (not the installed one) on the shared database works
    // with the system account's rights: a backup it writes is the account's, not a
    // root-owned file, and a restore it makes leaves a database the desks can open.
    // (SQLite alone gives a WAL or SHM made by root the database's owner; not a copy.)
    let binary = ns.dir.join("kentro-built");
    let binary = binary.display();
    ns.ok(&format!("{binary} --db {DB} backup /srv/kentro/by-root.db"));
    assert_eq!(
        owner_group_mode(&ns, "/srv/kentro/by-root.db"),
        "kentro kentro 600"
    );
    ns.ok(&format!(
        "{binary} --db {DB} restore /srv/kentro/by-root.db --yes"
    ));
    assert_eq!(owner_group_mode(&ns, DB), "kentro kentro 600");
    ns.ok("runuser -u nikos.p -- /usr/local/bin/kentro queue services");

    eprintln!(
        "deployment test: README's recipe and two desks over ssh in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    drop(ns);
}
