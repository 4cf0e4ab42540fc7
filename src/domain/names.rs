//! Name normalisation and transliteration.
