//! Account recovery: `staffPasswordReset` under separation of duties, and the operator's
//! `scrm staff reset-password` for any role.

use serde_json::{Value, json};

use crate::helpers::{STRONG_PASSWORD, TestApp, error_code, spawn_app};

const SEARCH: &str = "{ archiveSearch(query: \"\", first: 1) { totalCount } }";
const RESET: &str = "mutation($i: StaffPasswordResetInput!) { staffPasswordReset(input: $i) { oneTimePassword staff { id passwordChangeRequired } userErrors { field code message } } }";

async fn reset(app: &TestApp, token: &str, id: &str) -> Value {
    app.data(token, RESET, json!({ "i": { "id": id } })).await["staffPasswordReset"].clone()
}

/// Whether `password` signs `email` of tenant `default` in.
async fn signs_in(app: &TestApp, email: &str, password: &str) -> bool {
    let body = app
        .graphql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "tenant": "default", "email": email, "password": password } }),
        )
        .await;
    body["data"]["login"]["token"].is_string()
}

#[tokio::test]
async fn an_admin_resets_a_sales_member_who_must_then_choose_a_password() {
    let app = spawn_app().await;
    let (sales_id, sales_token) = app
        .create_staff(&app.admin_token, "default", "sally@corp.cn", "SALES", None)
        .await;
    let payload = reset(&app, &app.admin_token, &sales_id).await;
    assert_eq!(payload["userErrors"], json!([]), "{payload}");
    assert_eq!(
        payload["staff"],
        json!({ "id": sales_id, "passwordChangeRequired": true })
    );
    let one_time = payload["oneTimePassword"].as_str().unwrap().to_string();
    assert_eq!(one_time.len(), 20);

    let stale = app
        .graphql(Some(&sales_token), "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(
        error_code(&stale),
        "UNAUTHENTICATED",
        "sessions are revoked"
    );
    assert!(!signs_in(&app, "sally@corp.cn", STRONG_PASSWORD).await);
    let token = app.login("default", "sally@corp.cn", &one_time).await;
    let me = app
        .data(&token, "{ viewer { passwordChangeRequired } }", json!({}))
        .await;
    assert_eq!(me["viewer"]["passwordChangeRequired"], true);
    // The message names whose email it means, whoever sets the password.
    let weak = app
        .data(
            &token,
            "mutation($i: PasswordChangeInput!) { passwordChange(input: $i) { userErrors { field message } } }",
            json!({ "i": { "currentPassword": one_time, "newPassword": "Sally-2026-Winter!" } }),
        )
        .await;
    assert_eq!(
        weak["passwordChange"]["userErrors"][0]["message"],
        "password must not contain the member's email name (the part before @)"
    );
    app.change_password(&token, &one_time, "Sales-Own-Choice-31")
        .await;
    let me = app
        .data(&token, "{ viewer { passwordChangeRequired } }", json!({}))
        .await;
    assert_eq!(me["viewer"]["passwordChangeRequired"], false);

    // Not yourself: that is passwordChange.
    let admin_id = app.viewer_id(&app.admin_token).await;
    let payload = reset(&app, &app.admin_token, &admin_id).await;
    assert_eq!(payload["userErrors"][0]["code"], "BAD_USER_INPUT");
    assert!(payload["oneTimePassword"].is_null());
    // A sales member resets nobody.
    let body = app
        .graphql(Some(&token), RESET, json!({ "i": { "id": admin_id } }))
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
}

