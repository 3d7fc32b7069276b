//! Messages found by msgid without a database index on it: through the search index, the rows
//! beyond its checkpoint, and the entries a running ingest has not committed; and an index built
//! by an older release (without msgids) rebuilt from the archive.

use crate::common::{TestArchive, incoming, test_archive, text_message};
use archive::index::SearchFilter;
use archive::store::VerifyMode;
use serde_json::json;

fn revoke(msgid: &str, time: u64, target: &str) -> archive::store::IncomingMessage {
    let raw = json!({
        "msgid": msgid, "action": "send", "from": "zhangsan", "tolist": ["wmCustomer01"],
        "roomid": "", "msgtime": 1_735_660_800_000i64 + time as i64, "seq": time,
        "msgtype": "revoke", "revoke": {"pre_msgid": target},
    })
    .to_string();
    incoming(time, raw)
}

async fn ingest(test: &TestArchive, messages: Vec<archive::store::IncomingMessage>) -> (u64, u64) {
    let outcome = test
        .archive
        .ingest_batch(test.tenant_id, "test", messages, Vec::new())
        .await
        .expect("ingested");
    (outcome.imported, outcome.duplicates)
}

async fn content_of(archive: &archive::Archive, tenant_id: i64, msgid: &str) -> Option<String> {
    archive
        .message_by_msgid(tenant_id, msgid)
        .await
        .expect("read")
        .map(|message| message.content)
}

async fn revoked_by(test: &TestArchive, msgid: &str) -> Option<String> {
    test.archive
        .message_by_msgid(test.tenant_id, msgid)
        .await
        .expect("read")
        .expect("archived")
        .revoked_by
}

#[tokio::test]
async fn msgids_are_found_whether_or_not_the_index_has_committed_them() {
    let test = test_archive().await;
    ingest(
        &test,
        vec![
            text_message("m-1", 1, "您好"),
            text_message("m-2", 2, "在吗"),
        ],
    )
    .await;
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");
    // The next batch stays uncommitted in the index: the writer commits every few seconds.
    ingest(
        &test,
        vec![
            text_message("m-3", 3, "明天见"),
            text_message("m-4", 4, "好的"),
        ],
    )
    .await;
    let status = test
        .archive
        .index_status(test.tenant_id)
        .await
        .expect("status");
    assert_eq!((status.archived_through, status.indexed_through), (4, 2));

    // Readers: the committed index, and the rows beyond its checkpoint.
    for archive in [&test.archive, &test.reopened()] {
        assert_eq!(
            content_of(archive, test.tenant_id, "m-1").await.as_deref(),
            Some("您好")
        );
        assert_eq!(
            content_of(archive, test.tenant_id, "m-3").await.as_deref(),
            Some("明天见")
        );
        assert_eq!(content_of(archive, test.tenant_id, "m-9").await, None);
    }

    // The ingest: committed msgids and pending ones are both duplicates, whatever their time,
    // and both can be revoked.
    let (imported, duplicates) = ingest(
        &test,
        vec![
            text_message("m-1", 1, "您好"),
            text_message("m-3", 30, "改过的内容"),
            revoke("v-1", 40, "m-2"),
            revoke("v-2", 41, "m-4"),
        ],
    )
    .await;
    assert_eq!((imported, duplicates), (2, 2));
    assert_eq!(revoked_by(&test, "m-2").await.as_deref(), Some("v-1"));
    assert_eq!(revoked_by(&test, "m-4").await.as_deref(), Some("v-2"));
    assert_eq!(revoked_by(&test, "m-3").await, None);

    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");
    let revoked = test
        .archive
        .search(
            test.tenant_id,
            "",
            SearchFilter {
                revoked: Some(true),
                ..SearchFilter::default()
            },
            None,
            10,
        )
        .await
        .expect("search");
    let mut msgids: Vec<String> = revoked
        .messages
        .into_iter()
        .map(|message| message.msgid)
        .collect();
    msgids.sort();
    assert_eq!(msgids, ["m-2", "m-4"], "both re-indexed as revoked");
    let verified = test
        .archive
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .expect("verify ran")
        .expect("archive intact");
    assert_eq!(verified.verified, 6);
}

#[tokio::test]
async fn an_index_without_msgids_is_rebuilt_and_reads_meanwhile_use_the_database() {
    let test = test_archive().await;
    ingest(
        &test,
        vec![
            text_message("m-1", 1, "您好"),
            text_message("m-2", 2, "周五的答谢会"),
            text_message("m-3", 3, "答谢会名单"),
        ],
    )
    .await;
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");

    // What an older release left: an index whose schema has no msgid field.
    let dir = test
        .dir
        .path()
        .join("index")
        .join(test.tenant_id.to_string());
    std::fs::remove_dir_all(&dir).expect("index removed");
    std::fs::create_dir_all(&dir).expect("index dir");
    let mut schema = tantivy::schema::Schema::builder();
    schema.add_u64_field("id", tantivy::schema::INDEXED | tantivy::schema::FAST);
    let old = tantivy::Index::create_in_dir(&dir, schema.build()).expect("old index");
    drop(old);

    let archive = test.reopened();
    let search = |archive: archive::Archive| async move {
        archive
            .search(test.tenant_id, "答谢会", SearchFilter::default(), None, 10)
            .await
            .expect("search")
            .total
    };
    // Opened as an empty index (checkpoint 0): reads by msgid find the rows in the database.
    assert_eq!(search(archive.clone()).await, 0);
    assert_eq!(
        content_of(&archive, test.tenant_id, "m-2").await.as_deref(),
        Some("周五的答谢会")
    );

    let documents = archive.sync_index(test.tenant_id).await.expect("rebuilt");
    assert_eq!(documents, 3);
    assert_eq!(search(archive.clone()).await, 2);
    assert_eq!(
        content_of(&archive, test.tenant_id, "m-3").await.as_deref(),
        Some("答谢会名单")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn a_lost_index_rebuilt_while_its_lag_is_read_catches_up_every_time() {
    let test = test_archive().await;
    ingest(
        &test,
        (1..=20)
            .map(|time| text_message(&format!("m-{time}"), time, "答谢会"))
            .collect(),
    )
    .await;
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");
    let dir = test
        .dir
        .path()
        .join("index")
        .join(test.tenant_id.to_string());

    // What a server starting on a lost index does: its catch-up and the first `/metrics`
    // read open the missing index at the same moment. Neither may fail the other.
    for round in 0..20 {
        std::fs::remove_dir_all(&dir).expect("index removed");
        let archive = test.reopened();
        let (status, rebuilt) = tokio::join!(
            tokio::spawn({
                let archive = archive.clone();
                async move { archive.index_status(test.tenant_id).await }
            }),
            tokio::spawn({
                let archive = archive.clone();
                async move { archive.sync_index(test.tenant_id).await }
            }),
        );
        status.expect("status task").expect("status read");
        let documents = rebuilt.expect("rebuild task").expect("rebuilt");
        assert_eq!(documents, 20, "round {round}");
        let after = archive.index_status(test.tenant_id).await.expect("status");
        assert_eq!(after.lag(), 0, "round {round}");
    }
}
