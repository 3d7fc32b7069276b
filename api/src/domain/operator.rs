//! The operator: whoever runs `scrm` on the server, with the data dir and the master key in
//! hand. Operators act outside any tenant's policy — they create tenants, appoint a tenant's
//! first compliance officer, import and verify archives, rotate keys — so their entry points
//! take an [`OperatorAccess`]. The only way to get one is [`OperatorAccess::open`], which opens
//! the data dir and reads the master key: being able to do that on the server is what makes
//! someone the operator. A GraphQL resolver holds a request's [`super::Authorized`] and never
//! an `OperatorAccess`, so it cannot call those entry points, by types.

use std::sync::Arc;

use archive::{CheckpointSigner, MasterKey};

use super::Store;
use crate::data_dir::IfMissing;
use crate::error::ApiResult;
use crate::settings::Settings;

/// Proof that the caller is the operator, carrying the store and who they are on the machine.
#[derive(Clone)]
pub struct OperatorAccess {
    store: Store,
    signer: Arc<CheckpointSigner>,
    os_user: String,
}

impl OperatorAccess {
    /// Opens the data dir (creating it if needed), its master key, its checkpoint signing key
    /// (`signing.key`, created on first start) and the migrated database.
    /// The server calls this at start-up for its first-start bootstrap, and so do the CLI
    /// commands that set up an installation (`tenant create`).
    pub async fn open(settings: &Settings) -> ApiResult<Self> {
        Self::open_with(settings, IfMissing::Create).await
    }

    /// Like [`OperatorAccess::open`], but refuses a data dir that does not exist (with a
    /// message naming its absolute path) instead of creating an empty one: for CLI commands
    /// that work on an existing installation. With PostgreSQL the data dir still holds the
    /// master key and the search indexes, so it must exist there too.
    pub async fn open_existing(settings: &Settings) -> ApiResult<Self> {
        Self::open_with(settings, IfMissing::Refuse).await
    }

    async fn open_with(settings: &Settings, if_missing: IfMissing) -> ApiResult<Self> {
        crate::data_dir::prepare_if(&settings.data_dir, if_missing)?;
        let master_key = MasterKey::load_or_create(&settings.master_key_path())?;
        let signer = Arc::new(CheckpointSigner::load_or_create(
            &settings.signing_key_path(),
        )?);
        let store = Store::open(settings, master_key).await?;
        let os_user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".to_string());
        Ok(OperatorAccess {
            store,
            signer,
            os_user,
        })
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The installation's checkpoint signing key (`DATA_DIR/signing.key`).
    pub fn signer(&self) -> &Arc<CheckpointSigner> {
        &self.signer
    }

    /// The OS account that runs the command, for the record of what operators did.
    pub fn os_user(&self) -> &str {
        &self.os_user
    }

    /// Closes the database (the end of a CLI command).
    pub async fn close(self) -> ApiResult<()> {
        self.store.close().await
    }
}
