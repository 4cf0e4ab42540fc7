//! The shared deployment, for real: README's "Deployment over SSH" recipe run as
//! written, as root, then two desks opened through SSH at 80×24.
//!
//! Everything happens in a private mount namespace (`unshare --mount`) with overlays on
//! /etc, /usr/local, /home and /srv and a fresh /tmp: the system account, the desk
//! logins, /etc/kentro, the set-user-id binary and the database exist only there, and
//! vanish with it. The sshd is the test's own (loopback port, host key and authorized
//! keys in a temporary directory) and includes the Match block the recipe installed.
//!
//! Skipped, saying why, when not run as root or when a tool is missing (`.ci/run`
//! installs openssh-server and tmux when missing, and runs the tests as root).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::App;

const DESKS: [(&str, &str); 2] = [("maria.k", "7"), ("nikos.p", "8")];
const DB: &str = "/srv/kentro/kentro.db";

/// Why this machine cannot run the test, if it cannot.
fn cannot_run() -> Option<String> {
    if !nix::unistd::geteuid().is_root() {
        return Some("needs root (CI runs it as root)".into());
    }
    for tool in [
        "/usr/sbin/sshd",
        "/usr/bin/ssh",
        "/usr/bin/ssh-keygen",
        "/usr/bin/tmux",
        "/usr/bin/unshare",
        "/usr/bin/nsenter",
        "/usr/sbin/useradd",
        "/usr/sbin/runuser",
    ] {
        if !Path::new(tool).exists() {
            return Some(format!(
                "{tool} is missing (apt-get install openssh-server openssh-client tmux util-linux passwd)"
            ));
        }
    }
    if !Path::new("/srv").is_dir() {
        return Some("/srv is missing".into());
    }
    let probe = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "true"])
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        return Some("cannot make a mount namespace (unshare --mount)".into());
    }
    None
}

/// README's recipe: the lines between the deployment-test markers, in its sh block.
fn readme_recipe() -> Vec<String> {
    readme_block("deployment-test")
}

