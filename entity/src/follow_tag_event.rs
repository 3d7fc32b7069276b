use sea_orm::entity::prelude::*;

/// One change of a follow's tags: a tag put on a follow (`ADDED`, only when the follow did not
/// carry it yet) or taken off it (`REMOVED`, only when it did). Written in the transaction of
/// the change, by every writer of `follow_tag`; the customer's timeline reads it. `tag_id`
/// keeps pointing at a tag that was deleted since (the timeline then shows no tag).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_tag_event")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub customer_id: i64,
    pub follow_id: i64,
    pub tag_id: i64,
    pub kind: FollowTagEventKind,
    /// The member who made the change; `None`: WeCom, or a system rule (channel code, SOP).
    pub by_staff_id: Option<i64>,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(8))")]
pub enum FollowTagEventKind {
    #[sea_orm(string_value = "ADDED")]
    Added,
    #[sea_orm(string_value = "REMOVED")]
    Removed,
}
