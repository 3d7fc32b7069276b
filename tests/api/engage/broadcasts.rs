//! Mass messaging through the real server and the loopback WeCom: a preview says exactly what
//! the send then does; caps, quiet hours and the opt-out tag hold over a week of the server's
//! (manual) clock; customers who reply TD / 退订 get no more; two broadcasts racing for a customer's last slot: one gets it.

use std::time::{Duration, Instant};

use api::domain::clock::Clock;
use chrono::{DateTime, Utc};
use sea_orm::{EntityTrait, QueryOrder};
use serde_json::{Value, json};
use wecom_fake::fixture::ArchivedMessage;

use crate::wecom::pull::pull_by_job;
use crate::wecom::sync::sync;
use crate::wecom::{WecomHarness, small_corp, spawn_with_wecom_and};

/// Local (Asia/Shanghai, UTC+8) wall time `day` (December 2026) `hh:mm` as an instant.
fn local(day: u32, hh: u32, mm: u32) -> DateTime<Utc> {
    let text = format!("2026-12-{day:02}T{hh:02}:{mm:02}:00+08:00");
    DateTime::parse_from_rfc3339(&text)
        .unwrap()
        .with_timezone(&Utc)
}

pub(super) async fn harness(workers: usize) -> WecomHarness {
    let h = spawn_with_wecom_and(small_corp(), move |settings| {
        settings.clock = Clock::manual(local(7, 10, 0));
        settings.broadcast_tick_every = Duration::from_millis(50);
        settings.jobs.workers = workers;
    })
    .await;
    h.connect().await;
    let synced = sync(&h, json!({"kinds": ["STAFF", "TAGS", "CUSTOMERS"]})).await;
    assert_eq!(synced["status"], "SUCCEEDED", "{synced}");
    h
}

pub(super) async fn staff_id(h: &WecomHarness, userid: &str) -> String {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "{ staff(first: 100) { nodes { id wecomUserid } } }",
            json!({}),
        )
        .await;
    data["staff"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|node| node["wecomUserid"] == userid)
        .unwrap()["id"]
        .as_str()
        .unwrap()
        .to_string()
}

const PREVIEW: &str = "query($a: BroadcastAudienceInput!) { broadcastPreview(audience: $a) {
    recipients excluded { reason count } sendsAt } }";

/// `(recipients, [opted out, daily cap, weekly cap])` of a preview.
async fn preview(h: &WecomHarness, audience: &Value) -> (u64, [u64; 3]) {
    let data = h
        .app
        .data(&h.app.admin_token, PREVIEW, json!({ "a": audience }))
        .await;
    let preview = &data["broadcastPreview"];
    let count = |reason: &str| {
        preview["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["reason"] == reason)
            .unwrap()["count"]
            .as_u64()
            .unwrap()
    };
    (
        preview["recipients"].as_u64().unwrap(),
        [count("OPTED_OUT"), count("DAILY_CAP"), count("WEEKLY_CAP")],
    )
}

async fn create(
    h: &WecomHarness,
    name: &str,
    audience: &Value,
    send_at: Option<DateTime<Utc>>,
) -> String {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($i: BroadcastCreateInput!) { broadcastCreate(input: $i) {
                broadcast { id status } userErrors { field message code } } }",
            json!({ "i": {
                "name": name, "audience": audience,
                "content": {"text": "双十二理财讲座，欢迎报名"},
                "sendAt": send_at.map(|at| at.to_rfc3339()),
            } }),
        )
        .await;
    let payload = &data["broadcastCreate"];
    assert_eq!(payload["userErrors"], json!([]), "{payload:#}");
    payload["broadcast"]["id"].as_str().unwrap().to_string()
}

const VIEW: &str = "query($id: ID!) { node(id: $id) { ... on Broadcast {
    status recipients sentAt excluded { reason count }
    results(first: 100) { totalCount nodes { status excludedReason customer { externalUserid } } } } } }";

async fn view(h: &WecomHarness, id: &str) -> Value {
    h.app
        .data(&h.app.admin_token, VIEW, json!({ "id": id }))
        .await["node"]
        .clone()
}

