//! Tampering with an archive's rows behind its back: what `Archive::verify` reports in each
//! mode, and what reads serve meanwhile.

use crate::common::{TestArchive, incoming, test_archive, text_message};
use archive::chain::BreakReason;
use archive::store::{IncomingMessage, KeyProblem, VerifyFinding, VerifyMode, VerifySummary};
use archive::{ArchiveError, ArchiveErrorCode};
use entity::{archive_key, archive_message};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

const ROOM_SENT_AT: i64 = 1_735_660_900_000;

fn room_message() -> IncomingMessage {
    let raw = serde_json::json!({
        "msgid": "room-1",
        "action": "send",
        "from": "lisi",
        "tolist": ["zhangsan", "wangwu"],
        "roomid": "wrRoom01",
        "msgtime": ROOM_SENT_AT,
        "seq": 50,
        "msgtype": "text",
        "text": {"content": "群里说一声"},
    })
    .to_string();
    incoming(50, raw)
}

fn revoke_message(msgid: &str, seq: u64, target: &str) -> IncomingMessage {
    let raw = serde_json::json!({
        "msgid": msgid,
        "action": "send",
        "from": "zhangsan",
        "tolist": ["wmCustomer01"],
        "roomid": "",
        "msgtime": 1_735_661_000_000i64 + seq as i64,
        "seq": seq,
        "msgtype": "revoke",
        "revoke": {"pre_msgid": target},
    })
    .to_string();
    incoming(seq, raw)
}

/// Eight records: seq 1–6 under key version 1 (m-1…m-4, a group message, a revoke of m-2 in
/// the same batch), seq 7–8 under version 2 (m-5, a revoke of m-3, linked by update).
async fn seeded() -> TestArchive {
    let test = test_archive().await;
    let first = vec![
        text_message("m-1", 1, "您好"),
        text_message("m-2", 2, "这款产品保本"),
        text_message("m-3", 3, "明天见"),
        text_message("m-4", 4, "好的"),
        room_message(),
        revoke_message("v-1", 60, "m-2"),
    ];
    test.archive
        .ingest_batch(test.tenant_id, "test", first, Vec::new())
        .await
        .expect("first batch");
    test.archive
        .rotate_key(test.tenant_id)
        .await
        .expect("rotated");
    let second = vec![
        text_message("m-5", 5, "收到"),
        revoke_message("v-2", 61, "m-3"),
    ];
    test.archive
        .ingest_batch(test.tenant_id, "test", second, Vec::new())
        .await
        .expect("second batch");
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("index committed");
    test
}

async fn sql(test: &TestArchive, statement: &str) {
    test.db
        .execute_unprepared(statement)
        .await
        .unwrap_or_else(|error| panic!("{statement}: {error}"));
}

async fn verify(test: &TestArchive, mode: VerifyMode) -> Result<VerifySummary, VerifyFinding> {
    test.archive
        .verify(test.tenant_id, mode, &test.signer, |_| {})
        .await
        .expect("verify ran")
}

fn column_mismatch(seq: u64, msgid: &str, column: &'static str) -> VerifyFinding {
    VerifyFinding::ColumnMismatch {
        seq,
        msgid: msgid.to_string(),
        column,
    }
}

#[tokio::test]
async fn an_untouched_archive_verifies_in_both_modes() {
    let test = seeded().await;
    let full = verify(&test, VerifyMode::Full).await.expect("intact");
    let quick = verify(&test, VerifyMode::ChainOnly).await.expect("intact");
    assert_eq!((full.verified, full.mode), (8, VerifyMode::Full));
    assert_eq!((quick.verified, quick.mode), (8, VerifyMode::ChainOnly));
    assert_eq!(full.head, quick.head);
    assert_eq!(full.head.seq, 8);
}

