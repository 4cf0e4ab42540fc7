//! Report benchmarks on the million-person database (`kentro seed --count 1000000`,
//! two years of history): a one-year period report and the ESF+ indicators, each
//! beside the same figures computed the plain way (one SQL query per figure), and the
//! statistics screen's refresh on the busiest day of the history: the very call the
//! screen makes (`report::stats::statistics`), for today, the week and the month,
//! beside a query per figure.
//!
//! `KENTRO_BENCH_DB=/work/data/reports-1m.db cargo bench --bench reports`
//! (`KENTRO_BENCH_ENGINE_ONLY=1` leaves out the plain ways, which take minutes.)

mod common;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use chrono::{Days, NaiveDate};
use kentro::domain::codes::Vulnerability;
use kentro::domain::report::esf::{IndicatorCounter, IndicatorSet};
use kentro::domain::report::period::Period;
use kentro::domain::report::stats::Span;
use kentro::report::period_counts;
use kentro::report::stats::statistics;
use kentro::store::Store;
use rusqlite::Connection;

const RUNS: usize = 3;

fn time<T>(runs: usize, mut work: impl FnMut() -> T) -> (Vec<Duration>, T) {
    let mut samples = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let started = Instant::now();
        last = Some(work());
        samples.push(started.elapsed());
    }
    (samples, last.expect("at least one run"))
}

/// The period report's figures, one plain SQL query each (what one would write
/// without the report engine). Returns how many figures it computed.
fn plain_period(conn: &Connection, from: NaiveDate, to: NaiveDate) -> usize {
    let (f, t) = (from.to_string(), to.to_string());
    let served = "SELECT DISTINCT person_id FROM visit WHERE visited_on BETWEEN ?1 AND ?2";
    let mut figures = 0;
    let mut one = |sql: &str| {
        let mut stmt = conn.prepare(sql).unwrap();
        let rows = stmt
            .query_map([&f, &t], |r| r.get::<_, rusqlite::types::Value>(0))
            .unwrap()
            .count();
        figures += rows.max(1);
    };
    one(&format!("SELECT count(*) FROM ({served})"));
    one(&format!(
        "SELECT count(*) FROM ({served}) s WHERE NOT EXISTS \
         (SELECT 1 FROM visit b WHERE b.person_id = s.person_id AND b.visited_on < ?1)"
    ));
    one(&format!(
        "SELECT count(*) FROM ({served}) s WHERE EXISTS \
         (SELECT 1 FROM visit b WHERE b.person_id = s.person_id AND b.visited_on < ?1)"
    ));
    one("SELECT count(*) FROM visit WHERE visited_on BETWEEN ?1 AND ?2");
    for column in ["gender", "nationality", "municipality"] {
        one(&format!(
            "SELECT p.{column}, count(*) FROM ({served}) s JOIN person p ON p.id = s.person_id GROUP BY 1"
        ));
    }
    one(&format!(
        "SELECT substr(p.languages || ',', 1, instr(p.languages || ',', ',') - 1), count(*) \
         FROM ({served}) s JOIN person p ON p.id = s.person_id GROUP BY 1"
    ));
    one(&format!(
        "SELECT CASE WHEN a IS NULL THEN 'unknown' WHEN a < 18 THEN '0-17' WHEN a < 30 THEN '18-29' \
         WHEN a < 55 THEN '30-54' WHEN a < 65 THEN '55-64' ELSE '65+' END, count(*) FROM ( \
           SELECT (strftime('%Y', ?2) - strftime('%Y', p.date_of_birth)) - \
             (strftime('%m-%d', ?2) < strftime('%m-%d', p.date_of_birth)) AS a \
           FROM ({served}) s JOIN person p ON p.id = s.person_id) GROUP BY 1"
    ));
    for v in Vulnerability::ALL {
        one(&format!(
            "SELECT count(*) FROM ({served}) s JOIN person p ON p.id = s.person_id \
             WHERE ',' || p.vulnerabilities || ',' LIKE '%,{}%,'",
            v.code()
        ));
    }
    one(&format!(
        "SELECT ifnull((SELECT count(*) FROM person m WHERE m.household_id = p.household_id), 1), count(*) \
         FROM ({served}) s JOIN person p ON p.id = s.person_id GROUP BY 1"
    ));
    one("SELECT service_id, state, count(*) FROM ticket WHERE day BETWEEN ?1 AND ?2 GROUP BY 1, 2");
    // Median and 90th percentile per service line: count, then the row at that rank.
    let services: Vec<i64> = conn
        .prepare("SELECT id FROM service")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let wait = "(unixepoch(called_at) - unixepoch(arrived_at)) / 60";
    let mut waits = 0;
    for id in services {
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM ticket WHERE day BETWEEN ?1 AND ?2 AND service_id = ?3 \
                 AND called_at IS NOT NULL",
                rusqlite::params![f, t, id],
                |r| r.get(0),
            )
            .unwrap();
        for p in [50, 90] {
            let rank = ((p * n) as f64 / 100.0).ceil().max(1.0) as i64 - 1;
            let _: Option<i64> = conn
                .query_row(
                    &format!(
                        "SELECT {wait} FROM ticket WHERE day BETWEEN ?1 AND ?2 AND service_id = ?3 \
                         AND called_at IS NOT NULL ORDER BY 1 LIMIT 1 OFFSET ?4"
                    ),
                    rusqlite::params![f, t, id, rank],
                    |r| r.get(0),
                )
                .ok();
            waits += 1;
        }
    }
    one(
        "SELECT service_id, state, count(*) FROM referral WHERE created_at >= ?1 AND created_at <= ?2 || 'T' GROUP BY 1, 2",
    );
    one(
        "SELECT count(*) FROM referral WHERE created_at >= ?1 AND created_at <= ?2 || 'T' \
         AND state IN ('sent', 'accepted') AND follow_up_on < date('now')",
    );
    figures + waits
}

