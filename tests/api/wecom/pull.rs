//! The archive puller against the loopback WeCom: through the CLI (`scrm archive pull`) and the
//! job (`wecomArchivePullStart`), exactly once, resumable, stopping at a missing key version,
//! media fetched sealed.

use std::time::Duration;

use base64::Engine;
use sea_orm::{ConnectionTrait, Statement};
use serde_json::{Value, json};
use wecom_fake::Fixture;
use wecom_fake::fixture::ArchivedMessage;

use super::{WecomHarness, small_corp, spawn_with_wecom};
use crate::helpers::{CORPUS, contains_bytes};

/// The first `count` messages of the sample corpus, as WeCom's archive would hand them out.
fn corpus(count: usize) -> Vec<ArchivedMessage> {
    std::fs::read_to_string(CORPUS)
        .unwrap()
        .lines()
        .take(count)
        .map(|line| ArchivedMessage {
            publickey_ver: None,
            message: serde_json::from_str(line).unwrap(),
        })
        .collect()
}

pub(super) async fn archived(h: &WecomHarness) -> (i64, i64) {
    let db = h.app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT COUNT(*) AS n, COUNT(DISTINCT msgid) AS d FROM archive_message",
        ))
        .await
        .unwrap()
        .unwrap();
    (row.try_get("", "n").unwrap(), row.try_get("", "d").unwrap())
}

/// Adds to WeCom's archive a `file` message `msgid` from staff001 to wmcust00001 at `msgtime`
/// (ms) carrying `bytes` as `filename`, which WeCom serves under `sdkfileid`.
pub(crate) fn add_file_message(
    fixture: &mut Fixture,
    (msgid, msgtime): (&str, i64),
    (filename, sdkfileid): (&str, &str),
    bytes: &[u8],
) {
    fixture.archive.media.insert(
        sdkfileid.into(),
        base64::engine::general_purpose::STANDARD.encode(bytes),
    );
    let fileext = filename.rsplit_once('.').map_or("", |(_, ext)| ext);
    fixture.archive.messages.push(ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": msgid, "action": "send", "from": "staff001",
            "tolist": ["wmcust00001"], "roomid": "", "msgtime": msgtime,
            "msgtype": "file",
            "file": {"md5sum": "x", "filename": filename, "fileext": fileext,
                     "filesize": bytes.len(), "sdkfileid": sdkfileid},
        }),
    });
}

/// Pulls WeCom's archive through the job (`wecomArchivePullStart`), asserting it succeeded;
/// the finished job.
pub(crate) async fn pull_by_job(h: &WecomHarness) -> Value {
    let data = h
        .app
        .data(
            &h.app.admin_token,
            "mutation { wecomArchivePullStart { id status } }",
            json!({}),
        )
        .await;
    let job_id = data["wecomArchivePullStart"]["id"]
        .as_str()
        .unwrap()
        .to_string();
    let job = wait_for_job(h, &job_id).await;
    assert_eq!(job["status"], "SUCCEEDED", "{job:#}");
    job
}

impl WecomHarness {
    fn pull_cli(&self) -> std::process::Output {
        self.app.scrm(&[
            "archive",
            "pull",
            "--tenant",
            "default",
            "--wecom-base-url",
            &self.fake.base_url,
        ])
    }
}

#[tokio::test]
async fn the_cli_pulls_everything_once_and_keeps_unknown_types_whole() {
    let mut fixture = small_corp();
    fixture.archive.messages = corpus(2500);
    let novel = json!({
        "msgid": "novel-type-0001", "action": "send", "from": "staff001",
        "tolist": ["wmcust00001"], "roomid": "", "msgtime": 1_764_547_200_000i64,
        "msgtype": "hologram", "hologram": {"frames": 3, "note": "全新的消息类型"},
    });
    fixture.archive.messages.push(ArchivedMessage {
        publickey_ver: None,
        message: novel.clone(),
    });
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;

    let output = h.pull_cli();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        stdout.contains("seq 0 to 2501: 2501 records, 2501 archived"),
        "{stdout}"
    );
    assert_eq!(archived(&h).await, (2501, 2501));
    // The sign-off vouched for the links the pull chained: the head it signed is the one a
    // walk of the stored chain reaches.
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("signed checkpoint: archive chain seq 2501 head"),
        "{stderr}"
    );
    let verify = h
        .app
        .scrm(&["archive", "verify", "--tenant", "default", "--quick"]);
    let verified = String::from_utf8_lossy(&verify.stdout);
    assert!(verify.status.success(), "{verified}");
    assert!(
        verified.contains("; checkpoint seq 2501 signed at"),
        "{verified}"
    );
    assert!(verified.trim_end().ends_with("matches"), "{verified}");

    // Nothing new: nothing pulled, nothing doubled.
    let output = h.pull_cli();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(stdout.contains("seq 2501 to 2501: 0 records"), "{stdout}");
    assert_eq!(archived(&h).await, (2501, 2501));

    // The unknown type is archived whole.
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let data = h
        .app
        .data(
            &officer,
            r#"{ archiveMessage(msgid: "novel-type-0001") { msgtype raw } }"#,
            json!({}),
        )
        .await;
    assert_eq!(data["archiveMessage"]["msgtype"], "hologram");
    let raw: Value = serde_json::from_str(data["archiveMessage"]["raw"].as_str().unwrap()).unwrap();
    assert_eq!(raw, novel);
}

