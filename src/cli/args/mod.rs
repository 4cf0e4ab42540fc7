//! The subcommands' arguments as clap reads them, grouped as the commands are: the
//! desk's, data in and out, privacy and administration, reports. The top-level `Cli`
//! and `Command` stay in `cli` itself, where a new subcommand is added.

mod data;
mod desk;
mod privacy;
mod reports;
pub mod usage;

pub use data::{
    BackupArgs, ExportArgs, ExportWhat, ImportArgs, RestoreArgs, SeedArgs, TableArgs, TableFormat,
};
pub use desk::{
    CentreArgs, DirectoryArgs, DirectoryFormat, DirectoryWhat, QueueArgs, QueueCommand,
    ReferralsArgs, ReferralsWhat, SearchArgs,
};
pub use privacy::{
    AuditArgs, ConsentArgs, ConsentWhat, EraseArgs, EraseWhat, NotesArgs, NotesWhat, StaffArgs,
    StaffWhat,
};
pub use reports::{EsfArgs, EsfWhat, ReportArgs, ReportCommand};
