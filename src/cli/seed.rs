//! `kentro seed --count N [--seed S]`: synthetic people for trials and benchmarks.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;
use std::time::Instant;

use super::SeedArgs;
use crate::store::{Stamp, Store};
use crate::synth::PersonGenerator;

/// People per transaction: large enough to amortise the commit's fsync, small enough
/// that other desks are not kept waiting for long.
const BATCH: u64 = 20_000;

pub fn run(store: &mut Store, args: &SeedArgs) -> Result<ExitCode, String> {
    let started = Instant::now();
    let stamp = Stamp::now("seed");
    let first_index = store.count_people().map_err(|e| e.to_string())? as u64;
    let generator = PersonGenerator::new(args.seed, stamp.at.date());
    let interactive = std::io::stderr().is_terminal();
    let mut done = 0;
    let mut last_percent = 0;
    while done < args.count {
        let size = BATCH.min(args.count - done);
        let batch: Vec<_> = (0..size)
            .map(|i| generator.person(first_index + done + i))
            .collect();
        store
            .insert_people(&batch, &stamp)
            .map_err(|e| e.to_string())?;
        done += size;
        let percent = done * 100 / args.count;
        if interactive {
            eprint!("\rseeding: {done} / {} people ({percent}%)", args.count);
            let _ = std::io::stderr().flush();
        } else if percent / 10 > last_percent / 10 || done == args.count {
            eprintln!("seeding: {done} / {} people ({percent}%)", args.count);
        }
        last_percent = percent;
    }
    if interactive {
        eprintln!();
    }
    println!(
        "added {} people in {:.1} s (seed {})",
        args.count,
        started.elapsed().as_secs_f64(),
        args.seed
    );
    Ok(ExitCode::SUCCESS)
}
