#![no_main]
// See kentro::fuzzing::csv_import for what is fed and what must hold.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kentro::fuzzing::csv_import(data));
