//! Loading, creating, rotating and re-wrapping tenants' data keys.

use std::collections::BTreeSet;
use std::sync::Arc;

use entity::{
    archive_dictionary, archive_key, archive_message, archive_reject, audit_entry, tenant,
};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::{Archive, lock};
use crate::audit::{AuditRecord, append_entry, lock_log};
use crate::crypto::{
    DataKey, DictionaryId, KeyVersion, Keyring, WrappedDataKey, index_term_key, open_dictionary,
};
use crate::index::{IndexKey, SearchIndex};
use crate::{ArchiveError, MasterKey};

/// The data-key version whose subkey keys the search index: terms must stay comparable
/// across rotations, so the index is tied to the first version.
const INDEX_KEY_VERSION: KeyVersion = 1;

impl Archive {
    /// The tenant's keyring, creating its first data key on first use.
    pub(crate) async fn keyring(&self, tenant_id: i64) -> Result<Arc<Keyring>, ArchiveError> {
        if let Some(keyring) = lock(&self.inner.keyrings).get(&tenant_id) {
            return Ok(keyring.clone());
        }
        self.reload_keyring(tenant_id).await
    }

    /// Reads the keyring from the database again (another process may have rotated).
    pub(crate) async fn reload_keyring(
        &self,
        tenant_id: i64,
    ) -> Result<Arc<Keyring>, ArchiveError> {
        let mut wrapped = self.wrapped_keys(tenant_id).await?;
        if wrapped.is_empty() {
            // No keys but sealed records means the keys were lost, not never made: a fresh
            // version 1 would open none of them, and would seal new records under a key that
            // clashes with the one a backup restores.
            if self.holds_sealed_records(tenant_id).await? {
                // A key is committed before anything is sealed under it, so a record another
                // writer committed since the first read brings its key along: look again.
                wrapped = self.wrapped_keys(tenant_id).await?;
                if wrapped.is_empty() {
                    return Err(ArchiveError::DataKeysMissing);
                }
            } else {
                self.store_new_key(tenant_id, 1).await?;
                wrapped = self.wrapped_keys(tenant_id).await?;
            }
        }
        let mut keyring = Keyring::unwrap_all(&self.master(), tenant_id, &wrapped)?;
        load_dictionaries(self.db(), tenant_id, &mut keyring, Unopenable::Fail).await?;
        let keyring = Arc::new(keyring);
        // Read outside any transaction, so committed: a key made inside a transaction that this
        // read now sees no longer stands in the way of caching.
        forget_uncommitted(&self.inner.uncommitted_keys, &wrapped);
        lock(&self.inner.keyrings).insert(tenant_id, keyring.clone());
        Ok(keyring)
    }

    /// The tenant's keys exactly as stored, for verification, with the versions whose stored key
    /// does not unwrap. Unlike `keyring`, it never creates a key (no rows means they are gone)
    /// and a bad key is set aside rather than fatal, so verify can name the records it strands.
    pub(crate) async fn stored_keys(
        &self,
        tenant_id: i64,
    ) -> Result<(Keyring, Vec<KeyVersion>), ArchiveError> {
        let mut keyring = Keyring::new();
        let mut unusable = Vec::new();
        for wrapped in self.wrapped_keys(tenant_id).await? {
            let inserted = wrapped
                .unwrap(&self.master(), tenant_id)
                .and_then(|key| keyring.insert(wrapped.version, key));
            if inserted.is_err() {
                unusable.push(wrapped.version);
            }
        }
        // A dictionary that does not open is left out: the records compressed with it then fail
        // to open, and verify names them.
        load_dictionaries(self.db(), tenant_id, &mut keyring, Unopenable::Skip).await?;
        Ok((keyring, unusable))
    }

    async fn holds_sealed_records(&self, tenant_id: i64) -> Result<bool, ArchiveError> {
        holds_sealed_records(self.db(), tenant_id).await
    }

    async fn wrapped_keys(&self, tenant_id: i64) -> Result<Vec<WrappedDataKey>, ArchiveError> {
        wrapped_keys(self.db(), tenant_id).await
    }

