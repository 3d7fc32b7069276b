//! Pipelines and their stages: tenant configuration, written by ADMIN and read by the selling
//! roles. Stages are never deleted — deals and their history point at them — only archived,
//! and only once no open deal is in them.

use std::collections::{BTreeSet, HashMap};

use entity::deal::{self, DealStatus};
use entity::{pipeline, pipeline_stage};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, Set,
};

use super::{history, problem};
use crate::domain::Authorized;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// Most stages a pipeline lists (active ones; archived stages come on top).
pub const MAX_STAGES: usize = 30;
/// Longest name of a pipeline or a stage.
pub const MAX_NAME_CHARS: usize = 100;

/// A stage as the admin gives it: `id` names an existing stage to keep (renamed, re-weighted,
/// moved to this place), `None` adds one.
#[derive(Debug, Clone)]
pub struct StageDraft {
    pub id: Option<i64>,
    pub name: String,
    /// Percent, 0 to 100.
    pub win_probability: i32,
}

fn pipeline_name(problems: &mut Problems, raw: &str) -> Option<String> {
    let name = problems.check(validate::name(&["input", "name"], raw))?;
    if name.chars().count() > MAX_NAME_CHARS {
        problems.push(problem(
            &["name"],
            ErrorCode::BadUserInput,
            format!("a pipeline's name has at most {MAX_NAME_CHARS} characters"),
        ));
        return None;
    }
    Some(name)
}

/// Checks the stages, in the order given, against the pipeline's current ones (`current`:
/// empty for a new pipeline). Every problem is named at its stage; the trimmed drafts come
/// back when there is none.
fn check_stages(
    problems: &mut Problems,
    drafts: Vec<StageDraft>,
    current: &[pipeline_stage::Model],
) -> Vec<StageDraft> {
    if drafts.is_empty() || drafts.len() > MAX_STAGES {
        problems.push(problem(
            &["stages"],
            ErrorCode::BadUserInput,
            format!("a pipeline has 1 to {MAX_STAGES} stages"),
        ));
    }
    let by_id: HashMap<i64, &pipeline_stage::Model> =
        current.iter().map(|stage| (stage.id, stage)).collect();
    let mut names = BTreeSet::new();
    let mut kept = BTreeSet::new();
    let mut checked = Vec::with_capacity(drafts.len());
    for (index, mut draft) in drafts.into_iter().enumerate() {
        let index = index.to_string();
        let field = |name: &'static str| ["input", "stages", index.as_str(), name];
        match validate::name(&field("name"), &draft.name) {
            Ok(name) if name.chars().count() > MAX_NAME_CHARS => problems.push(problem(
                &["stages", index.as_str(), "name"],
                ErrorCode::BadUserInput,
                format!("a stage's name has at most {MAX_NAME_CHARS} characters"),
            )),
            Ok(name) => {
                if !names.insert(name.clone()) {
                    problems.push(problem(
                        &["stages", index.as_str(), "name"],
                        ErrorCode::BadUserInput,
                        format!("two stages are named {name:?}: stage names are unique within a pipeline"),
                    ));
                }
                draft.name = name;
            }
            Err(error) => problems.push(error),
        }
        if !(0..=100).contains(&draft.win_probability) {
            problems.push(problem(
                &["stages", index.as_str(), "winProbability"],
                ErrorCode::BadUserInput,
                "winProbability is a percent from 0 to 100",
            ));
        }
        if let Some(id) = draft.id {
            match by_id.get(&id) {
                None => problems.push(problem(
                    &["stages", index.as_str(), "id"],
                    ErrorCode::NotFound,
                    "no stage of this pipeline has this id",
                )),
                Some(stage) if stage.archived_at.is_some() => problems.push(problem(
                    &["stages", index.as_str(), "id"],
                    ErrorCode::BadUserInput,
                    "this stage is archived: leave it out",
                )),
                Some(_) if !kept.insert(id) => problems.push(problem(
                    &["stages", index.as_str(), "id"],
                    ErrorCode::BadUserInput,
                    "a stage is listed twice",
                )),
                Some(_) => {}
            }
        }
        checked.push(draft);
    }
    let dropped = current
        .iter()
        .filter(|stage| stage.archived_at.is_none() && !kept.contains(&stage.id))
        .count();
    if dropped > 0 {
        problems.push(problem(
            &["stages"],
            ErrorCode::BadUserInput,
            format!(
                "{dropped} active stage(s) are missing: list every active stage (by id) in the new order, and archive a stage with pipelineStageArchive"
            ),
        ));
    }
    checked
}

/// Creates a pipeline with its stages, in the order given.
pub async fn create(
    auth: &Authorized,
    name: String,
    stages: Vec<StageDraft>,
) -> ApiResult<pipeline::Model> {
    auth.require(Action::Create, Resource::Pipeline)?;
    let mut problems = Problems::default();
    let name = pipeline_name(&mut problems, &name);
    for (index, stage) in stages.iter().enumerate() {
        if stage.id.is_some() {
            problems.push(problem(
                &["stages", &index.to_string(), "id"],
                ErrorCode::BadUserInput,
                "a new pipeline's stages are new: leave id out",
            ));
        }
    }
    let stages = check_stages(&mut problems, stages, &[]);
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("a checked name went missing".into()))?;
    let now = auth.store.now();
    let transaction = entity::begin_write(auth.db()).await?;
    let created = pipeline::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(name),
        created_by: Set(auth.actor.staff_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    write_stages(&transaction, auth, created.id, &stages, &[]).await?;
    transaction.commit().await?;
    Ok(created)
}