#[tokio::test]
async fn a_missing_key_version_stops_the_pull_there_and_loses_nothing() {
    let mut fixture = small_corp();
    let key_b = include_str!("../../../archive/src/pull/testdata/key-b-pkcs8.pem");
    let public_b = archive::pull::keys::parse_private_key_pem(key_b)
        .unwrap()
        .public_key_pem()
        .to_string();
    fixture.archive.public_keys.insert(2, public_b);
    let mut messages = corpus(300);
    for message in messages.iter_mut().skip(150) {
        message.publickey_ver = Some(2);
    }
    fixture.archive.messages = messages;
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;

    let output = h.pull_cli();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success());
    assert!(stderr.contains("version 2"), "{stderr}");
    assert!(stderr.contains("seq 151"), "{stderr}");
    assert_eq!(archived(&h).await, (150, 150));

    // Upload version 2: the next pull goes on from seq 151.
    let data = h
        .app
        .data(
            &h.app.admin_token,
            r#"mutation($input: WecomSettingsUpdateInput!) {
                wecomSettingsUpdate(input: $input) { wecomSettings { archiveKeyVersions } userErrors { message } }
            }"#,
            json!({ "input": { "archivePrivateKeys": [{ "version": 2, "pem": key_b }] } }),
        )
        .await;
    assert_eq!(
        data["wecomSettingsUpdate"]["wecomSettings"]["archiveKeyVersions"],
        json!([1, 2])
    );
    let output = h.pull_cli();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}");
    assert!(
        stdout.contains("seq 150 to 300: 150 records, 150 archived"),
        "{stdout}"
    );
    assert_eq!(archived(&h).await, (300, 300));
}

#[tokio::test]
async fn a_pull_killed_mid_way_resumes_with_no_loss_and_no_duplicate() {
    let mut fixture = small_corp();
    fixture.archive.messages = corpus(1500);
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;

    // Pages of 20, committed 100 at a time: kill the CLI once it has committed something.
    let mut child = h
        .app
        .scrm_command(&[
            "archive",
            "pull",
            "--tenant",
            "default",
            "--page-size",
            "20",
            "--wecom-base-url",
            &h.fake.base_url,
        ])
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    while archived(&h).await.0 == 0 && std::time::Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    child.kill().unwrap();
    child.wait().unwrap();
    let (partial, distinct) = archived(&h).await;
    assert_eq!(partial, distinct);
    assert!(
        partial > 0 && partial < 1500,
        "killed mid-way: {partial} archived"
    );

    // A transient SDK error on the way (10001) is retried; the pull finishes.
    h.control(
        "/fake/faults",
        json!({"path": "/cgi-bin/finance/getchatdata", "errcode": 10001, "times": 1}),
    )
    .await;
    let output = h.pull_cli();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(archived(&h).await, (1500, 1500));
}

