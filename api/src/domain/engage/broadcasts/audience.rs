//! Who a broadcast is for: customers followed (now) by staff the creator covers, narrowed by
//! a tag filter (and/or/not over the customer's tags), the sending staff, the channel codes
//! that brought them and when they were added. Each customer is reached once, by one
//! follower: the earliest follow among those that qualify.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};
use entity::{
    Role, archive_opt_out, channel_code_add, customer, customer_follow, follow_tag, staff, tag,
};
use sea_orm::sea_query::{Expr, Query, SelectStatement};
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::domain::Authorized;
use crate::domain::filter::MAX_FILTER_DEPTH;
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most tags one tag filter names.
pub const MAX_FILTER_TAGS: usize = 50;
/// Most sending staff and channel codes an audience names (each becomes part of a query).
pub const MAX_AUDIENCE_STAFF: usize = 500;
pub const MAX_AUDIENCE_CODES: usize = 50;

/// A condition on a customer's tags.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum TagExpr {
    /// Every part holds (an empty list holds).
    All(Vec<TagExpr>),
    /// At least one part holds (an empty list never holds).
    Any(Vec<TagExpr>),
    Not(Box<TagExpr>),
    /// The customer carries this tag (on any of their follows).
    Tag(i64),
}

impl TagExpr {
    fn walk(&self, depth: usize, tags: &mut Vec<i64>) -> Result<(), ()> {
        if depth > MAX_FILTER_DEPTH {
            return Err(());
        }
        match self {
            TagExpr::All(parts) | TagExpr::Any(parts) => {
                for part in parts {
                    part.walk(depth + 1, tags)?;
                }
            }
            TagExpr::Not(inner) => inner.walk(depth + 1, tags)?,
            TagExpr::Tag(id) => tags.push(*id),
        }
        Ok(())
    }

    /// The condition on `customer_follow.customer_id`.
    pub(crate) fn condition(&self, tenant_id: i64) -> Condition {
        match self {
            TagExpr::All(parts) => parts.iter().fold(Condition::all(), |all, part| {
                all.add(part.condition(tenant_id))
            }),
            TagExpr::Any(parts) => {
                if parts.is_empty() {
                    return Condition::all()
                        .add(customer_follow::Column::Id.is_in(Vec::<i64>::new()));
                }
                parts.iter().fold(Condition::any(), |any, part| {
                    any.add(part.condition(tenant_id))
                })
            }
            TagExpr::Not(inner) => inner.condition(tenant_id).not(),
            TagExpr::Tag(tag_id) => Condition::all().add(
                customer_follow::Column::CustomerId
                    .in_subquery(customers_tagged(tenant_id, *tag_id)),
            ),
        }
    }
}

/// Customers carrying `tag_id` on any follow: one range of `ix_follow_tag_customer`.
pub(crate) fn customers_tagged(tenant_id: i64, tag_id: i64) -> SelectStatement {
    Query::select()
        .column(follow_tag::Column::CustomerId)
        .from(follow_tag::Entity)
        .and_where(follow_tag::Column::TenantId.eq(tenant_id))
        .and_where(follow_tag::Column::TagId.eq(tag_id))
        .to_owned()
}

/// Customers who replied `TD` / `退订` in the archive: the customers whose WeCom id is among
/// the archive's unsubscribe facts (`archive_opt_out`, one row per customer, never content).
pub(crate) fn customers_unsubscribed(tenant_id: i64) -> SelectStatement {
    Query::select()
        .column(customer::Column::Id)
        .from(customer::Entity)
        .and_where(customer::Column::TenantId.eq(tenant_id))
        .and_where(customer::Column::ExternalUserid.in_subquery(unsubscribed_userids(tenant_id)))
        .to_owned()
}

/// The WeCom ids of the tenant's customers who replied `TD` / `退订`.
pub(crate) fn unsubscribed_userids(tenant_id: i64) -> SelectStatement {
    Query::select()
        .column(archive_opt_out::Column::ExternalUserid)
        .from(archive_opt_out::Entity)
        .and_where(archive_opt_out::Column::TenantId.eq(tenant_id))
        .to_owned()
}

/// An audience as stored with a broadcast (and as a preview evaluates it).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Audience {
    pub tag_filter: Option<TagExpr>,
    /// Only follows of these staff members (the senders); empty: any.
    pub staff_ids: Vec<i64>,
    /// Only customers these channel codes brought; empty: any.
    pub channel_code_ids: Vec<i64>,
    /// Only follows made in this span (inclusive).
    pub added_from: Option<DateTime<Utc>>,
    pub added_to: Option<DateTime<Utc>>,
    /// The staff whose follows the creator covers, fixed when the audience was checked
    /// (`None`: the whole tenant, for an admin).
    pub covered_staff: Option<Vec<i64>>,
}

