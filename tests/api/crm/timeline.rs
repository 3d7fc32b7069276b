//! A customer's whole story (`Customer.timeline`) through the real server and the loopback
//! WeCom: a customer added through a channel code, tagged (by the code and by the admin) and
//! untagged (by the admin, and by WeCom), followed up, given deals that move, sent a
//! broadcast, given SOP tasks, handed over and lost — in exact order, newest first; the kinds
//! filter; pages with `after` (no duplicate, no gap, `totalCount`); `Customer.channelCode`;
//! what a salesperson sees (their deals and tasks only, no transfers nor others' broadcasts);
//! a deleted tag; bad input; another tenant (NOT_FOUND); compliance (FORBIDDEN).

use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use entity::{staff, task};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, QueryFilter, Set};
use serde_json::{Value, json};
use wecom::callback::ContactChange;

use crate::helpers::error_code;
use crate::wecom::callback_events::{applied, contact, deliver_with};
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom_and};

const TIMELINE: &str =
    "query($id: ID!, $first: Int, $after: String, $kinds: [TimelineEventKind!]) {
  customer(id: $id) {
    channelCode { name }
    timeline(first: $first, after: $after, kinds: $kinds) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      nodes {
        __typename at kind
        ... on TimelineFollowAdded { staff { wecomUserid } addWay channelCode { name } }
        ... on TimelineTagChanged { tag { name } by { id } follower { wecomUserid } }
        ... on TimelineFollowUp { followUp { content } }
        ... on TimelineDealEvent { deal { title } step { kind from { name } to { name } } }
        ... on TimelineBroadcastReceived { broadcast { name } staff { wecomUserid } }
        ... on TimelineSopTask { task { title } }
        ... on TimelineTransfer { transfer { status to { wecomUserid } } }
        ... on TimelineFollowLost { staff { wecomUserid } direction }
      }
    }
  }
}";

fn number(id: &str) -> i64 {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(id).unwrap()).unwrap();
    text.split_once(':').unwrap().1.parse().unwrap()
}

/// One page of the timeline as `token` sees it.
async fn page(h: &WecomHarness, token: &str, customer: &str, variables: Value) -> Value {
    let mut variables = variables;
    variables["id"] = json!(customer);
    h.app.data(token, TIMELINE, variables).await["customer"].clone()
}

/// Every event, page by page of `first`; (totalCount, events). Asserts the paging flags.
async fn all_pages(
    h: &WecomHarness,
    token: &str,
    customer: &str,
    first: usize,
) -> (u64, Vec<Value>) {
    let mut after = Value::Null;
    let mut events = Vec::new();
    let mut total = None;
    loop {
        let customer = page(
            h,
            token,
            customer,
            json!({ "first": first, "after": after }),
        )
        .await;
        let connection = &customer["timeline"];
        let nodes = connection["nodes"].as_array().unwrap();
        assert!(nodes.len() <= first);
        assert_eq!(
            connection["pageInfo"]["hasPreviousPage"],
            json!(!after.is_null())
        );
        let count = connection["totalCount"].as_u64().unwrap();
        assert_eq!(
            *total.get_or_insert(count),
            count,
            "the count holds on every page"
        );
        events.extend(nodes.iter().cloned());
        if connection["pageInfo"]["hasNextPage"] != true {
            return (count, events);
        }
        assert_eq!(nodes.len(), first, "only the last page is short");
        after = connection["pageInfo"]["endCursor"].clone();
    }
}

/// `kind` of each event, with what tells events of a kind apart.
fn summary(events: &[Value]) -> Vec<String> {
    events
        .iter()
        .map(|event| {
            let detail = match event["__typename"].as_str().unwrap() {
                "TimelineFollowAdded" => format!(
                    "{} via {}",
                    event["staff"]["wecomUserid"], event["channelCode"]["name"]
                ),
                "TimelineTagChanged" => format!("{}", event["tag"]["name"]),
                "TimelineFollowUp" => format!("{}", event["followUp"]["content"]),
                "TimelineDealEvent" => format!(
                    "{} {} {}",
                    event["deal"]["title"], event["step"]["kind"], event["step"]["to"]["name"]
                ),
                "TimelineBroadcastReceived" => format!(
                    "{} from {}",
                    event["broadcast"]["name"], event["staff"]["wecomUserid"]
                ),
                "TimelineSopTask" => format!("{}", event["task"]["title"]),
                "TimelineTransfer" => format!(
                    "{} to {}",
                    event["transfer"]["status"], event["transfer"]["to"]["wecomUserid"]
                ),
                "TimelineFollowLost" => {
                    format!("{} {}", event["staff"]["wecomUserid"], event["direction"])
                }
                other => panic!("unexpected type {other}"),
            };
            format!(
                "{} {}",
                event["kind"].as_str().unwrap(),
                detail.replace('"', "")
            )
        })
        .collect()
}

