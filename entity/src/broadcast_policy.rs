use sea_orm::entity::prelude::*;

/// A tenant's anti-harassment rules for mass messages. No row: the defaults (1 a day and 4 in
/// 7 days per customer, quiet from 21:00 to 08:00, no opt-out tag).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast_policy")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    pub per_customer_daily: i32,
    pub per_customer_weekly: i32,
    /// Minutes after local midnight; start equal to end: no quiet hours.
    pub quiet_start_minute: i32,
    pub quiet_end_minute: i32,
    pub opt_out_tag_id: Option<i64>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
