//! Contact ways (「联系我」): `add_contact_way`, `update_contact_way`, `get_contact_way`,
//! `del_contact_way`, and `/fake/contact_ways/scan`, a customer scanning one.
//!
//! Errcodes from WeCom's global table: 41037/41038 `type`/`scene` missing, 41039/41040 invalid,
//! 41041 more users than the type allows (a single way with more than one, or more than 100),
//! 41043 `config_id` missing, 41044 `config_id` unknown ("无效的「联系我」config_id参数"; WeCom
//! has no separate "deleted" code, so a deleted way answers it too), 41009 no user at all,
//! 60111 unknown userid, 60003 unknown department. `state` and `remark` longer than 30
//! characters are 40058: WeCom documents the limit but no code of its own for it.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Refusal, Shared, TokenQuery, admit_recorded, error, lock, ok};
use crate::callback::{Delivered, deliver_event};
use crate::engagement::{WELCOME_CODE_TTL, WelcomeCode, random_id, unix_now};
use crate::fixture::{AppKind, Contact, ContactWay, Follow};
use crate::state::FakeState;
use wecom::callback::{CallbackEvent, ContactChange, EventKind, ExternalContactEvent};

const MAX_CHARS: usize = 30;
const MAX_USERS: usize = 100;

#[derive(Deserialize)]
pub struct NewWay {
    #[serde(rename = "type")]
    way_type: Option<i32>,
    scene: Option<i32>,
    #[serde(default)]
    style: Option<i32>,
    #[serde(default)]
    remark: Option<String>,
    #[serde(default)]
    skip_verify: Option<bool>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    user: Vec<String>,
    #[serde(default)]
    party: Vec<u64>,
}

#[derive(Deserialize)]
pub struct WayUpdate {
    #[serde(default)]
    config_id: String,
    #[serde(default)]
    remark: Option<String>,
    #[serde(default)]
    skip_verify: Option<bool>,
    #[serde(default)]
    style: Option<i32>,
    #[serde(default)]
    state: Option<String>,
    #[serde(default)]
    user: Option<Vec<String>>,
    #[serde(default)]
    party: Option<Vec<u64>>,
}

#[derive(Deserialize)]
pub struct ConfigId {
    #[serde(default)]
    config_id: String,
}

/// `POST /cgi-bin/externalcontact/add_contact_way`
pub async fn add(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/add_contact_way";
    let new: NewWay = match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
        Ok(new) => new,
        Err(refusal) => return refusal,
    };
    let mut state = lock(&state);
    let Some(way_type) = new.way_type else {
        return error(41037, "missing contact way type");
    };
    let Some(scene) = new.scene else {
        return error(41038, "missing contact way scene");
    };
    if !matches!(way_type, 1 | 2) {
        return error(41039, "invalid contact way type");
    }
    if !matches!(scene, 1 | 2) {
        return error(41040, "invalid contact way scene");
    }
    // `party` only counts for multi ways.
    let party = if way_type == 2 { new.party } else { Vec::new() };
    if let Err(refusal) = check_texts(new.remark.as_deref(), new.state.as_deref())
        .and_then(|()| check_people(&state, way_type, &new.user, &party))
    {
        return refusal.answer();
    }
    let config_id = random_id("");
    let qr_code = if scene == 2 {
        format!("https://wework.qpic.cn/wwpic/fake_{config_id}/0")
    } else {
        String::new()
    };
    state.fixture.contact_ways.push(ContactWay {
        config_id: config_id.clone(),
        way_type,
        scene,
        style: new.style.unwrap_or_default(),
        remark: new.remark.unwrap_or_default(),
        skip_verify: new.skip_verify.unwrap_or(true),
        state: new.state.unwrap_or_default(),
        qr_code: qr_code.clone(),
        user: new.user,
        party,
    });
    if scene == 2 {
        ok(json!({ "config_id": config_id, "qr_code": qr_code }))
    } else {
        ok(json!({ "config_id": config_id }))
    }
}

/// `POST /cgi-bin/externalcontact/update_contact_way`: absent fields stay; `user` and `party`
/// replace the lists.
pub async fn update(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/update_contact_way";
    let update: WayUpdate =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(update) => update,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    let index = match find_way(&state, &update.config_id) {
        Ok(index) => index,
        Err(refusal) => return refusal.answer(),
    };
    let Some(current) = state.fixture.contact_ways.get(index).cloned() else {
        return error(41044, "invalid config_id");
    };
    let user = update.user.unwrap_or(current.user);
    let party = match update.party {
        Some(party) if current.way_type == 2 => party,
        _ => current.party,
    };
    if let Err(refusal) = check_texts(update.remark.as_deref(), update.state.as_deref())
        .and_then(|()| check_people(&state, current.way_type, &user, &party))
    {
        return refusal.answer();
    }
    let Some(way) = state.fixture.contact_ways.get_mut(index) else {
        return error(41044, "invalid config_id");
    };
    way.user = user;
    way.party = party;
    if let Some(remark) = update.remark {
        way.remark = remark;
    }
    if let Some(skip_verify) = update.skip_verify {
        way.skip_verify = skip_verify;
    }
    if let Some(style) = update.style {
        way.style = style;
    }
    if let Some(new_state) = update.state {
        way.state = new_state;
    }
    ok(json!({}))
}

