//! The typed bodies of WeCom archive messages, one struct per msgtype.
//!
//! Field names follow WeCom's JSON keys, split into words where WeCom runs them together
//! (`sdkfileid` → `sdk_file_id`). Times are as WeCom sends them: milliseconds for `agree_time`,
//! seconds for meeting and calendar times (WeCom documents those in seconds).

use serde_json::Value;

/// What a message carries, by msgtype.
///
/// `Debug` prints the variant only: bodies are customer conversations and `Debug` output tends to
/// end up in logs. Read the fields explicitly when you need them.
#[derive(Clone, PartialEq)]
pub enum MessageBody {
    Text(TextBody),
    Image(ImageBody),
    Revoke(RevokeBody),
    /// The customer agreed to have the conversation archived.
    Agree(ConsentBody),
    /// The customer refused to have the conversation archived.
    Disagree(ConsentBody),
    Voice(VoiceBody),
    Video(VideoBody),
    Card(CardBody),
    Location(LocationBody),
    Emotion(EmotionBody),
    File(FileBody),
    Link(LinkBody),
    Weapp(WeappBody),
    ChatRecord(ChatRecordBody),
    Todo(TodoBody),
    Vote(VoteBody),
    Collect(CollectBody),
    RedPacket(RedPacketBody),
    /// A red packet sent across WeChat/WeCom (`external_redpacket`), same shape as `RedPacket`.
    ExternalRedPacket(RedPacketBody),
    Meeting(MeetingBody),
    DocMsg(DocBody),
    Markdown(MarkdownBody),
    News(NewsBody),
    Calendar(CalendarBody),
    Mixed(MixedBody),
    /// A WeChat Channels (视频号) post.
    SphFeed(SphFeedBody),
    /// `action: switch`: a member switched to this enterprise; such records have no msgtype.
    Switch(SwitchBody),
    /// A msgtype this version does not know, kept whole: `raw` is the complete JSON object the
    /// message came in (for items inside `mixed` or `chatrecord`: the item's content).
    Unknown {
        msgtype: String,
        raw: Value,
    },
}

impl std::fmt::Debug for MessageBody {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "MessageBody::{}(..)", self.msgtype())
    }
}

impl MessageBody {
    /// The WeCom msgtype this body belongs to; `"switch"` for switch records.
    pub fn msgtype(&self) -> &str {
        match self {
            MessageBody::Text(_) => "text",
            MessageBody::Image(_) => "image",
            MessageBody::Revoke(_) => "revoke",
            MessageBody::Agree(_) => "agree",
            MessageBody::Disagree(_) => "disagree",
            MessageBody::Voice(_) => "voice",
            MessageBody::Video(_) => "video",
            MessageBody::Card(_) => "card",
            MessageBody::Location(_) => "location",
            MessageBody::Emotion(_) => "emotion",
            MessageBody::File(_) => "file",
            MessageBody::Link(_) => "link",
            MessageBody::Weapp(_) => "weapp",
            MessageBody::ChatRecord(_) => "chatrecord",
            MessageBody::Todo(_) => "todo",
            MessageBody::Vote(_) => "vote",
            MessageBody::Collect(_) => "collect",
            MessageBody::RedPacket(_) => "redpacket",
            MessageBody::ExternalRedPacket(_) => "external_redpacket",
            MessageBody::Meeting(_) => "meeting",
            MessageBody::DocMsg(_) => "docmsg",
            MessageBody::Markdown(_) => "markdown",
            MessageBody::News(_) => "news",
            MessageBody::Calendar(_) => "calendar",
            MessageBody::Mixed(_) => "mixed",
            MessageBody::SphFeed(_) => "sphfeed",
            MessageBody::Switch(_) => "switch",
            MessageBody::Unknown { msgtype, .. } => msgtype,
        }
    }

