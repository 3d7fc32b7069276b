//! On PostgreSQL, each risk alert records the transaction that inserted it (`insert_xid`), so
//! that the live alert feed can tell which alerts became visible since it last looked.
//!
//! Why: PostgreSQL hands out ids from a sequence when a row is inserted, not when its
//! transaction commits, so a feed that polls `id > last id seen` skips an alert whose transaction
//! commits after one with a higher id (and rescans burn ids on `ON CONFLICT DO NOTHING`, so gaps
//! are normal and say nothing). The inserting transaction's id, compared with snapshots
//! (`pg_visible_in_snapshot`), does: see `api::domain::alert_feed`. The column fills itself
//! (`DEFAULT pg_current_xact_id()`), so no writer changes; rows existing before get this
//! migration's transaction, which is visible to every later snapshot.
//!
//! SQLite needs nothing: one writer at a time, and ids are taken inside the write lock, so ids
//! are in commit order there. The migration does nothing on SQLite.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DbBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        let db = manager.get_connection();
        db.execute_unprepared(
            "ALTER TABLE risk_alert ADD COLUMN insert_xid xid8 NOT NULL DEFAULT pg_current_xact_id()",
        )
        .await?;
        // The feed reads the alerts of recent transactions, in (transaction, id) order.
        db.execute_unprepared(
            "CREATE INDEX ix_risk_alert_insert_xid ON risk_alert (insert_xid, id)",
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() != DbBackend::Postgres {
            return Ok(());
        }
        // Dropping the column drops its index too.
        manager
            .get_connection()
            .execute_unprepared("ALTER TABLE risk_alert DROP COLUMN insert_xid")
            .await?;
        Ok(())
    }
}
