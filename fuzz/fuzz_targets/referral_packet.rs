#![no_main]
// See kentro::fuzzing::referral_packet for what is fed and what must hold.
libfuzzer_sys::fuzz_target!(|data: &[u8]| kentro::fuzzing::referral_packet(data));
