//! The deal funnel of one pipeline: per stage, in order, the open deals now in it (count and
//! amount) and how the deals that entered it during the range moved on — the same conversion
//! `pipelineConversion` computes, over the deals owned by the dashboard's members.

use std::collections::HashMap;

use entity::deal::{self, DealStatus};
use entity::pipeline_stage;
use sea_orm::sea_query::{Alias, Expr, Func, Query};
use sea_orm::{ColumnTrait, ConnectionTrait};

use super::Dashboard;
use crate::domain::Authorized;
use crate::domain::crm::deals::conversion::{self, StageConversion};
use crate::domain::crm::deals::pipelines;
use crate::domain::policy::{Action, Resource};
use crate::error::ApiResult;

/// One stage of the funnel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FunnelStage {
    pub conversion: StageConversion,
    /// Open deals now in the stage.
    pub open_deals: i64,
    /// Their amounts, in fen.
    pub open_amount_fen: i64,
}

/// The funnel of `pipeline_id` (a pipeline of the tenant; `NOT_FOUND` otherwise).
pub async fn funnel(
    auth: &Authorized,
    dashboard: &Dashboard,
    pipeline_id: i64,
) -> ApiResult<Vec<FunnelStage>> {
    auth.require(Action::Read, Resource::Deal)?;
    let pipeline = pipelines::get(auth, pipeline_id).await?;
    let scope = auth
        .deal_scope()
        .await?
        .add(dashboard.staff_condition(deal::Column::OwnerId));
    let whole_tenant = auth.covers_whole_tenant().await? && dashboard.staff_ids().is_none();
    let covered = (!whole_tenant).then(|| {
        Query::select()
            .column((deal::Entity, deal::Column::Id))
            .from(deal::Entity)
            .cond_where(scope.clone())
            .to_owned()
    });
    let stages = conversion::conversion_of(auth, &pipeline, dashboard.instants(), covered).await?;

    let open = Query::select()
        .column(deal::Column::StageId)
        .expr_as(Func::count(Expr::val(1)), Alias::new("deals"))
        .expr_as(
            Expr::cust("CAST(SUM(\"deal\".\"amount_fen\") AS BIGINT)"),
            Alias::new("amount_fen"),
        )
        .from(deal::Entity)
        .cond_where(scope)
        .and_where(deal::Column::PipelineId.eq(pipeline.id))
        .and_where(deal::Column::Status.eq(DealStatus::Open))
        .group_by_col(deal::Column::StageId)
        .to_owned();
    let mut open_by_stage: HashMap<i64, (i64, i64)> = HashMap::new();
    for row in auth.db().query_all(&open).await? {
        let stage_id: i64 = row.try_get("", "stage_id")?;
        let deals: i64 = row.try_get("", "deals")?;
        let amount: Option<i64> = row.try_get("", "amount_fen")?;
        open_by_stage.insert(stage_id, (deals, amount.unwrap_or(0)));
    }
    Ok(stages
        .into_iter()
        .map(|conversion| {
            let stage: &pipeline_stage::Model = &conversion.stage;
            let (open_deals, open_amount_fen) =
                open_by_stage.get(&stage.id).copied().unwrap_or((0, 0));
            FunnelStage {
                conversion,
                open_deals,
                open_amount_fen,
            }
        })
        .collect())
}
