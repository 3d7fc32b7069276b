use sea_orm::entity::prelude::*;

/// One target of an audit entry (a message read, a msgid shown on a search page), as a blind
/// tag: HMAC-SHA256 of the target id under the tenant's audit target key, truncated to 16
/// bytes (`archive::audit`). "Who read message X" is then an indexed lookup of X's tag, and the
/// table never holds X in clear. Tags reveal equality only: which entries touched the same
/// target, not which target.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_target")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    /// The `audit_entry.seq` this target belongs to.
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub tag: Vec<u8>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
