//! `broadcastPreview`: what a send made now would do with an audience — how many customers it
//! reaches and how many the rules leave out, by reason — counted in one SQL pass, so it stays
//! fast on a tenant of 100,000 customers (docs/BENCHMARKS.md).

use chrono::{DateTime, NaiveDate, Utc};
use entity::broadcast_recipient::{self, RecipientStatus};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query, SubQueryStatement};
use sea_orm::{Condition, ConnectionTrait};

use super::audience::{Audience, aliased, customers_tagged, customers_unsubscribed};
use super::rules::{self, Exclusion, Rules};
use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult};

/// A preview's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    /// Customers a send made now would reach.
    pub recipients: u64,
    /// Customers it would leave out, by reason (every reason, zeros included).
    pub excluded: Vec<(Exclusion, u64)>,
    /// When a send asked for now would start: now, or the end of the quiet hours.
    pub sends_at: DateTime<Utc>,
}

/// `(SELECT COUNT(*) …)` of the counted messages of the audience row's customer from `from` to
/// `to` (local days): a range of `ix_broadcast_recipient_customer_day`, read from the index.
fn counted(tenant_id: i64, from: NaiveDate, to: NaiveDate) -> Expr {
    let recipient = Alias::new("recipient");
    let column = |name: broadcast_recipient::Column| Expr::col((recipient.clone(), name));
    let statement = Query::select()
        .expr(Expr::cust("COUNT(*)"))
        .from_as(broadcast_recipient::Entity, recipient.clone())
        .and_where(column(broadcast_recipient::Column::TenantId).eq(tenant_id))
        .and_where(
            column(broadcast_recipient::Column::CustomerId)
                .equals((Alias::new("audience"), Alias::new("customer_id"))),
        )
        .and_where(column(broadcast_recipient::Column::LocalDay).gte(from.to_string()))
        .and_where(column(broadcast_recipient::Column::LocalDay).lte(to.to_string()))
        .and_where(column(broadcast_recipient::Column::Status).is_in(RecipientStatus::COUNTED))
        .to_owned();
    Expr::SubQuery(
        None,
        Box::new(SubQueryStatement::SelectStatement(statement)),
    )
}

/// Counts the audience and its exclusions under `rules` on `today` in one statement: each
/// customer of the audience with their messages today and in the week (two index ranges),
/// then one pass summing who is left out for which reason.
pub(crate) async fn count<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    audience: &Audience,
    rules: &Rules,
    today: NaiveDate,
) -> ApiResult<(u64, Vec<(Exclusion, u64)>)> {
    let per_customer = Query::select()
        .expr_as(
            aliased("audience", "customer_id"),
            Alias::new("customer_id"),
        )
        .expr_as(counted(tenant_id, today, today), Alias::new("today"))
        .expr_as(
            counted(tenant_id, rules::week_start(today), today),
            Alias::new("week"),
        )
        .from_subquery(audience.customers(tenant_id), Alias::new("audience"))
        .to_owned();
    let column = |name: &str| aliased("counts", name);
    let tagged: Condition = match rules.opt_out_tag_id {
        Some(tag_id) => Condition::all()
            .add(column("customer_id").in_subquery(customers_tagged(tenant_id, tag_id))),
        None => Condition::all().add(Expr::val(1).eq(0)),
    };
    let replied =
        Condition::all().add(column("customer_id").in_subquery(customers_unsubscribed(tenant_id)));
    let daily = Condition::all().add(column("today").gte(i64::from(rules.per_customer_daily)));
    let weekly = Condition::all().add(column("week").gte(i64::from(rules.per_customer_weekly)));
    // Each reason counts the customers it is the first reason for (`rules::exclusion`'s order).
    let first_of = |reason: Condition, earlier: &[&Condition]| {
        earlier
            .iter()
            .fold(Condition::all().add(reason), |all, earlier| {
                all.add((*earlier).clone().not())
            })
    };
    let sum = |condition: Condition| Func::sum(Expr::case(condition, 1).finally(0));
    let statement = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("total"))
        .expr_as(sum(tagged.clone()), Alias::new("opted"))
        .expr_as(
            sum(first_of(replied.clone(), &[&tagged])),
            Alias::new("replied"),
        )
        .expr_as(
            sum(first_of(daily.clone(), &[&tagged, &replied])),
            Alias::new("daily"),
        )
        .expr_as(
            sum(first_of(weekly, &[&tagged, &replied, &daily])),
            Alias::new("weekly"),
        )
        .from_subquery(per_customer, Alias::new("counts"))
        .to_owned();
    let row = db
        .query_one_raw(db.get_database_backend().build(&statement))
        .await?
        .ok_or_else(|| ApiError::Internal("a count returned no row".into()))?;
    let get = |column: &str| -> ApiResult<u64> {
        let value: Option<i64> = row.try_get("", column)?;
        Ok(u64::try_from(value.unwrap_or(0)).unwrap_or(0))
    };
    let total = get("total")?;
    let excluded = vec![
        (Exclusion::OptedOut, get("opted")?),
        (Exclusion::RepliedUnsubscribe, get("replied")?),
        (Exclusion::DailyCap, get("daily")?),
        (Exclusion::WeeklyCap, get("weekly")?),
    ];
    let left_out: u64 = excluded.iter().map(|(_, count)| count).sum();
    Ok((total.saturating_sub(left_out), excluded))
}

/// What a send of `audience` made now would do (the caller's own scope fixes the audience).
pub async fn preview(auth: &Authorized, audience: Audience) -> ApiResult<Preview> {
    auth.require(Action::Read, Resource::Broadcast)?;
    let audience = super::audience::check(auth, &["audience"], audience).await?;
    let rules = super::policy::load(auth.db(), auth.tenant_id()).await?;
    let zone = crate::domain::org::tenants::time_zone(auth).await?;
    let now = auth.store.now();
    let sends_at = rules::next_allowed(&rules, zone, now);
    // The caps are those of the day the send would start.
    let today = sends_at.with_timezone(&zone.tz()).date_naive();
    let (recipients, excluded) =
        count(auth.db(), auth.tenant_id(), &audience, &rules, today).await?;
    Ok(Preview {
        recipients,
        excluded,
        sends_at,
    })
}
