//! Pipelines and deals through the real server: pipelines made, reordered and their stages
//! archived (never under open deals); a deal's life and history; forecasts and conversion
//! against figures computed by hand; filters, ordering and pages; bad input refused at its
//! field with nothing written; roles and tenants.

use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app};

const PIPELINE_FIELDS: &str = "id name stages { id name winProbability position archived }";
const DEAL_FIELDS: &str = "id title amountFen currency status expectedCloseDate closedAt
    stage { id name } pipeline { id } owner { id } customer { id }
    history { kind from { name } to { name } fromStatus toStatus by { id } at reason }";

async fn pipeline_create(app: &TestApp, token: &str, input: Value) -> Value {
    app.data(
        token,
        &format!(
            "mutation($input: PipelineCreateInput!) {{ pipelineCreate(input: $input) {{
                pipeline {{ {PIPELINE_FIELDS} }} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await["pipelineCreate"]
        .clone()
}

/// A pipeline of the given stages (name, percent); returns (pipeline id, stage ids in order).
async fn pipeline(app: &TestApp, name: &str, stages: &[(&str, i32)]) -> (String, Vec<String>) {
    let stages: Vec<Value> = stages
        .iter()
        .map(|(name, percent)| json!({ "name": name, "winProbability": percent }))
        .collect();
    let created = pipeline_create(
        app,
        &app.admin_token,
        json!({ "name": name, "stages": stages }),
    )
    .await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    let pipeline = &created["pipeline"];
    let ids = pipeline["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|stage| stage["id"].as_str().unwrap().to_string())
        .collect();
    (pipeline["id"].as_str().unwrap().to_string(), ids)
}

async fn mutate(app: &TestApp, token: &str, name: &str, input: Value) -> Value {
    let input_type = format!("{}{}Input", name[..1].to_uppercase(), &name[1..]);
    let object = if name.starts_with("pipeline") {
        format!("pipeline {{ {PIPELINE_FIELDS} }}")
    } else {
        format!("deal {{ {DEAL_FIELDS} }}")
    };
    app.data(
        token,
        &format!(
            "mutation($input: {input_type}!) {{ {name}(input: $input) {{
                {object} userErrors {{ field message code }} }} }}"
        ),
        json!({ "input": input }),
    )
    .await[name]
        .clone()
}

/// A deal that must be created; returns it.
async fn deal(app: &TestApp, token: &str, input: Value) -> Value {
    let created = mutate(app, token, "dealCreate", input).await;
    assert_eq!(created["userErrors"], json!([]), "{created:#}");
    created["deal"].clone()
}

async fn must(app: &TestApp, token: &str, name: &str, input: Value) -> Value {
    let done = mutate(app, token, name, input).await;
    assert_eq!(done["userErrors"], json!([]), "{name}: {done:#}");
    done
}

fn fields(user_errors: &Value) -> Vec<String> {
    user_errors
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

async fn count(app: &TestApp, table: &str) -> i64 {
    let db = app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            format!("SELECT COUNT(*) AS n FROM {table}"),
        ))
        .await
        .unwrap()
        .unwrap();
    row.try_get::<i64>("", "n").unwrap()
}

async fn read_deal(app: &TestApp, token: &str, id: &str) -> Value {
    app.data(
        token,
        &format!("query($id: ID!) {{ node(id: $id) {{ ... on Deal {{ {DEAL_FIELDS} }} }} }}"),
        json!({ "id": id }),
    )
    .await["node"]
        .clone()
}

fn base_input(customer: &str, pipeline: &str, stage: &str) -> Value {
    json!({
        "customerId": customer, "pipelineId": pipeline, "stageId": stage,
        "title": "年度理财方案", "amountFen": 1_000_000, "expectedCloseDate": "2027-01-15",
    })
}

fn with(mut input: Value, changes: Value) -> Value {
    for (key, value) in changes.as_object().unwrap() {
        input[key] = value.clone();
    }
    input
}

