//! One opener at a time per tenant, for what a process holds once per tenant and builds on
//! first use (its search index handle, its index writer).
//!
//! Without it, two first uses racing (the server's start-up catch-up and the first `/metrics`
//! read after an index was lost) both found nothing cached and both opened: two creations of a
//! missing index in one directory, or a second writer refused as a concurrent one, left the
//! catch-up failed and the index behind until the next restart.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use super::lock;

/// Per-tenant gates: whoever holds a tenant's gate is the only one opening for that tenant,
/// and looks in the cache again before opening, since the previous holder may have filled it.
#[derive(Default)]
pub(super) struct TenantGates {
    gates: Mutex<HashMap<i64, Arc<tokio::sync::Mutex<()>>>>,
}

impl TenantGates {
    /// Waits for the tenant's gate. Other tenants are not held up.
    pub(super) async fn enter(&self, tenant_id: i64) -> tokio::sync::OwnedMutexGuard<()> {
        let gate = lock(&self.gates).entry(tenant_id).or_default().clone();
        gate.lock_owned().await
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use std::time::Duration;

    use super::*;

    #[tokio::test]
    async fn a_tenant_has_one_holder_at_a_time_and_others_are_not_held_up() {
        let gates = TenantGates::default();
        let held = gates.enter(1).await;
        // Another tenant's gate opens at once.
        let other = tokio::time::timeout(Duration::from_secs(5), gates.enter(2)).await;
        assert!(other.is_ok());
        // The same tenant's waits until the holder lets go.
        let waiting = tokio::time::timeout(Duration::from_millis(50), gates.enter(1)).await;
        assert!(waiting.is_err());
        drop(held);
        let entered = tokio::time::timeout(Duration::from_secs(5), gates.enter(1)).await;
        assert!(entered.is_ok());
    }
}
