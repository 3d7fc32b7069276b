use sea_orm::entity::prelude::*;

/// A tag a channel code puts on every customer it brings.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "channel_code_tag")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub tag_id: i64,
    pub tenant_id: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
