//! Notifications to staff. The first kind is the lost customer (流失提醒): when a follow ends —
//! the customer deleted the staff member, or the staff member deleted the customer — the staff
//! member's managers (`managers::of_member`) are told, in the transaction that marks the follow
//! lost, so a follow is never lost unnoticed and never noticed twice (one row per recipient and
//! event). A tenant may let staff deletions go unnoticed (`Tenant.notifyStaffDeletions`); a
//! customer leaving is always reported.
//!
//! Each member reads, marks and subscribes to their own notifications only.

use chrono::{DateTime, Utc};
use entity::notification::{self, NotificationKind};
use entity::{FollowLoss, customer_follow, tenant};
use futures_util::Stream;
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Set};

use super::managers;
use crate::domain::feed::{self, Feed, FeedSource};
use crate::domain::page::{self, Ordering, Page, PageRequest, SortValue};
use crate::domain::policy::{Action, Resource};
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult};

/// Most notifications one `notificationMarkRead` names.
pub const MAX_MARK: usize = 100;

/// Notifies the managers of a follow's staff member that the follow was lost, unless the
/// tenant lets this kind of loss go unnoticed. Runs in the caller's transaction; a repeat of
/// the same loss notifies nobody again. Returns how many were notified.
pub(crate) async fn customer_lost<C: ConnectionTrait>(
    db: &C,
    follow: &customer_follow::Model,
    by: FollowLoss,
    at: DateTime<Utc>,
) -> ApiResult<u64> {
    if by == FollowLoss::StaffDeletedCustomer {
        let notify = tenant::Entity::find_by_id(follow.tenant_id)
            .one(db)
            .await?
            .is_some_and(|row| row.notify_staff_deletions);
        if !notify {
            return Ok(0);
        }
    }
    let recipients = managers::of_member(db, follow.tenant_id, follow.staff_id).await?;
    if recipients.is_empty() {
        return Ok(0);
    }
    let now = crate::domain::now();
    let rows = recipients
        .iter()
        .map(|recipient| notification::ActiveModel {
            tenant_id: Set(follow.tenant_id),
            recipient_id: Set(*recipient),
            kind: Set(NotificationKind::CustomerLost),
            customer_id: Set(Some(follow.customer_id)),
            follow_id: Set(Some(follow.id)),
            staff_id: Set(Some(follow.staff_id)),
            lost_by: Set(Some(by)),
            event_at: Set(at),
            created_at: Set(now),
            read_at: Set(None),
            ..Default::default()
        });
    let inserted = notification::Entity::insert_many(rows)
        .on_conflict(
            OnConflict::columns([
                notification::Column::TenantId,
                notification::Column::RecipientId,
                notification::Column::Kind,
                notification::Column::FollowId,
                notification::Column::EventAt,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    Ok(inserted)
}

/// The caller's own notifications.
fn mine(auth: &Authorized) -> sea_orm::Condition {
    sea_orm::Condition::all()
        .add(notification::Column::TenantId.eq(auth.tenant_id()))
        .add(notification::Column::RecipientId.eq(auth.actor.staff_id))
}

/// The caller's notifications, newest first (`unread_only`: those not marked read).
pub async fn list(
    auth: &Authorized,
    unread_only: bool,
    request: &PageRequest,
) -> ApiResult<Page<notification::Model>> {
    auth.require(Action::Read, Resource::Notification)?;
    let mut query = notification::Entity::find().filter(mine(auth));
    if unread_only {
        query = query.filter(notification::Column::ReadAt.is_null());
    }
    let ordering = Ordering::<notification::Entity> {
        name: "NOTIFICATION_CREATED_AT_DESC".to_owned(),
        column: notification::Column::CreatedAt,
        id_column: notification::Column::Id,
        descending: true,
        value_of: |row| SortValue::time(&row.created_at),
        id_of: |row| row.id,
        to_sql: page::time_to_sql,
    };
    page::fetch_page(auth, query, &ordering, request).await
}

/// One of the caller's notifications; anyone else's is `NOT_FOUND`.
pub async fn get(auth: &Authorized, id: i64) -> ApiResult<notification::Model> {
    auth.require(Action::Read, Resource::Notification)?;
    notification::Entity::find_by_id(id)
        .filter(mine(auth))
        .one(auth.db())
        .await?
        .ok_or(ApiError::NotFound("notification"))
}

/// Marks the caller's notifications `ids` read (those read already keep their time); ids that
/// are not the caller's are refused by position and nothing is marked.
pub async fn mark_read(auth: &Authorized, ids: &[i64]) -> ApiResult<Vec<notification::Model>> {
    auth.require(Action::Update, Resource::Notification)?;
    if ids.is_empty() || ids.len() > MAX_MARK {
        return Err(ApiError::field(
            &["input", "ids"],
            crate::error::ErrorCode::BadUserInput,
            format!("name 1 to {MAX_MARK} notifications"),
        ));
    }
    let found = notification::Entity::find()
        .filter(mine(auth))
        .filter(notification::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?;
    let mut problems = crate::domain::validate::Problems::default();
    for (index, id) in ids.iter().enumerate() {
        if !found.iter().any(|row| row.id == *id) {
            problems.push(crate::error::FieldError::new(
                &["input", "ids", &index.to_string()],
                crate::error::ErrorCode::NotFound,
                "notification not found",
            ));
        }
    }
    problems.into_result()?;
    notification::Entity::update_many()
        .col_expr(
            notification::Column::ReadAt,
            Expr::value(Some(auth.store.now())),
        )
        .filter(mine(auth))
        .filter(notification::Column::Id.is_in(ids.to_vec()))
        .filter(notification::Column::ReadAt.is_null())
        .exec(auth.db())
        .await?;
    let mut marked = notification::Entity::find()
        .filter(mine(auth))
        .filter(notification::Column::Id.is_in(ids.to_vec()))
        .all(auth.db())
        .await?;
    marked.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    Ok(marked)
}

/// How many of the caller's notifications are unread.
pub async fn unread_count(auth: &Authorized) -> ApiResult<u64> {
    use sea_orm::PaginatorTrait;
    auth.require(Action::Read, Resource::Notification)?;
    Ok(notification::Entity::find()
        .filter(mine(auth))
        .filter(notification::Column::ReadAt.is_null())
        .count(auth.db())
        .await?)
}

/// Notifications as a [`Feed`].
pub struct Notifications;

impl FeedSource for Notifications {
    type Entity = notification::Entity;
    type Row = notification::Model;
    const TABLE: &'static str = "notification";
    const NOUN: &'static str = "notifications";
    const REREAD: &'static str = "notifications";

    fn id_column() -> notification::Column {
        notification::Column::Id
    }

    fn id(row: &notification::Model) -> i64 {
        row.id
    }
}

pub type NotificationFeed = Feed<Notifications>;

impl Store {
    /// Runs until the server stops: while anyone subscribes, hands out notifications as they
    /// commit.
    pub async fn run_notification_feed(self) {
        self.notification_feed.clone().run(self.db.clone()).await;
    }
}

/// The caller's notifications from now on, each handed out after the caller's credential is
/// checked again (a subscription must not outlive a logout or a deactivation).
pub async fn subscribe(
    auth: &Authorized,
) -> ApiResult<impl Stream<Item = ApiResult<notification::Model>> + use<>> {
    auth.require(Action::Subscribe, Resource::Notification)?;
    let receiver = auth
        .store
        .notification_feed
        .receiver(&auth.store.db)
        .await?;
    let (tenant_id, recipient) = (auth.tenant_id(), auth.actor.staff_id);
    let auth = auth.clone();
    Ok(feed::stream::<Notifications, _, _, _>(
        receiver,
        move |row: &notification::Model| {
            row.tenant_id == tenant_id && row.recipient_id == recipient
        },
        move || {
            let auth = auth.clone();
            async move { auth.recheck().await }
        },
    ))
}
