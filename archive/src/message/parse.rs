//! `Message::parse_json`: the envelope, strictly; the body, by msgtype.

use serde_json::{Map, Value};

use super::fields::{Fields, integer_i64, integer_u64};
use super::parse_body::{known_type, parse_known_body};
use super::{Action, Message, MessageBody, MessageParseError, SwitchBody};

impl Message {
    /// Reads one decrypted WeCom archive message (one JSON object, as in the JSONL export).
    ///
    /// Strict on what the archive relies on: `msgid` (non-empty), `action`, and for ordinary
    /// messages `msgtype`, `from` and `msgtime`; for switch records `user` and `time`. Lenient
    /// with everything else: extra fields are ignored, optional ones default, and an unknown
    /// msgtype becomes `MessageBody::Unknown` holding the whole object.
    pub fn parse_json(line: &str) -> Result<Message, MessageParseError> {
        let value: Value = serde_json::from_str(line)
            .map_err(|error| MessageParseError::from_json_error(&error))?;
        let Value::Object(object) = value else {
            return Err(MessageParseError::NotAnObject {
                found: json_kind(&value),
            });
        };
        Message::from_object(object)
    }

    /// Like `parse_json`, for an object already parsed.
    pub fn from_object(object: Map<String, Value>) -> Result<Message, MessageParseError> {
        let msgid = required_string(&object, "msgid")?;
        if msgid.is_empty() {
            return Err(MessageParseError::EmptyField { field: "msgid" });
        }
        let action = Action::from(required_string(&object, "action")?.as_str());
        let seq = optional_seq(&object)?;
        if action == Action::Switch {
            return switch_record(&object, msgid, seq);
        }

        let msgtype = required_string(&object, "msgtype")?;
        if msgtype.is_empty() {
            return Err(MessageParseError::EmptyField { field: "msgtype" });
        }
        let from = required_string(&object, "from")?;
        let tolist = tolist(&object)?;
        let roomid = roomid(&object)?;
        let msgtime = required_integer(&object, "msgtime")?;

        let body = match known_type(&msgtype) {
            Some(known) => {
                let body_value = object
                    .get(known.body_key)
                    // Tolerate a body filed under the msgtype itself (`"markdown": {…}`).
                    .or_else(|| object.get(known.msgtype))
                    .filter(|body| !body.is_null())
                    .ok_or(MessageParseError::MissingBody {
                        msgtype: known.msgtype,
                        body_key: known.body_key,
                    })?;
                let Value::Object(body_object) = body_value else {
                    return Err(MessageParseError::WrongType {
                        field: known.body_key,
                        expected: "an object",
                    });
                };
                parse_known_body(known, Fields::new(body_object), 0)?
            }
            None => MessageBody::Unknown {
                msgtype: msgtype.clone(),
                raw: Value::Object(object),
            },
        };

        Ok(Message {
            msgid,
            action,
            from,
            tolist,
            roomid,
            msgtime,
            seq,
            msgtype: Some(msgtype),
            body,
        })
    }
}

/// `{"msgid", "action":"switch", "time", "user"}`: no msgtype, no recipients.
fn switch_record(
    object: &Map<String, Value>,
    msgid: String,
    seq: Option<u64>,
) -> Result<Message, MessageParseError> {
    let user = required_string(object, "user")?;
    let time = match object.get("time") {
        Some(_) => required_integer(object, "time")?,
        None => required_integer(object, "msgtime").map_err(|error| match error {
            MessageParseError::MissingField { .. } => {
                MessageParseError::MissingField { field: "time" }
            }
            other => other,
        })?,
    };
    Ok(Message {
        msgid,
        action: Action::Switch,
        from: user.clone(),
        tolist: Vec::new(),
        roomid: None,
        msgtime: time,
        seq,
        msgtype: None,
        body: MessageBody::Switch(SwitchBody { user, time }),
    })
}

fn required_string(
    object: &Map<String, Value>,
    field: &'static str,
) -> Result<String, MessageParseError> {
    match object.get(field) {
        None | Some(Value::Null) => Err(MessageParseError::MissingField { field }),
        Some(Value::String(text)) => Ok(text.clone()),
        Some(_) => Err(MessageParseError::WrongType {
            field,
            expected: "a string",
        }),
    }
}

