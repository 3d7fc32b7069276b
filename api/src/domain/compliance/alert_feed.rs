//! New risk alerts as a live feed for subscriptions.
//!
//! Alerts are raised wherever messages are ingested — often in another process (`scrm archive
//! import`) — so the server learns of them from the database: one poller per server process
//! reads the alerts committed since it last looked and broadcasts them; each subscriber keeps
//! only its own tenant's.
//!
//! # Why no alert is missed
//!
//! "Committed since it last looked" is the whole difficulty: the poller must never step past an
//! alert whose transaction has not committed yet, or it will not look back for it.
//!
//! - **SQLite**: one writer at a time, and a row's id is taken inside the write lock, so ids
//!   are in commit order: every alert with an id below one the poller has seen is committed and
//!   was seen too. The poller keeps the highest id it broadcast and reads `id > mark`.
//! - **PostgreSQL**: ids come from a sequence when a row is inserted, long before its
//!   transaction commits, and transactions commit in any order: with `id > mark`, an alert
//!   whose transaction commits after one with a higher id would be skipped for good. So each
//!   alert records the transaction that inserted it (`insert_xid`, filled by a column default,
//!   migration 0007), and the poller keeps the *snapshot* of its last poll (`pg_snapshot`: which
//!   transactions had finished then). Each poll takes a new snapshot and reads the alerts whose
//!   transaction is visible in the new one and not in the old one
//!   (`pg_visible_in_snapshot`): exactly those committed in between, however long their
//!   transaction ran and whatever their ids. Visibility only grows from one snapshot to the
//!   next, so each alert falls into exactly one such window: delivered once, never skipped. The
//!   `insert_xid` range of the window (`[xmin of old, xmax of new)`) keeps the read on an index.
//!
//! A subscriber that falls more than the channel's capacity behind is told so — a `CONFLICT`
//! error saying how many alerts it missed — and keeps receiving; it can re-read `riskAlerts`.

use std::future::Future;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use entity::risk_alert;
use futures_util::Stream;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    Statement,
};
use tokio::sync::broadcast;

use crate::domain::policy::{Action, Resource};
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult, ErrorCode};

const POLL_EVERY: Duration = Duration::from_millis(500);
/// Alerts a subscriber may fall behind by before it is told it missed some.
const CHANNEL_CAPACITY: usize = 1024;
/// Alerts read per query; more wait for the next poll.
const POLL_BATCH: u64 = 1_000;

#[derive(Clone)]
pub struct AlertFeed {
    sender: broadcast::Sender<risk_alert::Model>,
    /// Where the feed stands; `None` while nobody listens (no queries then).
    mark: Arc<Mutex<Option<Mark>>>,
}

/// The point after which alerts are still to be broadcast.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Mark {
    /// SQLite: the highest id broadcast.
    Id(i64),
    /// PostgreSQL: alerts of transactions visible in `until` but not in `since` are due.
    Snapshot {
        /// The snapshot of the last completed poll (`pg_snapshot` in text form).
        since: String,
        /// Set while a window holds more than one batch: the poll's snapshot, kept until the
        /// window is read to its end.
        until: Option<String>,
        /// The last (`insert_xid`, id) broadcast from the current window.
        after: (String, i64),
    },
}

/// Before every transaction id: the start of a window.
const WINDOW_START: (&str, i64) = ("0", 0);

impl AlertFeed {
    pub fn new() -> Self {
        AlertFeed::with_capacity(CHANNEL_CAPACITY)
    }

    fn with_capacity(capacity: usize) -> Self {
        let (sender, _) = broadcast::channel(capacity);
        AlertFeed {
            sender,
            mark: Arc::new(Mutex::new(None)),
        }
    }

    fn mark(&self) -> std::sync::MutexGuard<'_, Option<Mark>> {
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
    /// Runs until the process ends: while anyone subscribes, broadcasts alerts as they commit.
    pub async fn run_alert_feed(self) {
        let mut ticker = tokio::time::interval(POLL_EVERY);
        loop {
            ticker.tick().await;
            if self.alert_feed.sender.receiver_count() == 0 {
                *self.alert_feed.mark() = None;
                continue;
            }
            let mark = self.alert_feed.mark().clone();
            let Some(mark) = mark else {
                // A subscriber came while the mark was being cleared: start from now.
                if let Err(error) = start_mark(&self).await {
                    tracing::warn!(error = %error, "alert feed: could not start");
                }
                continue;
            };
            match self.poll_alerts(&mark).await {
                Ok((alerts, next)) => {
                    {
                        let mut current = self.alert_feed.mark();
                        // Unless the feed was reset meanwhile (everyone left).
                        if current.as_ref() == Some(&mark) {
                            *current = Some(next);
                        }
                    }
                    for alert in alerts {
                        let _ = self.alert_feed.sender.send(alert);
                    }
                }
                Err(error) => tracing::warn!(error = %error, "alert feed: poll failed"),
            }
        }
    }