/// The ESF+ indicators, one SQL query per indicator (each grouped by gender).
fn plain_esf(conn: &Connection, from: NaiveDate, to: NaiveDate) -> usize {
    let entries = "SELECT f.person_id, f.entered_on, p.* FROM (SELECT person_id, min(visited_on) AS entered_on \
         FROM visit WHERE visited_on BETWEEN ?1 AND ?2 GROUP BY person_id) f \
         JOIN person p ON p.id = f.person_id LEFT JOIN person_esf e ON e.person_id = p.id \
         WHERE NOT EXISTS (SELECT 1 FROM visit b WHERE b.person_id = f.person_id AND b.visited_on < ?1)";
    let age = "((strftime('%Y', entered_on) - strftime('%Y', date_of_birth)) - \
               (strftime('%m-%d', entered_on) < strftime('%m-%d', date_of_birth)))";
    let conditions = [
        "employment IN ('unemployed', 'long-term-unemployed')".to_string(),
        "employment = 'long-term-unemployed'".to_string(),
        "employment IN ('inactive', 'student', 'retired')".to_string(),
        "employment IN ('employed', 'self-employed')".to_string(),
        format!("{age} < 18"),
        format!("{age} BETWEEN 18 AND 29"),
        format!("{age} >= 55"),
        "education IN ('none', 'isced-1', 'isced-2')".to_string(),
        "education = 'isced-3-4'".to_string(),
        "education = 'isced-5-8'".to_string(),
        "1".to_string(),
        "',' || vulnerabilities || ',' LIKE '%,disability,%'".to_string(),
        "nationality NOT IN ('AT','BE','BG','HR','CY','CZ','DK','EE','FI','FR','DE','GR','HU','IE','IT','LV','LT','LU','MT','NL','PL','PT','RO','SK','SI','ES','SE')".to_string(),
        "nationality <> 'GR'".to_string(),
        "',' || vulnerabilities || ',' LIKE '%,roma,%'".to_string(),
        "',' || vulnerabilities || ',' LIKE '%,homeless,%'".to_string(),
        "0".to_string(),
    ];
    let (f, t) = (from.to_string(), to.to_string());
    let mut figures = 0;
    for condition in conditions {
        let sql =
            format!("SELECT gender, count(*) FROM ({entries}) WHERE {condition} GROUP BY gender");
        let mut stmt = conn.prepare(&sql).unwrap();
        figures += stmt
            .query_map([&f, &t], |r| r.get::<_, i64>(1))
            .unwrap()
            .count();
    }
    figures
}

