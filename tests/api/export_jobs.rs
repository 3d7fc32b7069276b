//! Exports through the real server: `exportCreate` queues a job, the job writes the sealed
//! file, `GET /exports/{id}` streams it and `GET /exports/{id}/manifest` its signed manifest.
//! Files are parsed back with `csv` and `calamine` and compared with what the kind's own query
//! returns; tenants, roles, expiry and a server killed half-way are covered too.

use std::collections::HashMap;
use std::io::Cursor;
use std::time::{Duration, Instant};

use calamine::{Data, Reader, Xlsx};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::helpers::{CORPUS, TestApp, error_code, spawn_app, spawn_app_with};

const CREATE: &str = "mutation($input: ExportCreateInput!) { exportCreate(input: $input) { export { id kind format status job { id } } userErrors { field message code } } }";
const EXPORT: &str = "query($id: ID!) { node(id: $id) { ... on Export { id kind format status rowCount sha256 sizeBytes createdBy { email } createdAt expiresAt downloadUrl manifest job { done total attempts error } } } }";

/// Creates an export, which must be accepted; returns its id.
pub(crate) async fn create(app: &TestApp, token: &str, input: Value) -> String {
    let data = app.data(token, CREATE, json!({ "input": input })).await;
    assert_eq!(
        data["exportCreate"]["userErrors"],
        json!([]),
        "exportCreate refused {input}"
    );
    data["exportCreate"]["export"]["id"]
        .as_str()
        .expect("export id")
        .to_string()
}

