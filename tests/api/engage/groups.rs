//! Customer groups (客户群) synced from the loopback WeCom, read through the real server by
//! each role; group welcome templates (入群欢迎语素材) made, changed and deleted in WeCom first.

use serde_json::{Value, json};

use crate::helpers::error_code;
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom};

const GROUP_FIELDS: &str = "id chatId name ownerUserid owner { wecomUserid } notice createdAt
    dismissedAt memberCount staffMemberCount customerMemberCount
    customers(first: 10) { externalUserid } admins { wecomUserid } adminUserids";

const ADD: &str = "/cgi-bin/externalcontact/group_welcome_template/add";
const EDIT: &str = "/cgi-bin/externalcontact/group_welcome_template/edit";
const DEL: &str = "/cgi-bin/externalcontact/group_welcome_template/del";

/// `small_corp` (groups `wrchat0000`… owned by `staff001`…, each with three customers), with
/// `staff008` joined to the first group as its admin and the last group owned by someone who
/// is not staff.
async fn synced() -> WecomHarness {
    let mut fixture = small_corp();
    let first = &mut fixture.group_chats[0];
    if let Some(members) = first["member_list"].as_array_mut() {
        members.push(
            json!({"userid": "staff008", "type": 1, "join_time": 1_764_547_300, "join_scene": 1}),
        );
    }
    first["admin_list"] = json!([{"userid": "staff008"}]);
    fixture.group_chats[4]["owner"] = json!("exstaff99");
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    let done = sync(&h, json!({"kinds": ["STAFF", "CUSTOMERS", "GROUPS"]})).await;
    assert_eq!(done["status"], "SUCCEEDED", "{done}");
    h
}

async fn groups(h: &WecomHarness, token: &str, filter: Value) -> Value {
    h.app
        .data(
            token,
            &format!(
                "query($filter: CustomerGroupFilter) {{ customerGroups(first: 50, filter: $filter) {{
                    totalCount nodes {{ {GROUP_FIELDS} }} }} }}"
            ),
            json!({ "filter": filter }),
        )
        .await["customerGroups"]
        .clone()
}

fn names(connection: &Value) -> Vec<String> {
    let mut names: Vec<String> = connection["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["name"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    names
}

async fn staff_id(h: &WecomHarness, userid: &str) -> String {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid } } }",
            json!({}),
        )
        .await;
    data["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["wecomUserid"] == userid)
        .unwrap_or_else(|| panic!("no staff {userid}"))["id"]
        .as_str()
        .unwrap()
        .to_string()
}

/// Signs in as the synced member `userid`, after the admin gives them `role` and a password.
async fn sign_in_as(h: &WecomHarness, userid: &str, role: &str) -> String {
    let id = staff_id(h, userid).await;
    let admin = &h.app.admin_token;
    let updated = h
        .app
        .data(
            admin,
            "mutation($i: StaffUpdateInput!) { staffUpdate(input: $i) { userErrors { field message } } }",
            json!({ "i": { "id": id, "role": role } }),
        )
        .await;
    assert_eq!(
        updated["staffUpdate"]["userErrors"],
        json!([]),
        "{updated:#}"
    );
    let reset = h
        .app
        .data(
            admin,
            "mutation($i: StaffPasswordResetInput!) { staffPasswordReset(input: $i) { oneTimePassword userErrors { message } } }",
            json!({ "i": { "id": id } }),
        )
        .await;
    let password = reset["staffPasswordReset"]["oneTimePassword"]
        .as_str()
        .unwrap_or_else(|| panic!("{reset:#}"))
        .to_string();
    h.app
        .login("default", &format!("{userid}@wecom.invalid"), &password)
        .await
}

