//! Faults against the real binary: files written through planted links, exports
//! interrupted by signals, imports that share the lock.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

use kentro::fsio::PARTIAL_MARK;

struct Env {
    dir: tempfile::TempDir,
}

impl Env {
    fn new() -> Env {
        let env = Env {
            dir: tempfile::tempdir().unwrap(),
        };
        let out = env.kentro(&["init"]);
        assert!(out.status.success(), "{}", stderr(&out));
        env
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_kentro"));
        command
            .arg("--db")
            .arg(self.path("k.db"))
            .args(args)
            .env("KENTRO_CONFIG", self.path("no-config.toml"))
            .env_remove("KENTRO_DB");
        command
    }

    fn kentro(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap()
    }

    fn spawn(&self, args: &[&str]) -> Child {
        self.command(args)
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap()
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

fn partials(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().to_string())
        .filter(|n| n.contains(PARTIAL_MARK))
        .collect()
}

/// Waits until a temporary file appears in `dir` (the export is writing), or the
/// child has ended.
fn wait_for_partial(dir: &Path, child: &mut Child) -> bool {
    let deadline = Instant::now() + Duration::from_secs(60);
    while Instant::now() < deadline {
        if !partials(dir).is_empty() {
            return true;
        }
        if child.try_wait().unwrap().is_some() {
            return false;
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    false
}

#[test]
fn a_planted_symlink_is_refused_by_every_file_writing_command() {
    let env = Env::new();
    let victim = env.path("colleague.csv");
    std::fs::write(&victim, "the colleague's own file\n").unwrap();
    let link = env.path("export.csv");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let dangling = env.path("copy.db");
    std::os::unix::fs::symlink(env.path("elsewhere.db"), &dangling).unwrap();

    let out = env.kentro(&["export", "beneficiaries", "--out", link.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("is a symbolic link; refused"),
        "{}",
        stderr(&out)
    );
    let out = env.kentro(&["backup", dangling.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(stderr(&out).contains("symbolic link"), "{}", stderr(&out));

    assert_eq!(
        std::fs::read_to_string(&victim).unwrap(),
        "the colleague's own file\n"
    );
    assert!(!env.path("elsewhere.db").exists());
    assert!(partials(env.dir.path()).is_empty());
}

#[test]
fn an_interrupted_export_leaves_no_temporary_file() {
    let env = Env::new();
    let out = env.kentro(&["seed", "--count", "30000", "--seed", "3"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let exports = env.path("exports");
    std::fs::create_dir(&exports).unwrap();
    let target = exports.join("people.csv");
    let target_arg = target.to_str().unwrap().to_string();

    for (signal, status) in [
        (nix::sys::signal::Signal::SIGTERM, 143),
        (nix::sys::signal::Signal::SIGINT, 130),
        (nix::sys::signal::Signal::SIGHUP, 129),
    ] {
        let mut child = env.spawn(&["export", "beneficiaries", "--out", &target_arg]);
        assert!(
            wait_for_partial(&exports, &mut child),
            "the export finished before {signal} could interrupt it"
        );
        let pid = nix::unistd::Pid::from_raw(child.id() as i32);
        nix::sys::signal::kill(pid, signal).unwrap();
        let ended = child.wait().unwrap();
        assert_eq!(ended.code(), Some(status), "{signal}");
        assert!(
            partials(&exports).is_empty(),
            "{signal} left {:?}",
            partials(&exports)
        );
        assert!(!target.exists(), "no half export under its name");
    }

    // SIGKILL cannot be caught: the next write into the directory cleans up.
    let mut child = env.spawn(&["export", "beneficiaries", "--out", &target_arg]);
    assert!(wait_for_partial(&exports, &mut child));
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(
        partials(&exports).len(),
        1,
        "SIGKILL leaves the partial file"
    );
    let out = env.kentro(&["export", "beneficiaries", "--out", &target_arg]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(partials(&exports).is_empty(), "cleaned by the next export");
    assert!(target.exists());
}
