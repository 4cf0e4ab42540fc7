//! What the Debian package ships is there and right: the man page and the shell
//! completions are the ones this kentro generates (never stale: run
//! `UPDATE_CONTRIB=1 cargo test --test packaging` after changing the command line),
//! the sample config names every key and parses with the real loader, the backup
//! units keep the umask tight, the licence matches Cargo.toml, and every file the
//! package installs exists. cargo-deb itself is not needed.

use std::path::{Path, PathBuf};
use std::process::Command;

use kentro::config::FileConfig;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `generated` must equal the file at `path`; with UPDATE_CONTRIB=1 it is written.
fn up_to_date(path: &str, generated: &[u8]) {
    let file = root().join(path);
    if std::env::var_os("UPDATE_CONTRIB").is_some() {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(&file, generated).unwrap();
        return;
    }
    let kept = std::fs::read(&file).unwrap_or_default();
    assert!(
        kept == generated,
        "{path} is stale: run UPDATE_CONTRIB=1 cargo test --test packaging and commit it"
    );
}

#[test]
fn the_man_page_is_current_and_lists_the_exit_statuses() {
    let page = kentro::cli::docs::man_page().unwrap();
    let text = String::from_utf8(page.clone()).unwrap();
    for needed in [
        ".TH kentro 1",
        "EXIT STATUS",
        "nothing found",
        "KENTRO_DB",
        "RUST_LOG",
    ] {
        assert!(text.contains(needed), "man page lacks {needed}");
    }
    for subcommand in ["init", "queue", "backup", "restore", "completions"] {
        assert!(text.contains(subcommand), "man page lacks {subcommand}");
    }
    up_to_date("contrib/man/kentro.1", &page);
    // `kentro man` prints the same.
    let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
        .arg("man")
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(out.stdout, page);
}

#[test]
fn the_completions_are_current() {
    for (shell, path) in [
        ("bash", "contrib/completions/kentro.bash"),
        ("zsh", "contrib/completions/_kentro"),
        ("fish", "contrib/completions/kentro.fish"),
    ] {
        let out = Command::new(env!("CARGO_BIN_EXE_kentro"))
            .args(["completions", shell])
            .output()
            .unwrap();
        assert!(out.status.success(), "{shell}");
        let text = String::from_utf8_lossy(&out.stdout);
        assert!(text.contains("queue") && text.contains("--desk"), "{shell}");
        up_to_date(path, &out.stdout);
    }
}

/// The keys the real loader knows, from its own refusal of an unknown one.
fn known_keys() -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let probe = dir.path().join("probe.toml");
    std::fs::write(&probe, "no_such_key_here = 1\n").unwrap();
    let refusal = FileConfig::load(&probe).unwrap_err();
    let expected = refusal
        .split("expected one of")
        .nth(1)
        .unwrap_or_else(|| panic!("{refusal}"));
    expected
        .split(',')
        .map(|k| k.trim().trim_matches('`').to_string())
        .filter(|k| !k.is_empty())
        .collect()
}

#[test]
fn the_sample_config_documents_every_key_and_parses() {
    let sample = read("contrib/config.toml");
    // As shipped (all commented out) it loads.
    FileConfig::load(&root().join("contrib/config.toml")).unwrap();
    // Every example line, uncommented, loads too: no example is wrong.
    let examples: Vec<&str> = sample
        .lines()
        .filter_map(|l| l.strip_prefix("# "))
        .filter(|l| {
            l.split_once(" = ").is_some_and(|(k, _)| {
                !k.is_empty() && k.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            })
        })
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let uncommented = dir.path().join("config.toml");
    std::fs::write(&uncommented, examples.join("\n")).unwrap();
    let loaded = FileConfig::load(&uncommented).unwrap();
    assert_eq!(loaded.desk, Some(2));
    let keys = known_keys();
    assert!(keys.len() >= 6, "{keys:?}");
    for key in &keys {
        assert!(
            examples.iter().any(|l| l.starts_with(&format!("{key} = "))),
            "contrib/config.toml does not document {key}"
        );
    }
}

#[test]
fn the_backup_units_keep_backups_private() {
    let service = read("contrib/systemd/kentro-backup.service");
    assert!(service.lines().any(|l| l == "UMask=0077"), "{service}");
    assert!(service.contains("Type=oneshot"));
    let exec = service
        .lines()
        .find_map(|l| l.strip_prefix("ExecStart="))
        .unwrap();
    assert!(exec.starts_with("/usr/bin/kentro backup "), "{exec}");
    assert!(
        exec.contains("--keep-daily") && exec.contains("--keep-weekly"),
        "{exec}"
    );
    // The command line the unit runs is one kentro accepts.
    let args: Vec<&str> = exec.split_whitespace().skip(1).collect();
    kentro::cli::command()
        .try_get_matches_from(std::iter::once("kentro").chain(args))
        .unwrap();
    let timer = read("contrib/systemd/kentro-backup.timer");
    for line in ["Persistent=true", "WantedBy=timers.target"] {
        assert!(timer.lines().any(|l| l == line), "{timer}");
    }
    assert!(timer.lines().any(|l| l.starts_with("OnCalendar=")));
}

