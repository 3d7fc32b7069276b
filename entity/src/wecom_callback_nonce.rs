use sea_orm::entity::prelude::*;

/// A callback's (signature, nonce) seen in the last minutes: the same pair again is a replay.
/// Rows older than the timestamp window are pruned.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wecom_callback_nonce")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub signature: String,
    #[sea_orm(primary_key, auto_increment = false)]
    pub nonce: String,
    pub seen_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
