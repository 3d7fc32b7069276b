use sea_orm::entity::prelude::*;

/// One customer of a broadcast: reserved (counted by the caps from that moment), sent, failed,
/// or left out with the reason.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast_recipient")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub broadcast_id: i64,
    pub customer_id: i64,
    /// The follower who sends it (none for some exclusions).
    pub staff_id: Option<i64>,
    pub status: RecipientStatus,
    pub excluded_reason: Option<String>,
    /// The tenant-local day of the reservation: what the daily and weekly caps count by.
    pub local_day: String,
    pub reserved_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
    pub error: Option<String>,
    pub wecom_msgid: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum RecipientStatus {
    /// Holds one of the customer's slots; WeCom has it or is about to.
    #[sea_orm(string_value = "RESERVED")]
    Reserved,
    /// WeCom delivered it (the follower confirmed the send).
    #[sea_orm(string_value = "SENT")]
    Sent,
    /// WeCom refused it or could not be reached; the slot is given back.
    #[sea_orm(string_value = "FAILED")]
    Failed,
    /// WeCom says the customer is no longer the follower's contact.
    #[sea_orm(string_value = "NOT_FRIEND")]
    NotFriend,
    /// WeCom's own limit: the customer already received a mass message from the corp today.
    #[sea_orm(string_value = "WECOM_LIMIT")]
    WecomLimit,
    /// Left out by the policy (`excluded_reason`); never sent.
    #[sea_orm(string_value = "EXCLUDED")]
    Excluded,
}

impl RecipientStatus {
    /// Statuses that hold one of the customer's daily and weekly slots.
    pub const COUNTED: [RecipientStatus; 2] = [RecipientStatus::Reserved, RecipientStatus::Sent];
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
