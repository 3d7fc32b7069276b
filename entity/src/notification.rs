use sea_orm::entity::prelude::*;

use crate::FollowLoss;

/// A notification to one staff member: what happened (a customer lost), to whom, and whether
/// they read it. Notifications are never content: ids, a kind and times.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// Who it is for.
    pub recipient_id: i64,
    pub kind: NotificationKind,
    pub customer_id: Option<i64>,
    pub follow_id: Option<i64>,
    /// The staff member it is about (who lost the customer).
    pub staff_id: Option<i64>,
    /// CUSTOMER_LOST: which side ended the follow.
    pub lost_by: Option<FollowLoss>,
    /// When what it reports happened.
    pub event_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub read_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum NotificationKind {
    /// A follow of a staff member in the recipient's team ended (流失): the customer deleted
    /// them, or they deleted the customer.
    #[sea_orm(string_value = "CUSTOMER_LOST")]
    CustomerLost,
}
