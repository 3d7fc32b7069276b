//! Forgets SQLite planner statistics gathered from too small a sample.
//!
//! Servers before this one let `PRAGMA optimize` sample 1,000 rows per index. Indexes lead with
//! `tenant_id`, a sample sees one tenant, and SQLite extrapolated that a tenant of 110,000
//! follows had 1,001 — plans 5–8× slower on the dashboard (docs/BENCHMARKS.md, "Sales").
//! `PRAGMA optimize` re-analyzes only tables whose size changed a lot, so those statistics would
//! stay; emptying `sqlite_stat1` (which SQLite allows) makes the next server start gather them
//! again with its larger sample (`api::db::optimize_periodically`). Nothing else reads them;
//! PostgreSQL keeps its own and is left alone.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend, Statement};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Sqlite {
            return Ok(());
        }
        let db = manager.get_connection();
        // The table exists only once something ran ANALYZE.
        let exists = db
            .query_one_raw(Statement::from_string(
                DbBackend::Sqlite,
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'",
            ))
            .await?
            .is_some();
        if exists {
            db.execute_unprepared("DELETE FROM sqlite_stat1").await?;
        }
        Ok(())
    }

    async fn down(&self, _manager: &SchemaManager) -> Result<(), DbErr> {
        // Statistics are a cache: there is nothing to restore.
        Ok(())
    }
}