#[tokio::test]
async fn synced_groups_are_listed_with_their_members_owner_and_admins_in_each_role_s_scope() {
    let h = synced().await;
    let admin = h.app.admin_token.clone();

    let all = groups(&h, &admin, Value::Null).await;
    assert_eq!(all["totalCount"], 5, "{all:#}");
    assert_eq!(
        names(&all),
        ["客户群1", "客户群2", "客户群3", "客户群4", "客户群5"]
    );
    let by_chat = |chat: &str| {
        all["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|node| node["chatId"] == chat)
            .unwrap_or_else(|| panic!("no {chat} in {all:#}"))
            .clone()
    };
    let first = by_chat("wrchat0000");
    assert_eq!(first["name"], "客户群1");
    assert_eq!(first["ownerUserid"], "staff001");
    assert_eq!(first["owner"]["wecomUserid"], "staff001");
    assert_eq!(first["createdAt"], "2025-12-01T00:00:00+00:00");
    assert_eq!(first["dismissedAt"], Value::Null);
    assert_eq!(first["notice"], Value::Null);
    assert_eq!(first["memberCount"], 5);
    assert_eq!(first["staffMemberCount"], 2);
    assert_eq!(first["customerMemberCount"], 3);
    assert_eq!(
        first["customers"],
        json!([{"externalUserid": "wmcust00001"}, {"externalUserid": "wmcust00002"}, {"externalUserid": "wmcust00003"}])
    );
    assert_eq!(first["admins"], json!([{"wecomUserid": "staff008"}]));
    assert_eq!(first["adminUserids"], json!(["staff008"]));
    let second = by_chat("wrchat0001");
    assert_eq!(
        (
            &second["memberCount"],
            &second["staffMemberCount"],
            &second["customerMemberCount"]
        ),
        (&json!(4), &json!(1), &json!(3))
    );
    assert_eq!(
        second["customers"],
        json!([{"externalUserid": "wmcust00004"}, {"externalUserid": "wmcust00005"}, {"externalUserid": "wmcust00006"}])
    );
    assert_eq!(second["admins"], json!([]));
    // An owner who is not staff: the userid, no Staff.
    let orphan = by_chat("wrchat0004");
    assert_eq!(orphan["ownerUserid"], "exstaff99");
    assert_eq!(orphan["owner"], Value::Null);

    // node(id) reads the same group.
    let node = h
        .app
        .data(
            &admin,
            "query($id: ID!) { node(id: $id) { ... on CustomerGroup { chatId memberCount } } }",
            json!({ "id": first["id"] }),
        )
        .await;
    assert_eq!(
        node["node"],
        json!({"chatId": "wrchat0000", "memberCount": 5})
    );

    // Filters: owner, name, dismissed.
    let staff002 = staff_id(&h, "staff002").await;
    let owned = groups(&h, &admin, json!({ "ownerId": staff002 })).await;
    assert_eq!(owned["totalCount"], 1);
    assert_eq!(names(&owned), ["客户群2"]);
    let named = groups(&h, &admin, json!({ "name": "群3" })).await;
    assert_eq!(names(&named), ["客户群3"]);
    assert_eq!(
        groups(&h, &admin, json!({ "dismissed": true })).await["totalCount"],
        0
    );
    assert_eq!(
        groups(&h, &admin, json!({ "dismissed": false })).await["totalCount"],
        5
    );
    let body = h
        .app
        .graphql(
            Some(&admin),
            "{ customerGroups(filter: {ownerId: \"bm9wZQ\"}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body:#}");

    // Paging: two at a time, every group once.
    let (total, paged) = h
        .app
        .all_pages(
            &admin,
            "query($after: String) { customerGroups(first: 2, after: $after) {
                totalCount nodes { chatId } pageInfo { hasNextPage endCursor } } }",
            "customerGroups",
            json!({}),
        )
        .await;
    assert_eq!(total, 5);
    let mut chats: Vec<&str> = paged
        .iter()
        .map(|node| node["chatId"].as_str().unwrap())
        .collect();
    chats.sort();
    assert_eq!(
        chats,
        [
            "wrchat0000",
            "wrchat0001",
            "wrchat0002",
            "wrchat0003",
            "wrchat0004"
        ]
    );

    // SALES: the groups they own; of its customers, those they follow.
    let sales = sign_in_as(&h, "staff001", "SALES").await;
    let mine = groups(&h, &sales, Value::Null).await;
    assert_eq!(mine["totalCount"], 1, "{mine:#}");
    assert_eq!(names(&mine), ["客户群1"]);
    assert_eq!(mine["nodes"][0]["customerMemberCount"], 3);
    assert_eq!(
        mine["nodes"][0]["customers"],
        json!([{"externalUserid": "wmcust00001"}])
    );
    let body = h
        .app
        .graphql(
            Some(&sales),
            "query($id: ID!) { node(id: $id) { ... on CustomerGroup { name } } }",
            json!({ "id": second["id"] }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND", "{body:#}");

    // MANAGER: groups owned by staff of their department (staff002, staff004, … are in 销售2部).
    let manager = sign_in_as(&h, "staff002", "MANAGER").await;
    assert_eq!(
        names(&groups(&h, &manager, Value::Null).await),
        ["客户群2", "客户群4"]
    );

    // Archive roles have no part in groups.
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    for query in [
        "{ customerGroups { totalCount } }",
        "{ groupWelcomeTemplates { id } }",
    ] {
        let body = h.app.graphql(Some(&officer), query, json!({})).await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body:#}");
    }

    // Tenant B sees none of A's groups; A's group reads like a missing one.
    let b_admin = h.app.create_tenant("beta").await;
    assert_eq!(
        h.app
            .data(&b_admin, "{ customerGroups { totalCount } }", json!({}))
            .await["customerGroups"]["totalCount"],
        0
    );
    let missing = api::graphql::ids::encode(api::graphql::ids::NodeKind::CustomerGroup, 999_999).0;
    for target in [first["id"].as_str().unwrap(), missing.as_str()] {
        let body = h
            .app
            .graphql(
                Some(&b_admin),
                "query($id: ID!) { node(id: $id) { ... on CustomerGroup { name } } }",
                json!({ "id": target }),
            )
            .await;
        assert_eq!(error_code(&body), "NOT_FOUND", "{body:#}");
    }
}

const TEMPLATE_FIELDS: &str =
    "id wecomTemplateId text link { title url picurl desc } createdAt updatedAt";

async fn create_template(h: &WecomHarness, token: &str, input: Value) -> Value {
    h.app
        .data(
            token,
            &format!(
                "mutation($input: GroupWelcomeTemplateInput!) {{ groupWelcomeTemplateCreate(input: $input) {{
                    groupWelcomeTemplate {{ {TEMPLATE_FIELDS} }} userErrors {{ field message code }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await["groupWelcomeTemplateCreate"]
        .clone()
}

async fn update_template(h: &WecomHarness, input: Value) -> Value {
    h.app
        .data(
            &h.app.admin_token,
            &format!(
                "mutation($input: GroupWelcomeTemplateUpdateInput!) {{ groupWelcomeTemplateUpdate(input: $input) {{
                    groupWelcomeTemplate {{ {TEMPLATE_FIELDS} }} userErrors {{ field message code }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await["groupWelcomeTemplateUpdate"]
        .clone()
}

const DELETE: &str = "mutation($id: ID!) { groupWelcomeTemplateDelete(input: {id: $id}) {
    deletedGroupWelcomeTemplateId userErrors { field code } } }";

async fn listed(h: &WecomHarness, token: &str) -> Value {
    h.app
        .data(
            token,
            &format!("{{ groupWelcomeTemplates {{ {TEMPLATE_FIELDS} }} }}"),
            json!({}),
        )
        .await["groupWelcomeTemplates"]
        .clone()
}

async fn wecom_templates(h: &WecomHarness) -> Value {
    h.fake_state().await["group_welcome_templates"].clone()
}

fn fields(payload: &Value) -> Vec<String> {
    let mut fields: Vec<String> = payload["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            error["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|part| part.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    fields.sort();
    fields
}

#[tokio::test]
async fn welcome_templates_round_trip_through_wecom_and_bad_input_or_a_refusal_stores_nothing() {
    let h = synced().await;
    let admin = h.app.admin_token.clone();

    // Bad input: every problem by field, nothing sent to WeCom.
    let bad = create_template(
        &h,
        &admin,
        json!({
            "text": "欢".repeat(1_334), // 1,334 characters, 4,002 bytes
            "link": {"title": " ", "url": "ftp://example.com/x", "picurl": "javascript:alert(1)"},
        }),
    )
    .await;
    assert_eq!(bad["groupWelcomeTemplate"], Value::Null);
    assert_eq!(
        fields(&bad),
        [
            "input.link.picurl",
            "input.link.title",
            "input.link.url",
            "input.text"
        ],
        "{bad:#}"
    );
    let empty = create_template(&h, &admin, json!({ "text": "  " })).await;
    assert_eq!(fields(&empty), ["input.text"], "{empty:#}");
    let state = h.fake_state().await;
    assert_eq!(state["group_welcome_templates"], json!({}));
    assert_eq!(state["calls"][ADD], Value::Null, "{:#}", state["calls"]);
    // Exactly 4,000 bytes is WeCom's limit, and allowed.
    let longest = "欢".repeat(1_333) + "!";
    assert_eq!(longest.len(), 4_000);

    // Create: in WeCom with its template_id, then here.
    let created = create_template(
        &h,
        &admin,
        json!({
            "text": "欢迎加入！",
            "link": {"title": "新人礼包", "url": "https://example.com/gift", "picurl": "https://example.com/gift.png", "desc": "领取优惠"},
        }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    let template = created["groupWelcomeTemplate"].clone();
    let template_id = template["wecomTemplateId"].as_str().unwrap().to_string();
    assert_eq!(template["text"], "欢迎加入！");
    assert_eq!(
        template["link"],
        json!({"title": "新人礼包", "url": "https://example.com/gift", "picurl": "https://example.com/gift.png", "desc": "领取优惠"})
    );
    assert_eq!(
        wecom_templates(&h).await,
        json!({ template_id.clone(): {
            "text": {"content": "欢迎加入！"},
            "link": {"title": "新人礼包", "url": "https://example.com/gift", "picurl": "https://example.com/gift.png", "desc": "领取优惠"},
        }})
    );

    // Update: WeCom's template becomes the new content, whole.
    let updated = update_template(&h, json!({ "id": template["id"], "text": longest })).await;
    assert_eq!(updated["userErrors"], json!([]), "{updated:#}");
    assert_eq!(updated["groupWelcomeTemplate"]["link"], Value::Null);
    assert_eq!(
        updated["groupWelcomeTemplate"]["wecomTemplateId"],
        template_id.as_str()
    );
    assert_eq!(
        wecom_templates(&h).await,
        json!({ template_id.clone(): { "text": {"content": longest} } })
    );
    let bad_update = update_template(
        &h,
        json!({ "id": template["id"], "link": {"title": "x", "url": "example.com"} }),
    )
    .await;
    assert_eq!(fields(&bad_update), ["input.link.url"], "{bad_update:#}");

    // SALES read the templates, and write none.
    let sales = sign_in_as(&h, "staff001", "SALES").await;
    let seen = listed(&h, &sales).await;
    assert_eq!(seen.as_array().unwrap().len(), 1, "{seen:#}");
    assert_eq!(seen[0]["text"], longest.as_str());
    let body = h
        .app
        .graphql(
            Some(&sales),
            "mutation { groupWelcomeTemplateCreate(input: {text: \"hi\"}) { userErrors { field } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN", "{body:#}");

    // WeCom refuses an edit: nothing changes here.
    h.control("/fake/faults", json!({"path": EDIT, "errcode": 40058}))
        .await;
    let body = h
        .app
        .graphql(
            Some(&admin),
            "mutation($id: ID!) { groupWelcomeTemplateUpdate(input: {id: $id, text: \"changed\"}) { userErrors { field } } }",
            json!({ "id": template["id"] }),
        )
        .await;
    assert_eq!(error_code(&body), "CONFLICT", "{body:#}");
    assert_eq!(listed(&h, &admin).await[0]["text"], longest.as_str());

    // WeCom refuses a delete: the template stays, here and there.
    h.control("/fake/faults", json!({"path": DEL, "errcode": 40058}))
        .await;
    let body = h
        .app
        .graphql(Some(&admin), DELETE, json!({ "id": template["id"] }))
        .await;
    assert_eq!(error_code(&body), "CONFLICT", "{body:#}");
    assert_eq!(listed(&h, &admin).await.as_array().unwrap().len(), 1);

    // Delete: gone from WeCom, then here.
    let deleted = h
        .app
        .data(&admin, DELETE, json!({ "id": template["id"] }))
        .await;
    assert_eq!(
        deleted["groupWelcomeTemplateDelete"],
        json!({"deletedGroupWelcomeTemplateId": template["id"], "userErrors": []})
    );
    assert_eq!(wecom_templates(&h).await, json!({}));
    assert_eq!(listed(&h, &admin).await, json!([]));
    let again = h
        .app
        .data(&admin, DELETE, json!({ "id": template["id"] }))
        .await;
    assert_eq!(
        again["groupWelcomeTemplateDelete"]["userErrors"],
        json!([{"field": ["input", "id"], "code": "NOT_FOUND"}])
    );

    // WeCom refuses an add: nothing stored.
    h.control("/fake/faults", json!({"path": ADD, "errcode": 41055}))
        .await;
    let body = h
        .app
        .graphql(
            Some(&admin),
            "mutation { groupWelcomeTemplateCreate(input: {text: \"欢迎\"}) { groupWelcomeTemplate { id } userErrors { field } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "CONFLICT", "{body:#}");
    assert_eq!(listed(&h, &admin).await, json!([]));
    assert_eq!(wecom_templates(&h).await, json!({}));

    // Tenant B: A's template reads and deletes like a missing one.
    let b_admin = h.app.create_tenant("beta").await;
    let kept = create_template(&h, &admin, json!({"text": "A 的欢迎语"})).await;
    let kept_id = kept["groupWelcomeTemplate"]["id"].clone();
    assert_eq!(listed(&h, &b_admin).await, json!([]));
    let body = h
        .app
        .graphql(
            Some(&b_admin),
            "query($id: ID!) { node(id: $id) { ... on GroupWelcomeTemplate { text } } }",
            json!({ "id": kept_id }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND", "{body:#}");
    let foreign = h.app.data(&b_admin, DELETE, json!({ "id": kept_id })).await;
    assert_eq!(
        foreign["groupWelcomeTemplateDelete"]["userErrors"],
        json!([{"field": ["input", "id"], "code": "NOT_FOUND"}])
    );
    assert_eq!(wecom_templates(&h).await.as_object().unwrap().len(), 1);
}
