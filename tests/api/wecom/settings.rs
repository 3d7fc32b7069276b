//! `wecomSettingsUpdate` / `wecomSettings`: admins only, secrets write-only and sealed,
//! changes audited by field name.

use serde_json::json;

use super::{ARCHIVE_SECRET, CALLBACK_AES_KEY, CONTACT_SECRET, CORP, small_corp, spawn_with_wecom};
use crate::helpers::{Needles, error_code, files_under};

const VIEW: &str = "{ wecomSettings { corpId agentId callbackUrl contactSecretSet archiveSecretSet callbackConfigured archiveKeyVersions } }";

#[tokio::test]
async fn admins_connect_the_corp_and_never_read_a_secret_back() {
    let h = spawn_with_wecom(small_corp()).await;
    let before = h.app.data(&h.app.admin_token, VIEW, json!({})).await;
    assert_eq!(before["wecomSettings"], json!(null));

    let settings = h.connect().await;
    assert_eq!(
        settings,
        json!({
            "corpId": CORP, "callbackUrl": "/wecom/callback/default",
            "contactSecretSet": true, "archiveSecretSet": true, "callbackConfigured": true,
            "archiveKeyVersions": [1],
        })
    );

    // Nothing in the database file holds a secret or the private key in clear.
    let (private, _) = super::archive_key_pair();
    let key_line = private.lines().nth(1).unwrap().to_string();
    let secrets = Needles::new([
        CONTACT_SECRET,
        ARCHIVE_SECRET,
        CALLBACK_AES_KEY,
        key_line.as_str(),
    ]);
    for entry in files_under(h.app.data_dir.path()) {
        let bytes = std::fs::read(&entry).unwrap();
        assert!(
            secrets.first_in(&bytes).is_none(),
            "{} holds a secret in clear",
            entry.display()
        );
    }

    // The audit log names the fields changed, never their values.
    let audit = h
        .app
        .data(
            &h.app.admin_token,
            "{ auditLog(first: 5, filter: {action: WECOM_SETTINGS_CHANGE}) { nodes { action parameters } } }",
            json!({}),
        )
        .await;
    let entry = &audit["auditLog"]["nodes"][0];
    assert_eq!(entry["action"], "WECOM_SETTINGS_CHANGE");
    let parameters = entry["parameters"].to_string();
    assert!(parameters.contains("contactSecret"), "{parameters}");
    assert!(parameters.contains("archivePrivateKeys:1"), "{parameters}");
    assert!(!parameters.contains(CONTACT_SECRET), "{parameters}");
}

#[tokio::test]
async fn bad_settings_are_user_errors_at_their_fields_and_change_nothing() {
    let h = spawn_with_wecom(small_corp()).await;
    let data = h
        .app
        .data(
            &h.app.admin_token,
            r#"mutation($input: WecomSettingsUpdateInput!) {
                wecomSettingsUpdate(input: $input) { wecomSettings { corpId } userErrors { field message code } }
            }"#,
            json!({ "input": {
                "agentId": -3,
                "callbackToken": "has spaces",
                "callbackEncodingAesKey": "short",
                "archivePrivateKeys": [
                    { "version": 1, "pem": "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----" },
                    { "version": 0, "pem": "x" },
                ],
            }}),
        )
        .await;
    let payload = &data["wecomSettingsUpdate"];
    assert_eq!(payload["wecomSettings"], json!(null));
    let fields: Vec<String> = payload["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            error["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|part| part.as_str().unwrap().to_string())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    for expected in [
        "input.corpId",
        "input.agentId",
        "input.callbackToken",
        "input.callbackEncodingAesKey",
        "input.archivePrivateKeys.0.pem",
        "input.archivePrivateKeys.1.version",
    ] {
        assert!(
            fields.contains(&expected.to_string()),
            "{expected} in {fields:?}"
        );
    }
    let after = h.app.data(&h.app.admin_token, VIEW, json!({})).await;
    assert_eq!(after["wecomSettings"], json!(null));
}

#[tokio::test]
async fn only_admins_see_or_change_wecom_settings() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let compliance = h.app.compliance_token().await;
    for token in [compliance] {
        let body = h.app.graphql(Some(&token), VIEW, json!({})).await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body:#}");
        let body = h
            .app
            .graphql(
                Some(&token),
                "mutation { wecomSettingsUpdate(input: {agentId: 5}) { userErrors { message } } }",
                json!({}),
            )
            .await;
        assert_eq!(error_code(&body), "FORBIDDEN", "{body:#}");
    }
}
