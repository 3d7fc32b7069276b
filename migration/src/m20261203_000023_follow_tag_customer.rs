//! The customer of each tagged follow, kept on the tag row: "customers carrying tag T" — what
//! every tag filter asks (customer lists, broadcast audiences) — becomes one index range
//! instead of a primary-key lookup per tagged follow. A follow never changes customer, so the
//! copy cannot go stale.

use sea_orm_migration::prelude::*;

use crate::helpers::create_index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum FollowTag {
    Table,
    TenantId,
    TagId,
    CustomerId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(FollowTag::Table)
                    .add_column(
                        ColumnDef::new(FollowTag::CustomerId)
                            .big_integer()
                            .not_null()
                            .default(0),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE follow_tag SET customer_id = (SELECT customer_follow.customer_id \
                 FROM customer_follow WHERE customer_follow.id = follow_tag.follow_id)",
            )
            .await?;
        create_index(
            manager,
            "ix_follow_tag_customer",
            FollowTag::Table,
            &[FollowTag::TenantId, FollowTag::TagId, FollowTag::CustomerId],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("ix_follow_tag_customer")
                    .table(FollowTag::Table)
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(FollowTag::Table)
                    .drop_column(FollowTag::CustomerId)
                    .to_owned(),
            )
            .await?;
        Ok(())
    }
}
