//! Risk scanning through the real server: alerts raised on import match the truth file exactly,
//! rules are versioned and validated, the review workflow and its role checks and races,
//! rescans, live alerts.

use std::collections::{BTreeMap, BTreeSet};
use std::process::Command;

use serde_json::{Value, json};

use crate::helpers::{
    CORPUS, Needles, TRUTH, TestApp, contains_bytes, error_code, files_under, spawn_app,
};

const ALERTS: &str = "query($after: String, $filter: RiskAlertFilter) { riskAlerts(first: 100, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { id status ruleVersion rule { code name severity } message { msgid content } matches { start end text } } } }";

/// Every alert, paging through: (totalCount, nodes).
async fn all_alerts(app: &TestApp, token: &str, filter: Value) -> (u64, Vec<Value>) {
    app.all_pages(token, ALERTS, "riskAlerts", json!({ "filter": filter }))
        .await
}

#[tokio::test]
async fn importing_the_corpus_raises_exactly_the_planted_alerts() {
    let app = spawn_app().await;
    app.import(CORPUS);
    let (_, token) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let (total, alerts) = all_alerts(&app, &token, Value::Null).await;
    let truth: Value = serde_json::from_str(&std::fs::read_to_string(TRUTH).unwrap()).unwrap();
    let expected: BTreeMap<String, BTreeSet<String>> = truth["hits"]
        .as_object()
        .unwrap()
        .iter()
        .map(|(msgid, codes)| {
            (
                msgid.clone(),
                codes
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|c| c.as_str().unwrap().to_string())
                    .collect(),
            )
        })
        .collect();
    let mut found: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for alert in &alerts {
        found
            .entry(alert["message"]["msgid"].as_str().unwrap().to_string())
            .or_default()
            .insert(alert["rule"]["code"].as_str().unwrap().to_string());
        assert_eq!(alert["status"], "OPEN");
        assert_eq!(alert["ruleVersion"], 1);
        let content: Vec<char> = alert["message"]["content"]
            .as_str()
            .unwrap()
            .chars()
            .collect();
        for span in alert["matches"].as_array().unwrap() {
            let (start, end) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            assert_eq!(
                span["text"].as_str().unwrap(),
                content[start..end].iter().collect::<String>(),
                "matches point at the original text"
            );
        }
    }
    assert_eq!(found, expected, "every planted hit, nothing else");
    assert_eq!(
        total as usize,
        expected.values().map(BTreeSet::len).sum::<usize>()
    );
    for msgid in truth["near_misses"].as_object().unwrap().keys() {
        assert!(
            !found.contains_key(msgid),
            "near miss {msgid} raised an alert"
        );
    }

    // Filters.
    let (critical, nodes) = all_alerts(&app, &token, json!({ "severity": "CRITICAL" })).await;
    assert_eq!(
        critical as usize,
        expected
            .values()
            .filter(|codes| codes.contains("R3"))
            .count()
    );
    assert!(nodes.iter().all(|node| node["rule"]["code"] == "R3"));
    let (r5, _) = all_alerts(&app, &token, json!({ "ruleCode": "R5" })).await;
    assert_eq!(
        r5 as usize,
        expected
            .values()
            .filter(|codes| codes.contains("R5"))
            .count()
    );

    // Listing alerts with their rule, message and matches costs the same for 10 as for 100.
    let mut costs = Vec::new();
    for size in [10, 100] {
        let query = format!(
            "{{ riskAlerts(first: {size}) {{ nodes {{ rule {{ code name }} message {{ msgid content }} matches {{ text }} }} }} }}"
        );
        let (data, statements) = app.data_and_statements(&token, &query).await;
        costs.push(statements);
        assert_eq!(data["riskAlerts"]["nodes"].as_array().unwrap().len(), size);
    }
    assert_eq!(
        costs[0], costs[1],
        "statements for 10 vs 100 alerts: {costs:?}"
    );

    // A rescan with unchanged rules adds nothing.
    let output = app.scrm(&["archive", "rescan", "--tenant", "default"]);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("5000 messages scanned, 0 new alerts")
    );
    assert_eq!(all_alerts(&app, &token, Value::Null).await.0, total);
}

