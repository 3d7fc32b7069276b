//! Follow-ups (跟进) and the agenda through the real server: writing, changing and deleting
//! within 24 hours (a manual clock walks past them), author-only changes, the agenda around
//! midnight in Asia/Shanghai, `lastContactAt`, scopes per role, tenants, and bad input that
//! stores nothing.

use api::domain::clock::Clock;
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Duration, Utc};
use sea_orm::{ActiveModelTrait, ConnectionTrait, EntityTrait, Set, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app_with};

const FIELDS: &str = "id kind content at nextStepAt nextStep nextStepDoneAt editableUntil
    createdAt updatedAt customer { id name } author { id }";

/// Local (Asia/Shanghai, UTC+8) wall time on `day` December 2026 as an instant.
fn local(day: u32, hh: u32, mm: u32, ss: u32) -> DateTime<Utc> {
    let text = format!("2026-12-{day:02}T{hh:02}:{mm:02}:{ss:02}+08:00");
    DateTime::parse_from_rfc3339(&text)
        .unwrap()
        .with_timezone(&Utc)
}

fn instant(value: &Value) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(value.as_str().unwrap_or_else(|| panic!("no time: {value}")))
        .unwrap()
        .with_timezone(&Utc)
}

/// The number inside a global id (`Staff:7` → 7).
fn number(id: &str) -> i64 {
    let text = String::from_utf8(URL_SAFE_NO_PAD.decode(id).unwrap()).unwrap();
    text.split_once(':').unwrap().1.parse().unwrap()
}

/// A server whose clock stands at 1 December 2026, 08:00 in Shanghai until a test moves it.
async fn app_at_first_of_december() -> TestApp {
    spawn_app_with(|settings| settings.clock = Clock::manual(local(1, 8, 0, 0))).await
}

async fn create(app: &TestApp, token: &str, input: Value) -> Value {
    app.data(
        token,
        &format!(
            "mutation($input: FollowUpCreateInput!) {{ followUpCreate(input: $input) {{
                followUp {{ {FIELDS} }} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await["followUpCreate"]
        .clone()
}

async fn created(app: &TestApp, token: &str, input: Value) -> Value {
    let created = create(app, token, input).await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    created["followUp"].clone()
}

async fn update(app: &TestApp, token: &str, input: Value) -> Value {
    app.data(
        token,
        &format!(
            "mutation($input: FollowUpUpdateInput!) {{ followUpUpdate(input: $input) {{
                followUp {{ {FIELDS} }} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await["followUpUpdate"]
        .clone()
}

async fn delete(app: &TestApp, token: &str, id: &str) -> Value {
    app.data(
        token,
        "mutation($id: ID!) { followUpDelete(input: {id: $id}) {
            deletedFollowUpId userErrors { field message code } } }",
        json!({ "id": id }),
    )
    .await["followUpDelete"]
        .clone()
}

async fn complete(app: &TestApp, token: &str, id: &str) -> Value {
    app.data(
        token,
        &format!(
            "mutation($id: ID!) {{ followUpNextStepComplete(input: {{id: $id}}) {{
                followUp {{ {FIELDS} }} userErrors {{ field message code }} }} }}"
        ),
        json!({ "id": id }),
    )
    .await["followUpNextStepComplete"]
        .clone()
}

/// The customer's follow-ups as `token` sees them: (totalCount, contents newest first).
async fn timeline(app: &TestApp, token: &str, customer: &str) -> (u64, Vec<String>) {
    let data = app
        .data(
            token,
            "query($id: ID!) { customer(id: $id) { followUps(first: 100) {
                totalCount nodes { content } } } }",
            json!({ "id": customer }),
        )
        .await;
    let connection = &data["customer"]["followUps"];
    let contents = connection["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["content"].as_str().unwrap().to_string())
        .collect();
    (connection["totalCount"].as_u64().unwrap(), contents)
}

