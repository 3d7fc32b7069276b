//! Follow-ups (跟进): what a staff member did with a customer — a note, a call, a visit, a
//! message outside the archived chat — when it happened, and the next step they planned.
//!
//! Scope (`policy::Authorized::follow_up_scope`): a follow-up is seen by whoever covers its
//! customer (SALES the customers they follow, MANAGER those their department tree follows,
//! ADMIN the tenant); COMPLIANCE and AUDITOR see none. Only its author changes or deletes one,
//! and only within [`EDIT_WINDOW_HOURS`] of writing it: after that it is a record. Marking
//! the next step done ([`complete_next_step`]) is the author's at any time, since next steps
//! fall due days later.

pub mod agenda;
pub mod last_contact;

use chrono::{DateTime, Duration, TimeZone, Utc};
use entity::{customer, follow_up};
use sea_orm::sea_query::Query;
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};

pub use entity::follow_up::FollowUpKind;

use crate::domain::Authorized;
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::validate::Problems;
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// Longest content of a follow-up.
pub const MAX_CONTENT_CHARS: usize = 2_000;
/// Longest next step (one line).
pub const MAX_NEXT_STEP_CHARS: usize = 200;
/// How long after writing it the author may still change or delete a follow-up.
pub const EDIT_WINDOW_HOURS: i64 = 24;
/// How far ahead of the server's clock `at` may be (clients' clocks drift a little; a
/// follow-up records what happened, what is planned is the next step).
pub const MAX_AT_AHEAD_MINUTES: i64 = 10;
/// Latest a next step may be planned: two years from now.
pub const MAX_NEXT_STEP_DAYS: i64 = 2 * 366;

/// A new follow-up. `customer_id` is `None` when the client's id did not decode (the problem
/// is then among the caller's `id_problems`).
#[derive(Debug, Clone)]
pub struct FollowUpDraft {
    pub customer_id: Option<i64>,
    pub kind: FollowUpKind,
    pub content: String,
    /// When it happened; now when left out.
    pub at: Option<DateTime<Utc>>,
    pub next_step_at: Option<DateTime<Utc>>,
    pub next_step: Option<String>,
}

/// A change to a follow-up; `None` leaves a field as it is (`Some(None)` clears it).
#[derive(Debug, Clone, Default)]
pub struct FollowUpChange {
    pub kind: Option<FollowUpKind>,
    pub content: Option<String>,
    pub at: Option<DateTime<Utc>>,
    pub next_step_at: Option<Option<DateTime<Utc>>>,
    pub next_step: Option<Option<String>>,
}

/// The fields of a follow-up after validation.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Checked {
    content: String,
    at: DateTime<Utc>,
    next_step_at: Option<DateTime<Utc>>,
    next_step: Option<String>,
}

fn field(name: &str) -> [&str; 2] {
    ["input", name]
}

/// The database keeps microseconds; a finer instant would page and compare differently.
fn to_micros(at: DateTime<Utc>) -> DateTime<Utc> {
    DateTime::from_timestamp_micros(at.timestamp_micros()).unwrap_or(at)
}

/// The earliest `at` accepted: anything before is a typo, not a record.
fn earliest_at() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2000, 1, 1, 0, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::MIN_UTC)
}