fn main() {
    let path = PathBuf::from(
        std::env::var("KENTRO_BENCH_DB").unwrap_or_else(|_| "/work/data/reports-1m.db".into()),
    );
    if !path.exists() {
        println!(
            "no database at {}: make one with `kentro init --db PATH`, `kentro --db PATH seed --count 1000000` and set KENTRO_BENCH_DB",
            path.display()
        );
        return;
    }
    let store = Store::open(&path).expect("open the benchmark database");
    let conn = Connection::open(&path).expect("open it plainly too");
    let people = store.count_people().unwrap_or(0);
    let last: NaiveDate = conn
        .query_row("SELECT max(day) FROM ticket", [], |r| r.get(0))
        .expect("the database has seeded history");
    let from = last.checked_sub_days(Days::new(364)).unwrap_or(last);
    let year = Period::new(from, last).expect("a year");
    println!("{people} people; one year: {from} to {last}");

    // Warm the page cache once so both ways read from memory.
    let _ = period_counts(&store, year, None, last, |_| {});

    let (mut samples, counts) = time(RUNS, || {
        period_counts(&store, year, None, last, |_| {}).expect("report")
    });
    common::report("period report, one year (engine)", &mut samples);
    println!(
        "  {} people served, {} visits",
        counts.people_served, counts.visits
    );
    let plain = std::env::var_os("KENTRO_BENCH_ENGINE_ONLY").is_none();
    if plain {
        let (mut samples, figures) = time(RUNS, || plain_period(&conn, from, last));
        common::report(
            &format!("period report, one year (plain: {figures} figures, a query each)"),
            &mut samples,
        );
    }

    let (mut samples, total) = time(RUNS, || {
        let mut counter = IndicatorCounter::new(IndicatorSet::Esf2021);
        store
            .for_each_participant(&year, None, |p| counter.add(&p))
            .expect("participants");
        counter.finish()[10].1.total()
    });
    common::report("ESF+ indicators, one year (engine)", &mut samples);
    println!("  {total} participants entering");
    if plain {
        let (mut samples, _) = time(RUNS, || plain_esf(&conn, from, last));
        common::report(
            "ESF+ indicators, one year (plain: a query per indicator)",
            &mut samples,
        );
    }

    // The statistics screen's refresh on the busiest day of the history and on a
    // typical one (the median day by tickets), for each of its periods.
    let busiest: NaiveDate = conn
        .query_row(
            "SELECT day FROM ticket GROUP BY day ORDER BY count(*) DESC LIMIT 1",
            [],
            |r| r.get(0),
        )
        .expect("a busiest day");
    let typical: NaiveDate = conn
        .query_row(
            "SELECT day FROM (SELECT day, count(*) AS n FROM ticket GROUP BY day) \
             ORDER BY n LIMIT 1 OFFSET (SELECT count(DISTINCT day) / 2 FROM ticket)",
            [],
            |r| r.get(0),
        )
        .expect("a typical day");
    for day in [busiest, typical] {
        let tickets: i64 = conn
            .query_row("SELECT count(*) FROM ticket WHERE day = ?1", [day], |r| {
                r.get(0)
            })
            .unwrap_or(0);
        let visits: i64 = conn
            .query_row(
                "SELECT count(*) FROM visit WHERE visited_on = ?1",
                [day],
                |r| r.get(0),
            )
            .unwrap_or(0);
        let which = if day == busiest { "busiest" } else { "typical" };
        for span in Span::ALL {
            let (mut samples, figures) = time(10, || {
                statistics(&store, day, span).expect("the screen's figures")
            });
            common::report(
                &format!(
                    "statistics screen refresh, {span:?} ({which} day {day}: {tickets} tickets, {visits} visits)"
                ),
                &mut samples,
            );
            if span == Span::Today {
                println!(
                    "  {} arrivals, {} people with a visit, {} referrals open",
                    figures.arrivals_today(),
                    figures.period.people_served,
                    figures.referrals_open
                );
            }
        }
        if plain {
            let (mut samples, figures) = time(10, || plain_screen(&conn, day));
            common::report(
                &format!(
                    "statistics screen refresh, Today, {which} day (plain: {figures} figures, a query each)"
                ),
                &mut samples,
            );
        }
    }
}

