//! `Notification`: something a staff member should know (a customer of their team lost).

use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Utc};
use entity::notification;

use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;
use crate::graphql::types::{Customer, Staff};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::notification::NotificationKind")]
pub enum NotificationKind {
    /// A follow of a member of your team ended (流失): see `lostBy`.
    CustomerLost,
}

/// Which side ended a follow.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::FollowLoss")]
pub enum FollowLoss {
    /// The customer deleted the staff member.
    CustomerDeletedStaff,
    /// The staff member deleted the customer.
    StaffDeletedCustomer,
    /// WeCom handed the customer to another member (a transfer): not a loss.
    Transferred,
    /// A WeCom sync no longer found the follow, and no callback said why.
    GoneFromWecom,
}

pub struct Notification(pub notification::Model);

#[Object]
impl Notification {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Notification, self.0.id)
    }

    async fn kind(&self) -> NotificationKind {
        self.0.kind.into()
    }

    /// When what it reports happened (the follow was lost).
    async fn at(&self) -> DateTime<Utc> {
        self.0.event_at
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Null until you mark it read (`notificationMarkRead`).
    async fn read_at(&self) -> Option<DateTime<Utc>> {
        self.0.read_at
    }

    /// The customer it is about.
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let Some(customer_id) = self.0.customer_id else {
            return Ok(None);
        };
        let found = request_loaders(ctx)?
            .customer_by_id
            .load_one(customer_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Customer))
    }

    /// The member of your team it is about (who lost the customer).
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(staff_id) = self.0.staff_id else {
            return Ok(None);
        };
        let found = request_loaders(ctx)?
            .staff_by_id
            .load_one(staff_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Staff))
    }

    /// CUSTOMER_LOST: which side ended the follow.
    async fn lost_by(&self) -> Option<FollowLoss> {
        self.0.lost_by.map(Into::into)
    }
}
