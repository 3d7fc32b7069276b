//! Legal holds: compliance freezes the archive's messages of a time range that involve any of
//! some staff, customers or rooms (an empty list means any), so that no purge removes them,
//! until the hold is released with a reason. COMPLIANCE creates and releases holds; COMPLIANCE
//! and AUDITOR read them. Every creation and release is an audit entry (`LEGAL_HOLD_CHANGE`),
//! written in the change's transaction. Holds are never deleted.

use chrono::{DateTime, Utc};
use entity::legal_hold::{self, LegalHoldStatus};
use entity::{customer, staff};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};
use serde_json::Value;

use super::audit::{self, Audited};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::{self, Problems};
use crate::domain::{Authorized, now};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Most staff, customers or rooms one hold names (a hold over more is a hold over everyone:
/// leave the list empty).
const MAX_SUBJECTS: usize = 500;
const MAX_REASON_CHARS: usize = 2_000;

pub struct LegalHoldCreate {
    pub name: String,
    pub reason: String,
    pub staff_ids: Vec<i64>,
    pub customer_ids: Vec<i64>,
    pub room_ids: Vec<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// A hold with its lists parsed.
#[derive(Debug, Clone)]
pub struct LegalHold {
    pub row: legal_hold::Model,
    pub staff_ids: Vec<i64>,
    pub customer_ids: Vec<i64>,
    pub room_ids: Vec<String>,
}

impl LegalHold {
    pub(crate) fn parse(row: legal_hold::Model) -> ApiResult<LegalHold> {
        let corrupt = |_| {
            ApiError::Internal(format!(
                "legal hold {} has a malformed subject list",
                row.id
            ))
        };
        Ok(LegalHold {
            staff_ids: serde_json::from_str(&row.staff_ids).map_err(corrupt)?,
            customer_ids: serde_json::from_str(&row.customer_ids).map_err(corrupt)?,
            room_ids: serde_json::from_str(&row.room_ids).map_err(corrupt)?,
            row,
        })
    }
}

/// Places a hold (COMPLIANCE).
pub async fn create(auth: &Authorized, input: LegalHoldCreate) -> ApiResult<LegalHold> {
    auth.require(Action::Create, Resource::LegalHold)?;
    let mut problems = Problems::default();
    let name = problems.check(validate::name(&["input", "name"], &input.name));
    let reason = problems.check(reason(&["input", "reason"], &input.reason));
    if let (Some(from), Some(to)) = (input.from, input.to)
        && from >= to
    {
        problems.push(FieldError::new(
            &["input", "to"],
            ErrorCode::BadUserInput,
            "`to` must be later than `from`",
        ));
    }
    for (field, count) in [
        ("staffIds", input.staff_ids.len()),
        ("customerIds", input.customer_ids.len()),
        ("roomIds", input.room_ids.len()),
    ] {
        if count > MAX_SUBJECTS {
            problems.push(FieldError::new(
                &["input", field],
                ErrorCode::BadUserInput,
                format!("at most {MAX_SUBJECTS}; to hold everyone's messages, leave it empty"),
            ));
        }
    }
    let mut room_ids = Vec::with_capacity(input.room_ids.len());
    for (index, room) in input.room_ids.iter().enumerate() {
        let position = index.to_string();
        let field = ["input", "roomIds", position.as_str()];
        let room = room.trim();
        if room.is_empty() || room.chars().count() > 64 {
            problems.push(FieldError::new(
                &field,
                ErrorCode::BadUserInput,
                "a WeCom room id is 1 to 64 characters",
            ));
            continue;
        }
        if problems.check(validate::printable(&field, room)).is_some() {
            room_ids.push(room.to_string());
        }
    }
    problems.into_result()?;
    let (Some(name), Some(reason)) = (name, reason) else {
        return Err(ApiError::Internal(
            "validated hold fields went missing".into(),
        ));
    };
    // Errors name positions in the lists as given.
    require_members(auth, &input.staff_ids).await?;
    require_customers(auth, &input.customer_ids).await?;
    let staff_ids = sorted_unique(input.staff_ids);
    let customer_ids = sorted_unique(input.customer_ids);
    room_ids.sort();
    room_ids.dedup();

    let transaction = entity::begin_write(auth.db()).await?;
    let row = legal_hold::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(name),
        reason: Set(reason),
        staff_ids: Set(json_list(&staff_ids)),
        customer_ids: Set(json_list(&customer_ids)),
        room_ids: Set(json_list(&room_ids)),
        from_time: Set(input.from),
        to_time: Set(input.to),
        status: Set(LegalHoldStatus::Active),
        created_by: Set(auth.actor().staff_id),
        created_at: Set(now()),
        released_by: Set(None),
        released_at: Set(None),
        release_reason: Set(None),
        ..Default::default()
    }
    .insert(&transaction)
    .await?;
    audit::record_within(auth, &transaction, hold_change(&row, "create")).await?;
    transaction.commit().await?;
    LegalHold::parse(row)
}

/// Releases an active hold (COMPLIANCE); the messages it kept are purged by the next purge if
/// nothing else keeps them.
pub async fn release(auth: &Authorized, id: i64, reason_text: &str) -> ApiResult<LegalHold> {
    auth.require(Action::Update, Resource::LegalHold)?;
    let reason = reason(&["input", "reason"], reason_text)
        .map_err(|error| ApiError::Invalid(vec![error]))?;
    let existing = get(auth, id).await?.row;
    if existing.status == LegalHoldStatus::Released {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            "the hold is already released",
        ));
    }
    let transaction = entity::begin_write(auth.db()).await?;
    let mut active: legal_hold::ActiveModel = existing.into();
    active.status = Set(LegalHoldStatus::Released);
    active.released_by = Set(Some(auth.actor().staff_id));
    active.released_at = Set(Some(now()));
    active.release_reason = Set(Some(reason));
    let row = active.update(&transaction).await?;
    audit::record_within(auth, &transaction, hold_change(&row, "release")).await?;
    transaction.commit().await?;
    LegalHold::parse(row)
}

