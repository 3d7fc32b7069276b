//! `pipelineConversion`: how deals flow through a pipeline's stages, from the history
//! (`deal_event`) in one SQL aggregate.
//!
//! For each stage S, over the deals the caller covers:
//! - entered: the deals that entered S — were created in it or moved into it — at an instant
//!   inside the local days `[from, to]` of the tenant's time zone (a deal entering S twice
//!   counts once);
//! - advanced: those of them that, after such an entry (at any time up to now), were moved to
//!   a stage of a higher position than S or won;
//! - rateBasisPoints: advanced × 10,000 / entered, rounded half up (null when none entered).
//!   Basis points keep the rate an exact integer: 6,667 is 66.67 %.
//!
//! Positions are the stages' current order: a reorder reinterprets old moves by the new one.
//!
//! Whether an entry advanced is not looked up here: each entry (`deal_event` CREATED or MOVED)
//! carries `advanced`, true when a later step of the deal won it or moved it to a stage of
//! higher position, kept by the steps that follow and recomputed when stages change position
//! ([`super::history`]). A deal counts as advanced from S when its first entry into S in the
//! range is flagged — which is the MAX of the flags of all its entries into S in the range: a
//! step after a later entry is also after the first, so a flagged entry implies a flagged first
//! one. MAX needs no first entry to find, and reads the same index as the entries.

use std::ops::Range;

use chrono::{DateTime, NaiveDate, Utc};
use entity::{deal, deal_event, pipeline_stage};
use sea_orm::sea_query::{Alias, Expr, ExprTrait, Func, Query, SelectStatement};
use sea_orm::{ColumnTrait, ConnectionTrait};

use super::pipelines;
use crate::domain::Authorized;
use crate::domain::org::tenants;
use crate::domain::policy::{Action, Resource};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// One stage's row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StageConversion {
    pub stage: pipeline_stage::Model,
    pub entered: i64,
    pub advanced: i64,
    /// `None` when no deal entered.
    pub rate_basis_points: Option<i64>,
}

/// advanced / entered in basis points, rounded half up.
pub fn rate_basis_points(advanced: i64, entered: i64) -> Option<i64> {
    if entered <= 0 {
        return None;
    }
    Some((advanced * 10_000 + entered / 2) / entered)
}

/// Whether an entry's flag is set, as 0 or 1 on both backends (PostgreSQL has no MAX of
/// booleans; SQLite stores them as 0 and 1).
const FLAGGED: &str = "MAX(CASE WHEN \"deal_event\".\"advanced\" THEN 1 ELSE 0 END)";

/// The deals that advanced from a stage: their flags, summed (never NULL: a stage's group has
/// at least one entry). Cast so that it decodes as an i64 on both backends whatever type each
/// gives the SUM.
const ADVANCED: &str = "CAST(SUM(\"entry\".\"advanced\") AS BIGINT)";

/// Each stage of the pipeline, in order, with its conversion over `[from, to]`.
pub async fn conversion(
    auth: &Authorized,
    pipeline_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> ApiResult<Vec<StageConversion>> {
    auth.require(Action::Read, Resource::Deal)?;
    let pipeline = pipelines::get(auth, pipeline_id).await?;
    let Some(days) = tenants::time_zone(auth).await?.days(from, to) else {
        return Err(ApiError::field(
            &["to"],
            ErrorCode::BadUserInput,
            "`to` must be the same day as `from` or later",
        ));
    };
    let covered = if auth.covers_whole_tenant().await? {
        None
    } else {
        Some(
            Query::select()
                .column((deal::Entity, deal::Column::Id))
                .from(deal::Entity)
                .cond_where(auth.deal_scope().await?)
                .to_owned(),
        )
    };
    conversion_of(auth, &pipeline, days, covered).await
}

/// The conversion of the deals `covered` selects (ids; `None`: every deal of the tenant, with no
/// list of ids to build — SQLite built all 20,000 for every funnel) over the instants `days`:
/// the one statement behind `pipelineConversion` and the dashboard's funnel.
pub(crate) async fn conversion_of(
    auth: &Authorized,
    pipeline: &entity::pipeline::Model,
    days: Range<DateTime<Utc>>,
    covered: Option<SelectStatement>,
) -> ApiResult<Vec<StageConversion>> {
    // One row per deal and stage it entered in the range, with whether it advanced from there
    // (the first entry's flag, the MAX of them): a deal entering a stage twice counts once,
    // without a COUNT(DISTINCT …) to sort for.
    let mut entries = Query::select()
        .column(deal_event::Column::DealId)
        .column(deal_event::Column::ToStageId)
        .expr_as(Expr::cust(FLAGGED), Alias::new("advanced"))
        .from(deal_event::Entity)
        .and_where(deal_event::Column::TenantId.eq(auth.tenant_id()))
        .and_where(deal_event::Column::PipelineId.eq(pipeline.id))
        .and_where(deal_event::Column::Kind.is_in([
            deal_event::DealEventKind::Created,
            deal_event::DealEventKind::Moved,
        ]))
        .and_where(deal_event::Column::At.gte(days.start))
        .and_where(deal_event::Column::At.lt(days.end))
        .group_by_col(deal_event::Column::DealId)
        .group_by_col(deal_event::Column::ToStageId)
        .to_owned();
    if let Some(covered) = covered {
        entries.and_where(deal_event::Column::DealId.in_subquery(covered));
    }
    let entry = Alias::new("entry");
    let query = Query::select()
        .expr_as(
            Expr::col((pipeline_stage::Entity, pipeline_stage::Column::Id)),
            Alias::new("stage_id"),
        )
        .expr_as(Func::count(Expr::val(1)), Alias::new("entered"))
        .expr_as(Expr::cust(ADVANCED), Alias::new("advanced"))
        .from_subquery(entries, entry.clone())
        .inner_join(
            pipeline_stage::Entity,
            Expr::col((pipeline_stage::Entity, pipeline_stage::Column::Id))
                .equals((entry, deal_event::Column::ToStageId)),
        )
        .group_by_col((pipeline_stage::Entity, pipeline_stage::Column::Id))
        .to_owned();
    let rows = auth.db().query_all(&query).await?;
    let mut counts = std::collections::HashMap::new();
    for row in &rows {
        let stage_id: i64 = row.try_get("", "stage_id")?;
        let entered: i64 = row.try_get("", "entered")?;
        let advanced: i64 = row.try_get("", "advanced")?;
        counts.insert(stage_id, (entered, advanced));
    }
    Ok(pipelines::stages_of(auth, pipeline.id)
        .await?
        .into_iter()
        .map(|stage| {
            let (entered, advanced) = counts.get(&stage.id).copied().unwrap_or((0, 0));
            StageConversion {
                stage,
                entered,
                advanced,
                rate_basis_points: rate_basis_points(advanced, entered),
            }
        })
        .collect())
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn rates_are_basis_points_rounded_half_up() {
        assert_eq!(rate_basis_points(0, 0), None);
        assert_eq!(rate_basis_points(2, 3), Some(6_667));
        assert_eq!(rate_basis_points(1, 3), Some(3_333));
        assert_eq!(rate_basis_points(3, 3), Some(10_000));
        assert_eq!(rate_basis_points(1, 8), Some(1_250));
    }
}
