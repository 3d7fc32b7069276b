//! Every WeCom callback event end to end: the loopback WeCom signs, encrypts and delivers it
//! (`/fake/callback`) to the real `/wecom/callback/{tenantSlug}`, the `WecomEvents` job the
//! endpoint queued applies it (asking the fake what WeCom would be asked), and the effect is
//! read back through GraphQL, or the database where the schema does not show it.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use entity::{
    EventStatus, FollowLoss, customer, customer_follow, customer_group, customer_group_member,
    staff, tag_group, wecom_event,
};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::{Value, json};
use wecom::callback::{
    CallbackEvent, ChatChange, ChatUpdate, ChatUpdateDetail, ContactChange, EventKind,
    ExternalChatEvent, ExternalContactEvent, ExternalTagEvent, TagChange, TagRef, TagType,
    TransferFailReason,
};
use wecom_fake::fixture::ArchivedMessage;

use super::pull::{archived, wait_for_job};
use super::sync::{finished, sync};
use super::{CONTACT_SECRET, CORP, WecomHarness, small_corp, spawn_with_wecom};

/// `CreateTime` of the events (2026-01-01T00:00:00Z); events that must differ add seconds.
const AT: i64 = 1_767_225_600;

fn event(create_time: i64, kind: EventKind) -> CallbackEvent {
    CallbackEvent {
        corp_id: CORP.into(),
        create_time,
        kind,
    }
}

pub(crate) fn contact(
    at: i64,
    user_id: &str,
    external_user_id: &str,
    change: ContactChange,
) -> String {
    event(
        at,
        EventKind::ExternalContact(ExternalContactEvent {
            user_id: user_id.into(),
            external_user_id: external_user_id.into(),
            change,
        }),
    )
    .to_xml()
}

fn chat(at: i64, chat_id: &str, change: ChatChange) -> String {
    event(
        at,
        EventKind::ExternalChat(ExternalChatEvent {
            chat_id: chat_id.into(),
            change,
        }),
    )
    .to_xml()
}

fn corp_tag(at: i64, change: TagChange) -> String {
    event(
        at,
        EventKind::ExternalTag(ExternalTagEvent {
            change,
            strategy_id: None,
        }),
    )
    .to_xml()
}

fn tag_ref(id: &str, tag_type: TagType) -> TagRef {
    TagRef {
        id: id.into(),
        tag_type,
    }
}

/// Has the fake deliver `xml` as WeCom does (fresh timestamp, nonce and random prefix unless
/// `overrides` fix them); what scrm answered.
pub(crate) async fn deliver_with(h: &WecomHarness, xml: &str, overrides: Value) -> (u16, String) {
    let mut request = json!({
        "url": format!("{}/wecom/callback/default", h.app.address),
        "xml": xml,
    });
    if let (Some(request), Some(overrides)) = (request.as_object_mut(), overrides.as_object()) {
        request.extend(overrides.clone());
    }
    let answer = h.control("/fake/callback", request).await;
    (
        u16::try_from(answer["status"].as_u64().unwrap()).unwrap(),
        answer["body"].as_str().unwrap().to_string(),
    )
}

/// Delivers each event, asserting WeCom gets its `success`.
async fn deliver(h: &WecomHarness, xmls: &[String]) {
    for xml in xmls {
        let answer = deliver_with(h, xml, json!({})).await;
        assert_eq!(answer, (200, "success".to_string()), "{xml}");
    }
}

/// The tenant's jobs of `kind` (a `JobKind` name), newest first.
async fn jobs(h: &WecomHarness, kind: &str) -> Vec<Value> {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "query($kind: JobKind!) { jobs(filter: {kind: $kind}, first: 50) {
                nodes { id kind status done produced error createdBy { id } } } }",
            json!({ "kind": kind }),
        )
        .await;
    data["jobs"]["nodes"].as_array().unwrap().clone()
}

/// Waits for every `WECOM_EVENTS` job the deliveries queued to finish, asserting each
/// succeeded; returns them all. (Delivering answers only once the event is stored and a job
/// queued, so the jobs to wait for exist by now.)
pub(crate) async fn applied(h: &WecomHarness) -> Vec<Value> {
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let all = jobs(h, "WECOM_EVENTS").await;
        assert!(!all.is_empty(), "a delivery queues the events job");
        let open: Vec<&Value> = all
            .iter()
            .filter(|job| matches!(job["status"].as_str(), Some("QUEUED" | "RUNNING")))
            .collect();
        if open.is_empty() {
            for job in &all {
                assert_eq!(job["status"], "SUCCEEDED", "{job:#}");
                assert_eq!(
                    job["createdBy"],
                    Value::Null,
                    "queued by the system: {job:#}"
                );
            }
            return all;
        }
        assert!(
            Instant::now() < deadline,
            "events jobs still open: {open:#?}"
        );
        for job in open {
            finished(h, job["id"].as_str().unwrap()).await;
        }
    }
}

