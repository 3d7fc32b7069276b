//! The archive store on a real SQLite database: sealing a batch on one side and writing it on
//! the other (as the import pipelines them) keeps ingest exactly-once and scanned with the rules
//! in force when the batch is written.

use crate::common::{alert_codes, test_archive, text_message};
use archive::store::{IncomingReject, VerifyMode};
use entity::{archive_ingest_batch, archive_message, risk_alert};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

#[tokio::test]
async fn a_batch_sealed_before_a_rule_change_is_scanned_with_the_rules_in_force_when_written() {
    let test = test_archive().await;
    let sealer = test.archive.sealer(test.tenant_id).await.expect("sealer");
    let batch = sealer
        .seal(
            vec![text_message("m-1", 1, "周五的答谢会请准时到场")],
            Vec::new(),
        )
        .expect("sealed");

    // A compliance officer adds a rule while the batch waits to be written.
    let mut rule = archive::risk::default_pack()
        .into_iter()
        .find(|rule| !rule.keywords.is_empty())
        .expect("a keyword rule");
    rule.code = "R9".to_string();
    rule.keywords = vec!["答谢会".to_string()];
    rule.exceptions = Vec::new();
    test.archive
        .save_risk_rule(test.tenant_id, &rule, true, None)
        .await
        .expect("saved")
        .expect("valid rule");

    let outcome = test
        .archive
        .ingest_sealed("test", batch)
        .await
        .expect("written");
    assert_eq!(outcome.imported, 1);
    assert_eq!(outcome.alerts_raised, 1);
    assert_eq!(alert_codes(&test, "m-1").await, vec!["R9".to_string()]);
}

