use sea_orm::entity::prelude::*;

use crate::{PasswordOrigin, Role};

/// A WeCom member working for the tenant. Deactivated staff keep their history.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "staff")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub email: String,
    pub name: String,
    pub role: Role,
    pub department_id: Option<i64>,
    /// argon2id PHC string; `None` for staff who cannot sign in with a password.
    pub password_hash: Option<String>,
    /// Whether the holder chose the current password; see [`PasswordOrigin`].
    pub password_origin: PasswordOrigin,
    pub active: bool,
    pub wecom_userid: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
