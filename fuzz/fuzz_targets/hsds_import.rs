#![no_main]
// See kentro::fuzzing::hsds_import for what is fed and what must hold.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kentro::fuzzing::hsds_import(data));
