use sea_orm::entity::prelude::*;

/// One alert per (message, rule). Matches are stored as character offsets only: their text is
/// message content and is cut from the decrypted message when read.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "risk_alert")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The archived message's chain position.
    pub message_seq: i64,
    pub msgid: String,
    pub rule_code: String,
    pub rule_version: i32,
    pub severity: String,
    /// JSON array of `[start, end]` character offsets into the message's searchable text.
    pub matches: String,
    /// OPEN, IN_REVIEW, CONFIRMED or DISMISSED.
    pub status: String,
    pub assignee_id: Option<i64>,
    pub decided_by: Option<i64>,
    pub decided_at: Option<DateTimeUtc>,
    /// `None` since migration 0005 sealed it; plaintext only in rows decided before it, until
    /// the next start seals them.
    pub decision_reason: Option<String>,
    /// The sealed reason (`archive::store::NoteBinding::AlertDecision`).
    pub decision_reason_sealed: Option<Vec<u8>>,
    pub sent_at_ms: i64,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
