//! Separation of duties: nobody, ADMIN included, reaches archive content except compliance
//! officers and auditors, and admins cannot make, become, reset or silence one.

use sea_orm::{ConnectionTrait, Database};
use serde_json::{Value, json};

use crate::helpers::{STRONG_PASSWORD, TestApp, error_code, spawn_app};

const SEARCH: &str = "{ archiveSearch(query: \"\", first: 1) { totalCount } }";

async fn user_error(app: &TestApp, token: &str, mutation: &str, input: Value) -> Value {
    let name = mutation
        .split(['(', ' '])
        .next()
        .expect("mutation name")
        .to_string();
    let input_type = match name.as_str() {
        "apiKeyCreate" => "ApiKeyCreateInput",
        "staffCreate" => "StaffCreateInput",
        "staffUpdate" => "StaffUpdateInput",
        "staffDeactivate" => "StaffDeactivateInput",
        other => panic!("no input type for {other}"),
    };
    let data = app
        .data(
            token,
            &format!("mutation($i: {input_type}!) {{ {name}(input: $i) {{ userErrors {{ field code message }} }} }}"),
            json!({ "i": input }),
        )
        .await;
    data[name.as_str()]["userErrors"].clone()
}

#[tokio::test]
async fn admins_cannot_issue_archive_keys_and_old_ones_stop_working() {
    let app = spawn_app().await;
    for role in ["COMPLIANCE", "AUDITOR"] {
        let errors = user_error(
            &app,
            &app.admin_token,
            "apiKeyCreate",
            json!({ "name": "reader", "role": role }),
        )
        .await;
        assert_eq!(errors[0]["code"], "FORBIDDEN", "{role}: {errors}");
        assert_eq!(errors[0]["field"], json!(["input", "role"]));
    }
    // A key an admin made before separation of duties, naming an archive role, stops working.
    let data = app
        .data(
            &app.admin_token,
            "mutation { apiKeyCreate(input: {name: \"crm\", role: SALES}) { secret apiKey { id } userErrors { code } } }",
            json!({}),
        )
        .await;
    let secret = data["apiKeyCreate"]["secret"].as_str().unwrap().to_string();
    assert!(
        app.graphql(Some(&secret), "{ viewer { id } }", json!({}))
            .await
            .get("errors")
            .is_none()
    );
    let db = Database::connect(&app.database_url).await.unwrap();
    db.execute_unprepared("UPDATE api_key SET role = 'COMPLIANCE'")
        .await
        .unwrap();
    let body = app.graphql(Some(&secret), SEARCH, json!({})).await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED", "{body}");
}

#[tokio::test]
async fn admins_cannot_create_promote_change_or_deactivate_archive_roles() {
    let app = spawn_app().await;
    let errors = user_error(
        &app,
        &app.admin_token,
        "staffCreate",
        json!({ "email": "spy@corp.cn", "name": "spy", "role": "COMPLIANCE", "password": STRONG_PASSWORD }),
    )
    .await;
    assert_eq!(errors[0]["code"], "FORBIDDEN", "{errors}");
    let login = app
        .graphql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "tenant": "default", "email": "spy@corp.cn", "password": STRONG_PASSWORD } }),
        )
        .await;
    assert!(
        login["data"]["login"]["token"].is_null(),
        "no account was made"
    );

    let (sales_id, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let errors = user_error(
        &app,
        &app.admin_token,
        "staffUpdate",
        json!({ "id": sales_id, "role": "AUDITOR" }),
    )
    .await;
    assert_eq!(errors[0]["code"], "FORBIDDEN", "{errors}");
    assert_eq!(
        error_code(&app.graphql(Some(&sales), SEARCH, json!({})).await),
        "FORBIDDEN"
    );

    let (officer_id, officer) = app.appoint("default", "c@corp.cn", "COMPLIANCE").await;
    for (mutation, input) in [
        ("staffUpdate", json!({ "id": officer_id, "role": "SALES" })),
        (
            "staffUpdate",
            json!({ "id": officer_id, "name": "renamed" }),
        ),
        ("staffDeactivate", json!({ "id": officer_id })),
    ] {
        let errors = user_error(&app, &app.admin_token, mutation, input).await;
        assert_eq!(errors[0]["code"], "FORBIDDEN", "{mutation}: {errors}");
    }
    let viewer = app
        .data(&officer, "{ viewer { role active name } }", json!({}))
        .await;
    assert_eq!(
        viewer["viewer"],
        json!({ "role": "COMPLIANCE", "active": true, "name": "c" })
    );
    assert!(
        app.graphql(Some(&officer), SEARCH, json!({}))
            .await
            .get("errors")
            .is_none()
    );
}