    /// The alerts due after `mark`, in order, and the mark after them.
    async fn poll_alerts(&self, mark: &Mark) -> ApiResult<(Vec<risk_alert::Model>, Mark)> {
        match mark {
            Mark::Id(last) => {
                let alerts = risk_alert::Entity::find()
                    .filter(risk_alert::Column::Id.gt(*last))
                    .order_by_asc(risk_alert::Column::Id)
                    .limit(POLL_BATCH)
                    .all(&self.db)
                    .await?;
                let next = alerts.last().map_or(*last, |alert| alert.id);
                Ok((alerts, Mark::Id(next)))
            }
            Mark::Snapshot {
                since,
                until,
                after,
            } => {
                let until = match until {
                    Some(until) => until.clone(),
                    None => current_snapshot(&self.db).await?,
                };
                let due = committed_between(&self.db, since, &until, after).await?;
                let alerts = alerts_in_order(&self.db, &due).await?;
                let next = match due.last() {
                    // A full batch: the window may hold more; read on from here next time.
                    Some(last) if due.len() as u64 == POLL_BATCH => Mark::Snapshot {
                        since: since.clone(),
                        until: Some(until),
                        after: last.clone(),
                    },
                    _ => Mark::Snapshot {
                        since: until,
                        until: None,
                        after: (WINDOW_START.0.to_string(), WINDOW_START.1),
                    },
                };
                Ok((alerts, next))
            }
        }
    }
}

async fn current_snapshot(db: &impl ConnectionTrait) -> ApiResult<String> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT pg_current_snapshot()::text",
        ))
        .await?
        .ok_or_else(|| ApiError::Internal("pg_current_snapshot() returned no row".to_string()))?;
    Ok(row.try_get_by_index(0)?)
}

/// (`insert_xid`, id) of the alerts whose transaction is visible in `until` but not in `since`,
/// after `after`, in that order; at most [`POLL_BATCH`].
async fn committed_between(
    db: &impl ConnectionTrait,
    since: &str,
    until: &str,
    after: &(String, i64),
) -> ApiResult<Vec<(String, i64)>> {
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT insert_xid::text, id FROM risk_alert
             WHERE insert_xid >= pg_snapshot_xmin($1::pg_snapshot)
               AND insert_xid < pg_snapshot_xmax($2::pg_snapshot)
               AND NOT pg_visible_in_snapshot(insert_xid, $1::pg_snapshot)
               AND pg_visible_in_snapshot(insert_xid, $2::pg_snapshot)
               AND (insert_xid, id) > ($3::xid8, $4)
             ORDER BY insert_xid, id
             LIMIT $5",
            [
                since.into(),
                until.into(),
                after.0.clone().into(),
                after.1.into(),
                (POLL_BATCH as i64).into(),
            ],
        ))
        .await?;
    rows.iter()
        .map(|row| Ok((row.try_get_by_index(0)?, row.try_get_by_index(1)?)))
        .collect()
}

/// The alerts `due` names, in its order.
async fn alerts_in_order(
    db: &impl ConnectionTrait,
    due: &[(String, i64)],
) -> ApiResult<Vec<risk_alert::Model>> {
    if due.is_empty() {
        return Ok(Vec::new());
    }
    let mut by_id: std::collections::HashMap<i64, risk_alert::Model> = risk_alert::Entity::find()
        .filter(risk_alert::Column::Id.is_in(due.iter().map(|(_, id)| *id)))
        .all(db)
        .await?
        .into_iter()
        .map(|alert| (alert.id, alert))
        .collect();
    Ok(due.iter().filter_map(|(_, id)| by_id.remove(id)).collect())
}

/// Where a feed that starts now begins: after every alert committed so far.
async fn start_position(store: &Store) -> ApiResult<Mark> {
    if store.db.get_database_backend() == DbBackend::Postgres {
        return Ok(Mark::Snapshot {
            since: current_snapshot(&store.db).await?,
            until: None,
            after: (WINDOW_START.0.to_string(), WINDOW_START.1),
        });
    }
    let latest: Option<i64> = risk_alert::Entity::find()
        .select_only()
        .column(risk_alert::Column::Id)
        .order_by_desc(risk_alert::Column::Id)
        .limit(1)
        .into_tuple()
        .one(&store.db)
        .await?;
    Ok(Mark::Id(latest.unwrap_or(0)))
}

/// Sets the feed's mark to now, unless someone set it meanwhile.
async fn start_mark(store: &Store) -> ApiResult<()> {
    let start = start_position(store).await?;
    let mut mark = store.alert_feed.mark();
    if mark.is_none() {
        *mark = Some(start);
    }
    Ok(())
}

/// New alerts of the caller's tenant, raised from now on (COMPLIANCE only).
///
/// The caller's credential is checked again before each alert is handed out: a subscription
/// outlives the request that opened it, and must not outlive a logout or a deactivation. Once
/// the check fails the stream yields that error and ends. A subscriber too slow to keep up gets
/// a `CONFLICT` error saying how many alerts it missed, and the stream goes on
/// ([`ends_stream`] tells the two apart).
pub async fn subscribe(
    auth: &Authorized,
) -> ApiResult<impl Stream<Item = ApiResult<risk_alert::Model>> + use<>> {
    auth.require(Action::Subscribe, Resource::RiskAlert)?;
    let receiver = auth.store.alert_feed.sender.subscribe();
    if auth.store.alert_feed.mark().is_none() {
        start_mark(&auth.store).await?;
    }
    let tenant_id = auth.tenant_id();
    let auth = auth.clone();
    Ok(alert_stream(receiver, tenant_id, move || {
        let auth = auth.clone();
        async move { auth.recheck().await }
    }))
}

