use sea_orm::entity::prelude::*;

/// A member of a customer group: a staff member (`member_type` 1) or an external contact (2).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customer_group_member")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub group_id: i64,
    /// A WeCom userid or external userid.
    pub userid: String,
    pub member_type: i16,
    pub join_time: Option<DateTimeUtc>,
    /// 1 invited directly, 2 by link, 3 by QR code.
    pub join_scene: i16,
    pub is_admin: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
