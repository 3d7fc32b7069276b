use serde_json::json;

use crate::helpers::{STRONG_PASSWORD, error_code, spawn_app, spawn_app_with};

const LOGIN: &str = "mutation($input: LoginInput!) { login(input: $input) { token expiresAt viewer { email } userErrors { field message code } } }";

#[tokio::test]
async fn the_printed_admin_password_signs_in_and_viewer_shows_role_and_tenant() {
    let app = spawn_app().await;
    let body = app
        .graphql(
            None,
            LOGIN,
            json!({ "input": { "tenant": "default", "email": "admin@localhost", "password": app.admin_password } }),
        )
        .await;
    let login = &body["data"]["login"];
    assert!(login["token"].as_str().unwrap().starts_with("scrm_st_"));
    assert!(login["expiresAt"].as_str().is_some());
    assert_eq!(login["userErrors"], json!([]));

    let token = login["token"].as_str().unwrap();
    let data = app
        .data(
            token,
            "{ viewer { email role active tenant { slug name } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["viewer"]["email"], "admin@localhost");
    assert_eq!(data["viewer"]["role"], "ADMIN");
    assert_eq!(data["viewer"]["tenant"]["slug"], "default");
}

#[tokio::test]
async fn wrong_password_unknown_email_and_unknown_tenant_fail_alike() {
    let app = spawn_app().await;
    let mut messages = Vec::new();
    for (tenant, email, password) in [
        ("default", "admin@localhost", "not-the-password"),
        ("default", "nobody@localhost", STRONG_PASSWORD),
        ("no-such-tenant", "admin@localhost", STRONG_PASSWORD),
    ] {
        let body = app
            .graphql(
                None,
                LOGIN,
                json!({ "input": { "tenant": tenant, "email": email, "password": password } }),
            )
            .await;
        let login = &body["data"]["login"];
        assert!(login["token"].is_null(), "no token on failure: {body:#}");
        assert_eq!(login["userErrors"][0]["code"], "UNAUTHENTICATED");
        messages.push(
            login["userErrors"][0]["message"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    assert!(
        messages.iter().all(|message| message == &messages[0]),
        "{messages:?}"
    );
}

#[tokio::test]
async fn repeated_failures_lock_the_account_even_for_the_right_password() {
    let app = spawn_app().await;
    for _ in 0..5 {
        let body = app
            .graphql(None, LOGIN, json!({ "input": { "tenant": "default", "email": "admin@localhost", "password": "wrong-password-1" } }))
            .await;
        assert_eq!(
            body["data"]["login"]["userErrors"][0]["code"],
            "UNAUTHENTICATED"
        );
    }
    let body = app
        .graphql(None, LOGIN, json!({ "input": { "tenant": "default", "email": "admin@localhost", "password": app.admin_password } }))
        .await;
    assert_eq!(error_code(&body), "RATE_LIMITED");
    assert!(
        body["errors"][0]["extensions"]["retryAfterSeconds"]
            .as_u64()
            .unwrap()
            > 0
    );
    // Another account is not affected.
    let other = app.create_tenant("other").await;
    assert!(!other.is_empty());
}

#[tokio::test]
async fn too_many_attempts_from_one_address_are_limited() {
    let app = spawn_app_with(|settings| settings.limits.login_attempts_per_ip = 3).await;
    // The harness already signed in once from this address.
    for attempt in 0..2 {
        let body = app
            .graphql(None, LOGIN, json!({ "input": { "tenant": "default", "email": format!("user{attempt}@x.cn"), "password": "whatever-123" } }))
            .await;
        assert!(body.get("errors").is_none(), "{body:#}");
    }
    let body = app
        .graphql(None, LOGIN, json!({ "input": { "tenant": "default", "email": "admin@localhost", "password": app.admin_password } }))
        .await;
    assert_eq!(error_code(&body), "RATE_LIMITED");
}

#[tokio::test]
async fn everything_but_login_needs_credentials() {
    let app = spawn_app().await;
    for query in [
        "{ viewer { id } }",
        "{ customers { totalCount } }",
        "{ staff { totalCount } }",
        "{ departments { id } }",
        "{ tagGroups { id } }",
        "{ apiKeys { id } }",
        "{ node(id: \"Q3VzdG9tZXI6MQ\") { id } }",
        "mutation { logout { success } }",
        "mutation { tagGroupCreate(input: {name: \"x\"}) { tagGroup { id } } }",
    ] {
        let body = app.graphql(None, query, json!({})).await;
        assert_eq!(error_code(&body), "UNAUTHENTICATED", "{query}: {body:#}");
        let body = app.graphql(Some("scrm_st_forged"), query, json!({})).await;
        assert_eq!(
            error_code(&body),
            "UNAUTHENTICATED",
            "{query} with a forged token: {body:#}"
        );
    }
}

#[tokio::test]
async fn a_malformed_authorization_header_is_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .header("Authorization", format!("Token {}", app.admin_token))
        .json(&json!({ "query": "{ viewer { id } }" }))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("Bearer")
    );
}

#[tokio::test]
async fn logout_revokes_the_token() {
    let app = spawn_app().await;
    let data = app
        .data(
            &app.admin_token,
            "mutation { logout { success userErrors { message } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["logout"]["success"], true);
    let body = app
        .graphql(Some(&app.admin_token), "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn api_keys_show_their_secret_once_act_with_their_role_and_can_be_revoked() {
    let app = spawn_app().await;
    let data = app
        .data(
            &app.admin_token,
            "mutation { apiKeyCreate(input: {name: \"ERP sync\", role: MANAGER}) { apiKey { id name role prefix } secret userErrors { message } } }",
            json!({}),
        )
        .await;
    let created = &data["apiKeyCreate"];
    let secret = created["secret"].as_str().unwrap().to_string();
    let key_id = created["apiKey"]["id"].as_str().unwrap().to_string();
    assert!(secret.starts_with("scrm_ak_"));
    assert!(secret.starts_with(created["apiKey"]["prefix"].as_str().unwrap()));

    // The key acts as the admin who created it…
    let viewer = app.data(&secret, "{ viewer { email } }", json!({})).await;
    assert_eq!(viewer["viewer"]["email"], "admin@localhost");
    // …but with the key's role, not the admin's: managers cannot create staff.
    let body = app
        .graphql(
            Some(&secret),
            "mutation { staffCreate(input: {email: \"x@y.cn\", name: \"X\", role: SALES}) { staff { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");

    let listed = app
        .data(
            &app.admin_token,
            "{ apiKeys { id name prefix revokedAt } }",
            json!({}),
        )
        .await;
    assert!(
        !listed.to_string().contains(&secret),
        "the secret is never shown again"
    );
    assert_eq!(listed["apiKeys"][0]["id"], key_id.as_str());

    let revoked = app
        .data(
            &app.admin_token,
            "mutation($id: ID!) { apiKeyRevoke(input: {id: $id}) { apiKey { revokedAt } userErrors { message } } }",
            json!({ "id": key_id }),
        )
        .await;
    assert!(
        revoked["apiKeyRevoke"]["apiKey"]["revokedAt"]
            .as_str()
            .is_some()
    );
    let body = app
        .graphql(Some(&secret), "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn deactivated_staff_lose_their_sessions() {
    let app = spawn_app().await;
    let (staff_id, token) = app
        .create_staff(&app.admin_token, "default", "li.na@corp.cn", "SALES", None)
        .await;
    app.data(&token, "{ viewer { id } }", json!({})).await;
    let data = app
        .data(
            &app.admin_token,
            "mutation($id: ID!) { staffDeactivate(input: {id: $id}) { staff { active } userErrors { message } } }",
            json!({ "id": staff_id }),
        )
        .await;
    assert_eq!(data["staffDeactivate"]["staff"]["active"], false);
    let body = app
        .graphql(Some(&token), "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
    let login = app
        .graphql(None, LOGIN, json!({ "input": { "tenant": "default", "email": "li.na@corp.cn", "password": STRONG_PASSWORD } }))
        .await;
    assert_eq!(
        login["data"]["login"]["userErrors"][0]["code"],
        "UNAUTHENTICATED"
    );
}

#[tokio::test]
async fn weak_passwords_and_duplicate_emails_are_user_errors() {
    let app = spawn_app().await;
    let data = app
        .data(
            &app.admin_token,
            "mutation { staffCreate(input: {email: \"not-an-email\", name: \" \", role: SALES, password: \"short\"}) { staff { id } userErrors { field message code } } }",
            json!({}),
        )
        .await;
    let errors = data["staffCreate"]["userErrors"].as_array().unwrap();
    let fields: Vec<String> = errors
        .iter()
        .map(|error| error["field"].to_string())
        .collect();
    assert!(
        fields.contains(&"[\"input\",\"email\"]".to_string()),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"[\"input\",\"name\"]".to_string()),
        "{fields:?}"
    );
    assert!(
        fields.contains(&"[\"input\",\"password\"]".to_string()),
        "{fields:?}"
    );
    assert!(data["staffCreate"]["staff"].is_null());

    let data = app
        .data(
            &app.admin_token,
            "mutation { staffCreate(input: {email: \"ADMIN@localhost\", name: \"Dup\", role: SALES}) { staff { id } userErrors { field code } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["staffCreate"]["userErrors"][0]["code"], "CONFLICT");
    assert_eq!(
        data["staffCreate"]["userErrors"][0]["field"],
        json!(["input", "email"])
    );
}

#[tokio::test]
async fn an_api_key_stops_working_when_its_creator_loses_the_rights_it_grants() {
    let app = spawn_app().await;
    let (second_admin_id, second_admin) = app
        .create_staff(&app.admin_token, "default", "second@corp.cn", "ADMIN", None)
        .await;
    let data = app
        .data(
            &second_admin,
            "mutation { apiKeyCreate(input: {name: \"sync\", role: ADMIN}) { secret } }",
            json!({}),
        )
        .await;
    let secret = data["apiKeyCreate"]["secret"].as_str().unwrap().to_string();
    app.data(&secret, "{ customers { totalCount } }", json!({}))
        .await;
    let data = app
        .data(
            &app.admin_token,
            "mutation($id: ID!) { staffUpdate(input: {id: $id, role: SALES}) { staff { role } userErrors { message } } }",
            json!({ "id": second_admin_id }),
        )
        .await;
    assert_eq!(data["staffUpdate"]["staff"]["role"], "SALES");
    let body = app
        .graphql(Some(&secret), "{ customers { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn mutations_on_missing_objects_name_the_input_id() {
    let app = spawn_app().await;
    let missing = api::graphql::ids::encode(api::graphql::ids::NodeKind::Customer, 424_242).0;
    let data = app
        .data(
            &app.admin_token,
            "mutation($id: ID!) { customerUpdate(input: {id: $id, name: \"x\"}) { customer { id } userErrors { field code message } } }",
            json!({ "id": missing }),
        )
        .await;
    assert_eq!(
        data["customerUpdate"]["userErrors"],
        json!([{ "field": ["input", "id"], "code": "NOT_FOUND", "message": "customer not found" }])
    );
}