fn manifest() -> toml::Value {
    toml::from_str(&read("Cargo.toml")).unwrap()
}

/// The upgrade step rebuilds the search keys (never failing the upgrade for it).
#[test]
fn the_upgrade_step_reindexes() {
    let manifest = manifest();
    let scripts = manifest["package"]["metadata"]["deb"]["maintainer-scripts"]
        .as_str()
        .unwrap();
    let postinst = read(&format!("{scripts}postinst"));
    assert!(postinst.starts_with("#!/bin/sh\n"));
    assert!(
        postinst.contains("/usr/bin/kentro reindex \\\n        || echo"),
        "{postinst}"
    );
    assert!(postinst.contains("#DEBHELPER#"));
    let status = Command::new("sh")
        .args(["-n"])
        .arg(root().join(scripts).join("postinst"))
        .status()
        .unwrap();
    assert!(status.success(), "postinst is not valid sh");
}

#[test]
fn the_licence_matches_cargo_toml() {
    let manifest = manifest();
    assert_eq!(manifest["package"]["license"].as_str(), Some("MIT"));
    assert!(read("LICENSE").starts_with("MIT License\n"));
}

#[test]
fn the_debian_package_installs_what_exists() {
    let manifest = manifest();
    let package = &manifest["package"];
    // Declared, and no lower than what the code needs (edition 2024, let chains)
    // and what the dependencies claim (README, "Installing").
    let rust_version = package["rust-version"].as_str().unwrap();
    assert_eq!(rust_version, "1.95");
    let deb = &package["metadata"]["deb"];
    let assets = deb["assets"].as_array().unwrap();
    let mut installed = Vec::new();
    for asset in assets {
        let asset = asset.as_array().unwrap();
        let source = asset[0].as_str().unwrap();
        let target = asset[1].as_str().unwrap();
        installed.push(target.to_string());
        if !source.starts_with("target/") {
            assert!(
                Path::new(&root().join(source)).exists(),
                "{source} is missing"
            );
        }
    }
    for needed in [
        "usr/bin/",
        "usr/share/man/man1/kentro.1",
        "usr/share/bash-completion/completions/kentro",
        "usr/share/zsh/vendor-completions/_kentro",
        "usr/share/fish/vendor_completions.d/kentro.fish",
        "usr/share/doc/kentro/config.toml",
        "lib/systemd/system/kentro-backup.service",
        "lib/systemd/system/kentro-backup.timer",
        "etc/kentro/tmux.conf",
        "usr/share/doc/kentro/sshd_config.d/kentro.conf",
    ] {
        assert!(
            installed.iter().any(|t| t == needed),
            "the package does not install {needed}: {installed:?}"
        );
    }
}

/// The desks' sshd block runs the kentro a desk's PATH finds, so it holds for both
/// ways of installing: `contrib/install.sh` (set-user-id in /usr/local/bin) and the
/// package (/usr/bin, made set-user-id with dpkg-statoverride). sshd's standard PATH
/// (Debian: /usr/local/bin:/usr/bin:/bin:/usr/games) has both, the manual one first.
#[test]
fn the_sshd_block_runs_the_kentro_either_install_puts_in_place() {
    let block = read("contrib/sshd_config.d/kentro.conf");
    let force = block
        .lines()
        .find_map(|l| l.trim().strip_prefix("ForceCommand "))
        .expect("a ForceCommand");
    assert!(
        force.starts_with("exec tmux -f /etc/kentro/tmux.conf new-session -A -s kentro "),
        "{force}"
    );
    assert_eq!(force.split_whitespace().last(), Some("kentro"), "{force}");
    assert!(
        !block
            .lines()
            .filter(|l| !l.trim_start().starts_with('#'))
            .any(|l| l.contains("bin/kentro")),
        "a path in the block: {block}"
    );
    let install = read("contrib/install.sh");
    assert!(
        install.contains("-m 4755 \"$bin\" /usr/local/bin/kentro\n"),
        "{install}"
    );
    let manifest = manifest();
    let assets = manifest["package"]["metadata"]["deb"]["assets"]
        .as_array()
        .unwrap();
    assert!(
        assets
            .iter()
            .any(|a| a[0].as_str() == Some("target/release/kentro")
                && a[1].as_str() == Some("usr/bin/")),
        "{assets:?}"
    );
}

/// Why `cargo deb` cannot run here, if it cannot (`.ci/run` installs cargo-deb when
/// it is missing).
fn no_cargo_deb(cargo: &str) -> Option<String> {
    let found = Command::new(cargo)
        .args(["deb", "--version"])
        .output()
        .is_ok_and(|out| out.status.success());
    let dpkg = Command::new("dpkg-deb")
        .arg("--version")
        .output()
        .is_ok_and(|out| out.status.success());
    match (found, dpkg) {
        (true, true) => None,
        (false, _) => Some("cargo-deb is not installed (cargo install cargo-deb)".into()),
        (_, false) => Some("dpkg-deb is missing".into()),
    }
}

