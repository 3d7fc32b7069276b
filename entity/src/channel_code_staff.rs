use sea_orm::entity::prelude::*;

/// A staff member a channel code hands adds to, in the order the code lists them.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "channel_code_staff")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_id: i64,
    pub tenant_id: i64,
    pub position: i32,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
