//! Corp tags (企业标签) and their groups from `get_corp_tag_list`, matched by `wecom_id`. A
//! local group or tag of the same name that WeCom does not know yet is adopted (it was made
//! here before WeCom was connected); one that WeCom deleted is deleted here, with its links to
//! follows.

use std::collections::BTreeSet;

use entity::{follow_tag, tag, tag_group};
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use wecom::api::tags::{CorpTag, CorpTagGroup};

use super::{Tally, clip};
use crate::domain::now;
use crate::error::ApiResult;

/// What a tag sync changed.
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct TagTallies {
    pub groups: Tally,
    pub tags: Tally,
}

fn sort(order: u32) -> i32 {
    i32::try_from(order).unwrap_or(i32::MAX)
}

/// Applies one group as WeCom lists it. With `complete`, WeCom listed every tag of the group,
/// so tags it no longer has are deleted; otherwise (an answer filtered by tag id) only the
/// tags listed are touched.
pub(crate) async fn upsert_tag_group<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    group: &CorpTagGroup,
    complete: bool,
    tally: &mut TagTallies,
) -> ApiResult<()> {
    if group.deleted {
        tally.groups.removed += delete_group_by_wecom_id(db, tenant_id, &group.group_id).await?;
        return Ok(());
    }
    let name = clip(&group.group_name, 100);
    let by_id = tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(tenant_id))
        .filter(tag_group::Column::WecomId.eq(&group.group_id))
        .one(db)
        .await?;
    let by_name = tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(tenant_id))
        .filter(tag_group::Column::Name.eq(&name))
        .one(db)
        .await?;
    let local = match (by_id, by_name) {
        (Some(local), other) => {
            let same = local.name == name && local.sort == sort(group.order);
            if same {
                local
            } else if other.as_ref().is_some_and(|other| other.id != local.id) {
                // Renamed in WeCom to a name another local group has: left for an admin.
                tracing::warn!(
                    tenant = tenant_id,
                    group = local.id,
                    "wecom: a renamed tag group's new name is taken here; kept the old name"
                );
                tally.groups.failed += 1;
                local
            } else {
                let mut row: tag_group::ActiveModel = local.into();
                row.name = Set(name);
                row.sort = Set(sort(group.order));
                tally.groups.updated += 1;
                row.update(db).await?
            }
        }
        (None, Some(adopted)) if adopted.wecom_id.is_none() => {
            let mut row: tag_group::ActiveModel = adopted.into();
            row.wecom_id = Set(Some(group.group_id.clone()));
            row.sort = Set(sort(group.order));
            tally.groups.updated += 1;
            row.update(db).await?
        }
        (None, Some(_)) => {
            tracing::warn!(
                tenant = tenant_id,
                "wecom: two WeCom tag groups share a name; skipped one"
            );
            tally.groups.failed += 1;
            return Ok(());
        }
        (None, None) => {
            tally.groups.created += 1;
            tag_group::ActiveModel {
                tenant_id: Set(tenant_id),
                name: Set(name),
                sort: Set(sort(group.order)),
                created_at: Set(now()),
                wecom_id: Set(Some(group.group_id.clone())),
                ..Default::default()
            }
            .insert(db)
            .await?
        }
    };
    for corp_tag in &group.tag {
        if corp_tag.deleted {
            tally.tags.removed += delete_tag_by_wecom_id(db, tenant_id, &corp_tag.id).await?;
            continue;
        }
        upsert_tag(db, tenant_id, local.id, corp_tag, &mut tally.tags).await?;
    }
    if complete {
        let listed: BTreeSet<&str> = group.tag.iter().map(|tag| tag.id.as_str()).collect();
        let gone: Vec<tag::Model> = tag::Entity::find()
            .filter(tag::Column::TenantId.eq(tenant_id))
            .filter(tag::Column::GroupId.eq(local.id))
            .filter(tag::Column::WecomId.is_not_null())
            .all(db)
            .await?
            .into_iter()
            .filter(|tag| {
                tag.wecom_id
                    .as_deref()
                    .is_some_and(|id| !listed.contains(id))
            })
            .collect();
        for tag in gone {
            delete_tags(db, tenant_id, &[tag.id], None).await?;
            tally.tags.removed += 1;
        }
    }
    Ok(())
}

