//! Appending to a tenant's audit log inside the caller's transaction.

use std::collections::BTreeSet;

use chrono::{DateTime, SubsecRound, Utc};
use entity::{audit_entry, audit_target};
use sea_orm::{
    ActiveEnum, ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, QueryTrait, Set, Statement,
};

use super::TARGET_TAG_KEY_VERSION;
use super::chain::{ChainedFields, genesis_head, link_hash};
use super::record::{AuditRecord, sealed_plaintext};
use super::tag::TargetTagger;
use crate::chain::{ChainHead, ciphertext_digest};
use crate::crypto::{Keyring, audit_target_key, seal_audit};
use crate::{Archive, ArchiveError};

/// First key of the PostgreSQL advisory lock serialising a tenant's appends ("SCAU"); the
/// second is the tenant id (folded into 32 bits: a collision only serialises two tenants).
const AUDIT_LOCK_NAMESPACE: i32 = 0x5343_4155;

/// The last entry of a tenant's log: where the next one chains from, and the time it must not
/// precede.
struct LogHead {
    chain: ChainHead,
    at: Option<DateTime<Utc>>,
}

impl Archive {
    /// Appends `record` to the tenant's audit log **inside the caller's transaction** `db`, and
    /// returns the entry's seq. The caller commits the entry with the action it records (or
    /// neither): begin the transaction with `entity::begin_write`, which on SQLite takes the
    /// write lock up front and so serialises appenders; on PostgreSQL this takes a per-tenant
    /// advisory transaction lock first, so concurrent appends get dense seqs without unique
    /// violations. `db` must be a transaction: outside one, the PostgreSQL lock would not hold.
    ///
    /// Reads the head, seals the targets and parameters (bound to tenant and seq), chains the
    /// entry, and inserts it with one blind tag per distinct target.
    pub async fn audit_append<C: ConnectionTrait>(
        &self,
        db: &C,
        tenant_id: i64,
        record: AuditRecord,
    ) -> Result<u64, ArchiveError> {
        record.actor.check()?;
        lock_log(db, tenant_id).await?;
        let keyring = self.keyring_within(db, tenant_id).await?;
        append_entry(db, tenant_id, &keyring, record).await
    }

    /// Appends `record` in a write transaction of its own and commits it; the entry's seq.
    /// For actions that are not themselves a database write in the same transaction (a read
    /// before its content is shown, a failed sign-in, an operator's CLI command). Written
    /// through the archive's audit writer when it has one (`Archive::with_audit_writer`).
    pub async fn audit_record(
        &self,
        tenant_id: i64,
        record: AuditRecord,
    ) -> Result<u64, ArchiveError> {
        // Load (or create) the keys before taking the write lock: then the append finds them
        // cached and needs no other connection.
        self.keyring(tenant_id).await?;
        let transaction = entity::begin_write(self.audit_writer()).await?;
        let seq = self.audit_append(&transaction, tenant_id, record).await?;
        transaction.commit().await?;
        Ok(seq)
    }
}