/// Writes the listed stages at positions 0, 1, … (updating kept ones, inserting new ones) and
/// puts the archived ones after them, in their previous order. When an existing stage changes
/// position (a reorder, a stage added before it, a stage archived before it), the entries'
/// `advanced` flags are recomputed: they compare positions ([`history`]).
async fn write_stages(
    db: &impl ConnectionTrait,
    auth: &Authorized,
    pipeline_id: i64,
    stages: &[StageDraft],
    current: &[pipeline_stage::Model],
) -> ApiResult<()> {
    let now = auth.store.now();
    let by_id: HashMap<i64, &pipeline_stage::Model> =
        current.iter().map(|stage| (stage.id, stage)).collect();
    // The positions as last committed, compared with the new ones: `current` was read before
    // the transaction, and a reorder committed since must not make this one look unchanged.
    // Read under the stage order, which steps reading positions share ([`history`]).
    let mut committed: HashMap<i64, i32> = HashMap::new();
    if !current.is_empty() {
        history::hold_stage_order(db, auth.tenant_id(), pipeline_id, true).await?;
        committed = pipeline_stage::Entity::find()
            .filter(pipeline_stage::Column::TenantId.eq(auth.tenant_id()))
            .filter(pipeline_stage::Column::PipelineId.eq(pipeline_id))
            .all(db)
            .await?
            .into_iter()
            .map(|stage| (stage.id, stage.position))
            .collect();
    }
    let mut position = 0;
    let mut repositioned = false;
    for draft in stages {
        match draft.id.and_then(|id| by_id.get(&id)) {
            Some(stage) => {
                repositioned |= committed.get(&stage.id) != Some(&position);
                let mut row: pipeline_stage::ActiveModel = (*stage).clone().into();
                row.name = Set(draft.name.clone());
                row.win_probability = Set(draft.win_probability);
                row.position = Set(position);
                row.update(db).await?;
            }
            None => {
                pipeline_stage::ActiveModel {
                    tenant_id: Set(auth.tenant_id()),
                    pipeline_id: Set(pipeline_id),
                    name: Set(draft.name.clone()),
                    win_probability: Set(draft.win_probability),
                    position: Set(position),
                    archived_at: Set(None),
                    created_at: Set(now),
                    ..Default::default()
                }
                .insert(db)
                .await?;
            }
        }
        position += 1;
    }
    for stage in current.iter().filter(|stage| stage.archived_at.is_some()) {
        repositioned |= committed.get(&stage.id) != Some(&position);
        let mut row: pipeline_stage::ActiveModel = stage.clone().into();
        row.position = Set(position);
        row.update(db).await?;
        position += 1;
    }
    if !repositioned {
        return Ok(());
    }
    history::recompute_advanced(db, auth.tenant_id(), pipeline_id).await
}

/// Renames a pipeline and/or sets its active stages: every active stage listed by id in the
/// new order (renamed, re-weighted), new ones without id. Stages are archived, not dropped.
pub async fn update(
    auth: &Authorized,
    id: i64,
    name: Option<String>,
    stages: Option<Vec<StageDraft>>,
) -> ApiResult<pipeline::Model> {
    auth.require(Action::Update, Resource::Pipeline)?;
    let found = get(auth, id).await?;
    let current = stages_of(auth, found.id).await?;
    let mut problems = Problems::default();
    let name = match name {
        Some(raw) => pipeline_name(&mut problems, &raw),
        None => Some(found.name.clone()),
    };
    let stages = stages.map(|drafts| check_stages(&mut problems, drafts, &current));
    problems.into_result()?;
    let name = name.ok_or_else(|| ApiError::Internal("a checked name went missing".into()))?;
    let transaction = entity::begin_write(auth.db()).await?;
    if let Some(stages) = &stages {
        write_stages(&transaction, auth, found.id, stages, &current).await?;
    }
    let mut row: pipeline::ActiveModel = found.into();
    row.name = Set(name);
    row.updated_at = Set(auth.store.now());
    let updated = row.update(&transaction).await?;
    transaction.commit().await?;
    Ok(updated)
}

