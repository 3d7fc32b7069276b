use sea_orm::entity::prelude::*;

/// A reviewer's note on an alert. Comments quote messages, so the text is sealed like archive
/// content (`archive::store::NoteBinding::AlertComment`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_alert_comment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub alert_id: i64,
    pub author_id: i64,
    /// Empty since migration 0005 sealed it; plaintext only in rows written before it, until
    /// the next start seals them.
    pub body: String,
    /// The sealed text; `None` only in such a legacy row.
    pub body_sealed: Option<Vec<u8>>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
