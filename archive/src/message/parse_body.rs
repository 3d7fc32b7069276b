//! Reading a typed `MessageBody` from the JSON object of a known msgtype.

use serde_json::Value;

use super::body::*;
use super::error::MessageParseError;
use super::fields::Fields;

/// A msgtype this version knows, and the key its body sits under in the message object.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct KnownType {
    pub(super) msgtype: &'static str,
    pub(super) body_key: &'static str,
}

/// Every msgtype with a typed body. Most bodies sit under a key named like the msgtype; WeCom
/// puts a few elsewhere (`docmsg` → `doc`, `markdown` and `news` → `info`).
const KNOWN_TYPES: &[KnownType] = &[
    known("text", "text"),
    known("image", "image"),
    known("revoke", "revoke"),
    known("agree", "agree"),
    known("disagree", "disagree"),
    known("voice", "voice"),
    known("video", "video"),
    known("card", "card"),
    known("location", "location"),
    known("emotion", "emotion"),
    known("file", "file"),
    known("link", "link"),
    known("weapp", "weapp"),
    known("chatrecord", "chatrecord"),
    known("todo", "todo"),
    known("vote", "vote"),
    known("collect", "collect"),
    known("redpacket", "redpacket"),
    known("external_redpacket", "redpacket"),
    known("meeting", "meeting"),
    known("docmsg", "doc"),
    known("markdown", "info"),
    known("news", "info"),
    known("calendar", "calendar"),
    known("mixed", "mixed"),
    known("sphfeed", "sphfeed"),
];

const fn known(msgtype: &'static str, body_key: &'static str) -> KnownType {
    KnownType { msgtype, body_key }
}

pub(super) fn known_type(msgtype: &str) -> Option<KnownType> {
    KNOWN_TYPES
        .iter()
        .copied()
        .find(|known| known.msgtype == msgtype)
}

/// How deep `chatrecord` and `mixed` items may nest before the rest is kept unparsed.
/// Real forwards nest two or three levels; the bound keeps hostile input from recursing.
const MAX_EMBEDDING_DEPTH: usize = 8;

