use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, TokenQuery, admit, error, lock, ok};
use crate::fixture::AppKind;

/// `GET /cgi-bin/department/list`
pub async fn department_list(state: Shared, token: web::Query<TokenQuery>) -> HttpResponse {
    if let Err(refusal) = admit(
        &state,
        "/cgi-bin/department/list",
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let state = lock(&state);
    ok(json!({ "department": state.fixture.department }))
}

#[derive(Deserialize)]
pub struct UserListQuery {
    access_token: Option<String>,
    department_id: Option<u64>,
}

/// `GET /cgi-bin/user/list?department_id=…`: the department's own members.
pub async fn user_list(state: Shared, query: web::Query<UserListQuery>) -> HttpResponse {
    if let Err(refusal) = admit(
        &state,
        "/cgi-bin/user/list",
        query.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let state = lock(&state);
    let Some(department_id) = query.department_id else {
        return error(40058, "department_id missing");
    };
    let known = state
        .fixture
        .department
        .iter()
        .any(|department| department.get("id").and_then(Value::as_u64) == Some(department_id));
    if !known {
        return error(60003, "department not found");
    }
    let members: Vec<&Value> = state
        .fixture
        .userlist
        .iter()
        .filter(|member| {
            member
                .get("department")
                .and_then(Value::as_array)
                .is_some_and(|ids| ids.iter().any(|id| id.as_u64() == Some(department_id)))
        })
        .collect();
    ok(json!({ "userlist": members }))
}
