//! `FollowUp` (跟进), the signed-in member's `Agenda`, and the loaders that batch what a page
//! of them asks for (their customers, customers' `lastContactAt`).

use std::collections::HashMap;
use std::sync::Arc;

use async_graphql::dataloader::Loader;
use async_graphql::{Context, Enum, ID, Object};
use chrono::{DateTime, Duration, Utc};
use entity::{customer, follow_up};

use crate::domain::Authorized;
use crate::domain::crm::follow_ups::{self, EDIT_WINDOW_HOURS, agenda};
use crate::error::ApiError;
use crate::graphql::errors::to_graphql;
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::request_loaders;
use crate::graphql::types::{Customer, Date, Staff, Task};

/// How a staff member followed up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::follow_up::FollowUpKind")]
pub enum FollowUpKind {
    /// A written note.
    Note,
    /// A phone call.
    Call,
    /// A visit in person.
    Visit,
    /// A message outside the archived WeCom chat (SMS, e-mail…).
    Message,
}

/// What a staff member did with a customer (跟进), and the next step they planned. Its author
/// may change or delete it for 24 hours; after that it is a record.
pub struct FollowUp(pub follow_up::Model);

#[Object]
impl FollowUp {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::FollowUp, self.0.id)
    }

    /// The customer (null only if you stopped covering them while reading).
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let found = request_loaders(ctx)?
            .customer_by_id
            .load_one(self.0.customer_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(found.map(Customer))
    }

    /// Who followed up (the only one who may change it).
    async fn author(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(self.0.staff_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn kind(&self) -> FollowUpKind {
        self.0.kind.into()
    }

    async fn content(&self) -> &str {
        &self.0.content
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// When the next step is due (null: none planned).
    async fn next_step_at(&self) -> Option<DateTime<Utc>> {
        self.0.next_step_at
    }

    /// What comes next (null: only a time to follow up again, or nothing planned).
    async fn next_step(&self) -> Option<&str> {
        self.0.next_step.as_deref()
    }

    /// When the author marked the next step done (`followUpNextStepComplete`); null: open.
    async fn next_step_done_at(&self) -> Option<DateTime<Utc>> {
        self.0.next_step_done_at
    }

    /// Until when its author may change or delete it (24 hours after it was written).
    async fn editable_until(&self) -> DateTime<Utc> {
        self.0.created_at + Duration::hours(EDIT_WINDOW_HOURS)
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// Your day, in the tenant's time zone. Each list holds at most 200 items, soonest first;
/// `truncated` says one held more.
pub struct Agenda(pub agenda::Agenda);

#[Object]
impl Agenda {
    async fn date(&self) -> Date {
        Date(self.0.date)
    }

    /// The tenant's time zone, which says when the day begins and ends.
    async fn time_zone(&self) -> &str {
        self.0.time_zone.name()
    }

    /// The day's first instant (local midnight).
    async fn starts_at(&self) -> DateTime<Utc> {
        self.0.starts_at
    }

    /// The next day's first instant (the day ends just before it).
    async fn ends_at(&self) -> DateTime<Utc> {
        self.0.ends_at
    }

    /// Your follow-ups whose next step is due this day, done or not (see `nextStepDoneAt`).
    #[graphql(complexity = "agenda::AGENDA_LIMIT * child_complexity")]
    async fn due_today(&self) -> Vec<FollowUp> {
        self.0.due_today.iter().cloned().map(FollowUp).collect()
    }

    /// Your follow-ups whose next step was due before this day and is not done yet.
    #[graphql(complexity = "agenda::AGENDA_LIMIT * child_complexity")]
    async fn overdue(&self) -> Vec<FollowUp> {
        self.0.overdue.iter().cloned().map(FollowUp).collect()
    }

    /// Your open SOP tasks due by the end of this day (overdue ones included).
    #[graphql(complexity = "agenda::AGENDA_LIMIT * child_complexity")]
    async fn tasks(&self) -> Vec<Task> {
        self.0.tasks.iter().cloned().map(Task).collect()
    }

    /// Whether a list had more than 200 items (the soonest 200 are shown).
    async fn truncated(&self) -> bool {
        self.0.truncated
    }
}

/// Customers by id, among those the caller covers (`FollowUp.customer`).
pub struct CustomerById(pub Authorized);

impl Loader<i64> for CustomerById {
    type Value = customer::Model;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        Ok(follow_ups::customers_of(&self.0, keys)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|found| (found.id, found))
            .collect())
    }
}

/// `Customer.lastContactAt`, one batch per page (`None`: no contact, kept so a customer
/// without one is not looked up again).
pub struct LastContactByCustomer(pub Authorized);

impl Loader<i64> for LastContactByCustomer {
    type Value = Option<DateTime<Utc>>;
    type Error = Arc<ApiError>;

    async fn load(&self, keys: &[i64]) -> Result<HashMap<i64, Self::Value>, Self::Error> {
        last_contacts_of(&self.0, keys).await
    }
}

/// The last contact of every one of `customer_ids` (`None` where there was none).
pub async fn last_contacts_of(
    auth: &Authorized,
    customer_ids: &[i64],
) -> Result<HashMap<i64, Option<DateTime<Utc>>>, Arc<ApiError>> {
    let mut found = follow_ups::last_contact::last_contacts(auth, customer_ids)
        .await
        .map_err(Arc::new)?;
    Ok(customer_ids
        .iter()
        .map(|id| (*id, found.remove(id)))
        .collect())
}
