//! Connecting to the database (SQLite by default, PostgreSQL by `DATABASE_URL`) and migrating it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, ConnectionTrait, Database, DatabaseConnection};

use crate::error::{ApiError, ApiResult};
use crate::settings::Settings;

/// Counts the SQL statements a connection runs; tests use it to prove DataLoader batching.
#[derive(Debug, Clone, Default)]
pub struct StatementCounter(Arc<AtomicU64>);

impl StatementCounter {
    pub fn get(&self) -> u64 {
        self.0.load(Ordering::SeqCst)
    }
}

/// Opens the pool. SQLite runs in WAL mode with `synchronous=NORMAL`, a busy timeout and
/// foreign keys on: durable across crashes, and readers never block the writer.
pub async fn connect(settings: &Settings) -> ApiResult<(DatabaseConnection, StatementCounter)> {
    let url = settings.effective_database_url();
    if settings.database_url.is_none() {
        crate::data_dir::prepare(&settings.data_dir)?;
        crate::data_dir::prepare_database_file(&settings.sqlite_path())?;
    }
    let is_sqlite = url.starts_with("sqlite:");
    let wal_autocheckpoint = settings.sqlite_wal_autocheckpoint.to_string();
    let cache_size = format!("-{}", u64::from(settings.sqlite_cache_mib) * 1024);
    let mmap_size = (u64::from(settings.sqlite_mmap_mib) * 1024 * 1024).to_string();
    let mut options = ConnectOptions::new(url);
    options
        .sqlx_logging(false)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        .max_connections(
            settings
                .db_max_connections
                .unwrap_or(if is_sqlite { 8 } else { 16 }),
        )
        // A pool pings each connection it hands out; a SQLite connection is a file handle that
        // cannot go stale, so on SQLite the ping is only one more round trip to the connection's
        // worker thread. An audited read's entry made six (ping, BEGIN, head, entry, tags,
        // COMMIT) and now makes four; each is a thread hand-over that a loaded machine can delay
        // by a scheduler slice.
        .test_before_acquire(!is_sqlite)
        .map_sqlx_sqlite_opts(move |sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                // Page cache per connection (`Settings::sqlite_cache_mib`; in KiB when negative).
                .pragma("cache_size", cache_size.clone())
                .pragma("temp_store", "memory")
                .pragma("mmap_size", mmap_size.clone())
                .pragma("wal_autocheckpoint", wal_autocheckpoint.clone())
        });
    let mut connection = Database::connect(options).await.map_err(|error| {
        ApiError::Internal(format!(
            "cannot connect to the database: {}",
            redact_url(&error.to_string())
        ))
    })?;
    let counter = StatementCounter::default();
    let counted = counter.0.clone();
    let slow = settings.slow_statement;
    connection.set_metric_callback(move |info| {
        counted.fetch_add(1, Ordering::SeqCst);
        if slow.is_some_and(|slow| info.elapsed >= slow) {
            log_slow_statement(&info.statement.sql, info.elapsed);
        }
    });
    Ok((connection, counter))
}

/// The longest statement text a slow-statement warning carries.
const SLOW_STATEMENT_TEXT_CHARS: usize = 2_000;

/// Warns of a slow statement with its text (placeholders, never the bound values: those may be
/// names, phone numbers or search words) so that an operator can `EXPLAIN` it.
fn log_slow_statement(sql: &str, elapsed: Duration) {
    let text: String = sql.chars().take(SLOW_STATEMENT_TEXT_CHARS).collect();
    tracing::warn!(
        elapsed_ms = u64::try_from(elapsed.as_millis()).unwrap_or(u64::MAX),
        sql = %text,
        "slow SQL statement"
    );
}

/// On SQLite, a pool of one connection for the audit entries of reads
/// ([`archive::Archive::with_audit_writer`]): it only appends to the audit log, so its page
/// cache stays valid from one entry to the next (SQLite drops a connection's cache when another
/// connection wrote). `None` on PostgreSQL, whose shared buffers have no such loss, and for an
/// in-memory SQLite database, which a second connection would not share.
/// Its statements count in `statements` with the main pool's.
pub async fn connect_audit_writer(
    settings: &Settings,
    statements: &StatementCounter,
) -> ApiResult<Option<DatabaseConnection>> {
    let url = settings.effective_database_url();
    if !settings.uses_sqlite() || url.contains(":memory:") || url.contains("mode=memory") {
        return Ok(None);
    }
    let single = Settings {
        db_max_connections: Some(1),
        ..settings.clone()
    };
    let (mut connection, _) = connect(&single).await?;
    let counted = statements.0.clone();
    connection.set_metric_callback(move |_info| {
        counted.fetch_add(1, Ordering::SeqCst);
    });
    Ok(Some(connection))
}

