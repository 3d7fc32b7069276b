//! Signed checkpoints: what makes the hash chains trustworthy against someone with write access
//! to the database.
//!
//! A chain alone cannot tell an honest chain from one rewritten from scratch (every hash
//! recomputed). So every few minutes, and at the end of every import, the heads of a tenant's
//! archive chain and audit chain are signed with the installation's Ed25519 key
//! (`DATA_DIR/signing.key`, PKCS#8 PEM, mode 0600, beside `master.key`) and stored in
//! `chain_checkpoint`. Verification compares the chain's hash at the latest checkpoint's seq
//! with the signed one; without the key file, a rewrite cannot produce a matching checkpoint.
//!
//! The signed message is canonical UTF-8 text, so anyone can check it with the public key alone
//! (`openssl pkeyutl -verify -pubin -inkey pub.pem -rawin -in message -sigfile signature`):
//!
//! ```text
//! scrm-checkpoint-v1
//! tenant=<tenant id, decimal>
//! chain=<archive|audit>
//! seq=<chain position, decimal>
//! head=<chain hash at seq, 64 lowercase hex digits>
//! at=<signing time, RFC 3339 UTC with microseconds, e.g. 2026-12-01T18:30:00.123456Z>
//! ```
//!
//! each line ending in `\n` (the last one too). The key's fingerprint is the SHA-256 (hex) of
//! the public key's DER SubjectPublicKeyInfo (`openssl pkey -pubin -in pub.pem -outform DER |
//! sha256sum`).

use std::fs;
use std::io::{ErrorKind, Write};
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use ed25519_dalek::pkcs8::spki::der::pem::LineEnding;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey, EncodePublicKey};
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use entity::{archive_message, audit_entry, chain_checkpoint};
use rand::RngCore;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::audit::AuditBreakReason;
use crate::chain::{BreakReason, ChainHash, ChainHead, ChainRun};
use crate::purge::{PurgedRange, Tombstone};
use crate::store::VerifyFinding;
use crate::{Archive, ArchiveError};

/// The first line of every signed message; a new format gets a new version.
pub const MESSAGE_VERSION: &str = "scrm-checkpoint-v1";

/// The file name of the signing key in the data directory.
pub const SIGNING_KEY_FILE: &str = "signing.key";

/// Which of a tenant's chains a checkpoint signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chain {
    /// The archive's chain over `archive_message`.
    Archive,
    /// The audit log's chain over `audit_entry`.
    Audit,
}

impl Chain {
    pub const ALL: [Chain; 2] = [Chain::Archive, Chain::Audit];

    pub fn as_str(self) -> &'static str {
        match self {
            Chain::Archive => "archive",
            Chain::Audit => "audit",
        }
    }

    pub fn parse(value: &str) -> Option<Chain> {
        match value {
            "archive" => Some(Chain::Archive),
            "audit" => Some(Chain::Audit),
            _ => None,
        }
    }
}

impl std::fmt::Display for Chain {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str(self.as_str())
    }
}

/// The installation's Ed25519 signing key. The private half never leaves this type.
pub struct CheckpointSigner {
    key: SigningKey,
    fingerprint: String,
}

impl std::fmt::Debug for CheckpointSigner {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "CheckpointSigner({})", self.fingerprint)
    }
}

impl CheckpointSigner {
    /// A fresh random key (not persisted).
    pub fn generate() -> CheckpointSigner {
        let mut seed = Zeroizing::new([0u8; 32]);
        rand::rng().fill_bytes(seed.as_mut());
        CheckpointSigner::from_key(SigningKey::from_bytes(&seed))
    }

    fn from_key(key: SigningKey) -> CheckpointSigner {
        let fingerprint = fingerprint(&key.verifying_key());
        CheckpointSigner { key, fingerprint }
    }

    /// Reads the key at `path`, creating it (PKCS#8 PEM, mode 0600) when the file does not
    /// exist. An existing file that cannot be read or parsed is an error, never replaced:
    /// checkpoints signed with it would no longer verify.
    pub fn load_or_create(path: &Path) -> Result<CheckpointSigner, ArchiveError> {
        match fs::metadata(path) {
            Ok(_) => CheckpointSigner::load(path),
            Err(error) if error.kind() == ErrorKind::NotFound => CheckpointSigner::create(path),
            Err(error) => Err(unusable(path, format!("cannot stat it ({error})"))),
        }
    }

