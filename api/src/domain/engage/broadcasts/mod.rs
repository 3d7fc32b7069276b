//! Mass messaging (群发) that cannot harass: every broadcast goes through the tenant's rules
//! (`rules`, set with `policy`) at send time, inside the transaction that reserves each
//! customer's slot, so two broadcasts racing for a customer's last slot of the day cannot both
//! get it; `preview` applies the same rules to say beforehand what a send would do.

pub mod audience;
pub mod policy;
pub mod preview;
pub mod rules;
pub(crate) mod send;

use chrono::{DateTime, Utc};
use entity::broadcast::{self, BroadcastStatus};
use entity::broadcast_recipient::{self, RecipientStatus};
use entity::{JobKind, Role, staff};
use sea_orm::sea_query::{Expr, ExprTrait, Query};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Set,
};

use self::audience::Audience;
use self::rules::Exclusion;
use ::wecom::api::message::MAX_ATTACHMENTS;

use crate::domain::engage::library::attachments;
use crate::domain::jobs::{self, JobOrigin};
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::system::SystemActor;
use crate::domain::validate::Problems;
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult, ErrorCode, FieldError};

/// WeCom's limit on a mass message's text.
pub const MAX_TEXT_CHARS: usize = 4_000;
const MAX_NAME_CHARS: usize = 100;

/// A broadcast as its author describes it.
#[derive(Debug, Clone)]
pub struct BroadcastDraft {
    pub name: String,
    pub audience: Audience,
    pub text: String,
    /// Materials attached after the text, in order (at most 9).
    pub material_ids: Vec<i64>,
    /// `None`: now (or when the quiet hours end).
    pub send_at: Option<DateTime<Utc>>,
}

/// Schedules a broadcast; nothing is sent until it is due (and outside the quiet hours).
pub async fn create(auth: &Authorized, draft: BroadcastDraft) -> ApiResult<broadcast::Model> {
    auth.require(Action::Create, Resource::Broadcast)?;
    let mut problems = Problems::default();
    let name = draft.name.trim().to_owned();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS {
        problems.push(FieldError::new(
            &["input", "name"],
            ErrorCode::BadUserInput,
            format!("give the broadcast a name of 1 to {MAX_NAME_CHARS} characters"),
        ));
    }
    let text = draft.text.trim().to_owned();
    if text.chars().count() > MAX_TEXT_CHARS {
        problems.push(FieldError::new(
            &["input", "content", "text"],
            ErrorCode::BadUserInput,
            format!("a mass message's text has at most {MAX_TEXT_CHARS} characters"),
        ));
    }
    if text.is_empty() && draft.material_ids.is_empty() {
        problems.push(FieldError::new(
            &["input", "content", "text"],
            ErrorCode::BadUserInput,
            "a mass message needs a text, materials or both",
        ));
    }
    if draft.material_ids.len() > MAX_ATTACHMENTS {
        problems.push(FieldError::new(
            &["input", "content", "materialIds"],
            ErrorCode::BadUserInput,
            format!("WeCom sends at most {MAX_ATTACHMENTS} materials with a mass message"),
        ));
    } else {
        attachments::check(
            auth,
            &["input", "content", "materialIds"],
            &draft.material_ids,
            false,
            &mut problems,
        )
        .await?;
    }
    let now = auth.store.now();
    if let Some(at) = draft.send_at
        && at < now - chrono::Duration::minutes(1)
    {
        problems.push(FieldError::new(
            &["input", "sendAt"],
            ErrorCode::BadUserInput,
            "sendAt is in the past: leave it out to send now",
        ));
    }
    let audience = match audience::check(auth, &["input", "audience"], draft.audience).await {
        Ok(audience) => Some(audience),
        Err(ApiError::Invalid(errors)) => {
            for error in errors {
                problems.push(error);
            }
            None
        }
        Err(other) => return Err(other),
    };
    problems.into_result()?;
    let audience =
        audience.ok_or_else(|| ApiError::Internal("a checked audience went missing".into()))?;
    let stored = serde_json::to_string(&audience)
        .map_err(|error| ApiError::Internal(format!("an audience does not serialize: {error}")))?;
    let timestamp = crate::domain::now();
    Ok(broadcast::ActiveModel {
        tenant_id: Set(auth.tenant_id()),
        name: Set(name),
        status: Set(BroadcastStatus::Scheduled),
        audience: Set(stored),
        content_text: Set((!text.is_empty()).then_some(text)),
        content_material_ids: Set(if draft.material_ids.is_empty() {
            None
        } else {
            Some(serde_json::to_string(&draft.material_ids).map_err(|error| {
                ApiError::Internal(format!("material ids do not serialize: {error}"))
            })?)
        }),
        send_at: Set(draft.send_at.unwrap_or(now)),
        started_at: Set(None),
        sent_at: Set(None),
        recipients: Set(0),
        error: Set(None),
        created_by: Set(auth.actor.staff_id),
        created_at: Set(timestamp),
        updated_at: Set(timestamp),
        ..Default::default()
    }
    .insert(auth.db())
    .await?)
}