#[tokio::test]
async fn pipelines_are_made_reordered_and_archive_stages_only_without_open_deals() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();

    // Bad pipelines: every problem named at its field, nothing stored.
    let refused = pipeline_create(
        &app,
        &admin,
        json!({ "name": " ", "stages": [
            { "name": "初步接触", "winProbability": 10 },
            { "name": "初步接触", "winProbability": 101 },
            { "name": "", "winProbability": -1 },
        ] }),
    )
    .await;
    assert_eq!(refused["pipeline"], Value::Null);
    assert_eq!(
        fields(&refused["userErrors"]),
        [
            "input.name",
            "input.stages.1.name",
            "input.stages.1.winProbability",
            "input.stages.2.name",
            "input.stages.2.winProbability",
        ]
    );
    let none = pipeline_create(&app, &admin, json!({ "name": "空", "stages": [] })).await;
    assert_eq!(fields(&none["userErrors"]), ["input.stages"]);
    let thirty_one: Vec<Value> = (0..31)
        .map(|index| json!({ "name": format!("S{index}"), "winProbability": 50 }))
        .collect();
    let too_many =
        pipeline_create(&app, &admin, json!({ "name": "长", "stages": thirty_one })).await;
    assert_eq!(fields(&too_many["userErrors"]), ["input.stages"]);
    assert_eq!(count(&app, "pipeline").await, 0);
    assert_eq!(count(&app, "pipeline_stage").await, 0);

    let (pipeline_id, stages) = pipeline(
        &app,
        "企业客户",
        &[("线索", 10), ("方案", 50), ("谈判", 80)],
    )
    .await;

    // Reorder (谈判 first), rename 方案, re-weight, add a stage.
    let updated = must(
        &app,
        &admin,
        "pipelineUpdate",
        json!({ "id": pipeline_id, "name": "企业客户 2027", "stages": [
            { "id": stages[2], "name": "谈判", "winProbability": 90 },
            { "id": stages[0], "name": "线索", "winProbability": 10 },
            { "id": stages[1], "name": "方案报价", "winProbability": 40 },
            { "name": "合同", "winProbability": 95 },
        ] }),
    )
    .await;
    let pipeline = &updated["pipeline"];
    assert_eq!(pipeline["name"], "企业客户 2027");
    let listed: Vec<(String, i64, i64, bool)> = pipeline["stages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|stage| {
            (
                stage["name"].as_str().unwrap().to_string(),
                stage["winProbability"].as_i64().unwrap(),
                stage["position"].as_i64().unwrap(),
                stage["archived"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        listed,
        [
            ("谈判".to_string(), 90, 0, false),
            ("线索".to_string(), 10, 1, false),
            ("方案报价".to_string(), 40, 2, false),
            ("合同".to_string(), 95, 3, false),
        ]
    );
    assert_eq!(pipeline["stages"][0]["id"], stages[2].as_str());
    let contract = pipeline["stages"][3]["id"].as_str().unwrap().to_string();

    // Leaving an active stage out is not a way to delete it.
    let dropped = mutate(
        &app,
        &admin,
        "pipelineUpdate",
        json!({ "id": pipeline_id, "stages": [{ "id": stages[0], "name": "线索", "winProbability": 10 }] }),
    )
    .await;
    assert_eq!(fields(&dropped["userErrors"]), ["input.stages"]);

    // A stage with an open deal cannot be archived; once the deal is lost it can.
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "li@corp.cn", "SALES", None)
        .await;
    let customer = app
        .create_customer(&sales, "wm-1", "王先生", &sales_id)
        .await;
    let open = deal(&app, &sales, base_input(&customer, &pipeline_id, &contract)).await;
    let refused = mutate(
        &app,
        &admin,
        "pipelineStageArchive",
        json!({ "stageId": contract }),
    )
    .await;
    assert_eq!(
        refused["userErrors"][0]["field"],
        json!(["input", "stageId"])
    );
    assert_eq!(refused["userErrors"][0]["code"], "CONFLICT");
    must(
        &app,
        &sales,
        "dealLose",
        json!({ "id": open["id"], "reason": "预算取消" }),
    )
    .await;
    let archived = must(
        &app,
        &admin,
        "pipelineStageArchive",
        json!({ "stageId": contract }),
    )
    .await;
    let last = &archived["pipeline"]["stages"][3];
    assert_eq!(last["id"], contract.as_str());
    assert_eq!(last["archived"], true);

    // No deal enters an archived stage; the lost deal still shows where it closed.
    let into_archived = mutate(
        &app,
        &sales,
        "dealCreate",
        base_input(&customer, &pipeline_id, &contract),
    )
    .await;
    assert_eq!(fields(&into_archived["userErrors"]), ["input.stageId"]);
    assert_eq!(
        read_deal(&app, &sales, open["id"].as_str().unwrap()).await["stage"]["name"],
        "合同"
    );

    // Sales and managers read pipelines; only admins write them; archive roles see none.
    let read = app
        .data(
            &sales,
            "{ pipelines(first: 10) { totalCount nodes { name } } }",
            json!({}),
        )
        .await;
    assert_eq!(read["pipelines"]["totalCount"], 1);
    let body = app
        .graphql(
            Some(&sales),
            "mutation { pipelineCreate(input: {name: \"x\", stages: [{name: \"a\", winProbability: 1}]}) { userErrors { message } } }",
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
    let compliance = app.compliance_token().await;
    let body = app
        .graphql(Some(&compliance), "{ pipelines { totalCount } }", json!({}))
        .await;
    assert_eq!(error_code(&body), "FORBIDDEN");
}

#[tokio::test]
async fn a_deal_moves_and_wins_and_its_history_says_so_oldest_first() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(
        &app,
        "零售",
        &[("线索", 10), ("需求确认", 40), ("报价", 70)],
    )
    .await;
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "zhang@corp.cn", "SALES", None)
        .await;
    let customer = app
        .create_customer(&sales, "wm-2", "李女士", &sales_id)
        .await;

    let created = deal(
        &app,
        &sales,
        with(
            base_input(&customer, &pipeline_id, &stages[0]),
            json!({ "amountFen": 9_007_199_254_740_991_i64 }),
        ),
    )
    .await;
    let id = created["id"].as_str().unwrap().to_string();
    assert_eq!(created["amountFen"], json!(9_007_199_254_740_991_i64));
    assert_eq!(created["currency"], "CNY");
    assert_eq!(created["status"], "OPEN");
    assert_eq!(created["owner"]["id"], sales_id.as_str());
    assert_eq!(created["customer"]["id"], customer.as_str());
    assert_eq!(created["expectedCloseDate"], "2027-01-15");

    must(
        &app,
        &sales,
        "dealMove",
        json!({ "id": id, "stageId": stages[1], "reason": "需求已确认" }),
    )
    .await;
    let moved = must(
        &app,
        &sales,
        "dealMove",
        json!({ "id": id, "stageId": stages[2] }),
    )
    .await;
    assert_eq!(moved["deal"]["stage"]["name"], "报价");
    let same = mutate(
        &app,
        &sales,
        "dealMove",
        json!({ "id": id, "stageId": stages[2] }),
    )
    .await;
    assert_eq!(fields(&same["userErrors"]), ["input.stageId"]);
    let blank = mutate(
        &app,
        &sales,
        "dealLose",
        json!({ "id": id, "reason": "  " }),
    )
    .await;
    assert_eq!(fields(&blank["userErrors"]), ["input.reason"]);
    let won = must(
        &app,
        &sales,
        "dealWin",
        json!({ "id": id, "reason": "签约" }),
    )
    .await;
    assert_eq!(won["deal"]["status"], "WON");
    assert!(won["deal"]["closedAt"].is_string());

    let read = read_deal(&app, &sales, &id).await;
    let history = read["history"].as_array().unwrap();
    let steps: Vec<(Value, Value, Value, Value, Value, Value)> = history
        .iter()
        .map(|step| {
            (
                step["kind"].clone(),
                step["from"]["name"].clone(),
                step["to"]["name"].clone(),
                step["fromStatus"].clone(),
                step["toStatus"].clone(),
                step["reason"].clone(),
            )
        })
        .collect();
    assert_eq!(
        steps,
        [
            (
                json!("CREATED"),
                Value::Null,
                json!("线索"),
                Value::Null,
                json!("OPEN"),
                Value::Null
            ),
            (
                json!("MOVED"),
                json!("线索"),
                json!("需求确认"),
                json!("OPEN"),
                json!("OPEN"),
                json!("需求已确认")
            ),
            (
                json!("MOVED"),
                json!("需求确认"),
                json!("报价"),
                json!("OPEN"),
                json!("OPEN"),
                Value::Null
            ),
            (
                json!("WON"),
                json!("报价"),
                json!("报价"),
                json!("OPEN"),
                json!("WON"),
                json!("签约")
            ),
        ]
    );
    assert!(
        history
            .iter()
            .all(|step| step["by"]["id"] == sales_id.as_str())
    );
    let times: Vec<&str> = history
        .iter()
        .map(|step| step["at"].as_str().unwrap())
        .collect();
    assert!(times.windows(2).all(|pair| pair[0] <= pair[1]), "{times:?}");

    // A closed deal is final: no move, no loss, no edit; nothing recorded.
    for (name, input) in [
        ("dealMove", json!({ "id": id, "stageId": stages[0] })),
        ("dealLose", json!({ "id": id, "reason": "反悔" })),
        ("dealUpdate", json!({ "id": id, "title": "改名" })),
    ] {
        let refused = mutate(&app, &sales, name, input).await;
        assert_eq!(
            refused["userErrors"][0]["field"],
            json!(["input", "id"]),
            "{name}"
        );
        assert_eq!(refused["userErrors"][0]["code"], "CONFLICT", "{name}");
    }
    assert_eq!(count(&app, "deal_event").await, 4);
    let again = read_deal(&app, &sales, &id).await;
    assert_eq!(again["title"], "年度理财方案");
    assert_eq!(again["status"], "WON");
}

