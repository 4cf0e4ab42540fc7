//! The focus rule of the lookup screen, in one place: letters go into the query
//! unless the operator moved into the results.

/// Where letters go: into the query, or to the results as one-letter actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Focus {
    Query,
    List,
}

/// What moves the focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum FocusEvent {
    /// The operator opened the screen, or came back to it from a card.
    Arrived,
    /// An arrow, PgUp/PgDn or Tab towards the results.
    IntoList,
    /// Esc, Tab or / from the results.
    BackToQuery,
}

impl Focus {
    /// The focus rule: the results get the focus only when the operator moves into
    /// them, and only when there are results.
    pub(super) fn after(self, event: FocusEvent, has_rows: bool) -> Focus {
        match event {
            FocusEvent::IntoList if has_rows => Focus::List,
            FocusEvent::IntoList => self,
            FocusEvent::Arrived | FocusEvent::BackToQuery => Focus::Query,
        }
    }
}
