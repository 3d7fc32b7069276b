//! `Broadcast` (群发), its audience input, the preview and the policy.

use async_graphql::connection::Connection;
use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::broadcast::{self, BroadcastStatus as StoredStatus};
use entity::broadcast_recipient::{self, RecipientStatus};

use crate::domain::engage::broadcasts::{self, audience, preview, rules};
use crate::domain::engage::library::materials;
use crate::domain::page::PageRequest;
use crate::error::{ApiError, ApiResult, ErrorCode};
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::{Customer, Material, Staff, Tag, TotalCount, connection_of};
use crate::graphql::{authorized, request_loaders};

/// A condition on a customer's tags: every part given must hold. `tagIds`: the customer
/// carries each of these tags; `and`/`or`/`not` combine further conditions.
#[derive(InputObject, Default)]
pub struct TagFilterInput {
    pub tag_ids: Option<Vec<ID>>,
    pub and: Option<Vec<TagFilterInput>>,
    pub or: Option<Vec<TagFilterInput>>,
    pub not: Option<Box<TagFilterInput>>,
}

impl TagFilterInput {
    pub(crate) fn into_expr(self, field: &[&str]) -> ApiResult<audience::TagExpr> {
        let mut parts = Vec::new();
        for id in self.tag_ids.unwrap_or_default() {
            let tag = ids::decode(field, NodeKind::Tag, &id)?;
            parts.push(audience::TagExpr::Tag(tag));
        }
        if let Some(all) = self.and {
            let inner = all
                .into_iter()
                .map(|part| part.into_expr(field))
                .collect::<ApiResult<Vec<_>>>()?;
            parts.push(audience::TagExpr::All(inner));
        }
        if let Some(any) = self.or {
            let inner = any
                .into_iter()
                .map(|part| part.into_expr(field))
                .collect::<ApiResult<Vec<_>>>()?;
            parts.push(audience::TagExpr::Any(inner));
        }
        if let Some(not) = self.not {
            parts.push(audience::TagExpr::Not(Box::new(not.into_expr(field)?)));
        }
        Ok(audience::TagExpr::All(parts))
    }
}

/// Who a broadcast is for: customers followed by staff you cover (sales: yours; managers:
/// your department's; admins: everyone's), narrowed by every part given.
#[derive(InputObject, Default)]
pub struct BroadcastAudienceInput {
    pub tag_filter: Option<TagFilterInput>,
    /// Only customers these staff members follow (they send).
    pub staff_ids: Option<Vec<ID>>,
    /// Only customers these channel codes brought.
    pub channel_code_ids: Option<Vec<ID>>,
    /// Only follows made from…
    pub added_from: Option<DateTime<Utc>>,
    /// …to (inclusive).
    pub added_to: Option<DateTime<Utc>>,
}

impl BroadcastAudienceInput {
    pub fn into_domain(self, prefix: &[&str]) -> ApiResult<audience::Audience> {
        let field = |name: &'static str| {
            let mut path: Vec<&str> = prefix.to_vec();
            path.push(name);
            path
        };
        let decode_all = |list: Option<Vec<ID>>, name: &'static str, kind: NodeKind| {
            list.unwrap_or_default()
                .iter()
                .map(|id| ids::decode(&field(name), kind, id))
                .collect::<ApiResult<Vec<i64>>>()
        };
        Ok(audience::Audience {
            tag_filter: self
                .tag_filter
                .map(|filter| filter.into_expr(&field("tagFilter")))
                .transpose()?,
            staff_ids: decode_all(self.staff_ids, "staffIds", NodeKind::Staff)?,
            channel_code_ids: decode_all(
                self.channel_code_ids,
                "channelCodeIds",
                NodeKind::ChannelCode,
            )?,
            added_from: self.added_from,
            added_to: self.added_to,
            covered_staff: None,
        })
    }
}

/// Why a customer of the audience is left out.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
pub enum BroadcastExclusionReason {
    /// Carries the tenant's opt-out tag.
    OptedOut,
    /// Replied `TD` or `退订` to the tenant's staff (noted when the archive took the reply in;
    /// the reply's text is not shown).
    RepliedUnsubscribe,
    /// Has had the day's mass messages (the policy's `perCustomerDaily`).
    DailyCap,
    /// Has had seven days' mass messages (`perCustomerWeekly`).
    WeeklyCap,
}

