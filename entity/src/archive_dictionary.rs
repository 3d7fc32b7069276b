use sea_orm::entity::prelude::*;

/// A tenant's compression dictionary, sealed under its data key `key_version`. Messages
/// compressed with it name `dictionary_id` in their sealed header; it is never deleted while
/// they remain. The newest row (highest `id`) is the one new messages are compressed with.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_dictionary")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The id in message headers: a u32, random, never 0.
    pub dictionary_id: i64,
    pub key_version: i32,
    pub sealed: Vec<u8>,
    /// How many messages it was trained on.
    pub sample_count: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