/// `POST /cgi-bin/externalcontact/get_contact_way`
pub async fn get(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/get_contact_way";
    if let Err(refusal) = super::admit(
        &state,
        path,
        token.access_token.as_deref(),
        AppKind::Contacts,
    )
    .await
    {
        return refusal;
    }
    let Ok(query) = serde_json::from_value::<ConfigId>(body.0) else {
        return error(40058, "invalid parameter");
    };
    let state = lock(&state);
    match find_way(&state, &query.config_id) {
        Ok(index) => match state.fixture.contact_ways.get(index) {
            Some(way) => ok(json!({ "contact_way": way })),
            None => error(41044, "invalid config_id"),
        },
        Err(refusal) => refusal.answer(),
    }
}

/// `POST /cgi-bin/externalcontact/del_contact_way`
pub async fn del(
    state: Shared,
    token: web::Query<TokenQuery>,
    body: web::Json<Value>,
) -> HttpResponse {
    let path = "/cgi-bin/externalcontact/del_contact_way";
    let query: ConfigId =
        match admit_recorded(&state, path, &token, AppKind::Contacts, body.0).await {
            Ok(query) => query,
            Err(refusal) => return refusal,
        };
    let mut state = lock(&state);
    match find_way(&state, &query.config_id) {
        Ok(index) => {
            state.fixture.contact_ways.remove(index);
            ok(json!({}))
        }
        Err(refusal) => refusal.answer(),
    }
}

fn find_way(state: &FakeState, config_id: &str) -> Result<usize, Refusal> {
    if config_id.is_empty() {
        return Err(Refusal::new(41043, "missing config_id"));
    }
    state
        .fixture
        .contact_ways
        .iter()
        .position(|way| way.config_id == config_id)
        .ok_or_else(|| Refusal::new(41044, "invalid config_id"))
}

fn check_texts(remark: Option<&str>, way_state: Option<&str>) -> Result<(), Refusal> {
    if remark.is_some_and(|remark| remark.chars().count() > MAX_CHARS) {
        return Err(Refusal::new(
            40058,
            "invalid parameter: remark exceeds 30 characters",
        ));
    }
    if way_state.is_some_and(|way_state| way_state.chars().count() > MAX_CHARS) {
        return Err(Refusal::new(
            40058,
            "invalid parameter: state exceeds 30 characters",
        ));
    }
    Ok(())
}

fn check_people(
    state: &FakeState,
    way_type: i32,
    user: &[String],
    party: &[u64],
) -> Result<(), Refusal> {
    if user.is_empty() && party.is_empty() {
        return Err(Refusal::new(41009, "missing userid"));
    }
    if way_type == 1 && user.len() != 1 {
        return Err(Refusal::new(
            41041,
            "contact way user count exceeds the limit",
        ));
    }
    if user.len() > MAX_USERS {
        return Err(Refusal::new(
            41041,
            "contact way user count exceeds the limit",
        ));
    }
    if let Some(unknown) = user.iter().find(|userid| !is_member(state, userid)) {
        return Err(Refusal::new(60111, format!("userid not found: {unknown}")));
    }
    let known_party = |id: &u64| {
        state
            .fixture
            .department
            .iter()
            .any(|department| department.get("id").and_then(Value::as_u64) == Some(*id))
    };
    if !party.iter().all(known_party) {
        return Err(Refusal::new(60003, "department not found"));
    }
    Ok(())
}

pub fn is_member(state: &FakeState, userid: &str) -> bool {
    state
        .fixture
        .userlist
        .iter()
        .any(|member| member.get("userid").and_then(Value::as_str) == Some(userid))
}

/// The member a scan reaches: the way's first user, else the first member of its first
/// department that has one.
fn pick_member(state: &FakeState, way: &ContactWay) -> Option<String> {
    if let Some(userid) = way.user.first() {
        return Some(userid.clone());
    }
    way.party.iter().find_map(|party| {
        state.fixture.userlist.iter().find_map(|member| {
            let in_party = member
                .get("department")
                .and_then(Value::as_array)
                .is_some_and(|ids| ids.iter().any(|id| id.as_u64() == Some(*party)));
            in_party
                .then(|| member.get("userid").and_then(Value::as_str))
                .flatten()
                .map(str::to_owned)
        })
    })
}

