//! Durable jobs through the real server: a job whose process died is taken up by another after
//! its lease expires and resumes from its checkpoint; two servers on one database run each job
//! once; `jobs`, `job` and `jobCancel` respect roles and tenants.

use std::time::{Duration, Instant};

use chrono::Utc;
use entity::{JobKind, JobStatus, job};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::{Value, json};

use crate::helpers::{CORPUS, TestApp, error_code, spawn_app_with};

const JOB: &str = "query($id: ID!) { job(id: $id) { id kind status done total produced attempts error cancelRequested createdBy { email } } }";

/// A rule that matches many messages the corpus's rules do not already alert on.
async fn add_contract_rule(app: &TestApp, compliance: &str) {
    let data = app
        .data(
            compliance,
            "mutation { riskRuleCreate(input: {code: \"R7\", name: \"合同提及\", category: \"test\", severity: LOW, appliesTo: BOTH, keywords: [\"合同\"]}) { userErrors { message } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["riskRuleCreate"]["userErrors"], json!([]));
}

/// Polls the job until it is finished (at most two minutes).
async fn finished(app: &TestApp, token: &str, id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let data = app.data(token, JOB, json!({ "id": id })).await;
        let status = data["job"]["status"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if !["QUEUED", "RUNNING"].contains(&status.as_str()) || Instant::now() > deadline {
            return data["job"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn r7_alert_seqs(app: &TestApp) -> Vec<i64> {
    let db = app.db().await;
    entity::risk_alert::Entity::find()
        .filter(entity::risk_alert::Column::RuleCode.eq("R7"))
        .order_by_asc(entity::risk_alert::Column::MessageSeq)
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|alert| alert.message_seq)
        .collect()
}

#[tokio::test]
async fn a_job_whose_process_died_is_resumed_from_its_checkpoint_by_another() {
    let app = spawn_app_with(|settings| {
        settings.jobs.lease = Duration::from_secs(2);
        settings.jobs.poll = Duration::from_millis(100);
    })
    .await;
    app.import(CORPUS);
    let compliance = app.compliance_token().await;
    add_contract_rule(&app, &compliance).await;

    // A rescan that a process which then died had taken halfway: its lease ran out a second
    // ago, its checkpoint says the first 2,500 messages are done.
    let db = app.db().await;
    let died = job::ActiveModel {
        tenant_id: Set(1),
        kind: Set(JobKind::Rescan),
        status: Set(JobStatus::Running),
        done: Set(2_500),
        total: Set(5_000),
        produced: Set(0),
        created_by_staff_id: Set(None),
        created_by_name: Set(Some("a test".to_string())),
        checkpoint: Set(Some("{\"after_seq\":2500}".to_string())),
        cancel_requested: Set(false),
        lease_owner: Set(Some("gone-host-1-x/0".to_string())),
        lease_expires_at: Set(Some(Utc::now() - chrono::Duration::seconds(1))),
        attempts: Set(1),
        created_at: Set(Utc::now()),
        started_at: Set(Some(Utc::now())),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let id = api_job_id(died.id);
    let resumed = finished(&app, &compliance, &id).await;
    assert_eq!(resumed["status"], "SUCCEEDED", "{resumed}");
    assert_eq!(resumed["attempts"], 2, "taken up once more: {resumed}");
    assert_eq!(resumed["done"], 5000);
    assert_eq!(resumed["total"], 5000);
    // It resumed after message 2,500: the new rule's alerts are all on later messages.
    let after_resume = r7_alert_seqs(&app).await;
    assert!(!after_resume.is_empty());
    assert!(
        after_resume.iter().all(|seq| *seq > 2_500),
        "{after_resume:?}"
    );
    assert_eq!(resumed["produced"], after_resume.len());

    // A full rescan adds exactly the earlier ones, and nothing twice.
    let data = app
        .data(
            &compliance,
            "mutation { riskRescanStart { id status createdBy { email } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        data["riskRescanStart"]["createdBy"]["email"],
        "compliance@corp.cn"
    );
    let full = finished(
        &app,
        &compliance,
        data["riskRescanStart"]["id"].as_str().unwrap(),
    )
    .await;
    assert_eq!(full["status"], "SUCCEEDED", "{full}");
    assert_eq!(full["attempts"], 1);
    let all = r7_alert_seqs(&app).await;
    let earlier = all.iter().filter(|seq| **seq <= 2_500).count();
    assert!(earlier > 0);
    assert_eq!(full["produced"], earlier);
    assert_eq!(all.len(), earlier + after_resume.len());
}

/// The global id the API gives job `number`.
fn api_job_id(number: i64) -> String {
    api::graphql::ids::encode(api::graphql::ids::NodeKind::Job, number).to_string()
}

#[tokio::test]
async fn two_servers_on_one_database_run_each_job_once() {
    // One worker here, so that this server, which hears of its own jobs at once, cannot finish
    // them all before the other server's next poll.
    let app = spawn_app_with(|settings| {
        settings.jobs.poll = Duration::from_millis(50);
        settings.jobs.workers = 1;
    })
    .await;
    app.import_first(1_000);
    let compliance = app.compliance_token().await;
    // A second server on the same database and keys, with workers of its own.
    let second = app
        .second_server(|settings| settings.jobs.poll = Duration::from_millis(50))
        .await;

    // All twelve queued by one request: submitted one request at a time, each job could be
    // taken and finished by this server before the next was queued, and the other server's
    // poll would find none (it once did, on a loaded CI machine).
    let aliases: String = (0..12)
        .map(|number| format!("job{number}: riskRescanStart {{ id }} "))
        .collect();
    let data = app
        .data(&compliance, &format!("mutation {{ {aliases}}}"), json!({}))
        .await;
    let ids: Vec<String> = (0..12)
        .map(|number| {
            data[format!("job{number}")]["id"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    for id in &ids {
        let job = finished(&app, &compliance, id).await;
        assert_eq!(job["status"], "SUCCEEDED", "{job}");
        assert_eq!(job["attempts"], 1, "taken once: {job}");
        assert_eq!(job["done"], 1000);
    }
    let db = app.db().await;
    let owners: std::collections::BTreeSet<String> = job::Entity::find()
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|job| {
            let owner = job.lease_owner.unwrap();
            owner.rsplit_once('/').unwrap().0.to_string()
        })
        .collect();
    assert_eq!(owners.len(), 2, "both servers ran jobs: {owners:?}");
    assert!(second.address.starts_with("http://"));
}

#[tokio::test]
async fn jobs_are_listed_cancelled_and_hidden_by_role_and_tenant() {
    // No workers: jobs stay queued until cancelled.
    let app = spawn_app_with(|settings| settings.jobs.workers = 0).await;
    let compliance = app.compliance_token().await;
    let mut ids = Vec::new();
    for token in [&compliance, &app.admin_token, &compliance] {
        let data = app
            .data(
                token,
                "mutation { riskRescanStart { id status } }",
                json!({}),
            )
            .await;
        assert_eq!(data["riskRescanStart"]["status"], "QUEUED");
        ids.push(data["riskRescanStart"]["id"].as_str().unwrap().to_string());
    }

    const JOBS: &str = "query($filter: JobFilter, $after: String) { jobs(filter: $filter, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind status } } }";
    let data = app.data(&app.admin_token, JOBS, json!({})).await;
    assert_eq!(data["jobs"]["totalCount"], 3);
    let first: Vec<&str> = data["jobs"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["id"].as_str().unwrap())
        .collect();
    assert_eq!(first, [ids[2].as_str(), ids[1].as_str()], "newest first");
    assert_eq!(data["jobs"]["pageInfo"]["hasNextPage"], true);
    let cursor = data["jobs"]["pageInfo"]["endCursor"].clone();
    let data = app
        .data(&app.admin_token, JOBS, json!({ "after": cursor }))
        .await;
    assert_eq!(data["jobs"]["nodes"][0]["id"], ids[0].as_str());
    assert_eq!(data["jobs"]["pageInfo"]["hasNextPage"], false);

    // Cancel a queued job: at once.
    const CANCEL: &str = "mutation($id: ID!) { jobCancel(input: {id: $id}) { job { status cancelRequested } userErrors { field message code } } }";
    let data = app.data(&compliance, CANCEL, json!({ "id": ids[0] })).await;
    assert_eq!(data["jobCancel"]["job"]["status"], "CANCELLED", "{data}");
    let data = app.data(&compliance, CANCEL, json!({ "id": ids[0] })).await;
    assert_eq!(
        data["jobCancel"]["userErrors"][0]["code"], "CONFLICT",
        "{data}"
    );
    assert_eq!(data["jobCancel"]["job"], Value::Null);
    let data = app
        .data(
            &compliance,
            JOBS,
            json!({ "filter": { "status": "CANCELLED", "kind": "RESCAN" } }),
        )
        .await;
    assert_eq!(data["jobs"]["totalCount"], 1);

    // Roles that may not start rescans see no jobs and cannot cancel them.
    let (_, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    // A salesperson starts no kind of job; an auditor starts exports, and sees no rescan.
    let body = app.graphql(Some(&sales), JOBS, json!({})).await;
    assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    let data = app.data(&auditor, JOBS, json!({})).await;
    assert_eq!(data["jobs"]["totalCount"], 0, "{data}");
    for token in [&sales, &auditor] {
        let body = app.graphql(Some(token), JOB, json!({ "id": ids[1] })).await;
        assert_eq!(error_code(&body), "NOT_FOUND", "{body}");
        let data = app.data(token, CANCEL, json!({ "id": ids[1] })).await;
        assert_eq!(
            data["jobCancel"]["userErrors"][0]["code"], "NOT_FOUND",
            "{data}"
        );
    }

    // Another tenant's admin: the same id is not found, and their list is empty.
    let other = app.create_tenant("other").await;
    let body = app
        .graphql(Some(&other), JOB, json!({ "id": ids[1] }))
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");
    let data = app.data(&other, CANCEL, json!({ "id": ids[1] })).await;
    assert_eq!(
        data["jobCancel"]["userErrors"][0]["code"], "NOT_FOUND",
        "{data}"
    );
    let data = app.data(&other, JOBS, json!({})).await;
    assert_eq!(data["jobs"]["totalCount"], 0);
    let data = app.data(&compliance, JOB, json!({ "id": ids[1] })).await;
    assert_eq!(data["job"]["status"], "QUEUED", "untouched: {data}");
}

#[tokio::test]
async fn a_running_job_stops_at_its_next_checkpoint_once_cancelled() {
    // This server runs no jobs; a second one, started later, does.
    let app = spawn_app_with(|settings| settings.jobs.workers = 0).await;
    app.import(CORPUS);
    let compliance = app.compliance_token().await;
    let data = app
        .data(
            &compliance,
            "mutation { riskRescanStart { id } }",
            json!({}),
        )
        .await;
    let id = data["riskRescanStart"]["id"].as_str().unwrap().to_string();

    // As if a worker that has since stopped were running it, its lease still valid.
    let db = app.db().await;
    let stored = job::Entity::find().one(&db).await.unwrap().unwrap();
    let mut running: job::ActiveModel = stored.into();
    running.status = Set(JobStatus::Running);
    running.lease_owner = Set(Some("gone-host-1-x/0".to_string()));
    running.lease_expires_at = Set(Some(Utc::now() + chrono::Duration::hours(1)));
    running.attempts = Set(1);
    let running = running.update(&db).await.unwrap();

    const CANCEL: &str = "mutation($id: ID!) { jobCancel(input: {id: $id}) { job { status cancelRequested } userErrors { message } } }";
    let data = app.data(&compliance, CANCEL, json!({ "id": id })).await;
    assert_eq!(
        data["jobCancel"]["job"],
        json!({ "status": "RUNNING", "cancelRequested": true }),
        "{data}"
    );

    // The lease runs out; another server takes the job up and stops at its first checkpoint.
    let mut expired: job::ActiveModel = running.into();
    expired.lease_expires_at = Set(Some(Utc::now() - chrono::Duration::seconds(1)));
    expired.update(&db).await.unwrap();
    let _second = app
        .second_server(|settings| settings.jobs.poll = Duration::from_millis(50))
        .await;
    let job = finished(&app, &compliance, &id).await;
    assert_eq!(job["status"], "CANCELLED", "{job}");
    assert_eq!(
        job["done"], 1000,
        "one page, then the checkpoint saw the request"
    );
    assert_eq!(job["attempts"], 2);
}
