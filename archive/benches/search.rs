//! Indexing throughput and search latency over a large synthetic archive.
//!
//! The sample corpus is cycled (new ids, later times) up to `SEARCH_BENCH_MESSAGES` messages
//! (default 1,000,000), indexed with commits every 100,000, then each truth query is run for its
//! first page of 20 repeatedly and latency percentiles are printed.
//!
//! `cargo bench -p archive --bench search` (release profile). Smaller:
//! `SEARCH_BENCH_MESSAGES=200000 cargo bench -p archive --bench search`.

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::time::{Duration, Instant};

use archive::Message;
use archive::index::{IndexDoc, IndexKey, SearchIndex, SearchRequest, parse_query};
use serde_json::Value;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
);
const TRUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-truth.json"
);
const COMMIT_EVERY: u64 = 100_000;
const RUNS_PER_QUERY: usize = 50;

struct Sample {
    sent_at_ms: i64,
    text: String,
    msgtype: String,
    sender: String,
    participants: Vec<String>,
    roomid: String,
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let total_messages: u64 = std::env::var("SEARCH_BENCH_MESSAGES")
        .ok()
        .and_then(|value| value.parse().ok())
        .unwrap_or(1_000_000);
    let samples = load_samples()?;
    let span_ms = samples.last().map_or(0, |last| last.sent_at_ms) - samples[0].sent_at_ms + 1;

    let dir = tempfile::TempDir::new()?;
    let index = SearchIndex::open_or_create(dir.path(), &IndexKey::from_bytes([9; 32]))?;
    let mut writer = index.writer()?;
    archive::normalize::warm_up();
    let started = Instant::now();
    for id in 1..=total_messages {
        let cycle = (id - 1) / samples.len() as u64;
        let sample = &samples[((id - 1) % samples.len() as u64) as usize];
        let participants: Vec<&str> = sample.participants.iter().map(String::as_str).collect();
        let msgid = format!("m-{id}");
        writer.add(&IndexDoc {
            id,
            msgid: &msgid,
            sent_at_ms: sample.sent_at_ms + cycle as i64 * span_ms,
            text: &sample.text,
            msgtype: &sample.msgtype,
            sender: &sample.sender,
            participants: &participants,
            roomid: &sample.roomid,
            revoked: false,
        })?;
        if id % COMMIT_EVERY == 0 {
            writer.commit()?;
        }
    }
    writer.commit()?;
    let indexing = started.elapsed();
    println!(
        "indexed {total_messages} messages in {indexing:.2?}: {:.0} msg/s",
        total_messages as f64 / indexing.as_secs_f64()
    );
    drop(writer);
    println!("index size: {} MiB", directory_size(dir.path())? >> 20);

    let truth: Value = serde_json::from_str(&std::fs::read_to_string(TRUTH)?)?;
    let mut all_latencies = Vec::new();
    for entry in truth["search"].as_array().into_iter().flatten() {
        let query = entry["q"].as_str().unwrap_or_default();
        let request = SearchRequest {
            terms: parse_query(query)?,
            filter: Default::default(),
            after: None,
            limit: 20,
        };
        let mut latencies = Vec::with_capacity(RUNS_PER_QUERY);
        let mut total = 0;
        for _ in 0..RUNS_PER_QUERY {
            let started = Instant::now();
            total = index.search(&request)?.total;
            latencies.push(started.elapsed());
        }
        latencies.sort();
        println!(
            "{query:>12}: {total:>7} hits, p50 {:>9.2?}, max {:>9.2?}",
            percentile(&latencies, 0.50),
            percentile(&latencies, 1.0)
        );
        all_latencies.extend(latencies);
    }
    all_latencies.sort();
    println!(
        "all truth queries, first page of 20: p50 {:.2?}, p99 {:.2?}",
        percentile(&all_latencies, 0.50),
        percentile(&all_latencies, 0.99)
    );
    Ok(())
}

fn load_samples() -> Result<Vec<Sample>, Box<dyn std::error::Error>> {
    let corpus = std::fs::read_to_string(CORPUS)?;
    let mut samples = Vec::new();
    for line in corpus.lines().filter(|line| !line.trim().is_empty()) {
        let message = Message::parse_json(line)?;
        samples.push(Sample {
            sent_at_ms: message.msgtime,
            text: message.searchable_text(),
            msgtype: message.msgtype.clone().unwrap_or_default(),
            sender: message.from.clone(),
            participants: message
                .participants()
                .into_iter()
                .map(String::from)
                .collect(),
            roomid: message.roomid.clone().unwrap_or_default(),
        });
    }
    samples.sort_by_key(|sample| sample.sent_at_ms);
    Ok(samples)
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let index = ((sorted.len() as f64 * fraction).ceil() as usize).clamp(1, sorted.len()) - 1;
    sorted[index]
}

fn directory_size(dir: &std::path::Path) -> std::io::Result<u64> {
    let mut size = 0;
    for entry in std::fs::read_dir(dir)? {
        size += entry?.metadata()?.len();
    }
    Ok(size)
}