/// Checks an audience the actor describes and fixes the staff they cover; every problem at
/// its field under `field` (`audience` or `input.audience`).
pub async fn check(
    auth: &Authorized,
    field: &[&str],
    mut audience: Audience,
) -> ApiResult<Audience> {
    let at = |name: &str| {
        let mut path: Vec<&str> = field.to_vec();
        path.push(name);
        path.into_iter().map(str::to_owned).collect::<Vec<_>>()
    };
    let problem = |name: &str, code: ErrorCode, message: &str| {
        let path = at(name);
        let refs: Vec<&str> = path.iter().map(String::as_str).collect();
        FieldError::new(&refs, code, message)
    };
    let mut problems = Problems::default();
    if let Some(filter) = &audience.tag_filter
        && let Some((code, message)) = tag_filter_problem(auth, filter).await?
    {
        problems.push(problem("tagFilter", code, &message));
    }
    let covered = covered_staff(auth).await?;
    audience.staff_ids.sort_unstable();
    audience.staff_ids.dedup();
    if audience.staff_ids.len() > MAX_AUDIENCE_STAFF {
        problems.push(problem(
            "staffIds",
            ErrorCode::BadUserInput,
            &format!("an audience names at most {MAX_AUDIENCE_STAFF} staff members; use a tag filter for more"),
        ));
    } else if !audience.staff_ids.is_empty() {
        let mut query = staff::Entity::find()
            .filter(staff::Column::TenantId.eq(auth.tenant_id()))
            .filter(staff::Column::Id.is_in(audience.staff_ids.clone()));
        if let Some(covered) = &covered {
            query = query.filter(staff::Column::Id.is_in(covered.clone()));
        }
        if query.all(auth.db()).await?.len() < audience.staff_ids.len() {
            problems.push(problem(
                "staffIds",
                ErrorCode::NotFound,
                "a staff member of staffIds is not found in your team",
            ));
        }
    }
    audience.channel_code_ids.sort_unstable();
    audience.channel_code_ids.dedup();
    if audience.channel_code_ids.len() > MAX_AUDIENCE_CODES {
        problems.push(problem(
            "channelCodeIds",
            ErrorCode::BadUserInput,
            &format!("an audience names at most {MAX_AUDIENCE_CODES} channel codes"),
        ));
        audience.channel_code_ids.clear();
    }
    for code_id in &audience.channel_code_ids {
        match crate::domain::engage::channel_codes::get(auth, *code_id).await {
            Ok(_) => {}
            Err(ApiError::NotFound(_)) => {
                problems.push(problem(
                    "channelCodeIds",
                    ErrorCode::NotFound,
                    "a channel code of channelCodeIds is not found",
                ));
                break;
            }
            Err(other) => return Err(other),
        }
    }
    if let (Some(from), Some(to)) = (audience.added_from, audience.added_to)
        && to < from
    {
        problems.push(problem(
            "addedTo",
            ErrorCode::BadUserInput,
            "addedTo is before addedFrom",
        ));
    }
    problems.into_result()?;
    audience.covered_staff = covered;
    Ok(audience)
}

/// What is wrong with a tag filter, if anything: too deep, too many tags, or a tag the tenant
/// does not have.
pub(crate) async fn tag_filter_problem(
    auth: &Authorized,
    filter: &TagExpr,
) -> ApiResult<Option<(ErrorCode, String)>> {
    let mut tags = Vec::new();
    if filter.walk(0, &mut tags).is_err() {
        return Ok(Some((
            ErrorCode::BadUserInput,
            format!("the tag filter nests deeper than {MAX_FILTER_DEPTH} levels of and/or/not"),
        )));
    }
    if tags.len() > MAX_FILTER_TAGS {
        return Ok(Some((
            ErrorCode::BadUserInput,
            format!("a tag filter names at most {MAX_FILTER_TAGS} tags"),
        )));
    }
    let wanted: BTreeSet<i64> = tags.into_iter().collect();
    let known = tag::Entity::find()
        .filter(tag::Column::TenantId.eq(auth.tenant_id()))
        .filter(tag::Column::Id.is_in(wanted.iter().copied()))
        .all(auth.db())
        .await?
        .len();
    if known < wanted.len() {
        return Ok(Some((
            ErrorCode::NotFound,
            "a tag of the filter does not exist".to_string(),
        )));
    }
    Ok(None)
}

/// The staff whose follows the actor covers (`None`: everyone in the tenant).
async fn covered_staff(auth: &Authorized) -> ApiResult<Option<Vec<i64>>> {
    Ok(match auth.actor.role {
        Role::Admin => None,
        Role::Manager | Role::Sales => Some(
            staff::Entity::find()
                .filter(auth.staff_scope().await?)
                .order_by_asc(staff::Column::Id)
                .all(auth.db())
                .await?
                .into_iter()
                .map(|member| member.id)
                .collect(),
        ),
        Role::Compliance | Role::Auditor => Some(Vec::new()),
    })
}