#[tokio::test]
async fn bad_deal_input_is_refused_at_its_field_and_writes_nothing() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(&app, "A", &[("一", 10), ("二", 50)]).await;
    let (_, other_stages) = pipeline(&app, "B", &[("甲", 20)]).await;
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "s1@corp.cn", "SALES", None)
        .await;
    let (colleague_id, colleague) = app
        .create_staff(&admin, "default", "s2@corp.cn", "SALES", None)
        .await;
    let mine = app
        .create_customer(&sales, "wm-3", "赵先生", &sales_id)
        .await;
    let theirs = app
        .create_customer(&colleague, "wm-4", "钱女士", &colleague_id)
        .await;
    let good = base_input(&mine, &pipeline_id, &stages[0]);

    let cases = [
        (json!({ "amountFen": -1 }), "input.amountFen"),
        (json!({ "amountFen": 12.5 }), "input.amountFen"),
        (
            json!({ "amountFen": 100_000_000_000_000_000_000.0 }),
            "input.amountFen",
        ),
        (
            json!({ "amountFen": 9_007_199_254_740_992_i64 }),
            "input.amountFen",
        ),
        (json!({ "amountFen": "12.5" }), "input.amountFen"),
        (json!({ "stageId": other_stages[0] }), "input.stageId"),
        (json!({ "customerId": theirs }), "input.customerId"),
        (json!({ "ownerId": colleague_id }), "input.ownerId"),
        (json!({ "title": "" }), "input.title"),
    ];
    for (change, field) in cases {
        let refused = mutate(
            &app,
            &sales,
            "dealCreate",
            with(good.clone(), change.clone()),
        )
        .await;
        assert_eq!(refused["deal"], Value::Null, "{change}");
        assert_eq!(
            fields(&refused["userErrors"]),
            [field],
            "{change}: {refused:#}"
        );
    }
    // An uncovered customer reads exactly like one that does not exist.
    let ghost = {
        let created = app.create_customer(&admin, "wm-x", "临时", &sales_id).await;
        let db = app.db().await;
        db.execute_unprepared("DELETE FROM customer_follow WHERE customer_id IN (SELECT id FROM customer WHERE external_userid = 'wm-x')")
            .await
            .unwrap();
        db.execute_unprepared("DELETE FROM customer WHERE external_userid = 'wm-x'")
            .await
            .unwrap();
        created
    };
    let missing = mutate(
        &app,
        &sales,
        "dealCreate",
        with(good.clone(), json!({ "customerId": ghost })),
    )
    .await;
    let uncovered = mutate(
        &app,
        &sales,
        "dealCreate",
        with(good.clone(), json!({ "customerId": theirs })),
    )
    .await;
    assert_eq!(missing["userErrors"], uncovered["userErrors"]);
    assert_eq!(uncovered["userErrors"][0]["code"], "NOT_FOUND");

    // Everything wrong at once: every field named in one answer.
    let all = mutate(
        &app,
        &sales,
        "dealCreate",
        with(
            good.clone(),
            json!({ "amountFen": -5, "stageId": other_stages[0], "customerId": theirs, "title": " " }),
        ),
    )
    .await;
    assert_eq!(
        fields(&all["userErrors"]),
        [
            "input.title",
            "input.amountFen",
            "input.customerId",
            "input.stageId"
        ]
    );
    // A deactivated owner is refused too (the admin picks owners across the tenant).
    let data = app
        .data(
            &admin,
            "mutation($id: ID!) { staffDeactivate(input: {id: $id}) { userErrors { message } } }",
            json!({ "id": colleague_id }),
        )
        .await;
    assert_eq!(data["staffDeactivate"]["userErrors"], json!([]));
    let gone = mutate(
        &app,
        &admin,
        "dealCreate",
        with(good.clone(), json!({ "ownerId": colleague_id })),
    )
    .await;
    assert_eq!(fields(&gone["userErrors"]), ["input.ownerId"]);

    assert_eq!(count(&app, "deal").await, 0);
    assert_eq!(count(&app, "deal_event").await, 0);

    // An update with a bad amount changes nothing either; a digit string is a fine amount.
    let created = deal(
        &app,
        &sales,
        with(good.clone(), json!({ "amountFen": "250000" })),
    )
    .await;
    assert_eq!(created["amountFen"], 250_000);
    let id = created["id"].as_str().unwrap();
    let refused = mutate(
        &app,
        &sales,
        "dealUpdate",
        json!({ "id": id, "title": "新标题", "amountFen": 0.5 }),
    )
    .await;
    assert_eq!(fields(&refused["userErrors"]), ["input.amountFen"]);
    let moved_elsewhere = mutate(
        &app,
        &sales,
        "dealMove",
        json!({ "id": id, "stageId": other_stages[0] }),
    )
    .await;
    assert_eq!(fields(&moved_elsewhere["userErrors"]), ["input.stageId"]);
    let read = read_deal(&app, &sales, id).await;
    assert_eq!(read["title"], "年度理财方案");
    assert_eq!(read["amountFen"], 250_000);
    assert_eq!(read["stage"]["id"], stages[0].as_str());
    assert_eq!(read["history"].as_array().unwrap().len(), 1);
    let updated = must(
        &app,
        &sales,
        "dealUpdate",
        json!({ "id": id, "amountFen": 260_000, "expectedCloseDate": "2027-03-01" }),
    )
    .await;
    assert_eq!(updated["deal"]["amountFen"], 260_000);
    assert_eq!(updated["deal"]["expectedCloseDate"], "2027-03-01");
}

