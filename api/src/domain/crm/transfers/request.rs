//! `customerTransfer`: every problem of the input found before anything is stored or sent,
//! then one WeCom call for the whole batch and one `transfer` row per customer.

use std::collections::HashSet;

use entity::transfer::{self, TransferKind, TransferStatus};
use entity::{customer, customer_follow, staff};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use wecom::api::transfer::{
    MAX_TRANSFER_CUSTOMERS, MAX_TRANSFER_MESSAGE_CHARS, TransferMode, TransferRequest,
};

use super::poll::mode_of;
use crate::domain::Authorized;
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// What the caller asks for. Ids that did not decode are `None` (their problems are among
/// the caller's `id_problems`).
#[derive(Debug, Clone)]
pub struct TransferDraft {
    pub customer_ids: Vec<Option<i64>>,
    pub from_staff_id: Option<i64>,
    pub to_staff_id: Option<i64>,
    pub message: Option<String>,
}

const CUSTOMERS: &str = "customerIds";

fn at(field: &str) -> [&str; 2] {
    ["input", field]
}

/// Why WeCom refused one customer, for people to read.
pub(crate) fn refusal_text(kind: TransferKind, errcode: i64) -> String {
    let why = match errcode {
        wecom::errcode::INVALID_EXTERNAL_USERID => "WeCom does not know this customer",
        // For 离职继承 WeCom gives the same code while the member has not left WeCom yet.
        wecom::errcode::TRANSFER_TOO_FREQUENT if kind == TransferKind::Resigned => {
            "WeCom refused: the member has not left WeCom yet, or the customer was transferred too recently"
        }
        wecom::errcode::TRANSFER_TOO_FREQUENT => {
            "WeCom refused: the customer was transferred too recently or a transfer is under way"
        }
        wecom::errcode::NOT_EXTERNAL_CONTACT => {
            "WeCom refused: the customer is not the handover member's contact"
        }
        _ => "WeCom refused the transfer of this customer",
    };
    format!("{why} (errcode {errcode})")
}

/// The checked members: who hands over, who takes over, and their WeCom userids.
struct Members {
    from: staff::Model,
    from_userid: String,
    to: staff::Model,
    to_userid: String,
}

