use sea_orm::entity::prelude::*;

/// A scrm record that moved to the takeover member when a transfer succeeded, and who held it
/// before: the history the record itself does not keep.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "transfer_handover")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub transfer_id: i64,
    pub record_kind: HandoverRecord,
    /// The deal's or task's id.
    pub record_id: i64,
    pub previous_staff_id: i64,
    pub new_staff_id: i64,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum HandoverRecord {
    /// An open deal (`deal.owner_id`).
    #[sea_orm(string_value = "DEAL")]
    Deal,
    /// An open SOP task (`task.staff_id`).
    #[sea_orm(string_value = "TASK")]
    Task,
}
