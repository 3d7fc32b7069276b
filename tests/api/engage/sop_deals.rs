//! SOP rules triggered by deals: `DEAL_ENTERED_STAGE` fires once for each time a deal enters
//! the stage (created in it, or moved into it), reminding the deal owner who follows the
//! customer; a stage of another tenant, or an archived one, is refused by field.

use serde_json::{Value, json};

use super::sop::{fast, fired_exactly, script, tasks, team};
use crate::helpers::{TestApp, spawn_app_with};

const RULE: &str = "mutation($input: SopRuleCreateInput!) { sopRuleCreate(input: $input) {
    sopRule { id trigger { kind stageId } } userErrors { field message code } } }";

async fn pipeline(app: &TestApp, token: &str) -> (String, Vec<String>) {
    let created = app
        .data(
            token,
            "mutation { pipelineCreate(input: {name: \"基金销售\", stages: [
                {name: \"初次接触\", winProbability: 10}, {name: \"需求确认\", winProbability: 40},
                {name: \"签约\", winProbability: 90}]}) {
                pipeline { id stages { id } } userErrors { field message } } }",
            json!({}),
        )
        .await["pipelineCreate"]
        .clone();
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    let stages = created["pipeline"]["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|stage| stage["id"].as_str().unwrap().to_string())
        .collect();
    (
        created["pipeline"]["id"].as_str().unwrap().to_string(),
        stages,
    )
}

async fn mutate(app: &TestApp, token: &str, query: &str, input: Value) -> Value {
    let data = app.data(token, query, json!({ "input": input })).await;
    let payload = data.as_object().unwrap().values().next().unwrap().clone();
    assert_eq!(payload["userErrors"], json!([]), "{payload:#}");
    payload
}

#[tokio::test]
async fn a_deal_entering_the_stage_reminds_its_owner_once_per_entry() {
    let app = spawn_app_with(fast).await;
    let admin = app.admin_token.clone();
    let team = team(&app).await;
    let script = script(&app, &admin, "签约前确认话术").await;
    let (pipeline_id, stages) = pipeline(&app, &admin).await;
    let rule = mutate(
        &app,
        &admin,
        RULE,
        json!({
            "name": "进入需求确认",
            "trigger": { "kind": "DEAL_ENTERED_STAGE", "stageId": stages[1] },
            "actions": [{ "kind": "REMIND_STAFF", "scriptId": script }],
        }),
    )
    .await;
    assert_eq!(rule["sopRule"]["trigger"]["stageId"], stages[1]);
    let rule = rule["sopRule"]["id"].as_str().unwrap().to_string();

    // The salesperson's deal starts in the first stage: nothing fires.
    let deal = mutate(
        &app,
        &team.sales,
        "mutation($input: DealCreateInput!) { dealCreate(input: $input) { deal { id } userErrors { field message } } }",
        json!({
            "customerId": team.customer, "pipelineId": pipeline_id, "stageId": stages[0],
            "title": "王女士 指数基金定投", "amountFen": 5_000_000, "expectedCloseDate": "2027-01-31",
        }),
    )
    .await["deal"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    fired_exactly(&app, &rule, 0).await;
    let move_to = |stage: String| {
        let (app, sales, deal) = (&app, team.sales.clone(), deal.clone());
        async move {
            clock_tick().await;
            mutate(
                app,
                &sales,
                "mutation($input: DealMoveInput!) { dealMove(input: $input) { deal { id } userErrors { field message } } }",
                json!({ "id": deal, "stageId": stage }),
            )
            .await;
        }
    };
    move_to(stages[1].clone()).await;
    let fired = fired_exactly(&app, &rule, 1).await;
    assert!(
        fired["nodes"][0]["occurrence"]
            .as_str()
            .unwrap()
            .starts_with("deal:")
    );
    assert_eq!(fired["nodes"][0]["customer"]["name"], "王女士");
    let mine = tasks(&app, &team.sales, None).await;
    assert_eq!(mine.len(), 1, "{mine:#?}");
    assert_eq!(mine[0]["script"]["title"], "签约前确认话术");

    // Back to the first stage and into the second again: a second entry, a second reminder.
    move_to(stages[0].clone()).await;
    move_to(stages[1].clone()).await;
    fired_exactly(&app, &rule, 2).await;
    // Into the third stage: not this rule's.
    move_to(stages[2].clone()).await;
    fired_exactly(&app, &rule, 2).await;
    assert_eq!(tasks(&app, &team.sales, None).await.len(), 2);
}

/// Lets the SOP rounds (every 100 ms) see one move before the next.
async fn clock_tick() {
    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
}

#[tokio::test]
async fn a_stage_of_another_tenant_or_archived_is_refused_by_field() {
    let app = spawn_app_with(fast).await;
    let admin = app.admin_token.clone();
    let (_, stages) = pipeline(&app, &admin).await;
    let other_admin = app.create_tenant("other-firm").await;
    let (_, foreign) = pipeline(&app, &other_admin).await;
    let archived = app
        .data(
            &admin,
            "mutation($s: ID!) { pipelineStageArchive(input: {stageId: $s}) { userErrors { field } } }",
            json!({ "s": stages[2] }),
        )
        .await;
    assert_eq!(
        archived["pipelineStageArchive"]["userErrors"],
        json!([]),
        "{archived:#}"
    );
    for (stage, code) in [
        (Some(&foreign[0]), "NOT_FOUND"),
        (Some(&stages[2]), "BAD_USER_INPUT"),
        (None, "BAD_USER_INPUT"),
    ] {
        let created = app
            .data(
                &admin,
                RULE,
                json!({ "input": {
                    "name": "坏阶段",
                    "trigger": { "kind": "DEAL_ENTERED_STAGE", "stageId": stage },
                    "actions": [{ "kind": "NOTIFY_MANAGER", "text": "请跟进" }],
                } }),
            )
            .await["sopRuleCreate"]
            .clone();
        assert_eq!(created["sopRule"], Value::Null, "{created:#}");
        assert_eq!(
            created["userErrors"][0]["field"],
            json!(["input", "trigger", "stageId"]),
            "{created:#}"
        );
        assert_eq!(created["userErrors"][0]["code"], code, "{created:#}");
    }
}
