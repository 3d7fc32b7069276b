//! Tag groups, tags, and tagging customers (through the follows the caller covers).
//!
//! When the tenant has WeCom connected for customer contact, tags are two-way: creating a
//! group or tag here creates it in WeCom first (`add_corp_tag`, keeping WeCom's id), renaming
//! or deleting one that WeCom knows (it has a `wecom_id`) renames or deletes it in WeCom first
//! (`edit_corp_tag`, `del_corp_tag`), and tagging or untagging customers marks the follows of
//! WeCom members in WeCom first (`mark_tag`). If WeCom refuses, the error comes back and
//! nothing changes here. A group or tag made before WeCom was connected (no `wecom_id`) is
//! renamed or deleted here only. Deleting a tag takes it off every customer; deleting a group
//! deletes its tags too. WeCom has no transactions, so a batch it refuses half-way may be half
//! applied there; the next sync brings WeCom's tags back to scrm and the two agree again
//! (`docs/WECOM.md`).

use std::collections::{BTreeMap, BTreeSet};

use ::wecom::Credentials;
use ::wecom::api::tags::{NewCorpTag, NewCorpTags};
use chrono::{DateTime, Utc};
use entity::follow_tag_event::{self, FollowTagEventKind};
use entity::{customer, customer_follow, follow_tag, staff, tag, tag_group};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set,
    TryInsertResult,
};

use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::domain::wecom::apply::tags::{delete_group, delete_tags};
use crate::domain::{Authorized, crm::customers, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError, conflict_on_unique};

/// Most customers or tags one tagging call may name, to bound the transaction.
pub const MAX_TAGGING_BATCH: usize = 1000;

pub async fn group_create(
    auth: &Authorized,
    name: &str,
    tag_names: &[String],
) -> ApiResult<tag_group::Model> {
    auth.require(Action::Create, Resource::TagGroup)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::tag_name(&["input", "name"], name));
    // Tags keep the order the caller gave: it is their display order.
    let mut ordered_names: Vec<String> = Vec::with_capacity(tag_names.len());
    for (index, tag_name) in tag_names.iter().enumerate() {
        let position = index.to_string();
        let Some(valid) =
            problems.check(validate::tag_name(&["input", "tags", &position], tag_name))
        else {
            continue;
        };
        if ordered_names.contains(&valid) {
            problems.push(FieldError::new(
                &["input", "tags", &position],
                ErrorCode::Conflict,
                "tag name appears twice",
            ));
            continue;
        }
        ordered_names.push(valid);
    }
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("validated name went missing".into()))?;
    let in_wecom = match wecom_credentials(auth).await? {
        // WeCom has no empty groups: one without tags is made there with its first tag.
        Some(credentials) if !ordered_names.is_empty() => {
            if group_name_taken(auth, &name).await? {
                return Err(group_name_conflict());
            }
            let new = NewCorpTags {
                group_id: None,
                group_name: Some(name.clone()),
                order: None,
                tag: ordered_names
                    .iter()
                    .map(|tag_name| NewCorpTag {
                        name: tag_name.clone(),
                        order: None,
                    })
                    .collect(),
            };
            Some(auth.store.wecom.add_corp_tag(&credentials, &new).await?)
        }
        _ => None,
    };
    let wecom_tag_id = |tag_name: &str| {
        in_wecom.as_ref().and_then(|group| {
            group
                .tag
                .iter()
                .find(|tag| tag.name == tag_name)
                .map(|tag| tag.id.clone())
        })
    };
    let timestamp = now();
    let transaction = entity::begin_write(auth.db()).await?;
    let group = tag_group::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(name),
        sort: Set(0),
        created_at: Set(timestamp),
        wecom_id: Set(in_wecom.as_ref().map(|group| group.group_id.clone())),
        ..Default::default()
    }
    .insert(&transaction)
    .await
    .map_err(|error| conflict_on_unique(error, group_name_conflict))?;
    for (sort, tag_name) in ordered_names.into_iter().enumerate() {
        let wecom_id = wecom_tag_id(&tag_name);
        tag::ActiveModel {
            tenant_id: Set(auth.tenant_id()),
            group_id: Set(group.id),
            name: Set(tag_name),
            sort: Set(sort as i32),
            created_at: Set(timestamp),
            wecom_id: Set(wecom_id),
            ..Default::default()
        }
        .insert(&transaction)
        .await?;
    }
    transaction.commit().await?;
    Ok(group)
}

