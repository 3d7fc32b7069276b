//! Channel codes (渠道活码): a WeCom contact way per code, the staff it rotates between, the
//! tags it applies, and every add it brought (the attribution, and whether the welcome
//! message and the tags reached WeCom).

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum ChannelCode {
    Table,
    Id,
    TenantId,
    Name,
    State,
    ConfigId,
    QrCodeUrl,
    DailyCapPerStaff,
    BackupStaffId,
    WelcomeText,
    WelcomeMaterialId,
    SkipVerify,
    Active,
    TargetStaffId,
    TargetDay,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum ChannelCodeStaff {
    Table,
    CodeId,
    StaffId,
    TenantId,
    Position,
}

#[derive(DeriveIden, Clone, Copy)]
enum ChannelCodeTag {
    Table,
    CodeId,
    TagId,
    TenantId,
}

#[derive(DeriveIden, Clone, Copy)]
enum ChannelCodeAdd {
    Table,
    Id,
    TenantId,
    CodeId,
    StaffId,
    CustomerId,
    FollowId,
    AddedAt,
    LocalDay,
    WelcomeStatus,
    WelcomeError,
    WelcomedAt,
    TagStatus,
}

fn code_fk(table: impl IntoIden, column: impl IntoIden, name: &str) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(name)
        .from(table, column)
        .to(ChannelCode::Table, ChannelCode::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ChannelCode::Table)
                    .col(big_pk_auto(ChannelCode::Id))
                    .col(big_integer(ChannelCode::TenantId))
                    .col(string_len(ChannelCode::Name, 100))
                    .col(string_len(ChannelCode::State, 30))
                    .col(string_len(ChannelCode::ConfigId, 64))
                    .col(string_len(ChannelCode::QrCodeUrl, 500))
                    .col(integer_null(ChannelCode::DailyCapPerStaff))
                    .col(big_integer_null(ChannelCode::BackupStaffId))
                    .col(text_null(ChannelCode::WelcomeText))
                    .col(big_integer_null(ChannelCode::WelcomeMaterialId))
                    .col(boolean(ChannelCode::SkipVerify))
                    .col(boolean(ChannelCode::Active))
                    .col(big_integer(ChannelCode::TargetStaffId))
                    .col(string_len(ChannelCode::TargetDay, 10))
                    .col(big_integer(ChannelCode::CreatedBy))
                    .col(timestamp_with_time_zone(ChannelCode::CreatedAt))
                    .col(timestamp_with_time_zone(ChannelCode::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        ChannelCode::Table,
                        "fk_channel_code_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_channel_code_state",
            ChannelCode::Table,
            &[ChannelCode::TenantId, ChannelCode::State],
            true,
        )
        .await?;
        create_index(
            manager,
            "ux_channel_code_name",
            ChannelCode::Table,
            &[ChannelCode::TenantId, ChannelCode::Name],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ChannelCodeStaff::Table)
                    .col(big_integer(ChannelCodeStaff::CodeId))
                    .col(big_integer(ChannelCodeStaff::StaffId))
                    .col(big_integer(ChannelCodeStaff::TenantId))
                    .col(integer(ChannelCodeStaff::Position))
                    .primary_key(
                        Index::create()
                            .col(ChannelCodeStaff::CodeId)
                            .col(ChannelCodeStaff::StaffId),
                    )
                    .foreign_key(&mut code_fk(
                        ChannelCodeStaff::Table,
                        ChannelCodeStaff::CodeId,
                        "fk_channel_code_staff_code",
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_channel_code_staff_staff",
            ChannelCodeStaff::Table,
            &[ChannelCodeStaff::TenantId, ChannelCodeStaff::StaffId],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(ChannelCodeTag::Table)
                    .col(big_integer(ChannelCodeTag::CodeId))
                    .col(big_integer(ChannelCodeTag::TagId))
                    .col(big_integer(ChannelCodeTag::TenantId))
                    .primary_key(
                        Index::create()
                            .col(ChannelCodeTag::CodeId)
                            .col(ChannelCodeTag::TagId),
                    )
                    .foreign_key(&mut code_fk(
                        ChannelCodeTag::Table,
                        ChannelCodeTag::CodeId,
                        "fk_channel_code_tag_code",
                    ))
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ChannelCodeAdd::Table)
                    .col(big_pk_auto(ChannelCodeAdd::Id))
                    .col(big_integer(ChannelCodeAdd::TenantId))
                    .col(big_integer(ChannelCodeAdd::CodeId))
                    .col(big_integer(ChannelCodeAdd::StaffId))
                    .col(big_integer(ChannelCodeAdd::CustomerId))
                    .col(big_integer(ChannelCodeAdd::FollowId))
                    .col(timestamp_with_time_zone(ChannelCodeAdd::AddedAt))
                    .col(string_len(ChannelCodeAdd::LocalDay, 10))
                    .col(string_len(ChannelCodeAdd::WelcomeStatus, 16))
                    .col(text_null(ChannelCodeAdd::WelcomeError))
                    .col(timestamp_with_time_zone_null(ChannelCodeAdd::WelcomedAt))
                    .col(string_len(ChannelCodeAdd::TagStatus, 16))
                    .foreign_key(&mut tenant_fk(
                        ChannelCodeAdd::Table,
                        "fk_channel_code_add_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(&mut code_fk(
                        ChannelCodeAdd::Table,
                        ChannelCodeAdd::CodeId,
                        "fk_channel_code_add_code",
                    ))
                    .to_owned(),
            )
            .await?;
        // One add per follow and moment: WeCom's repeated callback finds it there.
        create_index(
            manager,
            "ux_channel_code_add_follow",
            ChannelCodeAdd::Table,
            &[ChannelCodeAdd::FollowId, ChannelCodeAdd::AddedAt],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_channel_code_add_day",
            ChannelCodeAdd::Table,
            &[
                ChannelCodeAdd::TenantId,
                ChannelCodeAdd::CodeId,
                ChannelCodeAdd::LocalDay,
            ],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            ChannelCodeAdd::Table.into_iden(),
            ChannelCodeTag::Table.into_iden(),
            ChannelCodeStaff::Table.into_iden(),
            ChannelCode::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
