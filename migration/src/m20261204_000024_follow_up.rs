//! Follow-ups (跟进): what a staff member did with a customer (a note, a call, a visit, a
//! message), when, and the next step they planned. Read by the customer's timeline (newest
//! `at` first), the author's agenda (by `next_step_at`), `Customer.lastContactAt` and the SOP
//! engine's NO_CONTACT_FOR (latest `at` per customer and author).

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FollowUp {
    Table,
    Id,
    TenantId,
    CustomerId,
    StaffId,
    Kind,
    Content,
    At,
    NextStepAt,
    NextStep,
    NextStepDoneAt,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FollowUp::Table)
                    .col(big_pk_auto(FollowUp::Id))
                    .col(big_integer(FollowUp::TenantId))
                    .col(big_integer(FollowUp::CustomerId))
                    .col(big_integer(FollowUp::StaffId))
                    .col(string_len(FollowUp::Kind, 16))
                    .col(text(FollowUp::Content))
                    .col(timestamp_with_time_zone(FollowUp::At))
                    .col(timestamp_with_time_zone_null(FollowUp::NextStepAt))
                    .col(string_len_null(FollowUp::NextStep, 800))
                    .col(timestamp_with_time_zone_null(FollowUp::NextStepDoneAt))
                    .col(timestamp_with_time_zone(FollowUp::CreatedAt))
                    .col(timestamp_with_time_zone(FollowUp::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        FollowUp::Table,
                        "fk_follow_up_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_up_customer")
                            .from(FollowUp::Table, FollowUp::CustomerId)
                            .to(Alias::new("customer"), Alias::new("id"))
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_follow_up_staff")
                            .from(FollowUp::Table, FollowUp::StaffId)
                            .to(Alias::new("staff"), Alias::new("id")),
                    )
                    .to_owned(),
            )
            .await?;
        // The customer's timeline and lastContactAt: newest `at` first, per customer.
        create_index(
            manager,
            "ix_follow_up_customer_at",
            FollowUp::Table,
            &[
                FollowUp::TenantId,
                FollowUp::CustomerId,
                FollowUp::At,
                FollowUp::Id,
            ],
            false,
        )
        .await?;
        // The author's agenda: their next steps of a day, and the overdue ones.
        create_index(
            manager,
            "ix_follow_up_staff_next_step",
            FollowUp::Table,
            &[FollowUp::TenantId, FollowUp::StaffId, FollowUp::NextStepAt],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FollowUp::Table).if_exists().to_owned())
            .await
    }
}
