//! The real WeCom client against the loopback WeCom: tokens, retries, pages, tags, consent;
//! contact ways, welcome messages, media and mass messages in `client/engagement.rs`.

#![allow(clippy::disallowed_methods)]

#[path = "client/engagement.rs"]
mod engagement;
#[path = "client/transfer.rs"]
mod transfer;

use std::net::TcpListener;
use std::time::Duration;

use secrecy::SecretString;
use serde_json::{Value, json};
use wecom::api::tags::{NewCorpTag, NewCorpTags};
use wecom::{ClientConfig, Credentials, RetryPolicy, WecomClient, WecomErrorCode};
use wecom_fake::{CorpSize, FakeWecom, Fixture};

const CORP: &str = "wwfakecorp0001";
const CONTACT_SECRET: &str = "contact-secret-0001";
const ARCHIVE_SECRET: &str = "archive-secret-0001";

struct Harness {
    fake: FakeWecom,
    client: WecomClient,
    contacts: Credentials,
    http: reqwest::Client,
}

fn quick_retries() -> RetryPolicy {
    RetryPolicy {
        busy_retries: 3,
        rate_limit_retries: 4,
        base_delay: Duration::from_millis(5),
        max_delay: Duration::from_millis(40),
    }
}

async fn harness(fixture: Fixture) -> Harness {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let fake = FakeWecom::start(fixture, listener).unwrap();
    let client = WecomClient::new(ClientConfig {
        base_url: fake.base_url.clone(),
        timeout: Duration::from_millis(800),
        retry: quick_retries(),
    })
    .unwrap();
    Harness {
        fake,
        client,
        contacts: Credentials::new(CORP, SecretString::from(CONTACT_SECRET)),
        http: reqwest::Client::new(),
    }
}

impl Harness {
    async fn control(&self, path: &str, body: Value) {
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
    }

    async fn state(&self) -> Value {
        self.http
            .get(format!("{}/fake/state", self.fake.base_url))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    async fn calls(&self, path: &str) -> u64 {
        self.state().await["calls"][path].as_u64().unwrap_or(0)
    }
}

fn small_corp() -> Fixture {
    Fixture::empty(CORP, CONTACT_SECRET, ARCHIVE_SECRET).generated(CorpSize {
        departments: 2,
        staff: 20,
        customers: 2000,
        tag_groups: 2,
        tags_per_group: 3,
        groups: 5,
    })
}

#[tokio::test]
async fn one_token_serves_many_calls_and_an_expired_one_is_refreshed_once() {
    let h = harness(small_corp()).await;
    for _ in 0..3 {
        let departments = h.client.department_list(&h.contacts).await.unwrap();
        assert_eq!(departments.len(), 3);
    }
    assert_eq!(h.calls("/cgi-bin/gettoken").await, 1);

    h.control("/fake/tokens/expire", json!({})).await;
    let members = h.client.user_list(&h.contacts, 2).await.unwrap();
    assert_eq!(members.len(), 10);
    assert_eq!(h.calls("/cgi-bin/gettoken").await, 2);
    // The expired call, then the retry with the new token.
    assert_eq!(h.calls("/cgi-bin/user/list").await, 2);
}

#[tokio::test]
async fn a_token_refused_twice_in_a_row_is_an_error_not_a_loop() {
    let h = harness(small_corp()).await;
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/department/list", "errcode": 40014, "times": 5}),
    )
    .await;
    let error = h.client.department_list(&h.contacts).await.unwrap_err();
    assert_eq!(error.errcode(), Some(40014));
    assert_eq!(h.calls("/cgi-bin/department/list").await, 2);
}

#[tokio::test]
async fn busy_and_frequency_errors_are_retried_then_surface_as_rate_limited() {
    let h = harness(small_corp()).await;
    h.control(
        "/fake/faults",
        json!([
            {"path": "/cgi-bin/department/list", "errcode": -1, "times": 2},
        ]),
    )
    .await;
    assert_eq!(
        h.client.department_list(&h.contacts).await.unwrap().len(),
        3
    );

    h.control(
        "/fake/faults",
        json!({"path": "*", "errcode": 45009, "times": 3}),
    )
    .await;
    assert_eq!(
        h.client.department_list(&h.contacts).await.unwrap().len(),
        3
    );

    // A storm longer than the retry budget: RATE_LIMITED, after 1 + 4 attempts.
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/user/list", "errcode": 45033, "times": 50}),
    )
    .await;
    let before = h.calls("/cgi-bin/user/list").await;
    let error = h.client.user_list(&h.contacts, 2).await.unwrap_err();
    assert_eq!(error.code(), WecomErrorCode::RateLimited);
    assert_eq!(h.calls("/cgi-bin/user/list").await - before, 5);

    // Busy for longer than the budget: an error that says so.
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/department/list", "errcode": -1, "times": 10}),
    )
    .await;
    let error = h.client.department_list(&h.contacts).await.unwrap_err();
    assert_eq!(error.code(), WecomErrorCode::Unavailable);
    assert!(error.to_string().contains("busy"), "{error}");
}

