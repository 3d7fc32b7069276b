//! Unsubscribe replies (`TD` / `退订`) the archive saw a customer send: the one fact about a
//! message's content that leaves the archive, so that mass messages (which may not read the
//! archive) never reach a customer who asked to stop receiving them. One row per customer: the
//! first such reply (its chain position and time), never its text.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveOptOut {
    Table,
    Id,
    TenantId,
    ExternalUserid,
    Seq,
    RepliedAtMs,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArchiveOptOut::Table)
                    .col(big_pk_auto(ArchiveOptOut::Id))
                    .col(big_integer(ArchiveOptOut::TenantId))
                    .col(string_len(ArchiveOptOut::ExternalUserid, 128))
                    .col(big_integer(ArchiveOptOut::Seq))
                    .col(big_integer(ArchiveOptOut::RepliedAtMs))
                    .col(timestamp_with_time_zone(ArchiveOptOut::CreatedAt))
                    // Archive rows never go with a deleted tenant (see the other archive tables).
                    .foreign_key(&mut tenant_fk(
                        ArchiveOptOut::Table,
                        "fk_archive_opt_out_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_archive_opt_out_customer",
            ArchiveOptOut::Table,
            &[ArchiveOptOut::TenantId, ArchiveOptOut::ExternalUserid],
            true,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ArchiveOptOut::Table).to_owned())
            .await
    }
}
