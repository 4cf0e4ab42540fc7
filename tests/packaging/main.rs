//! What the Debian package ships is there and right: the man page and the shell
//! completions are the ones this kentro generates (never stale: run
//! `UPDATE_CONTRIB=1 cargo test --test packaging` after changing the command line),
//! the sample config names every key and parses with the real loader, the backup
//! units keep the umask tight, the licence matches Cargo.toml, and every file the
//! package installs exists (cargo-deb itself is not needed for these). `deb` builds the
//! package with cargo-deb and reads it back; `dpkg` installs it for real.

#[path = "../common/mod.rs"]
mod common;
mod deb;
mod dpkg;

use std::path::{Path, PathBuf};
use std::process::Command;

use kentro::config::FileConfig;

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn read(path: &str) -> String {
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
    let refusal = FileConfig::load(&probe).unwrap_err().to_string();
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
    // Where cargo-deb puts the units' debhelper steps (the built package has none left).
    assert!(postinst.contains("\n#DEBHELPER#\n"));
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
        "etc/kentro/tmux.conf",
        "usr/share/doc/kentro/sshd_config.d/kentro.conf",
    ] {
        assert!(
            installed.iter().any(|t| t == needed),
            "the package does not install {needed}: {installed:?}"
        );
    }
    // The backup's units, found by cargo-deb in unit-scripts under the unit's name and
    // installed in usr/lib/systemd/system, neither enabled nor started on install.
    let units = deb["systemd-units"].as_table().unwrap();
    assert_eq!(units["unit-name"].as_str(), Some("kentro-backup"));
    assert_eq!(units["enable"].as_bool(), Some(false));
    assert_eq!(units["start"].as_bool(), Some(false));
    let dir = units["unit-scripts"].as_str().unwrap();
    for unit in ["kentro-backup.service", "kentro-backup.timer"] {
        assert!(root().join(dir).join(unit).is_file(), "{dir}/{unit}");
    }
    assert!(
        !installed.iter().any(|t| t.contains("systemd")),
        "units are cargo-deb's to place: {installed:?}"
    );
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
