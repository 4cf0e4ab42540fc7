//! kentro's exit statuses, the same for every command (README and the man page list
//! them): scripts and the desk's wrapper can tell "nothing to do" from a failure.

/// Done.
pub const OK: u8 = 0;
/// Something went wrong; the message on standard error says what.
pub const ERROR: u8 = 1;
/// The command line itself was wrong (unknown option, missing argument): clap's status.
pub const USAGE: u8 = 2;
/// Nothing found, nobody waiting: the command worked but had nothing to give.
pub const NOTHING: u8 = 3;
/// The terminal hung up (SSH dropped); drafts were kept.
pub const HANGUP: u8 = 129;