    pub fn is_unknown(&self) -> bool {
        matches!(self, MessageBody::Unknown { .. })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextBody {
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImageBody {
    pub md5sum: String,
    pub file_size: Option<u64>,
    pub sdk_file_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevokeBody {
    /// The msgid of the message that was revoked.
    pub pre_msgid: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConsentBody {
    pub userid: String,
    /// `agree_time` (or `disagree_time`), milliseconds.
    pub time: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoiceBody {
    pub md5sum: String,
    pub voice_size: Option<u64>,
    /// Seconds.
    pub play_length: Option<u64>,
    pub sdk_file_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VideoBody {
    pub md5sum: String,
    pub file_size: Option<u64>,
    /// Seconds.
    pub play_length: Option<u64>,
    pub sdk_file_id: String,
}

/// A shared contact card.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CardBody {
    /// The company of the person on the card.
    pub corpname: String,
    pub userid: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct LocationBody {
    pub longitude: Option<f64>,
    pub latitude: Option<f64>,
    pub address: String,
    pub title: String,
    pub zoom: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmotionBody {
    /// 1 static, 2 animated.
    pub emotion_type: Option<i64>,
    pub width: Option<u64>,
    pub height: Option<u64>,
    pub image_size: Option<u64>,
    pub md5sum: String,
    pub sdk_file_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileBody {
    pub md5sum: String,
    pub filename: String,
    pub fileext: String,
    pub file_size: Option<u64>,
    pub sdk_file_id: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkBody {
    pub title: String,
    pub description: String,
    pub link_url: String,
    pub image_url: String,
}

/// A shared mini program.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WeappBody {
    pub title: String,
    pub description: String,
    /// The mini program's account id (`gh_…@app`).
    pub username: String,
    /// The mini program's name as shown in the chat.
    pub displayname: String,
}

/// A forwarded bundle of chat messages.
#[derive(Debug, Clone, PartialEq)]
pub struct ChatRecordBody {
    pub title: String,
    pub items: Vec<EmbeddedItem>,
}

/// One part of a `mixed` message or one forwarded message inside a `chatrecord`.
///
/// WeCom sends the content as a JSON string holding the body of `item_type`; it is parsed here.
/// Content that is not a well-formed body of a known type is kept as `MessageBody::Unknown`.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbeddedItem {
    /// As WeCom wrote it: `text`, `image`, … in `mixed`; `ChatRecordText`, … in `chatrecord`.
    pub item_type: String,
    /// `chatrecord` items only: when the forwarded message was sent (as WeCom gives it).
    pub msgtime: Option<i64>,
    /// `chatrecord` items only: whether the forwarded message came from a group chat.
    pub from_chatroom: Option<bool>,
    pub body: MessageBody,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TodoBody {
    pub title: String,
    pub content: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VoteBody {
    /// `votetitle`.
    pub title: String,
    /// `voteitem`: the options.
    pub options: Vec<String>,
    /// 101 started a vote, 102 took part.
    pub vote_type: Option<i64>,
    pub vote_id: String,
}

/// A form to fill in (填表).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectBody {
    pub room_name: String,
    pub creator: String,
    pub create_time: String,
    pub title: String,
    pub questions: Vec<CollectQuestion>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CollectQuestion {
    pub id: Option<i64>,
    /// `ques`.
    pub question: String,
    /// `Text`, `Number`, `Date`, `Time`.
    pub question_type: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RedPacketBody {
    /// 1 ordinary, 2 lucky, 3 lucky + ordinary (WeCom's codes).
    pub packet_type: Option<i64>,
    pub wish: String,
    /// `totalcnt`.
    pub total_count: Option<u64>,
    /// `totalamount`, in fen (1/100 yuan).
    pub total_amount: Option<u64>,
}

/// A meeting invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeetingBody {
    pub topic: String,
    pub start_time: Option<i64>,
    pub end_time: Option<i64>,
    pub address: String,
    pub remarks: String,
    pub meeting_type: Option<i64>,
    pub meeting_id: Option<i64>,
    pub status: Option<i64>,
}

/// A shared online document (msgtype `docmsg`, body key `doc`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocBody {
    pub title: String,
    pub link_url: String,
    pub doc_creator: String,
}

/// msgtype `markdown`, body key `info`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarkdownBody {
    pub content: String,
}

/// msgtype `news` (图文), body key `info`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsBody {
    pub items: Vec<NewsItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewsItem {
    pub title: String,
    pub description: String,
    pub url: String,
    pub picurl: String,
}

/// A calendar event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarBody {
    pub title: String,
    pub creator_name: String,
    pub attendee_names: Vec<String>,
    pub start_time: Option<i64>,
    pub end_time: Option<i64>,
    pub place: String,
    pub remarks: String,
}

/// Text and images in one message.
#[derive(Debug, Clone, PartialEq)]
pub struct MixedBody {
    pub items: Vec<EmbeddedItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SphFeedBody {
    /// 2 image, 4 video, 9 live.
    pub feed_type: Option<i64>,
    /// The channel's name.
    pub sph_name: String,
    /// The post's description.
    pub feed_desc: String,
}

/// `action: switch`: `user` switched enterprise at `time` (ms).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SwitchBody {
    pub user: String,
    pub time: i64,
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    #[test]
    fn debug_output_names_the_type_but_not_the_content() {
        let body = MessageBody::Text(TextBody {
            content: "机密内容".to_owned(),
        });
        let printed = format!("{body:?}");
        assert_eq!(printed, "MessageBody::text(..)");
    }
}
