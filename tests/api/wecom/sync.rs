//! `wecomSyncStart` and `scrm wecom sync` against the loopback WeCom: a full sync of a small
//! corp, idempotence, token expiry and rate-limit storms, a sync that fails part-way and is
//! finished by the next, lost follows.

use std::time::{Duration, Instant};

use entity::{customer, customer_follow, customer_group, customer_group_member, department};
use entity::{follow_tag, staff, tag, tag_group};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};

use super::{WecomHarness, small_corp, spawn_with_wecom};

const JOB: &str =
    "query($id: ID!) { job(id: $id) { id kind status done total produced attempts error } }";

/// Polls the job until it is finished (at most two minutes).
pub async fn finished(h: &WecomHarness, id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let data = h
            .app
            .data(&h.app.admin_token, JOB, json!({ "id": id }))
            .await;
        let status = data["job"]["status"]
            .as_str()
            .unwrap_or_default()
            .to_string();
        if !["QUEUED", "RUNNING"].contains(&status.as_str()) || Instant::now() > deadline {
            return data["job"].clone();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Starts a sync as the admin and waits for it.
pub async fn sync(h: &WecomHarness, input: Value) -> Value {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($input: WecomSyncStartInput!) { wecomSyncStart(input: $input) { job { id kind status } userErrors { field message } } }",
            json!({ "input": input }),
        )
        .await;
    let payload = &data["wecomSyncStart"];
    assert_eq!(payload["userErrors"], json!([]), "{payload:#}");
    assert_eq!(payload["job"]["kind"], "WECOM_SYNC");
    finished(h, payload["job"]["id"].as_str().unwrap()).await
}

/// What the tenant holds from WeCom, as counts.
pub async fn holdings(db: &DatabaseConnection) -> Value {
    json!({
        "departments": department::Entity::find().filter(department::Column::WecomId.is_not_null()).count(db).await.unwrap(),
        "staff": staff::Entity::find().filter(staff::Column::WecomUserid.is_not_null()).count(db).await.unwrap(),
        "customers": customer::Entity::find().count(db).await.unwrap(),
        "follows": customer_follow::Entity::find().filter(customer_follow::Column::LostAt.is_null()).count(db).await.unwrap(),
        "lost": customer_follow::Entity::find().filter(customer_follow::Column::LostAt.is_not_null()).count(db).await.unwrap(),
        "follow_tags": follow_tag::Entity::find().count(db).await.unwrap(),
        "tag_groups": tag_group::Entity::find().filter(tag_group::Column::WecomId.is_not_null()).count(db).await.unwrap(),
        "tags": tag::Entity::find().filter(tag::Column::WecomId.is_not_null()).count(db).await.unwrap(),
        "groups": customer_group::Entity::find().count(db).await.unwrap(),
        "group_members": customer_group_member::Entity::find().count(db).await.unwrap(),
    })
}

fn small_corp_holdings(lost: u64, follows: u64) -> Value {
    json!({
        "departments": 3, "staff": 20, "customers": 2000, "follows": follows, "lost": lost,
        "follow_tags": follows + lost, "tag_groups": 2, "tags": 6, "groups": 5, "group_members": 20,
    })
}

#[tokio::test]
async fn a_full_sync_brings_the_corp_and_a_second_changes_nothing() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let first = sync(&h, json!({})).await;
    assert_eq!(first["status"], "SUCCEEDED", "{first}");
    let db = h.app.db().await;
    assert_eq!(holdings(&db).await, small_corp_holdings(0, 2200));
    // 3 + 20 + 2 groups + 6 tags + 2,000 customers + 2,200 follows + 5 groups, and the
    // consent of the 2,000 customers (all the corp's default).
    assert_eq!(
        first["produced"],
        3 + 20 + 2 + 6 + 2000 + 2200 + 5 + 2000,
        "{first}"
    );

    // Members are SALES without a password: nobody signs in as them until an admin decides.
    let members = staff::Entity::find()
        .filter(staff::Column::WecomUserid.is_not_null())
        .all(&db)
        .await
        .unwrap();
    assert!(members.iter().all(|member| member.password_hash.is_none()
        && member.role == entity::Role::Sales
        && member.email.ends_with("@wecom.invalid")
        && member.department_id.is_some()));
    // The channel state and the tags of a follow are WeCom's.
    let with_state = customer_follow::Entity::find()
        .filter(customer_follow::Column::State.eq("expo2026"))
        .count(&db)
        .await
        .unwrap();
    // Every fifth customer (400), twice for the 200 of them followed by two members.
    assert_eq!(with_state, 600);
    let root = department::Entity::find()
        .filter(department::Column::WecomId.eq(1))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    let children = department::Entity::find()
        .filter(department::Column::ParentId.eq(root.id))
        .count(&db)
        .await
        .unwrap();
    assert_eq!(children, 2);

    let second = sync(&h, json!({})).await;
    assert_eq!(second["status"], "SUCCEEDED", "{second}");
    assert_eq!(
        second["produced"], 0,
        "a second sync changes nothing: {second}"
    );
    assert_eq!(holdings(&db).await, small_corp_holdings(0, 2200));

    // Both are in the audit log with their counts.
    let audit = h
        .app
        .data(
            &h.app.admin_token,
            "{ auditLog(first: 5, filter: {action: WECOM_SYNC}) { nodes { action outcome } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        audit["auditLog"]["nodes"].as_array().unwrap().len(),
        2,
        "{audit}"
    );
}

