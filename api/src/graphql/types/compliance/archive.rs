//! The compliance archive in GraphQL: for COMPLIANCE and AUDITOR only (the domain enforces it).

use async_graphql::{Context, Enum, ID, InputObject, Object, SimpleObject, Union};
use chrono::{DateTime, Utc};

use crate::domain::Authorized;
use crate::domain::compliance::archive::{self as archive_service, MessageFilter};
use crate::domain::compliance::party_filter::PartyFilter;
use crate::error::{ApiError, ErrorCode};
use crate::graphql::cost::{self, MAX_CONTEXT};
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::loaders::Loaders;
use crate::graphql::types::{DateTimeFilter, Staff};
use crate::graphql::{authorized, request_loaders};

/// An archived message, decrypted for the reader.
pub struct ArchiveMessage {
    message: archive::store::StoredMessage,
    reached: Reached,
}

/// A participant of an archived conversation.
#[derive(Union)]
pub enum ArchiveParty {
    Staff(Staff),
    Customer(ArchiveCustomer),
    Unresolved(UnresolvedParty),
}

impl ArchiveParty {
    fn of(id: &str, party: Option<archive_service::Party>) -> ArchiveParty {
        match party {
            Some(archive_service::Party::Staff(member)) => ArchiveParty::Staff(Staff(member)),
            Some(archive_service::Party::Customer(customer)) => {
                ArchiveParty::Customer(ArchiveCustomer(customer))
            }
            None => ArchiveParty::Unresolved(UnresolvedParty {
                wecom_id: id.to_string(),
            }),
        }
    }
}

async fn party(loaders: &Loaders, id: &str) -> async_graphql::Result<ArchiveParty> {
    let found = loaders
        .party_by_wecom_id
        .load_one(id.to_string())
        .await
        .map_err(|error| to_graphql(&error))?;
    Ok(ArchiveParty::of(id, found))
}

/// A customer as the archive shows them: who they are, not their CRM record.
pub struct ArchiveCustomer(archive_service::CustomerIdentity);

#[Object]
impl ArchiveCustomer {
    async fn id(&self) -> ID {
        ids::encode(NodeKind::Customer, self.0.id)
    }

    /// WeCom's external userid (`wm…`).
    async fn external_userid(&self) -> &str {
        &self.0.external_userid
    }

    async fn name(&self) -> &str {
        &self.0.name
    }

    async fn corp_name(&self) -> Option<&str> {
        self.0.corp_name.as_deref()
    }

    /// Whether the customer agreed to have their chats archived (WeCom's consent check);
    /// null until checked.
    async fn archive_consent(&self) -> Option<ArchiveConsent> {
        self.0.archive_consent.map(Into::into)
    }
}

/// A WeCom id no staff member or customer of the tenant carries (yet).
#[derive(SimpleObject)]
pub struct UnresolvedParty {
    pub wecom_id: String,
}

/// A customer's answer to WeCom's request to archive their chats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Enum)]
#[graphql(remote = "entity::ArchiveConsent")]
pub enum ArchiveConsent {
    Agreed,
    /// Their messages are not archived by WeCom (docs/WECOM.md, "Consent").
    Disagreed,
    /// Never asked; the corp's default (agree) applies.
    DefaultAgreed,
}

/// An archived media file: what it is, its size in bytes, and where to download it
/// (`GET url` with `Authorization: Bearer`).
#[derive(async_graphql::SimpleObject)]
pub struct ArchiveMedia {
    pub content_type: String,
    pub size: i64,
    pub url: String,
}

/// How the reader reached a message. A message's `context` is its neighbourhood, not a graph
/// to walk: neighbours do not open their own neighbourhoods, or a few nested `context` fields
/// would open the whole conversation many times over.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Reached {
    Directly,
    AsContext,
}

impl ArchiveMessage {
    pub fn new(message: archive::store::StoredMessage) -> Self {
        ArchiveMessage {
            message,
            reached: Reached::Directly,
        }
    }
}

fn time_of(ms: i64) -> Option<DateTime<Utc>> {
    DateTime::from_timestamp_millis(ms)
}

