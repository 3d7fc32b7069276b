use api::graphql::ids::decode_any;
use serde_json::{Value, json};

use crate::helpers::{TestApp, error_code, spawn_app, spawn_app_with};

const CUSTOMER_FIELDS: &str = "id externalUserid name corpName follows { staff { id email } remark addWay state createdAt tags { name } } tags { name }";

async fn page(app: &TestApp, arguments: &str) -> Value {
    let query = format!(
        "{{ customers({arguments}) {{ totalCount pageInfo {{ hasNextPage hasPreviousPage startCursor endCursor }} edges {{ cursor node {{ id name }} }} }} }}"
    );
    app.data(&app.admin_token, &query, json!({})).await["customers"].clone()
}

fn ids_of(connection: &Value) -> Vec<String> {
    connection["edges"]
        .as_array()
        .unwrap()
        .iter()
        .map(|edge| edge["node"]["id"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn create_read_update_a_customer_with_its_follow() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    let data = app
        .data(
            &app.admin_token,
            &format!("mutation($input: CustomerCreateInput!) {{ customerCreate(input: $input) {{ customer {{ {CUSTOMER_FIELDS} }} userErrors {{ field message }} }} }}"),
            json!({ "input": { "externalUserid": "wmAbc123", "name": "王芳", "corpName": "陆家嘴资本", "followerId": admin_id, "remark": "VIP", "addWay": 1, "state": "channel-7" } }),
        )
        .await;
    let customer = &data["customerCreate"]["customer"];
    assert_eq!(customer["name"], "王芳");
    assert_eq!(customer["follows"][0]["staff"]["id"], admin_id.as_str());
    assert_eq!(customer["follows"][0]["remark"], "VIP");
    assert_eq!(customer["follows"][0]["addWay"], 1);
    assert_eq!(customer["follows"][0]["state"], "channel-7");
    let id = customer["id"].as_str().unwrap();

    let data = app
        .data(
            &app.admin_token,
            "mutation($id: ID!) { customerUpdate(input: {id: $id, name: \"王芳芳\", corpName: null}) { customer { name corpName } userErrors { message } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        data["customerUpdate"]["customer"],
        json!({ "name": "王芳芳", "corpName": null })
    );

    let data = app.data(&app.admin_token, "query($id: ID!) { customer(id: $id) { name } node(id: $id) { id ... on Customer { externalUserid } } }", json!({ "id": id })).await;
    assert_eq!(data["customer"]["name"], "王芳芳");
    assert_eq!(data["node"]["externalUserid"], "wmAbc123");
}

#[tokio::test]
async fn adding_a_known_contact_adds_a_follow_and_a_second_identical_follow_conflicts() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    let (sales_id, _) = app
        .create_staff(&app.admin_token, "default", "zhao@corp.cn", "SALES", None)
        .await;
    let first = app
        .create_customer(&app.admin_token, "wmShared", "李雷", &admin_id)
        .await;
    let second = app
        .create_customer(&app.admin_token, "wmShared", "李雷", &sales_id)
        .await;
    assert_eq!(first, second, "same external contact, same customer");
    let data = app
        .data(
            &app.admin_token,
            "query($id: ID!) { customer(id: $id) { follows { staff { id } } } }",
            json!({ "id": first }),
        )
        .await;
    assert_eq!(data["customer"]["follows"].as_array().unwrap().len(), 2);

    let data = app
        .data(
            &app.admin_token,
            "mutation($follower: ID!) { customerCreate(input: {externalUserid: \"wmShared\", name: \"李雷\", followerId: $follower}) { customer { id } userErrors { field code } } }",
            json!({ "follower": sales_id }),
        )
        .await;
    assert_eq!(data["customerCreate"]["userErrors"][0]["code"], "CONFLICT");
}

#[tokio::test]
async fn invalid_customer_input_names_each_field_and_creates_nothing() {
    let app = spawn_app().await;
    let data = app
        .data(
            &app.admin_token,
            "mutation { customerCreate(input: {externalUserid: \"\", name: \"\", followerId: \"U3RhZmY6OTk5OTk\", state: \"0123456789012345678901234567890123\"}) { customer { id } userErrors { field code } } }",
            json!({}),
        )
        .await;
    let errors = data["customerCreate"]["userErrors"].as_array().unwrap();
    let fields: Vec<&Value> = errors.iter().map(|error| &error["field"]).collect();
    for expected in [
        json!(["input", "externalUserid"]),
        json!(["input", "name"]),
        json!(["input", "followerId"]),
        json!(["input", "state"]),
    ] {
        assert!(
            fields.contains(&&expected),
            "{expected} missing in {errors:?}"
        );
    }
    assert_eq!(page(&app, "first: 10").await["totalCount"], 0);
}

#[tokio::test]
async fn paging_forward_and_backward_visits_every_customer_once_in_a_stable_order() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    // Many equal names: the id tie-break must keep the order total.
    for index in 0..25 {
        let name = if index % 3 == 0 {
            "同名".to_string()
        } else {
            format!("客户{:02}", index % 7)
        };
        app.create_customer(&app.admin_token, &format!("wm{index:03}"), &name, &admin_id)
            .await;
    }
    let order = "orderBy: {field: NAME, direction: ASC}";
    let mut forward = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let arguments = match &after {
            Some(cursor) => format!("first: 10, after: \"{cursor}\", {order}"),
            None => format!("first: 10, {order}"),
        };
        let connection = page(&app, &arguments).await;
        assert_eq!(connection["totalCount"], 25);
        forward.extend(ids_of(&connection));
        if connection["pageInfo"]["hasNextPage"] == false {
            break;
        }
        after = Some(
            connection["pageInfo"]["endCursor"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    assert_eq!(forward.len(), 25);
    let mut unique = forward.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), 25, "no customer twice");

    let mut backward = Vec::new();
    let mut before: Option<String> = None;
    loop {
        let arguments = match &before {
            Some(cursor) => format!("last: 10, before: \"{cursor}\", {order}"),
            None => format!("last: 10, {order}"),
        };
        let connection = page(&app, &arguments).await;
        let mut ids = ids_of(&connection);
        ids.extend(backward);
        backward = ids;
        if connection["pageInfo"]["hasPreviousPage"] == false {
            break;
        }
        before = Some(
            connection["pageInfo"]["startCursor"]
                .as_str()
                .unwrap()
                .to_string(),
        );
    }
    assert_eq!(backward, forward, "backward paging yields the same order");

    // Sorted by (name, id): equal names appear in id order.
    let names = app
        .data(
            &app.admin_token,
            &format!("{{ customers(first: 100, {order}) {{ nodes {{ id name }} }} }}"),
            json!({}),
        )
        .await;
    let rows: Vec<(String, i64)> = names["customers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            (
                node["name"].as_str().unwrap().to_string(),
                decode_any(node["id"].as_str().unwrap()).unwrap().number,
            )
        })
        .collect();
    let mut sorted = rows.clone();
    sorted.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    assert_eq!(
        rows.iter().map(|row| row.1).collect::<Vec<_>>(),
        sorted.iter().map(|row| row.1).collect::<Vec<_>>()
    );
}

