use sea_orm::entity::prelude::*;

/// One archived message. The message itself (its original JSON) exists only as `ciphertext`;
/// the other columns are what the database must find it by (msgid, time) and what
/// only the row knows (chain position and hash, revocation links). Who sent it to whom is read
/// from the sealed original; when it was archived, from its `archive_ingest_batch`.
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
    /// The `archive_conversation` row of the message's conversation (`room:<roomid>` or
    /// `pair:<a>|<b>`, sorted). Set in every row (migration 0004 filled in the older ones); not
    /// indexed since migration 0038: context finds candidates in the search index and keeps
    /// those of this id.
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
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
