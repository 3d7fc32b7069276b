//! A deal's life: created in a stage, moved between stages, won or lost — each step recorded
//! in its history ([`super::history`]) in the same transaction. Every mutation checks its whole
//! input first and writes nothing when any of it is wrong.

use chrono::NaiveDate;
use entity::deal::{self, DealStatus};
use entity::deal_event::DealEventKind;
use entity::{Role, pipeline_stage, staff};
use sea_orm::sea_query::Expr;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

use super::amount::{self, RawAmount};
use super::history::{self, Step};
use super::{pipelines, problem, reason};
use crate::domain::Authorized;
use crate::domain::crm::customers;
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// Every deal's currency today.
pub const CURRENCY: &str = "CNY";

/// A new deal.
#[derive(Debug, Clone)]
pub struct DealDraft {
    pub customer_id: i64,
    pub pipeline_id: i64,
    pub stage_id: i64,
    pub title: String,
    pub amount: RawAmount,
    pub expected_close_date: NaiveDate,
    /// `None`: the caller.
    pub owner_id: Option<i64>,
}

/// A change to an open deal; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct DealChange {
    pub title: Option<String>,
    pub amount: Option<RawAmount>,
    pub expected_close_date: Option<NaiveDate>,
    pub owner_id: Option<i64>,
}

/// `YYYY-MM-DD`, as stored.
pub fn date_text(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// The stored date back as a date (a row written by this code always parses).
pub fn stored_date(deal: &deal::Model) -> ApiResult<NaiveDate> {
    NaiveDate::parse_from_str(&deal.expected_close_date, "%Y-%m-%d").map_err(|_| {
        ApiError::Internal(format!(
            "deal {} has an unreadable expected close date",
            deal.id
        ))
    })
}

fn title(problems: &mut Problems, raw: &str) -> Option<String> {
    problems.check(validate::name(&["input", "title"], raw))
}

/// Whether the actor may make `owner_id` a deal's owner: an active ADMIN, MANAGER or SALES
/// member among the staff they cover (SALES: themselves).
async fn owner_allowed(auth: &Authorized, owner_id: i64) -> ApiResult<bool> {
    let found = staff::Entity::find_by_id(owner_id)
        .filter(auth.staff_scope().await?)
        .filter(staff::Column::Active.eq(true))
        .filter(staff::Column::Role.is_in([Role::Admin, Role::Manager, Role::Sales]))
        .one(auth.db())
        .await?;
    Ok(found.is_some())
}

async fn check_owner(problems: &mut Problems, auth: &Authorized, owner_id: i64) -> ApiResult<()> {
    if !owner_allowed(auth, owner_id).await? {
        problems.push(problem(
            &["ownerId"],
            ErrorCode::NotFound,
            "owner not found among the active selling staff you cover",
        ));
    }
    Ok(())
}

/// The stage `stage_id` if it is an active stage of `pipeline_id`; otherwise a problem at
/// `stageId`.
async fn check_stage(
    problems: &mut Problems,
    auth: &Authorized,
    pipeline_id: Option<i64>,
    stage_id: i64,
) -> ApiResult<Option<pipeline_stage::Model>> {
    let Some(stage) = pipelines::stage(auth, stage_id).await? else {
        problems.push(problem(
            &["stageId"],
            ErrorCode::NotFound,
            "stage not found",
        ));
        return Ok(None);
    };
    if pipeline_id.is_some_and(|pipeline| pipeline != stage.pipeline_id) {
        problems.push(problem(
            &["stageId"],
            ErrorCode::BadUserInput,
            "this stage belongs to another pipeline",
        ));
        return Ok(None);
    }
    if stage.archived_at.is_some() {
        problems.push(problem(
            &["stageId"],
            ErrorCode::BadUserInput,
            "this stage is archived: deals do not enter it any more",
        ));
        return Ok(None);
    }
    Ok(Some(stage))
}

/// Creates a deal in a stage; its history starts with CREATED.
pub async fn create(auth: &Authorized, draft: DealDraft) -> ApiResult<deal::Model> {
    auth.require(Action::Create, Resource::Deal)?;
    let mut problems = Problems::default();
    let title = title(&mut problems, &draft.title);
    let amount_fen = problems.check(amount::fen(&["input", "amountFen"], &draft.amount));
    // A customer outside the caller's scope reads exactly like one that does not exist.
    match customers::get(auth, draft.customer_id).await {
        Ok(_) => {}
        Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => problems.push(problem(
            &["customerId"],
            ErrorCode::NotFound,
            "customer not found",
        )),
        Err(other) => return Err(other),
    }
    let pipeline = match pipelines::get(auth, draft.pipeline_id).await {
        Ok(found) => Some(found),
        Err(ApiError::NotFound(_)) => {
            problems.push(problem(
                &["pipelineId"],
                ErrorCode::NotFound,
                "pipeline not found",
            ));
            None
        }
        Err(other) => return Err(other),
    };
    // Without a known pipeline the stage is still checked on its own (found, active).
    let pipeline_id = pipeline.as_ref().map(|found| found.id);
    let stage = check_stage(&mut problems, auth, pipeline_id, draft.stage_id).await?;
    let owner_id = draft.owner_id.unwrap_or(auth.actor.staff_id);
    check_owner(&mut problems, auth, owner_id).await?;
    problems.into_result()?;
    let (Some(title), Some(amount_fen), Some(pipeline), Some(stage)) =
        (title, amount_fen, pipeline, stage)
    else {
        return Err(ApiError::Internal(
            "a checked deal input went missing".into(),
        ));
    };
    let now = auth.store.now();
    let transaction = entity::begin_write(auth.db()).await?;
    let created = deal::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        customer_id: Set(draft.customer_id),
        pipeline_id: Set(pipeline.id),
        stage_id: Set(stage.id),
        owner_id: Set(owner_id),
        title: Set(title),
        amount_fen: Set(amount_fen),
        currency: Set(CURRENCY.to_owned()),
        status: Set(DealStatus::Open),
        expected_close_date: Set(date_text(draft.expected_close_date)),
        closed_at: Set(None),
        created_by: Set(auth.actor.staff_id),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    let step = Step {
        kind: DealEventKind::Created,
        from_stage_id: None,
        from_status: None,
        reason: None,
    };
    history::append(&transaction, auth, &created, step).await?;
    transaction.commit().await?;
    Ok(created)
}

/// One deal the actor may read (another tenant's, or outside their scope: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<deal::Model> {
    auth.require(Action::Read, Resource::Deal)?;
    deal::Entity::find_by_id(id)
        .filter(auth.deal_scope().await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("deal"))
}