    /// Reads an existing key file.
    pub fn load(path: &Path) -> Result<CheckpointSigner, ArchiveError> {
        let contents = Zeroizing::new(
            fs::read_to_string(path)
                .map_err(|error| unusable(path, format!("cannot read it ({error})")))?,
        );
        let key = SigningKey::from_pkcs8_pem(&contents).map_err(|_| {
            unusable(
                path,
                "it is not an Ed25519 private key in PKCS#8 PEM (-----BEGIN PRIVATE KEY-----); \
                 restore the original file from backup"
                    .to_string(),
            )
        })?;
        Ok(CheckpointSigner::from_key(key))
    }

    fn create(path: &Path) -> Result<CheckpointSigner, ArchiveError> {
        let signer = CheckpointSigner::generate();
        let pem = signer
            .key
            .to_pkcs8_pem(LineEnding::LF)
            .map_err(|_| unusable(path, "cannot encode the new key".to_string()))?;
        let mut options = fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let io_error = |source| ArchiveError::Io {
            path: path.to_path_buf(),
            source,
        };
        let mut file = options.open(path).map_err(io_error)?;
        file.write_all(pem.as_bytes()).map_err(io_error)?;
        file.sync_all().map_err(io_error)?;
        Ok(signer)
    }

    /// The public key as PEM (`-----BEGIN PUBLIC KEY-----`, SubjectPublicKeyInfo), which
    /// `openssl pkeyutl -verify -pubin -inkey` reads.
    pub fn public_key_pem(&self) -> String {
        public_key_pem(&self.key.verifying_key())
    }

    /// SHA-256 (hex) of the public key's DER SubjectPublicKeyInfo.
    pub fn fingerprint(&self) -> &str {
        &self.fingerprint
    }

    /// Signs `head` of `tenant_id`'s `chain` at `at` (truncated to microseconds).
    pub fn sign(
        &self,
        tenant_id: i64,
        chain: Chain,
        head: ChainHead,
        at: DateTime<Utc>,
    ) -> Checkpoint {
        let at = micros(at);
        let message = checkpoint_message(tenant_id, chain, head.seq, &head.hash, at);
        let signature = self.key.sign(message.as_bytes());
        Checkpoint {
            tenant_id,
            chain,
            seq: head.seq,
            head_hash: head.hash.to_vec(),
            at,
            signature: signature.to_bytes().to_vec(),
            key_fingerprint: self.fingerprint.clone(),
        }
    }

    /// Signs `message` as it is (Ed25519 over the raw bytes), for the other documents this
    /// crate signs with the installation's key (export manifests, `export::manifest`). Each
    /// kind of document has a canonical form that cannot be mistaken for another's (a
    /// checkpoint message starts `scrm-checkpoint-v1`, a manifest is a JSON object naming its
    /// version), so a signature never serves two kinds of document.
    pub(crate) fn sign_raw(&self, message: &[u8]) -> [u8; 64] {
        self.key.sign(message).to_bytes()
    }

    /// Signs the record of a purged range (`crate::purge`): `prev_hash` is the chain hash
    /// before `range`, `last_hash` the one at its end.
    pub fn sign_tombstone(
        &self,
        tenant_id: i64,
        range: PurgedRange,
        prev_hash: ChainHash,
        last_hash: ChainHash,
        cutoff_ms: i64,
        at: DateTime<Utc>,
    ) -> Tombstone {
        let mut tombstone = Tombstone {
            tenant_id,
            first_seq: range.first_seq,
            last_seq: range.last_seq,
            count: range.count(),
            prev_hash,
            last_hash,
            cutoff_ms,
            purged_at: micros(at),
            signature: Vec::new(),
            key_fingerprint: self.fingerprint.clone(),
        };
        tombstone.signature = self.sign_raw(tombstone.message().as_bytes()).to_vec();
        tombstone
    }