/// Waits until the broadcast leaves SCHEDULED and SENDING.
pub(super) async fn settled(h: &WecomHarness, id: &str) -> Value {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let current = view(h, id).await;
        if !matches!(current["status"].as_str(), Some("SCHEDULED" | "SENDING")) {
            return current;
        }
        assert!(
            Instant::now() < deadline,
            "broadcast never settled: {current:#}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// Lets the server's broadcast task run a few rounds (it ticks every 50 ms).
async fn rounds() {
    tokio::time::sleep(Duration::from_millis(400)).await;
}

fn excluded_counts(view: &Value) -> [u64; 3] {
    let count = |reason: &str| {
        view["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["reason"] == reason)
            .unwrap()["count"]
            .as_u64()
            .unwrap()
    };
    [count("OPTED_OUT"), count("DAILY_CAP"), count("WEEKLY_CAP")]
}

pub(super) async fn fake_groupmsgs(h: &WecomHarness) -> Vec<Value> {
    h.http
        .get(format!("{}/fake/groupmsg", h.fake.base_url))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

#[tokio::test]
async fn a_preview_says_what_the_send_does_and_results_come_back_from_wecom() {
    let h = harness(1).await;
    let staff001 = staff_id(&h, "staff001").await;
    let audience = json!({ "staffIds": [staff001] });
    let (expected, excluded) = preview(&h, &audience).await;
    assert!(expected > 10, "staff001 follows customers: {expected}");
    assert_eq!(excluded, [0, 0, 0]);

    let id = create(&h, "双十二", &audience, None).await;
    let sent = settled(&h, &id).await;
    assert_eq!(sent["status"], "SENT", "{sent:#}");
    assert_eq!(sent["recipients"], expected);
    // WeCom got one template from staff001 holding exactly those customers.
    let templates = fake_groupmsgs(&h).await;
    assert_eq!(templates.len(), 1, "{templates:#?}");
    assert_eq!(templates[0]["sender"], "staff001");
    assert_eq!(
        templates[0]["external_userid"].as_array().unwrap().len() as u64,
        expected
    );

    // Until staff001 confirms on the phone, every result is RESERVED; then SENT.
    assert_eq!(sent["results"]["totalCount"], expected);
    assert!(
        sent["results"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .all(|row| row["status"] == "RESERVED")
    );
    h.control(
        "/fake/groupmsg/confirm",
        json!({ "msgid": templates[0]["msgid"] }),
    )
    .await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let current = view(&h, &id).await;
        let delivered = current["results"]["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|row| row["status"] == "SENT")
            .count() as u64;
        if delivered == expected.min(100) {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "results never came back: {current:#}"
        );
        rounds().await;
    }

    // The boss's dashboard counts the same reach (by send time: the loopback WeCom's
    // confirmation carries the real clock's, the reservation the server's manual one).
    let to = (Utc::now().date_naive() + chrono::Days::new(1)).max(local(8, 0, 0).date_naive());
    let board = h
        .app
        .data(
            &h.app.admin_token,
            "query($to: Date!) { dashboard(from: \"2026-12-01\", to: $to, groupBy: MONTH) {
                broadcastReach { broadcasts delivered customersReached pending failed excluded } } }",
            json!({"to": to.to_string()}),
        )
        .await;
    assert_eq!(
        board["dashboard"]["broadcastReach"],
        json!({"broadcasts": 1, "delivered": expected, "customersReached": expected,
               "pending": 0, "failed": 0, "excluded": 0})
    );

    // The same audience again today: every customer has had the day's message.
    assert_eq!(preview(&h, &audience).await, (0, [0, expected, 0]));
}

#[tokio::test]
async fn caps_quiet_hours_and_the_opt_out_tag_hold_over_a_week() {
    let h = harness(1).await;
    let clock = h.app.store.clock().clone();
    let staff002 = staff_id(&h, "staff002").await;
    let audience = json!({ "staffIds": [staff002] });
    let (everyone, _) = preview(&h, &audience).await;
    assert!(everyone > 2);

    // Policy: 1 a day, 2 in seven days, quiet 21:00–08:00; customers tagged 退订 opt out.
    let opt_out = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { tagGroupCreate(input: {name: \"群发\", tags: [\"退订\"]}) { tagGroup { tags { id } } } }",
            json!({}),
        )
        .await["tagGroupCreate"]["tagGroup"]["tags"][0]["id"]
        .clone();
    let policy = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($tag: ID!) { broadcastPolicyUpdate(input: {perCustomerDaily: 1, perCustomerWeekly: 2,
                quietStart: \"21:00\", quietEnd: \"08:00\", optOutTagId: $tag}) {
                broadcastPolicy { perCustomerDaily perCustomerWeekly quietStart quietEnd optOutTag { name } }
                userErrors { field } } }",
            json!({ "tag": opt_out }),
        )
        .await;
    assert_eq!(
        policy["broadcastPolicyUpdate"]["broadcastPolicy"],
        json!({"perCustomerDaily": 1, "perCustomerWeekly": 2, "quietStart": "21:00", "quietEnd": "08:00", "optOutTag": {"name": "退订"}})
    );
    // One of staff002's customers opts out.
    let customers = h
        .app
        .data(
            &h.app.admin_token,
            "query($s: ID!) { customers(first: 1, filter: {followerId: $s}) { nodes { id } } }",
            json!({ "s": staff002 }),
        )
        .await;
    let opted_customer = customers["customers"]["nodes"][0]["id"].clone();
    let tagged = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($c: ID!, $t: ID!) { customerTag(input: {customerIds: [$c], tagIds: [$t]}) { userErrors { field } } }",
            json!({ "c": opted_customer, "t": opt_out }),
        )
        .await;
    assert_eq!(tagged["customerTag"]["userErrors"], json!([]));
    let rest = everyone - 1;

    // (step, local time to set, expected preview and outcome [recipients, opted, daily, weekly])
    struct Step {
        name: &'static str,
        at: DateTime<Utc>,
        expected: (u64, [u64; 3]),
    }
    let steps = [
        Step {
            name: "Mon 10:00: first of the week",
            at: local(7, 10, 0),
            expected: (rest, [1, 0, 0]),
        },
        Step {
            name: "Mon 11:00: the day's slot is used",
            at: local(7, 11, 0),
            expected: (0, [1, rest, 0]),
        },
        Step {
            name: "Wed 10:00: second of the week",
            at: local(9, 10, 0),
            expected: (rest, [1, 0, 0]),
        },
        Step {
            name: "Thu 10:00: the week's two are used",
            at: local(10, 10, 0),
            expected: (0, [1, 0, rest]),
        },
        Step {
            name: "Mon 10:00 a week on: Monday's left the window, Wednesday's not",
            at: local(14, 10, 0),
            expected: (rest, [1, 0, 0]),
        },
        Step {
            name: "Tue 10:00: one in the window (Wed) plus Mon's: capped",
            at: local(15, 10, 0),
            expected: (0, [1, 0, rest]),
        },
        Step {
            name: "Thu 10:00: Wednesday's left the window",
            at: local(17, 10, 0),
            expected: (rest, [1, 0, 0]),
        },
    ];
    for step in &steps {
        clock.set(step.at);
        assert_eq!(
            preview(&h, &audience).await,
            step.expected,
            "preview: {}",
            step.name
        );
        let id = create(&h, step.name, &audience, None).await;
        let done = settled(&h, &id).await;
        assert_eq!(done["status"], "SENT", "{}: {done:#}", step.name);
        assert_eq!(
            (done["recipients"].as_u64().unwrap(), excluded_counts(&done)),
            step.expected,
            "send: {}",
            step.name
        );
    }

    // Quiet hours: due at 22:30 it waits; at 07:59 still; at 08:00 it goes (a week after
    // Thursday's send: nothing left in the window).
    clock.set(local(23, 22, 30));
    let previewed = h
        .app
        .data(&h.app.admin_token, PREVIEW, json!({ "a": audience }))
        .await;
    assert_eq!(
        previewed["broadcastPreview"]["sendsAt"]
            .as_str()
            .map(|at| DateTime::parse_from_rfc3339(at)
                .unwrap()
                .with_timezone(&Utc)),
        Some(local(24, 8, 0))
    );
    let id = create(&h, "quiet", &audience, None).await;
    rounds().await;
    assert_eq!(view(&h, &id).await["status"], "SCHEDULED");
    clock.set(local(24, 7, 59));
    rounds().await;
    assert_eq!(view(&h, &id).await["status"], "SCHEDULED");
    clock.set(local(24, 8, 0));
    let done = settled(&h, &id).await;
    assert_eq!(
        (done["status"].as_str(), done["recipients"].as_u64()),
        (Some("SENT"), Some(rest))
    );
    // The opted-out customer never got anything.
    let opted_external = h
        .app
        .data(
            &h.app.admin_token,
            "query($id: ID!) { node(id: $id) { ... on Customer { externalUserid } } }",
            json!({ "id": opted_customer }),
        )
        .await["node"]["externalUserid"]
        .clone();
    for template in fake_groupmsgs(&h).await {
        assert!(
            !template["external_userid"]
                .as_array()
                .unwrap()
                .contains(&opted_external),
            "{template:#}"
        );
    }
}

/// A text message for the loopback WeCom's archive, sent `from` → `to`.
fn archived_text(msgid: &str, from: &str, to: &str, text: &str) -> ArchivedMessage {
    ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": msgid, "action": "send", "from": from, "tolist": [to],
            "roomid": "", "msgtime": local(7, 9, 0).timestamp_millis(), "msgtype": "text",
            "text": {"content": text},
        }),
    }
}

#[tokio::test]
async fn customers_who_reply_td_or_unsubscribe_in_the_archive_get_no_more() {
    let h = harness(1).await;
    let staff002 = staff_id(&h, "staff002").await;
    let audience = json!({ "staffIds": [staff002] });
    let (everyone, excluded) = preview(&h, &audience).await;
    assert_eq!(excluded, [0, 0, 0]);
    let customers = h
        .app
        .data(
            &h.app.admin_token,
            "query($s: ID!) { customers(first: 4, filter: {followerId: $s}) { nodes { externalUserid } } }",
            json!({ "s": staff002 }),
        )
        .await["customers"]["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| node["externalUserid"].as_str().unwrap().to_string())
        .collect::<Vec<_>>();
    assert_eq!(customers.len(), 4);
    // Two customers unsubscribe (one in traditional characters); one only asks how to
    // unsubscribe from a fund; staff002 tells the fourth how to unsubscribe.
    h.control(
        "/fake/archive/messages",
        json!([
            archived_text("optout-1", &customers[0], "staff002", "退訂"),
            archived_text("optout-2", &customers[1], "staff002", " ＴＤ。"),
            archived_text("optout-3", &customers[2], "staff002", "基金怎么退订？"),
            archived_text("optout-4", "staff002", &customers[3], "TD"),
            archived_text("optout-5", &customers[0], "staff002", "TD"),
        ]),
    )
    .await;
    pull_by_job(&h).await;

    let replied = |view: &Value| {
        view["excluded"]
            .as_array()
            .unwrap()
            .iter()
            .find(|row| row["reason"] == "REPLIED_UNSUBSCRIBE")
            .unwrap()["count"]
            .as_u64()
            .unwrap()
    };
    let previewed = h
        .app
        .data(&h.app.admin_token, PREVIEW, json!({ "a": audience }))
        .await["broadcastPreview"]
        .clone();
    assert_eq!(
        (
            previewed["recipients"].as_u64().unwrap(),
            replied(&previewed)
        ),
        (everyone - 2, 2),
        "{previewed:#}"
    );
    let id = create(&h, "after the replies", &audience, None).await;
    let sent = settled(&h, &id).await;
    assert_eq!(
        (sent["recipients"].as_u64().unwrap(), replied(&sent)),
        (everyone - 2, 2),
        "{sent:#}"
    );
    let handed: Vec<Value> = fake_groupmsgs(&h)
        .await
        .into_iter()
        .flat_map(|template| template["external_userid"].as_array().unwrap().clone())
        .collect();
    assert_eq!(handed.len() as u64, everyone - 2);
    for (customer, reached) in customers.iter().zip([false, false, true, true]) {
        assert_eq!(handed.contains(&json!(customer)), reached, "{customer}");
    }
    // What the CRM side holds is the fact, one row per customer: the first reply's place in
    // the chain and its time, and no text.
    let db = h.app.db().await;
    let rows: Vec<(String, i64)> = entity::archive_opt_out::Entity::find()
        .order_by_asc(entity::archive_opt_out::Column::Seq)
        .all(&db)
        .await
        .unwrap()
        .into_iter()
        .map(|row| (row.external_userid, row.seq))
        .collect();
    assert_eq!(
        rows,
        vec![(customers[0].clone(), 1), (customers[1].clone(), 2)]
    );
}

#[tokio::test]
async fn two_broadcasts_racing_for_the_last_slot_of_the_day_give_it_to_one() {
    // Two job workers: both sends run at once.
    let h = harness(2).await;
    let staff003 = staff_id(&h, "staff003").await;
    let audience = json!({ "staffIds": [staff003] });
    let (everyone, _) = preview(&h, &audience).await;
    let first = create(&h, "A", &audience, None).await;
    let second = create(&h, "B", &audience, None).await;
    let (a, b) = (settled(&h, &first).await, settled(&h, &second).await);
    let reached = a["recipients"].as_u64().unwrap() + b["recipients"].as_u64().unwrap();
    let capped = excluded_counts(&a)[1] + excluded_counts(&b)[1];
    assert_eq!((reached, capped), (everyone, everyone), "A {a:#}\nB {b:#}");
    // And WeCom was handed each customer once.
    let mut handed: Vec<Value> = fake_groupmsgs(&h)
        .await
        .into_iter()
        .flat_map(|template| template["external_userid"].as_array().unwrap().clone())
        .collect();
    let total = handed.len();
    handed.sort_by_key(|id| id.as_str().unwrap().to_string());
    handed.dedup();
    assert_eq!((total, handed.len() as u64), (everyone as usize, everyone));
}

#[tokio::test]
async fn bad_input_is_named_by_field_and_archive_roles_and_other_tenants_see_nothing() {
    let h = harness(1).await;
    let missing_tag = api::graphql::ids::encode(api::graphql::ids::NodeKind::Tag, 999_999).0;
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($i: BroadcastCreateInput!) { broadcastCreate(input: $i) {
                broadcast { id } userErrors { field code } } }",
            json!({ "i": {
                "name": "", "content": {"text": "  "},
                "audience": {"tagFilter": {"tagIds": [missing_tag]}},
                "sendAt": local(1, 10, 0).to_rfc3339(),
            } }),
        )
        .await;
    let mut fields: Vec<String> = data["broadcastCreate"]["userErrors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|error| {
            error["field"]
                .as_array()
                .unwrap()
                .iter()
                .map(|part| part.as_str().unwrap())
                .collect::<Vec<_>>()
                .join(".")
        })
        .collect();
    fields.sort();
    assert_eq!(
        fields,
        [
            "input.audience.tagFilter",
            "input.content.text",
            "input.name",
            "input.sendAt"
        ],
        "{data:#}"
    );
    let policy = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { broadcastPolicyUpdate(input: {perCustomerDaily: 0, quietStart: \"25:00\"}) { userErrors { field } } }",
            json!({}),
        )
        .await;
    assert_eq!(
        policy["broadcastPolicyUpdate"]["userErrors"]
            .as_array()
            .unwrap()
            .len(),
        1,
        "{policy:#}"
    );
    assert_eq!(
        h.app
            .data(
                &h.app.admin_token,
                "{ broadcasts { totalCount } }",
                json!({})
            )
            .await["broadcasts"]["totalCount"],
        0
    );

    // A list bounded: 501 sending staff are refused before any query.
    let many: Vec<String> = (1..=501)
        .map(|n| api::graphql::ids::encode(api::graphql::ids::NodeKind::Staff, n).0)
        .collect();
    let body = h
        .app
        .graphql(
            Some(&h.app.admin_token),
            PREVIEW,
            json!({ "a": {"staffIds": many} }),
        )
        .await;
    assert_eq!(
        crate::helpers::error_code(&body),
        "BAD_USER_INPUT",
        "{body:#}"
    );
    assert!(body.to_string().contains("at most 500"), "{body:#}");

    let id = create(&h, "mine", &json!({}), Some(local(8, 10, 0))).await;
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let body = h
        .app
        .graphql(Some(&officer), "{ broadcasts { totalCount } }", json!({}))
        .await;
    assert_eq!(crate::helpers::error_code(&body), "FORBIDDEN", "{body:#}");
    let (_, manager) = h.app.appoint("default", "manager@corp.cn", "MANAGER").await;
    let body = h
        .app
        .graphql(Some(&manager), "mutation { broadcastPolicyUpdate(input: {perCustomerDaily: 2}) { userErrors { field } } }", json!({}))
        .await;
    assert_eq!(crate::helpers::error_code(&body), "FORBIDDEN", "{body:#}");
    let b_admin = h.app.create_tenant("beta").await;
    let body = h
        .app
        .graphql(
            Some(&b_admin),
            "query($id: ID!) { node(id: $id) { ... on Broadcast { name } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(crate::helpers::error_code(&body), "NOT_FOUND", "{body:#}");
    let cancel = h
        .app
        .data(
            &b_admin,
            "mutation($id: ID!) { broadcastCancel(input: {id: $id}) { userErrors { code } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        cancel["broadcastCancel"]["userErrors"][0]["code"],
        "NOT_FOUND"
    );
    // A's broadcast is still scheduled; its author cancels it.
    let cancel = h
        .app
        .data(
            &h.app.admin_token,
            "mutation($id: ID!) { broadcastCancel(input: {id: $id}) { broadcast { status } } }",
            json!({ "id": id }),
        )
        .await;
    assert_eq!(
        cancel["broadcastCancel"]["broadcast"]["status"],
        "CANCELLED"
    );
}
