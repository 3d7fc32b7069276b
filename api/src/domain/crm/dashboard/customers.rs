//! New, lost, net and still-alive customers: per period, per member and per channel code.
//!
//! - **new**: follows made in the period, handovers (`add_way` 202) left out;
//! - **lost**: follows that ended in the period because the customer deleted the member, the
//!   member deleted the customer, or WeCom no longer knows the pair — not a handover
//!   (`TRANSFERRED`);
//! - **net**: new − lost;
//! - **alive**: follows made before the end of the range and not lost by then.

use entity::customer_follow::{self, FollowLoss};
use entity::{channel_code_add, customer_follow::Entity as Follow};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryResult};

use super::{Dashboard, count_of as count, count_when};
use crate::domain::Authorized;
use crate::error::ApiResult;

/// WeCom's `add_way` of a follow an admin assigned: a handover, not a new customer.
pub const ADD_WAY_ASSIGNED: i32 = 202;

/// Ends of a follow that are losses (a handover is not).
pub const LOSSES: [FollowLoss; 3] = [
    FollowLoss::CustomerDeletedStaff,
    FollowLoss::StaffDeletedCustomer,
    FollowLoss::GoneFromWecom,
];

/// One period's customer counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PeriodCounts {
    pub new: i64,
    /// Customers who deleted the member.
    pub lost_by_customer: i64,
    /// Customers the member deleted.
    pub lost_by_staff: i64,
    /// Pairs WeCom no longer knows (found by a sync, direction unknown).
    pub lost_otherwise: i64,
}

impl PeriodCounts {
    pub fn lost(&self) -> i64 {
        self.lost_by_customer + self.lost_by_staff + self.lost_otherwise
    }

    pub fn net(&self) -> i64 {
        self.new - self.lost()
    }
}

/// Counts over the whole range for one member or one channel code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RangeCounts {
    /// The member's id, or the channel code's.
    pub key: i64,
    pub new: i64,
    pub lost: i64,
    pub alive: i64,
}

/// Narrows the per-period counts to one member or one channel code.
#[derive(Debug, Clone, Copy, Default)]
pub struct PeriodFilter {
    pub staff_id: Option<i64>,
    pub channel_code_id: Option<i64>,
}

fn follow(column: customer_follow::Column) -> Expr {
    Expr::col((Follow, column))
}

fn is_new() -> Expr {
    follow(customer_follow::Column::AddWay).ne(ADD_WAY_ASSIGNED)
}

fn is_loss() -> Expr {
    follow(customer_follow::Column::LostBy).is_in(LOSSES.map(|loss| Expr::val(loss_value(loss))))
}

fn loss_value(loss: FollowLoss) -> String {
    sea_orm::ActiveEnum::to_value(&loss)
}

/// Follows of the dashboard's members (and of the filter's member or code).
fn scoped(query: &mut SelectStatement, dashboard: &Dashboard, filter: PeriodFilter) {
    query.and_where(customer_follow::Column::TenantId.eq(dashboard.tenant_id()));
    query.cond_where(dashboard.staff_condition(customer_follow::Column::StaffId));
    if let Some(staff_id) = filter.staff_id {
        query.and_where(customer_follow::Column::StaffId.eq(staff_id));
    }
    if let Some(code_id) = filter.channel_code_id {
        let brought = Query::select()
            .column(channel_code_add::Column::FollowId)
            .from(channel_code_add::Entity)
            .and_where(channel_code_add::Column::TenantId.eq(dashboard.tenant_id()))
            .and_where(channel_code_add::Column::CodeId.eq(code_id))
            .to_owned();
        query.and_where(customer_follow::Column::Id.in_subquery(brought));
    }
}

/// Every period of the dashboard with its counts (periods without events count zero).
pub async fn per_period(
    auth: &Authorized,
    dashboard: &Dashboard,
    filter: PeriodFilter,
) -> ApiResult<Vec<PeriodCounts>> {
    let mut counts = vec![PeriodCounts::default(); dashboard.periods.len()];

    let backend = auth.db().get_database_backend();
    let mut added = Query::select();
    dashboard.bucket(
        &mut added,
        Follow,
        follow(customer_follow::Column::CreatedAt),
        backend,
    );
    added
        .expr_as(Func::count(Expr::val(1)), Alias::new("new"))
        .and_where(is_new());
    scoped(&mut added, dashboard, filter);
    for row in auth.db().query_all(&added).await? {
        if let Some(slot) = slot(&mut counts, &row)? {
            slot.new = count(&row, "new")?;
        }
    }

    let lost_by =
        |loss: FollowLoss| count_when(follow(customer_follow::Column::LostBy).eq(loss_value(loss)));
    let mut lost = Query::select();
    dashboard.bucket(
        &mut lost,
        Follow,
        follow(customer_follow::Column::LostAt),
        backend,
    );
    lost.expr_as(
        lost_by(FollowLoss::CustomerDeletedStaff),
        Alias::new("by_customer"),
    )
    .expr_as(
        lost_by(FollowLoss::StaffDeletedCustomer),
        Alias::new("by_staff"),
    )
    .expr_as(lost_by(FollowLoss::GoneFromWecom), Alias::new("otherwise"))
    .and_where(is_loss());
    scoped(&mut lost, dashboard, filter);
    for row in auth.db().query_all(&lost).await? {
        if let Some(slot) = slot(&mut counts, &row)? {
            slot.lost_by_customer = count(&row, "by_customer")?;
            slot.lost_by_staff = count(&row, "by_staff")?;
            slot.lost_otherwise = count(&row, "otherwise")?;
        }
    }
    Ok(counts)
}

