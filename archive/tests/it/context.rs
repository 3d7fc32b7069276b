//! A message's context (its conversation's neighbours), which the search index proposes and the
//! rows decide: checked against a brute-force reading of the sample corpus, across the rows the
//! index has not committed yet, and where the index's candidates include another conversation.

use std::collections::HashMap;
use std::io;

use crate::common::{TestArchive, incoming, test_archive};
use archive::Message;
use archive::import::{ImportOptions, ReadLines, TenantSink};
use archive::store::{StoredMessage, conversation_key};
use entity::archive_message;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};
use serde_json::json;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
);

fn msgids(messages: &[StoredMessage]) -> Vec<String> {
    messages
        .iter()
        .map(|message| message.msgid.clone())
        .collect()
}

async fn context_msgids(
    test: &TestArchive,
    msgid: &str,
    before: u64,
    after: u64,
) -> (Vec<String>, Vec<String>) {
    let message = test
        .archive
        .message_by_msgid(test.tenant_id, msgid)
        .await
        .expect("read")
        .expect("archived");
    let (earlier, later) = test
        .archive
        .context(test.tenant_id, &message, before, after)
        .await
        .expect("context");
    (msgids(&earlier), msgids(&later))
}

#[tokio::test]
async fn context_is_the_nearest_messages_of_the_conversation_in_time_order() {
    let test = test_archive().await;
    let sink = TenantSink::new(&test.archive, test.tenant_id);
    let file = std::fs::File::open(CORPUS).expect("corpus");
    let options = ImportOptions {
        source_name: "archive-corpus.jsonl".to_string(),
        batch_size: 500,
    };
    archive::import::run(
        &sink,
        ReadLines::new(io::BufReader::new(file)),
        &options,
        |_| {},
    )
    .await
    .expect("imported");

    // The oracle: every archived row's conversation and time from the corpus, ordered by
    // (time, chain position) within each conversation.
    let mut corpus: HashMap<String, (String, i64)> = HashMap::new();
    for line in std::fs::read_to_string(CORPUS).expect("corpus").lines() {
        // Lines that are not messages are rejected, and the first of a repeated msgid stays.
        let Ok(message) = Message::parse_json(line) else {
            continue;
        };
        let key = conversation_key(&message.from, &message.tolist, message.roomid.as_deref());
        corpus
            .entry(message.msgid.clone())
            .or_insert((key, message.msgtime));
    }
    let rows: Vec<(i64, String)> = archive_message::Entity::find()
        .select_only()
        .column(archive_message::Column::Seq)
        .column(archive_message::Column::Msgid)
        .filter(archive_message::Column::TenantId.eq(test.tenant_id))
        .into_tuple()
        .all(&test.db)
        .await
        .expect("rows");
    let mut conversations: HashMap<&str, Vec<(i64, i64, &str)>> = HashMap::new();
    for (seq, msgid) in &rows {
        let (key, time) = &corpus[msgid];
        conversations
            .entry(key.as_str())
            .or_default()
            .push((*time, *seq, msgid.as_str()));
    }
    conversations
        .values_mut()
        .for_each(|messages| messages.sort());

    let mut checked = 0;
    let mut with_both_sides = 0;
    for (seq, msgid) in rows.iter().step_by(41) {
        let (key, time) = &corpus[msgid];
        let conversation = &conversations[key.as_str()];
        let position = conversation
            .binary_search(&(*time, *seq, msgid.as_str()))
            .expect("in its conversation");
        let expected_before: Vec<String> = conversation[position.saturating_sub(3)..position]
            .iter()
            .map(|(_, _, msgid)| msgid.to_string())
            .collect();
        let expected_after: Vec<String> = conversation[position + 1..]
            .iter()
            .take(4)
            .map(|(_, _, msgid)| msgid.to_string())
            .collect();
        let (before, after) = context_msgids(&test, msgid, 3, 4).await;
        assert_eq!(before, expected_before, "before {msgid}");
        assert_eq!(after, expected_after, "after {msgid}");
        checked += 1;
        if !before.is_empty() && !after.is_empty() {
            with_both_sides += 1;
        }
    }
    assert!(checked > 100, "{checked}");
    assert!(with_both_sides > 50, "{with_both_sides}");

    // Neither side asked for: nothing read.
    assert_eq!(
        context_msgids(&test, &rows[100].1, 0, 0).await,
        (Vec::new(), Vec::new())
    );
}

fn chat(msgid: &str, time: i64, from: &str, tolist: &[&str], content: &str) -> String {
    json!({
        "msgid": msgid, "action": "send", "from": from, "tolist": tolist, "roomid": "",
        "msgtime": 1_735_660_800_000i64 + time, "seq": time, "msgtype": "text",
        "text": {"content": content},
    })
    .to_string()
}

async fn ingest(test: &TestArchive, lines: &[String]) {
    let messages = lines
        .iter()
        .enumerate()
        .map(|(number, raw)| incoming(number as u64 + 1, raw.clone()))
        .collect();
    test.archive
        .ingest_batch(test.tenant_id, "test", messages, Vec::new())
        .await
        .expect("ingested");
}

#[tokio::test]
async fn context_includes_rows_the_index_has_not_committed_and_only_the_conversations_own() {
    let test = test_archive().await;
    ingest(
        &test,
        &[
            chat("a-1", 1, "lina", &["wmKe"], "您好"),
            // A one-to-one message to two people is the pair of its sender and first
            // recipient: the index proposes it for lina and wmXu too, the row says no.
            chat("a-2", 2, "lina", &["wmKe", "wmXu"], "两位好"),
            chat("x-1", 3, "lina", &["wmXu"], "徐总好"),
            chat("a-3", 4, "wmKe", &["lina"], "在的"),
        ],
    )
    .await;
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");
    // Archived, but not yet searchable: the import has not committed the index since.
    ingest(
        &test,
        &[
            chat("x-2", 5, "wmXu", &["lina"], "收到"),
            chat("a-4", 6, "lina", &["wmKe"], "明天见"),
        ],
    )
    .await;
    let status = test
        .archive
        .index_status(test.tenant_id)
        .await
        .expect("status");
    assert_eq!(
        (status.archived_through, status.indexed_through),
        (6, 4),
        "the last two rows are beyond the index"
    );

    assert_eq!(
        context_msgids(&test, "a-3", 5, 5).await,
        (
            vec!["a-1".to_string(), "a-2".to_string()],
            vec!["a-4".to_string()]
        )
    );
    assert_eq!(
        context_msgids(&test, "x-1", 5, 5).await,
        (Vec::new(), vec!["x-2".to_string()])
    );
    assert_eq!(
        context_msgids(&test, "a-4", 2, 5).await,
        (vec!["a-2".to_string(), "a-3".to_string()], Vec::new())
    );

    // Once committed, the same answers come from the index alone.
    test.archive
        .finish_ingest(test.tenant_id)
        .await
        .expect("committed");
    assert_eq!(
        context_msgids(&test, "a-1", 0, 3).await,
        (
            Vec::new(),
            vec!["a-2".to_string(), "a-3".to_string(), "a-4".to_string()]
        )
    );
}