/// Archives a stage: refused while a deal is open in it, or when it is the pipeline's last
/// active stage. Its deals (won or lost) and their history keep pointing at it.
pub async fn archive_stage(auth: &Authorized, stage_id: i64) -> ApiResult<pipeline::Model> {
    auth.require(Action::Update, Resource::Pipeline)?;
    let Some(stage) = stage(auth, stage_id).await? else {
        return Err(ApiError::field(
            &["input", "stageId"],
            ErrorCode::NotFound,
            "stage not found",
        ));
    };
    let found = get(auth, stage.pipeline_id).await?;
    if stage.archived_at.is_some() {
        return Ok(found);
    }
    let transaction = entity::begin_write(auth.db()).await?;
    // Inside the write transaction: a deal moved into the stage meanwhile is seen.
    let open = deal::Entity::find()
        .filter(deal::Column::TenantId.eq(auth.tenant_id()))
        .filter(deal::Column::StageId.eq(stage.id))
        .filter(deal::Column::Status.eq(DealStatus::Open))
        .count(&transaction)
        .await?;
    if open > 0 {
        return Err(ApiError::field(
            &["input", "stageId"],
            ErrorCode::Conflict,
            format!("{open} open deal(s) are in this stage: move, win or lose them first"),
        ));
    }
    let active = pipeline_stage::Entity::find()
        .filter(pipeline_stage::Column::TenantId.eq(auth.tenant_id()))
        .filter(pipeline_stage::Column::PipelineId.eq(stage.pipeline_id))
        .filter(pipeline_stage::Column::ArchivedAt.is_null())
        .count(&transaction)
        .await?;
    if active <= 1 {
        return Err(ApiError::field(
            &["input", "stageId"],
            ErrorCode::Conflict,
            "this is the pipeline's last active stage: a pipeline keeps at least one",
        ));
    }
    let mut current = stages_of(auth, found.id).await?;
    let archived_at = auth.store.now();
    let mut row: pipeline_stage::ActiveModel = stage.clone().into();
    row.archived_at = Set(Some(archived_at));
    row.update(&transaction).await?;
    // Positions: the archived stage goes after the active ones.
    for listed in current.iter_mut().filter(|listed| listed.id == stage.id) {
        listed.archived_at = Some(archived_at);
    }
    let active: Vec<StageDraft> = current
        .iter()
        .filter(|listed| listed.archived_at.is_none())
        .map(|listed| StageDraft {
            id: Some(listed.id),
            name: listed.name.clone(),
            win_probability: listed.win_probability,
        })
        .collect();
    write_stages(&transaction, auth, found.id, &active, &current).await?;
    transaction.commit().await?;
    get(auth, found.id).await
}

/// One pipeline of the caller's tenant (another tenant's: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<pipeline::Model> {
    auth.require(Action::Read, Resource::Pipeline)?;
    pipeline::Entity::find_by_id(id)
        .filter(pipeline::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("pipeline"))
}

/// The pipelines of the tenant, oldest first.
pub async fn list(auth: &Authorized, request: &PageRequest) -> ApiResult<Page<pipeline::Model>> {
    auth.require(Action::Read, Resource::Pipeline)?;
    let query = pipeline::Entity::find().filter(pipeline::Column::TenantId.eq(auth.tenant_id()));
    let ordering = Ordering::<pipeline::Entity> {
        name: "PIPELINE_CREATED_AT_ASC".to_owned(),
        column: pipeline::Column::CreatedAt,
        id_column: pipeline::Column::Id,
        descending: false,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// A pipeline's stages in order (active first, then archived).
pub async fn stages_of(
    auth: &Authorized,
    pipeline_id: i64,
) -> ApiResult<Vec<pipeline_stage::Model>> {
    auth.require(Action::Read, Resource::Pipeline)?;
    Ok(pipeline_stage::Entity::find()
        .filter(pipeline_stage::Column::TenantId.eq(auth.tenant_id()))
        .filter(pipeline_stage::Column::PipelineId.eq(pipeline_id))
        .order_by_asc(pipeline_stage::Column::Position)
        .order_by_asc(pipeline_stage::Column::Id)
        .all(auth.db())
        .await?)
}

/// A stage of the caller's tenant, or `None` (another tenant's, or none at all).
pub async fn stage(auth: &Authorized, id: i64) -> ApiResult<Option<pipeline_stage::Model>> {
    auth.require(Action::Read, Resource::Pipeline)?;
    Ok(pipeline_stage::Entity::find_by_id(id)
        .filter(pipeline_stage::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?)
}

/// A stage as a node: not found outside the tenant.
pub async fn get_stage(auth: &Authorized, id: i64) -> ApiResult<pipeline_stage::Model> {
    stage(auth, id)
        .await?
        .ok_or(ApiError::NotFound("pipeline stage"))
}

/// The stages of the caller's tenant among `ids` (for a page of deals: one query).
pub async fn stages_by_ids(
    auth: &Authorized,
    ids: &[i64],
) -> ApiResult<Vec<pipeline_stage::Model>> {
    auth.require(Action::Read, Resource::Pipeline)?;
    Ok(pipeline_stage::Entity::find()
        .filter(pipeline_stage::Column::TenantId.eq(auth.tenant_id()))
        .filter(pipeline_stage::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}

/// The pipelines of the caller's tenant among `ids`.
pub async fn by_ids(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<pipeline::Model>> {
    auth.require(Action::Read, Resource::Pipeline)?;
    Ok(pipeline::Entity::find()
        .filter(pipeline::Column::TenantId.eq(auth.tenant_id()))
        .filter(pipeline::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?)
}
