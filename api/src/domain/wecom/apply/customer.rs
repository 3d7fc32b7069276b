//! Customers (WeCom external contacts) and one staff member's follow of each, with the corp
//! tags WeCom has on that follow.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use entity::{FollowLoss, customer, customer_follow, follow_tag, tag};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use wecom::api::external_contact::{ExternalContact, FollowInfo, FollowUser};

use super::{Change, clip, non_empty, unix_time};
use crate::domain::now;
use crate::error::ApiResult;

/// A follow as scrm keeps it, from either of WeCom's two shapes (`batch/get_by_user`'s
/// `follow_info`, `externalcontact/get`'s `follow_user`). Tags are WeCom tag ids.
pub(crate) struct FollowFacts {
    pub remark: Option<String>,
    pub description: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub remark_mobiles: Option<String>,
    pub add_way: i32,
    pub state: Option<String>,
    pub wecom_tag_ids: Vec<String>,
}

fn mobiles(list: &[String]) -> Option<String> {
    if list.is_empty() {
        return None;
    }
    serde_json::to_string(list).ok()
}

impl From<&FollowInfo> for FollowFacts {
    fn from(info: &FollowInfo) -> Self {
        FollowFacts {
            remark: non_empty(&info.remark).map(|text| clip(&text, 200)),
            description: non_empty(&info.description).map(|text| clip(&text, 500)),
            created_at: unix_time(info.createtime),
            remark_mobiles: mobiles(&info.remark_mobiles),
            add_way: info.add_way,
            state: info
                .state
                .as_deref()
                .and_then(non_empty)
                .map(|s| clip(&s, 30)),
            wecom_tag_ids: info.tag_id.clone(),
        }
    }
}

impl From<&FollowUser> for FollowFacts {
    fn from(follow: &FollowUser) -> Self {
        FollowFacts {
            remark: non_empty(&follow.remark).map(|text| clip(&text, 200)),
            description: non_empty(&follow.description).map(|text| clip(&text, 500)),
            created_at: unix_time(follow.createtime),
            remark_mobiles: mobiles(&follow.remark_mobiles),
            add_way: follow.add_way,
            state: follow
                .state
                .as_deref()
                .and_then(non_empty)
                .map(|s| clip(&s, 30)),
            // Only corp tags (type 1) are scrm's tags; personal and rule tags stay in WeCom.
            wecom_tag_ids: follow
                .tags
                .iter()
                .filter(|tag| tag.tag_type == 1)
                .filter_map(|tag| tag.tag_id.clone())
                .collect(),
        }
    }
}

/// Creates or refreshes the customer `contact`; its id and what changed.
pub(crate) async fn upsert_customer<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    contact: &ExternalContact,
) -> ApiResult<(i64, Change)> {
    let name = clip(
        &non_empty(&contact.name).unwrap_or_else(|| contact.external_userid.clone()),
        200,
    );
    let corp_name = non_empty(&contact.corp_name).map(|text| clip(&text, 200));
    let avatar = non_empty(&contact.avatar).map(|text| clip(&text, 500));
    let customer_type = i16::try_from(contact.contact_type)
        .ok()
        .filter(|kind| *kind > 0);
    let gender = i16::try_from(contact.gender).ok();
    let unionid = non_empty(&contact.unionid).map(|text| clip(&text, 64));
    let existing = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::ExternalUserid.eq(&contact.external_userid))
        .one(db)
        .await?;
    let timestamp = now();
    let Some(existing) = existing else {
        let created = customer::ActiveModel {
            tenant_id: Set(tenant_id),
            external_userid: Set(contact.external_userid.clone()),
            name: Set(name),
            corp_name: Set(corp_name),
            avatar: Set(avatar),
            customer_type: Set(customer_type),
            gender: Set(gender),
            unionid: Set(unionid),
            archive_consent: Set(None),
            consent_checked_at: Set(None),
            created_at: Set(timestamp),
            updated_at: Set(timestamp),
            ..Default::default()
        }
        .insert(db)
        .await?;
        return Ok((created.id, Change::Created));
    };
    let same = existing.name == name
        && existing.corp_name == corp_name
        && existing.avatar == avatar
        && existing.customer_type == customer_type
        && existing.gender == gender
        && existing.unionid == unionid;
    if same {
        return Ok((existing.id, Change::Unchanged));
    }
    let id = existing.id;
    let mut row: customer::ActiveModel = existing.into();
    row.name = Set(name);
    row.corp_name = Set(corp_name);
    row.avatar = Set(avatar);
    row.customer_type = Set(customer_type);
    row.gender = Set(gender);
    row.unionid = Set(unionid);
    row.updated_at = Set(timestamp);
    row.update(db).await?;
    Ok((id, Change::Updated))
}

/// Local ids of the tags WeCom names on a follow; ids scrm does not know yet are skipped
/// (the next tag sync or tag callback brings them, and the follow's next refresh their link).
pub(crate) async fn local_tag_ids<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    wecom_tag_ids: &[String],
) -> ApiResult<BTreeSet<i64>> {
    if wecom_tag_ids.is_empty() {
        return Ok(BTreeSet::new());
    }
    Ok(tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::WecomId.is_in(wecom_tag_ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|tag| tag.id)
        .collect())
}

