//! Sales pipelines and deals (商机): a tenant's pipelines and their ordered stages (each with a
//! win probability), the deals moving through them (amounts in integer fen), and every step a
//! deal took (`deal_event`, append-only, numbered so later readers can follow it by id).

use sea_orm_migration::{prelude::*, schema::*};

use crate::helpers::{create_index, tenant_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum Pipeline {
    Table,
    Id,
    TenantId,
    Name,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum PipelineStage {
    Table,
    Id,
    TenantId,
    PipelineId,
    Name,
    WinProbability,
    Position,
    ArchivedAt,
    CreatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum Deal {
    Table,
    Id,
    TenantId,
    CustomerId,
    PipelineId,
    StageId,
    OwnerId,
    Title,
    AmountFen,
    Currency,
    Status,
    ExpectedCloseDate,
    ClosedAt,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden, Clone, Copy)]
enum DealEvent {
    Table,
    Id,
    TenantId,
    DealId,
    PipelineId,
    Kind,
    FromStageId,
    ToStageId,
    FromStatus,
    ToStatus,
    ByStaffId,
    At,
    Reason,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Pipeline::Table)
                    .col(big_pk_auto(Pipeline::Id))
                    .col(big_integer(Pipeline::TenantId))
                    .col(string_len(Pipeline::Name, 100))
                    .col(big_integer(Pipeline::CreatedBy))
                    .col(timestamp_with_time_zone(Pipeline::CreatedAt))
                    .col(timestamp_with_time_zone(Pipeline::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Pipeline::Table,
                        "fk_pipeline_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .to_owned(),
            )
            .await?;
        create_index(
            manager,
            "ix_pipeline_tenant_created",
            Pipeline::Table,
            &[Pipeline::TenantId, Pipeline::CreatedAt],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(PipelineStage::Table)
                    .col(big_pk_auto(PipelineStage::Id))
                    .col(big_integer(PipelineStage::TenantId))
                    .col(big_integer(PipelineStage::PipelineId))
                    .col(string_len(PipelineStage::Name, 100))
                    .col(integer(PipelineStage::WinProbability))
                    .col(integer(PipelineStage::Position))
                    .col(timestamp_with_time_zone_null(PipelineStage::ArchivedAt))
                    .col(timestamp_with_time_zone(PipelineStage::CreatedAt))
                    .foreign_key(&mut tenant_fk(
                        PipelineStage::Table,
                        "fk_pipeline_stage_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_pipeline_stage_pipeline")
                            .from(PipelineStage::Table, PipelineStage::PipelineId)
                            .to(Pipeline::Table, Pipeline::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // Positions are not unique in the database: a reorder rewrites them all in one
        // transaction, which a unique index would trip over midway.
        create_index(
            manager,
            "ix_pipeline_stage_pipeline_position",
            PipelineStage::Table,
            &[
                PipelineStage::TenantId,
                PipelineStage::PipelineId,
                PipelineStage::Position,
            ],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(Deal::Table)
                    .col(big_pk_auto(Deal::Id))
                    .col(big_integer(Deal::TenantId))
                    .col(big_integer(Deal::CustomerId))
                    .col(big_integer(Deal::PipelineId))
                    .col(big_integer(Deal::StageId))
                    .col(big_integer(Deal::OwnerId))
                    .col(string_len(Deal::Title, 200))
                    .col(big_integer(Deal::AmountFen))
                    .col(string_len(Deal::Currency, 3))
                    .col(string_len(Deal::Status, 8))
                    // `YYYY-MM-DD` text: compares, sorts and cuts into months (`SUBSTR(…, 1, 7)`)
                    // the same way on SQLite and PostgreSQL.
                    .col(string_len(Deal::ExpectedCloseDate, 10))
                    .col(timestamp_with_time_zone_null(Deal::ClosedAt))
                    .col(big_integer(Deal::CreatedBy))
                    .col(timestamp_with_time_zone(Deal::CreatedAt))
                    .col(timestamp_with_time_zone(Deal::UpdatedAt))
                    .foreign_key(&mut tenant_fk(
                        Deal::Table,
                        "fk_deal_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_deal_pipeline")
                            .from(Deal::Table, Deal::PipelineId)
                            .to(Pipeline::Table, Pipeline::Id),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_deal_stage")
                            .from(Deal::Table, Deal::StageId)
                            .to(PipelineStage::Table, PipelineStage::Id),
                    )
                    .to_owned(),
            )
            .await?;
        // The forecast: a pipeline's deals closing in a date range.
        create_index(
            manager,
            "ix_deal_pipeline_close",
            Deal::Table,
            &[Deal::TenantId, Deal::PipelineId, Deal::ExpectedCloseDate],
            false,
        )
        .await?;
        // Open deals of a stage (archiving refuses while there are any) and the stage filter.
        create_index(
            manager,
            "ix_deal_stage_status",
            Deal::Table,
            &[Deal::TenantId, Deal::StageId, Deal::Status],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_deal_owner",
            Deal::Table,
            &[Deal::TenantId, Deal::OwnerId],
            false,
        )
        .await?;
        create_index(
            manager,
            "ix_deal_created",
            Deal::Table,
            &[Deal::TenantId, Deal::CreatedAt],
            false,
        )
        .await?;

        manager
            .create_table(
                Table::create()
                    .table(DealEvent::Table)
                    .col(big_pk_auto(DealEvent::Id))
                    .col(big_integer(DealEvent::TenantId))
                    .col(big_integer(DealEvent::DealId))
                    .col(big_integer(DealEvent::PipelineId))
                    .col(string_len(DealEvent::Kind, 8))
                    .col(big_integer_null(DealEvent::FromStageId))
                    .col(big_integer(DealEvent::ToStageId))
                    .col(string_len_null(DealEvent::FromStatus, 8))
                    .col(string_len(DealEvent::ToStatus, 8))
                    .col(big_integer(DealEvent::ByStaffId))
                    .col(timestamp_with_time_zone(DealEvent::At))
                    .col(text_null(DealEvent::Reason))
                    .foreign_key(&mut tenant_fk(
                        DealEvent::Table,
                        "fk_deal_event_tenant",
                        Some(ForeignKeyAction::Cascade),
                    ))
                    .foreign_key(
                        ForeignKey::create()
                            .name("fk_deal_event_deal")
                            .from(DealEvent::Table, DealEvent::DealId)
                            .to(Deal::Table, Deal::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        // A deal's history, oldest first.
        create_index(
            manager,
            "ix_deal_event_deal",
            DealEvent::Table,
            &[DealEvent::TenantId, DealEvent::DealId, DealEvent::Id],
            false,
        )
        .await?;
        // Followers of "a deal entered stage X" (a future SOP trigger) read after a cursor id.
        create_index(
            manager,
            "ix_deal_event_stage",
            DealEvent::Table,
            &[DealEvent::TenantId, DealEvent::ToStageId, DealEvent::Id],
            false,
        )
        .await?;
        // Conversion: a pipeline's entries in a time range.
        create_index(
            manager,
            "ix_deal_event_pipeline_at",
            DealEvent::Table,
            &[DealEvent::TenantId, DealEvent::PipelineId, DealEvent::At],
            false,
        )
        .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            DealEvent::Table.into_iden(),
            Deal::Table.into_iden(),
            PipelineStage::Table.into_iden(),
            Pipeline::Table.into_iden(),
        ] {
            manager
                .drop_table(Table::drop().table(table).if_exists().to_owned())
                .await?;
        }
        Ok(())
    }
}
