//! `Pipeline`, `PipelineStage`, `Deal` and its history, and the forecast and conversion rows.

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{deal, deal_event, pipeline, pipeline_stage};

use crate::domain::Authorized;
use crate::domain::crm::customers;
use crate::domain::crm::deals::conversion::StageConversion as DomainStageConversion;
use crate::domain::crm::deals::forecast::{ForecastKey, ForecastRow as DomainForecastRow};
use crate::domain::crm::deals::list::{DealCondition, DealOrderField as DomainOrderField};
use crate::domain::crm::deals::{history, lifecycle, pipelines};
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Combinators, Customer, Date, Fen, FilterInput, OrderDirection, Staff};
use crate::graphql::{authorized, request_loaders};

/// Where a deal stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::deal::DealStatus")]
pub enum DealStatus {
    Open,
    Won,
    Lost,
}

/// What a step of a deal's history was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::deal_event::DealEventKind")]
pub enum DealEventKind {
    /// Created in `to`.
    Created,
    /// Moved from `from` to `to`.
    Moved,
    /// Won in its stage.
    Won,
    /// Lost in its stage.
    Lost,
}

/// A sales pipeline: ordered stages deals move through.
pub struct Pipeline(pub pipeline::Model);

#[Object]
impl Pipeline {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Pipeline, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Its stages in order: the active ones, then the archived ones.
    async fn stages(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<PipelineStage>> {
        let auth = authorized(ctx)?;
        Ok(pipelines::stages_of(auth, self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(PipelineStage)
            .collect())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A stage of a pipeline.
pub struct PipelineStage(pub pipeline_stage::Model);

#[Object]
impl PipelineStage {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::PipelineStage, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    /// Percent, 0 to 100: the weight of the stage's open deals in the forecast.
    async fn win_probability(&self) -> i32 {
        self.0.win_probability
    }

    /// Order within the pipeline, from 0.
    async fn position(&self) -> i32 {
        self.0.position
    }

    /// Archived stages take no new deals.
    async fn archived(&self) -> bool {
        self.0.archived_at.is_some()
    }

    async fn archived_at(&self) -> Option<DateTime<Utc>> {
        self.0.archived_at
    }

    async fn pipeline_id(&self) -> ID {
        ids::encode(NodeKind::Pipeline, self.0.pipeline_id)
    }
}

/// A deal (商机): a sale in the making with a customer.
pub struct Deal(pub deal::Model);

/// Stages by id, one query per page of deals (`Deal.stage`, `DealEvent.from`/`to`).
pub struct PipelineStageById(pub Authorized);

impl Loader<i64> for PipelineStageById {
    type Value = pipeline_stage::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        Ok(pipelines::stages_by_ids(&self.0, keys)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|stage| (stage.id, stage))
            .collect())
    }
}

/// Pipelines by id (`Deal.pipeline`).
pub struct PipelineById(pub Authorized);

impl Loader<i64> for PipelineById {
    type Value = pipeline::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        Ok(pipelines::by_ids(&self.0, keys)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|found| (found.id, found))
            .collect())
    }
}

async fn stage_node(ctx: &Context<'_>, id: i64) -> async_graphql::Result<PipelineStage> {
    let found = request_loaders(ctx)?
        .pipeline_stage_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    // A deal's stage is in the deal's tenant: always found.
    found
        .map(PipelineStage)
        .ok_or_else(|| to_graphql(&ApiError::NotFound("pipeline stage")))
}

async fn member(ctx: &Context<'_>, id: i64) -> async_graphql::Result<Option<Staff>> {
    let found = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(found.map(Staff))
}

