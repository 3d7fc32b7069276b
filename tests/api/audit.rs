//! The audit log through the real server: every read of archive content and of alerts, and
//! every alert change, leaves exactly one entry; an entry that cannot be written refuses the
//! action; what was searched for is sealed.

use std::collections::BTreeMap;

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, contains_bytes, error_code, files_under, spawn_app};

/// Entries per action, and per action the outcomes and actors, straight from the table.
async fn entries_by_action(app: &TestApp) -> BTreeMap<String, u64> {
    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT action, COUNT(*) AS n FROM audit_entry GROUP BY action",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|row| {
            let action: String = row.try_get("", "action").unwrap();
            let count: i64 = row.try_get("", "n").unwrap();
            (action, count as u64)
        })
        .collect()
}

/// Runs `query` and checks that it added exactly one entry of each of `actions` and nothing
/// else.
async fn exactly_one_entry_each(
    app: &TestApp,
    token: &str,
    query: &str,
    variables: Value,
    actions: &[&str],
) -> Value {
    let before = entries_by_action(app).await;
    let data = app.data(token, query, variables).await;
    let after = entries_by_action(app).await;
    let mut added: BTreeMap<String, u64> = BTreeMap::new();
    for (action, count) in &after {
        let grew = count - before.get(action).copied().unwrap_or(0);
        if grew > 0 {
            added.insert(action.clone(), grew);
        }
    }
    let expected: BTreeMap<String, u64> = actions
        .iter()
        .map(|action| (action.to_string(), 1))
        .collect();
    assert_eq!(added, expected, "audit entries added by {query}: {data}");
    data
}

