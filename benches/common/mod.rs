//! Shared by the benchmarks: percentiles and a one-line report format, so every
//! figure in README is printed the same way.
#![allow(dead_code)]

use std::time::Duration;

/// The `p`-th percentile (0–100) of `samples`, by nearest rank.
pub fn percentile(samples: &mut [Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    samples.sort_unstable();
    let rank = ((p / 100.0) * samples.len() as f64).ceil() as usize;
    samples[rank.clamp(1, samples.len()) - 1]
}

/// Prints `name: p50 … p99 … max … (n samples)` in milliseconds.
pub fn report(name: &str, samples: &mut [Duration]) {
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    let p50 = percentile(samples, 50.0);
    let p99 = percentile(samples, 99.0);
    let max = percentile(samples, 100.0);
    println!(
        "{name}: p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms ({} samples)",
        ms(p50),
        ms(p99),
        ms(max),
        samples.len()
    );
}

/// The machine the figures were measured on, for README.
pub fn machine() -> String {
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|text| {
            text.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|s| s.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    format!("{cpu}, {cores} cores")
}