/// Every stored event, oldest first.
async fn stored(db: &DatabaseConnection) -> Vec<wecom_event::Model> {
    let mut events = wecom_event::Entity::find().all(db).await.unwrap();
    events.sort_by_key(|event| event.id);
    events
}

/// Asserts every stored event was applied, on the first attempt; their `(event, change)`.
async fn all_done(db: &DatabaseConnection) -> Vec<(String, Option<String>)> {
    stored(db)
        .await
        .into_iter()
        .map(|event| {
            assert_eq!(
                (event.status, event.attempts, event.error.as_deref()),
                (EventStatus::Done, 0, None),
                "{event:?}"
            );
            assert!(event.processed_at.is_some());
            (event.event, event.change_type)
        })
        .collect()
}

fn names(pairs: &[(&str, Option<&str>)]) -> Vec<(String, Option<String>)> {
    pairs
        .iter()
        .map(|(event, change)| (event.to_string(), change.map(str::to_string)))
        .collect()
}

/// The customer as GraphQL shows it to the admin; `Null` when there is none.
pub(crate) async fn customer_view(h: &WecomHarness, external_userid: &str) -> Value {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "query($external: String!) {
                customers(filter: {externalUserid: {eq: $external}}) { nodes {
                    externalUserid name
                    follows { staff { wecomUserid } remark addWay state createdAt tags { name } }
                } }
            }",
            json!({ "external": external_userid }),
        )
        .await;
    data["customers"]["nodes"]
        .get(0)
        .cloned()
        .unwrap_or(Value::Null)
}

async fn customer_count(h: &WecomHarness) -> u64 {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ customers(first: 1) { totalCount } }",
            json!({}),
        )
        .await;
    data["customers"]["totalCount"].as_u64().unwrap()
}

/// The follow of `external_userid` by `userid`, from the database (lost follows are not
/// described by the schema).
async fn follow_row(
    db: &DatabaseConnection,
    external_userid: &str,
    userid: &str,
) -> customer_follow::Model {
    let customer = customer::Entity::find()
        .filter(customer::Column::ExternalUserid.eq(external_userid))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("{external_userid} not found"));
    let member = staff::Entity::find()
        .filter(staff::Column::WecomUserid.eq(userid))
        .one(db)
        .await
        .unwrap()
        .unwrap();
    customer_follow::Entity::find()
        .filter(customer_follow::Column::CustomerId.eq(customer.id))
        .filter(customer_follow::Column::StaffId.eq(member.id))
        .one(db)
        .await
        .unwrap()
        .unwrap_or_else(|| panic!("no follow of {external_userid} by {userid}"))
}

/// Tag groups as GraphQL lists them: group name → (group id, tag name → tag id).
async fn tag_groups(h: &WecomHarness) -> BTreeMap<String, (String, BTreeMap<String, String>)> {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ tagGroups { id name tags { id name } } }",
            json!({}),
        )
        .await;
    data["tagGroups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|group| {
            let tags = group["tags"]
                .as_array()
                .unwrap()
                .iter()
                .map(|tag| {
                    (
                        tag["name"].as_str().unwrap().to_string(),
                        tag["id"].as_str().unwrap().to_string(),
                    )
                })
                .collect();
            (
                group["name"].as_str().unwrap().to_string(),
                (group["id"].as_str().unwrap().to_string(), tags),
            )
        })
        .collect()
}

fn tag_names(
    groups: &BTreeMap<String, (String, BTreeMap<String, String>)>,
) -> BTreeMap<&str, Vec<&str>> {
    groups
        .iter()
        .map(|(name, (_, tags))| (name.as_str(), tags.keys().map(String::as_str).collect()))
        .collect()
}

