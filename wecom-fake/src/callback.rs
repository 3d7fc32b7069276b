//! Sending callbacks as WeCom does: `POST /fake/callback` makes the fake sign, encrypt and
//! deliver an event (or a URL verification) to scrm, and answers what scrm answered.
//! [`deliver_event`] does the same for the fake's own events (`/fake/contact_ways/scan`).

use actix_web::{HttpResponse, web};
use secrecy::SecretString;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::routes::{Shared, lock};
use wecom::callback::{CallbackCrypto, Envelope};

#[derive(Deserialize)]
pub struct SendCallback {
    /// scrm's callback URL, e.g. `http://127.0.0.1:8080/wecom/callback/default`.
    url: String,
    /// The event XML to deliver (POST). Absent with `echostr`.
    #[serde(default)]
    xml: Option<String>,
    /// URL verification (GET) with this echo string.
    #[serde(default)]
    echostr: Option<String>,
    #[serde(flatten)]
    overrides: Overrides,
}

/// Overrides, to provoke refusals: a stale timestamp, a fixed nonce and random prefix (to replay
/// one request byte for byte), another corp id, a wrong signature.
#[derive(Default, Deserialize)]
pub struct Overrides {
    #[serde(default)]
    timestamp: Option<i64>,
    #[serde(default)]
    nonce: Option<String>,
    #[serde(default)]
    random_hex: Option<String>,
    #[serde(default)]
    corp_id: Option<String>,
    #[serde(default)]
    bad_signature: bool,
}

/// What scrm answered one delivery.
#[derive(Debug, Clone, Serialize)]
pub struct Delivered {
    pub status: u16,
    pub body: String,
}

pub async fn send(state: Shared, body: web::Json<SendCallback>) -> HttpResponse {
    let body = body.into_inner();
    let payload = match (&body.xml, &body.echostr) {
        (Some(xml), None) => Payload::Event(xml),
        (None, Some(echostr)) => Payload::Verification(echostr),
        _ => return HttpResponse::BadRequest().body("give exactly one of xml and echostr"),
    };
    match deliver(&state, &body.url, payload, &body.overrides).await {
        Ok(delivered) => HttpResponse::Ok().json(json!(delivered)),
        Err(refusal) => refusal,
    }
}

/// Signs, encrypts and POSTs `xml` to `url` as WeCom would (fresh nonce and timestamp).
pub async fn deliver_event(
    state: &Shared,
    url: &str,
    xml: &str,
) -> Result<Delivered, HttpResponse> {
    deliver(state, url, Payload::Event(xml), &Overrides::default()).await
}

enum Payload<'a> {
    Event(&'a str),
    Verification(&'a str),
}

async fn deliver(
    state: &Shared,
    url: &str,
    payload: Payload<'_>,
    overrides: &Overrides,
) -> Result<Delivered, HttpResponse> {
    let (settings, corp_id) = {
        let state = lock(state);
        (
            state.fixture.callback.clone(),
            state.fixture.corp_id.clone(),
        )
    };
    let Some(settings) = settings else {
        return Err(HttpResponse::BadRequest().body("the fixture has no callback settings"));
    };
    let receive_id = overrides.corp_id.clone().unwrap_or(corp_id);
    let crypto = CallbackCrypto::new(
        SecretString::from(settings.token.clone()),
        &SecretString::from(settings.encoding_aes_key.clone()),
        receive_id.clone(),
    )
    .map_err(|error| HttpResponse::BadRequest().body(error.to_string()))?;
    let plain = match payload {
        Payload::Event(xml) => xml.as_bytes(),
        Payload::Verification(echostr) => echostr.as_bytes(),
    };
    let random = match overrides.random_hex.as_deref().map(hex::decode) {
        None => rand::random::<[u8; 16]>(),
        Some(Ok(bytes)) => <[u8; 16]>::try_from(bytes.as_slice())
            .map_err(|_| HttpResponse::BadRequest().body("random_hex must be 16 bytes"))?,
        Some(Err(_)) => return Err(HttpResponse::BadRequest().body("random_hex is not hex")),
    };
    let encrypt = crypto
        .encrypt_with_random(plain, random)
        .map_err(|error| HttpResponse::BadRequest().body(error.to_string()))?;
    let timestamp = overrides
        .timestamp
        .unwrap_or_else(crate::engagement::unix_now)
        .to_string();
    let nonce = overrides
        .nonce
        .clone()
        .unwrap_or_else(|| rand::random::<u32>().to_string());
    let mut signature = crypto.sign(&timestamp, &nonce, &encrypt);
    if overrides.bad_signature {
        // Change the first digit to another one: a signature already starting with the
        // replacement would otherwise stay valid (one time in sixteen).
        let first = if signature.starts_with('0') { '1' } else { '0' };
        signature = format!("{first}{}", signature.get(1..).unwrap_or_default());
    }
    let client = reqwest::Client::new();
    let query = [
        ("msg_signature", signature.as_str()),
        ("timestamp", timestamp.as_str()),
        ("nonce", nonce.as_str()),
    ];
    let request = match payload {
        Payload::Verification(_) => client
            .get(url)
            .query(&query)
            .query(&[("echostr", encrypt.as_str())]),
        Payload::Event(_) => {
            let envelope = Envelope {
                to_user_name: receive_id,
                agent_id: None,
                encrypt,
            };
            client.post(url).query(&query).body(envelope.to_xml())
        }
    };
    match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            let body = response.text().await.unwrap_or_default();
            Ok(Delivered { status, body })
        }
        Err(error) => Err(HttpResponse::BadGateway().body(error.without_url().to_string())),
    }
}