/// Reads the body of a known msgtype. Only fields that make the message meaningful are required
/// (the text of a `text`, the target of a `revoke`); the rest default.
pub(super) fn parse_known_body(
    known: KnownType,
    body: Fields<'_>,
    depth: usize,
) -> Result<MessageBody, MessageParseError> {
    let parsed = match known.msgtype {
        "text" => MessageBody::Text(TextBody {
            content: required_string(body, "content", "text.content")?,
        }),
        "image" => MessageBody::Image(ImageBody {
            md5sum: body.string("md5sum"),
            file_size: body.u64("filesize"),
            sdk_file_id: body.string("sdkfileid"),
        }),
        "revoke" => MessageBody::Revoke(RevokeBody {
            pre_msgid: required_string(body, "pre_msgid", "revoke.pre_msgid")?,
        }),
        "agree" => MessageBody::Agree(consent(body)),
        "disagree" => MessageBody::Disagree(consent(body)),
        "voice" => MessageBody::Voice(VoiceBody {
            md5sum: body.string("md5sum"),
            voice_size: body.u64("voice_size"),
            play_length: body.u64("play_length"),
            sdk_file_id: body.string("sdkfileid"),
        }),
        "video" => MessageBody::Video(VideoBody {
            md5sum: body.string("md5sum"),
            file_size: body.u64("filesize"),
            play_length: body.u64("play_length"),
            sdk_file_id: body.string("sdkfileid"),
        }),
        "card" => MessageBody::Card(CardBody {
            corpname: body.string("corpname"),
            userid: body.string("userid"),
        }),
        "location" => MessageBody::Location(LocationBody {
            longitude: body.f64("longitude"),
            latitude: body.f64("latitude"),
            address: body.string("address"),
            title: body.string("title"),
            zoom: body.i64("zoom"),
        }),
        "emotion" => MessageBody::Emotion(EmotionBody {
            emotion_type: body.i64("type"),
            width: body.u64("width"),
            height: body.u64("height"),
            image_size: body.u64("imagesize"),
            md5sum: body.string("md5sum"),
            sdk_file_id: body.string("sdkfileid"),
        }),
        "file" => MessageBody::File(FileBody {
            md5sum: body.string("md5sum"),
            filename: body.string("filename"),
            fileext: body.string("fileext"),
            file_size: body.u64("filesize"),
            sdk_file_id: body.string("sdkfileid"),
        }),
        "link" => MessageBody::Link(LinkBody {
            title: body.string("title"),
            description: body.string("description"),
            link_url: body.string("link_url"),
            image_url: body.string("image_url"),
        }),
        "weapp" => MessageBody::Weapp(WeappBody {
            title: body.string("title"),
            description: body.string("description"),
            username: body.string("username"),
            displayname: body.string("displayname"),
        }),
        "chatrecord" => MessageBody::ChatRecord(ChatRecordBody {
            title: body.string("title"),
            items: embedded_items(body.array("item"), depth),
        }),
        "todo" => MessageBody::Todo(TodoBody {
            title: body.string("title"),
            content: body.string("content"),
        }),
        "vote" => MessageBody::Vote(VoteBody {
            title: body.string("votetitle"),
            options: body.string_list("voteitem"),
            vote_type: body.i64("votetype"),
            vote_id: body.string("voteid"),
        }),
        "collect" => MessageBody::Collect(CollectBody {
            room_name: body.string("room_name"),
            creator: body.string("creator"),
            create_time: body.string("create_time"),
            title: body.string("title"),
            questions: body.array("details").iter().map(collect_question).collect(),
        }),
        "redpacket" => MessageBody::RedPacket(red_packet(body)),
        "external_redpacket" => MessageBody::ExternalRedPacket(red_packet(body)),
        "meeting" => MessageBody::Meeting(MeetingBody {
            topic: body.string("topic"),
            start_time: body.i64("starttime"),
            end_time: body.i64("endtime"),
            address: body.string("address"),
            remarks: body.string("remarks"),
            meeting_type: body.i64("meetingtype"),
            meeting_id: body.i64("meetingid"),
            status: body.i64("status"),
        }),
        "docmsg" => MessageBody::DocMsg(DocBody {
            title: body.string("title"),
            link_url: body.string("link_url"),
            doc_creator: body.string("doc_creator"),
        }),
        "markdown" => MessageBody::Markdown(MarkdownBody {
            content: body.string("content"),
        }),
        "news" => MessageBody::News(NewsBody {
            items: body.array("item").iter().map(news_item).collect(),
        }),
        "calendar" => MessageBody::Calendar(CalendarBody {
            title: body.string("title"),
            creator_name: body.string("creatorname"),
            attendee_names: body.string_list("attendeename"),
            start_time: body.i64("starttime"),
            end_time: body.i64("endtime"),
            place: body.string("place"),
            remarks: body.string("remarks"),
        }),
        "mixed" => MessageBody::Mixed(MixedBody {
            items: embedded_items(body.array("item"), depth),
        }),
        "sphfeed" => MessageBody::SphFeed(SphFeedBody {
            feed_type: body.i64("feed_type"),
            sph_name: body.string("sph_name"),
            feed_desc: body.string("feed_desc"),
        }),
        // Unreachable while KNOWN_TYPES and this match agree; a test checks that they do.
        other => MessageBody::Unknown {
            msgtype: other.to_owned(),
            raw: Value::Null,
        },
    };
    Ok(parsed)
}

fn required_string(
    body: Fields<'_>,
    key: &str,
    field: &'static str,
) -> Result<String, MessageParseError> {
    match body.get(key) {
        None => Err(MessageParseError::MissingField { field }),
        Some(Value::String(text)) => Ok(text.clone()),
        Some(_) => Err(MessageParseError::WrongType {
            field,
            expected: "a string",
        }),
    }
}

fn consent(body: Fields<'_>) -> ConsentBody {
    ConsentBody {
        userid: body.string("userid"),
        time: body.i64("agree_time").or_else(|| body.i64("disagree_time")),
    }
}

fn red_packet(body: Fields<'_>) -> RedPacketBody {
    RedPacketBody {
        packet_type: body.i64("type"),
        wish: body.string("wish"),
        total_count: body.u64("totalcnt"),
        total_amount: body.u64("totalamount"),
    }
}

