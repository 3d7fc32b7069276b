//! Exports (see `entity::export`): one row per export, its file sealed in the data dir.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Export {
    Table,
    Id,
    TenantId,
    Kind,
    Format,
    JobId,
    RequestSealed,
    ManifestSealed,
    RowCount,
    SizeBytes,
    Sha256,
    CreatedBy,
    CreatedAt,
    ExpiresAt,
    DeletedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Export::Table)
                    .col(big_pk_auto(Export::Id))
                    .col(big_integer(Export::TenantId))
                    .col(string_len(Export::Kind, 32))
                    .col(string_len(Export::Format, 8))
                    .col(big_integer_null(Export::JobId))
                    .col(binary(Export::RequestSealed))
                    .col(binary_null(Export::ManifestSealed))
                    .col(big_integer_null(Export::RowCount))
                    .col(big_integer_null(Export::SizeBytes))
                    .col(string_len_null(Export::Sha256, 64))
                    .col(big_integer(Export::CreatedBy))
                    .col(timestamp_with_time_zone(Export::CreatedAt))
                    .col(timestamp_with_time_zone(Export::ExpiresAt))
                    .col(timestamp_with_time_zone_null(Export::DeletedAt))
                    .foreign_key(&mut tenant_fk(Export::Table, "fk_export_tenant", None))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_export_tenant_id",
            Export::Table,
            &[Export::TenantId, Export::Id],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(Export::Table).to_owned())
            .await
    }
}
