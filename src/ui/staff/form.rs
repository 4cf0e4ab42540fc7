//! The staff form: a new operator, or a change of role, organisation, desk and name.
//! Every field is the kit's one text field; what is typed is checked here and marked
//! beside the field it concerns, and the form stays open.

use crossterm::event::KeyEvent;

use crate::domain::codes::Role;
use crate::domain::records::Staff;
use crate::i18n::admin::AMsg;
use crate::i18n::{Lang, t};
use crate::ui::kit::field::TextField;
use crate::ui::kit::form::Cycle;

/// The form's fields, in order; `Login` only for a new operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Login,
    Name,
    Role,
    Organisation,
    Desk,
}

impl Field {
    pub fn label(self) -> AMsg {
        match self {
            Field::Login => AMsg::FLogin,
            Field::Name => AMsg::FName,
            Field::Role => AMsg::FRole,
            Field::Organisation => AMsg::FOrganisation,
            Field::Desk => AMsg::FDesk,
        }
    }

    pub fn hint(self) -> Option<AMsg> {
        match self {
            Field::Role => Some(AMsg::RoleHint),
            Field::Organisation => Some(AMsg::OrganisationHint),
            Field::Desk => Some(AMsg::DeskHint),
            Field::Login | Field::Name => None,
        }
    }
}

/// A role's name in the operator's language.
pub fn role_name(role: Role) -> AMsg {
    match role {
        Role::Receptionist => AMsg::RoleReceptionist,
        Role::SocialWorker => AMsg::RoleSocialWorker,
        Role::Psychologist => AMsg::RolePsychologist,
        Role::Admin => AMsg::RoleAdmin,
    }
}

/// A role from what an administrator typed: its code, its name in either language,
/// or the first letter of either (r s p a, υ κ ψ δ).
pub fn parse_role(text: &str) -> Option<Role> {
    let typed = text.trim().to_lowercase();
    if typed.is_empty() {
        return None;
    }
    if let Some(role) = Role::from_code(&typed) {
        return Some(role);
    }
    let first = typed.chars().next()?;
    Role::ALL.iter().copied().find(|role| {
        [Lang::El, Lang::En].iter().any(|lang| {
            let name = t(*lang, role_name(*role)).to_lowercase();
            name == typed || (typed.chars().count() == 1 && name.starts_with(first))
        }) || (typed.chars().count() == 1 && role.code().starts_with(first))
    })
}

#[derive(Debug, Clone)]
pub struct StaffForm {
    /// The operator being changed; `None` for a new one.
    pub editing: Option<Staff>,
    pub fields: Vec<(Field, TextField)>,
    pub focus: usize,
    /// A field that was refused, and why.
    pub error: Option<(Field, AMsg)>,
}

impl StaffForm {
    pub fn new_operator() -> StaffForm {
        StaffForm {
            editing: None,
            fields: vec![
                (Field::Login, TextField::new()),
                (Field::Name, TextField::new()),
                (Field::Role, TextField::new()),
                (Field::Organisation, TextField::new()),
                (Field::Desk, TextField::new()),
            ],
            focus: 0,
            error: None,
        }
    }

    pub fn change(staff: &Staff, lang: Lang) -> StaffForm {
        StaffForm {
            fields: vec![
                (Field::Name, TextField::with_text(&staff.display_name)),
                (
                    Field::Role,
                    TextField::with_text(t(lang, role_name(staff.role))),
                ),
                (
                    Field::Organisation,
                    TextField::with_text(&staff.organisation),
                ),
                (
                    Field::Desk,
                    TextField::with_text(
                        &staff
                            .default_desk
                            .map(|d| d.to_string())
                            .unwrap_or_default(),
                    ),
                ),
            ],
            editing: Some(staff.clone()),
            focus: 0,
            error: None,
        }
    }

    pub fn key(&mut self, key: KeyEvent) -> bool {
        let changed = self.fields[self.focus].1.input_key(key);
        if changed {
            self.error = None;
        }
        changed
    }

