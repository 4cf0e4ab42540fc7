//! The one Action type: what a key means once the keymap has read it.
