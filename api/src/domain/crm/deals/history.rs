//! A deal's history: one `deal_event` row per step (created, moved, won, lost), appended in
//! the transaction of the change, so the history never disagrees with the deal.

use entity::deal::{self, DealStatus};
use entity::deal_event::{self, DealEventKind};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
};

use crate::domain::Authorized;
use crate::error::ApiResult;

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
    deal_event::ActiveModel {
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
        ..Default::default()
    }
    .insert(db)
    .await?;
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