    /// Whether `tombstone` names this key and carries its valid signature.
    pub fn verify_tombstone(&self, tombstone: &Tombstone) -> bool {
        if tombstone.key_fingerprint != self.fingerprint {
            return false;
        }
        let Ok(signature) = Signature::from_slice(&tombstone.signature) else {
            return false;
        };
        self.key
            .verifying_key()
            .verify(tombstone.message().as_bytes(), &signature)
            .is_ok()
    }

    /// Whether `checkpoint` carries a valid signature of this key over its message.
    pub fn verify(&self, checkpoint: &Checkpoint) -> bool {
        let Ok(signature) = Signature::from_slice(&checkpoint.signature) else {
            return false;
        };
        if checkpoint.head_hash.len() != 32 {
            return false;
        }
        self.key
            .verifying_key()
            .verify(checkpoint.message().as_bytes(), &signature)
            .is_ok()
    }
}

fn public_key_pem(key: &VerifyingKey) -> String {
    key.to_public_key_pem(LineEnding::LF).unwrap_or_default()
}

pub(crate) fn fingerprint(key: &VerifyingKey) -> String {
    match key.to_public_key_der() {
        Ok(der) => hex::encode(Sha256::digest(der.as_bytes())),
        Err(_) => String::new(),
    }
}

fn unusable(path: &Path, reason: String) -> ArchiveError {
    ArchiveError::SigningKeyUnusable {
        path: PathBuf::from(path),
        reason,
    }
}

fn micros(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

/// The exact bytes a checkpoint signs (see the module documentation).
pub fn checkpoint_message(
    tenant_id: i64,
    chain: Chain,
    seq: u64,
    head_hash: &[u8],
    at: DateTime<Utc>,
) -> String {
    format!(
        "{MESSAGE_VERSION}\ntenant={tenant_id}\nchain={chain}\nseq={seq}\nhead={}\nat={}\n",
        hex::encode(head_hash),
        format_at(at),
    )
}

fn format_at(at: DateTime<Utc>) -> String {
    at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string()
}

/// A signed chain head, as stored in `chain_checkpoint`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    pub tenant_id: i64,
    pub chain: Chain,
    pub seq: u64,
    /// The chain hash at `seq` (32 bytes in a well-formed checkpoint).
    pub head_hash: Vec<u8>,
    pub at: DateTime<Utc>,
    /// The Ed25519 signature (64 bytes in a well-formed checkpoint).
    pub signature: Vec<u8>,
    pub key_fingerprint: String,
}

impl Checkpoint {
    /// The exact signed message.
    pub fn message(&self) -> String {
        checkpoint_message(
            self.tenant_id,
            self.chain,
            self.seq,
            &self.head_hash,
            self.at,
        )
    }

    /// The signed head hash in lowercase hex.
    pub fn head_hex(&self) -> String {
        hex::encode(&self.head_hash)
    }

    /// The signing time as in the message (RFC 3339 UTC, microseconds).
    pub fn at_text(&self) -> String {
        format_at(self.at)
    }
}

/// Why a chain does not match its latest checkpoint. Names seqs and hashes, never content.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointFinding {
    #[error(
        "{chain} checkpoint at seq {seq} signed head {signed}, but the chain now has {found} at seq {seq}: the chain was rewritten"
    )]
    Rewritten {
        chain: Chain,
        seq: u64,
        signed: String,
        found: String,
    },
    #[error(
        "{chain} chain shorter than the checkpoint: it ends at seq {head_seq}, the checkpoint signed seq {seq}: records were removed at the end"
    )]
    Truncated {
        chain: Chain,
        seq: u64,
        head_seq: u64,
    },
    #[error(
        "{chain} checkpoint at seq {seq}: checkpoint signature invalid: not signed by this installation's key"
    )]
    SignatureInvalid { chain: Chain, seq: u64 },
    /// A link added since the previous checkpoint (or, before the first one, since genesis) is
    /// broken: the head is not signed.
    #[error(
        "{chain} chain broken at seq {seq} ({}): {reason}; the head is not signed",
        checked_since(*.since)
    )]
    Broken {
        chain: Chain,
        /// The first broken seq.
        seq: u64,
        /// Where the check started: the previous checkpoint's seq, 0 for genesis.
        since: u64,
        reason: BreakReason,
    },
}

