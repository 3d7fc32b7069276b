//! The floor of import: what one core spends per message before any database or index work.
//!
//! For every line of a corpus, single-threaded and in order: parse it
//! (`archive::Message::parse_json`), extract its searchable text (`Message::searchable_text`),
//! and seal the raw line under a tenant keyring (`archive::crypto::seal`: zstd with the tenant's
//! dictionary, trained first on the corpus's first 50,000 lines as an import's first batch
//! would be, then AES-256-GCM). Each stage is timed
//! per message; the total is the wall time of the whole loop (it also includes the timers, a
//! few percent). The end-to-end import (sealing, chaining, inserting and indexing in batches) is
//! compared against this.
//!
//! ```text
//! cargo bench -p archive --bench import_floor                       # 200,000 generated messages
//! IMPORT_BENCH_FILE=/tmp/corpus-1m.jsonl cargo bench -p archive --bench import_floor
//! ```
//!
//! Without `IMPORT_BENCH_FILE` the corpus is generated in memory by the `gen_corpus` example's
//! generator (seed 7, default shape), `IMPORT_BENCH_MESSAGES` lines (default 200,000).
//! `IMPORT_BENCH_ROUNDS` (default 3) passes are made; the fastest is reported. MB/s are of input
//! (raw JSON line) bytes for every stage. Peak RSS (`VmHWM`) includes the corpus held in memory.

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

#[path = "../examples/gen_corpus.rs"]
mod gen_corpus;

use std::hint::black_box;
use std::time::{Duration, Instant};

use archive::crypto::{DataKey, Dictionary, Keyring, seal};
use archive::{MasterKey, Message};

const TENANT_ID: i64 = 1;

#[derive(Default, Clone, Copy)]
struct Round {
    parse: Duration,
    text: Duration,
    seal: Duration,
    total: Duration,
    parsed: u64,
    rejected: u64,
    text_bytes: u64,
    sealed_bytes: u64,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let rounds: usize = env_number("IMPORT_BENCH_ROUNDS").unwrap_or(3).max(1);
    let (source, corpus) = load_corpus()?;
    let lines: Vec<&str> = corpus
        .lines()
        .filter(|line| !line.trim().is_empty())
        .collect();
    let input_bytes: u64 = lines.iter().map(|line| line.len() as u64).sum();
    println!(
        "corpus: {source}: {} messages, {:.1} MB",
        lines.len(),
        input_bytes as f64 / 1e6
    );

    // A tenant keyring as the archive builds it: a data key wrapped under the master key, then
    // unwrapped into the keyring.
    let master = MasterKey::generate();
    let wrapped = DataKey::generate().wrap(&master, TENANT_ID, 1)?;
    let mut keyring = Keyring::unwrap_all(&master, TENANT_ID, [&wrapped])?;
    // As an import's first batch (archive::import::DEFAULT_BATCH_SIZE lines) trains it.
    let training: Vec<&[u8]> = lines
        .iter()
        .take(archive::import::DEFAULT_BATCH_SIZE)
        .map(|line| line.as_bytes())
        .collect();
    let started = Instant::now();
    let dictionary = Dictionary::train(&training).ok_or("too few lines to train a dictionary")?;
    println!(
        "dictionary trained on the first {} lines in {:.0?}",
        training.len(),
        started.elapsed()
    );
    keyring.insert_dictionary(dictionary)?;

    let mut best: Option<Round> = None;
    for _ in 0..rounds {
        let round = run_round(&lines, &keyring);
        if best.is_none_or(|best| round.total < best.total) {
            best = Some(round);
        }
    }
    let Some(best) = best else {
        return Ok(());
    };