#[tokio::test]
async fn a_cursor_of_another_ordering_is_refused() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    for index in 0..3 {
        app.create_customer(&app.admin_token, &format!("wm{index}"), "客户", &admin_id)
            .await;
    }
    let connection = page(&app, "first: 1, orderBy: {field: NAME}").await;
    let cursor = connection["pageInfo"]["endCursor"].as_str().unwrap();
    let body = app
        .graphql(
            Some(&app.admin_token),
            &format!("{{ customers(first: 1, after: \"{cursor}\") {{ totalCount }} }}"),
            json!({}),
        )
        .await;
    assert_eq!(error_code(&body), "BAD_USER_INPUT");
}

#[tokio::test]
async fn filters_combine_with_and_or_not() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    app.create_customer(&app.admin_token, "wm1", "张三", &admin_id)
        .await;
    app.create_customer(&app.admin_token, "wm2", "张四", &admin_id)
        .await;
    app.create_customer(&app.admin_token, "wm3", "李四", &admin_id)
        .await;
    app.create_customer(&app.admin_token, "wm4", "Wang Fang_100%", &admin_id)
        .await;
    let count = |filter: &'static str| {
        let app = &app;
        async move {
            page(app, &format!("first: 10, filter: {filter}")).await["totalCount"]
                .as_u64()
                .unwrap()
        }
    };
    assert_eq!(count("{name: {startsWith: \"张\"}}").await, 2);
    assert_eq!(count("{name: {contains: \"四\"}}").await, 2);
    assert_eq!(
        count("{and: [{name: {startsWith: \"张\"}}, {name: {contains: \"四\"}}]}").await,
        1
    );
    assert_eq!(
        count("{or: [{name: {eq: \"张三\"}}, {name: {eq: \"李四\"}}]}").await,
        2
    );
    assert_eq!(count("{not: {name: {contains: \"四\"}}}").await, 2);
    assert_eq!(
        count("{externalUserid: {in: [\"wm1\", \"wm4\", \"nope\"]}}").await,
        2
    );
    // Wildcards in user text match literally; contains ignores ASCII case.
    assert_eq!(count("{name: {contains: \"_100%\"}}").await, 1);
    assert_eq!(count("{name: {contains: \"wang\"}}").await, 1);
    assert_eq!(count("{name: {contains: \"%\"}}").await, 1);
    let by_follower = page(
        &app,
        &format!("first: 10, filter: {{followerId: \"{admin_id}\"}}"),
    )
    .await;
    assert_eq!(by_follower["totalCount"], 4);
}

