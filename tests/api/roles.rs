//! Each role sees and changes exactly its scope: admins the tenant, managers their department
//! tree, sales their own follows; compliance and auditors read staff but no customers.

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app};

struct Member {
    id: String,
    token: String,
}

/// D1 ⊃ D1a, and D2; manager M in D1, sales S1 in D1a, sales S2 in D2, compliance C and
/// auditor AU in no department. c1 is followed by S1, c2 by S2, c3 by S1 and S2, c4 by M.
struct Team {
    app: TestApp,
    admin_id: String,
    d1: String,
    m: Member,
    s1: Member,
    s2: Member,
    c: Member,
    au: Member,
    c1: String,
    c2: String,
    c3: String,
    c4: String,
}

async fn team() -> Team {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let admin_id = app.viewer_id(&admin).await;
    let d1 = app.create_department(&admin, "D1", None).await;
    let d1a = app.create_department(&admin, "D1a", Some(&d1)).await;
    let d2 = app.create_department(&admin, "D2", None).await;
    let member = |email: &'static str, role: &'static str, department: Option<String>| {
        let app = &app;
        let admin = &admin;
        async move {
            let (id, token) = app
                .create_staff(admin, "default", email, role, department.as_deref())
                .await;
            Member { id, token }
        }
    };
    let m = member("m@example.com", "MANAGER", Some(d1.clone())).await;
    let s1 = member("s1@example.com", "SALES", Some(d1a)).await;
    let s2 = member("s2@example.com", "SALES", Some(d2)).await;
    let c = member("c@example.com", "COMPLIANCE", None).await;
    let au = member("au@example.com", "AUDITOR", None).await;
    let c1 = app.create_customer(&admin, "wm-c1", "c1", &s1.id).await;
    let c2 = app.create_customer(&admin, "wm-c2", "c2", &s2.id).await;
    let c3 = app.create_customer(&admin, "wm-c3", "c3", &s1.id).await;
    let c3_again = app.create_customer(&admin, "wm-c3", "c3", &s2.id).await;
    assert_eq!(
        c3, c3_again,
        "the same external contact only gets a second follow"
    );
    let c4 = app.create_customer(&admin, "wm-c4", "c4", &m.id).await;
    Team {
        app,
        admin_id,
        d1,
        m,
        s1,
        s2,
        c,
        au,
        c1,
        c2,
        c3,
        c4,
    }
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

fn ids_of(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("expected a list, got {list:#}"))
        .iter()
        .map(|item| item["id"].as_str().expect("id").to_string())
        .collect()
}

/// Runs `field(input: $input) { <selection> userErrors { field message code } }`; returns
/// the whole response body.
async fn mutation(
    app: &TestApp,
    token: &str,
    field: &str,
    input_type: &str,
    selection: &str,
    input: Value,
) -> Value {
    let query = format!(
        "mutation($input: {input_type}!) {{ {field}(input: $input) {{ {selection} userErrors {{ field message code }} }} }}"
    );
    app.graphql(Some(token), &query, json!({ "input": input }))
        .await
}

fn assert_forbidden(body: &Value, field: &str) {
    assert_eq!(error_code(body), "FORBIDDEN", "{field}: {body:#}");
    assert!(body["data"][field].is_null(), "{field}: {body:#}");
}

const CUSTOMERS: &str = "{ customers(first: 50) { totalCount nodes { id } } }";
const STAFF: &str = "{ staff(first: 50) { totalCount nodes { id } } }";
const CUSTOMER: &str = "query($id: ID!) { customer(id: $id) { id name tags { id } follows { staff { id } tags { id } } } }";

/// (totalCount, ids) of the customers `token` may list.
async fn customers_of(app: &TestApp, token: &str) -> (u64, BTreeSet<String>) {
    let data = app.data(token, CUSTOMERS, json!({})).await;
    (
        data["customers"]["totalCount"]
            .as_u64()
            .expect("totalCount"),
        ids_of(&data["customers"]["nodes"]),
    )
}

