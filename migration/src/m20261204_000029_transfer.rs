//! Customer transfers (在职转接 / 离职继承): one `transfer` row per customer handed from one
//! member to another through WeCom, with WeCom's answer and the final result it reports, and
//! `transfer_handover`, the scrm records (open deals, open SOP tasks) that moved with a
//! successful transfer and who held each before.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Transfer {
    Table,
    Id,
    TenantId,
    CustomerId,
    FromStaffId,
    ToStaffId,
    Kind,
    Status,
    WecomStatus,
    Error,
    Message,
    RequestedBy,
    RequestedAt,
    TakenOverAt,
    CheckedAt,
    FinishedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum TransferHandover {
    Table,
    Id,
    TenantId,
    TransferId,
    RecordKind,
    RecordId,
    PreviousStaffId,
    NewStaffId,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Transfer::Table)
                    .col(big_pk_auto(Transfer::Id))
                    .col(big_integer(Transfer::TenantId))
                    .col(big_integer(Transfer::CustomerId))
                    .col(big_integer(Transfer::FromStaffId))
                    .col(big_integer(Transfer::ToStaffId))
                    .col(string_len(Transfer::Kind, 8))
                    .col(string_len(Transfer::Status, 16))
                    .col(integer_null(Transfer::WecomStatus))
                    .col(string_len_null(Transfer::Error, 500))
                    .col(string_len_null(Transfer::Message, 200))
                    .col(big_integer(Transfer::RequestedBy))
                    .col(timestamp_with_time_zone(Transfer::RequestedAt))
                    .col(timestamp_with_time_zone_null(Transfer::TakenOverAt))
                    .col(timestamp_with_time_zone_null(Transfer::CheckedAt))
                    .col(timestamp_with_time_zone_null(Transfer::FinishedAt))
                    .foreign_key(&mut tenant_fk(
                        Transfer::Table,
                        "fk_transfer_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        // The list, newest first, and a customer's transfers.
        create_index(
            manager,
            "ix_transfer_requested",
            Transfer::Table,
            &[Transfer::TenantId, Transfer::RequestedAt],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_transfer_customer",
            Transfer::Table,
            &[Transfer::TenantId, Transfer::CustomerId, Transfer::Status],
            false,
        )
        .await?;
        // The poll: unfinished transfers of a pair of members; the callback: by takeover member.
        create_index(
            manager,
            "ix_transfer_status_pair",
            Transfer::Table,
            &[
                Transfer::TenantId,
                Transfer::Status,
                Transfer::FromStaffId,
                Transfer::ToStaffId,
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(TransferHandover::Table)
                    .col(big_pk_auto(TransferHandover::Id))
                    .col(big_integer(TransferHandover::TenantId))
                    .col(big_integer(TransferHandover::TransferId))
                    .col(string_len(TransferHandover::RecordKind, 8))
                    .col(big_integer(TransferHandover::RecordId))
                    .col(big_integer(TransferHandover::PreviousStaffId))
                    .col(big_integer(TransferHandover::NewStaffId))
                    .col(timestamp_with_time_zone(TransferHandover::At))
                    .foreign_key(&mut tenant_fk(
                        TransferHandover::Table,
                        "fk_transfer_handover_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_transfer_handover_transfer")
                            .from(TransferHandover::Table, TransferHandover::TransferId)
                            .to(Transfer::Table, Transfer::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_transfer_handover_transfer",
            TransferHandover::Table,
            &[TransferHandover::TenantId, TransferHandover::TransferId],
            false,
        )
        .await?;
        // "Who held this deal (task) before?"
        create_index(
            manager,
            "ix_transfer_handover_record",
            TransferHandover::Table,
            &[
                TransferHandover::TenantId,
                TransferHandover::RecordKind,
                TransferHandover::RecordId,
            ],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            TransferHandover::Table.into_iden(),
            Transfer::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
