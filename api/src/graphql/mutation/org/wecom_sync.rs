//! `wecomSyncStart`: queues a sync of the tenant's corp from WeCom (admins).

use async_graphql::{Context, Enum, InputObject, Object};

use crate::domain::wecom::sync::{self, SyncKind};
use crate::graphql::authorized;
use crate::graphql::mutation::payload::{payload, respond};
use crate::graphql::types::Job;

#[derive(Default)]
pub struct WecomSyncMutation;

/// What a WeCom sync brings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "SyncKind")]
pub enum WecomSyncKind {
    /// Departments and members (new members become SALES without a password).
    Staff,
    /// Customers and their follows (remarks, tags, channel `state`); follows WeCom no longer
    /// has are marked lost.
    Customers,
    /// Corp tag groups and tags.
    Tags,
    /// Customer groups with their members.
    Groups,
    /// Customers' consent to archiving (WeCom's `check_single_agree` / `check_room_agree`;
    /// needs the archive secret, skipped without it).
    Consent,
}

#[derive(InputObject, Default)]
pub struct WecomSyncStartInput {
    /// What to bring; every kind when absent or empty.
    #[graphql(default)]
    pub kinds: Vec<WecomSyncKind>,
}

payload!(WecomSyncPayload { job: Job });

#[Object]
impl WecomSyncMutation {
    /// Queues a sync of your tenant's corp from WeCom (admins; WeCom's customer-contact secret
    /// must be set). Follow the job with `job(id:)`; a sync run twice changes nothing the second
    /// time, and one that failed part-way is finished by the next. Recorded in the audit log
    /// (`WECOM_SYNC`) with its counts. One sync per tenant at a time (`CONFLICT`).
    async fn wecom_sync_start(
        &self,
        ctx: &Context<'_>,
        #[graphql(default)] input: WecomSyncStartInput,
    ) -> async_graphql::Result<Option<WecomSyncPayload>> {
        let auth = authorized(ctx)?;
        let kinds = input.kinds.into_iter().map(SyncKind::from).collect();
        respond(sync::start(auth, kinds).await.map(Job))
    }
}
