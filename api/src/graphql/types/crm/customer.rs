use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object};
use chrono::{DateTime, Utc};
use entity::{customer, customer_follow};

use crate::domain::crm::customers::{CustomerCondition, CustomerOrderField as DomainOrderField};
use crate::domain::crm::follow_ups;
use crate::domain::page::PageRequest;
use crate::error::ApiError;
use crate::graphql::cost;
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{
    Combinators, DateTimeFilter, FilterInput, FollowUp, OrderDirection, Staff, StringFilter, Tag,
    TotalCount, connection_of,
};
use crate::graphql::{authorized, request_loaders};

/// A WeCom external contact.
pub struct Customer(pub customer::Model);

#[Object]
impl Customer {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Customer, self.0.id)
    }

    /// WeCom's `external_userid`.
    async fn external_userid(&self) -> &str {
        &self.0.external_userid
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn corp_name(&self) -> Option<&str> {
        self.0.corp_name.as_deref()
    }

    /// Whether the customer agreed to have their chats archived, as WeCom answered the last
    /// sync's consent check (null until checked): DISAGREED when they refused any member.
    async fn archive_consent(&self) -> Option<crate::graphql::types::ArchiveConsent> {
        self.0.archive_consent.map(Into::into)
    }

    /// The staff who follow this customer, oldest first.
    async fn follows(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<CustomerFollow>> {
        let follows = request_loaders(ctx)?
            .follows_by_customer
            .load_one(self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(follows
            .unwrap_or_default()
            .into_iter()
            .map(CustomerFollow)
            .collect())
    }

    /// The union of the tags every follower put on this customer.
    async fn tags(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Tag>> {
        let tags = request_loaders(ctx)?
            .tags_by_customer
            .load_one(self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(tags.unwrap_or_default().into_iter().map(Tag).collect())
    }

    /// What was done with this customer (follow-ups you may read), newest `at` first.
    #[graphql(complexity = "cost::page(first.or(last), cost::LIST, child_complexity)")]
    async fn follow_ups(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
    ) -> async_graphql::Result<Connection<String, FollowUp, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = follow_ups::of_customer(auth, self.0.id, &request)
            .await
            .gql()?;
        Ok(connection_of(page, FollowUp))
    }

    /// The latest contact you can know of: the latest follow-up you may read, or the last
    /// archived message between the customer and a follower you cover (only its time is
    /// read). Null: none.
    async fn last_contact_at(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<DateTime<Utc>>> {
        Ok(request_loaders(ctx)?
            .last_contact_by_customer
            .load_one(self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?
            .flatten())
    }

    /// The customer's whole story, newest first (ties: by kind, then newest first): follows
    /// added and lost, tags, follow-ups, deal steps, broadcasts received, SOP tasks and
    /// transfers — each kind only as far as you may read it. `kinds`: only these (null:
    /// every kind). `first`: at most 100.
    #[graphql(complexity = "cost::page(first, cost::LIST * 10, child_complexity)")]
    async fn timeline(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        kinds: Option<Vec<super::timeline::TimelineEventKind>>,
    ) -> async_graphql::Result<super::timeline::TimelineConnection> {
        super::timeline::timeline_of(ctx, self.0.id, first, after, kinds).await
    }

    /// The channel code (渠道活码) through which the customer was first added, among the
    /// follows you cover; null: none (or one you may not read).
    #[graphql(complexity = "cost::lookup(child_complexity)")]
    async fn channel_code(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Option<crate::graphql::types::ChannelCode>> {
        super::timeline::channel_code_of(ctx, self.0.id).await
    }

    /// Transfers of this customer between members (在职转接 / 离职继承), newest first: for
    /// admins and managers (who may see them), empty for everyone else.
    #[graphql(complexity = "cost::LIST + child_complexity * 10")]
    async fn transfers(
        &self,
        ctx: &Context<'_>,
    ) -> async_graphql::Result<Vec<crate::graphql::types::Transfer>> {
        let auth = authorized(ctx)?;
        let rows = crate::domain::crm::transfers::of_customer(auth, self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(rows
            .into_iter()
            .map(crate::graphql::types::Transfer)
            .collect())
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

/// A staff member following a customer, with how the customer was added.
pub struct CustomerFollow(pub customer_follow::Model);

#[Object]
impl CustomerFollow {
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(self.0.staff_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    /// The follower's remark for this customer.
    async fn remark(&self) -> Option<&str> {
        self.0.remark.as_deref()
    }

    /// WeCom `add_way`: 0 unknown, 1 QR code, 2 phone search, … 202 assigned by an admin.
    async fn add_way(&self) -> i32 {
        self.0.add_way
    }

    /// The channel code `state` that brought the customer, if any.
    async fn state(&self) -> Option<&str> {
        self.0.state.as_deref()
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Tags this follower put on the customer.
    async fn tags(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Tag>> {
        let tags = request_loaders(ctx)?
            .tags_by_follow
            .load_one(self.0.id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(tags.unwrap_or_default().into_iter().map(Tag).collect())
    }
}

/// Filters customers; all given conditions must hold. Combine with `and`, `or`, `not`.
#[derive(Debug, Clone, InputObject)]
pub struct CustomerFilter {
    pub and: Option<Vec<CustomerFilter>>,
    pub or: Option<Vec<CustomerFilter>>,
    pub not: Option<Box<CustomerFilter>>,
    pub name: Option<StringFilter>,
    pub corp_name: Option<StringFilter>,
    pub external_userid: Option<StringFilter>,
    /// Customers followed by this staff member.
    pub follower_id: Option<ID>,
    /// Customers carrying this tag (from any follower).
    pub tag_id: Option<ID>,
    pub created_at: Option<DateTimeFilter>,
}

impl FilterInput for CustomerFilter {
    type Condition = CustomerCondition;

    fn take_combinators(&mut self) -> Combinators<Self> {
        Combinators {
            and: self.and.take(),
            or: self.or.take(),
            not: self.not.take(),
        }
    }

    fn conditions(self) -> Result<Vec<CustomerCondition>, ApiError> {
        let mut conditions = Vec::new();
        if let Some(name) = self.name {
            conditions.push(CustomerCondition::Name(name.into()));
        }
        if let Some(corp_name) = self.corp_name {
            conditions.push(CustomerCondition::CorpName(corp_name.into()));
        }
        if let Some(external_userid) = self.external_userid {
            conditions.push(CustomerCondition::ExternalUserid(external_userid.into()));
        }
        if let Some(follower_id) = self.follower_id {
            conditions.push(CustomerCondition::FollowedBy(ids::decode(
                &["filter", "followerId"],
                NodeKind::Staff,
                &follower_id,
            )?));
        }
        if let Some(tag_id) = self.tag_id {
            conditions.push(CustomerCondition::TaggedWith(ids::decode(
                &["filter", "tagId"],
                NodeKind::Tag,
                &tag_id,
            )?));
        }
        if let Some(created_at) = self.created_at {
            conditions.push(CustomerCondition::CreatedAt(created_at.into()));
        }
        Ok(conditions)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
pub enum CustomerOrderField {
    CreatedAt,
    UpdatedAt,
    Name,
}

/// Sort order of customer lists; ties are broken by id in the same direction.
#[derive(Debug, Clone, InputObject)]
pub struct CustomerOrder {
    pub field: CustomerOrderField,
    #[graphql(default)]
    pub direction: OrderDirection,
}

impl CustomerOrder {
    pub fn into_domain(self) -> (DomainOrderField, bool) {
        let field = match self.field {
            CustomerOrderField::CreatedAt => DomainOrderField::CreatedAt,
            CustomerOrderField::UpdatedAt => DomainOrderField::UpdatedAt,
            CustomerOrderField::Name => DomainOrderField::Name,
        };
        (field, self.direction.is_descending())
    }
}
