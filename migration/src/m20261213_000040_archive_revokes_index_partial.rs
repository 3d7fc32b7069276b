//! The index of revoke rows by the msgid they revoke holds revoke rows only (issue 18).
//!
//! Why: nearly every archived message revokes nothing, yet each one's row put a
//! `(tenant, NULL)` entry into this index, one more B-tree insert per message for an index that
//! is only ever searched for revoke rows (`revokes_msgid IN (…)` at ingest, `IS NOT NULL` at
//! verify; SQLite and PostgreSQL both use a partial index for either, since both imply
//! `revokes_msgid IS NOT NULL`).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEX: &str = "ix_archive_message_revokes";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Raw: the same statements on SQLite and PostgreSQL (index names are per schema on both).
        let db = manager.get_connection();
        db.execute_unprepared(&format!("DROP INDEX {INDEX}"))
            .await?;
        db.execute_unprepared(&format!(
            "CREATE INDEX {INDEX} ON archive_message (tenant_id, revokes_msgid) \
             WHERE revokes_msgid IS NOT NULL"
        ))
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(&format!("DROP INDEX {INDEX}"))
            .await?;
        db.execute_unprepared(&format!(
            "CREATE INDEX {INDEX} ON archive_message (tenant_id, revokes_msgid)"
        ))
        .await?;
        Ok(())
    }
}