pub async fn tag_create(auth: &Authorized, group_id: i64, name: &str) -> ApiResult<tag::Model> {
    auth.require(Action::Create, Resource::TagGroup)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::tag_name(&["input", "name"], name));
    if group(auth, group_id).await.is_err() {
        problems.push(FieldError::new(
            &["input", "groupId"],
            ErrorCode::NotFound,
            "tag group not found",
        ));
    }
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("validated name went missing".into()))?;
    let local_group = group(auth, group_id).await?;
    let mut wecom_id = None;
    let mut group_wecom_id = local_group.wecom_id.clone();
    if let Some(credentials) = wecom_credentials(auth).await? {
        let taken = tag::Entity::find()
            .filter(tag::Column::TenantId.eq(auth.tenant_id()))
            .filter(tag::Column::GroupId.eq(group_id))
            .filter(tag::Column::Name.eq(&name))
            .one(auth.db())
            .await?
            .is_some();
        if taken {
            return Err(tag_name_conflict());
        }
        // A group made here without tags is not in WeCom yet: its first tag brings it.
        let new = NewCorpTags {
            group_id: local_group.wecom_id.clone(),
            group_name: match local_group.wecom_id {
                Some(_) => None,
                None => Some(local_group.name.clone()),
            },
            order: None,
            tag: vec![NewCorpTag {
                name: name.clone(),
                order: None,
            }],
        };
        let created = auth.store.wecom.add_corp_tag(&credentials, &new).await?;
        wecom_id = created
            .tag
            .iter()
            .find(|tag| tag.name == name)
            .map(|tag| tag.id.clone());
        group_wecom_id = Some(created.group_id);
    }
    let transaction = entity::begin_write(auth.db()).await?;
    if group_wecom_id != local_group.wecom_id {
        let mut row: tag_group::ActiveModel = local_group.into();
        row.wecom_id = Set(group_wecom_id);
        row.update(&transaction).await?;
    }
    let created = tag::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        group_id: Set(group_id),
        name: Set(name),
        sort: Set(0),
        created_at: Set(now()),
        wecom_id: Set(wecom_id),
        ..Default::default()
    }
    .insert(&transaction)
    .await
    .map_err(|error| conflict_on_unique(error, tag_name_conflict))?;
    transaction.commit().await?;
    Ok(created)
}

/// Renames a tag group, in WeCom first when WeCom knows it.
pub async fn group_update(auth: &Authorized, id: i64, name: &str) -> ApiResult<tag_group::Model> {
    auth.require(Action::Update, Resource::TagGroup)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::tag_name(&["input", "name"], name));
    let existing = found(&mut problems, group(auth, id).await)?;
    problems.into_result()?;
    let (Some(name), Some(existing)) = (name, existing) else {
        return Err(ApiError::Internal("validated input went missing".into()));
    };
    if existing.name == name {
        return Ok(existing);
    }
    let taken = tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag_group::Column::Name.eq(&name))
        .filter(tag_group::Column::Id.ne(existing.id))
        .one(auth.db())
        .await?
        .is_some();
    if taken {
        return Err(group_name_conflict());
    }
    if let (Some(credentials), Some(wecom_id)) =
        (wecom_credentials(auth).await?, existing.wecom_id.as_deref())
    {
        auth.store
            .wecom
            .edit_corp_tag(&credentials, wecom_id, Some(&name), None)
            .await?;
    }
    let mut row: tag_group::ActiveModel = existing.into();
    row.name = Set(name);
    row.update(auth.db())
        .await
        .map_err(|error| conflict_on_unique(error, group_name_conflict))
}

/// Deletes a tag group with its tags, which leave every customer that had them; in WeCom
/// first when WeCom knows the group. Answers the deleted group's id.
pub async fn group_delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::TagGroup)?;
    let existing = group(auth, id).await?;
    if let (Some(credentials), Some(wecom_id)) =
        (wecom_credentials(auth).await?, existing.wecom_id.clone())
    {
        auth.store
            .wecom
            .del_corp_tag(&credentials, &[], &[wecom_id])
            .await?;
    }
    let transaction = entity::begin_write(auth.db()).await?;
    // Children first (links to follows, tags, then the group), rather than trusting cascades.
    delete_group(
        &transaction,
        auth.tenant_id(),
        existing.id,
        Some(auth.actor.staff_id),
    )
    .await?;
    transaction.commit().await?;
    Ok(existing.id)
}

