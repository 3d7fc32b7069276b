use sea_orm::entity::prelude::*;

/// One of the tenant's conversation-archive RSA private keys, by WeCom's `publickey_ver`. The
/// PEM is sealed under the tenant's data key; the public half is kept in clear so that admins
/// can compare it with what WeCom's console shows. Never deleted while records may name it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wecom_archive_key")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub version: i32,
    pub sealed_pem: Vec<u8>,
    pub public_key_pem: String,
    pub bits: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
