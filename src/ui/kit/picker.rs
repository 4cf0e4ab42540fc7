//! Type-ahead: a text field with the hits below it. Every key that changes the text
//! asks the [`Source`] again; ↑ ↓ PgUp PgDn Home End move among the hits; Enter (or
//! Tab, as the holder decides) takes the highlighted one. A failed search is shown in
//! place of the hits and on the status line, never as "nothing found".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::field::TextField;
use super::list::ListView;
use super::width::fit;
use super::{Component, Drawn, Input, Reply};
use crate::action::Action;
use crate::i18n::kit::KMsg;
use crate::i18n::{Lang, t};
use crate::store::StoreError;
use crate::ui::{Ctx, View};

/// One hit: what it stands for, and the line the picker shows for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Choice<T> {
    pub value: T,
    pub line: String,
}

/// Where a picker's hits come from.
pub trait Source {
    type Item: Clone;

    /// The hits for `query`, best first. Called only with at least
    /// [`min_chars`](Source::min_chars) characters typed.
    fn find(
        &mut self,
        query: &str,
        cx: &mut Ctx<'_>,
    ) -> Result<Vec<Choice<Self::Item>>, StoreError>;

    /// Characters to type before a search is worth it.
    fn min_chars(&self) -> usize {
        1
    }
}

/// Why a picker shows no hits.
#[derive(Debug, Clone, PartialEq)]
enum Found {
    /// Fewer characters than the source needs.
    TooShort,
    Hits,
    /// The search failed: the message is shown in place of the hits.
    Failed(String),
}

/// A type-ahead picker over a [`Source`].
pub struct Picker<S: Source> {
    pub source: S,
    query: TextField,
    hits: Vec<Choice<S::Item>>,
    list: ListView,
    found: Found,
}

impl<S: Source> Picker<S> {
    pub fn new(source: S) -> Picker<S> {
        Picker {
            source,
            query: TextField::new(),
            hits: Vec::new(),
            list: ListView::new(),
            found: Found::TooShort,
        }
    }

    pub fn query(&self) -> String {
        self.query.text()
    }

    pub fn field(&self) -> &TextField {
        &self.query
    }

    pub fn hits(&self) -> &[Choice<S::Item>] {
        &self.hits
    }

    /// The highlighted hit.
    pub fn current(&self) -> Option<&Choice<S::Item>> {
        self.hits.get(self.list.selected())
    }

    pub fn selected(&self) -> usize {
        self.list.selected()
    }

    /// The failed search's message, while it stands.
    pub fn error(&self) -> Option<&str> {
        match &self.found {
            Found::Failed(text) => Some(text),
            _ => None,
        }
    }

    /// Whether too little is typed to search.
    pub fn too_short(&self) -> bool {
        self.found == Found::TooShort
    }

    /// Puts `text` in the field (a draft, a choice taken) and searches again.
    pub fn set_query(&mut self, text: &str, cx: &mut Ctx<'_>) -> Reply<Choice<S::Item>> {
        self.query.set_text(text);
        self.search(cx)
    }

    /// Puts `text` in the field without searching (a choice taken is shown as typed).
    pub fn show(&mut self, text: &str) {
        self.query.set_text(text);
        self.clear_hits();
    }

    pub fn clear_hits(&mut self) {
        self.hits.clear();
        self.list.set_len(0);
        self.found = Found::TooShort;
    }

    /// Searches again for what is typed now.
    pub fn search(&mut self, cx: &mut Ctx<'_>) -> Reply<Choice<S::Item>> {
        let query = self.query.text();
        self.list = ListView::new();
        if query.trim().chars().count() < self.source.min_chars() {
            self.hits.clear();
            self.found = Found::TooShort;
            return Reply::Changed;
        }
        match self.source.find(&query, cx) {
            Ok(hits) => {
                self.hits = hits;
                self.list.set_len(self.hits.len());
                self.found = Found::Hits;
                Reply::Changed
            }
            Err(e) => {
                self.hits.clear();
                let outcome = super::fail::store_failure(cx.lang, "search", &e);
                self.found = Found::Failed(super::fail::store_error_text(cx.lang, &e));
                Reply::Say(outcome)
            }
        }
    }

    /// Keeps what a drawing measured.
    pub fn measured(&mut self, drawn: Drawn) {
        self.list.measured(drawn);
    }