/// Numbers, or decimal strings (some relays quote them).
fn required_integer(
    object: &Map<String, Value>,
    field: &'static str,
) -> Result<i64, MessageParseError> {
    let value = match object.get(field) {
        None | Some(Value::Null) => return Err(MessageParseError::MissingField { field }),
        Some(value) => value,
    };
    integer_i64(value).ok_or(MessageParseError::WrongType {
        field,
        expected: "an integer",
    })
}

fn optional_seq(object: &Map<String, Value>) -> Result<Option<u64>, MessageParseError> {
    let Some(value) = object.get("seq").filter(|value| !value.is_null()) else {
        return Ok(None);
    };
    integer_u64(value)
        .map(Some)
        .ok_or(MessageParseError::WrongType {
            field: "seq",
            expected: "a non-negative integer",
        })
}

/// An array of strings; a lone string is one recipient; missing means none.
fn tolist(object: &Map<String, Value>) -> Result<Vec<String>, MessageParseError> {
    let wrong_type = MessageParseError::WrongType {
        field: "tolist",
        expected: "an array of strings",
    };
    match object.get("tolist") {
        None | Some(Value::Null) => Ok(Vec::new()),
        Some(Value::String(recipient)) => Ok(vec![recipient.clone()]),
        Some(Value::Array(recipients)) => recipients
            .iter()
            .map(|recipient| {
                recipient
                    .as_str()
                    .map(str::to_owned)
                    .ok_or(wrong_type.clone())
            })
            .collect(),
        Some(_) => Err(wrong_type),
    }
}

fn roomid(object: &Map<String, Value>) -> Result<Option<String>, MessageParseError> {
    match object.get("roomid") {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(room)) if room.is_empty() => Ok(None),
        Some(Value::String(room)) => Ok(Some(room.clone())),
        Some(_) => Err(MessageParseError::WrongType {
            field: "roomid",
            expected: "a string",
        }),
    }
}

