//! The history of follows' tags (`follow_tag_event`): every tag put on or taken off a follow,
//! by whom (null: WeCom or a system rule) and when, written in the transaction of the change.
//! `follow_tag` says what a follow carries now; this says how it came to, for the customer's
//! timeline. Rows before this migration have no history: their additions are not backfilled.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FollowTagEvent {
    Table,
    Id,
    TenantId,
    CustomerId,
    FollowId,
    TagId,
    Kind,
    ByStaffId,
    At,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FollowTagEvent::Table)
                    .col(big_pk_auto(FollowTagEvent::Id))
                    .col(big_integer(FollowTagEvent::TenantId))
                    .col(big_integer(FollowTagEvent::CustomerId))
                    .col(big_integer(FollowTagEvent::FollowId))
                    // No foreign key: the history outlives a deleted tag.
                    .col(big_integer(FollowTagEvent::TagId))
                    .col(string_len(FollowTagEvent::Kind, 8))
                    .col(big_integer_null(FollowTagEvent::ByStaffId))
                    .col(timestamp_with_time_zone(FollowTagEvent::At))
                    .foreign_key(&mut tenant_fk(
                        FollowTagEvent::Table,
                        "fk_follow_tag_event_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        // A customer's timeline, newest first.
        create_index(
            manager,
            "ix_follow_tag_event_customer_at",
            FollowTagEvent::Table,
            &[
                FollowTagEvent::TenantId,
                FollowTagEvent::CustomerId,
                FollowTagEvent::At,
            ],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FollowTagEvent::Table).to_owned())
            .await
    }
}
