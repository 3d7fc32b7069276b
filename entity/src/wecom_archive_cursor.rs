use sea_orm::entity::prelude::*;

/// Where the archive puller stands for a tenant: the last WeCom `seq` whose batch committed.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wecom_archive_cursor")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    pub seq: i64,
    pub pulled_at: Option<DateTimeUtc>,
    /// Why the last pull stopped early (never content), cleared by the next good one.
    pub last_error: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
