//! The compliance archive through the real CLI and server: exact search, no plaintext on
//! disk, tamper evidence, resumable import, revocations, rejects, keys and access control.

use std::collections::BTreeSet;
use std::process::{Output, Stdio};
use std::time::{Duration, Instant};

use entity::archive_message;
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};

use crate::helpers::{
    CORPUS, Needles, TRUTH, TestApp, contains_bytes, error_code, files_under, spawn_app,
};

fn truth() -> Value {
    serde_json::from_str(&std::fs::read_to_string(TRUTH).expect("truth file")).expect("truth JSON")
}

fn import_corpus(app: &TestApp) -> Output {
    app.import(CORPUS)
}

const SEARCH: &str = "query($q: String!, $after: String, $filter: ArchiveMessageFilter) { archiveSearch(query: $q, first: 100, after: $after, filter: $filter) { totalCount pageInfo { hasNextPage endCursor } nodes { msgid content revoked revokedAt } } }";

/// Pages through a search; returns (totalCount, msgids in page order).
async fn search_all(app: &TestApp, token: &str, query: &str, filter: Value) -> (u64, Vec<String>) {
    let variables = json!({ "q": query, "filter": filter });
    let (total, nodes) = app
        .all_pages(token, SEARCH, "archiveSearch", variables)
        .await;
    let msgids = nodes
        .iter()
        .map(|node| node["msgid"].as_str().unwrap().to_string())
        .collect();
    (total, msgids)
}

#[tokio::test]
async fn every_truth_search_returns_exactly_the_expected_messages() {
    let app = spawn_app().await;
    let output = import_corpus(&app);
    assert!(
        String::from_utf8_lossy(&output.stdout)
            .contains("5000 imported, 0 duplicates skipped, 0 rejected")
    );
    let token = app.compliance_token().await;
    for case in truth()["search"].as_array().unwrap() {
        let query = case["q"].as_str().unwrap();
        let expected: BTreeSet<String> = case["expected"]
            .as_array()
            .unwrap()
            .iter()
            .map(|id| id.as_str().unwrap().to_string())
            .collect();
        let (total, found) = search_all(&app, &token, query, Value::Null).await;
        let unique: BTreeSet<String> = found.iter().cloned().collect();
        assert_eq!(total as usize, expected.len(), "totalCount of {query}");
        assert_eq!(
            unique.len(),
            found.len(),
            "paging repeats no message for {query}"
        );
        assert_eq!(unique, expected, "result set of {query}");
    }
}

