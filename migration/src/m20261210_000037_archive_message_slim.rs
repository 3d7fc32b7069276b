//! A thinner archive row (issue 18): the routing columns that only repeated the sealed original
//! go, and so does the per-row import time.
//!
//! * `sender`, `tolist`, `roomid` and the `conversation` key were copies of the original: reads
//!   already served them from it, and a purge now decides on the opened original too. The alert
//!   queries that attributed an alert to staff or a customer by joining its message read the
//!   parties from the alert instead, copied there when the alert is raised (backfilled here).
//!   Alerts are rare next to messages, so the copy costs little where the message row paid for
//!   it on every message.
//! * `created_at` (when the row was written) is kept per batch in `archive_ingest_batch`: one
//!   row per transaction, naming the chain positions it added.
//!
//! Dropping a column rewrites the table on SQLite; the migration runs once, in a transaction.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlert {
    Table,
    Sender,
    Tolist,
    Conversation,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveIngestBatch {
    Table,
    Id,
    TenantId,
    FirstSeq,
    LastSeq,
    MessageCount,
    Source,
    CreatedAt,
}

/// The parties of each alert's message, while the message still has them.
const BACKFILL_ALERT_PARTIES: &str = r#"
UPDATE risk_alert SET
    sender = (SELECT m.sender FROM archive_message m
              WHERE m.tenant_id = risk_alert.tenant_id AND m.seq = risk_alert.message_seq),
    tolist = (SELECT m.tolist FROM archive_message m
              WHERE m.tenant_id = risk_alert.tenant_id AND m.seq = risk_alert.message_seq),
    conversation = (SELECT m.conversation FROM archive_message m
                    WHERE m.tenant_id = risk_alert.tenant_id AND m.seq = risk_alert.message_seq)"#;

/// What the rows archived before this migration are known to have been written by: one batch
/// per tenant, dated by its newest row.
const BACKFILL_BATCHES: &str = r#"
INSERT INTO archive_ingest_batch (tenant_id, first_seq, last_seq, message_count, source, created_at)
SELECT tenant_id, MIN(seq), MAX(seq), COUNT(*), 'before-migration-0037', MAX(created_at)
FROM archive_message
GROUP BY tenant_id"#;

const DROPPED_MESSAGE_COLUMNS: [&str; 5] =
    ["sender", "tolist", "roomid", "conversation", "created_at"];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// All or nothing: the copies are taken before the columns go.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .add_column(string_len_null(RiskAlert::Sender, 128))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .add_column(text_null(RiskAlert::Tolist))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .add_column(string_len_null(RiskAlert::Conversation, 300))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ArchiveIngestBatch::Table)
                    .col(big_pk_auto(ArchiveIngestBatch::Id))
                    .col(big_integer(ArchiveIngestBatch::TenantId))
                    .col(big_integer(ArchiveIngestBatch::FirstSeq))
                    .col(big_integer(ArchiveIngestBatch::LastSeq))
                    .col(big_integer(ArchiveIngestBatch::MessageCount))
                    .col(string_len(ArchiveIngestBatch::Source, 500))
                    .col(timestamp_with_time_zone(ArchiveIngestBatch::CreatedAt))
                    // Archive rows never go with a deleted tenant (see the other archive tables).
                    .foreign_key(&mut tenant_fk(
                        ArchiveIngestBatch::Table,
                        "fk_archive_ingest_batch_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_archive_ingest_batch_tenant_last_seq",
            ArchiveIngestBatch::Table,
            &[ArchiveIngestBatch::TenantId, ArchiveIngestBatch::LastSeq],
            false,
        )
        .await?;

        let db = manager.get_connection();
        db.execute_unprepared(BACKFILL_ALERT_PARTIES).await?;
        db.execute_unprepared(BACKFILL_BATCHES).await?;
        for column in DROPPED_MESSAGE_COLUMNS {
            db.execute_unprepared(&format!(
                "ALTER TABLE archive_message DROP COLUMN \"{column}\""
            ))
            .await?;
        }
        Ok(())
    }

    /// The columns come back empty: what they held is in the sealed originals (`scrm archive
    /// rescan` or a re-import cannot refill them; this direction exists for development only).
    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for (column, definition) in [
            ("sender", "VARCHAR(128) NOT NULL DEFAULT ''"),
            ("tolist", "TEXT NOT NULL DEFAULT '[]'"),
            ("roomid", "VARCHAR(128) NULL"),
            ("conversation", "VARCHAR(300) NOT NULL DEFAULT ''"),
            (
                "created_at",
                "TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT '1970-01-01 00:00:00+00:00'",
            ),
        ] {
            db.execute_unprepared(&format!(
                "ALTER TABLE archive_message ADD COLUMN \"{column}\" {definition}"
            ))
            .await?;
        }
        manager
            .drop_table(Table::drop().table(ArchiveIngestBatch::Table).to_owned())
            .await?;
        for column in [
            RiskAlert::Sender,
            RiskAlert::Tolist,
            RiskAlert::Conversation,
        ] {
            manager
                .alter_table(
                    Table::alter()
                        .table(RiskAlert::Table)
                        .drop_column(column)
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
