//! One tenant can never read, change or even detect another tenant's data: every id of
//! another tenant behaves exactly like an id that never existed.

use std::collections::BTreeSet;

use api::graphql::ids::{self, NodeKind};
use entity::wecom_event;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use wecom::callback::{CallbackEvent, EventKind};
use wecom_fake::{FakeWecom, Fixture};

use crate::helpers::{STRONG_PASSWORD, TestApp, error_code, error_message, spawn_app};
use crate::wecom::pull::{add_file_message, pull_by_job};
use crate::wecom::{CORP, WecomHarness, small_corp, spawn_with_wecom};

/// Tenant A (`default`): one object of every kind, made by its admin.
struct TenantA {
    tenant: String,
    department: String,
    staff: String,
    tag_group: String,
    tag: String,
    customer: String,
    api_key: String,
    api_key_secret: String,
}

struct TwoTenants {
    app: TestApp,
    a: TenantA,
    /// The admin of tenant B (`beta`).
    b_admin: String,
}

/// Tenant A with one object of each kind, and an empty tenant B.
async fn two_tenants() -> TwoTenants {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let department = app.create_department(&admin, "East Sales", None).await;
    // No password: nobody signs in as this member, and it spares a password hash.
    let staff = mutation(
        &app,
        &admin,
        "staffCreate",
        "StaffCreateInput",
        "staff { id }",
        json!({ "email": "alice@a.example", "name": "Alice", "role": "SALES", "departmentId": department }),
    )
    .await["staff"]["id"]
        .as_str()
        .expect("staff created")
        .to_string();
    let (tag_group, tags) = app.create_tag_group(&admin, "Level", &["VIP"]).await;
    let customer = app
        .create_customer(&admin, "wmA0001", "Acme Buyer", &staff)
        .await;
    let tagged = mutation(
        &app,
        &admin,
        "customerTag",
        "CustomerTagInput",
        "customers { id }",
        json!({ "customerIds": [customer], "tagIds": [tags[0]] }),
    )
    .await;
    assert_eq!(tagged["userErrors"], json!([]), "{tagged:#}");
    let key = mutation(
        &app,
        &admin,
        "apiKeyCreate",
        "ApiKeyCreateInput",
        "apiKey { id } secret",
        json!({ "name": "A's integration", "role": "ADMIN" }),
    )
    .await;
    let tenant = app
        .data(&admin, "{ viewer { tenant { id slug } } }", json!({}))
        .await;
    assert_eq!(tenant["viewer"]["tenant"]["slug"], "default");
    let a = TenantA {
        tenant: string(&tenant["viewer"]["tenant"]["id"]),
        department,
        staff,
        tag_group,
        tag: tags[0].clone(),
        customer,
        api_key: string(&key["apiKey"]["id"]),
        api_key_secret: string(&key["secret"]),
    };
    let b_admin = app.create_tenant("beta").await;
    TwoTenants { app, a, b_admin }
}

fn string(value: &Value) -> String {
    value
        .as_str()
        .unwrap_or_else(|| panic!("expected a string, got {value}"))
        .to_string()
}

/// A well-formed id of `kind` that no tenant has.
fn never_existed(kind: NodeKind) -> String {
    ids::encode(kind, 999_999).0
}

/// Runs `field(input: $input) { <selection> userErrors { field message code } }` and
/// returns the payload.
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
    app.data(token, &query, json!({ "input": input })).await[field].clone()
}

const NODE: &str = "query($id: ID!) { node(id: $id) { id } }";

async fn node(app: &TestApp, token: &str, id: &str) -> Value {
    app.graphql(Some(token), NODE, json!({ "id": id })).await
}

fn ids_of(list: &Value) -> BTreeSet<String> {
    list.as_array()
        .unwrap_or_else(|| panic!("expected a list, got {list:#}"))
        .iter()
        .map(|item| string(&item["id"]))
        .collect()
}

fn set(ids: &[&str]) -> BTreeSet<String> {
    ids.iter().map(|id| id.to_string()).collect()
}

impl TenantA {
    fn every_object(&self) -> [(NodeKind, &str); 7] {
        [
            (NodeKind::Tenant, &self.tenant),
            (NodeKind::Staff, &self.staff),
            (NodeKind::Department, &self.department),
            (NodeKind::Customer, &self.customer),
            (NodeKind::TagGroup, &self.tag_group),
            (NodeKind::Tag, &self.tag),
            (NodeKind::ApiKey, &self.api_key),
        ]
    }
}

