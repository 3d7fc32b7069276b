//! Two-way tags: groups and tags made in scrm are made in WeCom first (keeping WeCom's ids),
//! renamed and deleted in WeCom first, tagging customers marks their follows in WeCom, and a
//! WeCom refusal changes nothing here.

use api::graphql::ids::NodeKind;
use entity::{customer, follow_tag, tag, tag_group};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use super::sync::sync;
use super::{WecomHarness, small_corp, spawn_with_wecom};

fn global(kind: NodeKind, id: i64) -> String {
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

const EDIT: &str = "/cgi-bin/externalcontact/edit_corp_tag";
const DELETE: &str = "/cgi-bin/externalcontact/del_corp_tag";

/// Runs `field(input: $input) { <selection> userErrors { field message code } }` as the
/// admin and answers the whole body (data and errors).
async fn mutate(
    h: &WecomHarness,
    field: &str,
    input_type: &str,
    selection: &str,
    input: Value,
) -> Value {
    let query = format!(
        "mutation($input: {input_type}!) {{ {field}(input: $input) {{ {selection} userErrors {{ field message code }} }} }}"
    );
    h.app
        .graphql(Some(&h.app.admin_token), &query, json!({ "input": input }))
        .await
}

/// The payload of a mutation that must have succeeded.
async fn mutated(
    h: &WecomHarness,
    field: &str,
    input_type: &str,
    selection: &str,
    input: Value,
) -> Value {
    let body = mutate(h, field, input_type, selection, input).await;
    assert!(body.get("errors").is_none(), "{field}: {body:#}");
    let payload = body["data"][field].clone();
    assert_eq!(payload["userErrors"], json!([]), "{field}: {payload:#}");
    payload
}

async fn local_tag(h: &WecomHarness, wecom_id: &str) -> Option<tag::Model> {
    tag::Entity::find()
        .filter(tag::Column::WecomId.eq(wecom_id))
        .one(&h.app.db().await)
        .await
        .unwrap()
}

async fn local_group(h: &WecomHarness, wecom_id: &str) -> Option<tag_group::Model> {
    tag_group::Entity::find()
        .filter(tag_group::Column::WecomId.eq(wecom_id))
        .one(&h.app.db().await)
        .await
        .unwrap()
}

/// The group WeCom holds with this id, if any.
fn wecom_group(state: &Value, group_id: &str) -> Option<Value> {
    state["tag_group"]
        .as_array()
        .unwrap()
        .iter()
        .find(|group| group["group_id"] == group_id)
        .cloned()
}

/// The tag WeCom holds with this id, if any.
fn wecom_tag(state: &Value, tag_id: &str) -> Option<Value> {
    state["tag_group"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|group| group["tag"].as_array().unwrap().iter())
        .find(|tag| tag["id"] == tag_id)
        .cloned()
}

async fn links_of(h: &WecomHarness, tag_ids: &[i64]) -> u64 {
    follow_tag::Entity::find()
        .filter(follow_tag::Column::TagId.is_in(tag_ids.to_vec()))
        .count(&h.app.db().await)
        .await
        .unwrap()
}

#[tokio::test]
async fn renaming_synced_tags_and_groups_renames_them_in_wecom_first() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let tag = local_tag(&h, "ettag000001").await.expect("synced tag");
    let group = local_group(&h, "etgroup000").await.expect("synced group");

    let payload = mutated(
        &h,
        "tagUpdate",
        "TagUpdateInput",
        "tag { id name }",
        json!({"id": global(NodeKind::Tag, tag.id), "name": " 重要 "}),
    )
    .await;
    assert_eq!(
        payload["tag"],
        json!({"id": global(NodeKind::Tag, tag.id), "name": "重要"})
    );
    let payload = mutated(
        &h,
        "tagGroupUpdate",
        "TagGroupUpdateInput",
        "tagGroup { id name tags { name } }",
        json!({"id": global(NodeKind::TagGroup, group.id), "name": "客户分级"}),
    )
    .await;
    assert_eq!(payload["tagGroup"]["name"], "客户分级");
    assert_eq!(
        payload["tagGroup"]["tags"],
        json!([{"name": "标签1-1"}, {"name": "重要"}, {"name": "标签1-3"}])
    );

    let state = h.fake_state().await;
    assert_eq!(
        recorded(&state, EDIT),
        vec![
            json!({"id": "ettag000001", "name": "重要"}),
            json!({"id": "etgroup000", "name": "客户分级"}),
        ]
    );
    assert_eq!(wecom_tag(&state, "ettag000001").unwrap()["name"], "重要");
    assert_eq!(
        wecom_group(&state, "etgroup000").unwrap()["group_name"],
        "客户分级"
    );
    assert_eq!(local_tag(&h, "ettag000001").await.unwrap().name, "重要");
    assert_eq!(
        local_group(&h, "etgroup000").await.unwrap().name,
        "客户分级"
    );

    // A name taken in the group (or, for groups, in the tenant) is a user error, and WeCom is
    // not asked.
    let taken = mutate(
        &h,
        "tagUpdate",
        "TagUpdateInput",
        "tag { id }",
        json!({"id": global(NodeKind::Tag, tag.id), "name": "标签1-1"}),
    )
    .await;
    assert_eq!(taken["data"]["tagUpdate"]["tag"], Value::Null, "{taken:#}");
    let errors = &taken["data"]["tagUpdate"]["userErrors"];
    assert_eq!(errors[0]["code"], "CONFLICT", "{taken:#}");
    assert_eq!(errors[0]["field"], json!(["input", "name"]), "{taken:#}");
    let taken = mutate(
        &h,
        "tagGroupUpdate",
        "TagGroupUpdateInput",
        "tagGroup { id }",
        json!({"id": global(NodeKind::TagGroup, group.id), "name": "标签组2"}),
    )
    .await;
    let errors = &taken["data"]["tagGroupUpdate"]["userErrors"];
    assert_eq!(errors[0]["code"], "CONFLICT", "{taken:#}");
    assert_eq!(errors[0]["field"], json!(["input", "name"]), "{taken:#}");
    assert_eq!(recorded(&h.fake_state().await, EDIT).len(), 2);

    // WeCom refuses: the error comes back and nothing changes here (nor there).
    h.control("/fake/faults", json!({"path": EDIT, "errcode": 40068}))
        .await;
    let refused = mutate(
        &h,
        "tagUpdate",
        "TagUpdateInput",
        "tag { id }",
        json!({"id": global(NodeKind::Tag, tag.id), "name": "不要"}),
    )
    .await;
    assert_eq!(
        refused["errors"][0]["extensions"]["code"], "CONFLICT",
        "{refused:#}"
    );
    assert!(refused.to_string().contains("40068"), "{refused}");
    assert_eq!(local_tag(&h, "ettag000001").await.unwrap().name, "重要");
    assert_eq!(
        wecom_tag(&h.fake_state().await, "ettag000001").unwrap()["name"],
        "重要"
    );

    // The next sync finds both sides agreeing.
    let synced = sync(&h, json!({"kinds": ["TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    assert_eq!(local_tag(&h, "ettag000001").await.unwrap().name, "重要");
    assert_eq!(
        local_group(&h, "etgroup000").await.unwrap().name,
        "客户分级"
    );
}

#[tokio::test]
async fn deleting_synced_tags_and_groups_deletes_them_in_wecom_and_from_customers() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let db = h.app.db().await;
    let links_before = follow_tag::Entity::find().count(&db).await.unwrap();

    // A tag: gone in WeCom, here, and from the customers that had it.
    let doomed = local_tag(&h, "ettag000000").await.expect("synced tag");
    let doomed_links = links_of(&h, &[doomed.id]).await;
    assert!(doomed_links > 0, "customers carry the tag");
    let payload = mutated(
        &h,
        "tagDelete",
        "TagDeleteInput",
        "deletedTagId",
        json!({"id": global(NodeKind::Tag, doomed.id)}),
    )
    .await;
    assert_eq!(payload["deletedTagId"], global(NodeKind::Tag, doomed.id));
    let state = h.fake_state().await;
    assert_eq!(
        recorded(&state, DELETE),
        vec![json!({"tag_id": ["ettag000000"]})]
    );
    assert!(wecom_tag(&state, "ettag000000").is_none());
    assert!(
        wecom_group(&state, "etgroup000").is_some(),
        "its group stays"
    );
    assert!(local_tag(&h, "ettag000000").await.is_none());
    assert_eq!(links_of(&h, &[doomed.id]).await, 0);
    assert_eq!(
        follow_tag::Entity::find().count(&db).await.unwrap(),
        links_before - doomed_links,
        "only the deleted tag's links went"
    );
    // wmcust00001 had only that tag (on both of its follows).
    let customer = customer::Entity::find()
        .filter(customer::Column::ExternalUserid.eq("wmcust00001"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let seen = h
        .app
        .data(
            &h.app.admin_token,
            "query($id: ID!) { customer(id: $id) { tags { name } follows { tags { name } } } }",
            json!({"id": global(NodeKind::Customer, customer.id)}),
        )
        .await;
    assert_eq!(
        seen["customer"],
        json!({"tags": [], "follows": [{"tags": []}, {"tags": []}]}),
        "{seen:#}"
    );

    // A group: gone in WeCom, here, with its tags and their links.
    let group = local_group(&h, "etgroup001").await.expect("synced group");
    let group_tags: Vec<i64> = tag::Entity::find()
        .filter(tag::Column::GroupId.eq(group.id))
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|tag| tag.id)
        .collect();
    assert_eq!(group_tags.len(), 3);
    assert!(links_of(&h, &group_tags).await > 0);
    let payload = mutated(
        &h,
        "tagGroupDelete",
        "TagGroupDeleteInput",
        "deletedTagGroupId",
        json!({"id": global(NodeKind::TagGroup, group.id)}),
    )
    .await;
    assert_eq!(
        payload["deletedTagGroupId"],
        global(NodeKind::TagGroup, group.id)
    );
    let state = h.fake_state().await;
    assert_eq!(
        recorded(&state, DELETE)[1],
        json!({"group_id": ["etgroup001"]})
    );
    assert!(wecom_group(&state, "etgroup001").is_none());
    assert!(local_group(&h, "etgroup001").await.is_none());
    let left = tag::Entity::find()
        .filter(tag::Column::Id.is_in(group_tags.clone()))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(left, 0);
    assert_eq!(links_of(&h, &group_tags).await, 0);

    // Deleted means gone: a second delete is NOT_FOUND, asked of nobody.
    let again = mutate(
        &h,
        "tagGroupDelete",
        "TagGroupDeleteInput",
        "deletedTagGroupId",
        json!({"id": global(NodeKind::TagGroup, group.id)}),
    )
    .await;
    let payload = &again["data"]["tagGroupDelete"];
    assert_eq!(payload["deletedTagGroupId"], Value::Null, "{again:#}");
    assert_eq!(payload["userErrors"][0]["code"], "NOT_FOUND", "{again:#}");
    assert_eq!(
        payload["userErrors"][0]["field"],
        json!(["input", "id"]),
        "{again:#}"
    );
    assert_eq!(recorded(&h.fake_state().await, DELETE).len(), 2);

    // WeCom refuses: the tag stays, here and on its customers.
    let kept = local_tag(&h, "ettag000001").await.expect("synced tag");
    let kept_links = links_of(&h, &[kept.id]).await;
    assert!(kept_links > 0);
    h.control("/fake/faults", json!({"path": DELETE, "errcode": 40068}))
        .await;
    let refused = mutate(
        &h,
        "tagDelete",
        "TagDeleteInput",
        "deletedTagId",
        json!({"id": global(NodeKind::Tag, kept.id)}),
    )
    .await;
    assert_eq!(
        refused["errors"][0]["extensions"]["code"], "CONFLICT",
        "{refused:#}"
    );
    assert!(refused.to_string().contains("40068"), "{refused}");
    assert_eq!(local_tag(&h, "ettag000001").await, Some(kept.clone()));
    assert_eq!(links_of(&h, &[kept.id]).await, kept_links);
    assert!(wecom_tag(&h.fake_state().await, "ettag000001").is_some());
}

#[tokio::test]
async fn a_group_whose_last_wecom_tag_is_deleted_stays_here_and_returns_to_wecom_with_a_tag() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let group = local_group(&h, "etgroup000").await.expect("synced group");

    for wecom_id in ["ettag000000", "ettag000001", "ettag000002"] {
        let tag = local_tag(&h, wecom_id).await.expect("synced tag");
        mutated(
            &h,
            "tagDelete",
            "TagDeleteInput",
            "deletedTagId",
            json!({"id": global(NodeKind::Tag, tag.id)}),
        )
        .await;
    }
    // WeCom deleted the group with its last tag; here it stays, empty and WeCom's no more.
    assert!(wecom_group(&h.fake_state().await, "etgroup000").is_none());
    let db = h.app.db().await;
    let kept = tag_group::Entity::find_by_id(group.id)
        .one(&db)
        .await
        .unwrap()
        .expect("the group stays here");
    assert_eq!(kept.wecom_id, None);

    // Its next tag brings it back to WeCom, under a new id.
    let payload = mutated(
        &h,
        "tagCreate",
        "TagCreateInput",
        "tag { name }",
        json!({"groupId": global(NodeKind::TagGroup, group.id), "name": "新标签"}),
    )
    .await;
    assert_eq!(payload["tag"]["name"], "新标签");
    let back = tag_group::Entity::find_by_id(group.id)
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let new_wecom_id = back.wecom_id.expect("in WeCom again");
    let state = h.fake_state().await;
    let in_wecom = wecom_group(&state, &new_wecom_id).expect("the group is in WeCom");
    assert_eq!(in_wecom["group_name"], "标签组1");
    assert_eq!(in_wecom["tag"][0]["name"], "新标签");

    // And a sync keeps it.
    let synced = sync(&h, json!({"kinds": ["TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    assert!(
        tag_group::Entity::find_by_id(group.id)
            .one(&db)
            .await
            .unwrap()
            .is_some()
    );
}

#[tokio::test]
async fn tags_made_before_connecting_are_renamed_and_deleted_here_only() {
    let h = spawn_with_wecom(small_corp()).await;
    let token = h.app.admin_token.clone();
    let (group, tags) = h.app.create_tag_group(&token, "本地", &["甲", "乙"]).await;
    let (other_group, _) = h.app.create_tag_group(&token, "本地二", &["丙"]).await;
    // Without WeCom, a rename is scrm's alone.
    let payload = mutated(
        &h,
        "tagUpdate",
        "TagUpdateInput",
        "tag { name }",
        json!({"id": tags[1], "name": "乙一"}),
    )
    .await;
    assert_eq!(payload["tag"]["name"], "乙一");
    h.connect().await;

    let payload = mutated(
        &h,
        "tagUpdate",
        "TagUpdateInput",
        "tag { name }",
        json!({"id": tags[0], "name": "甲一"}),
    )
    .await;
    assert_eq!(payload["tag"]["name"], "甲一");
    let payload = mutated(
        &h,
        "tagGroupUpdate",
        "TagGroupUpdateInput",
        "tagGroup { name }",
        json!({"id": group, "name": "本地一"}),
    )
    .await;
    assert_eq!(payload["tagGroup"]["name"], "本地一");
    let payload = mutated(
        &h,
        "tagDelete",
        "TagDeleteInput",
        "deletedTagId",
        json!({"id": tags[1]}),
    )
    .await;
    assert_eq!(payload["deletedTagId"], tags[1].as_str());
    let payload = mutated(
        &h,
        "tagGroupDelete",
        "TagGroupDeleteInput",
        "deletedTagGroupId",
        json!({"id": other_group}),
    )
    .await;
    assert_eq!(payload["deletedTagGroupId"], other_group.as_str());

    let state = h.fake_state().await;
    assert_eq!(recorded(&state, EDIT), Vec::<Value>::new());
    assert_eq!(recorded(&state, DELETE), Vec::<Value>::new());
    let groups = h
        .app
        .data(&token, "{ tagGroups { id name tags { name } } }", json!({}))
        .await;
    assert_eq!(
        groups["tagGroups"],
        json!([{"id": group, "name": "本地一", "tags": [{"name": "甲一"}]}]),
        "{groups:#}"
    );
}
