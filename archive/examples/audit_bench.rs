//! What the audit log costs: the latency of one entry written in its own transaction (what every
//! archive read pays before its content is shown), on a log that already holds many entries, and
//! the time `audit_verify` takes over the whole log.
//!
//! SQLite (a temporary file) runs as `scrm serve` runs it: WAL, `synchronous=NORMAL`, a 64 MiB
//! page cache, and WAL checkpoints taken by a background task on a connection of its own every
//! `--checkpoint-every-ms` (default 1000, as the server), with `wal_autocheckpoint` 16384 pages
//! only as a backstop. `--checkpoint-every-ms 0` leaves checkpoints to the writer at SQLite's
//! default of 1,000 pages (the server before issue 12). With `DATABASE_URL=postgres://…` the log
//! is written to that (empty, migrated here) database instead.
//!
//! ```text
//! cargo run --release -p archive --example audit_bench -- --entries 1000000 --samples 5000
//! ```
//!
//! `--batch N` entries per transaction while filling (default 1,000); `--skip-verify`.

#![allow(clippy::disallowed_methods)] // tests, benches and examples may unwrap

use std::time::{Duration, Instant};

use archive::audit::{AuditAction, AuditActor, AuditOutcome, AuditRecord};
use archive::{Archive, MasterKey};
use entity::{Role, tenant};
use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{
    ActiveModelTrait, ConnectOptions, ConnectionTrait, Database, DatabaseConnection, Set,
};

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

fn flag(name: &str) -> bool {
    std::env::args().any(|argument| argument == name)
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

/// A connection as `api::db::connect` opens one (set on every reconnect, not once).
async fn sqlite(url: &str, autocheckpoint: u64) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url.to_string());
    options
        .max_connections(1)
        .sqlx_logging(false)
        .map_sqlx_sqlite_opts(move |sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .pragma("cache_size", "-65536")
                .pragma("temp_store", "memory")
                .pragma("wal_autocheckpoint", autocheckpoint.to_string())
        });
    Ok(Database::connect(options).await?)
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let entries = argument("--entries", 100_000)?;
    let samples = argument("--samples", 2_000)?;
    let batch = argument("--batch", 1_000)?.max(1);
    let checkpoint_every = argument("--checkpoint-every-ms", 1_000)?;
    let dir = tempfile::tempdir()?;
    let postgres = std::env::var("DATABASE_URL")
        .ok()
        .filter(|url| url.starts_with("postgres"));
    let sqlite_url = format!("sqlite://{}?mode=rwc", dir.path().join("scrm.db").display());
    let db = match &postgres {
        Some(url) => Database::connect(url.as_str()).await?,
        None => {
            sqlite(
                &sqlite_url,
                if checkpoint_every > 0 { 16_384 } else { 1_000 },
            )
            .await?
        }
    };
    Migrator::up(&db, None).await?;
    if postgres.is_none() && checkpoint_every > 0 {
        let checkpointer = sqlite(&sqlite_url, 16_384).await?;
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(Duration::from_millis(checkpoint_every));
            loop {
                ticker.tick().await;
                if let Err(error) = checkpointer
                    .execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)")
                    .await
                {
                    eprintln!("checkpoint failed: {error}");
                }
            }
        });
    }
    let tenant = tenant::ActiveModel {
        slug: Set(format!("bench-{}", std::process::id())),
        name: Set("Bench".to_string()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await?;
    let master = MasterKey::load_or_create(&dir.path().join("master.key"))?;
    let archive = Archive::new(db.clone(), master, dir.path().join("index"));
    println!(
        "{}, batch {batch}, checkpoints {}",
        if postgres.is_some() {
            "PostgreSQL"
        } else {
            "SQLite"
        },
        if postgres.is_some() {
            "as the server configures them".to_string()
        } else if checkpoint_every > 0 {
            format!("every {checkpoint_every} ms in the background")
        } else {
            "by the writer every 1,000 pages".to_string()
        }
    );

    // The tenant's data key exists and is committed, as for any tenant that has been used.
    archive.current_key_version(tenant.id).await?;

    // Fill the log, `batch` entries per transaction, through the same append a request uses.
    let started = Instant::now();
    let mut written = 0;
    let mut last_report = Instant::now();
    while written < entries {
        let transaction = entity::begin_write(&db).await?;
        for _ in 0..batch.min(entries - written) {
            archive
                .audit_append(&transaction, tenant.id, search_record(written))
                .await?;
            written += 1;
        }
        transaction.commit().await?;
        if last_report.elapsed() > Duration::from_secs(30) {
            eprintln!(
                "  {written} entries, {:.0} entries/s",
                written as f64 / started.elapsed().as_secs_f64()
            );
            last_report = Instant::now();
        }
    }
    let fill = started.elapsed();
    println!(
        "filled {entries} entries in {:.1} s ({:.0} entries/s, {batch} per transaction)",
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
        "one entry in its own transaction ({samples} samples, log of {entries}): p50 {:.3} ms, p99 {:.3} ms, max {:.3} ms",
        percentile(&latencies, 0.50).as_secs_f64() * 1e3,
        percentile(&latencies, 0.99).as_secs_f64() * 1e3,
        latencies.last().copied().unwrap_or_default().as_secs_f64() * 1e3,
    );

    if !flag("--skip-verify") {
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
    }
    if postgres.is_none() {
        // Measured with the WAL folded in, so its size does not count twice.
        db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)")
            .await?;
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
    }
    Ok(())
}
