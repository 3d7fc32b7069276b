use sea_orm::entity::prelude::*;

/// A tag a staff member put on a customer (through their follow).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "follow_tag")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub follow_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub tag_id: i64,
    pub tenant_id: i64,
    /// The follow's customer (a follow never changes customer), so that "customers carrying
    /// this tag" is one index range (`ix_follow_tag_customer`), not a lookup per follow.
    pub customer_id: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {
    #[sea_orm(
        belongs_to = "super::tag::Entity",
        from = "Column::TagId",
        to = "super::tag::Column::Id"
    )]
    Tag,
}

impl Related<super::tag::Entity> for Entity {
    fn to() -> RelationDef {
        Relation::Tag.def()
    }
}

impl ActiveModelBehavior for ActiveModel {}
