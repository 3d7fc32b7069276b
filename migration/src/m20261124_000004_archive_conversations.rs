//! Conversations get a row of their own, kept current by ingest, and messages point at it by id.
//!
//! Why: the index of messages by conversation was keyed by the conversation's text (`pair:a|b`,
//! ~45 bytes) and every archived message inserted into it at a random place; at a million
//! messages that index cost the import a third of its time, and listing conversations grouped
//! every message of the tenant. Now the per-message index holds an integer, and the list reads
//! one row per conversation. The revokes index becomes partial: only revoke messages have a
//! target, so the other 99 % of rows no longer enter it.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveConversation {
    Table,
    Id,
    TenantId,
    Key,
    MessageCount,
    LastSentAtMs,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveMessage {
    Table,
    TenantId,
    ConversationId,
    SentAtMs,
    Seq,
}

const BACKFILL_CONVERSATIONS: &str = r#"
INSERT INTO archive_conversation (tenant_id, key, message_count, last_sent_at_ms)
SELECT tenant_id, conversation, COUNT(*), MAX(sent_at_ms)
FROM archive_message
GROUP BY tenant_id, conversation"#;

const BACKFILL_MESSAGE_IDS: &str = r#"
UPDATE archive_message SET conversation_id = (
    SELECT c.id FROM archive_conversation c
    WHERE c.tenant_id = archive_message.tenant_id AND c.key = archive_message.conversation
)"#;

const PARTIAL_REVOKES_INDEX: &str = r#"
CREATE INDEX ix_archive_message_revokes ON archive_message (tenant_id, revokes_msgid)
WHERE revokes_msgid IS NOT NULL"#;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    /// All or nothing on SQLite too (it has transactional DDL): a backfill must not half-apply,
    /// and every statement then runs on the same connection.
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArchiveConversation::Table)
                    .col(big_pk_auto(ArchiveConversation::Id))
                    .col(big_integer(ArchiveConversation::TenantId))
                    .col(string_len(ArchiveConversation::Key, 300))
                    .col(big_integer(ArchiveConversation::MessageCount))
                    .col(big_integer(ArchiveConversation::LastSentAtMs))
                    .foreign_key(&mut tenant_fk(
                        ArchiveConversation::Table,
                        "fk_archive_conversation_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_conversation_tenant_key",
            ArchiveConversation::Table,
            &[ArchiveConversation::TenantId, ArchiveConversation::Key],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_archive_conversation_recent",
            ArchiveConversation::Table,
            &[
                ArchiveConversation::TenantId,
                ArchiveConversation::LastSentAtMs,
                ArchiveConversation::Id,
            ],
            false,
        )
        .await?;

        manager
            .alter_table(
                Table::alter()
                    .table(ArchiveMessage::Table)
                    .add_column(big_integer_null(ArchiveMessage::ConversationId))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        db.execute_unprepared(BACKFILL_CONVERSATIONS).await?;
        db.execute_unprepared(BACKFILL_MESSAGE_IDS).await?;
        drop_index(manager, "ix_archive_message_conversation").await?;
        create_index(
            manager,
            "ix_archive_message_conversation_id",
            ArchiveMessage::Table,
            &[
                ArchiveMessage::TenantId,
                ArchiveMessage::ConversationId,
                ArchiveMessage::SentAtMs,
                ArchiveMessage::Seq,
            ],
            false,
        )
        .await?;

        drop_index(manager, "ix_archive_message_revokes").await?;
        db.execute_unprepared(PARTIAL_REVOKES_INDEX).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        drop_index(manager, "ix_archive_message_revokes").await?;
        db.execute_unprepared(
            "CREATE INDEX ix_archive_message_revokes ON archive_message (tenant_id, revokes_msgid)",
        )
        .await?;
        drop_index(manager, "ix_archive_message_conversation_id").await?;
        db.execute_unprepared(
            "CREATE INDEX ix_archive_message_conversation ON archive_message \
             (tenant_id, conversation, sent_at_ms, seq)",
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ArchiveMessage::Table)
                    .drop_column(ArchiveMessage::ConversationId)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ArchiveConversation::Table).to_owned())
            .await
    }
}

async fn drop_index(manager: &SchemaManager<'_>, name: &str) -> Result<(), DbErr> {
    // Raw: the same statement on SQLite and PostgreSQL (index names are per schema on both).
    manager
        .get_connection()
        .execute_unprepared(&format!("DROP INDEX {name}"))
        .await
        .map(|_| ())
}
