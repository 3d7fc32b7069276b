//! Indexes for the dashboard's aggregates (docs/SALES.md, "Dashboard"): follows by when they
//! were made and lost, follow-ups by when they happened (covering the columns counted, so a
//! year of activity is read from the index alone), and alerts by when they were raised. And
//! the tags of given customers or follows (`Customer.tags`, `CustomerFollow.tags` on a page of
//! 50): without an index that starts with them, SQLite read every tagging of the tenant.

use sea_orm_migration::prelude::*;

use crate::helpers::create_index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum CustomerFollow {
    Table,
    TenantId,
    CreatedAt,
    LostAt,
    StaffId,
}

#[derive(DeriveIden, Clone, Copy)]
enum FollowUp {
    Table,
    TenantId,
    At,
    StaffId,
    Kind,
    CustomerId,
}

#[derive(DeriveIden, Clone, Copy)]
enum FollowTag {
    Table,
    TenantId,
    CustomerId,
    FollowId,
    TagId,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlert {
    Table,
    TenantId,
    CreatedAt,
}

const INDEXES: [&str; 6] = [
    "ix_follow_tenant_created",
    "ix_follow_tenant_lost",
    "ix_follow_up_tenant_at",
    "ix_risk_alert_tenant_created",
    "ix_follow_tag_tenant_customer",
    "ix_follow_tag_tenant_follow",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create_index(
            manager,
            INDEXES[0],
            CustomerFollow::Table,
            &[
                CustomerFollow::TenantId,
                CustomerFollow::CreatedAt,
                CustomerFollow::StaffId,
            ],
            false,
        )
        .await?;
        create_index(
            manager,
            INDEXES[1],
            CustomerFollow::Table,
            &[
                CustomerFollow::TenantId,
                CustomerFollow::LostAt,
                CustomerFollow::StaffId,
            ],
            false,
        )
        .await?;
        create_index(
            manager,
            INDEXES[2],
            FollowUp::Table,
            &[
                FollowUp::TenantId,
                FollowUp::At,
                FollowUp::StaffId,
                FollowUp::Kind,
                FollowUp::CustomerId,
            ],
            false,
        )
        .await?;
        create_index(
            manager,
            INDEXES[3],
            RiskAlert::Table,
            &[RiskAlert::TenantId, RiskAlert::CreatedAt],
            false,
        )
        .await?;
        create_index(
            manager,
            INDEXES[4],
            FollowTag::Table,
            &[FollowTag::TenantId, FollowTag::CustomerId, FollowTag::TagId],
            false,
        )
        .await?;
        create_index(
            manager,
            INDEXES[5],
            FollowTag::Table,
            &[FollowTag::TenantId, FollowTag::FollowId],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let tables = [
            CustomerFollow::Table.into_iden(),
            CustomerFollow::Table.into_iden(),
            FollowUp::Table.into_iden(),
            RiskAlert::Table.into_iden(),
            FollowTag::Table.into_iden(),
            FollowTag::Table.into_iden(),
        ];
        for (name, table) in INDEXES.into_iter().zip(tables) {
            manager
                .drop_index(Index::drop().name(name).table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