fn collect_question(detail: &Value) -> CollectQuestion {
    let detail = Fields::of(detail);
    CollectQuestion {
        id: detail.i64("id"),
        question: detail.string("ques"),
        question_type: detail.string("type"),
    }
}

fn news_item(item: &Value) -> NewsItem {
    let item = Fields::of(item);
    NewsItem {
        title: item.string("title"),
        description: item.string("description"),
        url: item.string("url"),
        picurl: item.string("picurl"),
    }
}

fn embedded_items(items: &[Value], depth: usize) -> Vec<EmbeddedItem> {
    items
        .iter()
        .map(|item| embedded_item(item, depth))
        .collect()
}

fn embedded_item(item: &Value, depth: usize) -> EmbeddedItem {
    let fields = Fields::of(item);
    let item_type = fields.string("type");
    let content = fields.get("content").cloned().unwrap_or(Value::Null);
    EmbeddedItem {
        msgtime: fields.i64("msgtime"),
        from_chatroom: fields.bool("from_chatroom"),
        body: embedded_body(&item_type, content, depth + 1),
        item_type,
    }
}

/// The body inside an item. Never fails: an item we cannot read is kept as `Unknown` so one odd
/// part does not cost us the whole message.
fn embedded_body(item_type: &str, content: Value, depth: usize) -> MessageBody {
    let msgtype = embedded_msgtype(item_type);
    // WeCom sends the content as a JSON string; some relays send the object itself.
    let content = match content {
        Value::String(encoded) => match serde_json::from_str::<Value>(&encoded) {
            Ok(decoded) => decoded,
            Err(_) => Value::String(encoded),
        },
        other => other,
    };
    let Some(known) = known_type(&msgtype) else {
        return MessageBody::Unknown {
            msgtype,
            raw: content,
        };
    };
    if depth > MAX_EMBEDDING_DEPTH || !content.is_object() {
        return MessageBody::Unknown {
            msgtype,
            raw: content,
        };
    }
    match parse_known_body(known, Fields::of(&content), depth) {
        Ok(body) => body,
        Err(_) => MessageBody::Unknown {
            msgtype,
            raw: content,
        },
    }
}

/// `mixed` items use plain msgtypes (`text`); `chatrecord` items prefix them (`ChatRecordText`).
fn embedded_msgtype(item_type: &str) -> String {
    let unprefixed = item_type.strip_prefix("ChatRecord").unwrap_or(item_type);
    let lowered = unprefixed.to_ascii_lowercase();
    match lowered.as_str() {
        "miniprogram" => "weapp".to_owned(),
        "doc" => "docmsg".to_owned(),
        _ => lowered,
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_known_type_has_a_typed_body() {
        for known in KNOWN_TYPES {
            let body = parse_known_body(
                *known,
                Fields::of(&json!({"content": "", "pre_msgid": "m"})),
                0,
            )
            .unwrap();
            assert!(!body.is_unknown(), "{} has no arm", known.msgtype);
            assert_eq!(body.msgtype(), known.msgtype);
        }
    }

    #[test]
    fn chat_record_item_types_map_to_msgtypes() {
        assert_eq!(embedded_msgtype("ChatRecordText"), "text");
        assert_eq!(embedded_msgtype("ChatRecordMixed"), "mixed");
        assert_eq!(embedded_msgtype("ChatRecordMiniProgram"), "weapp");
        assert_eq!(embedded_msgtype("image"), "image");
    }

    #[test]
    fn an_unreadable_item_is_kept_as_unknown() {
        let body = embedded_body("text", Value::String("{not json".to_owned()), 1);
        assert_eq!(
            body,
            MessageBody::Unknown {
                msgtype: "text".to_owned(),
                raw: Value::String("{not json".to_owned())
            }
        );
        let missing_content = embedded_body("ChatRecordText", json!({"x": 1}), 1);
        assert!(missing_content.is_unknown());
    }

    #[test]
    fn nesting_is_bounded() {
        let mut content = json!({"content": "innermost"});
        let mut item_type = "ChatRecordText";
        for _ in 0..12 {
            content = json!({"item": [{"type": item_type, "content": content.to_string()}]});
            item_type = "ChatRecordChatRecord";
        }
        let body = embedded_body("ChatRecordChatRecord", content, 1);
        assert_eq!(body.msgtype(), "chatrecord");
    }
}
