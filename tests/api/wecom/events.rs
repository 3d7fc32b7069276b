//! Callback events applied by the `WecomEvents` job: a new customer with its channel state and
//! tags, lost follows in both directions, a tag deleted in WeCom, a group dismissed, each event
//! once. Events are stored as the callback endpoint stores them (`wecom_event`, PENDING) and
//! the job is queued as it queues it.

use chrono::Utc;
use entity::wecom_event::{self, EventStatus};
use entity::{FollowLoss, JobKind, JobStatus, customer, customer_follow, customer_group, job, tag};
use sea_orm::{ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, Set};
use serde_json::json;
use wecom::callback::{
    CallbackEvent, ChatChange, ContactChange, EventKind, ExternalChatEvent, ExternalContactEvent,
    ExternalTagEvent, TagChange, TagRef, TagType,
};

use super::sync::{finished, sync};
use super::{CORP, small_corp, spawn_with_wecom};

const AT: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn contact_event(user_id: &str, external_user_id: &str, change: ContactChange) -> CallbackEvent {
    CallbackEvent {
        corp_id: CORP.into(),
        create_time: AT,
        kind: EventKind::ExternalContact(ExternalContactEvent {
            user_id: user_id.into(),
            external_user_id: external_user_id.into(),
            change,
        }),
    }
}

/// Stores the events as PENDING and queues the job; waits for it.
async fn deliver(h: &super::WecomHarness, events: &[CallbackEvent]) -> serde_json::Value {
    let db = h.app.db().await;
    for event in events {
        let xml = event.to_xml();
        wecom_event::ActiveModel {
            tenant_id: Set(1),
            identity: Set(uuid::Uuid::new_v4().as_bytes().to_vec()),
            event: Set("test".into()),
            change_type: Set(None),
            payload: Set(xml),
            status: Set(EventStatus::Pending),
            attempts: Set(0),
            error: Set(None),
            received_at: Set(Utc::now()),
            processed_at: Set(None),
            ..Default::default()
        }
        .insert(&db)
        .await
        .unwrap();
    }
    let queued = job::ActiveModel {
        tenant_id: Set(1),
        kind: Set(JobKind::WecomEvents),
        status: Set(JobStatus::Queued),
        done: Set(0),
        total: Set(0),
        produced: Set(0),
        created_by_name: Set(Some("wecom-callback".into())),
        cancel_requested: Set(false),
        attempts: Set(0),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&db)
    .await
    .unwrap();
    let id = api::graphql::ids::encode(api::graphql::ids::NodeKind::Job, queued.id).to_string();
    finished(h, &id).await
}

async fn follow_of(
    db: &DatabaseConnection,
    external: &str,
    userid: &str,
) -> customer_follow::Model {
    let customer = customer::Entity::find()
        .filter(customer::Column::ExternalUserid.eq(external))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("{external} not found"));
    let staff = entity::staff::Entity::find()
        .filter(entity::staff::Column::WecomUserid.eq(userid))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    customer_follow::Entity::find()
        .filter(customer_follow::Column::CustomerId.eq(customer.id))
        .filter(customer_follow::Column::StaffId.eq(staff.id))
        .one(db)
        .await
        .unwrap()
        .unwrap()
}

