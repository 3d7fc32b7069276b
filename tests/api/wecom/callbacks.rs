//! `GET/POST /wecom/callback/{tenantSlug}` through the real server, the loopback WeCom signing
//! and encrypting: URL verification, events stored once, and every refusal storing nothing.

use entity::{EventStatus, JobKind, job, wecom_callback_nonce, wecom_event};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use wecom::callback::{CallbackEvent, ContactChange, EventKind, ExternalContactEvent};

use super::{CORP, WecomHarness, small_corp, spawn_with_wecom};

/// A customer-contact event for `external_user_id`, as WeCom would write it.
fn event_xml(external_user_id: &str) -> String {
    CallbackEvent {
        corp_id: CORP.into(),
        create_time: unix_now(),
        kind: EventKind::ExternalContact(ExternalContactEvent {
            user_id: "staff0001".into(),
            external_user_id: external_user_id.into(),
            change: ContactChange::Edit,
        }),
    }
    .to_xml()
}

fn unix_now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn url(h: &WecomHarness, slug: &str) -> String {
    format!("{}/wecom/callback/{slug}", h.app.address)
}

/// Has the fake deliver a callback (`extra` adds `xml`/`echostr` and overrides); returns what
/// scrm answered.
async fn deliver(h: &WecomHarness, slug: &str, extra: Value) -> (u16, String) {
    let mut request = json!({ "url": url(h, slug) });
    if let (Some(request), Some(extra)) = (request.as_object_mut(), extra.as_object()) {
        request.extend(extra.clone());
    }
    let answer = h.control("/fake/callback", request).await;
    (
        u16::try_from(answer["status"].as_u64().unwrap()).unwrap(),
        answer["body"].as_str().unwrap().to_string(),
    )
}

async fn events(h: &WecomHarness) -> Vec<wecom_event::Model> {
    wecom_event::Entity::find()
        .all(&h.app.db().await)
        .await
        .unwrap()
}

async fn connected() -> WecomHarness {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    h
}

#[tokio::test]
async fn url_verification_answers_the_echostr() {
    let h = connected().await;
    let (status, body) = deliver(&h, "default", json!({ "echostr": "1616140317555161061" })).await;
    assert_eq!((status, body.as_str()), (200, "1616140317555161061"));

    let (status, body) = deliver(
        &h,
        "default",
        json!({ "echostr": "1616140317555161061", "bad_signature": true }),
    )
    .await;
    assert_eq!((status, body.as_str()), (403, "bad_signature"));
}

#[tokio::test]
async fn an_event_is_stored_once_and_answered_success() {
    let h = connected().await;
    let xml = event_xml("wmcustomer0001");
    let (status, body) = deliver(&h, "default", json!({ "xml": xml })).await;
    assert_eq!((status, body.as_str()), (200, "success"));

    let stored = events(&h).await;
    assert_eq!(stored.len(), 1, "{stored:?}");
    let event = &stored[0];
    let tenant = api::domain::org::tenants::find_by_slug(&h.app.store, "default")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(event.tenant_id, tenant.id);
    assert_eq!(event.payload, xml);
    assert_eq!(event.event, "change_external_contact");
    assert_eq!(event.change_type.as_deref(), Some("edit_external_contact"));
    assert!(
        matches!(event.status, EventStatus::Pending | EventStatus::Done),
        "{:?}",
        event.status
    );

    let jobs = job::Entity::find()
        .filter(job::Column::TenantId.eq(tenant.id))
        .filter(job::Column::Kind.eq(JobKind::WecomEvents))
        .count(&h.app.db().await)
        .await
        .unwrap();
    assert!(jobs >= 1, "the event's processing was queued");

    // WeCom delivers the same event again (new nonce, new random prefix): answered, not
    // stored twice.
    let (status, body) = deliver(&h, "default", json!({ "xml": xml })).await;
    assert_eq!((status, body.as_str()), (200, "success"));
    assert_eq!(events(&h).await.len(), 1);

    // Another event is another row.
    let (status, _) = deliver(&h, "default", json!({ "xml": event_xml("wmcustomer0002") })).await;
    assert_eq!(status, 200);
    assert_eq!(events(&h).await.len(), 2);
}

