use sea_orm::entity::prelude::*;

/// A mass message (群发) to the customers of an audience, sent at `send_at` through WeCom's
/// `add_msg_template` by each customer's follower.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub name: String,
    pub status: BroadcastStatus,
    /// The audience as validated (JSON: tag filter, staff, channel codes, add dates).
    pub audience: String,
    pub content_text: Option<String>,
    /// The materials attached, as a JSON array of material ids (null: none).
    pub content_material_ids: Option<String>,
    pub send_at: DateTimeUtc,
    pub started_at: Option<DateTimeUtc>,
    pub sent_at: Option<DateTimeUtc>,
    /// Customers reserved for it (set when it is sent).
    pub recipients: i32,
    pub error: Option<String>,
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum BroadcastStatus {
    /// Waiting for `send_at` (and for the quiet hours to end).
    #[sea_orm(string_value = "SCHEDULED")]
    Scheduled,
    /// Its send job is queued or running.
    #[sea_orm(string_value = "SENDING")]
    Sending,
    /// Handed to WeCom; results come in as staff confirm on their phones.
    #[sea_orm(string_value = "SENT")]
    Sent,
    #[sea_orm(string_value = "CANCELLED")]
    Cancelled,
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
