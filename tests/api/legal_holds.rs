//! Legal holds and retention through the real server: compliance places and releases holds
//! (audited), auditors read them, nobody else; bad input names the field; another tenant sees
//! nothing; admins set the retention.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app};

const CREATE: &str = "mutation($input: LegalHoldCreateInput!) { legalHoldCreate(input: $input) { legalHold { id name reason status from to staff { email } customerIds roomIds createdBy { email } } userErrors { field message code } } }";
const RELEASE: &str = "mutation($input: LegalHoldReleaseInput!) { legalHoldRelease(input: $input) { legalHold { status releaseReason releasedBy { email } releasedAt } userErrors { field message code } } }";
const HOLDS: &str = "query($filter: LegalHoldFilter) { legalHolds(filter: $filter, first: 10) { totalCount nodes { id name status } } }";

async fn hold_changes(app: &TestApp) -> i64 {
    let db = app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM audit_entry WHERE action = 'LEGAL_HOLD_CHANGE'",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

#[tokio::test]
async fn compliance_places_and_releases_holds_auditors_read_them_and_nobody_else() {
    let app = spawn_app().await;
    let compliance = app.compliance_token().await;
    let (sales_id, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let (_, auditor) = app
        .create_staff(&app.admin_token, "default", "a@corp.cn", "AUDITOR", None)
        .await;
    let customer = app
        .create_customer(&app.admin_token, "wmCustomer1", "张三", &sales_id)
        .await;
    let input = json!({
        "name": "案件 2026-17",
        "reason": "证监会问询函 2026-11-28",
        "staffIds": [sales_id],
        "customerIds": [customer],
        "roomIds": ["wrRoom123"],
        "from": "2026-01-01T00:00:00Z",
        "to": "2026-07-01T00:00:00Z",
    });

    // Only compliance places a hold.
    for token in [&app.admin_token, &sales, &auditor] {
        let body = app
            .graphql(Some(token), CREATE, json!({ "input": input }))
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    }
    let data = app
        .data(&compliance, CREATE, json!({ "input": input }))
        .await;
    let hold = &data["legalHoldCreate"]["legalHold"];
    assert_eq!(hold["status"], "ACTIVE", "{data}");
    assert_eq!(hold["name"], "案件 2026-17");
    assert_eq!(hold["staff"], json!([{ "email": "s@corp.cn" }]));
    assert_eq!(hold["customerIds"], json!([customer]));
    assert_eq!(hold["roomIds"], json!(["wrRoom123"]));
    assert_eq!(hold["createdBy"]["email"], "compliance@corp.cn");
    let id = hold["id"].as_str().unwrap().to_string();
    assert_eq!(hold_changes(&app).await, 1);

    // Compliance and auditors read holds; the others do not.
    for token in [&compliance, &auditor] {
        let data = app.data(token, HOLDS, json!({})).await;
        assert_eq!(data["legalHolds"]["totalCount"], 1);
        let data = app
            .data(
                token,
                "query($id: ID!) { node(id: $id) { ... on LegalHold { name } } }",
                json!({ "id": id }),
            )
            .await;
        assert_eq!(data["node"]["name"], "案件 2026-17");
    }
    for token in [&app.admin_token, &sales] {
        let body = app.graphql(Some(token), HOLDS, json!({})).await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    }

    // Release: with a reason, once.
    let body = app
        .graphql(
            Some(&auditor),
            RELEASE,
            json!({ "input": { "id": id, "reason": "结案" } }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN", "{body}");
    let data = app
        .data(
            &compliance,
            RELEASE,
            json!({ "input": { "id": id, "reason": "  " } }),
        )
        .await;
    assert_eq!(
        data["legalHoldRelease"]["userErrors"][0]["field"],
        json!(["input", "reason"])
    );
    let data = app
        .data(
            &compliance,
            RELEASE,
            json!({ "input": { "id": id, "reason": "结案" } }),
        )
        .await;
    let released = &data["legalHoldRelease"]["legalHold"];
    assert_eq!(released["status"], "RELEASED", "{data}");
    assert_eq!(released["releaseReason"], "结案");
    assert_eq!(released["releasedBy"]["email"], "compliance@corp.cn");
    let data = app
        .data(
            &compliance,
            RELEASE,
            json!({ "input": { "id": id, "reason": "结案" } }),
        )
        .await;
    assert_eq!(
        data["legalHoldRelease"]["userErrors"][0]["code"],
        "CONFLICT"
    );
    assert_eq!(
        hold_changes(&app).await,
        2,
        "create and release, nothing else"
    );
    let data = app
        .data(&auditor, HOLDS, json!({ "filter": { "status": "ACTIVE" } }))
        .await;
    assert_eq!(data["legalHolds"]["totalCount"], 0);

    // Another tenant's officer: the id is not found, the list is empty, ours are not theirs.
    app.create_tenant("other").await;
    let (_, other) = app.appoint("other", "c@other.cn", "COMPLIANCE").await;
    let body = app
        .graphql(
            Some(&other),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");
    let data = app.data(&other, HOLDS, json!({})).await;
    assert_eq!(data["legalHolds"]["totalCount"], 0);
    let data = app
        .data(
            &other,
            RELEASE,
            json!({ "input": { "id": id, "reason": "x" } }),
        )
        .await;
    assert_eq!(
        data["legalHoldRelease"]["userErrors"][0]["code"],
        "NOT_FOUND"
    );
    let data = app
        .data(&other, CREATE, json!({ "input": { "name": "x", "reason": "y", "staffIds": [sales_id], "customerIds": [customer] } }))
        .await;
    let errors = &data["legalHoldCreate"]["userErrors"];
    assert_eq!(
        errors[0]["field"],
        json!(["input", "staffIds", "0"]),
        "{data}"
    );
    assert_eq!(errors[0]["code"], "NOT_FOUND");
}

#[tokio::test]
async fn bad_holds_and_retentions_are_user_errors_naming_the_field() {
    let app = spawn_app().await;
    let compliance = app.compliance_token().await;
    let data = app
        .data(
            &compliance,
            CREATE,
            json!({ "input": { "name": "", "reason": "", "from": "2026-07-01T00:00:00Z", "to": "2026-01-01T00:00:00Z", "roomIds": ["ok", ""] } }),
        )
        .await;
    let fields: Vec<Value> = data["legalHoldCreate"]["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].clone())
        .collect();
    assert_eq!(
        fields,
        [
            json!(["input", "name"]),
            json!(["input", "reason"]),
            json!(["input", "to"]),
            json!(["input", "roomIds", "1"]),
        ],
        "{data}"
    );
    assert_eq!(data["legalHoldCreate"]["legalHold"], Value::Null);
    assert_eq!(hold_changes(&app).await, 0);

    const SETTINGS: &str = "mutation($input: TenantSettingsUpdateInput!) { tenantSettingsUpdate(input: $input) { tenant { retentionYears } userErrors { field message } } }";
    let data = app
        .data(
            &app.admin_token,
            SETTINGS,
            json!({ "input": { "retentionYears": 0 } }),
        )
        .await;
    assert_eq!(
        data["tenantSettingsUpdate"]["userErrors"][0]["field"],
        json!(["input", "retentionYears"])
    );
    let data = app
        .data(
            &app.admin_token,
            "{ viewer { tenant { retentionYears } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["viewer"]["tenant"]["retentionYears"], 5, "the default");
    let data = app
        .data(
            &app.admin_token,
            SETTINGS,
            json!({ "input": { "retentionYears": 20 } }),
        )
        .await;
    assert_eq!(
        data["tenantSettingsUpdate"]["tenant"]["retentionYears"], 20,
        "{data}"
    );
    let body = app
        .graphql(
            Some(&compliance),
            SETTINGS,
            json!({ "input": { "retentionYears": 1 } }),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
}
