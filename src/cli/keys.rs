//! `kentro keys`: the active key bindings, as help shows them (`--json`: one array
//! of bindings, for scripts and for a centre's printed key card).

use std::process::ExitCode;

use serde_json::json;

use super::Cli;
use crate::config::{self, FileConfig};
use crate::i18n::{Lang, t};
use crate::keymap::{self, Binding, Keymap};
use crate::ui::action_help;

pub fn run(cli: &Cli, file_config: &FileConfig, json: bool) -> Result<ExitCode, crate::Error> {
    let name = cli.keymap.clone().or_else(|| file_config.keymap.clone());
    let overrides = keymap::user_overrides_path();
    let map = Keymap::active(name.as_deref(), overrides.as_deref())?;
    let mut contexts: Vec<_> = map.contexts().filter(|(_, b)| !b.is_empty()).collect();
    contexts.sort_by_key(|(name, _)| *name != "global");
    if json {
        let rows = contexts
            .iter()
            .flat_map(|(context, bindings)| {
                bindings.iter().map(move |binding| {
                    json!({
                        "context": context,
                        "key": binding.key.to_string(),
                        "action": binding.action.name(),
                        "hint": binding.hint,
                        "help_el": help(binding, Lang::El),
                        "help_en": help(binding, Lang::En),
                    })
                })
            })
            .collect();
        super::json::print_rows(rows)?;
        return Ok(ExitCode::SUCCESS);
    }
    let lang = config::resolve_lang(cli.lang, file_config);
    let mut text = format!("# keymap: {}\n", name.as_deref().unwrap_or("default"));
    if let Some(path) = overrides.filter(|p| p.exists()) {
        text.push_str(&format!("# with overrides from {}\n", path.display()));
    }
    for (context, bindings) in contexts {
        text.push_str(&format!("\n[{context}]\n"));
        for binding in bindings {
            text.push_str(&format!(
                "  {:<12} {:<18} {}\n",
                binding.key.to_string(),
                binding.action.name(),
                help(binding, lang)
            ));
        }
    }
    super::print(&text)?;
    Ok(ExitCode::SUCCESS)
}

/// What a binding does, as help says it: the keymap file's own words, else the
/// action's.
fn help(binding: &Binding, lang: Lang) -> &str {
    binding
        .desc(lang)
        .unwrap_or_else(|| t(lang, action_help(binding.action)))
}
