//! What an attacker and a load test tried: deep literals, fragment fan-out, costly fields,
//! concurrent writers, and the standard introspection query that must still work.

use futures_util::SinkExt;
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message as Frame;

use crate::helpers::{TestApp, error_code, error_message, next_json, spawn_app, spawn_app_with};

/// `{`, `[` or `(`-nested text `depth` levels deep around `inner`.
fn nested(open: &str, close: &str, depth: usize, inner: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

async fn assert_alive(app: &TestApp) {
    let response = app
        .client
        .get(format!("{}/healthz", app.address))
        .send()
        .await
        .expect("server still answers");
    assert_eq!(response.status().as_u16(), 200);
}

#[tokio::test]
async fn deep_literals_are_refused_and_the_server_lives() {
    let app = spawn_app().await;
    let deep_list = nested("[", "]", 1_550, "1");
    let deep_object = nested("{not: ", "}", 1_550, "{name: {eq: \"x\"}}");
    let queries = [
        format!("{{ __typename(x: {deep_list}) }}"),
        format!("{{ customers(filter: {deep_object}) {{ totalCount }} }}"),
        format!("query($v: [Int] = {deep_list}) {{ __typename }}"),
        format!("{{ viewer {{ id(unknown: {deep_list}) }} }}"),
        // Just past the bound: refused the same way, not parsed.
        format!("{{ __typename(x: {}) }}", nested("[", "]", 70, "1")),
    ];
    for query in &queries {
        // Anonymous: no token is needed to try this.
        let body = app.graphql(None, query, json!({})).await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
        assert!(error_message(&body).contains("nests"), "{body}");
        assert_alive(&app).await;
    }

    // Variables are JSON, bounded by the JSON parser; a deep filter in variables is refused or
    // answered, never fatal.
    let mut filter = json!({ "name": { "eq": "x" } });
    for _ in 0..120 {
        filter = json!({ "not": filter });
    }
    let body = app
        .graphql(
            Some(&app.admin_token),
            "query($f: CustomerFilter) { customers(filter: $f) { totalCount } }",
            json!({ "f": filter }),
        )
        .await;
    assert!(body.get("errors").is_some() || body["data"]["customers"].is_object());
    assert_alive(&app).await;

    // The same literal over WebSocket, after an anonymous connection_init.
    let mut socket = app.ws_connect(json!({})).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let subscribe = json!({
        "id": "1",
        "type": "subscribe",
        "payload": { "query": format!("subscription {{ riskAlertCreated(x: {deep_list}) {{ status }} }}") }
    });
    socket
        .send(Frame::text(subscribe.to_string()))
        .await
        .unwrap();
    let answer = next_json(&mut socket).await;
    assert_eq!(answer["type"], "next", "{answer}");
    assert_eq!(
        answer["payload"]["errors"][0]["extensions"]["code"],
        "BAD_USER_INPUT"
    );
    assert_alive(&app).await;
}

#[tokio::test]
async fn fragment_fan_out_is_refused_before_it_is_expanded() {
    let app = spawn_app().await;
    let mut query = String::from("query { ...F0 }\n");
    for level in 0..25 {
        query.push_str(&format!(
            "fragment F{level} on Query {{ ...F{next} ...F{next} }}\n",
            next = level + 1
        ));
    }
    query.push_str("fragment F25 on Query { __typename }\n");
    let body = app.graphql(None, &query, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
    assert!(
        error_message(&body).contains("fragments are inlined"),
        "{body}"
    );

    // A chain of fragments as long as the body allows is refused, not recursed through.
    let mut chain = String::from("query { ...F0 }\n");
    for level in 0..5_000 {
        chain.push_str(&format!(
            "fragment F{level} on Query {{ ...F{} }}\n",
            level + 1
        ));
    }
    let body = app.graphql(None, &chain, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
    assert_alive(&app).await;

    // Fragments used normally still work.
    let data = app
        .data(
            &app.admin_token,
            "query { ...A ...A } fragment A on Query { viewer { ...B } } fragment B on Staff { email }",
            json!({}),
        )
        .await;
    assert_eq!(data["viewer"]["email"], "admin@localhost");
}

#[tokio::test]
async fn costly_fields_pay_for_what_they_open() {
    let app = spawn_app().await;
    // A thousand searches that return no rows still run a thousand counted searches.
    let aliases: String = (0..1_000)
        .map(|index| {
            format!("s{index}: archiveSearch(query: \"开户\", first: 0) {{ totalCount }} ")
        })
        .collect();
    let body = app
        .graphql(None, &format!("{{ {aliases} }}"), json!({}))
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        error_message(&body).to_lowercase().contains("complex"),
        "{body}"
    );

    // Nested neighbourhoods multiply: refused before anything is opened.
    let walk = "{ archiveMessage(msgid: \"m\") { context(before: 50, after: 50) { context(before: 50, after: 50) { context(before: 50, after: 50) { context(before: 50, after: 50) { seq } } } } } }";
    let body = app.graphql(None, walk, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
    assert!(
        error_message(&body).to_lowercase().contains("complex"),
        "{body}"
    );

    // And a neighbour never opens its own neighbourhood, however cheap the request.
    let lines = app.import_first(50);
    let (_, officer) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let msgid: Value = serde_json::from_str(lines[10]).unwrap();
    let body = app
        .graphql(
            Some(&officer),
            "query($m: String!) { archiveMessage(msgid: $m) { seq context(before: 1, after: 1) { seq context(before: 1, after: 1) { seq } } } }",
            json!({ "m": msgid["msgid"] }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
    assert!(error_message(&body).contains("archiveMessage"), "{body}");
    let data = app
        .data(
            &officer,
            "query($m: String!) { archiveMessage(msgid: $m) { seq context(before: 1, after: 1) { seq } } }",
            json!({ "m": msgid["msgid"] }),
        )
        .await;
    assert!(
        !data["archiveMessage"]["context"]
            .as_array()
            .unwrap()
            .is_empty()
    );
}

/// The introspection query graphql-js, GraphiQL and most clients send (`TypeRef` nine deep).
fn standard_introspection_query() -> String {
    let mut type_ref = String::from("kind name");
    for _ in 0..9 {
        type_ref = format!("kind name ofType {{ {type_ref} }}");
    }
    format!(
        "query IntrospectionQuery {{
          __schema {{
            queryType {{ name }} mutationType {{ name }} subscriptionType {{ name }}
            types {{ ...FullType }}
            directives {{ name description locations args {{ ...InputValue }} }}
          }}
        }}
        fragment FullType on __Type {{
          kind name description
          fields(includeDeprecated: true) {{
            name description args {{ ...InputValue }} type {{ ...TypeRef }}
            isDeprecated deprecationReason
          }}
          inputFields {{ ...InputValue }}
          interfaces {{ ...TypeRef }}
          enumValues(includeDeprecated: true) {{ name description isDeprecated deprecationReason }}
          possibleTypes {{ ...TypeRef }}
        }}
        fragment InputValue on __InputValue {{ name description type {{ ...TypeRef }} defaultValue }}
        fragment TypeRef on __Type {{ {type_ref} }}"
    )
}

#[tokio::test]
async fn the_standard_introspection_query_is_answered_but_walks_through_the_schema_are_not() {
    let app = spawn_app().await;
    let data = app
        .data(&app.admin_token, &standard_introspection_query(), json!({}))
        .await;
    let types = data["__schema"]["types"].as_array().unwrap();
    assert!(types.iter().any(|t| t["name"] == "ArchiveMessage"));

    let walk = "{ __schema { types { fields { type { fields { type { fields { type { name } } } } } } } } }";
    let body = app.graphql(None, walk, json!({})).await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

#[tokio::test]
async fn eight_concurrent_writers_of_every_mutation_kind_never_see_internal() {
    let app = spawn_app_with(|settings| {
        settings.http_workers = Some(2);
        settings.db_max_connections = Some(8);
    })
    .await;
    let (officer_id, officer) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    app.import_first(400);
    let alerts = app
        .data(
            &officer,
            "{ riskAlerts(first: 8) { nodes { id } } }",
            json!({}),
        )
        .await["riskAlerts"]["nodes"]
        .as_array()
        .unwrap()
        .clone();
    assert!(!alerts.is_empty(), "the sample raises alerts");

    let admin_id = app.viewer_id(&app.admin_token).await;
    let writers = (0..8).map(|writer| {
        let app = &app;
        let admin_id = admin_id.clone();
        let officer = officer.clone();
        let officer_id = officer_id.clone();
        let alert_id = alerts[writer % alerts.len()]["id"].clone();
        async move {
            let mut answers = Vec::new();
            for round in 0..3 {
                let tag = format!("w{writer}r{round}");
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: CustomerCreateInput!) { customerCreate(input: $i) { customer { id } userErrors { code } } }", json!({ "i": { "externalUserid": format!("wm{tag}"), "name": tag, "followerId": admin_id } })).await);
                let customer = answers.last().unwrap()["data"]["customerCreate"]["customer"]["id"].clone();
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: CustomerUpdateInput!) { customerUpdate(input: $i) { userErrors { code } } }", json!({ "i": { "id": customer, "name": format!("{tag}!") } })).await);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: TagGroupCreateInput!) { tagGroupCreate(input: $i) { tagGroup { id tags { id } } userErrors { code } } }", json!({ "i": { "name": format!("g{tag}"), "tags": ["a", "b"] } })).await);
                let group = answers.last().unwrap()["data"]["tagGroupCreate"]["tagGroup"].clone();
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: TagCreateInput!) { tagCreate(input: $i) { userErrors { code } } }", json!({ "i": { "groupId": group["id"], "name": "c" } })).await);
                let tags = json!([group["tags"][0]["id"], group["tags"][1]["id"]]);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: CustomerTagInput!) { customerTag(input: $i) { userErrors { code } } }", json!({ "i": { "customerIds": [customer], "tagIds": tags } })).await);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: CustomerTagInput!) { customerUntag(input: $i) { userErrors { code } } }", json!({ "i": { "customerIds": [customer], "tagIds": [tags[0]] } })).await);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: DepartmentCreateInput!) { departmentCreate(input: $i) { userErrors { code } } }", json!({ "i": { "name": format!("d{tag}") } })).await);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: StaffCreateInput!) { staffCreate(input: $i) { staff { id } userErrors { code } } }", json!({ "i": { "email": format!("{tag}@corp.cn"), "name": tag, "role": "SALES" } })).await);
                let staff = answers.last().unwrap()["data"]["staffCreate"]["staff"]["id"].clone();
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { userErrors { code } } }", json!({ "i": { "id": staff, "name": format!("{tag}!") } })).await);
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: ApiKeyCreateInput!) { apiKeyCreate(input: $i) { apiKey { id } userErrors { code } } }", json!({ "i": { "name": tag, "role": "SALES" } })).await);
                let key = answers.last().unwrap()["data"]["apiKeyCreate"]["apiKey"]["id"].clone();
                answers.push(app.graphql(Some(&app.admin_token), "mutation($i: ApiKeyRevokeInput!) { apiKeyRevoke(input: $i) { userErrors { code } } }", json!({ "i": { "id": key } })).await);
                answers.push(app.graphql(Some(&officer), "mutation($i: RiskRuleCreateInput!) { riskRuleCreate(input: $i) { userErrors { code message } } }", json!({ "i": { "code": format!("R{}", 100 + writer * 10 + round), "name": tag, "category": "test", "severity": "LOW", "appliesTo": "BOTH", "keywords": [format!("词{tag}")] } })).await);
                answers.push(app.graphql(Some(&officer), "mutation($a: ID!, $to: ID!) { riskAlertAssign(input: {id: $a, assigneeId: $to}) { userErrors { code } } }", json!({ "a": alert_id, "to": officer_id })).await);
                answers.push(app.graphql(Some(&officer), "mutation($a: ID!) { riskAlertComment(input: {id: $a, body: \"checked\"}) { userErrors { code } } }", json!({ "a": alert_id })).await);
                answers.push(app.graphql(None, "mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }", json!({ "i": { "tenant": "default", "email": "admin@localhost", "password": app.admin_password } })).await);
            }
            answers
        }
    });
    let answers: Vec<Value> = futures_util::future::join_all(writers)
        .await
        .into_iter()
        .flatten()
        .collect();
    assert_eq!(answers.len(), 8 * 3 * 15);
    for answer in &answers {
        assert!(answer.get("errors").is_none(), "{answer:#}");
        let payload = answer["data"].as_object().unwrap().values().next().unwrap();
        assert_eq!(payload["userErrors"], json!([]), "{answer:#}");
    }
    let count = app
        .data(&app.admin_token, "{ customers { totalCount } }", json!({}))
        .await;
    assert_eq!(count["customers"]["totalCount"], 24);
}

