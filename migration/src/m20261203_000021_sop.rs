//! SOP automation: rules (trigger, actions, watermarks), the occurrences that fired (unique
//! per rule, customer and occurrence, so each fires exactly once), and the tasks they give
//! staff.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum SopRule {
    Table,
    Id,
    TenantId,
    Name,
    TriggerKind,
    ChannelCodeId,
    TagId,
    Days,
    Cron,
    TimeZone,
    AudienceTagIds,
    Actions,
    Active,
    ArmedAt,
    CursorId,
    EvaluatedUntil,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum SopRun {
    Table,
    Id,
    TenantId,
    RuleId,
    CustomerId,
    OccurrenceKey,
    OccurredAt,
    FiredAt,
    Outcomes,
}

#[derive(DeriveIden, Clone, Copy)]
enum Task {
    Table,
    Id,
    TenantId,
    StaffId,
    Kind,
    Status,
    RuleId,
    RunId,
    Title,
    Text,
    CustomerId,
    FollowerId,
    ScriptId,
    MaterialId,
    DueAt,
    CreatedAt,
    CompletedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(SopRule::Table)
                    .col(big_pk_auto(SopRule::Id))
                    .col(big_integer(SopRule::TenantId))
                    .col(string_len(SopRule::Name, 100))
                    .col(string_len(SopRule::TriggerKind, 32))
                    .col(big_integer_null(SopRule::ChannelCodeId))
                    .col(big_integer_null(SopRule::TagId))
                    .col(integer_null(SopRule::Days))
                    .col(string_len_null(SopRule::Cron, 200))
                    .col(string_len_null(SopRule::TimeZone, 64))
                    .col(text_null(SopRule::AudienceTagIds))
                    .col(text(SopRule::Actions))
                    .col(boolean(SopRule::Active))
                    .col(timestamp_with_time_zone(SopRule::ArmedAt))
                    .col(big_integer(SopRule::CursorId))
                    .col(timestamp_with_time_zone_null(SopRule::EvaluatedUntil))
                    .col(big_integer(SopRule::CreatedBy))
                    .col(timestamp_with_time_zone(SopRule::CreatedAt))
                    .col(timestamp_with_time_zone(SopRule::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        SopRule::Table,
                        "fk_sop_rule_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_sop_rule_tenant_active",
            SopRule::Table,
            &[SopRule::TenantId, SopRule::Active],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(SopRun::Table)
                    .col(big_pk_auto(SopRun::Id))
                    .col(big_integer(SopRun::TenantId))
                    .col(big_integer(SopRun::RuleId))
                    .col(big_integer(SopRun::CustomerId))
                    .col(string_len(SopRun::OccurrenceKey, 120))
                    .col(timestamp_with_time_zone(SopRun::OccurredAt))
                    .col(timestamp_with_time_zone(SopRun::FiredAt))
                    .col(text(SopRun::Outcomes))
                    .foreign_key(&mut tenant_fk(
                        SopRun::Table,
                        "fk_sop_run_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_sop_run_rule")
                            .from(SopRun::Table, SopRun::RuleId)
                            .to(SopRule::Table, SopRule::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // The exactly-once key: an occurrence inserted twice (a repeated callback, two jobs,
        // a restart) is found, and the second insert does nothing.
        create_index(
            manager,
            "ux_sop_run_occurrence",
            SopRun::Table,
            &[SopRun::RuleId, SopRun::CustomerId, SopRun::OccurrenceKey],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_sop_run_rule_fired",
            SopRun::Table,
            &[SopRun::TenantId, SopRun::RuleId, SopRun::FiredAt],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Task::Table)
                    .col(big_pk_auto(Task::Id))
                    .col(big_integer(Task::TenantId))
                    .col(big_integer(Task::StaffId))
                    .col(string_len(Task::Kind, 16))
                    .col(string_len(Task::Status, 16))
                    .col(big_integer_null(Task::RuleId))
                    .col(big_integer_null(Task::RunId))
                    .col(string_len(Task::Title, 100))
                    .col(text_null(Task::Text))
                    .col(big_integer_null(Task::CustomerId))
                    .col(big_integer_null(Task::FollowerId))
                    .col(big_integer_null(Task::ScriptId))
                    .col(big_integer_null(Task::MaterialId))
                    .col(timestamp_with_time_zone(Task::DueAt))
                    .col(timestamp_with_time_zone(Task::CreatedAt))
                    .col(timestamp_with_time_zone_null(Task::CompletedAt))
                    .foreign_key(&mut tenant_fk(
                        Task::Table,
                        "fk_task_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_task_owner_due",
            Task::Table,
            &[Task::TenantId, Task::StaffId, Task::DueAt],
            false,
        )
        .await?;
        create_index(manager, "ix_task_run", Task::Table, &[Task::RunId], false).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            Task::Table.into_iden(),
            SopRun::Table.into_iden(),
            SopRule::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