/// The materials a broadcast carries, in order.
pub fn material_ids(row: &broadcast::Model) -> ApiResult<Vec<i64>> {
    let Some(stored) = &row.content_material_ids else {
        return Ok(Vec::new());
    };
    serde_json::from_str(stored).map_err(|error| {
        ApiError::Internal(format!("a broadcast's material ids do not parse: {error}"))
    })
}

/// Broadcasts the actor may read: ADMIN the tenant's, MANAGER those made in their department
/// tree, SALES their own.
pub(crate) async fn read_scope(auth: &Authorized) -> ApiResult<Condition> {
    let tenant = Condition::all().add(broadcast::Column::TenantId.eq(auth.tenant_id()));
    Ok(match auth.actor.role {
        Role::Admin => tenant,
        Role::Manager => {
            let team = Query::select()
                .column(staff::Column::Id)
                .from(staff::Entity)
                .cond_where(auth.staff_scope().await?)
                .to_owned();
            tenant.add(broadcast::Column::CreatedBy.in_subquery(team))
        }
        Role::Sales => tenant.add(broadcast::Column::CreatedBy.eq(auth.actor.staff_id)),
        Role::Compliance | Role::Auditor => {
            tenant.add(broadcast::Column::Id.is_in(Vec::<i64>::new()))
        }
    })
}

pub async fn get(auth: &Authorized, id: i64) -> ApiResult<broadcast::Model> {
    auth.require(Action::Read, Resource::Broadcast)?;
    broadcast::Entity::find_by_id(id)
        .filter(read_scope(auth).await?)
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("broadcast"))
}

/// Cancels a broadcast that has not started sending.
pub async fn cancel(auth: &Authorized, id: i64) -> ApiResult<broadcast::Model> {
    auth.require(Action::Update, Resource::Broadcast)?;
    let row = get(auth, id).await?;
    if row.status == BroadcastStatus::Cancelled {
        return Ok(row);
    }
    let cancelled = broadcast::Entity::update_many()
        .col_expr(
            broadcast::Column::Status,
            Expr::value(BroadcastStatus::Cancelled),
        )
        .col_expr(
            broadcast::Column::UpdatedAt,
            Expr::value(crate::domain::now()),
        )
        .filter(broadcast::Column::Id.eq(row.id))
        .filter(broadcast::Column::Status.eq(BroadcastStatus::Scheduled))
        .exec(auth.db())
        .await?;
    if cancelled.rows_affected == 0 {
        return Err(ApiError::field(
            &["input", "id"],
            ErrorCode::Conflict,
            "this broadcast is sending or sent already: it cannot be cancelled",
        ));
    }
    get(auth, id).await
}

/// What `broadcasts` filters by.
#[derive(Debug, Clone, Default)]
pub struct BroadcastFilter {
    pub status: Option<BroadcastStatus>,
}