/// One failed login with forwarding headers; returns the error code.
async fn login_attempt(app: &TestApp, email: &str, forwarded_for: &str) -> String {
    let response = app
        .client
        .post(format!("{}/graphql", app.address))
        .header("X-Forwarded-For", forwarded_for)
        .header("Forwarded", format!("for={forwarded_for}"))
        .json(&json!({
            "query": "mutation($i: LoginInput!) { login(input: $i) { token userErrors { code } } }",
            "variables": { "i": { "tenant": "default", "email": email, "password": "wrong-password" } }
        }))
        .send()
        .await
        .unwrap();
    let body: Value = response.json().await.unwrap();
    match body.get("errors") {
        Some(_) => error_code(&body).to_string(),
        None => body["data"]["login"]["userErrors"][0]["code"]
            .as_str()
            .unwrap()
            .to_string(),
    }
}

#[tokio::test]
async fn the_per_address_login_limit_counts_the_peer_not_what_headers_claim() {
    let app = spawn_app_with(|settings| settings.limits.login_attempts_per_ip = 3).await;
    let mut codes = Vec::new();
    for attempt in 0..4 {
        codes.push(
            login_attempt(
                &app,
                &format!("u{attempt}@corp.cn"),
                &format!("203.0.113.{attempt}"),
            )
            .await,
        );
    }
    assert_eq!(
        codes,
        [
            "UNAUTHENTICATED",
            "UNAUTHENTICATED",
            "RATE_LIMITED",
            "RATE_LIMITED"
        ],
        "the spawn's own login used one attempt; spoofed headers change nothing"
    );

    // Behind a trusted proxy (here: loopback), the forwarded address is the client.
    let proxied = spawn_app_with(|settings| {
        settings.limits.login_attempts_per_ip = 2;
        settings.trusted_proxies = vec!["127.0.0.0/8".parse().unwrap()];
    })
    .await;
    for attempt in 0..4 {
        let code = login_attempt(
            &proxied,
            &format!("u{attempt}@corp.cn"),
            &format!("198.51.100.{attempt}"),
        )
        .await;
        assert_eq!(code, "UNAUTHENTICATED", "each client has its own budget");
    }
    let mut codes = Vec::new();
    for attempt in 0..3 {
        codes.push(login_attempt(&proxied, &format!("v{attempt}@corp.cn"), "198.51.100.99").await);
    }
    assert_eq!(
        codes,
        ["UNAUTHENTICATED", "UNAUTHENTICATED", "RATE_LIMITED"]
    );
}

