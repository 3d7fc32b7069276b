//! Group welcome templates (入群欢迎语素材): corp-level materials kept in WeCom
//! (`group_welcome_template/add` answers their `template_id`), which staff pick for their
//! customer groups in the WeCom app. Here: the tenant's copy of each, with WeCom's id.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum GroupWelcomeTemplate {
    Table,
    Id,
    TenantId,
    TemplateId,
    Text,
    LinkTitle,
    LinkUrl,
    LinkPicurl,
    LinkDesc,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(GroupWelcomeTemplate::Table)
                    .col(big_pk_auto(GroupWelcomeTemplate::Id))
                    .col(big_integer(GroupWelcomeTemplate::TenantId))
                    .col(string_len(GroupWelcomeTemplate::TemplateId, 128))
                    .col(text_null(GroupWelcomeTemplate::Text))
                    .col(string_len_null(GroupWelcomeTemplate::LinkTitle, 200))
                    .col(text_null(GroupWelcomeTemplate::LinkUrl))
                    .col(text_null(GroupWelcomeTemplate::LinkPicurl))
                    .col(text_null(GroupWelcomeTemplate::LinkDesc))
                    .col(big_integer(GroupWelcomeTemplate::CreatedBy))
                    .col(timestamp_with_time_zone(GroupWelcomeTemplate::CreatedAt))
                    .col(timestamp_with_time_zone(GroupWelcomeTemplate::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        GroupWelcomeTemplate::Table,
                        "fk_group_welcome_template_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_group_welcome_template_wecom",
            GroupWelcomeTemplate::Table,
            &[
                GroupWelcomeTemplate::TenantId,
                GroupWelcomeTemplate::TemplateId,
            ],
            true,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(
                Table::drop()
                    .table(GroupWelcomeTemplate::Table)
                    .if_exists()
                    .to_owned(),
            )
            .await
    }
}
