//! Risk scanning: versioned rules, one alert per (message, rule), reviewers' comments.

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum RiskRule {
    Table,
    Id,
    TenantId,
    Code,
    Version,
    Name,
    Category,
    Severity,
    Keywords,
    Patterns,
    Detectors,
    AppliesTo,
    Exceptions,
    Enabled,
    CreatedBy,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlert {
    Table,
    Id,
    TenantId,
    MessageSeq,
    Msgid,
    RuleCode,
    RuleVersion,
    Severity,
    Matches,
    Status,
    AssigneeId,
    DecidedBy,
    DecidedAt,
    DecisionReason,
    SentAtMs,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum RiskAlertComment {
    Table,
    Id,
    TenantId,
    AlertId,
    AuthorId,
    Body,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(RiskRule::Table)
                    .col(big_pk_auto(RiskRule::Id))
                    .col(big_integer(RiskRule::TenantId))
                    .col(string_len(RiskRule::Code, 32))
                    .col(integer(RiskRule::Version))
                    .col(string_len(RiskRule::Name, 200))
                    .col(string_len(RiskRule::Category, 64))
                    .col(string_len(RiskRule::Severity, 16))
                    .col(text(RiskRule::Keywords))
                    .col(text(RiskRule::Patterns))
                    .col(text(RiskRule::Detectors))
                    .col(string_len(RiskRule::AppliesTo, 16))
                    .col(text(RiskRule::Exceptions))
                    .col(boolean(RiskRule::Enabled))
                    .col(big_integer_null(RiskRule::CreatedBy))
                    .col(timestamp_with_time_zone(RiskRule::CreatedAt))
                    .foreign_key(&mut tenant_fk(RiskRule::Table, "fk_risk_rule_tenant", None))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_risk_rule_tenant_code_version",
            RiskRule::Table,
            &[RiskRule::TenantId, RiskRule::Code, RiskRule::Version],
            true,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RiskAlert::Table)
                    .col(big_pk_auto(RiskAlert::Id))
                    .col(big_integer(RiskAlert::TenantId))
                    .col(big_integer(RiskAlert::MessageSeq))
                    .col(string_len(RiskAlert::Msgid, 128))
                    .col(string_len(RiskAlert::RuleCode, 32))
                    .col(integer(RiskAlert::RuleVersion))
                    .col(string_len(RiskAlert::Severity, 16))
                    .col(text(RiskAlert::Matches))
                    .col(string_len(RiskAlert::Status, 16))
                    .col(big_integer_null(RiskAlert::AssigneeId))
                    .col(big_integer_null(RiskAlert::DecidedBy))
                    .col(timestamp_with_time_zone_null(RiskAlert::DecidedAt))
                    .col(text_null(RiskAlert::DecisionReason))
                    .col(big_integer(RiskAlert::SentAtMs))
                    .col(timestamp_with_time_zone(RiskAlert::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        RiskAlert::Table,
                        "fk_risk_alert_tenant",
                        None,
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ux_risk_alert_tenant_message_rule",
            RiskAlert::Table,
            &[
                RiskAlert::TenantId,
                RiskAlert::MessageSeq,
                RiskAlert::RuleCode,
            ],
            true,
        )
        .await?;
        create_index(
            manager,
            "ix_risk_alert_tenant_status",
            RiskAlert::Table,
            &[RiskAlert::TenantId, RiskAlert::Status, RiskAlert::Id],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(RiskAlertComment::Table)
                    .col(big_pk_auto(RiskAlertComment::Id))
                    .col(big_integer(RiskAlertComment::TenantId))
                    .col(big_integer(RiskAlertComment::AlertId))
                    .col(big_integer(RiskAlertComment::AuthorId))
                    .col(text(RiskAlertComment::Body))
                    .col(timestamp_with_time_zone(RiskAlertComment::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        RiskAlertComment::Table,
                        "fk_risk_alert_comment_tenant",
                        None,
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_risk_alert_comment_alert")
                            .from(RiskAlertComment::Table, RiskAlertComment::AlertId)
                            .to(RiskAlert::Table, RiskAlert::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_risk_alert_comment_alert",
            RiskAlertComment::Table,
            &[RiskAlertComment::TenantId, RiskAlertComment::AlertId],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            RiskAlertComment::Table.into_iden(),
            RiskAlert::Table.into_iden(),
            RiskRule::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).to_owned())
                .await?;
        }
        Ok(())
    }
}
