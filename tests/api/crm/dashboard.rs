//! The dashboard and segments through the real server: periods are days of the tenant's zone
//! (events a second either side of midnight in Beijing land on their own days, and move when
//! the tenant's zone changes), figures match a hand-counted fixture, each role sees the staff
//! it covers, and bad ranges or departments are refused with their field.

use api::domain::clock::Clock;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app, spawn_app_with};

/// Local (Asia/Shanghai, UTC+8) wall time on `day` December 2026 as an instant.
fn local(day: u32, hh: u32, mm: u32, ss: u32) -> DateTime<Utc> {
    let text = format!("2026-12-{day:02}T{hh:02}:{mm:02}:{ss:02}+08:00");
    DateTime::parse_from_rfc3339(&text)
        .unwrap()
        .with_timezone(&Utc)
}

/// The fixture: two departments, two salespeople and a manager, three customers added a
/// second either side of midnight between 1 and 2 December (Beijing), follow-ups and deals.
struct Team {
    app: TestApp,
    east: String,
    west: String,
    ann: (String, String),
    bob: (String, String),
    manager: String,
    pipeline: String,
    customers: Vec<String>,
}

async fn mutate(app: &TestApp, token: &str, name: &str, input_type: &str, input: Value) -> Value {
    let done = app
        .data(
            token,
            &format!(
                "mutation($input: {input_type}!) {{ {name}(input: $input) {{ userErrors {{ field message code }} }} }}"
            ),
            json!({ "input": input }),
        )
        .await;
    assert_eq!(done[name]["userErrors"], json!([]), "{name}: {done:#}");
    done
}