/// The head of an empty `chain`: where its links are checked from before its first checkpoint.
fn genesis_of(tenant_id: i64, chain: Chain) -> ChainHead {
    match chain {
        Chain::Archive => ChainHead::genesis(tenant_id),
        Chain::Audit => crate::audit::chain::genesis_head(tenant_id),
    }
}

/// Where a checkpoint's check of the links started, as its finding says it.
fn checked_since(since: u64) -> String {
    match since {
        0 => "no checkpoint before it, checked from genesis".to_string(),
        seq => format!("after the checkpoint at seq {seq}"),
    }
}

impl Archive {
    /// The head of `tenant_id`'s `chain` as stored (the last record's seq and hash), without
    /// verifying it; `None` for an empty chain.
    pub(crate) async fn stored_head(
        &self,
        tenant_id: i64,
        chain: Chain,
    ) -> Result<Option<(u64, Vec<u8>)>, ArchiveError> {
        let row: Option<(i64, Vec<u8>)> = match chain {
            Chain::Archive => {
                archive_message::Entity::find()
                    .select_only()
                    .column(archive_message::Column::Seq)
                    .column(archive_message::Column::ChainHash)
                    .filter(archive_message::Column::TenantId.eq(tenant_id))
                    .order_by_desc(archive_message::Column::Seq)
                    .limit(1)
                    .into_tuple()
                    .one(self.db())
                    .await?
            }
            Chain::Audit => {
                audit_entry::Entity::find()
                    .select_only()
                    .column(audit_entry::Column::Seq)
                    .column(audit_entry::Column::ChainHash)
                    .filter(audit_entry::Column::TenantId.eq(tenant_id))
                    .order_by_desc(audit_entry::Column::Seq)
                    .limit(1)
                    .into_tuple()
                    .one(self.db())
                    .await?
            }
        };
        Ok(row.map(|(seq, hash)| (seq.max(0) as u64, hash)))
    }

    /// The stored chain hash of the record at `seq`, if there is one.
    async fn stored_hash_at(
        &self,
        tenant_id: i64,
        chain: Chain,
        seq: u64,
    ) -> Result<Option<Vec<u8>>, ArchiveError> {
        let seq = i64::try_from(seq).unwrap_or(i64::MAX);
        let hash = match chain {
            Chain::Archive => {
                archive_message::Entity::find()
                    .select_only()
                    .column(archive_message::Column::ChainHash)
                    .filter(archive_message::Column::TenantId.eq(tenant_id))
                    .filter(archive_message::Column::Seq.eq(seq))
                    .into_tuple()
                    .one(self.db())
                    .await?
            }
            Chain::Audit => {
                audit_entry::Entity::find()
                    .select_only()
                    .column(audit_entry::Column::ChainHash)
                    .filter(audit_entry::Column::TenantId.eq(tenant_id))
                    .filter(audit_entry::Column::Seq.eq(seq))
                    .into_tuple()
                    .one(self.db())
                    .await?
            }
        };
        Ok(hash)
    }

    /// Signs and stores the heads of the tenant's archive and audit chains. A chain that is
    /// empty, or whose head has not moved since its latest checkpoint, is skipped. Before
    /// signing, the previous checkpoint must carry a valid signature and the stored hash at its
    /// seq must still be the signed one, and every link from there (from genesis before the
    /// first checkpoint) to the head must hold — the hash chain only, as `verify --quick` walks
    /// it. A chain rewritten or broken since is refused (`ArchiveError::Checkpoint`, naming the
    /// first broken seq), never signed. Returns the checkpoints written.
    pub async fn checkpoint(
        &self,
        tenant_id: i64,
        signer: &CheckpointSigner,
    ) -> Result<Vec<Checkpoint>, ArchiveError> {
        self.checkpoint_after(tenant_id, signer, None).await
    }

