//! `Message::searchable_text`: the words a compliance officer can search and rules can match.

use super::{Message, MessageBody};

impl Message {
    /// The human-written text of the message, parts joined with `"\n"`; empty when it has none.
    ///
    /// What counts as text, by msgtype:
    /// - `text`: the content; `markdown`: the content; `todo`: title and content;
    /// - `file`: the file name; `link`: title and description (not the URLs);
    /// - `weapp`: title, description and the mini program's display name;
    /// - `location`: title and address; `card`: the company name on the card (the userid is an
    ///   id, not text, and is a participant-like field rather than content);
    /// - `chatrecord`: its title, then every forwarded item, recursively; `mixed`: its items;
    /// - `vote`: title and options; `collect`: title and questions; `meeting`: topic, address
    ///   and remarks; `docmsg`: title; `news`: titles and descriptions; `calendar`: title,
    ///   place and remarks; `redpacket`: the wish (free text the sender typed); `sphfeed`: the
    ///   channel name and post description;
    /// - nothing for media without captions (image, voice, video, emotion), consent records,
    ///   revokes, switch records and unknown msgtypes (their raw JSON is kept, not indexed:
    ///   it is mostly ids and hashes).
    pub fn searchable_text(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        collect_text(&self.body, &mut parts);
        parts.join("\n")
    }
}

impl MessageBody {
    /// The searchable parts of this body alone; see `Message::searchable_text`.
    pub fn searchable_text(&self) -> String {
        let mut parts: Vec<&str> = Vec::new();
        collect_text(self, &mut parts);
        parts.join("\n")
    }
}

