//! Mutations of pipelines (`pipelineCreate`, `pipelineUpdate`, `pipelineStageArchive`, ADMIN)
//! and deals (`dealCreate`, `dealUpdate`, `dealMove`, `dealWin`, `dealLose`).

use async_graphql::{Context, ID, InputObject, Object};

use crate::domain::crm::deals::lifecycle::{self, DealChange, DealDraft};
use crate::domain::crm::deals::pipelines::{self, StageDraft};
use crate::error::{ApiError, ApiResult, FieldError};
use crate::graphql::authorized;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::{Date, Deal, Fen, Pipeline};

#[derive(Default)]
pub struct DealMutation;

/// A stage of a new pipeline.
#[derive(InputObject)]
pub struct PipelineStageCreateInput {
    /// 1 to 100 characters, unique within the pipeline.
    pub name: String,
    /// Percent, 0 to 100.
    pub win_probability: i32,
}

/// A new pipeline and its stages, in order.
#[derive(InputObject)]
pub struct PipelineCreateInput {
    pub name: String,
    /// 1 to 30 stages.
    pub stages: Vec<PipelineStageCreateInput>,
}

/// A stage in a pipeline's new list: `id` keeps an existing stage (renamed, re-weighted, at
/// this place); without `id` a stage is added.
#[derive(InputObject)]
pub struct PipelineStageInput {
    pub id: Option<ID>,
    pub name: String,
    pub win_probability: i32,
}

/// A change to a pipeline; a field left out stays as it is. `stages` lists every active stage
/// (by id) in the new order, plus new ones: stages are archived, never dropped.
#[derive(InputObject)]
pub struct PipelineUpdateInput {
    pub id: ID,
    pub name: Option<String>,
    pub stages: Option<Vec<PipelineStageInput>>,
}

#[derive(InputObject)]
pub struct PipelineStageArchiveInput {
    pub stage_id: ID,
}

/// A new deal.
#[derive(InputObject)]
pub struct DealCreateInput {
    /// A customer you cover.
    pub customer_id: ID,
    pub pipeline_id: ID,
    /// An active stage of the pipeline.
    pub stage_id: ID,
    /// 1 to 200 characters.
    pub title: String,
    /// Integer fen, 0 to 2^53 − 1.
    pub amount_fen: Fen,
    pub expected_close_date: Date,
    /// An active member you cover (SALES: yourself); you by default.
    pub owner_id: Option<ID>,
}

/// A change to an open deal; a field left out stays as it is.
#[derive(InputObject)]
pub struct DealUpdateInput {
    pub id: ID,
    pub title: Option<String>,
    pub amount_fen: Option<Fen>,
    pub expected_close_date: Option<Date>,
    pub owner_id: Option<ID>,
}

#[derive(InputObject)]
pub struct DealMoveInput {
    pub id: ID,
    /// Another active stage of the deal's pipeline.
    pub stage_id: ID,
    /// Up to 500 characters.
    pub reason: Option<String>,
}

#[derive(InputObject)]
pub struct DealWinInput {
    pub id: ID,
    pub reason: Option<String>,
}

#[derive(InputObject)]
pub struct DealLoseInput {
    pub id: ID,
    /// Why it was lost (required, up to 500 characters).
    pub reason: String,
}

payload!(PipelinePayload {
    /// The pipeline as it is after the change.
    pipeline: Pipeline
});

payload!(DealPayload {
    /// The deal as it is after the change.
    deal: Deal
});

/// Collects id problems so one answer names them all.
#[derive(Default)]
struct Decoder(Vec<FieldError>);

impl Decoder {
    fn id(&mut self, field: &[&str], kind: NodeKind, id: &ID) -> i64 {
        match ids::decode(field, kind, id) {
            Ok(id) => id,
            Err(ApiError::Invalid(errors)) => {
                self.0.extend(errors);
                0
            }
            Err(_) => 0,
        }
    }

    fn finish(self) -> ApiResult<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(ApiError::Invalid(self.0))
        }
    }
}

#[Object]
impl DealMutation {
    /// Creates a pipeline with its stages (ADMIN).
    async fn pipeline_create(
        &self,
        ctx: &Context<'_>,
        input: PipelineCreateInput,
    ) -> async_graphql::Result<Option<PipelinePayload>> {
        let auth = authorized(ctx)?;
        let stages = input
            .stages
            .into_iter()
            .map(|stage| StageDraft {
                id: None,
                name: stage.name,
                win_probability: stage.win_probability,
            })
            .collect();
        let result = pipelines::create(auth, input.name, stages).await;
        respond(result.map(Pipeline))
    }

