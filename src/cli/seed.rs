//! `kentro seed --count N [--seed S] [--people-only]`: synthetic people, and two years
//! of their history (tickets, visits, referrals, appointments), for trials and
//! benchmarks. The same seed gives the same people and the same history.

use std::process::ExitCode;
use std::time::Instant;

use super::SeedArgs;
use super::progress::Progress;
use super::seed_amka::AmkaAllocator;
use crate::domain::records::Contact;
use crate::store::{Stamp, Store};
use crate::synth::{ActivityGenerator, PersonGenerator, SeedService, TicketNumbers};

/// People per transaction: large enough to amortise the commit's fsync, small enough
/// that other desks are not kept waiting for long.
const BATCH: u64 = 20_000;

/// Page cache of the seeding connection, at least: the key tables grow by millions
/// of rows in random order, so each insert needs its pages cached.
const SEED_CACHE_MIB: u32 = 512;

/// At most this much page cache, and at most a quarter of the memory available: past
/// a few million people the key indexes outgrow 512 MiB and every insert reads from
/// disk (4 million people took 70 minutes that way).
const SEED_CACHE_MAX_MIB: u32 = 4096;

/// The seeding connection's page cache: a quarter of the available memory (from
/// `/proc/meminfo`), between [`SEED_CACHE_MIB`] and [`SEED_CACHE_MAX_MIB`].
fn seed_cache_mib() -> u32 {
    let available_kib = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("MemAvailable:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .unwrap_or(0);
    let quarter = u32::try_from(available_kib / 1024 / 4).unwrap_or(u32::MAX);
    quarter.clamp(SEED_CACHE_MIB, SEED_CACHE_MAX_MIB)
}

pub fn run(store: &mut Store, args: &SeedArgs) -> Result<ExitCode, crate::Error> {
    let started = Instant::now();
    let stamp = Stamp::now("seed");
    let today = stamp.at.date();
    let first_index = store.count_people()? as u64;
    let generator = PersonGenerator::new(args.seed, today);
    let services: Vec<SeedService> = store
        .services()?
        .into_iter()
        .filter(|s| s.active)
        .map(|s| SeedService {
            id: s.id,
            code: s.code,
            ticket_prefix: s.ticket_prefix,
            accepts_referrals: s.accepts_referrals,
        })
        .collect();
    let activity = ActivityGenerator::new(args.seed, today, &services);
    let mut numbers = TicketNumbers::continuing(store.used_ticket_numbers()?);
    let prefix_of = |service_id: i64| {
        services
            .iter()
            .find(|s| s.id == service_id)
            .map_or("", |s| s.ticket_prefix.as_str())
    };
    let progress = Progress::new(args.count, "people");
    let mut done = 0;
    let mut contacts_added = 0;
    let mut amkas = AmkaAllocator::default();
    store.set_cache_mib(seed_cache_mib())?;
    while done < args.count {
        let size = BATCH.min(args.count - done);
        let indices = first_index + done..first_index + done + size;
        let mut batch: Vec<_> = generator.people(indices.clone()).collect();
        amkas.fix_batch(store, first_index + done, &mut batch)?;
        let ids = store.insert_people(&batch, &stamp)?;
        if !args.people_only
            && let (Some(&first), Some(&last)) = (ids.first(), ids.last())
        {
            let mut contacts: Vec<Contact> = Vec::new();
            let mut bookings = Vec::new();
            for (index, id) in indices.zip(&ids) {
                let history = activity.history(index, *id);
                contacts.extend(history.contacts);
                bookings.extend(history.appointments);
            }
            // Numbers follow arrival order within the batch, as a day's queue does.
            contacts.sort_by_key(|c| c.ticket.arrived_at);
            for contact in &mut contacts {
                let prefix = prefix_of(contact.ticket.service_id);
                numbers.assign(&mut contact.ticket, prefix);
            }
            store.insert_seed_history(&contacts, &bookings, first..=last, &stamp)?;
            contacts_added += contacts.len();
        }
        done += size;
        progress.advance(size);
    }
    progress.finish();
    outln!(
        "{}",
        crate::i18n::cli::sayf(
            crate::i18n::cli::CliMsg::Seeded,
            &[
                &args.count.to_string(),
                &contacts_added.to_string(),
                &format!("{:.1}", started.elapsed().as_secs_f64()),
                &args.seed.to_string(),
            ],
        )
    );
    Ok(ExitCode::SUCCESS)
}