fn collect_text<'a>(body: &'a MessageBody, parts: &mut Vec<&'a str>) {
    let mut push = |part: &'a str| {
        if !part.trim().is_empty() {
            parts.push(part);
        }
    };
    match body {
        MessageBody::Text(text) => push(&text.content),
        MessageBody::Markdown(markdown) => push(&markdown.content),
        MessageBody::Todo(todo) => {
            push(&todo.title);
            push(&todo.content);
        }
        MessageBody::File(file) => push(&file.filename),
        MessageBody::Link(link) => {
            push(&link.title);
            push(&link.description);
        }
        MessageBody::Weapp(weapp) => {
            push(&weapp.title);
            push(&weapp.description);
            push(&weapp.displayname);
        }
        MessageBody::Location(location) => {
            push(&location.title);
            push(&location.address);
        }
        MessageBody::Card(card) => push(&card.corpname),
        MessageBody::Vote(vote) => {
            push(&vote.title);
            vote.options.iter().for_each(|option| push(option));
        }
        MessageBody::Collect(collect) => {
            push(&collect.title);
            for question in &collect.questions {
                push(&question.question);
            }
        }
        MessageBody::Meeting(meeting) => {
            push(&meeting.topic);
            push(&meeting.address);
            push(&meeting.remarks);
        }
        MessageBody::DocMsg(doc) => push(&doc.title),
        MessageBody::News(news) => {
            for item in &news.items {
                push(&item.title);
                push(&item.description);
            }
        }
        MessageBody::Calendar(calendar) => {
            push(&calendar.title);
            push(&calendar.place);
            push(&calendar.remarks);
        }
        MessageBody::RedPacket(packet) | MessageBody::ExternalRedPacket(packet) => {
            push(&packet.wish)
        }
        MessageBody::SphFeed(feed) => {
            push(&feed.sph_name);
            push(&feed.feed_desc);
        }
        MessageBody::ChatRecord(record) => {
            push(&record.title);
            for item in &record.items {
                collect_text(&item.body, parts);
            }
        }
        MessageBody::Mixed(mixed) => {
            for item in &mixed.items {
                collect_text(&item.body, parts);
            }
        }
        MessageBody::Image(_)
        | MessageBody::Voice(_)
        | MessageBody::Video(_)
        | MessageBody::Emotion(_)
        | MessageBody::Revoke(_)
        | MessageBody::Agree(_)
        | MessageBody::Disagree(_)
        | MessageBody::Switch(_)
        | MessageBody::Unknown { .. } => {}
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use crate::message::Message;

    fn text_of(msgtype: &str, body_key: &str, body: &str) -> String {
        let line = format!(
            r#"{{"msgid":"m","action":"send","from":"u","tolist":["v"],"roomid":"","msgtime":1,"msgtype":"{msgtype}","{body_key}":{body}}}"#
        );
        Message::parse_json(&line).unwrap().searchable_text()
    }

    #[test]
    fn text_types_contribute_their_words() {
        assert_eq!(text_of("text", "text", r#"{"content":"你好"}"#), "你好");
        assert_eq!(
            text_of("markdown", "info", r#"{"content":"**通知**"}"#),
            "**通知**"
        );
        assert_eq!(
            text_of("todo", "todo", r#"{"title":"回访","content":"周五前"}"#),
            "回访\n周五前"
        );
        assert_eq!(
            text_of(
                "vote",
                "vote",
                r#"{"votetitle":"午饭","voteitem":["面","饭"],"votetype":101}"#
            ),
            "午饭\n面\n饭"
        );
        assert_eq!(
            text_of(
                "collect",
                "collect",
                r#"{"title":"报名","details":[{"id":1,"ques":"姓名","type":"Text"}]}"#
            ),
            "报名\n姓名"
        );
        assert_eq!(
            text_of(
                "meeting",
                "meeting",
                r#"{"topic":"路演","address":"上海","remarks":"带材料","starttime":1}"#
            ),
            "路演\n上海\n带材料"
        );
        assert_eq!(
            text_of(
                "docmsg",
                "doc",
                r#"{"title":"产品说明书","link_url":"https://x","doc_creator":"u"}"#
            ),
            "产品说明书"
        );
        assert_eq!(
            text_of(
                "news",
                "info",
                r#"{"item":[{"title":"周报","description":"回顾","url":"u","picurl":"p"}]}"#
            ),
            "周报\n回顾"
        );
        assert_eq!(
            text_of(
                "calendar",
                "calendar",
                r#"{"title":"答谢会","creatorname":"a","attendeename":["b"],"place":"外滩","remarks":"着正装"}"#
            ),
            "答谢会\n外滩\n着正装"
        );
        assert_eq!(
            text_of(
                "sphfeed",
                "sphfeed",
                r#"{"feed_type":4,"sph_name":"财经频道","feed_desc":"解读"}"#
            ),
            "财经频道\n解读"
        );
    }

    #[test]
    fn media_and_bookkeeping_types_have_no_text() {
        assert_eq!(
            text_of(
                "image",
                "image",
                r#"{"md5sum":"abc","filesize":1,"sdkfileid":"x"}"#
            ),
            ""
        );
        assert_eq!(text_of("revoke", "revoke", r#"{"pre_msgid":"m0"}"#), "");
        assert_eq!(
            text_of("agree", "agree", r#"{"userid":"u","agree_time":1}"#),
            ""
        );
        assert_eq!(text_of("brand_new", "brand_new", r#"{"content":"x"}"#), "");
    }

    #[test]
    fn chat_records_are_searched_recursively() {
        let inner = serde_json::json!({
            "title": "内层",
            "item": [{"type": "ChatRecordText", "msgtime": 1, "content": r#"{"content":"内幕消息"}"#, "from_chatroom": true}]
        })
        .to_string();
        let outer = serde_json::json!({
            "title": "群聊的聊天记录",
            "item": [
                {"type": "ChatRecordText", "msgtime": 1, "content": r#"{"content":"先看这个"}"#, "from_chatroom": false},
                {"type": "ChatRecordFile", "msgtime": 2, "content": r#"{"filename":"合同.pdf","filesize":3}"#},
                {"type": "ChatRecordImage", "msgtime": 3, "content": r#"{"md5sum":"x"}"#},
                {"type": "ChatRecordChatRecord", "msgtime": 4, "content": inner},
                {"type": "ChatRecordMixed", "msgtime": 5, "content": r#"{"item":[{"type":"text","content":"{\"content\":\"混合\"}"}]}"#}
            ]
        })
        .to_string();
        assert_eq!(
            text_of("chatrecord", "chatrecord", &outer),
            "群聊的聊天记录\n先看这个\n合同.pdf\n内层\n内幕消息\n混合"
        );
    }
}
