//! Verifying a tenant's audit log from the stored rows: the chain, every sealed part opened for
//! its own seq, and the blind target tags against the sealed targets.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

use entity::{audit_entry, audit_target};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, FromQueryResult, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};

use super::TARGET_TAG_KEY_VERSION;
use super::chain::{ChainedEntry, ChainedFields, genesis_head};
use super::record::parse_sealed;
use super::tag::TargetTagger;
use crate::chain::{BreakReason, ChainHead, LinkBreak, LinkVerifier, ciphertext_digest};
use crate::crypto::{KeyVersion, Keyring, audit_target_key, open_audit, sealed_key_version};
use crate::store::run_blocking;
use crate::{Archive, ArchiveError};

/// Entries per page: memory stays bounded whatever the log's length.
const VERIFY_PAGE: u64 = 2_000;

/// A verified audit log: how many entries were checked and where its chain ends (record the
/// head somewhere the database's writers cannot rewrite, and compare it next time).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AuditSummary {
    pub verified: u64,
    pub head: ChainHead,
}

/// Why an entry fails verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AuditBreakReason {
    /// The chain is broken here: an entry edited, deleted, inserted, moved or swapped.
    Chain(BreakReason),
    /// The entry's sealed part names a key version the tenant's stored keys cannot provide
    /// (or, for the target tags, key version 1 is unavailable).
    KeyUnavailable { version: KeyVersion },
    /// The sealed part is malformed, fails authentication for this tenant and seq (altered, or
    /// copied from another entry), or is not an audit entry's targets and parameters.
    Unreadable,
    /// The stored blind target tags are not those of the sealed targets: tags deleted, added or
    /// moved, so "who read X" would answer wrongly.
    TargetTags,
}

impl std::fmt::Display for AuditBreakReason {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AuditBreakReason::Chain(reason) => reason.fmt(formatter),
            AuditBreakReason::KeyUnavailable { version } => write!(
                formatter,
                "key version {version} is missing or cannot be unwrapped"
            ),
            AuditBreakReason::Unreadable => formatter.write_str(
                "the sealed part fails to open for this entry (altered, moved, or sealed under another key)",
            ),
            AuditBreakReason::TargetTags => {
                formatter.write_str("the target tags disagree with the sealed targets")
            }
        }
    }
}

/// The first entry that fails verification. Names the seq only, never content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("audit log broken at seq {seq}: {reason}")]
pub struct AuditBreak {
    pub seq: u64,
    pub reason: AuditBreakReason,
}

impl Archive {
    /// Walks the tenant's audit log in seq order, in pages (constant memory): the chain from
    /// genesis, every sealed part opened with the tenant's keys **as stored** (not this
    /// process's cache) for its own seq, and the blind target tags against the sealed targets.
    /// `Ok(Err(break))` names the first failing entry (a chain break wins over another finding
    /// at the same seq); `Err` means the walk itself failed. `progress` gets the number of
    /// entries checked so far.
    pub async fn audit_verify(
        &self,
        tenant_id: i64,
        progress: impl FnMut(u64),
    ) -> Result<Result<AuditSummary, AuditBreak>, ArchiveError> {
        let (keyring, unusable) = self.stored_keys(tenant_id).await?;
        let tagger = keyring
            .get(TARGET_TAG_KEY_VERSION)
            .map(|key| TargetTagger::new(&audit_target_key(key)));
        let keys = Arc::new(WalkKeys {
            keyring,
            unusable,
            tagger,
        });
        self.audit_walk(tenant_id, Some(keys), None, progress).await
    }

    /// The chain alone, from `from` — a head already trusted, e.g. a signed checkpoint's — to the
    /// last entry: the links after `from` only, no sealed part opened, no tag compared. A
    /// checkpoint checks the entries added since the previous one this way before signing.
    pub(crate) async fn audit_chain_from(
        &self,
        tenant_id: i64,
        from: ChainHead,
    ) -> Result<Result<AuditSummary, AuditBreak>, ArchiveError> {
        self.audit_walk(tenant_id, None, Some(from), |_| {}).await
    }

