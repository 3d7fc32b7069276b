//! A deal's history: one `deal_event` row per step (created, moved, won, lost), appended in
//! the transaction of the change, so the history never disagrees with the deal.
//!
//! Each entry (CREATED or MOVED: the deal entered `to_stage_id`) also carries `advanced`:
//! whether a later step won the deal or moved it to a stage of higher position. Conversion
//! ([`super::conversion`]) sums it instead of looking at every entry's later steps on each read.
//! It is kept true to the history where it can change:
//! - a WON step sets it on every earlier entry of the deal;
//! - a MOVED step into stage T sets it on the earlier entries of the deal into a stage of lower
//!   position than T;
//! - CREATED and LOST steps change no earlier entry (nothing comes before a CREATED, and LOST
//!   advances nothing);
//! - a change of the stages' positions ([`super::pipelines`]) recomputes it for the pipeline
//!   ([`recompute_advanced`]).
//!
//! Each in the transaction of the change. On PostgreSQL a step and a reorder of the same
//! pipeline also exclude each other ([`hold_stage_order`]): otherwise a step could read the old
//! positions while a reorder recomputes without seeing the step's uncommitted event. SQLite's
//! write transactions (`BEGIN IMMEDIATE`) already run one at a time.

use entity::deal::{self, DealStatus};
use entity::deal_event::{self, DealEventKind};
use entity::{pipeline, pipeline_stage};
use sea_orm::sea_query::{Expr, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use crate::domain::Authorized;
use crate::error::{ApiError, ApiResult};

/// The kinds of event by which a deal enters a stage: the ones that carry `advanced`.
const ENTRIES: [DealEventKind; 2] = [DealEventKind::Created, DealEventKind::Moved];

/// Whether an entry's flag disagrees with its deal's later steps under the current positions:
/// the rule of `advanced` as SQL, on the row `deal_event` being updated. `later` walks the
/// deal's own steps (`ix_deal_event_deal_steps`, hence the tenant). Both backends compare a
/// boolean with `EXISTS` (PostgreSQL booleans; SQLite 0 and 1).
const DISAGREES: &str = "\"deal_event\".\"advanced\" <> (EXISTS (
    SELECT 1 FROM \"deal_event\" \"later\"
    JOIN \"pipeline_stage\" \"later_stage\" ON \"later_stage\".\"id\" = \"later\".\"to_stage_id\"
    JOIN \"pipeline_stage\" \"entry_stage\" ON \"entry_stage\".\"id\" = \"deal_event\".\"to_stage_id\"
    WHERE \"later\".\"tenant_id\" = \"deal_event\".\"tenant_id\"
      AND \"later\".\"deal_id\" = \"deal_event\".\"deal_id\"
      AND \"later\".\"id\" > \"deal_event\".\"id\"
      AND (\"later\".\"kind\" = 'WON'
           OR (\"later\".\"kind\" = 'MOVED'
               AND \"later_stage\".\"position\" > \"entry_stage\".\"position\"))
  ))";

/// One step to record.
pub(super) struct Step {
    pub kind: DealEventKind,
    pub from_stage_id: Option<i64>,
    pub from_status: Option<DealStatus>,
    pub reason: Option<String>,
}

/// Appends `step`, which brought the deal to its state `after`, by the actor, now.
pub(super) async fn append(
    db: &impl ConnectionTrait,
    auth: &Authorized,
    after: &deal::Model,
    step: Step,
) -> ApiResult<()> {
    let appended = deal_event::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        deal_id: Set(after.id),
        pipeline_id: Set(after.pipeline_id),
        kind: Set(step.kind),
        from_stage_id: Set(step.from_stage_id),
        to_stage_id: Set(after.stage_id),
        from_status: Set(step.from_status),
        to_status: Set(after.status),
        by_staff_id: Set(auth.actor.staff_id),
        at: Set(after.updated_at),
        reason: Set(step.reason),
        // Nothing follows it yet.
        advanced: Set(false),
        ..Default::default()
    }
    .insert(db)
    .await?;
    let moved = match appended.kind {
        DealEventKind::Created | DealEventKind::Lost => return Ok(()),
        DealEventKind::Won => false,
        DealEventKind::Moved => true,
    };
    // Also for a win, which reads no position: a reorder recomputing meanwhile would not see
    // this step and clear what it sets.
    hold_stage_order(db, appended.tenant_id, appended.pipeline_id, false).await?;
    let below = if moved {
        Some(position_of(db, &appended).await?)
    } else {
        None
    };
    mark_entries_before(db, &appended, below).await
}

