//! New risk alerts as a live feed for subscriptions.
//!
//! Alerts are raised wherever messages are ingested — often in another process (`scrm archive
//! import`) — so the server learns of them from the database: one poller per server process
//! reads alerts newer than the last it saw and broadcasts them; each subscriber keeps only its
//! own tenant's.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use entity::{Role, risk_alert};
use futures_util::Stream;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};
use tokio::sync::broadcast;

use super::policy::{Action, Resource};
use super::{Authorized, Store};
use crate::error::{ApiError, ApiResult};

const POLL_EVERY: Duration = Duration::from_millis(500);

#[derive(Clone)]
pub struct AlertFeed {
    sender: broadcast::Sender<risk_alert::Model>,
    /// The newest alert already broadcast; `None` while nobody listens (no queries then).
    mark: Arc<Mutex<Option<i64>>>,
}

impl AlertFeed {
    pub fn new() -> Self {
        let (sender, _) = broadcast::channel(1024);
        AlertFeed {
            sender,
            mark: Arc::new(Mutex::new(None)),
        }
    }

    fn mark(&self) -> std::sync::MutexGuard<'_, Option<i64>> {
        self.mark
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl Default for AlertFeed {
    fn default() -> Self {
        AlertFeed::new()
    }
}

impl Store {
    /// Runs until the process ends: while anyone subscribes, broadcasts alerts created since.
    pub async fn run_alert_feed(self) {
        let mut ticker = tokio::time::interval(POLL_EVERY);
        loop {
            ticker.tick().await;
            if self.alert_feed.sender.receiver_count() == 0 {
                *self.alert_feed.mark() = None;
                continue;
            }
            // Set by the first subscriber, at the moment it subscribed.
            let Some(mark) = *self.alert_feed.mark() else {
                continue;
            };
            let fresh = risk_alert::Entity::find()
                .filter(risk_alert::Column::Id.gt(mark))
                .order_by_asc(risk_alert::Column::Id)
                .limit(1_000)
                .all(&self.db)
                .await;
            match fresh {
                Ok(alerts) => {
                    for alert in alerts {
                        {
                            let mut current = self.alert_feed.mark();
                            *current = Some(current.unwrap_or(0).max(alert.id));
                        }
                        let _ = self.alert_feed.sender.send(alert);
                    }
                }
                Err(error) => tracing::warn!(error = %error, "alert feed: poll failed"),
            }
        }
    }
}

async fn latest_alert_id(store: &Store) -> ApiResult<i64> {
    let latest: Option<i64> = risk_alert::Entity::find()
        .select_only()
        .column(risk_alert::Column::Id)
        .order_by_desc(risk_alert::Column::Id)
        .limit(1)
        .into_tuple()
        .one(&store.db)
        .await?;
    Ok(latest.unwrap_or(0))
}

/// New alerts of the caller's tenant, raised from now on (COMPLIANCE only).
///
/// The caller's credential is checked again before each alert is handed out: a subscription
/// outlives the request that opened it, and must not outlive a logout or a deactivation. Once
/// the check fails the stream yields that error and ends.
pub async fn subscribe(
    auth: &Authorized,
) -> ApiResult<impl Stream<Item = ApiResult<risk_alert::Model>> + use<>> {
    auth.require(Action::Update, Resource::RiskAlert)?;
    if auth.actor().role != Role::Compliance {
        return Err(ApiError::forbidden());
    }
    let feed = &auth.store.alert_feed;
    let receiver = feed.sender.subscribe();
    if feed.mark().is_none() {
        let latest = latest_alert_id(&auth.store).await?;
        let mut mark = feed.mark();
        if mark.is_none() {
            *mark = Some(latest);
        }
    }
    let tenant_id = auth.tenant_id();
    let auth = auth.clone();
    Ok(futures_util::stream::unfold(
        Some(receiver),
        move |receiver| {
            let auth = auth.clone();
            async move {
                let mut receiver = receiver?;
                loop {
                    match receiver.recv().await {
                        Ok(alert) if alert.tenant_id == tenant_id => {
                            return match auth.recheck().await {
                                Ok(()) => Some((Ok(alert), Some(receiver))),
                                Err(error) => Some((Err(error), None)),
                            };
                        }
                        Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => continue,
                        Err(broadcast::error::RecvError::Closed) => return None,
                    }
                }
            }
        },
    ))
}