    /// The walk of `audit_verify` (`keys` given, from genesis) and `audit_chain_from` (chain
    /// only: `keys` is `None`). From genesis (`from` is `None`) it visits every row whatever its
    /// seq; from a trusted head, the rows above its seq.
    async fn audit_walk(
        &self,
        tenant_id: i64,
        keys: Option<Arc<WalkKeys>>,
        from: Option<ChainHead>,
        mut progress: impl FnMut(u64),
    ) -> Result<Result<AuditSummary, AuditBreak>, ArchiveError> {
        let full = keys.is_some();
        let mut walk = Walk {
            tenant_id,
            keys,
            chain: LinkVerifier::resume(from.unwrap_or_else(|| genesis_head(tenant_id))),
            checked: 0,
            held: None,
        };
        let first_after = from.map(|head| i64::try_from(head.seq).unwrap_or(i64::MAX));
        let mut page = self.audit_verify_page(tenant_id, first_after, full).await?;
        let mut last_seq = None;
        while let Some(after) = page.rows.last().map(|row| row.seq) {
            last_seq = Some(after);
            let checking = run_blocking(move || {
                let outcome = walk.check(&page);
                Ok((walk, outcome))
            });
            // The next page is read while this one is hashed and opened on a blocking thread.
            #[allow(clippy::disallowed_methods)]
            let (checked, next) = tokio::join!(
                checking,
                self.audit_verify_page(tenant_id, Some(after), full)
            );
            let outcome;
            (walk, outcome) = checked?;
            if let Err(found) = outcome {
                return Ok(Err(found));
            }
            progress(walk.checked);
            page = next?;
        }

        let Walk { chain, held, .. } = walk;
        let summary = match chain.finish() {
            Ok(summary) => summary,
            Err(broken) => return Ok(Err(first_of(held, broken))),
        };
        if let Some(held) = held {
            return Ok(Err(held));
        }
        if !full {
            return Ok(Ok(AuditSummary {
                verified: summary.verified,
                head: summary.head,
            }));
        }
        // Tags above the last entry belong to no entry.
        let mut stray = audit_target::Entity::find()
            .select_only()
            .column(audit_target::Column::Seq)
            .filter(audit_target::Column::TenantId.eq(tenant_id))
            .order_by_asc(audit_target::Column::Seq)
            .limit(1);
        if let Some(last) = last_seq {
            stray = stray.filter(audit_target::Column::Seq.gt(last));
        }
        if let Some(seq) = stray.into_tuple::<i64>().one(self.db()).await? {
            return Ok(Err(AuditBreak {
                seq: seq.max(0) as u64,
                reason: AuditBreakReason::TargetTags,
            }));
        }
        Ok(Ok(AuditSummary {
            verified: summary.verified,
            head: summary.head,
        }))
    }

    /// The next page of entries after `after_seq`, with (when `with_tags`) the target tags of
    /// the seqs it spans (from just above `after_seq` to its last seq, so tags of missing
    /// entries show too).
    async fn audit_verify_page(
        &self,
        tenant_id: i64,
        after_seq: Option<i64>,
        with_tags: bool,
    ) -> Result<VerifyPage, ArchiveError> {
        // Ordered by seq without assuming seqs are dense: a swapped or renumbered seq must still
        // be visited, in seq order. Enums are read as the stored strings: an edited value is a
        // chain break to report, not a row that fails to load.
        let mut query = audit_entry::Entity::find()
            .select_only()
            .columns([
                audit_entry::Column::Seq,
                audit_entry::Column::At,
                audit_entry::Column::ActorKind,
                audit_entry::Column::ActorStaffId,
                audit_entry::Column::ActorApiKeyId,
                audit_entry::Column::ActorName,
                audit_entry::Column::ActorRole,
                audit_entry::Column::Action,
                audit_entry::Column::Outcome,
                audit_entry::Column::RequestId,
                audit_entry::Column::ClientIp,
                audit_entry::Column::Sealed,
                audit_entry::Column::ChainHash,
            ])
            .filter(audit_entry::Column::TenantId.eq(tenant_id))
            .order_by_asc(audit_entry::Column::Seq)
            .limit(VERIFY_PAGE);
        if let Some(after) = after_seq {
            query = query.filter(audit_entry::Column::Seq.gt(after));
        }
        let rows = query.into_model::<VerifyRow>().all(self.db()).await?;
        let mut tags: BTreeMap<i64, BTreeSet<Vec<u8>>> = BTreeMap::new();
        if let Some(last) = rows.last().map(|row| row.seq)
            && with_tags
        {
            for (seq, joined) in self.target_tags_by_seq(tenant_id, after_seq, last).await? {
                let stored = tags.entry(seq).or_default();
                for hex_tag in joined.split(',') {
                    // Not hex (it always is: the database made it): a value no tag equals.
                    stored.insert(hex::decode(hex_tag).unwrap_or_default());
                }
            }
        }
        Ok(VerifyPage { rows, tags })
    }