async fn upsert_tag<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    group_id: i64,
    corp_tag: &CorpTag,
    tally: &mut Tally,
) -> ApiResult<()> {
    let name = clip(&corp_tag.name, 100);
    let by_id = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::WecomId.eq(&corp_tag.id))
        .one(db)
        .await?;
    let by_name = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::GroupId.eq(group_id))
        .filter(tag::Column::Name.eq(&name))
        .one(db)
        .await?;
    match (by_id, by_name) {
        (Some(local), other) => {
            let same = local.name == name
                && local.group_id == group_id
                && local.sort == sort(corp_tag.order);
            if same {
                return Ok(());
            }
            if other.as_ref().is_some_and(|other| other.id != local.id) {
                tracing::warn!(
                    tenant = tenant_id,
                    tag = local.id,
                    "wecom: a renamed tag's new name is taken in its group; kept the old name"
                );
                tally.failed += 1;
                return Ok(());
            }
            let mut row: tag::ActiveModel = local.into();
            row.name = Set(name);
            row.group_id = Set(group_id);
            row.sort = Set(sort(corp_tag.order));
            row.update(db).await?;
            tally.updated += 1;
        }
        (None, Some(adopted)) if adopted.wecom_id.is_none() => {
            let mut row: tag::ActiveModel = adopted.into();
            row.wecom_id = Set(Some(corp_tag.id.clone()));
            row.sort = Set(sort(corp_tag.order));
            row.update(db).await?;
            tally.updated += 1;
        }
        (None, Some(_)) => {
            tracing::warn!(
                tenant = tenant_id,
                "wecom: two WeCom tags of a group share a name; skipped one"
            );
            tally.failed += 1;
        }
        (None, None) => {
            tag::ActiveModel {
                tenant_id: Set(tenant_id),
                group_id: Set(group_id),
                name: Set(name),
                sort: Set(sort(corp_tag.order)),
                created_at: Set(now()),
                wecom_id: Set(Some(corp_tag.id.clone())),
                ..Default::default()
            }
            .insert(db)
            .await?;
            tally.created += 1;
        }
    }
    Ok(())
}

/// Deletes the groups that came from WeCom (`wecom_id` set) and are not in `listed`, with
/// their tags: after a complete `get_corp_tag_list`, they are gone from WeCom.
pub(crate) async fn delete_groups_not_listed<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    listed: &BTreeSet<String>,
    tally: &mut TagTallies,
) -> ApiResult<()> {
    let gone: Vec<tag_group::Model> = tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(tenant_id))
        .filter(tag_group::Column::WecomId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter(|group| {
            group
                .wecom_id
                .as_ref()
                .is_some_and(|id| !listed.contains(id))
        })
        .collect();
    for group in gone {
        tally.tags.removed += delete_group(db, tenant_id, group.id, None).await?;
        tally.groups.removed += 1;
    }
    Ok(())
}

/// Deletes the group WeCom knows as `wecom_id` with its tags; how many groups (0 or 1).
pub(crate) async fn delete_group_by_wecom_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    wecom_id: &str,
) -> ApiResult<u64> {
    let Some(group) = tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(tenant_id))
        .filter(tag_group::Column::WecomId.eq(wecom_id))
        .one(db)
        .await?
    else {
        return Ok(0);
    };
    delete_group(db, tenant_id, group.id, None).await?;
    Ok(1)
}

/// Deletes the tag WeCom knows as `wecom_id` (and its links to follows); how many (0 or 1).
pub(crate) async fn delete_tag_by_wecom_id<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    wecom_id: &str,
) -> ApiResult<u64> {
    let ids: Vec<i64> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::WecomId.eq(wecom_id))
        .all(db)
        .await?
        .into_iter()
        .map(|tag| tag.id)
        .collect();
    delete_tags(db, tenant_id, &ids, None).await?;
    Ok(ids.len() as u64)
}

/// Deletes a local group, its tags and their links to follows (recorded as REMOVED
/// `by_staff_id`, `None`: WeCom); how many tags went.
pub(crate) async fn delete_group<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    group_id: i64,
    by_staff_id: Option<i64>,
) -> ApiResult<u64> {
    let ids: Vec<i64> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::GroupId.eq(group_id))
        .all(db)
        .await?
        .into_iter()
        .map(|tag| tag.id)
        .collect();
    delete_tags(db, tenant_id, &ids, by_staff_id).await?;
    tag_group::Entity::delete_many()
        .filter(tag_group::Column::TenantId.eq(tenant_id))
        .filter(tag_group::Column::Id.eq(group_id))
        .exec(db)
        .await?;
    Ok(ids.len() as u64)
}

/// Deletes tags with their links to follows; each link removed is recorded in the follows'
/// tag history as REMOVED `by_staff_id` (`None`: WeCom).
pub(crate) async fn delete_tags<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    ids: &[i64],
    by_staff_id: Option<i64>,
) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let gone = follow_tag::Entity::delete_many()
        .filter(follow_tag::Column::TenantId.eq(tenant_id))
        .filter(follow_tag::Column::TagId.is_in(ids.to_vec()))
        .exec_with_returning(db)
        .await?;
    crate::domain::crm::tags::record_tag_events(
        db,
        tenant_id,
        &gone,
        entity::follow_tag_event::FollowTagEventKind::Removed,
        by_staff_id,
        crate::domain::now(),
    )
    .await?;
    tag::Entity::delete_many()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::Id.is_in(ids.to_vec()))
        .exec(db)
        .await?;
    Ok(())
}