/// Renames a tag, in WeCom first when WeCom knows it.
pub async fn tag_update(auth: &Authorized, id: i64, name: &str) -> ApiResult<tag::Model> {
    auth.require(Action::Update, Resource::TagGroup)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::tag_name(&["input", "name"], name));
    let existing = found(&mut problems, get_tag(auth, id).await)?;
    problems.into_result()?;
    let (Some(name), Some(existing)) = (name, existing) else {
        return Err(ApiError::Internal("validated input went missing".into()));
    };
    if existing.name == name {
        return Ok(existing);
    }
    let taken = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::GroupId.eq(existing.group_id))
        .filter(tag::Column::Name.eq(&name))
        .filter(tag::Column::Id.ne(existing.id))
        .one(auth.db())
        .await?
        .is_some();
    if taken {
        return Err(tag_name_conflict());
    }
    if let (Some(credentials), Some(wecom_id)) =
        (wecom_credentials(auth).await?, existing.wecom_id.as_deref())
    {
        auth.store
            .wecom
            .edit_corp_tag(&credentials, wecom_id, Some(&name), None)
            .await?;
    }
    let mut row: tag::ActiveModel = existing.into();
    row.name = Set(name);
    row.update(auth.db())
        .await
        .map_err(|error| conflict_on_unique(error, tag_name_conflict))
}

/// Deletes a tag, which leaves every customer that had it; in WeCom first when WeCom knows
/// it. Answers the deleted tag's id.
///
/// WeCom deletes a group with its last tag: when no other tag of the group is in WeCom, the
/// group stays here without its WeCom id, like a group made here without tags, and its next
/// tag brings it back to WeCom.
pub async fn tag_delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::TagGroup)?;
    let existing = get_tag(auth, id).await?;
    let mut group_left_wecom = None;
    if let (Some(credentials), Some(wecom_id)) =
        (wecom_credentials(auth).await?, existing.wecom_id.clone())
    {
        auth.store
            .wecom
            .del_corp_tag(&credentials, &[wecom_id], &[])
            .await?;
        let siblings_in_wecom = tag::Entity::find()
            .filter(tag::Column::TenantId.eq(auth.tenant_id()))
            .filter(tag::Column::GroupId.eq(existing.group_id))
            .filter(tag::Column::Id.ne(existing.id))
            .filter(tag::Column::WecomId.is_not_null())
            .one(auth.db())
            .await?
            .is_some();
        if !siblings_in_wecom {
            let local_group = group(auth, existing.group_id).await?;
            if local_group.wecom_id.is_some() {
                group_left_wecom = Some(local_group);
            }
        }
    }
    let transaction = entity::begin_write(auth.db()).await?;
    // The links to follows first, then the tag, rather than trusting cascades.
    delete_tags(
        &transaction,
        auth.tenant_id(),
        &[existing.id],
        Some(auth.actor.staff_id),
    )
    .await?;
    if let Some(local_group) = group_left_wecom {
        let mut row: tag_group::ActiveModel = local_group.into();
        row.wecom_id = Set(None);
        row.update(&transaction).await?;
    }
    transaction.commit().await?;
    Ok(existing.id)
}

/// The row a lookup by `input.id` found, or `None` with a `NOT_FOUND` problem there (so a
/// bad name and a missing id are reported together).
fn found<T>(problems: &mut Problems, lookup: ApiResult<T>) -> ApiResult<Option<T>> {
    match lookup {
        Ok(row) => Ok(Some(row)),
        Err(ApiError::NotFound(what)) => {
            problems.push(FieldError::new(
                &["input", "id"],
                ErrorCode::NotFound,
                format!("{what} not found"),
            ));
            Ok(None)
        }
        Err(other) => Err(other),
    }
}

fn tag_name_conflict() -> ApiError {
    ApiError::field(
        &["input", "name"],
        ErrorCode::Conflict,
        "this group already has a tag with this name",
    )
}

fn group_name_conflict() -> ApiError {
    ApiError::field(
        &["input", "name"],
        ErrorCode::Conflict,
        "a tag group with this name already exists",
    )
}

async fn group_name_taken(auth: &Authorized, name: &str) -> ApiResult<bool> {
    Ok(tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag_group::Column::Name.eq(name))
        .one(auth.db())
        .await?
        .is_some())
}

/// The tenant's customer-contact credentials when WeCom is connected for customer contact;
/// `None` when scrm keeps its tags alone.
async fn wecom_credentials(auth: &Authorized) -> ApiResult<Option<Credentials>> {
    let connection = crate::domain::wecom::connection(&auth.store, auth.tenant_id()).await?;
    Ok(connection.and_then(|connection| connection.contacts))
}

