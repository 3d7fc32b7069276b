//! `Customer.timeline`: the customer's whole story, one `TimelineEvent` per thing that happened,
//! newest first (domain: `crm::timeline`).

use async_graphql::connection::{Connection, ConnectionNameType, Edge, EdgeNameType, EmptyFields};
use async_graphql::{Context, Enum, Interface, Object, OutputType};
use chrono::{DateTime, Utc};
use entity::{broadcast, broadcast_recipient, channel_code, customer_follow, deal, deal_event};
use entity::{follow_tag_event, follow_up, tag, task, transfer};

use crate::domain::crm::timeline::{self, TimelineItem, TimelineRequest};
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::types::org::notification::FollowLoss;
use crate::graphql::types::{
    Broadcast, ChannelCode, Deal, FollowUp, Staff, Tag, Task, TotalCount, Transfer, connection_of,
};
use crate::graphql::{authorized, request_loaders};

use super::deal::DealEvent;

/// What happened to a customer. Events of the same instant are listed in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "crate::domain::crm::timeline::TimelineEventKind")]
pub enum TimelineEventKind {
    /// A member started following the customer (`TimelineFollowAdded`).
    FollowAdded,
    /// A tag was put on one of the customer's follows (`TimelineTagChanged`).
    TagAdded,
    /// A tag was taken off one of the customer's follows (`TimelineTagChanged`).
    TagRemoved,
    /// A follow-up you may read (`TimelineFollowUp`).
    FollowUp,
    /// A step of one of the customer's deals you may read (`TimelineDealEvent`).
    DealEvent,
    /// A mass message of a broadcast you may read reached the customer
    /// (`TimelineBroadcastReceived`).
    BroadcastReceived,
    /// An SOP task of yours about the customer (`TimelineSopTask`).
    SopTask,
    /// A transfer of the customer, for admins and managers (`TimelineTransfer`).
    Transfer,
    /// A follow ended (`TimelineFollowLost`).
    FollowLost,
}

/// One thing that happened to a customer.
#[derive(Interface)]
#[graphql(
    field(name = "at", ty = "DateTime<Utc>", desc = "When it happened."),
    field(name = "kind", ty = "TimelineEventKind")
)]
pub enum TimelineEvent {
    FollowAdded(TimelineFollowAdded),
    TagChanged(TimelineTagChanged),
    FollowUp(TimelineFollowUp),
    DealEvent(TimelineDealEvent),
    BroadcastReceived(TimelineBroadcastReceived),
    SopTask(TimelineSopTask),
    Transfer(TimelineTransfer),
    FollowLost(TimelineFollowLost),
}

impl From<timeline::TimelineEvent> for TimelineEvent {
    fn from(event: timeline::TimelineEvent) -> Self {
        let at = event.at;
        match event.item {
            TimelineItem::FollowAdded {
                follow,
                channel_code,
            } => TimelineEvent::FollowAdded(TimelineFollowAdded {
                follow,
                channel_code,
            }),
            TimelineItem::TagChanged { event, tag } => {
                TimelineEvent::TagChanged(TimelineTagChanged { event, tag })
            }
            TimelineItem::FollowUp(row) => TimelineEvent::FollowUp(TimelineFollowUp(row)),
            TimelineItem::DealEvent { event, deal } => {
                TimelineEvent::DealEvent(TimelineDealEvent { event, deal })
            }
            TimelineItem::BroadcastReceived {
                recipient,
                broadcast,
            } => TimelineEvent::BroadcastReceived(TimelineBroadcastReceived {
                at,
                recipient,
                broadcast,
            }),
            TimelineItem::SopTask(row) => TimelineEvent::SopTask(TimelineSopTask(row)),
            TimelineItem::Transfer(row) => TimelineEvent::Transfer(TimelineTransfer(row)),
            TimelineItem::FollowLost(follow) => {
                TimelineEvent::FollowLost(TimelineFollowLost { at, follow })
            }
        }
    }
}

