//! Why a line is not an archive message, in words a CLI can print next to a line number.

/// A reason a line could not be read as a WeCom archive message.
///
/// The text names fields and positions only, never values: lines are customer conversations and
/// these errors end up in logs.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MessageParseError {
    #[error("invalid JSON at {}: {reason}", json_position(*line, *column))]
    InvalidJson {
        line: usize,
        column: usize,
        /// serde_json's syntax complaint ("expected value", "EOF while parsing a string", …).
        reason: String,
    },
    #[error("expected a JSON object, found {found}")]
    NotAnObject { found: &'static str },
    #[error("missing field {field}")]
    MissingField { field: &'static str },
    #[error("field {field} is empty")]
    EmptyField { field: &'static str },
    #[error("field {field} must be {expected}")]
    WrongType {
        field: &'static str,
        expected: &'static str,
    },
    #[error("msgtype is {msgtype} but there is no {body_key} body")]
    MissingBody {
        msgtype: &'static str,
        body_key: &'static str,
    },
}

/// Lines are single-line JSON, so the column alone is the useful position; pretty-printed input
/// (tests, hand-written fixtures) also gets the line.
fn json_position(line: usize, column: usize) -> String {
    if line <= 1 {
        format!("column {column}")
    } else {
        format!("line {line} column {column}")
    }
}

impl MessageParseError {
    /// Converts a serde_json error without its "at line … column …" tail, which we format ourselves.
    ///
    /// We parse into `serde_json::Value`, which accepts every well-formed document, so only
    /// syntax and end-of-input errors reach here; their texts are fixed phrases that never quote
    /// the input. Anything else is reported generically, just in case it would quote a value.
    pub(super) fn from_json_error(error: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let reason = match error.classify() {
            Category::Syntax | Category::Eof => {
                let full = error.to_string();
                match full.rfind(" at line ") {
                    Some(end) => full[..end].to_owned(),
                    None => full,
                }
            }
            Category::Data | Category::Io => "unreadable value".to_owned(),
        };
        MessageParseError::InvalidJson {
            line: error.line(),
            column: error.column(),
            reason,
        }
    }
}