/// Which side of `mark_tag` a tagging call is.
#[derive(Clone, Copy)]
enum Marking {
    Add,
    Remove,
}

/// Marks (or unmarks) the tags on the follows in WeCom, before scrm changes them: each
/// follow of a WeCom member, with the tags WeCom knows. A refusal stops here with its error.
async fn mark_in_wecom(
    auth: &Authorized,
    follow_ids: &[i64],
    tag_ids: &[i64],
    marking: Marking,
) -> ApiResult<()> {
    let Some(credentials) = wecom_credentials(auth).await? else {
        return Ok(());
    };
    let wecom_tags: Vec<String> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(tag_ids.to_vec()))
        .all(auth.db())
        .await?
        .into_iter()
        .filter_map(|tag| tag.wecom_id)
        .collect();
    if wecom_tags.is_empty() {
        return Ok(());
    }
    let follows = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_follow::Column::Id.is_in(follow_ids.to_vec()))
        .all(auth.db())
        .await?;
    let staff_ids: Vec<i64> = follows.iter().map(|follow| follow.staff_id).collect();
    let customer_ids: Vec<i64> = follows.iter().map(|follow| follow.customer_id).collect();
    let userids: BTreeMap<i64, String> = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Id.is_in(staff_ids))
        .all(auth.db())
        .await?
        .into_iter()
        .filter_map(|member| member.wecom_userid.map(|userid| (member.id, userid)))
        .collect();
    let external: BTreeMap<i64, String> = customer::Entity::find()
        .filter(customer::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer::Column::Id.is_in(customer_ids))
        .all(auth.db())
        .await?
        .into_iter()
        .map(|row| (row.id, row.external_userid))
        .collect();
    let (add, remove): (&[String], &[String]) = match marking {
        Marking::Add => (&wecom_tags, &[]),
        Marking::Remove => (&[], &wecom_tags),
    };
    for follow in &follows {
        // Follows of staff WeCom does not know (or lost ones) are scrm's alone.
        let (Some(userid), Some(external_userid)) = (
            userids.get(&follow.staff_id),
            external.get(&follow.customer_id),
        ) else {
            continue;
        };
        if follow.lost_at.is_some() {
            continue;
        }
        auth.store
            .wecom
            .mark_tag(&credentials, userid, external_userid, add, remove)
            .await?;
    }
    Ok(())
}

pub async fn groups(auth: &Authorized) -> ApiResult<Vec<tag_group::Model>> {
    auth.require(Action::Read, Resource::TagGroup)?;
    Ok(tag_group::Entity::find()
        .filter(tag_group::Column::TenantId.eq(auth.tenant_id()))
        .order_by_asc(tag_group::Column::Sort)
        .order_by_asc(tag_group::Column::Id)
        .all(auth.db())
        .await?)
}

pub async fn group(auth: &Authorized, id: i64) -> ApiResult<tag_group::Model> {
    auth.require(Action::Read, Resource::TagGroup)?;
    tag_group::Entity::find_by_id(id)
        .filter(tag_group::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("tag group"))
}

pub async fn get_tag(auth: &Authorized, id: i64) -> ApiResult<tag::Model> {
    auth.require(Action::Read, Resource::TagGroup)?;
    tag::Entity::find_by_id(id)
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("tag"))
}

/// Tags of several groups at once (batched for the `tags` field).
pub async fn tags_of_groups(auth: &Authorized, group_ids: &[i64]) -> ApiResult<Vec<tag::Model>> {
    auth.require(Action::Read, Resource::TagGroup)?;
    Ok(tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::GroupId.is_in(group_ids.to_vec()))
        .order_by_asc(tag::Column::Sort)
        .order_by_asc(tag::Column::Id)
        .all(auth.db())
        .await?)
}

