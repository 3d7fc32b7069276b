//! What the audit log costs: the latency of one entry written in its own transaction (what every
//! archive read pays before its content is shown), on a log that already holds many entries, and
//! the time `audit_verify` takes over the whole log. SQLite in WAL mode with
//! `synchronous=NORMAL`, as the server runs it.
//!
//! ```text
//! cargo run --release -p archive --example audit_bench -- --entries 1000000 --samples 5000
//! ```

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::time::{Duration, Instant};

use archive::audit::{AuditAction, AuditActor, AuditOutcome, AuditRecord};
use archive::{Archive, MasterKey};
use entity::{Role, tenant};
use migration::{Migrator, MigratorTrait};
use sea_orm::{ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, Set, TransactionTrait};

fn argument(name: &str, default: u64) -> anyhow::Result<u64> {
    let arguments: Vec<String> = std::env::args().collect();
    match arguments.iter().position(|argument| argument == name) {
        Some(index) => Ok(arguments
            .get(index + 1)
            .ok_or_else(|| anyhow::anyhow!("{name} needs a value"))?
            .parse()?),
        None => Ok(default),
    }
}

/// A search as the API records it: the query, a filter and the 20 msgids of the page shown.
fn search_record(number: u64) -> AuditRecord {
    AuditRecord {
        actor: AuditActor::staff(7 + (number % 5) as i64, Role::Compliance),
        action: AuditAction::ArchiveSearch,
        outcome: AuditOutcome::Success,
        target: (0..20)
            .map(|index| format!("Z40GO8tkY3oKXABoRSeMc1_{}", number * 20 + index))
            .collect(),
        parameters: serde_json::Value::Object(
            [
                ("query".to_string(), serde_json::Value::from("保本 收益")),
                ("first".to_string(), serde_json::Value::from(20)),
            ]
            .into_iter()
            .collect(),
        ),
        request_id: Some(format!("5f0c1d2e-{number:012}")),
        client_ip: Some("10.1.2.3".to_string()),
    }
}

fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let entries = argument("--entries", 100_000)?;
    let samples = argument("--samples", 2_000)?;
    let dir = tempfile::tempdir()?;
    let url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
    let mut options = ConnectOptions::new(url);
    options.max_connections(1).sqlx_logging(false);
    let db = Database::connect(options).await?;
    db.execute_unprepared("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;")
        .await?;
    Migrator::up(&db, None).await?;
    let tenant = tenant::ActiveModel {
        slug: Set("bench".to_string()),
        name: Set("Bench".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await?;
    let master = MasterKey::load_or_create(&dir.path().join("master.key"))?;
    let archive = Archive::new(db.clone(), master, dir.path().join("index"));

    // Fill the log, 1,000 entries per transaction.
    let started = Instant::now();
    let mut written = 0;
    while written < entries {
        let transaction = db.begin().await?;
        for _ in 0..1_000.min(entries - written) {
            archive
                .audit_append(&transaction, tenant.id, search_record(written))
                .await?;
            written += 1;
        }
        transaction.commit().await?;
    }
    let fill = started.elapsed();
    println!(
        "filled {entries} entries in {:.1} s ({:.0} entries/s, batched)",
        fill.as_secs_f64(),
        entries as f64 / fill.as_secs_f64()
    );

    // One entry per transaction, as an archive read writes it.
    let mut latencies = Vec::with_capacity(samples as usize);
    for sample in 0..samples {
        let started = Instant::now();
        archive
            .audit_record(tenant.id, search_record(entries + sample))
            .await?;
        latencies.push(started.elapsed());
    }
    latencies.sort_unstable();
    println!(
        "one entry in its own transaction ({samples} samples): p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );

    let started = Instant::now();
    let verified = archive.audit_verify(tenant.id, |_| {}).await?;
    let elapsed = started.elapsed();
    match verified {
        Ok(summary) => println!(
            "audit_verify: ok, {} entries in {:.1} s ({:.0} entries/s)",
            summary.verified,
            elapsed.as_secs_f64(),
            summary.verified as f64 / elapsed.as_secs_f64()
        ),
        Err(broken) => anyhow::bail!("the fresh log does not verify: {broken:?}"),
    }
    let bytes: u64 = std::fs::read_dir(dir.path())?
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_string_lossy().starts_with("scrm.db"))
        .filter_map(|entry| entry.metadata().ok())
        .map(|metadata| metadata.len())
        .sum();
    println!(
        "database: {bytes} bytes, {} bytes per entry",
        bytes / (entries + samples).max(1)
    );
    Ok(())
}
