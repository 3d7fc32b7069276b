//! The operator: whoever runs `scrm` on the server, with the data dir and the master key in
//! hand. Operators act outside any tenant's policy — they create tenants and appoint a tenant's
//! first compliance officer — so their entry points take an [`OperatorAccess`], which only
//! start-up code of this crate creates (`startup::open_operator` for CLI commands, the
//! application for its first-start bootstrap). A GraphQL resolver holds a request's
//! [`super::Authorized`] and never an `OperatorAccess`, so it cannot call them, by types.

use super::Store;

/// Proof that the caller is the operator, carrying the store and who they are on the machine.
#[derive(Clone)]
pub struct OperatorAccess {
    store: Store,
    os_user: String,
}

impl OperatorAccess {
    /// Only start-up creates one (see the module documentation).
    pub(crate) fn new(store: Store) -> Self {
        let os_user = std::env::var("USER")
            .or_else(|_| std::env::var("LOGNAME"))
            .unwrap_or_else(|_| "unknown".to_string());
        OperatorAccess { store, os_user }
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The OS account that runs the command, for the record of what operators did.
    pub fn os_user(&self) -> &str {
        &self.os_user
    }
}
