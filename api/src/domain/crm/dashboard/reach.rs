//! Broadcast reach: what the mass messages the dashboard's members sent during the range did.
//! A recipient row belongs to the period of its send (`sent_at`) when sent, else of its
//! reservation (`reserved_at`: when the broadcast went out to WeCom).

use entity::broadcast_recipient::{self, RecipientStatus};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Query};
use sea_orm::{ActiveEnum, ColumnTrait, ConnectionTrait};

use super::{Dashboard, count_of, count_when};
use crate::domain::Authorized;
use crate::error::ApiResult;

/// What the range's broadcasts reached.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reach {
    /// Broadcasts with at least one recipient in the range.
    pub broadcasts: i64,
    /// Recipients WeCom delivered to (the follower confirmed the send).
    pub delivered: i64,
    /// Distinct customers delivered to.
    pub customers_reached: i64,
    /// Handed to WeCom and not yet confirmed.
    pub pending: i64,
    /// Refused by WeCom, not a contact any more, or over WeCom's daily limit.
    pub failed: i64,
    /// Left out by the tenant's anti-harassment policy.
    pub excluded: i64,
}

pub async fn reach(auth: &Authorized, dashboard: &Dashboard) -> ApiResult<Reach> {
    let range = dashboard.instants();
    let column =
        |column: broadcast_recipient::Column| Expr::col((broadcast_recipient::Entity, column));
    let status = column(broadcast_recipient::Column::Status);
    let when = Expr::cust(
        "COALESCE(\"broadcast_recipient\".\"sent_at\", \"broadcast_recipient\".\"reserved_at\")",
    );
    let of_status = |statuses: &[RecipientStatus]| {
        count_when(
            status
                .clone()
                .is_in(statuses.iter().map(|status| Expr::val(status.to_value()))),
        )
    };
    let query = Query::select()
        .expr_as(
            Expr::cust("COUNT(DISTINCT \"broadcast_recipient\".\"broadcast_id\")"),
            Alias::new("broadcasts"),
        )
        .expr_as(of_status(&[RecipientStatus::Sent]), Alias::new("delivered"))
        .expr_as(
            Expr::cust(
                "COUNT(DISTINCT CASE WHEN \"broadcast_recipient\".\"status\" = 'SENT' \
                 THEN \"broadcast_recipient\".\"customer_id\" END)",
            ),
            Alias::new("customers_reached"),
        )
        .expr_as(
            of_status(&[RecipientStatus::Reserved]),
            Alias::new("pending"),
        )
        .expr_as(
            of_status(&[
                RecipientStatus::Failed,
                RecipientStatus::NotFriend,
                RecipientStatus::WecomLimit,
            ]),
            Alias::new("failed"),
        )
        .expr_as(
            of_status(&[RecipientStatus::Excluded]),
            Alias::new("excluded"),
        )
        .from(broadcast_recipient::Entity)
        .and_where(broadcast_recipient::Column::TenantId.eq(dashboard.tenant_id()))
        .cond_where(dashboard.staff_condition(broadcast_recipient::Column::StaffId))
        .and_where(when.clone().gte(range.start))
        .and_where(when.lt(range.end))
        .to_owned();
    let Some(row) = auth.db().query_one(&query).await? else {
        return Ok(Reach::default());
    };
    let count = |column: &str| count_of(&row, column);
    Ok(Reach {
        broadcasts: count("broadcasts")?,
        delivered: count("delivered")?,
        customers_reached: count("customers_reached")?,
        pending: count("pending")?,
        failed: count("failed")?,
        excluded: count("excluded")?,
    })
}
