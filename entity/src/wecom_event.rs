use sea_orm::entity::prelude::*;

/// A WeCom callback, verified and decrypted, kept until the job runner has applied it. Its
/// identity (SHA-256 of the decrypted XML) makes a repeated delivery a no-op.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wecom_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub identity: Vec<u8>,
    /// WeCom's `Event` and `ChangeType`, for listing and metrics.
    pub event: String,
    pub change_type: Option<String>,
    /// The decrypted event XML (CRM facts: ids, states; never archive content).
    pub payload: String,
    pub status: EventStatus,
    pub attempts: i32,
    pub error: Option<String>,
    pub received_at: DateTimeUtc,
    pub processed_at: Option<DateTimeUtc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum EventStatus {
    #[sea_orm(string_value = "PENDING")]
    Pending,
    #[sea_orm(string_value = "DONE")]
    Done,
    /// Failed after every attempt; kept with its error for an admin to look at.
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
