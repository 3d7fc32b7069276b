//! Where each kind of timeline event comes from, under the scope that governs it elsewhere.
//! Each source answers a page of at most `limit` events after a position (in timeline order)
//! and its count; a kind the caller may not read answers nothing.

use std::collections::{BTreeMap, BTreeSet};

use entity::broadcast_recipient::RecipientStatus;
use entity::follow_tag_event::FollowTagEventKind;
use entity::{
    broadcast, broadcast_recipient, channel_code_add, customer_follow, deal, deal_event,
    follow_tag_event, follow_up, tag, task, transfer,
};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
};

use super::{Position, TimelineEvent, TimelineEventKind, TimelineItem, readable_codes};
use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::error::ApiResult;

/// Rows strictly after `after` in timeline order, for a source of `kind` whose time and id
/// columns are `at` and `id`: at an equal instant, kinds listed before `after`'s are done,
/// kinds listed after it are all still to come.
fn after_condition<C: ColumnTrait>(
    at: C,
    id: C,
    kind: TimelineEventKind,
    after: Option<&Position>,
) -> Condition {
    let Some(after) = after else {
        return Condition::all();
    };
    let Some(instant) = after.at() else {
        // Cursors are checked when decoded; deny by construction anyway.
        return Condition::all().add(id.is_in(Vec::<i64>::new()));
    };
    match kind.cmp(&after.kind) {
        std::cmp::Ordering::Less => Condition::all().add(at.lt(instant)),
        std::cmp::Ordering::Equal => Condition::any()
            .add(at.lt(instant))
            .add(Condition::all().add(at.eq(instant)).add(id.lt(after.id))),
        std::cmp::Ordering::Greater => Condition::all().add(at.lte(instant)),
    }
}

/// At most `limit` rows of `query` after `after`, in timeline order.
async fn rows<E: EntityTrait>(
    auth: &Authorized,
    query: Select<E>,
    (at, id): (E::Column, E::Column),
    kind: TimelineEventKind,
    after: Option<&Position>,
    limit: usize,
) -> ApiResult<Vec<E::Model>> {
    Ok(query
        .filter(after_condition(at, id, kind, after))
        .order_by_desc(at)
        .order_by_desc(id)
        .limit(limit as u64)
        .all(auth.db())
        .await?)
}

async fn count_of<E: EntityTrait>(auth: &Authorized, query: Option<Select<E>>) -> ApiResult<u64>
where
    E::Model: Sync,
{
    match query {
        Some(query) => Ok(query.count(auth.db()).await?),
        None => Ok(0),
    }
}

/// The customer's follows (every follower's, as `Customer.follows` shows them: the customer is
/// visible to the caller).
fn follows(auth: &Authorized, customer_id: i64) -> Select<customer_follow::Entity> {
    customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_follow::Column::CustomerId.eq(customer_id))
}

fn lost_follows(auth: &Authorized, customer_id: i64) -> Select<customer_follow::Entity> {
    follows(auth, customer_id).filter(customer_follow::Column::LostAt.is_not_null())
}

/// The tag changes on the customer's follows (`Customer.tags` shows every follower's tags).
fn tag_events(
    auth: &Authorized,
    customer_id: i64,
    kind: FollowTagEventKind,
) -> Select<follow_tag_event::Entity> {
    follow_tag_event::Entity::find()
        .filter(follow_tag_event::Column::TenantId.eq(auth.tenant_id()))
        .filter(follow_tag_event::Column::CustomerId.eq(customer_id))
        .filter(follow_tag_event::Column::Kind.eq(kind))
}