impl Audience {
    /// The follows that qualify (current, in scope, matching every part).
    pub(crate) fn follow_condition(&self, tenant_id: i64) -> Condition {
        let mut condition = Condition::all()
            .add(customer_follow::Column::TenantId.eq(tenant_id))
            .add(customer_follow::Column::LostAt.is_null());
        if let Some(covered) = &self.covered_staff {
            condition = condition.add(customer_follow::Column::StaffId.is_in(covered.clone()));
        }
        if !self.staff_ids.is_empty() {
            condition =
                condition.add(customer_follow::Column::StaffId.is_in(self.staff_ids.clone()));
        }
        if let Some(from) = self.added_from {
            condition = condition.add(customer_follow::Column::CreatedAt.gte(from));
        }
        if let Some(to) = self.added_to {
            condition = condition.add(customer_follow::Column::CreatedAt.lte(to));
        }
        if !self.channel_code_ids.is_empty() {
            let brought = Query::select()
                .column(channel_code_add::Column::CustomerId)
                .from(channel_code_add::Entity)
                .and_where(channel_code_add::Column::TenantId.eq(tenant_id))
                .and_where(channel_code_add::Column::CodeId.is_in(self.channel_code_ids.clone()))
                .to_owned();
            condition = condition.add(customer_follow::Column::CustomerId.in_subquery(brought));
        }
        // Only followers who can send: WeCom sends as a member with a WeCom account.
        let senders = Query::select()
            .column(staff::Column::Id)
            .from(staff::Entity)
            .and_where(staff::Column::TenantId.eq(tenant_id))
            .and_where(staff::Column::WecomUserid.is_not_null())
            .to_owned();
        condition = condition.add(customer_follow::Column::StaffId.in_subquery(senders));
        if let Some(filter) = &self.tag_filter {
            condition = condition.add(filter.condition(tenant_id));
        }
        condition
    }

    /// `SELECT DISTINCT customer_id` of the qualifying follows.
    pub(crate) fn customers(&self, tenant_id: i64) -> SelectStatement {
        Query::select()
            .distinct()
            .column(customer_follow::Column::CustomerId)
            .from(customer_follow::Entity)
            .cond_where(self.follow_condition(tenant_id))
            .to_owned()
    }
}

/// One customer of the audience and who sends to them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Recipient {
    pub customer_id: i64,
    pub staff_id: i64,
    pub external_userid: String,
    pub userid: String,
}

/// Every customer of the audience with their sender, by customer id.
pub(crate) async fn recipients<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    audience: &Audience,
) -> ApiResult<Vec<Recipient>> {
    let follows = customer_follow::Entity::find()
        .filter(audience.follow_condition(tenant_id))
        .order_by_asc(customer_follow::Column::CustomerId)
        .order_by_asc(customer_follow::Column::CreatedAt)
        .order_by_asc(customer_follow::Column::Id)
        .all(db)
        .await?;
    let mut chosen: Vec<(i64, i64)> = Vec::new();
    for follow in follows {
        if chosen
            .last()
            .is_some_and(|(customer, _)| *customer == follow.customer_id)
        {
            continue;
        }
        chosen.push((follow.customer_id, follow.staff_id));
    }
    let customer_ids: Vec<i64> = chosen.iter().map(|(customer, _)| *customer).collect();
    let staff_ids: BTreeSet<i64> = chosen.iter().map(|(_, staff)| *staff).collect();
    let mut external = std::collections::HashMap::new();
    for chunk in customer_ids.chunks(1000) {
        for row in customer::Entity::find()
            .filter(customer::Column::TenantId.eq(tenant_id))
            .filter(customer::Column::Id.is_in(chunk.to_vec()))
            .all(db)
            .await?
        {
            external.insert(row.id, row.external_userid);
        }
    }
    let userids: std::collections::HashMap<i64, String> = staff::Entity::find()
        .filter(staff::Column::TenantId.eq(tenant_id))
        .filter(staff::Column::Id.is_in(staff_ids))
        .all(db)
        .await?
        .into_iter()
        .filter_map(|member| Some((member.id, member.wecom_userid?)))
        .collect();
    Ok(chosen
        .into_iter()
        .filter_map(|(customer_id, staff_id)| {
            Some(Recipient {
                customer_id,
                staff_id,
                external_userid: external.get(&customer_id)?.clone(),
                userid: userids.get(&staff_id)?.clone(),
            })
        })
        .collect())
}

/// `Expr` for a literal column of an aliased subquery.
pub(crate) fn aliased(table: &str, column: &str) -> Expr {
    Expr::col((
        sea_orm::sea_query::Alias::new(table),
        sea_orm::sea_query::Alias::new(column),
    ))
}
