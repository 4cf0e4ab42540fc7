//! The package installed for real with `dpkg -i`, as root, in a private mount
//! namespace whose /usr, /etc, /var, /srv and /home are overlays: dpkg's database, the
//! installed files, the system account and the database exist only there and vanish
//! with it, so the machine is left as it was. Then `kentro doctor`'s fix for the
//! package's binary, an upgrade (the same package again), `dpkg -r` and `dpkg -P`.
//!
//! Skipped, saying why, when not root, without dpkg or unshare, or without cargo-deb
//! (`.ci/run` installs cargo-deb when missing and runs the tests as root).

use std::path::Path;
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use super::common::namespace;
use super::deb::{PACKAGE_FILES, package};

/// Why this machine cannot run the test, if it cannot.
fn cannot_run() -> Option<String> {
    let tools = [
        "/usr/bin/dpkg",
        "/usr/bin/unshare",
        "/usr/bin/nsenter",
        "/usr/sbin/useradd",
    ];
    namespace::cannot_run(&tools, "")
}

/// The namespace, held open by its one process (a `sleep`) while the test runs its
/// steps in it with `nsenter`; killing that process drops the overlays.
struct Overlaid {
    holder: Child,
}

impl Overlaid {
    fn start(dir: &Path) -> Overlaid {
        let d = dir.display();
        let overlays = namespace::overlays(dir, &["/usr", "/etc", "/var", "/srv", "/home"]);
        let setup = format!(
            r#"set -eu
{overlays}touch {d}/ready
exec sleep 900
"#
        );
        std::fs::write(dir.join("setup.sh"), setup).unwrap();
        let holder = namespace::start(&dir.join("setup.sh"));
        let mut overlaid = Overlaid { holder };
        let started = Instant::now();
        while !dir.join("ready").exists() {
            if let Ok(Some(status)) = overlaid.holder.try_wait() {
                panic!("the overlays could not be mounted: {status}");
            }
            assert!(started.elapsed() < Duration::from_secs(30), "no namespace");
            std::thread::sleep(Duration::from_millis(20));
        }
        overlaid
    }

    /// `script` run by sh inside the namespace, as root, in a UTF-8 locale.
    fn sh(&self, script: &str) -> Output {
        Command::new("nsenter")
            .args(["-t", &self.holder.id().to_string(), "-m", "--"])
            .args(["env", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "sh", "-c", script])
            .stdin(Stdio::null())
            .output()
            .expect("nsenter runs")
    }

    /// As [`Overlaid::sh`], which must succeed: its standard output and error.
    fn ok(&self, script: &str) -> String {
        let out = self.sh(script);
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(out.status.success(), "{script}:\n{text}");
        text
    }

    /// Each path that exists, with its owner, group and mode (`stat -c '%U:%G %a'`).
    fn present(&self, paths: &[&str]) -> Vec<(String, String)> {
        paths
            .iter()
            .filter_map(|path| {
                let out = self.sh(&format!("stat -c '%U:%G %a' '{path}'"));
                out.status.success().then(|| {
                    (
                        path.to_string(),
                        String::from_utf8_lossy(&out.stdout).trim().to_string(),
                    )
                })
            })
            .collect()
    }
}

impl Drop for Overlaid {
    fn drop(&mut self) {
        // The namespace's only lasting process; every step ran to its end.
        let _ = self.holder.kill();
        let _ = self.holder.wait();
    }
}

/// `kentro doctor --json`'s checks: (check, status, fix).
fn doctor(ns: &Overlaid) -> (bool, Vec<(String, String, Option<String>)>) {
    let out = ns.sh("kentro doctor --json");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "doctor --json: {e}\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let ok = report["ok"].as_bool().unwrap();
    assert_eq!(out.status.success(), ok, "{report}");
    let checks = report["checks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["check"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
                c["fix"].as_str().map(str::to_string),
            )
        })
        .collect();
    (ok, checks)
}

