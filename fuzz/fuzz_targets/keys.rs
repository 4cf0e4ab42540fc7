#![no_main]
// See kentro::fuzzing::keys for what is fed and what must hold.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kentro::fuzzing::keys(data));
