//! The operator: whoever runs `scrm` on the server, with the data dir and the master key in
//! hand. Operators act outside any tenant's policy — they create tenants, appoint a tenant's
//! first compliance officer, import and verify archives, rotate keys — so their entry points
//! take an [`OperatorAccess`]. The only way to get one is [`OperatorAccess::open`], which opens
//! the data dir and reads the master key: being able to do that on the server is what makes
//! someone the operator. A GraphQL resolver holds a request's [`super::Authorized`] and never
//! an `OperatorAccess`, so it cannot call those entry points, by types.

use archive::MasterKey;

use super::Store;
use crate::error::ApiResult;
use crate::settings::Settings;

/// Proof that the caller is the operator, carrying the store and who they are on the machine.
#[derive(Clone)]
pub struct OperatorAccess {
    store: Store,
    os_user: String,
}

impl OperatorAccess {
    /// Opens the data dir (creating it if needed), its master key and the migrated database.
    /// CLI commands call this at start-up, and so does the server for its first-start
    /// bootstrap.
    pub async fn open(settings: &Settings) -> ApiResult<Self> {
        crate::data_dir::prepare(&settings.data_dir)?;
        let master_key = MasterKey::load_or_create(&settings.master_key_path())?;
        let store = Store::open(settings, master_key).await?;
        let os_user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".to_string());
        Ok(OperatorAccess { store, os_user })
    }

    pub fn store(&self) -> &Store {
        &self.store
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
