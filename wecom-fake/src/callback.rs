//! Sending callbacks as WeCom does: `POST /fake/callback` makes the fake sign, encrypt and
//! deliver an event (or a URL verification) to scrm, and answers what scrm answered.

use actix_web::{HttpResponse, web};
use secrecy::SecretString;
use serde::Deserialize;
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
    /// Overrides, to provoke refusals: a stale timestamp, a fixed nonce and random prefix
    /// (to replay one request byte for byte), another corp id, a wrong signature.
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

pub async fn send(state: Shared, body: web::Json<SendCallback>) -> HttpResponse {
    let (settings, corp_id) = {
        let state = lock(&state);
        (
            state.fixture.callback.clone(),
            state.fixture.corp_id.clone(),
        )
    };
    let Some(settings) = settings else {
        return HttpResponse::BadRequest().body("the fixture has no callback settings");
    };
    let receive_id = body.corp_id.clone().unwrap_or(corp_id);
    let crypto = match CallbackCrypto::new(
        SecretString::from(settings.token.clone()),
        &SecretString::from(settings.encoding_aes_key.clone()),
        receive_id.clone(),
    ) {
        Ok(crypto) => crypto,
        Err(error) => return HttpResponse::BadRequest().body(error.to_string()),
    };
    let plain = match (&body.xml, &body.echostr) {
        (Some(xml), None) => xml.as_bytes(),
        (None, Some(echostr)) => echostr.as_bytes(),
        _ => return HttpResponse::BadRequest().body("give exactly one of xml and echostr"),
    };
    let random = match body.random_hex.as_deref().map(hex::decode) {
        None => rand::random::<[u8; 16]>(),
        Some(Ok(bytes)) => match <[u8; 16]>::try_from(bytes.as_slice()) {
            Ok(random) => random,
            Err(_) => return HttpResponse::BadRequest().body("random_hex must be 16 bytes"),
        },
        Some(Err(_)) => return HttpResponse::BadRequest().body("random_hex is not hex"),
    };
    let encrypt = match crypto.encrypt_with_random(plain, random) {
        Ok(encrypt) => encrypt,
        Err(error) => return HttpResponse::BadRequest().body(error.to_string()),
    };
    let timestamp = body.timestamp.unwrap_or_else(unix_now).to_string();
    let nonce = body
        .nonce
        .clone()
        .unwrap_or_else(|| rand::random::<u32>().to_string());
    let mut signature = crypto.sign(&timestamp, &nonce, &encrypt);
    if body.bad_signature {
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
    let request = if body.echostr.is_some() {
        client
            .get(&body.url)
            .query(&query)
            .query(&[("echostr", encrypt.as_str())])
    } else {
        let envelope = Envelope {
            to_user_name: receive_id,
            agent_id: None,
            encrypt,
        };
        client.post(&body.url).query(&query).body(envelope.to_xml())
    };
    match request.send().await {
        Ok(response) => {
            let status = response.status().as_u16();
            let text = response.text().await.unwrap_or_default();
            HttpResponse::Ok().json(json!({ "status": status, "body": text }))
        }
        Err(error) => HttpResponse::BadGateway().body(error.without_url().to_string()),
    }
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs() as i64)
        .unwrap_or_default()
}
