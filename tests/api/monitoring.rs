//! What operators watch: `/metrics` (archive size and search lag per tenant, jobs, WeCom
//! events and callbacks), and `scrm archive sync-index`, which brings a lagging or lost index
//! back.

use entity::{EventStatus, wecom_event};
use sea_orm::EntityTrait;
use sea_orm::sea_query::Expr;
use serde_json::json;
use wecom::callback::{CallbackEvent, ContactChange, EventKind, ExternalContactEvent};

use crate::helpers::spawn_app;
use crate::wecom::{CORP, small_corp, spawn_with_wecom_and};

async fn metrics(app: &crate::helpers::TestApp) -> String {
    let response = app
        .client
        .get(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("metrics answer");
    assert_eq!(response.status(), 200);
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_string();
    assert!(
        content_type.starts_with("text/plain; version=0.0.4"),
        "{content_type}"
    );
    response.text().await.expect("a text body")
}

#[tokio::test]
async fn metrics_show_each_tenants_archive_and_index_lag_and_sync_index_rebuilds_a_lost_index() {
    let app = spawn_app().await;
    let before = metrics(&app).await;
    assert!(
        before.contains("scrm_archive_messages{tenant=\"default\"} 0\n"),
        "{before}"
    );
    assert!(
        before.contains("scrm_jobs{status=\"failed\"} 0\n"),
        "{before}"
    );

    app.import_first(40);
    let after = metrics(&app).await;
    assert!(
        after.contains("scrm_archive_messages{tenant=\"default\"} 40\n"),
        "{after}"
    );
    assert!(
        after.contains("scrm_archive_index_lag{tenant=\"default\"} 0\n"),
        "{after}"
    );
    // Counts only: no content of the archive in the metrics.
    assert!(!after.contains("开户"));

    // The index directory is lost (a restore by hand, a disk mishap): the CLI reports the lag
    // it closes and search finds the messages again.
    let search_before = app.scrm(&[
        "archive", "search", "--tenant", "default", "--limit", "100", "的",
    ]);
    assert!(search_before.status.success());
    let index_dir = app.data_dir.path().join("index").join("1");
    assert!(index_dir.is_dir(), "the default tenant's index is index/1");
    std::fs::remove_dir_all(&index_dir).expect("index removed");

    let sync = app.scrm(&["archive", "sync-index", "--tenant", "default"]);
    let stdout = String::from_utf8_lossy(&sync.stdout);
    assert!(
        sync.status.success(),
        "{}",
        String::from_utf8_lossy(&sync.stderr)
    );
    assert!(
        stdout.contains("40 messages archived, 40 were not searchable"),
        "{stdout}"
    );
    let search_after = app.scrm(&[
        "archive", "search", "--tenant", "default", "--limit", "100", "的",
    ]);
    assert!(search_after.status.success());
    assert_eq!(
        String::from_utf8_lossy(&search_after.stdout),
        String::from_utf8_lossy(&search_before.stdout),
        "the rebuilt index finds what the lost one found"
    );
    assert!(!search_after.stdout.is_empty());
}

#[tokio::test]
async fn metrics_answer_get_only() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/metrics", app.address))
        .send()
        .await
        .expect("an answer");
    assert_eq!(response.status(), 405);
}

/// The value of the sample `series` (name and labels, exactly as rendered).
fn sample(text: &str, series: &str) -> u64 {
    text.lines()
        .find_map(|line| line.strip_prefix(series)?.strip_prefix(' '))
        .unwrap_or_else(|| panic!("no {series} in\n{text}"))
        .parse()
        .unwrap()
}

const REASONS: [&str; 8] = [
    "not_found",
    "malformed",
    "too_large",
    "bad_signature",
    "wrong_receiver",
    "stale_timestamp",
    "replay",
    "internal",
];

fn refused(reason: &str) -> String {
    format!("scrm_wecom_callbacks_total{{outcome=\"refused\",reason=\"{reason}\"}}")
}

const ACCEPTED: &str = "scrm_wecom_callbacks_total{outcome=\"accepted\"}";
const PENDING: &str = "scrm_wecom_events{tenant=\"default\",status=\"pending\"}";
const FAILED: &str = "scrm_wecom_events{tenant=\"default\",status=\"failed\"}";

#[tokio::test]
async fn metrics_count_wecom_callbacks_by_outcome_and_events_waiting_or_failed() {
    // No job workers: a stored event stays PENDING until the test says otherwise.
    let h = spawn_with_wecom_and(small_corp(), |settings| settings.jobs.workers = 0).await;
    h.connect().await;
    let before = metrics(&h.app).await;
    assert!(
        before.contains("# TYPE scrm_wecom_callbacks_total counter\n"),
        "{before}"
    );
    assert!(
        before.contains("# TYPE scrm_wecom_events gauge\n"),
        "{before}"
    );
    assert_eq!((sample(&before, PENDING), sample(&before, FAILED)), (0, 0));
    for reason in REASONS {
        sample(&before, &refused(reason));
    }

    let xml = CallbackEvent {
        corp_id: CORP.into(),
        create_time: chrono::Utc::now().timestamp(),
        kind: EventKind::ExternalContact(ExternalContactEvent {
            user_id: "staff0001".into(),
            external_user_id: "wmcustomer0001".into(),
            change: ContactChange::Edit,
        }),
    }
    .to_xml();
    let url = format!("{}/wecom/callback/default", h.app.address);
    let good = h
        .control("/fake/callback", json!({ "url": url, "xml": xml }))
        .await;
    assert_eq!(good["status"], 200, "{good}");
    let forged = h
        .control(
            "/fake/callback",
            json!({ "url": url, "xml": xml, "bad_signature": true }),
        )
        .await;
    assert_eq!(forged["status"], 403, "{forged}");

    let after = metrics(&h.app).await;
    assert_eq!(sample(&after, ACCEPTED), sample(&before, ACCEPTED) + 1);
    for reason in REASONS {
        let moved = u64::from(reason == "bad_signature");
        assert_eq!(
            sample(&after, &refused(reason)),
            sample(&before, &refused(reason)) + moved,
            "{reason}"
        );
    }
    assert_eq!((sample(&after, PENDING), sample(&after, FAILED)), (1, 0));

    // Given up on (as the events job does after its last attempt): failed, no longer pending.
    wecom_event::Entity::update_many()
        .col_expr(
            wecom_event::Column::Status,
            Expr::value(EventStatus::Failed),
        )
        .exec(&h.app.db().await)
        .await
        .unwrap();
    let failed = metrics(&h.app).await;
    assert_eq!((sample(&failed, PENDING), sample(&failed, FAILED)), (0, 1));
    // Counts only: nothing of the event in the metrics.
    assert!(!failed.contains("wmcustomer0001"));
}

#[tokio::test]
async fn a_server_starting_on_a_lost_index_rebuilds_it_in_the_background() {
    let mut app = spawn_app().await;
    app.import_first(40);
    let search = |app: &crate::helpers::TestApp| {
        let output = app.scrm(&[
            "archive", "search", "--tenant", "default", "--limit", "100", "的",
        ]);
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    let found_before = search(&app);
    assert!(!found_before.is_empty());

    std::fs::remove_dir_all(app.data_dir.path().join("index").join("1")).expect("index removed");
    app.restart().await;

    // The server answers at once and indexes in the background; the lag goes to 0.
    let mut lag = u64::MAX;
    for _ in 0..300 {
        lag = sample(
            &metrics(&app).await,
            "scrm_archive_index_lag{tenant=\"default\"}",
        );
        if lag == 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(lag, 0, "the server caught the index up");
    assert_eq!(search(&app), found_before);
}