/// `(follow_id, tag)` pairs for several follows at once (batched for `follows.tags`).
pub async fn tags_of_follows(
    auth: &Authorized,
    follow_ids: &[i64],
) -> ApiResult<Vec<(i64, tag::Model)>> {
    auth.require(Action::Read, Resource::Customer)?;
    let links = follow_tag::Entity::find()
        .filter(follow_tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(follow_tag::Column::FollowId.is_in(follow_ids.to_vec()))
        .find_also_related(tag::Entity)
        .all(auth.db())
        .await?;
    Ok(links
        .into_iter()
        .filter_map(|(link, tag)| tag.map(|tag| (link.follow_id, tag)))
        .collect())
}

/// The tags on the follows of each customer among `customer_ids` the caller can see, as
/// (customer id, tag) pairs, possibly repeated (two followers, one tag): one range of
/// `ix_follow_tag_tenant_customer` per customer.
pub async fn tags_of_customers(
    auth: &Authorized,
    customer_ids: &[i64],
) -> ApiResult<Vec<(i64, tag::Model)>> {
    let visible: Vec<i64> = customers::visible_ids(auth, customer_ids)
        .await?
        .into_iter()
        .collect();
    let links = follow_tag::Entity::find()
        .filter(follow_tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(follow_tag::Column::CustomerId.is_in(visible))
        .find_also_related(tag::Entity)
        .all(auth.db())
        .await?;
    Ok(links
        .into_iter()
        .filter_map(|(link, tag)| tag.map(|tag| (link.customer_id, tag)))
        .collect())
}

/// Puts every tag on every customer, or, if any id is wrong, changes nothing and names each bad id.
///
/// Tags go on the follows the caller covers: a salesperson's own follow, a manager's team's
/// follows, every follow for an admin.
pub async fn customers_tag(
    auth: &Authorized,
    customer_ids: &[i64],
    tag_ids: &[i64],
) -> ApiResult<usize> {
    let follows = tagging_targets(auth, customer_ids, tag_ids).await?;
    let follow_ids: Vec<i64> = follows.iter().map(|(follow_id, _)| *follow_id).collect();
    mark_in_wecom(auth, &follow_ids, tag_ids, Marking::Add).await?;
    let transaction = entity::begin_write(auth.db()).await?;
    let count = put_on_follows(
        &transaction,
        auth.tenant_id(),
        &follows,
        tag_ids,
        auth.store.now(),
        Some(auth.actor.staff_id),
    )
    .await?;
    transaction.commit().await?;
    Ok(count)
}

/// Puts `tag_ids` on the follows (follow id, its customer's id), each pair once: a tag a follow
/// carries already keeps its time. The one writer of taggings — people (`customers_tag`),
/// channel codes, SOP rules and WeCom's own word — so a tagging means the same everywhere
/// (SOP's TAG_APPLIED reads these rows). Each pair that is new is recorded in
/// `follow_tag_event` as ADDED `by_staff_id` (`None`: WeCom or a system rule), on the same
/// connection (so in the caller's transaction). Returns how many pairs were asked for.
pub(crate) async fn put_on_follows<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    follows: &[(i64, i64)],
    tag_ids: &[i64],
    at: DateTime<Utc>,
    by_staff_id: Option<i64>,
) -> ApiResult<usize> {
    let rows: Vec<follow_tag::ActiveModel> = follows
        .iter()
        .flat_map(|(follow_id, customer_id)| {
            tag_ids.iter().map(move |tag_id| follow_tag::ActiveModel {
                follow_id: Set(*follow_id),
                tag_id: Set(*tag_id),
                tenant_id: Set(tenant_id),
                customer_id: Set(*customer_id),
                created_at: Set(at),
            })
        })
        .collect();
    // Chunks stay well under SQLite's bind-variable limit (5 columns per row).
    for chunk in rows.chunks(500) {
        // `RETURNING` answers the rows actually inserted: a pair that existed is no change.
        let inserted = match follow_tag::Entity::insert_many(chunk.to_vec())
            .on_conflict_do_nothing_on([follow_tag::Column::FollowId, follow_tag::Column::TagId])
            .exec_with_returning_many(db)
            .await?
        {
            TryInsertResult::Inserted(inserted) => inserted,
            TryInsertResult::Empty | TryInsertResult::Conflicted => Vec::new(),
        };
        record_tag_events(
            db,
            tenant_id,
            &inserted,
            FollowTagEventKind::Added,
            by_staff_id,
            at,
        )
        .await?;
    }
    Ok(rows.len())
}

/// Records that the `follow_tag` rows `changed` were added or removed, `by_staff_id` (`None`:
/// WeCom or a system rule) at `at`, on `db` (the transaction of the change).
pub(crate) async fn record_tag_events<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    changed: &[follow_tag::Model],
    kind: FollowTagEventKind,
    by_staff_id: Option<i64>,
    at: DateTime<Utc>,
) -> ApiResult<()> {
    // 7 columns per row: 500 rows stay well under SQLite's bind-variable limit.
    for chunk in changed.chunks(500) {
        let events = chunk.iter().map(|link| follow_tag_event::ActiveModel {
            tenant_id: Set(tenant_id),
            customer_id: Set(link.customer_id),
            follow_id: Set(link.follow_id),
            tag_id: Set(link.tag_id),
            kind: Set(kind),
            by_staff_id: Set(by_staff_id),
            at: Set(at),
            ..Default::default()
        });
        follow_tag_event::Entity::insert_many(events)
            .exec_without_returning(db)
            .await?;
    }
    Ok(())
}