/// Checks the fields of a follow-up, every problem at its field. Pure, so it is tested
/// without a server.
fn check(
    problems: &mut Problems,
    now: DateTime<Utc>,
    content: &str,
    at: DateTime<Utc>,
    next_step_at: Option<DateTime<Utc>>,
    next_step: Option<&str>,
) -> Checked {
    let content = content.trim().to_owned();
    if content.is_empty() || content.chars().count() > MAX_CONTENT_CHARS {
        problems.push(FieldError::new(
            &field("content"),
            ErrorCode::BadUserInput,
            format!("write what happened: 1 to {MAX_CONTENT_CHARS} characters"),
        ));
    } else if let Some(bad) = content
        .chars()
        .find(|c| c.is_control() && !matches!(c, '\n' | '\t'))
    {
        problems.push(FieldError::new(
            &field("content"),
            ErrorCode::BadUserInput,
            format!(
                "must not contain control characters other than line breaks and tabs (found U+{:04X})",
                bad as u32
            ),
        ));
    }

    let at = to_micros(at);
    if at > now + Duration::minutes(MAX_AT_AHEAD_MINUTES) {
        problems.push(FieldError::new(
            &field("at"),
            ErrorCode::BadUserInput,
            "at is when the follow-up happened and cannot be in the future; plan what comes \
             next with nextStepAt and nextStep",
        ));
    } else if at < earliest_at() {
        problems.push(FieldError::new(
            &field("at"),
            ErrorCode::BadUserInput,
            "at is before the year 2000; check the date",
        ));
    }

    let next_step = next_step
        .map(str::trim)
        .filter(|text| !text.is_empty())
        .map(str::to_owned);
    if let Some(text) = &next_step {
        if text.chars().count() > MAX_NEXT_STEP_CHARS {
            problems.push(FieldError::new(
                &field("nextStep"),
                ErrorCode::BadUserInput,
                format!("a next step has at most {MAX_NEXT_STEP_CHARS} characters"),
            ));
        } else if let Err(error) = crate::domain::validate::printable(&field("nextStep"), text) {
            problems.push(error);
        }
    }
    let next_step_at = next_step_at.map(to_micros);
    match next_step_at {
        None if next_step.is_some() => problems.push(FieldError::new(
            &field("nextStepAt"),
            ErrorCode::BadUserInput,
            "a next step needs nextStepAt: when it is due",
        )),
        None => {}
        Some(due) if due < at => problems.push(FieldError::new(
            &field("nextStepAt"),
            ErrorCode::BadUserInput,
            "the next step cannot be due before the follow-up happened (at)",
        )),
        Some(due) if due > now + Duration::days(MAX_NEXT_STEP_DAYS) => {
            problems.push(FieldError::new(
                &field("nextStepAt"),
                ErrorCode::BadUserInput,
                "a next step is due within two years",
            ))
        }
        Some(_) => {}
    }
    Checked {
        content,
        at,
        next_step_at,
        next_step,
    }
}

/// Whether the customer exists and the actor covers them (one answer for both: a customer
/// out of reach is indistinguishable from one that never existed).
async fn covered(auth: &Authorized, customer_id: i64) -> ApiResult<bool> {
    Ok(customer::Entity::find_by_id(customer_id)
        .filter(auth.customer_scope().await?)
        .one(auth.db())
        .await?
        .is_some())
}

/// Writes a follow-up on a customer the actor covers. `id_problems`: ids of the input that
/// did not decode, reported with the rest; nothing is stored on any problem.
pub async fn create(
    auth: &Authorized,
    draft: FollowUpDraft,
    id_problems: Vec<FieldError>,
) -> ApiResult<follow_up::Model> {
    auth.require(Action::Create, Resource::FollowUp)?;
    let mut problems = Problems::default();
    for problem in id_problems {
        problems.push(problem);
    }
    if let Some(customer_id) = draft.customer_id
        && !covered(auth, customer_id).await?
    {
        problems.push(FieldError::new(
            &field("customerId"),
            ErrorCode::NotFound,
            "customer not found",
        ));
    }
    let now = auth.store.now();
    let checked = check(
        &mut problems,
        now,
        &draft.content,
        draft.at.unwrap_or(now),
        draft.next_step_at,
        draft.next_step.as_deref(),
    );
    problems.into_result()?;
    let Some(customer_id) = draft.customer_id else {
        return Err(ApiError::field(
            &field("customerId"),
            ErrorCode::BadUserInput,
            "give the customer's id",
        ));
    };
    Ok(follow_up::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        customer_id: Set(customer_id),
        staff_id: Set(auth.actor.staff_id),
        kind: Set(draft.kind),
        content: Set(checked.content),
        at: Set(checked.at),
        next_step_at: Set(checked.next_step_at),
        next_step: Set(checked.next_step),
        next_step_done_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(auth.db())
    .await?)
}

/// One follow-up the actor may read (another tenant's, or out of scope: not found).
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<follow_up::Model> {
    auth.require(Action::Read, Resource::FollowUp)?;
    follow_up::Entity::find_by_id(id)
        .filter(auth.follow_up_scope().await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("follow-up"))
}

