//! Consent to archiving: a sync asks WeCom (`check_single_agree`, `check_room_agree`) and
//! marks customers and their conversations.

use serde_json::json;
use wecom_fake::fixture::ArchivedMessage;

use super::pull::wait_for_job;
use super::{small_corp, spawn_with_wecom};

fn text(msgid: &str, from: &str, to: &str, roomid: &str) -> ArchivedMessage {
    ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": msgid, "action": "send", "from": from, "tolist": [to], "roomid": roomid,
            "msgtime": 1_764_547_200_000i64, "msgtype": "text", "text": {"content": "您好"},
        }),
    }
}

#[tokio::test]
async fn a_sync_marks_customers_and_conversations_that_refused_archiving() {
    let mut fixture = small_corp();
    fixture
        .single_agree
        .insert("staff001|wmcust00001".into(), "Disagree".into());
    fixture
        .single_agree
        .insert("staff002|wmcust00002".into(), "Agree".into());
    fixture.room_agree.insert(
        "wrchat0000".into(),
        [("wmcust00001".to_string(), "Disagree".to_string())].into(),
    );
    fixture.archive.messages = vec![
        text("consent-1", "staff001", "wmcust00001", ""),
        text("consent-2", "staff002", "wmcust00002", ""),
        text("consent-3", "staff001", "wmcust00002", "wrchat0000"),
    ];
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    let output = h.app.scrm(&[
        "archive",
        "pull",
        "--tenant",
        "default",
        "--wecom-base-url",
        &h.fake.base_url,
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );

    let data = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { wecomSyncStart { job { id } userErrors { message } } }",
            json!({}),
        )
        .await;
    let id = data["wecomSyncStart"]["job"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let job = wait_for_job(&h, &id).await;
    assert_eq!(job["status"], "SUCCEEDED", "{job:#}");

    let customers = h
        .app
        .data(
            &h.app.admin_token,
            r#"{ customers(first: 5, filter: {externalUserid: {in: ["wmcust00001", "wmcust00002", "wmcust00003"]}}) {
                nodes { externalUserid archiveConsent } } }"#,
            json!({}),
        )
        .await;
    let mut consent: Vec<(String, String)> = customers["customers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            (
                node["externalUserid"].as_str().unwrap().to_string(),
                node["archiveConsent"]
                    .as_str()
                    .unwrap_or("null")
                    .to_string(),
            )
        })
        .collect();
    consent.sort();
    assert_eq!(
        consent,
        vec![
            ("wmcust00001".to_string(), "DISAGREED".to_string()),
            ("wmcust00002".to_string(), "AGREED".to_string()),
            ("wmcust00003".to_string(), "DEFAULT_AGREED".to_string()),
        ]
    );

    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let conversations = h
        .app
        .data(
            &officer,
            "{ archiveConversations(first: 10) { nodes { key consent } } }",
            json!({}),
        )
        .await;
    let mut seen: Vec<(String, String)> = conversations["archiveConversations"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| {
            (
                node["key"].as_str().unwrap().to_string(),
                node["consent"].as_str().unwrap_or("null").to_string(),
            )
        })
        .collect();
    seen.sort();
    assert_eq!(
        seen,
        vec![
            (
                "pair:staff001|wmcust00001".to_string(),
                "DISAGREED".to_string()
            ),
            (
                "pair:staff002|wmcust00002".to_string(),
                "AGREED".to_string()
            ),
            ("room:wrchat0000".to_string(), "DISAGREED".to_string()),
        ]
    );
}
