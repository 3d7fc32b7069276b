use sea_orm::entity::prelude::*;

/// One archived message. The message itself (its original JSON) exists only as `ciphertext`;
/// the other columns are routing metadata (ids, times, type) needed to filter and to verify.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// Position in the tenant's hash chain: 1, 2, 3, …; gaps only where a purge left a signed
    /// tombstone (`archive_tombstone`).
    pub seq: i64,
    pub msgid: String,
    /// WeCom's own `seq`, kept for resuming pulls.
    pub source_seq: Option<i64>,
    pub action: String,
    pub msgtype: String,
    pub sender: String,
    /// JSON array of recipient ids.
    pub tolist: String,
    pub roomid: Option<String>,
    /// `room:<roomid>` or `pair:<a>|<b>` (sorted): what "the same conversation" means.
    pub conversation: String,
    /// The `archive_conversation` row of `conversation` (indexed; the text is not).
    pub conversation_id: Option<i64>,
    pub sent_at_ms: i64,
    pub key_version: i32,
    pub ciphertext: Vec<u8>,
    pub chain_hash: Vec<u8>,
    /// For a `revoke` message: the msgid it revokes.
    pub revokes_msgid: Option<String>,
    /// For a revoked message: when and by which message it was revoked.
    pub revoked_at_ms: Option<i64>,
    pub revoked_by: Option<String>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