/// The customer's follow-ups the caller may read (`follow_ups::of_customer`'s rule).
async fn follow_ups(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<Select<follow_up::Entity>>> {
    if auth.require(Action::Read, Resource::FollowUp).is_err() {
        return Ok(None);
    }
    Ok(Some(
        follow_up::Entity::find()
            .filter(auth.follow_up_scope().await?)
            .filter(follow_up::Column::CustomerId.eq(customer_id)),
    ))
}

/// The history steps of the customer's deals the caller may read (`deal_scope`).
async fn deal_events(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<Select<deal_event::Entity>>> {
    if auth.require(Action::Read, Resource::Deal).is_err() {
        return Ok(None);
    }
    let deals = Query::select()
        .column(deal::Column::Id)
        .from(deal::Entity)
        .cond_where(auth.deal_scope().await?)
        .and_where(deal::Column::CustomerId.eq(customer_id))
        .to_owned();
    Ok(Some(
        deal_event::Entity::find()
            .filter(deal_event::Column::TenantId.eq(auth.tenant_id()))
            .filter(deal_event::Column::DealId.in_subquery(deals)),
    ))
}

/// Mass messages WeCom says reached the customer, of broadcasts the caller may read.
async fn broadcasts_received(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<Select<broadcast_recipient::Entity>>> {
    if auth.require(Action::Read, Resource::Broadcast).is_err() {
        return Ok(None);
    }
    let readable = Query::select()
        .column(broadcast::Column::Id)
        .from(broadcast::Entity)
        .cond_where(crate::domain::engage::broadcasts::read_scope(auth).await?)
        .to_owned();
    Ok(Some(
        broadcast_recipient::Entity::find()
            .filter(broadcast_recipient::Column::TenantId.eq(auth.tenant_id()))
            .filter(broadcast_recipient::Column::CustomerId.eq(customer_id))
            .filter(broadcast_recipient::Column::Status.eq(RecipientStatus::Sent))
            .filter(broadcast_recipient::Column::SentAt.is_not_null())
            .filter(broadcast_recipient::Column::BroadcastId.in_subquery(readable)),
    ))
}

/// SOP tasks about the customer the caller may read: tasks are each member's own, not even an
/// admin reads another's (`engage::sop::tasks::own`).
fn tasks(auth: &Authorized, customer_id: i64) -> Option<Select<task::Entity>> {
    if auth.require(Action::Read, Resource::Task).is_err() {
        return None;
    }
    Some(
        task::Entity::find()
            .filter(crate::domain::engage::sop::tasks::own(auth))
            .filter(task::Column::CustomerId.eq(customer_id)),
    )
}

/// The customer's transfers the caller may read (`transfers::of_customer`'s rule: ADMIN and
/// MANAGER, in their scope; nobody else).
async fn transfers(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<Select<transfer::Entity>>> {
    if auth.require(Action::Read, Resource::Transfer).is_err() {
        return Ok(None);
    }
    Ok(Some(
        transfer::Entity::find()
            .filter(crate::domain::crm::transfers::transfer_scope(auth).await?)
            .filter(transfer::Column::CustomerId.eq(customer_id)),
    ))
}

/// How many events of `kind` the customer's timeline holds for the caller.
pub(super) async fn count(
    auth: &Authorized,
    customer_id: i64,
    kind: TimelineEventKind,
) -> ApiResult<u64> {
    use TimelineEventKind as K;
    match kind {
        K::FollowAdded => count_of(auth, Some(follows(auth, customer_id))).await,
        K::TagAdded => {
            let query = tag_events(auth, customer_id, FollowTagEventKind::Added);
            count_of(auth, Some(query)).await
        }
        K::TagRemoved => {
            let query = tag_events(auth, customer_id, FollowTagEventKind::Removed);
            count_of(auth, Some(query)).await
        }
        K::FollowUp => count_of(auth, follow_ups(auth, customer_id).await?).await,
        K::DealEvent => count_of(auth, deal_events(auth, customer_id).await?).await,
        K::BroadcastReceived => count_of(auth, broadcasts_received(auth, customer_id).await?).await,
        K::SopTask => count_of(auth, tasks(auth, customer_id)).await,
        K::Transfer => count_of(auth, transfers(auth, customer_id).await?).await,
        K::FollowLost => count_of(auth, Some(lost_follows(auth, customer_id))).await,
    }
}

/// At most `limit` events of `kind` after `after`, in timeline order.
pub(super) async fn page(
    auth: &Authorized,
    customer_id: i64,
    kind: TimelineEventKind,
    after: Option<&Position>,
    limit: usize,
) -> ApiResult<Vec<TimelineEvent>> {
    use TimelineEventKind as K;
    match kind {
        K::FollowAdded => {
            let found = rows(
                auth,
                follows(auth, customer_id),
                (
                    customer_follow::Column::CreatedAt,
                    customer_follow::Column::Id,
                ),
                kind,
                after,
                limit,
            )
            .await?;
            follows_added(auth, found).await
        }
        K::TagAdded | K::TagRemoved => {
            let stored = if kind == K::TagAdded {
                FollowTagEventKind::Added
            } else {
                FollowTagEventKind::Removed
            };
            let found = rows(
                auth,
                tag_events(auth, customer_id, stored),
                (follow_tag_event::Column::At, follow_tag_event::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            tags_changed(auth, found).await
        }
        K::FollowUp => {
            let Some(query) = follow_ups(auth, customer_id).await? else {
                return Ok(Vec::new());
            };
            let found = rows(
                auth,
                query,
                (follow_up::Column::At, follow_up::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            Ok(found
                .into_iter()
                .map(|row| TimelineEvent {
                    at: row.at,
                    id: row.id,
                    item: TimelineItem::FollowUp(row),
                })
                .collect())
        }
        K::DealEvent => {
            let Some(query) = deal_events(auth, customer_id).await? else {
                return Ok(Vec::new());
            };
            let found = rows(
                auth,
                query,
                (deal_event::Column::At, deal_event::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            deal_steps(auth, found).await
        }
        K::BroadcastReceived => {
            let Some(query) = broadcasts_received(auth, customer_id).await? else {
                return Ok(Vec::new());
            };
            let found = rows(
                auth,
                query,
                (
                    broadcast_recipient::Column::SentAt,
                    broadcast_recipient::Column::Id,
                ),
                kind,
                after,
                limit,
            )
            .await?;
            received(auth, found).await
        }
        K::SopTask => {
            let Some(query) = tasks(auth, customer_id) else {
                return Ok(Vec::new());
            };
            let found = rows(
                auth,
                query,
                (task::Column::CreatedAt, task::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            Ok(found
                .into_iter()
                .map(|row| TimelineEvent {
                    at: row.created_at,
                    id: row.id,
                    item: TimelineItem::SopTask(row),
                })
                .collect())
        }
        K::Transfer => {
            let Some(query) = transfers(auth, customer_id).await? else {
                return Ok(Vec::new());
            };
            let found = rows(
                auth,
                query,
                (transfer::Column::RequestedAt, transfer::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            Ok(found
                .into_iter()
                .map(|row| TimelineEvent {
                    at: row.requested_at,
                    id: row.id,
                    item: TimelineItem::Transfer(row),
                })
                .collect())
        }
        K::FollowLost => {
            let found = rows(
                auth,
                lost_follows(auth, customer_id),
                (customer_follow::Column::LostAt, customer_follow::Column::Id),
                kind,
                after,
                limit,
            )
            .await?;
            Ok(found
                .into_iter()
                .filter_map(|row| {
                    let at = row.lost_at?;
                    Some(TimelineEvent {
                        at,
                        id: row.id,
                        item: TimelineItem::FollowLost(row),
                    })
                })
                .collect())
        }
    }
}

/// Follows with the channel code each came through (its latest add through one), when the
/// caller may read that code.
async fn follows_added(
    auth: &Authorized,
    found: Vec<customer_follow::Model>,
) -> ApiResult<Vec<TimelineEvent>> {
    let follow_ids: Vec<i64> = found.iter().map(|follow| follow.id).collect();
    let mut code_of_follow: BTreeMap<i64, i64> = BTreeMap::new();
    if !follow_ids.is_empty() {
        let adds = channel_code_add::Entity::find()
            .filter(channel_code_add::Column::TenantId.eq(auth.tenant_id()))
            .filter(channel_code_add::Column::FollowId.is_in(follow_ids))
            .order_by_asc(channel_code_add::Column::AddedAt)
            .order_by_asc(channel_code_add::Column::Id)
            .all(auth.db())
            .await?;
        for add in adds {
            code_of_follow.insert(add.follow_id, add.code_id);
        }
    }
    let code_ids: Vec<i64> = code_of_follow
        .values()
        .copied()
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let codes = readable_codes(auth, &code_ids).await?;
    Ok(found
        .into_iter()
        .map(|follow| {
            let channel_code = code_of_follow
                .get(&follow.id)
                .and_then(|code_id| codes.get(code_id))
                .cloned();
            TimelineEvent {
                at: follow.created_at,
                id: follow.id,
                item: TimelineItem::FollowAdded {
                    follow,
                    channel_code,
                },
            }
        })
        .collect())
}

/// Tag changes with their tags (`None` for a tag deleted since).
async fn tags_changed(
    auth: &Authorized,
    found: Vec<follow_tag_event::Model>,
) -> ApiResult<Vec<TimelineEvent>> {
    let tag_ids: Vec<i64> = found.iter().map(|event| event.tag_id).collect();
    let tags: BTreeMap<i64, tag::Model> =
        if tag_ids.is_empty() || auth.require(Action::Read, Resource::TagGroup).is_err() {
            BTreeMap::new()
        } else {
            tag::Entity::find()
                .filter(tag::Column::TenantId.eq(auth.tenant_id()))
                .filter(tag::Column::Id.is_in(tag_ids))
                .all(auth.db())
                .await?
                .into_iter()
                .map(|tag| (tag.id, tag))
                .collect()
        };
    Ok(found
        .into_iter()
        .map(|event| TimelineEvent {
            at: event.at,
            id: event.id,
            item: TimelineItem::TagChanged {
                tag: tags.get(&event.tag_id).cloned(),
                event,
            },
        })
        .collect())
}

/// Deal steps with their deals (read in scope already).
async fn deal_steps(
    auth: &Authorized,
    found: Vec<deal_event::Model>,
) -> ApiResult<Vec<TimelineEvent>> {
    let deal_ids: Vec<i64> = found.iter().map(|event| event.deal_id).collect();
    let deals: BTreeMap<i64, deal::Model> = if deal_ids.is_empty() {
        BTreeMap::new()
    } else {
        deal::Entity::find()
            .filter(deal::Column::TenantId.eq(auth.tenant_id()))
            .filter(deal::Column::Id.is_in(deal_ids))
            .all(auth.db())
            .await?
            .into_iter()
            .map(|deal| (deal.id, deal))
            .collect()
    };
    Ok(found
        .into_iter()
        .filter_map(|event| {
            let deal = deals.get(&event.deal_id)?.clone();
            Some(TimelineEvent {
                at: event.at,
                id: event.id,
                item: TimelineItem::DealEvent { event, deal },
            })
        })
        .collect())
}

/// Received mass messages with their broadcasts (read in scope already).
async fn received(
    auth: &Authorized,
    found: Vec<broadcast_recipient::Model>,
) -> ApiResult<Vec<TimelineEvent>> {
    let broadcast_ids: Vec<i64> = found.iter().map(|row| row.broadcast_id).collect();
    let broadcasts: BTreeMap<i64, broadcast::Model> = if broadcast_ids.is_empty() {
        BTreeMap::new()
    } else {
        broadcast::Entity::find()
            .filter(broadcast::Column::TenantId.eq(auth.tenant_id()))
            .filter(broadcast::Column::Id.is_in(broadcast_ids))
            .all(auth.db())
            .await?
            .into_iter()
            .map(|row| (row.id, row))
            .collect()
    };
    Ok(found
        .into_iter()
        .filter_map(|recipient| {
            let at = recipient.sent_at?;
            let broadcast = broadcasts.get(&recipient.broadcast_id)?.clone();
            Some(TimelineEvent {
                at,
                id: recipient.id,
                item: TimelineItem::BroadcastReceived {
                    recipient,
                    broadcast,
                },
            })
        })
        .collect())
}
