//! Each deal entry remembers whether the deal moved on: `deal_event.advanced`.
//!
//! Why: the funnel and `pipelineConversion` decided it on every read with a correlated `EXISTS`
//! over the deal's later steps, one per (deal, stage) entered in the range — 37,000 probes on
//! the benchmark tenant, most of the funnel's ~110 ms (docs/BENCHMARKS.md, "Sales"). The flag
//! is now written with the steps (`api::domain::crm::deals::history`) and recomputed when a
//! pipeline's stages change order; conversion sums it.
//!
//! For a CREATED or MOVED event e of a deal into stage S, `advanced` is true iff a later event
//! of the deal (id > e.id) is WON, or is MOVED into a stage whose position is greater than S's;
//! WON and LOST events keep false. Existing rows are filled with one UPDATE applying exactly
//! that rule (the lookup conversion made until now).
//!
//! The pipeline-entries index conversion reads gains the column, so that reading stays on the
//! index: it is made again with it, under the same name.

use sea_orm_migration::sea_orm::ConnectionTrait;
use sea_orm_migration::{prelude::*, schema::*};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum DealEvent {
    Table,
    TenantId,
    DealId,
    PipelineId,
    Kind,
    ToStageId,
    At,
    Advanced,
}

const ENTRIES_INDEX: &str = "ix_deal_event_pipeline_entries";

/// The flag of every existing entry, from the deal's later steps and the current positions.
/// Portable: the outer row is named by its table, `TRUE` is a boolean on PostgreSQL and 1 on
/// SQLite (3.23+), and a subquery's join may refer to the outer row on both.
const BACKFILL: &str = "UPDATE \"deal_event\" SET \"advanced\" = TRUE
WHERE \"kind\" IN ('CREATED', 'MOVED')
  AND EXISTS (
    SELECT 1 FROM \"deal_event\" \"later\"
    JOIN \"pipeline_stage\" \"later_stage\" ON \"later_stage\".\"id\" = \"later\".\"to_stage_id\"
    JOIN \"pipeline_stage\" \"entry_stage\" ON \"entry_stage\".\"id\" = \"deal_event\".\"to_stage_id\"
    WHERE \"later\".\"tenant_id\" = \"deal_event\".\"tenant_id\"
      AND \"later\".\"deal_id\" = \"deal_event\".\"deal_id\"
      AND \"later\".\"id\" > \"deal_event\".\"id\"
      AND (\"later\".\"kind\" = 'WON'
           OR (\"later\".\"kind\" = 'MOVED'
               AND \"later_stage\".\"position\" > \"entry_stage\".\"position\"))
  )";

/// The entries index, with or without the flag at its end.
fn entries_index(with_flag: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index
        .name(ENTRIES_INDEX)
        .table(DealEvent::Table)
        .col(DealEvent::TenantId)
        .col(DealEvent::PipelineId)
        .col(DealEvent::At)
        .col(DealEvent::Kind)
        .col(DealEvent::ToStageId)
        .col(DealEvent::DealId);
    if with_flag {
        index.col(DealEvent::Advanced);
    }
    index.to_owned()
}

async fn drop_entries_index(manager: &SchemaManager<'_>) -> Result<(), DbErr> {
    manager
        .drop_index(
            Index::drop()
                .name(ENTRIES_INDEX)
                .table(DealEvent::Table)
                .to_owned(),
        )
        .await
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    fn use_transaction(&self) -> Option<bool> {
        Some(true)
    }

    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(DealEvent::Table)
                    .add_column(boolean(DealEvent::Advanced).default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(BACKFILL)
            .await?;
        drop_entries_index(manager).await?;
        manager.create_index(entries_index(true)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        drop_entries_index(manager).await?;
        manager.create_index(entries_index(false)).await?;
        manager
            .alter_table(
                Table::alter()
                    .table(DealEvent::Table)
                    .drop_column(DealEvent::Advanced)
                    .to_owned(),
            )
            .await
    }
}
