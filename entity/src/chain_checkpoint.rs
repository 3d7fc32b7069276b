use sea_orm::entity::prelude::*;

/// A signed checkpoint of one of a tenant's hash chains (`archive::checkpoint`): the chain's
/// head (seq and hash) at a time, signed with the installation's Ed25519 signing key
/// (`DATA_DIR/signing.key`). Someone who can write to the database but does not hold the key
/// cannot rewrite a chain up to a checkpoint's seq without `verify` noticing.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "chain_checkpoint")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub tenant_id: i64,
    /// `archive` or `audit`.
    pub chain: String,
    /// The chain position signed (the head's seq when the checkpoint was taken).
    pub seq: i64,
    /// The chain hash at `seq` (32 bytes).
    pub head_hash: Vec<u8>,
    /// When it was signed, in microseconds (part of the signed message).
    pub at: DateTimeUtc,
    /// The Ed25519 signature (64 bytes) of the canonical message.
    pub signature: Vec<u8>,
    /// SHA-256 (hex) of the signing public key in DER (SubjectPublicKeyInfo).
    pub key_fingerprint: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