#[tokio::test]
async fn a_rewritten_routing_column_is_named_by_full_verify_and_passes_the_chain() {
    let cases: [(&str, u64, &str, &'static str); 8] = [
        // The review's case: two columns at once; the first in column order is named.
        ("msgtype = 'image', sent_at_ms = 0", 3, "m-3", "msgtype"),
        ("sent_at_ms = 0", 3, "m-3", "sent_at_ms"),
        ("key_version = 2", 3, "m-3", "key_version"),
        ("key_version = 1", 7, "m-5", "key_version"),
        ("action = 'switch'", 3, "m-3", "action"),
        ("source_seq = 999", 3, "m-3", "source_seq"),
        ("revokes_msgid = 'm-4'", 6, "v-1", "revokes_msgid"),
        (
            // Moved into the group's conversation row.
            "conversation_id = (SELECT conversation_id FROM archive_message WHERE seq = 5)",
            3,
            "m-3",
            "conversation_id",
        ),
    ];
    for (change, seq, msgid, column) in cases {
        let test = seeded().await;
        sql(
            &test,
            &format!("UPDATE archive_message SET {change} WHERE seq = {seq}"),
        )
        .await;
        let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
        assert_eq!(finding, column_mismatch(seq, msgid, column), "{change}");
        assert!(
            verify(&test, VerifyMode::ChainOnly).await.is_ok(),
            "the chain does not cover {column}"
        );
    }
}

#[tokio::test]
async fn the_finding_names_the_column_never_its_values() {
    let test = seeded().await;
    sql(
        &test,
        "UPDATE archive_message SET msgtype = 'evil', sent_at_ms = 0 WHERE seq = 3",
    )
    .await;
    let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
    assert_eq!(
        finding.to_string(),
        "tampered: seq 3 msgid m-3: column msgtype disagrees with the sealed original"
    );
}

#[tokio::test]
async fn reads_serve_the_sealed_original_over_rewritten_columns() {
    let test = seeded().await;
    let before = test
        .archive
        .message_by_msgid(test.tenant_id, "m-3")
        .await
        .expect("read")
        .expect("found");
    sql(
        &test,
        "UPDATE archive_message SET sent_at_ms = 0, source_seq = 999, msgtype = 'image', \
         action = 'switch' WHERE seq = 3",
    )
    .await;
    sql(
        &test,
        "UPDATE archive_message SET sent_at_ms = 0, revokes_msgid = NULL WHERE seq IN (5, 6)",
    )
    .await;
    for archive in [&test.archive, &test.reopened()] {
        let read = archive
            .message_by_msgid(test.tenant_id, "m-3")
            .await
            .expect("read")
            .expect("found");
        assert_eq!(read.sender, "zhangsan");
        assert_eq!(read.sent_at_ms, 1_735_660_800_003);
        assert_eq!(read.sent_at_ms, before.sent_at_ms);
        assert_eq!(read.tolist, vec!["wmCustomer01".to_string()]);
        assert_eq!(
            (read.msgtype.as_str(), read.action.as_str()),
            ("text", "send")
        );
        assert_eq!(read.conversation, "pair:wmCustomer01|zhangsan");
        assert_eq!(read.content, "明天见");
        // The revocation link stays the column's: set by v-2, a later message.
        assert_eq!(read.revoked_by.as_deref(), Some("v-2"));

        let by_seq = archive
            .messages_by_seq(test.tenant_id, &[5, 6])
            .await
            .expect("read");
        assert_eq!(by_seq[0].roomid.as_deref(), Some("wrRoom01"));
        assert_eq!(by_seq[0].sent_at_ms, ROOM_SENT_AT);
        assert_eq!(by_seq[1].revokes_msgid.as_deref(), Some("m-2"));
    }
}

#[tokio::test]
async fn the_chain_alone_still_catches_changed_and_deleted_records() {
    let test = seeded().await;
    // One flipped byte of a sealed blob.
    let row = row_at(&test, 4).await;
    let mut flipped = row.ciphertext.clone();
    flipped[30] ^= 0x01;
    set_ciphertext(&test, 4, flipped).await;
    for mode in [VerifyMode::ChainOnly, VerifyMode::Full] {
        match verify(&test, mode).await.unwrap_err() {
            // Full mode too names the break, not the blob that no longer opens.
            VerifyFinding::ChainBroken(broken) => {
                assert_eq!((broken.seq, broken.reason), (4, BreakReason::HashMismatch));
            }
            other => panic!("{mode:?}: {other}"),
        }
    }
    set_ciphertext(&test, 4, row.ciphertext).await;
    assert!(verify(&test, VerifyMode::Full).await.is_ok(), "restored");

    sql(&test, "DELETE FROM archive_message WHERE seq = 5").await;
    for mode in [VerifyMode::ChainOnly, VerifyMode::Full] {
        match verify(&test, mode).await.unwrap_err() {
            VerifyFinding::ChainBroken(broken) => {
                assert_eq!(broken.reason, BreakReason::SequenceGap { expected: 5 });
            }
            other => panic!("{mode:?}: {other}"),
        }
    }
}

async fn row_at(test: &TestArchive, seq: i64) -> archive_message::Model {
    archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .filter(archive_message::Column::Seq.eq(seq))
        .one(&test.db)
        .await
        .expect("query")
        .expect("row")
}

async fn set_ciphertext(test: &TestArchive, seq: i64, ciphertext: Vec<u8>) {
    archive_message::Entity::update_many()
        .col_expr(archive_message::Column::Ciphertext, Expr::value(ciphertext))
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .filter(archive_message::Column::Seq.eq(seq))
        .exec(&test.db)
        .await
        .expect("updated");
}

#[tokio::test]
async fn deleted_keys_are_named_with_the_first_record_they_strand() {
    let test = seeded().await;
    sql(&test, "DELETE FROM archive_key WHERE version = 2").await;
    let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
    assert_eq!(
        finding,
        VerifyFinding::KeyUnavailable {
            version: 2,
            seq: 7,
            problem: KeyProblem::Missing
        }
    );
    assert!(verify(&test, VerifyMode::ChainOnly).await.is_ok());

    sql(&test, "DELETE FROM archive_key").await;
    let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
    assert_eq!(
        finding.to_string(),
        "key version 1 is missing: records from seq 1 cannot be opened"
    );
    assert!(verify(&test, VerifyMode::ChainOnly).await.is_ok());
}

#[tokio::test]
async fn a_stored_key_that_does_not_unwrap_is_named() {
    let test = seeded().await;
    // Another key's wrapping: authentic bytes, but bound to version 1, not 2.
    sql(
        &test,
        "UPDATE archive_key SET wrapped = (SELECT wrapped FROM archive_key WHERE version = 1) \
         WHERE version = 2",
    )
    .await;
    let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
    assert_eq!(
        finding.to_string(),
        "key version 2 cannot be unwrapped with this master key: records from seq 7 cannot be opened"
    );
}

#[tokio::test]
async fn revocation_links_must_match_the_archived_revokes() {
    let cases: [(&str, u64, &str, &'static str); 4] = [
        // A revocation erased: v-1 still revokes m-2.
        (
            "revoked_by = NULL, revoked_at_ms = NULL WHERE seq = 2",
            2,
            "m-2",
            "revoked_by",
        ),
        // A revocation invented: v-1 revokes m-2, not m-4.
        (
            "revoked_by = 'v-1', revoked_at_ms = 1735661000060 WHERE seq = 4",
            4,
            "m-4",
            "revoked_by",
        ),
        // Revoked at another time than the revoke was sent.
        ("revoked_at_ms = 0 WHERE seq = 3", 3, "m-3", "revoked_at_ms"),
        // Linked to a message that revokes nothing.
        ("revoked_by = 'm-1' WHERE seq = 3", 3, "m-3", "revoked_by"),
    ];
    for (change, seq, msgid, column) in cases {
        let test = seeded().await;
        sql(&test, &format!("UPDATE archive_message SET {change}")).await;
        let finding = verify(&test, VerifyMode::Full).await.unwrap_err();
        assert_eq!(
            finding,
            VerifyFinding::RevocationLink {
                seq,
                msgid: msgid.to_string(),
                column
            },
            "{change}"
        );
        assert!(verify(&test, VerifyMode::ChainOnly).await.is_ok());
    }
}

#[tokio::test]
async fn lost_keys_are_not_replaced_by_a_new_one() {
    let test = seeded().await;
    sql(&test, "DELETE FROM archive_key").await;
    // A process that has not cached the keys (the CLI, a restarted server).
    let reopened = test.reopened();
    let error: ArchiveError = reopened
        .message_by_msgid(test.tenant_id, "m-1")
        .await
        .unwrap_err();
    assert!(matches!(error, ArchiveError::DataKeysMissing), "{error}");
    assert_eq!(error.code(), ArchiveErrorCode::KeyUnavailable);
    let error = reopened
        .ingest_batch(
            test.tenant_id,
            "test",
            vec![text_message("m-9", 9, "新消息")],
            Vec::new(),
        )
        .await
        .unwrap_err();
    assert!(matches!(error, ArchiveError::DataKeysMissing), "{error}");
    let keys = archive_key::Entity::find()
        .all(&test.db)
        .await
        .expect("keys");
    assert!(keys.is_empty(), "no key was created in their place");
}