#[tokio::test]
async fn rules_are_validated_versioned_and_rescans_apply_new_ones_without_duplicates() {
    let app = spawn_app().await;
    let (_, compliance) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let rules = app
        .data(
            &compliance,
            "{ riskRules { code version enabled severity detectors appliesTo } }",
            json!({}),
        )
        .await;
    let codes: Vec<&str> = rules["riskRules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| rule["code"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        vec!["R1", "R2", "R3", "R4", "R5", "R6"],
        "new tenants get the default pack"
    );
    assert_eq!(
        rules["riskRules"][5]["detectors"],
        json!(["CN_MOBILE", "CN_ID_CARD", "BANK_CARD"])
    );

    let create = "mutation($input: RiskRuleCreateInput!) { riskRuleCreate(input: $input) { riskRule { code version } userErrors { field message code } } }";
    let data = app
        .data(&compliance, create, json!({ "input": { "code": "R7", "name": "坏正则", "category": "test", "severity": "LOW", "appliesTo": "BOTH", "patterns": ["(unclosed"] } }))
        .await;
    assert_eq!(
        data["riskRuleCreate"]["userErrors"][0]["field"],
        json!(["input", "patterns[0]"])
    );
    let data = app
        .data(&compliance, create, json!({ "input": { "code": "R7", "name": "空规则", "category": "test", "severity": "LOW", "appliesTo": "BOTH" } }))
        .await;
    assert_eq!(
        data["riskRuleCreate"]["userErrors"][0]["code"],
        "BAD_USER_INPUT"
    );
    let data = app
        .data(&compliance, create, json!({ "input": { "code": "R1", "name": "重复", "severity": "LOW", "appliesTo": "BOTH", "keywords": ["x"] } }))
        .await;
    assert_eq!(data["riskRuleCreate"]["userErrors"][0]["code"], "CONFLICT");

    app.import(CORPUS);
    let before = all_alerts(&app, &compliance, Value::Null).await.0;
    // A rule for a word the corpus uses honestly: the rescan adds its alerts once.
    let data = app
        .data(&compliance, create, json!({ "input": { "code": "R7", "name": "路演提及", "category": "test", "severity": "LOW", "appliesTo": "BOTH", "keywords": ["路演"] } }))
        .await;
    assert_eq!(
        data["riskRuleCreate"]["riskRule"],
        json!({ "code": "R7", "version": 1 })
    );
    for _ in 0..2 {
        let output = app.scrm(&["archive", "rescan", "--tenant", "default"]);
        assert!(output.status.success());
    }
    let (after, _) = all_alerts(&app, &compliance, Value::Null).await;
    let (r7, _) = all_alerts(&app, &compliance, json!({ "ruleCode": "R7" })).await;
    assert!(r7 > 0);
    assert_eq!(after, before + r7, "two rescans, no duplicates");

    let data = app
        .data(&compliance, "mutation { riskRuleUpdate(input: {code: \"R7\", severity: HIGH}) { riskRule { version severity enabled } userErrors { message } } }", json!({}))
        .await;
    assert_eq!(
        data["riskRuleUpdate"]["riskRule"],
        json!({ "version": 2, "severity": "HIGH", "enabled": true })
    );
    let data = app
        .data(
            &compliance,
            "mutation { riskRuleDisable(input: {code: \"R7\"}) { riskRule { version enabled } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        data["riskRuleDisable"]["riskRule"],
        json!({ "version": 3, "enabled": false })
    );
    let (_, r7_alerts) = all_alerts(&app, &compliance, json!({ "ruleCode": "R7" })).await;
    assert!(
        r7_alerts.iter().all(|alert| alert["ruleVersion"] == 1),
        "alerts remember the version that raised them"
    );

    // Roles: sales and managers see no rules; auditors read but cannot edit.
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    assert_eq!(
        error_code(
            &app.graphql(Some(&sales), "{ riskRules { code } }", json!({}))
                .await
        ),
        "FORBIDDEN"
    );
    app.data(&auditor, "{ riskRules { code } }", json!({}))
        .await;
    let body = app
        .graphql(
            Some(&auditor),
            "mutation { riskRuleDisable(input: {code: \"R1\"}) { riskRule { code } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
}

#[tokio::test]
async fn alerts_are_assigned_discussed_and_decided_once_and_auditors_cannot_decide() {
    let app = spawn_app().await;
    app.import(CORPUS);
    let (officer_id, officer) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let (sales_id, _) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    let (_, alerts) = all_alerts(&app, &officer, json!({ "ruleCode": "R1" })).await;
    let id = alerts[0]["id"].as_str().unwrap().to_string();

    let assign = "mutation($id: ID!, $to: ID!) { riskAlertAssign(input: {id: $id, assigneeId: $to}) { riskAlert { status assignee { id } } userErrors { field code } } }";
    let data = app
        .data(&officer, assign, json!({ "id": id, "to": sales_id }))
        .await;
    assert_eq!(
        data["riskAlertAssign"]["userErrors"][0]["field"],
        json!(["input", "assigneeId"]),
        "only compliance officers"
    );
    let data = app
        .data(&officer, assign, json!({ "id": id, "to": officer_id }))
        .await;
    assert_eq!(data["riskAlertAssign"]["riskAlert"]["status"], "IN_REVIEW");

    let data = app
        .data(&officer, "mutation($id: ID!) { riskAlertComment(input: {id: $id, body: \"客户称是误会，已调取录音\"}) { riskAlert { comments { body author { id } } } } }", json!({ "id": id }))
        .await;
    assert_eq!(
        data["riskAlertComment"]["riskAlert"]["comments"][0]["author"]["id"],
        officer_id.as_str()
    );

    let decide = "mutation($id: ID!, $reason: String!) { riskAlertDecide(input: {id: $id, decision: CONFIRMED, reason: $reason}) { riskAlert { status decidedAt decisionReason decidedBy { id } } userErrors { field code } } }";
    let body = app
        .graphql(
            Some(&auditor),
            decide,
            json!({ "id": id, "reason": "审计" }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let data = app
        .data(&officer, decide, json!({ "id": id, "reason": "  " }))
        .await;
    assert_eq!(
        data["riskAlertDecide"]["userErrors"][0]["field"],
        json!(["input", "reason"])
    );
    let data = app
        .data(
            &officer,
            decide,
            json!({ "id": id, "reason": "承诺保本，违规" }),
        )
        .await;
    let decided = &data["riskAlertDecide"]["riskAlert"];
    assert_eq!(decided["status"], "CONFIRMED");
    assert_eq!(decided["decidedBy"]["id"], officer_id.as_str());
    assert!(decided["decidedAt"].as_str().is_some());
    let data = app
        .data(&officer, decide, json!({ "id": id, "reason": "again" }))
        .await;
    assert_eq!(
        data["riskAlertDecide"]["userErrors"][0]["code"], "CONFLICT",
        "decisions are final"
    );

    // Auditors read alerts; other tenants cannot see them.
    let (total, _) = all_alerts(&app, &auditor, json!({ "status": "CONFIRMED" })).await;
    assert_eq!(total, 1);
    let (assigned, _) = all_alerts(&app, &auditor, json!({ "assignee": officer_id })).await;
    assert_eq!(assigned, 1);
    let (in_january, _) = all_alerts(
        &app,
        &auditor,
        json!({ "from": "2025-01-01T00:00:00Z", "to": "2025-01-02T00:00:00Z" }),
    )
    .await;
    let (all, _) = all_alerts(&app, &auditor, Value::Null).await;
    assert!(in_january > 0 && in_january < all, "{in_january} of {all}");
    let other = app.create_tenant("other").await;
    let (_, other_officer) = app
        .create_staff(&other, "other", "c@other.cn", "COMPLIANCE", None)
        .await;
    assert_eq!(all_alerts(&app, &other_officer, Value::Null).await.0, 0);
    let body = app
        .graphql(
            Some(&other_officer),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");
}

/// An alert row as the archive writes it on ingest (OPEN, unassigned), for tests that need
/// alerts without importing a corpus.
fn open_alert(
    tenant_id: i64,
    message_seq: i64,
    rule_code: &str,
) -> entity::risk_alert::ActiveModel {
    use sea_orm::Set;
    let now = chrono::Utc::now();
    entity::risk_alert::ActiveModel {
        tenant_id: Set(tenant_id),
        message_seq: Set(message_seq),
        msgid: Set(format!("race-{message_seq}")),
        rule_code: Set(rule_code.to_string()),
        rule_version: Set(1),
        severity: Set(entity::Severity::High),
        matches: Set("[]".to_string()),
        status: Set(entity::AlertStatus::Open),
        sent_at_ms: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
}

/// The id of tenant `slug`, read from the app's database.
async fn tenant_id(db: &sea_orm::DatabaseConnection, slug: &str) -> i64 {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    entity::tenant::Entity::find()
        .filter(entity::tenant::Column::Slug.eq(slug))
        .one(db)
        .await
        .unwrap()
        .unwrap()
        .id
}

/// Many assignments and one decision of the same alert at once, round after round: the decision
/// always stands, and each assignment either landed before it or was refused with CONFLICT.
/// (An assignment used to check "undecided" and then write, so one that checked before the
/// decision and wrote after it reopened the alert as IN_REVIEW.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn assignments_racing_a_decision_never_reopen_the_alert() {
    use sea_orm::{ActiveModelTrait, Database};

    const ROUNDS: i64 = 15;
    const ASSIGNS: usize = 8;
    let app = std::sync::Arc::new(spawn_app().await);
    let mut officers = Vec::new();
    for number in 0..3 {
        let email = format!("c{number}@corp.cn");
        officers.push(
            app.create_staff(&app.admin_token, "default", &email, "COMPLIANCE", None)
                .await,
        );
    }
    let token = officers[0].1.clone();
    let db = Database::connect(&app.database_url).await.unwrap();
    let tenant = tenant_id(&db, "default").await;
    for seq in 1..=ROUNDS {
        open_alert(tenant, seq, "R1").insert(&db).await.unwrap();
    }
    db.close().await.unwrap();
    let listed = app
        .data(
            &token,
            "{ riskAlerts(first: 100) { nodes { id } } }",
            json!({}),
        )
        .await;
    let alerts = listed["riskAlerts"]["nodes"].as_array().unwrap().clone();
    assert_eq!(alerts.len() as i64, ROUNDS);

    let assign = "mutation($id: ID!, $to: ID!) { riskAlertAssign(input: {id: $id, assigneeId: $to}) { riskAlert { status decidedAt assignee { id } } userErrors { field code message } } }";
    let decide = "mutation($id: ID!) { riskAlertDecide(input: {id: $id, decision: DISMISSED, reason: \"误报\"}) { riskAlert { status } userErrors { code message } } }";
    let (mut landed, mut refused) = (0, 0);
    for alert in &alerts {
        let id = alert["id"].as_str().unwrap().to_string();
        let start = std::sync::Arc::new(tokio::sync::Barrier::new(ASSIGNS + 1));
        let mut assigns = Vec::new();
        for number in 0..ASSIGNS {
            let (app, start, token, id) = (app.clone(), start.clone(), token.clone(), id.clone());
            let to = officers[number % officers.len()].0.clone();
            assigns.push(tokio::spawn(async move {
                start.wait().await;
                let data = app
                    .data(&token, assign, json!({ "id": id, "to": to }))
                    .await;
                (to, data["riskAlertAssign"].clone())
            }));
        }
        let decision = {
            let (app, start, token, id) = (app.clone(), start.clone(), token.clone(), id.clone());
            tokio::spawn(async move {
                start.wait().await;
                app.data(&token, decide, json!({ "id": id })).await
            })
        };
        let decision = decision.await.unwrap();
        assert_eq!(
            decision["riskAlertDecide"]["riskAlert"]["status"], "DISMISSED",
            "{decision}"
        );
        let mut assigned_to = Vec::new();
        for assign in assigns {
            let (to, payload) = assign.await.unwrap();
            if payload["riskAlert"].is_null() {
                assert_eq!(payload["userErrors"][0]["code"], "CONFLICT", "{payload}");
                assert_eq!(payload["userErrors"][0]["field"], json!(["input", "id"]));
                refused += 1;
            } else {
                // Landed before the decision: it saw an undecided alert.
                assert_eq!(payload["riskAlert"]["status"], "IN_REVIEW", "{payload}");
                assert!(payload["riskAlert"]["decidedAt"].is_null(), "{payload}");
                assigned_to.push(to);
                landed += 1;
            }
        }
        let after = app
            .data(
                &token,
                "query($id: ID!) { node(id: $id) { ... on RiskAlert { status decidedAt decisionReason assignee { id } } } }",
                json!({ "id": id }),
            )
            .await;
        let after = &after["node"];
        assert_eq!(after["status"], "DISMISSED", "the decision stands: {after}");
        assert!(after["decidedAt"].is_string());
        assert_eq!(after["decisionReason"], "误报");
        match after["assignee"]["id"].as_str() {
            Some(assignee) => assert!(
                assigned_to.iter().any(|to| to == assignee),
                "the assignee is one that landed before the decision: {after}"
            ),
            None => assert!(assigned_to.is_empty(), "{after}"),
        }
    }
    eprintln!("assignments: {landed} landed before the decision, {refused} refused");
}

/// Comments and reasons written before they were sealed (migration 0005) are sealed by the next
/// start — here a CLI command's — and read back the same; a second start changes nothing.
#[tokio::test]
async fn plaintext_notes_written_before_sealing_are_sealed_by_the_next_start() {
    use entity::{risk_alert, risk_alert_comment, staff, tenant};
    use sea_orm::{ActiveModelTrait, ColumnTrait, Database, EntityTrait, QueryFilter, Set};

    let app = spawn_app().await;
    let (officer_id, officer) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    // Long enough to spill into overflow pages, which SQLite frees without rewriting unless
    // told to zero them; the marker sits at the end, in the last of them.
    let comment = format!(
        "{}旧评论-legacy-3f9a1c",
        "客户称是误会，已调取录音。".repeat(300)
    );
    let comment = comment.as_str();
    let reason = "旧理由-legacy-8d2e4b：承诺保本";

    let db = Database::connect(&app.database_url).await.unwrap();
    let tenant_id = tenant::Entity::find()
        .filter(tenant::Column::Slug.eq("default"))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .id;
    let author_id = staff::Entity::find()
        .filter(staff::Column::Email.eq("c@corp.cn"))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .id;
    // Rows as the server wrote them before sealing: plaintext, nothing sealed.
    let now = chrono::Utc::now();
    let alert = risk_alert::ActiveModel {
        tenant_id: Set(tenant_id),
        message_seq: Set(1),
        msgid: Set("legacy-1".to_string()),
        rule_code: Set("R1".to_string()),
        rule_version: Set(1),
        severity: Set(entity::Severity::High),
        matches: Set("[]".to_string()),
        status: Set(entity::AlertStatus::Confirmed),
        assignee_id: Set(Some(author_id)),
        decided_by: Set(Some(author_id)),
        decided_at: Set(Some(now)),
        decision_reason: Set(Some(reason.to_string())),
        decision_reason_sealed: Set(None),
        sent_at_ms: Set(0),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let row = risk_alert_comment::ActiveModel {
        tenant_id: Set(tenant_id),
        alert_id: Set(alert.id),
        author_id: Set(author_id),
        body: Set(comment.to_string()),
        body_sealed: Set(None),
        created_at: Set(now),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    db.close().await.unwrap();

    let review =
        "{ riskAlerts(first: 10) { nodes { decisionReason comments { body author { id } } } } }";
    let expected = json!({ "riskAlerts": { "nodes": [{
        "decisionReason": reason,
        "comments": [{ "body": comment, "author": { "id": officer_id } }],
    }] } });
    assert_eq!(
        app.data(&officer, review, json!({})).await,
        expected,
        "legacy rows read as they are until sealed"
    );

    let output = app.scrm(&["archive", "verify", "--tenant", "default"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let db = Database::connect(&app.database_url).await.unwrap();
    let sealed_comment = risk_alert_comment::Entity::find_by_id(row.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let sealed_alert = risk_alert::Entity::find_by_id(alert.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(sealed_comment.body, "", "plaintext cleared");
    assert_eq!(sealed_alert.decision_reason, None, "plaintext cleared");
    let comment_blob = sealed_comment.body_sealed.clone().expect("comment sealed");
    let reason_blob = sealed_alert
        .decision_reason_sealed
        .clone()
        .expect("reason sealed");
    for (blob, text) in [(&comment_blob, comment), (&reason_blob, reason)] {
        assert!(!contains_bytes(blob, text.as_bytes()));
    }
    assert_eq!(
        app.data(&officer, review, json!({})).await,
        expected,
        "sealed rows read the same through GraphQL"
    );

    // Idempotent: another start seals nothing again.
    assert!(
        app.scrm(&["archive", "verify", "--tenant", "default"])
            .status
            .success()
    );
    let again = risk_alert_comment::Entity::find_by_id(row.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(again.body_sealed, Some(comment_blob));
    db.close().await.unwrap();

    if !app.database_url.starts_with("postgres") {
        // On SQLite the cleared plaintext is zeroed and the WAL emptied: not left in any file.
        let markers = Needles::new(["legacy-3f9a1c", "legacy-8d2e4b"]);
        for file in files_under(app.data_dir.path()) {
            let bytes = std::fs::read(&file).unwrap();
            let found = markers.first_in(&bytes);
            assert!(found.is_none(), "{found:?} left in {}", file.display());
        }
    }
}

#[test]
fn scan_eval_reports_perfect_precision_and_recall_on_the_sample() {
    let output = Command::new(env!("CARGO_BIN_EXE_scrm"))
        .args(["archive", "scan-eval", "--truth", TRUTH, CORPUS])
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("all") && stdout.contains("1.0000   1.0000"),
        "{stdout}"
    );
    assert!(stdout.contains("no disagreements"), "{stdout}");
}

#[tokio::test]
async fn a_rescan_job_started_over_graphql_reports_progress_until_done() {
    let app = spawn_app().await;
    app.import(CORPUS);
    let (_, compliance) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let body = app
        .graphql(
            Some(&sales),
            "mutation { riskRescanStart { id } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");

    app.data(
        &compliance,
        "mutation { riskRuleCreate(input: {code: \"R7\", name: \"合同提及\", category: \"test\", severity: LOW, appliesTo: BOTH, keywords: [\"合同\"]}) { userErrors { message } } }",
        json!({}),
    )
    .await;
    let started = app
        .data(
            &compliance,
            "mutation { riskRescanStart { id kind status } }",
            json!({}),
        )
        .await;
    assert_eq!(started["riskRescanStart"]["kind"], "RESCAN");
    let id = started["riskRescanStart"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    let job = loop {
        let data = app
            .data(
                &compliance,
                "query($id: ID!) { job(id: $id) { status done total produced error } }",
                json!({ "id": id }),
            )
            .await;
        let unfinished = ["QUEUED", "RUNNING"].contains(&data["job"]["status"].as_str().unwrap());
        if !unfinished || std::time::Instant::now() > deadline {
            break data["job"].clone();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    };
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    assert_eq!(job["done"], 5000);
    assert_eq!(job["total"], 5000);
    let (r7, _) = all_alerts(&app, &compliance, json!({ "ruleCode": "R7" })).await;
    assert_eq!(job["produced"].as_u64().unwrap(), r7);
    assert!(r7 > 0);

    // Another tenant cannot see the job.
    let other = app.create_tenant("other").await;
    let body = app
        .graphql(
            Some(&other),
            "query($id: ID!) { job(id: $id) { status } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");
}

mod live {
    use futures_util::{SinkExt, StreamExt};
    use serde_json::json;
    use tokio_tungstenite::tungstenite::Message as Frame;

    use crate::helpers::{Socket, TestApp, next_json, spawn_app};

    async fn subscribe(app: &TestApp, token: &str) -> Socket {
        app.subscribe(
            token,
            "subscription { riskAlertCreated { rule { code } message { msgid } status } }",
        )
        .await
    }

    /// PostgreSQL takes an alert's id when it is inserted, not when its transaction commits: an
    /// alert whose transaction commits after one with a higher id must still reach subscribers.
    /// (The feed used to poll `id > last id seen`, and never looked back.) SQLite has one writer
    /// at a time, so its ids are in commit order and this cannot happen there.
    #[tokio::test]
    async fn an_alert_committed_after_one_with_a_higher_id_is_still_delivered() {
        use sea_orm::{ActiveModelTrait, Database, TransactionTrait};

        let app = spawn_app().await;
        if !app.database_url.starts_with("postgres") {
            return;
        }
        let (_, officer) = app
            .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
            .await;
        let mut socket = app
            .ws_connect(json!({ "Authorization": format!("Bearer {officer}") }))
            .await;
        assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
        let subscription = json!({
            "id": "1",
            "type": "subscribe",
            "payload": { "query": "subscription { riskAlertCreated { rule { code } status } }" }
        });
        socket
            .send(Frame::text(subscription.to_string()))
            .await
            .unwrap();
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;

        let db = Database::connect(&app.database_url).await.unwrap();
        let tenant = super::tenant_id(&db, "default").await;
        let slow = db.begin().await.unwrap();
        let lower = super::open_alert(tenant, 1, "R1")
            .insert(&slow)
            .await
            .unwrap();
        let quick = db.begin().await.unwrap();
        let higher = super::open_alert(tenant, 2, "R2")
            .insert(&quick)
            .await
            .unwrap();
        assert!(lower.id < higher.id);
        quick.commit().await.unwrap();
        let event = next_json(&mut socket).await;
        assert_eq!(
            event["payload"]["data"]["riskAlertCreated"]["rule"]["code"], "R2",
            "{event}"
        );
        // Let the feed poll past the higher id a few times before the lower one commits.
        tokio::time::sleep(std::time::Duration::from_millis(1_500)).await;
        slow.commit().await.unwrap();
        let event = next_json(&mut socket).await;
        assert_eq!(
            event["payload"]["data"]["riskAlertCreated"]["rule"]["code"], "R1",
            "the alert committed late arrives: {event}"
        );
        let again = tokio::time::timeout(std::time::Duration::from_secs(2), socket.next()).await;
        assert!(again.is_err(), "each alert arrives once: {again:?}");
        db.close().await.unwrap();
    }

    #[tokio::test]
    async fn compliance_officers_receive_their_tenants_alerts_live_and_others_are_refused() {
        let app = spawn_app().await;
        let (_, officer) = app
            .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
            .await;
        let (_, sales) = app
            .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
            .await;
        let other_admin = app.create_tenant("other").await;
        let (_, other_officer) = app
            .create_staff(&other_admin, "other", "c@other.cn", "COMPLIANCE", None)
            .await;

        let mut refused = subscribe(&app, &sales).await;
        let answer = next_json(&mut refused).await;
        assert_eq!(
            answer["payload"]["errors"][0]["extensions"]["code"], "FORBIDDEN",
            "{answer}"
        );

        let mut ours = subscribe(&app, &officer).await;
        let mut theirs = subscribe(&app, &other_officer).await;
        // Give the subscriptions a moment to register before alerts are raised.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let lines = app.import_first(300);

        let event = next_json(&mut ours).await;
        assert_eq!(event["type"], "next", "{event}");
        let alert = &event["payload"]["data"]["riskAlertCreated"];
        assert!(alert["rule"]["code"].as_str().unwrap().starts_with('R'));
        assert_eq!(alert["status"], "OPEN");
        assert!(
            lines
                .iter()
                .any(|line| line.contains(alert["message"]["msgid"].as_str().unwrap()))
        );

        let silence = tokio::time::timeout(std::time::Duration::from_secs(2), theirs.next()).await;
        assert!(silence.is_err(), "another tenant's officer hears nothing");
    }
}
