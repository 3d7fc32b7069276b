//! SOP automation through the real server: rules fire on channel-code adds (even when WeCom
//! repeats the callback), taggings, silences and schedules — each occurrence exactly once,
//! with a manual clock walking the days, and with a second server on the same database; bad
//! input, roles and tenants.

use std::time::Duration;

use api::domain::clock::Clock;
use api::settings::Settings;
use base64::Engine;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app_with};
use crate::wecom::callback_events::applied;
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom_and};

const RULE_FIELDS: &str = "id name active trigger { kind channelCodeId tagId days cron timeZone }
    actions { kind scriptId materialId dueInMinutes tagId text } audienceTagIds";

/// The SOP round every 100 ms, and idle workers that look for jobs often.
pub(super) fn fast(settings: &mut Settings) {
    settings.sop_every = Duration::from_millis(100);
    settings.jobs.poll = Duration::from_millis(50);
}

pub(super) fn start() -> chrono::DateTime<chrono::Utc> {
    let now = chrono::Utc::now();
    chrono::DateTime::from_timestamp_micros(now.timestamp_micros()).unwrap()
}

async fn create_rule(app: &TestApp, token: &str, input: Value) -> Value {
    app.data(
        token,
        &format!(
            "mutation($input: SopRuleCreateInput!) {{ sopRuleCreate(input: $input) {{
                sopRule {{ {RULE_FIELDS} }} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await["sopRuleCreate"]
        .clone()
}

pub(super) async fn created_rule(app: &TestApp, token: &str, input: Value) -> String {
    let created = create_rule(app, token, input).await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    created["sopRule"]["id"].as_str().unwrap().to_string()
}

async fn runs(app: &TestApp, rule: &str) -> Value {
    app.data(
        &app.admin_token,
        "query($rule: ID!) { sopRuleRuns(ruleId: $rule, first: 100) { totalCount
            nodes { occurrence occurredAt firedAt customer { id name }
                    outcomes { kind status tasksCreated followsTagged message } } } }",
        json!({ "rule": rule }),
    )
    .await["sopRuleRuns"]
        .clone()
}

/// Waits until the rule fired `expected` times, then makes sure a few more rounds add none.
pub(super) async fn fired_exactly(app: &TestApp, rule: &str, expected: u64) -> Value {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(15);
    loop {
        let found = runs(app, rule).await;
        let count = found["totalCount"].as_u64().unwrap();
        assert!(
            count <= expected,
            "fired {count} times, expected {expected}: {found:#}"
        );
        if count == expected {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "fired {count} times, expected {expected}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Several more rounds (100 ms each) find nothing new.
    tokio::time::sleep(Duration::from_millis(700)).await;
    let found = runs(app, rule).await;
    assert_eq!(found["totalCount"], expected, "{found:#}");
    found
}

pub(super) async fn tasks(app: &TestApp, token: &str, status: Option<&str>) -> Vec<Value> {
    app.data(
        token,
        "query($status: TaskStatus) { tasks(status: $status, first: 100) { nodes {
            id kind status title text dueAt customer { name } follower { id }
            script { title } completedAt } } }",
        json!({ "status": status }),
    )
    .await["tasks"]["nodes"]
        .as_array()
        .unwrap()
        .clone()
}

async fn task_count(app: &TestApp) -> i64 {
    let db = app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM task",
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

pub(super) async fn script(app: &TestApp, token: &str, title: &str) -> String {
    let data = app
        .data(
            token,
            "mutation($input: ScriptCreateInput!) { scriptCreate(input: $input) {
                script { id } userErrors { field message } } }",
            json!({ "input": { "scope": "TENANT", "title": title, "content": "您好，最近有空聊聊吗？" } }),
        )
        .await;
    data["scriptCreate"]["script"]["id"]
        .as_str()
        .unwrap_or_else(|| panic!("scriptCreate failed: {data:#}"))
        .to_string()
}

