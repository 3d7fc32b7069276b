//! Conversation context comes from the search index (issue 18): the database's index of
//! messages by conversation goes.
//!
//! Why: its key (tenant, conversation, time, seq) puts each new message on a random page of a
//! B-tree as large as the archive. At ten million messages writing those pages cost about a
//! third of an import's time per batch (docs/BENCHMARKS.md, "what the step at ten million is
//! made of"). The search index holds each message's room and participants as terms and only
//! appends; `Archive::context` asks it for the candidates and the rows' `conversation_id`
//! decides. The column stays: rows still name their conversation.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

const INDEX: &str = "ix_archive_message_conversation_id";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // Raw: the same statement on SQLite and PostgreSQL (index names are per schema on both).
        manager
            .get_connection()
            .execute_unprepared(&format!("DROP INDEX {INDEX}"))
            .await
            .map(|_| ())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(&format!(
                "CREATE INDEX {INDEX} ON archive_message \
                 (tenant_id, conversation_id, sent_at_ms, seq)"
            ))
            .await
            .map(|_| ())
    }
}
