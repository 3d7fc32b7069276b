//! `send_welcome_msg` (each welcome code once, within its 20 s), `/fake/welcome_messages`, and
//! the group welcome templates (`group_welcome_template/add|edit|get|del`).
//!
//! Errcodes: 41049 welcome code missing, 41050 unknown or expired ("无效的欢迎语code"), 41051
//! used already ("externaluser has started chatting", what WeCom answers every app but the first
//! that sends with a code), 40058 neither text nor attachments; attachments as in `content`.
//! Templates: 41055 more than 100, 41064 more than one attachment, and 40058 for an unknown
//! `template_id`: WeCom documents no code of its own for that (41058, "no permission to edit
//! this template", is about another app's template, which one fake app cannot have).

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Map, Value, json};

use super::content::{check_attachments, check_body, check_text, has_text};
use super::{Refusal, Shared, TokenQuery, admit, admit_recorded, error, lock, ok};
use crate::engagement::{SentWelcome, random_id, unix_now};
use crate::fixture::AppKind;

const MAX_TEMPLATES: usize = 100;
/// A template's parts besides `text`; it takes at most one.
const TEMPLATE_ATTACHMENTS: [&str; 5] = ["image", "link", "miniprogram", "file", "video"];

#[derive(Deserialize)]
pub struct Welcome {
    #[serde(default)]
    welcome_code: String,
    #[serde(default)]
    text: Option<Value>,
    #[serde(default)]
    attachments: Vec<Value>,
}

/// `POST /cgi-bin/externalcontact/send_welcome_msg`
pub async fn send_welcome_msg(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/send_welcome_msg";
    let welcome: Welcome =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(welcome) => welcome,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    if welcome.welcome_code.is_empty() {
        return error(41049, "missing welcome_code");
    }
    let (userid, external_userid) = match state.engagement.welcome_codes.get(&welcome.welcome_code)
    {
        None => return error(41050, "invalid welcome_code"),
        Some(code) if code.used => return error(41051, "externaluser has started chatting"),
        Some(code) if std::time::Instant::now() >= code.expires_at => {
            return error(41050, "invalid welcome_code: expired");
        }
        Some(code) => (code.userid.clone(), code.external_userid.clone()),
    };
    if !has_text(welcome.text.as_ref()) && welcome.attachments.is_empty() {
        return error(
            40058,
            "invalid parameter: text and attachments are both empty",
        );
    }
    if let Err(refusal) = check_text(welcome.text.as_ref())
        .and_then(|()| check_attachments(&state, &welcome.attachments))
    {
        return refusal.answer();
    }
    if let Some(code) = state
        .engagement
        .welcome_codes
        .get_mut(&welcome.welcome_code)
    {
        code.used = true;
    }
    state.engagement.welcome_messages.push(SentWelcome {
        welcome_code: welcome.welcome_code,
        userid,
        external_userid,
        text: welcome.text,
        attachments: welcome.attachments,
        sent_at: unix_now(),
    });
    ok(json!({}))
}

/// `GET /fake/welcome_messages`: every welcome message WeCom accepted, in order.
pub async fn list_sent(state: Shared) -> HttpResponse {
    let state = lock(&state);
    HttpResponse::Ok().json(json!(state.engagement.welcome_messages))
}

/// A template's content from a request: `text` and the parts, checked.
fn template_content(
    state: &crate::state::FakeState,
    body: &Value,
) -> Result<Map<String, Value>, Refusal> {
    let text = body.get("text").filter(|text| !text.is_null());
    check_text(text)?;
    let parts: Vec<&str> = TEMPLATE_ATTACHMENTS
        .into_iter()
        .filter(|kind| body.get(*kind).is_some_and(|part| !part.is_null()))
        .collect();
    if parts.len() > 1 {
        return Err(Refusal::new(41064, "attachments count out of limit"));
    }
    if !has_text(text) && parts.is_empty() {
        return Err(Refusal::new(
            40058,
            "invalid parameter: the template is empty",
        ));
    }
    let mut content = Map::new();
    if let Some(text) = text {
        content.insert("text".into(), text.clone());
    }
    for kind in parts {
        if let Some(part) = body.get(kind) {
            check_body(state, kind, part)?;
            content.insert(kind.into(), part.clone());
        }
    }
    Ok(content)
}

/// `POST /cgi-bin/externalcontact/group_welcome_template/add`
pub async fn add_template(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/group_welcome_template/add";
    let body: Value = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    let content = match template_content(&state, &body) {
        Ok(content) => content,
        Err(refusal) => return refusal.answer(),
    };
    if state.engagement.group_welcome_templates.len() >= MAX_TEMPLATES {
        return error(41055, "group welcome template count out of limit");
    }
    let template_id = random_id("msgfaketpl");
    state
        .engagement
        .group_welcome_templates
        .insert(template_id.clone(), Value::Object(content));
    ok(json!({ "template_id": template_id }))
}

/// `POST /cgi-bin/externalcontact/group_welcome_template/edit`: the template becomes what is
/// given.
pub async fn edit_template(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/group_welcome_template/edit";
    let body: Value = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    let template_id = template_id(&body);
    if !state
        .engagement
        .group_welcome_templates
        .contains_key(template_id)
    {
        return error(40058, "invalid parameter: template_id");
    }
    let content = match template_content(&state, &body) {
        Ok(content) => content,
        Err(refusal) => return refusal.answer(),
    };
    state
        .engagement
        .group_welcome_templates
        .insert(template_id.to_owned(), Value::Object(content));
    ok(json!({}))
}

/// `POST /cgi-bin/externalcontact/group_welcome_template/get`: as WeCom answers it, an image
/// comes back as a `pic_url` (its `media_id` is not kept).
pub async fn get_template(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/group_welcome_template/get";
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
    let Some(template) = state
        .engagement
        .group_welcome_templates
        .get(template_id(&body))
    else {
        return error(40058, "invalid parameter: template_id");
    };
    let mut answer = template.clone();
    if let Some(image) = answer.get_mut("image").and_then(Value::as_object_mut)
        && let Some(media_id) = image.remove("media_id")
    {
        let media_id = media_id.as_str().unwrap_or_default();
        image.insert(
            "pic_url".into(),
            json!(format!("https://wework.qpic.cn/wwpic/fake_{media_id}/0")),
        );
    }
    ok(answer)
}

/// `POST /cgi-bin/externalcontact/group_welcome_template/del`
pub async fn del_template(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/group_welcome_template/del";
    let body: Value = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
        Ok(body) => body,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    match state
        .engagement
        .group_welcome_templates
        .remove(template_id(&body))
    {
        Some(_) => ok(json!({})),
        None => error(40058, "invalid parameter: template_id"),
    }
}

fn template_id(body: &Value) -> &str {
    body.get("template_id")
        .and_then(Value::as_str)
        .unwrap_or_default()
}