/// Hands the customers over through WeCom; all of the input is checked first, and one bad
/// customer refuses the whole batch (nothing stored, nothing sent).
pub async fn transfer_customers(
    auth: &Authorized,
    draft: TransferDraft,
    id_problems: Vec<FieldError>,
) -> ApiResult<Vec<transfer::Model>> {
    auth.require(Action::Create, Resource::Transfer)?;
    let mut problems = Problems::default();
    for problem in id_problems {
        problems.push(problem);
    }
    if draft.customer_ids.is_empty() || draft.customer_ids.len() > MAX_TRANSFER_CUSTOMERS {
        problems.push(FieldError::new(
            &at(CUSTOMERS),
            ErrorCode::BadUserInput,
            format!(
                "a transfer takes 1 to {MAX_TRANSFER_CUSTOMERS} customers, got {}",
                draft.customer_ids.len()
            ),
        ));
    }
    let message = draft
        .message
        .map(|message| message.trim().to_string())
        .filter(|message| !message.is_empty());
    if let Some(message) = &message
        && message.chars().count() > MAX_TRANSFER_MESSAGE_CHARS
    {
        problems.push(FieldError::new(
            &at("message"),
            ErrorCode::BadUserInput,
            format!(
                "the message to the customer is at most {MAX_TRANSFER_MESSAGE_CHARS} characters"
            ),
        ));
    }
    let members =
        check_members(auth, draft.from_staff_id, draft.to_staff_id, &mut problems).await?;
    let customers = match &members {
        Some(members) if draft.customer_ids.len() <= MAX_TRANSFER_CUSTOMERS => {
            check_customers(auth, &draft.customer_ids, members.from.id, &mut problems).await?
        }
        _ => Vec::new(),
    };
    problems.into_result()?;
    let Some(members) = members else {
        return Err(ApiError::Internal("checked members went missing".into()));
    };
    let kind = if members.from.active {
        TransferKind::Online
    } else {
        TransferKind::Resigned
    };
    // A resigned transfer tells the customer nothing (WeCom has no message for it).
    let message = match kind {
        TransferKind::Online => message,
        TransferKind::Resigned => None,
    };
    let credentials =
        crate::domain::wecom::sync::credentials(&auth.store, auth.tenant_id()).await?;
    let request = TransferRequest {
        handover_userid: members.from_userid.clone(),
        takeover_userid: members.to_userid.clone(),
        external_userid: customers
            .iter()
            .map(|row| row.external_userid.clone())
            .collect(),
        transfer_success_msg: message.clone(),
    };
    let mode: TransferMode = mode_of(kind);
    let answers = auth
        .store
        .wecom
        .transfer_customers(&credentials, mode, &request)
        .await?;
    let now = auth.store.now();
    let transaction = entity::begin_write(auth.db()).await?;
    let mut stored = Vec::with_capacity(customers.len());
    for row in &customers {
        // A customer WeCom did not answer for was not taken on either.
        let errcode = answers
            .iter()
            .find(|answer| answer.external_userid == row.external_userid)
            .map_or(-1, |answer| answer.errcode);
        let (status, error, wecom_status) = match errcode {
            0 => (TransferStatus::Pending, None, None),
            -1 => (
                TransferStatus::Failed,
                Some("WeCom did not answer for this customer".to_string()),
                None,
            ),
            code => (
                TransferStatus::Failed,
                Some(refusal_text(kind, code)),
                i32::try_from(code).ok(),
            ),
        };
        let finished_at = status.is_final().then_some(now);
        let inserted = transfer::ActiveModel {
            tenant_id: Set(auth.tenant_id()),
            customer_id: Set(row.id),
            from_staff_id: Set(members.from.id),
            to_staff_id: Set(members.to.id),
            kind: Set(kind),
            status: Set(status),
            wecom_status: Set(wecom_status),
            error: Set(error),
            message: Set(message.clone()),
            requested_by: Set(auth.actor().staff_id),
            requested_at: Set(now),
            taken_over_at: Set(None),
            checked_at: Set(None),
            finished_at: Set(finished_at),
            ..Default::default()
        }
        .insert(&transaction)
        .await?;
        stored.push(inserted);
    }
    transaction.commit().await?;
    tracing::info!(
        tenant = auth.tenant_id(),
        kind = ?kind,
        customers = stored.len(),
        accepted = stored.iter().filter(|row| row.status == TransferStatus::Pending).count(),
        "transfer: handed to WeCom"
    );
    Ok(stored)
}

/// The handover member (in the caller's reach, with a WeCom account, active or not) and the
/// takeover member (the same, active, someone else); their problems at their fields.
async fn check_members(
    auth: &Authorized,
    from_id: Option<i64>,
    to_id: Option<i64>,
    problems: &mut Problems,
) -> ApiResult<Option<Members>> {
    let scope = auth.staff_scope().await?;
    let find = |id: i64| {
        staff::Entity::find_by_id(id)
            .filter(scope.clone())
            .one(auth.db())
    };
    let from = match from_id {
        Some(id) => find(id).await?,
        None => None,
    };
    let to = match to_id {
        Some(id) => find(id).await?,
        None => None,
    };
    let from_userid = userid_of(from.as_ref(), from_id, "fromStaffId", "handover", problems);
    let to_userid = match &to {
        Some(member) if !member.active => {
            problems.push(FieldError::new(
                &at("toStaffId"),
                ErrorCode::BadUserInput,
                "the takeover member is deactivated: customers go to an active member",
            ));
            None
        }
        Some(member) if from.as_ref().is_some_and(|from| from.id == member.id) => {
            problems.push(FieldError::new(
                &at("toStaffId"),
                ErrorCode::BadUserInput,
                "the takeover member is the handover member",
            ));
            None
        }
        _ => userid_of(to.as_ref(), to_id, "toStaffId", "takeover", problems),
    };
    match (from, from_userid, to, to_userid) {
        (Some(from), Some(from_userid), Some(to), Some(to_userid)) => Ok(Some(Members {
            from,
            from_userid,
            to,
            to_userid,
        })),
        _ => Ok(None),
    }
}