/// Polls the export until its job is finished (at most three minutes).
pub(crate) async fn finished(app: &TestApp, token: &str, id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(180);
    loop {
        let data = app.data(token, EXPORT, json!({ "id": id })).await;
        let status = data["node"]["status"].as_str().unwrap_or_default();
        if !["QUEUED", "RUNNING"].contains(&status) || Instant::now() > deadline {
            return data["node"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn get(app: &TestApp, token: Option<&str>, path: &str) -> reqwest::Response {
    let mut request = app.client.get(format!("{}{path}", app.address));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    request.send().await.expect("download request sent")
}

/// Downloads a finished export: its bytes, after checking the headers and the hash.
async fn download(app: &TestApp, token: &str, export: &Value) -> Vec<u8> {
    let url = export["downloadUrl"]
        .as_str()
        .unwrap_or_else(|| panic!("no downloadUrl: {export}"));
    let response = get(app, Some(token), url).await;
    assert_eq!(response.status().as_u16(), 200);
    let headers = response.headers().clone();
    let expected_type = match export["format"].as_str() {
        Some("CSV") => "text/csv; charset=utf-8",
        _ => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };
    assert_eq!(headers["content-type"], expected_type);
    let disposition = headers["content-disposition"].to_str().unwrap().to_string();
    let stem = export["kind"]
        .as_str()
        .unwrap()
        .to_lowercase()
        .replace('_', "-");
    let extension = export["format"].as_str().unwrap().to_lowercase();
    assert!(
        disposition.starts_with(&format!("attachment; filename=\"{stem}-"))
            && disposition.ends_with(&format!(".{extension}\"")),
        "{disposition}"
    );
    let bytes = response.bytes().await.unwrap().to_vec();
    assert_eq!(export["sizeBytes"], bytes.len());
    assert_eq!(export["sha256"], hex::encode(Sha256::digest(&bytes)));
    bytes
}

/// A CSV export's rows as column name → cell, after checking the BOM.
fn csv_rows(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "CSV starts with a BOM");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    reader
        .records()
        .map(|record| {
            header
                .iter()
                .cloned()
                .zip(record.unwrap().iter().map(str::to_string))
                .collect()
        })
        .collect()
}

/// An XLSX export's rows as column name → cell text (every sheet, in order).
fn xlsx_rows(bytes: &[u8]) -> Vec<HashMap<String, String>> {
    let mut workbook: Xlsx<_> = Xlsx::new(Cursor::new(bytes.to_vec())).unwrap();
    let mut rows = Vec::new();
    for sheet in workbook.sheet_names() {
        let range = workbook.worksheet_range(&sheet).unwrap();
        let mut sheet_rows = range.rows();
        let header: Vec<String> = sheet_rows
            .next()
            .unwrap()
            .iter()
            .map(|cell| cell.to_string())
            .collect();
        for row in sheet_rows {
            rows.push(
                header
                    .iter()
                    .cloned()
                    .zip(row.iter().map(|cell| match cell {
                        Data::Empty => String::new(),
                        other => other.to_string(),
                    }))
                    .collect(),
            );
        }
    }
    rows
}

fn rows_of(export: &Value, bytes: &[u8]) -> Vec<HashMap<String, String>> {
    match export["format"].as_str() {
        Some("CSV") => csv_rows(bytes),
        _ => xlsx_rows(bytes),
    }
}

/// Checks the export's manifest with the real `scrm export verify`, public key only.
async fn verify_manifest(app: &TestApp, token: &str, export: &Value, bytes: &[u8]) -> Value {
    let url = export["manifest"].as_str().expect("manifest url");
    let response = get(app, Some(token), url).await;
    assert_eq!(response.status().as_u16(), 200);
    let manifest = response.text().await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("export.bin");
    let manifest_path = dir.path().join("manifest.json");
    let key_path = dir.path().join("public.pem");
    std::fs::write(&file, bytes).unwrap();
    std::fs::write(&manifest_path, &manifest).unwrap();
    let public = app.scrm(&["keys", "public"]);
    assert!(public.status.success());
    std::fs::write(&key_path, &public.stdout).unwrap();
    let verified = std::process::Command::new(env!("CARGO_BIN_EXE_scrm"))
        .args([
            "export",
            "verify",
            file.to_str().unwrap(),
            manifest_path.to_str().unwrap(),
            "--public-key",
            key_path.to_str().unwrap(),
        ])
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stderr)
    );
    serde_json::from_str(&manifest).unwrap()
}

/// Every message `archiveSearch` finds for `query`, newest first: (msgid, content).
async fn searched(app: &TestApp, token: &str, query: &str) -> Vec<(String, String)> {
    let (_, nodes) = app
        .all_pages(
            token,
            "query($q: String!, $after: String) { archiveSearch(query: $q, first: 100, after: $after) { totalCount nodes { msgid content } pageInfo { hasNextPage endCursor } } }",
            "archiveSearch",
            json!({ "q": query }),
        )
        .await;
    nodes
        .iter()
        .map(|node| {
            (
                node["msgid"].as_str().unwrap().to_string(),
                node["content"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[tokio::test]
async fn auditors_and_officers_export_each_kind_and_get_back_exactly_what_the_query_returns() {
    let app = spawn_app().await;
    app.import(CORPUS);
    let compliance = app.compliance_token().await;
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;

    // Archive search, both formats: the rows are archiveSearch's results, in its order, with
    // their content (Chinese intact).
    let expected = searched(&app, &auditor, "开户").await;
    assert!(expected.len() > 20, "the query finds a fair number");
    for format in ["CSV", "XLSX"] {
        let id = create(
            &app,
            &auditor,
            json!({ "kind": "ARCHIVE_SEARCH", "format": format, "query": "开户" }),
        )
        .await;
        let export = finished(&app, &auditor, &id).await;
        assert_eq!(export["status"], "SUCCEEDED", "{export}");
        assert_eq!(export["rowCount"], expected.len());
        assert_eq!(export["createdBy"]["email"], "auditor@corp.cn");
        let bytes = download(&app, &auditor, &export).await;
        let rows = rows_of(&export, &bytes);
        let got: Vec<(String, String)> = rows
            .iter()
            .map(|row| (row["msgid"].clone(), row["content"].clone()))
            .collect();
        assert_eq!(got, expected, "{format} rows");
        assert!(rows.iter().all(|row| row["content"].contains("开户")));
        let manifest = verify_manifest(&app, &auditor, &export, &bytes).await;
        assert_eq!(manifest["kind"], "ARCHIVE_SEARCH");
        assert_eq!(manifest["query"], "开户");
        assert_eq!(manifest["row_count"], expected.len());
    }

    // Alerts: one row per alert riskAlerts lists under the same filter.
    let filter = json!({ "severity": "HIGH" });
    let (total, alerts) = app
        .all_pages(
            &compliance,
            "query($f: RiskAlertFilter, $after: String) { riskAlerts(filter: $f, first: 100, after: $after, orderBy: {field: CREATED_AT, direction: ASC}) { totalCount nodes { id status message { msgid } } pageInfo { hasNextPage endCursor } } }",
            "riskAlerts",
            json!({ "f": filter }),
        )
        .await;
    assert!(total > 0);
    let id = create(
        &app,
        &compliance,
        json!({ "kind": "RISK_ALERTS", "format": "XLSX", "filter": filter }),
    )
    .await;
    let export = finished(&app, &compliance, &id).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    let rows = rows_of(&export, &download(&app, &compliance, &export).await);
    let got: Vec<(String, String)> = rows
        .iter()
        .map(|row| (row["id"].clone(), row["msgid"].clone()))
        .collect();
    let want: Vec<(String, String)> = alerts
        .iter()
        .map(|alert| {
            (
                alert["id"].as_str().unwrap().to_string(),
                alert["message"]["msgid"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(got, want);
    assert!(rows.iter().all(|row| row["severity"] == "HIGH"));

    // The audit log (sign-ins only, which nothing here adds while the export runs).
    let log_filter = json!({ "action": "LOGIN" });
    let (logins, entries) = app
        .all_pages(
            &auditor,
            "query($f: AuditLogFilter, $after: String) { auditLog(filter: $f, first: 100, after: $after) { totalCount nodes { seq action actor { ... on Staff { email } } } pageInfo { hasNextPage endCursor } } }",
            "auditLog",
            json!({ "f": log_filter }),
        )
        .await;
    let id = create(
        &app,
        &auditor,
        json!({ "kind": "AUDIT_LOG", "format": "CSV", "filter": log_filter }),
    )
    .await;
    let export = finished(&app, &auditor, &id).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    let bytes = download(&app, &auditor, &export).await;
    let rows = rows_of(&export, &bytes);
    assert_eq!(rows.len() as u64, logins);
    let seqs: Vec<String> = rows.iter().map(|row| row["seq"].clone()).collect();
    let want: Vec<String> = entries
        .iter()
        .map(|entry| entry["seq"].to_string())
        .collect();
    assert_eq!(seqs, want);
    assert!(rows.iter().all(|row| row["action"] == "LOGIN"));
    verify_manifest(&app, &auditor, &export, &bytes).await;

    // The compliance report: its rows and the total.
    let report = app
        .data(
            &compliance,
            "{ complianceReport(from: \"2024-01-01\", to: \"2026-12-31\", groupBy: RULE) { rows { key counts { raised } } total { raised } } }",
            json!({}),
        )
        .await;
    let id = create(
        &app,
        &compliance,
        json!({ "kind": "COMPLIANCE_REPORT", "format": "CSV", "filter": { "from": "2024-01-01", "to": "2026-12-31", "groupBy": "RULE" } }),
    )
    .await;
    let export = finished(&app, &compliance, &id).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    let rows = rows_of(&export, &download(&app, &compliance, &export).await);
    let report_rows = report["complianceReport"]["rows"].as_array().unwrap();
    assert_eq!(rows.len(), report_rows.len() + 1);
    for (row, expected) in rows.iter().zip(report_rows) {
        assert_eq!(row["group"], expected["key"].as_str().unwrap());
        assert_eq!(row["raised"], expected["counts"]["raised"].to_string());
    }
    let last = rows.last().unwrap();
    assert_eq!(last["group"], "TOTAL");
    assert_eq!(
        last["raised"],
        report["complianceReport"]["total"]["raised"].to_string()
    );

    // Every creation and download is in the audit log.
    let data = app
        .data(
            &auditor,
            "{ created: auditLog(filter: {action: EXPORT_CREATE}) { totalCount } downloads: auditLog(filter: {action: EXPORT_DOWNLOAD}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(data["created"]["totalCount"], 5);
    // Five files and the three manifests verified.
    assert_eq!(data["downloads"]["totalCount"], 8);

    // Listed newest first for the auditor (who sees archive, alert and audit exports, not the
    // report the compliance officer made).
    let listed = app
        .data(
            &auditor,
            "{ exports(first: 10) { totalCount nodes { kind } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed["exports"]["totalCount"], 4);
}

#[tokio::test]
async fn another_tenant_or_role_gets_404_for_the_same_url_and_an_expired_export_is_gone() {
    let app = spawn_app_with(|settings| {
        settings.export_ttl = Duration::from_secs(4);
        settings.export_sweep_every = Duration::from_millis(500);
    })
    .await;
    app.import_first(200);
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    let id = create(
        &app,
        &auditor,
        json!({ "kind": "ARCHIVE_SEARCH", "format": "CSV" }),
    )
    .await;
    let export = finished(&app, &auditor, &id).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    assert_eq!(export["rowCount"], 200);
    let url = export["downloadUrl"].as_str().unwrap().to_string();
    let manifest_url = export["manifest"].as_str().unwrap().to_string();

    // Another tenant's auditor, an admin and a salesperson of this tenant: the same 404 as an
    // id that does not exist.
    app.create_tenant("other").await;
    let (_, other_auditor) = app.appoint("other", "auditor@other.cn", "AUDITOR").await;
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "sales@corp.cn", "SALES", None)
        .await;
    let missing = "/exports/RXhwb3J0Ojk5OTk5"; // Export:99999
    for (token, path) in [
        (other_auditor.as_str(), url.as_str()),
        (other_auditor.as_str(), manifest_url.as_str()),
        (app.admin_token.as_str(), url.as_str()),
        (sales.as_str(), url.as_str()),
        (auditor.as_str(), missing),
        (auditor.as_str(), "/exports/not-an-id"),
    ] {
        let response = get(&app, Some(token), path).await;
        assert_eq!(response.status().as_u16(), 404, "{path}");
        let body: Value = response.json().await.unwrap();
        assert_eq!(error_code(&body), "NOT_FOUND");
        assert_eq!(body["errors"][0]["message"], "no such export");
    }
    let other_node = app
        .graphql(Some(&other_auditor), EXPORT, json!({ "id": id }))
        .await;
    assert_eq!(error_code(&other_node), "NOT_FOUND");
    assert_eq!(
        get(&app, None, &url).await.status().as_u16(),
        401,
        "no token"
    );

    // After its time the file is gone: 410, and the node says there is nothing to download.
    tokio::time::sleep(Duration::from_secs(5)).await;
    assert_eq!(get(&app, Some(&auditor), &url).await.status().as_u16(), 410);
    assert_eq!(
        get(&app, Some(&auditor), &manifest_url)
            .await
            .status()
            .as_u16(),
        410
    );
    let expired = app.data(&auditor, EXPORT, json!({ "id": id })).await;
    assert_eq!(expired["node"]["downloadUrl"], Value::Null);
    // And the server has deleted its file, keeping the row as the record.
    let files = app.data_dir.path().join("exports");
    let left: Vec<_> = std::fs::read_dir(files.join("1"))
        .map(|entries| entries.collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "expired files are deleted: {left:?}");
    let db = app.db().await;
    use sea_orm::EntityTrait;
    let rows = entity::export::Entity::find().all(&db).await.unwrap();
    assert_eq!(rows.len(), 1);
    assert!(rows[0].deleted_at.is_some());
}

#[tokio::test]
async fn bad_export_requests_are_user_errors_or_forbidden_and_queue_nothing() {
    let app = spawn_app().await;
    let compliance = app.compliance_token().await;
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    for (token, input, field, fragment) in [
        (
            &auditor,
            json!({ "kind": "AUDIT_LOG", "format": "CSV", "filter": { "action": "NO_SUCH_ACTION" } }),
            json!(["input", "filter"]),
            "NO_SUCH_ACTION",
        ),
        (
            &auditor,
            json!({ "kind": "AUDIT_LOG", "format": "CSV", "filter": { "from": "2026-12-02T00:00:00Z", "to": "2026-12-01T00:00:00Z" } }),
            json!(["input", "filter", "to"]),
            "later",
        ),
        (
            &auditor,
            json!({ "kind": "RISK_ALERTS", "format": "CSV", "query": "保本" }),
            json!(["input", "query"]),
            "only ARCHIVE_SEARCH",
        ),
        (
            &auditor,
            json!({ "kind": "ARCHIVE_SEARCH", "format": "XLSX", "filter": [1, 2] }),
            json!(["input", "filter"]),
            "ArchiveMessageFilter",
        ),
        (
            &compliance,
            json!({ "kind": "COMPLIANCE_REPORT", "format": "CSV" }),
            json!(["input", "filter"]),
            "needs its filter",
        ),
        (
            &compliance,
            json!({ "kind": "COMPLIANCE_REPORT", "format": "CSV", "filter": { "from": "2026-12-02", "to": "2026-12-01", "groupBy": "RULE" } }),
            json!(["input", "filter", "to"]),
            "same day",
        ),
    ] {
        let data = app.data(token, CREATE, json!({ "input": input })).await;
        let errors = &data["exportCreate"]["userErrors"];
        assert_eq!(errors[0]["field"], field, "{input}: {errors}");
        assert_eq!(errors[0]["code"], "BAD_USER_INPUT");
        assert!(
            errors[0]["message"].as_str().unwrap().contains(fragment),
            "{errors}"
        );
        assert_eq!(data["exportCreate"]["export"], Value::Null);
    }
    // Roles outside the table: a top-level FORBIDDEN.
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "sales@corp.cn", "SALES", None)
        .await;
    for (token, kind) in [
        (&app.admin_token, "ARCHIVE_SEARCH"),
        (&app.admin_token, "RISK_ALERTS"),
        (&compliance, "AUDIT_LOG"),
        (&auditor, "COMPLIANCE_REPORT"),
        (&sales, "AUDIT_LOG"),
    ] {
        let body = app
            .graphql(
                Some(token),
                CREATE,
                json!({ "input": { "kind": kind, "format": "CSV", "filter": { "from": "2026-12-01", "to": "2026-12-01", "groupBy": "RULE" } } }),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{kind}: {body}");
    }
    let db = app.db().await;
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(entity::export::Entity::find().count(&db).await.unwrap(), 0);
    assert_eq!(entity::job::Entity::find().count(&db).await.unwrap(), 0);
}

/// Writes `count` messages made from the sample corpus (each with a msgid of its own and
/// times spread after the corpus's) to a file in the app's data dir.
fn many_messages(app: &TestApp, count: usize) -> String {
    let lines: Vec<Value> = include_str!("../fixtures/archive-corpus.jsonl")
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let mut out = String::new();
    for index in 0..count {
        let mut message = lines[index % lines.len()].clone();
        message["msgid"] = json!(format!("bulk-{index:07}"));
        message["seq"] = json!(index + 1);
        message["msgtime"] = json!(1_767_225_600_000_i64 + index as i64 * 1_000);
        out.push_str(&message.to_string());
        out.push('\n');
    }
    let path = app.data_dir.path().join("bulk.jsonl");
    std::fs::write(&path, out).unwrap();
    path.to_str().unwrap().to_string()
}

#[tokio::test]
async fn a_server_killed_during_a_100k_row_export_finishes_it_after_restart_once() {
    // This app serves GraphQL and downloads but runs no jobs: `scrm serve` processes do.
    let app = spawn_app_with(|settings| settings.jobs.workers = 0).await;
    let bulk = many_messages(&app, 100_000);
    app.import(&bulk);
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    let id = create(
        &app,
        &auditor,
        json!({ "kind": "ARCHIVE_SEARCH", "format": "CSV" }),
    )
    .await;

    let serve = |app: &TestApp| {
        app.scrm_command(&[
            "serve",
            "--bind",
            "127.0.0.1:0",
            "--job-workers",
            "1",
            "--job-lease-seconds",
            "2",
            "--checkpoint-every-minutes",
            "0",
        ])
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("scrm serve starts")
    };
    let mut first = serve(&app);
    // Kill it once some pages are written and many are left.
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let data = app.data(&auditor, EXPORT, json!({ "id": id })).await;
        let done = data["node"]["job"]["done"].as_i64().unwrap_or(0);
        if done >= 2_000 {
            assert!(done < 100_000, "killed half-way: {done}");
            break;
        }
        assert!(
            Instant::now() < deadline,
            "the first server never started the export"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    first.kill().unwrap();
    first.wait().unwrap();

    let mut second = serve(&app);
    let export = finished(&app, &auditor, &id).await;
    second.kill().unwrap();
    second.wait().unwrap();
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    assert_eq!(export["job"]["attempts"], 2, "taken up again: {export}");
    assert_eq!(export["rowCount"], 100_000);
    let bytes = download(&app, &auditor, &export).await;
    let rows = csv_rows(&bytes);
    assert_eq!(rows.len(), 100_000);
    let mut msgids: Vec<&str> = rows.iter().map(|row| row["msgid"].as_str()).collect();
    // Newest first, as archiveSearch lists them, every message once.
    assert_eq!(msgids.first().copied(), Some("bulk-0099999"));
    msgids.sort_unstable();
    msgids.dedup();
    assert_eq!(msgids.len(), 100_000, "no row twice");
    verify_manifest(&app, &auditor, &export, &bytes).await;
}

#[tokio::test]
async fn operators_export_from_the_shell_with_the_same_rows_and_a_manifest_that_verifies() {
    let app = spawn_app().await;
    app.import(CORPUS);
    let (_, auditor) = app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    let expected = searched(&app, &auditor, "开户").await;
    let out = app.data_dir.path().join("handed-over.xlsx");
    let output = app.scrm(&[
        "export",
        "create",
        "--tenant",
        "default",
        "--kind",
        "archive-search",
        "--format",
        "xlsx",
        "--query",
        "开户",
        "--out",
        out.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains(&format!("exported {} rows", expected.len())),
        "{stdout}"
    );
    let bytes = std::fs::read(&out).unwrap();
    let got: Vec<(String, String)> = xlsx_rows(&bytes)
        .iter()
        .map(|row| (row["msgid"].clone(), row["content"].clone()))
        .collect();
    assert_eq!(got, expected);
    let manifest = format!("{}.manifest.json", out.display());
    let verified = app.scrm(&["export", "verify", out.to_str().unwrap(), &manifest]);
    assert!(
        verified.status.success(),
        "{}",
        String::from_utf8_lossy(&verified.stdout)
    );
    let signed: Value = serde_json::from_str(&std::fs::read_to_string(&manifest).unwrap()).unwrap();
    assert!(
        signed["created_by"]
            .as_str()
            .unwrap()
            .starts_with("operator ")
    );
    assert_eq!(signed["query"], "开户");

    // Recorded as the operator's.
    let data = app
        .data(
            &auditor,
            "{ auditLog(filter: {action: EXPORT_CREATE}) { nodes { actor { __typename } parameters } } }",
            json!({}),
        )
        .await;
    let entries = data["auditLog"]["nodes"].as_array().unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0]["actor"]["__typename"], "AuditOperator");
    assert_eq!(entries[0]["parameters"]["query"], "开户");

    // Bad input names the flag and the field; an existing file is never overwritten.
    let refused = app.scrm(&[
        "export",
        "create",
        "--tenant",
        "default",
        "--kind",
        "audit-log",
        "--format",
        "csv",
        "--filter",
        r#"{"from": "2026-12-02T00:00:00Z", "to": "2026-12-01T00:00:00Z"}"#,
        "--out",
        app.data_dir.path().join("log.csv").to_str().unwrap(),
    ]);
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("--filter to: `to` must be later than `from`"),
        "{stderr}"
    );
    assert!(!app.data_dir.path().join("log.csv").exists());
    let again = app.scrm(&[
        "export",
        "create",
        "--tenant",
        "default",
        "--kind",
        "archive-search",
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!again.status.success());
    assert!(String::from_utf8_lossy(&again.stderr).contains("never overwrites"));
    assert_eq!(
        std::fs::read(&out).unwrap(),
        bytes,
        "the first file is intact"
    );
}

/// Creates an export, waits for it and downloads it: (the export, its bytes).
pub(crate) async fn export_and_download(
    app: &TestApp,
    token: &str,
    input: Value,
) -> (Value, Vec<u8>) {
    let id = create(app, token, input).await;
    let export = finished(app, token, &id).await;
    assert_eq!(export["status"], "SUCCEEDED", "{export}");
    let bytes = download(app, token, &export).await;
    (export, bytes)
}