fn dpkg_deb(args: &[&str], deb: &Path) -> String {
    let out = Command::new("dpkg-deb")
        .args(args)
        .arg(deb)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "dpkg-deb {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// `cargo deb` for real, on the built binary (the test build's, stripped: the same
/// package as a release but for the optimiser), and what the package holds read back
/// with dpkg-deb: its control fields, every file README names with its owner and mode
/// (the binary not set-user-id: dpkg-statoverride makes it so), the tmux file kept as
/// a conffile, and, unpacked, a binary that runs, the man page and the sshd block as
/// in contrib/, and the paths the units and the upgrade step run present in it.
#[test]
fn cargo_deb_builds_the_package_readme_describes() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    if let Some(reason) = no_cargo_deb(&cargo) {
        eprintln!("SKIPPED the package test: {reason}");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let deb = dir.path().join("kentro.deb");
    let built = Path::new(env!("CARGO_BIN_EXE_kentro"));
    let profile = built
        .parent()
        .and_then(Path::file_name)
        .and_then(|p| p.to_str())
        .unwrap();
    let profile = if profile == "debug" { "dev" } else { profile };
    let out = Command::new(&cargo)
        .args([
            "deb",
            "--no-build",
            "--strip",
            "--fast",
            "--profile",
            profile,
            "-o",
        ])
        .arg(&deb)
        .current_dir(root())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "cargo deb: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    // Control fields.
    let field = |name: &str| {
        dpkg_deb(&["-f"], &deb)
            .lines()
            .find_map(|l| l.strip_prefix(&format!("{name}: ")).map(str::to_string))
    };
    assert_eq!(field("Package").as_deref(), Some("kentro"));
    assert!(
        field("Version").is_some_and(|v| v.starts_with(env!("CARGO_PKG_VERSION"))),
        "{:?}",
        field("Version")
    );
    assert!(field("Depends").is_some_and(|d| d.contains("libc6")));
    assert_eq!(field("Recommends").as_deref(), Some("tmux, openssh-server"));
    // Files, owners and modes.
    let listing = dpkg_deb(&["-c"], &deb);
    let entry = |path: &str| {
        listing
            .lines()
            .find(|l| l.ends_with(&format!(" ./{path}")))
            .unwrap_or_else(|| panic!("the package lacks /{path}:\n{listing}"))
            .to_string()
    };
    assert!(
        entry("usr/bin/kentro").starts_with("-rwxr-xr-x 0/0"),
        "{}",
        entry("usr/bin/kentro")
    );
    for file in [
        "usr/share/man/man1/kentro.1.gz",
        "usr/share/bash-completion/completions/kentro",
        "usr/share/zsh/vendor-completions/_kentro",
        "usr/share/fish/vendor_completions.d/kentro.fish",
        "usr/share/doc/kentro/config.toml",
        "usr/share/doc/kentro/copyright",
        "usr/share/doc/kentro/install.sh",
        "usr/share/doc/kentro/sshd_config.d/kentro.conf",
        "lib/systemd/system/kentro-backup.service",
        "lib/systemd/system/kentro-backup.timer",
        "etc/kentro/tmux.conf",
    ] {
        assert!(entry(file).starts_with("-rw-r--r-- 0/0"), "{}", entry(file));
    }
    let control = dir.path().join("control");
    let out = Command::new("dpkg-deb")
        .arg("-e")
        .arg(&deb)
        .arg(&control)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(
        std::fs::read_to_string(control.join("conffiles"))
            .unwrap()
            .trim(),
        "/etc/kentro/tmux.conf"
    );
    assert_eq!(
        std::fs::read_to_string(control.join("postinst")).unwrap(),
        read("contrib/debian/postinst")
    );
    // Unpacked: what it installs works and is what contrib/ holds.
    let tree = dir.path().join("tree");
    let out = Command::new("dpkg-deb")
        .arg("-x")
        .arg(&deb)
        .arg(&tree)
        .output()
        .unwrap();
    assert!(out.status.success());
    let version = Command::new(tree.join("usr/bin/kentro"))
        .arg("--version")
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&version.stdout).contains("database schema"),
        "{version:?}"
    );
    let man = Command::new("gzip")
        .arg("-dc")
        .arg(tree.join("usr/share/man/man1/kentro.1.gz"))
        .output()
        .unwrap();
    assert_eq!(
        man.stdout,
        std::fs::read(root().join("contrib/man/kentro.1")).unwrap()
    );
    for (installed, source) in [
        (
            "usr/share/doc/kentro/sshd_config.d/kentro.conf",
            "contrib/sshd_config.d/kentro.conf",
        ),
        ("etc/kentro/tmux.conf", "contrib/tmux.conf"),
        (
            "lib/systemd/system/kentro-backup.service",
            "contrib/systemd/kentro-backup.service",
        ),
    ] {
        assert_eq!(
            std::fs::read_to_string(tree.join(installed)).unwrap(),
            read(source),
            "{installed}"
        );
    }
    // What the unit and the upgrade step run is the binary the package installs.
    assert!(read("contrib/systemd/kentro-backup.service").contains("ExecStart=/usr/bin/kentro "));
    assert!(tree.join("usr/bin/kentro").is_file());
}