/// Changes the corp's tags through WeCom's own API, as an admin in WeCom's console would:
/// WeCom then sends the callback. Returns WeCom's answer.
async fn wecom_console(h: &WecomHarness, path: &str, body: Value) -> Value {
    let token: Value = h
        .http
        .get(format!("{}/cgi-bin/gettoken", h.fake.base_url))
        .query(&[("corpid", CORP), ("corpsecret", CONTACT_SECRET)])
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let answer: Value = h
        .http
        .post(format!(
            "{}/cgi-bin/externalcontact/{path}",
            h.fake.base_url
        ))
        .query(&[("access_token", token["access_token"].as_str().unwrap())])
        .json(&body)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(answer["errcode"], 0, "{path}: {answer}");
    answer
}

async fn group_row(db: &DatabaseConnection, chat_id: &str) -> Option<customer_group::Model> {
    customer_group::Entity::find()
        .filter(customer_group::Column::ChatId.eq(chat_id))
        .one(db)
        .await
        .unwrap()
}

/// The group's members' WeCom ids, sorted.
async fn group_members(db: &DatabaseConnection, group_id: i64) -> Vec<String> {
    let mut members: Vec<String> = customer_group_member::Entity::find()
        .filter(customer_group_member::Column::GroupId.eq(group_id))
        .all(db)
        .await
        .unwrap()
        .into_iter()
        .map(|member| member.userid)
        .collect();
    members.sort();
    members
}

async fn connected_with_staff_and_tags() -> WecomHarness {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    h
}