#[tokio::test]
async fn other_methods_get_405_with_allow_and_only_json_is_accepted() {
    let app = spawn_app().await;
    for (method, path, allow) in [
        (reqwest::Method::PUT, "/graphql", "GET, POST"),
        (reqwest::Method::DELETE, "/graphql", "GET, POST"),
        (reqwest::Method::POST, "/healthz", "GET"),
        (reqwest::Method::PATCH, "/graphql/ws", "GET"),
    ] {
        let response = app
            .client
            .request(method.clone(), format!("{}{path}", app.address))
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 405, "{method} {path}");
        assert_eq!(response.headers()["allow"], allow);
        let body: Value = response.json().await.unwrap();
        assert_eq!(error_code(&body), "BAD_USER_INPUT");
    }
    for (content_type, accepted) in [
        ("application/json", true),
        ("application/json; charset=utf-8", true),
        ("Application/JSON;charset=\"UTF-8\"", true),
        ("application/jsonx", false),
        ("application/json-patch+json", false),
        ("application/json; charset=latin1", false),
        ("text/plain", false),
    ] {
        let response = app
            .client
            .post(format!("{}/graphql", app.address))
            .header("content-type", content_type)
            .body(r#"{"query":"{ __typename }"}"#)
            .send()
            .await
            .unwrap();
        let status = response.status().as_u16();
        assert_eq!(status == 200, accepted, "{content_type}: {status}");
    }
}

