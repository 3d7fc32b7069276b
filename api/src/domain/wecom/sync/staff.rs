//! Departments and staff from the corp's address book (`department/list`, `user/list`).
//!
//! Staff are matched by their WeCom `userid`; scrm staff without one (the admins made here)
//! are never touched. A member new to scrm becomes SALES with no password — they cannot sign
//! in until an admin gives them a role and a password (`staffUpdate`, `staffPasswordReset`),
//! since being in the corp's address book is not a decision about scrm access. Members WeCom
//! reports disabled (2) or gone (5) are deactivated; nobody is reactivated by a sync (that is
//! an admin's decision).

use std::collections::BTreeMap;

use ::wecom::Credentials;
use ::wecom::api::contacts::{Department, Member};
use entity::{PasswordOrigin, Role, department, staff};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::SyncState;
use crate::domain::system::SystemActor;
use crate::domain::wecom::apply::clip;
use crate::domain::{Store, now};
use crate::error::ApiResult;

/// The email a member gets when scrm needs one and WeCom's is not ours to use: `.invalid` is
/// reserved (RFC 2606), so nothing is ever sent to it.
fn placeholder_email(userid: &str) -> String {
    clip(&format!("{}@wecom.invalid", userid.to_lowercase()), 254)
}

pub(super) async fn sync(
    system: &SystemActor,
    credentials: &Credentials,
    state: &mut SyncState,
) -> ApiResult<()> {
    let store = system.store();
    let tenant_id = system.tenant_id();
    let client = &store.wecom;
    let departments = super::patiently(store, || client.department_list(credentials)).await?;
    let mut members: BTreeMap<String, Member> = BTreeMap::new();
    for department in &departments {
        let listed =
            super::patiently(store, || client.user_list(credentials, department.id)).await?;
        for member in listed {
            members.entry(member.userid.clone()).or_insert(member);
        }
    }
    let transaction = entity::begin_write(&store.db).await?;
    let local = apply_departments(&transaction, tenant_id, &departments, state).await?;
    apply_members(&transaction, tenant_id, &members, &local, state).await?;
    transaction.commit().await?;
    state.done += (departments.len() + members.len()) as u64;
    Ok(())
}

/// Upserts departments by WeCom id, then links parents; the local id of each WeCom id.
async fn apply_departments<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    departments: &[Department],
    state: &mut SyncState,
) -> ApiResult<BTreeMap<u64, i64>> {
    let existing: BTreeMap<i64, department::Model> = department::Entity::find()
        .filter(department::Column::TenantId.eq(tenant_id))
        .filter(department::Column::WecomId.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| row.wecom_id.map(|id| (id, row)))
        .collect();
    let mut local: BTreeMap<u64, i64> = BTreeMap::new();
    let mut rows: BTreeMap<u64, department::Model> = BTreeMap::new();
    // Departments already counted as created or updated in this pass.
    let mut counted: std::collections::BTreeSet<u64> = std::collections::BTreeSet::new();
    for wecom in departments {
        let Ok(wecom_id) = i64::try_from(wecom.id) else {
            state.counts.departments.failed += 1;
            continue;
        };
        let name = clip(&wecom.name, 200);
        let row = match existing.get(&wecom_id) {
            Some(row) if row.name == name => row.clone(),
            Some(row) => {
                let mut active: department::ActiveModel = row.clone().into();
                active.name = Set(name);
                state.counts.departments.updated += 1;
                counted.insert(wecom.id);
                active.update(db).await?
            }
            None => {
                state.counts.departments.created += 1;
                counted.insert(wecom.id);
                department::ActiveModel {
                    tenant_id: Set(tenant_id),
                    name: Set(name),
                    parent_id: Set(None),
                    wecom_id: Set(Some(wecom_id)),
                    created_at: Set(now()),
                    ..Default::default()
                }
                .insert(db)
                .await?
            }
        };
        local.insert(wecom.id, row.id);
        rows.insert(wecom.id, row);
    }
    for wecom in departments {
        let Some(row) = rows.get(&wecom.id) else {
            continue;
        };
        let parent = local.get(&wecom.parentid).copied();
        if row.parent_id == parent {
            continue;
        }
        let mut active: department::ActiveModel = row.clone().into();
        active.parent_id = Set(parent);
        active.update(db).await?;
        // A new department's parent is part of its creation, not an update.
        if counted.insert(wecom.id) {
            state.counts.departments.updated += 1;
        }
    }
    Ok(local)
}

async fn apply_members<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    members: &BTreeMap<String, Member>,
    departments: &BTreeMap<u64, i64>,
    state: &mut SyncState,
) -> ApiResult<()> {
    let existing: BTreeMap<String, staff::Model> = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::WecomUserid.is_not_null())
        .all(db)
        .await?
        .into_iter()
        .filter_map(|row| row.wecom_userid.clone().map(|id| (id, row)))
        .collect();
    for (userid, member) in members {
        let name = clip(
            if member.name.trim().is_empty() {
                userid
            } else {
                member.name.trim()
            },
            200,
        );
        let department_id = member
            .primary_department()
            .and_then(|id| departments.get(&id).copied());
        match existing.get(userid) {
            Some(row) => {
                let deactivate = row.active && !member.is_active();
                if row.name == name && row.department_id == department_id && !deactivate {
                    continue;
                }
                let mut active: staff::ActiveModel = row.clone().into();
                active.name = Set(name);
                active.department_id = Set(department_id);
                if deactivate {
                    active.active = Set(false);
                }
                active.updated_at = Set(now());
                active.update(db).await?;
                state.counts.staff.updated += 1;
            }
            None => {
                let email = placeholder_email(userid);
                if email_taken(db, tenant_id, &email).await? {
                    tracing::warn!(
                        tenant = tenant_id,
                        "wecom: a member's placeholder email is taken; member skipped"
                    );
                    state.counts.staff.failed += 1;
                    continue;
                }
                let timestamp = now();
                staff::ActiveModel {
                    tenant_id: Set(tenant_id),
                    email: Set(email),
                    name: Set(name),
                    role: Set(Role::Sales),
                    department_id: Set(department_id),
                    password_hash: Set(None),
                    password_origin: Set(PasswordOrigin::Own),
                    active: Set(member.is_active()),
                    wecom_userid: Set(Some(clip(userid, 64))),
                    created_at: Set(timestamp),
                    updated_at: Set(timestamp),
                    ..Default::default()
                }
                .insert(db)
                .await?;
                state.counts.staff.created += 1;
            }
        }
    }
    Ok(())
}

async fn email_taken<C: sea_orm::ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    email: &str,
) -> ApiResult<bool> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::Email.eq(email))
        .one(db)
        .await?
        .is_some())
}

/// WeCom userid → staff id, for the members scrm knows.
pub(super) async fn staff_by_userid(
    store: &Store,
    tenant_id: i64,
) -> ApiResult<BTreeMap<String, i64>> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::WecomUserid.is_not_null())
        .all(&store.db)
        .await?
        .into_iter()
        .filter_map(|row| row.wecom_userid.map(|userid| (userid, row.id)))
        .collect())
}
