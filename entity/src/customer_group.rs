use sea_orm::entity::prelude::*;

/// A customer group (客户群) in WeCom, as the last sync or callback saw it.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customer_group")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// WeCom's `chat_id` (`wr…`); also the archive's `roomid`.
    pub chat_id: String,
    pub name: String,
    /// The owner's WeCom userid.
    pub owner_userid: String,
    pub notice: Option<String>,
    /// WeCom's status: 0 normal, 1–3 stages of inheritance after the owner left.
    pub status: i16,
    pub created_at: DateTimeUtc,
    /// Set when WeCom says the group was dismissed; the row stays.
    pub dismissed_at: Option<DateTimeUtc>,
    pub synced_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
