//! Purges (`archive::purge`): a signed tombstone per range of chain positions removed, so the
//! chain still verifies across it, and alerts keep a mark that their message was purged.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ArchiveTombstone {
    Table,
    Id,
    TenantId,
    FirstSeq,
    LastSeq,
    Count,
    PrevHash,
    LastHash,
    CutoffMs,
    PurgedAt,
    Signature,
    KeyFingerprint,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlert {
    Table,
    MessagePurgedAt,
}

const INDEX: &str = "ux_archive_tombstone_tenant_first";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ArchiveTombstone::Table)
                    .col(big_pk_auto(ArchiveTombstone::Id))
                    .col(big_integer(ArchiveTombstone::TenantId))
                    .col(big_integer(ArchiveTombstone::FirstSeq))
                    .col(big_integer(ArchiveTombstone::LastSeq))
                    .col(big_integer(ArchiveTombstone::Count))
                    .col(binary(ArchiveTombstone::PrevHash))
                    .col(binary(ArchiveTombstone::LastHash))
                    .col(big_integer(ArchiveTombstone::CutoffMs))
                    .col(timestamp_with_time_zone(ArchiveTombstone::PurgedAt))
                    .col(binary(ArchiveTombstone::Signature))
                    .col(string_len(ArchiveTombstone::KeyFingerprint, 64))
                    .foreign_key(&mut tenant_fk(
                        ArchiveTombstone::Table,
                        "fk_archive_tombstone_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            INDEX,
            ArchiveTombstone::Table,
            &[ArchiveTombstone::TenantId, ArchiveTombstone::FirstSeq],
            true,
        )
        .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .add_column(timestamp_with_time_zone_null(RiskAlert::MessagePurgedAt))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(RiskAlert::Table)
                    .drop_column(RiskAlert::MessagePurgedAt)
                    .to_owned(),
            )
            .await?;
        manager
            .drop_table(Table::drop().table(ArchiveTombstone::Table).to_owned())
            .await
    }
}