    /// [`checkpoint`](Self::checkpoint) at the end of a write that chained `run` itself (an
    /// import's [`Tally::chained`](crate::import::Tally::chained)).
    ///
    /// When the run starts exactly where the checks start (the previous checkpoint's signed
    /// head, whose signature and stored hash were checked; genesis before the first checkpoint)
    /// and the database still holds the run's last link, the run's end is signed without
    /// reading the run back: every link in it was computed by this process from the messages
    /// it inserted, so the walk would only recompute them. What is vouched for is then the
    /// chain as written. A record changed after it was written still fails `verify`, from the
    /// changed record on; what the sign-off no longer does is refuse to sign because of it.
    /// Otherwise (another writer came in between, a checkpoint was signed meanwhile, the last
    /// link differs) the links are walked as `checkpoint` walks them.
    pub async fn checkpoint_after(
        &self,
        tenant_id: i64,
        signer: &CheckpointSigner,
        run: Option<ChainRun>,
    ) -> Result<Vec<Checkpoint>, ArchiveError> {
        let mut written = Vec::new();
        for chain in Chain::ALL {
            let Some((seq, hash)) = self.stored_head(tenant_id, chain).await? else {
                continue;
            };
            let Ok(hash) = ChainHash::try_from(hash.as_slice()) else {
                return Err(ArchiveError::IntegrityViolation {
                    what: "a chain head (its stored hash is not 32 bytes)",
                });
            };
            let previous = self.latest_checkpoint(tenant_id, chain, signer).await?;
            let mut from = None;
            if let Some(previous) = previous {
                if previous.seq == seq && previous.head_hash == hash {
                    continue;
                }
                let head = ChainHead { seq, hash };
                if let Err(finding) = self
                    .check_checkpoint(tenant_id, head, &previous, signer)
                    .await?
                {
                    return Err(ArchiveError::Checkpoint(finding));
                }
                // The signature held, so the signed head is where the links are trusted from.
                let Ok(signed) = ChainHash::try_from(previous.head_hash.as_slice()) else {
                    return Err(ArchiveError::IntegrityViolation {
                        what: "a checkpoint (its head hash is not 32 bytes)",
                    });
                };
                from = Some(ChainHead {
                    seq: previous.seq,
                    hash: signed,
                });
            }
            let start = from.unwrap_or_else(|| genesis_of(tenant_id, chain));
            let vouched = match (chain, run) {
                (Chain::Archive, Some(run)) => self.vouched_end(tenant_id, start, run).await?,
                _ => None,
            };
            // What is signed is the head the walk reached (records appended meanwhile were
            // checked too), not the one read above.
            let head = match vouched {
                Some(end) => end,
                None => self.links_since(tenant_id, chain, start, signer).await?,
            };
            let checkpoint = signer.sign(tenant_id, chain, head, Utc::now());
            chain_checkpoint::ActiveModel {
                tenant_id: Set(tenant_id),
                chain: Set(chain.as_str().to_string()),
                seq: Set(i64::try_from(checkpoint.seq).unwrap_or(i64::MAX)),
                head_hash: Set(checkpoint.head_hash.clone()),
                at: Set(checkpoint.at),
                signature: Set(checkpoint.signature.clone()),
                key_fingerprint: Set(checkpoint.key_fingerprint.clone()),
                ..Default::default()
            }
            .insert(self.db())
            .await?;
            written.push(checkpoint);
        }
        Ok(written)
    }

    /// The end of `run` if it may be signed without walking it: it starts at `start`, the head
    /// the checks trust, and the stored hash at its last seq is the one it computed.
    async fn vouched_end(
        &self,
        tenant_id: i64,
        start: ChainHead,
        run: ChainRun,
    ) -> Result<Option<ChainHead>, ArchiveError> {
        if run.from != start || run.to.seq <= start.seq {
            return Ok(None);
        }
        let stored = self
            .stored_hash_at(tenant_id, Chain::Archive, run.to.seq)
            .await?;
        Ok((stored.as_deref() == Some(run.to.hash.as_slice())).then_some(run.to))
    }

