//! `kentro keys`: the active key bindings, as help shows them.

use std::process::ExitCode;

use super::Cli;
use crate::config::{self, FileConfig};
use crate::i18n::t;
use crate::keymap::{self, Keymap};
use crate::ui::action_help;

pub fn run(cli: &Cli, file_config: &FileConfig) -> Result<ExitCode, String> {
    let name = cli.keymap.clone().or_else(|| file_config.keymap.clone());
    let overrides = keymap::user_overrides_path();
    let map = Keymap::active(name.as_deref(), overrides.as_deref())?;
    let lang = config::resolve_lang(cli.lang, file_config);
    let mut text = format!("# keymap: {}\n", name.as_deref().unwrap_or("default"));
    if let Some(path) = overrides.filter(|p| p.exists()) {
        text.push_str(&format!("# with overrides from {}\n", path.display()));
    }
    let mut contexts: Vec<_> = map.contexts().filter(|(_, b)| !b.is_empty()).collect();
    contexts.sort_by_key(|(name, _)| *name != "global");
    for (context, bindings) in contexts {
        text.push_str(&format!("\n[{context}]\n"));
        for binding in bindings {
            let help = binding
                .desc(lang)
                .unwrap_or_else(|| t(lang, action_help(binding.action)));
            text.push_str(&format!(
                "  {:<12} {:<18} {help}\n",
                binding.key.to_string(),
                binding.action.name()
            ));
        }
    }
    super::print(&text)?;
    Ok(ExitCode::SUCCESS)
}