/// The fixture of the forecast and conversion test: (owner index, stage path, close, amount,
/// outcome). Stages: 0 线索 10 %, 1 需求 35 %, 2 方案 60 %, 3 谈判 85 %.
struct Planned {
    owner: usize,
    path: &'static [usize],
    close: &'static str,
    amount: i64,
    outcome: Option<&'static str>,
}

const FIXTURE: [Planned; 7] = [
    // d1: A, January, 需求 (35 %): 100,001 × 35 = 3,500,035 fen-percents.
    Planned {
        owner: 0,
        path: &[0, 1],
        close: "2027-01-15",
        amount: 100_001,
        outcome: None,
    },
    // d2: A, January, 方案 (60 %): 337 × 60 = 20,220.
    Planned {
        owner: 0,
        path: &[0, 1, 2],
        close: "2027-01-20",
        amount: 337,
        outcome: None,
    },
    // d3: A, February, won in 谈判.
    Planned {
        owner: 0,
        path: &[0, 1, 2, 3],
        close: "2027-02-10",
        amount: 500_000,
        outcome: Some("WON"),
    },
    // d4: B, January, back to 线索 (10 %) after 需求: 250,000 × 10 = 2,500,000.
    Planned {
        owner: 1,
        path: &[0, 1, 0],
        close: "2027-01-31",
        amount: 250_000,
        outcome: None,
    },
    // d5: B, February, 谈判 (85 %): 770 × 85 = 65,450.
    Planned {
        owner: 1,
        path: &[2, 3],
        close: "2027-02-28",
        amount: 770,
        outcome: None,
    },
    // d6: B, February, lost in 需求.
    Planned {
        owner: 1,
        path: &[1],
        close: "2027-02-01",
        amount: 120_000,
        outcome: Some("LOST"),
    },
    // d7: A, March: outside the forecast's range.
    Planned {
        owner: 0,
        path: &[0],
        close: "2027-03-05",
        amount: 999_999,
        outcome: None,
    },
];

