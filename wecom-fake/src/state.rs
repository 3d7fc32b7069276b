//! The fake's memory: the fixture as WeCom would change it, issued tokens, queued faults, and a
//! record of calls that tests read back.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::engagement::Engagement;
use crate::fixture::{AppKind, Fixture};

/// Errors queued for the next calls of a path (`"*"`: any path but `gettoken`).
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Fault {
    pub path: String,
    pub errcode: i64,
    /// How many calls get it.
    #[serde(default = "one")]
    pub times: u32,
    /// Wait this long before answering (to provoke client timeouts).
    #[serde(default)]
    pub delay_ms: u64,
}

fn one() -> u32 {
    1
}

/// A call to the mutating endpoints, for tests to check what scrm told WeCom.
#[derive(Debug, Clone, Serialize)]
pub struct RecordedCall {
    pub path: String,
    pub body: Value,
}

pub struct FakeState {
    pub fixture: Fixture,
    tokens: HashMap<String, IssuedToken>,
    faults: VecDeque<Fault>,
    /// Calls answered per path (faults included), for tests.
    pub calls: BTreeMap<String, u64>,
    pub recorded: Vec<RecordedCall>,
    /// Welcome codes and messages, media, mass messages, group welcome templates.
    pub engagement: Engagement,
    /// Customer transfers and departed members.
    pub transfers: crate::transfers::Transfers,
    next_id: u64,
}

struct IssuedToken {
    app: AppKind,
    expires_at: Instant,
}

/// Why a token was refused, as WeCom's errcode.
pub enum TokenProblem {
    /// 41001 access_token missing.
    Missing,
    /// 40014 invalid access_token.
    Invalid,
    /// 42001 access_token expired.
    Expired,
    /// 48002 api forbidden: the token's app may not call this.
    Forbidden,
}

impl TokenProblem {
    pub fn errcode(&self) -> (i64, &'static str) {
        match self {
            TokenProblem::Missing => (41001, "access_token missing"),
            TokenProblem::Invalid => (40014, "invalid access_token"),
            TokenProblem::Expired => (42001, "access_token expired"),
            TokenProblem::Forbidden => (48002, "api forbidden"),
        }
    }
}

impl FakeState {
    pub fn new(fixture: Fixture) -> Self {
        FakeState {
            fixture,
            tokens: HashMap::new(),
            faults: VecDeque::new(),
            calls: BTreeMap::new(),
            recorded: Vec::new(),
            engagement: Engagement::default(),
            transfers: Default::default(),
            next_id: 1,
        }
    }

    /// A token for the app whose secret this is.
    pub fn issue_token(&mut self, corp_id: &str, secret: &str) -> Option<(String, u64)> {
        if corp_id != self.fixture.corp_id {
            return None;
        }
        let app = self
            .fixture
            .apps
            .iter()
            .find(|app| app.secret == secret)?
            .kind;
        let token = format!("fake-token-{}", hex::encode(rand::random::<[u8; 12]>()));
        let ttl = self.fixture.token_ttl_seconds;
        self.tokens.insert(
            token.clone(),
            IssuedToken {
                app,
                expires_at: Instant::now() + Duration::from_secs(ttl),
            },
        );
        Some((token, ttl))
    }

    pub fn check_token(&self, token: Option<&str>, needs: AppKind) -> Result<(), TokenProblem> {
        let Some(token) = token.filter(|token| !token.is_empty()) else {
            return Err(TokenProblem::Missing);
        };
        let Some(issued) = self.tokens.get(token) else {
            return Err(TokenProblem::Invalid);
        };
        if Instant::now() >= issued.expires_at {
            return Err(TokenProblem::Expired);
        }
        if issued.app != needs {
            return Err(TokenProblem::Forbidden);
        }
        Ok(())
    }

    /// Every token issued so far expires now.
    pub fn expire_tokens(&mut self) {
        let now = Instant::now();
        for token in self.tokens.values_mut() {
            token.expires_at = now;
        }
    }

    pub fn push_fault(&mut self, fault: Fault) {
        if fault.times > 0 {
            self.faults.push_back(fault);
        }
    }

    /// The fault due for this call of `path`, if any, counting it down.
    pub fn take_fault(&mut self, path: &str) -> Option<Fault> {
        let index = self.faults.iter().position(|fault| {
            fault.path == path || (fault.path == "*" && !path.ends_with("/gettoken"))
        })?;
        let fault = self.faults.get_mut(index)?;
        let due = fault.clone();
        fault.times -= 1;
        if fault.times == 0 {
            self.faults.remove(index);
        }
        Some(due)
    }

    pub fn count_call(&mut self, path: &str) {
        *self.calls.entry(path.to_owned()).or_default() += 1;
    }

    pub fn record(&mut self, path: &str, body: Value) {
        self.recorded.push(RecordedCall {
            path: path.to_owned(),
            body,
        });
    }

    /// A fresh id for things WeCom creates (tags, groups).
    pub fn next_id(&mut self, prefix: &str) -> String {
        let id = format!("{prefix}{:06}", self.next_id);
        self.next_id += 1;
        id
    }
}
