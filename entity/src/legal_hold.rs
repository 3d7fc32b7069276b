use sea_orm::entity::prelude::*;

/// A legal hold: compliance freezes the messages of a time range that involve any of some staff,
/// customers or rooms (an empty list means any), so that no purge removes them, until the hold is
/// released. Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "legal_hold")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub reason: String,
    /// JSON arrays: staff ids, customer ids, WeCom room ids.
    pub staff_ids: String,
    pub customer_ids: String,
    pub room_ids: String,
    /// The range of send times held (`from` included, `to` excluded); open when `None`.
    pub from_time: Option<DateTimeUtc>,
    pub to_time: Option<DateTimeUtc>,
    pub status: LegalHoldStatus,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub released_by: Option<i64>,
    pub released_at: Option<DateTimeUtc>,
    pub release_reason: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum LegalHoldStatus {
    #[sea_orm(string_value = "ACTIVE")]
    Active,
    #[sea_orm(string_value = "RELEASED")]
    Released,
}
