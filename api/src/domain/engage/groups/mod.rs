//! Customer groups (客户群): WeCom's groups of staff and customers, as the WeCom sync and
//! callbacks keep them (`customer_group`, `customer_group_member`). Read-only here: WeCom is
//! where groups are made, renamed and dismissed.
//!
//! Scope: ADMIN every group of the tenant; MANAGER groups owned by staff of their department
//! tree; SALES the groups they own. A group's owner is matched by WeCom userid, so a group
//! whose owner has no staff row (or no WeCom userid) is the admins' alone.
//!
//! WeCom binds no welcome message to a group: group welcome templates ([`welcome`]) are
//! corp-level materials that staff pick in the WeCom app, so a group has no `welcome` here.

pub mod welcome;

use entity::{Role, customer, customer_group, customer_group_member, staff};
use sea_orm::sea_query::Query;
use sea_orm::{
    ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};

use crate::domain::Authorized;
use crate::domain::filter::TextMatch;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

/// `customer_group_member.member_type` of a staff member.
pub const MEMBER_STAFF: i16 = 1;
/// `customer_group_member.member_type` of an external contact (a customer).
pub const MEMBER_CUSTOMER: i16 = 2;

/// Groups the actor may read.
async fn read_scope(auth: &Authorized) -> ApiResult<Condition> {
    let tenant = Condition::all().add(customer_group::Column::TenantId.eq(auth.tenant_id()));
    Ok(match auth.actor.role {
        Role::Admin => tenant,
        Role::Manager | Role::Sales => {
            let owners = Query::select()
                .column(staff::Column::WecomUserid)
                .from(staff::Entity)
                .cond_where(auth.staff_scope().await?)
                .and_where(staff::Column::WecomUserid.is_not_null())
                .to_owned();
            tenant.add(customer_group::Column::OwnerUserid.in_subquery(owners))
        }
        // Engagement is not theirs; `require` refused them already.
        Role::Compliance | Role::Auditor => {
            tenant.add(customer_group::Column::Id.is_in(Vec::<i64>::new()))
        }
    })
}

/// One group the actor may read (another tenant's, or outside the scope: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<customer_group::Model> {
    auth.require(Action::Read, Resource::CustomerGroup)?;
    customer_group::Entity::find_by_id(id)
        .filter(read_scope(auth).await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("customer group"))
}

/// What `customerGroups` filters by.
#[derive(Debug, Clone, Default)]
pub struct CustomerGroupFilter {
    /// Groups owned by this staff member (none if they have no WeCom userid).
    pub owner_id: Option<i64>,
    /// Groups whose name contains this (ignoring ASCII case).
    pub name: Option<String>,
    /// Only dismissed (true) or live (false) groups.
    pub dismissed: Option<bool>,
}

/// The groups the actor may read, newest first.
pub async fn list(
    auth: &Authorized,
    filter: CustomerGroupFilter,
    request: &PageRequest,
) -> ApiResult<Page<customer_group::Model>> {
    auth.require(Action::Read, Resource::CustomerGroup)?;
    let mut query = customer_group::Entity::find().filter(read_scope(auth).await?);
    if let Some(owner_id) = filter.owner_id {
        let owner = Query::select()
            .column(staff::Column::WecomUserid)
            .from(staff::Entity)
            .and_where(staff::Column::TenantId.eq(auth.tenant_id()))
            .and_where(staff::Column::Id.eq(owner_id))
            .and_where(staff::Column::WecomUserid.is_not_null())
            .to_owned();
        query = query.filter(customer_group::Column::OwnerUserid.in_subquery(owner));
    }
    if let Some(name) = filter.name.filter(|name| !name.trim().is_empty()) {
        let text = TextMatch {
            contains: Some(name.trim().to_owned()),
            ..TextMatch::default()
        };
        query = query.filter(text.condition(customer_group::Column::Name));
    }
    match filter.dismissed {
        Some(true) => query = query.filter(customer_group::Column::DismissedAt.is_not_null()),
        Some(false) => query = query.filter(customer_group::Column::DismissedAt.is_null()),
        None => {}
    }
    let ordering = Ordering::<customer_group::Entity> {
        name: "CREATED_AT_DESC".to_owned(),
        column: customer_group::Column::CreatedAt,
        id_column: customer_group::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// The staff member of the tenant with this WeCom userid, if any.
pub async fn staff_by_userid(auth: &Authorized, userid: &str) -> ApiResult<Option<staff::Model>> {
    Ok(staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::WecomUserid.eq(userid))
        .one(auth.db())
        .await?)
}

/// Members of the group, of `member_type` if given.
pub async fn member_count(
    auth: &Authorized,
    group: &customer_group::Model,
    member_type: Option<i16>,
) -> ApiResult<u64> {
    let mut query = customer_group_member::Entity::find()
        .filter(customer_group_member::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_group_member::Column::GroupId.eq(group.id));
    if let Some(member_type) = member_type {
        query = query.filter(customer_group_member::Column::MemberType.eq(member_type));
    }
    Ok(query.count(auth.db()).await?)
}

/// The group's admins' WeCom userids (the owner is not among them), in join order.
pub async fn admin_userids(
    auth: &Authorized,
    group: &customer_group::Model,
) -> ApiResult<Vec<String>> {
    Ok(customer_group_member::Entity::find()
        .select_only()
        .column(customer_group_member::Column::Userid)
        .filter(customer_group_member::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_group_member::Column::GroupId.eq(group.id))
        .filter(customer_group_member::Column::IsAdmin.eq(true))
        .order_by_asc(customer_group_member::Column::Id)
        .into_tuple()
        .all(auth.db())
        .await?)
}

/// The group's admins that are staff of the tenant.
pub async fn admins(
    auth: &Authorized,
    group: &customer_group::Model,
) -> ApiResult<Vec<staff::Model>> {
    let userids = admin_userids(auth, group).await?;
    let mut members = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::WecomUserid.is_in(userids.clone()))
        .all(auth.db())
        .await?;
    members.sort_by_key(|member| {
        userids
            .iter()
            .position(|userid| member.wecom_userid.as_deref() == Some(userid.as_str()))
    });
    Ok(members)
}

/// Up to `limit` members of the group that are customers of the tenant the actor may read
/// (matched by `external_userid`), in customer-id order.
pub async fn customers(
    auth: &Authorized,
    group: &customer_group::Model,
    limit: u64,
) -> ApiResult<Vec<customer::Model>> {
    auth.require(Action::Read, Resource::Customer)?;
    let members = Query::select()
        .column(customer_group_member::Column::Userid)
        .from(customer_group_member::Entity)
        .and_where(customer_group_member::Column::TenantId.eq(auth.tenant_id()))
        .and_where(customer_group_member::Column::GroupId.eq(group.id))
        .and_where(customer_group_member::Column::MemberType.eq(MEMBER_CUSTOMER))
        .to_owned();
    Ok(customer::Entity::find()
        .filter(auth.customer_scope().await?)
        .filter(customer::Column::ExternalUserid.in_subquery(members))
        .order_by_asc(customer::Column::Id)
        .limit(limit)
        .all(auth.db())
        .await?)
}