#[tokio::test]
async fn another_tenants_objects_read_exactly_like_missing_ones() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;

    for (kind, id) in a.every_object() {
        let theirs = node(&app, &b_admin, id).await;
        let missing = node(&app, &b_admin, &never_existed(kind)).await;
        assert_eq!(error_code(&theirs), "NOT_FOUND", "{kind:?}: {theirs:#}");
        assert_eq!(error_message(&theirs), error_message(&missing), "{kind:?}");
        assert_eq!(
            theirs, missing,
            "{kind:?} of another tenant must look like a missing one"
        );
        // A's own admin does see it: the id is real.
        let own = app.data(&app.admin_token, NODE, json!({ "id": id })).await;
        assert_eq!(own["node"]["id"], *id, "{kind:?}");
    }

    let query = "query($id: ID!) { customer(id: $id) { id name } }";
    let theirs = app
        .graphql(Some(&b_admin), query, json!({ "id": a.customer }))
        .await;
    let missing = app
        .graphql(
            Some(&b_admin),
            query,
            json!({ "id": never_existed(NodeKind::Customer) }),
        )
        .await;
    assert_eq!(error_code(&theirs), "NOT_FOUND", "{theirs:#}");
    assert_eq!(theirs, missing);
    assert!(theirs["data"]["customer"].is_null(), "{theirs:#}");
}

#[tokio::test]
async fn a_sales_user_of_another_tenant_cannot_tell_our_ids_from_missing_ones() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let (_, b_sales) = app
        .create_staff(&b_admin, "beta", "sam@beta.example", "SALES", None)
        .await;

    for (kind, id) in a.every_object() {
        let theirs = node(&app, &b_sales, id).await;
        let missing = node(&app, &b_sales, &never_existed(kind)).await;
        // Sales may not read API keys at all; everything else is simply not found.
        let expected = if kind == NodeKind::ApiKey {
            "FORBIDDEN"
        } else {
            "NOT_FOUND"
        };
        assert_eq!(error_code(&theirs), expected, "{kind:?}: {theirs:#}");
        assert_eq!(
            theirs, missing,
            "{kind:?} of another tenant must look like a missing one"
        );
    }
}

#[tokio::test]
async fn another_tenants_lists_contain_only_their_own_data() {
    let TwoTenants { app, a: _, b_admin } = two_tenants().await;
    let b_department = app.create_department(&b_admin, "Beta Team", None).await;
    let (b_group, _) = app
        .create_tag_group(&b_admin, "Beta Level", &["Gold"])
        .await;
    let b_viewer = app.viewer_id(&b_admin).await;
    let b_customer = app
        .create_customer(&b_admin, "wmB0001", "Beta Buyer", &b_viewer)
        .await;
    let b_key = mutation(
        &app,
        &b_admin,
        "apiKeyCreate",
        "ApiKeyCreateInput",
        "apiKey { id }",
        json!({ "name": "B's integration", "role": "SALES" }),
    )
    .await;
    let b_key = string(&b_key["apiKey"]["id"]);

    let lists = app
        .data(
            &b_admin,
            "{ customers(first: 50) { totalCount nodes { id } }
               staff(first: 50) { totalCount nodes { id } }
               departments { id }
               tagGroups { id tags { id } }
               apiKeys { id } }",
            json!({}),
        )
        .await;
    assert_eq!(lists["customers"]["totalCount"], 1, "{lists:#}");
    assert_eq!(ids_of(&lists["customers"]["nodes"]), set(&[&b_customer]));
    assert_eq!(lists["staff"]["totalCount"], 1, "{lists:#}");
    assert_eq!(ids_of(&lists["staff"]["nodes"]), set(&[&b_viewer]));
    assert_eq!(ids_of(&lists["departments"]), set(&[&b_department]));
    assert_eq!(ids_of(&lists["tagGroups"]), set(&[&b_group]));
    assert_eq!(
        lists["tagGroups"][0]["tags"].as_array().map(Vec::len),
        Some(1),
        "{lists:#}"
    );
    assert_eq!(ids_of(&lists["apiKeys"]), set(&[&b_key]));

    // And the other way round: A's lists hold nothing of B.
    let a_lists = app
        .data(
            &app.admin_token,
            "{ customers(first: 50) { totalCount nodes { id } } staff(first: 50) { totalCount }
               departments { id } tagGroups { id } apiKeys { id } }",
            json!({}),
        )
        .await;
    assert_eq!(a_lists["customers"]["totalCount"], 1, "{a_lists:#}");
    assert!(!ids_of(&a_lists["customers"]["nodes"]).contains(&b_customer));
    assert_eq!(
        a_lists["staff"]["totalCount"], 2,
        "A has its admin and Alice: {a_lists:#}"
    );
    assert!(!ids_of(&a_lists["departments"]).contains(&b_department));
    assert!(!ids_of(&a_lists["tagGroups"]).contains(&b_group));
    assert!(!ids_of(&a_lists["apiKeys"]).contains(&b_key));
}

