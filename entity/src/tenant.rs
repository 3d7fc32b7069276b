use sea_orm::entity::prelude::*;

/// One company (one WeCom corp). Nothing crosses tenants.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "tenant")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// IANA time zone name (e.g. `Asia/Shanghai`): where the tenant's days begin and end.
    pub time_zone: String,
    /// Years the archive keeps a message (by its send time) before a purge may remove it.
    pub retention_years: i32,
    /// Whether a staff member deleting a customer notifies their managers (a customer deleting
    /// the staff member always does).
    pub notify_staff_deletions: bool,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
