//! Follow-up activity per member: how many follow-ups each wrote in the range (by `at`, when
//! the contact happened), of each kind, and on how many customers.

use entity::follow_up::{self, FollowUpKind};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query};
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait};

use super::{Dashboard, count_of, count_when};
use crate::domain::Authorized;
use crate::error::ApiResult;

/// One member's follow-ups over the range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffActivity {
    pub staff_id: i64,
    pub total: i64,
    pub notes: i64,
    pub calls: i64,
    pub visits: i64,
    pub messages: i64,
    /// Distinct customers followed up.
    pub customers: i64,
}

/// Members with at least one follow-up in the range, by id.
pub async fn per_staff(auth: &Authorized, dashboard: &Dashboard) -> ApiResult<Vec<StaffActivity>> {
    let range = dashboard.instants();
    let of_kind = |kind: FollowUpKind| {
        count_when(Expr::col((follow_up::Entity, follow_up::Column::Kind)).eq(kind.to_value()))
    };
    let query = Query::select()
        .column(follow_up::Column::StaffId)
        .expr_as(Func::count(Expr::val(1)), Alias::new("total"))
        .expr_as(of_kind(FollowUpKind::Note), Alias::new("notes"))
        .expr_as(of_kind(FollowUpKind::Call), Alias::new("calls"))
        .expr_as(of_kind(FollowUpKind::Visit), Alias::new("visits"))
        .expr_as(of_kind(FollowUpKind::Message), Alias::new("messages"))
        .expr_as(
            Expr::cust("COUNT(DISTINCT \"follow_up\".\"customer_id\")"),
            Alias::new("customers"),
        )
        .from(follow_up::Entity)
        .and_where(follow_up::Column::TenantId.eq(dashboard.tenant_id()))
        .cond_where(dashboard.staff_condition(follow_up::Column::StaffId))
        .and_where(follow_up::Column::At.gte(range.start))
        .and_where(follow_up::Column::At.lt(range.end))
        .group_by_col(follow_up::Column::StaffId)
        .order_by(follow_up::Column::StaffId, sea_orm::Order::Asc)
        .to_owned();
    let mut activity = Vec::new();
    for row in auth.db().query_all(&query).await? {
        let count = |column: &str| count_of(&row, column);
        activity.push(StaffActivity {
            staff_id: row.try_get("", "staff_id")?,
            total: count("total")?,
            notes: count("notes")?,
            calls: count("calls")?,
            visits: count("visits")?,
            messages: count("messages")?,
            customers: count("customers")?,
        });
    }
    Ok(activity)
}