pub async fn list(
    auth: &Authorized,
    filter: BroadcastFilter,
    request: &PageRequest,
) -> ApiResult<Page<broadcast::Model>> {
    auth.require(Action::Read, Resource::Broadcast)?;
    let mut query = broadcast::Entity::find().filter(read_scope(auth).await?);
    if let Some(status) = filter.status {
        query = query.filter(broadcast::Column::Status.eq(status));
    }
    let ordering = Ordering::<broadcast::Entity> {
        name: "SEND_AT_DESC".to_owned(),
        column: broadcast::Column::SendAt,
        id_column: broadcast::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.send_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// The audience stored with a broadcast.
pub fn audience_of(row: &broadcast::Model) -> ApiResult<Audience> {
    serde_json::from_str(&row.audience)
        .map_err(|error| ApiError::Internal(format!("a stored audience does not parse: {error}")))
}

/// Customers left out of a broadcast, by reason (every reason, zeros included).
pub async fn excluded(
    auth: &Authorized,
    row: &broadcast::Model,
) -> ApiResult<Vec<(Exclusion, u64)>> {
    let rows: Vec<(Option<String>, i64)> = broadcast_recipient::Entity::find()
        .select_only()
        .column(broadcast_recipient::Column::ExcludedReason)
        .column_as(Expr::col(broadcast_recipient::Column::Id).count(), "count")
        .filter(broadcast_recipient::Column::TenantId.eq(auth.tenant_id()))
        .filter(broadcast_recipient::Column::BroadcastId.eq(row.id))
        .filter(broadcast_recipient::Column::Status.eq(RecipientStatus::Excluded))
        .group_by(broadcast_recipient::Column::ExcludedReason)
        .into_tuple()
        .all(auth.db())
        .await?;
    Ok(Exclusion::ALL
        .into_iter()
        .map(|reason| {
            let count = rows
                .iter()
                .filter(|(stored, _)| send::parse_reason(stored.as_deref()) == Some(reason))
                .map(|(_, count)| u64::try_from(*count).unwrap_or(0))
                .sum();
            (reason, count)
        })
        .collect())
}

/// A page of a broadcast's recipients (excluded ones too, with their reason), by id.
pub async fn results(
    auth: &Authorized,
    row: &broadcast::Model,
    status: Option<RecipientStatus>,
    request: &PageRequest,
) -> ApiResult<Page<broadcast_recipient::Model>> {
    let mut query = broadcast_recipient::Entity::find()
        .filter(broadcast_recipient::Column::TenantId.eq(auth.tenant_id()))
        .filter(broadcast_recipient::Column::BroadcastId.eq(row.id));
    if let Some(status) = status {
        query = query.filter(broadcast_recipient::Column::Status.eq(status));
    }
    let ordering = Ordering::<broadcast_recipient::Entity> {
        name: "ID_ASC".to_owned(),
        column: broadcast_recipient::Column::Id,
        id_column: broadcast_recipient::Column::Id,
        descending: false,
        value_of: |row| SortValue::Int(row.id),
        id_of: |row| row.id,
        to_sql: |value| match value {
            SortValue::Int(id) => Some(sea_orm::Value::from(*id)),
            SortValue::Text(_) => None,
        },
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// The broadcast a send job works on, if it is still to be sent.
pub(crate) async fn due_for_job(
    system: &SystemActor,
    id: i64,
) -> ApiResult<Option<broadcast::Model>> {
    Ok(broadcast::Entity::find_by_id(id)
        .filter(broadcast::Column::TenantId.eq(system.tenant_id()))
        .filter(broadcast::Column::Status.eq(BroadcastStatus::Sending))
        .one(&system.store().db)
        .await?)
}

pub(crate) fn store_of(system: &SystemActor) -> &Store {
    system.store()
}

/// One round of the server's broadcast task: queues the send job of every broadcast that is
/// due and outside its tenant's quiet hours (each once: the status moves from SCHEDULED to
/// SENDING in the same transaction), and reads back the results of those sent in the last
/// three days.
pub async fn tick(store: &Store) -> ApiResult<()> {
    let now = store.now();
    let due = broadcast::Entity::find()
        .filter(broadcast::Column::Status.eq(BroadcastStatus::Scheduled))
        .filter(broadcast::Column::SendAt.lte(now))
        .order_by_asc(broadcast::Column::SendAt)
        .order_by_asc(broadcast::Column::Id)
        .all(&store.db)
        .await?;
    for row in due {
        let rules = policy::load(&store.db, row.tenant_id).await?;
        let tenant = entity::tenant::Entity::find_by_id(row.tenant_id)
            .one(&store.db)
            .await?;
        let Some(tenant) = tenant else { continue };
        let zone = crate::domain::org::time_zone::TenantTimeZone::stored(&tenant.time_zone)?;
        if rules::is_quiet(&rules, zone, now) {
            continue;
        }
        let transaction = entity::begin_write(&store.db).await?;
        let claimed = broadcast::Entity::update_many()
            .col_expr(
                broadcast::Column::Status,
                Expr::value(BroadcastStatus::Sending),
            )
            .col_expr(broadcast::Column::StartedAt, Expr::value(Some(now)))
            .filter(broadcast::Column::Id.eq(row.id))
            .filter(broadcast::Column::Status.eq(BroadcastStatus::Scheduled))
            .exec(&transaction)
            .await?;
        if claimed.rows_affected == 1 {
            jobs::enqueue_within(
                &transaction,
                row.tenant_id,
                JobKind::BroadcastSend,
                JobOrigin::System("broadcast"),
                Some(row.id),
            )
            .await?;
        }
        transaction.commit().await?;
        jobs::wake_workers(store);
    }
    let recent = broadcast::Entity::find()
        .filter(broadcast::Column::Status.eq(BroadcastStatus::Sent))
        .filter(broadcast::Column::SentAt.gte(now - chrono::Duration::days(3)))
        .all(&store.db)
        .await?;
    for row in recent {
        if let Err(error) = send::refresh_results(store, &row).await {
            tracing::warn!(broadcast = row.id, error = %error, "broadcast: results could not be read");
        }
    }
    Ok(())
}

/// Runs [`tick`] every `every` (the server's task).
pub async fn run_periodically(store: Store, every: std::time::Duration) {
    let mut ticker = tokio::time::interval(every);
    ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        ticker.tick().await;
        if let Err(error) = tick(&store).await {
            tracing::warn!(error = %error, "broadcasts: a round failed");
        }
    }
}
