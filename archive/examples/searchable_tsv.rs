//! The archive's normalised searchable text, in clear, for the PostgreSQL peer of
//! `archiveSearch` (`scripts/bench-archive-pg-peer.sh`, docs/BENCHMARKS.md).
//!
//! ```text
//! cargo run --release -p archive --example searchable_tsv -- corpus.jsonl > messages.tsv
//! cargo run --release -p archive --example searchable_tsv -- --normalise-queries queries.txt
//! ```
//!
//! Default mode: reads a decrypted JSONL corpus (the path argument, or stdin when there is none
//! or it is `-`), parses each line with `archive::Message::parse_json`, and writes one line per
//! parsed message in PostgreSQL `COPY ... (FORMAT text)` form:
//! `msgid \t sent_at_ms \t normalize(searchable_text)`, where the text is normalised by
//! `archive::normalize::normalize`, the function the search index applies to texts and queries.
//! Backslash, tab, newline and carriage return are escaped as COPY's text format requires.
//! Lines that do not parse are skipped and counted on stderr, with the time taken.
//!
//! `--normalise-queries FILE` (or `-` for stdin): prints `normalize(line)` for every line of
//! FILE, one a line, unescaped (queries with a tab or newline cannot be written this way; none
//! of the truth queries has one).

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::io::{self, BufRead, BufReader, BufWriter, Write};
use std::time::Instant;

use archive::normalize::normalize_into;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "-h" || flag == "--help" => {
            eprintln!(
                "usage: searchable_tsv [CORPUS.jsonl | -] > messages.tsv\n       searchable_tsv --normalise-queries FILE"
            );
        }
        [flag, path] if flag == "--normalise-queries" || flag == "--normalize-queries" => {
            normalise_queries(open(path));
        }
        [] => dump(open("-")),
        [path] => dump(open(path)),
        _ => {
            eprintln!("searchable_tsv: bad arguments (try --help)");
            std::process::exit(2);
        }
    }
}

fn open(path: &str) -> Box<dyn BufRead> {
    if path == "-" {
        Box::new(BufReader::with_capacity(1 << 20, io::stdin()))
    } else {
        let file = std::fs::File::open(path).unwrap_or_else(|error| {
            eprintln!("searchable_tsv: cannot open {path}: {error}");
            std::process::exit(2);
        });
        Box::new(BufReader::with_capacity(1 << 20, file))
    }
}

fn normalise_queries(input: Box<dyn BufRead>) {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let mut normalised = String::new();
    for line in input.lines() {
        let line = line.unwrap();
        normalize_into(&line, &mut normalised);
        writeln!(out, "{normalised}").unwrap();
    }
}

fn dump(mut input: Box<dyn BufRead>) {
    let started = Instant::now();
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut line = String::new();
    let mut normalised = String::new();
    let mut row = Vec::with_capacity(4096);
    let (mut lines, mut written, mut failed, mut bytes) = (0u64, 0u64, 0u64, 0u64);
    loop {
        line.clear();
        // Read raw bytes so a line that is not UTF-8 counts as a failure instead of stopping.
        let mut raw = Vec::new();
        if input.read_until(b'\n', &mut raw).unwrap() == 0 {
            break;
        }
        lines += 1;
        let Ok(text) = std::str::from_utf8(&raw) else {
            failed += 1;
            continue;
        };
        line.push_str(text.trim_end_matches(['\n', '\r']));
        if line.trim().is_empty() {
            lines -= 1;
            continue;
        }
        let message = match archive::Message::parse_json(&line) {
            Ok(message) => message,
            Err(_) => {
                failed += 1;
                continue;
            }
        };
        normalize_into(&message.searchable_text(), &mut normalised);
        row.clear();
        push_escaped(&mut row, &message.msgid);
        row.push(b'\t');
        row.extend_from_slice(message.msgtime.to_string().as_bytes());
        row.push(b'\t');
        push_escaped(&mut row, &normalised);
        row.push(b'\n');
        bytes += row.len() as u64;
        out.write_all(&row).unwrap();
        written += 1;
    }
    out.flush().unwrap();
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "searchable_tsv: {lines} lines, {written} rows ({:.1} MB), {failed} skipped (did not parse), {seconds:.2} s ({:.0} lines/s)",
        bytes as f64 / 1e6,
        lines as f64 / seconds.max(1e-9)
    );
}

/// COPY text format: backslash, tab, newline and carriage return become `\\`, `\t`, `\n`, `\r`.
fn push_escaped(out: &mut Vec<u8>, text: &str) {
    for &byte in text.as_bytes() {
        match byte {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            other => out.push(other),
        }
    }
}
