//! Connecting to the database (SQLite by default, PostgreSQL by `DATABASE_URL`) and migrating it.

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use migration::{Migrator, MigratorTrait};
use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
use sea_orm::{ConnectOptions, Database, DatabaseConnection};

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
        .map_sqlx_sqlite_opts(move |sqlite| {
            sqlite
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(10))
                .foreign_keys(true)
                // 64 MiB of page cache per connection: archive imports update several
                // B-trees (seq, msgid, conversation); a small cache turns that into disk reads.
                .pragma("cache_size", "-65536")
                .pragma("temp_store", "memory")
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
    connection.set_metric_callback(move |_info| {
        counted.fetch_add(1, Ordering::SeqCst);
    });
    Ok((connection, counter))
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