#[tokio::test]
async fn tagging_a_batch_applies_all_or_nothing() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    let (_, tags) = app
        .create_tag_group(&app.admin_token, "客户等级", &["高净值", "潜力"])
        .await;
    let first = app
        .create_customer(&app.admin_token, "wm1", "张三", &admin_id)
        .await;
    let second = app
        .create_customer(&app.admin_token, "wm2", "李四", &admin_id)
        .await;
    let tag_mutation = "mutation($input: CustomerTagInput!) { customerTag(input: $input) { customers { id tags { name } } userErrors { field message code } } }";

    // One unknown customer: nothing is applied, and the bad position is named.
    let missing = api::graphql::ids::encode(api::graphql::ids::NodeKind::Customer, 999_999).0;
    let data = app
        .data(
            &app.admin_token,
            tag_mutation,
            json!({ "input": { "customerIds": [first, missing], "tagIds": tags } }),
        )
        .await;
    let errors = &data["customerTag"]["userErrors"];
    assert_eq!(errors[0]["field"], json!(["input", "customerIds", "1"]));
    assert_eq!(errors[0]["code"], "NOT_FOUND");
    let tagged = page(
        &app,
        &format!("first: 10, filter: {{tagId: \"{}\"}}", tags[0]),
    )
    .await;
    assert_eq!(tagged["totalCount"], 0, "a failed batch changes nothing");

    // The valid batch applies to every customer; repeating it is harmless.
    for _ in 0..2 {
        let data = app
            .data(
                &app.admin_token,
                tag_mutation,
                json!({ "input": { "customerIds": [first, second], "tagIds": tags } }),
            )
            .await;
        assert_eq!(data["customerTag"]["userErrors"], json!([]));
        for customer in data["customerTag"]["customers"].as_array().unwrap() {
            assert_eq!(
                customer["tags"],
                json!([{ "name": "高净值" }, { "name": "潜力" }])
            );
        }
    }
    let tagged = page(
        &app,
        &format!("first: 10, filter: {{tagId: \"{}\"}}", tags[1]),
    )
    .await;
    assert_eq!(tagged["totalCount"], 2);

    let data = app
        .data(
            &app.admin_token,
            "mutation($input: CustomerTagInput!) { customerUntag(input: $input) { customers { tags { name } } userErrors { message } } }",
            json!({ "input": { "customerIds": [first], "tagIds": [tags[0]] } }),
        )
        .await;
    assert_eq!(
        data["customerUntag"]["customers"][0]["tags"],
        json!([{ "name": "潜力" }])
    );
}

#[tokio::test]
async fn a_customer_tagged_on_two_follows_counts_once_and_each_role_counts_its_own() {
    let app = spawn_app().await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    let (sales_id, sales_token) = app
        .create_staff(&app.admin_token, "default", "qian@corp.cn", "SALES", None)
        .await;
    let (_, tags) = app
        .create_tag_group(&app.admin_token, "客户等级", &["高净值"])
        .await;
    // Followed by both (two follows), by the salesperson only, by the admin only.
    let shared = app
        .create_customer(&app.admin_token, "wmShared", "李雷", &admin_id)
        .await;
    app.create_customer(&app.admin_token, "wmShared", "李雷", &sales_id)
        .await;
    let sales_only = app
        .create_customer(&app.admin_token, "wmSales", "韩梅梅", &sales_id)
        .await;
    let admin_only = app
        .create_customer(&app.admin_token, "wmAdmin", "王五", &admin_id)
        .await;
    let data = app
        .data(
            &app.admin_token,
            "mutation($input: CustomerTagInput!) { customerTag(input: $input) { userErrors { message } } }",
            json!({ "input": { "customerIds": [shared, sales_only, admin_only], "tagIds": tags } }),
        )
        .await;
    assert_eq!(data["customerTag"]["userErrors"], json!([]));

    let count = |token: String, filter: String| {
        let app = &app;
        async move {
            let query = format!("{{ customers(first: 1, filter: {filter}) {{ totalCount }} }}");
            app.data(&token, &query, json!({})).await["customers"]["totalCount"].clone()
        }
    };
    let tag = &tags[0];
    // One tag alone (the admin's count straight from the tags), and the same set through the
    // general filter path: the shared customer counts once either way.
    for filter in [
        format!("{{tagId: \"{tag}\"}}"),
        format!("{{and: [{{tagId: \"{tag}\"}}]}}"),
        format!("{{or: [{{tagId: \"{tag}\"}}, {{tagId: \"{tag}\"}}]}}"),
    ] {
        assert_eq!(
            count(app.admin_token.clone(), filter.clone()).await,
            3,
            "{filter}"
        );
        assert_eq!(
            count(sales_token.clone(), filter.clone()).await,
            2,
            "{filter}"
        );
    }
}