#[Object]
impl ArchiveMessage {
    pub async fn id(&self, ctx: &Context<'_>) -> async_graphql::Result<ID> {
        let tenant_id = authorized(ctx)?.tenant_id();
        Ok(ids::encode_in_tenant(
            NodeKind::ArchiveMessage,
            tenant_id,
            self.message.seq as i64,
        ))
    }

    /// WeCom's message id.
    async fn msgid(&self) -> &str {
        &self.message.msgid
    }

    /// Position in the tenant's hash chain.
    async fn seq(&self) -> u64 {
        self.message.seq
    }

    async fn msgtype(&self) -> &str {
        &self.message.msgtype
    }

    /// `send`, `recall` or `switch`.
    async fn action(&self) -> &str {
        &self.message.action
    }

    /// Sender's WeCom id (staff userid or customer external_userid).
    async fn from(&self) -> &str {
        &self.message.sender
    }

    async fn tolist(&self) -> &[String] {
        &self.message.tolist
    }

    /// Who sent it: the staff member (by WeCom userid), the customer (by external userid), or
    /// the raw id when neither is known (yet: ids resolve at read time, so messages archived
    /// before a WeCom sync resolve after it).
    async fn sender(&self, ctx: &Context<'_>) -> async_graphql::Result<ArchiveParty> {
        let loaders = request_loaders(ctx)?;
        party(loaders, &self.message.sender).await
    }

    /// Who it was sent to, in `tolist` order, resolved as `sender` is.
    async fn recipients(&self, ctx: &Context<'_>) -> async_graphql::Result<Vec<ArchiveParty>> {
        let loaders = request_loaders(ctx)?;
        let found = loaders
            .party_by_wecom_id
            .load_many(self.message.tolist.iter().cloned())
            .await
            .map_err(|error| to_graphql(&error))?;
        Ok(self
            .message
            .tolist
            .iter()
            .map(|id| ArchiveParty::of(id, found.get(id).cloned()))
            .collect())
    }

    /// The group chat's id; null for one-to-one chats.
    async fn roomid(&self) -> Option<&str> {
        self.message.roomid.as_deref()
    }

    async fn sent_at(&self) -> Option<DateTime<Utc>> {
        time_of(self.message.sent_at_ms)
    }

    /// The searchable text: text content, file names, link titles, mixed items, …
    async fn content(&self) -> &str {
        &self.message.content
    }

    /// Whether the sender recalled (撤回) the message; it stays archived either way.
    async fn revoked(&self) -> bool {
        self.message.revoked_at_ms.is_some()
    }

    async fn revoked_at(&self) -> Option<DateTime<Utc>> {
        self.message.revoked_at_ms.and_then(time_of)
    }

    /// For a revoked message: the msgid of the `revoke` message.
    async fn revoked_by(&self) -> Option<&str> {
        self.message.revoked_by.as_deref()
    }

    /// For a `revoke` message: the msgid it revokes.
    async fn revokes(&self) -> Option<&str> {
        self.message.revokes_msgid.as_deref()
    }

    /// The original JSON document as WeCom delivered it.
    /// The image, voice, video or file the message carries, once the WeCom puller fetched it
    /// (null for other messages). `url` downloads it with your bearer token; each download is
    /// recorded in the audit log.
    async fn media(&self, ctx: &Context<'_>) -> async_graphql::Result<Option<ArchiveMedia>> {
        let auth = authorized(ctx)?;
        let Some(key) = archive_service::media_file_key(auth, &self.message) else {
            return Ok(None);
        };
        // One query for every message of a page (the loader batches their keys).
        Ok(request_loaders(ctx)?
            .media_by_file_key
            .load_one(key)
            .await
            .map_err(|error| to_graphql(&error))?
            .map(|media| ArchiveMedia {
                content_type: media.content_type,
                size: media.size,
                url: format!("/archive/media/{}", media.id),
            }))
    }

    async fn raw(&self, ctx: &Context<'_>) -> async_graphql::Result<&str> {
        let auth = authorized(ctx)?;
        archive_service::raw(auth, &self.message).await.gql()
    }