/// The current position of the stage `step` entered.
async fn position_of(db: &impl ConnectionTrait, step: &deal_event::Model) -> ApiResult<i32> {
    pipeline_stage::Entity::find_by_id(step.to_stage_id)
        .filter(pipeline_stage::Column::TenantId.eq(step.tenant_id))
        .one(db)
        .await?
        .map(|stage| stage.position)
        .ok_or_else(|| {
            ApiError::Internal(format!(
                "deal {} entered stage {}, which is not there",
                step.deal_id, step.to_stage_id
            ))
        })
}

/// Sets `advanced` on the entries of `step`'s deal before it: all of them (a win), or those
/// into a stage of position below `below` (a move into a stage at that position). The stages
/// are the deal's pipeline's: a deal never changes pipeline.
async fn mark_entries_before(
    db: &impl ConnectionTrait,
    step: &deal_event::Model,
    below: Option<i32>,
) -> ApiResult<()> {
    let mut update = deal_event::Entity::update_many()
        .col_expr(deal_event::Column::Advanced, Expr::value(true))
        .filter(deal_event::Column::TenantId.eq(step.tenant_id))
        .filter(deal_event::Column::DealId.eq(step.deal_id))
        .filter(deal_event::Column::Id.lt(step.id))
        .filter(deal_event::Column::Kind.is_in(ENTRIES))
        .filter(deal_event::Column::Advanced.eq(false));
    if let Some(position) = below {
        update = update.filter(
            deal_event::Column::ToStageId.in_subquery(
                Query::select()
                    .column(pipeline_stage::Column::Id)
                    .from(pipeline_stage::Entity)
                    .and_where(pipeline_stage::Column::TenantId.eq(step.tenant_id))
                    .and_where(pipeline_stage::Column::PipelineId.eq(step.pipeline_id))
                    .and_where(pipeline_stage::Column::Position.lt(position))
                    .to_owned(),
            ),
        );
    }
    update.exec(db).await?;
    Ok(())
}

/// On PostgreSQL, locks the pipeline's row until the transaction ends: shared by a step about to
/// read stage positions, exclusive by a change to an existing pipeline's stages (which may
/// reposition them and recompute the flags). Steps of one pipeline still run side by side; a
/// stage change waits for those under way, and steps that come after it wait for it and read
/// the new positions. SQLite needs nothing: one write transaction at a time.
pub(super) async fn hold_stage_order(
    db: &impl ConnectionTrait,
    tenant_id: i64,
    pipeline_id: i64,
    exclusive: bool,
) -> ApiResult<()> {
    if db.get_database_backend() != DbBackend::Postgres {
        return Ok(());
    }
    let query = pipeline::Entity::find()
        .filter(pipeline::Column::TenantId.eq(tenant_id))
        .filter(pipeline::Column::Id.eq(pipeline_id));
    let query = if exclusive {
        query.lock_exclusive()
    } else {
        query.lock_shared()
    };
    query.one(db).await?;
    Ok(())
}

/// Makes `advanced` true to the current positions for every entry of the pipeline, after its
/// stages changed order (a move that went forward may now go backward, and the reverse). Only
/// the rows that disagree are written. The caller holds the stage order
/// ([`hold_stage_order`], exclusive) in the same transaction.
pub(super) async fn recompute_advanced(
    db: &impl ConnectionTrait,
    tenant_id: i64,
    pipeline_id: i64,
) -> ApiResult<()> {
    let update = Query::update()
        .table(deal_event::Entity)
        // The flag is a boolean: flipping the disagreeing ones is setting them right.
        .value(deal_event::Column::Advanced, Expr::cust("NOT \"advanced\""))
        .and_where(deal_event::Column::TenantId.eq(tenant_id))
        .and_where(deal_event::Column::PipelineId.eq(pipeline_id))
        .and_where(deal_event::Column::Kind.is_in(ENTRIES))
        .and_where(Expr::cust(DISAGREES))
        .to_owned();
    db.execute(&update).await?;
    Ok(())
}

/// The history of a deal the actor may read, oldest first.
pub async fn of_deal(auth: &Authorized, deal_id: i64) -> ApiResult<Vec<deal_event::Model>> {
    let found = super::lifecycle::get(auth, deal_id).await?;
    Ok(deal_event::Entity::find()
        .filter(deal_event::Column::TenantId.eq(auth.tenant_id()))
        .filter(deal_event::Column::DealId.eq(found.id))
        .order_by_asc(deal_event::Column::Id)
        .all(auth.db())
        .await?)
}