#[tokio::test]
async fn compliance_officers_grant_archive_roles_only_and_a_password_they_set_opens_nothing_yet() {
    let app = spawn_app().await;
    let (_, officer) = app.appoint("default", "c@corp.cn", "COMPLIANCE").await;
    let errors = user_error(
        &app,
        &officer,
        "staffCreate",
        json!({ "email": "s@corp.cn", "name": "s", "role": "SALES", "password": STRONG_PASSWORD }),
    )
    .await;
    assert_eq!(errors[0]["code"], "FORBIDDEN", "{errors}");

    let errors = user_error(
        &app,
        &officer,
        "staffCreate",
        json!({ "email": "au@corp.cn", "name": "au", "role": "AUDITOR", "password": STRONG_PASSWORD }),
    )
    .await;
    assert_eq!(errors, json!([]));
    let auditor = app.login("default", "au@corp.cn", STRONG_PASSWORD).await;
    let me = app
        .data(
            &auditor,
            "{ viewer { role passwordChangeRequired } }",
            json!({}),
        )
        .await;
    assert_eq!(
        me["viewer"],
        json!({ "role": "AUDITOR", "passwordChangeRequired": true })
    );
    for query in [SEARCH, "{ riskAlerts { totalCount } }"] {
        let body = app.graphql(Some(&auditor), query, json!({})).await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{query}");
        assert!(
            body["errors"][0]["message"]
                .as_str()
                .unwrap()
                .contains("passwordChange")
        );
    }
    // The officer who set the password has another session with it: the change ends it.
    let officers_copy = app.login("default", "au@corp.cn", STRONG_PASSWORD).await;
    let wrong = app
        .data(
            &auditor,
            "mutation { passwordChange(input: {currentPassword: \"not-it-at-all\", newPassword: \"another-Strong-pass-42\"}) { userErrors { field code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        wrong["passwordChange"]["userErrors"][0],
        json!({ "field": ["input", "currentPassword"], "code": "UNAUTHENTICATED" })
    );
    app.change_password(&auditor, STRONG_PASSWORD, "another-Strong-pass-42")
        .await;
    assert!(
        app.graphql(Some(&auditor), SEARCH, json!({}))
            .await
            .get("errors")
            .is_none()
    );
    let body = app.graphql(Some(&officers_copy), SEARCH, json!({})).await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn an_account_the_admin_knows_is_appointed_only_with_a_fresh_password() {
    let app = spawn_app().await;
    // The admin creates an account with a password they know, and deactivates it.
    let (bob_id, bob_by_admin) = app
        .create_staff(&app.admin_token, "default", "bob@corp.cn", "SALES", None)
        .await;
    let data = app
        .data(
            &app.admin_token,
            "mutation($i: StaffDeactivateInput!) { staffDeactivate(input: $i) { userErrors { code } } }",
            json!({ "i": { "id": bob_id } }),
        )
        .await;
    assert_eq!(data["staffDeactivate"]["userErrors"], json!([]));

    // The operator appoints bob (reactivating him): the admin's password and session are dead.
    let output = app.scrm(&[
        "staff",
        "grant",
        "--tenant",
        "default",
        "--email",
        "bob@corp.cn",
        "--role",
        "COMPLIANCE",
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let printed = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        printed.contains("granted bob@corp.cn in tenant 'default' as COMPLIANCE"),
        "{printed}"
    );
    let one_time = printed
        .lines()
        .find_map(|line| line.strip_prefix("one-time password: "))
        .expect("one-time password printed")
        .to_string();
    let stale = app.graphql(Some(&bob_by_admin), SEARCH, json!({})).await;
    assert_eq!(error_code(&stale), "UNAUTHENTICATED");
    let login = app
        .graphql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "tenant": "default", "email": "bob@corp.cn", "password": STRONG_PASSWORD } }),
        )
        .await;
    assert!(
        login["data"]["login"]["token"].is_null(),
        "the admin's password no longer works"
    );

    let bob = app.login("default", "bob@corp.cn", &one_time).await;
    assert_eq!(
        error_code(&app.graphql(Some(&bob), SEARCH, json!({})).await),
        "FORBIDDEN"
    );
    app.change_password(&bob, &one_time, "bobs-own-Secret-77")
        .await;
    assert!(
        app.graphql(Some(&bob), SEARCH, json!({}))
            .await
            .get("errors")
            .is_none()
    );

    // And the admin cannot take the account back.
    let errors = user_error(
        &app,
        &app.admin_token,
        "staffDeactivate",
        json!({ "id": bob_id }),
    )
    .await;
    assert_eq!(errors[0]["code"], "FORBIDDEN");

    let unknown = app.scrm(&[
        "staff",
        "grant",
        "--tenant",
        "nope",
        "--email",
        "x@corp.cn",
        "--role",
        "AUDITOR",
    ]);
    assert!(!unknown.status.success());
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("no tenant with slug 'nope'"));
}