    /// The tenant's keyring for work inside the caller's transaction `db` (an audit append),
    /// reading and, for a tenant without keys, creating its first key through `db` only: a
    /// second connection could wait forever for the write lock the transaction holds (SQLite),
    /// or for a pool slot the transaction occupies.
    ///
    /// The keyring read is cached like `keyring`'s, unless it holds a key created inside a
    /// transaction (by this call, or by an earlier one in the same transaction): that key is
    /// uncommitted, and a rollback would leave the cache holding a key that was never stored.
    /// Keys created by other connections are visible here only once committed. Without the cache,
    /// every append in a transaction re-read and unwrapped the keys (≈ 0.1 ms an entry).
    pub(crate) async fn keyring_within<C: ConnectionTrait>(
        &self,
        db: &C,
        tenant_id: i64,
    ) -> Result<Arc<Keyring>, ArchiveError> {
        if let Some(keyring) = lock(&self.inner.keyrings).get(&tenant_id) {
            return Ok(keyring.clone());
        }
        let mut wrapped = wrapped_keys(db, tenant_id).await?;
        if wrapped.is_empty() {
            if holds_sealed_records(db, tenant_id).await? {
                // As in `reload_keyring`: a record committed since the first read brings its key.
                wrapped = wrapped_keys(db, tenant_id).await?;
                if wrapped.is_empty() {
                    return Err(ArchiveError::DataKeysMissing);
                }
            } else {
                let (created, stored) = create_first_key(db, &self.master(), tenant_id).await?;
                lock(&self.inner.uncommitted_keys).insert(created);
                wrapped = stored;
            }
        }
        let mut keyring = Keyring::unwrap_all(&self.master(), tenant_id, &wrapped)?;
        load_dictionaries(db, tenant_id, &mut keyring, Unopenable::Fail).await?;
        let keyring = Arc::new(keyring);
        let uncommitted = {
            let made_in_transactions = lock(&self.inner.uncommitted_keys);
            wrapped
                .iter()
                .any(|key| made_in_transactions.contains(&key.blob))
        };
        if !uncommitted {
            lock(&self.inner.keyrings).insert(tenant_id, keyring.clone());
        }
        Ok(keyring)
    }

    /// Generates, wraps and stores a data key. The key is durable before anyone seals with it.
    async fn store_new_key(&self, tenant_id: i64, version: KeyVersion) -> Result<(), ArchiveError> {
        let wrapped = DataKey::generate().wrap(&self.master(), tenant_id, version)?;
        let inserted = archive_key::ActiveModel {
            tenant_id: Set(tenant_id),
            version: Set(version as i32),
            wrapped: Set(wrapped.blob),
            created_at: Set(super::now()),
            ..Default::default()
        }
        .insert(self.db())
        .await;
        match inserted {
            Ok(_) => Ok(()),
            // Another process created this version at the same moment: use theirs.
            Err(error)
                if matches!(
                    error.sql_err(),
                    Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
                ) =>
            {
                Ok(())
            }
            Err(error) => Err(error.into()),
        }
    }

    /// Starts a new data-key version for new messages; older messages keep opening with theirs.
    pub async fn rotate_key(&self, tenant_id: i64) -> Result<KeyVersion, ArchiveError> {
        let keyring = self.reload_keyring(tenant_id).await?;
        let version = keyring
            .next_version()
            .ok_or(ArchiveError::InvalidKeyVersion { version: u32::MAX })?;
        self.store_new_key(tenant_id, version).await?;
        self.reload_keyring(tenant_id).await?;
        Ok(version)
    }

    /// The current data-key version of a tenant.
    pub async fn current_key_version(&self, tenant_id: i64) -> Result<KeyVersion, ArchiveError> {
        self.keyring(tenant_id)
            .await?
            .current_version()
            .ok_or(ArchiveError::KeyringEmpty)
    }

