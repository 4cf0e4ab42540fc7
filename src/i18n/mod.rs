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

/// A catalogue of user-visible texts: each screen keeps its own, so that work on one
/// screen does not touch the others' words.
pub trait Text: Copy {
    /// The text in `lang`.
    fn text(self, lang: Lang) -> &'static str;
}

/// Defines a catalogue enum with both languages side by side: an entry without its
/// Greek or its English text does not compile.
macro_rules! catalogue {
    ($(#[$meta:meta])* $enum:ident { $($name:ident { el: $el:literal, en: $en:literal $(,)? })* }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $enum {
            $($name,)*
        }

        impl $enum {
            pub const ALL: &'static [$enum] = &[$($enum::$name,)*];
        }

        impl $crate::i18n::Text for $enum {
            fn text(self, lang: $crate::i18n::Lang) -> &'static str {
                match self {
                    $($enum::$name => match lang {
                        $crate::i18n::Lang::El => $el,
                        $crate::i18n::Lang::En => $en,
                    },)*
                }
            }
        }
    };
}
#[allow(unused_imports)] // for catalogues defined outside this module
pub(crate) use catalogue;

pub mod activities;
pub mod admin;
pub mod appointments;
pub mod cli;
pub mod cli_clap;
pub mod cli_csv;
pub mod directory;
pub mod distribution;
pub mod doctor;
pub mod encryption;
pub mod errors;
pub mod faults;
pub mod help;
pub mod intake;
pub mod kit;
pub mod lookup;
pub mod ops;
pub mod packets;
pub mod queue;
pub mod referral;
pub mod report;
pub mod retention;
mod shell;
pub mod stats;
pub use shell::Msg;

/// A service's name in `lang` (its Greek name when it has no English one).
pub fn service_name(service: &crate::domain::records::Service, lang: Lang) -> &str {
    match lang {
        Lang::En if !service.name_en.is_empty() => &service.name_en,
        _ => &service.name_el,
    }
}

/// A language's name in `lang`, from its ISO 639-3 code (the code if unknown).
pub fn language_name(code: &str, lang: Lang) -> String {
    match crate::domain::reference::find_language(code) {
        Some(l) => match lang {
            Lang::El => l.name_el.clone(),
            Lang::En => l.name_en.clone(),
        },
        None => code.to_string(),
    }
}

/// A country's name in `lang`, from its ISO code (the code if unknown).
pub fn country_name(code: &str, lang: Lang) -> String {
    match crate::domain::reference::find_country(code) {
        Some(c) => match lang {
            Lang::El => c.name_el.clone(),
            Lang::En => c.name_en.clone(),
        },
        None => code.to_string(),
    }
}

/// The text of `msg` in `lang`.
pub fn t(lang: Lang, msg: impl Text) -> &'static str {
    msg.text(lang)
}

/// The text of `msg` with each `{}` replaced by the next of `args`.
pub fn tf(lang: Lang, msg: impl Text, args: &[&str]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut parts = t(lang, msg).split("{}").peekable();
    while let Some(part) = parts.next() {
        out.push_str(part);
        if parts.peek().is_some() {
            out.push_str(args.next().copied().unwrap_or(""));
        }
    }
    out
}
