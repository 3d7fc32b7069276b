//! The customer's whole story on one page (`Customer.timeline`): follows added and lost, tags
//! put on and taken off, follow-ups, deal steps, broadcasts received, SOP tasks and transfers,
//! merged newest first.
//!
//! Each kind is read from its own table ([`sources`]) under the scope that governs it
//! elsewhere — follow-ups by `follow_up_scope`, deals by `deal_scope`, broadcasts by who may
//! read the broadcast, tasks are each member's own, transfers for ADMIN and MANAGER — so an
//! event of something the caller may not read is simply absent. The customer itself must be
//! visible (`customers::get`): otherwise `NOT_FOUND`, and `FORBIDDEN` for roles that read no
//! customers. Archive content never appears.
//!
//! Paging is keyset on `(at DESC, kind, id DESC)`: each kind is queried for at most `first + 1`
//! rows after the cursor's position and the results are merged in memory, so a page costs one
//! small query per kind, never the customer's whole history.

mod sources;

use std::cmp::Ordering;
use std::collections::BTreeMap;

use chrono::{DateTime, Utc};
use entity::{
    broadcast, broadcast_recipient, channel_code, channel_code_add, customer_follow, deal,
    deal_event, follow_tag_event, follow_up, tag, task, transfer,
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::domain::Authorized;
use crate::domain::crm::customers;
use crate::domain::page::{MAX_PAGE_SIZE, Page, TotalCount};
use crate::error::{ApiError, ApiResult, ErrorCode};

/// What happened, in the order events of the same instant are listed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TimelineEventKind {
    /// A member started following the customer (添加客户).
    FollowAdded,
    /// A tag was put on one of the customer's follows.
    TagAdded,
    /// A tag was taken off one of the customer's follows.
    TagRemoved,
    /// A follow-up (跟进).
    FollowUp,
    /// A step in the history of one of the customer's deals.
    DealEvent,
    /// A mass message reached the customer.
    BroadcastReceived,
    /// An SOP rule gave a member a task about the customer.
    SopTask,
    /// The customer was handed from one member to another (requested).
    Transfer,
    /// A follow ended: either side deleted the other, or WeCom moved it in a transfer.
    FollowLost,
}

impl TimelineEventKind {
    pub const ALL: [TimelineEventKind; 9] = [
        TimelineEventKind::FollowAdded,
        TimelineEventKind::TagAdded,
        TimelineEventKind::TagRemoved,
        TimelineEventKind::FollowUp,
        TimelineEventKind::DealEvent,
        TimelineEventKind::BroadcastReceived,
        TimelineEventKind::SopTask,
        TimelineEventKind::Transfer,
        TimelineEventKind::FollowLost,
    ];
}

/// One event of a customer's timeline, with what the client may show of it.
#[derive(Debug, Clone)]
pub struct TimelineEvent {
    pub at: DateTime<Utc>,
    /// The id of the row the event was read from (unique within its kind).
    pub id: i64,
    pub item: TimelineItem,
}

#[derive(Debug, Clone)]
pub enum TimelineItem {
    /// `channel_code`: the code the add came through, when the caller may read it.
    FollowAdded {
        follow: customer_follow::Model,
        channel_code: Option<channel_code::Model>,
    },
    /// `tag`: `None` once the tag was deleted.
    TagChanged {
        event: follow_tag_event::Model,
        tag: Option<tag::Model>,
    },
    FollowUp(follow_up::Model),
    DealEvent {
        event: deal_event::Model,
        deal: deal::Model,
    },
    BroadcastReceived {
        recipient: broadcast_recipient::Model,
        broadcast: broadcast::Model,
    },
    SopTask(task::Model),
    Transfer(transfer::Model),
    FollowLost(customer_follow::Model),
}

