//! Mass messaging (群发): the tenant's anti-harassment policy, broadcasts, and one row per
//! customer a broadcast reached or left out — the bookkeeping the per-customer caps count.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum BroadcastPolicy {
    Table,
    TenantId,
    PerCustomerDaily,
    PerCustomerWeekly,
    QuietStartMinute,
    QuietEndMinute,
    OptOutTagId,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Broadcast {
    Table,
    Id,
    TenantId,
    Name,
    Status,
    Audience,
    ContentText,
    SendAt,
    StartedAt,
    SentAt,
    Recipients,
    Error,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum BroadcastRecipient {
    Table,
    Id,
    TenantId,
    BroadcastId,
    CustomerId,
    StaffId,
    Status,
    ExcludedReason,
    LocalDay,
    ReservedAt,
    SentAt,
    Error,
    WecomMsgid,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(BroadcastPolicy::Table)
                    .col(big_integer(BroadcastPolicy::TenantId).primary_key())
                    .col(integer(BroadcastPolicy::PerCustomerDaily))
                    .col(integer(BroadcastPolicy::PerCustomerWeekly))
                    .col(integer(BroadcastPolicy::QuietStartMinute))
                    .col(integer(BroadcastPolicy::QuietEndMinute))
                    .col(big_integer_null(BroadcastPolicy::OptOutTagId))
                    .col(timestamp_with_time_zone(BroadcastPolicy::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        BroadcastPolicy::Table,
                        "fk_broadcast_policy_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Broadcast::Table)
                    .col(big_pk_auto(Broadcast::Id))
                    .col(big_integer(Broadcast::TenantId))
                    .col(string_len(Broadcast::Name, 100))
                    .col(string_len(Broadcast::Status, 16))
                    .col(text(Broadcast::Audience))
                    .col(text_null(Broadcast::ContentText))
                    .col(timestamp_with_time_zone(Broadcast::SendAt))
                    .col(timestamp_with_time_zone_null(Broadcast::StartedAt))
                    .col(timestamp_with_time_zone_null(Broadcast::SentAt))
                    .col(integer(Broadcast::Recipients))
                    .col(text_null(Broadcast::Error))
                    .col(big_integer(Broadcast::CreatedBy))
                    .col(timestamp_with_time_zone(Broadcast::CreatedAt))
                    .col(timestamp_with_time_zone(Broadcast::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Broadcast::Table,
                        "fk_broadcast_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_broadcast_due",
            Broadcast::Table,
            &[Broadcast::Status, Broadcast::SendAt],
            false,
        )
        .await?;
        manager
            .create_table(
                Table::create()
                    .table(BroadcastRecipient::Table)
                    .col(big_pk_auto(BroadcastRecipient::Id))
                    .col(big_integer(BroadcastRecipient::TenantId))
                    .col(big_integer(BroadcastRecipient::BroadcastId))
                    .col(big_integer(BroadcastRecipient::CustomerId))
                    .col(big_integer_null(BroadcastRecipient::StaffId))
                    .col(string_len(BroadcastRecipient::Status, 16))
                    .col(string_len_null(BroadcastRecipient::ExcludedReason, 32))
                    .col(string_len(BroadcastRecipient::LocalDay, 10))
                    .col(timestamp_with_time_zone(BroadcastRecipient::ReservedAt))
                    .col(timestamp_with_time_zone_null(BroadcastRecipient::SentAt))
                    .col(text_null(BroadcastRecipient::Error))
                    .col(string_len_null(BroadcastRecipient::WecomMsgid, 64))
                    .foreign_key(&mut tenant_fk(
                        BroadcastRecipient::Table,
                        "fk_broadcast_recipient_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_broadcast_recipient_broadcast")
                            .from(BroadcastRecipient::Table, BroadcastRecipient::BroadcastId)
                            .to(Broadcast::Table, Broadcast::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_broadcast_recipient",
            BroadcastRecipient::Table,
            &[
                BroadcastRecipient::BroadcastId,
                BroadcastRecipient::CustomerId,
            ],
            true,
        )
        .await?;
        // What the caps count: a customer's messages by day and status, read from the index
        // alone (a preview counts them for every customer of the audience).
        create_index(
            manager,
            "ix_broadcast_recipient_customer_day",
            BroadcastRecipient::Table,
            &[
                BroadcastRecipient::TenantId,
                BroadcastRecipient::CustomerId,
                BroadcastRecipient::LocalDay,
                BroadcastRecipient::Status,
            ],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            BroadcastRecipient::Table.into_iden(),
            Broadcast::Table.into_iden(),
            BroadcastPolicy::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