async fn team() -> Team {
    let app = spawn_app_with(|settings| settings.clock = Clock::manual(local(1, 23, 59, 59))).await;
    let admin = app.admin_token.clone();
    let east = app.create_department(&admin, "华东", None).await;
    let west = app.create_department(&admin, "华西", None).await;
    let ann = app
        .create_staff(&admin, "default", "ann@corp.cn", "SALES", Some(&east))
        .await;
    let bob = app
        .create_staff(&admin, "default", "bob@corp.cn", "SALES", Some(&west))
        .await;
    let (_, manager) = app
        .create_staff(&admin, "default", "boss@corp.cn", "MANAGER", Some(&east))
        .await;

    // 23:59:59 on the 1st: Ann adds customer A. 00:00:00 on the 2nd: Ann adds B, Bob adds C.
    let a = app.create_customer(&admin, "wmA", "客户甲", &ann.0).await;
    mutate(
        &app,
        &ann.1,
        "followUpCreate",
        "FollowUpCreateInput",
        json!({"customerId": a, "kind": "CALL", "content": "电话沟通", "at": local(1, 23, 59, 59).to_rfc3339()}),
    )
    .await;
    app.store.clock().set(local(2, 0, 0, 0));
    let b = app.create_customer(&admin, "wmB", "客户乙", &ann.0).await;
    let c = app.create_customer(&admin, "wmC", "客户丙", &bob.0).await;
    for (token, customer, kind) in [(&ann.1, &b, "NOTE"), (&bob.1, &c, "VISIT")] {
        mutate(
            &app,
            token,
            "followUpCreate",
            "FollowUpCreateInput",
            json!({"customerId": customer, "kind": kind, "content": "跟进", "at": local(2, 0, 0, 0).to_rfc3339()}),
        )
        .await;
    }

    let created = app
        .data(
            &admin,
            "mutation { pipelineCreate(input: {name: \"理财\", stages: [
                {name: \"初步接触\", winProbability: 20}, {name: \"方案\", winProbability: 50},
                {name: \"签约\", winProbability: 90}]}) { pipeline { id stages { id } } userErrors { message } } }",
            json!({}),
        )
        .await;
    let pipeline = created["pipelineCreate"]["pipeline"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let stages: Vec<String> = created["pipelineCreate"]["pipeline"]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|stage| stage["id"].as_str().unwrap().to_string())
        .collect();
    let deal_of = |customer: &str, amount: i64| {
        json!({"customerId": customer, "pipelineId": pipeline, "stageId": stages[0],
               "title": "年度理财方案", "amountFen": amount, "expectedCloseDate": "2027-01-15"})
    };
    let ann_deal = app
        .data(
            &ann.1,
            "mutation($input: DealCreateInput!) { dealCreate(input: $input) { deal { id } userErrors { message } } }",
            json!({ "input": deal_of(&a, 1_000_000) }),
        )
        .await["dealCreate"]["deal"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    mutate(
        &app,
        &bob.1,
        "dealCreate",
        "DealCreateInput",
        deal_of(&c, 250_000),
    )
    .await;
    mutate(
        &app,
        &ann.1,
        "dealMove",
        "DealMoveInput",
        json!({"id": ann_deal, "stageId": stages[1]}),
    )
    .await;
    app.store.clock().set(local(2, 10, 0, 0));
    Team {
        app,
        east,
        west,
        ann,
        bob,
        manager,
        pipeline,
        customers: vec![a, b, c],
    }
}

const DASHBOARD: &str = "query($from: Date!, $to: Date!, $by: DashboardGroupBy = DAY, $dept: ID, $pipeline: ID!) {
  dashboard(from: $from, to: $to, groupBy: $by, departmentId: $dept) {
    timeZone
    periods { from to customers { newCustomers lostCustomers netCustomers } }
    byStaff { staff { id } newCustomers lostCustomers aliveCustomers }
    aliveCustomers
    followUpActivity { staff { id } followUps calls notes visits messages customers }
    dealFunnel(pipelineId: $pipeline) { stage { name } openDeals openAmountFen entered advanced rateBasisPoints }
    broadcastReach { broadcasts delivered failed excluded }
  } }";

async fn dashboard(team: &Team, token: &str, variables: Value) -> Value {
    let mut variables = variables;
    variables["pipeline"] = json!(team.pipeline);
    team.app.graphql(Some(token), DASHBOARD, variables).await
}

fn news(body: &Value) -> Vec<(String, i64)> {
    body["data"]["dashboard"]["periods"]
        .as_array()
        .unwrap_or_else(|| panic!("no periods: {body:#}"))
        .iter()
        .map(|period| {
            (
                period["from"].as_str().unwrap().to_string(),
                period["customers"]["newCustomers"].as_i64().unwrap(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_day_is_a_day_of_the_tenants_zone_and_the_figures_match_the_fixture() {
    let team = team().await;
    let app = &team.app;
    let days = json!({"from": "2026-12-01", "to": "2026-12-02", "by": "DAY"});
    let body = dashboard(&team, &app.admin_token, days.clone()).await;
    assert!(body.get("errors").is_none(), "{body:#}");
    let board = &body["data"]["dashboard"];
    assert_eq!(board["timeZone"], "Asia/Shanghai");
    assert_eq!(
        news(&body),
        vec![("2026-12-01".to_string(), 1), ("2026-12-02".to_string(), 2)]
    );
    assert_eq!(board["periods"][1]["to"], "2026-12-02");
    assert_eq!(board["periods"][1]["customers"]["netCustomers"], 2);
    assert_eq!(board["aliveCustomers"], 3);
    assert_eq!(
        board["byStaff"],
        json!([
            {"staff": {"id": team.ann.0}, "newCustomers": 2, "lostCustomers": 0, "aliveCustomers": 2},
            {"staff": {"id": team.bob.0}, "newCustomers": 1, "lostCustomers": 0, "aliveCustomers": 1},
        ])
    );
    assert_eq!(
        board["followUpActivity"],
        json!([
            {"staff": {"id": team.ann.0}, "followUps": 2, "calls": 1, "notes": 1, "visits": 0, "messages": 0, "customers": 2},
            {"staff": {"id": team.bob.0}, "followUps": 1, "calls": 0, "notes": 0, "visits": 1, "messages": 0, "customers": 1},
        ])
    );
    // Both deals entered the first stage on the 2nd; Ann's moved on; Bob's is still there.
    assert_eq!(
        board["dealFunnel"],
        json!([
            {"stage": {"name": "初步接触"}, "openDeals": 1, "openAmountFen": 250_000, "entered": 2, "advanced": 1, "rateBasisPoints": 5000},
            {"stage": {"name": "方案"}, "openDeals": 1, "openAmountFen": 1_000_000, "entered": 1, "advanced": 0, "rateBasisPoints": 0},
            {"stage": {"name": "签约"}, "openDeals": 0, "openAmountFen": 0, "entered": 0, "advanced": 0, "rateBasisPoints": null},
        ])
    );
    assert_eq!(
        board["broadcastReach"],
        json!({"broadcasts": 0, "delivered": 0, "failed": 0, "excluded": 0})
    );

    // Only the 1st: the add at 23:59:59 and the call; the 2nd alone: the rest.
    let first = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-12-01", "to": "2026-12-01"}),
    )
    .await;
    assert_eq!(news(&first), vec![("2026-12-01".to_string(), 1)]);
    assert_eq!(first["data"]["dashboard"]["aliveCustomers"], 1);
    assert_eq!(
        first["data"]["dashboard"]["followUpActivity"][0]["followUps"],
        1
    );

    // A week from Monday 30 November, cut to the range; months over two months.
    let week = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-12-01", "to": "2026-12-02", "by": "WEEK"}),
    )
    .await;
    assert_eq!(news(&week), vec![("2026-12-01".to_string(), 3)]);
    let months = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-11-01", "to": "2026-12-31", "by": "MONTH"}),
    )
    .await;
    assert_eq!(
        news(&months),
        vec![("2026-11-01".to_string(), 0), ("2026-12-01".to_string(), 3)]
    );
    assert_eq!(
        months["data"]["dashboard"]["periods"][0]["to"],
        "2026-11-30"
    );

    // One member's or one department's periods.
    let bobs = app
        .data(
            &app.admin_token,
            "query($s: ID!) { dashboard(from: \"2026-12-01\", to: \"2026-12-02\") { periods(staffId: $s) { customers { newCustomers } } } }",
            json!({"s": team.bob.0}),
        )
        .await;
    assert_eq!(
        bobs["dashboard"]["periods"],
        json!([{"customers": {"newCustomers": 0}}, {"customers": {"newCustomers": 1}}])
    );
    let west = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-12-01", "to": "2026-12-02", "dept": team.west}),
    )
    .await;
    assert_eq!(
        news(&west),
        vec![("2026-12-01".to_string(), 0), ("2026-12-02".to_string(), 1)]
    );

    // In UTC both adds are on the 1st (15:59:59 and 16:00:00 UTC).
    let changed = app
        .data(
            &app.admin_token,
            "mutation { tenantSettingsUpdate(input: {timeZone: \"UTC\"}) { userErrors { message } } }",
            json!({}),
        )
        .await;
    assert_eq!(changed["tenantSettingsUpdate"]["userErrors"], json!([]));
    let utc = dashboard(&team, &app.admin_token, days).await;
    assert_eq!(utc["data"]["dashboard"]["timeZone"], "UTC");
    assert_eq!(
        news(&utc),
        vec![("2026-12-01".to_string(), 3), ("2026-12-02".to_string(), 0)]
    );
}

#[tokio::test]
async fn each_role_sees_the_staff_it_covers_and_nothing_else() {
    let team = team().await;
    let app = &team.app;
    let days = json!({"from": "2026-12-01", "to": "2026-12-02"});

    // The manager of 华东 sees Ann alone, and alert counts (none yet).
    let managers = dashboard(&team, &team.manager, days.clone()).await;
    assert!(managers.get("errors").is_none(), "{managers:#}");
    assert_eq!(
        news(&managers),
        vec![("2026-12-01".to_string(), 1), ("2026-12-02".to_string(), 1)]
    );
    assert_eq!(managers["data"]["dashboard"]["aliveCustomers"], 2);
    let alerts = app
        .data(
            &team.manager,
            "{ dashboard(from: \"2026-12-01\", to: \"2026-12-02\") { alertsByRule { ruleCode raised } } }",
            json!({}),
        )
        .await;
    assert_eq!(alerts["dashboard"]["alertsByRule"], json!([]));
    let elsewhere = dashboard(
        &team,
        &team.manager,
        json!({"from": "2026-12-01", "to": "2026-12-02", "dept": team.west}),
    )
    .await;
    assert_eq!(error_code(&elsewhere), "FORBIDDEN", "{elsewhere:#}");

    // Bob sees himself; his funnel has his deal only; alert counts are not his to read.
    let bobs = dashboard(&team, &team.bob.1, days.clone()).await;
    assert_eq!(
        news(&bobs),
        vec![("2026-12-01".to_string(), 0), ("2026-12-02".to_string(), 1)]
    );
    assert_eq!(
        bobs["data"]["dashboard"]["dealFunnel"][0]["entered"], 1,
        "{bobs:#}"
    );
    assert_eq!(
        bobs["data"]["dashboard"]["byStaff"],
        json!([{"staff": {"id": team.bob.0}, "newCustomers": 1, "lostCustomers": 0, "aliveCustomers": 1}])
    );
    let refused = app
        .graphql(
            Some(&team.bob.1),
            "{ dashboard(from: \"2026-12-01\", to: \"2026-12-02\") { aliveCustomers alertsByRule { raised } } }",
            json!({}),
        )
        .await;
    assert_eq!(refused["data"]["dashboard"]["aliveCustomers"], 1);
    assert_eq!(refused["data"]["dashboard"]["alertsByRule"], Value::Null);
    assert_eq!(error_code(&refused), "FORBIDDEN");
    let own_department = dashboard(
        &team,
        &team.ann.1,
        json!({"from": "2026-12-01", "to": "2026-12-02", "dept": team.east}),
    )
    .await;
    assert_eq!(error_code(&own_department), "FORBIDDEN");

    // Compliance has no dashboard; another tenant sees none of this one, not even its
    // departments.
    let compliance = app.compliance_token().await;
    let none = dashboard(&team, &compliance, days.clone()).await;
    assert_eq!(error_code(&none), "FORBIDDEN");
    let other = app.create_tenant("other-firm").await;
    let theirs = app
        .graphql(
            Some(&other),
            "{ dashboard(from: \"2026-12-01\", to: \"2026-12-02\") { aliveCustomers byStaff { newCustomers } followUpActivity { followUps } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        theirs["data"]["dashboard"],
        json!({"aliveCustomers": 0, "byStaff": [], "followUpActivity": []})
    );
    let probing = app
        .graphql(
            Some(&other),
            "query($d: ID!) { dashboard(from: \"2026-12-01\", to: \"2026-12-02\", departmentId: $d) { aliveCustomers } }",
            json!({"d": team.east}),
        )
        .await;
    assert_eq!(error_code(&probing), "NOT_FOUND", "{probing:#}");
    let foreign_pipeline = app
        .graphql(
            Some(&other),
            "query($p: ID!) { dashboard(from: \"2026-12-01\", to: \"2026-12-02\") { dealFunnel(pipelineId: $p) { entered } } }",
            json!({"p": team.pipeline}),
        )
        .await;
    assert_eq!(error_code(&foreign_pipeline), "NOT_FOUND");
}

#[tokio::test]
async fn bad_ranges_are_refused_with_what_to_do() {
    let team = team().await;
    let app = &team.app;
    let backwards = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-12-02", "to": "2026-12-01"}),
    )
    .await;
    assert_eq!(error_code(&backwards), "BAD_USER_INPUT");
    let endless = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2020-01-01", "to": "2026-12-01", "by": "DAY"}),
    )
    .await;
    assert_eq!(error_code(&endless), "BAD_USER_INPUT");
    assert!(
        endless["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("WEEK or MONTH"),
        "{endless:#}"
    );
    let weekly = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2020-01-01", "to": "2026-12-01", "by": "WEEK"}),
    )
    .await;
    assert!(weekly.get("errors").is_none(), "{weekly:#}");
    let not_a_date = dashboard(
        &team,
        &app.admin_token,
        json!({"from": "2026-13-01", "to": "2026-12-01"}),
    )
    .await;
    assert_eq!(error_code(&not_a_date), "BAD_USER_INPUT");
}

#[tokio::test]
async fn aggregates_are_priced_so_aliases_cannot_multiply_them() {
    let app = spawn_app().await;
    let range = "from: \"2026-01-01\", to: \"2026-12-31\", groupBy: MONTH";
    // Every figure once (as a console asks): within the budget.
    let whole = format!(
        "{{ dashboard({range}) {{ periods {{ from }} aliveCustomers byStaff {{ newCustomers }}
            byChannelCode {{ newCustomers }} followUpActivity {{ followUps }}
            broadcastReach {{ delivered }} alertsByRule {{ raised }} }} }}"
    );
    let body = app.graphql(Some(&app.admin_token), &whole, json!({})).await;
    assert!(body.get("errors").is_none(), "{body:#}");
    // Thirty aliases of one aggregate each, or of segments: each reads a table, so the request
    // is refused before any runs.
    let dashboards: String = (0..30)
        .map(|n| format!("d{n}: dashboard({range}) {{ aliveCustomers }} "))
        .collect();
    let segments: String = (0..30)
        .map(|n| format!("s{n}: segments(groupId: \"VGFnR3JvdXA6MQ\") {{ customers }} "))
        .collect();
    for query in [dashboards, segments] {
        let body = app
            .graphql(Some(&app.admin_token), &format!("{{ {query} }}"), json!({}))
            .await;
        assert_eq!(error_code(&body), "BAD_USER_INPUT", "{body:#}");
        let message = body["errors"][0]["message"]
            .as_str()
            .unwrap()
            .to_lowercase();
        assert!(message.contains("complex"), "{message}");
    }
}

