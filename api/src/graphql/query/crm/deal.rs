//! Queries of pipelines and deals: `pipelines`, `deals`, `pipelineForecast`,
//! `pipelineConversion` (docs/SALES.md, "Pipelines and deals").

use async_graphql::connection::Connection;
use async_graphql::{Context, ID, Object};

use crate::domain::crm::deals::forecast::ForecastGrouping;
use crate::domain::crm::deals::list::DealOrderField;
use crate::domain::crm::deals::{conversion, forecast, list, pipelines};
use crate::domain::page::PageRequest;
use crate::graphql::authorized;
use crate::graphql::cost;
use crate::graphql::errors::GraphqlResult;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Date, Deal, DealFilter, DealOrder, FilterInput, ForecastGroupBy, ForecastRow, Pipeline,
    StageConversion, TotalCount, connection_of,
};

#[derive(Default)]
pub struct DealQuery;

#[Object]
impl DealQuery {
    /// The tenant's sales pipelines, oldest first (ADMIN, MANAGER, SALES).
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn pipelines(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Pipeline, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = pipelines::list(auth, &request).await.gql()?;
        Ok(connection_of(page, Pipeline))
    }

    /// Deals you cover: admins the tenant's, managers those owned in their department tree,
    /// sales their own (on customers they follow). Newest first unless `orderBy` says
    /// otherwise; ties are broken by id.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    #[allow(clippy::too_many_arguments)]
    async fn deals(
        &self,
        ctx: &Context<'_>,
        filter: Option<DealFilter>,
        order_by: Option<DealOrder>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, Deal, TotalCount>> {
        let auth = authorized(ctx)?;
        let filter = filter.map(DealFilter::into_domain).transpose().gql()?;
        let (field, descending) = order_by
            .map(DealOrder::into_domain)
            .unwrap_or((DealOrderField::CreatedAt, true));
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = list::list(auth, filter, field, descending, &request)
            .await
            .gql()?;
        Ok(connection_of(page, Deal))
    }

    /// What the pipeline's deals you cover, expected to close from `from` to `to` (both
    /// included), are worth: open, weighted (by stage win probability), won and lost, per
    /// owner or per month. Amounts in fen.
    #[graphql(complexity = "cost::LIST + child_complexity")]
    async fn pipeline_forecast(
        &self,
        ctx: &Context<'_>,
        pipeline_id: ID,
        from: Date,
        to: Date,
        group_by: ForecastGroupBy,
    ) -> async_graphql::Result<Vec<ForecastRow>> {
        let auth = authorized(ctx)?;
        let pipeline_id = ids::decode(&["pipelineId"], NodeKind::Pipeline, &pipeline_id).gql()?;
        let grouping = match group_by {
            ForecastGroupBy::Owner => ForecastGrouping::Owner,
            ForecastGroupBy::Month => ForecastGrouping::Month,
        };
        Ok(
            forecast::forecast(auth, pipeline_id, from.0, to.0, grouping)
                .await
                .gql()?
                .into_iter()
                .map(ForecastRow::from)
                .collect(),
        )
    }

    /// Per stage, in order: the deals you cover that entered it during the local days `from`
    /// to `to`, how many of them later moved to a later stage or were won, and the rate in
    /// basis points.
    #[graphql(complexity = "cost::LIST + child_complexity")]
    async fn pipeline_conversion(
        &self,
        ctx: &Context<'_>,
        pipeline_id: ID,
        from: Date,
        to: Date,
    ) -> async_graphql::Result<Vec<StageConversion>> {
        let auth = authorized(ctx)?;
        let pipeline_id = ids::decode(&["pipelineId"], NodeKind::Pipeline, &pipeline_id).gql()?;
        Ok(conversion::conversion(auth, pipeline_id, from.0, to.0)
            .await
            .gql()?
            .into_iter()
            .map(StageConversion)
            .collect())
    }
}
