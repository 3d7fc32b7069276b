use sea_orm::entity::prelude::*;

/// A WeCom external contact (`external_userid`, usually `wm…`).
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "customer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    pub external_userid: String,
    pub name: String,
    pub corp_name: Option<String>,
    pub avatar: Option<String>,
    /// WeCom `type`: 1 a WeChat user, 2 a WeCom user.
    pub customer_type: Option<i16>,
    /// WeCom `gender`: 0 unknown, 1 male, 2 female.
    pub gender: Option<i16>,
    pub unionid: Option<String>,
    /// Whether the customer agreed to have their chats archived (WeCom `check_single_agree`);
    /// `None` until asked.
    pub archive_consent: Option<ArchiveConsent>,
    pub consent_checked_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}

/// A customer's answer to WeCom's request to archive their chats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ArchiveConsent {
    #[sea_orm(string_value = "AGREED")]
    Agreed,
    #[sea_orm(string_value = "DISAGREED")]
    Disagreed,
    /// Never asked; the corp's default (agree) applies.
    #[sea_orm(string_value = "DEFAULT_AGREED")]
    DefaultAgreed,
}
