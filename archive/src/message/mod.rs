//! The WeCom archive message model: one decrypted message of the conversation-archive SDK.
//!
//! `Message::parse_json` reads one JSON line; `Message::searchable_text` is what search and risk
//! scanning see. Unknown msgtypes are kept whole (`MessageBody::Unknown`), never dropped.

mod body;
mod error;
mod fields;
mod parse;
mod parse_body;
mod search_text;

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod corpus_tests;

pub use body::*;
pub use error::MessageParseError;

/// What happened: `send` for ordinary messages, `recall` for some revocations, `switch` when a
/// member switched enterprise. Other values are kept as written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Action {
    Send,
    Recall,
    Switch,
    Other(String),
}

impl Action {
    pub fn as_str(&self) -> &str {
        match self {
            Action::Send => "send",
            Action::Recall => "recall",
            Action::Switch => "switch",
            Action::Other(action) => action,
        }
    }
}

impl From<&str> for Action {
    fn from(action: &str) -> Self {
        match action {
            "send" => Action::Send,
            "recall" => Action::Recall,
            "switch" => Action::Switch,
            other => Action::Other(other.to_owned()),
        }
    }
}

/// One archived message: WeCom's common envelope and a typed body.
///
/// `Debug` prints the envelope's ids only, never the body or participants' content.
#[derive(Clone, PartialEq)]
pub struct Message {
    /// WeCom's unique message id; never empty.
    pub msgid: String,
    pub action: Action,
    /// The sender's userid (staff) or external userid (customer, `wm…`/`wo…`).
    /// For switch records: the member who switched (`user`).
    pub from: String,
    /// Recipients; empty for switch records.
    pub tolist: Vec<String>,
    /// The group chat id; `None` for one-to-one chats (WeCom sends "").
    pub roomid: Option<String>,
    /// When it was sent, milliseconds since the Unix epoch (for switch records: `time`).
    pub msgtime: i64,
    /// The SDK's cursor, when the source provides it.
    pub seq: Option<u64>,
    /// As WeCom wrote it; `None` for switch records, which have none.
    pub msgtype: Option<String>,
    pub body: MessageBody,
}

impl std::fmt::Debug for Message {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter
            .debug_struct("Message")
            .field("msgid", &self.msgid)
            .field("action", &self.action)
            .field("msgtype", &self.body.msgtype())
            .field("seq", &self.seq)
            .finish_non_exhaustive()
    }
}

impl Message {
    /// The msgid this message revokes, when it is a `revoke`.
    pub fn revokes(&self) -> Option<&str> {
        match &self.body {
            MessageBody::Revoke(revoke) => Some(&revoke.pre_msgid),
            _ => None,
        }
    }

    /// Everyone in the conversation as this message sees it: the sender, then the recipients,
    /// each once, empty ids skipped.
    pub fn participants(&self) -> Vec<&str> {
        let mut participants: Vec<&str> = Vec::with_capacity(1 + self.tolist.len());
        let everyone =
            std::iter::once(self.from.as_str()).chain(self.tolist.iter().map(String::as_str));
        for participant in everyone {
            if !participant.is_empty() && !participants.contains(&participant) {
                participants.push(participant);
            }
        }
        participants
    }

    /// True for group-chat messages.
    pub fn is_group(&self) -> bool {
        self.roomid.is_some()
    }
}