#[tokio::test]
async fn no_canary_reaches_disk_yet_search_finds_every_one() {
    let app = spawn_app().await;
    import_corpus(&app);
    let token = app.compliance_token().await;
    let canaries: Vec<String> = truth()["canaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c.as_str().unwrap().to_string())
        .collect();
    for canary in &canaries {
        let (total, _) = search_all(&app, &token, canary, Value::Null).await;
        assert!(total >= 1, "search finds canary {canary}");
    }
    // Each search was audited, its query sealed in the entry: the scan below covers them.
    let db = app.db().await;
    let searches = db
        .query_one_raw(sea_orm::Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'ARCHIVE_SEARCH'",
        ))
        .await
        .unwrap()
        .unwrap();
    let searches: i64 = searches.try_get("", "n").unwrap();
    assert!(
        searches as usize >= canaries.len(),
        "every canary search is audited"
    );
    // Reviewers quote messages: a comment and a decision reason quoting canaries are archive
    // content too.
    let comment = format!("客户原话：「{}」，已调取录音", canaries[0]);
    let reason = format!("承诺保本，原文含 {}", canaries[1]);
    let alert_id = review_quoting(&app, &token, &comment, &reason).await;
    // Exports of canary searches, in both formats: the files wait in the data dir sealed, and
    // what is downloaded holds the canary.
    for (canary, format) in canaries.iter().zip(["CSV", "XLSX"].iter().cycle()) {
        let (export, bytes) = crate::export_jobs::export_and_download(
            &app,
            &token,
            json!({ "kind": "ARCHIVE_SEARCH", "format": format, "query": canary }),
        )
        .await;
        assert!(export["rowCount"].as_u64().unwrap() >= 1);
        if *format == "CSV" {
            assert!(
                contains_bytes(&bytes, canary.as_bytes()),
                "the download holds {canary}"
            );
        }
    }
    assert!(
        app.data_dir.path().join("exports").is_dir(),
        "export files are in the scan"
    );
    // Operators' verify and a rescan of the data dir after everything was written.
    app.scrm(&["archive", "verify", "--tenant", "default"]);

    let files = files_under(app.data_dir.path());
    assert!(
        files.iter().any(|file| file.ends_with("cli.log")),
        "the CLI's logs are in the scan"
    );
    let needles = Needles::new(&canaries);
    for file in &files {
        let bytes = std::fs::read(file).unwrap();
        let found = needles.first_in(&bytes);
        assert!(
            found.is_none(),
            "canary {found:?} found in plaintext in {}",
            file.display()
        );
    }
    if app.database_url.starts_with("postgres") {
        // The database lives outside the data dir: read every row of every table back as text.
        let connection = app.db().await;
        let tables = connection
            .query_all_raw(sea_orm::Statement::from_string(
                sea_orm::DatabaseBackend::Postgres,
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public'",
            ))
            .await
            .unwrap();
        // bytea columns print as hex.
        let needles_or_hex = Needles::new(canaries.iter().flat_map(|canary| {
            let hex: String = canary
                .as_bytes()
                .iter()
                .map(|byte| format!("{byte:02x}"))
                .collect();
            [canary.clone(), hex]
        }));
        for table in tables {
            let name: String = table.try_get("", "tablename").unwrap();
            let rows = connection
                .query_all_raw(sea_orm::Statement::from_string(
                    sea_orm::DatabaseBackend::Postgres,
                    format!("SELECT t::text AS row FROM \"{name}\" t"),
                ))
                .await
                .unwrap();
            for row in rows {
                let text: String = row.try_get("", "row").unwrap();
                let found = needles_or_hex.first_in(text.as_bytes());
                assert!(found.is_none(), "canary {found:?} in table {name}");
            }
        }
    }
    // Sealed, not lost: the review reads back intact.
    let data = app
        .data(
            &token,
            "query($id: ID!) { node(id: $id) { ... on RiskAlert { status decisionReason comments { body } } } }",
            json!({ "id": alert_id }),
        )
        .await;
    assert_eq!(data["node"]["status"], "CONFIRMED");
    assert_eq!(data["node"]["decisionReason"], reason.as_str());
    assert_eq!(data["node"]["comments"], json!([{ "body": comment }]));
}

/// Comments on the first alert with `comment` and confirms it with `reason`, checking that
/// the mutations answer with the texts; returns the alert's id.
async fn review_quoting(app: &TestApp, token: &str, comment: &str, reason: &str) -> String {
    let data = app
        .data(
            token,
            "{ riskAlerts(first: 1) { nodes { id } } }",
            json!({}),
        )
        .await;
    let id = data["riskAlerts"]["nodes"][0]["id"]
        .as_str()
        .expect("the corpus raises alerts")
        .to_string();
    let data = app
        .data(
            token,
            "mutation($id: ID!, $body: String!) { riskAlertComment(input: {id: $id, body: $body}) { riskAlert { comments { body } } userErrors { message } } }",
            json!({ "id": id, "body": comment }),
        )
        .await;
    assert_eq!(
        data["riskAlertComment"]["riskAlert"]["comments"],
        json!([{ "body": comment }])
    );
    let data = app
        .data(
            token,
            "mutation($id: ID!, $reason: String!) { riskAlertDecide(input: {id: $id, decision: CONFIRMED, reason: $reason}) { riskAlert { decisionReason } userErrors { message } } }",
            json!({ "id": id, "reason": reason }),
        )
        .await;
    assert_eq!(
        data["riskAlertDecide"]["riskAlert"]["decisionReason"],
        reason
    );
    id
}

fn verify(app: &TestApp) -> (bool, String) {
    let output = app.scrm(&["archive", "verify", "--tenant", "default"]);
    (
        output.status.success(),
        crate::helpers::without_checkpoint(&String::from_utf8_lossy(&output.stdout)),
    )
}

