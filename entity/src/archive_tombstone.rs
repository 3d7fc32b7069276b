use sea_orm::entity::prelude::*;

/// What is left of a range of archived messages after a purge (`archive::purge`): the chain
/// positions removed, the chain hash before the first and at the last, and the installation's
/// Ed25519 signature over them, so that the hash chain still verifies across the gap and a
/// verifier tells a purge from a deletion. Never deleted.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "archive_tombstone")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// The first and last chain positions removed (inclusive, contiguous).
    pub first_seq: i64,
    pub last_seq: i64,
    /// `last_seq - first_seq + 1`, signed so that a reader need not trust the arithmetic.
    pub count: i64,
    /// The chain hash at `first_seq - 1` (the genesis hash when `first_seq` is 1).
    pub prev_hash: Vec<u8>,
    /// The chain hash at `last_seq`: the next record links to it.
    pub last_hash: Vec<u8>,
    /// Messages sent before this time (Unix ms) were past the retention: the purge's horizon.
    pub cutoff_ms: i64,
    /// When the range was purged, in microseconds (part of the signed message).
    pub purged_at: DateTimeUtc,
    /// The Ed25519 signature (64 bytes) of the canonical message (`archive::purge`).
    pub signature: Vec<u8>,
    /// SHA-256 (hex) of the signing public key in DER (SubjectPublicKeyInfo).
    pub key_fingerprint: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