    /// Renames a pipeline, and renames, re-weights, reorders and adds its stages (ADMIN).
    async fn pipeline_update(
        &self,
        ctx: &Context<'_>,
        input: PipelineUpdateInput,
    ) -> async_graphql::Result<Option<PipelinePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut decoder = Decoder::default();
            let id = decoder.id(&["input", "id"], NodeKind::Pipeline, &input.id);
            let stages = input.stages.map(|stages| {
                stages
                    .into_iter()
                    .enumerate()
                    .map(|(index, stage)| StageDraft {
                        id: stage.id.as_ref().map(|id| {
                            decoder.id(
                                &["input", "stages", &index.to_string(), "id"],
                                NodeKind::PipelineStage,
                                id,
                            )
                        }),
                        name: stage.name,
                        win_probability: stage.win_probability,
                    })
                    .collect()
            });
            decoder.finish()?;
            pipelines::update(auth, id, input.name, stages).await
        }
        .await;
        respond(result.map(Pipeline))
    }

    /// Archives a stage (ADMIN): refused while a deal is open in it.
    async fn pipeline_stage_archive(
        &self,
        ctx: &Context<'_>,
        input: PipelineStageArchiveInput,
    ) -> async_graphql::Result<Option<PipelinePayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let stage_id = ids::decode(
                &["input", "stageId"],
                NodeKind::PipelineStage,
                &input.stage_id,
            )?;
            pipelines::archive_stage(auth, stage_id).await
        }
        .await;
        respond(result.map(Pipeline))
    }

    /// Creates a deal in a stage; its history starts with CREATED.
    async fn deal_create(
        &self,
        ctx: &Context<'_>,
        input: DealCreateInput,
    ) -> async_graphql::Result<Option<DealPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut decoder = Decoder::default();
            let draft = DealDraft {
                customer_id: decoder.id(
                    &["input", "customerId"],
                    NodeKind::Customer,
                    &input.customer_id,
                ),
                pipeline_id: decoder.id(
                    &["input", "pipelineId"],
                    NodeKind::Pipeline,
                    &input.pipeline_id,
                ),
                stage_id: decoder.id(
                    &["input", "stageId"],
                    NodeKind::PipelineStage,
                    &input.stage_id,
                ),
                title: input.title,
                amount: input.amount_fen.0,
                expected_close_date: input.expected_close_date.0,
                owner_id: input
                    .owner_id
                    .map(|id| decoder.id(&["input", "ownerId"], NodeKind::Staff, &id)),
            };
            decoder.finish()?;
            lifecycle::create(auth, draft).await
        }
        .await;
        respond(result.map(Deal))
    }

    /// Changes an open deal's title, amount, expected close date or owner.
    async fn deal_update(
        &self,
        ctx: &Context<'_>,
        input: DealUpdateInput,
    ) -> async_graphql::Result<Option<DealPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut decoder = Decoder::default();
            let id = decoder.id(&["input", "id"], NodeKind::Deal, &input.id);
            let change = DealChange {
                title: input.title,
                amount: input.amount_fen.map(|amount| amount.0),
                expected_close_date: input.expected_close_date.map(|date| date.0),
                owner_id: input
                    .owner_id
                    .map(|owner| decoder.id(&["input", "ownerId"], NodeKind::Staff, &owner)),
            };
            decoder.finish()?;
            lifecycle::update(auth, id, change).await
        }
        .await;
        respond(result.map(Deal))
    }

    /// Moves an open deal to another stage of its pipeline.
    async fn deal_move(
        &self,
        ctx: &Context<'_>,
        input: DealMoveInput,
    ) -> async_graphql::Result<Option<DealPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let mut decoder = Decoder::default();
            let id = decoder.id(&["input", "id"], NodeKind::Deal, &input.id);
            let stage_id = decoder.id(
                &["input", "stageId"],
                NodeKind::PipelineStage,
                &input.stage_id,
            );
            decoder.finish()?;
            lifecycle::move_to(auth, id, stage_id, input.reason).await
        }
        .await;
        respond(result.map(Deal))
    }

    /// Closes an open deal as won.
    async fn deal_win(
        &self,
        ctx: &Context<'_>,
        input: DealWinInput,
    ) -> async_graphql::Result<Option<DealPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Deal, &input.id)?;
            lifecycle::close(auth, id, true, input.reason).await
        }
        .await;
        respond(result.map(Deal))
    }

    /// Closes an open deal as lost, saying why.
    async fn deal_lose(
        &self,
        ctx: &Context<'_>,
        input: DealLoseInput,
    ) -> async_graphql::Result<Option<DealPayload>> {
        let auth = authorized(ctx)?;
        let result = async {
            let id = ids::decode(&["input", "id"], NodeKind::Deal, &input.id)?;
            lifecycle::close(auth, id, false, Some(input.reason)).await
        }
        .await;
        respond(result.map(Deal))
    }
}
