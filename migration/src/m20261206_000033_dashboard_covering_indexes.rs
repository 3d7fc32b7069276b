//! Covering indexes for the dashboard over a year (docs/BENCHMARKS.md, "Sales: the dashboard
//! over a year"): each of its aggregates reads one index and never the table, and the ones
//! grouped by member or customer walk an index in that order instead of sorting.
//!
//! - follows by when they were made, with the member and `add_way` (new customers per period);
//! - follows by when they ended, with the member and how (losses per period);
//! - follows by member, with both times and both kinds (new, lost and alive per member; it
//!   replaces `ix_follow_tenant_staff`, its prefix);
//! - follows by customer, with both times (customers still alive, counted once each);
//! - follow-ups by member and customer, with the time and kind (activity per member with the
//!   distinct customers followed up);
//! - channel-code adds by code with their follow (new, lost and alive per code);
//! - deal history by pipeline and time, with the kind, stage and deal (the stages entered, for
//!   the funnel and `pipelineConversion`), and by deal and step with the kind and stage (whether
//!   a deal moved on after an entry).
//!
//! The narrower indexes of migrations 1, 25 and 32 they replace are dropped: every row written
//! maintains each index.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden, Clone, Copy)]
enum CustomerFollow {
    Table,
    TenantId,
    CustomerId,
    StaffId,
    CreatedAt,
    LostAt,
    AddWay,
    LostBy,
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
enum ChannelCodeAdd {
    Table,
    TenantId,
    CodeId,
    FollowId,
}

#[derive(DeriveIden, Clone, Copy)]
enum DealEvent {
    Table,
    Id,
    TenantId,
    DealId,
    PipelineId,
    Kind,
    ToStageId,
    At,
}

/// One index: its name, table and columns.
struct Covering {
    name: &'static str,
    table: DynIden,
    columns: Vec<DynIden>,
}

fn index_on<C: IntoIden + Copy>(
    table: impl IntoIden,
    name: &'static str,
    columns: &[C],
) -> Covering {
    Covering {
        name,
        table: table.into_iden(),
        columns: columns.iter().map(|column| column.into_iden()).collect(),
    }
}

/// The indexes this migration drops, as they were made (to make them again on the way down).
fn replaced() -> Vec<Covering> {
    use CustomerFollow as F;
    use FollowUp as U;
    vec![
        index_on(
            F::Table,
            "ix_follow_tenant_created",
            &[F::TenantId, F::CreatedAt, F::StaffId],
        ),
        index_on(
            F::Table,
            "ix_follow_tenant_lost",
            &[F::TenantId, F::LostAt, F::StaffId],
        ),
        index_on(
            F::Table,
            "ix_follow_tenant_staff",
            &[F::TenantId, F::StaffId],
        ),
        index_on(
            U::Table,
            "ix_follow_up_tenant_at",
            &[U::TenantId, U::At, U::StaffId, U::Kind, U::CustomerId],
        ),
        index_on(
            DealEvent::Table,
            "ix_deal_event_deal",
            &[DealEvent::TenantId, DealEvent::DealId, DealEvent::Id],
        ),
        index_on(
            DealEvent::Table,
            "ix_deal_event_pipeline_at",
            &[DealEvent::TenantId, DealEvent::PipelineId, DealEvent::At],
        ),
    ]
}

/// The indexes this migration makes.
fn covering() -> Vec<Covering> {
    use CustomerFollow as F;
    use FollowUp as U;
    vec![
        index_on(
            F::Table,
            "ix_follow_tenant_created_way",
            &[F::TenantId, F::CreatedAt, F::StaffId, F::AddWay],
        ),
        index_on(
            F::Table,
            "ix_follow_tenant_lost_by",
            &[F::TenantId, F::LostAt, F::StaffId, F::LostBy],
        ),
        index_on(
            F::Table,
            "ix_follow_tenant_staff_span",
            &[
                F::TenantId,
                F::StaffId,
                F::CreatedAt,
                F::LostAt,
                F::AddWay,
                F::LostBy,
            ],
        ),
        index_on(
            F::Table,
            "ix_follow_tenant_customer_span",
            &[F::TenantId, F::CustomerId, F::CreatedAt, F::LostAt],
        ),
        index_on(
            U::Table,
            "ix_follow_up_tenant_staff_customer",
            &[U::TenantId, U::StaffId, U::CustomerId, U::At, U::Kind],
        ),
        index_on(
            ChannelCodeAdd::Table,
            "ix_channel_code_add_code_follow",
            &[
                ChannelCodeAdd::TenantId,
                ChannelCodeAdd::CodeId,
                ChannelCodeAdd::FollowId,
            ],
        ),
        index_on(
            DealEvent::Table,
            "ix_deal_event_deal_steps",
            &[
                DealEvent::TenantId,
                DealEvent::DealId,
                DealEvent::Id,
                DealEvent::Kind,
                DealEvent::ToStageId,
            ],
        ),
        index_on(
            DealEvent::Table,
            "ix_deal_event_pipeline_entries",
            &[
                DealEvent::TenantId,
                DealEvent::PipelineId,
                DealEvent::At,
                DealEvent::Kind,
                DealEvent::ToStageId,
                DealEvent::DealId,
            ],
        ),
    ]
}

async fn create(manager: &SchemaManager<'_>, indexes: Vec<Covering>) -> Result<(), DbErr> {
    for index in indexes {
        let mut statement = Index::create();
        statement.name(index.name).table(index.table);
        for column in index.columns {
            statement.col(column);
        }
        manager.create_index(statement.to_owned()).await?;
    }
    Ok(())
}

async fn drop(manager: &SchemaManager<'_>, indexes: Vec<Covering>) -> Result<(), DbErr> {
    for index in indexes {
        manager
            .drop_index(Index::drop().name(index.name).table(index.table).to_owned())
            .await?;
    }
    Ok(())
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create(manager, covering()).await?;
        drop(manager, replaced()).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        create(manager, replaced()).await?;
        drop(manager, covering()).await
    }
}