#[tokio::test]
async fn the_job_pulls_and_media_are_kept_sealed() {
    let mut fixture = small_corp();
    let picture: Vec<u8> = (0..1_300_000u32).map(|i| (i * 7 % 251) as u8).collect();
    fixture.archive.media.insert(
        "sdk-file-0001".into(),
        base64::engine::general_purpose::STANDARD.encode(&picture),
    );
    fixture.archive.messages = corpus(20);
    fixture.archive.messages.push(ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": "picture-0001", "action": "send", "from": "staff001",
            "tolist": ["wmcust00001"], "roomid": "", "msgtime": 1_764_547_200_000i64,
            "msgtype": "image",
            "image": {"md5sum": "x", "filesize": picture.len(), "sdkfileid": "sdk-file-0001"},
        }),
    });
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;

    let job = pull_by_job(&h).await;
    assert_eq!(job["done"], 21);
    assert_eq!(archived(&h).await, (21, 21));

    // The media file is kept sealed: its bytes appear nowhere in the data dir.
    let db = h.app.db().await;
    let row = db
        .query_one_raw(Statement::from_string(
            db.get_database_backend(),
            "SELECT id, size, content_type FROM archive_media",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.try_get::<i64>("", "size").unwrap(),
        picture.len() as i64
    );
    assert_eq!(
        row.try_get::<String>("", "content_type").unwrap(),
        "image/jpeg"
    );
    let needle = &picture[1000..1064];
    let media_dir = h.app.data_dir.path().join("media");
    let mut files = 0;
    for tenant in std::fs::read_dir(&media_dir).unwrap() {
        for file in std::fs::read_dir(tenant.unwrap().path()).unwrap() {
            let bytes = std::fs::read(file.unwrap().path()).unwrap();
            assert!(!contains_bytes(&bytes, needle));
            files += 1;
        }
    }
    assert_eq!(files, 1);

    // Compliance reads it through the message; admins cannot download it.
    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let data = h
        .app
        .data(
            &officer,
            r#"{ archiveMessage(msgid: "picture-0001") { media { contentType size url } } }"#,
            json!({}),
        )
        .await;
    let media = &data["archiveMessage"]["media"];
    assert_eq!(media["contentType"], "image/jpeg");
    assert_eq!(media["size"], picture.len());
    let url = format!("{}{}", h.app.address, media["url"].as_str().unwrap());
    let response = h.http.get(&url).bearer_auth(&officer).send().await.unwrap();
    assert_eq!(response.status(), 200);
    assert_eq!(response.bytes().await.unwrap().as_ref(), picture.as_slice());
    let response = h
        .http
        .get(&url)
        .bearer_auth(&h.app.admin_token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let response = h.http.get(&url).send().await.unwrap();
    assert_eq!(response.status(), 401);
    let (_, auditor) = h.app.appoint("default", "auditor@corp.cn", "AUDITOR").await;
    let audit = h
        .app
        .data(
            &auditor,
            "{ auditLog(first: 5, filter: {action: ARCHIVE_MEDIA_READ}) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(audit["auditLog"]["totalCount"], 1);
}

#[tokio::test]
async fn a_page_of_messages_shows_each_its_own_media() {
    let mut fixture = small_corp();
    fixture.archive.messages = corpus(5);
    let files: Vec<(String, Vec<u8>)> = (1..=3u8)
        .map(|n| {
            let bytes: Vec<u8> = (0..1000 * u32::from(n))
                .map(|i| (i % 251) as u8 ^ n)
                .collect();
            (format!("报价单{n}.pdf"), bytes)
        })
        .collect();
    for (n, (filename, bytes)) in files.iter().enumerate() {
        add_file_message(
            &mut fixture,
            (&format!("file-{n}"), 1_764_547_200_000 + n as i64 * 1000),
            (filename, &format!("sdk-file-{n}")),
            bytes,
        );
    }
    // Text that matches the same search, without media.
    fixture.archive.messages.push(ArchivedMessage {
        publickey_ver: None,
        message: json!({
            "msgid": "text-0001", "action": "send", "from": "staff001",
            "tolist": ["wmcust00001"], "roomid": "", "msgtime": 1_764_547_210_000i64,
            "msgtype": "text", "text": {"content": "报价单稍后发您"},
        }),
    });
    let h = spawn_with_wecom(fixture).await;
    h.connect().await;
    pull_by_job(&h).await;

    let (_, officer) = h
        .app
        .appoint("default", "officer@corp.cn", "COMPLIANCE")
        .await;
    let data = h
        .app
        .data(
            &officer,
            r#"{ archiveSearch(query: "报价单", first: 10) {
                nodes { msgid media { contentType size url } } } }"#,
            json!({}),
        )
        .await;
    let nodes = data["archiveSearch"]["nodes"].as_array().unwrap();
    let media: std::collections::BTreeMap<&str, &Value> = nodes
        .iter()
        .map(|node| (node["msgid"].as_str().unwrap(), &node["media"]))
        .collect();
    assert_eq!(
        media.keys().copied().collect::<Vec<_>>(),
        ["file-0", "file-1", "file-2", "text-0001"],
        "{data:#}"
    );
    assert_eq!(media["text-0001"], &Value::Null, "no media: null");
    let mut urls = std::collections::BTreeSet::new();
    for (n, (_, bytes)) in files.iter().enumerate() {
        let found = media[format!("file-{n}").as_str()];
        assert_eq!(found["contentType"], "application/pdf", "{found:#}");
        assert_eq!(found["size"], bytes.len(), "{found:#}");
        let url = found["url"].as_str().unwrap();
        assert!(urls.insert(url.to_string()), "each message its own file");
        let response = h
            .http
            .get(format!("{}{url}", h.app.address))
            .bearer_auth(&officer)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 200);
        assert_eq!(response.bytes().await.unwrap().as_ref(), bytes.as_slice());
    }
}

pub async fn wait_for_job(h: &WecomHarness, id: &str) -> Value {
    let deadline = std::time::Instant::now() + Duration::from_secs(60);
    loop {
        let data = h
            .app
            .data(
                &h.app.admin_token,
                "query($id: ID!) { job(id: $id) { status done total error } }",
                json!({ "id": id }),
            )
            .await;
        let job = data["job"].clone();
        let status = job["status"].as_str().unwrap_or_default();
        if !matches!(status, "QUEUED" | "RUNNING") || std::time::Instant::now() > deadline {
            return job;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