    /// Re-wraps every tenant's data keys under `new_master` in one transaction, and appends to
    /// each tenant's audit log the entry `audit` makes of that tenant's share, in the same
    /// transaction: every key and every entry commit together, or nothing does (a failure
    /// midway leaves the old wrapping and no entry claiming a re-wrap). Messages are untouched:
    /// their data keys do not change. Afterwards only `new_master` opens the archive, and this
    /// handle uses it from then on.
    ///
    /// A tenant whose entry cannot be written (its keys lost while sealed records remain) stops
    /// the re-wrap of all: an unlogged key operation is what the audit log exists to exclude.
    pub async fn rewrap_keys(
        &self,
        new_master: MasterKey,
        audit: impl Fn(&TenantRewrap) -> AuditRecord,
    ) -> Result<Vec<TenantRewrap>, ArchiveError> {
        let old_master = self.master();
        let old_fingerprint = old_master.fingerprint();
        let new_fingerprint = new_master.fingerprint();
        let transaction = entity::begin_write(self.db()).await?;
        // Every tenant gets its entry, and every stored key is re-wrapped, its tenant's or not.
        let mut tenant_ids: BTreeSet<i64> = tenant::Entity::find()
            .select_only()
            .column(tenant::Column::Id)
            .into_tuple::<i64>()
            .all(&transaction)
            .await?
            .into_iter()
            .collect();
        let keyed: Vec<i64> = archive_key::Entity::find()
            .select_only()
            .column(archive_key::Column::TenantId)
            .distinct()
            .into_tuple()
            .all(&transaction)
            .await?;
        tenant_ids.extend(keyed);
        let mut done = Vec::with_capacity(tenant_ids.len());
        for tenant_id in tenant_ids {
            lock_log(&transaction, tenant_id).await?;
            // The entry seals under the tenant's data key, which a re-wrap does not change; it
            // is unwrapped here, through this transaction, before its wrapping changes (the old
            // master key opens it). A tenant without keys gets its first one here, as for any
            // first entry, and it is re-wrapped below with the rest.
            let keyring = self.keyring_within(&transaction, tenant_id).await?;
            let rows = archive_key::Entity::find()
                .filter(archive_key::Column::TenantId.eq(tenant_id))
                .order_by_asc(archive_key::Column::Version)
                .all(&transaction)
                .await?;
            let keys = rows.len();
            for row in rows {
                let wrapped = WrappedDataKey {
                    version: row.version as KeyVersion,
                    blob: row.wrapped.clone(),
                };
                let rewrapped = wrapped.rewrap(&old_master, &new_master, row.tenant_id)?;
                let mut active: archive_key::ActiveModel = row.into();
                active.wrapped = Set(rewrapped.blob);
                active.update(&transaction).await?;
            }
            let share = TenantRewrap {
                tenant_id,
                keys,
                old_master_fingerprint: old_fingerprint.clone(),
                new_master_fingerprint: new_fingerprint.clone(),
            };
            append_entry(&transaction, tenant_id, &keyring, audit(&share)).await?;
            done.push(share);
        }
        transaction.commit().await?;
        // From now on the stored keys open with the new master key only. The cached keyrings
        // hold the same data keys, but are reloaded under the new master key all the same.
        *self
            .inner
            .master
            .write()
            .unwrap_or_else(|poisoned| poisoned.into_inner()) = Arc::new(new_master);
        lock(&self.inner.keyrings).clear();
        Ok(done)
    }

    /// The tenant's search index (opened once per process).
    pub(super) async fn index(&self, tenant_id: i64) -> Result<SearchIndex, ArchiveError> {
        if let Some(index) = lock(&self.inner.indexes).get(&tenant_id) {
            return Ok(index.clone());
        }
        let _opening = self.inner.index_opening.enter(tenant_id).await;
        if let Some(index) = lock(&self.inner.indexes).get(&tenant_id) {
            return Ok(index.clone());
        }
        let keyring = self.keyring(tenant_id).await?;
        let data_key =
            keyring
                .get(INDEX_KEY_VERSION)
                .ok_or(ArchiveError::DataKeyVersionMissing {
                    version: INDEX_KEY_VERSION,
                })?;
        let key = IndexKey::from_bytes(*index_term_key(data_key).expose_secret());
        let dir = self.inner.index_root.join(tenant_id.to_string());
        let index = tokio::task::spawn_blocking(move || SearchIndex::open_or_create(&dir, &key))
            .await
            .map_err(|error| ArchiveError::Task(error.to_string()))??;
        lock(&self.inner.indexes).insert(tenant_id, index.clone());
        Ok(index)
    }
}

/// One tenant's share of a master-key re-wrap: what its audit entry records. Fingerprints are
/// public names of the keys ([`MasterKey::fingerprint`]), never key material.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TenantRewrap {
    pub tenant_id: i64,
    /// The tenant's data-key versions re-wrapped.
    pub keys: usize,
    pub old_master_fingerprint: String,
    pub new_master_fingerprint: String,
}

