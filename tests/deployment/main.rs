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

#[path = "../common/mod.rs"]
mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output};
use std::time::{Duration, Instant};

use common::{App, namespace};

#[cfg(feature = "encryption")]
mod encryption;
mod recipe;

const DESKS: [(&str, &str); 2] = [("maria.k", "7"), ("nikos.p", "8")];
const DB: &str = "/srv/kentro/kentro.db";

/// Why this machine cannot run the test, if it cannot.
fn cannot_run() -> Option<String> {
    let tools = [
        "/usr/sbin/sshd",
        "/usr/bin/ssh",
        "/usr/bin/ssh-keygen",
        "/usr/bin/tmux",
        "/usr/bin/unshare",
        "/usr/bin/nsenter",
        "/usr/sbin/useradd",
        "/usr/sbin/runuser",
    ];
    let hint = " (apt-get install openssh-server openssh-client tmux util-linux passwd)";
    if let Some(why) = namespace::cannot_run(&tools, hint) {
        return Some(why);
    }
    if !Path::new("/srv").is_dir() {
        return Some("/srv is missing".into());
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
{overlays}mkdir -p {d}/src
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
            overlays = namespace::overlays(dir, &["/etc", "/usr/local", "/home", "/srv"]),
            src = env!("CARGO_MANIFEST_DIR"),
        ),
    )
    .expect("namespace.sh");
    let sshd = namespace::start(&dir.join("namespace.sh"));
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