    let messages = lines.len() as u64;
    println!(
        "single thread, best of {rounds} rounds; {} parsed, {} rejected; {:.1} MB of searchable text; {:.1} MB sealed ({:.0} bytes a message, {:.0} of input)",
        best.parsed,
        best.rejected,
        best.text_bytes as f64 / 1e6,
        best.sealed_bytes as f64 / 1e6,
        best.sealed_bytes as f64 / best.parsed.max(1) as f64,
        input_bytes as f64 / messages.max(1) as f64
    );
    report(
        "parse (Message::parse_json)",
        messages,
        input_bytes,
        best.parse,
    );
    report("searchable text", best.parsed, input_bytes, best.text);
    report("seal (zstd + AES-GCM)", best.parsed, input_bytes, best.seal);
    report("total (parse+text+seal)", messages, input_bytes, best.total);
    match peak_rss_kib() {
        Some(kib) => println!(
            "peak RSS (VmHWM): {:.1} MB (the corpus held in memory: {:.1} MB)",
            kib as f64 * 1024.0 / 1e6,
            input_bytes as f64 / 1e6
        ),
        None => println!("peak RSS: unavailable (no /proc/self/status)"),
    }
    Ok(())
}

/// One pass over the corpus: parse, extract text, seal the raw line, each timed per message.
fn run_round(lines: &[&str], keyring: &Keyring) -> Round {
    let mut round = Round::default();
    let started = Instant::now();
    for line in lines {
        let before_parse = Instant::now();
        let parsed = Message::parse_json(black_box(*line));
        let after_parse = Instant::now();
        round.parse += after_parse - before_parse;
        let message = match parsed {
            Ok(message) => message,
            Err(error) => {
                black_box(error);
                round.rejected += 1;
                continue;
            }
        };
        round.parsed += 1;

        let text = message.searchable_text();
        let after_text = Instant::now();
        round.text += after_text - after_parse;
        round.text_bytes += black_box(&text).len() as u64;

        let sealed = seal(keyring, TENANT_ID, &message.msgid, line.as_bytes())
            .expect("sealing under a fresh keyring cannot fail");
        round.seal += after_text.elapsed();
        round.sealed_bytes += black_box(&sealed).len() as u64;
    }
    round.total = started.elapsed();
    round
}

fn report(stage: &str, messages: u64, bytes: u64, elapsed: Duration) {
    let seconds = elapsed.as_secs_f64().max(1e-9);
    println!(
        "{stage:<28} {:>10.0} msg/s {:>8.1} MB/s {:>8.3} s {:>7.2} µs/msg",
        messages as f64 / seconds,
        bytes as f64 / seconds / 1e6,
        seconds,
        seconds * 1e6 / messages.max(1) as f64
    );
}

/// The corpus, one message a line: `IMPORT_BENCH_FILE`, or generated in memory. Held as one
/// string so the lines are borrowed slices and memory holds the corpus once.
fn load_corpus() -> Result<(String, String), Box<dyn std::error::Error>> {
    if let Ok(path) = std::env::var("IMPORT_BENCH_FILE") {
        let contents = std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read IMPORT_BENCH_FILE={path}: {error}"))?;
        return Ok((path, contents));
    }
    let config = gen_corpus::CorpusConfig {
        messages: env_number("IMPORT_BENCH_MESSAGES").unwrap_or(200_000),
        ..gen_corpus::CorpusConfig::default()
    };
    let mut generator = gen_corpus::CorpusGenerator::new(&config)?;
    let mut corpus = Vec::with_capacity(config.messages as usize * 400);
    for _ in 0..config.messages {
        generator.next_line(&mut corpus);
    }
    let corpus = String::from_utf8(corpus).map_err(|_| "the generator wrote invalid UTF-8")?;
    Ok((
        format!("generated (seed {}, gen_corpus defaults)", config.seed),
        corpus,
    ))
}

fn env_number<T: std::str::FromStr>(name: &str) -> Option<T> {
    std::env::var(name)
        .ok()
        .and_then(|value| value.parse().ok())
}

/// Peak resident set size in KiB, from `/proc/self/status` (Linux).
fn peak_rss_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
}
