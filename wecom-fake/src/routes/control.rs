//! `/fake/*`: what tests and developers use to steer the loopback WeCom. Not WeCom's.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::{Value, json};

use super::{Shared, lock};
use crate::fixture::{ArchivedMessage, Contact};
use crate::state::Fault;

pub fn configure(config: &mut web::ServiceConfig) {
    config
        .route("/fake/faults", web::post().to(faults))
        .route("/fake/tokens/expire", web::post().to(expire_tokens))
        .route("/fake/archive/messages", web::post().to(append_messages))
        .route("/fake/contacts", web::post().to(upsert_contacts))
        .route("/fake/contacts/remove", web::post().to(remove_follow))
        .route("/fake/state", web::get().to(snapshot))
        .route("/fake/callback", web::post().to(crate::callback::send));
}

#[derive(Deserialize)]
#[serde(untagged)]
pub enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(item) => vec![item],
            OneOrMany::Many(items) => items,
        }
    }
}

/// Queues errors: `{"path": "/cgi-bin/…" | "*", "errcode": 45009, "times": 3, "delay_ms": 0}`.
async fn faults(state: Shared, body: web::Json<OneOrMany<Fault>>) -> HttpResponse {
    let mut state = lock(&state);
    for fault in body.into_inner().into_vec() {
        state.push_fault(fault);
    }
    HttpResponse::NoContent().finish()
}

/// Every token issued so far expires now (the next call gets 42001).
async fn expire_tokens(state: Shared) -> HttpResponse {
    lock(&state).expire_tokens();
    HttpResponse::NoContent().finish()
}

/// Appends messages to the archive stream; answers the last seq.
async fn append_messages(
    state: Shared,
    body: web::Json<OneOrMany<ArchivedMessage>>,
) -> HttpResponse {
    let mut state = lock(&state);
    state
        .fixture
        .archive
        .messages
        .extend(body.into_inner().into_vec());
    HttpResponse::Ok().json(json!({ "last_seq": state.fixture.archive.messages.len() }))
}

/// Adds contacts, or replaces those with the same `external_userid`.
async fn upsert_contacts(state: Shared, body: web::Json<OneOrMany<Contact>>) -> HttpResponse {
    let mut state = lock(&state);
    for contact in body.into_inner().into_vec() {
        let contacts = &mut state.fixture.external_contacts;
        match contacts
            .iter_mut()
            .find(|known| known.external_userid() == contact.external_userid())
        {
            Some(known) => *known = contact,
            None => contacts.push(contact),
        }
    }
    HttpResponse::NoContent().finish()
}

#[derive(Deserialize)]
struct RemoveFollow {
    external_userid: String,
    userid: String,
}

/// Ends one member's follow of a contact (the contact goes with its last follow).
async fn remove_follow(state: Shared, body: web::Json<RemoveFollow>) -> HttpResponse {
    let mut state = lock(&state);
    for contact in &mut state.fixture.external_contacts {
        if contact.external_userid() == body.external_userid {
            contact
                .follow_user
                .retain(|follow| follow.userid != body.userid);
        }
    }
    state
        .fixture
        .external_contacts
        .retain(|contact| !contact.follow_user.is_empty());
    HttpResponse::NoContent().finish()
}

/// Calls per path, the mutating calls received, and the corp's tags, contacts, contact ways and
/// group welcome templates now.
async fn snapshot(state: Shared) -> HttpResponse {
    let state = lock(&state);
    let contacts: Vec<Value> = state
        .fixture
        .external_contacts
        .iter()
        .map(|contact| json!(contact))
        .collect();
    HttpResponse::Ok().json(json!({
        "calls": state.calls,
        "recorded": state.recorded,
        "tag_group": state.fixture.tag_group,
        "external_contacts": contacts,
        "archive_messages": state.fixture.archive.messages.len(),
        "contact_ways": state.fixture.contact_ways,
        "group_welcome_templates": state.engagement.group_welcome_templates,
    }))
}