fn closed_problem(found: &deal::Model) -> crate::error::FieldError {
    let status = match found.status {
        DealStatus::Won => "won",
        DealStatus::Lost => "lost",
        DealStatus::Open => "open",
    };
    problem(
        &["id"],
        ErrorCode::Conflict,
        format!("this deal is {status}: a closed deal does not change any more"),
    )
}

/// Applies a step to an open deal: one conditional update (still open, still where it was
/// read) and its event, in one transaction. A deal closed or moved meanwhile is a conflict.
async fn step(
    auth: &Authorized,
    found: deal::Model,
    to_stage_id: i64,
    to_status: DealStatus,
    kind: DealEventKind,
    reason: Option<String>,
) -> ApiResult<deal::Model> {
    let now = auth.store.now();
    let closed_at = (to_status != DealStatus::Open).then_some(now);
    let transaction = entity::begin_write(auth.db()).await?;
    let changed = deal::Entity::update_many()
        .col_expr(deal::Column::StageId, Expr::value(to_stage_id))
        .col_expr(deal::Column::Status, Expr::value(to_status))
        .col_expr(deal::Column::ClosedAt, Expr::value(closed_at))
        .col_expr(deal::Column::UpdatedAt, Expr::value(now))
        .filter(deal::Column::TenantId.eq(auth.tenant_id()))
        .filter(deal::Column::Id.eq(found.id))
        .filter(deal::Column::Status.eq(DealStatus::Open))
        .filter(deal::Column::StageId.eq(found.stage_id))
        .exec(&transaction)
        .await?;
    if changed.rows_affected == 0 {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            "this deal changed meanwhile (moved or closed): read it again",
        ));
    }
    let after = deal::Model {
        stage_id: to_stage_id,
        status: to_status,
        closed_at,
        updated_at: now,
        ..found.clone()
    };
    let step = Step {
        kind,
        from_stage_id: Some(found.stage_id),
        from_status: Some(found.status),
        reason,
    };
    history::append(&transaction, auth, &after, step).await?;
    transaction.commit().await?;
    Ok(after)
}

