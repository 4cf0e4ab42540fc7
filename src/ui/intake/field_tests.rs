//! Intake's text fields are the kit's: ← → Home End Backspace Delete edit a name the
//! same way as in the directory's and the visit's forms.

use crate::i18n::Lang;
use crate::ui::ScreenId;
use crate::ui::harness::{demo, key, render, screen_text, shell, type_text};
use crate::ui::shell::Shell;

/// Types a name with the cursor moved about: "Rzai", ← "e", Home "O", End ⌫, ← ←
/// Delete, → "x". A field that edits at the cursor holds "ORzex".
fn type_with_moves(shell: &mut Shell, store: &mut crate::store::Store) {
    type_text(shell, store, "Rzai");
    shell.handle_key(key("left"), store);
    type_text(shell, store, "e");
    shell.handle_key(key("home"), store);
    type_text(shell, store, "O");
    shell.handle_key(key("end"), store);
    shell.handle_key(key("backspace"), store);
    shell.handle_key(key("left"), store);
    shell.handle_key(key("left"), store);
    shell.handle_key(key("delete"), store);
    shell.handle_key(key("right"), store);
    type_text(shell, store, "x");
}

#[test]
fn moving_keys_edit_an_intake_name_as_in_the_other_forms() {
    for lang in [Lang::En, Lang::El] {
        let (_dir, mut store) = demo();
        let mut forms = Vec::new();
        // Intake: a new form, the surname.
        let mut intake = shell(lang);
        intake.open(ScreenId::Intake, &mut store);
        intake.handle_key(key("n"), &mut store);
        type_with_moves(&mut intake, &mut store);
        forms.push(("intake", screen_text(&render(&mut intake, 80, 24))));
        // The directory: a new service, its code.
        let mut directory = shell(lang);
        directory.open(ScreenId::Directory, &mut store);
        directory.handle_key(key("n"), &mut store);
        type_with_moves(&mut directory, &mut store);
        forms.push(("directory", screen_text(&render(&mut directory, 80, 24))));
        // A visit on the card: its reason.
        let mut lookup = shell(lang);
        lookup.open(ScreenId::Lookup, &mut store);
        type_text(&mut lookup, &mut store, "a");
        lookup.handle_key(key("enter"), &mut store);
        lookup.handle_key(key("v"), &mut store);
        lookup.handle_key(key("tab"), &mut store);
        type_with_moves(&mut lookup, &mut store);
        forms.push(("visit", screen_text(&render(&mut lookup, 80, 24))));
        for (form, text) in forms {
            assert!(text.contains("ORzex"), "{lang:?} {form}: {text}");
        }
    }
}

/// Ctrl-M (a line break) in a one-line field leaves it one line: before, intake's own
/// editor put a hidden line break into the surname, and the field showed only the
/// line after it.
#[test]
fn a_line_break_never_enters_a_name() {
    let (_dir, mut store) = demo();
    let mut intake = shell(Lang::En);
    intake.open(ScreenId::Intake, &mut store);
    intake.handle_key(key("n"), &mut store);
    type_text(&mut intake, &mut store, "Ab");
    intake.handle_key(key("ctrl-m"), &mut store);
    type_text(&mut intake, &mut store, "c");
    let text = screen_text(&render(&mut intake, 80, 24));
    assert!(text.contains("Abc"), "{text}");
}
