//! Purges past the retention through the CLI and the server's daily job: what goes is exactly
//! the messages past the cutoff (the start of the tenant's day, `retentionYears` back) that no
//! active hold covers; held messages stay; alerts stay, marked purged; verify passes on the
//! signed tombstones; a date in the future is refused; everything is audited.

use std::collections::{BTreeMap, BTreeSet};
use std::time::Duration;

use entity::archive_message;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, corpus_parties, spawn_app, spawn_app_with};

/// `Atlantic/South_Georgia` is UTC−2 all year: its midnight falls at 02:00 UTC, in the middle
/// of the sample corpus's first hours (2025-01-01 00:00–05:00 UTC).
const ZONE: &str = "Atlantic/South_Georgia";
/// 2025-01-01T00:00-02:00: the cutoff of a purge as of 2026-01-01 with a retention of 1 year.
const CUTOFF_MS: i64 = 1_735_696_800_000;
const HELD_CUSTOMER: &str = "wmumaw0kPwyLZHRyCKL1DwXLjETzuf";
const HELD_ROOM: &str = "wrtxVQoYnWoFFx2IG8bOVoEUIYoQuowk";
/// A customer whose hold was released: it keeps nothing.
const RELEASED_CUSTOMER: &str = "wm2vWqhJhVA3RxLMR9K54K44ro1EPr";

const HOLD: &str = "mutation($input: LegalHoldCreateInput!) { legalHoldCreate(input: $input) { legalHold { id } userErrors { field message code } } }";

/// A stored message as the test judges it.
struct Row {
    seq: i64,
    sent_at_ms: i64,
    parties: BTreeSet<String>,
    roomid: Option<String>,
    revokes: Option<String>,
}

async fn archived(app: &TestApp) -> BTreeMap<String, Row> {
    let db = app.db().await;
    archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(1))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| {
            // Who took part is only in the sealed original: judged by the fixture.
            let corpus = &corpus_parties()[&row.msgid];
            let mut parties: BTreeSet<String> = corpus.tolist.iter().cloned().collect();
            parties.insert(corpus.sender.clone());
            let judged = Row {
                seq: row.seq,
                sent_at_ms: row.sent_at_ms,
                parties,
                roomid: corpus.roomid.clone(),
                revokes: row.revokes_msgid,
            };
            (row.msgid, judged)
        })
        .collect()
}

/// Sets the retention to a year in a UTC−2 zone, and places the holds: one on a customer and a
/// room (kept), one on another customer (released again).
async fn prepare(app: &TestApp) {
    let data = app
        .data(
            &app.admin_token,
            "mutation($input: TenantSettingsUpdateInput!) { tenantSettingsUpdate(input: $input) { tenant { retentionYears timeZone } userErrors { field message code } } }",
            json!({ "input": { "retentionYears": 1, "timeZone": ZONE } }),
        )
        .await;
    assert_eq!(
        data["tenantSettingsUpdate"]["tenant"],
        json!({ "retentionYears": 1, "timeZone": ZONE }),
        "{data}"
    );
    let (sales, _) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let held = app
        .create_customer(&app.admin_token, HELD_CUSTOMER, "张三", &sales)
        .await;
    let released = app
        .create_customer(&app.admin_token, RELEASED_CUSTOMER, "李四", &sales)
        .await;
    let compliance = app.compliance_token().await;
    let data = app
        .data(
            &compliance,
            HOLD,
            json!({ "input": { "name": "案件 17", "reason": "问询函", "customerIds": [held], "roomIds": [HELD_ROOM] } }),
        )
        .await;
    assert!(
        data["legalHoldCreate"]["legalHold"]["id"].is_string(),
        "{data}"
    );
    let data = app
        .data(
            &compliance,
            HOLD,
            json!({ "input": { "name": "已结案", "reason": "问询函", "customerIds": [released] } }),
        )
        .await;
    let id = data["legalHoldCreate"]["legalHold"]["id"].clone();
    let data = app
        .data(
            &compliance,
            "mutation($input: LegalHoldReleaseInput!) { legalHoldRelease(input: $input) { legalHold { status } userErrors { message } } }",
            json!({ "input": { "id": id, "reason": "结案" } }),
        )
        .await;
    assert_eq!(
        data["legalHoldRelease"]["legalHold"]["status"], "RELEASED",
        "{data}"
    );
}

/// What must stay of `before` after a purge at `CUTOFF_MS`: everything sent since, whatever
/// the active hold covers, the chain's last message, and revokes of messages that stay.
fn must_stay(before: &BTreeMap<String, Row>) -> BTreeSet<String> {
    let head = before.values().map(|row| row.seq).max().unwrap();
    let mut stay: BTreeSet<String> = before
        .iter()
        .filter(|(_, row)| {
            row.sent_at_ms >= CUTOFF_MS
                || row.seq == head
                || row.parties.contains(HELD_CUSTOMER)
                || row.roomid.as_deref() == Some(HELD_ROOM)
        })
        .map(|(msgid, _)| msgid.clone())
        .collect();
    let kept_revokes: Vec<String> = before
        .iter()
        .filter(|(_, row)| {
            row.revokes
                .as_ref()
                .is_some_and(|target| stay.contains(target))
        })
        .map(|(msgid, _)| msgid.clone())
        .collect();
    stay.extend(kept_revokes);
    stay
}

