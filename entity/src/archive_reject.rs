use sea_orm::entity::prelude::*;

/// An input line that could not be archived, kept sealed so nothing is lost.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_reject")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// Keyed digest of the line: importing the same bad line twice stores it once.
    pub line_digest: String,
    pub source: String,
    pub line_number: i64,
    pub reason: String,
    pub key_version: i32,
    pub ciphertext: Vec<u8>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
