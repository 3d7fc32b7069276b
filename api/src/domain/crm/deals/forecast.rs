//! `pipelineForecast`: what a pipeline's deals closing in a date range are worth, per owner or
//! per month — one SQL aggregate (GROUP BY), never the deals themselves in memory.
//!
//! Over the deals of the pipeline the caller covers whose expected close date is in
//! `[from, to]` (both days included):
//! - open, won, lost: the sums of the amounts of the OPEN, WON and LOST deals;
//! - weighted: Σ over OPEN deals of amount × the win probability of their stage / 100, in
//!   exact integers: the database sums `amount_fen × win_probability` (whole fen-percents),
//!   and that sum is divided by 100 once, rounding half up — so 3 deals of 1 fen at 50 % are
//!   weighted 2 fen (150 / 100 = 1.5, up), not 3 × round(0.5).

use chrono::NaiveDate;
use entity::{deal, pipeline_stage};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Order, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait, QueryResult};

use super::lifecycle::date_text;
use super::pipelines;
use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// How forecast rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ForecastGrouping {
    /// One row per owner, by owner id.
    Owner,
    /// One row per calendar month of the expected close date (`YYYY-MM`), in order.
    Month,
}

/// A row's group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ForecastKey {
    Owner(i64),
    Month(String),
}

/// One row of a forecast; every amount in fen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ForecastRow {
    pub key: ForecastKey,
    pub open_fen: i64,
    pub weighted_fen: i64,
    pub won_fen: i64,
    pub lost_fen: i64,
}

/// Σ(whole fen-percents) / 100, rounded half up (the sum is never negative).
pub fn weighted_from_percents(fen_percents: i64) -> i64 {
    (fen_percents + 50) / 100
}

/// `CAST(SUM(CASE WHEN status = … THEN value ELSE 0 END) AS BIGINT)`: PostgreSQL sums
/// BIGINTs as NUMERIC, the cast brings the sum back to an integer on both databases.
fn sum_when(status: &str, value: &str) -> Expr {
    Expr::cust(format!(
        "CAST(SUM(CASE WHEN \"deal\".\"status\" = '{status}' THEN {value} ELSE 0 END) AS BIGINT)"
    ))
}

fn key_expr(grouping: ForecastGrouping) -> Expr {
    match grouping {
        ForecastGrouping::Owner => Expr::col((deal::Entity, deal::Column::OwnerId)),
        ForecastGrouping::Month => Expr::cust("SUBSTR(\"deal\".\"expected_close_date\", 1, 7)"),
    }
}

fn statement(
    scope: sea_orm::Condition,
    pipeline_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    grouping: ForecastGrouping,
) -> SelectStatement {
    let amount = "\"deal\".\"amount_fen\"";
    let weighted = "\"deal\".\"amount_fen\" * \"pipeline_stage\".\"win_probability\"";
    Query::select()
        .expr_as(key_expr(grouping), Alias::new("group_key"))
        .expr_as(sum_when("OPEN", amount), Alias::new("open_fen"))
        .expr_as(sum_when("OPEN", weighted), Alias::new("weighted_percents"))
        .expr_as(sum_when("WON", amount), Alias::new("won_fen"))
        .expr_as(sum_when("LOST", amount), Alias::new("lost_fen"))
        .from(deal::Entity)
        .inner_join(
            pipeline_stage::Entity,
            Expr::col((pipeline_stage::Entity, pipeline_stage::Column::Id))
                .equals((deal::Entity, deal::Column::StageId)),
        )
        .cond_where(scope)
        .and_where(deal::Column::PipelineId.eq(pipeline_id))
        .and_where(deal::Column::ExpectedCloseDate.gte(date_text(from)))
        .and_where(deal::Column::ExpectedCloseDate.lte(date_text(to)))
        .add_group_by([key_expr(grouping)])
        .order_by_expr(key_expr(grouping), Order::Asc)
        .to_owned()
}

fn row_of(row: &QueryResult, grouping: ForecastGrouping) -> ApiResult<ForecastRow> {
    let key = match grouping {
        ForecastGrouping::Owner => ForecastKey::Owner(row.try_get("", "group_key")?),
        ForecastGrouping::Month => ForecastKey::Month(row.try_get("", "group_key")?),
    };
    let weighted_percents: i64 = row.try_get("", "weighted_percents")?;
    Ok(ForecastRow {
        key,
        open_fen: row.try_get("", "open_fen")?,
        weighted_fen: weighted_from_percents(weighted_percents),
        won_fen: row.try_get("", "won_fen")?,
        lost_fen: row.try_get("", "lost_fen")?,
    })
}

/// The forecast of a pipeline over the deals the actor covers closing in `[from, to]`.
pub async fn forecast(
    auth: &Authorized,
    pipeline_id: i64,
    from: NaiveDate,
    to: NaiveDate,
    grouping: ForecastGrouping,
) -> ApiResult<Vec<ForecastRow>> {
    auth.require(Action::Read, Resource::Deal)?;
    let pipeline = pipelines::get(auth, pipeline_id).await?;
    if to < from {
        return Err(ApiError::field(
            &["to"],
            ErrorCode::BadUserInput,
            "`to` must be the same day as `from` or later",
        ));
    }
    let query = statement(auth.deal_scope().await?, pipeline.id, from, to, grouping);
    let rows = auth.db().query_all(&query).await?;
    rows.iter().map(|row| row_of(row, grouping)).collect()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn the_weighted_sum_is_divided_once_and_rounded_half_up() {
        assert_eq!(weighted_from_percents(0), 0);
        assert_eq!(weighted_from_percents(49), 0);
        assert_eq!(weighted_from_percents(50), 1);
        assert_eq!(weighted_from_percents(150), 2);
        assert_eq!(weighted_from_percents(12_345_649), 123_456);
        assert_eq!(weighted_from_percents(12_345_650), 123_457);
    }
}