#[tokio::test]
async fn contact_tag_and_group_events_are_applied_once() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS", "GROUPS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    // A customer adds two members through the fair's channel code.
    h.control(
        "/fake/contacts",
        json!({
            "external_contact": {"external_userid": "wmnew0001", "name": "新客户", "type": 1, "gender": 2},
            "follow_user": [
                {"userid": "staff001", "tag_id": ["ettag000000"], "add_way": 1, "state": "fair2026", "createtime": AT},
                {"userid": "staff002", "add_way": 1, "createtime": AT},
            ],
        }),
    )
    .await;
    let job = deliver(
        &h,
        &[
            contact_event(
                "staff001",
                "wmnew0001",
                ContactChange::Add {
                    state: Some("fair2026".into()),
                    welcome_code: None,
                },
            ),
            contact_event(
                "staff002",
                "wmnew0001",
                ContactChange::Add {
                    state: None,
                    welcome_code: None,
                },
            ),
        ],
    )
    .await;
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    assert_eq!(job["produced"], 2);
    let db = h.app.db().await;
    let first = follow_of(&db, "wmnew0001", "staff001").await;
    assert_eq!(first.state.as_deref(), Some("fair2026"));
    assert!(first.lost_at.is_none());
    let tags = entity::follow_tag::Entity::find()
        .filter(entity::follow_tag::Column::FollowId.eq(first.id))
        .all(&db)
        .await
        .unwrap();
    assert_eq!(tags.len(), 1);

    // The customer deletes staff001; staff002 deletes the customer; a tag and a group go.
    let job = deliver(
        &h,
        &[
            contact_event("staff001", "wmnew0001", ContactChange::DeleteFollowUser),
            contact_event(
                "staff002",
                "wmnew0001",
                ContactChange::Delete { source: None },
            ),
            CallbackEvent {
                corp_id: CORP.into(),
                create_time: AT,
                kind: EventKind::ExternalTag(ExternalTagEvent {
                    change: TagChange::Delete(TagRef {
                        id: "ettag000001".into(),
                        tag_type: TagType::Tag,
                    }),
                    strategy_id: None,
                }),
            },
            CallbackEvent {
                corp_id: CORP.into(),
                create_time: AT,
                kind: EventKind::ExternalChat(ExternalChatEvent {
                    chat_id: "wrchat0000".into(),
                    change: ChatChange::Dismiss,
                }),
            },
        ],
    )
    .await;
    assert_eq!(job["status"], "SUCCEEDED", "{job}");
    let by_customer = follow_of(&db, "wmnew0001", "staff001").await;
    assert_eq!(by_customer.lost_by, Some(FollowLoss::CustomerDeletedStaff));
    assert_eq!(by_customer.lost_at.unwrap().timestamp(), AT);
    let by_staff = follow_of(&db, "wmnew0001", "staff002").await;
    assert_eq!(by_staff.lost_by, Some(FollowLoss::StaffDeletedCustomer));
    let deleted = tag::Entity::find()
        .filter(tag::Column::WecomId.eq("ettag000001"))
        .one(&db)
        .await
        .unwrap();
    assert!(deleted.is_none());
    let dismissed = customer_group::Entity::find()
        .filter(customer_group::Column::ChatId.eq("wrchat0000"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(dismissed.dismissed_at.unwrap().timestamp(), AT);

    // Every event is DONE, once; a job with nothing pending changes nothing.
    let events = wecom_event::Entity::find().all(&db).await.unwrap();
    assert!(
        events
            .iter()
            .all(|event| event.status == EventStatus::Done && event.attempts == 0)
    );
    let idle = deliver(&h, &[]).await;
    assert_eq!(idle["status"], "SUCCEEDED");
    assert_eq!(idle["done"], 0);
}

#[tokio::test]
async fn an_event_that_keeps_failing_is_failed_with_its_error_after_five_attempts() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    sync(&h, json!({"kinds": ["STAFF"]})).await;
    let event = contact_event("staff001", "wmcust00001", ContactChange::Edit);
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/externalcontact/get", "errcode": 40003, "times": 5}),
    )
    .await;
    let db = h.app.db().await;
    deliver(&h, &[event]).await;
    for _ in 0..4 {
        deliver(&h, &[]).await;
    }
    let stored = wecom_event::Entity::find().one(&db).await.unwrap().unwrap();
    assert_eq!(stored.status, EventStatus::Failed);
    assert_eq!(stored.attempts, 5);
    let error = stored.error.unwrap();
    assert!(
        error.contains("40003") && !error.contains("wmcust"),
        "{error}"
    );
}