/// Whether the tenant has anything sealed (messages, rejects, dictionaries, audit entries): then a missing
/// keyring means lost keys, not keys never made.
async fn holds_sealed_records<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
) -> Result<bool, ArchiveError> {
    let message: Option<i64> = archive_message::Entity::find()
        .select_only()
        .column(archive_message::Column::Id)
        .filter(archive_message::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .one(db)
        .await?;
    if message.is_some() {
        return Ok(true);
    }
    let reject: Option<i64> = archive_reject::Entity::find()
        .select_only()
        .column(archive_reject::Column::Id)
        .filter(archive_reject::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .one(db)
        .await?;
    if reject.is_some() {
        return Ok(true);
    }
    let dictionary: Option<i64> = archive_dictionary::Entity::find()
        .select_only()
        .column(archive_dictionary::Column::Id)
        .filter(archive_dictionary::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .one(db)
        .await?;
    if dictionary.is_some() {
        return Ok(true);
    }
    let audited: Option<i64> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Id)
        .filter(audit_entry::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(audited.is_some())
}

/// Opens the tenant's stored compression dictionaries into `keyring`, oldest first (the newest
/// becomes the current one). One that does not open fails the load, as a bad key does.
/// What loading does with a stored dictionary that does not open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unopenable {
    /// Fail: reads and writes must not go on with part of the tenant's dictionaries.
    Fail,
    /// Leave it out, with a warning: verify then names the records that need it.
    Skip,
}

/// Opens the tenant's stored dictionaries into `keyring` (whose data keys seal them).
async fn load_dictionaries<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
    keyring: &mut Keyring,
    unopenable: Unopenable,
) -> Result<(), ArchiveError> {
    let rows = archive_dictionary::Entity::find()
        .filter(archive_dictionary::Column::TenantId.eq(tenant_id))
        .order_by_asc(archive_dictionary::Column::Id)
        .all(db)
        .await?;
    for row in rows {
        let id = row.dictionary_id as DictionaryId;
        let opened = open_dictionary(keyring, tenant_id, id, &row.sealed)
            .and_then(|dictionary| keyring.insert_dictionary(dictionary));
        match (opened, unopenable) {
            (Ok(()), _) => {}
            (Err(error), Unopenable::Fail) => return Err(error),
            (Err(_), Unopenable::Skip) => {
                tracing::warn!(
                    tenant_id,
                    dictionary_id = id,
                    "compression dictionary does not open"
                );
            }
        }
    }
    Ok(())
}

async fn wrapped_keys<C: ConnectionTrait>(
    db: &C,
    tenant_id: i64,
) -> Result<Vec<WrappedDataKey>, ArchiveError> {
    let rows = archive_key::Entity::find()
        .filter(archive_key::Column::TenantId.eq(tenant_id))
        .order_by_asc(archive_key::Column::Version)
        .all(db)
        .await?;
    Ok(rows
        .into_iter()
        .map(|row| WrappedDataKey {
            version: row.version as KeyVersion,
            blob: row.wrapped,
        })
        .collect())
}

/// Creates version 1 of a tenant's data key through `db` (the caller's transaction); returns the
/// wrapped key it made and the tenant's stored keys. Another process may create it at the same
/// moment: theirs is kept (DO NOTHING rather than catching the violation, which would abort a
/// PostgreSQL transaction).
async fn create_first_key<C: ConnectionTrait>(
    db: &C,
    master: &MasterKey,
    tenant_id: i64,
) -> Result<(Vec<u8>, Vec<WrappedDataKey>), ArchiveError> {
    let key = DataKey::generate().wrap(master, tenant_id, 1)?;
    archive_key::Entity::insert(archive_key::ActiveModel {
        tenant_id: Set(tenant_id),
        version: Set(1),
        wrapped: Set(key.blob.clone()),
        created_at: Set(chrono::Utc::now()),
        ..Default::default()
    })
    .on_conflict_do_nothing_on([archive_key::Column::TenantId, archive_key::Column::Version])
    .exec_without_returning(db)
    .await?;
    Ok((key.blob, wrapped_keys(db, tenant_id).await?))
}

/// Drops the keys of `committed` from the set of keys made inside transactions.
fn forget_uncommitted(
    uncommitted: &std::sync::Mutex<std::collections::HashSet<Vec<u8>>>,
    committed: &[WrappedDataKey],
) {
    let mut uncommitted = lock(uncommitted);
    if uncommitted.is_empty() {
        return;
    }
    for key in committed {
        uncommitted.remove(&key.blob);
    }
}
