use sea_orm::entity::prelude::*;

use crate::library_folder::LibraryItemKind;

/// How often a member used a library item on one day of the tenant's time zone.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "library_use")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_kind: LibraryItemKind,
    #[sea_orm(primary_key, auto_increment = false)]
    pub item_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub staff_id: i64,
    /// The day in the tenant's time zone when the uses happened.
    #[sea_orm(primary_key, auto_increment = false)]
    pub day: Date,
    pub uses: i64,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