#[tokio::test]
async fn control_characters_are_refused_in_names() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    for (mutation, input) in [
        (
            "customerCreate(input: $i) { userErrors { field code } }",
            json!({ "externalUserid": "wm1", "name": "王\u{0}芳", "followerId": admin_id }),
        ),
        (
            "customerCreate(input: $i) { userErrors { field code } }",
            json!({ "externalUserid": "wm\u{7}1", "name": "王芳", "followerId": admin_id }),
        ),
        (
            "departmentCreate(input: $i) { userErrors { field code } }",
            json!({ "name": "销售\u{1b}[2J" }),
        ),
        (
            "staffCreate(input: $i) { userErrors { field code } }",
            json!({ "email": "a@b.cn", "name": "x\r\ny", "role": "SALES" }),
        ),
        (
            "tagGroupCreate(input: $i) { userErrors { field code } }",
            json!({ "name": "g", "tags": ["ok", "bad\u{0}"] }),
        ),
    ] {
        let name = mutation.split('(').next().unwrap();
        let input_type = match name {
            "customerCreate" => "CustomerCreateInput",
            "departmentCreate" => "DepartmentCreateInput",
            "staffCreate" => "StaffCreateInput",
            _ => "TagGroupCreateInput",
        };
        let data = app
            .data(
                &app.admin_token,
                &format!("mutation($i: {input_type}!) {{ {mutation} }}"),
                json!({ "i": input }),
            )
            .await;
        assert_eq!(
            data[name]["userErrors"][0]["code"], "BAD_USER_INPUT",
            "{data}"
        );
    }
    let count = app
        .data(&app.admin_token, "{ customers { totalCount } }", json!({}))
        .await;
    assert_eq!(count["customers"]["totalCount"], 0, "nothing was stored");
}

