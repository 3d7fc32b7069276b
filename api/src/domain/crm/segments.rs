//! Segments (人群画像): how many customers match a tag filter, split by each tag of a chosen
//! group — "of the customers tagged 高净值 and not 已开户, how many are 股票, 基金, 保险…".
//!
//! The customers counted are those with a current (not lost) follow of a member the caller
//! covers (the dashboard's rule: a salesperson's own, a manager's department tree, an admin's
//! tenant, narrowed to a department if named). A customer carries a tag when any of their
//! followers put it on them, as `Customer.tags` shows. Each figure is one SQL count.

use entity::{customer_follow, follow_tag, tag};
use sea_orm::sea_query::{Alias, Expr, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};

use super::dashboard::covered_staff;
use super::tags;
use crate::domain::Authorized;
use crate::domain::engage::broadcasts::audience::{TagExpr, tag_filter_problem};
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

/// The answer: the matching customers, and how they split over the group's tags.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segments {
    pub group_id: i64,
    pub customers: i64,
    /// Each tag of the group, in the group's order, with the matching customers carrying it.
    pub by_tag: Vec<(tag::Model, i64)>,
    /// Matching customers carrying none of the group's tags.
    pub without_group_tag: i64,
}

pub async fn segments(
    auth: &Authorized,
    tag_filter: Option<TagExpr>,
    group_id: i64,
    department_id: Option<i64>,
) -> ApiResult<Segments> {
    auth.require(Action::Read, Resource::Dashboard)?;
    if let Some(filter) = &tag_filter
        && let Some((code, message)) = tag_filter_problem(auth, filter).await?
    {
        return Err(ApiError::field(&["tagFilter"], code, message));
    }
    let group = match tags::group(auth, group_id).await {
        Err(ApiError::NotFound(_)) => {
            return Err(ApiError::field(
                &["groupId"],
                crate::error::ErrorCode::NotFound,
                "tag group not found",
            ));
        }
        other => other?,
    };
    let staff = covered_staff(auth, department_id).await?;
    let tenant_id = auth.tenant_id();

    let mut follows = Condition::all()
        .add(customer_follow::Column::TenantId.eq(tenant_id))
        .add(customer_follow::Column::LostAt.is_null());
    if let Some(staff) = staff {
        follows = follows.add(customer_follow::Column::StaffId.is_in(staff));
    }
    if let Some(filter) = &tag_filter {
        follows = follows.add(filter.condition(tenant_id));
    }
    let matching = Query::select()
        .column(customer_follow::Column::CustomerId)
        .from(customer_follow::Entity)
        .cond_where(follows.clone())
        .to_owned();

    let count_distinct_customers = |query: &mut SelectStatement, table: &str| {
        query.expr_as(
            Expr::cust(format!("COUNT(DISTINCT \"{table}\".\"customer_id\")")),
            Alias::new("customers"),
        );
    };
    let mut total = Query::select();
    total.from(customer_follow::Entity).cond_where(follows);
    count_distinct_customers(&mut total, "customer_follow");
    let customers = single_count(auth, &total).await?;

    let group_tags = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(tenant_id))
        .filter(tag::Column::GroupId.eq(group.id))
        .order_by_asc(tag::Column::Sort)
        .order_by_asc(tag::Column::Id)
        .all(auth.db())
        .await?;
    let tag_ids: Vec<i64> = group_tags.iter().map(|tag| tag.id).collect();
    let carrying = |query: &mut SelectStatement| {
        query
            .from(follow_tag::Entity)
            .and_where(follow_tag::Column::TenantId.eq(tenant_id))
            .and_where(follow_tag::Column::TagId.is_in(tag_ids.clone()))
            .and_where(follow_tag::Column::CustomerId.in_subquery(matching.clone()));
        count_distinct_customers(query, "follow_tag");
    };
    let mut per_tag = Query::select();
    carrying(&mut per_tag);
    per_tag
        .column(follow_tag::Column::TagId)
        .group_by_col(follow_tag::Column::TagId);
    let mut counts = std::collections::HashMap::new();
    for row in auth.db().query_all(&per_tag).await? {
        let tag_id: i64 = row.try_get("", "tag_id")?;
        let customers: i64 = row.try_get("", "customers")?;
        counts.insert(tag_id, customers);
    }
    let mut any_tag = Query::select();
    carrying(&mut any_tag);
    let with_group_tag = single_count(auth, &any_tag).await?;

    Ok(Segments {
        group_id: group.id,
        customers,
        by_tag: group_tags
            .into_iter()
            .map(|tag| {
                let count = counts.get(&tag.id).copied().unwrap_or(0);
                (tag, count)
            })
            .collect(),
        without_group_tag: customers - with_group_tag,
    })
}

async fn single_count(auth: &Authorized, query: &SelectStatement) -> ApiResult<i64> {
    Ok(match auth.db().query_one(query).await? {
        Some(row) => row.try_get::<Option<i64>>("", "customers")?.unwrap_or(0),
        None => 0,
    })
}
