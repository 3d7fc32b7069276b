//! Contact ways, scans, welcome messages, media, mass messages and group welcome templates:
//! the real client against the loopback WeCom.

use std::sync::{Arc, Mutex};

use actix_web::{App, HttpRequest, HttpResponse, HttpServer, web};
use secrecy::SecretString;
use serde_json::{Value, json};
use wecom::api::contact_way::{
    ContactWayUpdate, NewContactWay, SCENE_QR_CODE, TYPE_MULTI, TYPE_SINGLE,
};
use wecom::api::group_msg::{
    CHAT_TYPE_SINGLE, MsgTemplate, SEND_LIMIT_REACHED, SEND_SENT, SEND_UNSENT, TASK_SENT,
    TASK_UNSENT,
};
use wecom::api::media::MediaType;
use wecom::api::message::{Attachment, Image, Link, MediaRef, Text};
use wecom::api::welcome::{GroupWelcomeTemplate, WelcomeMessage};
use wecom::callback::{
    CallbackCrypto, CallbackEvent, ContactChange, Envelope, EventKind, ExternalContactEvent,
};
use wecom::{WecomError, WecomErrorCode, errcode};
use wecom_fake::Fixture;

use super::{CORP, Harness, harness, small_corp};

const CALLBACK_TOKEN: &str = "callback-token-0001";
/// 43 characters of base64 making 32 bytes.
const CALLBACK_AES_KEY: &str = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";

fn corp_with_callbacks() -> Fixture {
    let mut fixture = small_corp();
    fixture.callback = Some(wecom_fake::fixture::CallbackSettings {
        token: CALLBACK_TOKEN.into(),
        encoding_aes_key: CALLBACK_AES_KEY.into(),
    });
    fixture
}

impl Harness {
    async fn control_json(&self, path: &str, body: Value) -> Value {
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
        response.json().await.unwrap()
    }