const SEGMENTS: &str = "query($filter: TagFilterInput, $group: ID!, $dept: ID) {
  segments(tagFilter: $filter, groupId: $group, departmentId: $dept) {
    customers withoutGroupTag byTag { tag { name } customers } } }";

#[tokio::test]
async fn segments_split_the_matching_customers_by_the_tags_of_a_group() {
    let team = team().await;
    let app = &team.app;
    let admin = &app.admin_token;
    let (assets, asset_tags) = app
        .create_tag_group(admin, "资产偏好", &["股票", "基金", "保险"])
        .await;
    let (_, status_tags) = app
        .create_tag_group(admin, "客户状态", &["高净值", "已开户"])
        .await;
    let [a, b, c] = [&team.customers[0], &team.customers[1], &team.customers[2]];
    for (customers, tags) in [
        (vec![a, b], vec![&status_tags[0], &asset_tags[0]]),
        (vec![b], vec![&asset_tags[1]]),
        (vec![c], vec![&status_tags[1]]),
    ] {
        mutate(
            app,
            admin,
            "customerTag",
            "CustomerTagInput",
            json!({"customerIds": customers, "tagIds": tags}),
        )
        .await;
    }
    let rich = app
        .data(
            admin,
            SEGMENTS,
            json!({"filter": {"tagIds": [status_tags[0]]}, "group": assets}),
        )
        .await;
    assert_eq!(
        rich["segments"],
        json!({"customers": 2, "withoutGroupTag": 0, "byTag": [
            {"tag": {"name": "股票"}, "customers": 2},
            {"tag": {"name": "基金"}, "customers": 1},
            {"tag": {"name": "保险"}, "customers": 0},
        ]})
    );
    let everyone = app.data(admin, SEGMENTS, json!({"group": assets})).await;
    assert_eq!(everyone["segments"]["customers"], 3);
    assert_eq!(everyone["segments"]["withoutGroupTag"], 1);
    let not_rich = app
        .data(
            admin,
            SEGMENTS,
            json!({"filter": {"not": {"tagIds": [status_tags[0]]}}, "group": assets}),
        )
        .await;
    assert_eq!(not_rich["segments"]["customers"], 1);

    // Bob's segment is his customer; the east department's is Ann's two.
    let bobs = app
        .data(&team.bob.1, SEGMENTS, json!({"group": assets}))
        .await;
    assert_eq!(bobs["segments"]["customers"], 1);
    assert_eq!(bobs["segments"]["withoutGroupTag"], 1);
    let east = app
        .data(admin, SEGMENTS, json!({"group": assets, "dept": team.east}))
        .await;
    assert_eq!(east["segments"]["customers"], 2);

    // A tag or group of another tenant is not found, by field.
    let other = app.create_tenant("other-firm").await;
    let foreign = app
        .graphql(Some(&other), SEGMENTS, json!({"group": assets}))
        .await;
    assert_eq!(error_code(&foreign), "NOT_FOUND");
    let (their_group, _) = app.create_tag_group(&other, "组", &["甲"]).await;
    let foreign_tag = app
        .graphql(
            Some(&other),
            SEGMENTS,
            json!({"filter": {"tagIds": [status_tags[0]]}, "group": their_group}),
        )
        .await;
    assert_eq!(error_code(&foreign_tag), "NOT_FOUND");
    let compliance = app.compliance_token().await;
    let refused = app
        .graphql(Some(&compliance), SEGMENTS, json!({"group": assets}))
        .await;
    assert_eq!(error_code(&refused), "FORBIDDEN");
}

