//! The compliance archive: wrapped data keys, sealed messages with their hash chain, rejects.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveKey {
    Table,
    Id,
    TenantId,
    Version,
    Wrapped,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveMessage {
    Table,
    Id,
    TenantId,
    Seq,
    Msgid,
    SourceSeq,
    Action,
    Msgtype,
    Sender,
    Tolist,
    Roomid,
    Conversation,
    SentAtMs,
    KeyVersion,
    Ciphertext,
    ChainHash,
    RevokesMsgid,
    RevokedAtMs,
    RevokedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveReject {
    Table,
    Id,
    TenantId,
    LineDigest,
    Source,
    LineNumber,
    Reason,
    KeyVersion,
    Ciphertext,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArchiveKey::Table)
                    .col(big_pk_auto(ArchiveKey::Id))
                    .col(big_integer(ArchiveKey::TenantId))
                    .col(integer(ArchiveKey::Version))
                    .col(binary(ArchiveKey::Wrapped))
                    .col(timestamp_with_time_zone(ArchiveKey::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ArchiveKey::Table,
                        "fk_archive_key_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_key_tenant_version",
            ArchiveKey::Table,
            &[ArchiveKey::TenantId, ArchiveKey::Version],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ArchiveMessage::Table)
                    .col(big_pk_auto(ArchiveMessage::Id))
                    .col(big_integer(ArchiveMessage::TenantId))
                    .col(big_integer(ArchiveMessage::Seq))
                    .col(string_len(ArchiveMessage::Msgid, 128))
                    .col(big_integer_null(ArchiveMessage::SourceSeq))
                    .col(string_len(ArchiveMessage::Action, 32))
                    .col(string_len(ArchiveMessage::Msgtype, 64))
                    .col(string_len(ArchiveMessage::Sender, 128))
                    .col(text(ArchiveMessage::Tolist))
                    .col(string_len_null(ArchiveMessage::Roomid, 128))
                    .col(string_len(ArchiveMessage::Conversation, 300))
                    .col(big_integer(ArchiveMessage::SentAtMs))
                    .col(integer(ArchiveMessage::KeyVersion))
                    .col(binary(ArchiveMessage::Ciphertext))
                    .col(binary(ArchiveMessage::ChainHash))
                    .col(string_len_null(ArchiveMessage::RevokesMsgid, 128))
                    .col(big_integer_null(ArchiveMessage::RevokedAtMs))
                    .col(string_len_null(ArchiveMessage::RevokedBy, 128))
                    .col(timestamp_with_time_zone(ArchiveMessage::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ArchiveMessage::Table,
                        "fk_archive_message_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_message_tenant_seq",
            ArchiveMessage::Table,
            &[ArchiveMessage::TenantId, ArchiveMessage::Seq],
            true,
        )
        .await?;
        create_index(
            manager,
            "ux_archive_message_tenant_msgid",
            ArchiveMessage::Table,
            &[ArchiveMessage::TenantId, ArchiveMessage::Msgid],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_archive_message_conversation",
            ArchiveMessage::Table,
            &[
                ArchiveMessage::TenantId,
                ArchiveMessage::Conversation,
                ArchiveMessage::SentAtMs,
                ArchiveMessage::Seq,
            ],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_archive_message_revokes",
            ArchiveMessage::Table,
            &[ArchiveMessage::TenantId, ArchiveMessage::RevokesMsgid],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ArchiveReject::Table)
                    .col(big_pk_auto(ArchiveReject::Id))
                    .col(big_integer(ArchiveReject::TenantId))
                    .col(string_len(ArchiveReject::LineDigest, 64))
                    .col(string_len(ArchiveReject::Source, 500))
                    .col(big_integer(ArchiveReject::LineNumber))
                    .col(string_len(ArchiveReject::Reason, 500))
                    .col(integer(ArchiveReject::KeyVersion))
                    .col(binary(ArchiveReject::Ciphertext))
                    .col(timestamp_with_time_zone(ArchiveReject::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        ArchiveReject::Table,
                        "fk_archive_reject_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_reject_tenant_digest",
            ArchiveReject::Table,
            &[ArchiveReject::TenantId, ArchiveReject::LineDigest],
            true,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ArchiveReject::Table.into_iden(),
            ArchiveMessage::Table.into_iden(),
            ArchiveKey::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
