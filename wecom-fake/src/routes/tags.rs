use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, TokenQuery, admit, admit_recorded, error, lock, ok};
use crate::fixture::{AppKind, Tag, TagGroup};
use crate::state::FakeState;

#[derive(Deserialize)]
pub struct TagFilter {
    #[serde(default)]
    tag_id: Vec<String>,
    #[serde(default)]
    group_id: Vec<String>,
}

/// `POST /cgi-bin/externalcontact/get_corp_tag_list`: everything, or the groups named, or (tag
/// ids win) only the tags named inside their groups.
pub async fn get_corp_tag_list(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<TagFilter>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_corp_tag_list";
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
    let groups: Vec<TagGroup> = state
        .fixture
        .tag_group
        .iter()
        .filter_map(|group| {
            if !body.tag_id.is_empty() {
                let tags: Vec<Tag> = group
                    .tag
                    .iter()
                    .filter(|tag| body.tag_id.contains(&tag.id))
                    .cloned()
                    .collect();
                return (!tags.is_empty()).then(|| TagGroup {
                    tag: tags,
                    ..group.clone()
                });
            }
            (body.group_id.is_empty() || body.group_id.contains(&group.group_id))
                .then(|| group.clone())
        })
        .collect();
    ok(json!({ "tag_group": groups }))
}

#[derive(Deserialize)]
pub struct NewTags {
    group_id: Option<String>,
    group_name: Option<String>,
    #[serde(default)]
    order: u32,
    #[serde(default)]
    tag: Vec<NewTag>,
}

#[derive(Deserialize)]
pub struct NewTag {
    name: String,
    #[serde(default)]
    order: u32,
}

/// `POST /cgi-bin/externalcontact/add_corp_tag`: into `group_id`, or a group called
/// `group_name` (found or created). Names are unique within a group.
pub async fn add_corp_tag(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/add_corp_tag";
    let request: NewTags =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(request) => request,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    if request.tag.is_empty() || request.tag.iter().any(|tag| tag.name.trim().is_empty()) {
        return error(40071, "tag name empty");
    }
    let group_index = match (&request.group_id, &request.group_name) {
        (Some(id), _) => state
            .fixture
            .tag_group
            .iter()
            .position(|group| &group.group_id == id),
        (None, Some(name)) => state
            .fixture
            .tag_group
            .iter()
            .position(|group| &group.group_name == name),
        (None, None) => return error(40058, "group_id or group_name required"),
    };
    let group_index = match group_index {
        Some(index) => index,
        None if request.group_id.is_some() => return error(40068, "invalid tagid"),
        None => {
            let group_id = state.next_id("etfakegroup");
            state.fixture.tag_group.push(TagGroup {
                group_id,
                group_name: request.group_name.clone().unwrap_or_default(),
                create_time: now(),
                order: request.order,
                tag: Vec::new(),
            });
            state.fixture.tag_group.len() - 1
        }
    };
    let mut created = Vec::new();
    for new_tag in &request.tag {
        let taken = state
            .fixture
            .tag_group
            .get(group_index)
            .is_some_and(|group| group.tag.iter().any(|tag| tag.name == new_tag.name));
        if taken {
            return error(40071, "tag name already exists in the group");
        }
        let tag = Tag {
            id: state.next_id("etfaketag"),
            name: new_tag.name.clone(),
            create_time: now(),
            order: new_tag.order,
        };
        created.push(tag.clone());
        if let Some(group) = state.fixture.tag_group.get_mut(group_index) {
            group.tag.push(tag);
        }
    }
    let Some(group) = state.fixture.tag_group.get(group_index) else {
        return error(-1, "system busy");
    };
    let answer = TagGroup {
        tag: created,
        ..group.clone()
    };
    ok(json!({ "tag_group": answer }))
}

#[derive(Deserialize)]
pub struct EditTag {
    id: String,
    name: Option<String>,
    order: Option<u32>,
}

/// `POST /cgi-bin/externalcontact/edit_corp_tag`: `id` is a tag or a group.
pub async fn edit_corp_tag(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/edit_corp_tag";
    let edit: EditTag = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await
    {
        Ok(edit) => edit,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    for group in &mut state.fixture.tag_group {
        if group.group_id == edit.id {
            if let Some(name) = &edit.name {
                group.group_name = name.clone();
            }
            if let Some(order) = edit.order {
                group.order = order;
            }
            return ok(json!({}));
        }
        if let Some(tag) = group.tag.iter_mut().find(|tag| tag.id == edit.id) {
            if let Some(name) = &edit.name {
                tag.name = name.clone();
            }
            if let Some(order) = edit.order {
                tag.order = order;
            }
            return ok(json!({}));
        }
    }
    error(40068, "invalid tagid")
}

/// `POST /cgi-bin/externalcontact/del_corp_tag`: a group goes with its last tag.
pub async fn del_corp_tag(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/del_corp_tag";
    let filter: TagFilter =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(filter) => filter,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    if filter.tag_id.is_empty() && filter.group_id.is_empty() {
        return error(40058, "tag_id or group_id required");
    }
    state
        .fixture
        .tag_group
        .retain(|group| !filter.group_id.contains(&group.group_id));
    for group in &mut state.fixture.tag_group {
        group.tag.retain(|tag| !filter.tag_id.contains(&tag.id));
    }
    state
        .fixture
        .tag_group
        .retain(|group| !group.tag.is_empty());
    ok(json!({}))
}

#[derive(Deserialize)]
pub struct MarkTag {
    userid: String,
    external_userid: String,
    #[serde(default)]
    add_tag: Vec<String>,
    #[serde(default)]
    remove_tag: Vec<String>,
}

/// `POST /cgi-bin/externalcontact/mark_tag`
pub async fn mark_tag(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/mark_tag";
    let mark: MarkTag = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await
    {
        Ok(mark) => mark,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    if mark.add_tag.is_empty() && mark.remove_tag.is_empty() {
        return error(40058, "add_tag or remove_tag required");
    }
    if !mark.add_tag.iter().all(|id| tag_exists(&state, id)) {
        return error(40068, "invalid tagid");
    }
    let Some(follow) = state
        .fixture
        .external_contacts
        .iter_mut()
        .filter(|contact| contact.external_userid() == mark.external_userid)
        .flat_map(|contact| contact.follow_user.iter_mut())
        .find(|follow| follow.userid == mark.userid)
    else {
        return error(84061, "not external contact");
    };
    follow.tag_id.retain(|id| !mark.remove_tag.contains(id));
    for id in mark.add_tag {
        if !follow.tag_id.contains(&id) {
            follow.tag_id.push(id);
        }
    }
    ok(json!({}))
}

fn tag_exists(state: &FakeState, id: &str) -> bool {
    state
        .fixture
        .tag_group
        .iter()
        .any(|group| group.tag.iter().any(|tag| tag.id == id))
}

fn now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or_default()
}
