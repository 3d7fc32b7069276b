//! Channel codes (渠道活码) through the real server and the loopback WeCom: a customer scans,
//! WeCom calls back (sometimes twice), and the add is attributed, tagged and welcomed once;
//! rotation under a daily cap, the backup, statistics, disabling, bad input and scope.

use std::collections::BTreeMap;

use serde_json::{Value, json};
use wecom::callback::ContactChange;

use crate::wecom::callback_events::{applied, contact, customer_view, deliver_with};
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom};

const CODE_FIELDS: &str = "id name state wecomConfigId qrCodeUrl active dailyCapPerStaff skipVerify
    staff { wecomUserid } backupStaff { wecomUserid } currentStaff { wecomUserid }
    welcome { text } tags { name }";

/// Staff global ids by WeCom userid, and tag global ids by name (after a STAFF and TAGS sync).
pub(super) async fn directory(
    h: &WecomHarness,
) -> (BTreeMap<String, String>, BTreeMap<String, String>) {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid } }
               tagGroups { tags { id name } } }",
            json!({}),
        )
        .await;
    let staff = data["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|node| {
            Some((
                node["wecomUserid"].as_str()?.to_string(),
                node["id"].as_str()?.to_string(),
            ))
        })
        .collect();
    let tags = data["tagGroups"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["tags"].as_array().unwrap().clone())
        .map(|tag| {
            (
                tag["name"].as_str().unwrap().to_string(),
                tag["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (staff, tags)
}

pub(super) async fn create(h: &WecomHarness, token: &str, input: Value) -> Value {
    h.app
        .data(
            token,
            &format!(
                "mutation($input: ChannelCodeCreateInput!) {{ channelCodeCreate(input: $input) {{
                    channelCode {{ {CODE_FIELDS} }} userErrors {{ field message code }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await["channelCodeCreate"]
        .clone()
}

async fn code_view(h: &WecomHarness, id: &str) -> Value {
    h.app
        .data(
            &h.app.admin_token,
            &format!(
                "query($id: ID!) {{ node(id: $id) {{ ... on ChannelCode {{ {CODE_FIELDS} }} }} }}"
            ),
            json!({ "id": id }),
        )
        .await["node"]
        .clone()
}

/// A customer scans the code's QR code; WeCom delivers the add `repeat` times. Waits until the
/// events are applied; the member WeCom handed the customer to.
pub(super) async fn scan(
    h: &WecomHarness,
    config_id: &str,
    external_userid: &str,
    name: &str,
    repeat: u32,
) -> String {
    let answer = h
        .control(
            "/fake/contact_ways/scan",
            json!({
                "config_id": config_id,
                "external_contact": {"external_userid": external_userid, "name": name, "type": 1},
                "url": format!("{}/wecom/callback/default", h.app.address),
                "repeat": repeat,
            }),
        )
        .await;
    applied(h).await;
    answer["userid"].as_str().unwrap().to_string()
}

pub(super) async fn welcomes(h: &WecomHarness) -> Vec<Value> {
    h.http
        .get(format!("{}/fake/welcome_messages", h.fake.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

fn today() -> String {
    // The tenant's zone, Asia/Shanghai, is UTC+8 all year.
    (chrono::Utc::now() + chrono::Duration::hours(8))
        .date_naive()
        .to_string()
}

#[tokio::test]
async fn a_scan_is_attributed_tagged_and_welcomed_once_and_the_code_rotates_to_its_backup_at_the_cap()
 {
    let mut fixture = small_corp();
    fixture.external_contacts.clear();
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let (staff, tags) = directory(&h).await;
    let tag_name = tags.keys().next().unwrap().clone();

    let created = create(
        &h,
        &h.app.admin_token,
        json!({
            "name": "2026 春季展会",
            "staffIds": [staff["staff001"], staff["staff002"]],
            "backupStaffId": staff["staff003"],
            "dailyCapPerStaff": 1,
            "welcome": {"text": "{customer_name}您好，我是{staff_name}，很高兴认识您"},
            "tagIds": [tags[&tag_name]],
        }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    let code = created["channelCode"].clone();
    assert_eq!(code["active"], true);
    assert_eq!(code["skipVerify"], true);
    assert_eq!(code["currentStaff"]["wecomUserid"], "staff001");
    let state = code["state"].as_str().unwrap();
    assert!(state.len() <= 30, "{state}");
    let config_id = code["wecomConfigId"].as_str().unwrap().to_string();
    assert!(
        code["qrCodeUrl"].as_str().unwrap().starts_with("http"),
        "{code:#}"
    );
    // WeCom holds the way with the code's state, naming one member.
    let fake = h.fake_state().await;
    let way = fake["contact_ways"]
        .as_array()
        .unwrap()
        .iter()
        .find(|way| way["config_id"] == config_id.as_str())
        .unwrap_or_else(|| panic!("no way {config_id} in {fake:#}"))
        .clone();
    assert_eq!(way["state"], state);
    assert_eq!(way["user"], json!(["staff001"]));

    // First scan, delivered twice by WeCom: staff001 gets the customer, welcomed and tagged once.
    assert_eq!(
        scan(&h, &config_id, "wmscan0001", "王女士", 2).await,
        "staff001"
    );
    let customer = customer_view(&h, "wmscan0001").await;
    assert_eq!(customer["follows"][0]["state"], state, "{customer:#}");
    assert_eq!(customer["follows"][0]["tags"], json!([{"name": tag_name}]));
    let sent = welcomes(&h).await;
    assert_eq!(sent.len(), 1, "{sent:#?}");
    assert_eq!(sent[0]["external_userid"], "wmscan0001");
    let staff001_name = customer_view_staff_name(&h, "staff001").await;
    assert_eq!(
        sent[0]["text"]["content"],
        format!("王女士您好，我是{staff001_name}，很高兴认识您")
    );
    // The tag reached WeCom's follow too (mark_tag).
    let fake = h.fake_state().await;
    let follow = fake["external_contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|contact| contact["external_contact"]["external_userid"] == "wmscan0001")
        .unwrap()["follow_user"][0]
        .clone();
    assert_eq!(follow["tag_id"].as_array().unwrap().len(), 1, "{follow:#}");
    // staff001 is at the cap: the way names staff002 now.
    assert_eq!(
        code_view(&h, code["id"].as_str().unwrap()).await["currentStaff"]["wecomUserid"],
        "staff002"
    );

    // The same add again, as a distinct callback (another CreateTime, the same follow):
    // applied, but nothing is attributed, tagged or welcomed twice.
    let repeat = contact(
        chrono::Utc::now().timestamp() + 1,
        "staff001",
        "wmscan0001",
        ContactChange::Add {
            state: Some(state.to_string()),
            welcome_code: Some("fakewelcome-replayed".into()),
        },
    );
    assert_eq!(
        deliver_with(&h, &repeat, json!({})).await,
        (200, "success".to_string())
    );
    applied(&h).await;
    assert_eq!(welcomes(&h).await.len(), 1);

    // Second scan: staff002, then everyone is at the cap and the backup takes the third.
    assert_eq!(
        scan(&h, &config_id, "wmscan0002", "李先生", 1).await,
        "staff002"
    );
    let view = code_view(&h, code["id"].as_str().unwrap()).await;
    assert_eq!(view["currentStaff"]["wecomUserid"], "staff003", "{view:#}");
    assert_eq!(
        scan(&h, &config_id, "wmscan0003", "赵女士", 1).await,
        "staff003"
    );
    assert_eq!(welcomes(&h).await.len(), 3);

    // Statistics: three adds today, one per member.
    let day = today();
    let stats = h
        .app
        .data(
            &h.app.admin_token,
            "query($id: ID!, $day: Date!) { node(id: $id) { ... on ChannelCode {
                byDay: stats(from: $day, to: $day) { day adds deletions net addsOlderThan7Days keptAfter7Days }
                byStaff: stats(from: $day, to: $day, groupBy: STAFF) { staff { wecomUserid } adds }
            } } }",
            json!({ "id": code["id"], "day": day }),
        )
        .await;
    assert_eq!(
        stats["node"]["byDay"],
        json!([{"day": day, "adds": 3, "deletions": 0, "net": 3, "addsOlderThan7Days": 0, "keptAfter7Days": 0}])
    );
    let by_staff: Vec<(String, u64)> = stats["node"]["byStaff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["staff"]["wecomUserid"].as_str().unwrap().to_string(),
                row["adds"].as_u64().unwrap(),
            )
        })
        .collect();
    let mut by_staff = by_staff;
    by_staff.sort();
    assert_eq!(
        by_staff,
        [
            ("staff001".into(), 1),
            ("staff002".into(), 1),
            ("staff003".into(), 1)
        ]
    );

    // A deletion counts on its day: the customer deletes staff002.
    let deleted = contact(
        chrono::Utc::now().timestamp(),
        "staff002",
        "wmscan0002",
        ContactChange::DeleteFollowUser,
    );
    assert_eq!(
        deliver_with(&h, &deleted, json!({})).await,
        (200, "success".to_string())
    );
    applied(&h).await;
    let stats = h
        .app
        .data(
            &h.app.admin_token,
            "query($id: ID!, $day: Date!) { node(id: $id) { ... on ChannelCode {
                stats(from: $day, to: $day) { adds deletions net } } } }",
            json!({ "id": code["id"], "day": day }),
        )
        .await;
    assert_eq!(
        stats["node"]["stats"],
        json!([{"adds": 3, "deletions": 1, "net": 2}])
    );

    // Disabled: WeCom's way is gone, the code and its numbers stay.
    let disabled = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($id: ID!) { channelCodeDisable(input: {id: $id}) {
                channelCode { active } userErrors { field } } }",
            json!({ "id": code["id"] }),
        )
        .await;
    assert_eq!(
        disabled["channelCodeDisable"]["channelCode"]["active"], false,
        "{disabled:#}"
    );
    let fake = h.fake_state().await;
    assert!(
        !fake["contact_ways"]
            .as_array()
            .unwrap()
            .iter()
            .any(|way| way["config_id"] == config_id.as_str()),
        "{fake:#}"
    );
    let listed = h
        .app
        .data(
            &h.app.admin_token,
            "{ active: channelCodes(filter: {active: true}) { totalCount }
               all: channelCodes { totalCount nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed["active"]["totalCount"], 0);
    assert_eq!(listed["all"]["totalCount"], 1);
}

async fn customer_view_staff_name(h: &WecomHarness, userid: &str) -> String {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { name wecomUserid } } }",
            json!({}),
        )
        .await;
    data["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["wecomUserid"] == userid)
        .unwrap()["name"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn bad_input_is_named_by_field_and_nothing_reaches_wecom() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let (staff, _) = directory(&h).await;
    let missing_tag = api::graphql::ids::encode(api::graphql::ids::NodeKind::Tag, 999_999).0;
    let answer = create(
        &h,
        &h.app.admin_token,
        json!({
            "name": "  ",
            "staffIds": [staff["staff001"], staff["staff001"]],
            "dailyCapPerStaff": 0,
            "tagIds": [missing_tag],
            "welcome": {"text": "长".repeat(4001)},
        }),
    )
    .await;
    assert_eq!(answer["channelCode"], Value::Null);
    let mut fields: Vec<String> = answer["userErrors"]
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
    assert_eq!(
        fields,
        [
            "input.backupStaffId",
            "input.dailyCapPerStaff",
            "input.name",
            "input.staffIds.1",
            "input.tagIds",
            "input.welcome.text",
        ],
        "{answer:#}"
    );
    // A member without a WeCom account is refused at their position.
    let (outsider_id, _) = h.app.appoint("default", "nowecom@corp.cn", "SALES").await;
    let answer = create(
        &h,
        &h.app.admin_token,
        json!({"name": "门店", "staffIds": [staff["staff001"], outsider_id]}),
    )
    .await;
    assert_eq!(
        answer["userErrors"][0]["field"],
        json!(["input", "staffIds", "1"]),
        "{answer:#}"
    );
    assert!(
        answer["userErrors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("WeCom")
    );
    // Nothing reached WeCom.
    assert_eq!(h.fake_state().await["contact_ways"], json!([]));

    // Duplicate names are refused once the first exists.
    let first = create(
        &h,
        &h.app.admin_token,
        json!({"name": "门店", "staffIds": [staff["staff001"]]}),
    )
    .await;
    assert_eq!(first["userErrors"], json!([]), "{first:#}");
    let second = create(
        &h,
        &h.app.admin_token,
        json!({"name": "门店", "staffIds": [staff["staff002"]]}),
    )
    .await;
    assert_eq!(second["userErrors"][0]["code"], "CONFLICT", "{second:#}");
    assert_eq!(
        h.fake_state().await["contact_ways"]
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[tokio::test]
async fn each_role_sees_its_scope_and_another_tenant_sees_nothing() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let (staff, _) = directory(&h).await;
    let created = create(
        &h,
        &h.app.admin_token,
        json!({"name": "海报", "staffIds": [staff["staff001"]]}),
    )
    .await;
    let id = created["channelCode"]["id"].as_str().unwrap().to_string();

    let query = "query($id: ID!) { node(id: $id) { ... on ChannelCode { name } } }";
    // Archive roles have no part in engagement, not even reading.
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let body = h
        .app
        .graphql(Some(&officer), "{ channelCodes { totalCount } }", json!({}))
        .await;
    assert_eq!(crate::helpers::error_code(&body), "FORBIDDEN", "{body:#}");
    // A salesperson the code does not hand adds to sees nothing and may not create.
    let (_, sales) = h.app.appoint("default", "sales@corp.cn", "SALES").await;
    let listed = h
        .app
        .data(&sales, "{ channelCodes { totalCount } }", json!({}))
        .await;
    assert_eq!(listed["channelCodes"]["totalCount"], 0);
    let body = h
        .app
        .graphql(Some(&sales), query, json!({ "id": id }))
        .await;
    assert_eq!(crate::helpers::error_code(&body), "NOT_FOUND", "{body:#}");
    let body = h
        .app
        .graphql(
            Some(&sales),
            "mutation($s: ID!) { channelCodeCreate(input: {name: \"mine\", staffIds: [$s]}) { userErrors { field } } }",
            json!({ "s": staff["staff001"] }),
        )
        .await;
    assert_eq!(crate::helpers::error_code(&body), "FORBIDDEN", "{body:#}");

    // Tenant B: A's code reads, changes and disables exactly like a missing one.
    let b_admin = h.app.create_tenant("beta").await;
    let missing = api::graphql::ids::encode(api::graphql::ids::NodeKind::ChannelCode, 999_999).0;
    for target in [&id, &missing] {
        let body = h
            .app
            .graphql(Some(&b_admin), query, json!({ "id": target }))
            .await;
        assert_eq!(crate::helpers::error_code(&body), "NOT_FOUND", "{body:#}");
        let disabled = h
            .app
            .data(
                &b_admin,
                "mutation($id: ID!) { channelCodeDisable(input: {id: $id}) { channelCode { active } userErrors { field code } } }",
                json!({ "id": target }),
            )
            .await;
        assert_eq!(
            disabled["channelCodeDisable"],
            json!({"channelCode": null, "userErrors": [{"field": ["input", "id"], "code": "NOT_FOUND"}]})
        );
    }
    assert_eq!(
        h.app
            .data(&b_admin, "{ channelCodes { totalCount } }", json!({}))
            .await["channelCodes"]["totalCount"],
        0
    );
    assert_eq!(
        code_view(&h, &id).await["active"],
        true,
        "A's code untouched"
    );
}