impl TimelineEvent {
    pub fn kind(&self) -> TimelineEventKind {
        match &self.item {
            TimelineItem::FollowAdded { .. } => TimelineEventKind::FollowAdded,
            TimelineItem::TagChanged { event, .. } => match event.kind {
                follow_tag_event::FollowTagEventKind::Added => TimelineEventKind::TagAdded,
                follow_tag_event::FollowTagEventKind::Removed => TimelineEventKind::TagRemoved,
            },
            TimelineItem::FollowUp(_) => TimelineEventKind::FollowUp,
            TimelineItem::DealEvent { .. } => TimelineEventKind::DealEvent,
            TimelineItem::BroadcastReceived { .. } => TimelineEventKind::BroadcastReceived,
            TimelineItem::SopTask(_) => TimelineEventKind::SopTask,
            TimelineItem::Transfer(_) => TimelineEventKind::Transfer,
            TimelineItem::FollowLost(_) => TimelineEventKind::FollowLost,
        }
    }

    fn position(&self) -> Position {
        Position {
            at_micros: self.at.timestamp_micros(),
            kind: self.kind(),
            id: self.id,
        }
    }
}

/// Where an event stands in the timeline: `(at DESC, kind, id DESC)`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    #[serde(rename = "t")]
    pub at_micros: i64,
    #[serde(rename = "k")]
    pub kind: TimelineEventKind,
    #[serde(rename = "i")]
    pub id: i64,
}

impl Position {
    pub fn at(&self) -> Option<DateTime<Utc>> {
        DateTime::from_timestamp_micros(self.at_micros)
    }
}

impl Ord for Position {
    /// Timeline order: newest first, then by kind, then newest id first.
    fn cmp(&self, other: &Self) -> Ordering {
        other
            .at_micros
            .cmp(&self.at_micros)
            .then(self.kind.cmp(&other.kind))
            .then(other.id.cmp(&self.id))
    }
}