async fn stored(app: &TestApp) -> i64 {
    let db = app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM follow_up",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

fn user_error_fields(payload: &Value) -> Vec<Value> {
    payload["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].clone())
        .collect()
}

/// Departments 华东 ⊃ 上海 and a separate 华南; a manager of 华东, a salesperson in 上海 and
/// one in 华南, each salesperson following one customer.
struct Org {
    manager: String,
    east_id: String,
    east: String,
    south_id: String,
    south: String,
    east_customer: String,
    south_customer: String,
}

async fn org(app: &TestApp) -> Org {
    let admin = app.admin_token.clone();
    let region = app.create_department(&admin, "华东", None).await;
    let shanghai = app.create_department(&admin, "上海", Some(&region)).await;
    let south_department = app.create_department(&admin, "华南", None).await;
    let (_, manager) = app
        .create_staff(
            &admin,
            "default",
            "manager@corp.cn",
            "MANAGER",
            Some(&region),
        )
        .await;
    let (east_id, east) = app
        .create_staff(&admin, "default", "east@corp.cn", "SALES", Some(&shanghai))
        .await;
    let (south_id, south) = app
        .create_staff(
            &admin,
            "default",
            "south@corp.cn",
            "SALES",
            Some(&south_department),
        )
        .await;
    let east_customer = app
        .create_customer(&admin, "wmfollowupeast", "王女士", &east_id)
        .await;
    let south_customer = app
        .create_customer(&admin, "wmfollowupsouth", "李先生", &south_id)
        .await;
    Org {
        manager,
        east_id,
        east,
        south_id,
        south,
        east_customer,
        south_customer,
    }
}

#[tokio::test]
async fn the_author_changes_or_deletes_a_follow_up_within_24_hours_then_it_is_a_record() {
    let app = app_at_first_of_december().await;
    let org = org(&app).await;
    let call = created(
        &app,
        &org.east,
        json!({
            "customerId": org.east_customer,
            "kind": "CALL",
            "content": "  电话沟通了开户流程，客户有兴趣\n下周再联系  ",
            "at": local(1, 7, 30, 0).to_rfc3339(),
            "nextStepAt": local(3, 10, 0, 0).to_rfc3339(),
            "nextStep": "发送产品资料",
        }),
    )
    .await;
    assert_eq!(call["kind"], "CALL");
    assert_eq!(
        call["content"],
        "电话沟通了开户流程，客户有兴趣\n下周再联系"
    );
    assert_eq!(instant(&call["at"]), local(1, 7, 30, 0));
    assert_eq!(instant(&call["nextStepAt"]), local(3, 10, 0, 0));
    assert_eq!(call["nextStep"], "发送产品资料");
    assert_eq!(call["nextStepDoneAt"], Value::Null);
    assert_eq!(call["customer"]["id"], json!(org.east_customer));
    assert_eq!(call["author"]["id"], json!(org.east_id));
    assert_eq!(instant(&call["createdAt"]), local(1, 8, 0, 0));
    assert_eq!(instant(&call["editableUntil"]), local(2, 8, 0, 0));
    let id = call["id"].as_str().unwrap().to_string();

    // `at` left out is now; the timeline is newest `at` first.
    let note = created(
        &app,
        &org.east,
        json!({ "customerId": org.east_customer, "kind": "NOTE", "content": "客户要了解费率" }),
    )
    .await;
    assert_eq!(instant(&note["at"]), local(1, 8, 0, 0));
    assert_eq!(
        timeline(&app, &org.east, &org.east_customer).await,
        (
            2,
            vec![
                "客户要了解费率".to_string(),
                "电话沟通了开户流程，客户有兴趣\n下周再联系".to_string()
            ]
        )
    );
    let node = app
        .data(
            &org.east,
            "query($id: ID!) { node(id: $id) { id ... on FollowUp { content } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(node["node"]["id"], json!(id));

    // Within the day: a change (clearing the next step), and a deletion.
    app.store.clock().advance(Duration::hours(23));
    let changed = update(
        &app,
        &org.east,
        json!({ "id": id, "kind": "VISIT", "content": "上门拜访，签了意向书",
                "nextStepAt": null, "nextStep": null }),
    )
    .await;
    assert_eq!(changed["userErrors"], json!([]), "{changed:#}");
    assert_eq!(changed["followUp"]["kind"], "VISIT");
    assert_eq!(changed["followUp"]["content"], "上门拜访，签了意向书");
    assert_eq!(changed["followUp"]["nextStepAt"], Value::Null);
    assert_eq!(changed["followUp"]["nextStep"], Value::Null);
    assert_eq!(
        instant(&changed["followUp"]["updatedAt"]),
        local(2, 7, 0, 0)
    );
    let note_id = note["id"].as_str().unwrap();
    let deleted = delete(&app, &org.east, note_id).await;
    assert_eq!(deleted["deletedFollowUpId"], json!(note_id), "{deleted:#}");
    assert_eq!(
        timeline(&app, &org.east, &org.east_customer).await,
        (1, vec!["上门拜访，签了意向书".to_string()])
    );

    // A day and a minute after it was written, it is a record: neither changed nor deleted.
    app.store
        .clock()
        .advance(Duration::hours(1) + Duration::minutes(1));
    let late = update(&app, &org.east, json!({ "id": id, "content": "改写" })).await;
    assert_eq!(late["followUp"], Value::Null);
    assert_eq!(late["userErrors"][0]["field"], json!(["input", "id"]));
    assert_eq!(late["userErrors"][0]["code"], "CONFLICT");
    assert!(
        late["userErrors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("within 24 hours"),
        "{late:#}"
    );
    let late = delete(&app, &org.east, &id).await;
    assert_eq!(late["deletedFollowUpId"], Value::Null);
    assert_eq!(late["userErrors"][0]["code"], "CONFLICT", "{late:#}");
    assert_eq!(
        timeline(&app, &org.east, &org.east_customer).await,
        (1, vec!["上门拜访，签了意向书".to_string()])
    );

    // A next step, though, is completed whenever it is done (it falls due days later).
    let planned = created(
        &app,
        &org.east,
        json!({ "customerId": org.east_customer, "kind": "MESSAGE", "content": "短信确认",
                "nextStepAt": local(5, 9, 0, 0).to_rfc3339() }),
    )
    .await;
    let planned_id = planned["id"].as_str().unwrap().to_string();
    app.store.clock().advance(Duration::days(4));
    let done = complete(&app, &org.east, &planned_id).await;
    assert_eq!(done["userErrors"], json!([]), "{done:#}");
    assert_eq!(
        instant(&done["followUp"]["nextStepDoneAt"]),
        local(6, 8, 1, 0)
    );
    let again = complete(&app, &org.east, &planned_id).await;
    assert_eq!(
        again["followUp"], done["followUp"],
        "completing twice changes nothing"
    );
    // Without a next step there is nothing to complete.
    let nothing = complete(&app, &org.east, &id).await;
    assert_eq!(nothing["userErrors"][0]["field"], json!(["input", "id"]));
    assert_eq!(nothing["userErrors"][0]["code"], "BAD_USER_INPUT");
}

#[tokio::test]
async fn only_the_author_changes_deletes_or_completes_a_follow_up() {
    let app = app_at_first_of_december().await;
    let org = org(&app).await;
    let written = created(
        &app,
        &org.east,
        json!({ "customerId": org.east_customer, "kind": "NOTE", "content": "初次沟通",
                "nextStepAt": local(2, 9, 0, 0).to_rfc3339(), "nextStep": "回电" }),
    )
    .await;
    let id = written["id"].as_str().unwrap().to_string();
    // The manager and the admin see it, but it is not theirs to change.
    for token in [&org.manager, &app.admin_token] {
        let (count, _) = timeline(&app, token, &org.east_customer).await;
        assert_eq!(count, 1);
        let refused = update(&app, token, json!({ "id": id, "content": "改写" })).await;
        assert_eq!(refused["followUp"], Value::Null);
        assert_eq!(
            refused["userErrors"],
            json!([{ "field": ["input", "id"], "code": "FORBIDDEN",
                     "message": "only the author of a follow-up may change or delete it" }]),
            "{refused:#}"
        );
        let refused = delete(&app, token, &id).await;
        assert_eq!(refused["userErrors"][0]["code"], "FORBIDDEN", "{refused:#}");
        let refused = complete(&app, token, &id).await;
        assert_eq!(refused["userErrors"][0]["code"], "FORBIDDEN", "{refused:#}");
    }
    let node = app
        .data(
            &org.east,
            "query($id: ID!) { node(id: $id) { ... on FollowUp { content nextStepDoneAt } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(node["node"]["content"], "初次沟通");
    assert_eq!(node["node"]["nextStepDoneAt"], Value::Null);
    // The other salesperson does not even see it.
    let hidden = delete(&app, &org.south, &id).await;
    assert_eq!(hidden["userErrors"][0]["code"], "NOT_FOUND", "{hidden:#}");
    assert_eq!(stored(&app).await, 1);
}

#[tokio::test]
async fn bad_input_is_refused_by_field_and_nothing_is_stored() {
    let app = app_at_first_of_december().await;
    let org = org(&app).await;
    let bad = create(
        &app,
        &org.east,
        json!({
            "customerId": org.east_customer,
            "kind": "CALL",
            "content": "   ",
            "at": local(1, 9, 0, 0).to_rfc3339(),
            "nextStep": "回电",
        }),
    )
    .await;
    assert_eq!(bad["followUp"], Value::Null);
    assert_eq!(
        user_error_fields(&bad),
        vec![
            json!(["input", "content"]),
            json!(["input", "at"]),
            json!(["input", "nextStepAt"]),
        ],
        "{bad:#}"
    );
    let bad = create(
        &app,
        &org.east,
        json!({
            "customerId": "not-an-id",
            "kind": "NOTE",
            "content": "长".repeat(2_001),
            "at": local(1, 7, 0, 0).to_rfc3339(),
            "nextStepAt": local(1, 6, 0, 0).to_rfc3339(),
            "nextStep": "x".repeat(201),
        }),
    )
    .await;
    assert_eq!(
        user_error_fields(&bad),
        vec![
            json!(["input", "customerId"]),
            json!(["input", "content"]),
            json!(["input", "nextStep"]),
            json!(["input", "nextStepAt"]),
        ],
        "{bad:#}"
    );

    // A customer the caller does not cover reads exactly like one that does not exist.
    let missing = URL_SAFE_NO_PAD.encode("Customer:999999");
    let mut answers = Vec::new();
    for customer in [&org.south_customer, &missing] {
        let refused = create(
            &app,
            &org.east,
            json!({ "customerId": customer, "kind": "NOTE", "content": "不该存下" }),
        )
        .await;
        assert_eq!(refused["followUp"], Value::Null);
        answers.push(refused["userErrors"].clone());
    }
    assert_eq!(
        answers[0],
        json!([{ "field": ["input", "customerId"], "code": "NOT_FOUND",
                 "message": "customer not found" }])
    );
    assert_eq!(answers[0], answers[1]);
    assert_eq!(stored(&app).await, 0, "nothing was stored");

    // A bad change leaves the follow-up as it was.
    let good = created(
        &app,
        &org.east,
        json!({ "customerId": org.east_customer, "kind": "NOTE", "content": "原文" }),
    )
    .await;
    let bad = update(
        &app,
        &org.east,
        json!({ "id": good["id"], "content": "", "nextStep": "只有事项没有时间" }),
    )
    .await;
    assert_eq!(
        user_error_fields(&bad),
        vec![json!(["input", "content"]), json!(["input", "nextStepAt"])],
        "{bad:#}"
    );
    let (_, contents) = timeline(&app, &org.east, &org.east_customer).await;
    assert_eq!(contents, vec!["原文".to_string()]);
}

async fn agenda(app: &TestApp, token: &str, date: &str) -> Value {
    app.data(
        token,
        "query($date: Date!) { myAgenda(date: $date) { date timeZone startsAt endsAt truncated
            dueToday { nextStep } overdue { nextStep } tasks { title dueAt } } }",
        json!({ "date": date }),
    )
    .await["myAgenda"]
        .clone()
}

fn next_steps(list: &Value) -> Vec<&str> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|item| item["nextStep"].as_str().unwrap())
        .collect()
}

async fn give_task(app: &TestApp, staff_id: i64, title: &str, due: DateTime<Utc>, done: bool) {
    let db = app.db().await;
    let tenant = entity::staff::Entity::find_by_id(staff_id)
        .one(&db)
        .await
        .unwrap()
        .unwrap()
        .tenant_id;
    entity::task::ActiveModel {
        tenant_id: Set(tenant),
        staff_id: Set(staff_id),
        kind: Set(entity::task::TaskKind::RemindStaff),
        status: Set(if done {
            entity::task::TaskStatus::Done
        } else {
            entity::task::TaskStatus::Open
        }),
        title: Set(title.to_string()),
        due_at: Set(due),
        created_at: Set(local(1, 8, 0, 0)),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
}

#[tokio::test]
async fn my_agenda_splits_next_steps_at_midnight_in_shanghai() {
    let app = app_at_first_of_december().await;
    let org = org(&app).await;
    let plan = |step: &str, due: DateTime<Utc>| {
        json!({ "customerId": org.east_customer, "kind": "CALL", "content": "沟通",
                "nextStepAt": due.to_rfc3339(), "nextStep": step })
    };
    // 1 December 23:59:59 and 3 December 00:00 are the neighbours of 2 December.
    let steps = [
        ("overdue", local(1, 23, 59, 59)),
        ("done-before", local(1, 18, 0, 0)),
        ("first-thing", local(2, 0, 0, 0)),
        ("last-thing", local(2, 23, 59, 59)),
        ("tomorrow", local(3, 0, 0, 0)),
    ];
    for (step, due) in steps {
        let written = created(&app, &org.east, plan(step, due)).await;
        if step == "done-before" {
            let done = complete(&app, &org.east, written["id"].as_str().unwrap()).await;
            assert_eq!(done["userErrors"], json!([]), "{done:#}");
        }
    }
    // Someone else's next steps are never on my agenda.
    created(
        &app,
        &org.south,
        json!({ "customerId": org.south_customer, "kind": "NOTE", "content": "别人的",
                "nextStepAt": local(2, 9, 0, 0).to_rfc3339(), "nextStep": "south" }),
    )
    .await;
    let east = number(&org.east_id);
    give_task(&app, east, "昨天到期", local(1, 12, 0, 0), false).await;
    give_task(&app, east, "今天到期", local(2, 23, 0, 0), false).await;
    give_task(&app, east, "今天已做", local(2, 10, 0, 0), true).await;
    give_task(&app, east, "明天到期", local(3, 0, 0, 0), false).await;
    give_task(
        &app,
        number(&org.south_id),
        "别人的任务",
        local(2, 9, 0, 0),
        false,
    )
    .await;

    let today = agenda(&app, &org.east, "2026-12-02").await;
    assert_eq!(today["date"], "2026-12-02");
    assert_eq!(today["timeZone"], "Asia/Shanghai");
    assert_eq!(instant(&today["startsAt"]), local(2, 0, 0, 0));
    assert_eq!(instant(&today["endsAt"]), local(3, 0, 0, 0));
    assert_eq!(
        next_steps(&today["dueToday"]),
        vec!["first-thing", "last-thing"]
    );
    assert_eq!(next_steps(&today["overdue"]), vec!["overdue"]);
    let titles: Vec<&str> = today["tasks"]
        .as_array()
        .unwrap()
        .iter()
        .map(|task| task["title"].as_str().unwrap())
        .collect();
    assert_eq!(titles, vec!["昨天到期", "今天到期"]);
    assert_eq!(today["truncated"], false);

    let tomorrow = agenda(&app, &org.east, "2026-12-03").await;
    assert_eq!(next_steps(&tomorrow["dueToday"]), vec!["tomorrow"]);
    assert_eq!(
        next_steps(&tomorrow["overdue"]),
        vec!["overdue", "first-thing", "last-thing"]
    );
    assert_eq!(tomorrow["tasks"].as_array().unwrap().len(), 3);

    // Done, a next step leaves the overdue list but stays on its own day.
    let mine = app
        .data(
            &org.east,
            "query($id: ID!) { customer(id: $id) { followUps(first: 100) {
                nodes { id nextStep } } } }",
            json!({ "id": org.east_customer }),
        )
        .await;
    let first_thing = mine["customer"]["followUps"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["nextStep"] == "first-thing")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    complete(&app, &org.east, &first_thing).await;
    let tomorrow = agenda(&app, &org.east, "2026-12-03").await;
    assert_eq!(
        next_steps(&tomorrow["overdue"]),
        vec!["overdue", "last-thing"]
    );
    let today = agenda(&app, &org.east, "2026-12-02").await;
    assert_eq!(
        next_steps(&today["dueToday"]),
        vec!["first-thing", "last-thing"]
    );

    // The other salesperson's day holds only theirs.
    let theirs = agenda(&app, &org.south, "2026-12-02").await;
    assert_eq!(next_steps(&theirs["dueToday"]), vec!["south"]);
    assert_eq!(theirs["tasks"][0]["title"], "别人的任务");
}