/// The statistics screen's figures for one day, one plain query per figure: each
/// hour's arrivals, each line's waits (count, then the rows at the median's and the
/// 90th percentile's rank), each line's tickets per state, new and returning people,
/// open and overdue referrals, each of the last 30 days' visits.
fn plain_screen(conn: &Connection, day: NaiveDate) -> usize {
    let d = day.to_string();
    let figures = std::cell::Cell::new(0);
    let count = |sql: &str, params: &[&dyn rusqlite::ToSql]| {
        let _: i64 = conn.query_row(sql, params, |r| r.get(0)).unwrap();
        figures.set(figures.get() + 1);
    };
    for hour in 0..24 {
        count(
            "SELECT count(*) FROM ticket WHERE day = ?1 AND CAST(substr(arrived_at, 12, 2) AS INTEGER) = ?2",
            &[&d, &hour],
        );
    }
    let services: Vec<i64> = conn
        .prepare("SELECT id FROM service")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for id in &services {
        for state in [
            "waiting",
            "called",
            "in-service",
            "done",
            "referred",
            "not-seen",
            "cancelled",
        ] {
            count(
                "SELECT count(*) FROM ticket WHERE day = ?1 AND service_id = ?2 AND state = ?3",
                &[&d, id, &state],
            );
        }
        let n: i64 = conn
            .query_row(
                "SELECT count(*) FROM ticket WHERE day = ?1 AND service_id = ?2 AND called_at IS NOT NULL",
                rusqlite::params![d, id],
                |r| r.get(0),
            )
            .unwrap();
        for p in [50, 90] {
            let rank = ((p * n) as f64 / 100.0).ceil().max(1.0) as i64 - 1;
            let _: Option<i64> = conn
                .query_row(
                    "SELECT (unixepoch(called_at) - unixepoch(arrived_at)) / 60 FROM ticket \
                     WHERE day = ?1 AND service_id = ?2 AND called_at IS NOT NULL ORDER BY 1 LIMIT 1 OFFSET ?3",
                    rusqlite::params![d, id, rank],
                    |r| r.get(0),
                )
                .ok();
            figures.set(figures.get() + 1);
        }
        for state in [
            "sent",
            "accepted",
            "completed",
            "declined",
            "no-show",
            "cancelled",
        ] {
            count(
                "SELECT count(*) FROM referral WHERE service_id = ?1 AND state = ?2 \
                 AND created_at >= ?3 AND created_at < date(?3, '+1 day')",
                &[id, &state, &d],
            );
        }
    }
    count(
        "SELECT count(*) FROM (SELECT DISTINCT person_id FROM visit WHERE visited_on = ?1) s \
         WHERE NOT EXISTS (SELECT 1 FROM visit b WHERE b.person_id = s.person_id AND b.visited_on < ?1)",
        &[&d],
    );
    count(
        "SELECT count(*) FROM (SELECT DISTINCT person_id FROM visit WHERE visited_on = ?1) s \
         WHERE EXISTS (SELECT 1 FROM visit b WHERE b.person_id = s.person_id AND b.visited_on < ?1)",
        &[&d],
    );
    count(
        "SELECT count(*) FROM referral WHERE state IN ('sent', 'accepted')",
        &[],
    );
    count(
        "SELECT count(*) FROM referral WHERE state IN ('sent', 'accepted') AND follow_up_on < ?1",
        &[&d],
    );
    for back in 0..30 {
        count(
            "SELECT count(*) FROM visit WHERE visited_on = date(?1, ?2)",
            &[&d, &format!("-{back} days")],
        );
    }
    figures.get()
}