impl PartialOrd for Position {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Name bound into every cursor: a cursor of another list is refused.
const CURSOR_LIST: &str = "CUSTOMER_TIMELINE";

#[derive(Serialize, Deserialize)]
struct CursorData {
    o: String,
    #[serde(flatten)]
    position: Position,
}

/// What a timeline cursor holds before it is sealed.
fn cursor_payload(position: Position) -> Vec<u8> {
    serde_json::to_vec(&CursorData {
        o: CURSOR_LIST.to_owned(),
        position,
    })
    .unwrap_or_default()
}

/// The position in a cursor payload made by [`cursor_payload`].
fn parse_payload(payload: &[u8]) -> Option<Position> {
    let data: CursorData = serde_json::from_slice(payload).ok()?;
    (data.o == CURSOR_LIST && data.position.at().is_some()).then_some(data.position)
}

fn encode_cursor(auth: &Authorized, position: Position) -> String {
    auth.seal_cursor(&cursor_payload(position))
}

fn decode_cursor(auth: &Authorized, cursor: &str) -> ApiResult<Position> {
    auth.open_cursor(cursor)
        .as_deref()
        .and_then(parse_payload)
        .ok_or_else(|| {
            ApiError::field(
                &["after"],
                ErrorCode::BadUserInput,
                "after is not a cursor of this timeline; use pageInfo.endCursor as returned",
            )
        })
}

/// What `Customer.timeline` asks for.
#[derive(Debug, Clone, Default)]
pub struct TimelineRequest {
    pub first: Option<i32>,
    pub after: Option<String>,
    /// Only these kinds (`None`: every kind).
    pub kinds: Option<Vec<TimelineEventKind>>,
    /// Whether to count the whole timeline (only when `totalCount` is selected).
    pub count: bool,
}

/// `first`, checked like every connection's: more than [`MAX_PAGE_SIZE`] is refused, not
/// silently capped, so clients notice.
fn page_size(first: Option<i32>) -> ApiResult<usize> {
    let size = first.unwrap_or(crate::domain::page::DEFAULT_PAGE_SIZE);
    if !(0..=MAX_PAGE_SIZE).contains(&size) {
        return Err(ApiError::field(
            &["first"],
            ErrorCode::BadUserInput,
            format!("first must be between 0 and {MAX_PAGE_SIZE}, got {size}; page with after"),
        ));
    }
    Ok(size as usize)
}

/// Merges the kinds' pages (each already in timeline order) and keeps the first `size + 1`:
/// the page, and whether there is more.
fn merge(mut events: Vec<TimelineEvent>, size: usize) -> (Vec<TimelineEvent>, bool) {
    events.sort_by_key(TimelineEvent::position);
    let has_more = events.len() > size;
    events.truncate(size);
    (events, has_more)
}

/// The kinds asked for, each once, in timeline order.
fn kinds_of(request: &TimelineRequest) -> Vec<TimelineEventKind> {
    match &request.kinds {
        None => TimelineEventKind::ALL.to_vec(),
        Some(kinds) => {
            let mut kinds = kinds.clone();
            kinds.sort();
            kinds.dedup();
            kinds
        }
    }
}

/// A page of the customer's timeline, newest first.
pub async fn of_customer(
    auth: &Authorized,
    customer_id: i64,
    request: &TimelineRequest,
) -> ApiResult<Page<TimelineEvent>> {
    let customer = customers::get(auth, customer_id).await?;
    let size = page_size(request.first)?;
    let after = request
        .after
        .as_deref()
        .map(|cursor| decode_cursor(auth, cursor))
        .transpose()?;
    let kinds = kinds_of(request);
    let mut events = Vec::new();
    if size > 0 {
        for kind in &kinds {
            events.extend(sources::page(auth, customer.id, *kind, after.as_ref(), size + 1).await?);
        }
    }
    let mut total = 0;
    if request.count {
        for kind in &kinds {
            total += sources::count(auth, customer.id, *kind).await?;
        }
    }
    let (events, has_more) = if size == 0 {
        // An empty page still says whether anything follows the cursor.
        let mut more = false;
        for kind in &kinds {
            if !sources::page(auth, customer.id, *kind, after.as_ref(), 1)
                .await?
                .is_empty()
            {
                more = true;
                break;
            }
        }
        (Vec::new(), more)
    } else {
        merge(events, size)
    };
    let edges = events
        .into_iter()
        .map(|event| (encode_cursor(auth, event.position()), event))
        .collect();
    Ok(Page {
        edges,
        has_previous_page: after.is_some(),
        has_next_page: has_more,
        total_count: TotalCount::known(total),
    })
}

/// The channel code (渠道活码) through which the customer was first added, among the follows
/// the caller covers (`follow_scope`); `None` when none came through a code, or when the
/// caller may not read that code.
pub async fn channel_code(
    auth: &Authorized,
    customer_id: i64,
) -> ApiResult<Option<channel_code::Model>> {
    let customer = customers::get(auth, customer_id).await?;
    let covered = sea_orm::sea_query::Query::select()
        .column(customer_follow::Column::Id)
        .from(customer_follow::Entity)
        .cond_where(auth.follow_scope().await?)
        .and_where(customer_follow::Column::CustomerId.eq(customer.id))
        .to_owned();
    let first = channel_code_add::Entity::find()
        .filter(channel_code_add::Column::TenantId.eq(auth.tenant_id()))
        .filter(channel_code_add::Column::CustomerId.eq(customer.id))
        .filter(channel_code_add::Column::FollowId.in_subquery(covered))
        .order_by_asc(channel_code_add::Column::AddedAt)
        .order_by_asc(channel_code_add::Column::Id)
        .one(auth.db())
        .await?;
    let Some(first) = first else {
        return Ok(None);
    };
    Ok(readable_codes(auth, &[first.code_id])
        .await?
        .remove(&first.code_id))
}

/// The channel codes of `ids` the caller may read (`channel_codes::get`), by id.
async fn readable_codes(
    auth: &Authorized,
    ids: &[i64],
) -> ApiResult<BTreeMap<i64, channel_code::Model>> {
    let mut found = BTreeMap::new();
    for id in ids {
        if found.contains_key(id) {
            continue;
        }
        match crate::domain::engage::channel_codes::get(auth, *id).await {
            Ok(code) => {
                found.insert(*id, code);
            }
            Err(ApiError::NotFound(_) | ApiError::Forbidden(_)) => {}
            Err(other) => return Err(other),
        }
    }
    Ok(found)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn at(micros: i64) -> DateTime<Utc> {
        DateTime::from_timestamp_micros(micros).unwrap()
    }

    fn follow_up(id: i64, micros: i64) -> TimelineEvent {
        TimelineEvent {
            at: at(micros),
            id,
            item: TimelineItem::FollowUp(follow_up::Model {
                id,
                tenant_id: 1,
                customer_id: 1,
                staff_id: 1,
                kind: follow_up::FollowUpKind::Note,
                content: "x".into(),
                at: at(micros),
                next_step_at: None,
                next_step: None,
                next_step_done_at: None,
                created_at: at(micros),
                updated_at: at(micros),
            }),
        }
    }

    fn transfer(id: i64, micros: i64) -> TimelineEvent {
        TimelineEvent {
            at: at(micros),
            id,
            item: TimelineItem::Transfer(transfer::Model {
                id,
                tenant_id: 1,
                customer_id: 1,
                from_staff_id: 1,
                to_staff_id: 2,
                kind: transfer::TransferKind::Online,
                status: transfer::TransferStatus::Pending,
                wecom_status: None,
                error: None,
                message: None,
                requested_by: 1,
                requested_at: at(micros),
                taken_over_at: None,
                checked_at: None,
                finished_at: None,
            }),
        }
    }

    fn positions(events: &[TimelineEvent]) -> Vec<(i64, TimelineEventKind, i64)> {
        events
            .iter()
            .map(|event| (event.at.timestamp_micros(), event.kind(), event.id))
            .collect()
    }

    #[test]
    fn cursors_round_trip_and_refuse_other_lists() {
        let position = Position {
            at_micros: 1_764_000_000_123_456,
            kind: TimelineEventKind::DealEvent,
            id: 42,
        };
        let payload = cursor_payload(position);
        assert_eq!(parse_payload(&payload), Some(position));
        // A cursor of another list (page.rs's shape) or garbage is refused.
        assert_eq!(parse_payload(br#"{"o":"NAME_ASC","v":"x","i":7}"#), None);
        assert_eq!(
            parse_payload(br#"{"o":"FOLLOW_UP_AT_DESC","t":1,"k":"FollowUp","i":7}"#),
            None
        );
        assert_eq!(parse_payload(b"garbage!"), None);
        // Out of chrono's range: refused rather than paging from nowhere.
        assert_eq!(
            parse_payload(
                br#"{"o":"CUSTOMER_TIMELINE","t":9223372036854775807,"k":"FollowUp","i":1}"#
            ),
            None
        );
    }

    #[test]
    fn the_merge_is_newest_first_then_kind_then_newest_id() {
        let events = vec![
            follow_up(1, 100),
            transfer(9, 300),
            follow_up(2, 300),
            follow_up(3, 300),
            transfer(4, 200),
            follow_up(5, 50),
        ];
        let (page, more) = merge(events.clone(), 4);
        assert!(more);
        assert_eq!(
            positions(&page),
            vec![
                (300, TimelineEventKind::FollowUp, 3),
                (300, TimelineEventKind::FollowUp, 2),
                (300, TimelineEventKind::Transfer, 9),
                (200, TimelineEventKind::Transfer, 4),
            ]
        );
        let (all, more) = merge(events, 10);
        assert!(!more);
        assert_eq!(all.len(), 6);
        // What follows a page's last event is exactly the rest of the timeline.
        let cursor = page[1].position();
        let rest: Vec<TimelineEvent> = all
            .iter()
            .filter(|event| event.position() > cursor)
            .cloned()
            .collect();
        assert_eq!(positions(&rest), positions(&all[2..]));
    }

    #[test]
    fn sizes_over_the_cap_are_refused() {
        assert_eq!(page_size(None).unwrap(), 20);
        assert_eq!(page_size(Some(0)).unwrap(), 0);
        assert_eq!(page_size(Some(100)).unwrap(), 100);
        let error = page_size(Some(101)).unwrap_err();
        assert_eq!(error.code(), ErrorCode::BadUserInput);
        assert!(page_size(Some(-1)).is_err());
    }

    #[test]
    fn kinds_are_taken_once_in_timeline_order() {
        let request = TimelineRequest {
            kinds: Some(vec![
                TimelineEventKind::Transfer,
                TimelineEventKind::TagAdded,
                TimelineEventKind::Transfer,
            ]),
            ..TimelineRequest::default()
        };
        assert_eq!(
            kinds_of(&request),
            vec![TimelineEventKind::TagAdded, TimelineEventKind::Transfer]
        );
        assert_eq!(
            kinds_of(&TimelineRequest::default()),
            TimelineEventKind::ALL.to_vec()
        );
    }
}