#[tokio::test]
async fn losses_count_on_their_local_day_by_direction_and_a_handover_is_none() {
    use wecom::callback::ContactChange;

    use crate::wecom::callback_events::{applied, contact, deliver_with};
    use crate::wecom::sync::sync;
    use crate::wecom::{small_corp, spawn_with_wecom};

    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let (member, _, customers) = super::lost_customers::staff001(&h).await;
    let followed = h
        .app
        .data(
            &h.app.admin_token,
            "query($s: ID!) { customers(filter: {followerId: $s}) { totalCount } }",
            json!({"s": member}),
        )
        .await["customers"]["totalCount"]
        .as_i64()
        .unwrap();
    // The customer leaves a second before midnight in Beijing; the member deletes one at
    // midnight; a third is handed over (no loss).
    for (at, customer, change) in [
        (
            local(1, 23, 59, 59),
            &customers[0],
            ContactChange::DeleteFollowUser,
        ),
        (
            local(2, 0, 0, 0),
            &customers[1],
            ContactChange::Delete { source: None },
        ),
        (
            local(2, 0, 0, 1),
            &customers[2],
            ContactChange::Delete {
                source: Some("DELETE_BY_TRANSFER".into()),
            },
        ),
    ] {
        let xml = contact(at.timestamp(), "staff001", customer, change);
        assert_eq!(deliver_with(&h, &xml, json!({})).await.0, 200);
    }
    applied(&h).await;
    let board = h
        .app
        .data(
            &h.app.admin_token,
            "query($s: ID!) { dashboard(from: \"2026-12-01\", to: \"2026-12-02\") {
                periods(staffId: $s) { from customers { lostCustomers lostByCustomer lostByStaff } }
                byStaff { staff { id } lostCustomers aliveCustomers } } }",
            json!({"s": member}),
        )
        .await;
    assert_eq!(
        board["dashboard"]["periods"],
        json!([
            {"from": "2026-12-01", "customers": {"lostCustomers": 1, "lostByCustomer": 1, "lostByStaff": 0}},
            {"from": "2026-12-02", "customers": {"lostCustomers": 1, "lostByCustomer": 0, "lostByStaff": 1}},
        ])
    );
    let row = board["dashboard"]["byStaff"]
        .as_array()
        .unwrap()
        .iter()
        .find(|row| row["staff"]["id"] == member.as_str())
        .unwrap_or_else(|| panic!("no row for staff001: {board:#}"))
        .clone();
    assert_eq!(row["lostCustomers"], 2);
    // Alive at the end of the 2nd: every follow but the two lost and the one handed over.
    assert_eq!(row["aliveCustomers"], followed - 3);
}