async fn member(ctx: &Context<'_>, id: i64) -> async_graphql::Result<Option<Staff>> {
    let found = request_loaders(ctx)?
        .staff_by_id
        .load_one(id)
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(found.map(Staff))
}

/// A member started following the customer.
pub struct TimelineFollowAdded {
    follow: customer_follow::Model,
    channel_code: Option<channel_code::Model>,
}

#[Object]
impl TimelineFollowAdded {
    /// When the member added the customer (WeCom's time of the add).
    async fn at(&self) -> DateTime<Utc> {
        self.follow.created_at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::FollowAdded
    }

    /// The member who added the customer.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.follow.staff_id).await
    }

    /// WeCom `add_way`: 0 unknown, 1 QR code, 2 phone search, … 202 assigned by an admin.
    async fn add_way(&self) -> i32 {
        self.follow.add_way
    }

    /// The channel code (渠道活码) the add came through; null: none, or one you may not read.
    async fn channel_code(&self) -> Option<ChannelCode> {
        self.channel_code.clone().map(ChannelCode)
    }
}

/// A tag put on (TAG_ADDED) or taken off (TAG_REMOVED) one of the customer's follows.
pub struct TimelineTagChanged {
    event: follow_tag_event::Model,
    tag: Option<tag::Model>,
}

#[Object]
impl TimelineTagChanged {
    async fn at(&self) -> DateTime<Utc> {
        self.event.at
    }

    async fn kind(&self) -> TimelineEventKind {
        match self.event.kind {
            follow_tag_event::FollowTagEventKind::Added => TimelineEventKind::TagAdded,
            follow_tag_event::FollowTagEventKind::Removed => TimelineEventKind::TagRemoved,
        }
    }

    /// The tag; null once it was deleted.
    async fn tag(&self) -> Option<Tag> {
        self.tag.clone().map(Tag)
    }

    /// Who changed it; null: WeCom, or a rule (a channel code, an SOP rule).
    async fn by(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        match self.event.by_staff_id {
            Some(id) => member(ctx, id).await,
            None => Ok(None),
        }
    }

    /// The member whose follow carries (or carried) the tag.
    async fn follower(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let follow = request_loaders(ctx)?
            .follows_by_customer
            .load_one(self.event.customer_id)
            .await
            .map_err(|error| to_graphql(&error))?
            .unwrap_or_default()
            .into_iter()
            .find(|follow| follow.id == self.event.follow_id);
        match follow {
            Some(follow) => member(ctx, follow.staff_id).await,
            None => Ok(None),
        }
    }
}

/// A follow-up (跟进).
pub struct TimelineFollowUp(follow_up::Model);

#[Object]
impl TimelineFollowUp {
    /// When it happened (the follow-up's `at`).
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::FollowUp
    }

    async fn follow_up(&self) -> FollowUp {
        FollowUp(self.0.clone())
    }
}

/// A step of a deal: created, moved, won or lost.
pub struct TimelineDealEvent {
    event: deal_event::Model,
    deal: deal::Model,
}

#[Object]
impl TimelineDealEvent {
    async fn at(&self) -> DateTime<Utc> {
        self.event.at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::DealEvent
    }

    async fn deal(&self) -> Deal {
        Deal(self.deal.clone())
    }

    /// The step, as the deal's `history` lists it (kind, from and to stage, statuses, by, why).
    async fn step(&self) -> DealEvent {
        DealEvent(self.event.clone())
    }
}

/// A mass message reached the customer (WeCom reported it sent).
pub struct TimelineBroadcastReceived {
    at: DateTime<Utc>,
    recipient: broadcast_recipient::Model,
    broadcast: broadcast::Model,
}

#[Object]
impl TimelineBroadcastReceived {
    /// When WeCom sent it.
    async fn at(&self) -> DateTime<Utc> {
        self.at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::BroadcastReceived
    }

