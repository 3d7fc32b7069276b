//! What a line is: a message, nothing (blank), or a reject with the reason.

use crate::Message;
use crate::store::{IncomingMessage, IncomingReject};

// Matched and moved into its batch at once: boxing the message would cost an allocation per line.
#[allow(clippy::large_enum_variant)]
pub(super) enum Classified {
    Message(IncomingMessage),
    Reject(IncomingReject),
    Blank,
}

/// Classifies line `line_number` (counted from 1), given with or without its line break.
pub(super) fn classify(line_number: u64, bytes: Vec<u8>) -> Classified {
    let mut text = match String::from_utf8(bytes) {
        Ok(text) => text,
        // The whole line as read, break included: the stored reject's digest (which keeps a
        // re-run from storing it twice) has always been taken over exactly that.
        Err(error) => {
            return Classified::Reject(IncomingReject {
                line_number,
                raw: String::from_utf8_lossy(error.as_bytes()).into_owned(),
                reason: "line is not valid UTF-8".to_string(),
            });
        }
    };
    let kept = text.trim_end_matches(['\n', '\r']).len();
    text.truncate(kept);
    if text.trim().is_empty() {
        return Classified::Blank;
    }
    match Message::parse_json(&text) {
        Ok(message) => Classified::Message(IncomingMessage {
            line_number,
            raw: text,
            message,
        }),
        Err(error) => Classified::Reject(IncomingReject {
            line_number,
            raw: text,
            reason: error.to_string(),
        }),
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    const MESSAGE: &str = r#"{"msgid":"m-1","action":"send","from":"zhangsan","tolist":["wmCustomer01"],"roomid":"","msgtime":1735660800000,"seq":1,"msgtype":"text","text":{"content":"你好"}}"#;

    #[test]
    fn a_message_keeps_its_line_without_the_break() {
        let Classified::Message(incoming) = classify(7, format!("{MESSAGE}\r\n").into_bytes())
        else {
            panic!("a message");
        };
        assert_eq!(incoming.line_number, 7);
        assert_eq!(incoming.raw, MESSAGE);
        assert_eq!(incoming.message.msgid, "m-1");
    }

    #[test]
    fn blank_lines_are_skipped() {
        assert!(matches!(
            classify(1, b" \t\r\n".to_vec()),
            Classified::Blank
        ));
        assert!(matches!(classify(1, Vec::new()), Classified::Blank));
    }

    #[test]
    fn invalid_json_is_rejected_with_its_line() {
        let Classified::Reject(reject) = classify(3, b"{not json\n".to_vec()) else {
            panic!("a reject");
        };
        assert_eq!(reject.line_number, 3);
        assert_eq!(reject.raw, "{not json");
        assert!(!reject.reason.is_empty());
    }

    #[test]
    fn invalid_utf8_is_rejected_as_read() {
        let Classified::Reject(reject) = classify(2, b"\xff\xfe{}\n".to_vec()) else {
            panic!("a reject");
        };
        assert_eq!(reject.reason, "line is not valid UTF-8");
        assert_eq!(reject.raw, "\u{fffd}\u{fffd}{}\n");
    }
}
