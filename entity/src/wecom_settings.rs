use sea_orm::entity::prelude::*;

/// A tenant's WeCom corp: its id, its self-built app, and the secrets scrm calls WeCom with,
/// each sealed under the tenant's data key (`archive::store::notes`) and never read back out
/// through the API.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "wecom_settings")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub tenant_id: i64,
    /// `ww…`; one corp belongs to one tenant.
    pub corp_id: String,
    pub agent_id: Option<i64>,
    /// The customer-contact (客户联系) secret, sealed.
    pub contact_secret: Option<Vec<u8>>,
    /// The conversation-archive (会话内容存档) secret, sealed.
    pub archive_secret: Option<Vec<u8>>,
    /// The callback Token and EncodingAESKey, sealed.
    pub callback_token: Option<Vec<u8>>,
    pub callback_aes_key: Option<Vec<u8>>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