    async fn broadcast(&self) -> Broadcast {
        Broadcast(self.broadcast.clone())
    }

    /// The member it was sent from.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        match self.recipient.staff_id {
            Some(id) => member(ctx, id).await,
            None => Ok(None),
        }
    }
}

/// An SOP rule gave you a task about the customer.
pub struct TimelineSopTask(task::Model);

#[Object]
impl TimelineSopTask {
    /// When the task was given.
    async fn at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::SopTask
    }

    async fn task(&self) -> Task {
        Task(self.0.clone())
    }
}

/// The customer was handed from one member to another (在职转接 / 离职继承).
pub struct TimelineTransfer(transfer::Model);

#[Object]
impl TimelineTransfer {
    /// When the transfer was requested (`transfer.takenOverAt` says when it landed).
    async fn at(&self) -> DateTime<Utc> {
        self.0.requested_at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::Transfer
    }

    async fn transfer(&self) -> Transfer {
        Transfer(self.0.clone())
    }
}

/// A follow ended (流失), or WeCom moved it in a transfer.
pub struct TimelineFollowLost {
    at: DateTime<Utc>,
    follow: customer_follow::Model,
}

#[Object]
impl TimelineFollowLost {
    async fn at(&self) -> DateTime<Utc> {
        self.at
    }

    async fn kind(&self) -> TimelineEventKind {
        TimelineEventKind::FollowLost
    }

    /// The member whose follow ended.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        member(ctx, self.follow.staff_id).await
    }

    /// Which side ended it (TRANSFERRED: WeCom handed the customer to another member).
    async fn direction(&self) -> Option<FollowLoss> {
        self.follow.lost_by.map(Into::into)
    }
}

/// Names the connection `TimelineConnection` (not `TimelineEventConnection`).
pub struct TimelineConnectionName;

impl ConnectionNameType for TimelineConnectionName {
    fn type_name<T: OutputType>() -> String {
        "TimelineConnection".to_owned()
    }
}

/// Names its edges `TimelineEdge`.
pub struct TimelineEdgeName;

impl EdgeNameType for TimelineEdgeName {
    fn type_name<T: OutputType>() -> String {
        "TimelineEdge".to_owned()
    }
}

/// A page of a customer's timeline, with `totalCount`.
pub type TimelineConnection = Connection<
    String,
    TimelineEvent,
    TotalCount,
    EmptyFields,
    TimelineConnectionName,
    TimelineEdgeName,
>;

/// `Customer.timeline`: a page of the customer's events, newest first.
pub async fn timeline_of(
    ctx: &Context<'_>,
    customer_id: i64,
    first: Option<i32>,
    after: Option<String>,
    kinds: Option<Vec<TimelineEventKind>>,
) -> async_graphql::Result<TimelineConnection> {
    let auth = authorized(ctx)?;
    let request = TimelineRequest {
        first,
        after,
        kinds: kinds.map(|kinds| kinds.into_iter().map(Into::into).collect()),
        count: ctx.look_ahead().field("totalCount").exists(),
    };
    let page = timeline::of_customer(auth, customer_id, &request)
        .await
        .gql()?;
    let page = connection_of(page, TimelineEvent::from);
    let mut named = TimelineConnection::with_additional_fields(
        page.has_previous_page,
        page.has_next_page,
        page.additional_fields,
    );
    named.edges = page
        .edges
        .into_iter()
        .map(|edge| Edge::new(edge.cursor, edge.node))
        .collect();
    Ok(named)
}

/// `Customer.channelCode`.
pub async fn channel_code_of(
    ctx: &Context<'_>,
    customer_id: i64,
) -> async_graphql::Result<Option<ChannelCode>> {
    let auth = authorized(ctx)?;
    Ok(timeline::channel_code(auth, customer_id)
        .await
        .gql()?
        .map(ChannelCode))
}
