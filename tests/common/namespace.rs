//! What the tests that install for real (the deployment recipe, the Debian package)
//! share: they run as root in a private mount namespace whose system folders are
//! overlays, so the machine is left as it was.

use std::path::Path;
use std::process::{Child, Command, Stdio};

/// Why this machine cannot run such a test, if it cannot: not root, one of `tools`
/// missing (said with `hint`, e.g. what to install), or no mount namespace.
pub fn cannot_run(tools: &[&str], hint: &str) -> Option<String> {
    if !nix::unistd::geteuid().is_root() {
        return Some("needs root (CI runs it as root)".into());
    }
    if let Some(tool) = tools.iter().find(|tool| !Path::new(tool).exists()) {
        return Some(format!("{tool} is missing{hint}"));
    }
    let probe = Command::new("unshare")
        .args(["--mount", "--propagation", "private", "true"])
        .status();
    if !probe.is_ok_and(|s| s.success()) {
        return Some("cannot make a mount namespace (unshare --mount)".into());
    }
    None
}

/// Shell lines that put an overlay on each folder of `folders`, its changes kept under
/// `dir`/overlay (and lost with the namespace).
pub fn overlays(dir: &Path, folders: &[&str]) -> String {
    let d = dir.display();
    format!(
        r#"for d in {folders}; do
    n=$(echo "$d" | tr / _)
    mkdir -p "{d}/overlay/$n/upper" "{d}/overlay/$n/work"
    mount -t overlay overlay -o "lowerdir=$d,upperdir={d}/overlay/$n/upper,workdir={d}/overlay/$n/work" "$d"
done
"#,
        folders = folders.join(" ")
    )
}

/// `sh script` as the first process of a new private mount namespace, with no
/// standard streams.
pub fn start(script: &Path) -> Child {
    Command::new("unshare")
        .args(["--mount", "--propagation", "private", "sh"])
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("unshare starts")
}