/// Creates or refreshes `staff_id`'s follow of `customer_id` from WeCom's `facts`, its corp
/// tags set to WeCom's (`tag_ids`, local ids; tags scrm alone has stay), and a follow that
/// was lost back as current. `sync_run` records the sync that saw it (not a change).
///
/// The channel `state` is the exception to taking WeCom's follow as it is: WeCom often leaves
/// it out of a follow it describes later (a sync, an edit event) although the
/// `add_external_contact` callback carried it, and channel-code attribution depends on it. A
/// state stored earlier is kept when WeCom gives none; a state WeCom gives replaces it.
pub(crate) async fn upsert_follow<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    customer_id: i64,
    staff_id: i64,
    facts: &FollowFacts,
    tag_ids: &BTreeSet<i64>,
    sync_run: Option<i64>,
) -> ApiResult<Change> {
    let existing = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .filter(customer_follow::Column::CustomerId.eq(customer_id))
        .filter(customer_follow::Column::StaffId.eq(staff_id))
        .one(db)
        .await?;
    let (follow_id, change) = match existing {
        None => {
            let created = customer_follow::ActiveModel {
                tenant_id: Set(tenant_id),
                customer_id: Set(customer_id),
                staff_id: Set(staff_id),
                remark: Set(facts.remark.clone()),
                add_way: Set(facts.add_way),
                state: Set(facts.state.clone()),
                created_at: Set(facts.created_at.unwrap_or_else(now)),
                description: Set(facts.description.clone()),
                remark_mobiles: Set(facts.remark_mobiles.clone()),
                lost_at: Set(None),
                lost_by: Set(None),
                sync_run: Set(sync_run),
                ..Default::default()
            }
            .insert(db)
            .await?;
            (created.id, Change::Created)
        }
        Some(existing) => {
            let state = facts.state.clone().or_else(|| existing.state.clone());
            let same = existing.remark == facts.remark
                && existing.description == facts.description
                && existing.remark_mobiles == facts.remark_mobiles
                && existing.add_way == facts.add_way
                && existing.state == state
                && facts
                    .created_at
                    .is_none_or(|created| created == existing.created_at)
                && existing.lost_at.is_none();
            let id = existing.id;
            let run_changed = sync_run.is_some() && existing.sync_run != sync_run;
            if !same || run_changed {
                let mut row: customer_follow::ActiveModel = existing.into();
                if !same {
                    row.remark = Set(facts.remark.clone());
                    row.description = Set(facts.description.clone());
                    row.remark_mobiles = Set(facts.remark_mobiles.clone());
                    row.add_way = Set(facts.add_way);
                    row.state = Set(state);
                    if let Some(created) = facts.created_at {
                        row.created_at = Set(created);
                    }
                    row.lost_at = Set(None);
                    row.lost_by = Set(None);
                }
                if run_changed {
                    row.sync_run = Set(sync_run);
                }
                row.update(db).await?;
            }
            (
                id,
                if same {
                    Change::Unchanged
                } else {
                    Change::Updated
                },
            )
        }
    };
    let tags_changed = set_wecom_tags(db, tenant_id, follow_id, customer_id, tag_ids).await?;
    Ok(match change {
        Change::Unchanged if tags_changed => Change::Updated,
        other => other,
    })
}

/// Makes the follow's WeCom tags exactly `wanted`; whether anything changed. Tags without a
/// `wecom_id` are scrm's own and stay.
async fn set_wecom_tags<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    follow_id: i64,
    customer_id: i64,
    wanted: &BTreeSet<i64>,
) -> ApiResult<bool> {
    let current: BTreeSet<i64> = follow_tag::Entity::find()
        .filter(follow_tag::Column::TenantId.eq(tenant_id))
        .filter(follow_tag::Column::FollowId.eq(follow_id))
        .find_also_related(tag::Entity)
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(link, tag)| {
            tag.filter(|tag| tag.wecom_id.is_some())
                .map(|_| link.tag_id)
        })
        .collect();
    let missing: Vec<i64> = wanted.difference(&current).copied().collect();
    let extra: Vec<i64> = current.difference(wanted).copied().collect();
    if !extra.is_empty() {
        // WeCom's word: the links removed go to the follow's tag history, by nobody here.
        let gone = follow_tag::Entity::delete_many()
            .filter(follow_tag::Column::TenantId.eq(tenant_id))
            .filter(follow_tag::Column::FollowId.eq(follow_id))
            .filter(follow_tag::Column::TagId.is_in(extra.clone()))
            .exec_with_returning(db)
            .await?;
        crate::domain::crm::tags::record_tag_events(
            db,
            tenant_id,
            &gone,
            entity::follow_tag_event::FollowTagEventKind::Removed,
            None,
            now(),
        )
        .await?;
    }
    if !missing.is_empty() {
        crate::domain::crm::tags::put_on_follows(
            db,
            tenant_id,
            &[(follow_id, customer_id)],
            &missing,
            now(),
            None,
        )
        .await?;
    }
    Ok(!missing.is_empty() || !extra.is_empty())
}

/// Marks `staff_id`'s follow of the customer `external_userid` as lost at `at`, `by` whom,
/// unless it already is (a follow is never deleted: lost customers are worth knowing).
/// The follow as it was before, when this call marked it.
pub(crate) async fn mark_lost<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    external_userid: &str,
    staff_id: i64,
    at: DateTime<Utc>,
    by: FollowLoss,
) -> ApiResult<Option<customer_follow::Model>> {
    let Some(customer) = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(tenant_id))
        .filter(customer::Column::ExternalUserid.eq(external_userid))
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let Some(follow) = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(tenant_id))
        .filter(customer_follow::Column::CustomerId.eq(customer.id))
        .filter(customer_follow::Column::StaffId.eq(staff_id))
        .filter(customer_follow::Column::LostAt.is_null())
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    let marked = customer_follow::Entity::update_many()
        .col_expr(customer_follow::Column::LostAt, Expr::value(at))
        .col_expr(customer_follow::Column::LostBy, Expr::value(by))
        .filter(customer_follow::Column::Id.eq(follow.id))
        .filter(customer_follow::Column::LostAt.is_null())
        .exec(db)
        .await?;
    Ok((marked.rows_affected > 0).then_some(follow))
}
