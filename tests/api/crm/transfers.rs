//! Customer transfers (在职转接 / 离职继承) through the real server against the loopback WeCom:
//! an online transfer whose result lands moves the customer's open deal and SOP task to the
//! new owner (with who held them before); refusals by the customer and a `transfer_fail`
//! callback fail it with WeCom's reason; a deactivated member's customers are offered for
//! inheritance and go through `resigned/transfer_customer`; bad input stores and sends
//! nothing; roles and tenants.

use std::time::{Duration, Instant};

use api::domain::clock::Clock;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::Utc;
use entity::{customer, staff, task, transfer};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};
use wecom::callback::{ContactChange, TransferFailReason};
use wecom_fake::{CorpSize, Fixture};

use crate::helpers::error_code;
use crate::wecom::callback_events::{contact, deliver_with};
use crate::wecom::sync::sync;
use crate::wecom::{
    ARCHIVE_SECRET, CALLBACK_AES_KEY, CALLBACK_TOKEN, CONTACT_SECRET, CORP, WecomHarness,
    archive_key_pair, spawn_with_wecom_and,
};

const TRANSFER_FIELDS: &str = "id kind status wecomStatus error message requestedAt takenOverAt
    customer { id externalUserid } from { id } to { id }
    handovers { kind recordId previousOwner { id } newOwner { id } }";

const TRANSFER: &str =
    "mutation($input: CustomerTransferInput!) { customerTransfer(input: $input) {
    transfers { id kind status wecomStatus error message from { id } to { id } customer { id } }
    userErrors { field message code } } }";

/// 2 departments, 6 members (`staff001`, `staff003`, `staff005` in 销售1部; the others in
/// 销售2部), 60 customers: `wmcust000NN` is followed by `staff00((NN-1) % 6 + 1)`, every tenth
/// also by the member 7 further on.
fn corp() -> Fixture {
    let mut fixture = Fixture::empty(CORP, CONTACT_SECRET, ARCHIVE_SECRET).generated(CorpSize {
        departments: 2,
        staff: 6,
        customers: 60,
        tag_groups: 1,
        tags_per_group: 2,
        groups: 0,
    });
    fixture.callback = Some(wecom_fake::fixture::CallbackSettings {
        token: CALLBACK_TOKEN.into(),
        encoding_aes_key: CALLBACK_AES_KEY.into(),
    });
    let (_, public) = archive_key_pair();
    fixture.archive.public_keys.insert(1, public);
    fixture
}

/// The server polling transfer results every 200 ms, connected to the corp and synced.
async fn connected() -> WecomHarness {
    connected_with(|_| {}).await
}

async fn connected_with(configure: impl FnOnce(&mut api::settings::Settings)) -> WecomHarness {
    let h = spawn_with_wecom_and(corp(), |settings| {
        settings.transfer_poll_every = Duration::from_millis(200);
        configure(settings);
    })
    .await;
    h.connect().await;
    let job = sync(&h, json!({ "kinds": ["STAFF", "CUSTOMERS"] })).await;
    assert_eq!(job["status"], "SUCCEEDED", "{job:#}");
    h
}

fn global(type_name: &str, id: i64) -> String {
    URL_SAFE_NO_PAD.encode(format!("{type_name}:{id}"))
}

fn number(id: &str) -> i64 {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(id).unwrap()).unwrap();
    text.split_once(':').unwrap().1.parse().unwrap()
}

async fn member(h: &WecomHarness, userid: &str) -> String {
    let db = h.app.db().await;
    let row = staff::Entity::find()
        .filter(staff::Column::WecomUserid.eq(userid))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    global("Staff", row.id)
}

async fn customer_id(h: &WecomHarness, external_userid: &str) -> String {
    let db = h.app.db().await;
    let row = customer::Entity::find()
        .filter(customer::Column::ExternalUserid.eq(external_userid))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    global("Customer", row.id)
}

async fn transfer_as(h: &WecomHarness, token: &str, input: Value) -> Value {
    h.app
        .graphql(Some(token), TRANSFER, json!({ "input": input }))
        .await
}

async fn transfer_ok(h: &WecomHarness, input: Value) -> Vec<Value> {
    let body = transfer_as(h, &h.app.admin_token, input).await;
    let payload = &body["data"]["customerTransfer"];
    assert_eq!(payload["userErrors"], json!([]), "{body:#}");
    payload["transfers"].as_array().unwrap().clone()
}