#[tokio::test]
async fn listing_customers_with_follows_and_tags_costs_a_constant_number_of_statements() {
    let app = spawn_app_with(|settings| {
        // Counting statements: no background job polls may land in between.
        settings.jobs.workers = 0;
    })
    .await;
    let admin_id = app.viewer_id(&app.admin_token).await;
    let (_, staff_token) = app
        .create_staff(&app.admin_token, "default", "s1@corp.cn", "SALES", None)
        .await;
    let sales_id = app.viewer_id(&staff_token).await;
    let (_, tags) = app
        .create_tag_group(&app.admin_token, "等级", &["A", "B"])
        .await;
    let mut customers = Vec::new();
    for index in 0..100 {
        let follower = if index % 2 == 0 { &admin_id } else { &sales_id };
        customers.push(
            app.create_customer(
                &app.admin_token,
                &format!("wm{index:03}"),
                &format!("客户{index}"),
                follower,
            )
            .await,
        );
    }
    app.data(
        &app.admin_token,
        "mutation($input: CustomerTagInput!) { customerTag(input: $input) { userErrors { message } } }",
        json!({ "input": { "customerIds": customers, "tagIds": tags } }),
    )
    .await;

    let mut costs = Vec::new();
    for size in [10, 100] {
        let query = format!(
            "{{ customers(first: {size}) {{ totalCount nodes {{ name tags {{ name }} follows {{ remark staff {{ name department {{ name }} }} tags {{ name }} }} }} }} }}"
        );
        let (data, statements) = app.data_and_statements(&app.admin_token, &query).await;
        costs.push(statements);
        let nodes = data["customers"]["nodes"].as_array().unwrap();
        assert_eq!(nodes.len(), size);
        assert!(
            nodes
                .iter()
                .all(|node| node["tags"].as_array().unwrap().len() == 2)
        );
    }
    assert_eq!(
        costs[0], costs[1],
        "statements for 10 vs 100 customers: {costs:?}"
    );
    assert!(
        costs[1] <= 10,
        "a handful of statements, not one per customer: {costs:?}"
    );
}

#[tokio::test]
async fn the_follower_defaults_to_the_caller() {
    let app = spawn_app().await;
    let (sales_id, sales) = app
        .create_staff(&app.admin_token, "default", "s@corp.cn", "SALES", None)
        .await;
    let data = app
        .data(
            &sales,
            "mutation { customerCreate(input: {externalUserid: \"wmMine\", name: \"韩梅梅\"}) { customer { id follows { staff { id } } } userErrors { field code } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["customerCreate"]["userErrors"], json!([]), "{data}");
    let customer = &data["customerCreate"]["customer"];
    assert_eq!(customer["follows"][0]["staff"]["id"], sales_id.as_str());
    let listed = app
        .data(
            &sales,
            "{ customers(first: 10) { nodes { id } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        listed["customers"]["nodes"],
        json!([{ "id": customer["id"] }])
    );

    // An admin creating without a follower follows the customer themselves.
    let admin_id = app.viewer_id(&app.admin_token).await;
    let data = app
        .data(
            &app.admin_token,
            "mutation { customerCreate(input: {externalUserid: \"wmAdmins\", name: \"李雷\"}) { customer { follows { staff { id } } } userErrors { field code } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        data["customerCreate"]["customer"]["follows"][0]["staff"]["id"],
        admin_id.as_str()
    );
}
