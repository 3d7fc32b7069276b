//! Customers and follows: the members with the customer-contact permission
//! (`get_follow_user_list`), then `batch/get_by_user` for ≤100 of them at a time, page by page
//! (limit 100, cursor). Each page is applied in one transaction — so a customer is never half
//! applied — and the position after it is saved once it has committed.
//!
//! After the last page the pass is complete: a follow of one of those members that it did not
//! see (its `sync_run` is not this run's) has gone from WeCom and is marked lost.

use std::collections::{BTreeMap, BTreeSet};

use ::wecom::Credentials;
use ::wecom::api::external_contact::{ContactWithFollow, MAX_BATCH_LIMIT};
use entity::{FollowLoss, customer_follow, tag};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, Condition, EntityTrait, QueryFilter};

use super::{SyncSink, SyncState, staff};
use crate::domain::system::SystemActor;
use crate::domain::wecom::apply::customer::{self, FollowFacts};
use crate::domain::{Store, now};
use crate::error::{ApiError, ApiResult};

/// Members per `batch/get_by_user` call: WeCom's maximum.
const MEMBERS_PER_BATCH: usize = 100;

pub(super) async fn sync<S: SyncSink>(
    system: &SystemActor,
    credentials: &Credentials,
    state: &mut SyncState,
    sink: &mut S,
) -> Result<(), S::Stop> {
    let store = system.store();
    let tenant_id = system.tenant_id();
    let mut members = super::patiently(store, || store.wecom.follow_user_list(credentials))
        .await
        .map_err(ApiError::from)?;
    // A stable order, so that a resumed pass finds its batch again.
    members.sort();
    members.dedup();
    let staff = staff::staff_by_userid(store, tenant_id).await?;
    let tags = tags_by_wecom_id(store, tenant_id).await?;
    let batches: Vec<&[String]> = members.chunks(MEMBERS_PER_BATCH).collect();
    while let Some(batch) = batches.get(state.customers.batch) {
        let cursor = state.customers.cursor.clone();
        let page = super::patiently(store, || {
            store
                .wecom
                .contacts_by_user(credentials, batch, &cursor, MAX_BATCH_LIMIT)
        })
        .await
        .map_err(ApiError::from)?;
        apply_page(
            store,
            tenant_id,
            state,
            &page.external_contact_list,
            &staff,
            &tags,
        )
        .await?;
        state.done += page.external_contact_list.len() as u64;
        if ::wecom::api::is_last_page(&page.next_cursor) {
            state.customers.batch += 1;
            state.customers.cursor.clear();
        } else {
            state.customers.cursor = page.next_cursor;
        }
        sink.save(state).await?;
    }
    let seen_by: Vec<i64> = members
        .iter()
        .filter_map(|userid| staff.get(userid).copied())
        .collect();
    state.counts.follows.removed += mark_unseen_lost(store, tenant_id, state.run, &seen_by).await?;
    Ok(())
}

async fn apply_page(
    store: &Store,
    tenant_id: i64,
    state: &mut SyncState,
    items: &[ContactWithFollow],
    staff: &BTreeMap<String, i64>,
    tags: &BTreeMap<String, i64>,
) -> ApiResult<()> {
    let mut counts = state.counts;
    let transaction = entity::begin_write(&store.db).await?;
    for item in items {
        let (customer_id, change) =
            customer::upsert_customer(&transaction, tenant_id, &item.external_contact).await?;
        counts.customers.count(change);
        let Some(staff_id) = staff.get(&item.follow_info.userid).copied() else {
            // The member is not in scrm yet (staff not synced): the next staff sync brings them.
            counts.follows.failed += 1;
            continue;
        };
        let facts = FollowFacts::from(&item.follow_info);
        let tag_ids: BTreeSet<i64> = facts
            .wecom_tag_ids
            .iter()
            .filter_map(|id| tags.get(id).copied())
            .collect();
        let change = customer::upsert_follow(
            &transaction,
            tenant_id,
            customer_id,
            staff_id,
            &facts,
            &tag_ids,
            Some(state.run),
        )
        .await?;
        counts.follows.count(change);
    }
    transaction.commit().await?;
    // Counted once the page is in: a page redone after a failed commit counts once.
    state.counts = counts;
    Ok(())
}

/// WeCom tag id → local tag id.
async fn tags_by_wecom_id(store: &Store, tenant_id: i64) -> ApiResult<BTreeMap<String, i64>> {
    Ok(tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::WecomId.is_not_null())
        .all(&store.db)
        .await?
        .into_iter()
        .filter_map(|row| row.wecom_id.map(|id| (id, row.id)))
        .collect())
}

/// Marks lost (`GONE_FROM_WECOM`) the current follows of `staff_ids` that run `run` did not
/// see; how many.
async fn mark_unseen_lost(
    store: &Store,
    tenant_id: i64,
    run: i64,
    staff_ids: &[i64],
) -> ApiResult<u64> {
    let mut marked = 0;
    for chunk in staff_ids.chunks(500) {
        let result = customer_follow::Entity::update_many()
            .col_expr(customer_follow::Column::LostAt, Expr::value(now()))
            .col_expr(
                customer_follow::Column::LostBy,
                Expr::value(FollowLoss::GoneFromWecom),
            )
            .filter(customer_follow::Column::TenantId.eq(tenant_id))
            .filter(customer_follow::Column::StaffId.is_in(chunk.to_vec()))
            .filter(customer_follow::Column::LostAt.is_null())
            .filter(
                Condition::any()
                    .add(customer_follow::Column::SyncRun.is_null())
                    .add(customer_follow::Column::SyncRun.ne(run)),
            )
            .exec(&store.db)
            .await?;
        marked += result.rows_affected;
    }
    Ok(marked)
}
