//! `Transfer` (在职转接 / 离职继承), what moved with it, and the `transfers` filter.

use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::{transfer, transfer_handover};

use crate::domain::crm::transfers::{self, TransferCondition};
use crate::error::ApiError;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Combinators, Customer, FilterInput, Staff};
use crate::graphql::{authorized, request_loaders};

/// Which of WeCom's transfers: chosen by whether the handover member is still active.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::transfer::TransferKind")]
pub enum TransferKind {
    /// 在职转接: the handover member is still employed (the customer is told, and may refuse).
    Online,
    /// 离职继承: the handover member was deactivated.
    Resigned,
}

/// Where a transfer is: PENDING and WAITING are unfinished, the others final.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::transfer::TransferStatus")]
pub enum TransferStatus {
    /// WeCom accepted it; no result read yet.
    Pending,
    /// WeCom waits for the customer (up to 24 hours).
    Waiting,
    /// Taken over; the customer's open deals and SOP tasks moved to the takeover member.
    Succeeded,
    /// Refused by WeCom or the customer, the takeover member at WeCom's limit, or no result
    /// within 48 hours: `error` says which.
    Failed,
}

/// What kind of record moved with a transfer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::transfer_handover::HandoverRecord")]
pub enum TransferRecordKind {
    /// An open deal: its owner changed.
    Deal,
    /// An open SOP task: whose task it is changed.
    Task,
}

/// One customer handed from one member to another through WeCom.
pub struct Transfer(pub transfer::Model);

async fn member(ctx: &Context<'_>, id: i64) -> async_graphql::Result<Option<Staff>> {
    let found = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(found.map(Staff))
}

#[Object]
impl Transfer {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Transfer, self.0.id)
    }

    /// The customer (null when you no longer see them).
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let found = request_loaders(ctx)?
            .customer_by_id
            .load_one(self.0.customer_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Customer))
    }

    /// The handover member.
    async fn from(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.from_staff_id).await
    }

    /// The takeover member.
    async fn to(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.to_staff_id).await
    }

    async fn kind(&self) -> TransferKind {
        self.0.kind.into()
    }

    async fn status(&self) -> TransferStatus {
        self.0.status.into()
    }

    /// WeCom's last word: its errcode for a customer it refused, else the result status (1
    /// done, 2 waiting, 3 refused, 4 at limit, 5 no record). Null before a result.
    async fn wecom_status(&self) -> Option<i32> {
        self.0.wecom_status
    }

    /// Why it failed.
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }

    /// What the customer was told (ONLINE transfers only).
    async fn message(&self) -> Option<&str> {
        self.0.message.as_deref()
    }

    /// Who asked for it.
    async fn requested_by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.requested_by).await
    }

    async fn requested_at(&self) -> DateTime<Utc> {
        self.0.requested_at
    }

    /// When the takeover member took the customer over (WeCom's time).
    async fn taken_over_at(&self) -> Option<DateTime<Utc>> {
        self.0.taken_over_at
    }

    /// When WeCom was last asked for the result.
    async fn checked_at(&self) -> Option<DateTime<Utc>> {
        self.0.checked_at
    }

    async fn finished_at(&self) -> Option<DateTime<Utc>> {
        self.0.finished_at
    }

    /// The open deals and SOP tasks that moved to the takeover member when it succeeded,
    /// with who held each before.
    async fn handovers(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<TransferHandover>> {
        let auth = authorized(ctx)?;
        Ok(transfers::handovers_of(auth, self.0.id)
            .await
            .gql()?
            .into_iter()
            .map(TransferHandover)
            .collect())
    }
}

/// A record that moved with a transfer.
pub struct TransferHandover(pub transfer_handover::Model);

#[Object]
impl TransferHandover {
    async fn kind(&self) -> TransferRecordKind {
        self.0.record_kind.into()
    }

    /// The deal's or task's id (`Deal` or `Task`).
    async fn record_id(&self) -> ID {
        let kind = match self.0.record_kind {
            transfer_handover::HandoverRecord::Deal => NodeKind::Deal,
            transfer_handover::HandoverRecord::Task => NodeKind::Task,
        };
        ids::encode(kind, self.0.record_id)
    }

    /// Who held it before.
    async fn previous_owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.previous_staff_id).await
    }

    async fn new_owner(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.0.new_staff_id).await
    }

    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }
}

/// Filters transfers; all given conditions must hold.
#[derive(Debug, Clone, InputObject)]
pub struct TransferFilter {
    pub status: Option<TransferStatus>,
    pub kind: Option<TransferKind>,
    pub from_staff_id: Option<ID>,
    pub to_staff_id: Option<ID>,
    pub customer_id: Option<ID>,
}

impl FilterInput for TransferFilter {
    type Condition = TransferCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators::none()
    }

    fn conditions(self) -> Result<Vec<TransferCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(status) = self.status {
            conditions.push(TransferCondition::Status(status.into()));
        }
        if let Some(kind) = self.kind {
            conditions.push(TransferCondition::Kind(kind.into()));
        }
        if let Some(id) = self.from_staff_id {
            conditions.push(TransferCondition::FromStaff(ids::decode(
                &["filter", "fromStaffId"],
                NodeKind::Staff,
                &id,
            )?));
        }
        if let Some(id) = self.to_staff_id {
            conditions.push(TransferCondition::ToStaff(ids::decode(
                &["filter", "toStaffId"],
                NodeKind::Staff,
                &id,
            )?));
        }
        if let Some(id) = self.customer_id {
            conditions.push(TransferCondition::Customer(ids::decode(
                &["filter", "customerId"],
                NodeKind::Customer,
                &id,
            )?));
        }
        Ok(conditions)
    }
}
