//! The WeCom integration against a loopback WeCom (`wecom_fake`) running in the test, through
//! the real server and CLI.

pub(crate) mod callback_events;
mod callbacks;
mod consent;
mod events;
mod parties;
pub(crate) mod pull;
mod settings;
pub(crate) mod sync;
mod tags;

use std::net::TcpListener;
use std::time::Duration;

use api::settings::Settings;
use serde_json::{Value, json};
use wecom_fake::{CorpSize, FakeWecom, Fixture};

use crate::helpers::{TestApp, spawn_app_with};

pub const CORP: &str = "wwfakecorp0001";
pub const CONTACT_SECRET: &str = "fake-contact-secret-0001";
pub const ARCHIVE_SECRET: &str = "fake-archive-secret-0001";
pub const CALLBACK_TOKEN: &str = "fakeCallbackToken01";
/// 43 characters of base64 (32 bytes), as WeCom's console generates.
pub const CALLBACK_AES_KEY: &str = "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG";

/// The committed RSA key pair of the archive vectors (`wecom/tests/fixtures`).
pub fn archive_key_pair() -> (String, String) {
    let vectors: Value = serde_json::from_str(include_str!(
        "../../../wecom/tests/fixtures/finance-vectors.json"
    ))
    .unwrap();
    (
        vectors["private_key_pem_pkcs8"]
            .as_str()
            .unwrap()
            .to_string(),
        vectors["public_key_pem"].as_str().unwrap().to_string(),
    )
}

/// 2 departments, 20 staff, 2,000 customers (every tenth followed twice), 2 tag groups of 3
/// tags, 5 groups.
pub fn small_corp() -> Fixture {
    let mut fixture = Fixture::empty(CORP, CONTACT_SECRET, ARCHIVE_SECRET).generated(CorpSize {
        departments: 2,
        staff: 20,
        customers: 2000,
        tag_groups: 2,
        tags_per_group: 3,
        groups: 5,
    });
    fixture.callback = Some(wecom_fake::fixture::CallbackSettings {
        token: CALLBACK_TOKEN.into(),
        encoding_aes_key: CALLBACK_AES_KEY.into(),
    });
    let (_, public) = archive_key_pair();
    fixture.archive.public_keys.insert(1, public);
    fixture
}

/// The server, pointed at a loopback WeCom playing `fixture`, with quick retries.
pub struct WecomHarness {
    pub app: TestApp,
    pub fake: FakeWecom,
    pub http: reqwest::Client,
}

pub async fn spawn_with_wecom(fixture: Fixture) -> WecomHarness {
    spawn_with_wecom_and(fixture, |_| {}).await
}

/// [`spawn_with_wecom`], with further settings of the server (`configure` runs last).
pub async fn spawn_with_wecom_and(
    fixture: Fixture,
    configure: impl FnOnce(&mut Settings),
) -> WecomHarness {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let fake = FakeWecom::start(fixture, listener).unwrap();
    let base_url = fake.base_url.clone();
    let app = spawn_app_with(|settings| {
        settings.wecom.base_url = base_url;
        settings.wecom.timeout = Duration::from_secs(2);
        settings.wecom.retry = ::wecom::RetryPolicy {
            busy_retries: 3,
            rate_limit_retries: 4,
            base_delay: Duration::from_millis(5),
            max_delay: Duration::from_millis(50),
        };
        configure(settings);
    })
    .await;
    WecomHarness {
        app,
        fake,
        // As the app's client: drop idle connections before the fake's 5 s keep-alive does, or a
        // control call after a long sync may reuse one the fake is closing (IncompleteMessage).
        http: reqwest::Client::builder()
            .pool_idle_timeout(Duration::from_secs(1))
            .build()
            .unwrap(),
    }
}

impl WecomHarness {
    /// Connects the default tenant to the fake corp: ids, both secrets, the callback
    /// settings and archive key version 1.
    pub async fn connect(&self) -> Value {
        let (private, _) = archive_key_pair();
        let data = self
            .app
            .data(
                &self.app.admin_token,
                r#"mutation($input: WecomSettingsUpdateInput!) {
                    wecomSettingsUpdate(input: $input) {
                        wecomSettings { corpId callbackUrl contactSecretSet archiveSecretSet
                                        callbackConfigured archiveKeyVersions }
                        userErrors { field message code }
                    }
                }"#,
                json!({ "input": {
                    "corpId": CORP, "agentId": 1000002,
                    "contactSecret": CONTACT_SECRET, "archiveSecret": ARCHIVE_SECRET,
                    "callbackToken": CALLBACK_TOKEN, "callbackEncodingAesKey": CALLBACK_AES_KEY,
                    "archivePrivateKeys": [{ "version": 1, "pem": private }],
                }}),
            )
            .await;
        let payload = &data["wecomSettingsUpdate"];
        assert_eq!(payload["userErrors"], json!([]), "{payload:#}");
        payload["wecomSettings"].clone()
    }

    /// Steers the fake (`/fake/...`), asserting success; returns its JSON answer, if any.
    pub async fn control(&self, path: &str, body: Value) -> Value {
        let response = self
            .http
            .post(format!("{}{path}", self.fake.base_url))
            .json(&body)
            .send()
            .await
            .unwrap();
        assert!(
            response.status().is_success(),
            "{path}: {}",
            response.status()
        );
        response.json().await.unwrap_or(Value::Null)
    }

    /// What the fake saw and holds: `calls`, `recorded`, `tag_group`, `external_contacts`.
    pub async fn fake_state(&self) -> Value {
        self.http
            .get(format!("{}/fake/state", self.fake.base_url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }
}
