//! Purging messages past the retention: what goes, what a hold, the chain's head and a revoke
//! link keep, and that the chain verifies across the gaps on signed tombstones (and does not
//! when a tombstone is tampered with).

use std::collections::HashSet;

use crate::common::{TestArchive, incoming, test_archive};
use archive::CheckpointSigner;
use archive::chain::BreakReason;
use archive::index::SearchFilter;
use archive::purge::{HoldScope, HoldSubjects, PurgePolicy, PurgeReport, PurgedRange};
use archive::store::{
    IncomingMessage, PurgedSummary, TombstoneProblem, VerifyFinding, VerifyMode, VerifySummary,
};
use entity::{archive_message, archive_tombstone};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

const OLD: i64 = 1_600_000_000_000;
const NEW: i64 = 1_800_000_000_000;
const CUTOFF: i64 = 1_700_000_000_000;

fn message(msgid: &str, line: u64, to: &str, sent_at_ms: i64, content: &str) -> IncomingMessage {
    let raw = serde_json::json!({
        "msgid": msgid,
        "action": "send",
        "from": "zhangsan",
        "tolist": [to],
        "roomid": "",
        "msgtime": sent_at_ms,
        "seq": line,
        "msgtype": "text",
        "text": {"content": content},
    })
    .to_string();
    incoming(line, raw)
}

fn revoke(msgid: &str, line: u64, target: &str, sent_at_ms: i64) -> IncomingMessage {
    let raw = serde_json::json!({
        "msgid": msgid,
        "action": "send",
        "from": "zhangsan",
        "tolist": ["wmA"],
        "roomid": "",
        "msgtime": sent_at_ms,
        "seq": line,
        "msgtype": "revoke",
        "revoke": {"pre_msgid": target},
    })
    .to_string();
    incoming(line, raw)
}

/// Eleven messages in chain order: o-1 o-2 (old), o-3 (old, with the held customer), o-4,
/// n-1 (new), o-5, n-2, o-6 (old, held customer), r-1 (old revoke of o-6, not held itself),
/// o-7, o-8 (old, the chain's last).
async fn seeded() -> TestArchive {
    let test = test_archive().await;
    let messages = vec![
        message("o-1", 1, "wmA", OLD + 1, "旧消息一号"),
        message("o-2", 2, "wmA", OLD + 2, "旧消息二号"),
        message("o-3", 3, "wmHeld", OLD + 3, "案件相关的旧消息"),
        message("o-4", 4, "wmA", OLD + 4, "旧消息四号"),
        message("n-1", 5, "wmA", NEW + 5, "新消息一号"),
        message("o-5", 6, "wmA", OLD + 6, "旧消息五号"),
        message("n-2", 7, "wmA", NEW + 7, "新消息二号"),
        message("o-6", 8, "wmHeld", OLD + 8, "撤回前的旧消息"),
        revoke("r-1", 9, "o-6", OLD + 9),
        message("o-7", 10, "wmA", OLD + 10, "旧消息七号"),
        message("o-8", 11, "wmA", OLD + 11, "旧消息八号"),
    ];
    test.archive
        .ingest_batch(test.tenant_id, "test", messages, Vec::new())
        .await
        .unwrap();
    test.archive.finish_ingest(test.tenant_id).await.unwrap();
    test
}

fn policy() -> PurgePolicy {
    PurgePolicy {
        cutoff_ms: CUTOFF,
        holds: vec![HoldScope {
            from_ms: None,
            to_ms: None,
            subjects: HoldSubjects::Named {
                parties: HashSet::from(["wmHeld".to_string()]),
                rooms: HashSet::new(),
            },
        }],
    }
}

async fn purge(test: &TestArchive, dry_run: bool) -> PurgeReport {
    test.archive
        .purge(test.tenant_id, &policy(), &test.signer, dry_run, |_| {})
        .await
        .unwrap()
}

async fn verify(
    test: &TestArchive,
    signer: &CheckpointSigner,
) -> Result<VerifySummary, VerifyFinding> {
    test.archive
        .verify(test.tenant_id, VerifyMode::Full, signer, |_| {})
        .await
        .unwrap()
}

