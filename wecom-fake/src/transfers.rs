//! What the fake remembers of customer transfers (分配客户) and departed members: not part of
//! a fixture, it starts empty.

use std::collections::BTreeMap;

use serde::Serialize;

#[derive(Default)]
pub struct Transfers {
    pub list: Vec<FakeTransfer>,
    /// Members who left, by userid: when (unix seconds). `get_unassigned_list` lists their
    /// customers.
    pub departed: BTreeMap<String, i64>,
}

/// One customer's transfer: `status` 2 (waiting) until `/fake/transfers/complete` decides it.
#[derive(Debug, Clone, Serialize)]
pub struct FakeTransfer {
    /// `online` or `resigned`.
    pub mode: &'static str,
    pub handover_userid: String,
    pub takeover_userid: String,
    pub external_userid: String,
    pub status: i32,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub takeover_time: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_success_msg: Option<String>,
}

/// Result status 2: waiting for the customer (WeCom's 24 hours).
pub const WAITING: i32 = 2;
/// Result status 1: taken over.
pub const DONE: i32 = 1;
