//! The compliance archive in GraphQL: for COMPLIANCE and AUDITOR only (the domain enforces it).

use async_graphql::{Context, ID, InputObject, Object, SimpleObject};
use chrono::{DateTime, Utc};

use crate::domain::Authorized;
use crate::domain::compliance::archive as archive_service;
use crate::error::{ApiError, ErrorCode};
use crate::graphql::authorized;
use crate::graphql::cost::{self, MAX_CONTEXT};
use crate::graphql::errors::{GraphqlResult, to_graphql};
use crate::graphql::ids::{self, NodeKind};
use crate::graphql::types::DateTimeFilter;

/// An archived message, decrypted for the reader.
pub struct ArchiveMessage {
    message: archive::store::StoredMessage,
    reached: Reached,
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
}

impl ArchiveMessageFilter {
    pub fn into_search_filter(self) -> archive::index::SearchFilter {
        let (from, before) = match self.sent_at {
            Some(range) => (
                range.gte.map(|time| time.timestamp_millis()),
                range.lt.map(|time| time.timestamp_millis()),
            ),
            None => (None, None),
        };
        archive::index::SearchFilter {
            sent_from_ms: from,
            sent_before_ms: before,
            sender: self.sender,
            participants: self.participant.into_iter().collect(),
            roomid: self.roomid,
            msgtype: self.msgtype,
            revoked: self.revoked,
        }
    }
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