#[tokio::test]
async fn forecasts_and_conversion_match_figures_computed_by_hand() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(
        &app,
        "财富管理",
        &[("线索", 10), ("需求", 35), ("方案", 60), ("谈判", 85)],
    )
    .await;
    let (other_pipeline, other_stages) = pipeline(&app, "保险", &[("线索", 100)]).await;
    let (a_id, a) = app
        .create_staff(&admin, "default", "a@corp.cn", "SALES", None)
        .await;
    let (b_id, b) = app
        .create_staff(&admin, "default", "b@corp.cn", "SALES", None)
        .await;
    let owners = [(a_id.clone(), a.clone()), (b_id.clone(), b.clone())];
    let customers = [
        app.create_customer(&a, "wm-a", "客户甲", &a_id).await,
        app.create_customer(&b, "wm-b", "客户乙", &b_id).await,
    ];
    for planned in &FIXTURE {
        let (_, token) = &owners[planned.owner];
        let created = deal(
            &app,
            token,
            json!({
                "customerId": customers[planned.owner], "pipelineId": pipeline_id,
                "stageId": stages[planned.path[0]], "title": "理财", "amountFen": planned.amount,
                "expectedCloseDate": planned.close,
            }),
        )
        .await;
        let id = created["id"].as_str().unwrap();
        for stage in &planned.path[1..] {
            must(
                &app,
                token,
                "dealMove",
                json!({ "id": id, "stageId": stages[*stage] }),
            )
            .await;
        }
        match planned.outcome {
            Some("WON") => {
                must(&app, token, "dealWin", json!({ "id": id })).await;
            }
            Some(_) => {
                must(
                    &app,
                    token,
                    "dealLose",
                    json!({ "id": id, "reason": "选了别家" }),
                )
                .await;
            }
            None => {}
        }
    }
    // Another pipeline's deal counts nowhere here.
    deal(
        &app,
        &a,
        json!({ "customerId": customers[0], "pipelineId": other_pipeline, "stageId": other_stages[0],
                "title": "保险", "amountFen": 7_777_777, "expectedCloseDate": "2027-01-10" }),
    )
    .await;

    let forecast = |token: String, group_by: &'static str| {
        let app = &app;
        let pipeline_id = pipeline_id.clone();
        async move {
            app.data(
                &token,
                "query($p: ID!, $g: ForecastGroupBy!) { pipelineForecast(pipelineId: $p,
                    from: \"2027-01-01\", to: \"2027-02-28\", groupBy: $g) {
                    key openAmountFen weightedAmountFen wonAmountFen lostAmountFen } }",
                json!({ "p": pipeline_id, "g": group_by }),
            )
            .await["pipelineForecast"]
                .clone()
        }
    };
    // By owner. A: open 100,001 + 337; weighted (3,500,035 + 20,220) / 100 = 35,202.55 → 35,203
    // (rounding each deal first would give 35,000 + 202 = 35,202). B: open 250,000 + 770;
    // weighted (2,500,000 + 65,450) / 100 = 25,654.50 → 25,655 (half up).
    assert_eq!(
        forecast(admin.clone(), "OWNER").await,
        json!([
            { "key": a_id, "openAmountFen": 100_338, "weightedAmountFen": 35_203,
              "wonAmountFen": 500_000, "lostAmountFen": 0 },
            { "key": b_id, "openAmountFen": 250_770, "weightedAmountFen": 25_655,
              "wonAmountFen": 0, "lostAmountFen": 120_000 },
        ])
    );
    // By month. January: d1, d2, d4: (3,500,035 + 20,220 + 2,500,000) / 100 = 60,202.55 →
    // 60,203. February: d3 won, d5 open (65,450 / 100 = 654.5 → 655), d6 lost.
    assert_eq!(
        forecast(admin.clone(), "MONTH").await,
        json!([
            { "key": "2027-01", "openAmountFen": 350_338, "weightedAmountFen": 60_203,
              "wonAmountFen": 0, "lostAmountFen": 0 },
            { "key": "2027-02", "openAmountFen": 770, "weightedAmountFen": 655,
              "wonAmountFen": 500_000, "lostAmountFen": 120_000 },
        ])
    );
    // A salesperson's forecast covers their own deals only.
    assert_eq!(
        forecast(a.clone(), "OWNER").await,
        json!([{ "key": a_id, "openAmountFen": 100_338, "weightedAmountFen": 35_203,
                 "wonAmountFen": 500_000, "lostAmountFen": 0 }])
    );

    // Conversion over today (every event of the fixture):
    //   线索: entered d1 d2 d3 d4 d7 = 5, advanced d1 d2 d3 d4 = 4 → 8,000 bp;
    //   需求: entered d1 d2 d3 d4 d6 = 5, advanced d2 d3 = 2 (d4 went back) → 4,000;
    //   方案: entered d2 d3 d5 = 3, advanced d3 d5 = 2 → 6,667;
    //   谈判: entered d3 d5 = 2, advanced d3 (won) = 1 → 5,000.
    let today = chrono::Utc::now().date_naive();
    let conversion = |from: String, to: String, token: String| {
        let app = &app;
        let pipeline_id = pipeline_id.clone();
        async move {
            app.data(
                &token,
                "query($p: ID!, $from: Date!, $to: Date!) { pipelineConversion(pipelineId: $p,
                    from: $from, to: $to) { stage { name } entered advanced rateBasisPoints } }",
                json!({ "p": pipeline_id, "from": from, "to": to }),
            )
            .await["pipelineConversion"]
                .clone()
        }
    };
    let around_today = (
        (today - chrono::Days::new(1)).to_string(),
        (today + chrono::Days::new(1)).to_string(),
    );
    assert_eq!(
        conversion(
            around_today.0.clone(),
            around_today.1.clone(),
            admin.clone()
        )
        .await,
        json!([
            { "stage": { "name": "线索" }, "entered": 5, "advanced": 4, "rateBasisPoints": 8000 },
            { "stage": { "name": "需求" }, "entered": 5, "advanced": 2, "rateBasisPoints": 4000 },
            { "stage": { "name": "方案" }, "entered": 3, "advanced": 2, "rateBasisPoints": 6667 },
            { "stage": { "name": "谈判" }, "entered": 2, "advanced": 1, "rateBasisPoints": 5000 },
        ])
    );
    // B alone: 线索 d4 (advanced); 需求 d4, d6 (neither); 方案 d5 (advanced); 谈判 d5 (not).
    assert_eq!(
        conversion(around_today.0.clone(), around_today.1.clone(), b.clone()).await,
        json!([
            { "stage": { "name": "线索" }, "entered": 1, "advanced": 1, "rateBasisPoints": 10000 },
            { "stage": { "name": "需求" }, "entered": 2, "advanced": 0, "rateBasisPoints": 0 },
            { "stage": { "name": "方案" }, "entered": 1, "advanced": 1, "rateBasisPoints": 10000 },
            { "stage": { "name": "谈判" }, "entered": 1, "advanced": 0, "rateBasisPoints": 0 },
        ])
    );
    // A range before any of it: nothing entered, no rate.
    let empty = conversion("2020-01-01".into(), "2020-01-31".into(), admin.clone()).await;
    for row in empty.as_array().unwrap() {
        assert_eq!(row["entered"], 0);
        assert_eq!(row["rateBasisPoints"], Value::Null);
    }
    // `to` before `from` is refused.
    let body = app
        .graphql(
            Some(&admin),
            "query($p: ID!) { pipelineForecast(pipelineId: $p, from: \"2027-02-01\", to: \"2027-01-01\", groupBy: MONTH) { key } }",
            json!({ "p": pipeline_id }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

/// `pipelineConversion` over the days around today, as (stage, entered, advanced, rate).
async fn conversion_today(app: &TestApp, pipeline_id: &str) -> Vec<(String, i64, i64, Value)> {
    let today = chrono::Utc::now().date_naive();
    let rows = app
        .data(
            &app.admin_token,
            "query($p: ID!, $from: Date!, $to: Date!) { pipelineConversion(pipelineId: $p,
                from: $from, to: $to) { stage { name } entered advanced rateBasisPoints } }",
            json!({
                "p": pipeline_id,
                "from": (today - chrono::Days::new(1)).to_string(),
                "to": (today + chrono::Days::new(1)).to_string(),
            }),
        )
        .await["pipelineConversion"]
        .clone();
    rows.as_array()
        .unwrap()
        .iter()
        .map(|row| {
            (
                row["stage"]["name"].as_str().unwrap().to_string(),
                row["entered"].as_i64().unwrap(),
                row["advanced"].as_i64().unwrap(),
                row["rateBasisPoints"].clone(),
            )
        })
        .collect()
}

fn stage_row(name: &str, entered: i64, advanced: i64, rate: Value) -> (String, i64, i64, Value) {
    (name.to_string(), entered, advanced, rate)
}

