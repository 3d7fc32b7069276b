use sea_orm::entity::prelude::*;

/// One ingest transaction: the chain positions `first_seq..=last_seq` it archived and when.
/// Archived messages carry no time of their own (that cost 32 bytes a message); this row says
/// when each was written.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_ingest_batch")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub first_seq: i64,
    pub last_seq: i64,
    pub message_count: i64,
    /// Where the batch came from: a file name, `wecom-pull`, …
    pub source: String,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
