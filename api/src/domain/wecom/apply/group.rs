//! Customer groups (客户群) with their members, owner and admins, as `groupchat/get` answers.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use entity::{customer_group, customer_group_member};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};
use wecom::api::group_chat::GroupChat;

use super::{Change, clip, non_empty, unix_time};
use crate::domain::now;
use crate::error::ApiResult;

/// A member as stored, for comparing.
#[derive(PartialEq, Eq)]
struct Member {
    member_type: i16,
    join_time: Option<DateTime<Utc>>,
    join_scene: i16,
    is_admin: bool,
}

/// Creates or refreshes the group and makes its members WeCom's. `status` is the list's
/// (0 normal, 1–3 inheritance); `None` keeps the stored one (`groupchat/get` has none).
pub(crate) async fn upsert_group_chat<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    chat: &GroupChat,
    status: Option<i16>,
) -> ApiResult<Change> {
    let existing = customer_group::Entity::find()
        .filter(customer_group::Column::TenantId.eq(tenant_id))
        .filter(customer_group::Column::ChatId.eq(&chat.chat_id))
        .one(db)
        .await?;
    let name = clip(&chat.name, 200);
    let owner = clip(&chat.owner, 64);
    let notice = non_empty(&chat.notice);
    let timestamp = now();
    let created_at = unix_time(chat.create_time).unwrap_or(timestamp);
    let (group_id, mut change) = match existing {
        None => {
            let created = customer_group::ActiveModel {
                tenant_id: Set(tenant_id),
                chat_id: Set(chat.chat_id.clone()),
                name: Set(name),
                owner_userid: Set(owner),
                notice: Set(notice),
                status: Set(status.unwrap_or(0)),
                created_at: Set(created_at),
                dismissed_at: Set(None),
                synced_at: Set(timestamp),
                ..Default::default()
            }
            .insert(db)
            .await?;
            (created.id, Change::Created)
        }
        Some(existing) => {
            let status = status.unwrap_or(existing.status);
            let same = existing.name == name
                && existing.owner_userid == owner
                && existing.notice == notice
                && existing.status == status
                && existing.created_at == created_at;
            let id = existing.id;
            let mut row: customer_group::ActiveModel = existing.into();
            row.synced_at = Set(timestamp);
            if !same {
                row.name = Set(name);
                row.owner_userid = Set(owner);
                row.notice = Set(notice);
                row.status = Set(status);
                row.created_at = Set(created_at);
            }
            row.update(db).await?;
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
    if set_members(db, tenant_id, group_id, chat).await? && change == Change::Unchanged {
        change = Change::Updated;
    }
    Ok(change)
}

/// Makes the group's members exactly WeCom's; whether anything changed.
async fn set_members<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    group_id: i64,
    chat: &GroupChat,
) -> ApiResult<bool> {
    let admins: BTreeSet<&str> = chat
        .admin_list
        .iter()
        .map(|admin| admin.userid.as_str())
        .collect();
    let wanted: BTreeMap<String, Member> = chat
        .member_list
        .iter()
        .map(|member| {
            (
                clip(&member.userid, 64),
                Member {
                    member_type: i16::try_from(member.member_type).unwrap_or(0),
                    join_time: unix_time(member.join_time),
                    join_scene: i16::try_from(member.join_scene).unwrap_or(0),
                    is_admin: admins.contains(member.userid.as_str()),
                },
            )
        })
        .collect();
    let current = customer_group_member::Entity::find()
        .filter(customer_group_member::Column::TenantId.eq(tenant_id))
        .filter(customer_group_member::Column::GroupId.eq(group_id))
        .all(db)
        .await?;
    let mut changed = false;
    let mut seen = BTreeSet::new();
    for row in current {
        let Some(member) = wanted.get(&row.userid) else {
            customer_group_member::Entity::delete_by_id(row.id)
                .exec(db)
                .await?;
            changed = true;
            continue;
        };
        seen.insert(row.userid.clone());
        let stored = Member {
            member_type: row.member_type,
            join_time: row.join_time,
            join_scene: row.join_scene,
            is_admin: row.is_admin,
        };
        if stored == *member {
            continue;
        }
        let mut active: customer_group_member::ActiveModel = row.into();
        active.member_type = Set(member.member_type);
        active.join_time = Set(member.join_time);
        active.join_scene = Set(member.join_scene);
        active.is_admin = Set(member.is_admin);
        active.update(db).await?;
        changed = true;
    }
    let new_rows: Vec<customer_group_member::ActiveModel> = wanted
        .iter()
        .filter(|(userid, _)| !seen.contains(*userid))
        .map(|(userid, member)| customer_group_member::ActiveModel {
            tenant_id: Set(tenant_id),
            group_id: Set(group_id),
            userid: Set(userid.clone()),
            member_type: Set(member.member_type),
            join_time: Set(member.join_time),
            join_scene: Set(member.join_scene),
            is_admin: Set(member.is_admin),
            ..Default::default()
        })
        .collect();
    if !new_rows.is_empty() {
        changed = true;
        // Chunks stay under SQLite's bind-variable limit (7 columns per row).
        for chunk in new_rows.chunks(100) {
            customer_group_member::Entity::insert_many(chunk.to_vec())
                .exec(db)
                .await?;
        }
    }
    Ok(changed)
}

/// Marks the group dismissed at `at` (the row and its members stay); whether it was marked.
pub(crate) async fn mark_dismissed<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    chat_id: &str,
    at: DateTime<Utc>,
) -> ApiResult<bool> {
    let marked = customer_group::Entity::update_many()
        .col_expr(customer_group::Column::DismissedAt, Expr::value(at))
        .filter(customer_group::Column::TenantId.eq(tenant_id))
        .filter(customer_group::Column::ChatId.eq(chat_id))
        .filter(customer_group::Column::DismissedAt.is_null())
        .exec(db)
        .await?;
    Ok(marked.rows_affected > 0)
}
