//! The event loop.

use crate::i18n::Lang;
use crate::store::Store;

/// Everything the interface needs to know about this session.
#[derive(Debug, Clone)]
pub struct AppContext {
    /// The OS login of the operator.
    pub operator: String,
    pub desk: Option<i64>,
    pub lang: Lang,
    /// How the status line names the database ("demo" or its path).
    pub db_label: String,
    /// Name of the keymap to use ("default", "vim") from config.
    pub keymap: Option<String>,
    pub theme: Option<String>,
    pub ascii_borders: bool,
}

/// Runs the terminal interface until the operator quits or the terminal hangs up.
pub fn run(store: Store, ctx: AppContext) -> Result<(), String> {
    let _ = (store, ctx);
    Err("the terminal interface is being built".into())
}