    /// Walks `chain`'s links from `start` (a signed checkpoint's head, or genesis) to its last
    /// record with the verifiers' own walks, and returns the head reached; a broken link is
    /// `ArchiveError::Checkpoint` naming the first broken seq.
    async fn links_since(
        &self,
        tenant_id: i64,
        chain: Chain,
        start: ChainHead,
        signer: &CheckpointSigner,
    ) -> Result<ChainHead, ArchiveError> {
        let broken = |seq, reason| {
            ArchiveError::Checkpoint(CheckpointFinding::Broken {
                chain,
                seq,
                since: start.seq,
                reason,
            })
        };
        match chain {
            Chain::Archive => match self.verify_chain_from(tenant_id, start, signer).await? {
                Ok(summary) => Ok(summary.head),
                Err(VerifyFinding::ChainBroken(found)) => Err(broken(found.seq, found.reason)),
                // A chain-only walk reports nothing else; were it to, it is still no
                // checkpoint.
                Err(_) => Err(ArchiveError::IntegrityViolation {
                    what: "the archive chain since the last checkpoint",
                }),
            },
            Chain::Audit => match self.audit_chain_from(tenant_id, start).await? {
                Ok(summary) => Ok(summary.head),
                Err(found) => match found.reason {
                    AuditBreakReason::Chain(reason) => Err(broken(found.seq, reason)),
                    _ => Err(ArchiveError::IntegrityViolation {
                        what: "the audit chain since the last checkpoint",
                    }),
                },
            },
        }
    }

    /// The latest checkpoint (highest seq, then newest) of the tenant's `chain` that names
    /// `signer`'s key. Checkpoints under another key (a data dir restored without its
    /// `signing.key`) cannot be checked here and are left out; a row that names this key but
    /// was not signed with it is returned, and fails [`Archive::check_checkpoint`].
    pub async fn latest_checkpoint(
        &self,
        tenant_id: i64,
        chain: Chain,
        signer: &CheckpointSigner,
    ) -> Result<Option<Checkpoint>, ArchiveError> {
        let row = chain_checkpoint::Entity::find()
            .filter(chain_checkpoint::Column::TenantId.eq(tenant_id))
            .filter(chain_checkpoint::Column::Chain.eq(chain.as_str()))
            .filter(chain_checkpoint::Column::KeyFingerprint.eq(signer.fingerprint()))
            .order_by_desc(chain_checkpoint::Column::Seq)
            .order_by_desc(chain_checkpoint::Column::Id)
            .one(self.db())
            .await?;
        Ok(row.map(|row| Checkpoint {
            tenant_id: row.tenant_id,
            chain,
            seq: row.seq.max(0) as u64,
            head_hash: row.head_hash,
            at: row.at,
            signature: row.signature,
            key_fingerprint: row.key_fingerprint,
        }))
    }

    /// Checks a chain that verified up to `head` against `checkpoint` (read before the
    /// verification started, so records appended meanwhile do not matter): the signature must
    /// be this installation's, the chain must reach the checkpoint's seq, and its hash there
    /// must be the signed one.
    ///
    /// The hash at the checkpoint's seq is read from the stored row: the chain verified, so
    /// every stored hash up to `head` is the recomputed one. `Ok(Err(finding))` reports a
    /// mismatch; `Err` a failed lookup.
    pub async fn check_checkpoint(
        &self,
        tenant_id: i64,
        head: ChainHead,
        checkpoint: &Checkpoint,
        signer: &CheckpointSigner,
    ) -> Result<Result<(), CheckpointFinding>, ArchiveError> {
        if checkpoint.tenant_id != tenant_id || !signer.verify(checkpoint) {
            return Ok(Err(CheckpointFinding::SignatureInvalid {
                chain: checkpoint.chain,
                seq: checkpoint.seq,
            }));
        }
        self.compare_with_checkpoint(tenant_id, head, checkpoint, signer)
            .await
    }

