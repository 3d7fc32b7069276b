use sea_orm::entity::prelude::*;

use crate::Role;

/// An integration credential. The secret is shown once; only its SHA-256 is stored.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "api_key")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The staff member the key acts as (its creator); scopes SALES and MANAGER keys.
    pub staff_id: i64,
    pub name: String,
    pub role: Role,
    /// The first characters of the secret, so people can tell keys apart.
    pub token_prefix: String,
    #[sea_orm(unique)]
    pub token_hash: String,
    pub created_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