#[tokio::test]
async fn slow_answers_time_out_and_no_error_shows_a_secret_or_token() {
    let h = harness(small_corp()).await;
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/department/list", "errcode": 0, "delay_ms": 1500, "times": 1}),
    )
    .await;
    let error = h.client.department_list(&h.contacts).await.unwrap_err();
    assert_eq!(error.code(), WecomErrorCode::Unavailable);
    assert!(error.to_string().contains("did not answer"), "{error}");

    let wrong = Credentials::new(CORP, SecretString::from("not-the-secret"));
    let error = h.client.department_list(&wrong).await.unwrap_err();
    assert_eq!(error.errcode(), Some(40001));
    assert_eq!(error.code(), WecomErrorCode::Refused);

    // A server that is gone: the transport error names the path, not the URL with the secret.
    let gone = WecomClient::new(ClientConfig {
        base_url: "http://127.0.0.1:9".into(),
        timeout: Duration::from_millis(300),
        retry: quick_retries(),
    })
    .unwrap();
    let error = gone.department_list(&h.contacts).await.unwrap_err();
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(!text.contains(CONTACT_SECRET), "{text}");
        assert!(!text.contains("corpsecret"), "{text}");
    }
}

#[tokio::test]
async fn contacts_page_by_cursor_until_the_last_page() {
    let h = harness(small_corp()).await;
    let followers = h.client.follow_user_list(&h.contacts).await.unwrap();
    assert_eq!(followers.len(), 20);
    let mut cursor = String::new();
    let mut follows = 0;
    let mut pages = 0;
    loop {
        let page = h
            .client
            .contacts_by_user(&h.contacts, &followers, &cursor, 100)
            .await
            .unwrap();
        assert!(page.external_contact_list.len() <= 100);
        follows += page.external_contact_list.len();
        pages += 1;
        if wecom::api::is_last_page(&page.next_cursor) {
            break;
        }
        cursor = page.next_cursor;
    }
    // 2,000 customers, every tenth followed twice.
    assert_eq!(follows, 2200);
    assert_eq!(pages, 22);

    let detail = h
        .client
        .contact(&h.contacts, "wmcust00001", "")
        .await
        .unwrap();
    assert_eq!(detail.follow_user.len(), 2);
    assert_eq!(
        detail.follow_user[0].tags[0].tag_id.as_deref(),
        Some("ettag000000")
    );
    let missing = h
        .client
        .contact(&h.contacts, "wmnobody", "")
        .await
        .unwrap_err();
    assert_eq!(missing.errcode(), Some(84061));
}

#[tokio::test]
async fn tags_created_renamed_marked_and_deleted_reach_the_corp() {
    let h = harness(small_corp()).await;
    let group = h
        .client
        .add_corp_tag(
            &h.contacts,
            &NewCorpTags {
                group_id: None,
                group_name: Some("意向".into()),
                order: None,
                tag: vec![NewCorpTag {
                    name: "高意向".into(),
                    order: None,
                }],
            },
        )
        .await
        .unwrap();
    let tag_id = group.tag[0].id.clone();
    h.client
        .edit_corp_tag(&h.contacts, &tag_id, Some("很高意向"), None)
        .await
        .unwrap();
    h.client
        .mark_tag(
            &h.contacts,
            "staff001",
            "wmcust00001",
            std::slice::from_ref(&tag_id),
            &[],
        )
        .await
        .unwrap();
    let listed = h.client.corp_tag_list(&h.contacts, &[], &[]).await.unwrap();
    assert!(
        listed
            .iter()
            .any(|group| group.tag.iter().any(|tag| tag.name == "很高意向"))
    );
    let duplicate = h
        .client
        .add_corp_tag(
            &h.contacts,
            &NewCorpTags {
                group_id: Some(group.group_id.clone()),
                group_name: None,
                order: None,
                tag: vec![NewCorpTag {
                    name: "很高意向".into(),
                    order: None,
                }],
            },
        )
        .await
        .unwrap_err();
    assert_eq!(duplicate.errcode(), Some(40071));

    h.client
        .del_corp_tag(&h.contacts, std::slice::from_ref(&tag_id), &[])
        .await
        .unwrap();
    let listed = h.client.corp_tag_list(&h.contacts, &[], &[]).await.unwrap();
    assert!(listed.iter().all(|group| group.group_name != "意向"));
    let state = h.state().await;
    let marked = state["recorded"]
        .as_array()
        .unwrap()
        .iter()
        .any(|call| call["path"] == "/cgi-bin/externalcontact/mark_tag");
    assert!(marked);
}

#[tokio::test]
async fn groups_page_and_consent_is_answered_with_wecoms_spelling() {
    let mut fixture = small_corp();
    fixture
        .single_agree
        .insert("staff001|wmcust00001".into(), "Disagree".into());
    let h = harness(fixture).await;
    let page = h.client.group_chat_list(&h.contacts, "", 2).await.unwrap();
    assert_eq!(page.group_chat_list.len(), 2);
    assert!(!page.next_cursor.is_empty());
    let chat = h
        .client
        .group_chat(&h.contacts, &page.group_chat_list[0].chat_id)
        .await
        .unwrap();
    assert_eq!(chat.member_list.len(), 4);

    // Consent needs the archive app's token: the contacts token is refused (48002).
    let pairs = [wecom::api::msgaudit::SinglePair {
        userid: "staff001".into(),
        external_userid: "wmcust00001".into(),
    }];
    let forbidden = h
        .client
        .check_single_agree(&h.contacts, &pairs)
        .await
        .unwrap_err();
    assert_eq!(forbidden.errcode(), Some(48002));
    let archive = Credentials::new(CORP, SecretString::from(ARCHIVE_SECRET));
    let answers = h.client.check_single_agree(&archive, &pairs).await.unwrap();
    assert_eq!(
        answers[0].status,
        Some(wecom::api::msgaudit::AgreeStatus::Disagree)
    );
}