/// Moves an open deal to another active stage of its pipeline.
pub async fn move_to(
    auth: &Authorized,
    id: i64,
    stage_id: i64,
    raw_reason: Option<String>,
) -> ApiResult<deal::Model> {
    auth.require(Action::Update, Resource::Deal)?;
    let found = get(auth, id).await?;
    let mut problems = Problems::default();
    if found.status != DealStatus::Open {
        problems.push(closed_problem(&found));
    }
    let stage = check_stage(&mut problems, auth, Some(found.pipeline_id), stage_id).await?;
    if stage
        .as_ref()
        .is_some_and(|stage| stage.id == found.stage_id)
    {
        problems.push(problem(
            &["stageId"],
            ErrorCode::BadUserInput,
            "the deal is in this stage already",
        ));
    }
    let reason = problems.check(reason(raw_reason)).flatten();
    problems.into_result()?;
    step(
        auth,
        found,
        stage_id,
        DealStatus::Open,
        DealEventKind::Moved,
        reason,
    )
    .await
}

/// Closes an open deal as won (`reason` optional) or lost (`reason` required), in its stage.
pub async fn close(
    auth: &Authorized,
    id: i64,
    won: bool,
    raw_reason: Option<String>,
) -> ApiResult<deal::Model> {
    auth.require(Action::Update, Resource::Deal)?;
    let found = get(auth, id).await?;
    let mut problems = Problems::default();
    if found.status != DealStatus::Open {
        problems.push(closed_problem(&found));
    }
    let reason = problems.check(reason(raw_reason)).flatten();
    if !won && reason.is_none() {
        problems.push(problem(
            &["reason"],
            ErrorCode::BadUserInput,
            "say why the deal was lost: the reason is what the team learns from",
        ));
    }
    problems.into_result()?;
    let (status, kind) = if won {
        (DealStatus::Won, DealEventKind::Won)
    } else {
        (DealStatus::Lost, DealEventKind::Lost)
    };
    let stage_id = found.stage_id;
    step(auth, found, stage_id, status, kind, reason).await
}

/// Changes an open deal's title, amount, expected close date or owner. These are not steps:
/// the history records stages and outcomes, not edits.
pub async fn update(auth: &Authorized, id: i64, change: DealChange) -> ApiResult<deal::Model> {
    auth.require(Action::Update, Resource::Deal)?;
    let found = get(auth, id).await?;
    let mut problems = Problems::default();
    if found.status != DealStatus::Open {
        problems.push(closed_problem(&found));
    }
    let title = change
        .title
        .as_deref()
        .and_then(|raw| title(&mut problems, raw));
    let amount_fen = change
        .amount
        .as_ref()
        .and_then(|raw| problems.check(amount::fen(&["input", "amountFen"], raw)));
    if let Some(owner_id) = change.owner_id {
        check_owner(&mut problems, auth, owner_id).await?;
    }
    problems.into_result()?;
    let after = deal::Model {
        title: title.unwrap_or_else(|| found.title.clone()),
        amount_fen: amount_fen.unwrap_or(found.amount_fen),
        expected_close_date: change
            .expected_close_date
            .map(date_text)
            .unwrap_or_else(|| found.expected_close_date.clone()),
        owner_id: change.owner_id.unwrap_or(found.owner_id),
        updated_at: auth.store.now(),
        ..found.clone()
    };
    // Conditional on the deal still being open: a deal closed meanwhile stays as it closed.
    let changed = deal::Entity::update_many()
        .col_expr(deal::Column::Title, Expr::value(after.title.clone()))
        .col_expr(deal::Column::AmountFen, Expr::value(after.amount_fen))
        .col_expr(
            deal::Column::ExpectedCloseDate,
            Expr::value(after.expected_close_date.clone()),
        )
        .col_expr(deal::Column::OwnerId, Expr::value(after.owner_id))
        .col_expr(deal::Column::UpdatedAt, Expr::value(after.updated_at))
        .filter(deal::Column::TenantId.eq(auth.tenant_id()))
        .filter(deal::Column::Id.eq(found.id))
        .filter(deal::Column::Status.eq(DealStatus::Open))
        .exec(auth.db())
        .await?;
    if changed.rows_affected == 0 {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            "this deal was closed meanwhile: a closed deal does not change any more",
        ));
    }
    Ok(after)
}