/// Serialises appends to the tenant's log for the rest of the transaction `db`: on PostgreSQL a
/// per-tenant advisory transaction lock (SQLite's write transaction already serialises them).
pub(crate) async fn lock_log<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
) -> Result<(), ArchiveError> {
    if db.get_database_backend() == DbBackend::Postgres {
        let folded = (tenant_id ^ (tenant_id >> 32)) as i32;
        db.execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1, $2)",
            [AUDIT_LOCK_NAMESPACE.into(), folded.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Appends `record` sealed under `keyring` (the tenant's data keys), with [`lock_log`] already
/// taken in the transaction `db`; the entry's seq. For a caller that must unwrap the keys at a
/// moment of its choosing (a master-key re-wrap, which changes their wrapping in the same
/// transaction); everyone else calls [`Archive::audit_append`].
///
/// Reads the head, seals the targets and parameters (bound to tenant and seq), chains the
/// entry, and inserts it with one blind tag per distinct target.
pub(crate) async fn append_entry<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    keyring: &Keyring,
    record: AuditRecord,
) -> Result<u64, ArchiveError> {
    record.actor.check()?;
    let head = log_head(db, tenant_id).await?;
    let seq = head.chain.seq + 1;
    // Microseconds, as both backends store them and the chain commits to them; never before
    // the previous entry, so time order and seq order agree even if the clock steps back.
    let now = Utc::now().trunc_subsecs(6);
    let at = head.at.map_or(now, |previous| now.max(previous));

    let sealed = seal_audit(
        keyring,
        tenant_id,
        seq,
        &sealed_plaintext(&record.target, &record.parameters),
    )?;
    let fields = ChainedFields {
        at_micros: at.timestamp_micros(),
        actor_kind: record.actor.kind.to_value(),
        actor_staff_id: record.actor.staff_id,
        actor_api_key_id: record.actor.api_key_id,
        actor_name: record.actor.name.clone(),
        actor_role: record.actor.role.map(|role| role.to_value()),
        action: record.action.to_value(),
        outcome: record.outcome.to_value(),
        request_id: record.request_id.clone(),
        client_ip: record.client_ip.clone(),
        sealed_digest: ciphertext_digest(&sealed),
    };
    let chain_hash = link_hash(&head.chain.hash, seq, &fields);
    let seq_column = i64::try_from(seq).map_err(|_| ArchiveError::InvalidAuditRecord {
        reason: "the audit log is full",
    })?;

    let backend = db.get_database_backend();
    let entry = audit_entry::Entity::insert(audit_entry::ActiveModel {
        tenant_id: Set(tenant_id),
        seq: Set(seq_column),
        at: Set(at),
        actor_kind: Set(record.actor.kind),
        actor_staff_id: Set(record.actor.staff_id),
        actor_api_key_id: Set(record.actor.api_key_id),
        actor_name: Set(record.actor.name),
        actor_role: Set(record.actor.role),
        action: Set(record.action),
        outcome: Set(record.outcome),
        request_id: Set(record.request_id),
        client_ip: Set(record.client_ip),
        sealed: Set(sealed),
        chain_hash: Set(chain_hash.to_vec()),
        ..Default::default()
    })
    .build(backend);
    let tags = if record.target.is_empty() {
        None
    } else {
        let tagger = target_tagger(keyring)?;
        let tags: BTreeSet<_> = record
            .target
            .iter()
            .map(|target| tagger.tag(target))
            .collect();
        Some(
            audit_target::Entity::insert_many(tags.into_iter().map(|tag| {
                audit_target::ActiveModel {
                    tenant_id: Set(tenant_id),
                    seq: Set(seq_column),
                    tag: Set(tag.to_vec()),
                }
            }))
            .build(backend),
        )
    };
    match tags {
        // SQLite runs both inserts from one call: each call is a round trip to the
        // connection's worker thread, and an archive read waits for all of them.
        Some(tags) if backend == DbBackend::Sqlite => {
            let values = entry
                .values
                .iter()
                .flat_map(|values| values.0.iter())
                .chain(tags.values.iter().flat_map(|values| values.0.iter()))
                .cloned();
            db.execute_raw(Statement::from_sql_and_values(
                backend,
                format!("{}; {}", entry.sql, tags.sql),
                values,
            ))
            .await?;
        }
        tags => {
            db.execute_raw(entry).await?;
            if let Some(tags) = tags {
                db.execute_raw(tags).await?;
            }
        }
    }
    Ok(seq)
}

/// The tagger for a tenant's blind target tags (keyed by data-key version 1).
pub(super) fn target_tagger(keyring: &Keyring) -> Result<TargetTagger, ArchiveError> {
    let data_key =
        keyring
            .get(TARGET_TAG_KEY_VERSION)
            .ok_or(ArchiveError::DataKeyVersionMissing {
                version: TARGET_TAG_KEY_VERSION,
            })?;
    Ok(TargetTagger::new(&audit_target_key(data_key)))
}

async fn log_head<C: ConnectionTrait>(db: &C, tenant_id: i64) -> Result<LogHead, ArchiveError> {
    let last: Option<(i64, Vec<u8>, DateTime<Utc>)> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Seq)
        .column(audit_entry::Column::ChainHash)
        .column(audit_entry::Column::At)
        .filter(audit_entry::Column::TenantId.eq(tenant_id))
        .order_by_desc(audit_entry::Column::Seq)
        .limit(1)
        .into_tuple()
        .one(db)
        .await?;
    let Some((seq, hash, at)) = last else {
        return Ok(LogHead {
            chain: genesis_head(tenant_id),
            at: None,
        });
    };
    // A head that is not a chain position and hash was written by hand: appending to it would
    // bury the damage under a valid-looking link. Refuse (and with it the audited action).
    let (Ok(seq), Ok(hash)) = (u64::try_from(seq), <[u8; 32]>::try_from(hash.as_slice())) else {
        return Err(ArchiveError::IntegrityViolation {
            what: "the audit log's last entry",
        });
    };
    Ok(LogHead {
        chain: ChainHead { seq, hash },
        at: Some(at),
    })
}
