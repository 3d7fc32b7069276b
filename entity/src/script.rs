use sea_orm::entity::prelude::*;

/// A script (话术): a titled text staff send or say to customers, in the tenant's library
/// (`owner_id` `None`) or a member's personal one.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "script")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The member whose personal library holds it; `None`: the tenant's library.
    pub owner_id: Option<i64>,
    pub folder_id: Option<i64>,
    pub title: String,
    pub content: String,
    /// Normalised title and content (NFKC, case folding, traditional → simplified) that
    /// search matches substrings of.
    pub search_text: String,
    /// Who made it.
    pub created_by: i64,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
