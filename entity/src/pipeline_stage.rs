use sea_orm::entity::prelude::*;

/// One stage of a pipeline. Stages are never deleted (deals and their history point at
/// them): a stage no longer used is archived, once no open deal is in it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pipeline_stage")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub pipeline_id: i64,
    pub name: String,
    /// Percent, 0 to 100: how likely a deal in this stage is to be won (the forecast weight).
    pub win_probability: i32,
    /// Order within the pipeline, from 0; archived stages come after the active ones.
    pub position: i32,
    pub archived_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