mod subscriptions {
    use serde_json::json;

    use crate::helpers::{Socket, TestApp, WsEvent, next_event, spawn_app_with};

    async fn subscribe(app: &TestApp, token: &str) -> Socket {
        app.subscribe(
            token,
            "subscription { riskAlertCreated { message { content } } }",
        )
        .await
    }

    /// Everything the socket says until it closes; fails if any alert content arrives.
    async fn until_closed(socket: &mut Socket) -> (Vec<serde_json::Value>, u16, String) {
        let mut messages = Vec::new();
        loop {
            match next_event(socket).await {
                WsEvent::Json(message) => {
                    assert!(
                        message["payload"]["data"]["riskAlertCreated"].is_null(),
                        "an alert reached a signed-out subscriber: {message}"
                    );
                    messages.push(message);
                }
                WsEvent::Closed { code, reason } => return (messages, code, reason),
            }
        }
    }

    #[tokio::test]
    async fn no_alert_reaches_a_subscriber_signed_out_or_deactivated_since() {
        // A long timer: here it is the check before each event that must stop the alerts.
        let app = spawn_app_with(|settings| {
            settings.session_recheck_every = std::time::Duration::from_secs(3_600);
        })
        .await;
        let (_, signed_out) = app
            .create_staff(&app.admin_token, "default", "a@corp.cn", "COMPLIANCE", None)
            .await;
        let (deactivated_id, deactivated) = app
            .create_staff(&app.admin_token, "default", "b@corp.cn", "COMPLIANCE", None)
            .await;
        let mut first = subscribe(&app, &signed_out).await;
        let mut second = subscribe(&app, &deactivated).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;

        app.data(
            &signed_out,
            "mutation { logout { userErrors { code } } }",
            json!({}),
        )
        .await;
        // Archive roles are deactivated by a compliance officer, not by an admin.
        let (_, head) = app
            .create_staff(
                &app.admin_token,
                "default",
                "head@corp.cn",
                "COMPLIANCE",
                None,
            )
            .await;
        let data = app
            .data(
                &head,
                "mutation($i: StaffDeactivateInput!) { staffDeactivate(input: $i) { userErrors { code } } }",
                json!({ "i": { "id": deactivated_id } }),
            )
            .await;
        assert_eq!(data["staffDeactivate"]["userErrors"], json!([]));
        app.import_first(300);

        for socket in [&mut first, &mut second] {
            let (messages, code, reason) = until_closed(socket).await;
            assert_eq!(code, 4401, "{reason}");
            assert!(reason.contains("sign in again"), "{reason}");
            assert_eq!(
                messages[0]["payload"]["errors"][0]["extensions"]["code"], "UNAUTHENTICATED",
                "{messages:?}"
            );
        }
    }

    #[tokio::test]
    async fn a_quiet_subscription_closes_when_its_session_ends() {
        let app = spawn_app_with(|settings| {
            settings.session_recheck_every = std::time::Duration::from_millis(200);
        })
        .await;
        let (_, officer) = app
            .create_staff(&app.admin_token, "default", "a@corp.cn", "COMPLIANCE", None)
            .await;
        let mut socket = subscribe(&app, &officer).await;
        app.data(
            &officer,
            "mutation { logout { userErrors { code } } }",
            json!({}),
        )
        .await;
        let (_, code, reason) = until_closed(&mut socket).await;
        assert_eq!(code, 4401, "{reason}");
    }
}

