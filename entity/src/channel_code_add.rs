use sea_orm::entity::prelude::*;

/// A customer added through a channel code: one row per follow and moment of adding, so a
/// callback WeCom repeats finds its add already here.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "channel_code_add")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub code_id: i64,
    pub staff_id: i64,
    pub customer_id: i64,
    pub follow_id: i64,
    pub added_at: DateTimeUtc,
    /// The tenant-local day of `added_at` (`YYYY-MM-DD`), for caps and daily statistics.
    pub local_day: String,
    pub welcome_status: WelcomeStatus,
    pub welcome_error: Option<String>,
    pub welcomed_at: Option<DateTimeUtc>,
    pub tag_status: TagStatus,
}

/// Where the code's welcome message stands for this add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum WelcomeStatus {
    /// Recorded; not sent yet.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// Claimed by the job sending it: never sent twice, even if that job dies.
    #[sea_orm(string_value = "SENDING")]
    Sending,
    #[sea_orm(string_value = "SENT")]
    Sent,
    #[sea_orm(string_value = "FAILED")]
    Failed,
    /// Nothing to send: the code has no welcome, or WeCom gave no welcome code.
    #[sea_orm(string_value = "NONE")]
    None,
}

/// Whether the code's tags reached WeCom (`mark_tag`) for this add.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TagStatus {
    #[sea_orm(string_value = "PENDING")]
    Pending,
    #[sea_orm(string_value = "DONE")]
    Done,
    #[sea_orm(string_value = "FAILED")]
    Failed,
    #[sea_orm(string_value = "NONE")]
    None,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