impl From<rules::Exclusion> for BroadcastExclusionReason {
    fn from(reason: rules::Exclusion) -> Self {
        match reason {
            rules::Exclusion::OptedOut => BroadcastExclusionReason::OptedOut,
            rules::Exclusion::RepliedUnsubscribe => BroadcastExclusionReason::RepliedUnsubscribe,
            rules::Exclusion::DailyCap => BroadcastExclusionReason::DailyCap,
            rules::Exclusion::WeeklyCap => BroadcastExclusionReason::WeeklyCap,
        }
    }
}

/// Customers left out for one reason.
#[derive(SimpleObject)]
pub struct BroadcastExclusion {
    pub reason: BroadcastExclusionReason,
    pub count: u64,
}

fn exclusions(list: Vec<(rules::Exclusion, u64)>) -> Vec<BroadcastExclusion> {
    list.into_iter()
        .map(|(reason, count)| BroadcastExclusion {
            reason: reason.into(),
            count,
        })
        .collect()
}

/// What a send made now would do.
pub struct BroadcastPreview(pub preview::Preview);

#[Object]
impl BroadcastPreview {
    /// Customers it would reach.
    async fn recipients(&self) -> u64 {
        self.0.recipients
    }

    /// Customers it would leave out, by reason (every reason listed).
    async fn excluded(&self) -> Vec<BroadcastExclusion> {
        exclusions(self.0.excluded.clone())
    }

    /// When it would start: now, or when the quiet hours end.
    async fn sends_at(&self) -> DateTime<Utc> {
        self.0.sends_at
    }
}

