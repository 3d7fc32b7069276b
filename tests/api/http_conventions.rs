use serde_json::{Value, json};

use crate::helpers::{error_code, spawn_app};

#[tokio::test]
async fn health_and_readiness_answer_and_every_response_has_a_request_id() {
    let app = spawn_app().await;
    for path in ["/healthz", "/readyz"] {
        let response = app
            .client
            .get(format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{path}");
        assert!(
            response.headers().get("x-request-id").is_some(),
            "{path} carries x-request-id"
        );
    }
}

#[tokio::test]
async fn graphiql_is_served_on_get() {
    let app = spawn_app().await;
    let response = app
        .client
        .get(format!("{}/graphql", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(
        response
            .text()
            .await
            .unwrap()
            .to_lowercase()
            .contains("graphiql")
    );
}

#[tokio::test]
async fn operations_over_get_are_refused_and_change_nothing() {
    let app = spawn_app().await;
    let mutation = "mutation { tagGroupCreate(input: {name: \"via-get\"}) { tagGroup { id } } }";
    let response = app
        .client
        .get(format!("{}/graphql", app.address))
        .query(&[("query", mutation)])
        .bearer_auth(&app.admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 405);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let groups = app
        .data(&app.admin_token, "{ tagGroups { name } }", json!({}))
        .await;
    assert_eq!(groups["tagGroups"], json!([]));
}

#[tokio::test]
async fn malformed_json_is_a_clear_400() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .header("content-type", "application/json")
        .body("{\"query\": \"{ viewer { id } }\"")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("not a GraphQL JSON request")
    );
}

#[tokio::test]
async fn non_json_bodies_are_refused() {
    let app = spawn_app().await;
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .header("content-type", "application/x-www-form-urlencoded")
        .body("query=%7Bviewer%7Bid%7D%7D")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 415);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

#[tokio::test]
async fn oversized_bodies_are_refused_before_parsing() {
    let app = spawn_app().await;
    let padding = "x".repeat(2 * 1024 * 1024);
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .bearer_auth(&app.admin_token)
        .json(&json!({ "query": "{ viewer { id } }", "variables": { "padding": padding } }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let body: Value = response.json().await.unwrap();
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("limit")
    );
}

#[tokio::test]
async fn deeply_nested_queries_are_refused() {
    let app = spawn_app().await;
    let mut selection = "id".to_string();
    for _ in 0..20 {
        selection = format!("parent {{ {selection} }}");
    }
    let query = format!("{{ departments {{ {selection} }} }}");
    let body = app.graphql(Some(&app.admin_token), &query, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("nested too deep")
    );
}

#[tokio::test]
async fn too_complex_queries_are_refused() {
    let app = spawn_app().await;
    // 100 customers × 100 staff × fields: far beyond the complexity budget.
    let query = "{ customers(first: 100) { nodes { follows { staff { id email name role active createdAt updatedAt } tags { id name } } } } staff(first: 100) { nodes { id name email role } } a: customers(first: 100) { nodes { id name corpName externalUserid createdAt updatedAt tags { id name groupId createdAt } follows { remark addWay state createdAt staff { id name email role department { id name } } tags { id name } } } } b: customers(first: 100) { nodes { id name corpName externalUserid createdAt updatedAt tags { id name groupId createdAt } follows { remark addWay state createdAt staff { id name email role department { id name } } tags { id name } } } } c: customers(first: 100) { nodes { id name corpName externalUserid createdAt updatedAt tags { id name groupId createdAt } follows { remark addWay state createdAt staff { id name email role department { id name } } tags { id name } } } } }";
    let body = app.graphql(Some(&app.admin_token), query, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase()
            .contains("complex")
    );
}

#[tokio::test]
async fn page_sizes_over_100_are_errors_not_silent_caps() {
    let app = spawn_app().await;
    for query in [
        "{ customers(first: 1000) { totalCount } }",
        "{ staff(last: 101) { totalCount } }",
        "{ customers(first: -1) { totalCount } }",
    ] {
        let body = app.graphql(Some(&app.admin_token), query, json!({})).await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{query}");
        assert!(
            body["data"].is_null()
                || body["data"]
                    .as_object()
                    .is_some_and(|data| data.values().all(Value::is_null))
        );
    }
}

#[tokio::test]
async fn syntax_errors_and_unknown_fields_carry_a_code() {
    let app = spawn_app().await;
    for query in ["{ viewer { id ", "{ viewer { doesNotExist } }"] {
        let body = app.graphql(Some(&app.admin_token), query, json!({})).await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{query}");
    }
}

#[tokio::test]
async fn malformed_ids_are_bad_user_input() {
    let app = spawn_app().await;
    let body = app
        .graphql(
            Some(&app.admin_token),
            "{ customer(id: \"!!not-an-id\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    let body = app
        .graphql(
            Some(&app.admin_token),
            "{ node(id: \"bm9wZQ\") { id } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}