#[tokio::test]
async fn every_archive_read_and_alert_change_leaves_exactly_one_entry() {
    let app = spawn_app().await;
    app.import_first(400);
    let token = app.compliance_token().await;
    let officer = app.viewer_id(&token).await;

    let data = exactly_one_entry_each(
        &app,
        &token,
        "{ archiveSearch(query: \"的\", first: 3) { nodes { id msgid } } }",
        json!({}),
        &["ARCHIVE_SEARCH"],
    )
    .await;
    let msgid = data["archiveSearch"]["nodes"][0]["msgid"]
        .as_str()
        .unwrap()
        .to_string();
    let message_id = data["archiveSearch"]["nodes"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    exactly_one_entry_each(
        &app,
        &token,
        "query($m: String!) { archiveMessage(msgid: $m) { msgid } }",
        json!({ "m": msgid }),
        &["ARCHIVE_MESSAGE_READ"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "query($id: ID!) { node(id: $id) { ... on ArchiveMessage { msgid } } }",
        json!({ "id": message_id }),
        &["ARCHIVE_MESSAGE_READ"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "query($m: String!) { archiveMessage(msgid: $m) { context(before: 2, after: 2) { msgid } } }",
        json!({ "m": msgid }),
        &["ARCHIVE_MESSAGE_READ", "ARCHIVE_CONTEXT_READ"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "query($m: String!) { archiveMessage(msgid: $m) { raw } }",
        json!({ "m": msgid }),
        &["ARCHIVE_MESSAGE_READ", "ARCHIVE_RAW_READ"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "{ archiveConversations(first: 5) { nodes { key } } }",
        json!({}),
        &["ARCHIVE_CONVERSATIONS_READ"],
    )
    .await;
    // A page of alerts with their messages is one read of alerts.
    let data = exactly_one_entry_each(
        &app,
        &token,
        "{ riskAlerts(first: 5) { nodes { id message { content } } } }",
        json!({}),
        &["RISK_ALERTS_READ"],
    )
    .await;
    let alert = data["riskAlerts"]["nodes"][0]["id"]
        .as_str()
        .expect("alerts raised")
        .to_string();
    exactly_one_entry_each(
        &app,
        &token,
        "query($id: ID!) { node(id: $id) { ... on RiskAlert { status } } }",
        json!({ "id": alert }),
        &["RISK_ALERTS_READ"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "mutation($id: ID!, $to: ID!) { riskAlertAssign(input: {id: $id, assigneeId: $to}) { riskAlert { status } userErrors { message } } }",
        json!({ "id": alert, "to": officer }),
        &["RISK_ALERT_ASSIGN"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "mutation($id: ID!) { riskAlertComment(input: {id: $id, body: \"called the customer\"}) { riskAlert { status } userErrors { message } } }",
        json!({ "id": alert }),
        &["RISK_ALERT_COMMENT"],
    )
    .await;
    let data = exactly_one_entry_each(
        &app,
        &token,
        "mutation($id: ID!) { riskAlertDecide(input: {id: $id, decision: CONFIRMED, reason: \"promised a return\"}) { riskAlert { status } userErrors { message } } }",
        json!({ "id": alert }),
        &["RISK_ALERT_DECIDE"],
    )
    .await;
    assert_eq!(data["riskAlertDecide"]["riskAlert"]["status"], "CONFIRMED");
    // A refused second decision changes nothing and records nothing.
    exactly_one_entry_each(
        &app,
        &token,
        "mutation($id: ID!) { riskAlertDecide(input: {id: $id, decision: DISMISSED, reason: \"again\"}) { userErrors { code } } }",
        json!({ "id": alert }),
        &[],
    )
    .await;

    // Each entry names who read, from where, with which request; seqs are dense.
    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT seq, action, actor_kind, actor_staff_id, actor_role, outcome, request_id, client_ip FROM audit_entry ORDER BY seq",
        ))
        .await
        .unwrap();
    let mut archive_and_alert_entries = 0;
    for (index, row) in rows.iter().enumerate() {
        let seq: i64 = row.try_get("", "seq").unwrap();
        assert_eq!(seq, index as i64 + 1, "dense seqs");
        let action: String = row.try_get("", "action").unwrap();
        if action == "ARCHIVE_IMPORT"
            || !(action.starts_with("ARCHIVE_") || action.starts_with("RISK_"))
        {
            // The operator's import, sign-ins and staff changes of the test's set-up.
            continue;
        }
        archive_and_alert_entries += 1;
        let kind: String = row.try_get("", "actor_kind").unwrap();
        let role: Option<String> = row.try_get("", "actor_role").unwrap();
        let outcome: String = row.try_get("", "outcome").unwrap();
        let request_id: Option<String> = row.try_get("", "request_id").unwrap();
        let client_ip: Option<String> = row.try_get("", "client_ip").unwrap();
        assert_eq!(kind, "STAFF");
        assert_eq!(role.as_deref(), Some("COMPLIANCE"));
        assert_eq!(outcome, "SUCCESS");
        assert!(request_id.is_some_and(|id| !id.is_empty()));
        assert_eq!(client_ip.as_deref(), Some("127.0.0.1"));
    }
    assert_eq!(
        archive_and_alert_entries, 13,
        "one entry per read and change above"
    );
}

/// Makes every insert into `audit_entry` fail, as a full disk or a broken table would.
async fn break_the_audit_table(app: &TestApp) {
    let db = app.db().await;
    let backend = db.get_database_backend();
    let statements: Vec<&str> = match backend {
        DatabaseBackend::Postgres => vec![
            "CREATE FUNCTION test_refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit table broken for the test'; END $$",
            "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION test_refuse_audit()",
        ],
        _ => vec![
            "CREATE TRIGGER test_refuse_audit BEFORE INSERT ON audit_entry BEGIN SELECT RAISE(ABORT, 'audit table broken for the test'); END",
        ],
    };
    for statement in statements {
        db.execute_unprepared(statement).await.unwrap();
    }
}

#[tokio::test]
async fn a_read_or_change_whose_entry_cannot_be_written_shows_and_changes_nothing() {
    let app = spawn_app().await;
    app.import_first(400);
    let token = app.compliance_token().await;
    let officer = app.viewer_id(&token).await;
    let alerts = app
        .data(
            &token,
            "{ riskAlerts(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await;
    let alert = alerts["riskAlerts"]["nodes"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    break_the_audit_table(&app).await;

    let response = app
        .graphql(
            Some(&token),
            "{ archiveSearch(query: \"的\", first: 5) { totalCount nodes { content } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "INTERNAL", "{response}");
    assert!(
        response["data"].is_null() || response["data"]["archiveSearch"].is_null(),
        "no content without its audit entry: {response}"
    );
    let response = app
        .graphql(
            Some(&token),
            "{ riskAlerts(first: 5) { nodes { message { content } } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&response), "INTERNAL", "{response}");
    assert!(
        !response.to_string().contains("\"content\":\""),
        "{response}"
    );

    let response = app
        .graphql(
            Some(&token),
            "mutation($id: ID!, $to: ID!) { riskAlertAssign(input: {id: $id, assigneeId: $to}) { riskAlert { status } } }",
            json!({ "id": alert, "to": officer }),
        )
        .await;
    assert_eq!(error_code(&response), "INTERNAL", "{response}");

    // The assignment was rolled back with its entry: the alert is still open.
    let db = app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM risk_alert WHERE status <> 'OPEN' OR assignee_id IS NOT NULL",
        ))
        .await
        .unwrap()
        .unwrap();
    let changed: i64 = row.try_get("", "n").unwrap();
    assert_eq!(changed, 0, "no alert changed without its audit entry");
}

#[tokio::test]
async fn what_an_officer_searched_for_is_sealed() {
    let app = spawn_app().await;
    app.import_first(50);
    let token = app.compliance_token().await;
    let secret_query = "内幕消息KX7Q";
    app.data(
        &token,
        "query($q: String!) { archiveSearch(query: $q, first: 5) { totalCount } }",
        json!({ "q": secret_query }),
    )
    .await;
    assert_eq!(
        entries_by_action(&app).await.get("ARCHIVE_SEARCH"),
        Some(&1)
    );
    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT sealed FROM audit_entry",
        ))
        .await
        .unwrap();
    for row in rows {
        let sealed: Vec<u8> = row.try_get("", "sealed").unwrap();
        assert!(
            !contains_bytes(&sealed, secret_query.as_bytes()),
            "the query is sealed"
        );
    }
    for path in files_under(app.data_dir.path()) {
        let bytes = std::fs::read(&path).unwrap();
        assert!(
            !contains_bytes(&bytes, secret_query.as_bytes()),
            "the query is in plaintext in {}",
            path.display()
        );
    }
}

#[tokio::test]
async fn sign_ins_staff_changes_and_keys_leave_exactly_one_entry_each() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();

    let before = entries_by_action(&app).await;
    let token = app
        .login("default", "admin@localhost", &app.admin_password)
        .await;
    let after = entries_by_action(&app).await;
    assert_eq!(
        after.get("LOGIN").copied().unwrap_or(0),
        before.get("LOGIN").copied().unwrap_or(0) + 1,
        "a sign-in is one LOGIN entry"
    );

    // Failed sign-ins: against the account when it exists, by the sign-in check otherwise;
    // an unknown tenant has no log to write to.
    for (tenant, email, kind) in [
        ("default", "admin@localhost", Some("STAFF")),
        ("default", "nobody@corp.cn", Some("SYSTEM")),
        ("no-such-tenant", "admin@localhost", None),
    ] {
        let before = entries_by_action(&app).await;
        let response = app
            .graphql(
                None,
                "mutation($t: String!, $e: String!) { login(input: {tenant: $t, email: $e, password: \"wrong password 1\"}) { token userErrors { code } } }",
                json!({ "t": tenant, "e": email }),
            )
            .await;
        assert!(response["data"]["login"]["token"].is_null());
        let after = entries_by_action(&app).await;
        let failed = after.get("LOGIN_FAILED").copied().unwrap_or(0)
            - before.get("LOGIN_FAILED").copied().unwrap_or(0);
        assert_eq!(failed, u64::from(kind.is_some()), "{tenant} {email}");
        if let Some(kind) = kind {
            let db = app.db().await;
            let row = db
                .query_one_raw(Statement::from_string(
                    db.get_database_backend(),
                    "SELECT actor_kind, outcome FROM audit_entry ORDER BY seq DESC LIMIT 1",
                ))
                .await
                .unwrap()
                .unwrap();
            let actor_kind: String = row.try_get("", "actor_kind").unwrap();
            let outcome: String = row.try_get("", "outcome").unwrap();
            assert_eq!((actor_kind.as_str(), outcome.as_str()), (kind, "FAILED"));
        }
    }

    let data = exactly_one_entry_each(
        &app,
        &admin,
        "mutation { staffCreate(input: {email: \"li@corp.cn\", name: \"Li\", role: SALES, password: \"correct horse battery\"}) { staff { id } userErrors { message } } }",
        json!({}),
        &["STAFF_CHANGE"],
    )
    .await;
    let member = data["staffCreate"]["staff"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation($id: ID!) { staffUpdate(input: {id: $id, role: MANAGER}) { staff { role } userErrors { message } } }",
        json!({ "id": member }),
        &["STAFF_CHANGE"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation($id: ID!) { staffPasswordReset(input: {id: $id}) { oneTimePassword userErrors { message } } }",
        json!({ "id": member }),
        &["STAFF_CHANGE"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation($id: ID!) { staffDeactivate(input: {id: $id}) { staff { active } userErrors { message } } }",
        json!({ "id": member }),
        &["STAFF_CHANGE"],
    )
    .await;
    let data = exactly_one_entry_each(
        &app,
        &admin,
        "mutation { apiKeyCreate(input: {name: \"crm sync\", role: SALES}) { apiKey { id } userErrors { message } } }",
        json!({}),
        &["API_KEY_CHANGE"],
    )
    .await;
    let key = data["apiKeyCreate"]["apiKey"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation($id: ID!) { apiKeyRevoke(input: {id: $id}) { apiKey { revokedAt } userErrors { message } } }",
        json!({ "id": key }),
        &["API_KEY_CHANGE"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation { riskRuleCreate(input: {code: \"R9\", name: \"私下转账\", category: \"诱导\", severity: HIGH, keywords: [\"私下转账\"], appliesTo: STAFF}) { riskRule { version } userErrors { message } } }",
        json!({}),
        &["RISK_RULE_CHANGE"],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation { riskRuleDisable(input: {code: \"R9\"}) { riskRule { version enabled } userErrors { message } } }",
        json!({}),
        &["RISK_RULE_CHANGE"],
    )
    .await;
    // A refused rule changes nothing and records nothing.
    exactly_one_entry_each(
        &app,
        &admin,
        "mutation { riskRuleCreate(input: {code: \"R10\", name: \"bad\", severity: LOW, patterns: [\"(\"], appliesTo: STAFF}) { userErrors { field } } }",
        json!({}),
        &[],
    )
    .await;
    exactly_one_entry_each(
        &app,
        &token,
        "mutation { logout { userErrors { message } } }",
        json!({}),
        &["LOGOUT"],
    )
    .await;
    // The role change names the role before and after, sealed; the entry's clear columns say
    // who did it.
    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT actor_role FROM audit_entry WHERE action = 'STAFF_CHANGE'",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 4);
    for row in rows {
        let role: Option<String> = row.try_get("", "actor_role").unwrap();
        assert_eq!(role.as_deref(), Some("ADMIN"));
    }
}

/// The OS user the CLI records as the operator.
fn os_user() -> String {
    std::env::var("USER")
        .or_else(|_| std::env::var("LOGNAME"))
        .unwrap_or_else(|_| "unknown".to_string())
}

/// Runs `scrm args`, which must succeed, and checks that it added exactly `count` entries of
/// `action` and nothing else; its stdout.
async fn operator_entries(app: &TestApp, args: &[&str], action: &str, count: u64) -> String {
    let before = entries_by_action(app).await;
    let output = app.scrm(args);
    assert!(
        output.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let after = entries_by_action(app).await;
    let grew = after.get(action).copied().unwrap_or(0) - before.get(action).copied().unwrap_or(0);
    assert_eq!(grew, count, "{args:?} records {count} {action}");
    let total_before: u64 = before.values().sum();
    let total_after: u64 = after.values().sum();
    assert_eq!(
        total_after,
        total_before + count,
        "{args:?} records nothing else"
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

#[tokio::test]
async fn operator_commands_leave_one_entry_each_as_the_os_user() {
    let app = spawn_app().await;
    // A second tenant: a master-key re-wrap leaves one entry in each tenant's log.
    app.create_tenant("other").await;
    let before = entries_by_action(&app).await;
    app.import_first(30);
    let after = entries_by_action(&app).await;
    assert_eq!(
        after.get("ARCHIVE_IMPORT").copied().unwrap_or(0),
        before.get("ARCHIVE_IMPORT").copied().unwrap_or(0) + 1
    );
    let new_key = app.data_dir.path().join("new-master.key");
    std::fs::write(&new_key, [9u8; 32]).unwrap();
    let cases: [(&[&str], &str, u64); 9] = [
        (
            &["archive", "search", "--tenant", "default", "的"],
            "OPERATOR_SEARCH",
            1,
        ),
        (
            &["archive", "verify", "--tenant", "default"],
            "ARCHIVE_VERIFY",
            1,
        ),
        (
            &["archive", "rescan", "--tenant", "default"],
            "ARCHIVE_RESCAN",
            1,
        ),
        (&["keys", "rotate", "--tenant", "default"], "KEY_ROTATE", 1),
        (
            &[
                "staff",
                "grant",
                "--tenant",
                "default",
                "--email",
                "auditor@corp.cn",
                "--role",
                "AUDITOR",
            ],
            "STAFF_CHANGE",
            1,
        ),
        (
            &[
                "staff",
                "grant",
                "--tenant",
                "default",
                "--email",
                "admin@localhost",
                "--role",
                "COMPLIANCE",
            ],
            "STAFF_CHANGE",
            1,
        ),
        (
            &[
                "staff",
                "reset-password",
                "--tenant",
                "default",
                "--email",
                "auditor@corp.cn",
            ],
            "STAFF_CHANGE",
            1,
        ),
        (
            &[
                "keys",
                "rewrap",
                "--new-master-key",
                new_key.to_str().unwrap(),
            ],
            "KEY_REWRAP",
            2,
        ),
        // After the re-wrap, under the new master key: the re-wrap's entries open with it.
        (
            &["audit", "verify", "--tenant", "default"],
            "AUDIT_VERIFY",
            1,
        ),
    ];
    let mut outputs = Vec::new();
    for (args, action, count) in cases {
        outputs.push(operator_entries(&app, args, action, count).await);
    }
    assert!(outputs[8].starts_with("ok: "), "{}", outputs[8]);
    let grant_output = outputs[4].clone() + &outputs[5] + &outputs[6];

    let db = app.db().await;
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT actor_kind, actor_name, actor_staff_id, actor_role, outcome FROM audit_entry WHERE action IN ('ARCHIVE_IMPORT', 'OPERATOR_SEARCH', 'ARCHIVE_VERIFY', 'ARCHIVE_RESCAN', 'KEY_ROTATE', 'STAFF_CHANGE', 'KEY_REWRAP', 'AUDIT_VERIFY')",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 11);
    let os_user = os_user();
    for row in rows {
        let kind: String = row.try_get("", "actor_kind").unwrap();
        let name: Option<String> = row.try_get("", "actor_name").unwrap();
        let staff: Option<i64> = row.try_get("", "actor_staff_id").unwrap();
        let role: Option<String> = row.try_get("", "actor_role").unwrap();
        let outcome: String = row.try_get("", "outcome").unwrap();
        assert_eq!(kind, "OPERATOR");
        assert_eq!(name.as_deref(), Some(os_user.as_str()));
        assert_eq!((staff, role), (None, None));
        assert_eq!(outcome, "SUCCESS");
    }
    // One re-wrap entry in each tenant's log.
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT tenant_id, COUNT(*) AS n FROM audit_entry WHERE action = 'KEY_REWRAP' GROUP BY tenant_id",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        let count: i64 = row.try_get("", "n").unwrap();
        assert_eq!(count, 1);
    }

    // What the entries say, opened the way a process started after the re-wrap opens them:
    // with the new master key (the data keys sealing them did not change).
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id FROM tenant WHERE slug = 'default'",
        ))
        .await
        .unwrap()
        .unwrap();
    let tenant_id: i64 = row.try_get("", "id").unwrap();
    let index = tempfile::tempdir().unwrap();
    let reader = archive::Archive::new(
        db.clone(),
        archive::MasterKey::load(&app.data_dir.path().join("master.key")).unwrap(),
        index.path().to_path_buf(),
    );
    let entries = |action| operator_log(&reader, tenant_id, action);
    // Newest first: the reset, then the two grants.
    let changes = entries(archive::audit::AuditAction::StaffChange).await;
    let parameters: Vec<&Value> = changes.iter().map(|entry| &entry.parameters).collect();
    assert_eq!(
        parameters,
        [
            &json!({ "change": "password reset", "role": "AUDITOR", "roleBefore": null }),
            &json!({ "change": "grant", "role": "COMPLIANCE", "roleBefore": "ADMIN" }),
            &json!({ "change": "grant (new member)", "role": "AUDITOR", "roleBefore": null }),
        ]
    );
    for entry in &changes {
        assert_eq!(entry.target.len(), 1);
        assert!(entry.target[0].starts_with("staff/"), "{:?}", entry.target);
        // Never the one-time passwords the commands printed.
        for line in grant_output.lines() {
            if let Some(password) = line.strip_prefix("one-time password: ") {
                assert!(!entry.parameters.to_string().contains(password));
            }
        }
    }
    assert_eq!(
        changes[0].target, changes[2].target,
        "the reset names the granted member"
    );
    let rewrap = entries(archive::audit::AuditAction::KeyRewrap).await;
    assert_eq!(rewrap.len(), 1, "this tenant's own");
    let parameters = &rewrap[0].parameters;
    assert_eq!(
        parameters["dataKeys"], 2,
        "versions 1 and 2 after the rotation"
    );
    let old = parameters["oldMasterKeyFingerprint"].as_str().unwrap();
    let new = parameters["newMasterKeyFingerprint"].as_str().unwrap();
    assert_eq!(new, reader.master_key_fingerprint());
    assert_ne!(old, new);
    let verify = entries(archive::audit::AuditAction::AuditVerify).await;
    assert_eq!(verify[0].outcome, archive::audit::AuditOutcome::Success);
    assert_eq!(verify[0].parameters["brokenAtSeq"], Value::Null);
    assert!(verify[0].parameters["verified"].as_u64().unwrap() > 5);
}

/// Up to 10 entries of `action` in the tenant's log, newest first, opened by `reader`.
async fn operator_log(
    reader: &archive::Archive,
    tenant_id: i64,
    action: archive::audit::AuditAction,
) -> Vec<archive::audit::AuditEntry> {
    let filter = archive::audit::AuditFilter {
        action: Some(action),
        ..Default::default()
    };
    reader
        .audit_page(tenant_id, &filter, None, 10)
        .await
        .unwrap()
        .1
}

/// Every member's email and password hash, in id order.
async fn staff_state(db: &sea_orm::DatabaseConnection) -> Vec<(String, Option<String>)> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT email, password_hash FROM staff ORDER BY id",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|row| {
            (
                row.try_get("", "email").unwrap(),
                row.try_get("", "password_hash").unwrap(),
            )
        })
        .collect()
}

/// Every stored data key as wrapped, in id order.
async fn keys_state(db: &sea_orm::DatabaseConnection) -> Vec<Vec<u8>> {
    let rows = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT wrapped FROM archive_key ORDER BY id",
        ))
        .await
        .unwrap();
    rows.iter()
        .map(|row| row.try_get("", "wrapped").unwrap())
        .collect()
}

/// An operator's change whose entry cannot be written does not happen: a grant creates no
/// member, a reset keeps the password, a re-wrap keeps the old wrapping and master key file.
/// A verify still reports its finding.
#[tokio::test]
async fn operator_changes_whose_entry_cannot_be_written_change_nothing() {
    let app = spawn_app().await;
    let master_key = app.data_dir.path().join("master.key");
    let old_master = std::fs::read(&master_key).unwrap();
    let new_key = app.data_dir.path().join("new-master.key");
    std::fs::write(&new_key, [9u8; 32]).unwrap();
    let db = app.db().await;
    let staff_before = staff_state(&db).await;
    let keys_before = keys_state(&db).await;

    break_the_audit_table(&app).await;
    for args in [
        &[
            "staff",
            "grant",
            "--tenant",
            "default",
            "--email",
            "auditor@corp.cn",
            "--role",
            "AUDITOR",
        ][..],
        &[
            "staff",
            "reset-password",
            "--tenant",
            "default",
            "--email",
            "admin@localhost",
        ],
        &[
            "keys",
            "rewrap",
            "--new-master-key",
            new_key.to_str().unwrap(),
        ],
    ] {
        let output = app.scrm(args);
        assert!(!output.status.success(), "{args:?}");
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(!stdout.contains("one-time password"), "{args:?}: {stdout}");
    }
    assert_eq!(
        staff_state(&db).await,
        staff_before,
        "no member created or reset"
    );
    assert_eq!(keys_state(&db).await, keys_before, "no key re-wrapped");
    assert_eq!(std::fs::read(&master_key).unwrap(), old_master);

    let output = app.scrm(&["audit", "verify", "--tenant", "default"]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(String::from_utf8_lossy(&output.stdout).starts_with("ok: "));
}

/// `scrm audit verify` on a broken log reports the break and exits 1; its own entry (FAILED) is
/// appended after the walk and does not hide the break from the next verify.
#[tokio::test]
async fn audit_verify_reports_a_broken_log_and_records_the_failure() {
    let app = spawn_app().await;
    app.import_first(10);
    app.scrm(&["archive", "search", "--tenant", "default", "的"]);
    let db = app.db().await;
    let backend = db.get_database_backend();
    let drop: &[&str] = match backend {
        DatabaseBackend::Postgres => &["DROP TRIGGER audit_entry_no_change ON audit_entry"],
        _ => &["DROP TRIGGER audit_entry_no_update"],
    };
    for statement in drop {
        db.execute_unprepared(statement).await.unwrap();
    }
    db.execute_unprepared("UPDATE audit_entry SET action = 'LOGOUT' WHERE seq = 2")
        .await
        .unwrap();
    for _ in 0..2 {
        let output = app.scrm(&["audit", "verify", "--tenant", "default"]);
        assert_eq!(output.status.code(), Some(1));
        assert_eq!(
            String::from_utf8_lossy(&output.stdout).trim(),
            "audit log broken at seq 2: hash mismatch: the record was changed after it was chained"
        );
    }
    let rows = db
        .query_all_raw(Statement::from_string(
            backend,
            "SELECT outcome, actor_kind FROM audit_entry WHERE action = 'AUDIT_VERIFY'",
        ))
        .await
        .unwrap();
    assert_eq!(rows.len(), 2);
    for row in rows {
        let outcome: String = row.try_get("", "outcome").unwrap();
        let kind: String = row.try_get("", "actor_kind").unwrap();
        assert_eq!((outcome.as_str(), kind.as_str()), ("FAILED", "OPERATOR"));
    }
}

const AUDIT_LOG: &str = "query($filter: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id seq action outcome actorRole target parameters requestId clientIp actor { __typename ... on Staff { email } ... on AuditOperator { name } } } } }";

#[tokio::test]
async fn auditors_read_the_log_admins_without_archive_parameters_and_nobody_else() {
    let app = spawn_app().await;
    app.import_first(60);
    let compliance = app.compliance_token().await;
    let (_, auditor) = app
        .create_staff(
            &app.admin_token,
            "default",
            "auditor@corp.cn",
            "AUDITOR",
            None,
        )
        .await;
    let found = app
        .data(
            &compliance,
            "{ archiveSearch(query: \"的\", first: 2) { nodes { msgid } } }",
            json!({}),
        )
        .await;
    let msgid = found["archiveSearch"]["nodes"][0]["msgid"]
        .as_str()
        .unwrap()
        .to_string();
    app.data(
        &compliance,
        "query($m: String!) { archiveMessage(msgid: $m) { msgid } }",
        json!({ "m": msgid }),
    )
    .await;

    // "Who read this message?": the search that showed it and the read that opened it.
    let data = app
        .data(
            &auditor,
            AUDIT_LOG,
            json!({ "filter": { "targetId": msgid }, "first": 10 }),
        )
        .await;
    let log = &data["auditLog"];
    assert_eq!(log["totalCount"], 2, "{log:#}");
    let actions: Vec<&str> = log["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["action"].as_str().unwrap())
        .collect();
    assert_eq!(
        actions,
        ["ARCHIVE_MESSAGE_READ", "ARCHIVE_SEARCH"],
        "newest first"
    );
    let search = &log["nodes"][1];
    assert_eq!(search["actor"]["email"], "compliance@corp.cn");
    assert_eq!(search["actorRole"], "COMPLIANCE");
    assert_eq!(search["parameters"]["query"], "的");
    assert_eq!(search["outcome"], "SUCCESS");
    assert_eq!(search["clientIp"], "127.0.0.1");

    // The operator's import is there too, as the OS user.
    let data = app
        .data(
            &auditor,
            AUDIT_LOG,
            json!({ "filter": { "action": "ARCHIVE_IMPORT" } }),
        )
        .await;
    assert_eq!(
        data["auditLog"]["nodes"][0]["actor"]["__typename"],
        "AuditOperator"
    );

    // An admin sees the same entries, without what compliance searched for.
    let data = app
        .data(
            &app.admin_token,
            AUDIT_LOG,
            json!({ "filter": { "action": "ARCHIVE_SEARCH" } }),
        )
        .await;
    assert_eq!(data["auditLog"]["totalCount"], 1);
    assert!(data["auditLog"]["nodes"][0]["parameters"].is_null());
    let entry_id = data["auditLog"]["nodes"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    // One search matched: the page is complete.
    assert_eq!(data["auditLog"]["pageInfo"]["hasNextPage"], false);
    let node = app
        .data(
            &auditor,
            "query($id: ID!) { node(id: $id) { ... on AuditEntry { action parameters } } }",
            json!({ "id": entry_id }),
        )
        .await;
    assert_eq!(node["node"]["action"], "ARCHIVE_SEARCH");
    assert_eq!(node["node"]["parameters"]["query"], "的");

    // Reading the log is recorded.
    let data = app
        .data(
            &auditor,
            AUDIT_LOG,
            json!({ "filter": { "action": "AUDIT_LOG_READ" }, "first": 100 }),
        )
        .await;
    assert!(data["auditLog"]["totalCount"].as_u64().unwrap() >= 4);

    // Everyone else is refused, and the refusal is recorded.
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "sales@corp.cn", "SALES", None)
        .await;
    for token in [&sales, &compliance] {
        let response = app.graphql(Some(token), AUDIT_LOG, json!({})).await;
        assert_eq!(error_code(&response), "FORBIDDEN", "{response}");
    }
    let data = app
        .data(
            &auditor,
            AUDIT_LOG,
            json!({ "filter": { "action": "AUDIT_LOG_READ" }, "first": 100 }),
        )
        .await;
    let denied: Vec<&Value> = data["auditLog"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|node| node["outcome"] == "DENIED")
        .collect();
    assert_eq!(denied.len(), 2);

    // Bad input names the field.
    let response = app
        .graphql(
            Some(&auditor),
            AUDIT_LOG,
            json!({ "filter": { "from": "2026-12-02T00:00:00Z", "to": "2026-12-01T00:00:00Z" } }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");
    let response = app
        .graphql(
            Some(&auditor),
            AUDIT_LOG,
            json!({ "filter": { "action": "ARCHIVE_DELETE" } }),
        )
        .await;
    assert_eq!(error_code(&response), "BAD_USER_INPUT", "{response}");

    // Paging walks every entry once, newest first. (Each page read is itself a new entry,
    // above the first page: the walk covers the log as it stood at the first page.)
    let (_, nodes) = app
        .all_pages(&auditor, AUDIT_LOG, "auditLog", json!({ "first": 3 }))
        .await;
    let seqs: Vec<i64> = nodes
        .iter()
        .map(|node| node["seq"].as_i64().unwrap())
        .collect();
    let newest = seqs[0];
    assert_eq!(seqs, (1..=newest).rev().collect::<Vec<_>>());
}

#[tokio::test]
async fn another_tenants_auditor_sees_none_of_this_log() {
    let app = spawn_app().await;
    app.import_first(20);
    let compliance = app.compliance_token().await;
    app.data(
        &compliance,
        "{ archiveSearch(query: \"的\", first: 2) { totalCount } }",
        json!({}),
    )
    .await;
    let other_admin = app.create_tenant("acme").await;
    let (_, other_auditor) = app
        .create_staff(&other_admin, "acme", "auditor@acme.cn", "AUDITOR", None)
        .await;
    let data = app
        .data(
            &other_auditor,
            AUDIT_LOG,
            json!({ "filter": { "action": "ARCHIVE_SEARCH" } }),
        )
        .await;
    assert_eq!(data["auditLog"]["totalCount"], 0);
    // An entry id of the default tenant names nothing in acme.
    let (_, auditor) = app
        .create_staff(
            &app.admin_token,
            "default",
            "auditor@corp.cn",
            "AUDITOR",
            None,
        )
        .await;
    let data = app
        .data(
            &auditor,
            AUDIT_LOG,
            json!({ "filter": { "action": "ARCHIVE_SEARCH" } }),
        )
        .await;
    let id = data["auditLog"]["nodes"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let response = app
        .graphql(
            Some(&other_auditor),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&response), "NOT_FOUND", "{response}");
}
