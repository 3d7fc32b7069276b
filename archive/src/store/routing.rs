//! A message's routing fields (ids, type, participants, time) as its sealed original says them.
//!
//! Ingest copies the ones the database must find or order messages by (msgid, type, time, the
//! conversation's id) into clear columns; who sent it to whom stays in the original only. The
//! hash chain commits only to msgid and the sealed blob: a column can be rewritten without
//! breaking the chain. So reads serve these fields from the opened original, and verification
//! compares the columns with it. One derivation, here, serves ingest, reads and verify alike, so
//! an honest row can never disagree with its original.

use entity::archive_message;

use super::read::conversation_key;
use crate::Message;
use crate::crypto::KeyVersion;

/// What ingest writes into a row's routing columns for a message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Routing {
    pub msgid: String,
    pub source_seq: Option<i64>,
    pub action: String,
    pub msgtype: String,
    pub sender: String,
    pub tolist: Vec<String>,
    /// `None` for one-to-one chats (WeCom writes "").
    pub roomid: Option<String>,
    pub conversation: String,
    pub sent_at_ms: i64,
    pub revokes_msgid: Option<String>,
}

impl From<Message> for Routing {
    fn from(message: Message) -> Self {
        let revokes_msgid = message.revokes().map(str::to_string);
        let roomid = message.roomid.filter(|room| !room.is_empty());
        Routing {
            conversation: conversation_key(&message.from, &message.tolist, roomid.as_deref()),
            source_seq: message.seq.map(|seq| seq as i64),
            action: message.action.as_str().to_string(),
            msgtype: message.body.msgtype().to_string(),
            revokes_msgid,
            sent_at_ms: message.msgtime,
            msgid: message.msgid,
            sender: message.from,
            tolist: message.tolist,
            roomid,
        }
    }
}

impl Routing {
    /// What `row`'s columns tell of its routing, for a sealed original that no longer parses.
    /// The parties are only in the original, so they read as nobody.
    pub(super) fn from_columns(row: &archive_message::Model) -> Self {
        Routing {
            msgid: row.msgid.clone(),
            source_seq: row.source_seq,
            action: row.action.clone(),
            msgtype: row.msgtype.clone(),
            sender: String::new(),
            tolist: Vec::new(),
            roomid: None,
            conversation: String::new(),
            sent_at_ms: row.sent_at_ms,
            revokes_msgid: row.revokes_msgid.clone(),
        }
    }
}

/// The row's columns that disagree with its sealed original (`sealed`, opened under key
/// `sealed_key_version`), in column order. Names only: the values may be message content.
pub(super) fn disagreeing_columns(
    row: &archive_message::Model,
    sealed: &Routing,
    sealed_key_version: KeyVersion,
) -> Vec<&'static str> {
    let checks = [
        ("msgid", row.msgid == sealed.msgid),
        ("source_seq", row.source_seq == sealed.source_seq),
        ("action", row.action == sealed.action),
        ("msgtype", row.msgtype == sealed.msgtype),
        ("sent_at_ms", row.sent_at_ms == sealed.sent_at_ms),
        (
            "key_version",
            i64::from(row.key_version) == i64::from(sealed_key_version),
        ),
        ("revokes_msgid", row.revokes_msgid == sealed.revokes_msgid),
    ];
    checks
        .into_iter()
        .filter(|(_, agrees)| !agrees)
        .map(|(column, _)| column)
        .collect()
}
