use sea_orm::entity::prelude::*;

/// One conversation of the archive (a group chat, or the pair of a one-to-one chat), with the
/// figures the conversation list shows. Ingest keeps them current in the messages' transaction.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_conversation")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// `room:<roomid>` or `pair:<a>|<b>` (sorted), as `archive_message.conversation`.
    pub key: String,
    pub message_count: i64,
    pub last_sent_at_ms: i64,
    /// For a one-to-one chat with a customer: their answer to archiving, when known.
    pub consent: Option<crate::customer::ArchiveConsent>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