/// Why the actor may not change or delete `row` now, if they may not: only its author, and
/// only within the edit window.
fn editable(auth: &Authorized, row: &follow_up::Model, now: DateTime<Utc>) -> Option<FieldError> {
    if row.staff_id != auth.actor.staff_id {
        return Some(FieldError::new(
            &field("id"),
            ErrorCode::Forbidden,
            "only the author of a follow-up may change or delete it",
        ));
    }
    if now - row.created_at > Duration::hours(EDIT_WINDOW_HOURS) {
        return Some(FieldError::new(
            &field("id"),
            ErrorCode::Conflict,
            format!(
                "a follow-up can be changed or deleted only within {EDIT_WINDOW_HOURS} hours \
                 of writing it; after that it is a record: add a new follow-up instead"
            ),
        ));
    }
    None
}

/// Changes one of the actor's own follow-ups, within the edit window. A new due time (or
/// none) makes the next step open again.
pub async fn update(
    auth: &Authorized,
    id: i64,
    change: FollowUpChange,
) -> ApiResult<follow_up::Model> {
    auth.require(Action::Update, Resource::FollowUp)?;
    let row = get(auth, id).await?;
    let now = auth.store.now();
    let mut problems = Problems::default();
    if let Some(problem) = editable(auth, &row, now) {
        problems.push(problem);
    }
    let content = change.content.unwrap_or_else(|| row.content.clone());
    let at = change.at.unwrap_or(row.at);
    let next_step_at = change.next_step_at.unwrap_or(row.next_step_at);
    let next_step = change.next_step.unwrap_or_else(|| row.next_step.clone());
    let checked = check(
        &mut problems,
        now,
        &content,
        at,
        next_step_at,
        next_step.as_deref(),
    );
    problems.into_result()?;
    let reopened = checked.next_step_at != row.next_step_at;
    let mut active: follow_up::ActiveModel = row.into();
    if let Some(kind) = change.kind {
        active.kind = Set(kind);
    }
    active.content = Set(checked.content);
    active.at = Set(checked.at);
    active.next_step_at = Set(checked.next_step_at);
    active.next_step = Set(checked.next_step);
    if reopened {
        active.next_step_done_at = Set(None);
    }
    active.updated_at = Set(now);
    Ok(active.update(auth.db()).await?)
}

/// Deletes one of the actor's own follow-ups, within the edit window; returns its id.
pub async fn delete(auth: &Authorized, id: i64) -> ApiResult<i64> {
    auth.require(Action::Delete, Resource::FollowUp)?;
    let row = get(auth, id).await?;
    if let Some(problem) = editable(auth, &row, auth.store.now()) {
        return Err(ApiError::Invalid(vec![problem]));
    }
    follow_up::Entity::delete_many()
        .filter(follow_up::Column::TenantId.eq(auth.tenant_id()))
        .filter(follow_up::Column::Id.eq(row.id))
        .exec(auth.db())
        .await?;
    Ok(row.id)
}

/// Marks the next step of one of the actor's follow-ups done (at any time: next steps fall
/// due long after the edit window). Completing it again changes nothing.
pub async fn complete_next_step(auth: &Authorized, id: i64) -> ApiResult<follow_up::Model> {
    auth.require(Action::Update, Resource::FollowUp)?;
    let row = get(auth, id).await?;
    if row.staff_id != auth.actor.staff_id {
        return Err(ApiError::field(
            &field("id"),
            ErrorCode::Forbidden,
            "only the author of a follow-up may complete its next step",
        ));
    }
    if row.next_step_at.is_none() {
        return Err(ApiError::field(
            &field("id"),
            ErrorCode::BadUserInput,
            "this follow-up has no next step to complete",
        ));
    }
    if row.next_step_done_at.is_some() {
        return Ok(row);
    }
    let now = auth.store.now();
    let mut active: follow_up::ActiveModel = row.into();
    active.next_step_done_at = Set(Some(now));
    active.updated_at = Set(now);
    Ok(active.update(auth.db()).await?)
}

