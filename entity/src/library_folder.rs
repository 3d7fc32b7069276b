use sea_orm::entity::prelude::*;

/// A folder of a script or material library: the tenant's (`owner_id` `None`) or one member's
/// personal library. Folders are flat; an item is in at most one folder.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "library_folder")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// What the folder holds: scripts or materials.
    pub kind: LibraryItemKind,
    /// The member whose personal library this is; `None`: the tenant's library.
    pub owner_id: Option<i64>,
    pub name: String,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// The two kinds of library items (and of folders).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum LibraryItemKind {
    /// 话术: a text staff send or say to customers.
    #[sea_orm(string_value = "SCRIPT")]
    Script,
    /// 素材: text, an image, a link, a mini-program or a file.
    #[sea_orm(string_value = "MATERIAL")]
    Material,
}