#[tokio::test]
async fn a_replayed_request_is_refused() {
    let h = connected().await;
    let request = json!({
        "xml": event_xml("wmcustomer0003"),
        "timestamp": unix_now(),
        "nonce": "1234567890",
        "random_hex": "000102030405060708090a0b0c0d0e0f",
    });
    let (status, body) = deliver(&h, "default", request.clone()).await;
    assert_eq!((status, body.as_str()), (200, "success"));
    let (status, body) = deliver(&h, "default", request).await;
    assert_eq!((status, body.as_str()), (409, "replay"));
    assert_eq!(events(&h).await.len(), 1);
    let nonces = wecom_callback_nonce::Entity::find()
        .filter(wecom_callback_nonce::Column::Nonce.eq("1234567890"))
        .count(&h.app.db().await)
        .await
        .unwrap();
    assert_eq!(nonces, 1);
}

#[tokio::test]
async fn forged_stale_and_misaddressed_events_are_refused_and_store_nothing() {
    let h = connected().await;
    let xml = event_xml("wmcustomer0004");
    for (overrides, expected) in [
        (json!({ "bad_signature": true }), (403, "bad_signature")),
        (
            json!({ "timestamp": unix_now() - 600 }),
            (403, "stale_timestamp"),
        ),
        (
            json!({ "timestamp": unix_now() + 600 }),
            (403, "stale_timestamp"),
        ),
        (
            json!({ "corp_id": "wwanothercorp01" }),
            (403, "wrong_receiver"),
        ),
    ] {
        let mut request = overrides.clone();
        request["xml"] = json!(xml);
        let (status, body) = deliver(&h, "default", request).await;
        assert_eq!((status, body.as_str()), expected, "{overrides}");
    }
    assert!(events(&h).await.is_empty());
    let nonces = wecom_callback_nonce::Entity::find()
        .count(&h.app.db().await)
        .await
        .unwrap();
    assert_eq!(nonces, 0, "a refused callback leaves no nonce either");
}

#[tokio::test]
async fn oversize_and_malformed_bodies_are_refused() {
    let h = connected().await;
    let query = [
        ("msg_signature", "0".repeat(40)),
        ("timestamp", unix_now().to_string()),
        ("nonce", "1".to_string()),
    ];

    let oversize = format!(
        "<xml><Encrypt>{}</Encrypt></xml>",
        "A".repeat(wecom::callback::MAX_XML_BYTES)
    );
    let response = h
        .http
        .post(url(&h, "default"))
        .query(&query)
        .body(oversize)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);

    for body in [
        "",
        "not xml",
        "<xml><ToUserName>x</ToUserName></xml>",
        "<a/><b/>",
    ] {
        let response = h
            .http
            .post(url(&h, "default"))
            .query(&query)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 400, "{body:?}");
    }

    // A query string that is not WeCom's.
    let response = h
        .http
        .post(format!("{}?nonce=1", url(&h, "default")))
        .body("<xml/>")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    assert!(events(&h).await.is_empty());

    let response = h.http.put(url(&h, "default")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 405);
}

#[tokio::test]
async fn unknown_and_unconfigured_tenants_look_the_same() {
    let h = spawn_with_wecom(small_corp()).await;
    let xml = event_xml("wmcustomer0005");

    // The default tenant has no WeCom settings yet.
    let unconfigured = deliver(&h, "default", json!({ "xml": xml })).await;
    // Another tenant has WeCom settings, but no callback token and key.
    let admin = h.app.create_tenant("acme").await;
    let data = h
        .app
        .data(
            &admin,
            r#"mutation($input: WecomSettingsUpdateInput!) {
                wecomSettingsUpdate(input: $input) { userErrors { field message code } }
            }"#,
            json!({ "input": { "corpId": CORP } }),
        )
        .await;
    assert_eq!(data["wecomSettingsUpdate"]["userErrors"], json!([]));
    let without_callback = deliver(&h, "acme", json!({ "xml": xml })).await;
    let unknown = deliver(&h, "no-such-tenant", json!({ "xml": xml })).await;
    let verification = deliver(&h, "no-such-tenant", json!({ "echostr": "x" })).await;

    assert_eq!(unknown, (404, "not_found".to_string()));
    assert_eq!(unconfigured, unknown);
    assert_eq!(without_callback, unknown);
    assert_eq!(verification, unknown);
    let response = h.http.get(url(&h, "no-such-tenant")).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 404, "whatever the query string");
    assert!(events(&h).await.is_empty());
}
