//! Who may open the program (the check at start), and `kentro staff`: adding,
//! listing, changing and disabling operators (administrators only).

use crate::i18n::errors::ErrMsg;
use std::process::ExitCode;

use super::{StaffArgs, StaffWhat};
use crate::domain::access::Kind;
use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::cli::CliMsg;
use crate::store::{Admission, Stamp, Store, StoreError};

/// The command an administrator types to let `login` in.
pub fn add_command(login: &str) -> String {
    format!("kentro staff add {login} --role receptionist")
}

/// The check at start: the operator (the real user's login) must have an active staff
/// row. On a new database the first login becomes its administrator. A refusal is
/// audited and explained with the administrator's command.
pub fn admit(store: &mut Store, login: &str) -> Result<Staff, crate::Error> {
    let stamp = Stamp::now(login);
    match store.admit(&stamp)? {
        Admission::Admitted(staff) => Ok(staff),
        // Recorded in the audit log ("first-admin") and shown by `kentro staff list`;
        // nothing printed, so a command's output and errors stay as they are.
        Admission::FirstAdmin(staff) => Ok(staff),
        Admission::Refused => Err(crate::Error::refused(
            CliMsg::NotStaff,
            &[login, &add_command(login)],
        )),
    }
}

/// Refuses `kind` to an operator the privacy rule does not allow it.
pub fn require(me: &Staff, kind: Kind, what: &str) -> Result<(), crate::Error> {
    if me.viewer().may(kind) {
        Ok(())
    } else {
        Err(crate::Error::refused(
            ErrMsg::ForAdministrators,
            &[what, &me.login, me.role.code()],
        ))
    }
}

fn parse_role(text: &str) -> Result<Role, crate::Error> {
    Role::from_code(text).ok_or_else(|| {
        let known: Vec<&str> = Role::ALL.iter().map(|r| r.code()).collect();
        crate::Error::usage(
            ErrMsg::UnknownRole,
            &[&format!("{text:?}"), &known.join(", ")],
        )
    })
}

/// Checks a login as the password database would accept it: no spaces, no colons,
/// nothing a terminal would interpret.
fn check_login(login: &str) -> Result<(), crate::Error> {
    if Staff::is_login(login) {
        Ok(())
    } else {
        Err(crate::Error::usage(
            ErrMsg::NotALogin,
            &[&format!("{login:?}")],
        ))
    }
}

fn store_error(login: &str, e: StoreError) -> crate::Error {
    match e {
        StoreError::Duplicate { .. } => crate::Error::refused(ErrMsg::AlreadyStaff, &[login]),
        StoreError::NotFound { .. } => crate::Error::not_found(ErrMsg::NotOnStaff, &[login]),
        other => other.into(),
    }
}

fn line(s: &Staff) -> String {
    format!(
        "{:<20} {:<14} {:<16} {:>4}  {:<8} {}\n",
        s.login,
        s.role.code(),
        if s.organisation.is_empty() {
            "-"
        } else {
            &s.organisation
        },
        s.default_desk.map(|d| d.to_string()).unwrap_or("-".into()),
        if s.active { "active" } else { "disabled" },
        s.display_name
    )
}

fn json(s: &Staff) -> serde_json::Value {
    serde_json::json!({
        "login": s.login,
        "name": s.display_name,
        "role": s.role.code(),
        "organisation": s.organisation,
        "desk": s.default_desk,
        "active": s.active,
    })
}

/// Runs a staff command; `desk` is the --desk given on the command line, the usual
/// desk of the operator added or changed.
pub fn run(
    store: &mut Store,
    me: &Staff,
    args: &StaffArgs,
    desk: Option<i64>,
) -> Result<ExitCode, crate::Error> {
    require(me, Kind::StaffAdmin, "managing staff")?;
    let stamp = Stamp::now(&me.login);
    match &args.what {
        StaffWhat::List { json: as_json } => {
            let all = store.staff_list()?;
            if *as_json {
                let rows: Vec<_> = all.iter().map(json).collect();
                super::json::print_rows(rows)?;
            } else {
                let text: String = all.iter().map(line).collect();
                super::print(&text)?;
            }
        }
        StaffWhat::Add {
            login,
            role,
            name,
            organisation,
        } => {
            check_login(login)?;
            let staff = Staff {
                login: login.clone(),
                display_name: name.clone().unwrap_or_else(|| login.clone()),
                role: parse_role(role)?,
                organisation: organisation.clone().unwrap_or_default(),
                default_desk: desk,
                active: true,
            };
            store
                .add_staff(&staff, &stamp)
                .map_err(|e| store_error(login, e))?;
            super::print(&line(&staff))?;
        }
        StaffWhat::Set {
            login,
            role,
            name,
            organisation,
            active,
        } => {
            let role = role.as_deref().map(parse_role).transpose()?;
            let staff = store
                .update_staff(login, &stamp, |s| {
                    if let Some(role) = role {
                        s.role = role;
                    }
                    if let Some(name) = name {
                        s.display_name = name.clone();
                    }
                    if let Some(org) = organisation {
                        s.organisation = org.clone();
                    }
                    if let Some(desk) = desk {
                        s.default_desk = Some(desk);
                    }
                    if *active {
                        s.active = true;
                    }
                })
                .map_err(|e| store_error(login, e))?;
            super::print(&line(&staff))?;
        }
        StaffWhat::Disable { login } => {
            let staff = store
                .update_staff(login, &stamp, |s| s.active = false)
                .map_err(|e| store_error(login, e))?;
            super::print(&line(&staff))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
