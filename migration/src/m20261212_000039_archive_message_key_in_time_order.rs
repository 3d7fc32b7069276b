//! The archive row's unique key in time order (issue 18): (tenant, time, msgid) replaces
//! (tenant, msgid).
//!
//! Why: msgids are random, so the old key put each new message on a random page of a B-tree as
//! large as the archive; at ten million messages writing those pages cost about half of an
//! import's time per batch (docs/BENCHMARKS.md). Imports arrive in time order, so the new key
//! appends. A msgid is still archived once: the ingest looks msgids up in the search index,
//! where every message carries its msgid as a blind term (`archive/src/store/locate.rs`), and
//! the key catches a message delivered twice at the same time should that lookup miss.
//! (tenant, msgid) was unique, so (tenant, time, msgid) is.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // Raw: the same statements on SQLite and PostgreSQL (index names are per schema on both).
        db.execute_unprepared(
            "CREATE UNIQUE INDEX ux_archive_message_tenant_time_msgid \
             ON archive_message (tenant_id, sent_at_ms, msgid)",
        )
        .await?;
        db.execute_unprepared("DROP INDEX ux_archive_message_tenant_msgid")
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        db.execute_unprepared(
            "CREATE UNIQUE INDEX ux_archive_message_tenant_msgid \
             ON archive_message (tenant_id, msgid)",
        )
        .await?;
        db.execute_unprepared("DROP INDEX ux_archive_message_tenant_time_msgid")
            .await?;
        Ok(())
    }
}
