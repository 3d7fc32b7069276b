//! Loading, creating, rotating and re-wrapping tenants' data keys.

use std::sync::Arc;

use entity::{archive_key, archive_message, archive_reject, audit_entry};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::{Archive, lock};
use crate::crypto::{DataKey, KeyVersion, Keyring, WrappedDataKey, index_term_key};
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
        let keyring = Arc::new(Keyring::unwrap_all(
            &self.inner.master,
            tenant_id,
            &wrapped,
        )?);
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
                .unwrap(&self.inner.master, tenant_id)
                .and_then(|key| keyring.insert(wrapped.version, key));
            if inserted.is_err() {
                unusable.push(wrapped.version);
            }
        }
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
                let (created, stored) = create_first_key(db, &self.inner.master, tenant_id).await?;
                lock(&self.inner.uncommitted_keys).insert(created);
                wrapped = stored;
            }
        }
        let keyring = Arc::new(Keyring::unwrap_all(
            &self.inner.master,
            tenant_id,
            &wrapped,
        )?);
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
        let wrapped = DataKey::generate().wrap(&self.inner.master, tenant_id, version)?;
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

    /// Re-wraps every tenant's data keys under `new_master`, in one transaction. Messages are
    /// untouched: their data keys do not change. Afterwards only `new_master` opens the archive.
    pub async fn rewrap_keys(&self, new_master: &MasterKey) -> Result<usize, ArchiveError> {
        let transaction = entity::begin_write(self.db()).await?;
        let rows = archive_key::Entity::find().all(&transaction).await?;
        let count = rows.len();
        for row in rows {
            let wrapped = WrappedDataKey {
                version: row.version as KeyVersion,
                blob: row.wrapped.clone(),
            };
            let rewrapped = wrapped.rewrap(&self.inner.master, new_master, row.tenant_id)?;
            let mut active: archive_key::ActiveModel = row.into();
            active.wrapped = Set(rewrapped.blob);
            active.update(&transaction).await?;
        }
        transaction.commit().await?;
        lock(&self.inner.keyrings).clear();
        Ok(count)
    }

    /// The tenant's search index (opened once per process).
    pub(super) async fn index(&self, tenant_id: i64) -> Result<SearchIndex, ArchiveError> {
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

/// Whether the tenant has anything sealed (messages, rejects, audit entries): then a missing
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
    let audited: Option<i64> = audit_entry::Entity::find()
        .select_only()
        .column(audit_entry::Column::Id)
        .filter(audit_entry::Column::TenantId.eq(tenant_id))
        .into_tuple()
        .one(db)
        .await?;
    Ok(audited.is_some())
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