#[tokio::test]
async fn customer_contact_events_add_refresh_and_lose_follows_in_both_directions() {
    let h = connected_with_staff_and_tags().await;
    let db = h.app.db().await;
    // The customers WeCom will describe when asked. The first added staff001 through the
    // fair's channel code (WeCom's follow does not repeat the `state`: the callback's counts);
    // the second added staff003, who has not accepted yet.
    h.control(
        "/fake/contacts",
        json!([
            {
                "external_contact": {"external_userid": "wmcallback01", "name": "回调客户", "type": 1, "gender": 2},
                "follow_user": [{"userid": "staff001", "remark": "初次备注", "add_way": 1, "createtime": AT - 60}],
            },
            {
                "external_contact": {"external_userid": "wmcallback02", "name": "半加客户", "type": 1},
                "follow_user": [{"userid": "staff003", "add_way": 3, "createtime": AT - 30}],
            },
        ]),
    )
    .await;
    assert_eq!(
        customer_count(&h).await,
        0,
        "only staff and tags were synced"
    );

    deliver(
        &h,
        &[
            contact(
                AT,
                "staff001",
                "wmcallback01",
                ContactChange::Add {
                    state: Some("fair2026".into()),
                    welcome_code: Some("WELCOMECODE".into()),
                },
            ),
            contact(
                AT,
                "staff003",
                "wmcallback02",
                ContactChange::AddHalf {
                    state: Some("halfway".into()),
                    welcome_code: None,
                },
            ),
            // Handing a customer to another member failed: noted, nothing to change.
            contact(
                AT,
                "staff004",
                "wmcust00001",
                ContactChange::TransferFail {
                    reason: TransferFailReason::CustomerRefused,
                },
            ),
            // An event scrm does not use is stored and done with.
            event(
                AT,
                EventKind::Other {
                    event: "change_contact".into(),
                    change_type: Some("create_user".into()),
                },
            )
            .to_xml(),
        ],
    )
    .await;
    applied(&h).await;
    assert_eq!(
        all_done(&db).await,
        names(&[
            ("change_external_contact", Some("add_external_contact")),
            ("change_external_contact", Some("add_half_external_contact")),
            ("change_external_contact", Some("transfer_fail")),
            ("change_contact", Some("create_user")),
        ])
    );
    let added = customer_view(&h, "wmcallback01").await;
    assert_eq!(added["name"], "回调客户", "{added:#}");
    assert_eq!(
        added["follows"],
        json!([{
            "staff": {"wecomUserid": "staff001"}, "remark": "初次备注", "addWay": 1,
            "state": "fair2026", "createdAt": "2025-12-31T23:59:00+00:00", "tags": [],
        }]),
        "{added:#}"
    );
    let half = customer_view(&h, "wmcallback02").await;
    assert_eq!(half["name"], "半加客户", "{half:#}");
    assert_eq!(
        half["follows"],
        json!([{
            "staff": {"wecomUserid": "staff003"}, "remark": null, "addWay": 3,
            "state": "halfway", "createdAt": "2025-12-31T23:59:30+00:00", "tags": [],
        }]),
        "{half:#}"
    );
    // The failed transfer fetched nothing: its customer is still unknown here.
    assert_eq!(customer_view(&h, "wmcust00001").await, Value::Null);
    assert_eq!(customer_count(&h).await, 2);

    // staff001 edits the remark, description and tags; staff002 adds the customer too. WeCom's
    // follow still lacks the channel state: the one the add event brought is kept.
    h.control(
        "/fake/contacts",
        json!({
            "external_contact": {"external_userid": "wmcallback01", "name": "回调客户", "type": 1, "gender": 2},
            "follow_user": [
                {"userid": "staff001", "remark": "改后备注", "description": "重点客户", "add_way": 1,
                 "createtime": AT - 60, "tag_id": ["ettag000000"]},
                {"userid": "staff002", "add_way": 1, "createtime": AT + 5},
            ],
        }),
    )
    .await;
    deliver(
        &h,
        &[contact(
            AT + 10,
            "staff001",
            "wmcallback01",
            ContactChange::Edit,
        )],
    )
    .await;
    applied(&h).await;
    assert_eq!(all_done(&db).await.len(), 5);
    let edited = customer_view(&h, "wmcallback01").await;
    assert_eq!(
        edited["follows"],
        json!([
            {"staff": {"wecomUserid": "staff001"}, "remark": "改后备注", "addWay": 1,
             "state": "fair2026", "createdAt": "2025-12-31T23:59:00+00:00", "tags": [{"name": "标签1-1"}]},
            {"staff": {"wecomUserid": "staff002"}, "remark": null, "addWay": 1,
             "state": null, "createdAt": "2026-01-01T00:00:05+00:00", "tags": []},
        ]),
        "{edited:#}"
    );
    let refreshed = follow_row(&db, "wmcallback01", "staff001").await;
    assert_eq!(refreshed.description.as_deref(), Some("重点客户"));

    // staff001 deletes the customer; the customer deletes staff002.
    for userid in ["staff001", "staff002"] {
        h.control(
            "/fake/contacts/remove",
            json!({"external_userid": "wmcallback01", "userid": userid}),
        )
        .await;
    }
    deliver(
        &h,
        &[
            contact(
                AT + 20,
                "staff001",
                "wmcallback01",
                ContactChange::Delete { source: None },
            ),
            contact(
                AT + 30,
                "staff002",
                "wmcallback01",
                ContactChange::DeleteFollowUser,
            ),
        ],
    )
    .await;
    applied(&h).await;
    assert_eq!(
        all_done(&db).await[5..],
        names(&[
            ("change_external_contact", Some("del_external_contact")),
            ("change_external_contact", Some("del_follow_user")),
        ])
    );
    let by_staff = follow_row(&db, "wmcallback01", "staff001").await;
    assert_eq!(
        (by_staff.lost_by, by_staff.lost_at.map(|at| at.timestamp())),
        (Some(FollowLoss::StaffDeletedCustomer), Some(AT + 20))
    );
    let by_customer = follow_row(&db, "wmcallback01", "staff002").await;
    assert_eq!(
        (
            by_customer.lost_by,
            by_customer.lost_at.map(|at| at.timestamp())
        ),
        (Some(FollowLoss::CustomerDeletedStaff), Some(AT + 30))
    );
    let untouched = follow_row(&db, "wmcallback02", "staff003").await;
    assert_eq!((untouched.lost_at, untouched.lost_by), (None, None));
    // Lost follows are kept, never deleted, and so is the customer.
    let lost = customer_view(&h, "wmcallback01").await;
    assert_eq!(lost["follows"].as_array().unwrap().len(), 2, "{lost:#}");
    assert_eq!(customer_count(&h).await, 2);
}

/// Each follow's WeCom id and channel state, as GraphQL shows them.
fn follow_states(view: &Value) -> Vec<(String, Value)> {
    view["follows"]
        .as_array()
        .unwrap_or_else(|| panic!("no follows in {view:#}"))
        .iter()
        .map(|follow| {
            (
                follow["staff"]["wecomUserid"].as_str().unwrap().to_string(),
                follow["state"].clone(),
            )
        })
        .collect()
}

