use sea_orm::entity::prelude::*;

/// One customer handed from one member to another through WeCom (在职转接 for a member still
/// employed, 离职继承 for one who left), and what came of it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "transfer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub customer_id: i64,
    /// The handover member (WeCom's `handover_userid`).
    pub from_staff_id: i64,
    /// The takeover member (`takeover_userid`).
    pub to_staff_id: i64,
    pub kind: TransferKind,
    pub status: TransferStatus,
    /// WeCom's last word: the per-customer errcode when it refused the customer, else the
    /// `transfer_result` status (1 done, 2 waiting, 3 refused, 4 at limit, 5 no record).
    pub wecom_status: Option<i32>,
    /// Why it failed, readable (never customer data).
    pub error: Option<String>,
    /// `transfer_success_msg`: what the customer is told (ONLINE only).
    pub message: Option<String>,
    /// Who asked for it.
    pub requested_by: i64,
    pub requested_at: DateTimeUtc,
    /// When the takeover member took the customer over (WeCom's `takeover_time`).
    pub taken_over_at: Option<DateTimeUtc>,
    /// When WeCom was last asked for the result.
    pub checked_at: Option<DateTimeUtc>,
    /// When it reached SUCCEEDED or FAILED.
    pub finished_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// Which of WeCom's two transfers: chosen by whether the handover member is still active.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum TransferKind {
    /// 在职转接: `externalcontact/transfer_customer`.
    #[sea_orm(string_value = "ONLINE")]
    Online,
    /// 离职继承: `externalcontact/resigned/transfer_customer`.
    #[sea_orm(string_value = "RESIGNED")]
    Resigned,
}

/// PENDING and WAITING are unfinished; SUCCEEDED and FAILED are final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum TransferStatus {
    /// WeCom accepted the customer; no result read yet.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// WeCom says the customer has not been taken over yet (状态 2 等待接替).
    #[sea_orm(string_value = "WAITING")]
    Waiting,
    /// Taken over (状态 1 接替完毕); scrm's records moved with it.
    #[sea_orm(string_value = "SUCCEEDED")]
    Succeeded,
    /// Refused by WeCom, by the customer, at the takeover member's limit, or no result in time.
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

impl TransferStatus {
    pub fn is_final(self) -> bool {
        matches!(self, TransferStatus::Succeeded | TransferStatus::Failed)
    }
}