    /// The hits (or why there are none) in `area`, one line each, the highlighted one
    /// in the selection style with a `▌` before it.
    pub fn draw_hits(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        let lang = view.lang;
        if self.hits.is_empty() {
            let (text, style) = match &self.found {
                Found::TooShort => (t(lang, KMsg::TypeMore).to_string(), view.theme.muted),
                Found::Hits => (t(lang, KMsg::NoHits).to_string(), view.theme.muted),
                Found::Failed(text) => (text.clone(), view.theme.status_error),
            };
            // Wrapped, one cell in: a search that failed says why in full.
            let inset = Rect {
                x: area.x.saturating_add(1),
                width: area.width.saturating_sub(1),
                ..area
            };
            frame.render_widget(
                Paragraph::new(Span::styled(text, style))
                    .wrap(ratatui::widgets::Wrap { trim: true }),
                inset,
            );
            return Drawn::rows(area.height);
        }
        let width = area.width as usize;
        self.list.draw_rows(frame, area, |i, selected| {
            let mark = if selected { '▌' } else { ' ' };
            let style = if selected {
                view.theme.selection
            } else {
                view.theme.text
            };
            Line::from(Span::styled(
                fit(&format!("{mark}{}", self.hits[i].line), width),
                style,
            ))
        })
    }
}

impl<S: Source> Component for Picker<S> {
    /// Enter on a hit: the hit.
    type Done = Choice<S::Item>;

    fn handle(&mut self, input: Input<'_>, cx: &mut Ctx<'_>) -> Reply<Self::Done> {
        match input {
            Input::Action(Action::Confirm) => match self.current() {
                Some(hit) => Reply::Done(hit.clone()),
                None => Reply::Ignored,
            },
            Input::Action(action) => {
                if self.list.step(action) {
                    Reply::Changed
                } else {
                    Reply::Ignored
                }
            }
            Input::Key(_) | Input::Paste(_) => {
                let before = self.query.text();
                let reply = self.query.handle(input, cx);
                if self.query.text() != before {
                    self.search(cx)
                } else if reply.is_ignored() {
                    Reply::Ignored
                } else {
                    Reply::Changed
                }
            }
        }
    }

    /// The field on the first row (`label` none), the hits below.
    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        if area.height == 0 {
            return Drawn::none();
        }
        frame.render_widget(
            Paragraph::new(Span::styled(self.query.with_cursor(true), view.theme.text)),
            Rect { height: 1, ..area },
        );
        let hits = Rect {
            y: area.y + 1,
            height: area.height - 1,
            ..area
        };
        self.draw_hits(frame, hits, view)
    }

    fn wants_text(&self) -> bool {
        true
    }
}

/// The words "type more" / "nobody found" a picker shows, for holders drawing their own.
pub fn empty_text(lang: Lang, too_short: bool) -> &'static str {
    t(
        lang,
        if too_short {
            KMsg::TypeMore
        } else {
            KMsg::NoHits
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::kit::tests::{ctx_for, key, store};

    /// Hits that are the typed text repeated; "fail" fails like a broken database.
    struct Echo;

    impl Source for Echo {
        type Item = usize;
        fn find(
            &mut self,
            query: &str,
            _cx: &mut Ctx<'_>,
        ) -> Result<Vec<Choice<usize>>, StoreError> {
            if query == "fail" {
                return Err(StoreError::Corrupt("test".into()));
            }
            Ok((0..3)
                .map(|i| Choice {
                    value: i,
                    line: format!("{query} {i}"),
                })
                .collect())
        }
        fn min_chars(&self) -> usize {
            2
        }
    }

    #[test]
    fn typing_searches_and_enter_picks() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::En);
        let mut picker = Picker::new(Echo);
        assert_eq!(picker.handle(Input::Key(key('a')), &mut cx), Reply::Changed);
        assert!(picker.too_short());
        assert!(picker.hits().is_empty());
        picker.handle(Input::Key(key('b')), &mut cx);
        assert_eq!(picker.hits().len(), 3);
        picker.handle(Input::Action(Action::Down), &mut cx);
        let reply = picker.handle(Input::Action(Action::Confirm), &mut cx);
        assert_eq!(
            reply,
            Reply::Done(Choice {
                value: 1,
                line: "ab 1".into()
            })
        );
    }

    #[test]
    fn a_failed_search_is_said_not_shown_as_nothing_found() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::El);
        let mut picker = Picker::new(Echo);
        let reply = picker.set_query("fail", &mut cx);
        let Reply::Say(crate::ui::Outcome::Error(text)) = reply else {
            panic!("expected an error, got {reply:?}");
        };
        assert!(text.contains("βάση"), "Greek text: {text}");
        assert!(picker.error().is_some());
        assert!(!picker.too_short());
    }
}
