//! How every read-then-write transaction starts.
//!
//! SQLite starts a plain `BEGIN` as a reader; the first write then asks to upgrade, and if
//! another connection wrote meanwhile SQLite refuses at once (`SQLITE_BUSY_SNAPSHOT`) instead
//! of waiting out the busy timeout, so concurrent mutations failed. `BEGIN IMMEDIATE` takes the
//! write lock up front, where the busy timeout applies. PostgreSQL ignores the option.

use sea_orm::{DbErr, SqliteTransactionMode, TransactionOptions, TransactionTrait};

/// Begins a transaction that will write: on SQLite it holds the write lock from the start.
pub async fn begin_write<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    })
    .await
}
