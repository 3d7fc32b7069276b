use sea_orm::entity::prelude::*;

/// A customer who replied `TD` / `退订` in an archived conversation: the first such reply's
/// chain position and time, never its text. Written by ingest in the message's transaction;
/// read by mass messaging, which leaves the customer out.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_opt_out")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The customer's WeCom id (`wm…` / `wo…`), as the message's sender.
    pub external_userid: String,
    pub seq: i64,
    pub replied_at_ms: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
