//! `archive::import` from lines to a searchable archive: numbering, classification, batching,
//! rejects, progress, re-runs, and a source that fails part-way.

use std::io;

use crate::common::{test_archive, text_message};
use archive::ArchiveError;
use archive::import::{ImportError, ImportOptions, ReadLines, RejectedLine, Tally, TenantSink};
use archive::index::SearchFilter;
use entity::{archive_message, archive_reject};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};

fn line(msgid: &str, seq: u64, content: &str) -> String {
    format!("{}\n", text_message(msgid, seq, content).raw)
}

/// Five messages (one repeated), a blank line, a line that is not JSON, one not UTF-8.
fn file() -> Vec<u8> {
    let mut file = Vec::new();
    file.extend(line("m-1", 1, "您好").bytes());
    file.extend(line("m-2", 2, "周五的答谢会").bytes());
    file.extend(b"\n");
    file.extend(b"{not json\n");
    file.extend(line("m-1", 1, "您好").bytes());
    file.extend(b"\xff\xfe\n");
    file.extend(line("m-3", 3, "明天见").bytes());
    file.extend(line("m-4", 4, "答谢会名单").bytes());
    file
}

fn options(batch_size: usize) -> ImportOptions {
    ImportOptions {
        source_name: "test.jsonl".to_string(),
        batch_size,
    }
}

async fn import_file(
    sink: &TenantSink<'_>,
    batch_size: usize,
) -> Result<Tally, ImportError<ArchiveError>> {
    let lines = ReadLines::new(io::Cursor::new(file()));
    archive::import::run(sink, lines, &options(batch_size), |_| {}).await
}

#[tokio::test]
async fn lines_are_classified_batched_written_and_searchable() {
    let test = test_archive().await;
    let sink = TenantSink::new(&test.archive, test.tenant_id);
    let file = file();
    let mut seen = Vec::new();
    let tally = archive::import::run(
        &sink,
        ReadLines::new(io::Cursor::new(file.clone())),
        &options(2),
        |tally| seen.push((tally.lines, tally.imported)),
    )
    .await
    .expect("imported");

    assert_eq!(tally.lines, 8);
    assert_eq!(tally.bytes, file.len() as u64);
    assert_eq!((tally.imported, tally.duplicates), (4, 1));
    let rejected: Vec<u64> = tally.rejected.iter().map(|r| r.line_number).collect();
    assert_eq!(rejected, vec![4, 6]);
    assert_eq!(
        tally.rejected[1],
        RejectedLine {
            line_number: 6,
            reason: "line is not valid UTF-8".to_string()
        }
    );
    // A batch closes at two messages or two rejects: lines 1–2, 3–6 (two rejects), 7–8.
    assert_eq!(seen, vec![(2, 2), (6, 2), (8, 4)]);

    let page = test
        .archive
        .search(test.tenant_id, "答谢会", SearchFilter::default(), None, 10)
        .await
        .expect("searched");
    assert_eq!(page.total, 2, "finish made every batch searchable");
    let rejects = archive_reject::Entity::find()
        .filter(archive_reject::Column::TenantId.eq(test.tenant_id))
        .count(&test.db)
        .await
        .expect("rejects");
    assert_eq!(rejects, 2);
}

#[tokio::test]
async fn a_second_run_archives_and_keeps_nothing_twice() {
    let test = test_archive().await;
    let sink = TenantSink::new(&test.archive, test.tenant_id);
    import_file(&sink, 3).await.expect("imported");
    import_file(&sink, 3).await.expect("imported again");
    let again = import_file(&sink, 50).await.expect("imported a third time");
    assert_eq!((again.imported, again.duplicates), (0, 5));
    assert_eq!(again.rejected.len(), 2, "every run reports its rejects");
    let stored = archive_reject::Entity::find()
        .filter(archive_reject::Column::TenantId.eq(test.tenant_id))
        .count(&test.db)
        .await
        .expect("rejects");
    assert_eq!(stored, 2, "but stores each once");
}

#[tokio::test]
async fn a_failing_source_stops_the_import_after_the_batches_before_it() {
    let test = test_archive().await;
    let sink = TenantSink::new(&test.archive, test.tenant_id);
    let lines = vec![
        Ok(line("m-1", 1, "您好").into_bytes()),
        Ok(line("m-2", 2, "再见").into_bytes()),
        Ok(line("m-3", 3, "明天见").into_bytes()),
        Err(io::Error::other("the puller lost its connection")),
        Ok(line("m-4", 4, "不会读到").into_bytes()),
    ];
    let error = archive::import::run(&sink, lines, &options(2), |_| {})
        .await
        .expect_err("the source failed");
    let ImportError::Source { after_line, .. } = error else {
        panic!("a source error, not {error}");
    };
    assert_eq!(after_line, 3);
    let archived = archive_message::Entity::find()
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .count(&test.db)
        .await
        .expect("rows");
    assert_eq!(
        archived, 2,
        "the first batch is written, the one in progress is not"
    );
}