#[cfg(unix)]
#[tokio::test]
async fn the_data_dir_and_its_database_are_private_to_the_owner() {
    use std::os::unix::fs::PermissionsExt;
    let app = spawn_app().await;
    // A write, so SQLite has its WAL files.
    app.create_department(&app.admin_token, "销售部", None)
        .await;
    let dir = app.data_dir.path();
    let mode =
        |path: &std::path::Path| std::fs::metadata(path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(dir), 0o700);
    assert_eq!(mode(&dir.join("master.key")), 0o600);
    if app.database_url.starts_with("sqlite") {
        for file in ["scrm.db", "scrm.db-wal", "scrm.db-shm"] {
            assert_eq!(mode(&dir.join(file)), 0o600, "{file}");
        }
    }
}

#[tokio::test]
async fn cursors_and_archive_message_ids_do_not_cross_tenants() {
    let app = spawn_app().await;
    let other_admin = app.create_tenant("other").await;
    for (token, prefix) in [(&app.admin_token, "a"), (&other_admin, "b")] {
        let me = app.viewer_id(token).await;
        for index in 0..3 {
            app.create_customer(token, &format!("wm{prefix}{index}"), "客户", &me)
                .await;
        }
    }
    let page = "query($after: String) { customers(first: 1, after: $after) { nodes { id } pageInfo { endCursor } } }";
    let ours = app.data(&app.admin_token, page, json!({})).await;
    let cursor = ours["customers"]["pageInfo"]["endCursor"].clone();
    let theirs = app
        .graphql(Some(&other_admin), page, json!({ "after": cursor }))
        .await;
    assert_eq!(error_code(&theirs), "BAD_USER_INPUT", "{theirs}");
    let next = app
        .data(&app.admin_token, page, json!({ "after": cursor }))
        .await;
    assert_ne!(
        next["customers"]["nodes"][0]["id"],
        ours["customers"]["nodes"][0]["id"]
    );

    // Archive positions are per tenant: the same position has a different id in each tenant,
    // and neither id nor cursor works in the other.
    let lines: Vec<&str> = include_str!("../fixtures/archive-corpus.jsonl")
        .lines()
        .take(20)
        .collect();
    let file = app.data_dir.path().join("first-20.jsonl");
    std::fs::write(&file, lines.join("\n")).unwrap();
    for tenant in ["default", "other"] {
        let output = app.scrm(&[
            "archive",
            "import",
            "--tenant",
            tenant,
            file.to_str().unwrap(),
        ]);
        assert!(output.status.success());
    }
    let (_, officer) = app
        .create_staff(&app.admin_token, "default", "c@corp.cn", "COMPLIANCE", None)
        .await;
    let (_, other_officer) = app
        .create_staff(&other_admin, "other", "c@other.cn", "COMPLIANCE", None)
        .await;
    let search = "query($after: String) { archiveSearch(query: \"\", first: 1, after: $after) { nodes { id seq } pageInfo { endCursor } } }";
    let ours = app.data(&officer, search, json!({})).await["archiveSearch"].clone();
    let theirs = app.data(&other_officer, search, json!({})).await["archiveSearch"].clone();
    assert_eq!(ours["nodes"][0]["seq"], theirs["nodes"][0]["seq"]);
    assert_ne!(ours["nodes"][0]["id"], theirs["nodes"][0]["id"]);
    let node = "query($id: ID!) { node(id: $id) { id } }";
    let body = app
        .graphql(
            Some(&other_officer),
            node,
            json!({ "id": ours["nodes"][0]["id"] }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND", "{body}");
    let found = app
        .data(&officer, node, json!({ "id": ours["nodes"][0]["id"] }))
        .await;
    assert_eq!(found["node"]["id"], ours["nodes"][0]["id"]);
    let body = app
        .graphql(
            Some(&other_officer),
            search,
            json!({ "after": ours["pageInfo"]["endCursor"] }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body}");
}

#[tokio::test]
async fn oversized_websocket_messages_close_the_socket_and_the_server_lives() {
    let app = spawn_app().await;
    let mut socket = app.ws_connect(json!({})).await;
    assert_eq!(next_json(&mut socket).await["type"], "connection_ack");
    let huge = json!({
        "id": "1",
        "type": "subscribe",
        "payload": { "query": format!("subscription {{ riskAlertCreated {{ status }} }} # {}", "x".repeat(2 * 1024 * 1024)) }
    });
    // The server may close before the whole message is sent.
    let _ = socket.send(Frame::text(huge.to_string())).await;
    match crate::helpers::next_event(&mut socket).await {
        crate::helpers::WsEvent::Closed { code, .. } => {
            assert!(code == 1008 || code == 0, "closed with {code}")
        }
        crate::helpers::WsEvent::Json(message) => panic!("answered instead of closing: {message}"),
    }
    assert_alive(&app).await;
}