/// Global ids of staff by WeCom userid, and of tags by name.
async fn directory(h: &WecomHarness) -> (Value, Value) {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid } } tagGroups { tags { id name } } }",
            json!({}),
        )
        .await;
    let mut staff = json!({});
    for node in data["staff"]["nodes"].as_array().unwrap() {
        if let Some(userid) = node["wecomUserid"].as_str() {
            staff[userid] = node["id"].clone();
        }
    }
    let mut tags = json!({});
    for group in data["tagGroups"].as_array().unwrap() {
        for tag in group["tags"].as_array().unwrap() {
            tags[tag["name"].as_str().unwrap()] = tag["id"].clone();
        }
    }
    (staff, tags)
}

async fn ok(h: &WecomHarness, token: &str, mutation: &str, name: &str, input: Value) -> Value {
    let data = h.app.data(token, mutation, json!({ "input": input })).await;
    let payload = data[name].clone();
    assert_eq!(payload["userErrors"], json!([]), "{name}: {payload:#}");
    payload
}

/// Waits until `check` holds of the admin's view of the broadcast.
async fn broadcast_until(h: &WecomHarness, id: &str, check: impl Fn(&Value) -> bool) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let view = h
            .app
            .data(
                &h.app.admin_token,
                "query($id: ID!) { node(id: $id) { ... on Broadcast { status
                    results(first: 10) { nodes { status } } } } }",
                json!({ "id": id }),
            )
            .await["node"]
            .clone();
        if check(&view) {
            return view;
        }
        assert!(Instant::now() < deadline, "broadcast stuck: {view:#}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Sleeps past the next whole second: events WeCom times in whole seconds (the add, the send,
/// the loss) then come strictly after everything before them.
async fn next_second() {
    tokio::time::sleep(Duration::from_millis(1_100)).await;
}

#[tokio::test]
async fn a_customers_whole_story_in_order_paged_filtered_and_scoped() {
    let mut fixture = small_corp();
    fixture.external_contacts.clear();
    let h = spawn_with_wecom_and(fixture, |settings| {
        settings.broadcast_tick_every = Duration::from_millis(50);
    })
    .await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let admin = h.app.admin_token.clone();
    let admin_id = h.app.viewer_id(&admin).await;
    let (staff, tags) = directory(&h).await;
    let tag_names: Vec<String> = tags.as_object().unwrap().keys().cloned().collect();
    let (tag_a, tag_b) = (tag_names[0].clone(), tag_names[1].clone());
    // No quiet hours: the test runs at any time of day.
    ok(
        &h,
        &admin,
        "mutation($input: BroadcastPolicyUpdateInput!) { broadcastPolicyUpdate(input: $input) {
            userErrors { field message } } }",
        "broadcastPolicyUpdate",
        json!({ "quietStart": "00:00", "quietEnd": "00:00" }),
    )
    .await;

    // staff001 signs in (a synced member: an admin resets their password).
    let reset = ok(
        &h,
        &admin,
        "mutation($input: StaffPasswordResetInput!) { staffPasswordReset(input: $input) {
            oneTimePassword userErrors { field message } } }",
        "staffPasswordReset",
        json!({ "id": staff["staff001"] }),
    )
    .await;
    let sales = h
        .app
        .login(
            "default",
            "staff001@wecom.invalid",
            reset["oneTimePassword"].as_str().unwrap(),
        )
        .await;

    // 1. The customer scans a channel code of staff001's, which tags them with tag A.
    let code = ok(
        &h,
        &admin,
        "mutation($input: ChannelCodeCreateInput!) { channelCodeCreate(input: $input) {
            channelCode { id wecomConfigId } userErrors { field message code } } }",
        "channelCodeCreate",
        json!({ "name": "展会码", "staffIds": [staff["staff001"]], "tagIds": [tags[&tag_a]] }),
    )
    .await["channelCode"]
        .clone();
    let answer = h
        .control(
            "/fake/contact_ways/scan",
            json!({
                "config_id": code["wecomConfigId"],
                "external_contact": {"external_userid": "wmtimeline01", "name": "李先生", "type": 1},
                "url": format!("{}/wecom/callback/default", h.app.address),
                "repeat": 1,
            }),
        )
        .await;
    assert_eq!(answer["userid"], "staff001");
    applied(&h).await;
    let customer = h
        .app
        .data(
            &admin,
            "{ customers(filter: {externalUserid: {eq: \"wmtimeline01\"}}) { nodes { id } } }",
            json!({}),
        )
        .await["customers"]["nodes"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();

    // 2. The admin tags them with tag B, then takes it off again.
    let tagging = json!({ "customerIds": [customer], "tagIds": [tags[&tag_b]] });
    ok(
        &h,
        &admin,
        "mutation($input: CustomerTagInput!) { customerTag(input: $input) { userErrors { field message } } }",
        "customerTag",
        tagging.clone(),
    )
    .await;
    ok(
        &h,
        &admin,
        "mutation($input: CustomerTagInput!) { customerUntag(input: $input) { userErrors { field message } } }",
        "customerUntag",
        tagging.clone(),
    )
    .await;
    // Taking off a tag the customer no longer carries changes nothing: no second removal.
    ok(
        &h,
        &admin,
        "mutation($input: CustomerTagInput!) { customerUntag(input: $input) { userErrors { field message } } }",
        "customerUntag",
        tagging,
    )
    .await;

    // WeCom says staff001's follow no longer carries tag A (an edit on the phone): removed by
    // nobody here.
    let fake = h.fake_state().await;
    let mut contact_now = fake["external_contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["external_contact"]["external_userid"] == "wmtimeline01")
        .unwrap()
        .clone();
    contact_now["follow_user"][0]["tag_id"] = json!([]);
    h.control("/fake/contacts", contact_now).await;
    let edited = contact(
        Utc::now().timestamp(),
        "staff001",
        "wmtimeline01",
        ContactChange::Edit,
    );
    assert_eq!(
        deliver_with(&h, &edited, json!({})).await,
        (200, "success".to_string())
    );
    applied(&h).await;

    // 3. Follow-ups: staff001's, then the admin's.
    let follow_up = "mutation($input: FollowUpCreateInput!) { followUpCreate(input: $input) {
        followUp { id } userErrors { field message } } }";
    for (token, content) in [(&sales, "电话沟通"), (&admin, "主管回访")] {
        ok(
            &h,
            token,
            follow_up,
            "followUpCreate",
            json!({ "customerId": customer, "kind": "CALL", "content": content }),
        )
        .await;
    }

    // 4. Deals: staff001's, created then moved; then the admin's own.
    let pipeline = ok(
        &h,
        &admin,
        "mutation($input: PipelineCreateInput!) { pipelineCreate(input: $input) {
            pipeline { id stages { id } } userErrors { field message } } }",
        "pipelineCreate",
        json!({ "name": "理财", "stages": [
            {"name": "线索", "winProbability": 10}, {"name": "方案", "winProbability": 60}] }),
    )
    .await["pipeline"]
        .clone();
    let stage = |index: usize| pipeline["stages"][index]["id"].clone();
    let deal_create = "mutation($input: DealCreateInput!) { dealCreate(input: $input) {
        deal { id } userErrors { field message } } }";
    let deal = ok(
        &h,
        &sales,
        deal_create,
        "dealCreate",
        json!({ "customerId": customer, "pipelineId": pipeline["id"], "stageId": stage(0),
                "title": "年度理财", "amountFen": 100000, "expectedCloseDate": "2027-01-15" }),
    )
    .await["deal"]["id"]
        .clone();
    ok(
        &h,
        &sales,
        "mutation($input: DealMoveInput!) { dealMove(input: $input) { userErrors { field message } } }",
        "dealMove",
        json!({ "id": deal, "stageId": stage(1) }),
    )
    .await;
    ok(
        &h,
        &admin,
        deal_create,
        "dealCreate",
        json!({ "customerId": customer, "pipelineId": pipeline["id"], "stageId": stage(0),
                "title": "保险方案", "amountFen": 5000, "expectedCloseDate": "2027-02-01" }),
    )
    .await;

    // 5. The admin broadcasts to staff001's customers; staff001 sends it on the phone.
    let broadcast = ok(
        &h,
        &admin,
        "mutation($input: BroadcastCreateInput!) { broadcastCreate(input: $input) {
            broadcast { id } userErrors { field message code } } }",
        "broadcastCreate",
        json!({ "name": "双十二", "audience": { "staffIds": [staff["staff001"]] },
                "content": {"text": "双十二理财讲座，欢迎报名"} }),
    )
    .await["broadcast"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    broadcast_until(&h, &broadcast, |view| view["status"] == "SENT").await;
    let templates: Vec<Value> = h
        .http
        .get(format!("{}/fake/groupmsg", h.fake.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(templates.len(), 1, "{templates:#?}");
    next_second().await;
    h.control(
        "/fake/groupmsg/confirm",
        json!({ "msgid": templates[0]["msgid"] }),
    )
    .await;
    broadcast_until(&h, &broadcast, |view| {
        view["results"]["nodes"][0]["status"] == "SENT"
    })
    .await;
    next_second().await;

    // 6. SOP tasks about the customer: staff001's, then the admin's.
    let db = h.app.db().await;
    let tenant_id = staff::Entity::find()
        .filter(staff::Column::WecomUserid.eq("staff001"))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .tenant_id;
    for (owner, title) in [
        (&staff["staff001"], "回访李先生"),
        (&json!(admin_id), "检查李先生"),
    ] {
        let now = Utc::now();
        task::ActiveModel {
            tenant_id: Set(tenant_id),
            staff_id: Set(number(owner.as_str().unwrap())),
            kind: Set(task::TaskKind::RemindStaff),
            status: Set(task::TaskStatus::Open),
            title: Set(title.to_string()),
            customer_id: Set(Some(number(&customer))),
            due_at: Set(now + chrono::Duration::days(1)),
            created_at: Set(now),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
    }

    // 7. The admin hands the customer to staff002; 8. the customer deletes staff001.
    let transfer = h
        .app
        .data(
            &admin,
            "mutation($input: CustomerTransferInput!) { customerTransfer(input: $input) {
                transfers { status } userErrors { field message } } }",
            json!({ "input": { "customerIds": [customer], "fromStaffId": staff["staff001"],
                               "toStaffId": staff["staff002"] } }),
        )
        .await;
    assert_eq!(
        transfer["customerTransfer"]["transfers"][0]["status"], "PENDING",
        "{transfer:#}"
    );
    next_second().await;
    let lost = contact(
        Utc::now().timestamp(),
        "staff001",
        "wmtimeline01",
        ContactChange::DeleteFollowUser,
    );
    assert_eq!(
        deliver_with(&h, &lost, json!({})).await,
        (200, "success".to_string())
    );
    applied(&h).await;

    // The admin reads the whole story, newest first.
    let a = tag_a.as_str();
    let b = tag_b.as_str();
    let story = vec![
        "FOLLOW_LOST staff001 CUSTOMER_DELETED_STAFF".to_string(),
        "TRANSFER PENDING to staff002".into(),
        "SOP_TASK 检查李先生".into(),
        "BROADCAST_RECEIVED 双十二 from staff001".into(),
        "DEAL_EVENT 保险方案 CREATED 线索".into(),
        "DEAL_EVENT 年度理财 MOVED 方案".into(),
        "DEAL_EVENT 年度理财 CREATED 线索".into(),
        "FOLLOW_UP 主管回访".into(),
        "FOLLOW_UP 电话沟通".into(),
        format!("TAG_REMOVED {a}"),
        format!("TAG_REMOVED {b}"),
        format!("TAG_ADDED {b}"),
        format!("TAG_ADDED {a}"),
        "FOLLOW_ADDED staff001 via 展会码".into(),
    ];
    let whole = page(&h, &admin, &customer, json!({ "first": 100 })).await;
    assert_eq!(whole["channelCode"], json!({ "name": "展会码" }));
    let timeline = &whole["timeline"];
    let events = timeline["nodes"].as_array().unwrap().clone();
    assert_eq!(summary(&events), story, "{events:#?}");
    assert_eq!(timeline["totalCount"], json!(story.len()));
    assert_eq!(timeline["pageInfo"]["hasNextPage"], false);
    // Times never increase down the page; who changed the tags: the code (nobody), the admin.
    let times: Vec<&str> = events.iter().map(|e| e["at"].as_str().unwrap()).collect();
    for pair in times.windows(2) {
        let (newer, older) = (
            chrono::DateTime::parse_from_rfc3339(pair[0]).unwrap(),
            chrono::DateTime::parse_from_rfc3339(pair[1]).unwrap(),
        );
        assert!(newer >= older, "{times:?}");
    }
    let by: Vec<Value> = events[9..13].iter().map(|e| e["by"].clone()).collect();
    assert_eq!(
        by,
        vec![
            Value::Null,
            json!({"id": admin_id}),
            json!({"id": admin_id}),
            Value::Null
        ]
    );
    assert_eq!(events[12]["follower"], json!({"wecomUserid": "staff001"}));

    // Pages of 2, 3 and 5 give the same events: no duplicate, no gap, the same count.
    for size in [2, 3, 5] {
        let (count, paged) = all_pages(&h, &admin, &customer, size).await;
        assert_eq!(count, story.len() as u64);
        assert_eq!(summary(&paged), story, "pages of {size}");
    }
    // An empty page says whether more follows.
    let empty = page(&h, &admin, &customer, json!({ "first": 0 })).await;
    assert_eq!(empty["timeline"]["nodes"], json!([]));
    assert_eq!(empty["timeline"]["pageInfo"]["hasNextPage"], true);

    // The kinds filter, paged too.
    let tags_only = page(
        &h,
        &admin,
        &customer,
        json!({ "first": 1, "kinds": ["TAG_REMOVED", "TAG_ADDED"] }),
    )
    .await;
    assert_eq!(tags_only["timeline"]["totalCount"], 4);
    assert_eq!(
        summary(tags_only["timeline"]["nodes"].as_array().unwrap()),
        vec![format!("TAG_REMOVED {a}")]
    );
    let rest = page(
        &h,
        &admin,
        &customer,
        json!({ "first": 5, "kinds": ["TAG_REMOVED", "TAG_ADDED"],
                "after": tags_only["timeline"]["pageInfo"]["endCursor"] }),
    )
    .await;
    assert_eq!(
        summary(rest["timeline"]["nodes"].as_array().unwrap()),
        vec![
            format!("TAG_REMOVED {b}"),
            format!("TAG_ADDED {b}"),
            format!("TAG_ADDED {a}")
        ]
    );
    let deals = page(&h, &admin, &customer, json!({ "kinds": ["DEAL_EVENT"] })).await;
    assert_eq!(deals["timeline"]["totalCount"], 3);
    let nothing = page(&h, &admin, &customer, json!({ "kinds": [] })).await;
    assert_eq!(nothing["timeline"]["totalCount"], 0);
    assert_eq!(nothing["timeline"]["nodes"], json!([]));

    // staff001 (SALES) sees their own deal and task, follow-ups on their customer (colleagues'
    // too: the follow-up rule), the tags and follows; not the admin's deal or task, nor the
    // transfer (admins and managers only), nor the admin's broadcast.
    let sales_story: Vec<String> = story
        .iter()
        .filter(|line| {
            !line.starts_with("TRANSFER")
                && !line.contains("保险方案")
                && !line.starts_with("BROADCAST_RECEIVED")
        })
        .map(|line| line.replace("检查李先生", "回访李先生"))
        .collect();
    let (count, seen) = all_pages(&h, &sales, &customer, 4).await;
    assert_eq!(summary(&seen), sales_story);
    assert_eq!(count, sales_story.len() as u64);
    assert_eq!(
        page(&h, &sales, &customer, json!({ "first": 1 })).await["channelCode"],
        json!({ "name": "展会码" })
    );

    // A tag deleted since shows as null; its events stay.
    ok(
        &h,
        &admin,
        "mutation($input: TagDeleteInput!) { tagDelete(input: $input) { userErrors { field message } } }",
        "tagDelete",
        json!({ "id": tags[&tag_b] }),
    )
    .await;
    let after_delete = page(
        &h,
        &admin,
        &customer,
        json!({ "kinds": ["TAG_ADDED", "TAG_REMOVED"] }),
    )
    .await;
    let nodes = after_delete["timeline"]["nodes"].as_array().unwrap();
    let shown: Vec<Value> = nodes.iter().map(|node| node["tag"].clone()).collect();
    assert_eq!(
        shown,
        vec![
            json!({ "name": tag_a }),
            Value::Null,
            Value::Null,
            json!({ "name": tag_a })
        ]
    );

    // Bad input: too large a page, a made-up cursor.
    let too_big = h
        .app
        .graphql(
            Some(&admin),
            TIMELINE,
            json!({ "id": customer, "first": 101 }),
        )
        .await;
    assert_eq!(error_code(&too_big), "BAD_USER_INPUT", "{too_big:#}");
    let made_up = h
        .app
        .graphql(
            Some(&admin),
            TIMELINE,
            json!({ "id": customer, "after": "bm90LWEtY3Vyc29y" }),
        )
        .await;
    assert_eq!(error_code(&made_up), "BAD_USER_INPUT", "{made_up:#}");

    // Another tenant: not found. Compliance reads no customers: forbidden.
    let other = h.app.create_tenant("other-firm").await;
    let foreign = h
        .app
        .graphql(Some(&other), TIMELINE, json!({ "id": customer }))
        .await;
    assert_eq!(error_code(&foreign), "NOT_FOUND", "{foreign:#}");
    let officer = h.app.compliance_token().await;
    let refused = h
        .app
        .graphql(Some(&officer), TIMELINE, json!({ "id": customer }))
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused:#}");
}