#[tokio::test]
async fn a_reorder_or_an_archive_reinterprets_which_deals_advanced() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(&app, "渠道", &[("A", 10), ("B", 50), ("C", 80)]).await;
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "s@corp.cn", "SALES", None)
        .await;
    let customer = app.create_customer(&sales, "wm-s", "客户", &sales_id).await;
    let create = |stage: usize| base_input(&customer, &pipeline_id, &stages[stage]);
    // d1: A → B (forward); d2: B → A (back); d3: stays in C.
    let d1 = deal(&app, &sales, create(0)).await;
    must(
        &app,
        &sales,
        "dealMove",
        json!({ "id": d1["id"], "stageId": stages[1] }),
    )
    .await;
    let d2 = deal(&app, &sales, create(1)).await;
    must(
        &app,
        &sales,
        "dealMove",
        json!({ "id": d2["id"], "stageId": stages[0] }),
    )
    .await;
    let d3 = deal(&app, &sales, create(2)).await;
    // A: d1 (on to B), d2 (stayed); B: d1 (stayed), d2 (back to A); C: d3.
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("A", 2, 1, json!(5000)),
            stage_row("B", 2, 0, json!(0)),
            stage_row("C", 1, 0, json!(0)),
        ]
    );

    // B, C, A: d1's move from A to B now goes back, d2's from B to A forward.
    let stage = |index: usize, name: &str| json!({ "id": stages[index], "name": name, "winProbability": 10 });
    must(
        &app,
        &admin,
        "pipelineUpdate",
        json!({ "id": pipeline_id, "stages": [stage(1, "B"), stage(2, "C"), stage(0, "A")] }),
    )
    .await;
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("B", 2, 1, json!(5000)),
            stage_row("C", 1, 0, json!(0)),
            stage_row("A", 2, 0, json!(0)),
        ]
    );
    // A move after the reorder reads the new order: C → A goes forward.
    must(
        &app,
        &sales,
        "dealMove",
        json!({ "id": d3["id"], "stageId": stages[0] }),
    )
    .await;
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("B", 2, 1, json!(5000)),
            stage_row("C", 1, 1, json!(10000)),
            stage_row("A", 3, 0, json!(0)),
        ]
    );

    // Archiving B puts it last (C, A, B): d1's A → B goes forward again, d2's B → A back.
    must(
        &app,
        &sales,
        "dealLose",
        json!({ "id": d1["id"], "reason": "预算取消" }),
    )
    .await;
    must(
        &app,
        &admin,
        "pipelineStageArchive",
        json!({ "stageId": stages[1] }),
    )
    .await;
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("C", 1, 1, json!(10000)),
            stage_row("A", 3, 1, json!(3333)),
            stage_row("B", 2, 0, json!(0)),
        ]
    );
    assert_eq!(app.stale_deal_flags().await, 0);
}

#[tokio::test]
async fn a_won_deal_advanced_from_every_stage_it_entered() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(
        &app,
        "理财",
        &[("S0", 10), ("S1", 30), ("S2", 60), ("S3", 90)],
    )
    .await;
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "w@corp.cn", "SALES", None)
        .await;
    let customer = app.create_customer(&sales, "wm-w", "客户", &sales_id).await;
    let create = |stage: usize| base_input(&customer, &pipeline_id, &stages[stage]);
    // d1: S0 → S1 → S0 → S2, then won; d2: created in S3, then won; d3: S1, then lost.
    let d1 = deal(&app, &sales, create(0)).await;
    for stage in [1, 0, 2] {
        must(
            &app,
            &sales,
            "dealMove",
            json!({ "id": d1["id"], "stageId": stages[stage] }),
        )
        .await;
    }
    let d2 = deal(&app, &sales, create(3)).await;
    let d3 = deal(&app, &sales, create(1)).await;
    must(
        &app,
        &sales,
        "dealLose",
        json!({ "id": d3["id"], "reason": "选了别家" }),
    )
    .await;
    // Before the wins. S0: d1 moved on to S1 (and S2) after its first entry. S1: d1 went on to
    // S2; d3 was lost there, which advances nothing. S2, S3: nothing after.
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("S0", 1, 1, json!(10000)),
            stage_row("S1", 2, 1, json!(5000)),
            stage_row("S2", 1, 0, json!(0)),
            stage_row("S3", 1, 0, json!(0)),
        ]
    );
    must(&app, &sales, "dealWin", json!({ "id": d1["id"] })).await;
    must(&app, &sales, "dealWin", json!({ "id": d2["id"] })).await;
    // A win advances every stage the deal entered, the one it was won in as well.
    assert_eq!(
        conversion_today(&app, &pipeline_id).await,
        [
            stage_row("S0", 1, 1, json!(10000)),
            stage_row("S1", 2, 1, json!(5000)),
            stage_row("S2", 1, 1, json!(10000)),
            stage_row("S3", 1, 1, json!(10000)),
        ]
    );
    // Every entry of d1 is flagged (both into S0 too); the WON event itself is not an entry.
    let db = app.db().await;
    let flags: Vec<(String, bool)> = db
        .query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT kind, advanced FROM deal_event WHERE deal_id =
               (SELECT deal_id FROM deal_event WHERE kind = 'MOVED' ORDER BY id LIMIT 1)
             ORDER BY id",
        ))
        .await
        .unwrap()
        .iter()
        .map(|row| {
            (
                row.try_get::<String>("", "kind").unwrap(),
                row.try_get::<bool>("", "advanced").unwrap(),
            )
        })
        .collect();
    let flagged = |kind: &str, advanced: bool| (kind.to_string(), advanced);
    assert_eq!(
        flags,
        [
            flagged("CREATED", true),
            flagged("MOVED", true),
            flagged("MOVED", true),
            flagged("MOVED", true),
            flagged("WON", false),
        ]
    );
    assert_eq!(app.stale_deal_flags().await, 0);
}

