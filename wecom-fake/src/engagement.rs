//! What the fake remembers of welcome codes, welcome messages, uploaded media, mass messages and
//! group welcome templates: not part of a fixture, it starts empty.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use serde::Serialize;
use serde_json::Value;

/// WeCom's welcome codes are good for 20 seconds.
pub const WELCOME_CODE_TTL: Duration = Duration::from_secs(20);
/// Temporary media live 3 days.
pub const MEDIA_TTL: Duration = Duration::from_secs(3 * 24 * 3600);

#[derive(Default)]
pub struct Engagement {
    pub welcome_codes: HashMap<String, WelcomeCode>,
    pub welcome_messages: Vec<SentWelcome>,
    pub media: BTreeMap<String, Media>,
    pub group_msgs: Vec<GroupMsg>,
    /// By `template_id`: the template as added (`text`, `image`, … in WeCom's shapes).
    pub group_welcome_templates: BTreeMap<String, Value>,
}

pub struct WelcomeCode {
    pub userid: String,
    pub external_userid: String,
    pub expires_at: Instant,
    pub used: bool,
}

/// A welcome message WeCom accepted.
#[derive(Debug, Clone, Serialize)]
pub struct SentWelcome {
    pub welcome_code: String,
    pub userid: String,
    pub external_userid: String,
    pub text: Option<Value>,
    pub attachments: Vec<Value>,
    pub sent_at: i64,
}

pub struct Media {
    pub media_type: String,
    pub filename: String,
    pub content_type: String,
    pub bytes: Vec<u8>,
    pub created_at: i64,
    pub expires_at: Instant,
}

impl Media {
    pub fn is_live(&self) -> bool {
        Instant::now() < self.expires_at
    }
}

/// A mass message (`add_msg_template`) and its tasks.
#[derive(Debug, Clone, Serialize)]
pub struct GroupMsg {
    pub msgid: String,
    pub chat_type: String,
    pub sender: Option<String>,
    /// As asked.
    pub external_userid: Vec<String>,
    pub fail_list: Vec<String>,
    pub text: Option<Value>,
    pub attachments: Vec<Value>,
    pub create_time: i64,
    pub tasks: Vec<GroupMsgTask>,
}

/// One sending member's task: status 0 unsent, 2 sent.
#[derive(Debug, Clone, Serialize)]
pub struct GroupMsgTask {
    pub userid: String,
    pub status: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_time: Option<i64>,
    pub send_list: Vec<Recipient>,
}

/// One customer of a task: status 0 unsent, 1 sent, 2 not a friend, 3 over the limit.
#[derive(Debug, Clone, Serialize)]
pub struct Recipient {
    pub external_userid: String,
    pub status: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub send_time: Option<i64>,
}

/// Unix seconds now.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or_default()
}

/// An opaque id: `prefix` and 32 random hex digits.
pub fn random_id(prefix: &str) -> String {
    format!("{prefix}{}", hex::encode(rand::random::<[u8; 16]>()))
}