#[Object]
impl Deal {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Deal, self.0.id)
    }

    async fn title(&self) -> &str {
        &self.0.title
    }

    /// The amount in integer fen (分).
    async fn amount_fen(&self) -> Fen {
        Fen::of(self.0.amount_fen)
    }

    /// ISO 4217: always "CNY" today.
    async fn currency(&self) -> &str {
        &self.0.currency
    }

    async fn status(&self) -> DealStatus {
        self.0.status.into()
    }

    /// The stage it is in (for a closed deal: the stage it closed in).
    async fn stage(&self, ctx: &Context<'_>) -> async_graphql::Result<PipelineStage> {
        stage_node(ctx, self.0.stage_id).await
    }

    async fn pipeline(&self, ctx: &Context<'_>) -> async_graphql::Result<Pipeline> {
        let found = request_loaders(ctx)?
            .pipeline_by_id
            .load_one(self.0.pipeline_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        found
            .map(Pipeline)
            .ok_or_else(|| to_graphql(&ApiError::NotFound("pipeline")))
    }

    async fn owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.owner_id).await
    }

    /// The customer (null when you no longer see them).
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let auth = authorized(ctx)?;
        match customers::get(auth, self.0.customer_id).await {
            Ok(found) => Ok(Some(Customer(found))),
            Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => Ok(None),
            Err(other) => Err(to_graphql(&other)),
        }
    }

    async fn expected_close_date(&self) -> async_graphql::Result<Date> {
        Ok(Date(lifecycle::stored_date(&self.0).gql()?))
    }

    /// When it was won or lost.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.0.closed_at
    }

    /// Its steps, oldest first: created, moved, won or lost.
    async fn history(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<DealEvent>> {
        let auth = authorized(ctx)?;
        Ok(history::of_deal(auth, self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(DealEvent)
            .collect())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// One step of a deal.
pub struct DealEvent(pub deal_event::Model);

#[Object]
impl DealEvent {
    async fn kind(&self) -> DealEventKind {
        self.0.kind.into()
    }

    /// The stage before the step (null when the deal was created).
    async fn from(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<PipelineStage>> {
        let Some(id) = self.0.from_stage_id else {
            return Ok(None);
        };
        Ok(Some(stage_node(ctx, id).await?))
    }

    /// The stage after the step.
    async fn to(&self, ctx: &Context<'_>) -> async_graphql::Result<PipelineStage> {
        stage_node(ctx, self.0.to_stage_id).await
    }

    async fn from_status(&self) -> Option<DealStatus> {
        self.0.from_status.map(Into::into)
    }

    async fn to_status(&self) -> DealStatus {
        self.0.to_status.into()
    }

    /// Who took the step.
    async fn by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.by_staff_id).await
    }

    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    async fn reason(&self) -> Option<&str> {
        self.0.reason.as_deref()
    }
}

/// Filters deals; all given conditions must hold.
#[derive(Debug, Clone, InputObject)]
pub struct DealFilter {
    pub pipeline_id: Option<ID>,
    pub stage_id: Option<ID>,
    pub owner_id: Option<ID>,
    pub status: Option<DealStatus>,
    /// Expected to close on this day or later.
    pub expected_close_from: Option<Date>,
    /// Expected to close on this day or earlier.
    pub expected_close_to: Option<Date>,
}

impl FilterInput for DealFilter {
    type Condition = DealCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators::none()
    }

    fn conditions(self) -> Result<Vec<DealCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(id) = self.pipeline_id {
            conditions.push(DealCondition::Pipeline(ids::decode(
                &["filter", "pipelineId"],
                NodeKind::Pipeline,
                &id,
            )?));
        }
        if let Some(id) = self.stage_id {
            conditions.push(DealCondition::Stage(ids::decode(
                &["filter", "stageId"],
                NodeKind::PipelineStage,
                &id,
            )?));
        }
        if let Some(id) = self.owner_id {
            conditions.push(DealCondition::Owner(ids::decode(
                &["filter", "ownerId"],
                NodeKind::Staff,
                &id,
            )?));
        }
        if let Some(status) = self.status {
            conditions.push(DealCondition::Status(status.into()));
        }
        if let Some(date) = self.expected_close_from {
            conditions.push(DealCondition::ExpectedCloseFrom(date.0));
        }
        if let Some(date) = self.expected_close_to {
            conditions.push(DealCondition::ExpectedCloseTo(date.0));
        }
        Ok(conditions)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum DealOrderField {
    CreatedAt,
    ExpectedCloseDate,
    Amount,
    Title,
}

/// Sort order of deals; ties are broken by id in the same direction.
#[derive(Debug, Clone, InputObject)]
pub struct DealOrder {
    pub field: DealOrderField,
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl DealOrder {
    pub fn into_domain(self) -> (DomainOrderField, bool) {
        let field = match self.field {
            DealOrderField::CreatedAt => DomainOrderField::CreatedAt,
            DealOrderField::ExpectedCloseDate => DomainOrderField::ExpectedCloseDate,
            DealOrderField::Amount => DomainOrderField::Amount,
            DealOrderField::Title => DomainOrderField::Title,
        };
        (field, self.direction.is_descending())
    }
}

/// How forecast rows are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum ForecastGroupBy {
    /// One row per owner; `key` is the owner's global id.
    Owner,
    /// One row per month of the expected close date; `key` is `YYYY-MM`.
    Month,
}

/// One group of a forecast; every amount in integer fen.
#[derive(SimpleObject)]
pub struct ForecastRow {
    /// The owner's global id (OWNER) or `YYYY-MM` (MONTH).
    pub key: String,
    /// Σ amount of the OPEN deals.
    pub open_amount_fen: Fen,
    /// Σ over OPEN deals of amount × stage winProbability / 100: the sum of
    /// amount × winProbability divided by 100 once, rounded half up.
    pub weighted_amount_fen: Fen,
    /// Σ amount of the WON deals.
    pub won_amount_fen: Fen,
    /// Σ amount of the LOST deals.
    pub lost_amount_fen: Fen,
}

impl From<DomainForecastRow> for ForecastRow {
    fn from(row: DomainForecastRow) -> Self {
        ForecastRow {
            key: match row.key {
                ForecastKey::Owner(id) => ids::encode(NodeKind::Staff, id).0,
                ForecastKey::Month(month) => month,
            },
            open_amount_fen: Fen::of(row.open_fen),
            weighted_amount_fen: Fen::of(row.weighted_fen),
            won_amount_fen: Fen::of(row.won_fen),
            lost_amount_fen: Fen::of(row.lost_fen),
        }
    }
}

/// How deals went on from one stage (docs/SALES.md, "Conversion").
pub struct StageConversion(pub DomainStageConversion);

#[Object]
impl StageConversion {
    async fn stage(&self) -> PipelineStage {
        PipelineStage(self.0.stage.clone())
    }

    /// Deals that entered the stage (created in it or moved into it) during the range.
    async fn entered(&self) -> i64 {
        self.0.entered
    }

    /// Those of them that afterwards moved to a later stage or were won.
    async fn advanced(&self) -> i64 {
        self.0.advanced
    }

    /// advanced × 10,000 / entered, rounded half up (6667 is 66.67 %); null when none entered.
    async fn rate_basis_points(&self) -> Option<i64> {
        self.0.rate_basis_points
    }
}
