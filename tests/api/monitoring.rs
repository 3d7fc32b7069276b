//! What operators watch: `/metrics` (archive size and search lag per tenant, jobs), and
//! `scrm archive sync-index`, which brings a lagging or lost index back.

use crate::helpers::spawn_app;

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
