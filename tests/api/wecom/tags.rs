//! Two-way tags: groups and tags made in scrm are made in WeCom first (keeping WeCom's ids),
//! tagging customers marks their follows in WeCom, and a WeCom refusal changes nothing here.

use entity::{customer, follow_tag, tag, tag_group};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use super::sync::sync;
use super::{small_corp, spawn_with_wecom};

fn global(kind: api::graphql::ids::NodeKind, id: i64) -> String {
    api::graphql::ids::encode(kind, id).to_string()
}

fn recorded(state: &Value, path: &str) -> Vec<Value> {
    state["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|call| call["path"] == path)
        .map(|call| call["body"].clone())
        .collect()
}

#[tokio::test]
async fn tags_made_in_scrm_reach_wecom_and_a_refusal_changes_nothing() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let token = &h.app.admin_token;

    let data = h
        .app
        .data(
            token,
            "mutation { tagGroupCreate(input: {name: \"意向\", tags: [\"高\", \"低\"]}) { tagGroup { id } userErrors { message } } }",
            json!({}),
        )
        .await;
    assert_eq!(data["tagGroupCreate"]["userErrors"], json!([]), "{data}");
    let db = h.app.db().await;
    let group = tag_group::Entity::find()
        .filter(tag_group::Column::Name.eq("意向"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let state = h.fake_state().await;
    let in_wecom = state["tag_group"]
        .as_array()
        .unwrap()
        .iter()
        .find(|listed| listed["group_name"] == "意向")
        .cloned()
        .expect("the group is in WeCom");
    assert_eq!(
        Some(in_wecom["group_id"].as_str().unwrap()),
        group.wecom_id.as_deref()
    );
    assert_eq!(in_wecom["tag"].as_array().unwrap().len(), 2);

    let data = h
        .app
        .data(
            token,
            "mutation($input: TagCreateInput!) { tagCreate(input: $input) { tag { id name } userErrors { message } } }",
            json!({"input": {"groupId": global(api::graphql::ids::NodeKind::TagGroup, group.id), "name": "中"}}),
        )
        .await;
    assert_eq!(data["tagCreate"]["userErrors"], json!([]), "{data}");
    let middle = tag::Entity::find()
        .filter(tag::Column::Name.eq("中"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let middle_wecom = middle.wecom_id.clone().expect("WeCom's id kept");

    // Tagging a customer marks the follow in WeCom.
    let customer = customer::Entity::find()
        .filter(customer::Column::ExternalUserid.eq("wmcust00004"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let tag_input = json!({"input": {
        "customerIds": [global(api::graphql::ids::NodeKind::Customer, customer.id)],
        "tagIds": [global(api::graphql::ids::NodeKind::Tag, middle.id)],
    }});
    let data = h
        .app
        .data(
            token,
            "mutation($input: CustomerTagInput!) { customerTag(input: $input) { userErrors { message } } }",
            tag_input.clone(),
        )
        .await;
    assert_eq!(data["customerTag"]["userErrors"], json!([]), "{data}");
    let marks = recorded(&h.fake_state().await, "/cgi-bin/externalcontact/mark_tag");
    assert_eq!(
        marks,
        vec![
            json!({"userid": "staff004", "external_userid": "wmcust00004", "add_tag": [middle_wecom]})
        ]
    );

    // WeCom refuses: the error comes back and scrm is unchanged.
    let links_before = follow_tag::Entity::find().count(&db).await.unwrap();
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/externalcontact/mark_tag", "errcode": 40068}),
    )
    .await;
    let refused = h
        .app
        .graphql(
            Some(token),
            "mutation($input: CustomerTagInput!) { customerUntag(input: $input) { userErrors { message } } }",
            tag_input,
        )
        .await;
    assert!(refused.to_string().contains("40068"), "{refused}");
    assert_eq!(
        follow_tag::Entity::find().count(&db).await.unwrap(),
        links_before
    );

    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/externalcontact/add_corp_tag", "errcode": 40068}),
    )
    .await;
    let refused = h
        .app
        .graphql(
            Some(token),
            "mutation($input: TagCreateInput!) { tagCreate(input: $input) { tag { id } userErrors { message } } }",
            json!({"input": {"groupId": global(api::graphql::ids::NodeKind::TagGroup, group.id), "name": "无"}}),
        )
        .await;
    assert!(refused.to_string().contains("40068"), "{refused}");
    let none = tag::Entity::find()
        .filter(tag::Column::Name.eq("无"))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(none, 0);
}
