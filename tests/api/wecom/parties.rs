//! Who said it: archive senders and recipients resolve to staff (by WeCom userid) and
//! customers (by external userid) at read time, before or after the ids are known.

use serde_json::json;
use wecom_fake::fixture::ArchivedMessage;

use super::{small_corp, spawn_with_wecom};

const PARTIES: &str = r#"query($msgid: String!) { archiveMessage(msgid: $msgid) {
    sender { __typename ... on Staff { name wecomUserid } ... on ArchiveCustomer { name externalUserid } ... on UnresolvedParty { wecomId } }
    recipients { __typename ... on Staff { name } ... on ArchiveCustomer { name externalUserid } ... on UnresolvedParty { wecomId } }
} }"#;

#[tokio::test]
async fn senders_and_recipients_resolve_at_read_time() {
    let mut fixture = small_corp();
    fixture.archive.messages.push(ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": "who-0001", "action": "send", "from": "staff001",
            "tolist": ["wmcust00001", "wmstranger"], "roomid": "", "msgtime": 1_764_547_200_000i64,
            "msgtype": "text", "text": {"content": "您好"},
        }),
    });
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
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;

    // Archived before anyone is known: every id is unresolved.
    let data = h
        .app
        .data(&officer, PARTIES, json!({"msgid": "who-0001"}))
        .await;
    assert_eq!(
        data["archiveMessage"]["sender"],
        json!({"__typename": "UnresolvedParty", "wecomId": "staff001"})
    );

    // The admin gives a member their WeCom userid and a customer is added: the same message
    // now names them.
    let (staff_id, _) = h
        .app
        .create_staff(&h.app.admin_token, "default", "liu@corp.cn", "SALES", None)
        .await;
    let data = h
        .app
        .data(
            &h.app.admin_token,
            r#"mutation($input: StaffUpdateInput!) { staffUpdate(input: $input) { staff { wecomUserid } userErrors { field message code } } }"#,
            json!({"input": {"id": staff_id, "wecomUserid": "staff001"}}),
        )
        .await;
    assert_eq!(data["staffUpdate"]["staff"]["wecomUserid"], "staff001");
    h.app
        .create_customer(&h.app.admin_token, "wmcust00001", "王女士", &staff_id)
        .await;

    let data = h
        .app
        .data(&officer, PARTIES, json!({"msgid": "who-0001"}))
        .await;
    assert_eq!(
        data["archiveMessage"]["sender"],
        json!({"__typename": "Staff", "name": "liu@corp.cn", "wecomUserid": "staff001"})
    );
    assert_eq!(
        data["archiveMessage"]["recipients"],
        json!([
            {"__typename": "ArchiveCustomer", "name": "王女士", "externalUserid": "wmcust00001"},
            {"__typename": "UnresolvedParty", "wecomId": "wmstranger"},
        ])
    );

    // A WeCom userid belongs to one member.
    let (other, _) = h
        .app
        .create_staff(&h.app.admin_token, "default", "zhao@corp.cn", "SALES", None)
        .await;
    let data = h
        .app
        .data(
            &h.app.admin_token,
            r#"mutation($input: StaffUpdateInput!) { staffUpdate(input: $input) { staff { id } userErrors { field code } } }"#,
            json!({"input": {"id": other, "wecomUserid": "staff001"}}),
        )
        .await;
    assert_eq!(
        data["staffUpdate"]["userErrors"],
        json!([{"field": ["input", "wecomUserid"], "code": "CONFLICT"}])
    );
}