fn json_kind(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn reason(line: &str) -> String {
        Message::parse_json(line).unwrap_err().to_string()
    }

    #[test]
    fn malformed_lines_get_short_reasons_without_content() {
        assert_eq!(
            reason(r#"{"msgid": "a", "action": "send", "msgtype": "text" "#),
            "invalid JSON at column 51: EOF while parsing an object"
        );
        assert_eq!(
            reason(r#"{"msgid": "a", secret}"#),
            "invalid JSON at column 16: key must be a string"
        );
        assert_eq!(reason("[1, 2]"), "expected a JSON object, found an array");
        assert_eq!(reason(r#"{"action": "send"}"#), "missing field msgid");
        assert_eq!(
            reason(r#"{"msgid": "", "action": "send"}"#),
            "field msgid is empty"
        );
        assert_eq!(
            reason(r#"{"msgid": 7, "action": "send"}"#),
            "field msgid must be a string"
        );
        assert_eq!(reason(r#"{"msgid": "a"}"#), "missing field action");
        assert_eq!(
            reason(r#"{"msgid": "a", "action": "send", "from": "u", "msgtime": 1}"#),
            "missing field msgtype"
        );
    }

    #[test]
    fn bodies_are_checked_against_their_msgtype() {
        let envelope = r#""msgid": "a", "action": "send", "from": "u", "tolist": ["v"], "roomid": "", "msgtime": 1"#;
        assert_eq!(
            reason(&format!(r#"{{{envelope}, "msgtype": "text"}}"#)),
            "msgtype is text but there is no text body"
        );
        assert_eq!(
            reason(&format!(r#"{{{envelope}, "msgtype": "docmsg"}}"#)),
            "msgtype is docmsg but there is no doc body"
        );
        assert_eq!(
            reason(&format!(
                r#"{{{envelope}, "msgtype": "text", "text": {{}}}}"#
            )),
            "missing field text.content"
        );
        assert_eq!(
            reason(&format!(
                r#"{{{envelope}, "msgtype": "text", "text": "hi"}}"#
            )),
            "field text must be an object"
        );
        assert_eq!(
            reason(&format!(
                r#"{{{envelope}, "msgtype": "revoke", "revoke": {{"pre_msgid": 5}}}}"#
            )),
            "field revoke.pre_msgid must be a string"
        );
    }

    #[test]
    fn envelope_field_types_are_checked() {
        let base = r#""msgid": "a", "action": "send", "msgtype": "text", "text": {"content": "x"}, "from": "u""#;
        assert_eq!(
            reason(&format!(r#"{{{base}, "msgtime": "soon"}}"#)),
            "field msgtime must be an integer"
        );
        assert_eq!(
            reason(&format!(r#"{{{base}, "msgtime": 1, "seq": -3}}"#)),
            "field seq must be a non-negative integer"
        );
        assert_eq!(
            reason(&format!(r#"{{{base}, "msgtime": 1, "tolist": [1]}}"#)),
            "field tolist must be an array of strings"
        );
        assert_eq!(reason(&format!("{{{base}}}")), "missing field msgtime");
    }

    #[test]
    fn errors_never_quote_values() {
        let secret = "保本保收益";
        let lines = [
            format!(
                r#"{{"msgid": "a", "action": "send", "msgtype": "text", "text": {{"content": "{secret}"}}, "from": "u", "msgtime": "{secret}"}}"#
            ),
            format!(
                r#"{{"msgid": "a", "action": "{secret}", "msgtype": "text", "text": {{"content": 1}}, "from": "u", "msgtime": 1}}"#
            ),
            format!(
                r#"{{"msgid": "{secret}", "action": "send", "msgtype": "text", "text": {{"content": "{secret}"#
            ),
            format!(r#"{{"msgid": "{secret}" "{secret}"}}"#),
        ];
        for line in lines {
            let text = reason(&line);
            assert!(!text.contains(secret), "{text}");
        }
    }

    #[test]
    fn relays_that_quote_numbers_and_flatten_tolist_are_accepted() {
        let message = Message::parse_json(
            r#"{"msgid":"m","action":"send","from":"u","tolist":"v","roomid":null,"msgtime":"1691386666454","seq":"25825","msgtype":"file","file":{"filename":"a.xls","filesize":"32768"},"image":null}"#,
        )
        .unwrap();
        assert_eq!(message.msgtime, 1_691_386_666_454);
        assert_eq!(message.seq, Some(25825));
        assert_eq!(message.tolist, vec!["v"]);
        let MessageBody::File(file) = &message.body else {
            panic!("not a file: {:?}", message.body);
        };
        assert_eq!(file.file_size, Some(32768));
    }

    #[test]
    fn switch_records_have_no_msgtype() {
        let message = Message::parse_json(
            r#"{"msgid": "s", "action": "switch", "time": 1735699490835, "user": "zhaolei026", "seq": 232}"#,
        )
        .unwrap();
        assert_eq!(message.action, Action::Switch);
        assert_eq!(message.msgtype, None);
        assert_eq!(message.from, "zhaolei026");
        assert_eq!(message.msgtime, 1_735_699_490_835);
        assert_eq!(
            message.body,
            MessageBody::Switch(SwitchBody {
                user: "zhaolei026".to_owned(),
                time: 1_735_699_490_835
            })
        );
        assert_eq!(
            reason(r#"{"msgid": "s", "action": "switch", "user": "u"}"#),
            "missing field time"
        );
    }

    #[test]
    fn markdown_and_news_bodies_sit_under_info() {
        let markdown = Message::parse_json(
            r#"{"msgid":"m","action":"send","from":"u","tolist":[],"msgtime":1,"msgtype":"markdown","info":{"content":"**注意**"}}"#,
        )
        .unwrap();
        assert_eq!(
            markdown.body,
            MessageBody::Markdown(crate::message::MarkdownBody {
                content: "**注意**".to_owned()
            })
        );
        let legacy_key = Message::parse_json(
            r#"{"msgid":"m","action":"send","from":"u","msgtime":1,"msgtype":"markdown","markdown":{"content":"x"}}"#,
        )
        .unwrap();
        assert_eq!(legacy_key.body.msgtype(), "markdown");
    }
}
