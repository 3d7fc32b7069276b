//! Loading, creating, rotating and re-wrapping tenants' data keys.

use std::sync::Arc;

use entity::{archive_key, archive_message, archive_reject};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Set,
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
    pub(super) async fn keyring(&self, tenant_id: i64) -> Result<Arc<Keyring>, ArchiveError> {
        if let Some(keyring) = lock(&self.inner.keyrings).get(&tenant_id) {
            return Ok(keyring.clone());
        }
        self.reload_keyring(tenant_id).await
    }

    /// Reads the keyring from the database again (another process may have rotated).
    pub(super) async fn reload_keyring(
        &self,
        tenant_id: i64,
    ) -> Result<Arc<Keyring>, ArchiveError> {
        let mut wrapped = self.wrapped_keys(tenant_id).await?;
        if wrapped.is_empty() {
            // No keys but sealed records means the keys were lost, not never made: a fresh
            // version 1 would open none of them, and would seal new records under a key that
            // clashes with the one a backup restores.
            if self.holds_sealed_records(tenant_id).await? {
                return Err(ArchiveError::DataKeysMissing);
            }
            self.store_new_key(tenant_id, 1).await?;
            wrapped = self.wrapped_keys(tenant_id).await?;
        }
        let keyring = Arc::new(Keyring::unwrap_all(
            &self.inner.master,
            tenant_id,
            &wrapped,
        )?);
        lock(&self.inner.keyrings).insert(tenant_id, keyring.clone());
        Ok(keyring)
    }

    /// The tenant's keys exactly as stored, for verification, with the versions whose stored key
    /// does not unwrap. Unlike `keyring`, it never creates a key (no rows means they are gone)
    /// and a bad key is set aside rather than fatal, so verify can name the records it strands.
    pub(super) async fn stored_keys(
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
        let message: Option<i64> = archive_message::Entity::find()
            .select_only()
            .column(archive_message::Column::Id)
            .filter(archive_message::Column::TenantId.eq(tenant_id))
            .into_tuple()
            .one(self.db())
            .await?;
        if message.is_some() {
            return Ok(true);
        }
        let reject: Option<i64> = archive_reject::Entity::find()
            .select_only()
            .column(archive_reject::Column::Id)
            .filter(archive_reject::Column::TenantId.eq(tenant_id))
            .into_tuple()
            .one(self.db())
            .await?;
        Ok(reject.is_some())
    }

    async fn wrapped_keys(&self, tenant_id: i64) -> Result<Vec<WrappedDataKey>, ArchiveError> {
        let rows = archive_key::Entity::find()
            .filter(archive_key::Column::TenantId.eq(tenant_id))
            .order_by_asc(archive_key::Column::Version)
            .all(self.db())
            .await?;
        Ok(rows
            .into_iter()
            .map(|row| WrappedDataKey {
                version: row.version as KeyVersion,
                blob: row.wrapped,
            })
            .collect())
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