/// The lines of README's sh block between `<!-- MARKER: begin` and `<!-- MARKER: end -->`.
fn readme_block(marker: &str) -> Vec<String> {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"))
        .expect("README.md");
    let start = readme
        .find(&format!("<!-- {marker}: begin"))
        .unwrap_or_else(|| panic!("README marks the {marker} block"));
    let end = readme[start..]
        .find(&format!("<!-- {marker}: end -->"))
        .unwrap_or_else(|| panic!("README ends the {marker} block"))
        + start;
    let block = &readme[start..end];
    let body = block
        .split("```sh\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("an sh block between the markers");
    body.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(String::from)
        .collect()
}

/// The recipe as the test runs it: the built binary for `target/release/kentro`, and
/// the test's own sshd (started afterwards) for `systemctl reload ssh`.
fn recipe_script(binary: &Path) -> String {
    let lines = readme_recipe();
    assert!(
        lines.iter().any(|l| l.contains("contrib/install.sh")),
        "README's recipe runs contrib/install.sh: {lines:?}"
    );
    let mut script = String::from("set -eux\n");
    for line in lines {
        if line.starts_with("systemctl ") {
            continue;
        }
        script.push_str(&line.replace("target/release/kentro", &binary.display().to_string()));
        script.push('\n');
    }
    script
}

fn free_port() -> u16 {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a loopback port");
    listener.local_addr().expect("its address").port()
}

/// The namespace: its first process ends as the sshd; killing every process in it
/// (all started by this test) on drop unmounts the overlays.
struct Namespace {
    sshd: Child,
    dir: PathBuf,
}

impl Namespace {
    fn mount_ns(&self) -> Option<PathBuf> {
        std::fs::read_link(format!("/proc/{}/ns/mnt", self.sshd.id())).ok()
    }

    /// Runs `script` with sh inside the namespace (as root).
    fn sh(&self, script: &str) -> Output {
        Command::new("nsenter")
            .args([
                "-t",
                &self.sshd.id().to_string(),
                "-m",
                "--",
                "sh",
                "-c",
                script,
            ])
            .output()
            .expect("nsenter runs")
    }

    /// As [`Namespace::sh`], which must succeed; its standard output.
    fn ok(&self, script: &str) -> String {
        let out = self.sh(script);
        assert!(
            out.status.success(),
            "{script}: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).to_string()
    }

    fn log(&self, name: &str) -> String {
        std::fs::read_to_string(self.dir.join(name)).unwrap_or_default()
    }
}

impl Drop for Namespace {
    fn drop(&mut self) {
        // Every process in the test's namespace (sshd, its sessions, the desks' tmux
        // servers) was started by this test; nothing outside it is touched.
        if let Some(ns) = self.mount_ns() {
            for _ in 0..3 {
                let mut pids = Vec::new();
                for entry in std::fs::read_dir("/proc").into_iter().flatten().flatten() {
                    let name = entry.file_name();
                    let Some(pid) = name.to_str().filter(|s| s.parse::<u32>().is_ok()) else {
                        continue;
                    };
                    if std::fs::read_link(format!("/proc/{pid}/ns/mnt"))
                        .ok()
                        .as_ref()
                        == Some(&ns)
                    {
                        pids.push(pid.to_string());
                    }
                }
                if pids.is_empty() {
                    break;
                }
                let _ = Command::new("kill").arg("-KILL").args(&pids).status();
                let _ = self.sshd.try_wait();
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        let _ = self.sshd.kill();
        let _ = self.sshd.wait();
    }
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().expect("command runs");
    assert!(
        out.status.success(),
        "{cmd:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out
}

/// Sets the namespace up: overlays, README's recipe, the keys, then sshd.
fn start(dir: &Path, port: u16) -> Namespace {
    // The built binary and the sources are reached from the test's own directory: the
    // namespace mounts a fresh /tmp, which would hide a checkout (or target) under /tmp.
    let binary = dir.join("kentro-built");
    std::fs::copy(env!("CARGO_BIN_EXE_kentro"), &binary).expect("binary copied");
    std::fs::write(dir.join("recipe.sh"), recipe_script(&binary)).expect("recipe written");
    run(Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", ""])
        .arg("-f")
        .arg(dir.join("host_key")));
    std::fs::create_dir_all(dir.join("keys")).expect("keys directory");
    for (login, _) in DESKS {
        run(Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", ""])
            .arg("-f")
            .arg(dir.join(format!("id_{login}"))));
        std::fs::copy(
            dir.join(format!("id_{login}.pub")),
            dir.join("keys").join(login),
        )
        .expect("authorized key");
    }
    let d = dir.display();
    std::fs::write(
        dir.join("sshd_config"),
        format!(
            "Port {port}\nListenAddress 127.0.0.1\nHostKey {d}/host_key\nPidFile {d}/sshd.pid\n\
             AuthorizedKeysFile {d}/keys/%u\nStrictModes no\nUsePAM no\n\
             PasswordAuthentication no\nKbdInteractiveAuthentication no\n\
             PubkeyAuthentication yes\nLogLevel VERBOSE\n\
             Include /etc/ssh/sshd_config.d/kentro.conf\n"
        ),
    )
    .expect("sshd_config");
    let desks = DESKS.map(|(login, _)| login).join(" ");
    std::fs::write(
        dir.join("namespace.sh"),
        format!(
            r#"set -eu
for d in /etc /usr/local /home /srv; do
    n=$(echo "$d" | tr / _)
    mkdir -p "{d}/overlay/$n/upper" "{d}/overlay/$n/work"
    mount -t overlay overlay -o "lowerdir=$d,upperdir={d}/overlay/$n/upper,workdir={d}/overlay/$n/work" "$d"
done
mkdir -p {d}/src
mount --bind "{src}" {d}/src
mount -t tmpfs -o mode=1777 tmpfs /tmp
mkdir -p /run/sshd
cd {d}/src
sh {d}/recipe.sh > {d}/recipe.log 2>&1 || {{ echo failed > {d}/failed; exit 1; }}
# Key-only logins: useradd leaves the password locked ('!'), which sshd without PAM
# takes for a locked account even for a key.
for u in {desks}; do usermod -p '*' "$u"; done
touch {d}/ready
exec /usr/sbin/sshd -D -e -f {d}/sshd_config 2> {d}/sshd.log
"#,
            src = env!("CARGO_MANIFEST_DIR"),
        ),
    )
    .expect("namespace.sh");
    let sshd = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh"])
        .arg(dir.join("namespace.sh"))
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("unshare starts");
    let ns = Namespace {
        sshd,
        dir: dir.to_path_buf(),
    };
    let started = Instant::now();
    while started.elapsed() < Duration::from_secs(60) {
        assert!(
            !dir.join("failed").exists(),
            "README's recipe failed:\n{}",
            ns.log("recipe.log")
        );
        if dir.join("ready").exists() && std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return ns;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!(
        "sshd did not start:\n{}\n{}",
        ns.log("recipe.log"),
        ns.log("sshd.log")
    );
}

/// A desk: `ssh -tt` to the loopback sshd at 80×24, sending its desk number and its
/// language (`lang`: a locale).
fn open_desk(dir: &Path, port: u16, login: &str, desk: &str, lang: &str) -> App {
    let mut cmd = portable_pty::CommandBuilder::new("ssh");
    cmd.args([
        "-tt",
        "-F",
        "/dev/null",
        "-p",
        &port.to_string(),
        "-o",
        "StrictHostKeyChecking=no",
        "-o",
        "UserKnownHostsFile=/dev/null",
        "-o",
        "LogLevel=ERROR",
        "-o",
        "BatchMode=yes",
        "-o",
        "SendEnv=KENTRO_DESK",
        "-o",
        "SendEnv=LANG",
        "-i",
    ]);
    cmd.arg(dir.join(format!("id_{login}")));
    cmd.arg(format!("{login}@127.0.0.1"));
    cmd.env("TERM", "xterm");
    cmd.env("LANG", lang);
    cmd.env("KENTRO_DESK", desk);
    App::spawn_command(tempfile::tempdir().expect("a directory"), cmd)
}

fn owner_group_mode(ns: &Namespace, path: &str) -> String {
    ns.ok(&format!("stat -c '%U %G %a' {path}"))
        .trim()
        .to_string()
}

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
    assert_eq!(owner_group_mode(&ns, "/srv/kentro"), "kentro kentro 2700");
    assert_eq!(owner_group_mode(&ns, DB), "kentro kentro 600");
    assert_eq!(
        owner_group_mode(&ns, "/srv/kentro/backups"),
        "kentro kentro 2700"
    );
    assert_eq!(
        owner_group_mode(&ns, "/usr/local/bin/kentro"),
        "kentro kentro 4755"
    );
    assert_eq!(
        owner_group_mode(&ns, "/etc/kentro/config.toml"),
        "root root 644"
    );
    assert_eq!(
        owner_group_mode(&ns, "/etc/kentro/tmux.conf"),
        "root root 644"
    );
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