#[tokio::test]
async fn admins_cannot_reset_archive_roles_and_officers_reset_auditors() {
    let app = spawn_app().await;
    let (officer_id, officer) = app.appoint("default", "c@corp.cn", "COMPLIANCE").await;
    let (auditor_id, auditor) = app.appoint("default", "au@corp.cn", "AUDITOR").await;
    for id in [&officer_id, &auditor_id] {
        let payload = reset(&app, &app.admin_token, id).await;
        assert_eq!(payload["userErrors"][0]["code"], "FORBIDDEN", "{payload}");
        assert_eq!(payload["userErrors"][0]["field"], json!(["input", "id"]));
        assert!(payload["oneTimePassword"].is_null());
    }
    // Nothing changed: their passwords and sessions still work.
    assert!(signs_in(&app, "au@corp.cn", STRONG_PASSWORD).await);
    assert!(signs_in(&app, "c@corp.cn", STRONG_PASSWORD).await);
    assert!(
        app.graphql(Some(&auditor), SEARCH, json!({}))
            .await
            .get("errors")
            .is_none()
    );
    // A compliance officer resets CRM roles no more than admins reset archive ones.
    let (sales_id, _) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let payload = reset(&app, &officer, &sales_id).await;
    assert_eq!(payload["userErrors"][0]["code"], "FORBIDDEN", "{payload}");

    let payload = reset(&app, &officer, &auditor_id).await;
    assert_eq!(payload["userErrors"], json!([]), "{payload}");
    let one_time = payload["oneTimePassword"].as_str().unwrap().to_string();
    assert_eq!(
        error_code(&app.graphql(Some(&auditor), SEARCH, json!({})).await),
        "UNAUTHENTICATED"
    );
    let auditor = app.login("default", "au@corp.cn", &one_time).await;
    let body = app.graphql(Some(&auditor), SEARCH, json!({})).await;
    assert_eq!(
        error_code(&body),
        "FORBIDDEN",
        "closed until passwordChange"
    );
    app.change_password(&auditor, &one_time, "Auditor-Own-Choice-58")
        .await;
    assert!(
        app.graphql(Some(&auditor), SEARCH, json!({}))
            .await
            .get("errors")
            .is_none()
    );
}

#[tokio::test]
async fn resetting_staff_of_another_tenant_is_not_found() {
    let app = spawn_app().await;
    let other_admin = app.create_tenant("other").await;
    let (stranger_id, _) = app
        .create_staff(&other_admin, "other", "s@other.cn", "SALES", None)
        .await;
    let payload = reset(&app, &app.admin_token, &stranger_id).await;
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND", "{payload}");
    assert!(payload["oneTimePassword"].is_null());
    assert!(
        app.graphql(
            None,
            "mutation($i: LoginInput!) { login(input: $i) { token } }",
            json!({ "i": { "tenant": "other", "email": "s@other.cn", "password": STRONG_PASSWORD } }),
        )
        .await["data"]["login"]["token"]
            .is_string(),
        "untouched"
    );
}

#[tokio::test]
async fn the_operator_resets_a_compliance_officer_and_revokes_their_keys() {
    let app = spawn_app().await;
    let (_, officer) = app.appoint("default", "c@corp.cn", "COMPLIANCE").await;
    // An admin's keys go with a reset of the admin too (here: the operator resets the admin).
    let key = app
        .data(
            &app.admin_token,
            "mutation { apiKeyCreate(input: {name: \"crm\", role: SALES}) { secret } }",
            json!({}),
        )
        .await["apiKeyCreate"]["secret"]
        .as_str()
        .unwrap()
        .to_string();

    let output = app.scrm(&[
        "staff",
        "reset-password",
        "--tenant",
        "default",
        "--email",
        "c@corp.cn",
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("reset the password of c@corp.cn (COMPLIANCE) in tenant 'default'"),
        "{stdout}"
    );
    let one_time = stdout
        .lines()
        .find_map(|line| line.strip_prefix("one-time password: "))
        .expect("one-time password printed")
        .to_string();
    assert_eq!(
        error_code(&app.graphql(Some(&officer), SEARCH, json!({})).await),
        "UNAUTHENTICATED"
    );
    let officer = app.login("default", "c@corp.cn", &one_time).await;
    assert_eq!(
        error_code(&app.graphql(Some(&officer), SEARCH, json!({})).await),
        "FORBIDDEN"
    );

    let output = app.scrm(&[
        "staff",
        "reset-password",
        "--tenant",
        "default",
        "--email",
        "admin@localhost",
    ]);
    assert!(output.status.success());
    assert_eq!(
        error_code(
            &app.graphql(Some(&key), "{ viewer { id } }", json!({}))
                .await
        ),
        "UNAUTHENTICATED",
        "the admin's API keys are revoked"
    );

    let output = app.scrm(&[
        "staff",
        "reset-password",
        "--tenant",
        "default",
        "--email",
        "nobody@corp.cn",
    ]);
    assert!(!output.status.success());
    assert!(
        String::from_utf8_lossy(&output.stderr).contains("no member with email nobody@corp.cn")
    );
}
