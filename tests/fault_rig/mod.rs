//! What the fault tests need to make a fault real when they run as root (as CI does):
//! root passes every permission check through the capabilities CAP_DAC_OVERRIDE,
//! CAP_DAC_READ_SEARCH and CAP_FOWNER, so a read-only file or directory would not
//! refuse it. A test gives them up (for one thread, or for a child process) and then
//! meets the same refusals a desk's login does.
#![allow(dead_code)]

use std::process::Command;

/// CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER (linux/capability.h).
const PERMISSION_BYPASSES: u32 = (1 << 1) | (1 << 2) | (1 << 3);
const CAPABILITY_VERSION_3: u32 = 0x2008_0522;
/// For `setpriv`: the same three, by name.
const PERMISSION_BYPASS_NAMES: &str = "-dac_override,-dac_read_search,-fowner";

#[repr(C)]
struct CapHeader {
    version: u32,
    pid: i32,
}

#[repr(C)]
#[derive(Clone, Copy, Default)]
struct CapData {
    effective: u32,
    permitted: u32,
    inheritable: u32,
}

/// Removes the permission bypasses from this thread's effective capabilities (Linux
/// keeps capabilities per thread; `capset` with pid 0 changes the calling thread only).
fn drop_bypasses_in_this_thread() -> std::io::Result<()> {
    let mut header = CapHeader {
        version: CAPABILITY_VERSION_3,
        pid: 0,
    };
    let mut data = [CapData::default(); 2];
    // SAFETY: `header` and `data` are the layouts capget(2) and capset(2) expect for
    // version 3 (two data structs); both live across the calls.
    unsafe {
        if nix::libc::syscall(nix::libc::SYS_capget, &mut header, data.as_mut_ptr()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
        data[0].effective &= !PERMISSION_BYPASSES;
        if nix::libc::syscall(nix::libc::SYS_capset, &mut header, data.as_ptr()) != 0 {
            return Err(std::io::Error::last_os_error());
        }
    }
    Ok(())
}

/// Whether a file of mode 0444 now refuses to be opened for writing (checked on a
/// probe file in `dir`).
fn permissions_hold(dir: &std::path::Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join(".permission-probe");
    if std::fs::write(&probe, b"").is_err() {
        return false;
    }
    let _ = std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o444));
    let refused = std::fs::OpenOptions::new()
        .write(true)
        .open(&probe)
        .is_err();
    let _ = std::fs::remove_file(&probe);
    refused
}

/// Runs `work` on a thread of its own that obeys file permissions even as root, and
/// returns what it returned. `None` (with the reason on stderr) only where
/// permissions cannot be made to hold at all; the caller then skips.
pub fn obeying_permissions<T: Send>(
    dir: &std::path::Path,
    work: impl FnOnce() -> T + Send,
) -> Option<T> {
    std::thread::scope(|scope| {
        scope
            .spawn(|| {
                if nix::unistd::geteuid().is_root()
                    && let Err(e) = drop_bypasses_in_this_thread()
                {
                    eprintln!("skipped: root cannot give up CAP_DAC_OVERRIDE here ({e})");
                    return None;
                }
                if !permissions_hold(dir) {
                    eprintln!("skipped: file permissions do not hold on this file system");
                    return None;
                }
                Some(work())
            })
            .join()
            .expect("the test thread")
    })
}

/// The real binary, run so that file permissions hold even for root: through
/// `setpriv`, without the permission bypasses (same user, so the same staff row).
pub fn kentro_obeying_permissions() -> Command {
    let binary = env!("CARGO_BIN_EXE_kentro");
    if nix::unistd::geteuid().is_root() {
        let mut command = Command::new("setpriv");
        command
            .arg(format!("--inh-caps={PERMISSION_BYPASS_NAMES}"))
            .arg(format!("--bounding-set={PERMISSION_BYPASS_NAMES}"))
            .arg("--")
            .arg(binary);
        command
    } else {
        Command::new(binary)
    }
}

/// Whether this process can run a script in a private mount namespace as root (to
/// mount a small file system that fills up): CI runs as root; elsewhere the caller
/// skips, since kentro would not know the mapped root of a user namespace as staff.
pub fn mount_namespace() -> bool {
    nix::unistd::geteuid().is_root()
        && Command::new("unshare")
            .args(["--mount", "--propagation", "private", "true"])
            .output()
            .is_ok_and(|out| out.status.success())
}