fn slot<'a>(
    counts: &'a mut [PeriodCounts],
    row: &QueryResult,
) -> ApiResult<Option<&'a mut PeriodCounts>> {
    let index: i64 = row.try_get("", "period_index")?;
    Ok(usize::try_from(index)
        .ok()
        .and_then(|index| counts.get_mut(index)))
}

/// The new, lost and alive counts of the range for `key` (a follow column or an expression of
/// the joined channel-code add), for keys with any of them.
fn range_counts(dashboard: &Dashboard, key: Expr, query: &mut SelectStatement) {
    let range = dashboard.instants();
    let created = follow(customer_follow::Column::CreatedAt);
    let lost_at = follow(customer_follow::Column::LostAt);
    let in_range = |time: Expr| time.clone().gte(range.start).and(time.lt(range.end));
    let alive_at_end = created
        .clone()
        .lt(range.end)
        .and(lost_at.clone().is_null().or(lost_at.clone().gte(range.end)));
    query
        .expr_as(key.clone(), Alias::new("group_key"))
        .expr_as(
            count_when(in_range(created.clone()).and(is_new())),
            Alias::new("new"),
        )
        .expr_as(
            count_when(in_range(lost_at.clone()).and(is_loss())),
            Alias::new("lost"),
        )
        .expr_as(count_when(alive_at_end), Alias::new("alive"))
        // Follows that could count: made before the end, not ended before the start.
        .and_where(created.lt(range.end))
        .and_where(lost_at.clone().is_null().or(lost_at.gte(range.start)))
        .add_group_by([key]);
}

fn range_rows(rows: Vec<QueryResult>) -> ApiResult<Vec<RangeCounts>> {
    let mut counted = Vec::new();
    for row in rows {
        let counts = RangeCounts {
            key: row.try_get("", "group_key")?,
            new: count(&row, "new")?,
            lost: count(&row, "lost")?,
            alive: count(&row, "alive")?,
        };
        if counts.new != 0 || counts.lost != 0 || counts.alive != 0 {
            counted.push(counts);
        }
    }
    Ok(counted)
}

/// Per member (by id): new, lost and alive over the range.
pub async fn by_staff(auth: &Authorized, dashboard: &Dashboard) -> ApiResult<Vec<RangeCounts>> {
    let mut query = Query::select();
    query.from(Follow);
    range_counts(
        dashboard,
        follow(customer_follow::Column::StaffId),
        &mut query,
    );
    scoped(&mut query, dashboard, PeriodFilter::default());
    query.order_by(
        (Follow, customer_follow::Column::StaffId),
        sea_orm::Order::Asc,
    );
    range_rows(auth.db().query_all(&query).await?)
}

/// Per channel code (by id): new, lost and alive over the range, of the follows it brought.
pub async fn by_channel_code(
    auth: &Authorized,
    dashboard: &Dashboard,
) -> ApiResult<Vec<RangeCounts>> {
    let code = Expr::col((channel_code_add::Entity, channel_code_add::Column::CodeId));
    let mut query = Query::select();
    query.from(channel_code_add::Entity).inner_join(
        Follow,
        Expr::col((Follow, customer_follow::Column::Id))
            .equals((channel_code_add::Entity, channel_code_add::Column::FollowId)),
    );
    range_counts(dashboard, code.clone(), &mut query);
    query.and_where(
        Expr::col((channel_code_add::Entity, channel_code_add::Column::TenantId))
            .eq(dashboard.tenant_id()),
    );
    scoped(&mut query, dashboard, PeriodFilter::default());
    query.order_by_expr(code, sea_orm::Order::Asc);
    range_rows(auth.db().query_all(&query).await?)
}

/// Customers with at least one follow of the dashboard's members alive at the end of the
/// range (a customer two members follow counts once).
pub async fn alive(auth: &Authorized, dashboard: &Dashboard) -> ApiResult<i64> {
    let end = dashboard.instants().end;
    let lost_at = follow(customer_follow::Column::LostAt);
    // One row per customer, counted outside: grouped so, SQLite walks the follows in customer
    // order (`ix_follow_tenant_customer_span`), where COUNT(DISTINCT …) sorted them all first.
    let mut customers = Query::select();
    customers
        .column((Follow, customer_follow::Column::CustomerId))
        .from(Follow)
        .and_where(follow(customer_follow::Column::CreatedAt).lt(end))
        .and_where(lost_at.clone().is_null().or(lost_at.gte(end)))
        .group_by_col((Follow, customer_follow::Column::CustomerId));
    scoped(&mut customers, dashboard, PeriodFilter::default());
    let query = Query::select()
        .expr_as(Func::count(Expr::val(1)), Alias::new("alive"))
        .from_subquery(customers, Alias::new("alive_customer"))
        .to_owned();
    let row = auth.db().query_one(&query).await?;
    match row {
        Some(row) => count(&row, "alive"),
        None => Ok(0),
    }
}