    async fn read(&self, path: &str) -> Value {
        self.http
            .get(format!("{}{path}", self.fake.base_url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn scan(&self, config_id: &str, external_userid: &str, extra: Value) -> Value {
        let mut body = json!({
            "config_id": config_id,
            "external_contact": {"external_userid": external_userid, "name": "新客户", "type": 1},
        });
        if let (Some(body), Some(extra)) = (body.as_object_mut(), extra.as_object()) {
            body.extend(extra.clone());
        }
        self.control_json("/fake/contact_ways/scan", body).await
    }

    async fn single_way(&self, userid: &str, state: &str) -> String {
        self.client
            .add_contact_way(&self.contacts, &single_way(userid, state))
            .await
            .unwrap()
            .config_id
    }
}

fn single_way(userid: &str, state: &str) -> NewContactWay {
    NewContactWay {
        way_type: TYPE_SINGLE,
        scene: SCENE_QR_CODE,
        style: None,
        remark: Some("展会".into()),
        skip_verify: Some(true),
        state: Some(state.into()),
        user: vec![userid.into()],
        party: Vec::new(),
    }
}

fn refused_with(result: Result<impl std::fmt::Debug, WecomError>, expected: i64) {
    match result {
        Err(WecomError::Refused { errcode, .. }) => assert_eq!(errcode, expected),
        other => panic!("expected errcode {expected}, got {other:?}"),
    }
}

#[tokio::test]
async fn a_contact_way_is_created_updated_read_and_deleted() {
    let h = harness(small_corp()).await;
    let created = h
        .client
        .add_contact_way(&h.contacts, &single_way("staff001", "expo2026"))
        .await
        .unwrap();
    assert_eq!(created.config_id.len(), 32);
    assert!(
        created.qr_code.starts_with("https://"),
        "{}",
        created.qr_code
    );

    let way = h
        .client
        .get_contact_way(&h.contacts, &created.config_id)
        .await
        .unwrap();
    assert_eq!(way.config_id, created.config_id);
    assert_eq!((way.way_type, way.scene), (TYPE_SINGLE, SCENE_QR_CODE));
    assert_eq!(way.state, "expo2026");
    assert_eq!(way.remark, "展会");
    assert!(way.skip_verify);
    assert_eq!(way.user, vec!["staff001".to_owned()]);
    assert_eq!(way.qr_code, created.qr_code);

    h.client
        .update_contact_way(
            &h.contacts,
            &ContactWayUpdate {
                config_id: created.config_id.clone(),
                state: Some("expo2026-b".into()),
                skip_verify: Some(false),
                user: Some(vec!["staff002".into()]),
                ..ContactWayUpdate::default()
            },
        )
        .await
        .unwrap();
    let way = h
        .client
        .get_contact_way(&h.contacts, &created.config_id)
        .await
        .unwrap();
    assert_eq!(way.state, "expo2026-b");
    assert_eq!(way.remark, "展会", "an absent remark stays");
    assert!(!way.skip_verify);
    assert_eq!(way.user, vec!["staff002".to_owned()]);
    assert_eq!(way.qr_code, created.qr_code, "the QR code survives updates");

    // WeCom's refusals.
    let mut two = single_way("staff001", "x");
    two.user.push("staff002".into());
    refused_with(
        h.client.add_contact_way(&h.contacts, &two).await,
        errcode::CONTACT_WAY_TOO_MANY_USERS,
    );
    two.way_type = TYPE_MULTI;
    let multi = h.client.add_contact_way(&h.contacts, &two).await.unwrap();
    assert_eq!(
        h.client
            .get_contact_way(&h.contacts, &multi.config_id)
            .await
            .unwrap()
            .user
            .len(),
        2
    );
    refused_with(
        h.client
            .add_contact_way(&h.contacts, &single_way("staff001", &"s".repeat(31)))
            .await,
        errcode::INVALID_PARAMETER,
    );
    // 30 characters (not bytes) are fine.
    assert!(
        h.client
            .add_contact_way(&h.contacts, &single_way("staff001", &"渠".repeat(30)))
            .await
            .is_ok()
    );
    refused_with(
        h.client
            .add_contact_way(&h.contacts, &single_way("nobody", "x"))
            .await,
        errcode::USERID_NOT_FOUND,
    );
    refused_with(
        h.client
            .update_contact_way(
                &h.contacts,
                &ContactWayUpdate {
                    config_id: created.config_id.clone(),
                    user: Some(vec!["staff001".into(), "staff002".into()]),
                    ..ContactWayUpdate::default()
                },
            )
            .await,
        errcode::CONTACT_WAY_TOO_MANY_USERS,
    );

    h.client
        .del_contact_way(&h.contacts, &created.config_id)
        .await
        .unwrap();
    let gone = h
        .client
        .get_contact_way(&h.contacts, &created.config_id)
        .await
        .unwrap_err();
    assert_eq!(gone.errcode(), Some(errcode::INVALID_CONFIG_ID));
    assert_eq!(gone.code(), WecomErrorCode::Refused);
    refused_with(
        h.client
            .del_contact_way(&h.contacts, &created.config_id)
            .await,
        errcode::INVALID_CONFIG_ID,
    );
}

/// What a tiny callback receiver got: query string and body of each POST.
type Received = Arc<Mutex<Vec<(String, String)>>>;

async fn callback_receiver() -> (String, Received, actix_web::dev::ServerHandle) {
    let received: Received = Arc::default();
    let data = web::Data::new(received.clone());
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let server = HttpServer::new(move || {
        App::new().app_data(data.clone()).route(
            "/callback",
            web::post().to(
                |request: HttpRequest, body: String, received: web::Data<Received>| async move {
                    received
                        .lock()
                        .unwrap()
                        .push((request.query_string().to_owned(), body));
                    HttpResponse::Ok().body("success")
                },
            ),
        )
    })
    .workers(1)
    .disable_signals()
    .listen(listener)
    .unwrap()
    .run();
    let handle = server.handle();
    tokio::spawn(server);
    (format!("http://{address}/callback"), received, handle)
}

fn decrypt(query: &str, body: &str) -> CallbackEvent {
    let query: wecom::callback::CallbackQuery = parse_query(query);
    let envelope = Envelope::parse(body.as_bytes()).unwrap();
    assert_eq!(envelope.to_user_name, CORP);
    let crypto = CallbackCrypto::new(
        SecretString::from(CALLBACK_TOKEN),
        &SecretString::from(CALLBACK_AES_KEY),
        CORP.to_owned(),
    )
    .unwrap();
    let plain = crypto
        .verify_and_decrypt(
            &query.msg_signature,
            &query.timestamp,
            &query.nonce,
            &envelope.encrypt,
        )
        .unwrap();
    CallbackEvent::parse(plain.as_bytes()).unwrap()
}

/// `a=b&c=d` into the callback query (the values here are digits and hex: nothing escaped).
fn parse_query(query: &str) -> wecom::callback::CallbackQuery {
    let pairs: serde_json::Map<String, Value> = query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(key, value)| (key.to_owned(), json!(value)))
        .collect();
    serde_json::from_value(Value::Object(pairs)).unwrap()
}

#[tokio::test]
async fn a_scan_adds_the_contact_and_delivers_the_add_event_as_often_as_asked() {
    let h = harness(corp_with_callbacks()).await;
    let (url, received, receiver) = callback_receiver().await;
    let config_id = h.single_way("staff003", "flyer-a").await;

    let scanned = h
        .scan(&config_id, "wmscan0001", json!({"url": url, "repeat": 2}))
        .await;
    assert_eq!(scanned["userid"], "staff003");
    assert_eq!(scanned["state"], "flyer-a");
    let welcome_code = scanned["welcome_code"].as_str().unwrap().to_owned();
    assert!(!welcome_code.is_empty());
    let deliveries = scanned["deliveries"].as_array().unwrap();
    assert_eq!(deliveries.len(), 2);
    for delivery in deliveries {
        assert_eq!(delivery["status"], 200);
        assert_eq!(delivery["body"], "success");
    }

    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let events: Vec<CallbackEvent> = received
        .iter()
        .map(|(query, body)| decrypt(query, body))
        .collect();
    assert_eq!(events[0], events[1], "a repeat is the same event");
    assert_ne!(received[0].0, received[1].0, "with its own nonce");
    assert_eq!(events[0].corp_id, CORP);
    assert_eq!(
        events[0].kind,
        EventKind::ExternalContact(ExternalContactEvent {
            user_id: "staff003".into(),
            external_user_id: "wmscan0001".into(),
            change: ContactChange::Add {
                state: Some("flyer-a".into()),
                welcome_code: Some(welcome_code),
            },
        })
    );

    // The follow exists in WeCom now, with the way's state.
    let detail = h
        .client
        .contact(&h.contacts, "wmscan0001", "")
        .await
        .unwrap();
    assert_eq!(detail.external_contact.name, "新客户");
    assert_eq!(detail.follow_user.len(), 1);
    assert_eq!(detail.follow_user[0].userid, "staff003");
    assert_eq!(detail.follow_user[0].state.as_deref(), Some("flyer-a"));
    assert_eq!(detail.follow_user[0].add_way, 1);

    // The product points a multi way at another member: the next scan reaches that one.
    let mut multi = single_way("staff004", "rotating");
    multi.way_type = TYPE_MULTI;
    multi.user.push("staff005".into());
    let multi = h
        .client
        .add_contact_way(&h.contacts, &multi)
        .await
        .unwrap()
        .config_id;
    assert_eq!(
        h.scan(&multi, "wmscan0002", json!({})).await["userid"],
        "staff004"
    );
    h.client
        .update_contact_way(
            &h.contacts,
            &ContactWayUpdate {
                config_id: multi.clone(),
                user: Some(vec!["staff005".into(), "staff004".into()]),
                ..ContactWayUpdate::default()
            },
        )
        .await
        .unwrap();
    let scanned = h
        .scan(&multi, "wmscan0003", json!({"welcome_code": false}))
        .await;
    assert_eq!(scanned["userid"], "staff005");
    assert!(scanned["welcome_code"].is_null());
    assert_eq!(scanned["deliveries"], json!([]));
    receiver.stop(true).await;
}

#[tokio::test]
async fn a_welcome_code_sends_once_then_is_refused() {
    let h = harness(small_corp()).await;
    let config_id = h.single_way("staff001", "welcome").await;
    let code = h.scan(&config_id, "wmwelcome01", json!({})).await["welcome_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let image = h
        .client
        .upload_media(
            &h.contacts,
            MediaType::Image,
            "hello.png",
            "image/png",
            b"\x89PNG\r\n\x1a\nfake-image",
        )
        .await
        .unwrap();
    let message = WelcomeMessage {
        welcome_code: code.clone(),
        text: Some(Text {
            content: "你好，欢迎！".into(),
        }),
        attachments: vec![
            Attachment::Image(Image {
                media_id: Some(image.media_id.clone()),
                pic_url: None,
            }),
            Attachment::Link(Link {
                title: "产品手册".into(),
                picurl: None,
                desc: Some("看看".into()),
                url: "https://example.com/manual".into(),
            }),
        ],
    };
    h.client
        .send_welcome_msg(&h.contacts, &message)
        .await
        .unwrap();
    let again = h
        .client
        .send_welcome_msg(&h.contacts, &message)
        .await
        .unwrap_err();
    assert!(
        matches!(
            again,
            WecomError::Refused {
                errcode: errcode::WELCOME_CODE_USED,
                ..
            }
        ),
        "{again:?}"
    );

    let sent = h.read("/fake/welcome_messages").await;
    let sent = sent.as_array().unwrap();
    assert_eq!(sent.len(), 1, "exactly once");
    assert_eq!(sent[0]["welcome_code"], code.as_str());
    assert_eq!(sent[0]["userid"], "staff001");
    assert_eq!(sent[0]["external_userid"], "wmwelcome01");
    assert_eq!(sent[0]["text"]["content"], "你好，欢迎！");
    assert_eq!(
        sent[0]["attachments"][0]["image"]["media_id"],
        image.media_id.as_str()
    );
    assert_eq!(sent[0]["attachments"][1]["msgtype"], "link");

    // An unknown code, an expired one, and content WeCom refuses (the code stays usable).
    let mut unknown = message.clone();
    unknown.welcome_code = "nope".into();
    refused_with(
        h.client.send_welcome_msg(&h.contacts, &unknown).await,
        errcode::INVALID_WELCOME_CODE,
    );
    let expired = h
        .scan(
            &config_id,
            "wmwelcome02",
            json!({"welcome_code_ttl_seconds": 0}),
        )
        .await;
    let mut late = message.clone();
    late.welcome_code = expired["welcome_code"].as_str().unwrap().to_owned();
    refused_with(
        h.client.send_welcome_msg(&h.contacts, &late).await,
        errcode::INVALID_WELCOME_CODE,
    );
    let fresh = h.scan(&config_id, "wmwelcome03", json!({})).await;
    let mut bad_media = message.clone();
    bad_media.welcome_code = fresh["welcome_code"].as_str().unwrap().to_owned();
    bad_media.attachments = vec![Attachment::File(MediaRef {
        media_id: "fakemedia-unknown".into(),
    })];
    refused_with(
        h.client.send_welcome_msg(&h.contacts, &bad_media).await,
        errcode::INVALID_MEDIA_ID,
    );
    bad_media.attachments = vec![
        Attachment::Link(Link {
            title: "t".into(),
            picurl: None,
            desc: None,
            url: "https://example.com".into(),
        });
        10
    ];
    refused_with(
        h.client.send_welcome_msg(&h.contacts, &bad_media).await,
        errcode::TOO_MANY_ATTACHMENTS,
    );
    bad_media.attachments.clear();
    h.client
        .send_welcome_msg(&h.contacts, &bad_media)
        .await
        .unwrap();
    assert_eq!(
        h.read("/fake/welcome_messages")
            .await
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[tokio::test]
async fn media_uploads_are_kept_and_refused_as_wecom_refuses_them() {
    use sha2::{Digest, Sha256};
    let h = harness(small_corp()).await;
    let bytes: Vec<u8> = (0..70_000u32).map(|n| (n % 251) as u8).collect();
    let before = chrono_now();
    let file = h
        .client
        .upload_media(
            &h.contacts,
            MediaType::File,
            "报价单 \"v2\".pdf",
            "application/pdf",
            &bytes,
        )
        .await
        .unwrap();
    assert_eq!(file.media_type, "file");
    assert!(file.created_at >= before && file.created_at <= chrono_now());
    let listed = h.read("/fake/media").await;
    let media = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|media| media["media_id"] == file.media_id.as_str())
        .unwrap()
        .clone();
    assert_eq!(media["size"], 70_000);
    assert_eq!(media["sha256"], hex::encode(Sha256::digest(&bytes)));
    assert_eq!(media["filename"], "报价单 _v2_.pdf");
    assert_eq!(media["content_type"], "application/pdf");

    refused_with(
        h.client
            .upload_media(
                &h.contacts,
                MediaType::Image,
                "tiny.png",
                "image/png",
                b"abc",
            )
            .await,
        40006,
    );
    let big = vec![0u8; 10 * 1024 * 1024 + 1];
    refused_with(
        h.client
            .upload_media(&h.contacts, MediaType::Image, "big.png", "image/png", &big)
            .await,
        40009,
    );
    let attachment = h
        .client
        .upload_attachment(
            &h.contacts,
            MediaType::Image,
            wecom::api::media::AttachmentType::Moment,
            "moment.png",
            "image/png",
            b"\x89PNG-moment",
        )
        .await
        .unwrap();
    assert_eq!(attachment.media_type, "image");
    assert_ne!(attachment.media_id, file.media_id);

    // A file is not an image: attaching it as one is refused.
    let config_id = h.single_way("staff001", "m").await;
    let code = h.scan(&config_id, "wmmedia01", json!({})).await["welcome_code"]
        .as_str()
        .unwrap()
        .to_owned();
    let wrong_kind = WelcomeMessage {
        welcome_code: code,
        text: None,
        attachments: vec![Attachment::Image(Image {
            media_id: Some(file.media_id.clone()),
            pic_url: None,
        })],
    };
    refused_with(
        h.client.send_welcome_msg(&h.contacts, &wrong_kind).await,
        errcode::INVALID_MEDIA_ID,
    );
}

fn chrono_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64
}

#[tokio::test]
async fn a_mass_message_waits_for_the_member_then_reports_each_customer() {
    let h = harness(small_corp()).await;
    // staff001 follows wmcust00001, wmcust00021, wmcust00041, … (see `Fixture::generated`).
    let template = MsgTemplate {
        chat_type: CHAT_TYPE_SINGLE.into(),
        external_userid: vec![
            "wmcust00001".into(),
            "wmcust00021".into(),
            "wmcust00041".into(),
            "wmcust00002".into(), // staff002's, not staff001's
            "wmnobody".into(),
        ],
        sender: Some("staff001".into()),
        text: Some(Text {
            content: "双十二活动".into(),
        }),
        attachments: Vec::new(),
    };
    let created = h
        .client
        .add_msg_template(&h.contacts, &template)
        .await
        .unwrap();
    assert_eq!(created.fail_list, vec!["wmcust00002", "wmnobody"]);
    assert!(!created.msgid.is_empty());

    let tasks = h
        .client
        .groupmsg_tasks(&h.contacts, &created.msgid, "", 100)
        .await
        .unwrap();
    assert_eq!(tasks.task_list.len(), 1);
    assert_eq!(tasks.task_list[0].userid, "staff001");
    assert_eq!(tasks.task_list[0].status, TASK_UNSENT);
    assert_eq!(tasks.task_list[0].send_time, None);
    let unsent = h
        .client
        .groupmsg_send_results(&h.contacts, &created.msgid, "staff001", "", 100)
        .await
        .unwrap();
    assert_eq!(unsent.send_list.len(), 3);
    assert!(
        unsent
            .send_list
            .iter()
            .all(|send| send.status == SEND_UNSENT)
    );

    let confirmed = h
        .control_json(
            "/fake/groupmsg/confirm",
            json!({"msgid": created.msgid, "userid": "staff001",
                   "statuses": {"wmcust00041": SEND_LIMIT_REACHED}}),
        )
        .await;
    assert_eq!(confirmed["tasks"].as_array().unwrap().len(), 1);

    let tasks = h
        .client
        .groupmsg_tasks(&h.contacts, &created.msgid, "", 100)
        .await
        .unwrap();
    assert_eq!(tasks.task_list[0].status, TASK_SENT);
    assert!(tasks.task_list[0].send_time.is_some());

    // One customer a page: the cursor walks all three.
    let mut cursor = String::new();
    let mut sends = Vec::new();
    loop {
        let page = h
            .client
            .groupmsg_send_results(&h.contacts, &created.msgid, "staff001", &cursor, 1)
            .await
            .unwrap();
        assert!(page.send_list.len() <= 1);
        sends.extend(page.send_list);
        if wecom::api::is_last_page(&page.next_cursor) {
            break;
        }
        cursor = page.next_cursor;
    }
    let statuses: Vec<(String, i32, bool)> = sends
        .iter()
        .map(|send| {
            (
                send.external_userid.clone().unwrap_or_default(),
                send.status,
                send.send_time.is_some(),
            )
        })
        .collect();
    assert_eq!(
        statuses,
        vec![
            ("wmcust00001".into(), SEND_SENT, true),
            ("wmcust00021".into(), SEND_SENT, true),
            ("wmcust00041".into(), SEND_LIMIT_REACHED, false),
        ]
    );
    assert!(sends.iter().all(|send| send.userid == "staff001"));

    let listed = h.read("/fake/groupmsg").await;
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["msgid"], created.msgid.as_str());
    assert_eq!(listed[0]["text"]["content"], "双十二活动");

    // Nobody to send to, an unknown msgid.
    let mut nobody = template.clone();
    nobody.external_userid = vec!["wmnobody".into()];
    refused_with(
        h.client.add_msg_template(&h.contacts, &nobody).await,
        errcode::NO_SENDABLE_CUSTOMER,
    );
    refused_with(
        h.client
            .groupmsg_tasks(&h.contacts, "msgunknown", "", 10)
            .await,
        errcode::INVALID_MSGID,
    );
}

#[tokio::test]
async fn a_mass_message_without_a_sender_goes_to_each_customers_followers() {
    let h = harness(small_corp()).await;
    // wmcust00001 is followed by staff001 and staff008.
    let created = h
        .client
        .add_msg_template(
            &h.contacts,
            &MsgTemplate {
                chat_type: CHAT_TYPE_SINGLE.into(),
                external_userid: vec!["wmcust00001".into(), "wmcust00002".into()],
                sender: None,
                text: Some(Text {
                    content: "hi".into(),
                }),
                attachments: Vec::new(),
            },
        )
        .await
        .unwrap();
    assert!(created.fail_list.is_empty());
    let tasks = h
        .client
        .groupmsg_tasks(&h.contacts, &created.msgid, "", 1)
        .await
        .unwrap();
    assert_eq!(tasks.task_list.len(), 1);
    assert!(!tasks.next_cursor.is_empty());
    let rest = h
        .client
        .groupmsg_tasks(&h.contacts, &created.msgid, &tasks.next_cursor, 1000)
        .await
        .unwrap();
    let mut members: Vec<String> = tasks
        .task_list
        .into_iter()
        .chain(rest.task_list)
        .map(|task| task.userid)
        .collect();
    members.sort();
    assert_eq!(members, vec!["staff001", "staff002", "staff008"]);
}

#[tokio::test]
async fn frequency_errors_on_add_msg_template_surface_as_rate_limited() {
    let h = harness(small_corp()).await;
    let path = "/cgi-bin/externalcontact/add_msg_template";
    let template = MsgTemplate {
        chat_type: CHAT_TYPE_SINGLE.into(),
        external_userid: vec!["wmcust00001".into()],
        sender: Some("staff001".into()),
        text: Some(Text {
            content: "hi".into(),
        }),
        attachments: Vec::new(),
    };
    // A short burst passes after back-off…
    h.control(
        "/fake/faults",
        json!({"path": path, "errcode": 45033, "times": 2}),
    )
    .await;
    assert!(
        h.client
            .add_msg_template(&h.contacts, &template)
            .await
            .is_ok()
    );
    assert_eq!(h.calls(path).await, 3);
    // …a storm longer than the retry budget is RATE_LIMITED after 1 + 4 attempts.
    h.control(
        "/fake/faults",
        json!({"path": path, "errcode": 45009, "times": 50}),
    )
    .await;
    let error = h
        .client
        .add_msg_template(&h.contacts, &template)
        .await
        .unwrap_err();
    assert_eq!(error.code(), WecomErrorCode::RateLimited);
    assert!(matches!(
        error,
        WecomError::RateLimited { errcode: 45009, .. }
    ));
    assert_eq!(h.calls(path).await, 3 + 5);
    // Only the call that went through created a message.
    assert_eq!(h.read("/fake/groupmsg").await.as_array().unwrap().len(), 1);

    // Faults reach the other new endpoints the same way (60020: IP not allowed, not retried).
    for path in [
        "/cgi-bin/externalcontact/add_contact_way",
        "/cgi-bin/media/upload",
        "/cgi-bin/externalcontact/get_groupmsg_task",
    ] {
        h.control("/fake/faults", json!({"path": path, "errcode": 60020}))
            .await;
        let refused = match path {
            "/cgi-bin/media/upload" => h
                .client
                .upload_media(
                    &h.contacts,
                    MediaType::File,
                    "a.txt",
                    "text/plain",
                    b"hello world",
                )
                .await
                .map(|_| ()),
            "/cgi-bin/externalcontact/get_groupmsg_task" => h
                .client
                .groupmsg_tasks(&h.contacts, "msgunknown", "", 10)
                .await
                .map(|_| ()),
            _ => h
                .client
                .add_contact_way(&h.contacts, &single_way("staff001", "f"))
                .await
                .map(|_| ()),
        };
        refused_with(refused, 60020);
    }
}

#[tokio::test]
async fn group_welcome_templates_are_added_edited_read_and_deleted() {
    let h = harness(small_corp()).await;
    let image = h
        .client
        .upload_media(
            &h.contacts,
            MediaType::Image,
            "group.png",
            "image/png",
            b"\x89PNG-group",
        )
        .await
        .unwrap();
    let template = GroupWelcomeTemplate {
        text: Some(Text {
            content: "欢迎入群".into(),
        }),
        image: Some(Image {
            media_id: Some(image.media_id.clone()),
            pic_url: None,
        }),
        ..GroupWelcomeTemplate::default()
    };
    let template_id = h
        .client
        .add_group_welcome_template(&h.contacts, &template, None, Some(false))
        .await
        .unwrap();
    let read = h
        .client
        .get_group_welcome_template(&h.contacts, &template_id)
        .await
        .unwrap();
    assert_eq!(read.text, template.text);
    // As WeCom answers it: the image as a URL, not the media id.
    let pic_url = read.image.and_then(|image| image.pic_url).unwrap();
    assert!(pic_url.starts_with("https://"), "{pic_url}");

    let edited = GroupWelcomeTemplate {
        text: Some(Text {
            content: "新的欢迎语".into(),
        }),
        link: Some(Link {
            title: "群规".into(),
            picurl: None,
            desc: None,
            url: "https://example.com/rules".into(),
        }),
        ..GroupWelcomeTemplate::default()
    };
    h.client
        .edit_group_welcome_template(&h.contacts, &template_id, &edited, None)
        .await
        .unwrap();
    assert_eq!(
        h.client
            .get_group_welcome_template(&h.contacts, &template_id)
            .await
            .unwrap(),
        edited
    );

    let two_parts = GroupWelcomeTemplate {
        image: template.image.clone(),
        ..edited.clone()
    };
    refused_with(
        h.client
            .add_group_welcome_template(&h.contacts, &two_parts, None, None)
            .await,
        errcode::TOO_MANY_ATTACHMENTS,
    );
    let recorded = h.state().await["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .find(|call| call["path"] == "/cgi-bin/externalcontact/group_welcome_template/add")
        .unwrap()
        .clone();
    assert_eq!(recorded["body"]["notify"], 0);

    h.client
        .del_group_welcome_template(&h.contacts, &template_id, None)
        .await
        .unwrap();
    refused_with(
        h.client
            .get_group_welcome_template(&h.contacts, &template_id)
            .await,
        errcode::INVALID_PARAMETER,
    );
}
