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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