#[tokio::test]
async fn a_channel_state_survives_refreshes_where_wecom_omits_it() {
    let mut fixture = small_corp();
    fixture.external_contacts.clear();
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    // WeCom's follow never repeats the channel state the add event carried.
    let stateless = |remark: &str| {
        json!({
            "external_contact": {"external_userid": "wmchannel01", "name": "渠道客户", "type": 1},
            "follow_user": [{"userid": "staff001", "remark": remark, "add_way": 1, "createtime": AT}],
        })
    };
    h.control("/fake/contacts", stateless("初次")).await;
    deliver(
        &h,
        &[contact(
            AT,
            "staff001",
            "wmchannel01",
            ContactChange::Add {
                state: Some("poster07".into()),
                welcome_code: None,
            },
        )],
    )
    .await;
    applied(&h).await;
    let expected = [("staff001".to_string(), json!("poster07"))];
    assert_eq!(
        follow_states(&customer_view(&h, "wmchannel01").await),
        expected
    );

    // An edit event: WeCom's follow (new remark, no state) is taken, the state kept.
    h.control("/fake/contacts", stateless("改过")).await;
    deliver(
        &h,
        &[contact(
            AT + 10,
            "staff001",
            "wmchannel01",
            ContactChange::Edit,
        )],
    )
    .await;
    applied(&h).await;
    let edited = customer_view(&h, "wmchannel01").await;
    assert_eq!(edited["follows"][0]["remark"], "改过", "{edited:#}");
    assert_eq!(follow_states(&edited), expected);

    // A customer sync, from the same stateless follow.
    h.control("/fake/contacts", stateless("同步")).await;
    let synced = sync(&h, json!({"kinds": ["CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    let refreshed = customer_view(&h, "wmchannel01").await;
    assert_eq!(refreshed["follows"][0]["remark"], "同步", "{refreshed:#}");
    assert_eq!(follow_states(&refreshed), expected);

    // A state WeCom does give replaces the stored one.
    let mut restated = stateless("同步");
    restated["follow_user"][0]["state"] = json!("expo2026");
    h.control("/fake/contacts", restated).await;
    let synced = sync(&h, json!({"kinds": ["CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    assert_eq!(
        follow_states(&customer_view(&h, "wmchannel01").await),
        [("staff001".to_string(), json!("expo2026"))]
    );
    assert_eq!(
        follow_row(&h.app.db().await, "wmchannel01", "staff001")
            .await
            .state
            .as_deref(),
        Some("expo2026")
    );
}

#[tokio::test]
async fn group_chat_events_create_refresh_and_dismiss_groups() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let db = h.app.db().await;
    assert!(group_row(&db, "wrchat0000").await.is_none(), "not synced");

    // Two groups are created; a third is gone again before scrm asks WeCom about it.
    deliver(
        &h,
        &[
            chat(AT, "wrchat0000", ChatChange::Create),
            chat(AT, "wrchat0001", ChatChange::Create),
            chat(AT, "wrchatgone01", ChatChange::Create),
        ],
    )
    .await;
    let jobs = applied(&h).await;
    assert_eq!(all_done(&db).await.len(), 3);
    let produced: u64 = jobs
        .iter()
        .map(|job| job["produced"].as_u64().unwrap())
        .sum();
    assert_eq!(
        produced, 3,
        "each event is applied (one of them to nothing)"
    );
    let created = group_row(&db, "wrchat0000").await.unwrap();
    assert_eq!(
        (
            created.name.as_str(),
            created.owner_userid.as_str(),
            created.dismissed_at
        ),
        ("客户群1", "staff001", None)
    );
    assert_eq!(
        group_members(&db, created.id).await,
        ["staff001", "wmcust00001", "wmcust00002", "wmcust00003"]
    );
    assert!(group_row(&db, "wrchat0001").await.is_some());
    assert!(group_row(&db, "wrchatgone01").await.is_none());
    assert_eq!(customer_group::Entity::find().count(&db).await.unwrap(), 2);

    // The copy here falls behind WeCom (the fake cannot change a group, so the local copy is
    // made stale instead): renamed, and a member missing. An update makes it WeCom's again,
    // and an update of a group scrm never saw brings it in.
    customer_group::Entity::update_many()
        .col_expr(customer_group::Column::Name, Expr::value("过时的群名"))
        .filter(customer_group::Column::Id.eq(created.id))
        .exec(&db)
        .await
        .unwrap();
    customer_group_member::Entity::delete_many()
        .filter(customer_group_member::Column::GroupId.eq(created.id))
        .filter(customer_group_member::Column::Userid.eq("wmcust00002"))
        .exec(&db)
        .await
        .unwrap();
    let update = |detail| {
        ChatChange::Update(ChatUpdate {
            detail: Some(detail),
            join_scene: Some(1),
            quit_scene: None,
            mem_change_cnt: Some(1),
        })
    };
    deliver(
        &h,
        &[
            chat(AT + 10, "wrchat0000", update(ChatUpdateDetail::AddMember)),
            chat(AT + 10, "wrchat0002", update(ChatUpdateDetail::ChangeName)),
        ],
    )
    .await;
    applied(&h).await;
    assert_eq!(all_done(&db).await.len(), 5);
    let updated = group_row(&db, "wrchat0000").await.unwrap();
    assert_eq!(updated.name, "客户群1");
    assert_eq!(
        group_members(&db, updated.id).await,
        ["staff001", "wmcust00001", "wmcust00002", "wmcust00003"]
    );
    let brought = group_row(&db, "wrchat0002").await.unwrap();
    assert_eq!(brought.name, "客户群3");
    assert_eq!(group_members(&db, brought.id).await.len(), 4);

    // A group is dismissed: marked at the event's time, kept with its members.
    deliver(&h, &[chat(AT + 20, "wrchat0000", ChatChange::Dismiss)]).await;
    applied(&h).await;
    assert_eq!(
        all_done(&db).await,
        names(&[
            ("change_external_chat", Some("create")),
            ("change_external_chat", Some("create")),
            ("change_external_chat", Some("create")),
            ("change_external_chat", Some("update")),
            ("change_external_chat", Some("update")),
            ("change_external_chat", Some("dismiss")),
        ])
    );
    let dismissed = group_row(&db, "wrchat0000").await.unwrap();
    assert_eq!(
        dismissed.dismissed_at.map(|at| at.timestamp()),
        Some(AT + 20)
    );
    assert_eq!(group_members(&db, dismissed.id).await.len(), 4);
    for other in ["wrchat0001", "wrchat0002"] {
        assert!(group_row(&db, other).await.unwrap().dismissed_at.is_none());
    }
}

#[tokio::test]
async fn tag_events_bring_renamed_and_removed_tags_and_groups() {
    let h = connected_with_staff_and_tags().await;
    let db = h.app.db().await;
    let before = tag_groups(&h).await;
    assert_eq!(
        tag_names(&before),
        BTreeMap::from([
            ("标签组1", vec!["标签1-1", "标签1-2", "标签1-3"]),
            ("标签组2", vec!["标签2-1", "标签2-2", "标签2-3"]),
        ])
    );

    // In WeCom's console: a tag added to a group, and a new group with two tags.
    let added = wecom_console(
        &h,
        "add_corp_tag",
        json!({"group_id": "etgroup000", "tag": [{"name": "回调新标签"}]}),
    )
    .await;
    let new_tag = added["tag_group"]["tag"][0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let created = wecom_console(
        &h,
        "add_corp_tag",
        json!({"group_name": "回调新组", "tag": [{"name": "组内标签甲"}, {"name": "组内标签乙"}]}),
    )
    .await;
    let new_group = created["tag_group"]["group_id"]
        .as_str()
        .unwrap()
        .to_string();
    deliver(
        &h,
        &[
            corp_tag(AT, TagChange::Create(tag_ref(&new_tag, TagType::Tag))),
            corp_tag(
                AT,
                TagChange::Create(tag_ref(&new_group, TagType::TagGroup)),
            ),
        ],
    )
    .await;
    applied(&h).await;
    let after_create = tag_groups(&h).await;
    assert_eq!(
        tag_names(&after_create),
        BTreeMap::from([
            ("回调新组", vec!["组内标签乙", "组内标签甲"]),
            (
                "标签组1",
                vec!["回调新标签", "标签1-1", "标签1-2", "标签1-3"]
            ),
            ("标签组2", vec!["标签2-1", "标签2-2", "标签2-3"]),
        ])
    );

    // Renamed in WeCom: the same tag and group, under their new names.
    wecom_console(
        &h,
        "edit_corp_tag",
        json!({"id": new_tag, "name": "回调改名标签"}),
    )
    .await;
    wecom_console(
        &h,
        "edit_corp_tag",
        json!({"id": new_group, "name": "回调改名组"}),
    )
    .await;
    deliver(
        &h,
        &[
            corp_tag(AT + 10, TagChange::Update(tag_ref(&new_tag, TagType::Tag))),
            corp_tag(
                AT + 10,
                TagChange::Update(tag_ref(&new_group, TagType::TagGroup)),
            ),
        ],
    )
    .await;
    applied(&h).await;
    let after_update = tag_groups(&h).await;
    assert_eq!(
        tag_names(&after_update),
        BTreeMap::from([
            ("回调改名组", vec!["组内标签乙", "组内标签甲"]),
            (
                "标签组1",
                vec!["回调改名标签", "标签1-1", "标签1-2", "标签1-3"]
            ),
            ("标签组2", vec!["标签2-1", "标签2-2", "标签2-3"]),
        ])
    );
    assert_eq!(
        after_update["回调改名组"].0, after_create["回调新组"].0,
        "renamed, not replaced"
    );
    assert_eq!(
        after_update["标签组1"].1["回调改名标签"],
        after_create["标签组1"].1["回调新标签"]
    );

    // Deleted in WeCom: a tag, and the new group with its tags.
    wecom_console(&h, "del_corp_tag", json!({"tag_id": ["ettag000001"]})).await;
    wecom_console(&h, "del_corp_tag", json!({"group_id": [new_group]})).await;
    deliver(
        &h,
        &[
            corp_tag(
                AT + 20,
                TagChange::Delete(tag_ref("ettag000001", TagType::Tag)),
            ),
            corp_tag(
                AT + 20,
                TagChange::Delete(tag_ref(&new_group, TagType::TagGroup)),
            ),
        ],
    )
    .await;
    applied(&h).await;
    assert_eq!(
        tag_names(&tag_groups(&h).await),
        BTreeMap::from([
            ("标签组1", vec!["回调改名标签", "标签1-1", "标签1-3"]),
            ("标签组2", vec!["标签2-1", "标签2-2", "标签2-3"]),
        ])
    );

    // A group goes in WeCom without a callback of its own; WeCom then reorders all groups:
    // the shuffle re-reads the whole list, which no longer has it.
    wecom_console(&h, "del_corp_tag", json!({"group_id": ["etgroup001"]})).await;
    wecom_console(&h, "edit_corp_tag", json!({"id": "etgroup000", "order": 7})).await;
    deliver(
        &h,
        &[corp_tag(AT + 30, TagChange::Shuffle { group_id: None })],
    )
    .await;
    applied(&h).await;
    assert_eq!(
        tag_names(&tag_groups(&h).await),
        BTreeMap::from([("标签组1", vec!["回调改名标签", "标签1-1", "标签1-3"])])
    );
    let reordered = tag_group::Entity::find()
        .filter(tag_group::Column::WecomId.eq("etgroup000"))
        .one(&db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(reordered.sort, 7);

    assert_eq!(
        all_done(&db).await,
        names(&[
            ("change_external_tag", Some("create")),
            ("change_external_tag", Some("create")),
            ("change_external_tag", Some("update")),
            ("change_external_tag", Some("update")),
            ("change_external_tag", Some("delete")),
            ("change_external_tag", Some("delete")),
            ("change_external_tag", Some("shuffle")),
        ])
    );
}

/// A text message for the fake's archive.
fn text_message(msgid: &str, text: &str) -> ArchivedMessage {
    ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": msgid, "action": "send", "from": "staff001", "tolist": ["wmcust00001"],
            "roomid": "", "msgtime": 1_767_225_600_000i64, "msgtype": "text",
            "text": {"content": text},
        }),
    }
}

#[tokio::test]
async fn msgaudit_notify_wakes_the_archive_puller() {
    let h = spawn_with_wecom(small_corp()).await;
    h.connect().await;
    let db = h.app.db().await;
    let answer = h
        .control(
            "/fake/archive/messages",
            json!([
                text_message("notify-0001", "回调唤醒 probeword 第一条"),
                text_message("notify-0002", "回调唤醒 probeword 第二条"),
                text_message("notify-0003", "回调唤醒 probeword 第三条"),
            ]),
        )
        .await;
    assert_eq!(answer["last_seq"], 3);
    assert!(
        jobs(&h, "ARCHIVE_PULL").await.is_empty(),
        "nothing pulls yet"
    );
    assert_eq!(archived(&h).await, (0, 0));

    let notify = |at| {
        event(
            at,
            EventKind::MsgAuditNotify {
                agent_id: Some("1000002".into()),
            },
        )
        .to_xml()
    };
    deliver(&h, &[notify(AT)]).await;
    applied(&h).await;
    assert_eq!(all_done(&db).await, names(&[("msgaudit_notify", None)]));
    let pulls = jobs(&h, "ARCHIVE_PULL").await;
    assert_eq!(pulls.len(), 1, "{pulls:#?}");
    assert_eq!(pulls[0]["createdBy"], Value::Null, "queued by the system");
    let pull = wait_for_job(&h, pulls[0]["id"].as_str().unwrap()).await;
    assert_eq!(pull["status"], "SUCCEEDED", "{pull:#}");
    assert_eq!(pull["done"], 3, "{pull:#}");
    assert_eq!(archived(&h).await, (3, 3));
    let officer = h.app.compliance_token().await;
    let search = "{ archiveSearch(query: \"probeword\") { totalCount nodes { msgid } } }";
    let found = h.app.data(&officer, search, json!({})).await;
    assert_eq!(found["archiveSearch"]["totalCount"], 3, "{found:#}");

    // More messages, another notice: another pull, which takes only the new ones.
    h.control(
        "/fake/archive/messages",
        json!([
            text_message("notify-0004", "回调唤醒 probeword 第四条"),
            text_message("notify-0005", "回调唤醒 probeword 第五条"),
        ]),
    )
    .await;
    deliver(&h, &[notify(AT + 60)]).await;
    applied(&h).await;
    assert_eq!(all_done(&db).await.len(), 2);
    let pulls = jobs(&h, "ARCHIVE_PULL").await;
    assert_eq!(pulls.len(), 2, "{pulls:#?}");
    let pull = wait_for_job(&h, pulls[0]["id"].as_str().unwrap()).await;
    assert_eq!(pull["status"], "SUCCEEDED", "{pull:#}");
    assert_eq!(pull["done"], 2, "{pull:#}");
    assert_eq!(archived(&h).await, (5, 5));
    let found = h.app.data(&officer, search, json!({})).await;
    assert_eq!(found["archiveSearch"]["totalCount"], 5, "{found:#}");
}

#[tokio::test]
async fn an_event_delivered_again_is_stored_and_applied_once() {
    let h = connected_with_staff_and_tags().await;
    let db = h.app.db().await;
    h.control(
        "/fake/contacts",
        json!({
            "external_contact": {"external_userid": "wmresent01", "name": "重发客户", "type": 1},
            "follow_user": [{"userid": "staff005", "add_way": 1, "createtime": AT, "state": "resend"}],
        }),
    )
    .await;
    let xml = contact(
        AT,
        "staff005",
        "wmresent01",
        ContactChange::Add {
            state: Some("resend".into()),
            welcome_code: None,
        },
    );

    // WeCom resends (no answer within 5 s, say): a fresh nonce, timestamp and random prefix
    // each time. Both are answered `success`; one event is kept.
    deliver(&h, &[xml.clone(), xml.clone()]).await;
    assert_eq!(stored(&db).await.len(), 1);
    // The very same request again, byte for byte, is a replay: refused, nothing stored.
    let fixed = json!({
        "timestamp": chrono::Utc::now().timestamp(),
        "nonce": "5550001",
        "random_hex": "0f0e0d0c0b0a09080706050403020100",
    });
    assert_eq!(
        deliver_with(&h, &xml, fixed.clone()).await,
        (200, "success".to_string())
    );
    assert_eq!(
        deliver_with(&h, &xml, fixed).await,
        (409, "replay".to_string())
    );
    let jobs = applied(&h).await;
    let produced: u64 = jobs
        .iter()
        .map(|job| job["produced"].as_u64().unwrap())
        .sum();
    assert_eq!(produced, 1, "applied once: {jobs:#?}");
    assert_eq!(
        all_done(&db).await,
        names(&[("change_external_contact", Some("add_external_contact"))])
    );
    let view = customer_view(&h, "wmresent01").await;
    assert_eq!(
        view["follows"],
        json!([{
            "staff": {"wecomUserid": "staff005"}, "remark": null, "addWay": 1,
            "state": "resend", "createdAt": "2026-01-01T00:00:00+00:00", "tags": [],
        }]),
        "{view:#}"
    );

    // A late resend after the event was applied: answered, neither stored nor applied again.
    deliver(&h, &[xml]).await;
    let jobs = applied(&h).await;
    let produced: u64 = jobs
        .iter()
        .map(|job| job["produced"].as_u64().unwrap())
        .sum();
    assert_eq!(produced, 1, "{jobs:#?}");
    assert_eq!(stored(&db).await.len(), 1);
    let follows = customer_follow::Entity::find().count(&db).await.unwrap();
    assert_eq!(follows, 1);
    assert_eq!(customer::Entity::find().count(&db).await.unwrap(), 1);
}
