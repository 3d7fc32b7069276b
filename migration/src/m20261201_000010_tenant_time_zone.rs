//! Tenants get a time zone (`Asia/Shanghai` unless an admin sets another), so that "a day" in
//! reports, agendas and quiet hours is the tenant's day, not the server's or UTC's.
//!
//! Also indexes staff by WeCom userid: reports attribute an archived message to the staff
//! member who sent it through that id.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::create_index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Tenant {
    Table,
    TimeZone,
}

#[derive(DeriveIden, Clone, Copy)]
enum Staff {
    Table,
    TenantId,
    WecomUserid,
}

const INDEX: &str = "ix_staff_tenant_wecom_userid";

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
                    .add_column(string_len(Tenant::TimeZone, 64).default("Asia/Shanghai"))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            INDEX,
            Staff::Table,
            &[Staff::TenantId, Staff::WecomUserid],
            false,
        )
        .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(Index::drop().name(INDEX).table(Staff::Table).to_owned())
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Tenant::Table)
                    .drop_column(Tenant::TimeZone)
                    .to_owned(),
            )
            .await
    }
}
