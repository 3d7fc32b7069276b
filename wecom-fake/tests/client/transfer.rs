//! Customer transfers: the real client against the loopback WeCom.

use serde_json::{Value, json};
use wecom::api::transfer::{
    RESULT_DONE, RESULT_REFUSED, RESULT_WAITING, TransferMode, TransferRequest,
};
use wecom::errcode;

use super::{Harness, harness, small_corp};

fn request(handover: &str, takeover: &str, customers: &[&str]) -> TransferRequest {
    TransferRequest {
        handover_userid: handover.into(),
        takeover_userid: takeover.into(),
        external_userid: customers.iter().map(|id| id.to_string()).collect(),
        transfer_success_msg: Some("您好，您的服务顾问已更换".into()),
    }
}

async fn followers(h: &Harness, external_userid: &str) -> Vec<String> {
    let state = h.state().await;
    let contact = state["external_contacts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|contact| contact["external_contact"]["external_userid"] == external_userid)
        .unwrap()
        .clone();
    contact["follow_user"]
        .as_array()
        .unwrap()
        .iter()
        .map(|follow| follow["userid"].as_str().unwrap().to_string())
        .collect()
}

#[tokio::test]
async fn an_online_transfer_waits_then_lands_and_each_customer_gets_its_own_answer() {
    let h = harness(small_corp()).await;
    // staff001 follows wmcust00001 and wmcust00021; wmcust00002 is staff002's.
    let answers = h
        .client
        .transfer_customers(
            &h.contacts,
            TransferMode::Online,
            &request(
                "staff001",
                "staff003",
                &["wmcust00001", "wmcust00021", "wmcust00002", "wmnobody"],
            ),
        )
        .await
        .unwrap();
    let codes: Vec<i64> = answers.iter().map(|answer| answer.errcode).collect();
    assert_eq!(
        codes,
        vec![
            0,
            0,
            errcode::NOT_EXTERNAL_CONTACT,
            errcode::INVALID_EXTERNAL_USERID
        ]
    );
    // The same customer again while it waits: too frequent.
    let again = h
        .client
        .transfer_customers(
            &h.contacts,
            TransferMode::Online,
            &request("staff001", "staff003", &["wmcust00001"]),
        )
        .await
        .unwrap();
    assert_eq!(again[0].errcode, errcode::TRANSFER_TOO_FREQUENT);

    let waiting = h
        .client
        .transfer_results(
            &h.contacts,
            TransferMode::Online,
            "staff001",
            "staff003",
            "",
        )
        .await
        .unwrap();
    let statuses: Vec<(String, i32)> = waiting
        .customer
        .iter()
        .map(|result| (result.external_userid.clone(), result.status))
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("wmcust00001".into(), RESULT_WAITING),
            ("wmcust00021".into(), RESULT_WAITING)
        ]
    );

    h.control(
        "/fake/transfers/complete",
        json!({"external_userid": "wmcust00001", "status": 1}),
    )
    .await;
    h.control(
        "/fake/transfers/complete",
        json!({"external_userid": "wmcust00021", "status": 3}),
    )
    .await;
    let decided = h
        .client
        .transfer_results(
            &h.contacts,
            TransferMode::Online,
            "staff001",
            "staff003",
            "",
        )
        .await
        .unwrap();
    assert_eq!(decided.customer[0].status, RESULT_DONE);
    assert!(decided.customer[0].takeover_time.unwrap() > 1_700_000_000);
    assert_eq!(decided.customer[1].status, RESULT_REFUSED);
    assert_eq!(decided.customer[1].takeover_time, None);
    assert!(decided.next_cursor.is_empty());
    let mut now = followers(&h, "wmcust00001").await;
    now.sort();
    assert_eq!(now, vec!["staff003", "staff008"]);
    assert_eq!(
        followers(&h, "wmcust00021").await,
        vec!["staff001", "staff008"]
    );

    // What WeCom was told: the message went with the online transfer.
    let state = h.state().await;
    let recorded: Vec<&Value> = state["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|call| call["path"] == "/cgi-bin/externalcontact/transfer_customer")
        .collect();
    assert_eq!(
        recorded[0]["body"]["transfer_success_msg"],
        "您好，您的服务顾问已更换"
    );
}

