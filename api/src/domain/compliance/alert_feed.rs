//! New risk alerts as a live feed for subscriptions (`riskAlertCreated`).
//!
//! Alerts are raised wherever messages are ingested — often in another process (`scrm archive
//! import`) — so the server learns of them from the database, through the generic committed
//! rows feed (`crate::domain::feed`, which says why no alert is missed); each subscriber keeps
//! only its own tenant's.

use entity::risk_alert;
use futures_util::Stream;

use crate::domain::feed::{self, Feed, FeedSource};
use crate::domain::policy::{Action, Resource};
use crate::domain::{Authorized, Store};
use crate::error::{ApiError, ApiResult};

/// Risk alerts as a [`Feed`].
pub struct Alerts;

impl FeedSource for Alerts {
    type Entity = risk_alert::Entity;
    type Row = risk_alert::Model;
    const TABLE: &'static str = "risk_alert";
    const NOUN: &'static str = "alerts";
    const REREAD: &'static str = "riskAlerts";

    fn id_column() -> risk_alert::Column {
        risk_alert::Column::Id
    }

    fn id(row: &risk_alert::Model) -> i64 {
        row.id
    }
}

pub type AlertFeed = Feed<Alerts>;

impl Store {
    /// Runs until the server stops: while anyone subscribes, broadcasts alerts as they commit.
    pub async fn run_alert_feed(self) {
        self.alert_feed.clone().run(self.db.clone()).await;
    }
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
    let receiver = auth.store.alert_feed.receiver(&auth.store.db).await?;
    let tenant_id = auth.tenant_id();
    let auth = auth.clone();
    Ok(feed::stream::<Alerts, _, _, _>(
        receiver,
        move |alert: &risk_alert::Model| alert.tenant_id == tenant_id,
        move || {
            let auth = auth.clone();
            async move { auth.recheck().await }
        },
    ))
}

/// Whether an error from [`subscribe`]'s stream is its last item (a failed credential check),
/// rather than a notice that the subscriber missed alerts.
pub fn ends_stream(error: &ApiError) -> bool {
    feed::ends_stream(error)
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use entity::{AlertStatus, Role, Severity};
    use futures_util::StreamExt;

    use super::*;
    use crate::domain::policy::permits;
    use crate::error::ErrorCode;

    fn tenant_stream<Recheck, Checked>(
        receiver: tokio::sync::broadcast::Receiver<risk_alert::Model>,
        tenant_id: i64,
        recheck: Recheck,
    ) -> impl Stream<Item = ApiResult<risk_alert::Model>>
    where
        Recheck: Fn() -> Checked + Clone,
        Checked: std::future::Future<Output = ApiResult<()>>,
    {
        feed::stream::<Alerts, _, _, _>(
            receiver,
            move |alert: &risk_alert::Model| alert.tenant_id == tenant_id,
            recheck,
        )
    }

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
            sender: None,
            tolist: None,
            conversation: None,
            created_at: now,
            message_purged_at: None,
        }
    }

    #[tokio::test]
    async fn a_subscriber_that_lags_is_told_how_many_it_missed_and_goes_on() {
        let feed = AlertFeed::with_capacity(4);
        let receiver = feed.subscribe_unchecked();
        let mut stream = std::pin::pin!(tenant_stream(receiver, 1, || async { Ok(()) }));
        for id in 1..=10 {
            feed.send(alert(id, 1));
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
        feed.send(alert(11, 2));
        feed.send(alert(12, 1));
        assert_eq!(
            stream.next().await.unwrap().unwrap().id,
            12,
            "own tenant only"
        );
    }

    #[tokio::test]
    async fn a_failed_recheck_is_the_last_item() {
        let feed = AlertFeed::with_capacity(4);
        let mut stream = std::pin::pin!(tenant_stream(feed.subscribe_unchecked(), 1, || async {
            Err(ApiError::Unauthenticated("signed out".to_string()))
        }));
        feed.send(alert(1, 1));
        feed.send(alert(2, 1));
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