#[tokio::test]
async fn sealed_batches_are_written_exactly_once_and_repeats_are_counted() {
    let test = test_archive().await;
    let sealer = test.archive.sealer(test.tenant_id).await.expect("sealer");
    let messages = || {
        vec![
            text_message("m-1", 1, "您好"),
            text_message("m-2", 2, "这款产品保本保收益"),
            text_message("m-1", 1, "您好"),
        ]
    };
    let reject = || IncomingReject {
        line_number: 4,
        raw: "{not json".to_string(),
        reason: "not JSON".to_string(),
    };

    let first = sealer.seal(messages(), vec![reject()]).expect("sealed");
    let outcome = test
        .archive
        .ingest_sealed("test", first)
        .await
        .expect("written");
    assert_eq!(
        (outcome.imported, outcome.duplicates, outcome.rejects_stored),
        (2, 1, 1)
    );
    assert_eq!(outcome.last_seq, 2);
    assert!(outcome.alerts_raised >= 1, "保本保收益 raises an alert");

    // Sealed again (say, by an import run a second time): nothing changes.
    let second = sealer.seal(messages(), vec![reject()]).expect("sealed");
    let again = test
        .archive
        .ingest_sealed("test", second)
        .await
        .expect("written");
    assert_eq!(
        (again.imported, again.duplicates, again.rejects_stored),
        (0, 3, 0)
    );
    assert_eq!(again.alerts_raised, 0);
    let rows = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .all(&test.db)
        .await
        .expect("rows");
    assert_eq!(rows.len(), 2);
    // When and from where: one batch record for the transaction that archived something.
    let batches: Vec<(i64, i64, i64, String)> = archive_ingest_batch::Entity::find()
        .filter(archive_ingest_batch::Column::TenantId.eq(test.tenant_id))
        .all(&test.db)
        .await
        .expect("batches")
        .into_iter()
        .map(|batch| {
            (
                batch.first_seq,
                batch.last_seq,
                batch.message_count,
                batch.source,
            )
        })
        .collect();
    assert_eq!(batches, vec![(1, 2, 2, "test".to_string())]);
    // The alert carries the parties its message's row does not.
    let alert = risk_alert::Entity::find()
        .filter(risk_alert::Column::Msgid.eq("m-2"))
        .one(&test.db)
        .await
        .expect("alert")
        .expect("raised");
    assert_eq!(
        (alert.sender, alert.tolist, alert.conversation),
        (
            Some("zhangsan".to_string()),
            Some(r#"["wmCustomer01"]"#.to_string()),
            Some("pair:wmCustomer01|zhangsan".to_string())
        )
    );
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("index committed");
    let verified = test
        .archive
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .expect("verify ran")
        .expect("archive intact");
    assert_eq!(verified.verified, 2);
}

#[tokio::test]
async fn an_export_reads_the_same_messages_as_a_person_in_the_order_asked() {
    let test = test_archive().await;
    let mut messages: Vec<_> = (1..=30)
        .map(|seq| {
            text_message(
                &format!("m-{seq}"),
                seq,
                &format!("第{seq}条, \"quoted\"\n"),
            )
        })
        .collect();
    let revoke = serde_json::json!({
        "msgid": "revoke-1", "action": "send", "from": "zhangsan", "tolist": ["wmCustomer01"],
        "roomid": "", "msgtime": 1_735_660_900_000i64, "seq": 31, "msgtype": "revoke",
        "revoke": {"pre_msgid": "m-7"},
    })
    .to_string();
    messages.push(crate::common::incoming(31, revoke));
    test.archive
        .ingest_batch(test.tenant_id, "test", messages, Vec::new())
        .await
        .unwrap();
    let asked: Vec<u64> = [31, 7, 1, 999, 30, 2].into();
    let for_export = test
        .archive
        .export_messages(test.tenant_id, &asked)
        .await
        .unwrap();
    let for_person = test
        .archive
        .messages_by_seq(test.tenant_id, &asked)
        .await
        .unwrap();
    let fields = |message: &archive::store::StoredMessage| {
        format!(
            "{} {} {} {} {:?} {:?} {} {:?} {:?} {:?} {:?} {} {}",
            message.seq,
            message.msgid,
            message.msgtype,
            message.sender,
            message.tolist,
            message.roomid,
            message.sent_at_ms,
            message.conversation_id,
            message.revokes_msgid,
            message.revoked_at_ms,
            message.revoked_by,
            message.content,
            message.raw
        )
    };
    assert_eq!(
        for_export.iter().map(fields).collect::<Vec<_>>(),
        for_person.iter().map(fields).collect::<Vec<_>>()
    );
    assert_eq!(
        for_export
            .iter()
            .map(|message| message.seq)
            .collect::<Vec<_>>(),
        [31, 7, 1, 30, 2],
        "in the order asked, the unknown position skipped"
    );
    assert!(for_export[1].revoked_at_ms.is_some(), "m-7 is revoked");
    assert!(
        test.archive
            .export_messages(test.tenant_id, &[])
            .await
            .unwrap()
            .is_empty()
    );
}

#[tokio::test]
async fn a_msgid_archived_before_is_a_duplicate_even_when_it_comes_back_later() {
    let test = test_archive().await;
    let first = test
        .archive
        .ingest_batch(
            test.tenant_id,
            "test",
            vec![
                text_message("m-1", 1, "您好"),
                text_message("m-2", 2, "在吗"),
            ],
            Vec::new(),
        )
        .await
        .expect("first batch");
    assert_eq!(first.imported, 2);

    // Sent after everything archived, so the dedup does not look it up first: the msgid's unique
    // key catches it, and the batch is looked up in full and written without it.
    let again = test
        .archive
        .ingest_batch(
            test.tenant_id,
            "test",
            vec![
                text_message("m-1", 9, "改过的内容"),
                text_message("m-3", 10, "新消息"),
            ],
            Vec::new(),
        )
        .await
        .expect("second batch");
    assert_eq!(
        (again.imported, again.duplicates, again.last_seq),
        (1, 1, 3)
    );
    let rows: Vec<(String, i64)> = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .all(&test.db)
        .await
        .expect("rows")
        .into_iter()
        .map(|row| (row.msgid, row.seq))
        .collect();
    assert_eq!(
        rows,
        [
            ("m-1".to_string(), 1),
            ("m-2".to_string(), 2),
            ("m-3".to_string(), 3)
        ]
    );
    let read = test
        .archive
        .message_by_msgid(test.tenant_id, "m-1")
        .await
        .expect("read")
        .expect("found");
    assert_eq!(read.content, "您好", "the first one archived stays");
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("index committed");
    let verified = test
        .archive
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .expect("verify ran")
        .expect("archive intact");
    assert_eq!(verified.verified, 3);
}
