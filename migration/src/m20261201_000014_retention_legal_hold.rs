//! Retention and legal holds. Each tenant keeps its archive `retention_years` (5 unless an admin
//! sets another); a purge removes older messages except those a legal hold covers.
//!
//! `legal_hold`: a named, reasoned freeze by compliance over a time range and any of some staff,
//! customers or rooms (empty lists mean any), active until released (with a reason). Holds are
//! never deleted: a released hold stays as the record of the freeze.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenant {
    Table,
    RetentionYears,
}

#[derive(DeriveIden, Clone, Copy)]
enum LegalHold {
    Table,
    Id,
    TenantId,
    Name,
    Reason,
    StaffIds,
    CustomerIds,
    RoomIds,
    FromTime,
    ToTime,
    Status,
    CreatedBy,
    CreatedAt,
    ReleasedBy,
    ReleasedAt,
    ReleaseReason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Tenant::Table)
                    .add_column(integer(Tenant::RetentionYears).default(5))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalHold::Table)
                    .col(big_pk_auto(LegalHold::Id))
                    .col(big_integer(LegalHold::TenantId))
                    .col(string_len(LegalHold::Name, 200))
                    .col(text(LegalHold::Reason))
                    .col(text(LegalHold::StaffIds))
                    .col(text(LegalHold::CustomerIds))
                    .col(text(LegalHold::RoomIds))
                    .col(timestamp_with_time_zone_null(LegalHold::FromTime))
                    .col(timestamp_with_time_zone_null(LegalHold::ToTime))
                    .col(string_len(LegalHold::Status, 16))
                    .col(big_integer(LegalHold::CreatedBy))
                    .col(timestamp_with_time_zone(LegalHold::CreatedAt))
                    .col(big_integer_null(LegalHold::ReleasedBy))
                    .col(timestamp_with_time_zone_null(LegalHold::ReleasedAt))
                    .col(text_null(LegalHold::ReleaseReason))
                    // Never cascade: a hold is a record of what had to be kept.
                    .foreign_key(&mut tenant_fk(
                        LegalHold::Table,
                        "fk_legal_hold_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_legal_hold_tenant_status",
            LegalHold::Table,
            &[LegalHold::TenantId, LegalHold::Status],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(LegalHold::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Tenant::Table)
                    .drop_column(Tenant::RetentionYears)
                    .to_owned(),
            )
            .await
    }
}