#[tokio::test]
async fn alert_counts_per_rule_equal_the_compliance_reports() {
    let app = crate::helpers::spawn_app().await;
    app.import_first(1500);
    let today = Utc::now()
        .with_timezone(&chrono::FixedOffset::east_opt(8 * 3600).unwrap())
        .date_naive();
    let range = json!({
        "from": (today - chrono::Days::new(1)).to_string(),
        "to": (today + chrono::Days::new(1)).to_string(),
    });
    let compliance = app.compliance_token().await;
    let report = app
        .data(
            &compliance,
            "query($from: Date!, $to: Date!) { complianceReport(from: $from, to: $to, groupBy: RULE) {
                rows { rule { code } counts { raised open inReview } } } }",
            range.clone(),
        )
        .await;
    let mut expected: Vec<Value> = report["complianceReport"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            let counts = &row["counts"];
            json!({
                "ruleCode": row["rule"]["code"],
                "raised": counts["raised"],
                "undecided": counts["open"].as_i64().unwrap() + counts["inReview"].as_i64().unwrap(),
            })
        })
        .collect();
    assert!(!expected.is_empty(), "the corpus raises alerts: {report:#}");
    let board = app
        .data(
            &app.admin_token,
            "query($from: Date!, $to: Date!) { dashboard(from: $from, to: $to) {
                alertsByRule { ruleCode ruleName raised undecided } } }",
            range,
        )
        .await;
    let mut counted: Vec<Value> = board["dashboard"]["alertsByRule"]
        .as_array()
        .unwrap()
        .iter()
        .map(|row| {
            assert!(row["ruleName"].is_string(), "{row}");
            json!({"ruleCode": row["ruleCode"], "raised": row["raised"], "undecided": row["undecided"]})
        })
        .collect();
    let key = |row: &Value| row["ruleCode"].as_str().unwrap().to_string();
    expected.sort_by_key(key);
    counted.sort_by_key(key);
    assert_eq!(counted, expected);
}
