//! The terminal interface: the shell around the screens, and the screens.
