//! Lost-customer alerts (流失提醒) through the real server and the loopback WeCom: a customer
//! deleting a staff member (or the member deleting them) marks the follow lost and reaches the
//! member's manager — live over `notificationCreated` and in `notifications` — once, however
//! often WeCom repeats the callback; a tenant may let staff deletions pass; a hand-over is no
//! loss; nobody else reads the notification.

use serde_json::json;
use wecom::callback::ContactChange;

use crate::helpers::{error_code, next_json};
use crate::wecom::callback_events::{applied, contact, deliver_with};
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom};

const LIST: &str =
    "query($unread: Boolean! = false) { notifications(unreadOnly: $unread, first: 20) {
    totalCount nodes { id kind lostBy readAt customer { externalUserid } staff { wecomUserid } } }
    notificationsUnreadCount }";

/// staff001's department and the WeCom ids of (up to) four customers staff001 follows.
pub(super) async fn staff001(h: &WecomHarness) -> (String, String, Vec<String>) {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid department { id } } } }",
            json!({}),
        )
        .await;
    let member = data["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["wecomUserid"] == "staff001")
        .unwrap()
        .clone();
    let customers = h
        .app
        .data(
            &h.app.admin_token,
            "query($s: ID!) { customers(first: 4, filter: {followerId: $s}) { nodes { externalUserid } } }",
            json!({ "s": member["id"] }),
        )
        .await["customers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["externalUserid"].as_str().unwrap().to_string())
        .collect();
    (
        member["id"].as_str().unwrap().to_string(),
        member["department"]["id"].as_str().unwrap().to_string(),
        customers,
    )
}

async fn deliver(h: &WecomHarness, xml: &str) {
    assert_eq!(
        deliver_with(h, xml, json!({})).await,
        (200, "success".to_string())
    );
}

#[tokio::test]
async fn a_lost_customer_reaches_the_managers_subscription_once_and_nobody_elses() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let (_, department, customers) = staff001(&h).await;
    assert_eq!(customers.len(), 4);
    let (_, manager) = h
        .app
        .create_staff(
            &h.app.admin_token,
            "default",
            "boss@corp.cn",
            "MANAGER",
            Some(&department),
        )
        .await;
    let mut socket = h
        .app
        .subscribe(
            &manager,
            "subscription { notificationCreated { kind lostBy customer { externalUserid } staff { wecomUserid } } }",
        )
        .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;

    // The customer deletes staff001; WeCom says so twice.
    let now = chrono::Utc::now().timestamp();
    let deleted = contact(
        now,
        "staff001",
        &customers[0],
        ContactChange::DeleteFollowUser,
    );
    deliver(&h, &deleted).await;
    deliver(&h, &deleted).await;
    applied(&h).await;
    let event = next_json(&mut socket).await;
    assert_eq!(event["type"], "next", "{event}");
    assert_eq!(
        event["payload"]["data"]["notificationCreated"],
        json!({"kind": "CUSTOMER_LOST", "lostBy": "CUSTOMER_DELETED_STAFF",
               "customer": {"externalUserid": customers[0]}, "staff": {"wecomUserid": "staff001"}})
    );
    let listed = h.app.data(&manager, LIST, json!({})).await;
    assert_eq!(listed["notifications"]["totalCount"], 1, "{listed:#}");
    assert_eq!(listed["notificationsUnreadCount"], 1);
    let id = listed["notifications"]["nodes"][0]["id"].clone();

    // Nobody else reads it: the admin has none of their own; another tenant cannot reach it.
    let admin_list = h.app.data(&h.app.admin_token, LIST, json!({})).await;
    assert_eq!(admin_list["notifications"]["totalCount"], 0);
    let other = h.app.create_tenant("other-firm").await;
    let reached = h
        .app
        .graphql(
            Some(&other),
            "query($id: ID!) { node(id: $id) { id } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(error_code(&reached), "NOT_FOUND", "{reached}");
    let marked_by_other = h
        .app
        .data(
            &other,
            "mutation($id: ID!) { notificationMarkRead(input: {ids: [$id]}) { notifications { id } userErrors { field code } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        marked_by_other["notificationMarkRead"]["userErrors"],
        json!([{"field": ["input", "ids", "0"], "code": "NOT_FOUND"}])
    );
    let officer = h.app.compliance_token().await;
    let refused = h.app.graphql(Some(&officer), LIST, json!({})).await;
    assert_eq!(error_code(&refused), "FORBIDDEN", "{refused}");

    // The manager reads it.
    let marked = h
        .app
        .data(
            &manager,
            "mutation($id: ID!) { notificationMarkRead(input: {ids: [$id]}) { notifications { readAt } userErrors { field } } }",
            json!({ "id": id }),
        )
        .await;
    assert!(
        marked["notificationMarkRead"]["notifications"][0]["readAt"].is_string(),
        "{marked:#}"
    );
    let unread = h.app.data(&manager, LIST, json!({ "unread": true })).await;
    assert_eq!(unread["notifications"]["totalCount"], 0);
    assert_eq!(unread["notificationsUnreadCount"], 0);

    // staff001 deletes a customer: reported by default.
    let dropped = contact(
        now + 1,
        "staff001",
        &customers[1],
        ContactChange::Delete { source: None },
    );
    deliver(&h, &dropped).await;
    applied(&h).await;
    let event = next_json(&mut socket).await;
    assert_eq!(
        event["payload"]["data"]["notificationCreated"]["lostBy"], "STAFF_DELETED_CUSTOMER",
        "{event}"
    );

    // The admin lets staff deletions pass; a hand-over (DELETE_BY_TRANSFER) is no loss at all.
    let settings = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { tenantSettingsUpdate(input: {notifyStaffDeletions: false}) { tenant { notifyStaffDeletions } userErrors { field } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        settings["tenantSettingsUpdate"]["tenant"]["notifyStaffDeletions"],
        false
    );
    let quiet = contact(
        now + 2,
        "staff001",
        &customers[2],
        ContactChange::Delete { source: None },
    );
    deliver(&h, &quiet).await;
    applied(&h).await;
    let listed = h.app.data(&manager, LIST, json!({})).await;
    assert_eq!(listed["notifications"]["totalCount"], 2, "{listed:#}");
    let settings = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { tenantSettingsUpdate(input: {notifyStaffDeletions: true}) { userErrors { field } } }",
            json!({}),
        )
        .await;
    assert_eq!(settings["tenantSettingsUpdate"]["userErrors"], json!([]));
    let handed_over = contact(
        now + 3,
        "staff001",
        &customers[3],
        ContactChange::Delete {
            source: Some("DELETE_BY_TRANSFER".into()),
        },
    );
    deliver(&h, &handed_over).await;
    applied(&h).await;
    let listed = h.app.data(&manager, LIST, json!({})).await;
    assert_eq!(listed["notifications"]["totalCount"], 2, "{listed:#}");
    let db = h.app.db().await;
    let lost: Vec<(String, Option<String>)> = {
        use sea_orm::{ConnectionTrait, Statement};
        db.query_all_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT c.external_userid, f.lost_by FROM customer_follow f JOIN customer c ON c.id = f.customer_id WHERE f.lost_at IS NOT NULL ORDER BY f.lost_at",
        ))
        .await
        .unwrap()
        .iter()
        .map(|row| (row.try_get_by_index(0).unwrap(), row.try_get_by_index(1).unwrap()))
        .collect()
    };
    // The quiet deletion still marks the follow lost: only the notice is skipped.
    assert_eq!(
        lost,
        vec![
            (
                customers[0].clone(),
                Some("CUSTOMER_DELETED_STAFF".to_string())
            ),
            (
                customers[1].clone(),
                Some("STAFF_DELETED_CUSTOMER".to_string())
            ),
            (
                customers[2].clone(),
                Some("STAFF_DELETED_CUSTOMER".to_string())
            ),
            (customers[3].clone(), Some("TRANSFERRED".to_string())),
        ]
    );
}
