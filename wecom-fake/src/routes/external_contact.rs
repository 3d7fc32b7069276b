use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{
    Shared, TokenQuery, admit, decode_cursor, encode_cursor, error, invalid_parameter, lock, ok,
};
use crate::fixture::{AppKind, Follow, TagGroup};

/// `GET /cgi-bin/externalcontact/get_follow_user_list`
pub async fn follow_user_list(state: Shared, token: web::Query<TokenQuery>) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_follow_user_list";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let state = lock(&state);
    let follow_user: Vec<String> = match &state.fixture.follow_user {
        Some(list) => list.clone(),
        None => state
            .fixture
            .userlist
            .iter()
            .filter_map(|member| member.get("userid").and_then(Value::as_str))
            .map(str::to_owned)
            .collect(),
    };
    ok(json!({ "follow_user": follow_user }))
}

#[derive(Deserialize)]
pub struct BatchByUser {
    #[serde(default)]
    userid_list: Vec<String>,
    #[serde(default)]
    cursor: String,
    #[serde(default = "default_limit")]
    limit: usize,
}

fn default_limit() -> usize {
    50
}

/// `POST /cgi-bin/externalcontact/batch/get_by_user`: the contacts of up to 100 members,
/// one follow per item, `limit` ≤ 100 per page.
pub async fn batch_get_by_user(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<BatchByUser>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/batch/get_by_user";
    if let Err(refusal) = admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    if body.userid_list.is_empty() || body.userid_list.len() > 100 {
        return invalid_parameter("userid_list must hold 1 to 100 members");
    }
    if body.limit == 0 || body.limit > 100 {
        return invalid_parameter("limit must be 1 to 100");
    }
    let Some(offset) = decode_cursor(&body.cursor) else {
        return invalid_parameter("cursor");
    };
    let state = lock(&state);
    // Members in the order asked, each member's contacts in the fixture's order.
    let items: Vec<(usize, &Follow)> =
        body.userid_list
            .iter()
            .flat_map(|userid| {
                state.fixture.external_contacts.iter().enumerate().flat_map(
                    move |(index, contact)| {
                        contact
                            .follow_user
                            .iter()
                            .filter(move |follow| &follow.userid == userid)
                            .map(move |follow| (index, follow))
                    },
                )
            })
            .collect();
    let page: Vec<Value> = items
        .iter()
        .skip(offset)
        .take(body.limit)
        .filter_map(|(index, follow)| {
            let contact = state.fixture.external_contacts.get(*index)?;
            Some(json!({
                "external_contact": contact.external_contact,
                "follow_info": follow,
            }))
        })
        .collect();
    let next = offset + page.len();
    let next_cursor = if next < items.len() {
        encode_cursor(next)
    } else {
        String::new()
    };
    ok(json!({ "external_contact_list": page, "next_cursor": next_cursor }))
}

#[derive(Deserialize)]
pub struct GetQuery {
    access_token: Option<String>,
    #[serde(default)]
    external_userid: String,
}

/// `GET /cgi-bin/externalcontact/get?external_userid=…`: one contact with every follow, tags
/// named.
pub async fn get(state: Shared, query: web::Query<GetQuery>) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get";
    if let Err(refusal) = admit(
        &state,
        path,
        query.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let state = lock(&state);
    let Some(contact) = state
        .fixture
        .external_contacts
        .iter()
        .find(|contact| contact.external_userid() == query.external_userid)
    else {
        return error(84061, "not external contact");
    };
    let follow_user: Vec<Value> = contact
        .follow_user
        .iter()
        .map(|follow| {
            let tags: Vec<Value> = follow
                .tag_id
                .iter()
                .filter_map(|id| named_tag(&state.fixture.tag_group, id))
                .collect();
            json!({
                "userid": follow.userid, "remark": follow.remark,
                "description": follow.description, "createtime": follow.createtime,
                "tags": tags, "remark_mobiles": follow.remark_mobiles,
                "add_way": follow.add_way, "state": follow.state,
            })
        })
        .collect();
    ok(json!({
        "external_contact": contact.external_contact,
        "follow_user": follow_user,
        "next_cursor": "",
    }))
}

fn named_tag(groups: &[TagGroup], id: &str) -> Option<Value> {
    groups.iter().find_map(|group| {
        let tag = group.tag.iter().find(|tag| tag.id == id)?;
        Some(json!({
            "group_name": group.group_name, "tag_name": tag.name, "tag_id": tag.id, "type": 1,
        }))
    })
}
