//! Handing customers from one member to another (分配客户): `externalcontact/transfer_customer`
//! while the handover member is still employed (在职转接), `resigned/transfer_customer` once
//! they left (离职继承), the per-customer results (`transfer_result`, `resigned/transfer_result`)
//! and `get_unassigned_list`, the customers of departed members not handed over yet.

use serde::{Deserialize, Serialize};

use crate::{Credentials, WecomClient, WecomError};

/// A transfer takes at most 100 customers.
pub const MAX_TRANSFER_CUSTOMERS: usize = 100;
/// `transfer_success_msg` is at most 200 characters.
pub const MAX_TRANSFER_MESSAGE_CHARS: usize = 200;
/// `get_unassigned_list` pages hold at most 1,000.
pub const MAX_UNASSIGNED_PAGE: u32 = 1000;

/// Result `status` 1: 接替完毕, the takeover member has the customer.
pub const RESULT_DONE: i32 = 1;
/// 2: 等待接替, the customer has not been taken over yet (WeCom waits 24 hours).
pub const RESULT_WAITING: i32 = 2;
/// 3: 客户拒绝, the customer refused.
pub const RESULT_REFUSED: i32 = 3;
/// 4: 接替成员客户达到上限, the takeover member has as many customers as WeCom allows.
pub const RESULT_LIMIT: i32 = 4;
/// 5: 无接替记录.
pub const RESULT_NO_RECORD: i32 = 5;

/// Which of the two transfers: the paths differ, the shapes barely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TransferMode {
    /// 在职转接.
    Online,
    /// 离职继承 (no message to the customer).
    Resigned,
}

impl TransferMode {
    fn transfer_path(self) -> &'static str {
        match self {
            TransferMode::Online => "/cgi-bin/externalcontact/transfer_customer",
            TransferMode::Resigned => "/cgi-bin/externalcontact/resigned/transfer_customer",
        }
    }

    fn result_path(self) -> &'static str {
        match self {
            TransferMode::Online => "/cgi-bin/externalcontact/transfer_result",
            TransferMode::Resigned => "/cgi-bin/externalcontact/resigned/transfer_result",
        }
    }
}

/// What a transfer takes.
#[derive(Debug, Clone, Serialize)]
pub struct TransferRequest {
    pub handover_userid: String,
    pub takeover_userid: String,
    /// ≤ [`MAX_TRANSFER_CUSTOMERS`].
    pub external_userid: Vec<String>,
    /// ONLINE only, ≤ [`MAX_TRANSFER_MESSAGE_CHARS`]; WeCom's default text without one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub transfer_success_msg: Option<String>,
}

/// WeCom's answer for one customer: 0 accepted, else why not (40096 invalid external userid,
/// 40097 transferred too often or already under way, 84061 not the handover member's contact).
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct TransferAccepted {
    pub external_userid: String,
    #[serde(default)]
    pub errcode: i64,
}

#[derive(Debug, Clone, Deserialize)]
struct TransferAnswer {
    #[serde(default)]
    customer: Vec<TransferAccepted>,
}

/// Where one customer's transfer is.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct TransferResult {
    pub external_userid: String,
    /// [`RESULT_DONE`] … [`RESULT_NO_RECORD`].
    #[serde(default)]
    pub status: i32,
    /// Unix seconds, once taken over.
    #[serde(default)]
    pub takeover_time: Option<i64>,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct TransferResultPage {
    #[serde(default)]
    pub customer: Vec<TransferResult>,
    #[serde(default)]
    pub next_cursor: String,
}

/// A customer of a departed member, not handed over yet.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct Unassigned {
    pub handover_userid: String,
    pub external_userid: String,
    /// Unix seconds: when the member left.
    #[serde(default)]
    pub dimission_time: i64,
}

#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
pub struct UnassignedPage {
    #[serde(default)]
    pub info: Vec<Unassigned>,
    #[serde(default)]
    pub is_last: bool,
    #[serde(default)]
    pub next_cursor: String,
}

#[derive(Serialize)]
struct ResultQuery<'a> {
    handover_userid: &'a str,
    takeover_userid: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    cursor: &'a str,
}

#[derive(Serialize)]
struct UnassignedQuery<'a> {
    #[serde(skip_serializing_if = "str::is_empty")]
    cursor: &'a str,
    page_size: u32,
}

impl WecomClient {
    /// Hands customers to the takeover member; each customer's answer says whether WeCom took
    /// it on. The resigned transfer carries no message (WeCom has none for it).
    pub async fn transfer_customers(
        &self,
        credentials: &Credentials,
        mode: TransferMode,
        request: &TransferRequest,
    ) -> Result<Vec<TransferAccepted>, WecomError> {
        let answer: TransferAnswer = match mode {
            TransferMode::Online => {
                self.post(credentials, mode.transfer_path(), request)
                    .await?
            }
            TransferMode::Resigned => {
                let request = TransferRequest {
                    transfer_success_msg: None,
                    ..request.clone()
                };
                self.post(credentials, mode.transfer_path(), &request)
                    .await?
            }
        };
        Ok(answer.customer)
    }

    /// One page of the results of the pair's transfers.
    pub async fn transfer_results(
        &self,
        credentials: &Credentials,
        mode: TransferMode,
        handover_userid: &str,
        takeover_userid: &str,
        cursor: &str,
    ) -> Result<TransferResultPage, WecomError> {
        let body = ResultQuery {
            handover_userid,
            takeover_userid,
            cursor,
        };
        self.post(credentials, mode.result_path(), &body).await
    }

    /// One page of departed members' customers not handed over yet.
    pub async fn unassigned_customers(
        &self,
        credentials: &Credentials,
        cursor: &str,
        page_size: u32,
    ) -> Result<UnassignedPage, WecomError> {
        let body = UnassignedQuery {
            cursor,
            page_size: page_size.clamp(1, MAX_UNASSIGNED_PAGE),
        };
        self.post(
            credentials,
            "/cgi-bin/externalcontact/get_unassigned_list",
            &body,
        )
        .await
    }
}
