//! A framed box over the screen, and a question answered by one key.

use crossterm::event::{KeyCode, KeyModifiers};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

use super::width::width;
use super::{Component, Drawn, Input, Reply};
use crate::action::Action;
use crate::i18n::Lang;
use crate::ui::{Ctx, View, is_yes_key};

/// Clears `area`, frames it with `title`, and returns the room inside.
pub fn frame_box(frame: &mut Frame<'_>, area: Rect, view: &View<'_>, title: &str) -> Rect {
    frame.render_widget(Clear, area);
    let mut block = Block::bordered()
        .border_set(view.theme.borders)
        .border_style(view.theme.border);
    if !title.is_empty() {
        block = block.title(Span::styled(format!(" {title} "), view.theme.title));
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    inner
}

/// A box of `width` × `height` cells centred in `area` (shrunk to fit it).
pub fn centred(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

/// A box near the top of `area`, two cells in from its edges, `height` rows tall but
/// no lower than `below` rows above `area`'s bottom.
pub fn near_top(area: Rect, height: u16, below: u16) -> Rect {
    Rect::new(
        area.x + 2.min(area.width),
        area.y + 2.min(area.height),
        area.width.saturating_sub(4),
        height.min(area.height.saturating_sub(below)),
    )
}

/// Rows `text` takes when wrapped at `width` cells (words wrap: one row more to spare).
pub fn wrapped_rows(text: &str, width: u16) -> u16 {
    let width = width.max(1) as usize;
    (self::width(text) / width + 1).min(u16::MAX as usize) as u16
}

/// The answer to a [`Question`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answer {
    /// The Y key (υ on the Greek layout).
    Yes,
    /// The N key (ν on the Greek layout), or any other key when the question says so.
    No,
    /// The X key (χ on the Greek layout): throw away.
    Discard,
    /// Esc: back to where the question came from, nothing done.
    Back,
}

/// Which keys answer a question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answers {
    /// `y` yes, `n` or Esc no; other keys are ignored.
    YesNo,
    /// `y` yes; any other key (and Esc) is no: for questions where a stray key must
    /// never say yes (ending the day).
    YesOrAnythingElse,
    /// `y` yes (keep), `x` throw away, Esc back; other keys are ignored.
    KeepDiscardBack,
}

/// A question answered by one key. It draws itself as a box of two texts: what is
/// asked and which keys answer; the holder gives both in the operator's language.
pub struct Question {
    answers: Answers,
    text: Box<dyn Fn(Lang) -> (String, String)>,
}

impl std::fmt::Debug for Question {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Question")
            .field("answers", &self.answers)
            .finish()
    }
}

impl Question {
    /// `text(lang)` gives (the question, the keys that answer it).
    pub fn new(answers: Answers, text: impl Fn(Lang) -> (String, String) + 'static) -> Question {
        Question {
            answers,
            text: Box::new(text),
        }
    }

    pub fn answers(&self) -> Answers {
        self.answers
    }

    /// The answer a key gives, if any.
    pub fn answer_key(&self, key: &crossterm::event::KeyEvent) -> Option<Answer> {
        if is_yes_key(key) {
            return Some(Answer::Yes);
        }
        let plain = !key
            .modifiers
            .intersects(KeyModifiers::ALT | KeyModifiers::CONTROL);
        let letter = match key.code {
            KeyCode::Char(c) if plain => Some(c),
            _ => None,
        };
        match (self.answers, letter) {
            (Answers::YesOrAnythingElse, _) => Some(Answer::No),
            (Answers::YesNo, Some('n' | 'N' | 'ν' | 'Ν')) => Some(Answer::No),
            (Answers::KeepDiscardBack, Some('x' | 'X' | 'χ' | 'Χ')) => Some(Answer::Discard),
            _ => None,
        }
    }

    /// Draws the question in a box near the top of `area`, tall enough for its texts.
    pub fn draw_in(
        &self,
        frame: &mut Frame<'_>,
        area: Rect,
        view: &View<'_>,
        style: Style,
    ) -> Drawn {
        let (question, keys) = (self.text)(view.lang);
        let inner_width = area.width.saturating_sub(6);
        let height = 3 + wrapped_rows(&question, inner_width) + wrapped_rows(&keys, inner_width);
        let rect = near_top(area, height, 3);
        frame.render_widget(Clear, rect);
        let block = Block::bordered()
            .border_set(view.theme.borders)
            .border_style(style);
        let inner = block.inner(rect);
        frame.render_widget(block, rect);
        frame.render_widget(
            Paragraph::new(vec![
                Line::from(Span::styled(question, style)),
                Line::from(""),
                Line::from(Span::styled(keys, view.theme.text)),
            ])
            .wrap(Wrap { trim: true }),
            inner,
        );
        Drawn::rows(inner.height)
    }
}

impl Component for Question {
    type Done = Answer;

    fn handle(&mut self, input: Input<'_>, _cx: &mut Ctx<'_>) -> Reply<Answer> {
        match input {
            Input::Key(key) => match self.answer_key(&key) {
                Some(answer) => Reply::Done(answer),
                None => Reply::Ignored,
            },
            Input::Action(Action::Cancel) => Reply::Done(match self.answers {
                Answers::KeepDiscardBack => Answer::Back,
                _ => Answer::No,
            }),
            Input::Action(_) if self.answers == Answers::YesOrAnythingElse => {
                Reply::Done(Answer::No)
            }
            _ => Reply::Ignored,
        }
    }

    fn draw(&self, frame: &mut Frame<'_>, area: Rect, view: &View<'_>) -> Drawn {
        self.draw_in(frame, area, view, view.theme.warning)
    }

    /// Letters answer: the shell sends them as keys.
    fn wants_text(&self) -> bool {
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::kit::tests::{ctx_for, key, store};

    fn question(answers: Answers) -> Question {
        Question::new(answers, |_| ("Leave?".into(), "y / x / Esc".into()))
    }

    #[test]
    fn greek_layout_letters_answer_like_latin() {
        let (_dir, mut store) = store();
        let mut cx = ctx_for(&mut store, Lang::El);
        let mut q = question(Answers::YesNo);
        assert_eq!(
            q.handle(Input::Key(key('υ')), &mut cx),
            Reply::Done(Answer::Yes)
        );
        assert_eq!(
            q.handle(Input::Key(key('ν')), &mut cx),
            Reply::Done(Answer::No)
        );
        assert_eq!(q.handle(Input::Key(key('q')), &mut cx), Reply::Ignored);
        assert_eq!(
            q.handle(Input::Action(Action::Cancel), &mut cx),
            Reply::Done(Answer::No)
        );
        let mut keep = question(Answers::KeepDiscardBack);
        assert_eq!(
            keep.handle(Input::Key(key('χ')), &mut cx),
            Reply::Done(Answer::Discard)
        );
        assert_eq!(keep.handle(Input::Key(key('n')), &mut cx), Reply::Ignored);
        assert_eq!(
            keep.handle(Input::Action(Action::Cancel), &mut cx),
            Reply::Done(Answer::Back)
        );
        let mut strict = question(Answers::YesOrAnythingElse);
        assert_eq!(
            strict.handle(Input::Key(key('ν')), &mut cx),
            Reply::Done(Answer::No)
        );
        assert_eq!(
            strict.handle(Input::Key(key('y')), &mut cx),
            Reply::Done(Answer::Yes)
        );
    }

    #[test]
    fn centred_box_fits_the_area() {
        let area = Rect::new(0, 1, 80, 20);
        assert_eq!(centred(area, 40, 6), Rect::new(20, 8, 40, 6));
        assert_eq!(centred(area, 100, 30), area);
    }
}