async fn msgids(test: &TestArchive) -> Vec<String> {
    let mut rows: Vec<_> = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .all(&test.db)
        .await
        .unwrap();
    rows.sort_by_key(|row| row.seq);
    rows.into_iter().map(|row| row.msgid).collect()
}

async fn found(test: &TestArchive, query: &str) -> u64 {
    test.archive
        .search(test.tenant_id, query, SearchFilter::default(), None, 20)
        .await
        .unwrap()
        .total
}

fn range(first_seq: u64, last_seq: u64) -> PurgedRange {
    PurgedRange {
        first_seq,
        last_seq,
    }
}

#[tokio::test]
async fn a_purge_removes_what_nothing_keeps_and_the_chain_still_verifies() {
    let test = seeded().await;

    let planned = purge(&test, true).await;
    assert_eq!(msgids(&test).await.len(), 11, "a dry run changes nothing");
    let expected_ranges = vec![range(1, 2), range(4, 4), range(6, 6), range(10, 10)];
    assert_eq!(
        planned,
        PurgeReport {
            past_cutoff: 9,
            ranges: expected_ranges.clone(),
            held: 2,
            kept_as_head: 1,
            kept_revokes: 1,
            alerts_marked: 0,
            dry_run: true,
        }
    );

    let done = purge(&test, false).await;
    assert_eq!(
        (done.ranges.clone(), done.dry_run),
        (expected_ranges, false)
    );
    assert_eq!(
        msgids(&test).await,
        ["o-3", "n-1", "n-2", "o-6", "r-1", "o-8"],
        "held, new, revoke of a held message, and the chain's last stay"
    );
    assert_eq!(
        found(&test, "旧消息一号").await,
        0,
        "purged from the index too"
    );
    assert_eq!(found(&test, "旧消息五号").await, 0);
    assert_eq!(
        found(&test, "案件相关").await,
        1,
        "a held message is still found"
    );

    let summary = verify(&test, &test.signer)
        .await
        .expect("verifies after the purge");
    assert_eq!(summary.verified, 6);
    assert_eq!(
        summary.purged,
        PurgedSummary {
            ranges: 4,
            messages: 5
        }
    );
    let tombstones = archive_tombstone::Entity::find()
        .filter(archive_tombstone::Column::TenantId.eq(test.tenant_id))
        .count(&test.db)
        .await
        .unwrap();
    assert_eq!(tombstones, 4);
    // The signed checkpoint still agrees with the chain.
    test.archive
        .checkpoint(test.tenant_id, &test.signer)
        .await
        .expect("a checkpoint after the purge");

    let again = purge(&test, false).await;
    assert!(again.ranges.is_empty(), "a second purge finds nothing more");
    assert_eq!(
        (again.held, again.kept_as_head, again.kept_revokes),
        (2, 1, 1)
    );
}

#[tokio::test]
async fn the_old_head_goes_once_a_newer_message_arrives_and_purged_messages_stay_gone() {
    let test = seeded().await;
    purge(&test, false).await;

    let outcome = test
        .archive
        .ingest_batch(
            test.tenant_id,
            "again",
            vec![
                message("o-1", 1, "wmA", OLD + 1, "旧消息一号"),
                message("n-3", 12, "wmA", NEW + 12, "新消息三号"),
            ],
            Vec::new(),
        )
        .await
        .unwrap();
    assert_eq!(
        (outcome.imported, outcome.expired),
        (1, 1),
        "o-1 is past the purge's cutoff"
    );
    test.archive.finish_ingest(test.tenant_id).await.unwrap();

    let done = purge(&test, false).await;
    assert_eq!(done.ranges, vec![range(11, 11)]);
    assert_eq!(
        msgids(&test).await,
        ["o-3", "n-1", "n-2", "o-6", "r-1", "n-3"]
    );
    let summary = verify(&test, &test.signer).await.expect("verifies");
    assert_eq!(
        (summary.verified, summary.purged.ranges, summary.head.seq),
        (6, 5, 12)
    );
}