    /// Ranges of `content` (in characters) that match `query`, after normalisation.
    async fn highlights(&self, query: String) -> async_graphql::Result<Vec<TextRange>> {
        let chars: Vec<char> = self.message.content.chars().collect();
        let ranges = archive::highlight::highlights(&self.message.content, &query)
            .map_err(|error| to_graphql(&ApiError::BadUserInput(error.to_string())))?;
        Ok(ranges
            .into_iter()
            .map(|range| TextRange {
                start: range.start as i32,
                end: range.end as i32,
                text: chars[range.start..range.end].iter().collect(),
            })
            .collect())
    }

    /// This message between up to `before` earlier and `after` later messages of the same
    /// conversation, oldest first (at most 50 on each side). Not available on the messages
    /// `context` returns: open one with `archiveMessage` to see its own neighbourhood.
    #[graphql(complexity = "cost::context(before, after, child_complexity)")]
    async fn context(
        &self,
        ctx: &Context<'_>,
        #[graphql(default = 5)] before: i32,
        #[graphql(default = 5)] after: i32,
    ) -> async_graphql::Result<Vec<ArchiveMessage>> {
        let auth = authorized(ctx)?;
        if self.reached == Reached::AsContext {
            return Err(to_graphql(&ApiError::BadUserInput(
                "context is not available inside context: open the message with archiveMessage(msgid:) to see its neighbourhood".to_string(),
            )));
        }
        for (name, value) in [("before", before), ("after", after)] {
            if !(0..=MAX_CONTEXT).contains(&value) {
                return Err(to_graphql(&ApiError::field(
                    &[name],
                    ErrorCode::BadUserInput,
                    format!("{name} must be between 0 and {MAX_CONTEXT}"),
                )));
            }
        }
        let messages = archive_service::context(auth, &self.message, before as u64, after as u64)
            .await
            .gql()?;
        Ok(messages
            .into_iter()
            .map(|message| ArchiveMessage {
                message,
                reached: Reached::AsContext,
            })
            .collect())
    }
}

/// A matched range: `start` and `end` count characters of `content`, end exclusive.
#[derive(SimpleObject)]
pub struct TextRange {
    pub start: i32,
    pub end: i32,
    pub text: String,
}

/// Narrows an archive search; all given conditions must hold.
#[derive(InputObject, Default)]
pub struct ArchiveMessageFilter {
    pub sent_at: Option<DateTimeFilter>,
    /// Sender's WeCom id.
    pub sender: Option<String>,
    /// A WeCom id (staff userid or customer external_userid) that sent or received the message.
    pub participant: Option<String>,
    /// A group chat's id; `""` selects one-to-one chats.
    pub roomid: Option<String>,
    pub msgtype: Option<String>,
    pub revoked: Option<bool>,
    /// Messages this staff member sent or received (by their WeCom userid, at the time of the
    /// search: messages archived before the sync match too).
    pub staff_id: Option<ID>,
    /// Messages a member of this department, or of a department below it, sent or received.
    pub department_id: Option<ID>,
    /// Messages this customer sent or received (by their external_userid).
    pub customer_id: Option<ID>,
}

impl ArchiveMessageFilter {
    /// The domain's filter; a malformed id is a `BAD_USER_INPUT` naming its field.
    pub fn into_domain(self) -> Result<MessageFilter, ApiError> {
        let parties = party_filters(
            self.staff_id.as_ref(),
            self.department_id.as_ref(),
            self.customer_id.as_ref(),
        )?;
        let (from, before) = match self.sent_at {
            Some(range) => (
                range.gte.map(|time| time.timestamp_millis()),
                range.lt.map(|time| time.timestamp_millis()),
            ),
            None => (None, None),
        };
        Ok(MessageFilter {
            index: archive::index::SearchFilter {
                sent_from_ms: from,
                sent_before_ms: before,
                sender: self.sender,
                participants: self.participant.into_iter().collect(),
                participant_sets: Vec::new(),
                roomid: self.roomid,
                msgtype: self.msgtype,
                revoked: self.revoked,
            },
            parties,
        })
    }
}