#[tokio::test]
async fn expired_tokens_and_a_rate_limit_storm_do_not_stop_a_sync() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    h.control(
        "/fake/faults",
        json!([
            {"path": "/cgi-bin/externalcontact/batch/get_by_user", "errcode": 42001, "times": 1},
            {"path": "*", "errcode": 45009, "times": 6},
        ]),
    )
    .await;
    let done = sync(
        &h,
        json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS", "GROUPS"]}),
    )
    .await;
    assert_eq!(done["status"], "SUCCEEDED", "{done}");
    assert_eq!(
        holdings(&h.app.db().await).await,
        small_corp_holdings(0, 2200)
    );
    h.control("/fake/tokens/expire", json!({})).await;
    let again = sync(
        &h,
        json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS", "GROUPS"]}),
    )
    .await;
    assert_eq!(again["status"], "SUCCEEDED", "{again}");
    assert_eq!(again["produced"], 0);
}

#[tokio::test]
async fn a_sync_that_fails_part_way_is_finished_by_the_next_and_lost_follows_are_kept() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    // Listing groups fails for good: staff, tags and customers are in and saved by then.
    let state = h.fake_state().await;
    assert!(
        state["calls"]
            .get("/cgi-bin/externalcontact/batch/get_by_user")
            .is_none()
    );
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/externalcontact/groupchat/list", "errcode": 40058, "times": 1}),
    )
    .await;
    let failed = sync(&h, json!({})).await;
    assert_eq!(failed["status"], "FAILED", "{failed}");
    let error = failed["error"].as_str().unwrap();
    assert!(
        error.contains("groupchat/list") && error.contains("40058"),
        "{error}"
    );
    let db = h.app.db().await;
    let partial = holdings(&db).await;
    assert_eq!(
        partial["customers"], 2000,
        "customers were in before groups: {partial}"
    );
    assert_eq!(partial["groups"], 0);

    // A follow ends in WeCom meanwhile.
    h.control(
        "/fake/contacts/remove",
        json!({"external_userid": "wmcust00002", "userid": "staff002"}),
    )
    .await;
    let finished_run = sync(&h, json!({})).await;
    assert_eq!(finished_run["status"], "SUCCEEDED", "{finished_run}");
    // The second job finished the first one's pass (groups only), so the follow removed
    // after that pass went through is still current…
    assert_eq!(holdings(&db).await, small_corp_holdings(0, 2200));
    assert_eq!(
        finished_run["produced"],
        3 + 20 + 2 + 6 + 2000 + 2200 + 5 + 2000
    );

    // …and the next full pass marks it lost, never deleting it.
    let third = sync(&h, json!({})).await;
    assert_eq!(third["status"], "SUCCEEDED", "{third}");
    assert_eq!(third["produced"], 1, "{third}");
    assert_eq!(holdings(&db).await, small_corp_holdings(1, 2199));
    let lost = customer_follow::Entity::find()
        .filter(customer_follow::Column::LostAt.is_not_null())
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(lost.lost_by, Some(entity::FollowLoss::GoneFromWecom));
}

#[tokio::test]
async fn a_customer_page_that_fails_leaves_no_half_applied_page_and_the_rerun_counts_right() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    // Let the first three customer pages through, then refuse the fourth.
    h.control(
        "/fake/faults",
        json!([{"path": "/cgi-bin/externalcontact/batch/get_by_user", "errcode": 0, "times": 3},
               {"path": "/cgi-bin/externalcontact/batch/get_by_user", "errcode": 40058, "times": 1}]),
    )
    .await;
    let failed = sync(&h, json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS"]})).await;
    assert_eq!(failed["status"], "FAILED", "{failed}");
    let db = h.app.db().await;
    let follows = customer_follow::Entity::find().count(&db).await.unwrap();
    assert_eq!(follows, 300, "whole pages only");
    let rerun = sync(&h, json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS"]})).await;
    assert_eq!(rerun["status"], "SUCCEEDED", "{rerun}");
    let now = holdings(&db).await;
    assert_eq!(now["follows"], 2200);
    assert_eq!(now["customers"], 2000);
    assert_eq!(now["lost"], 0);
    // Counts carry over from the failed job: the total is the whole corp, once.
    assert_eq!(rerun["produced"], 3 + 20 + 2 + 6 + 2000 + 2200, "{rerun}");
}

#[tokio::test]
async fn only_admins_start_a_sync_and_only_once_the_corp_is_connected() {
    let h = spawn_with_wecom(small_corp()).await;
    let query = "mutation { wecomSyncStart(input: {}) { job { id } } }";
    let before = h
        .app
        .graphql(Some(&h.app.admin_token), query, json!({}))
        .await;
    assert_eq!(crate::helpers::error_code(&before), "CONFLICT", "{before}");
    h.connect().await;
    let (_, sales) = h.app.appoint("default", "sales@corp.cn", "SALES").await;
    let refused = h.app.graphql(Some(&sales), query, json!({})).await;
    assert_eq!(
        crate::helpers::error_code(&refused),
        "FORBIDDEN",
        "{refused}"
    );
}

#[tokio::test]
async fn the_operator_syncs_from_the_command_line() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let output = h.app.scrm(&[
        "wecom",
        "sync",
        "--tenant",
        "default",
        "--wecom-base-url",
        &h.fake.base_url,
    ]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("sync of default finished"), "{stdout}");
    assert!(stdout.contains("customers    created   2000"), "{stdout}");
    assert!(stdout.contains("follows      created   2200"), "{stdout}");
    assert_eq!(
        holdings(&h.app.db().await).await,
        small_corp_holdings(0, 2200)
    );
    let again = h.app.scrm(&[
        "wecom",
        "sync",
        "--tenant",
        "default",
        "--wecom-base-url",
        &h.fake.base_url,
    ]);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(again.status.success());
    assert!(
        stdout.contains("customers    created      0  updated      0"),
        "{stdout}"
    );
}