/// A hold of the caller's tenant (COMPLIANCE, AUDITOR).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<LegalHold> {
    auth.require(Action::Read, Resource::LegalHold)?;
    let row = legal_hold::Entity::find_by_id(id)
        .filter(legal_hold::Column::TenantId.eq(auth.tenant_id()))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("legal hold"))?;
    LegalHold::parse(row)
}

/// A page of the tenant's holds, newest first, below hold id `before_id`: the total under the
/// filter, the holds, and whether more follow.
pub async fn list(
    auth: &Authorized,
    status: Option<LegalHoldStatus>,
    before_id: Option<i64>,
    limit: u64,
) -> ApiResult<(u64, Vec<LegalHold>, bool)> {
    auth.require(Action::Read, Resource::LegalHold)?;
    let mut condition = Condition::all().add(legal_hold::Column::TenantId.eq(auth.tenant_id()));
    if let Some(status) = status {
        condition = condition.add(legal_hold::Column::Status.eq(status));
    }
    let total = legal_hold::Entity::find()
        .filter(condition.clone())
        .count(auth.db())
        .await?;
    if let Some(before_id) = before_id {
        condition = condition.add(legal_hold::Column::Id.lt(before_id));
    }
    let mut rows = legal_hold::Entity::find()
        .filter(condition)
        .order_by_desc(legal_hold::Column::Id)
        .limit(limit + 1)
        .all(auth.db())
        .await?;
    let has_more = rows.len() as u64 > limit;
    rows.truncate(limit as usize);
    let holds = rows
        .into_iter()
        .map(LegalHold::parse)
        .collect::<ApiResult<Vec<_>>>()?;
    Ok((total, holds, has_more))
}

fn hold_change(row: &legal_hold::Model, change: &str) -> Audited {
    Audited {
        action: entity::AuditAction::LegalHoldChange,
        target: vec![audit::row_target("legal_hold", row.id)],
        parameters: audit::parameters([
            ("change", change.into()),
            ("name", row.name.clone().into()),
            ("from", row.from_time.map(|time| time.to_rfc3339()).into()),
            ("to", row.to_time.map(|time| time.to_rfc3339()).into()),
            ("staffIds", parse_or_null(&row.staff_ids)),
            ("customerIds", parse_or_null(&row.customer_ids)),
            ("roomIds", parse_or_null(&row.room_ids)),
        ]),
    }
}

fn parse_or_null(list: &str) -> Value {
    serde_json::from_str(list).unwrap_or(Value::Null)
}

fn reason(field: &[&str], raw: &str) -> Result<String, FieldError> {
    validate::printable(field, raw)?;
    let reason = raw.trim();
    if reason.is_empty() {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            "say why (a case, a regulator's request): the reason is part of the record",
        ));
    }
    if reason.chars().count() > MAX_REASON_CHARS {
        return Err(FieldError::new(
            field,
            ErrorCode::BadUserInput,
            format!("at most {MAX_REASON_CHARS} characters"),
        ));
    }
    Ok(reason.to_string())
}

fn sorted_unique(mut ids: Vec<i64>) -> Vec<i64> {
    ids.sort_unstable();
    ids.dedup();
    ids
}

fn json_list<T: serde::Serialize>(items: &[T]) -> String {
    serde_json::to_string(items).unwrap_or_else(|_| "[]".to_string())
}

/// Every id names a staff member of the tenant (compliance reads the whole staff list).
async fn require_members(auth: &Authorized, ids: &[i64]) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let found: Vec<i64> = staff::Entity::find()
        .select_only()
        .column(staff::Column::Id)
        .filter(staff::Column::TenantId.eq(auth.tenant_id()))
        .filter(staff::Column::Id.is_in(ids.to_vec()))
        .into_tuple()
        .all(auth.db())
        .await?;
    missing_as_errors("staffIds", ids, &found)
}

/// Every id names a customer of the tenant. Compliance does not read customers; this says only
/// whether each exists, as the hold must name real ones.
async fn require_customers(auth: &Authorized, ids: &[i64]) -> ApiResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let found: Vec<i64> = customer::Entity::find()
        .select_only()
        .column(customer::Column::Id)
        .filter(customer::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer::Column::Id.is_in(ids.to_vec()))
        .into_tuple()
        .all(auth.db())
        .await?;
    missing_as_errors("customerIds", ids, &found)
}

fn missing_as_errors(field: &str, wanted: &[i64], found: &[i64]) -> ApiResult<()> {
    let errors: Vec<FieldError> = wanted
        .iter()
        .enumerate()
        .filter(|(_, id)| !found.contains(id))
        .map(|(index, _)| {
            let position = index.to_string();
            FieldError::new(
                &["input", field, position.as_str()],
                ErrorCode::NotFound,
                "not found",
            )
        })
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Invalid(errors))
    }
}