/// The parties a filter names (`staffId`, `departmentId`, `customerId`), each decoded under
/// `filter.<name>`.
pub(crate) fn party_filters(
    staff_id: Option<&ID>,
    department_id: Option<&ID>,
    customer_id: Option<&ID>,
) -> Result<Vec<PartyFilter>, ApiError> {
    let mut parties = Vec::new();
    if let Some(id) = staff_id {
        let id = ids::decode(&["filter", "staffId"], NodeKind::Staff, id)?;
        parties.push(PartyFilter::Staff(id));
    }
    if let Some(id) = department_id {
        let id = ids::decode(&["filter", "departmentId"], NodeKind::Department, id)?;
        parties.push(PartyFilter::Department(id));
    }
    if let Some(id) = customer_id {
        let id = ids::decode(&["filter", "customerId"], NodeKind::Customer, id)?;
        parties.push(PartyFilter::Customer(id));
    }
    Ok(parties)
}

/// A conversation of the archive: a group chat or a one-to-one chat.
pub struct ArchiveConversation(pub archive::store::ConversationSummary);

#[Object]
impl ArchiveConversation {
    /// `room:<roomid>` or `pair:<id>|<id>`.
    async fn key(&self) -> &str {
        &self.0.key
    }

    async fn roomid(&self) -> Option<&str> {
        self.0.key.strip_prefix("room:")
    }

    /// Whether the customer (for a group: its customers) agreed to archiving, as WeCom last
    /// answered a sync's consent check; null until checked. WeCom does not archive a
    /// conversation after the customer refused (docs/WECOM.md, "Consent").
    async fn consent(&self) -> Option<ArchiveConsent> {
        self.0.consent.map(Into::into)
    }

    /// The two WeCom ids of a one-to-one chat (empty for group chats).
    async fn participants(&self) -> Vec<&str> {
        match self.0.key.strip_prefix("pair:") {
            Some(pair) => pair.split('|').collect(),
            None => Vec::new(),
        }
    }

    async fn message_count(&self) -> u64 {
        self.0.message_count
    }

    async fn last_message_at(&self) -> Option<DateTime<Utc>> {
        time_of(self.0.last_sent_at_ms)
    }
}

/// Opaque cursors: `(sent_at, seq)` of the last message of a search page.
pub fn encode_search_cursor(auth: &Authorized, cursor: &archive::index::SearchCursor) -> String {
    auth.seal_cursor(format!("s:{}:{}", cursor.sent_at_ms, cursor.id).as_bytes())
}

pub fn decode_search_cursor(
    auth: &Authorized,
    cursor: &str,
) -> Result<archive::index::SearchCursor, ApiError> {
    let invalid = || {
        ApiError::field(
            &["after"],
            ErrorCode::BadUserInput,
            "after is not a cursor returned by archiveSearch",
        )
    };
    let bytes = auth.open_cursor(cursor).ok_or_else(invalid)?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    let mut parts = text.split(':');
    let (Some("s"), Some(sent_at), Some(id), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(invalid());
    };
    Ok(archive::index::SearchCursor {
        sent_at_ms: sent_at.parse().map_err(|_| invalid())?,
        id: id.parse().map_err(|_| invalid())?,
    })
}

/// Offset cursors for the conversation list.
pub fn encode_offset(auth: &Authorized, offset: u64) -> String {
    auth.seal_cursor(format!("o:{offset}").as_bytes())
}

pub fn decode_offset(auth: &Authorized, cursor: &str) -> Result<u64, ApiError> {
    let invalid = || {
        ApiError::field(
            &["after"],
            ErrorCode::BadUserInput,
            "after is not a cursor returned by archiveConversations",
        )
    };
    let bytes = auth.open_cursor(cursor).ok_or_else(invalid)?;
    let text = String::from_utf8(bytes).map_err(|_| invalid())?;
    text.strip_prefix("o:")
        .and_then(|offset| offset.parse().ok())
        .ok_or_else(invalid)
}