fn stdout(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stdout).to_string()
}

async fn audit_actions(app: &TestApp) -> Vec<(String, String, String)> {
    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT actor_kind, actor_name, outcome FROM audit_entry WHERE action = 'ARCHIVE_PURGE' ORDER BY seq",
        ))
        .await
        .unwrap();
    rows.into_iter()
        .map(|row| {
            (
                row.try_get::<String>("", "actor_kind").unwrap(),
                row.try_get::<Option<String>>("", "actor_name")
                    .unwrap()
                    .unwrap_or_default(),
                row.try_get::<String>("", "outcome").unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn the_cli_purge_keeps_held_messages_and_verify_passes_afterwards() {
    let app = spawn_app().await;
    app.import_first(300);
    prepare(&app).await;
    let before = archived(&app).await;
    let stay = must_stay(&before);
    let goes: BTreeSet<String> = before
        .keys()
        .filter(|msgid| !stay.contains(*msgid))
        .cloned()
        .collect();
    assert!(
        goes.len() > 50 && stay.len() > 50,
        "the corpus straddles the cutoff"
    );
    assert!(
        before.iter().any(|(msgid, row)| row.sent_at_ms < CUTOFF_MS
            && stay.contains(msgid)
            && row.parties.contains(HELD_CUSTOMER)),
        "the hold has something to keep"
    );
    assert!(
        before
            .iter()
            .any(|(_, row)| row.sent_at_ms < CUTOFF_MS && row.parties.contains(RELEASED_CUSTOMER)),
        "the released hold had something to keep"
    );

    // A date in the future is refused and changes nothing.
    let refused = app.scrm(&[
        "archive",
        "purge",
        "--tenant",
        "default",
        "--as-of",
        "2099-01-01",
    ]);
    assert!(!refused.status.success());
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains("2099-01-01 is in the future"), "{message}");

    let dry = app.scrm(&[
        "archive",
        "purge",
        "--tenant",
        "default",
        "--as-of",
        "2026-01-01",
        "--dry-run",
    ]);
    assert!(
        dry.status.success(),
        "{}",
        String::from_utf8_lossy(&dry.stderr)
    );
    let report = stdout(&dry);
    assert!(report.contains("dry run: nothing changed"), "{report}");
    assert!(
        report.contains(&format!("would remove {} in", goes.len())),
        "{report}"
    );
    assert!(
        report.contains("2025-01-01T02:00:00+00:00"),
        "the cutoff is named: {report}"
    );
    assert_eq!(archived(&app).await.len(), before.len());

    let alerts_before = alerts_on(&app, &goes).await;
    let done = app.scrm(&[
        "archive",
        "purge",
        "--tenant",
        "default",
        "--as-of",
        "2026-01-01",
    ]);
    assert!(
        done.status.success(),
        "{}",
        String::from_utf8_lossy(&done.stderr)
    );
    let report = stdout(&done);
    assert!(
        report.contains(&format!("removed {} in", goes.len())),
        "{report}"
    );
    let after: BTreeSet<String> = archived(&app).await.into_keys().collect();
    assert_eq!(after, stay, "exactly what nothing keeps is gone");

    let verify = app.scrm(&["archive", "verify", "--tenant", "default"]);
    let verified = stdout(&verify);
    assert!(verify.status.success(), "{verified}");
    assert!(
        verified.contains(&format!("ok: {} records", stay.len())),
        "{verified}"
    );
    assert!(
        verified.contains(&format!(
            "({} messages) crossed on signed tombstones",
            goes.len()
        )),
        "{verified}"
    );

    // Importing the same file again brings nothing back.
    let file = app.data_dir.path().join("first-300.jsonl");
    let again = stdout(&app.import(file.to_str().unwrap()));
    assert!(
        again.contains(&format!("0 imported, {} duplicates skipped", stay.len()))
            && again.contains(&format!(
                "; {} sent before the last purge's cutoff skipped",
                goes.len()
            )),
        "{again}"
    );
    assert_eq!(archived(&app).await.len(), stay.len());

    // Alerts stay, marked purged, without the message they were about.
    let compliance = app.compliance_token().await;
    let data = app
        .data(
            &compliance,
            "{ riskAlerts(first: 100) { nodes { message { msgid } messagePurgedAt matches { start } } } }",
            json!({}),
        )
        .await;
    let purged_alerts: Vec<&Value> = data["riskAlerts"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|alert| !alert["messagePurgedAt"].is_null())
        .collect();
    assert_eq!(purged_alerts.len(), alerts_before, "{data}");
    for alert in purged_alerts {
        assert_eq!(
            (&alert["message"], &alert["matches"]),
            (&Value::Null, &json!([]))
        );
    }

    // The database keeps no purged row past the cutoff, and no party of a purged message on
    // its alerts; the alerts of messages that stay keep theirs.
    let db = app.db().await;
    for alert in entity::risk_alert::Entity::find().all(&db).await.unwrap() {
        let parties = (alert.sender, alert.tolist, alert.conversation);
        if alert.message_purged_at.is_some() {
            assert_eq!(parties, (None, None, None), "alert {}", alert.msgid);
        } else {
            let corpus = &corpus_parties()[&alert.msgid];
            assert_eq!(
                parties,
                (
                    Some(corpus.sender.clone()),
                    Some(serde_json::to_string(&corpus.tolist).unwrap()),
                    Some(corpus.conversation.clone())
                ),
                "alert {}",
                alert.msgid
            );
        }
    }
    assert_eq!(
        archive_message::Entity::find()
            .filter(archive_message::Column::SentAtMs.lt(CUTOFF_MS))
            .all(&db)
            .await
            .unwrap()
            .len(),
        stay.iter()
            .filter(|msgid| before[*msgid].sent_at_ms < CUTOFF_MS)
            .count()
    );
    assert_eq!(
        audit_actions(&app)
            .await
            .iter()
            .map(|(kind, _, outcome)| (kind.as_str(), outcome.as_str()))
            .collect::<Vec<_>>(),
        [("OPERATOR", "SUCCESS"), ("OPERATOR", "SUCCESS")],
        "the dry and the real purge (the refused one never started)"
    );
}

async fn alerts_on(app: &TestApp, msgids: &BTreeSet<String>) -> usize {
    let db = app.db().await;
    entity::risk_alert::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .filter(|alert| msgids.contains(&alert.msgid))
        .count()
}

#[tokio::test]
async fn the_server_purges_daily_as_a_job_compliance_follows() {
    let app = spawn_app_with(|settings| {
        settings.daily_purge_at = Some(chrono::NaiveTime::MIN);
        settings.daily_purge_check_every = Duration::from_millis(300);
    })
    .await;
    // The purge due on start finds an empty archive; only then is there something to purge
    // (and holds to respect).
    wait_for_purge_job(&app).await;
    app.import_first(300);
    prepare(&app).await;
    let before = archived(&app).await;
    let head = before.values().map(|row| row.seq).max().unwrap();

    // Today's purge is done: make it yesterday's, and the scheduler queues today's again. As of
    // today (2026 or later), a one-year retention removes every message of the sample's first
    // day that nothing keeps.
    let yesterday = chrono::DateTime::parse_from_rfc3339("2000-01-01T00:00:00Z").unwrap();
    entity::job::Entity::update_many()
        .col_expr(
            entity::job::Column::CreatedAt,
            sea_orm::sea_query::Expr::value(yesterday.to_utc()),
        )
        .filter(entity::job::Column::Kind.eq(entity::JobKind::Purge))
        .exec(&app.db().await)
        .await
        .unwrap();
    let purged = wait_for_purge_job(&app).await;

    let after = archived(&app).await;
    assert!(purged > 50, "{purged}");
    assert_eq!(
        purged as usize,
        before.len() - after.len(),
        "the job counts what it removed"
    );
    for (msgid, row) in &after {
        let kept = row.parties.contains(HELD_CUSTOMER)
            || row.roomid.as_deref() == Some(HELD_ROOM)
            || row.revokes.is_some()
            || row.seq == head;
        assert!(kept, "{msgid} should have been purged");
    }
    let verify = app.scrm(&["archive", "verify", "--tenant", "default"]);
    assert!(verify.status.success(), "{}", stdout(&verify));
    assert!(
        audit_actions(&app).await.contains(&(
            "SYSTEM".to_string(),
            "daily-purge".to_string(),
            "SUCCESS".to_string()
        )),
        "the job's purge is audited as the system's"
    );
}

/// Waits until compliance sees a finished purge job queued by the server (not the one made
/// "yesterday" by the test); returns what it removed.
async fn wait_for_purge_job(app: &TestApp) -> i64 {
    let compliance = app.compliance_token().await;
    let query = "{ jobs(filter: {kind: PURGE}, first: 10) { nodes { status produced createdAt createdBy { email } } } }";
    for _ in 0..200 {
        let data = app.data(&compliance, query, json!({})).await;
        let today = data["jobs"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|job| !job["createdAt"].as_str().unwrap().starts_with("2000"))
            .cloned();
        if let Some(job) = today.filter(|job| job["status"] == "SUCCEEDED") {
            assert_eq!(
                job["createdBy"],
                Value::Null,
                "queued by the server, not a person"
            );
            return job["produced"].as_i64().unwrap();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("no purge job finished");
}