#[tokio::test]
async fn each_role_sees_its_scope_and_other_tenants_see_nothing() {
    let app = app_at_first_of_december().await;
    let org = org(&app).await;
    let admin = app.admin_token.clone();
    let east = created(
        &app,
        &org.east,
        json!({ "customerId": org.east_customer, "kind": "CALL", "content": "华东的跟进",
                "at": local(1, 6, 0, 0).to_rfc3339() }),
    )
    .await;
    let south = created(
        &app,
        &org.south,
        json!({ "customerId": org.south_customer, "kind": "VISIT", "content": "华南的跟进",
                "at": local(1, 7, 0, 0).to_rfc3339() }),
    )
    .await;
    // An admin covers every customer and may write on any.
    created(
        &app,
        &admin,
        json!({ "customerId": org.east_customer, "kind": "NOTE", "content": "管理员备注",
                "at": local(1, 7, 30, 0).to_rfc3339() }),
    )
    .await;
    let east_id = east["id"].as_str().unwrap();
    let south_id = south["id"].as_str().unwrap();
    let visible = |token: &str, id: &str| {
        let token = token.to_string();
        let id = id.to_string();
        let app = &app;
        async move {
            let body = app
                .graphql(
                    Some(&token),
                    "query($id: ID!) { node(id: $id) { id } }",
                    json!({ "id": id }),
                )
                .await;
            match body["data"]["node"]["id"].as_str() {
                Some(found) => {
                    assert_eq!(found, id);
                    true
                }
                None => {
                    assert_eq!(error_code(&body), "NOT_FOUND", "{body:#}");
                    false
                }
            }
        }
    };
    // SALES: the follow-ups on customers they follow (a colleague's note on them included).
    assert!(visible(&org.east, east_id).await);
    assert!(!visible(&org.east, south_id).await);
    assert!(visible(&org.south, south_id).await);
    assert!(!visible(&org.south, east_id).await);
    assert_eq!(timeline(&app, &org.east, &org.east_customer).await.0, 2);
    // MANAGER: their department tree's (上海 is under 华东; 华南 is not).
    assert!(visible(&org.manager, east_id).await);
    assert!(!visible(&org.manager, south_id).await);
    assert_eq!(timeline(&app, &org.manager, &org.east_customer).await.0, 2);
    let refused = create(
        &app,
        &org.manager,
        json!({ "customerId": org.south_customer, "kind": "NOTE", "content": "越界" }),
    )
    .await;
    assert_eq!(refused["userErrors"][0]["code"], "NOT_FOUND", "{refused:#}");
    // ADMIN: the tenant.
    assert!(visible(&admin, east_id).await);
    assert!(visible(&admin, south_id).await);

    // lastContactAt: the latest follow-up the caller may read...
    let last_contact = |token: String, customer: String| {
        let app = &app;
        async move {
            app.data(
                &token,
                "query($id: ID!) { customer(id: $id) { lastContactAt } }",
                json!({ "id": customer }),
            )
            .await["customer"]["lastContactAt"]
                .clone()
        }
    };
    assert_eq!(
        instant(&last_contact(org.east.clone(), org.east_customer.clone()).await),
        local(1, 7, 30, 0)
    );
    // ... or the last archived message with a follower the caller covers, when later.
    let db = app.db().await;
    let east_number = number(&org.east_id);
    let found = entity::staff::Entity::find_by_id(east_number)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let tenant_id = found.tenant_id;
    let mut member: entity::staff::ActiveModel = found.into();
    member.wecom_userid = Set(Some("east001".to_string()));
    member.update(&db).await.unwrap();
    let sent = local(1, 7, 45, 0);
    entity::archive_conversation::ActiveModel {
        tenant_id: Set(tenant_id),
        key: Set(::archive::store::conversation_key(
            "east001",
            &["wmfollowupeast".to_string()],
            None,
        )),
        message_count: Set(3),
        last_sent_at_ms: Set(sent.timestamp_millis()),
        consent: Set(None),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    for token in [&org.east, &org.manager, &admin] {
        assert_eq!(
            instant(&last_contact(token.clone(), org.east_customer.clone()).await),
            sent
        );
    }
    // A page of customers batches it; a customer without any contact has none.
    let listed = app
        .data(
            &admin,
            "{ customers(first: 10) { nodes { name lastContactAt } } }",
            json!({}),
        )
        .await;
    let mut rows: Vec<(String, Value)> = listed["customers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            (
                node["name"].as_str().unwrap().to_string(),
                node["lastContactAt"].clone(),
            )
        })
        .collect();
    rows.sort_by(|a, b| a.0.cmp(&b.0));
    assert_eq!(rows[0].0, "李先生");
    assert_eq!(instant(&rows[0].1), local(1, 7, 0, 0));
    assert_eq!(rows[1].0, "王女士");
    assert_eq!(instant(&rows[1].1), sent);
    let quiet = app
        .create_customer(&admin, "wmfollowupquiet", "赵女士", &org.east_id)
        .await;
    assert_eq!(last_contact(admin.clone(), quiet).await, Value::Null);

    // COMPLIANCE and AUDITOR have no part in follow-ups.
    for role in ["COMPLIANCE", "AUDITOR"] {
        let (_, token) = app
            .appoint("default", &format!("{}@corp.cn", role.to_lowercase()), role)
            .await;
        let body = app
            .graphql(
                Some(&token),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": east_id }),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{role}: {body:#}");
        let body = app
            .graphql(
                Some(&token),
                "{ myAgenda(date: \"2026-12-01\") { truncated } }",
                json!({}),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{role}: {body:#}");
        let body = app
            .graphql(
                Some(&token),
                "mutation($input: FollowUpCreateInput!) { followUpCreate(input: $input) {
                    followUp { id } } }",
                json!({ "input": { "customerId": org.east_customer, "kind": "NOTE",
                                   "content": "合规不写跟进" } }),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{role}: {body:#}");
    }

    // Another tenant: the id names nothing, and nothing of it can be changed.
    let other = app.create_tenant("other").await;
    assert!(!visible(&other, east_id).await);
    let refused = update(&app, &other, json!({ "id": east_id, "content": "篡改" })).await;
    assert_eq!(
        refused["userErrors"],
        json!([{ "field": ["input", "id"], "code": "NOT_FOUND",
                 "message": "follow-up not found" }])
    );
    let refused = delete(&app, &other, east_id).await;
    assert_eq!(refused["userErrors"][0]["code"], "NOT_FOUND");
    let refused = create(
        &app,
        &other,
        json!({ "customerId": org.east_customer, "kind": "NOTE", "content": "跨租户" }),
    )
    .await;
    assert_eq!(refused["userErrors"][0]["code"], "NOT_FOUND");
    let theirs = agenda(&app, &other, "2026-12-01").await;
    assert_eq!(theirs["dueToday"], json!([]));
    assert_eq!(theirs["overdue"], json!([]));
    assert_eq!(stored(&app).await, 3);
    let (_, contents) = timeline(&app, &admin, &org.east_customer).await;
    assert_eq!(
        contents,
        vec!["管理员备注".to_string(), "华东的跟进".to_string()]
    );
}