    /// The stored target tags of the seqs in `(after_seq, last]`, one row per seq: the tags in
    /// hex, comma-separated (hex has no comma, so every tag keeps its own bytes and length).
    /// One row per entry instead of one per tag: a search entry has 20, and each row crosses
    /// from the driver's thread to ours on its own, which made that hand-over, not hashing or
    /// decryption, the cost of verifying (docs/BENCHMARKS.md, "Audit log").
    async fn target_tags_by_seq(
        &self,
        tenant_id: i64,
        after_seq: Option<i64>,
        last: i64,
    ) -> Result<Vec<(i64, String)>, ArchiveError> {
        let backend = self.db().get_database_backend();
        let (joined, low, high) = match backend {
            DbBackend::Postgres => (
                "string_agg(encode(tag, 'hex'), ',')",
                "seq > $3",
                "seq <= $2",
            ),
            _ => ("group_concat(hex(tag), ',')", "seq > ?", "seq <= ?"),
        };
        let first = match backend {
            DbBackend::Postgres => "tenant_id = $1",
            _ => "tenant_id = ?",
        };
        let mut values: Vec<sea_orm::Value> = vec![tenant_id.into(), last.into()];
        let lower = match after_seq {
            Some(after) => {
                values.push(after.into());
                format!(" AND {low}")
            }
            None => String::new(),
        };
        let sql = format!(
            "SELECT seq, {joined} AS tags FROM audit_target \
             WHERE {first} AND {high}{lower} GROUP BY seq"
        );
        let rows = self
            .db()
            .query_all_raw(Statement::from_sql_and_values(backend, sql, values))
            .await?;
        rows.iter()
            .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
            .collect::<Result<Vec<_>, sea_orm::DbErr>>()
            .map_err(ArchiveError::from)
    }
}

#[derive(Debug, FromQueryResult)]
struct VerifyRow {
    seq: i64,
    at: chrono::DateTime<chrono::Utc>,
    actor_kind: String,
    actor_staff_id: Option<i64>,
    actor_api_key_id: Option<i64>,
    actor_name: Option<String>,
    actor_role: Option<String>,
    action: String,
    outcome: String,
    request_id: Option<String>,
    client_ip: Option<String>,
    sealed: Vec<u8>,
    chain_hash: Vec<u8>,
}

struct VerifyPage {
    rows: Vec<VerifyRow>,
    /// seq → its stored tags, for the seqs the page spans.
    tags: BTreeMap<i64, BTreeSet<Vec<u8>>>,
}

/// The tenant's keys as verification found them in the database.
struct WalkKeys {
    keyring: Keyring,
    /// Versions stored but not unwrappable.
    unusable: Vec<KeyVersion>,
    /// `None` when key version 1 is unavailable.
    tagger: Option<TargetTagger>,
}

/// The state of a walk; it moves to a blocking thread for each page and back.
struct Walk {
    tenant_id: i64,
    /// `None` when only the chain is checked.
    keys: Option<Arc<WalkKeys>>,
    chain: LinkVerifier<ChainedEntry>,
    checked: u64,
    /// The lowest-seq entry-level finding so far, held until the chain has judged that seq
    /// (it looks one entry ahead): a chain break at or before it wins.
    held: Option<AuditBreak>,
}

