use sea_orm::entity::prelude::*;

/// One occurrence of an SOP rule's trigger that fired: unique per rule, customer (0 when the
/// occurrence has none) and occurrence key, so an occurrence fires exactly once however many
/// jobs meet it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sop_run")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub rule_id: i64,
    /// The customer it fired for; 0: none (a schedule without an audience).
    pub customer_id: i64,
    /// What occurred: `add:<channel_code_add id>`, `tag:<follow>:<tag>:<micros>`,
    /// `silent:<follow>:<micros>`, `cron:<unix seconds>`.
    pub occurrence_key: String,
    /// When it occurred (the add, the tagging, the end of the silence, the cron instant).
    pub occurred_at: DateTimeUtc,
    pub fired_at: DateTimeUtc,
    /// What each action did, as JSON (`api::domain::engage::sop::ActionOutcome`).
    pub outcomes: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
