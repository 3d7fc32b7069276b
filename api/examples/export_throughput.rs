//! Export writer throughput: N synthetic archive-search rows (msgid, seq, sent_at, sender,
//! sender_name, recipients, room, msgtype, content of ~40 Chinese characters, revoked, alerts)
//! through the CSV or XLSX table writer into a sealed export file on disk, in pages of 500
//! rows as the export job will read them. Reading and decrypting archive rows is not part of
//! this figure (it is measured with the real export).
//!
//! ```sh
//! cargo build --release -p api --example export_throughput
//! /usr/bin/time -f 'peak RSS %M KiB, %e s' target/release/examples/export_throughput csv 1000000 /tmp/export.sealed
//! /usr/bin/time -f 'peak RSS %M KiB, %e s' target/release/examples/export_throughput xlsx 1000000 /tmp/export.sealed
//! ```
//!
//! Prints rows/s, the plaintext (downloaded) size and the sealed size. docs/BENCHMARKS.md has
//! the figures.

#![allow(clippy::disallowed_methods)] // an example may unwrap

use std::fs::File;
use std::io::BufWriter;
use std::time::Instant;

use api::domain::compliance::export::{Cell, Column, ExportTableWriter, TableWriter};
use api::domain::org::time_zone::TenantTimeZone;
use archive::crypto::{DataKey, Keyring};
use archive::export::{ExportFormat, SealedExportWriter};
use chrono::{DateTime, Duration, Utc};

const PAGE: usize = 500;

/// Chinese text to cut message contents from (about 40 characters each).
const TEXT: &str = "您好，这款理财产品的年化收益率大约在百分之四到五之间，具体以合同为准。\
请您先完成风险测评，再通过开户小程序提交资料，我们会在两个工作日内审核完毕。\
如果有任何疑问，欢迎随时联系我，周末也可以微信留言，我看到后第一时间回复您。";

struct Row {
    msgid: String,
    seq: i64,
    sent_at: DateTime<Utc>,
    sender: String,
    sender_name: &'static str,
    recipients: String,
    room: String,
    msgtype: &'static str,
    content: String,
    revoked: bool,
    alerts: &'static str,
}

fn row(n: u64, start: DateTime<Utc>, characters: &[char]) -> Row {
    let from_staff = !n.is_multiple_of(3);
    let staff = format!("staff{:03}", n % 200);
    let customer = format!(
        "wmYf3kDwAA{:022x}",
        n.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 24
    );
    let offset = (n as usize * 7) % (characters.len() - 43);
    Row {
        msgid: format!(
            "{:016x}_{}_external",
            n.wrapping_mul(0xD1B5_4A32_D192_ED03),
            1_796_000_000 + n
        ),
        seq: n as i64 + 1,
        sent_at: start + Duration::milliseconds(n as i64 * 1_300),
        sender: if from_staff {
            staff.clone()
        } else {
            customer.clone()
        },
        sender_name: if from_staff { "张三丰" } else { "李女士" },
        recipients: if from_staff { customer } else { staff },
        room: if n.is_multiple_of(5) {
            format!("wrOgQhDgAA{:018x}", n / 50)
        } else {
            String::new()
        },
        msgtype: if n.is_multiple_of(10) {
            "image"
        } else {
            "text"
        },
        content: characters[offset..offset + 38 + (n % 5) as usize]
            .iter()
            .collect(),
        revoked: n.is_multiple_of(97),
        alerts: if n.is_multiple_of(50) {
            "GUARANTEED_RETURN"
        } else {
            ""
        },
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let format = match args.next().as_deref() {
        Some("csv") => ExportFormat::Csv,
        Some("xlsx") => ExportFormat::Xlsx,
        _ => {
            eprintln!("usage: export_throughput csv|xlsx [ROWS] [SEALED_OUTPUT]");
            std::process::exit(2);
        }
    };
    let rows: u64 = args
        .next()
        .map_or(1_000_000, |value| value.parse().unwrap());
    let output = args
        .next()
        .unwrap_or_else(|| "/tmp/export_throughput.sealed".to_string());

    let mut keyring = Keyring::new();
    keyring.insert(1, DataKey::generate()).unwrap();
    let columns = [
        Column::text("msgid").with_width(36.0),
        Column::integer("seq"),
        Column::time("sent_at"),
        Column::text("sender").with_width(24.0),
        Column::text("sender_name"),
        Column::text("recipients").with_width(24.0),
        Column::text("room").with_width(24.0),
        Column::text("msgtype"),
        Column::text("content").with_width(60.0),
        Column::bool("revoked"),
        Column::text("alerts"),
    ];
    let characters: Vec<char> = TEXT.chars().collect();
    let start: DateTime<Utc> = "2026-11-01T00:00:00Z".parse().unwrap();

    let began = Instant::now();
    let file = BufWriter::with_capacity(256 * 1024, File::create(&output).unwrap());
    let sealed = SealedExportWriter::create(file, &keyring, 1, "bench").unwrap();
    let mut table =
        ExportTableWriter::new(format, sealed, &columns, TenantTimeZone::default()).unwrap();
    let mut page = Vec::with_capacity(PAGE);
    let mut n = 0;
    while n < rows {
        // A page as the export job will have it in hand: owned rows, then written.
        page.clear();
        let end = (n + PAGE as u64).min(rows);
        page.extend((n..end).map(|index| row(index, start, &characters)));
        for row in &page {
            table
                .write_row(&[
                    Cell::Text(&row.msgid),
                    Cell::Integer(row.seq),
                    Cell::Time(row.sent_at),
                    Cell::Text(&row.sender),
                    Cell::Text(row.sender_name),
                    Cell::Text(&row.recipients),
                    Cell::Text(&row.room),
                    Cell::Text(row.msgtype),
                    Cell::Text(&row.content),
                    Cell::Bool(row.revoked),
                    Cell::Text(row.alerts),
                ])
                .unwrap();
        }
        n = end;
    }
    let written = table.rows_written();
    let (file, summary) = table.finish().unwrap().finish().unwrap();
    file.into_inner().unwrap().sync_all().unwrap();
    let seconds = began.elapsed().as_secs_f64();
    println!(
        "{}: {written} rows in {seconds:.2} s = {:.0} rows/s; file {} bytes ({:.1} MB), sealed {} bytes in {} chunks",
        format.as_str(),
        written as f64 / seconds,
        summary.plaintext_bytes,
        summary.plaintext_bytes as f64 / 1e6,
        summary.sealed_bytes,
        summary.chunks,
    );
}
