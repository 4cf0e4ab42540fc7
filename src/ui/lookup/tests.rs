//! Tests of the lookup screen and the card.
