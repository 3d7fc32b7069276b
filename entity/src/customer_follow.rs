use sea_orm::entity::prelude::*;

/// The relation staff ↔ customer: who follows the customer, how they were added, and the
/// staff member's remark. Tags hang off follows (`follow_tag`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customer_follow")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub customer_id: i64,
    pub staff_id: i64,
    pub remark: Option<String>,
    /// WeCom `add_way` code (0 unknown, 1 QR scan, … 202 added by admin).
    pub add_way: i32,
    /// The channel code `state` that brought the customer, if any.
    pub state: Option<String>,
    pub created_at: DateTimeUtc,
    pub description: Option<String>,
    /// The remark mobiles WeCom keeps on the follow, as a JSON array of strings.
    pub remark_mobiles: Option<String>,
    /// When the follow ended, and how: kept, never deleted, for lost-customer alerts.
    pub lost_at: Option<DateTimeUtc>,
    pub lost_by: Option<FollowLoss>,
    /// The last WeCom sync (its job id) that found this follow in WeCom.
    pub sync_run: Option<i64>,
}

/// How a follow ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum FollowLoss {
    /// The customer deleted the staff member (WeCom's `del_follow_user`: "a member was deleted
    /// by the external contact").
    #[sea_orm(string_value = "CUSTOMER_DELETED_STAFF")]
    CustomerDeletedStaff,
    /// The staff member deleted the customer (WeCom's `del_external_contact`: "a member
    /// deleted an external contact").
    #[sea_orm(string_value = "STAFF_DELETED_CUSTOMER")]
    StaffDeletedCustomer,
    /// WeCom removed the follow after handing the customer to another member (在职转接 /
    /// 离职继承: `del_external_contact` with `Source` `DELETE_BY_TRANSFER`). Not a loss.
    #[sea_orm(string_value = "TRANSFERRED")]
    Transferred,
    /// A full sync no longer found the follow in WeCom, and no callback said why.
    #[sea_orm(string_value = "GONE_FROM_WECOM")]
    GoneFromWecom,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