fn fields(payload: &Value) -> Vec<String> {
    payload["userErrors"]
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
        .collect()
}

async fn read(h: &WecomHarness, token: &str, id: &str) -> Value {
    h.app
        .graphql(
            Some(token),
            &format!(
                "query($id: ID!) {{ node(id: $id) {{ ... on Transfer {{ {TRANSFER_FIELDS} }} }} }}"
            ),
            json!({ "id": id }),
        )
        .await
}

/// Waits (at most 30 s) until the transfer's status is `status`.
async fn until_status(h: &WecomHarness, id: &str, status: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let node = read(h, &h.app.admin_token, id).await["data"]["node"].clone();
        if node["status"] == status {
            return node;
        }
        assert!(
            Instant::now() < deadline,
            "still {node:#}, waiting for {status}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

async fn calls(h: &WecomHarness, path: &str) -> u64 {
    h.fake_state().await["calls"][path].as_u64().unwrap_or(0)
}

async fn recorded(h: &WecomHarness, path: &str) -> Vec<Value> {
    h.fake_state().await["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|call| call["path"] == path)
        .map(|call| call["body"].clone())
        .collect()
}

async fn stored_transfers(h: &WecomHarness) -> u64 {
    transfer::Entity::find()
        .count(&h.app.db().await)
        .await
        .unwrap()
}

async fn give_task(h: &WecomHarness, staff_global: &str, customer_global: &str, open: bool) -> i64 {
    let db = h.app.db().await;
    let owner = staff::Entity::find_by_id(number(staff_global))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    task::ActiveModel {
        tenant_id: Set(owner.tenant_id),
        staff_id: Set(owner.id),
        kind: Set(task::TaskKind::RemindStaff),
        status: Set(if open {
            task::TaskStatus::Open
        } else {
            task::TaskStatus::Done
        }),
        title: Set("回访客户".into()),
        customer_id: Set(Some(number(customer_global))),
        follower_id: Set(Some(owner.id)),
        due_at: Set(Utc::now()),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap()
    .id
}

async fn task_owner(h: &WecomHarness, id: i64) -> (i64, Option<i64>) {
    let row = task::Entity::find_by_id(id)
        .one(&h.app.db().await)
        .await
        .unwrap()
        .unwrap();
    (row.staff_id, row.follower_id)
}

/// An open deal on the customer owned by `owner`; returns its id.
async fn open_deal(h: &WecomHarness, customer: &str, owner: &str) -> String {
    let admin = &h.app.admin_token;
    let pipeline = h
        .app
        .data(
            admin,
            "mutation($input: PipelineCreateInput!) { pipelineCreate(input: $input) {
                pipeline { id stages { id } } userErrors { field message } } }",
            json!({ "input": { "name": "理财", "stages": [
                { "name": "初访", "winProbability": 10 }, { "name": "签约", "winProbability": 90 }
            ] } }),
        )
        .await["pipelineCreate"]["pipeline"]
        .clone();
    let created = h
        .app
        .data(
            admin,
            "mutation($input: DealCreateInput!) { dealCreate(input: $input) {
                deal { id owner { id } } userErrors { field message } } }",
            json!({ "input": {
                "customerId": customer, "pipelineId": pipeline["id"],
                "stageId": pipeline["stages"][0]["id"], "title": "年度理财方案",
                "amountFen": 1_000_000, "expectedCloseDate": "2027-01-15", "ownerId": owner,
            } }),
        )
        .await;
    assert_eq!(
        created["dealCreate"]["userErrors"],
        json!([]),
        "{created:#}"
    );
    created["dealCreate"]["deal"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

async fn deal_owner(h: &WecomHarness, id: &str) -> String {
    h.app
        .data(
            &h.app.admin_token,
            "query($id: ID!) { node(id: $id) { ... on Deal { owner { id } status } } }",
            json!({ "id": id }),
        )
        .await["node"]["owner"]["id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[tokio::test]
async fn an_online_transfer_lands_and_the_customers_open_deal_and_task_move_to_the_new_owner() {
    let h = connected().await;
    let from = member(&h, "staff001").await;
    let to = member(&h, "staff003").await;
    // wmcust00007 and wmcust00013 are staff001's alone.
    let first = customer_id(&h, "wmcust00007").await;
    let second = customer_id(&h, "wmcust00013").await;
    let deal = open_deal(&h, &first, &from).await;
    let open_task = give_task(&h, &from, &first, true).await;
    let done_task = give_task(&h, &from, &first, false).await;

    let transfers = transfer_ok(
        &h,
        json!({ "customerIds": [first, second], "fromStaffId": from, "toStaffId": to,
                "message": "您好，之后由新的顾问为您服务" }),
    )
    .await;
    assert_eq!(transfers.len(), 2);
    for (row, customer) in transfers.iter().zip([&first, &second]) {
        assert_eq!(row["kind"], "ONLINE");
        assert_eq!(row["status"], "PENDING");
        assert_eq!(row["customer"]["id"], *customer);
        assert_eq!(row["from"]["id"], from);
        assert_eq!(row["to"]["id"], to);
    }
    // One WeCom call, with WeCom's field names.
    let sent = recorded(&h, "/cgi-bin/externalcontact/transfer_customer").await;
    assert_eq!(
        sent,
        vec![json!({
            "handover_userid": "staff001", "takeover_userid": "staff003",
            "external_userid": ["wmcust00007", "wmcust00013"],
            "transfer_success_msg": "您好，之后由新的顾问为您服务",
        })]
    );

    // WeCom's 24 hours pass for the first customer: taken over.
    h.control(
        "/fake/transfers/complete",
        json!({ "external_userid": "wmcust00007", "status": 1 }),
    )
    .await;
    let landed = until_status(&h, transfers[0]["id"].as_str().unwrap(), "SUCCEEDED").await;
    assert_eq!(landed["wecomStatus"], 1);
    assert!(landed["takenOverAt"].is_string(), "{landed:#}");
    assert_eq!(deal_owner(&h, &deal).await, to);
    assert_eq!(
        task_owner(&h, open_task).await,
        (number(&to), Some(number(&to)))
    );
    // History keeps who held them before; the finished task stays with its owner.
    assert_eq!(
        task_owner(&h, done_task).await,
        (number(&from), Some(number(&from)))
    );
    let mut moved: Vec<(String, String, String, String)> = landed["handovers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| {
            (
                item["kind"].as_str().unwrap().to_string(),
                item["recordId"].as_str().unwrap().to_string(),
                item["previousOwner"]["id"].as_str().unwrap().to_string(),
                item["newOwner"]["id"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    moved.sort();
    assert_eq!(
        moved,
        vec![
            ("DEAL".into(), deal.clone(), from.clone(), to.clone()),
            (
                "TASK".into(),
                global("Task", open_task),
                from.clone(),
                to.clone()
            ),
        ]
    );
    // The second is still waiting for the customer.
    let waiting = until_status(&h, transfers[1]["id"].as_str().unwrap(), "WAITING").await;
    assert_eq!(waiting["wecomStatus"], 2);
    assert_eq!(waiting["takenOverAt"], Value::Null);

    // …who refuses.
    h.control(
        "/fake/transfers/complete",
        json!({ "external_userid": "wmcust00013", "status": 3 }),
    )
    .await;
    let refused = until_status(&h, transfers[1]["id"].as_str().unwrap(), "FAILED").await;
    assert_eq!(refused["wecomStatus"], 3);
    assert_eq!(refused["error"], "the customer refused the transfer");
    assert_eq!(refused["handovers"], json!([]));

    // The customer and the list show the transfers.
    let listed = h
        .app
        .data(
            &h.app.admin_token,
            "query($customer: ID!, $from: ID!) {
                node(id: $customer) { ... on Customer { transfers { id status } } }
                transfers(filter: {fromStaffId: $from, status: FAILED}, first: 10) {
                    totalCount nodes { id } }
            }",
            json!({ "customer": first, "from": from }),
        )
        .await;
    assert_eq!(
        listed["node"]["transfers"],
        json!([{ "id": transfers[0]["id"], "status": "SUCCEEDED" }])
    );
    assert_eq!(listed["transfers"]["totalCount"], 1);
    assert_eq!(listed["transfers"]["nodes"][0]["id"], transfers[1]["id"]);
}

#[tokio::test]
async fn a_transfer_fail_callback_and_wecoms_own_refusals_fail_transfers_with_the_reason() {
    let h = connected().await;
    let from = member(&h, "staff001").await;
    let to = member(&h, "staff003").await;
    let first = customer_id(&h, "wmcust00019").await;
    let second = customer_id(&h, "wmcust00025").await;
    let third = customer_id(&h, "wmcust00031").await;
    let transfers = transfer_ok(
        &h,
        json!({ "customerIds": [first], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    assert_eq!(transfers[0]["status"], "PENDING");
    let id = transfers[0]["id"].as_str().unwrap();

    let xml = contact(
        1_767_225_600,
        "staff003",
        "wmcust00019",
        ContactChange::TransferFail {
            reason: TransferFailReason::CustomerLimitExceed,
        },
    );
    assert_eq!(
        deliver_with(&h, &xml, json!({})).await,
        (200, "success".to_string())
    );
    let failed = until_status(&h, id, "FAILED").await;
    assert_eq!(
        failed["error"],
        "the takeover member has reached WeCom's customer limit"
    );
    assert_eq!(failed["wecomStatus"], 4);
    // WeCom's later result changes nothing: the transfer is final.
    h.control(
        "/fake/transfers/complete",
        json!({ "external_userid": "wmcust00019", "status": 1 }),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert_eq!(
        read(&h, &h.app.admin_token, id).await["data"]["node"]["status"],
        "FAILED"
    );

    // The takeover member at WeCom's limit, read from the results.
    let again = transfer_ok(
        &h,
        json!({ "customerIds": [second], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    h.control(
        "/fake/transfers/complete",
        json!({ "external_userid": "wmcust00025", "status": 4 }),
    )
    .await;
    let at_limit = until_status(&h, again[0]["id"].as_str().unwrap(), "FAILED").await;
    assert_eq!(at_limit["wecomStatus"], 4);
    assert_eq!(
        at_limit["error"],
        "the takeover member has reached WeCom's customer limit"
    );

    // WeCom refuses a customer at once (no longer the handover member's contact there, though
    // scrm has not heard yet): FAILED with WeCom's per-customer errcode, nothing to poll.
    h.control(
        "/fake/contacts/remove",
        json!({ "external_userid": "wmcust00031", "userid": "staff001" }),
    )
    .await;
    let refused = transfer_ok(
        &h,
        json!({ "customerIds": [third], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    assert_eq!(refused[0]["status"], "FAILED");
    assert_eq!(refused[0]["wecomStatus"], 84061);
    assert_eq!(
        refused[0]["error"],
        "WeCom refused: the customer is not the handover member's contact (errcode 84061)"
    );
}

#[tokio::test]
async fn a_deactivated_members_customers_are_offered_for_inheritance_and_go_through_the_resigned_transfer()
 {
    let h = connected().await;
    let leaver = member(&h, "staff002").await;
    let heir = member(&h, "staff004").await;
    const OFFERED: &str = "query($staff: ID!) { inheritableCustomers(staffId: $staff, first: 100) {
        totalCount nodes { externalUserid } } }";
    // Active: nothing to inherit (an active member's customers are handed over instead).
    let before = h
        .app
        .data(&h.app.admin_token, OFFERED, json!({ "staff": leaver }))
        .await;
    assert_eq!(before["inheritableCustomers"]["totalCount"], 0);

    let deactivated = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($input: StaffDeactivateInput!) { staffDeactivate(input: $input) {
                staff { active } userErrors { field message } } }",
            json!({ "input": { "id": leaver } }),
        )
        .await;
    assert_eq!(deactivated["staffDeactivate"]["staff"]["active"], false);
    h.control("/fake/staff/depart", json!({ "userid": "staff002" }))
        .await;
    // staff002 follows wmcust00002, 08, 14, … 56 (10) and, as the second follower, wmcust00001
    // and wmcust00031.
    let offered = h
        .app
        .data(&h.app.admin_token, OFFERED, json!({ "staff": leaver }))
        .await;
    let mut names: Vec<String> = offered["inheritableCustomers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["externalUserid"].as_str().unwrap().to_string())
        .collect();
    names.sort();
    let mut expected: Vec<String> = (0..10).map(|n| format!("wmcust{:05}", 2 + 6 * n)).collect();
    expected.extend(["wmcust00001".to_string(), "wmcust00031".to_string()]);
    expected.sort();
    assert_eq!(names, expected);
    assert_eq!(offered["inheritableCustomers"]["totalCount"], 12);

    let inherited = customer_id(&h, "wmcust00002").await;
    let transfers = transfer_ok(
        &h,
        json!({ "customerIds": [inherited], "fromStaffId": leaver, "toStaffId": heir,
                "message": "离职继承不会发给客户" }),
    )
    .await;
    assert_eq!(transfers[0]["kind"], "RESIGNED");
    assert_eq!(transfers[0]["status"], "PENDING");
    assert_eq!(transfers[0]["message"], Value::Null);
    assert_eq!(
        recorded(&h, "/cgi-bin/externalcontact/resigned/transfer_customer").await,
        vec![json!({
            "handover_userid": "staff002", "takeover_userid": "staff004",
            "external_userid": ["wmcust00002"],
        })]
    );
    assert_eq!(
        calls(&h, "/cgi-bin/externalcontact/transfer_customer").await,
        0
    );
    let after = h
        .app
        .data(&h.app.admin_token, OFFERED, json!({ "staff": leaver }))
        .await;
    assert_eq!(after["inheritableCustomers"]["totalCount"], 11);

    h.control(
        "/fake/transfers/complete",
        json!({ "external_userid": "wmcust00002", "status": 1 }),
    )
    .await;
    let landed = until_status(&h, transfers[0]["id"].as_str().unwrap(), "SUCCEEDED").await;
    assert!(landed["takenOverAt"].is_string());
    assert!(calls(&h, "/cgi-bin/externalcontact/resigned/transfer_result").await >= 1);
}

#[tokio::test]
async fn a_transfer_without_a_result_for_48_hours_is_given_up() {
    let h = connected_with(|settings| settings.clock = Clock::manual(Utc::now())).await;
    let from = member(&h, "staff001").await;
    let to = member(&h, "staff003").await;
    let ours = customer_id(&h, "wmcust00007").await;
    let transfers = transfer_ok(
        &h,
        json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    let id = transfers[0]["id"].as_str().unwrap();
    // WeCom keeps answering "waiting"; a day later it is still waiting.
    until_status(&h, id, "WAITING").await;
    h.app.store.clock().advance(chrono::Duration::hours(47));
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        read(&h, &h.app.admin_token, id).await["data"]["node"]["status"],
        "WAITING"
    );
    h.app.store.clock().advance(chrono::Duration::hours(2));
    let given_up = until_status(&h, id, "FAILED").await;
    assert_eq!(given_up["error"], "no result from WeCom");
    assert_eq!(given_up["takenOverAt"], Value::Null);
}

#[tokio::test]
async fn bad_input_is_refused_by_field_and_nothing_is_stored_or_sent() {
    let h = connected().await;
    let from = member(&h, "staff001").await;
    let to = member(&h, "staff003").await;
    let gone = member(&h, "staff005").await;
    h.app
        .data(
            &h.app.admin_token,
            "mutation($input: StaffDeactivateInput!) { staffDeactivate(input: $input) { staff { id } } }",
            json!({ "input": { "id": gone } }),
        )
        .await;
    let ours = customer_id(&h, "wmcust00007").await;
    let also_ours = customer_id(&h, "wmcust00013").await;
    // wmcust00002 is staff002's, not staff001's.
    let not_followed = customer_id(&h, "wmcust00002").await;

    let many: Vec<String> = (1..=101).map(|n| global("Customer", n)).collect();
    let cases = [
        (
            json!({ "customerIds": many, "fromStaffId": from, "toStaffId": to }),
            vec!["input.customerIds"],
        ),
        (
            json!({ "customerIds": [], "fromStaffId": from, "toStaffId": to }),
            vec!["input.customerIds"],
        ),
        (
            json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": gone }),
            vec!["input.toStaffId"],
        ),
        (
            json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": from }),
            vec!["input.toStaffId"],
        ),
        (
            json!({ "customerIds": [ours, also_ours, not_followed], "fromStaffId": from,
                    "toStaffId": to }),
            vec!["input.customerIds.2"],
        ),
        (
            json!({ "customerIds": [ours, ours], "fromStaffId": from, "toStaffId": to,
                    "message": "长".repeat(201) }),
            vec!["input.message", "input.customerIds.1"],
        ),
        (
            json!({ "customerIds": [ours, "bm90LWFuLWlk"], "fromStaffId": from, "toStaffId": to }),
            vec!["input.customerIds.1"],
        ),
    ];
    for (input, expected) in cases {
        let body = transfer_as(&h, &h.app.admin_token, input.clone()).await;
        let payload = &body["data"]["customerTransfer"];
        assert_eq!(fields(payload), expected, "{input}: {body:#}");
        assert_eq!(payload["transfers"], json!([]));
    }
    assert_eq!(stored_transfers(&h).await, 0);
    assert_eq!(
        calls(&h, "/cgi-bin/externalcontact/transfer_customer").await,
        0
    );
    assert_eq!(
        calls(&h, "/cgi-bin/externalcontact/resigned/transfer_customer").await,
        0
    );
    // While one waits, the same customer cannot be transferred again.
    transfer_ok(
        &h,
        json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    let body = transfer_as(
        &h,
        &h.app.admin_token,
        json!({ "customerIds": [also_ours, ours], "fromStaffId": from, "toStaffId": to }),
    )
    .await;
    let payload = &body["data"]["customerTransfer"];
    assert_eq!(fields(payload), vec!["input.customerIds.1"]);
    assert_eq!(payload["userErrors"][0]["code"], "CONFLICT");
    assert_eq!(stored_transfers(&h).await, 1);
    assert_eq!(
        calls(&h, "/cgi-bin/externalcontact/transfer_customer").await,
        1
    );
}

#[tokio::test]
async fn admins_and_managers_of_both_members_transfer_and_nobody_else_sees_them() {
    let h = connected().await;
    let admin = h.app.admin_token.clone();
    let from = member(&h, "staff001").await;
    let same_team = member(&h, "staff003").await;
    let other_team = member(&h, "staff002").await;
    let ours = customer_id(&h, "wmcust00007").await;
    let db = h.app.db().await;
    let team = staff::Entity::find_by_id(number(&from))
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .department_id
        .unwrap();
    let (_, manager) = h
        .app
        .create_staff(
            &admin,
            "default",
            "manager@corp.cn",
            "MANAGER",
            Some(&global("Department", team)),
        )
        .await;
    let (_, sales) = h
        .app
        .create_staff(&admin, "default", "sales@corp.cn", "SALES", None)
        .await;
    let compliance = h.app.compliance_token().await;

    for token in [&sales, &compliance] {
        let body = transfer_as(
            &h,
            token,
            json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": same_team }),
        )
        .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body:#}");
        let listed = h
            .app
            .graphql(
                Some(token),
                "{ transfers(first: 5) { totalCount } }",
                json!({}),
            )
            .await;
        assert_eq!(error_code(&listed), "FORBIDDEN");
    }
    // A manager reaches members of their department tree only.
    let body = transfer_as(
        &h,
        &manager,
        json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": other_team }),
    )
    .await;
    let payload = &body["data"]["customerTransfer"];
    assert_eq!(fields(payload), vec!["input.toStaffId"]);
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND");
    let body = transfer_as(
        &h,
        &manager,
        json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": same_team }),
    )
    .await;
    let made = body["data"]["customerTransfer"]["transfers"][0].clone();
    assert_eq!(made["status"], "PENDING", "{body:#}");
    let id = made["id"].as_str().unwrap().to_string();
    assert_eq!(
        read(&h, &manager, &id).await["data"]["node"]["id"],
        json!(id)
    );
    let seen = h
        .app
        .data(
            &manager,
            "{ transfers(first: 5) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(seen["transfers"]["totalCount"], 1);
    let customer_view = h
        .app
        .data(
            &manager,
            "query($id: ID!) { node(id: $id) { ... on Customer { transfers { id } } } }",
            json!({ "id": ours }),
        )
        .await;
    assert_eq!(customer_view["node"]["transfers"], json!([{ "id": id }]));

    // Another tenant: the same id is not found, its list is empty.
    let other_admin = h.app.create_tenant("other").await;
    let foreign = read(&h, &other_admin, &id).await;
    assert_eq!(error_code(&foreign), "NOT_FOUND", "{foreign:#}");
    let empty = h
        .app
        .data(
            &other_admin,
            "{ transfers(first: 5) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(empty["transfers"]["totalCount"], 0);
    let body = transfer_as(
        &h,
        &other_admin,
        json!({ "customerIds": [ours], "fromStaffId": from, "toStaffId": same_team }),
    )
    .await;
    let payload = &body["data"]["customerTransfer"];
    assert_eq!(
        fields(payload),
        vec!["input.fromStaffId", "input.toStaffId"],
        "{body:#}"
    );
    assert_eq!(stored_transfers(&h).await, 1);
}