async fn tag_customer(app: &TestApp, token: &str, customer: &str, tag: &str) {
    let data = app
        .data(
            token,
            "mutation($input: CustomerTagInput!) { customerTag(input: $input) {
                userErrors { field message } } }",
            json!({ "input": { "customerIds": [customer], "tagIds": [tag] } }),
        )
        .await;
    assert_eq!(data["customerTag"]["userErrors"], json!([]), "{data:#}");
}

/// A department with a manager and a salesperson; a customer the salesperson follows.
pub(super) struct Team {
    pub(super) sales_id: String,
    pub(super) sales: String,
    pub(super) manager: String,
    pub(super) customer: String,
}

pub(super) async fn team(app: &TestApp) -> Team {
    let admin = app.admin_token.clone();
    let department = app.create_department(&admin, "华东销售部", None).await;
    let (sales_id, sales) = app
        .create_staff(
            &admin,
            "default",
            "sales@corp.cn",
            "SALES",
            Some(&department),
        )
        .await;
    let (_, manager) = app
        .create_staff(
            &admin,
            "default",
            "manager@corp.cn",
            "MANAGER",
            Some(&department),
        )
        .await;
    let customer = app
        .create_customer(&admin, "wmsopcustomer01", "王女士", &sales_id)
        .await;
    Team {
        sales_id,
        sales,
        manager,
        customer,
    }
}

#[tokio::test]
async fn a_channel_code_add_gives_the_follower_one_task_even_when_wecom_calls_back_twice() {
    let mut fixture = small_corp();
    fixture.external_contacts.clear();
    let h: WecomHarness = spawn_with_wecom_and(fixture, fast).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let app = &h.app;
    let staff = app
        .data(
            &app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid } } }",
            json!({}),
        )
        .await;
    let staff001 = staff["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["wecomUserid"] == "staff001")
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string();
    let code = app
        .data(
            &app.admin_token,
            "mutation($input: ChannelCodeCreateInput!) { channelCodeCreate(input: $input) {
                channelCode { id wecomConfigId } userErrors { field message } } }",
            json!({ "input": { "name": "SOP 展会", "staffIds": [staff001] } }),
        )
        .await["channelCodeCreate"]["channelCode"]
        .clone();
    let config_id = code["wecomConfigId"].as_str().unwrap().to_string();
    let script = script(app, &app.admin_token, "新客户跟进").await;
    let rule = created_rule(
        app,
        &app.admin_token,
        json!({
            "name": "展会新客户 24 小时内跟进",
            "trigger": { "kind": "ADDED_VIA_CHANNEL_CODE", "channelCodeId": code["id"] },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script, "dueInMinutes": 1440 }],
        }),
    )
    .await;

    // One customer scans; WeCom delivers the add twice. Another scans once.
    for (external_userid, name, repeat) in [
        ("wmsopscan0001", "李先生", 2),
        ("wmsopscan0002", "赵女士", 1),
    ] {
        h.control(
            "/fake/contact_ways/scan",
            json!({
                "config_id": config_id,
                "external_contact": {"external_userid": external_userid, "name": name, "type": 1},
                "url": format!("{}/wecom/callback/default", app.address),
                "repeat": repeat,
            }),
        )
        .await;
        applied(&h).await;
    }
    let fired = fired_exactly(app, &rule, 2).await;
    let mut customers: Vec<&str> = fired["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|run| {
            assert!(run["occurrence"].as_str().unwrap().starts_with("add:"));
            assert_eq!(
                run["outcomes"],
                json!([{ "kind": "REMIND_STAFF", "status": "DONE", "tasksCreated": 1,
                         "followsTagged": 0, "message": null }])
            );
            run["customer"]["name"].as_str().unwrap()
        })
        .collect();
    customers.sort_unstable();
    assert_eq!(customers, vec!["李先生", "赵女士"]);
    assert_eq!(task_count(app).await, 2);
}

