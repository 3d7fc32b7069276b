//! What moves in scrm when WeCom says the takeover member has the customer: the customer's
//! open deals owned by the handover member and the open SOP tasks given to them, each
//! recorded in `transfer_handover` with who held it before. Follow-ups stay with their author
//! (what a member did stays theirs); closed deals and done tasks are history and stay too.

use entity::deal::{self, DealStatus};
use entity::task::{self, TaskStatus};
use entity::transfer;
use entity::transfer_handover::{self, HandoverRecord};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use crate::error::ApiResult;

/// How many records moved, by kind.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    pub deals: usize,
    pub tasks: usize,
}

/// Moves the records of `done` (a transfer just marked SUCCEEDED) inside the caller's
/// transaction `db`.
pub(crate) async fn move_records<C: ConnectionTrait>(
    db: &C,
    done: &transfer::Model,
    at: chrono::DateTime<chrono::Utc>,
) -> ApiResult<Moved> {
    let deals = deal::Entity::find()
        .filter(deal::Column::TenantId.eq(done.tenant_id))
        .filter(deal::Column::CustomerId.eq(done.customer_id))
        .filter(deal::Column::OwnerId.eq(done.from_staff_id))
        .filter(deal::Column::Status.eq(DealStatus::Open))
        .all(db)
        .await?;
    for row in &deals {
        deal::Entity::update_many()
            .col_expr(deal::Column::OwnerId, Expr::value(done.to_staff_id))
            .col_expr(deal::Column::UpdatedAt, Expr::value(at))
            .filter(deal::Column::Id.eq(row.id))
            .filter(deal::Column::OwnerId.eq(done.from_staff_id))
            .exec(db)
            .await?;
        record(db, done, HandoverRecord::Deal, row.id, at).await?;
    }
    let tasks = task::Entity::find()
        .filter(task::Column::TenantId.eq(done.tenant_id))
        .filter(task::Column::CustomerId.eq(done.customer_id))
        .filter(task::Column::StaffId.eq(done.from_staff_id))
        .filter(task::Column::Status.eq(TaskStatus::Open))
        .all(db)
        .await?;
    for row in &tasks {
        let mut update = task::Entity::update_many()
            .col_expr(task::Column::StaffId, Expr::value(done.to_staff_id))
            .filter(task::Column::Id.eq(row.id))
            .filter(task::Column::StaffId.eq(done.from_staff_id));
        // The task names who follows the customer: that is now the takeover member.
        if row.follower_id == Some(done.from_staff_id) {
            update = update.col_expr(task::Column::FollowerId, Expr::value(done.to_staff_id));
        }
        update.exec(db).await?;
        record(db, done, HandoverRecord::Task, row.id, at).await?;
    }
    Ok(Moved {
        deals: deals.len(),
        tasks: tasks.len(),
    })
}

async fn record<C: ConnectionTrait>(
    db: &C,
    done: &transfer::Model,
    kind: HandoverRecord,
    record_id: i64,
    at: chrono::DateTime<chrono::Utc>,
) -> ApiResult<()> {
    transfer_handover::ActiveModel {
        tenant_id: Set(done.tenant_id),
        transfer_id: Set(done.id),
        record_kind: Set(kind),
        record_id: Set(record_id),
        previous_staff_id: Set(done.from_staff_id),
        new_staff_id: Set(done.to_staff_id),
        at: Set(at),
        ..Default::default()
    }
    .insert(db)
    .await?;
    Ok(())
}
