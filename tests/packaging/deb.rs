//! `cargo deb` for real, once for the test binary (the tests here and in `dpkg` share
//! the package), and what the package holds read back with dpkg-deb.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

use super::{read, root};

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

pub fn dpkg_deb(args: &[&str], deb: &Path) -> String {
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

/// The package, built once by whichever test asks first: `cargo deb` on the built
/// binary (the test build's, stripped: the same package as a release but for the
/// optimiser), into a directory kept for the test binary's life. `Err`: why it
/// cannot be built here (the tests say they were skipped).
pub fn package() -> Result<&'static Path, &'static str> {
    static BUILT: OnceLock<Result<PathBuf, String>> = OnceLock::new();
    let built = BUILT.get_or_init(|| {
        let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
        if let Some(reason) = no_cargo_deb(&cargo) {
            return Err(reason);
        }
        // Under target/ (written over by the next run): small, and seen as it is from the
        // dpkg test's namespace.
        let dir = root().join("target").join("packaging-test");
        std::fs::create_dir_all(&dir).unwrap();
        let deb = dir.join("kentro.deb");
        let binary = Path::new(env!("CARGO_BIN_EXE_kentro"));
        let profile = binary
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
        Ok(deb)
    });
    built.as_deref().map_err(String::as_str)
}

/// What the package holds, read back with dpkg-deb: its control fields, every file
/// README names with its owner and mode (the binary not set-user-id: dpkg-statoverride
/// makes it so), the tmux file kept as a conffile, the maintainer scripts with
/// cargo-deb's systemd steps in place of `#DEBHELPER#` (none left), and, unpacked, a
/// binary that runs, the man page, the sshd block and the units as in contrib/.
#[test]
fn cargo_deb_builds_the_package_readme_describes() {
    let deb = match package() {
        Ok(deb) => deb,
        Err(reason) => {
            eprintln!("SKIPPED the package test: {reason}");
            return;
        }
    };
    let dir = tempfile::tempdir().unwrap();
    // Control fields.
    let field = |name: &str| {
        dpkg_deb(&["-f"], deb)
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
    let listing = dpkg_deb(&["-c"], deb);
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
    for file in PACKAGE_FILES.iter().skip(1) {
        let file = file.trim_start_matches('/');
        assert!(entry(file).starts_with("-rw-r--r-- 0/0"), "{}", entry(file));
    }
    assert!(
        !listing.contains(" ./lib/"),
        "everything under /usr (merged /usr): {listing}"
    );
    let control = dir.path().join("control");
    let out = Command::new("dpkg-deb")
        .arg("-e")
        .arg(deb)
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
    // The upgrade step as written, then cargo-deb's steps for the units where the
    // source has #DEBHELPER#; prerm and postrm are cargo-deb's own.
    let source = read("contrib/debian/postinst");
    let (before, after) = source.split_once("#DEBHELPER#\n").unwrap();
    let postinst = std::fs::read_to_string(control.join("postinst")).unwrap();
    assert!(postinst.starts_with(before), "{postinst}");
    assert!(postinst.ends_with(after), "{postinst}");
    assert!(
        postinst.contains("deb-systemd-helper update-state kentro-backup.timer"),
        "{postinst}"
    );
    for script in ["postinst", "prerm", "postrm"] {
        let text = std::fs::read_to_string(control.join(script)).unwrap();
        assert!(!text.contains("#DEBHELPER#"), "{script}: {text}");
        let status = Command::new("sh")
            .arg("-n")
            .arg(control.join(script))
            .status()
            .unwrap();
        assert!(status.success(), "{script} is not valid sh");
    }
    // Unpacked: what it installs works and is what contrib/ holds.
    let tree = dir.path().join("tree");
    let out = Command::new("dpkg-deb")
        .arg("-x")
        .arg(deb)
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
            "usr/lib/systemd/system/kentro-backup.service",
            "contrib/systemd/kentro-backup.service",
        ),
        (
            "usr/lib/systemd/system/kentro-backup.timer",
            "contrib/systemd/kentro-backup.timer",
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

/// Every file README's "Debian package" says the package installs, the binary first.
pub const PACKAGE_FILES: [&str; 12] = [
    "/usr/bin/kentro",
    "/usr/share/man/man1/kentro.1.gz",
    "/usr/share/bash-completion/completions/kentro",
    "/usr/share/zsh/vendor-completions/_kentro",
    "/usr/share/fish/vendor_completions.d/kentro.fish",
    "/usr/share/doc/kentro/config.toml",
    "/usr/share/doc/kentro/copyright",
    "/usr/share/doc/kentro/install.sh",
    "/usr/share/doc/kentro/sshd_config.d/kentro.conf",
    "/usr/lib/systemd/system/kentro-backup.service",
    "/usr/lib/systemd/system/kentro-backup.timer",
    "/etc/kentro/tmux.conf",
];