#[tokio::test]
async fn a_tagging_fires_once_reminds_the_follower_notifies_the_manager_and_tags_on() {
    let app = spawn_app_with(fast).await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let (_, tags) = app
        .create_tag_group(&admin, "意向", &["高意向", "已提醒"])
        .await;
    let script = script(&app, &admin, "高意向客户话术").await;
    let rule = created_rule(
        &app,
        &admin,
        json!({
            "name": "高意向客户",
            "trigger": { "kind": "TAG_APPLIED", "tagId": tags[0] },
            "actions": [
                { "kind": "REMIND_STAFF", "scriptId": script, "dueInMinutes": 60, "text": "今天联系" },
                { "kind": "NOTIFY_MANAGER", "text": "团队有高意向客户" },
                { "kind": "APPLY_TAG", "tagId": tags[1] },
            ],
        }),
    )
    .await;
    tag_customer(&app, &team.sales, &team.customer, &tags[0]).await;
    let fired = fired_exactly(&app, &rule, 1).await;
    let run = &fired["nodes"][0];
    assert_eq!(run["customer"]["name"], "王女士");
    assert_eq!(
        run["outcomes"]
            .as_array()
            .unwrap()
            .iter()
            .map(|outcome| (outcome["kind"].clone(), outcome["status"].clone()))
            .collect::<Vec<_>>(),
        vec![
            (json!("REMIND_STAFF"), json!("DONE")),
            (json!("NOTIFY_MANAGER"), json!("DONE")),
            (json!("APPLY_TAG"), json!("DONE")),
        ]
    );
    // Tagging again (already tagged) is no new occurrence.
    tag_customer(&app, &admin, &team.customer, &tags[0]).await;
    fired_exactly(&app, &rule, 1).await;

    let mine = tasks(&app, &team.sales, Some("OPEN")).await;
    assert_eq!(mine.len(), 1, "{mine:#?}");
    assert_eq!(mine[0]["kind"], "REMIND_STAFF");
    assert_eq!(mine[0]["title"], "高意向客户");
    assert_eq!(mine[0]["text"], "今天联系");
    assert_eq!(mine[0]["script"]["title"], "高意向客户话术");
    assert_eq!(mine[0]["customer"]["name"], "王女士");
    let managers = tasks(&app, &team.manager, None).await;
    assert_eq!(managers.len(), 1, "{managers:#?}");
    assert_eq!(managers[0]["kind"], "NOTIFY_MANAGER");
    assert_eq!(managers[0]["text"], "团队有高意向客户");
    assert_eq!(managers[0]["follower"]["id"], team.sales_id.as_str());
    // The admin got nothing: tasks are their owners' alone.
    assert_eq!(tasks(&app, &admin, None).await.len(), 0);
    let customer = app
        .data(
            &admin,
            "query($id: ID!) { node(id: $id) { ... on Customer { tags { name } } } }",
            json!({ "id": team.customer }),
        )
        .await;
    let mut names: Vec<&str> = customer["node"]["tags"]
        .as_array()
        .unwrap()
        .iter()
        .map(|tag| tag["name"].as_str().unwrap())
        .collect();
    names.sort_unstable();
    assert_eq!(names, vec!["已提醒", "高意向"]);

    // Only the owner completes a task; twice is a no-op.
    let complete = "mutation($id: ID!) { taskComplete(input: {id: $id}) {
        task { status completedAt } userErrors { field message code } } }";
    let task_id = mine[0]["id"].as_str().unwrap();
    let refused = app
        .data(&team.manager, complete, json!({"id": task_id}))
        .await;
    assert_eq!(
        refused["taskComplete"]["userErrors"][0]["code"], "NOT_FOUND",
        "{refused:#}"
    );
    let done = app
        .data(&team.sales, complete, json!({"id": task_id}))
        .await;
    assert_eq!(done["taskComplete"]["task"]["status"], "DONE", "{done:#}");
    let again = app
        .data(&team.sales, complete, json!({"id": task_id}))
        .await;
    assert_eq!(again["taskComplete"]["task"], done["taskComplete"]["task"]);
    assert_eq!(tasks(&app, &team.sales, Some("OPEN")).await.len(), 0);
    assert_eq!(tasks(&app, &team.sales, Some("DONE")).await.len(), 1);
}