/// The WeCom userid of a member the input named at `field` (`side`: handover or takeover), or
/// why there is none: not among the staff the caller covers, or without a WeCom account.
fn userid_of(
    member: Option<&staff::Model>,
    requested: Option<i64>,
    field: &str,
    side: &str,
    problems: &mut Problems,
) -> Option<String> {
    let Some(member) = member else {
        if requested.is_some() {
            problems.push(FieldError::new(
                &at(field),
                ErrorCode::NotFound,
                format!("{side} member not found among the staff you cover"),
            ));
        }
        return None;
    };
    let userid = wecom_userid(member);
    if userid.is_none() {
        problems.push(FieldError::new(
            &at(field),
            ErrorCode::BadUserInput,
            format!("the {side} member has no WeCom account (wecomUserid)"),
        ));
    }
    userid
}

fn wecom_userid(member: &staff::Model) -> Option<String> {
    member
        .wecom_userid
        .clone()
        .filter(|userid| !userid.trim().is_empty())
}

/// Each customer: covered by the caller, followed (now) by the handover member, named once,
/// and not in an unfinished transfer already. Problems at `input.customerIds.<index>`.
async fn check_customers(
    auth: &Authorized,
    ids: &[Option<i64>],
    from_staff_id: i64,
    problems: &mut Problems,
) -> ApiResult<Vec<customer::Model>> {
    let wanted: Vec<i64> = ids.iter().flatten().copied().collect();
    let visible = customer::Entity::find()
        .filter(auth.customer_scope().await?)
        .filter(customer::Column::Id.is_in(wanted.clone()))
        .all(auth.db())
        .await?;
    let followed: HashSet<i64> = customer_follow::Entity::find()
        .filter(customer_follow::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer_follow::Column::StaffId.eq(from_staff_id))
        .filter(customer_follow::Column::LostAt.is_null())
        .filter(customer_follow::Column::CustomerId.is_in(wanted.clone()))
        .all(auth.db())
        .await?
        .into_iter()
        .map(|follow| follow.customer_id)
        .collect();
    let busy: HashSet<i64> = transfer::Entity::find()
        .filter(transfer::Column::TenantId.eq(auth.tenant_id()))
        .filter(transfer::Column::CustomerId.is_in(wanted))
        .filter(transfer::Column::Status.is_in([TransferStatus::Pending, TransferStatus::Waiting]))
        .all(auth.db())
        .await?
        .into_iter()
        .map(|row| row.customer_id)
        .collect();
    let mut seen = HashSet::new();
    let mut checked = Vec::new();
    for (index, id) in ids.iter().enumerate() {
        let Some(id) = id else { continue };
        let position = index.to_string();
        let field = ["input", CUSTOMERS, position.as_str()];
        let Some(row) = visible.iter().find(|row| row.id == *id) else {
            problems.push(FieldError::new(
                &field,
                ErrorCode::NotFound,
                "customer not found",
            ));
            continue;
        };
        if !seen.insert(*id) {
            problems.push(FieldError::new(
                &field,
                ErrorCode::BadUserInput,
                "this customer is named twice",
            ));
        } else if !followed.contains(id) {
            problems.push(FieldError::new(
                &field,
                ErrorCode::BadUserInput,
                "the handover member does not follow this customer",
            ));
        } else if busy.contains(id) {
            problems.push(FieldError::new(
                &field,
                ErrorCode::Conflict,
                "a transfer of this customer is already waiting for WeCom's result",
            ));
        } else {
            checked.push(row.clone());
        }
    }
    Ok(checked)
}
