//! The interface's languages.

/// An interface language. Greek is the default: the centres are Greek.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    El,
    En,
}

impl Lang {
    pub fn parse(text: &str) -> Option<Lang> {
        match text.trim().to_ascii_lowercase().as_str() {
            "el" | "gr" | "greek" | "ελληνικά" => Some(Lang::El),
            "en" | "english" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language a POSIX locale names (LC_ALL, LC_MESSAGES, LANG), if any.
    pub fn from_locale(locale: &str) -> Option<Lang> {
        let lower = locale.to_ascii_lowercase();
        if lower.starts_with("el") {
            Some(Lang::El)
        } else if lower.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Lang::El => "el",
            Lang::En => "en",
        }
    }

    pub fn other(self) -> Lang {
        match self {
            Lang::El => Lang::En,
            Lang::En => Lang::El,
        }
    }
}
