//! SOP rules across a restart: the server is stopped — HTTP, job workers, rounds — and started
//! again on the same data dir and database. What fired before fires never again; what falls
//! due after the restart fires once.

use api::domain::clock::Clock;
use serde_json::json;

use super::sop::{created_rule, fast, fired_exactly, script, start, tasks, team};
use crate::helpers::spawn_app_with;

#[tokio::test]
async fn each_occurrence_fires_once_across_a_restart() {
    let clock = Clock::manual(start());
    let shared = clock.clone();
    let mut app = spawn_app_with(move |settings| {
        fast(settings);
        settings.clock = shared;
    })
    .await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let script = script(&app, &admin, "回访话术").await;
    let silence = created_rule(
        &app,
        &admin,
        json!({
            "name": "三天未联系",
            "trigger": { "kind": "NO_CONTACT_FOR", "days": 3 },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    clock.advance(chrono::Duration::days(3) + chrono::Duration::hours(1));
    fired_exactly(&app, &silence, 1).await;
    let daily = created_rule(
        &app,
        &admin,
        json!({
            "name": "每天九点",
            "trigger": { "kind": "SCHEDULE", "cron": "0 9 * * *", "timeZone": "Asia/Shanghai" },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    clock.advance(chrono::Duration::days(1));
    let before = fired_exactly(&app, &daily, 1).await;

    app.restart().await;
    // The new process remembers nothing: only the database says what fired.
    fired_exactly(&app, &silence, 1).await;
    let after = fired_exactly(&app, &daily, 1).await;
    assert_eq!(after["nodes"], before["nodes"]);
    assert_eq!(tasks(&app, &team.sales, None).await.len(), 1);

    // The next day's schedule falls due after the restart: it fires, once.
    clock.advance(chrono::Duration::days(1));
    fired_exactly(&app, &daily, 2).await;
    fired_exactly(&app, &silence, 1).await;
    assert_eq!(tasks(&app, &admin, None).await.len(), 2);
}