#[derive(Deserialize)]
pub struct Scan {
    config_id: String,
    /// WeCom's `external_contact` object; `external_userid` required.
    external_contact: Value,
    /// scrm's callback URL; without one no event is delivered.
    #[serde(default)]
    url: Option<String>,
    /// Deliveries of the same event (WeCom repeats callbacks); default 1, at most 10.
    #[serde(default)]
    repeat: Option<u32>,
    /// Whether the event carries a WelcomeCode (false: as when the member has a welcome message
    /// configured in WeCom's admin console). Default true.
    #[serde(default)]
    welcome_code: Option<bool>,
    /// The code's lifetime; WeCom's is 20 s.
    #[serde(default)]
    welcome_code_ttl_seconds: Option<u64>,
}

/// `POST /fake/contact_ways/scan`: a customer scans the way's QR code and is added by the member
/// it points at; the `add_external_contact` event goes to `url`.
pub async fn scan(state: Shared, body: web::Json<Scan>) -> HttpResponse {
    let scan = body.into_inner();
    let Some(external_userid) = scan
        .external_contact
        .get("external_userid")
        .and_then(Value::as_str)
        .filter(|id| !id.is_empty())
        .map(str::to_owned)
    else {
        return HttpResponse::BadRequest().body("external_contact.external_userid is required");
    };
    let repeat = scan.repeat.unwrap_or(1);
    if repeat > 10 {
        return HttpResponse::BadRequest().body("repeat is at most 10");
    }
    let (userid, way_state, welcome_code, xml) = {
        let mut state = lock(&state);
        let Some(way) = state
            .fixture
            .contact_ways
            .iter()
            .find(|way| way.config_id == scan.config_id)
            .cloned()
        else {
            return HttpResponse::NotFound().json(json!({ "error": "unknown config_id" }));
        };
        let Some(userid) = pick_member(&state, &way) else {
            return HttpResponse::Conflict()
                .json(json!({ "error": "the contact way reaches no member" }));
        };
        let now = unix_now();
        let way_state = (!way.state.is_empty()).then(|| way.state.clone());
        let follow = Follow {
            userid: userid.clone(),
            remark: String::new(),
            description: String::new(),
            createtime: now,
            tag_id: Vec::new(),
            remark_mobiles: Vec::new(),
            add_way: 1,
            state: way_state.clone(),
        };
        let contacts = &mut state.fixture.external_contacts;
        match contacts
            .iter_mut()
            .find(|contact| contact.external_userid() == external_userid)
        {
            Some(contact) => {
                contact.external_contact = scan.external_contact.clone();
                contact.follow_user.retain(|known| known.userid != userid);
                contact.follow_user.push(follow);
            }
            None => contacts.push(Contact {
                external_contact: scan.external_contact.clone(),
                follow_user: vec![follow],
            }),
        }
        let welcome_code = scan.welcome_code.unwrap_or(true).then(|| {
            let code = random_id("fakewelcome");
            let ttl = scan
                .welcome_code_ttl_seconds
                .map(std::time::Duration::from_secs)
                .unwrap_or(WELCOME_CODE_TTL);
            state.engagement.welcome_codes.insert(
                code.clone(),
                WelcomeCode {
                    userid: userid.clone(),
                    external_userid: external_userid.clone(),
                    expires_at: std::time::Instant::now() + ttl,
                    used: false,
                },
            );
            code
        });
        let event = CallbackEvent {
            corp_id: state.fixture.corp_id.clone(),
            create_time: now,
            kind: EventKind::ExternalContact(ExternalContactEvent {
                user_id: userid.clone(),
                external_user_id: external_userid.clone(),
                change: ContactChange::Add {
                    state: way_state.clone(),
                    welcome_code: welcome_code.clone(),
                },
            }),
        };
        (userid, way_state, welcome_code, event.to_xml())
    };
    let mut deliveries: Vec<Delivered> = Vec::new();
    if let Some(url) = &scan.url {
        for _ in 0..repeat {
            match deliver_event(&state, url, &xml).await {
                Ok(delivered) => deliveries.push(delivered),
                Err(refusal) => return refusal,
            }
        }
    }
    HttpResponse::Ok().json(json!({
        "userid": userid,
        "external_userid": external_userid,
        "state": way_state,
        "welcome_code": welcome_code,
        "deliveries": deliveries,
    }))
}