/// Whether an error from [`subscribe`]'s stream is its last item (a failed credential check),
/// rather than a notice that the subscriber missed alerts.
pub fn ends_stream(error: &ApiError) -> bool {
    error.code() != ErrorCode::Conflict
}

/// The alerts of `tenant_id` from `receiver`, each handed out only once `recheck` passes.
fn alert_stream<Recheck, Checked>(
    receiver: broadcast::Receiver<risk_alert::Model>,
    tenant_id: i64,
    recheck: Recheck,
) -> impl Stream<Item = ApiResult<risk_alert::Model>>
where
    Recheck: Fn() -> Checked + Clone,
    Checked: Future<Output = ApiResult<()>>,
{
    futures_util::stream::unfold(Some(receiver), move |receiver| {
        let recheck = recheck.clone();
        async move {
            let mut receiver = receiver?;
            loop {
                match receiver.recv().await {
                    Ok(alert) if alert.tenant_id == tenant_id => {
                        return match recheck().await {
                            Ok(()) => Some((Ok(alert), Some(receiver))),
                            Err(error) => Some((Err(error), None)),
                        };
                    }
                    Ok(_) => continue,
                    // The channel dropped the oldest alerts this subscriber had not read yet.
                    // The count covers every tenant's alerts, hence "up to".
                    Err(broadcast::error::RecvError::Lagged(missed)) => {
                        let notice = ApiError::Conflict(format!(
                            "you missed up to {missed} alerts; re-read riskAlerts"
                        ));
                        return Some((Err(notice), Some(receiver)));
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                }
            }
        }
    })
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use entity::{AlertStatus, Role, Severity};
    use futures_util::StreamExt;

    use super::*;
    use crate::domain::policy::permits;

    fn alert(id: i64, tenant_id: i64) -> risk_alert::Model {
        let now = chrono::Utc::now();
        risk_alert::Model {
            id,
            tenant_id,
            message_seq: id,
            msgid: format!("m{id}"),
            rule_code: "R1".to_string(),
            rule_version: 1,
            severity: Severity::High,
            matches: "[]".to_string(),
            status: AlertStatus::Open,
            assignee_id: None,
            decided_by: None,
            decided_at: None,
            decision_reason: None,
            decision_reason_sealed: None,
            sent_at_ms: 0,
            created_at: now,
            message_purged_at: None,
        }
    }

    #[tokio::test]
    async fn a_subscriber_that_lags_is_told_how_many_it_missed_and_goes_on() {
        let feed = AlertFeed::with_capacity(4);
        let receiver = feed.sender.subscribe();
        let mut stream = std::pin::pin!(alert_stream(receiver, 1, || async { Ok(()) }));
        for id in 1..=10 {
            feed.sender.send(alert(id, 1)).unwrap();
        }
        let notice = stream.next().await.unwrap().unwrap_err();
        assert_eq!(notice.code(), ErrorCode::Conflict);
        assert_eq!(
            notice.to_string(),
            "you missed up to 6 alerts; re-read riskAlerts"
        );
        assert!(!ends_stream(&notice));
        let mut ids = Vec::new();
        for _ in 0..4 {
            ids.push(stream.next().await.unwrap().unwrap().id);
        }
        assert_eq!(ids, vec![7, 8, 9, 10], "the newest alerts still arrive");
        feed.sender.send(alert(11, 2)).unwrap();
        feed.sender.send(alert(12, 1)).unwrap();
        assert_eq!(
            stream.next().await.unwrap().unwrap().id,
            12,
            "own tenant only"
        );
    }

    #[tokio::test]
    async fn a_failed_recheck_is_the_last_item() {
        let feed = AlertFeed::with_capacity(4);
        let mut stream = std::pin::pin!(alert_stream(feed.sender.subscribe(), 1, || async {
            Err(ApiError::Unauthenticated("signed out".to_string()))
        }));
        feed.sender.send(alert(1, 1)).unwrap();
        feed.sender.send(alert(2, 1)).unwrap();
        let error = stream.next().await.unwrap().unwrap_err();
        assert!(ends_stream(&error));
        assert!(stream.next().await.is_none());
    }

    #[test]
    fn only_compliance_subscribes_to_alerts() {
        for role in [Role::Admin, Role::Manager, Role::Sales, Role::Auditor] {
            assert!(
                !permits(role, Action::Subscribe, Resource::RiskAlert),
                "{role:?}"
            );
        }
        assert!(permits(
            Role::Compliance,
            Action::Subscribe,
            Resource::RiskAlert
        ));
    }
}