#[tokio::test]
async fn a_silence_of_three_days_fires_once_as_the_manual_clock_walks() {
    let clock = Clock::manual(start());
    let shared = clock.clone();
    let app = spawn_app_with(move |settings| {
        fast(settings);
        settings.clock = shared;
    })
    .await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let script = script(&app, &admin, "回访话术").await;
    let rule = created_rule(
        &app,
        &admin,
        json!({
            "name": "三天未联系",
            "trigger": { "kind": "NO_CONTACT_FOR", "days": 3 },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    app.store.clock().advance(chrono::Duration::days(2));
    fired_exactly(&app, &rule, 0).await;
    app.store
        .clock()
        .advance(chrono::Duration::days(1) + chrono::Duration::hours(1));
    let fired = fired_exactly(&app, &rule, 1).await;
    assert!(
        fired["nodes"][0]["occurrence"]
            .as_str()
            .unwrap()
            .starts_with("silent:")
    );
    // Still silent a week later: the same silence, not fired again.
    app.store.clock().advance(chrono::Duration::days(7));
    fired_exactly(&app, &rule, 1).await;
    let mine = tasks(&app, &team.sales, None).await;
    assert_eq!(mine.len(), 1, "{mine:#?}");
    assert_eq!(mine[0]["customer"]["name"], "王女士");
    assert_eq!(mine[0]["script"]["title"], "回访话术");
}

/// NO_CONTACT_FOR counts a follow-up (跟进) by the follow's staff member as contact: one
/// written two days into a three-day silence moves the rule's firing to three days after it.
#[tokio::test]
async fn a_follow_up_postpones_a_silence() {
    let clock = Clock::manual(start());
    let shared = clock.clone();
    let app = spawn_app_with(move |settings| {
        fast(settings);
        settings.clock = shared;
    })
    .await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let script = script(&app, &admin, "回访话术").await;
    let rule = created_rule(
        &app,
        &admin,
        json!({
            "name": "三天未联系",
            "trigger": { "kind": "NO_CONTACT_FOR", "days": 3 },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    app.store.clock().advance(chrono::Duration::days(2));
    let write = |token: String, content: &'static str| {
        let app = &app;
        let customer = team.customer.clone();
        async move {
            let data = app
                .data(
                    &token,
                    "mutation($input: FollowUpCreateInput!) { followUpCreate(input: $input) {
                        followUp { at } userErrors { field message } } }",
                    json!({ "input": { "customerId": customer, "kind": "CALL", "content": content } }),
                )
                .await;
            assert_eq!(data["followUpCreate"]["userErrors"], json!([]), "{data:#}");
            data["followUpCreate"]["followUp"]["at"]
                .as_str()
                .unwrap()
                .to_string()
        }
    };
    let followed_up = write(team.sales.clone(), "电话回访，客户在考虑").await;
    let followed_up = chrono::DateTime::parse_from_rfc3339(&followed_up)
        .unwrap()
        .with_timezone(&chrono::Utc);
    // The follow's start plus three days has passed: without the follow-up it would fire.
    app.store
        .clock()
        .advance(chrono::Duration::days(1) + chrono::Duration::hours(1));
    fired_exactly(&app, &rule, 0).await;
    // The admin's later call is not the follower's contact: it postpones nothing.
    write(admin.clone(), "管理员打过电话").await;
    app.store.clock().advance(chrono::Duration::days(1));
    fired_exactly(&app, &rule, 0).await;
    // Three days after the follow-up, the silence fires, once.
    app.store.clock().advance(chrono::Duration::hours(23));
    let fired = fired_exactly(&app, &rule, 1).await;
    let occurred =
        chrono::DateTime::parse_from_rfc3339(fired["nodes"][0]["occurredAt"].as_str().unwrap())
            .unwrap()
            .with_timezone(&chrono::Utc);
    assert_eq!(
        occurred,
        followed_up + chrono::Duration::days(3),
        "{fired:#}"
    );
    let mine = tasks(&app, &team.sales, None).await;
    assert_eq!(mine.len(), 1, "{mine:#?}");
    assert_eq!(mine[0]["customer"]["name"], "王女士");
}

#[tokio::test]
async fn a_daily_schedule_fires_once_a_day_and_a_second_server_fires_nothing_twice() {
    let clock = Clock::manual(start());
    let shared = clock.clone();
    let app = spawn_app_with(move |settings| {
        fast(settings);
        settings.clock = shared;
    })
    .await;
    let admin = app.admin_token.clone();
    let script = script(&app, &admin, "早会提醒").await;
    let rule = created_rule(
        &app,
        &admin,
        json!({
            "name": "每天九点",
            "trigger": { "kind": "SCHEDULE", "cron": "0 9 * * *", "timeZone": "Asia/Shanghai" },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    fired_exactly(&app, &rule, 0).await;
    for day in 1..=3 {
        app.store.clock().advance(chrono::Duration::days(1));
        fired_exactly(&app, &rule, day).await;
    }
    let fired = runs(&app, &rule).await;
    for run in fired["nodes"].as_array().unwrap() {
        let at = chrono::DateTime::parse_from_rfc3339(run["occurredAt"].as_str().unwrap())
            .unwrap()
            .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap());
        assert_eq!(at.format("%H:%M:%S").to_string(), "09:00:00", "{run:#}");
        assert_eq!(run["customer"], Value::Null);
    }
    // Without an audience, the reminder is the creator's: one a day.
    assert_eq!(tasks(&app, &admin, Some("OPEN")).await.len(), 3);

    // A second server on the same database (its own workers and rounds, nothing in memory
    // from the first) evaluates the same rule beside the first: each day still fires once.
    let second_clock = clock.clone();
    let _second = app
        .second_server(move |settings| {
            fast(settings);
            settings.clock = second_clock;
        })
        .await;
    tokio::time::sleep(Duration::from_millis(500)).await;
    fired_exactly(&app, &rule, 3).await;
    for day in 4..=5 {
        app.store.clock().advance(chrono::Duration::days(1));
        fired_exactly(&app, &rule, day).await;
    }
    assert_eq!(task_count(&app).await, 5);
}

#[tokio::test]
async fn bad_input_is_refused_by_field_and_roles_and_tenants_stay_apart() {
    let app = spawn_app_with(fast).await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let missing_tag = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("Tag:999999");
    let bad = create_rule(
        &app,
        &admin,
        json!({
            "name": "坏规则",
            "trigger": { "kind": "NO_CONTACT_FOR" },
            "actions": [],
        }),
    )
    .await;
    assert_eq!(bad["sopRule"], Value::Null);
    let fields: Vec<Value> = bad["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].clone())
        .collect();
    assert_eq!(
        fields,
        vec![
            json!(["input", "trigger", "days"]),
            json!(["input", "actions"])
        ],
        "{bad:#}"
    );
    let bad = create_rule(
        &app,
        &admin,
        json!({
            "name": "坏规则",
            "trigger": { "kind": "SCHEDULE", "cron": "0 9 30 2 *" },
            "actions": [{ "kind": "APPLY_TAG", "tagId": missing_tag }],
        }),
    )
    .await;
    assert_eq!(
        bad["userErrors"],
        json!([
            { "field": ["input", "trigger", "cron"], "code": "BAD_USER_INPUT",
              "message": "this schedule never fires (no date matches it, e.g. 30 February)" },
            { "field": ["input", "actions", "0", "tagId"], "code": "NOT_FOUND",
              "message": "tag not found" },
        ]),
        "{bad:#}"
    );
    let bad = create_rule(
        &app,
        &admin,
        json!({
            "name": "坏规则",
            "trigger": { "kind": "TAG_APPLIED", "tagId": missing_tag },
            "actions": [{ "kind": "NOTIFY_MANAGER" }, { "kind": "REMIND_STAFF" }],
        }),
    )
    .await;
    let fields: Vec<Value> = bad["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| error["field"].clone())
        .collect();
    assert_eq!(
        fields,
        vec![
            json!(["input", "trigger", "tagId"]),
            json!(["input", "actions", "0", "text"]),
            json!(["input", "actions", "1", "scriptId"]),
        ],
        "{bad:#}"
    );
    // Nothing was stored.
    let listed = app
        .data(&admin, "{ sopRules { totalCount } }", json!({}))
        .await;
    assert_eq!(listed["sopRules"]["totalCount"], 0);

    // SALES have tasks, not rules; archive roles have neither.
    let good = json!({
        "name": "每周一提醒",
        "trigger": { "kind": "SCHEDULE", "cron": "0 9 * * 1" },
        "actions": [{ "kind": "NOTIFY_MANAGER", "text": "周会" }],
    });
    let refused = app
        .graphql(
            Some(&team.sales),
            "mutation($input: SopRuleCreateInput!) { sopRuleCreate(input: $input) { sopRule { id } } }",
            json!({ "input": good }),
        )
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused:#}");
    let sales_rules = app
        .graphql(Some(&team.sales), "{ sopRules { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&sales_rules), "FORBIDDEN");
    for role in ["COMPLIANCE", "AUDITOR"] {
        let (_, token) = app
            .appoint("default", &format!("{}@corp.cn", role.to_lowercase()), role)
            .await;
        for query in ["{ sopRules { totalCount } }", "{ tasks { totalCount } }"] {
            let body = app.graphql(Some(&token), query, json!({})).await;
            assert_eq!(error_code(&body), "FORBIDDEN", "{role} {query}: {body:#}");
        }
    }

    // A manager's rule: the schedule's zone defaults to the tenant's.
    let created = create_rule(&app, &team.manager, good.clone()).await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    assert_eq!(created["sopRule"]["trigger"]["timeZone"], "Asia/Shanghai");
    let rule = created["sopRule"]["id"].as_str().unwrap().to_string();

    // Another tenant sees and changes nothing of it: as if it did not exist.
    let other = app.create_tenant("other").await;
    let node = app
        .graphql(
            Some(&other),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(error_code(&node), "NOT_FOUND", "{node:#}");
    let runs = app
        .graphql(
            Some(&other),
            "query($id: ID!) { sopRuleRuns(ruleId: $id) { totalCount } }",
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(error_code(&runs), "NOT_FOUND", "{runs:#}");
    let update = app
        .graphql(
            Some(&other),
            "mutation($id: ID!) { sopRuleUpdate(input: {id: $id, active: false}) {
                sopRule { id } userErrors { code } } }",
            json!({ "id": rule }),
        )
        .await;
    assert_ne!(
        update["data"]["sopRuleUpdate"]["sopRule"]["id"],
        json!(rule),
        "{update:#}"
    );
    let delete = app
        .graphql(
            Some(&other),
            "mutation($id: ID!) { sopRuleDelete(input: {id: $id}) {
                deletedSopRuleId userErrors { code } } }",
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(
        delete["data"]["sopRuleDelete"]["deletedSopRuleId"],
        Value::Null,
        "{delete:#}"
    );
    let listed = app
        .data(&other, "{ sopRules { totalCount } }", json!({}))
        .await;
    assert_eq!(listed["sopRules"]["totalCount"], 0);
    let still = app
        .data(
            &admin,
            &format!(
                "query($id: ID!) {{ node(id: $id) {{ ... on SopRule {{ {RULE_FIELDS} }} }} }}"
            ),
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(still["node"]["active"], true, "{still:#}");

    // The manager switches it off, then deletes it.
    let off = app
        .data(
            &team.manager,
            "mutation($id: ID!) { sopRuleUpdate(input: {id: $id, active: false}) {
                sopRule { active } userErrors { field message } } }",
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(off["sopRuleUpdate"]["sopRule"]["active"], false, "{off:#}");
    let deleted = app
        .data(
            &team.manager,
            "mutation($id: ID!) { sopRuleDelete(input: {id: $id}) {
                deletedSopRuleId userErrors { field message } } }",
            json!({ "id": rule }),
        )
        .await;
    assert_eq!(deleted["sopRuleDelete"]["deletedSopRuleId"], json!(rule));
}