/// The first of a held finding and a chain break; the chain break on a tie. A gap or a move
/// concerns the position the chain expected (the tags of a deleted entry are orphans there),
/// so that position is what the held finding is compared with.
fn first_of(held: Option<AuditBreak>, broken: LinkBreak<ChainedEntry>) -> AuditBreak {
    let position = match broken.reason {
        BreakReason::HashMismatch => broken.record.seq,
        BreakReason::SequenceGap { expected } | BreakReason::OutOfOrder { expected } => {
            expected.min(broken.record.seq)
        }
    };
    let chain = AuditBreak {
        seq: broken.record.seq,
        reason: AuditBreakReason::Chain(broken.reason),
    };
    match held {
        Some(held) if held.seq < position => held,
        _ => chain,
    }
}

impl Walk {
    fn hold(&mut self, found: AuditBreak) {
        if self.held.is_none_or(|held| found.seq < held.seq) {
            self.held = Some(found);
        }
    }

    /// Checks one page; `Err` is the final finding.
    fn check(&mut self, page: &VerifyPage) -> Result<(), AuditBreak> {
        let seqs: BTreeSet<i64> = page.rows.iter().map(|row| row.seq).collect();
        // Tags of a seq without an entry on this page: the entry is gone or was renumbered.
        if let Some(orphan) = page.tags.keys().find(|seq| !seqs.contains(seq)) {
            self.hold(AuditBreak {
                seq: (*orphan).max(0) as u64,
                reason: AuditBreakReason::TargetTags,
            });
        }
        for row in &page.rows {
            let entry = chained_entry(row);
            let seq = entry.seq;
            if let Err(broken) = self.chain.push(entry) {
                return Err(first_of(self.held.take(), broken));
            }
            if let Some(held) = self.held
                && self.chain.head().seq >= held.seq
            {
                return Err(held);
            }
            if self.held.is_none()
                && let Some(reason) = self.entry_problem(row, seq, page.tags.get(&row.seq))
            {
                self.hold(AuditBreak { seq, reason });
            }
            self.checked += 1;
        }
        Ok(())
    }

    /// What is wrong with an entry's sealed part or its tags, if anything.
    fn entry_problem(
        &self,
        row: &VerifyRow,
        seq: u64,
        stored_tags: Option<&BTreeSet<Vec<u8>>>,
    ) -> Option<AuditBreakReason> {
        let keys = self.keys.as_ref()?;
        let Ok(version) = sealed_key_version(&row.sealed) else {
            return Some(AuditBreakReason::Unreadable);
        };
        if keys.unusable.contains(&version) || keys.keyring.get(version).is_none() {
            return Some(AuditBreakReason::KeyUnavailable { version });
        }
        let Ok(plaintext) = open_audit(&keys.keyring, self.tenant_id, seq, &row.sealed) else {
            return Some(AuditBreakReason::Unreadable);
        };
        let plaintext = zeroize::Zeroizing::new(plaintext);
        let Some((target, _)) = parse_sealed(&plaintext) else {
            return Some(AuditBreakReason::Unreadable);
        };
        let Some(tagger) = &keys.tagger else {
            return (!target.is_empty()).then_some(AuditBreakReason::KeyUnavailable {
                version: TARGET_TAG_KEY_VERSION,
            });
        };
        let expected: BTreeSet<Vec<u8>> = target
            .iter()
            .map(|target| tagger.tag(target).to_vec())
            .collect();
        let matches = match stored_tags {
            Some(stored) => *stored == expected,
            None => expected.is_empty(),
        };
        (!matches).then_some(AuditBreakReason::TargetTags)
    }
}

fn chained_entry(row: &VerifyRow) -> ChainedEntry {
    ChainedEntry {
        seq: row.seq.max(0) as u64,
        fields: ChainedFields {
            at_micros: row.at.timestamp_micros(),
            actor_kind: row.actor_kind.clone(),
            actor_staff_id: row.actor_staff_id,
            actor_api_key_id: row.actor_api_key_id,
            actor_name: row.actor_name.clone(),
            actor_role: row.actor_role.clone(),
            action: row.action.clone(),
            outcome: row.outcome.clone(),
            request_id: row.request_id.clone(),
            client_ip: row.client_ip.clone(),
            sealed_digest: ciphertext_digest(&row.sealed),
        },
        // A hash of the wrong length can never match: compare against zeros.
        stored_hash: row.chain_hash.as_slice().try_into().unwrap_or([0u8; 32]),
    }
}