/// Removes every tag from every customer, all or nothing, with the same checks as tagging.
pub async fn customers_untag(
    auth: &Authorized,
    customer_ids: &[i64],
    tag_ids: &[i64],
) -> ApiResult<usize> {
    let follow_ids: Vec<i64> = tagging_targets(auth, customer_ids, tag_ids)
        .await?
        .into_iter()
        .map(|(follow_id, _)| follow_id)
        .collect();
    mark_in_wecom(auth, &follow_ids, tag_ids, Marking::Remove).await?;
    let transaction = entity::begin_write(auth.db()).await?;
    let at = auth.store.now();
    let mut removed = 0;
    for chunk in follow_ids.chunks(500) {
        // `RETURNING` answers the rows actually removed: the history records those only.
        let gone = follow_tag::Entity::delete_many()
            .filter(follow_tag::Column::TenantId.eq(auth.tenant_id()))
            .filter(follow_tag::Column::FollowId.is_in(chunk.to_vec()))
            .filter(follow_tag::Column::TagId.is_in(tag_ids.to_vec()))
            .exec_with_returning(&transaction)
            .await?;
        record_tag_events(
            &transaction,
            auth.tenant_id(),
            &gone,
            FollowTagEventKind::Removed,
            Some(auth.actor.staff_id),
            at,
        )
        .await?;
        removed += gone.len();
    }
    transaction.commit().await?;
    Ok(removed)
}

/// Validates a tagging batch as a whole and returns the follows to change.
async fn tagging_targets(
    auth: &Authorized,
    customer_ids: &[i64],
    tag_ids: &[i64],
) -> ApiResult<Vec<(i64, i64)>> {
    auth.require(Action::Update, Resource::Customer)?;
    let mut problems = Problems::default();
    if customer_ids.is_empty() {
        problems.push(FieldError::new(
            &["input", "customerIds"],
            ErrorCode::BadUserInput,
            "name at least one customer",
        ));
    }
    if tag_ids.is_empty() {
        problems.push(FieldError::new(
            &["input", "tagIds"],
            ErrorCode::BadUserInput,
            "name at least one tag",
        ));
    }
    if customer_ids.len() > MAX_TAGGING_BATCH || tag_ids.len() > MAX_TAGGING_BATCH {
        problems.push(FieldError::new(
            &["input"],
            ErrorCode::BadUserInput,
            format!("at most {MAX_TAGGING_BATCH} customers and {MAX_TAGGING_BATCH} tags per call; split the batch"),
        ));
    }
    problems.into_result()?;

    let known_tags: BTreeSet<i64> = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(tag_ids.to_vec()))
        .all(auth.db())
        .await?
        .into_iter()
        .map(|tag| tag.id)
        .collect();
    let follows = customer_follow::Entity::find()
        .filter(auth.follow_scope().await?)
        .filter(customer_follow::Column::CustomerId.is_in(customer_ids.to_vec()))
        .all(auth.db())
        .await?;
    let visible_customers: BTreeSet<i64> = customers::visible_ids(auth, customer_ids).await?;
    let covered_customers: BTreeSet<i64> =
        follows.iter().map(|follow| follow.customer_id).collect();

    let mut problems = Problems::default();
    for (index, customer_id) in customer_ids.iter().enumerate() {
        // A customer outside the caller's scope is reported exactly like a missing one.
        if !visible_customers.contains(customer_id) || !covered_customers.contains(customer_id) {
            problems.push(FieldError::new(
                &["input", "customerIds", &index.to_string()],
                ErrorCode::NotFound,
                "customer not found",
            ));
        }
    }
    for (index, tag_id) in tag_ids.iter().enumerate() {
        if !known_tags.contains(tag_id) {
            problems.push(FieldError::new(
                &["input", "tagIds", &index.to_string()],
                ErrorCode::NotFound,
                "tag not found",
            ));
        }
    }
    problems.into_result()?;
    Ok(follows
        .into_iter()
        .map(|follow| (follow.id, follow.customer_id))
        .collect())
}