/// README's "Debian package", for real: `dpkg -i` puts every file where README says,
/// with root's ownership (the binary 0755, not set-user-id), the completions load, the
/// units are installed but not enabled; after `kentro init --shared`, `kentro doctor`
/// finds the package's binary not set-user-id and prints `dpkg-statoverride ...`,
/// which run as printed leaves doctor with no problem, as do its fixes for a database
/// opened to others and a WAL left by root, and an upgrade (the package
/// again: its postinst rebuilds the search keys) keeps the binary set-user-id; `dpkg
/// -r` removes every file but the conffile and the database, `dpkg -P` the conffile.
#[test]
fn dpkg_installs_the_package_where_readme_says_and_doctor_fixes_its_binary() {
    if let Some(reason) = cannot_run() {
        eprintln!("SKIPPED the dpkg test: {reason}");
        return;
    }
    let deb = match package() {
        Ok(deb) => deb,
        Err(reason) => {
            eprintln!("SKIPPED the dpkg test: {reason}");
            return;
        }
    };
    let dir = tempfile::tempdir_in(super::root().join("target")).unwrap();
    let ns = Overlaid::start(dir.path());
    // A manual install (contrib/install.sh's /usr/local/bin/kentro) would come first on
    // a desk's PATH and in doctor's order: this server has the package only. A slim
    // container image's dpkg skips /usr/share/man and /usr/share/doc (path-exclude);
    // a server's does not.
    ns.ok("rm -f /usr/local/bin/kentro; \
         sed -i '/^path-exclude/d' /etc/dpkg/dpkg.cfg.d/* 2>/dev/null || true");
    let deb = deb.display();
    let installed = ns.ok(&format!("dpkg -i '{deb}'"));
    assert_eq!(
        ns.ok("dpkg-query -W -f='${Status}' kentro"),
        "install ok installed",
        "{installed}"
    );
    // Every file where README says, root's, the binary 0755 and the rest 0644.
    let listed = ns.ok("dpkg -L kentro");
    let present = ns.present(&PACKAGE_FILES);
    assert_eq!(present.len(), PACKAGE_FILES.len(), "{present:?}");
    for (path, owner_mode) in &present {
        let mode = if path == "/usr/bin/kentro" {
            "755"
        } else {
            "644"
        };
        assert_eq!(owner_mode, &format!("root:root {mode}"), "{path}");
        assert!(listed.lines().any(|l| l == path), "{path}: {listed}");
    }
    // What a server's administrator then uses: the binary on the PATH, the man page,
    // the completions, the units (not enabled: they need the database first).
    assert!(ns.ok("kentro --version").contains("database schema"));
    if Path::new("/usr/bin/man").exists() {
        let page = ns.ok("man -w kentro");
        assert_eq!(page.trim(), "/usr/share/man/man1/kentro.1.gz");
    }
    if Path::new("/usr/bin/bash").exists() {
        let completion = ns
            .ok("bash -c '. /usr/share/bash-completion/completions/kentro && complete -p kentro'");
        assert!(completion.contains("kentro"), "{completion}");
    }
    assert!(
        ns.present(&["/etc/systemd/system/timers.target.wants/kentro-backup.timer"])
            .is_empty(),
        "the timer enabled unasked"
    );

    // The shared database, then doctor on the package's binary.
    ns.ok("kentro init --shared --db /srv/kentro/kentro.db");
    let (ok, checks) = doctor(&ns);
    assert!(!ok, "{checks:?}");
    let (_, status, fix) = checks
        .iter()
        .find(|(check, _, _)| check == "install")
        .unwrap_or_else(|| panic!("{checks:?}"));
    assert_eq!(status, "problem", "{checks:?}");
    let fix = fix.as_deref().unwrap();
    assert_eq!(
        fix,
        "dpkg-statoverride --update --add kentro kentro 4755 /usr/bin/kentro"
    );
    let problems: Vec<_> = checks.iter().filter(|c| c.1 == "problem").collect();
    assert_eq!(problems.len(), 1, "only the binary: {checks:?}");
    ns.ok(fix);
    let (ok, checks) = doctor(&ns);
    assert!(ok, "doctor after its own fix: {checks:?}");
    assert_eq!(
        ns.present(&["/usr/bin/kentro"])[0].1,
        "kentro:kentro 4755",
        "{checks:?}"
    );
    // Files left wrong by hand, one at a time as they happen: the database opened to
    // others, then a WAL left by a root sqlite3 session (root's, 0644); each time
    // doctor's fixes, run as printed, leave doctor with no problem.
    for (plant, wrong) in [
        ("chmod 644 /srv/kentro/kentro.db", "/srv/kentro/kentro.db"),
        (
            ": > /srv/kentro/kentro.db-wal; chown root:root /srv/kentro/kentro.db-wal; \
             chmod 644 /srv/kentro/kentro.db-wal",
            "/srv/kentro/kentro.db-wal",
        ),
    ] {
        ns.ok(plant);
        let (ok, checks) = doctor(&ns);
        assert!(!ok, "{plant}: {checks:?}");
        let fixes: Vec<&str> = checks
            .iter()
            .filter(|(_, status, _)| status == "problem")
            .filter_map(|(_, _, fix)| fix.as_deref())
            .collect();
        assert!(
            fixes.iter().all(|f| f.contains(wrong)),
            "{plant}: {checks:?}"
        );
        for fix in fixes {
            ns.ok(fix);
        }
        let (ok, checks) = doctor(&ns);
        assert!(ok, "doctor after its fixes for {plant}: {checks:?}");
        // Right, or gone (doctor's look, once it could, checkpointed the WAL away).
        for (_, owner_mode) in ns.present(&[wrong]) {
            assert_eq!(owner_mode, "kentro:kentro 600", "{wrong}");
        }
    }

    // An upgrade: the postinst rebuilds the keys if needed (here they are current)
    // and fails nothing; the override keeps the binary set-user-id.
    let upgraded = ns.ok(&format!("dpkg -i '{deb}'"));
    assert!(!upgraded.contains("not rebuilt"), "{upgraded}");
    assert_eq!(ns.present(&["/usr/bin/kentro"])[0].1, "kentro:kentro 4755");

    // Removed: every file but the conffile; the database stays. Purged: the conffile.
    ns.ok("dpkg -r kentro");
    let left: Vec<_> = ns
        .present(&PACKAGE_FILES)
        .into_iter()
        .map(|(path, _)| path)
        .collect();
    assert_eq!(left, ["/etc/kentro/tmux.conf"]);
    assert_eq!(ns.present(&["/srv/kentro/kentro.db"]).len(), 1);
    ns.ok("dpkg -P kentro");
    assert!(ns.present(&PACKAGE_FILES).is_empty());
    assert_eq!(ns.present(&["/srv/kentro/kentro.db"]).len(), 1);
    let status = ns.sh("dpkg-query -W -f='${Status}' kentro");
    assert!(
        !String::from_utf8_lossy(&status.stdout).contains("installed"),
        "{status:?}"
    );
}
