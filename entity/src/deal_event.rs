use sea_orm::entity::prelude::*;

use crate::deal::DealStatus;

/// One step of a deal, appended in the transaction of the change: created in a stage, moved
/// between stages, won or lost. Ids grow with commits of one writer, so a reader can follow a
/// tenant's events after a cursor id. Only `advanced`, derived from later steps and the stages'
/// order, ever changes.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "deal_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub deal_id: i64,
    pub pipeline_id: i64,
    pub kind: DealEventKind,
    /// `None` when the deal was created.
    pub from_stage_id: Option<i64>,
    /// The stage the deal is in after the step (for WON and LOST: the stage it closed in).
    pub to_stage_id: i64,
    pub from_status: Option<DealStatus>,
    pub to_status: DealStatus,
    pub by_staff_id: i64,
    pub at: DateTimeUtc,
    pub reason: Option<String>,
    /// For CREATED and MOVED (the deal entered `to_stage_id`): whether a later step of the deal
    /// won it or moved it to a stage of higher position than `to_stage_id`'s current one. Kept
    /// up to date by the steps that follow and by stage reorders; always false for WON and LOST.
    /// Conversion counts it instead of looking at later steps on every read.
    pub advanced: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum DealEventKind {
    /// The deal was created in `to_stage_id`: it entered that stage.
    #[sea_orm(string_value = "CREATED")]
    Created,
    /// The deal moved from `from_stage_id` to `to_stage_id`: it entered the latter.
    #[sea_orm(string_value = "MOVED")]
    Moved,
    #[sea_orm(string_value = "WON")]
    Won,
    #[sea_orm(string_value = "LOST")]
    Lost,
}