/// A customer's follow-ups the actor may read, newest `at` first (ties: newest id first).
pub async fn of_customer(
    auth: &Authorized,
    customer_id: i64,
    request: &PageRequest,
) -> ApiResult<Page<follow_up::Model>> {
    auth.require(Action::Read, Resource::FollowUp)?;
    let query = follow_up::Entity::find()
        .filter(auth.follow_up_scope().await?)
        .filter(follow_up::Column::CustomerId.eq(customer_id));
    let ordering = Ordering::<follow_up::Entity> {
        name: "FOLLOW_UP_AT_DESC".to_owned(),
        column: follow_up::Column::At,
        id_column: follow_up::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// The customers (of `ids`) the actor covers: those of follow-ups they read.
pub async fn customers_of(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<customer::Model>> {
    auth.require(Action::Read, Resource::Customer)?;
    let visible = Query::select()
        .column(customer::Column::Id)
        .from(customer::Entity)
        .cond_where(auth.customer_scope().await?)
        .to_owned();
    Ok(customer::Entity::find()
        .filter(customer::Column::TenantId.eq(auth.tenant_id()))
        .filter(customer::Column::Id.is_in(ids.to_vec()))
        .filter(customer::Column::Id.in_subquery(visible))
        .all(auth.db())
        .await?)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text)
            .unwrap()
            .with_timezone(&Utc)
    }

    fn fields(
        now: DateTime<Utc>,
        content: &str,
        when: DateTime<Utc>,
        next_at: Option<DateTime<Utc>>,
        next: Option<&str>,
    ) -> (Checked, Vec<Vec<String>>) {
        let mut problems = Problems::default();
        let checked = check(&mut problems, now, content, when, next_at, next);
        let fields = match problems.into_result() {
            Ok(()) => Vec::new(),
            Err(ApiError::Invalid(errors)) => errors.into_iter().map(|e| e.field).collect(),
            Err(other) => panic!("{other}"),
        };
        (checked, fields)
    }

    #[test]
    fn a_good_follow_up_is_trimmed_and_kept_to_the_microsecond() {
        let now = at("2026-12-02T08:00:00Z");
        let when = at("2026-12-02T07:00:00.123456789Z");
        let (checked, problems) = fields(
            now,
            "  电话沟通了开户流程\n客户有兴趣  ",
            when,
            Some(at("2026-12-04T02:00:00Z")),
            Some("  发送产品资料 "),
        );
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(checked.content, "电话沟通了开户流程\n客户有兴趣");
        assert_eq!(checked.at, at("2026-12-02T07:00:00.123456Z"));
        assert_eq!(checked.next_step.as_deref(), Some("发送产品资料"));
        // A due time alone is a reminder to follow up again.
        let (_, problems) = fields(now, "拜访", now, Some(now), None);
        assert!(problems.is_empty());
    }

    #[test]
    fn every_bad_field_is_named() {
        let now = at("2026-12-02T08:00:00Z");
        let (_, problems) = fields(now, "   ", now + Duration::hours(1), None, Some("回电"));
        assert_eq!(
            problems,
            vec![
                vec!["input".to_string(), "content".into()],
                vec!["input".to_string(), "at".into()],
                vec!["input".to_string(), "nextStepAt".into()],
            ]
        );
        let long = "长".repeat(MAX_CONTENT_CHARS + 1);
        let (_, problems) = fields(
            now,
            &long,
            now,
            Some(now - Duration::minutes(1)),
            Some(&"x".repeat(MAX_NEXT_STEP_CHARS + 1)),
        );
        assert_eq!(
            problems,
            vec![
                vec!["input".to_string(), "content".into()],
                vec!["input".to_string(), "nextStep".into()],
                vec!["input".to_string(), "nextStepAt".into()],
            ]
        );
        let (_, problems) = fields(
            now,
            "note\u{7}",
            at("1999-12-31T00:00:00Z"),
            Some(now + Duration::days(MAX_NEXT_STEP_DAYS + 1)),
            Some("a\u{1b}b"),
        );
        assert_eq!(problems.len(), 4, "{problems:?}");
        // A few minutes of clock drift are fine.
        let (_, problems) = fields(now, "ok", now + Duration::minutes(5), None, None);
        assert!(problems.is_empty());
    }
}
