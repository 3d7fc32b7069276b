//! The sign-off after an import: the stretch of chain the import's batches chained one after
//! another is vouched for without being read back; anything else is walked as before.

use crate::common::{TestArchive, import_lines, test_archive, text_message};
use archive::chain::{BreakReason, ChainHead, ChainRun};
use archive::import::Tally;
use archive::store::{VerifyFinding, VerifyMode};
use archive::{ArchiveError, CheckpointFinding};
use entity::archive_message;
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// Imports `count` text messages numbered from `first`, two per batch.
async fn import(test: &TestArchive, first: u64, count: u64) -> Tally {
    let lines: Vec<String> = (first..first + count)
        .map(|seq| text_message(&format!("m-{seq}"), seq, "周五的答谢会").raw)
        .collect();
    import_lines(test, &lines, 2).await
}

/// Imports as [`import`] does, then signs off with the import's run.
async fn import_and_sign(test: &TestArchive, first: u64, count: u64) {
    let tally = import(test, first, count).await;
    test.archive
        .checkpoint_after(test.tenant_id, &test.signer, tally.chained)
        .await
        .expect("sign-off");
}

/// Another writer's batch: one message ingested directly, not by the import.
async fn ingest_one(test: &TestArchive, seq: u64) {
    let message = text_message(&format!("other-{seq}"), seq, "收到");
    test.archive
        .ingest_batch(test.tenant_id, "other", vec![message], Vec::new())
        .await
        .expect("ingested");
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("index committed");
}

/// Changes the sealed bytes of the row at `seq`, leaving its chain hash: its link breaks.
async fn tamper(test: &TestArchive, seq: u64) {
    archive_message::Entity::update_many()
        .col_expr(
            archive_message::Column::Ciphertext,
            Expr::value(vec![0u8; 64]),
        )
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .filter(archive_message::Column::Seq.eq(seq as i64))
        .exec(&test.db)
        .await
        .expect("updated");
}

async fn broken_seq(test: &TestArchive) -> u64 {
    let finding = test
        .archive
        .verify(test.tenant_id, VerifyMode::ChainOnly, &test.signer, |_| {})
        .await
        .expect("verified")
        .expect_err("the tampered row is found");
    let VerifyFinding::ChainBroken(broken) = finding else {
        panic!("not a broken chain: {finding:?}");
    };
    assert_eq!(broken.reason, BreakReason::HashMismatch);
    broken.seq
}

fn refused_at(result: Result<Vec<archive::Checkpoint>, ArchiveError>) -> u64 {
    match result {
        Err(ArchiveError::Checkpoint(CheckpointFinding::Broken { seq, .. })) => seq,
        other => panic!("not refused for a broken link: {other:?}"),
    }
}

#[tokio::test]
async fn an_import_vouches_for_the_links_it_chained_and_verify_still_reads_them() {
    let test = test_archive().await;
    let tally = import(&test, 1, 7).await;
    let run = tally.chained.expect("the import chained a run");
    assert_eq!(run.from, ChainHead::genesis(test.tenant_id));
    assert_eq!(run.to.seq, 7);

    // A row changed after it was written, before the sign-off: the walk would refuse to sign,
    // the vouched sign-off signs the chain as the import wrote it …
    tamper(&test, 3).await;
    let walked = test.archive.checkpoint(test.tenant_id, &test.signer).await;
    assert_eq!(refused_at(walked), 3);
    let signed = test
        .archive
        .checkpoint_after(test.tenant_id, &test.signer, Some(run))
        .await
        .expect("signed");
    let archive_checkpoint = signed
        .iter()
        .find(|checkpoint| checkpoint.chain == archive::Chain::Archive)
        .expect("the archive chain was signed");
    assert_eq!(archive_checkpoint.seq, 7);
    assert_eq!(archive_checkpoint.head_hash, run.to.hash.to_vec());
    // … and verify finds the changed row all the same.
    assert_eq!(broken_seq(&test).await, 3);
}

#[tokio::test]
async fn an_import_after_its_own_checkpoint_is_vouched_for_from_there() {
    let test = test_archive().await;
    import_and_sign(&test, 1, 4).await;
    let second = import(&test, 5, 4).await;
    let run = second.chained.expect("a run");
    assert_eq!(run.from.seq, 4);
    tamper(&test, 6).await;
    let signed = test
        .archive
        .checkpoint_after(test.tenant_id, &test.signer, Some(run))
        .await
        .expect("vouched, not walked");
    assert!(signed.iter().any(|checkpoint| checkpoint.seq == 8));
    assert_eq!(broken_seq(&test).await, 6);
}

#[tokio::test]
async fn links_another_writer_made_are_walked() {
    let test = test_archive().await;
    import_and_sign(&test, 1, 2).await;
    // Another writer appends seq 3; the import then chains from there, so its run does not
    // start at the checkpoint, and seq 3 is nobody's to vouch for here.
    ingest_one(&test, 3).await;
    let second = import(&test, 4, 4).await;
    let run = second.chained.expect("a run");
    assert_eq!((run.from.seq, run.to.seq), (3, 7));
    tamper(&test, 3).await;
    let result = test
        .archive
        .checkpoint_after(test.tenant_id, &test.signer, Some(run))
        .await;
    assert_eq!(refused_at(result), 3);
}

#[tokio::test]
async fn a_run_whose_last_link_changed_is_walked() {
    let test = test_archive().await;
    let tally = import(&test, 1, 5).await;
    let run = tally.chained.expect("a run");
    tamper(&test, 5).await;
    // Claiming a different last link than the stored one: the walk decides, and refuses.
    let claimed = ChainRun {
        to: ChainHead {
            hash: [7u8; 32],
            ..run.to
        },
        ..run
    };
    let result = test
        .archive
        .checkpoint_after(test.tenant_id, &test.signer, Some(claimed))
        .await;
    assert_eq!(refused_at(result), 5);
}

#[test]
fn a_run_continues_only_where_it_ended() {
    let head = |seq: u64| ChainHead {
        seq,
        hash: [seq as u8; 32],
    };
    let first = ChainRun {
        from: head(0),
        to: head(2),
    };
    let next = ChainRun {
        from: head(2),
        to: head(4),
    };
    let after_another_writer = ChainRun {
        from: head(5),
        to: head(6),
    };
    assert_eq!(
        first.then(next),
        ChainRun {
            from: head(0),
            to: head(4)
        }
    );
    assert_eq!(first.then(after_another_writer), after_another_writer);
    assert_eq!(ChainRun::extend(Some(first), None), Some(first));
    assert_eq!(ChainRun::extend(None, Some(next)), Some(next));
    assert_eq!(
        ChainRun::extend(Some(first), Some(next)),
        Some(first.then(next))
    );
}