fn clock_text(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

/// Parses `HH:MM` into minutes after midnight.
pub fn parse_clock(field: &[&str], text: &str) -> ApiResult<i32> {
    let invalid = || {
        ApiError::field(
            field,
            ErrorCode::BadUserInput,
            "give a time of day as HH:MM, from 00:00 to 23:59",
        )
    };
    let (hours, minutes) = text.trim().split_once(':').ok_or_else(invalid)?;
    let hours: i32 = hours.parse().map_err(|_| invalid())?;
    let minutes: i32 = minutes.parse().map_err(|_| invalid())?;
    if !(0..24).contains(&hours) || !(0..60).contains(&minutes) {
        return Err(invalid());
    }
    Ok(hours * 60 + minutes)
}

/// The tenant's rules for mass messages.
pub struct BroadcastPolicy(pub rules::Rules);

#[Object]
impl BroadcastPolicy {
    /// Mass messages one customer receives at most per day (the tenant's days).
    async fn per_customer_daily(&self) -> u32 {
        self.0.per_customer_daily
    }

    /// … and in any seven consecutive days.
    async fn per_customer_weekly(&self) -> u32 {
        self.0.per_customer_weekly
    }

    /// Quiet hours begin (HH:MM, the tenant's time zone); equal to `quietEnd`: none.
    async fn quiet_start(&self) -> String {
        clock_text(self.0.quiet_start_minute)
    }

    async fn quiet_end(&self) -> String {
        clock_text(self.0.quiet_end_minute)
    }

    /// Customers with this tag never receive mass messages.
    async fn opt_out_tag(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Tag>> {
        let Some(tag_id) = self.0.opt_out_tag_id else {
            return Ok(None);
        };
        let auth = authorized(ctx)?;
        Ok(Some(Tag(crate::domain::crm::tags::get_tag(auth, tag_id)
            .await
            .gql()?)))
    }
}

/// Where a broadcast is.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entity::broadcast::BroadcastStatus")]
pub enum BroadcastStatus {
    /// Waiting for `sendAt` (and for the quiet hours to end).
    Scheduled,
    /// Reserving customers and handing the messages to WeCom.
    Sending,
    /// Handed to WeCom; `results` fill in as staff confirm on their phones.
    Sent,
    Cancelled,
    Failed,
}

/// Where one customer's message is.
#[derive(Enum, Copy, Clone, Eq, PartialEq)]
#[graphql(remote = "entity::broadcast_recipient::RecipientStatus")]
pub enum BroadcastResultStatus {
    /// Holds one of the customer's slots; WeCom has it, waiting for the staff member.
    Reserved,
    /// Delivered.
    Sent,
    /// Not sent (WeCom refused or could not be reached); the slot was given back.
    Failed,
    /// The customer is no longer the staff member's contact.
    NotFriend,
    /// WeCom's own limit: the customer had the corp's mass message for the day.
    WecomLimit,
    /// Left out by the policy (`excludedReason`).
    Excluded,
}

/// One customer of a broadcast.
pub struct BroadcastResult(pub broadcast_recipient::Model);

#[Object]
impl BroadcastResult {
    async fn customer(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Customer>> {
        let auth = authorized(ctx)?;
        match crate::domain::crm::customers::get(auth, self.0.customer_id).await {
            Ok(found) => Ok(Some(Customer(found))),
            Err(ApiError::NotFound(_)) => Ok(None),
            Err(error) => Err(to_graphql(&error)),
        }
    }

    /// Who sends it.
    async fn staff(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<Staff>> {
        let Some(staff_id) = self.0.staff_id else {
            return Ok(None);
        };
        let member = request_loaders(ctx)?
            .staff_by_id
            .load_one(staff_id)
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(member.map(Staff))
    }

    async fn status(&self) -> BroadcastResultStatus {
        self.0.status.into()
    }

    async fn excluded_reason(&self) -> Option<BroadcastExclusionReason> {
        broadcasts::send::parse_reason(self.0.excluded_reason.as_deref()).map(Into::into)
    }

    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }

    /// Why it was not sent (WeCom's refusal, never content).
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }
}

/// The content of a mass message.
pub struct BroadcastContent {
    text: Option<String>,
    material_ids: Vec<i64>,
}

#[Object]
impl BroadcastContent {
    async fn text(&self) -> Option<&str> {
        self.text.as_deref()
    }

    /// The materials sent after the text, in order (those still in a library you read).
    #[graphql(complexity = "crate::graphql::cost::LIST + child_complexity * 9")]
    async fn materials(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<Material>> {
        if self.material_ids.is_empty() {
            return Ok(Vec::new());
        }
        let auth = authorized(ctx)?;
        let mut found = materials::by_ids(auth, &self.material_ids).await.gql()?;
        found.sort_by_key(|material| {
            self.material_ids
                .iter()
                .position(|id| *id == material.id)
                .unwrap_or(usize::MAX)
        });
        Ok(found.into_iter().map(Material).collect())
    }
}

/// A mass message (群发) to customers.
pub struct Broadcast(pub broadcast::Model);

#[Object]
impl Broadcast {
    pub async fn id(&self) -> ID {
        ids::encode(NodeKind::Broadcast, self.0.id)
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn status(&self) -> BroadcastStatus {
        self.0.status.into()
    }

    async fn content(&self) -> async_graphql::Result<BroadcastContent> {
        Ok(BroadcastContent {
            text: self.0.content_text.clone(),
            material_ids: broadcasts::material_ids(&self.0).gql()?,
        })
    }

    /// When it is due; it starts then, or when the quiet hours end.
    async fn send_at(&self) -> DateTime<Utc> {
        self.0.send_at
    }

    /// When it was handed to WeCom.
    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        self.0.sent_at
    }

    /// Customers it was sent to (reserved, once sent).
    async fn recipients(&self) -> i32 {
        self.0.recipients
    }

    /// Customers the policy left out, by reason.
    async fn excluded(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<BroadcastExclusion>> {
        let auth = authorized(ctx)?;
        Ok(exclusions(broadcasts::excluded(auth, &self.0).await.gql()?))
    }

    /// Why it failed, if it did.
    async fn error(&self) -> Option<&str> {
        self.0.error.as_deref()
    }

    /// Each customer and where their message is (excluded ones with the reason).
    #[graphql(
        complexity = "crate::graphql::cost::page(first.or(last), crate::graphql::cost::LIST, child_complexity)"
    )]
    async fn results(
        &self,
        ctx: &Context<'_>,
        first: Option<i32>,
        after: Option<String>,
        last: Option<i32>,
        before: Option<String>,
        status: Option<BroadcastResultStatus>,
    ) -> async_graphql::Result<Connection<String, BroadcastResult, TotalCount>> {
        let auth = authorized(ctx)?;
        let request = PageRequest {
            first,
            after,
            last,
            before,
        };
        let page = broadcasts::results(auth, &self.0, status.map(RecipientStatus::from), &request)
            .await
            .gql()?;
        Ok(connection_of(page, BroadcastResult))
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
}

/// What `broadcasts` filters by.
#[derive(InputObject, Default)]
pub struct BroadcastFilter {
    pub status: Option<BroadcastStatus>,
}

impl BroadcastFilter {
    pub fn into_domain(self) -> broadcasts::BroadcastFilter {
        broadcasts::BroadcastFilter {
            status: self.status.map(StoredStatus::from),
        }
    }
}