    async fn compare_with_checkpoint(
        &self,
        tenant_id: i64,
        head: ChainHead,
        checkpoint: &Checkpoint,
        signer: &CheckpointSigner,
    ) -> Result<Result<(), CheckpointFinding>, ArchiveError> {
        let chain = checkpoint.chain;
        if head.seq < checkpoint.seq {
            return Ok(Err(CheckpointFinding::Truncated {
                chain,
                seq: checkpoint.seq,
                head_seq: head.seq,
            }));
        }
        let mut found = if head.seq == checkpoint.seq {
            Some(head.hash.to_vec())
        } else {
            self.stored_hash_at(tenant_id, chain, checkpoint.seq)
                .await?
        };
        if found.is_none() && chain == Chain::Archive {
            // The signed record may have been purged since: its range's signed tombstone
            // stands for it (the hash at the range's end is kept; inside it, none is).
            let covering = self
                .tombstones_after(tenant_id, checkpoint.seq.saturating_sub(1))
                .await?
                .into_iter()
                .find(|tombstone| {
                    tombstone.first_seq <= checkpoint.seq && signer.verify_tombstone(tombstone)
                });
            match covering {
                Some(tombstone) if tombstone.last_seq == checkpoint.seq => {
                    found = Some(tombstone.last_hash.to_vec());
                }
                Some(_) => return Ok(Ok(())),
                None => {}
            }
        }
        match found {
            Some(found) if found == checkpoint.head_hash => Ok(Ok(())),
            found => Ok(Err(CheckpointFinding::Rewritten {
                chain,
                seq: checkpoint.seq,
                signed: hex::encode(&checkpoint.head_hash),
                found: found.map(hex::encode).unwrap_or_else(|| "no record".into()),
            })),
        }
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp_micros(1_796_000_000_123_456).unwrap()
    }

    #[test]
    fn the_message_has_its_documented_canonical_form() {
        let message = checkpoint_message(7, Chain::Archive, 42, &[0xab; 32], at());
        assert_eq!(
            message,
            format!(
                "scrm-checkpoint-v1\ntenant=7\nchain=archive\nseq=42\nhead={}\nat=2026-11-30T00:53:20.123456Z\n",
                "ab".repeat(32)
            )
        );
        let whole_second = DateTime::from_timestamp(1_796_000_000, 0).unwrap();
        assert!(
            checkpoint_message(7, Chain::Audit, 1, &[0; 32], whole_second)
                .ends_with("chain=audit\nseq=1\nhead=0000000000000000000000000000000000000000000000000000000000000000\nat=2026-11-30T00:53:20.000000Z\n")
        );
    }

    #[test]
    fn a_signed_checkpoint_verifies_and_any_change_fails() {
        let signer = CheckpointSigner::generate();
        let head = ChainHead {
            seq: 42,
            hash: [7; 32],
        };
        let checkpoint = signer.sign(3, Chain::Archive, head, at());
        assert!(signer.verify(&checkpoint));
        assert_eq!(checkpoint.signature.len(), 64);

        let mut changed = checkpoint.clone();
        changed.seq = 41;
        assert!(!signer.verify(&changed));
        let mut changed = checkpoint.clone();
        changed.head_hash[0] ^= 1;
        assert!(!signer.verify(&changed));
        let mut changed = checkpoint.clone();
        changed.chain = Chain::Audit;
        assert!(!signer.verify(&changed));
        let mut changed = checkpoint.clone();
        changed.tenant_id = 4;
        assert!(!signer.verify(&changed));
        let mut changed = checkpoint.clone();
        changed.signature.pop();
        assert!(!signer.verify(&changed));
        assert!(!CheckpointSigner::generate().verify(&checkpoint));
    }

    #[test]
    fn the_key_file_is_private_pkcs8_and_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SIGNING_KEY_FILE);
        let created = CheckpointSigner::load_or_create(&path).unwrap();
        let loaded = CheckpointSigner::load_or_create(&path).unwrap();
        assert_eq!(created.fingerprint(), loaded.fingerprint());
        assert_eq!(created.fingerprint().len(), 64);
        assert!(
            fs::read_to_string(&path)
                .unwrap()
                .starts_with("-----BEGIN PRIVATE KEY-----\n")
        );
        let pem = loaded.public_key_pem();
        assert!(pem.starts_with("-----BEGIN PUBLIC KEY-----\n"), "{pem}");
        let checkpoint = created.sign(1, Chain::Audit, ChainHead::genesis(1), at());
        assert!(loaded.verify(&checkpoint));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }

    #[test]
    fn a_malformed_key_file_is_refused_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SIGNING_KEY_FILE);
        fs::write(&path, b"not a key").unwrap();
        let error = CheckpointSigner::load_or_create(&path).unwrap_err();
        assert!(error.to_string().contains("PKCS#8 PEM"), "{error}");
        assert_eq!(fs::read(&path).unwrap(), b"not a key");
    }
}
