//! Message originals are compressed before sealing, with a dictionary trained on the tenant's
//! first large batch and stored sealed with it: what is stored, who can open it, and what a
//! second process, a re-run and verify make of it.

use crate::common::{TestArchive, import_lines, test_archive, text_message};
use archive::store::VerifyMode;
use entity::{archive_dictionary, archive_message};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};

/// A phrase every message carries: the dictionary learns it, so its sealed form must hide it.
const CANARY: &str = "金丝雀短语只在密文里";

fn lines(count: u64) -> Vec<String> {
    let topics = ["基金费率", "周五的答谢会", "合同已发您邮箱", "好的收到"];
    (1..=count)
        .map(|seq| {
            let content = format!("{CANARY}，{}，第{seq}条", topics[seq as usize % 4]);
            text_message(&format!("msg-{seq}"), seq, &content).raw
        })
        .collect()
}

async fn import(test: &TestArchive, lines: &[String], batch_size: usize) -> u64 {
    import_lines(test, lines, batch_size).await.imported
}

async fn dictionaries(test: &TestArchive) -> Vec<archive_dictionary::Model> {
    archive_dictionary::Entity::find()
        .filter(archive_dictionary::Column::TenantId.eq(test.tenant_id))
        .all(&test.db)
        .await
        .expect("dictionaries")
}

async fn ciphertexts(test: &TestArchive) -> Vec<Vec<u8>> {
    archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .order_by_asc(archive_message::Column::Seq)
        .all(&test.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|row| row.ciphertext)
        .collect()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack
        .windows(needle.len())
        .any(|window| window == needle)
}

#[tokio::test]
async fn a_large_import_trains_one_sealed_dictionary_that_every_reader_opens() {
    let test = test_archive().await;
    let lines = lines(2_500);
    // Three batches: the first trains the dictionary, all three are compressed with it.
    assert_eq!(import(&test, &lines, 1_000).await, 2_500);

    let stored = dictionaries(&test).await;
    assert_eq!(stored.len(), 1, "one dictionary, stored once");
    let dictionary = &stored[0];
    assert_ne!(dictionary.dictionary_id, 0);
    assert!(dictionary.sample_count >= 1_000);
    assert!(!contains(&dictionary.sealed, CANARY.as_bytes()));
    assert!(!contains(&dictionary.sealed, "基金费率".as_bytes()));

    let blobs = ciphertexts(&test).await;
    assert_eq!(blobs.len(), 2_500);
    let id = (dictionary.dictionary_id as u32).to_be_bytes();
    for blob in &blobs {
        assert_eq!(blob[0], 2, "compressed format");
        assert_eq!(&blob[5..9], &id, "names the tenant's dictionary");
        assert!(!contains(blob, CANARY.as_bytes()));
    }
    let sealed_bytes: usize = blobs.iter().map(Vec::len).sum();
    let original_bytes: usize = lines.iter().map(String::len).sum();
    assert!(
        sealed_bytes * 2 < original_bytes,
        "sealed {sealed_bytes} bytes for {original_bytes} bytes of originals"
    );

    // This process and a second one (empty caches) read the originals back.
    for archive in [&test.archive, &test.reopened()] {
        for (index, msgid) in [(0, "msg-1"), (1_999, "msg-2000"), (2_499, "msg-2500")] {
            let message = archive
                .message_by_msgid(test.tenant_id, msgid)
                .await
                .expect("read")
                .expect("found");
            assert_eq!(message.raw, lines[index]);
        }
    }
    let summary = test
        .archive
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .expect("verify ran")
        .expect("intact");
    assert_eq!(summary.verified, 2_500);

    // A re-run archives nothing twice and trains nothing new; new messages use the dictionary.
    assert_eq!(import(&test, &lines, 1_000).await, 0);
    let more: Vec<String> = (2_501..=2_510)
        .map(|seq| text_message(&format!("msg-{seq}"), seq, "新的一条").raw)
        .collect();
    assert_eq!(import(&test, &more, 1_000).await, 10);
    assert_eq!(dictionaries(&test).await.len(), 1);
    let blobs = ciphertexts(&test).await;
    assert_eq!(&blobs[2_505][5..9], &id);
}

#[tokio::test]
async fn a_small_archive_is_compressed_without_a_dictionary_until_a_batch_is_large_enough() {
    let test = test_archive().await;
    let lines = lines(1_400);
    assert_eq!(import(&test, &lines[..300], 100).await, 300);
    assert!(dictionaries(&test).await.is_empty());
    for blob in ciphertexts(&test).await {
        assert_eq!((blob[0], &blob[5..9]), (2, &[0u8; 4][..]));
    }
    let message = test
        .reopened()
        .message_by_msgid(test.tenant_id, "msg-300")
        .await
        .expect("read")
        .expect("found");
    assert_eq!(message.raw, lines[299]);

    // The first batch of a thousand or more trains one; earlier messages keep opening.
    assert_eq!(import(&test, &lines[300..], 2_000).await, 1_100);
    assert_eq!(dictionaries(&test).await.len(), 1);
    let reopened = test.reopened();
    for (index, msgid) in [(0, "msg-1"), (1_399, "msg-1400")] {
        let message = reopened
            .message_by_msgid(test.tenant_id, msgid)
            .await
            .expect("read")
            .expect("found");
        assert_eq!(message.raw, lines[index]);
    }
}

#[tokio::test]
async fn messages_stay_unreadable_without_their_dictionary_and_verify_names_them() {
    let test = test_archive().await;
    let lines = lines(1_000);
    assert_eq!(import(&test, &lines, 1_000).await, 1_000);
    archive_dictionary::Entity::delete_many()
        .filter(archive_dictionary::Column::TenantId.eq(test.tenant_id))
        .exec(&test.db)
        .await
        .expect("deleted");
    let reopened = test.reopened();
    let error = reopened
        .message_by_msgid(test.tenant_id, "msg-1")
        .await
        .expect_err("no dictionary, no message");
    assert_eq!(error.code(), archive::ArchiveErrorCode::KeyUnavailable);
    assert!(error.to_string().contains("restore"), "{error}");
    let finding = reopened
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .expect("verify ran");
    assert!(
        finding.is_err(),
        "verify reports the records it cannot open"
    );
}