#[tokio::test]
async fn a_departed_members_customers_are_unassigned_until_a_resigned_transfer_takes_them() {
    let h = harness(small_corp()).await;
    let before = h
        .client
        .unassigned_customers(&h.contacts, "", 1000)
        .await
        .unwrap();
    assert!(before.info.is_empty() && before.is_last);

    // Not departed yet: the resigned transfer refuses each customer.
    let early = h
        .client
        .transfer_customers(
            &h.contacts,
            TransferMode::Resigned,
            &request("staff002", "staff003", &["wmcust00002"]),
        )
        .await
        .unwrap();
    assert_eq!(early[0].errcode, errcode::TRANSFER_TOO_FREQUENT);

    h.control("/fake/staff/depart", json!({"userid": "staff002"}))
        .await;
    // staff002 follows wmcust00002, 22, 42, … (100 customers): pages of 40.
    let mut unassigned = Vec::new();
    let mut cursor = String::new();
    loop {
        let page = h
            .client
            .unassigned_customers(&h.contacts, &cursor, 40)
            .await
            .unwrap();
        unassigned.extend(page.info.into_iter());
        if page.is_last {
            break;
        }
        cursor = page.next_cursor;
    }
    assert_eq!(unassigned.len(), 100);
    assert!(
        unassigned
            .iter()
            .all(|item| item.handover_userid == "staff002")
    );
    assert!(unassigned[0].dimission_time > 1_700_000_000);

    let answers = h
        .client
        .transfer_customers(
            &h.contacts,
            TransferMode::Resigned,
            &request("staff002", "staff003", &["wmcust00002"]),
        )
        .await
        .unwrap();
    assert_eq!(answers[0].errcode, 0);
    // The resigned transfer carries no message to the customer.
    let state = h.state().await;
    let body = state["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .rfind(|call| call["path"] == "/cgi-bin/externalcontact/resigned/transfer_customer")
        .unwrap()["body"]
        .clone();
    assert!(body.get("transfer_success_msg").is_none(), "{body}");
    let after = h
        .client
        .unassigned_customers(&h.contacts, "", 1000)
        .await
        .unwrap();
    assert_eq!(after.info.len(), 99);
    let results = h
        .client
        .transfer_results(
            &h.contacts,
            TransferMode::Resigned,
            "staff002",
            "staff003",
            "",
        )
        .await
        .unwrap();
    assert_eq!(results.customer[0].status, RESULT_WAITING);
    // The online results of the same pair are another list.
    let online = h
        .client
        .transfer_results(
            &h.contacts,
            TransferMode::Online,
            "staff002",
            "staff003",
            "",
        )
        .await
        .unwrap();
    assert!(online.customer.is_empty());
}

#[tokio::test]
async fn more_than_100_customers_or_a_long_message_are_refused_whole() {
    let h = harness(small_corp()).await;
    let many: Vec<String> = (1..=101).map(|n| format!("wmcust{n:05}")).collect();
    let refs: Vec<&str> = many.iter().map(String::as_str).collect();
    let error = h
        .client
        .transfer_customers(
            &h.contacts,
            TransferMode::Online,
            &request("staff001", "staff003", &refs),
        )
        .await
        .unwrap_err();
    assert_eq!(error.errcode(), Some(errcode::INVALID_PARAMETER));
    let mut long = request("staff001", "staff003", &["wmcust00001"]);
    long.transfer_success_msg = Some("长".repeat(201));
    let error = h
        .client
        .transfer_customers(&h.contacts, TransferMode::Online, &long)
        .await
        .unwrap_err();
    assert_eq!(error.errcode(), Some(errcode::INVALID_PARAMETER));
    assert!(
        h.state().await["external_contacts"]
            .as_array()
            .unwrap()
            .len()
            == 2000
    );
    let listed: Value = h
        .http
        .get(format!("{}/fake/transfers", h.fake.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(listed, json!([]));
}