    pub fn paste(&mut self, text: &str) -> bool {
        self.error = None;
        self.fields[self.focus].1.paste(text)
    }

    fn text(&self, field: Field) -> String {
        self.fields
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, v)| v.text().trim().to_string())
            .unwrap_or_default()
    }

    /// Marks `field` as refused for `why` and moves the focus to it.
    pub fn refuse(&mut self, field: Field, why: AMsg) {
        if let Some(i) = self.fields.iter().position(|(f, _)| *f == field) {
            self.focus = i;
        }
        self.error = Some((field, why));
    }

    /// The operator as typed, or the first field that is wrong and why.
    pub fn staff(&self) -> Result<Staff, (Field, AMsg)> {
        let login = match &self.editing {
            Some(staff) => staff.login.clone(),
            None => {
                let login = self.text(Field::Login);
                if !Staff::is_login(&login) {
                    return Err((Field::Login, AMsg::BadLogin));
                }
                login
            }
        };
        let display_name = self.text(Field::Name);
        if display_name.is_empty() {
            return Err((Field::Name, AMsg::NeedName));
        }
        let role = parse_role(&self.text(Field::Role)).ok_or((Field::Role, AMsg::BadRole))?;
        let desk = self.text(Field::Desk);
        let default_desk = if desk.is_empty() {
            None
        } else {
            match desk.parse::<i64>() {
                Ok(n) if (1..=999).contains(&n) => Some(n),
                _ => return Err((Field::Desk, AMsg::BadDesk)),
            }
        };
        Ok(Staff {
            login,
            display_name,
            role,
            organisation: self.text(Field::Organisation),
            default_desk,
            active: self.editing.as_ref().is_none_or(|s| s.active),
        })
    }
}

impl Cycle for StaffForm {
    fn next(&mut self) {
        self.focus = (self.focus + 1) % self.fields.len();
    }

    fn prev(&mut self) {
        self.focus = (self.focus + self.fields.len() - 1) % self.fields.len();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_are_read_by_code_name_or_first_letter_in_either_language() {
        assert_eq!(parse_role("admin"), Some(Role::Admin));
        assert_eq!(parse_role("Social-Worker"), Some(Role::SocialWorker));
        assert_eq!(parse_role("κοινωνική λειτουργός"), Some(Role::SocialWorker));
        assert_eq!(parse_role("δ"), Some(Role::Admin));
        assert_eq!(parse_role("υ"), Some(Role::Receptionist));
        assert_eq!(parse_role("r"), Some(Role::Receptionist));
        assert_eq!(parse_role("p"), Some(Role::Psychologist));
        assert_eq!(parse_role("ψ"), Some(Role::Psychologist));
        assert_eq!(parse_role(""), None);
        assert_eq!(parse_role("boss"), None);
    }

    #[test]
    fn a_wrong_field_is_named_and_nothing_is_made() {
        let mut form = StaffForm::new_operator();
        form.fields[0].1.set_text("maria k");
        assert_eq!(form.staff().unwrap_err(), (Field::Login, AMsg::BadLogin));
        form.fields[0].1.set_text("maria.k");
        assert_eq!(form.staff().unwrap_err(), (Field::Name, AMsg::NeedName));
        form.fields[1].1.set_text("Μαρία Κ.");
        assert_eq!(form.staff().unwrap_err(), (Field::Role, AMsg::BadRole));
        form.fields[2].1.set_text("s");
        form.fields[4].1.set_text("0");
        assert_eq!(form.staff().unwrap_err(), (Field::Desk, AMsg::BadDesk));
        form.fields[4].1.set_text("3");
        form.fields[3].1.set_text("praksis");
        let staff = form.staff().unwrap();
        assert_eq!(staff.role, Role::SocialWorker);
        assert_eq!(staff.default_desk, Some(3));
        assert_eq!(staff.organisation, "praksis");
        assert!(staff.active);
    }
}