#[tokio::test]
async fn filters_naming_another_tenants_ids_match_nothing() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let b_viewer = app.viewer_id(&b_admin).await;
    let b_customer = app
        .create_customer(&b_admin, "wmB0001", "Beta Buyer", &b_viewer)
        .await;
    let count = |filter: Value| customers_filtered(&app, &b_admin, filter);

    // The filter works: B's own follower finds B's customer.
    let own = count(json!({ "followerId": b_viewer })).await;
    assert_eq!(own["data"]["customers"]["totalCount"], 1, "{own:#}");
    assert_eq!(
        ids_of(&own["data"]["customers"]["nodes"]),
        set(&[&b_customer])
    );

    let by_their_follower = count(json!({ "followerId": a.staff })).await;
    let by_missing_follower = count(json!({ "followerId": never_existed(NodeKind::Staff) })).await;
    assert_eq!(
        by_their_follower["data"]["customers"]["totalCount"], 0,
        "{by_their_follower:#}"
    );
    assert_eq!(by_their_follower, by_missing_follower);

    let by_their_tag = count(json!({ "tagId": a.tag })).await;
    let by_missing_tag = count(json!({ "tagId": never_existed(NodeKind::Tag) })).await;
    assert_eq!(
        by_their_tag["data"]["customers"]["totalCount"], 0,
        "{by_their_tag:#}"
    );
    assert_eq!(by_their_tag, by_missing_tag);

    // Not even through `or`/`not`: negating A's tag matches B's own customers only.
    let negated = count(json!({ "not": { "tagId": a.tag } })).await;
    assert_eq!(negated["data"]["customers"]["totalCount"], 1, "{negated:#}");
    assert_eq!(
        ids_of(&negated["data"]["customers"]["nodes"]),
        set(&[&b_customer])
    );
}

async fn customers_filtered(app: &TestApp, token: &str, filter: Value) -> Value {
    let query = "query($filter: CustomerFilter) { customers(first: 50, filter: $filter) { totalCount nodes { id } } }";
    app.graphql(Some(token), query, json!({ "filter": filter }))
        .await
}

/// Asserts a mutation on A's id is refused exactly like one on a never-existed id, with one
/// `NOT_FOUND` user error (on `error_field`, when given).
async fn assert_refused_like_missing(
    app: &TestApp,
    token: &str,
    (field, input_type, selection): (&str, &str, &str),
    theirs: Value,
    missing: Value,
    error_field: Option<Value>,
) {
    let on_theirs = mutation(app, token, field, input_type, selection, theirs).await;
    let on_missing = mutation(app, token, field, input_type, selection, missing).await;
    let errors = on_theirs["userErrors"].as_array().expect("userErrors");
    assert_eq!(errors.len(), 1, "{field}: {on_theirs:#}");
    assert_eq!(errors[0]["code"], "NOT_FOUND", "{field}: {on_theirs:#}");
    if let Some(error_field) = error_field {
        assert_eq!(errors[0]["field"], error_field, "{field}: {on_theirs:#}");
    }
    assert_eq!(
        on_theirs, on_missing,
        "{field}: another tenant's id must look like a missing one"
    );
}

async fn a_as_seen_by_its_admin(app: &TestApp, a: &TenantA) -> Value {
    app.data(
        &app.admin_token,
        "query($customer: ID!, $staff: ID!, $group: ID!) {
           customer(id: $customer) { name corpName updatedAt tags { id } follows { staff { id } tags { id } } }
           staff: node(id: $staff) { ... on Staff { name role active updatedAt department { id } } }
           group: node(id: $group) { ... on TagGroup { name tags { id name } } }
           departments { id name parent { id } }
           apiKeys { id revokedAt }
           customers(first: 50) { totalCount } }",
        json!({ "customer": a.customer, "staff": a.staff, "group": a.tag_group }),
    )
    .await
}