async fn row_at(connection: &DatabaseConnection, seq: i64) -> archive_message::Model {
    archive_message::Entity::find()
        .filter(archive_message::Column::Seq.eq(seq))
        .one(connection)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn verify_reports_ok_then_names_the_first_tampered_record() {
    let app = spawn_app().await;
    import_corpus(&app);
    let (ok, stdout) = verify(&app);
    assert!(ok, "{stdout}");
    assert_eq!(
        stdout.trim(),
        "ok: 5000 records (chain and sealed originals)"
    );

    let connection = app.db().await;
    // One flipped byte in one ciphertext.
    let row = row_at(&connection, 1234).await;
    let mut flipped = row.ciphertext.clone();
    flipped[20] ^= 0x01;
    let original = row.ciphertext.clone();
    let mut active: archive_message::ActiveModel = row.clone().into();
    active.ciphertext = Set(flipped);
    archive_message::Entity::update(active)
        .exec(&connection)
        .await
        .unwrap();
    let (ok, stdout) = verify(&app);
    assert!(!ok);
    assert!(
        stdout.contains("seq 1234") && stdout.contains(&row.msgid),
        "{stdout}"
    );
    let mut active: archive_message::ActiveModel = row.clone().into();
    active.ciphertext = Set(original);
    archive_message::Entity::update(active)
        .exec(&connection)
        .await
        .unwrap();
    assert!(verify(&app).0, "restored");

    // Two rows swapped (their positions exchanged).
    let first = row_at(&connection, 300).await;
    let second = row_at(&connection, 301).await;
    for (row, seq) in [(&first, -1), (&second, 300), (&first, 301)] {
        archive_message::Entity::update_many()
            .col_expr(
                archive_message::Column::Seq,
                sea_orm::sea_query::Expr::value(seq),
            )
            .filter(archive_message::Column::Id.eq(row.id))
            .exec(&connection)
            .await
            .unwrap();
    }
    let (ok, stdout) = verify(&app);
    assert!(!ok);
    assert!(stdout.contains("seq 300"), "{stdout}");
    for (row, seq) in [(&first, -1), (&second, 301), (&first, 300)] {
        archive_message::Entity::update_many()
            .col_expr(
                archive_message::Column::Seq,
                sea_orm::sea_query::Expr::value(seq),
            )
            .filter(archive_message::Column::Id.eq(row.id))
            .exec(&connection)
            .await
            .unwrap();
    }
    assert!(verify(&app).0, "restored");

    // One row deleted.
    let doomed = row_at(&connection, 4000).await;
    archive_message::Entity::delete_by_id(doomed.id)
        .exec(&connection)
        .await
        .unwrap();
    let (ok, stdout) = verify(&app);
    assert!(!ok);
    assert!(
        stdout.contains("seq 4001") || stdout.contains("seq 4000"),
        "{stdout}"
    );
    assert!(
        stdout.contains("missing") || stdout.contains("gap"),
        "{stdout}"
    );
}

#[tokio::test]
async fn a_killed_import_resumes_and_archives_every_message_exactly_once() {
    let app = spawn_app().await;
    let connection = app.db().await;
    let mut child = app
        .scrm_command(&[
            "archive",
            "import",
            "--tenant",
            "default",
            "--batch-size",
            "25",
            CORPUS,
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut archived_at_kill = 0;
    while Instant::now() < deadline {
        archived_at_kill = archive_message::Entity::find()
            .all(&connection)
            .await
            .map(|rows| rows.len())
            .unwrap_or(0);
        if archived_at_kill >= 500 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        archived_at_kill > 0 && archived_at_kill < 5000,
        "killed mid-import at {archived_at_kill}"
    );

    let output = import_corpus(&app);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("0 rejected"), "{stdout}");
    let rows = archive_message::Entity::find()
        .all(&connection)
        .await
        .unwrap();
    assert_eq!(rows.len(), 5000);
    let unique: BTreeSet<&str> = rows.iter().map(|row| row.msgid.as_str()).collect();
    assert_eq!(unique.len(), 5000, "each message exactly once");
    assert_eq!(
        verify(&app),
        (
            true,
            "ok: 5000 records (chain and sealed originals)\n".to_string()
        )
    );

    // The index caught up: a truth search is exact after the resume.
    let token = app.compliance_token().await;
    let case = &truth()["search"][0];
    let (total, _) = search_all(&app, &token, case["q"].as_str().unwrap(), Value::Null).await;
    assert_eq!(total as usize, case["expected"].as_array().unwrap().len());

    // Importing the same file again changes nothing.
    let output = import_corpus(&app);
    assert!(
        String::from_utf8_lossy(&output.stdout).contains("0 imported, 5000 duplicates skipped")
    );
    assert_eq!(
        archive_message::Entity::find()
            .all(&connection)
            .await
            .unwrap()
            .len(),
        5000
    );
}

#[tokio::test]
async fn revoked_messages_stay_searchable_and_point_to_their_revoke() {
    let app = spawn_app().await;
    import_corpus(&app);
    let token = app.compliance_token().await;
    let corpus = std::fs::read_to_string(CORPUS).unwrap();
    let (revoke, target) = corpus
        .lines()
        .map(|line| serde_json::from_str::<Value>(line).unwrap())
        .filter(|message| message["msgtype"] == "revoke")
        .find_map(|revoke| {
            let target_id = revoke["revoke"]["pre_msgid"].as_str()?.to_string();
            let target = corpus
                .lines()
                .map(|line| serde_json::from_str::<Value>(line).unwrap())
                .find(|message| {
                    message["msgid"] == target_id.as_str() && message["msgtype"] == "text"
                })?;
            Some((revoke, target))
        })
        .expect("the corpus revokes a text message");
    let query = "query($msgid: String!) { archiveMessage(msgid: $msgid) { msgid content revoked revokedAt revokedBy revokes raw context(before: 2, after: 2) { msgid } highlights(query: \"的\") { start end text } } }";
    let data = app
        .data(&token, query, json!({ "msgid": target["msgid"] }))
        .await;
    let original = &data["archiveMessage"];
    assert_eq!(original["revoked"], true);
    assert_eq!(original["revokedBy"], revoke["msgid"]);
    let revoked_at =
        chrono::DateTime::parse_from_rfc3339(original["revokedAt"].as_str().unwrap()).unwrap();
    assert_eq!(
        revoked_at.timestamp_millis(),
        revoke["msgtime"].as_i64().unwrap()
    );
    assert_eq!(original["content"], target["text"]["content"]);
    let raw: Value = serde_json::from_str(original["raw"].as_str().unwrap()).unwrap();
    assert_eq!(raw, target, "raw is the original document");
    assert!(
        original["context"]
            .as_array()
            .unwrap()
            .iter()
            .any(|m| m["msgid"] == target["msgid"])
    );

    let data = app
        .data(&token, query, json!({ "msgid": revoke["msgid"] }))
        .await;
    assert_eq!(data["archiveMessage"]["revokes"], target["msgid"]);

    // Still found by its words, and by the revoked filter.
    let content = target["text"]["content"].as_str().unwrap();
    let words: String = content.chars().take(6).collect();
    let (_, found) = search_all(
        &app,
        &token,
        &format!("\"{words}\""),
        json!({ "revoked": true }),
    )
    .await;
    assert!(found.contains(&target["msgid"].as_str().unwrap().to_string()));
}

#[tokio::test]
async fn rejected_lines_are_reported_kept_once_and_fail_the_command() {
    let app = spawn_app().await;
    let file = app.data_dir.path().join("batch.jsonl");
    let good = std::fs::read_to_string(CORPUS)
        .unwrap()
        .lines()
        .take(3)
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(
        &file,
        format!("{good}\n{{\"msgid\": \"broken\"\nnot json at all\n"),
    )
    .unwrap();
    let file = file.to_str().unwrap();
    for run in 0..2 {
        let output = app.scrm(&["archive", "import", "--tenant", "default", file]);
        assert!(
            !output.status.success(),
            "rejects make the exit code non-zero"
        );
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("line 4:") && stderr.contains("line 5:"),
            "{stderr}"
        );
        let stdout = String::from_utf8_lossy(&output.stdout);
        let imported = if run == 0 { "3 imported" } else { "0 imported" };
        assert!(
            stdout.contains(imported) && stdout.contains("2 rejected"),
            "{stdout}"
        );
    }
    let connection = app.db().await;
    let rejects = entity::archive_reject::Entity::find()
        .all(&connection)
        .await
        .unwrap();
    assert_eq!(rejects.len(), 2, "each bad line stored once");
    assert!(
        rejects
            .iter()
            .all(|reject| !contains_bytes(&reject.ciphertext, b"not json at all"))
    );
}

#[tokio::test]
async fn rotated_and_rewrapped_keys_keep_old_and_new_messages_readable() {
    let app = spawn_app().await;
    let token = app.compliance_token().await;
    let lines: Vec<&str> = include_str!("../fixtures/archive-corpus.jsonl")
        .lines()
        .collect();
    let first = app.data_dir.path().join("first.jsonl");
    let second = app.data_dir.path().join("second.jsonl");
    std::fs::write(&first, lines[..100].join("\n")).unwrap();
    std::fs::write(&second, lines[100..200].join("\n")).unwrap();
    assert!(
        app.scrm(&[
            "archive",
            "import",
            "--tenant",
            "default",
            first.to_str().unwrap()
        ])
        .status
        .success()
    );
    let output = app.scrm(&["keys", "rotate", "--tenant", "default"]);
    assert!(String::from_utf8_lossy(&output.stdout).contains("version 2 is now current"));
    assert!(
        app.scrm(&[
            "archive",
            "import",
            "--tenant",
            "default",
            second.to_str().unwrap()
        ])
        .status
        .success()
    );

    let connection = app.db().await;
    let versions: BTreeSet<i32> = archive_message::Entity::find()
        .all(&connection)
        .await
        .unwrap()
        .iter()
        .map(|row| row.key_version)
        .collect();
    assert_eq!(versions, BTreeSet::from([1, 2]));
    let (total, _) = search_all(&app, &token, "", Value::Null).await;
    assert_eq!(total, 200, "messages under both key versions open");

    let new_key = app.data_dir.path().join("new-master.key");
    std::fs::write(&new_key, [7u8; 32]).unwrap();
    let old_key = std::fs::read(app.data_dir.path().join("master.key")).unwrap();
    let output = app.scrm(&[
        "keys",
        "rewrap",
        "--new-master-key",
        new_key.to_str().unwrap(),
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(
        std::fs::read(app.data_dir.path().join("master.key")).unwrap(),
        vec![7u8; 32]
    );
    assert_ne!(old_key, vec![7u8; 32]);
    assert!(verify(&app).0);
    let output = app.scrm(&[
        "archive", "search", "--tenant", "default", "--limit", "100", "",
    ]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("of 200 matching"));
}

#[tokio::test]
async fn only_compliance_and_auditors_read_the_archive_and_only_their_tenants() {
    let app = spawn_app().await;
    let output = app.scrm(&["archive", "import", "--tenant", "default", CORPUS]);
    assert!(output.status.success());
    let (_, manager) = app
        .create_staff(&app.admin_token, "default", "m@corp.cn", "MANAGER", None)
        .await;
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "au@corp.cn", "AUDITOR", None)
        .await;
    let compliance = app.compliance_token().await;
    let msgid = "ioDYkGtl0WiuPMFtAKFIni_1";
    for token in [&app.admin_token, &manager, &sales] {
        for query in [
            "{ archiveSearch(query: \"开户\") { totalCount } }",
            "{ archiveConversations { totalCount } }",
            &format!("{{ archiveMessage(msgid: \"{msgid}\") {{ content }} }}"),
        ] {
            let body = app.graphql(Some(token), query, json!({})).await;
            assert_eq!(error_code(&body), "FORBIDDEN", "{query}");
        }
    }
    for token in [&compliance, &auditor] {
        let data = app.data(token, &format!("{{ archiveMessage(msgid: \"{msgid}\") {{ content }} archiveConversations(first: 5) {{ totalCount nodes {{ key messageCount lastMessageAt }} }} }}"), json!({})).await;
        assert_eq!(
            data["archiveMessage"]["content"],
            "中证500增强的费率是多少？"
        );
        assert!(data["archiveConversations"]["totalCount"].as_u64().unwrap() > 10);
    }

    // Another tenant's compliance officer sees nothing of ours, and our ids look missing.
    let other_admin = app.create_tenant("other").await;
    let (_, other_compliance) = app
        .create_staff(&other_admin, "other", "c@other.cn", "COMPLIANCE", None)
        .await;
    let (total, _) = search_all(&app, &other_compliance, "开户", Value::Null).await;
    assert_eq!(total, 0);
    let ours = app
        .graphql(
            Some(&other_compliance),
            &format!("{{ archiveMessage(msgid: \"{msgid}\") {{ content }} }}"),
            json!({}),
        )
        .await;
    let missing = app
        .graphql(
            Some(&other_compliance),
            "{ archiveMessage(msgid: \"never-existed\") { content } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&ours), "NOT_FOUND");
    assert_eq!(
        ours["errors"][0]["message"],
        missing["errors"][0]["message"]
    );
    let node_id = app
        .data(
            &compliance,
            &format!("{{ archiveMessage(msgid: \"{msgid}\") {{ id }} }}"),
            json!({}),
        )
        .await["archiveMessage"]["id"]
        .clone();
    let node = app
        .graphql(
            Some(&other_compliance),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": node_id }),
        )
        .await;
    assert_eq!(error_code(&node), "NOT_FOUND");
}

#[tokio::test]
async fn search_filters_narrow_results_and_bad_queries_are_user_errors() {
    let app = spawn_app().await;
    import_corpus(&app);
    let token = app.compliance_token().await;
    let (all, _) = search_all(&app, &token, "开户", Value::Null).await;
    let (texts, _) = search_all(&app, &token, "开户", json!({ "msgtype": "text" })).await;
    let (direct, _) = search_all(&app, &token, "开户", json!({ "roomid": "" })).await;
    assert!(texts < all && texts > 0, "{texts} of {all}");
    assert!(direct <= all);
    let (january_first, ids) = search_all(
        &app,
        &token,
        "开户",
        json!({ "sentAt": { "lt": "2025-01-02T00:00:00Z" } }),
    )
    .await;
    assert!(january_first < all);
    assert_eq!(ids.len() as u64, january_first);
    let (from_one, _) = search_all(&app, &token, "", json!({ "sender": "lina006" })).await;
    assert!(from_one > 0);
    let data = app.data(&token, "{ archiveSearch(query: \"ＥＴＦ\", first: 1) { totalCount nodes { content highlights(query: \"ETF\") { text } } } }", json!({})).await;
    assert!(data["archiveSearch"]["totalCount"].as_u64().unwrap() > 0);
    assert_eq!(
        data["archiveSearch"]["nodes"][0]["highlights"][0]["text"]
            .as_str()
            .unwrap()
            .to_lowercase(),
        "etf"
    );

    let body = app
        .graphql(
            Some(&token),
            "{ archiveSearch(query: \"开户\", first: 500) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let body = app
        .graphql(
            Some(&token),
            "{ archiveSearch(query: \"开户\", after: \"garbage\") { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

/// Conversation key, message count and latest `msgtime` of every conversation of the corpus.
fn corpus_conversations() -> std::collections::HashMap<String, (u64, i64)> {
    let mut conversations = std::collections::HashMap::new();
    for line in std::fs::read_to_string(CORPUS).unwrap().lines() {
        let message: Value = serde_json::from_str(line).unwrap();
        let room = message["roomid"].as_str().unwrap_or_default();
        let key = if room.is_empty() {
            // Switch records name `user` and `time` instead of `from` and `msgtime`.
            let sender = message["from"]
                .as_str()
                .or(message["user"].as_str())
                .unwrap()
                .to_string();
            let other = message["tolist"][0]
                .as_str()
                .unwrap_or_default()
                .to_string();
            let (first, second) = if sender <= other {
                (sender, other)
            } else {
                (other, sender)
            };
            format!("pair:{first}|{second}")
        } else {
            format!("room:{room}")
        };
        let entry = conversations.entry(key).or_insert((0, i64::MIN));
        entry.0 += 1;
        let sent_at = message["msgtime"].as_i64().or(message["time"].as_i64());
        entry.1 = entry.1.max(sent_at.unwrap());
    }
    conversations
}

#[tokio::test]
async fn conversations_count_every_message_once_most_recent_first() {
    let app = spawn_app().await;
    for _ in 0..2 {
        // The second import only finds duplicates: no count may grow.
        let output = app.scrm(&["archive", "import", "--tenant", "default", CORPUS]);
        assert!(output.status.success());
    }
    let expected = corpus_conversations();
    let compliance = app.compliance_token().await;

    let (total, listed) = app
        .all_pages(
            &compliance,
            "query($after: String) { archiveConversations(first: 100, after: $after) {
                totalCount
                pageInfo { hasNextPage endCursor }
                nodes { key messageCount lastMessageAt }
            } }",
            "archiveConversations",
            json!({}),
        )
        .await;
    assert_eq!(total, expected.len() as u64);
    assert_eq!(listed.len(), expected.len());
    let mut previous_last = i64::MAX;
    let mut keys = BTreeSet::new();
    for node in &listed {
        let key = node["key"].as_str().unwrap();
        let (count, last_ms) = expected[key];
        assert_eq!(node["messageCount"].as_u64().unwrap(), count, "{key}");
        let listed_last =
            chrono::DateTime::parse_from_rfc3339(node["lastMessageAt"].as_str().unwrap())
                .unwrap()
                .timestamp_millis();
        assert_eq!(listed_last, last_ms, "{key}");
        assert!(listed_last <= previous_last, "most recent first");
        previous_last = listed_last;
        keys.insert(key.to_string());
    }
    assert_eq!(keys.len(), expected.len(), "every conversation listed once");
    let messages: u64 = listed
        .iter()
        .map(|node| node["messageCount"].as_u64().unwrap())
        .sum();
    assert_eq!(messages, 5_000);
}