#[tokio::test]
async fn a_tampered_or_missing_tombstone_is_reported() {
    let test = seeded().await;
    purge(&test, false).await;

    // Signed by another installation's key.
    let finding = verify(&test, &CheckpointSigner::generate())
        .await
        .unwrap_err();
    assert_eq!(
        finding,
        VerifyFinding::TombstoneInvalid {
            first_seq: 1,
            last_seq: 2,
            problem: TombstoneProblem::ForeignKey
        }
    );

    // A tombstone widened to cover a record deleted behind the archive's back.
    archive_message::Entity::delete_many()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .filter(archive_message::Column::Seq.eq(3))
        .exec(&test.db)
        .await
        .unwrap();
    let widen = |last_seq: i64, count: i64| {
        archive_tombstone::Entity::update_many()
            .col_expr(archive_tombstone::Column::LastSeq, Expr::value(last_seq))
            .col_expr(archive_tombstone::Column::Count, Expr::value(count))
            .filter(archive_tombstone::Column::TenantId.eq(test.tenant_id))
            .filter(archive_tombstone::Column::FirstSeq.eq(1))
            .exec(&test.db)
    };
    widen(3, 3).await.unwrap();
    let finding = verify(&test, &test.signer).await.unwrap_err();
    assert_eq!(
        finding,
        VerifyFinding::TombstoneInvalid {
            first_seq: 1,
            last_seq: 3,
            problem: TombstoneProblem::SignatureInvalid
        }
    );

    // Put back as signed, the deleted record is a gap the tombstone does not cover.
    widen(2, 2).await.unwrap();
    let VerifyFinding::ChainBroken(broken) = verify(&test, &test.signer).await.unwrap_err() else {
        panic!("a chain break");
    };
    assert_eq!(broken.reason, BreakReason::SequenceGap { expected: 3 });

    // A tombstone removed: its range is a gap.
    let test = seeded().await;
    purge(&test, false).await;
    archive_tombstone::Entity::delete_many()
        .filter(archive_tombstone::Column::FirstSeq.eq(4))
        .exec(&test.db)
        .await
        .unwrap();
    let VerifyFinding::ChainBroken(broken) = verify(&test, &test.signer).await.unwrap_err() else {
        panic!("a chain break");
    };
    assert_eq!(broken.reason, BreakReason::SequenceGap { expected: 4 });
}

#[tokio::test]
async fn a_purge_killed_midway_finishes_when_run_again() {
    let test = seeded().await;
    let expected_left = ["o-3", "n-1", "n-2", "o-6", "r-1", "o-8"];

    // "Killed" right after its first range committed: the future is dropped at its next await,
    // with the index's deletions uncommitted and the handle (its index writer) gone.
    let archive = test.reopened();
    let (first_range_done, killed) = tokio::sync::oneshot::channel::<()>();
    let mut first_range_done = Some(first_range_done);
    let held = policy();
    let purge = archive.purge(test.tenant_id, &held, &test.signer, false, |progress| {
        if progress.purged > 0
            && let Some(done) = first_range_done.take()
        {
            let _ = done.send(());
        }
    });
    tokio::select! {
        finished = purge => panic!("the purge should have been stopped: {finished:?}"),
        _ = killed => {}
    }
    drop(archive);
    let left = msgids(&test).await;
    assert!(
        left.len() > expected_left.len() && left.len() < 11,
        "{left:?}"
    );

    // A new process runs it again: it plans what is left and finishes.
    let archive = test.reopened();
    let done = archive
        .purge(test.tenant_id, &policy(), &test.signer, false, |_| {})
        .await
        .unwrap();
    assert!(!done.ranges.is_empty());
    assert_eq!(msgids(&test).await, expected_left);
    let summary = archive
        .verify(test.tenant_id, VerifyMode::Full, &test.signer, |_| {})
        .await
        .unwrap()
        .expect("verifies");
    assert_eq!(summary.purged.messages, 5);
    for purged in [
        "旧消息一号",
        "旧消息二号",
        "旧消息四号",
        "旧消息五号",
        "旧消息七号",
    ] {
        let page = archive
            .search(test.tenant_id, purged, SearchFilter::default(), None, 20)
            .await
            .unwrap();
        assert_eq!(page.total, 0, "{purged} is still indexed");
    }
}