#[tokio::test]
async fn changing_another_tenants_objects_is_not_found_and_changes_nothing() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let before = a_as_seen_by_its_admin(&app, &a).await;

    assert_refused_like_missing(
        &app,
        &b_admin,
        ("customerUpdate", "CustomerUpdateInput", "customer { id }"),
        json!({ "id": a.customer, "name": "Hijacked", "corpName": "Evil Corp" }),
        json!({ "id": never_existed(NodeKind::Customer), "name": "Hijacked", "corpName": "Evil Corp" }),
        None,
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("staffUpdate", "StaffUpdateInput", "staff { id }"),
        json!({ "id": a.staff, "name": "Hijacked", "role": "ADMIN", "departmentId": null }),
        json!({ "id": never_existed(NodeKind::Staff), "name": "Hijacked", "role": "ADMIN", "departmentId": null }),
        None,
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("staffDeactivate", "StaffDeactivateInput", "staff { id }"),
        json!({ "id": a.staff }),
        json!({ "id": never_existed(NodeKind::Staff) }),
        None,
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        (
            "apiKeyRevoke",
            "ApiKeyRevokeInput",
            "apiKey { id revokedAt }",
        ),
        json!({ "id": a.api_key }),
        json!({ "id": never_existed(NodeKind::ApiKey) }),
        None,
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("tagUpdate", "TagUpdateInput", "tag { id name }"),
        json!({ "id": a.tag, "name": "Hijacked" }),
        json!({ "id": never_existed(NodeKind::Tag), "name": "Hijacked" }),
        Some(json!(["input", "id"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("tagDelete", "TagDeleteInput", "deletedTagId"),
        json!({ "id": a.tag }),
        json!({ "id": never_existed(NodeKind::Tag) }),
        Some(json!(["input", "id"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        (
            "tagGroupUpdate",
            "TagGroupUpdateInput",
            "tagGroup { id name }",
        ),
        json!({ "id": a.tag_group, "name": "Hijacked" }),
        json!({ "id": never_existed(NodeKind::TagGroup), "name": "Hijacked" }),
        Some(json!(["input", "id"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("tagGroupDelete", "TagGroupDeleteInput", "deletedTagGroupId"),
        json!({ "id": a.tag_group }),
        json!({ "id": never_existed(NodeKind::TagGroup) }),
        Some(json!(["input", "id"])),
    )
    .await;

    let after = a_as_seen_by_its_admin(&app, &a).await;
    assert_eq!(before, after, "A's data must be untouched");
    assert_eq!(after["customer"]["name"], "Acme Buyer");
    assert_eq!(after["customer"]["tags"], json!([{ "id": a.tag }]));
    assert_eq!(
        after["group"],
        json!({ "name": "Level", "tags": [{ "id": a.tag, "name": "VIP" }] })
    );
    assert_eq!(after["staff"]["name"], "Alice");
    assert_eq!(after["staff"]["role"], "SALES");
    assert_eq!(after["staff"]["active"], true);
    assert_eq!(after["staff"]["department"]["id"], a.department.as_str());
    assert!(after["apiKeys"][0]["revokedAt"].is_null(), "{after:#}");
    // A's key still works as a bearer token.
    let through_key = app
        .data(&a.api_key_secret, "{ customers { totalCount } }", json!({}))
        .await;
    assert_eq!(through_key["customers"]["totalCount"], 1);
}

#[tokio::test]
async fn creating_under_another_tenants_objects_is_not_found_and_creates_nothing() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let before = a_as_seen_by_its_admin(&app, &a).await;

    assert_refused_like_missing(
        &app,
        &b_admin,
        ("tagCreate", "TagCreateInput", "tag { id }"),
        json!({ "groupId": a.tag_group, "name": "Planted" }),
        json!({ "groupId": never_existed(NodeKind::TagGroup), "name": "Planted" }),
        Some(json!(["input", "groupId"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        (
            "departmentCreate",
            "DepartmentCreateInput",
            "department { id }",
        ),
        json!({ "name": "Planted", "parentId": a.department }),
        json!({ "name": "Planted", "parentId": never_existed(NodeKind::Department) }),
        Some(json!(["input", "parentId"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("customerCreate", "CustomerCreateInput", "customer { id }"),
        json!({ "externalUserid": "wmPlanted", "name": "Planted", "followerId": a.staff }),
        json!({ "externalUserid": "wmPlanted", "name": "Planted", "followerId": never_existed(NodeKind::Staff) }),
        Some(json!(["input", "followerId"])),
    )
    .await;
    assert_refused_like_missing(
        &app,
        &b_admin,
        ("staffCreate", "StaffCreateInput", "staff { id }"),
        json!({ "email": "planted@beta.example", "name": "Planted", "role": "SALES", "departmentId": a.department }),
        json!({ "email": "planted@beta.example", "name": "Planted", "role": "SALES", "departmentId": never_existed(NodeKind::Department) }),
        Some(json!(["input", "departmentId"])),
    )
    .await;

    let after = a_as_seen_by_its_admin(&app, &a).await;
    assert_eq!(before, after, "A's data must be untouched");
    assert_eq!(
        after["group"]["tags"],
        json!([{ "id": a.tag, "name": "VIP" }])
    );
    let b_lists = app
        .data(
            &b_admin,
            "{ customers { totalCount } staff { totalCount } departments { id } tagGroups { id } }",
            json!({}),
        )
        .await;
    assert_eq!(
        b_lists,
        json!({ "customers": { "totalCount": 0 }, "staff": { "totalCount": 1 }, "departments": [], "tagGroups": [] }),
        "nothing was created in B either"
    );
}

#[tokio::test]
async fn names_and_external_ids_taken_in_one_tenant_are_free_in_another() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let b_viewer = app.viewer_id(&b_admin).await;

    // Same external contact id as A's customer: B gets a customer of its own, with its own
    // name, rather than a follow on A's customer (or a conflict revealing it exists).
    let b_customer = app
        .create_customer(&b_admin, "wmA0001", "Beta's View", &b_viewer)
        .await;
    assert_ne!(b_customer, a.customer);
    let query =
        "query($id: ID!) { customer(id: $id) { name follows { staff { id } } tags { id } } }";
    let seen_by_b = app.data(&b_admin, query, json!({ "id": b_customer })).await;
    assert_eq!(
        seen_by_b["customer"],
        json!({ "name": "Beta's View", "follows": [{ "staff": { "id": b_viewer } }], "tags": [] })
    );
    let seen_by_a = app
        .data(&app.admin_token, query, json!({ "id": a.customer }))
        .await;
    assert_eq!(seen_by_a["customer"]["name"], "Acme Buyer");
    assert_eq!(
        seen_by_a["customer"]["follows"],
        json!([{ "staff": { "id": a.staff } }])
    );

    // Same staff email and tag group name as in A: no conflict.
    let staff = mutation(
        &app,
        &b_admin,
        "staffCreate",
        "StaffCreateInput",
        "staff { id email }",
        json!({ "email": "alice@a.example", "name": "Other Alice", "role": "SALES" }),
    )
    .await;
    assert_eq!(staff["userErrors"], json!([]), "{staff:#}");
    assert_eq!(staff["staff"]["email"], "alice@a.example");
    let (_, b_tags) = app.create_tag_group(&b_admin, "Level", &["VIP"]).await;
    assert_ne!(b_tags[0], a.tag);
}

#[tokio::test]
async fn tagging_across_tenants_is_not_found_and_changes_nothing() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let (_, b_tags) = app
        .create_tag_group(&b_admin, "Beta Level", &["Gold"])
        .await;
    let b_viewer = app.viewer_id(&b_admin).await;
    let b_customer = app
        .create_customer(&b_admin, "wmB0001", "Beta Buyer", &b_viewer)
        .await;
    let before = a_as_seen_by_its_admin(&app, &a).await;

    for field in ["customerTag", "customerUntag"] {
        let tagging = (field, "CustomerTagInput", "customers { id }");
        // A's customer with B's own tag.
        assert_refused_like_missing(
            &app,
            &b_admin,
            tagging,
            json!({ "customerIds": [a.customer], "tagIds": [b_tags[0]] }),
            json!({ "customerIds": [never_existed(NodeKind::Customer)], "tagIds": [b_tags[0]] }),
            Some(json!(["input", "customerIds", "0"])),
        )
        .await;
        // B's own customer with A's tag.
        assert_refused_like_missing(
            &app,
            &b_admin,
            tagging,
            json!({ "customerIds": [b_customer], "tagIds": [a.tag] }),
            json!({ "customerIds": [b_customer], "tagIds": [never_existed(NodeKind::Tag)] }),
            Some(json!(["input", "tagIds", "0"])),
        )
        .await;
    }

    let after = a_as_seen_by_its_admin(&app, &a).await;
    assert_eq!(before, after, "A's data must be untouched");
    assert_eq!(after["customer"]["tags"], json!([{ "id": a.tag }]));
    let query = "query($id: ID!) { customer(id: $id) { tags { id } } }";
    let b_view = app.data(&b_admin, query, json!({ "id": b_customer })).await;
    assert_eq!(
        b_view["customer"]["tags"],
        json!([]),
        "B's customer got no tag"
    );
}

#[tokio::test]
async fn a_batch_naming_one_customer_of_another_tenant_applies_nothing() {
    let TwoTenants { app, a, b_admin } = two_tenants().await;
    let (_, b_tags) = app
        .create_tag_group(&b_admin, "Beta Level", &["Gold"])
        .await;
    let b_viewer = app.viewer_id(&b_admin).await;
    let b_customer = app
        .create_customer(&b_admin, "wmB0001", "Beta Buyer", &b_viewer)
        .await;

    let payload = mutation(
        &app,
        &b_admin,
        "customerTag",
        "CustomerTagInput",
        "customers { id }",
        json!({ "customerIds": [b_customer, a.customer], "tagIds": [b_tags[0]] }),
    )
    .await;
    assert_eq!(payload["customers"], json!([]), "{payload:#}");
    let errors = payload["userErrors"].as_array().expect("userErrors");
    assert_eq!(
        errors.len(),
        1,
        "only A's customer is at fault: {payload:#}"
    );
    assert_eq!(errors[0]["code"], "NOT_FOUND");
    assert_eq!(errors[0]["field"], json!(["input", "customerIds", "1"]));

    let query = "query($id: ID!) { customer(id: $id) { tags { id } } }";
    let b_view = app.data(&b_admin, query, json!({ "id": b_customer })).await;
    assert_eq!(
        b_view["customer"]["tags"],
        json!([]),
        "the valid half was not applied either"
    );
    let a_view = app
        .data(&app.admin_token, query, json!({ "id": a.customer }))
        .await;
    assert_eq!(
        a_view["customer"]["tags"],
        json!([{ "id": a.tag }]),
        "A's customer is unchanged"
    );
}

#[tokio::test]
async fn an_account_of_one_tenant_cannot_sign_into_another() {
    let TwoTenants { app, a: _, b_admin } = two_tenants().await;

    let b_into_a = anonymous_login(&app, "default", "admin@beta.example", STRONG_PASSWORD).await;
    let nobody_in_a =
        anonymous_login(&app, "default", "nobody@default.example", STRONG_PASSWORD).await;
    assert!(b_into_a["token"].is_null(), "{b_into_a:#}");
    assert_eq!(
        b_into_a["userErrors"][0]["code"], "UNAUTHENTICATED",
        "{b_into_a:#}"
    );
    assert_eq!(
        b_into_a, nobody_in_a,
        "the same generic refusal as for an unknown account"
    );

    let a_into_b = anonymous_login(&app, "beta", "admin@localhost", &app.admin_password).await;
    assert!(a_into_b["token"].is_null(), "{a_into_b:#}");
    assert_eq!(
        a_into_b,
        anonymous_login(&app, "beta", "nobody@beta.example", STRONG_PASSWORD).await
    );

    // B's session stays B's: its viewer belongs to tenant `beta`.
    let viewer = app
        .data(&b_admin, "{ viewer { email tenant { slug } } }", json!({}))
        .await;
    assert_eq!(viewer["viewer"]["tenant"]["slug"], "beta");
    assert_eq!(viewer["viewer"]["email"], "admin@beta.example");
}

async fn anonymous_login(app: &TestApp, tenant: &str, email: &str, password: &str) -> Value {
    let body = app
        .graphql(
            None,
            "mutation($input: LoginInput!) { login(input: $input) { token viewer { id } userErrors { field message code } } }",
            json!({ "input": { "tenant": tenant, "email": email, "password": password } }),
        )
        .await;
    assert!(body.get("errors").is_none(), "unexpected errors: {body:#}");
    body["data"]["login"].clone()
}

/// A GET of `path` with `token`: status, content type and body.
async fn download(app: &TestApp, token: &str, path: &str) -> (u16, String, Vec<u8>) {
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(token)
        .send()
        .await
        .expect("an answer");
    let status = response.status().as_u16();
    let content_type = response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_string();
    let body = response.bytes().await.expect("a body").to_vec();
    (status, content_type, body)
}

#[tokio::test]
async fn another_tenants_archived_media_file_is_not_found_exactly_like_a_missing_one() {
    let mut fixture = small_corp();
    let contract: Vec<u8> = (0..5000u32).map(|i| (i * 13 % 241) as u8).collect();
    add_file_message(
        &mut fixture,
        ("contract-0001", 1_764_547_200_000),
        ("合同.pdf", "sdk-file-contract"),
        &contract,
    );
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    pull_by_job(&h).await;
    let app = &h.app;

    let (_, a_officer) = app
        .appoint("default", "officer@a.example", "COMPLIANCE")
        .await;
    let data = app
        .data(
            &a_officer,
            r#"{ archiveMessage(msgid: "contract-0001") { media { url } } }"#,
            json!({}),
        )
        .await;
    let url = string(&data["archiveMessage"]["media"]["url"]);
    let id: i64 = url
        .rsplit('/')
        .next()
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("{url} ends with the media id"));

    app.create_tenant("beta").await;
    let (_, b_officer) = app
        .appoint("beta", "officer@beta.example", "COMPLIANCE")
        .await;
    let theirs = download(app, &b_officer, &url).await;
    let missing = download(app, &b_officer, &format!("/archive/media/{}", id + 1000)).await;
    assert_eq!(theirs.0, 404, "{}", String::from_utf8_lossy(&theirs.2));
    assert_eq!(
        theirs, missing,
        "A's media file must look like a missing one to B's officer"
    );
    // A's officer meets the same answer for the missing id, and gets the file itself.
    assert_eq!(
        download(app, &a_officer, &format!("/archive/media/{}", id + 1000)).await,
        missing
    );
    let own = download(app, &a_officer, &url).await;
    assert_eq!((own.0, own.1.as_str()), (200, "application/pdf"));
    assert_eq!(own.2, contract);

    // Only A's own download is in A's audit log.
    let (_, auditor) = app.appoint("default", "auditor@a.example", "AUDITOR").await;
    let audit = app
        .data(
            &auditor,
            "{ auditLog(first: 5, filter: {action: ARCHIVE_MEDIA_READ}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(audit["auditLog"]["totalCount"], 1, "{audit:#}");
}

const B_CORP: &str = "wwbetacorp0001";
const B_CALLBACK_TOKEN: &str = "betaCallbackToken02";
const B_CALLBACK_AES_KEY: &str = "ZYXWVUTSRQPONMLKJIHGFEDCBA9876543210zyxwvuE";
const WECOM_SETTINGS: &str = "{ wecomSettings { corpId agentId callbackUrl contactSecretSet archiveSecretSet callbackConfigured archiveKeyVersions updatedAt } }";

/// An event scrm stores and then has nothing to do with (no call to WeCom), from `corp_id`.
fn unused_event(corp_id: &str) -> String {
    CallbackEvent {
        corp_id: corp_id.into(),
        create_time: chrono::Utc::now().timestamp(),
        kind: EventKind::Other {
            event: "change_contact".into(),
            change_type: Some("create_user".into()),
        },
    }
    .to_xml()
}

/// Has the loopback WeCom at `fake` sign, encrypt and deliver `xml` (with `overrides`) to the
/// callback URL of `slug`, with the callback credentials of its fixture; scrm's answer.
async fn deliver(
    h: &WecomHarness,
    fake: &FakeWecom,
    slug: &str,
    xml: &str,
    overrides: Value,
) -> (u16, String) {
    let mut request = json!({
        "url": format!("{}/wecom/callback/{slug}", h.app.address),
        "xml": xml,
    });
    if let (Some(request), Some(overrides)) = (request.as_object_mut(), overrides.as_object()) {
        request.extend(overrides.clone());
    }
    let answer: Value = h
        .http
        .post(format!("{}/fake/callback", fake.base_url))
        .json(&request)
        .send()
        .await
        .expect("the fake answers")
        .json()
        .await
        .expect("JSON");
    (
        u16::try_from(answer["status"].as_u64().expect("a status")).expect("a status code"),
        string(&answer["body"]),
    )
}

async fn stored_events(h: &WecomHarness, slug: &str) -> u64 {
    let tenant = api::domain::org::tenants::find_by_slug(&h.app.store, slug)
        .await
        .expect("tenant lookup")
        .expect("the tenant exists");
    wecom_event::Entity::find()
        .filter(wecom_event::Column::TenantId.eq(tenant.id))
        .count(&h.app.db().await)
        .await
        .expect("events counted")
}

#[tokio::test]
async fn wecom_settings_and_callbacks_stay_with_their_tenant() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let app = &h.app;
    let a_before = app.data(&app.admin_token, WECOM_SETTINGS, json!({})).await;
    assert_eq!(a_before["wecomSettings"]["corpId"], CORP, "{a_before:#}");

    // B has no settings: it sees none, not A's.
    let b_admin = app.create_tenant("beta").await;
    let b_unset = app.data(&b_admin, WECOM_SETTINGS, json!({})).await;
    assert_eq!(b_unset, json!({ "wecomSettings": null }));

    let b_update = mutation(
        app,
        &b_admin,
        "wecomSettingsUpdate",
        "WecomSettingsUpdateInput",
        "wecomSettings { corpId agentId callbackUrl contactSecretSet archiveSecretSet callbackConfigured archiveKeyVersions }",
        json!({
            "corpId": B_CORP, "agentId": 1000003, "contactSecret": "beta-contact-secret",
            "callbackToken": B_CALLBACK_TOKEN, "callbackEncodingAesKey": B_CALLBACK_AES_KEY,
        }),
    )
    .await;
    assert_eq!(b_update["userErrors"], json!([]), "{b_update:#}");
    assert_eq!(
        b_update["wecomSettings"],
        json!({
            "corpId": B_CORP, "agentId": 1000003, "callbackUrl": "/wecom/callback/beta",
            "contactSecretSet": true, "archiveSecretSet": false, "callbackConfigured": true,
            "archiveKeyVersions": [],
        })
    );
    let b_view = app.data(&b_admin, WECOM_SETTINGS, json!({})).await;
    assert_eq!(b_view["wecomSettings"]["corpId"], B_CORP);
    assert!(!b_view.to_string().contains(CORP), "{b_view:#}");
    let a_after = app.data(&app.admin_token, WECOM_SETTINGS, json!({})).await;
    assert_eq!(a_after, a_before, "B's update left A's settings alone");

    // A WeCom that signs with B's Token and EncodingAESKey: B's callbacks, not A's.
    let mut b_fixture = Fixture::empty(B_CORP, "beta-contact-secret", "beta-archive-secret");
    b_fixture.callback = Some(wecom_fake::fixture::CallbackSettings {
        token: B_CALLBACK_TOKEN.into(),
        encoding_aes_key: B_CALLBACK_AES_KEY.into(),
    });
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let b_wecom = FakeWecom::start(b_fixture, listener).expect("B's WeCom starts");

    for (xml, overrides) in [
        (unused_event(B_CORP), json!({})),
        // Encrypted for A's corp, still signed with B's token.
        (unused_event(CORP), json!({ "corp_id": CORP })),
    ] {
        let answer = deliver(&h, &b_wecom, "default", &xml, overrides.clone()).await;
        assert_eq!(answer, (403, "bad_signature".to_string()), "{overrides}");
    }
    // And A's credentials do not open B's URL.
    let answer = deliver(&h, &h.fake, "beta", &unused_event(CORP), json!({})).await;
    assert_eq!(answer, (403, "bad_signature".to_string()));
    assert_eq!(stored_events(&h, "default").await, 0, "nothing stored in A");
    assert_eq!(stored_events(&h, "beta").await, 0, "nor in B");

    // Each tenant's own WeCom is answered: the credentials above were right, for the other.
    let answer = deliver(&h, &b_wecom, "beta", &unused_event(B_CORP), json!({})).await;
    assert_eq!(answer, (200, "success".to_string()));
    let answer = deliver(&h, &h.fake, "default", &unused_event(CORP), json!({})).await;
    assert_eq!(answer, (200, "success".to_string()));
    assert_eq!(stored_events(&h, "default").await, 1);
    assert_eq!(stored_events(&h, "beta").await, 1);
}