#[tokio::test]
async fn each_role_lists_exactly_the_customers_it_covers() {
    let t = team().await;
    let app = &t.app;
    let cases = [
        (
            "ADMIN",
            &app.admin_token,
            set(&[&t.c1, &t.c2, &t.c3, &t.c4]),
        ),
        ("MANAGER", &t.m.token, set(&[&t.c1, &t.c3, &t.c4])),
        ("S1", &t.s1.token, set(&[&t.c1, &t.c3])),
        ("S2", &t.s2.token, set(&[&t.c2, &t.c3])),
    ];
    for (who, token, expected) in cases {
        let (total, ids) = customers_of(app, token).await;
        assert_eq!(ids, expected, "{who} lists its scope");
        assert_eq!(
            total,
            expected.len() as u64,
            "{who}'s totalCount counts only its scope"
        );
    }
    for (who, token) in [("COMPLIANCE", &t.c.token), ("AUDITOR", &t.au.token)] {
        let body = app.graphql(Some(token), CUSTOMERS, json!({})).await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{who}: {body:#}");
        let body = app
            .graphql(Some(token), CUSTOMER, json!({ "id": t.c1 }))
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{who}: {body:#}");
    }
}

#[tokio::test]
async fn customers_outside_the_scope_are_not_found_by_id() {
    let t = team().await;
    let app = &t.app;
    let cases = [
        ("MANAGER", &t.m.token, &t.c2),
        ("S1", &t.s1.token, &t.c2),
        ("S2", &t.s2.token, &t.c4),
    ];
    for (who, token, outside) in cases {
        let body = app
            .graphql(Some(token), CUSTOMER, json!({ "id": outside }))
            .await;
        assert_eq!(error_code(&body), "NOT_FOUND", "{who}: {body:#}");
        let node = app
            .graphql(
                Some(token),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": outside }),
            )
            .await;
        assert_eq!(error_code(&node), "NOT_FOUND", "{who}: {node:#}");
    }
    // Inside the scope, the same query works.
    let data = app.data(&t.m.token, CUSTOMER, json!({ "id": t.c1 })).await;
    assert_eq!(data["customer"]["id"], t.c1.as_str());
}

#[tokio::test]
async fn each_role_lists_exactly_the_staff_it_covers() {
    let t = team().await;
    let app = &t.app;
    let everyone = set(&[&t.admin_id, &t.m.id, &t.s1.id, &t.s2.id, &t.c.id, &t.au.id]);
    let cases = [
        ("ADMIN", &app.admin_token, everyone.clone()),
        ("MANAGER", &t.m.token, set(&[&t.m.id, &t.s1.id])),
        ("S1", &t.s1.token, set(&[&t.s1.id])),
        ("S2", &t.s2.token, set(&[&t.s2.id])),
        ("COMPLIANCE", &t.c.token, everyone.clone()),
        ("AUDITOR", &t.au.token, everyone),
    ];
    for (who, token, expected) in cases {
        let data = app.data(token, STAFF, json!({})).await;
        assert_eq!(
            ids_of(&data["staff"]["nodes"]),
            expected,
            "{who} lists its scope"
        );
        assert_eq!(
            data["staff"]["totalCount"],
            expected.len(),
            "{who}'s totalCount"
        );
    }
}

#[tokio::test]
async fn sales_cannot_administer_anything() {
    let t = team().await;
    let app = &t.app;
    let attempts = [
        (
            "staffCreate",
            "StaffCreateInput",
            "staff { id }",
            json!({ "email": "new@example.com", "name": "New", "role": "ADMIN" }),
        ),
        (
            "tagGroupCreate",
            "TagGroupCreateInput",
            "tagGroup { id }",
            json!({ "name": "Level", "tags": ["VIP"] }),
        ),
        (
            "apiKeyCreate",
            "ApiKeyCreateInput",
            "apiKey { id } secret",
            json!({ "name": "mine", "role": "ADMIN" }),
        ),
        (
            "departmentCreate",
            "DepartmentCreateInput",
            "department { id }",
            json!({ "name": "Mine", "parentId": t.d1 }),
        ),
    ];
    for (field, input_type, selection, input) in attempts {
        let body = mutation(app, &t.s1.token, field, input_type, selection, input).await;
        assert_forbidden(&body, field);
    }

    let after = app
        .data(
            &app.admin_token,
            "{ staff { totalCount } tagGroups { id } apiKeys { id } departments { id } }",
            json!({}),
        )
        .await;
    assert_eq!(
        after["staff"]["totalCount"], 6,
        "no staff created: {after:#}"
    );
    assert_eq!(after["tagGroups"], json!([]), "no tag group created");
    assert_eq!(after["apiKeys"], json!([]), "no API key created");
    assert_eq!(
        after["departments"].as_array().map(Vec::len),
        Some(3),
        "no department created"
    );
}

#[tokio::test]
async fn managers_cannot_add_staff_or_api_keys() {
    let t = team().await;
    let app = &t.app;
    let body = mutation(
        app,
        &t.m.token,
        "staffCreate",
        "StaffCreateInput",
        "staff { id }",
        json!({ "email": "new@example.com", "name": "New", "role": "SALES", "departmentId": t.d1 }),
    )
    .await;
    assert_forbidden(&body, "staffCreate");
    let body = mutation(
        app,
        &t.m.token,
        "apiKeyCreate",
        "ApiKeyCreateInput",
        "apiKey { id } secret",
        json!({ "name": "team key", "role": "MANAGER" }),
    )
    .await;
    assert_forbidden(&body, "apiKeyCreate");

    let after = app
        .data(
            &app.admin_token,
            "{ staff { totalCount } apiKeys { id } }",
            json!({}),
        )
        .await;
    assert_eq!(
        after,
        json!({ "staff": { "totalCount": 6 }, "apiKeys": [] })
    );
}

/// `customerCreate` as `token`; returns the whole response body.
async fn create_customer(app: &TestApp, token: &str, external: &str, follower: &str) -> Value {
    mutation(
        app,
        token,
        "customerCreate",
        "CustomerCreateInput",
        "customer { id }",
        json!({ "externalUserid": external, "name": external, "followerId": follower }),
    )
    .await
}

#[tokio::test]
async fn followers_must_be_in_the_callers_scope() {
    let t = team().await;
    let app = &t.app;
    let body = create_customer(app, &t.s1.token, "wm-new1", &t.s2.id).await;
    let payload = &body["data"]["customerCreate"];
    assert!(payload["customer"].is_null(), "{body:#}");
    assert_eq!(
        payload["userErrors"].as_array().map(Vec::len),
        Some(1),
        "{body:#}"
    );
    assert_eq!(
        payload["userErrors"][0]["field"],
        json!(["input", "followerId"])
    );
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND");

    // A manager may assign their department tree (S1 in D1a), not another department (S2).
    let body = create_customer(app, &t.m.token, "wm-new2", &t.s1.id).await;
    let created = body["data"]["customerCreate"]["customer"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("manager creates for S1: {body:#}"))
        .to_string();
    let body = create_customer(app, &t.m.token, "wm-new3", &t.s2.id).await;
    let payload = &body["data"]["customerCreate"];
    assert!(payload["customer"].is_null(), "{body:#}");
    assert_eq!(
        payload["userErrors"][0]["field"],
        json!(["input", "followerId"])
    );
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND");

    let (total, ids) = customers_of(app, &app.admin_token).await;
    assert_eq!(total, 5, "only the manager's customer for S1 was added");
    assert_eq!(ids, set(&[&t.c1, &t.c2, &t.c3, &t.c4, &created]));
    let (_, s1_ids) = customers_of(app, &t.s1.token).await;
    assert!(s1_ids.contains(&created), "S1 follows the new customer");
}

#[tokio::test]
async fn sales_can_update_only_customers_they_follow() {
    let t = team().await;
    let app = &t.app;
    let update = |id: &str| {
        mutation(
            app,
            &t.s1.token,
            "customerUpdate",
            "CustomerUpdateInput",
            "customer { id name corpName }",
            json!({ "id": id, "name": "Renamed", "corpName": "New Corp" }),
        )
    };

    let body = update(&t.c2).await;
    let payload = &body["data"]["customerUpdate"];
    assert!(payload["customer"].is_null(), "{body:#}");
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND", "{body:#}");
    let c2 = app
        .data(&app.admin_token, CUSTOMER, json!({ "id": t.c2 }))
        .await;
    assert_eq!(c2["customer"]["name"], "c2", "c2 is unchanged");

    let body = update(&t.c1).await;
    let payload = &body["data"]["customerUpdate"];
    assert_eq!(payload["userErrors"], json!([]), "{body:#}");
    assert_eq!(payload["customer"]["name"], "Renamed");
    let c1 = app
        .data(
            &app.admin_token,
            "query($id: ID!) { customer(id: $id) { name corpName } }",
            json!({ "id": t.c1 }),
        )
        .await;
    assert_eq!(
        c1["customer"],
        json!({ "name": "Renamed", "corpName": "New Corp" })
    );
}

/// The tag ids on `follower`'s follow of a customer, as returned by the `CUSTOMER` query.
fn follow_tags(customer: &Value, follower: &str) -> Value {
    customer["follows"]
        .as_array()
        .expect("follows")
        .iter()
        .find(|follow| follow["staff"]["id"] == follower)
        .unwrap_or_else(|| panic!("no follow by {follower} in {customer:#}"))["tags"]
        .clone()
}

#[tokio::test]
async fn tagging_marks_only_the_callers_own_follow() {
    let t = team().await;
    let app = &t.app;
    let (_, tags) = app
        .create_tag_group(&app.admin_token, "Level", &["VIP"])
        .await;
    let vip = json!([{ "id": tags[0] }]);

    let body = mutation(
        app,
        &t.s1.token,
        "customerTag",
        "CustomerTagInput",
        "customers { id tags { id } }",
        json!({ "customerIds": [t.c3], "tagIds": [tags[0]] }),
    )
    .await;
    let payload = &body["data"]["customerTag"];
    assert_eq!(payload["userErrors"], json!([]), "{body:#}");
    assert_eq!(payload["customers"], json!([{ "id": t.c3, "tags": vip }]));

    let by_admin = app
        .data(&app.admin_token, CUSTOMER, json!({ "id": t.c3 }))
        .await;
    assert_eq!(
        follow_tags(&by_admin["customer"], &t.s1.id),
        vip,
        "S1's follow carries the tag"
    );
    assert_eq!(
        follow_tags(&by_admin["customer"], &t.s2.id),
        json!([]),
        "S2's follow does not"
    );
    assert_eq!(by_admin["customer"]["tags"], vip);

    // S2 sees the tag in the union over all follows, though not on their own follow.
    let by_s2 = app.data(&t.s2.token, CUSTOMER, json!({ "id": t.c3 })).await;
    assert_eq!(by_s2["customer"]["tags"], vip);
    assert_eq!(follow_tags(&by_s2["customer"], &t.s2.id), json!([]));

    // Untagging, too, touches only the caller's own follow.
    let batch = json!({ "customerIds": [t.c3], "tagIds": [tags[0]] });
    let body = mutation(
        app,
        &t.s2.token,
        "customerTag",
        "CustomerTagInput",
        "customers { id }",
        batch.clone(),
    )
    .await;
    assert_eq!(
        body["data"]["customerTag"]["userErrors"],
        json!([]),
        "{body:#}"
    );
    let body = mutation(
        app,
        &t.s1.token,
        "customerUntag",
        "CustomerTagInput",
        "customers { id }",
        batch,
    )
    .await;
    assert_eq!(
        body["data"]["customerUntag"]["userErrors"],
        json!([]),
        "{body:#}"
    );
    let by_admin = app
        .data(&app.admin_token, CUSTOMER, json!({ "id": t.c3 }))
        .await;
    assert_eq!(
        follow_tags(&by_admin["customer"], &t.s1.id),
        json!([]),
        "S1 removed their tag"
    );
    assert_eq!(
        follow_tags(&by_admin["customer"], &t.s2.id),
        vip,
        "S2's tag stays"
    );
    assert_eq!(
        by_admin["customer"]["tags"], vip,
        "the union still holds S2's tag"
    );
}

#[tokio::test]
async fn api_keys_act_as_their_creator_with_the_keys_role() {
    let t = team().await;
    let app = &t.app;
    let create = |role: &str| {
        mutation(
            app,
            &app.admin_token,
            "apiKeyCreate",
            "ApiKeyCreateInput",
            "apiKey { id role } secret",
            json!({ "name": format!("{role} integration"), "role": role }),
        )
    };
    let sales_key = create("SALES").await["data"]["apiKeyCreate"].clone();
    let admin_key = create("ADMIN").await["data"]["apiKeyCreate"].clone();
    assert_eq!(sales_key["apiKey"]["role"], "SALES", "{sales_key:#}");
    let sales_secret = sales_key["secret"].as_str().expect("secret").to_string();
    let admin_secret = admin_key["secret"].as_str().expect("secret").to_string();

    let (total, ids) = customers_of(app, &admin_secret).await;
    assert_eq!(
        (total, ids),
        (4, set(&[&t.c1, &t.c2, &t.c3, &t.c4])),
        "the ADMIN key sees the tenant"
    );

    // The SALES key acts as the admin, who follows nobody.
    assert_eq!(app.viewer_id(&sales_secret).await, t.admin_id);
    assert_eq!(customers_of(app, &sales_secret).await, (0, BTreeSet::new()));
    let body = mutation(
        app,
        &sales_secret,
        "staffCreate",
        "StaffCreateInput",
        "staff { id }",
        json!({ "email": "bot@example.com", "name": "Bot", "role": "ADMIN" }),
    )
    .await;
    assert_forbidden(&body, "staffCreate");

    let revoked = mutation(
        app,
        &app.admin_token,
        "apiKeyRevoke",
        "ApiKeyRevokeInput",
        "apiKey { id revokedAt }",
        json!({ "id": sales_key["apiKey"]["id"] }),
    )
    .await;
    assert!(
        revoked["data"]["apiKeyRevoke"]["apiKey"]["revokedAt"].is_string(),
        "{revoked:#}"
    );
    let body = app
        .graphql(Some(&sales_secret), "{ viewer { id } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "UNAUTHENTICATED", "{body:#}");
    // Revoking one key leaves the other working.
    assert_eq!(customers_of(app, &admin_secret).await.0, 4);
}

#[tokio::test]
async fn compliance_and_auditors_can_see_who_they_are() {
    let t = team().await;
    let app = &t.app;
    for (member, role) in [(&t.c, "COMPLIANCE"), (&t.au, "AUDITOR")] {
        let data = app
            .data(
                &member.token,
                "{ viewer { id role active department { id } } }",
                json!({}),
            )
            .await;
        assert_eq!(
            data["viewer"],
            json!({ "id": member.id, "role": role, "active": true, "department": null })
        );
    }
}