/// Checkpoints the SQLite WAL (PASSIVE) every `every`, from a connection of its own, for as long
/// as the server runs. A checkpoint copies the pages written since the last one into the
/// database file and syncs it; left to SQLite, the writer whose commit takes the WAL past
/// `wal_autocheckpoint` does that before its commit returns, so one request in every few dozen
/// paid for it (an audit entry's p99 was 18 ms). PASSIVE never blocks writers or readers: pages
/// a reader still needs are copied by a later round. Between rounds, commits append to the WAL
/// without syncing it (`synchronous=NORMAL`), as before; each round also syncs what the previous
/// second committed.
///
/// The WAL starts over from its beginning only when a write begins with every frame copied.
/// Under writes that never pause for a whole round, that moment does not come, the WAL grows
/// to the writers' backstop (`Settings::for_server`, 64 MiB) and a writer checkpoints there —
/// but only what this task has not copied yet, and once per 16,384 pages (≈ 500 search
/// entries) instead of once per 1,000.
pub async fn checkpoint_wal_periodically(connection: DatabaseConnection, every: Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut failing = false;
    loop {
        ticker.tick().await;
        match connection
            .execute_unprepared("PRAGMA wal_checkpoint(PASSIVE)")
            .await
        {
            Ok(_) => failing = false,
            // Once per streak: the writers' own automatic checkpoint still bounds the WAL.
            Err(error) if !failing => {
                failing = true;
                tracing::warn!(%error, "background WAL checkpoint failed; writers checkpoint until it recovers");
            }
            Err(_) => {}
        }
    }
}

/// Rows SQLite's `ANALYZE` samples per index when `PRAGMA optimize` gathers statistics. A sample
/// sees few tenants (indexes lead with `tenant_id`), and SQLite extrapolates a value's rows from
/// it: with 1,000 it estimated that a tenant of 110,000 follows had 1,001, and joined each of
/// them to its channel-code add (180–290 ms) instead of walking the 33,000 adds (25–60 ms,
/// docs/BENCHMARKS.md, "Sales"). 100,000 reads every CRM table of that tenant whole and keeps
/// the statistics of a 10-million-message archive to a fraction of a second.
const ANALYSIS_LIMIT: u32 = 100_000;

/// Keeps SQLite's query-planner statistics (`sqlite_stat1`) current, as SQLite advises for
/// long-running processes: `PRAGMA optimize=0x10002` at start (every table, including those
/// never analyzed), then `PRAGMA optimize` every `every`, which re-analyzes only the tables
/// that grew or shrank a lot since. Without statistics SQLite guesses that `tenant_id = ?`
/// selects ten rows, and walked 100,000 customers through a tenant index to check a page of 50
/// ids, or every follow of a tenant to sort a page's (docs/BENCHMARKS.md, "Sales").
pub async fn optimize_periodically(connection: DatabaseConnection, every: Duration) {
    let limit = format!("PRAGMA analysis_limit = {ANALYSIS_LIMIT}");
    let first = match connection.execute_unprepared(&limit).await {
        Ok(_) => {
            connection
                .execute_unprepared("PRAGMA optimize = 0x10002")
                .await
        }
        Err(error) => Err(error),
    };
    if let Err(error) = first {
        tracing::warn!(%error, "gathering SQLite statistics failed; plans fall back to guesses");
    }
    let mut ticker = tokio::time::interval_at(tokio::time::Instant::now() + every, every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = connection.execute_unprepared("PRAGMA optimize").await {
            tracing::warn!(%error, "refreshing SQLite statistics failed");
        }
    }
}

/// Applies pending migrations. Runs `up` only when there are some, so a command on a migrated
/// database logs nothing about migrations (sea-orm-migration logs "No pending migrations" at
/// INFO otherwise).
pub async fn migrate_up(connection: &DatabaseConnection) -> ApiResult<()> {
    if Migrator::get_pending_migrations(connection)
        .await?
        .is_empty()
    {
        return Ok(());
    }
    Migrator::up(connection, None).await?;
    Ok(())
}

/// Hides a password that a driver error may echo back from the URL.
fn redact_url(message: &str) -> String {
    let Some(scheme_end) = message.find("://") else {
        return message.to_string();
    };
    let rest = &message[scheme_end + 3..];
    let Some(at) = rest.find('@') else {
        return message.to_string();
    };
    let credentials = &rest[..at];
    match credentials.find(':') {
        Some(colon) if !credentials[..colon].contains(' ') => {
            format!(
                "{}{}:***{}",
                &message[..scheme_end + 3],
                &credentials[..colon],
                &rest[at..]
            )
        }
        _ => message.to_string(),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::redact_url;

    #[test]
    fn hides_passwords_in_urls() {
        assert_eq!(
            redact_url("error connecting to postgres://app:s3cret@db:5432/scrm"),
            "error connecting to postgres://app:***@db:5432/scrm"
        );
        assert_eq!(redact_url("no url here"), "no url here");
    }
}
