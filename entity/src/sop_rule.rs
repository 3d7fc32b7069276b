use sea_orm::entity::prelude::*;

/// An SOP rule (`api::domain::engage::sop`): when its trigger occurs for a customer (or on its
/// schedule), its actions run — once per occurrence (`sop_run`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sop_rule")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub trigger_kind: SopTriggerKind,
    /// ADDED_VIA_CHANNEL_CODE: the code.
    pub channel_code_id: Option<i64>,
    /// TAG_APPLIED: the tag.
    pub tag_id: Option<i64>,
    /// DEAL_ENTERED_STAGE: the pipeline stage.
    pub stage_id: Option<i64>,
    /// NO_CONTACT_FOR: days without a message.
    pub days: Option<i32>,
    /// SCHEDULE: a five-field cron expression and the IANA zone it is read in.
    pub cron: Option<String>,
    pub time_zone: Option<String>,
    /// SCHEDULE: customers having any of these tags (JSON array of tag ids); `None`: the
    /// rule's creator (and their managers) once per instant.
    pub audience_tag_ids: Option<String>,
    /// The actions, as JSON (`api::domain::engage::sop::SopActionSpec`).
    pub actions: String,
    pub active: bool,
    /// When the current trigger took effect (created, trigger changed, re-activated): only
    /// occurrences from then on fire.
    pub armed_at: DateTimeUtc,
    /// ADDED_VIA_CHANNEL_CODE: the last `channel_code_add` id looked at.
    pub cursor_id: i64,
    /// TAG_APPLIED, SCHEDULE, DEAL_ENTERED_STAGE: up to when occurrences were looked at.
    pub evaluated_until: Option<DateTimeUtc>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// What sets a rule off.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum SopTriggerKind {
    #[sea_orm(string_value = "ADDED_VIA_CHANNEL_CODE")]
    AddedViaChannelCode,
    #[sea_orm(string_value = "TAG_APPLIED")]
    TagApplied,
    #[sea_orm(string_value = "NO_CONTACT_FOR")]
    NoContactFor,
    #[sea_orm(string_value = "SCHEDULE")]
    Schedule,
    #[sea_orm(string_value = "DEAL_ENTERED_STAGE")]
    DealEnteredStage,
}