#[tokio::test]
async fn deals_filter_order_and_page_with_ties_broken_by_id() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(&app, "P", &[("一", 10), ("二", 50)]).await;
    let (other_pipeline, other_stages) = pipeline(&app, "Q", &[("甲", 20)]).await;
    let (sales_id, sales) = app
        .create_staff(&admin, "default", "p@corp.cn", "SALES", None)
        .await;
    let customer = app
        .create_customer(&sales, "wm-p", "孙先生", &sales_id)
        .await;
    // (amount, close date, stage, pipeline)
    let plan = [
        (300, "2027-01-10", &stages[0], &pipeline_id),
        (100, "2027-02-10", &stages[1], &pipeline_id),
        (300, "2027-03-10", &stages[0], &pipeline_id),
        (200, "2027-01-20", &stages[1], &pipeline_id),
        (300, "2027-02-20", &other_stages[0], &other_pipeline),
    ];
    let mut ids = Vec::new();
    for (amount, close, stage, pipeline) in plan {
        let created = deal(
            &app,
            &admin,
            json!({ "customerId": customer, "pipelineId": pipeline, "stageId": stage,
                    "title": format!("D{}", ids.len()), "amountFen": amount,
                    "expectedCloseDate": close, "ownerId": sales_id }),
        )
        .await;
        ids.push(created["id"].as_str().unwrap().to_string());
    }
    must(&app, &admin, "dealWin", json!({ "id": ids[3] })).await;

    let query = "query($filter: DealFilter, $order: DealOrder, $first: Int, $after: String) {
        deals(filter: $filter, orderBy: $order, first: $first, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id } } }";
    let listed = |filter: Value, order: Value| {
        let app = &app;
        let admin = admin.clone();
        async move {
            let (total, nodes) = app
                .all_pages(
                    &admin,
                    query,
                    "deals",
                    json!({ "filter": filter, "order": order, "first": 2 }),
                )
                .await;
            let ids: Vec<String> = nodes
                .iter()
                .map(|node| node["id"].as_str().unwrap().to_string())
                .collect();
            (total, ids)
        }
    };
    let pick = |indexes: &[usize]| -> Vec<String> {
        indexes.iter().map(|index| ids[*index].clone()).collect()
    };
    // Amount ascending, pages of 2: 100, 200, then the three 300s by id.
    assert_eq!(
        listed(
            Value::Null,
            json!({ "field": "AMOUNT", "direction": "ASC" })
        )
        .await,
        (5, pick(&[1, 3, 0, 2, 4]))
    );
    // Descending breaks ties by id descending.
    assert_eq!(
        listed(
            Value::Null,
            json!({ "field": "AMOUNT", "direction": "DESC" })
        )
        .await,
        (5, pick(&[4, 2, 0, 3, 1]))
    );
    // The default: newest first.
    assert_eq!(
        listed(Value::Null, Value::Null).await,
        (5, pick(&[4, 3, 2, 1, 0]))
    );
    assert_eq!(
        listed(
            json!({ "pipelineId": pipeline_id }),
            json!({ "field": "EXPECTED_CLOSE_DATE", "direction": "ASC" })
        )
        .await,
        (4, pick(&[0, 3, 1, 2]))
    );
    assert_eq!(
        listed(
            json!({ "stageId": stages[0] }),
            json!({ "field": "TITLE", "direction": "ASC" })
        )
        .await,
        (2, pick(&[0, 2]))
    );
    assert_eq!(
        listed(json!({ "status": "WON" }), Value::Null).await,
        (1, pick(&[3]))
    );
    assert_eq!(
        listed(
            json!({ "status": "OPEN", "ownerId": sales_id }),
            json!({ "field": "AMOUNT", "direction": "ASC" })
        )
        .await,
        (4, pick(&[1, 0, 2, 4]))
    );
    assert_eq!(
        listed(
            json!({ "expectedCloseFrom": "2027-01-20", "expectedCloseTo": "2027-02-20" }),
            json!({ "field": "EXPECTED_CLOSE_DATE", "direction": "ASC" })
        )
        .await,
        (3, pick(&[3, 1, 4]))
    );
    // Backward: the last two by amount ascending.
    let data = app
        .data(
            &admin,
            "{ deals(orderBy: {field: AMOUNT, direction: ASC}, last: 2) { pageInfo { hasPreviousPage } nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["deals"]["pageInfo"]["hasPreviousPage"], true);
    let last: Vec<&str> = data["deals"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["id"].as_str().unwrap())
        .collect();
    assert_eq!(last, [ids[2].as_str(), ids[4].as_str()]);
    // A cursor of another ordering is refused.
    let first = app
        .data(
            &admin,
            "{ deals(first: 1) { pageInfo { endCursor } } }",
            json!({}),
        )
        .await;
    let body = app
        .graphql(
            Some(&admin),
            "query($after: String) { deals(orderBy: {field: AMOUNT}, first: 1, after: $after) { totalCount } }",
            json!({ "after": first["deals"]["pageInfo"]["endCursor"] }),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

#[tokio::test]
async fn sales_see_their_own_managers_their_tree_admins_all_archive_roles_nothing() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(&app, "P", &[("一", 10), ("二", 50)]).await;
    let east = app.create_department(&admin, "华东", None).await;
    let shanghai = app.create_department(&admin, "上海", Some(&east)).await;
    let north = app.create_department(&admin, "华北", None).await;
    let (_, manager) = app
        .create_staff(&admin, "default", "m@corp.cn", "MANAGER", Some(&east))
        .await;
    let (s1_id, s1) = app
        .create_staff(&admin, "default", "s1@corp.cn", "SALES", Some(&shanghai))
        .await;
    let (s2_id, s2) = app
        .create_staff(&admin, "default", "s2@corp.cn", "SALES", Some(&north))
        .await;
    let c1 = app.create_customer(&s1, "wm-1", "客户一", &s1_id).await;
    let c2 = app.create_customer(&s2, "wm-2", "客户二", &s2_id).await;
    let input = |customer: &str, owner: &str| {
        with(
            base_input(customer, &pipeline_id, &stages[0]),
            json!({ "ownerId": owner }),
        )
    };
    let d1 = deal(&app, &admin, input(&c1, &s1_id)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let d2 = deal(&app, &admin, input(&c2, &s2_id)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    // A manager creates deals for their team, not for others'.
    let d3 = deal(&app, &manager, input(&c1, &s1_id)).await["id"]
        .as_str()
        .unwrap()
        .to_string();
    let outside = mutate(&app, &manager, "dealCreate", input(&c1, &s2_id)).await;
    assert_eq!(fields(&outside["userErrors"]), ["input.ownerId"]);

    let visible = |token: String| {
        let app = &app;
        async move {
            let data = app
                .data(&token, "{ deals(orderBy: {field: CREATED_AT, direction: ASC}) { totalCount nodes { id } } }", json!({}))
                .await;
            data["deals"]["nodes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|node| node["id"].as_str().unwrap().to_string())
                .collect::<Vec<_>>()
        }
    };
    assert_eq!(
        visible(admin.clone()).await,
        [d1.clone(), d2.clone(), d3.clone()]
    );
    assert_eq!(visible(manager.clone()).await, [d1.clone(), d3.clone()]);
    assert_eq!(visible(s1.clone()).await, [d1.clone(), d3.clone()]);
    assert_eq!(visible(s2.clone()).await, std::slice::from_ref(&d2));

    // Out of scope is not found, and cannot be moved or closed.
    let body = app
        .graphql(
            Some(&s1),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": d2 }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");
    for (token, id) in [(&s1, &d2), (&manager, &d2)] {
        let refused = mutate(
            &app,
            token,
            "dealMove",
            json!({ "id": id, "stageId": stages[1] }),
        )
        .await;
        assert_eq!(refused["userErrors"][0]["field"], json!(["input", "id"]));
        assert_eq!(refused["userErrors"][0]["code"], "NOT_FOUND");
    }
    let refused = mutate(&app, &s2, "dealWin", json!({ "id": d1 })).await;
    assert_eq!(refused["userErrors"][0]["code"], "NOT_FOUND");
    assert_eq!(read_deal(&app, &admin, &d2).await["status"], "OPEN");
    assert_eq!(read_deal(&app, &admin, &d1).await["status"], "OPEN");
    // Sales own their deals: s1 moves d1.
    must(
        &app,
        &s1,
        "dealMove",
        json!({ "id": d1, "stageId": stages[1] }),
    )
    .await;

    // Archive roles have no part in deals or pipelines.
    let compliance = app.compliance_token().await;
    let (_, auditor) = app
        .create_staff(&admin, "default", "auditor@corp.cn", "AUDITOR", None)
        .await;
    for token in [&compliance, &auditor] {
        for query in ["{ deals { totalCount } }", "{ pipelines { totalCount } }"] {
            let body = app.graphql(Some(token), query, json!({})).await;
            assert_eq!(error_code(&body), "FORBIDDEN", "{query}");
        }
        let body = app
            .graphql(
                Some(token),
                "query($p: ID!) { pipelineForecast(pipelineId: $p, from: \"2027-01-01\", to: \"2027-12-31\", groupBy: OWNER) { key } }",
                json!({ "p": pipeline_id }),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN");
        let body = app
            .graphql(
                Some(token),
                "mutation($input: DealCreateInput!) { dealCreate(input: $input) { userErrors { message } } }",
                json!({ "input": input(&c1, &s1_id) }),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN");
    }
}

#[tokio::test]
async fn another_tenants_pipelines_and_deals_are_invisible_and_untouchable() {
    let app = spawn_app().await;
    let admin = app.admin_token.clone();
    let (pipeline_id, stages) = pipeline(&app, "P", &[("一", 10), ("二", 50)]).await;
    let admin_id = app.viewer_id(&admin).await;
    let customer = app.create_customer(&admin, "wm-t", "客户", &admin_id).await;
    let id = deal(
        &app,
        &admin,
        base_input(&customer, &pipeline_id, &stages[0]),
    )
    .await["id"]
        .as_str()
        .unwrap()
        .to_string();

    let other = app.create_tenant("acme").await;
    let other_admin = app.viewer_id(&other).await;
    let data = app
        .data(
            &other,
            "{ pipelines { totalCount } deals { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(data["pipelines"]["totalCount"], 0);
    assert_eq!(data["deals"]["totalCount"], 0);
    for node in [&id, &pipeline_id, &stages[0]] {
        let body = app
            .graphql(
                Some(&other),
                "query($id: ID!) { node(id: $id) { id } }",
                json!({ "id": node }),
            )
            .await;
        assert_eq!(error_code(&body), "NOT_FOUND");
    }
    let moved = mutate(
        &app,
        &other,
        "dealMove",
        json!({ "id": id, "stageId": stages[1] }),
    )
    .await;
    assert_eq!(moved["userErrors"][0]["code"], "NOT_FOUND");
    let lost = mutate(&app, &other, "dealLose", json!({ "id": id, "reason": "x" })).await;
    assert_eq!(lost["userErrors"][0]["code"], "NOT_FOUND");
    let archived = mutate(
        &app,
        &other,
        "pipelineStageArchive",
        json!({ "stageId": stages[1] }),
    )
    .await;
    assert_eq!(fields(&archived["userErrors"]), ["input.stageId"]);
    let renamed = mutate(
        &app,
        &other,
        "pipelineUpdate",
        json!({ "id": pipeline_id, "name": "偷" }),
    )
    .await;
    assert_eq!(renamed["userErrors"][0]["code"], "NOT_FOUND");
    let their_customer = app
        .create_customer(&other, "wm-o", "他们的客户", &other_admin)
        .await;
    let into_ours = mutate(
        &app,
        &other,
        "dealCreate",
        base_input(&their_customer, &pipeline_id, &stages[0]),
    )
    .await;
    assert_eq!(
        fields(&into_ours["userErrors"]),
        ["input.pipelineId", "input.stageId"]
    );
    let body = app
        .graphql(
            Some(&other),
            "query($p: ID!) { pipelineForecast(pipelineId: $p, from: \"2027-01-01\", to: \"2027-12-31\", groupBy: OWNER) { key } }",
            json!({ "p": pipeline_id }),
        )
        .await;
    assert_eq!(error_code(&body), "NOT_FOUND");

    let ours = read_deal(&app, &admin, &id).await;
    assert_eq!(ours["status"], "OPEN");
    assert_eq!(ours["stage"]["id"], stages[0].as_str());
    assert_eq!(ours["history"].as_array().unwrap().len(), 1);
    let pipeline = app
        .data(
            &admin,
            "query($id: ID!) { node(id: $id) { ... on Pipeline { name stages { archived } } } }",
            json!({ "id": pipeline_id }),
        )
        .await;
    assert_eq!(pipeline["node"]["name"], "P");
    assert_eq!(pipeline["node"]["stages"][1]["archived"], false);
}
