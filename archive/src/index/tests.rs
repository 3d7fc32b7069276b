//! Behaviour of the search index on small synthetic archives.

use std::collections::BTreeSet;
use std::path::Path;

use proptest::prelude::*;
use tempfile::TempDir;

use super::*;
use crate::ArchiveErrorCode;
use crate::normalize::normalize;

fn key(byte: u8) -> IndexKey {
    IndexKey::from_bytes([byte; 32])
}

/// A message for tests: sent at `id * 1000` ms unless a test says otherwise.
struct TestDoc {
    id: u64,
    sent_at_ms: i64,
    text: &'static str,
    msgtype: &'static str,
    sender: &'static str,
    recipients: Vec<&'static str>,
    roomid: &'static str,
    revoked: bool,
}

fn text_doc(id: u64, text: &'static str) -> TestDoc {
    TestDoc {
        id,
        sent_at_ms: id as i64 * 1000,
        text,
        msgtype: "text",
        sender: "staff1",
        recipients: vec!["customer1"],
        roomid: "",
        revoked: false,
    }
}

fn add_all(writer: &mut SearchIndexWriter, docs: &[TestDoc]) {
    for doc in docs {
        let mut participants = vec![doc.sender];
        participants.extend(&doc.recipients);
        writer
            .add(&IndexDoc {
                id: doc.id,
                msgid: &doc.id.to_string(),
                sent_at_ms: doc.sent_at_ms,
                text: doc.text,
                msgtype: doc.msgtype,
                sender: doc.sender,
                participants: &participants,
                roomid: doc.roomid,
                revoked: doc.revoked,
            })
            .unwrap();
    }
}

fn build(dir: &Path, docs: &[TestDoc]) -> SearchIndex {
    let index = SearchIndex::open_or_create(dir, &key(7)).unwrap();
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    add_all(&mut writer, docs);
    writer.commit().unwrap();
    index
}

fn request(terms: &[&str]) -> SearchRequest {
    SearchRequest {
        terms: terms.iter().map(|term| term.to_string()).collect(),
        filter: SearchFilter::default(),
        after: None,
        limit: MAX_PAGE_SIZE,
    }
}

fn ids(index: &SearchIndex, terms: &[&str]) -> Vec<u64> {
    index.search(&request(terms)).unwrap().ids
}

fn filtered(index: &SearchIndex, filter: SearchFilter) -> Vec<u64> {
    let request = SearchRequest {
        filter,
        ..request(&[])
    };
    index.search(&request).unwrap().ids
}

fn sample_docs() -> Vec<TestDoc> {
    vec![
        text_doc(1, "请先开户小程序登记"),
        text_doc(2, "沪深300ETF 今天涨了"),
        text_doc(3, "養老目標2045基金的產品說明書"),
        text_doc(4, "哈哈哈哈"),
        text_doc(5, "哈哈"),
        text_doc(6, "a b c"),
        text_doc(7, "ab"),
        text_doc(8, ""),
        text_doc(9, "开 户"),
    ]
}

#[test]
fn finds_exact_normalised_substrings() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());

    assert_eq!(ids(&index, &["开户"]), [1]);
    assert_eq!(ids(&index, &["開戶"]), [1]);
    assert_eq!(ids(&index, &["开"]), [9, 1]);
    assert_eq!(ids(&index, &["etf"]), [2]);
    assert_eq!(ids(&index, &["ＥＴＦ"]), [2]);
    assert_eq!(ids(&index, &["沪深300"]), [2]);
    assert_eq!(ids(&index, &["300etf 今"]), [2]);
    assert_eq!(ids(&index, &["养老目标2045"]), [3]);
    assert_eq!(ids(&index, &["产品说明书"]), [3]);
    assert_eq!(ids(&index, &["沪深3000"]), Vec::<u64>::new());
    assert_eq!(ids(&index, &["户小程序登记了"]), Vec::<u64>::new());
}

#[test]
fn repeated_characters_need_enough_repetitions() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());
    assert_eq!(ids(&index, &["哈哈"]), [5, 4]);
    assert_eq!(ids(&index, &["哈哈哈"]), [4]);
    assert_eq!(ids(&index, &["哈哈哈哈"]), [4]);
    assert_eq!(ids(&index, &["哈哈哈哈哈"]), Vec::<u64>::new());
}

#[test]
fn spaces_are_characters() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());
    assert_eq!(ids(&index, &["a b"]), [6]);
    assert_eq!(ids(&index, &["ab"]), [7]);
    assert_eq!(ids(&index, &["开 户"]), [9]);
    assert_eq!(ids(&index, &[" "]), [9, 6, 2]);
}

#[test]
fn all_terms_must_match() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());
    let terms = parse_query("沪深 ETF").unwrap();
    let terms: Vec<&str> = terms.iter().map(String::as_str).collect();
    assert_eq!(ids(&index, &terms), [2]);
    assert_eq!(ids(&index, &["沪深", "开户"]), Vec::<u64>::new());
}

#[test]
fn no_terms_lists_everything() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());
    let page = index.search(&request(&[])).unwrap();
    assert_eq!(page.total, 9);
    assert_eq!(page.ids, [9, 8, 7, 6, 5, 4, 3, 2, 1]);
    // The empty term is contained in every text.
    assert_eq!(index.search(&request(&[""])).unwrap().total, 9);
}

#[test]
fn filters_run_inside_the_index() {
    let dir = TempDir::new().unwrap();
    let mut docs = vec![
        text_doc(1, "开户"),
        text_doc(2, "开户"),
        text_doc(3, "开户"),
        text_doc(4, "开户"),
    ];
    docs[1].sender = "customer1";
    docs[1].recipients = vec!["staff1"];
    docs[2].roomid = "room9";
    docs[2].recipients = vec!["customer1", "customer2"];
    docs[3].msgtype = "link";
    docs[3].revoked = true;
    let index = build(dir.path(), &docs);

    let by_sender = SearchFilter {
        sender: Some("customer1".into()),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, by_sender), [2]);
    let both_took_part = SearchFilter {
        participants: vec!["staff1".into(), "customer2".into()],
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, both_took_part), [3]);
    let any_of = |sets: &[&[&str]]| SearchFilter {
        participant_sets: sets
            .iter()
            .map(|set| set.iter().map(|id| id.to_string()).collect())
            .collect(),
        ..SearchFilter::default()
    };
    assert_eq!(
        filtered(&index, any_of(&[&["customer1", "nobody"]])),
        [4, 3, 2, 1]
    );
    assert_eq!(filtered(&index, any_of(&[&["customer2", "staff9"]])), [3]);
    assert_eq!(
        filtered(&index, any_of(&[&["customer1", "customer2"], &["staff1"]])),
        [4, 3, 2, 1]
    );
    assert_eq!(
        filtered(&index, any_of(&[&["customer1", "customer2"], &["nobody"]])),
        Vec::<u64>::new()
    );
    let empty_set = SearchFilter {
        participant_sets: vec![Vec::new()],
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, empty_set), Vec::<u64>::new());
    let direct_chats = SearchFilter {
        roomid: Some(String::new()),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, direct_chats), [4, 2, 1]);
    let links = SearchFilter {
        msgtype: Some("link".into()),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, links), [4]);
    let not_revoked = SearchFilter {
        revoked: Some(false),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, not_revoked), [3, 2, 1]);
    let time_window = SearchFilter {
        sent_from_ms: Some(2000),
        sent_before_ms: Some(4000),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, time_window), [3, 2]);
    let open_ended = SearchFilter {
        sent_from_ms: Some(3000),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, open_ended), [4, 3]);

    let with_terms = SearchRequest {
        filter: SearchFilter {
            sender: Some("staff1".into()),
            ..SearchFilter::default()
        },
        ..request(&["开户"])
    };
    assert_eq!(index.search(&with_terms).unwrap().total, 3);
}

#[test]
fn pages_are_newest_first_with_id_tie_break_and_exact_totals() {
    let dir = TempDir::new().unwrap();
    let mut docs: Vec<TestDoc> = (1..=7).map(|id| text_doc(id, "定投")).collect();
    // Three messages in the same millisecond, and one older than its seq suggests.
    for doc in &mut docs[2..5] {
        doc.sent_at_ms = 50_000;
    }
    docs[6].sent_at_ms = -5;
    let index = build(dir.path(), &docs);

    let mut page_request = SearchRequest {
        limit: 2,
        ..request(&["定投"])
    };
    let mut pages = Vec::new();
    loop {
        let page = index.search(&page_request).unwrap();
        assert_eq!(page.total, 7);
        pages.push(page.ids.clone());
        let Some(cursor) = page.next_cursor else {
            break;
        };
        page_request.after = Some(cursor);
    }
    assert_eq!(pages, [vec![5, 4], vec![3, 6], vec![2, 1], vec![7]]);
}

/// Five segments written in time order, ten matches each: a page that the newest segment
/// fills walks that segment's matches only and counts the others (from the dictionary, for a
/// term); a page that it cannot fill walks the next ones too. Totals are exact either way, and
/// so are pages whatever the number of workers.
#[test]
fn a_page_walks_only_the_segments_that_can_change_it() {
    let dir = TempDir::new().unwrap();
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    for segment in 0..5u64 {
        let docs: Vec<TestDoc> = (segment * 10..segment * 10 + 10)
            .map(|id| {
                text_doc(
                    id,
                    if id % 10 < 8 {
                        "定投"
                    } else {
                        "定投基金"
                    },
                )
            })
            .collect();
        add_all(&mut writer, &docs);
        writer.commit().unwrap();
    }
    let searcher = index.reader.searcher();
    assert_eq!(searcher.segment_readers().len(), 5);
    let search = |term: &str, limit: usize, before: Option<SearchCursor>, workers: usize| {
        let terms = [term.to_string()];
        let query = query::build_query(
            &index.hasher,
            &index.fields,
            &terms,
            &SearchFilter::default(),
        );
        let before = before.map(|cursor| collector::SortKey::new(cursor.sent_at_ms, cursor.id));
        newest_page::newest_page(&searcher, query.as_ref(), limit, before, workers).unwrap()
    };

    for workers in [1, 2, 3] {
        let page = search("定投", 5, None, workers);
        assert_eq!(page.total, 50);
        assert_eq!(page.ids(), [49, 48, 47, 46, 45]);
        assert!(page.has_more);
        assert_eq!(page.walked_segments, 1);

        // Two matches a segment: the page of five and one more (to tell whether another page
        // follows) needs the three newest segments; with several workers, maybe one more.
        let page = search("投基", 5, None, workers);
        assert_eq!(page.total, 10);
        assert_eq!(page.ids(), [49, 48, 39, 38, 29]);
        assert!(page.has_more);
        if workers == 1 {
            assert_eq!(page.walked_segments, 3);
        }

        // Below a cursor in the middle segment, the newer segments are only counted.
        let cursor = SearchCursor {
            sent_at_ms: 25_000,
            id: 25,
        };
        let page = search("定投", 3, Some(cursor), workers);
        assert_eq!(page.total, 50);
        assert_eq!(page.ids(), [24, 23, 22]);
        if workers == 1 {
            assert_eq!(page.walked_segments, 1);
        }
    }
}

#[test]
fn page_size_is_bounded() {
    let dir = TempDir::new().unwrap();
    let index = build(dir.path(), &sample_docs());
    for limit in [0, MAX_PAGE_SIZE + 1] {
        let error = index
            .search(&SearchRequest {
                limit,
                ..request(&["开"])
            })
            .unwrap_err();
        assert_eq!(error.code(), ArchiveErrorCode::InvalidInput);
    }
}

#[test]
fn replace_reindexes_a_revoked_message() {
    let dir = TempDir::new().unwrap();
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    add_all(&mut writer, &[text_doc(1, "保本"), text_doc(2, "保本")]);
    writer.commit().unwrap();

    let mut revoked = text_doc(1, "保本");
    revoked.revoked = true;
    let participants = ["staff1", "customer1"];
    writer
        .replace(&IndexDoc {
            id: revoked.id,
            msgid: &revoked.id.to_string(),
            sent_at_ms: revoked.sent_at_ms,
            text: revoked.text,
            msgtype: revoked.msgtype,
            sender: revoked.sender,
            participants: &participants,
            roomid: revoked.roomid,
            revoked: true,
        })
        .unwrap();
    writer.commit().unwrap();

    assert_eq!(ids(&index, &["保本"]), [2, 1]);
    let revoked_only = SearchFilter {
        revoked: Some(true),
        ..SearchFilter::default()
    };
    assert_eq!(filtered(&index, revoked_only), [1]);

    writer.delete("2");
    writer.commit().unwrap();
    assert_eq!(ids(&index, &["保本"]), [1]);
    assert_eq!(index.num_docs(), 1);
}

#[test]
fn msgids_are_found_in_every_segment_before_and_after_merges() {
    let dir = TempDir::new().unwrap();
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    let msgids: Vec<String> = (0..=22).map(|id| id.to_string()).collect();
    let found = |index: &SearchIndex| -> BTreeSet<(String, u64)> {
        let found = index.seqs_by_msgid(&msgids).unwrap();
        found
            .into_iter()
            .flat_map(|(msgid, seqs)| seqs.into_iter().map(move |seq| (msgid.clone(), seq)))
            .collect()
    };
    let indexed = |through: u64| -> BTreeSet<(String, u64)> {
        (1..=through)
            .filter(|id| *id != 4)
            .map(|id| (id.to_string(), id))
            .collect()
    };
    // Ten commits, ten segments, which tantivy's merge policy merges in the background: each
    // lookup sees another set of segments, some of whose filters were built for segments since
    // merged away.
    for first in (1..=20).step_by(2) {
        add_all(
            &mut writer,
            &[text_doc(first, "一"), text_doc(first + 1, "二")],
        );
        if first == 3 {
            writer.delete("4");
        }
        writer.commit().unwrap();
        assert_eq!(found(&index), indexed(first + 1));
    }

    writer.finish_merges().unwrap();
    index.reload().unwrap();
    let segments = index.reader.searcher().segment_readers().len();
    assert!(segments < 10, "{segments} segments after the merges");
    assert_eq!(found(&index), indexed(20));
}

#[test]
fn a_few_msgids_are_looked_up_without_building_a_large_segments_filter() {
    let dir = TempDir::new().unwrap();
    let docs: Vec<TestDoc> = (1..=2_001).map(|id| text_doc(id, "一")).collect();
    let index = build(dir.path(), &docs);
    // Two msgids against a segment of 2,001: too few to stream the segment's terms for.
    let found = index
        .seqs_by_msgid(&["1500".to_string(), "9999".to_string()])
        .unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found.get("1500"), Some(&vec![1500]));
    assert_eq!(index.msgid_filters.built(), 0);

    // Three msgids are enough to build it; the answer is the same through the filter.
    let msgids = ["1500", "2001", "9999"].map(String::from);
    let found = index.seqs_by_msgid(&msgids).unwrap();
    assert_eq!(index.msgid_filters.built(), 1);
    assert_eq!(found.len(), 2);
    assert_eq!(found.get("2001"), Some(&vec![2001]));
}

#[test]
fn a_large_segments_filter_is_built_beside_lookups_that_answer_meanwhile() {
    let dir = TempDir::new().unwrap();
    let docs: Vec<TestDoc> = (1..=2_001).map(|id| text_doc(id, "一")).collect();
    let mut index = build(dir.path(), &docs);
    // 2,001 terms is over this limit: the filter is built on a thread of its own.
    index.msgid_filters = Arc::new(MsgidFilters::building_inline_up_to(1_000));
    let msgids = ["1500", "2001", "9999"].map(String::from);
    let found = index.seqs_by_msgid(&msgids).unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(found.get("2001"), Some(&vec![2001]));

    // A generous bound, not a measurement: it only keeps a broken build from hanging the test.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while index.msgid_filters.built() == 0 {
        assert!(
            std::time::Instant::now() < deadline,
            "the filter was never built"
        );
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    let found = index.seqs_by_msgid(&msgids).unwrap();
    assert_eq!(found.len(), 2);
    assert_eq!(found.get("1500"), Some(&vec![1500]));
    assert_eq!(found.get("2001"), Some(&vec![2001]));
}

#[test]
fn reopens_with_the_same_key_and_refuses_another() {
    let dir = TempDir::new().unwrap();
    {
        let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
        let mut writer = index.writer_with_memory(15 << 20).unwrap();
        add_all(&mut writer, &[text_doc(1, "路演")]);
        writer.commit_at(1).unwrap();
    }
    let reopened = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    assert_eq!(ids(&reopened, &["路演"]), [1]);
    assert_eq!(reopened.checkpoint().unwrap(), Some(1));

    let error = SearchIndex::open_or_create(dir.path(), &key(8)).unwrap_err();
    assert_eq!(error.code(), ArchiveErrorCode::KeyUnavailable);
}

#[test]
fn only_one_writer_at_a_time() {
    let dir = TempDir::new().unwrap();
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let _writer = index.writer_with_memory(15 << 20).unwrap();
    assert!(index.writer_with_memory(15 << 20).is_err());
}

#[test]
fn index_files_hold_no_text() {
    let dir = TempDir::new().unwrap();
    let secret = "绝密canary内容Zeta";
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    let participants = ["staff1"];
    writer
        .add(&IndexDoc {
            id: 1,
            msgid: "m-1",
            sent_at_ms: 1,
            text: secret,
            msgtype: "text",
            sender: "staff1",
            participants: &participants,
            roomid: "",
            revoked: false,
        })
        .unwrap();
    writer.commit().unwrap();
    assert_eq!(ids(&index, &["canary"]), [1]);

    let needles: Vec<Vec<u8>> = ["绝密", "canary", "Zeta", "zeta", "staff1"]
        .iter()
        .map(|needle| needle.as_bytes().to_vec())
        .collect();
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        for needle in &needles {
            assert!(!bytes.windows(needle.len()).any(|window| window == needle));
        }
    }
}

/// Texts over a tiny alphabet, so that random terms often occur (and often almost occur).
fn tiny_alphabet_text(max_len: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(vec!['开', '户', '開', 'a', 'A', ' ', '3']),
        0..max_len,
    )
    .prop_map(|characters| characters.into_iter().collect())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn results_equal_brute_force(
        texts in prop::collection::vec(tiny_alphabet_text(12), 1..30),
        terms in prop::collection::vec(tiny_alphabet_text(6), 1..12),
    ) {
        let dir = TempDir::new().unwrap();
        let index = SearchIndex::open_or_create(dir.path(), &key(1)).unwrap();
        let mut writer = index.writer_with_memory(15 << 20).unwrap();
        for (position, text) in texts.iter().enumerate() {
            writer.add(&IndexDoc {
                id: position as u64,
                msgid: &position.to_string(),
                sent_at_ms: 0,
                text,
                msgtype: "text",
                sender: "s",
                participants: &[],
                roomid: "",
                revoked: false,
            }).unwrap();
        }
        writer.commit().unwrap();

        let normalized_texts: Vec<String> = texts.iter().map(|text| normalize(text)).collect();
        for term in &terms {
            let normalized_term = normalize(term);
            let expected: BTreeSet<u64> = normalized_texts
                .iter()
                .enumerate()
                .filter(|(_, text)| text.contains(&normalized_term))
                .map(|(position, _)| position as u64)
                .collect();
            let page = index.search(&request(&[term])).unwrap();
            let found: BTreeSet<u64> = page.ids.iter().copied().collect();
            prop_assert_eq!(page.total as usize, expected.len());
            prop_assert_eq!(found, expected, "term {:?}", term);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Paging through every match in small pages, many messages in the same millisecond, spread
    /// over segments whose times overlap: the page order, cursors and totals equal sorting by
    /// (time, id), newest first, for a term (counted from the dictionary where a segment has
    /// no deletions) and for a phrase. Without deletions tantivy hands matches over in blocks;
    /// with some, one by one.
    #[test]
    fn pages_equal_brute_force_order(
        docs in prop::collection::vec(
            (0i64..8, prop::sample::select(vec!["定投", "定投基金", "基金", "投基"])),
            1..60,
        ),
        commit_after in prop::collection::vec(prop::bool::weighted(0.15), 60),
        limit in 1usize..6,
        delete_some in any::<bool>(),
        deleted in prop::collection::vec(prop::bool::weighted(0.2), 60),
    ) {
        let dir = TempDir::new().unwrap();
        let index = SearchIndex::open_or_create(dir.path(), &key(1)).unwrap();
        let mut writer = index.writer_with_memory(15 << 20).unwrap();
        let docs: Vec<TestDoc> = docs
            .iter()
            .enumerate()
            .map(|(id, (time, text))| TestDoc { sent_at_ms: *time, ..text_doc(id as u64, text) })
            .collect();
        for (doc, commit) in docs.iter().zip(&commit_after) {
            add_all(&mut writer, std::slice::from_ref(doc));
            if *commit {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        let gone = |id: u64| delete_some && deleted[id as usize];
        for doc in &docs {
            if gone(doc.id) {
                writer.delete(&doc.id.to_string());
            }
        }
        writer.commit().unwrap();

        for term in ["定投", "投基金"] {
            let mut expected: Vec<(i64, u64)> = docs
                .iter()
                .filter(|doc| !gone(doc.id) && doc.text.contains(term))
                .map(|doc| (doc.sent_at_ms, doc.id))
                .collect();
            expected.sort_unstable_by(|left, right| right.cmp(left));
            let expected: Vec<u64> = expected.into_iter().map(|(_, id)| id).collect();

            let mut page_request = SearchRequest { limit, ..request(&[term]) };
            let mut listed = Vec::new();
            loop {
                let page = index.search(&page_request).unwrap();
                prop_assert_eq!(page.total as usize, expected.len(), "{}", term);
                prop_assert!(page.ids.len() <= limit);
                listed.extend(page.ids);
                let Some(cursor) = page.next_cursor else {
                    break;
                };
                page_request.after = Some(cursor);
            }
            prop_assert_eq!(listed, expected, "{}", term);
        }
    }
}

/// The schema indexes were created with before `id` and `sent_at` became fast-only: both also
/// indexed, one term per document.
fn schema_with_indexed_id_and_time() -> tantivy::schema::Schema {
    use tantivy::schema::{
        FAST, INDEXED, IndexRecordOption, Schema, TextFieldIndexing, TextOptions,
    };
    let blind = |record: IndexRecordOption| {
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(schema::BLIND_TERMS_TOKENIZER)
                .set_index_option(record)
                .set_fieldnorms(false),
        )
    };
    let mut builder = Schema::builder();
    builder.add_u64_field("id", INDEXED | FAST);
    builder.add_i64_field("sent_at", INDEXED | FAST);
    builder.add_bool_field("revoked", INDEXED);
    builder.add_text_field("unigrams", blind(IndexRecordOption::Basic));
    builder.add_text_field("bigrams", blind(IndexRecordOption::WithFreqsAndPositions));
    for name in ["sender", "participant", "room", "msgtype", "msgid"] {
        builder.add_text_field(name, blind(IndexRecordOption::Basic));
    }
    builder.build()
}

#[test]
fn an_index_created_with_indexed_ids_and_times_opens_and_works_as_before() {
    let dir = TempDir::new().unwrap();
    Index::create_in_dir(dir.path(), schema_with_indexed_id_and_time()).unwrap();
    let check = TermHasher::new(&key(7)).unwrap().key_check();
    std::fs::write(dir.path().join(KEY_CHECK_FILE), check).unwrap();

    let index = build(dir.path(), &sample_docs());
    let all_ids = filtered(&index, SearchFilter::default());
    assert!(!all_ids.is_empty());
    let since_3s = filtered(
        &index,
        SearchFilter {
            sent_from_ms: Some(3000),
            ..SearchFilter::default()
        },
    );
    let expected: Vec<u64> = all_ids.iter().copied().filter(|id| *id >= 3).collect();
    assert_eq!(since_3s, expected);

    // Deleting by msgid and purging a range of ids reach documents of the old schema.
    let mut writer = index.writer_with_memory(15 << 20).unwrap();
    let newest = all_ids[0];
    writer.delete(&newest.to_string());
    writer.delete_range(1, 1).unwrap();
    writer.commit().unwrap();
    let left = filtered(&index, SearchFilter::default());
    let expected: Vec<u64> = all_ids
        .iter()
        .copied()
        .filter(|id| *id != newest && *id != 1)
        .collect();
    assert_eq!(left, expected);
    // The index kept its own schema: it was neither rebuilt nor changed.
    assert!(
        index
            .index
            .schema()
            .get_field_entry(index.fields.id)
            .is_indexed()
    );
}

/// The niceness of every tantivy merge thread of this process (field 19 of its `stat`).
#[cfg(target_os = "linux")]
fn merge_thread_niceness() -> Vec<i64> {
    let mut niceness = Vec::new();
    for task in std::fs::read_dir("/proc/self/task").unwrap().flatten() {
        let name = std::fs::read_to_string(task.path().join("comm")).unwrap_or_default();
        if !name.starts_with("merge_thread_") {
            continue;
        }
        let stat = std::fs::read_to_string(task.path().join("stat")).unwrap_or_default();
        // The name, in parentheses, may hold spaces: count fields after its closing one.
        let Some((_, fields)) = stat.rsplit_once(')') else {
            continue;
        };
        if let Some(nice) = fields.split_whitespace().nth(16) {
            niceness.push(nice.parse().unwrap());
        }
    }
    niceness
}

#[test]
#[cfg(target_os = "linux")]
fn after_a_commit_merges_yield_to_the_import() {
    let dir = tempfile::tempdir().unwrap();
    let index = SearchIndex::open_or_create(dir.path(), &key(7)).unwrap();
    let mut writer = index.writer().unwrap();
    // tantivy starts its merge threads shortly after the writer: a commit lowers those that have
    // started, so commit (as an import does every few seconds) until one has been lowered.
    // Other tests' writers start threads of their own at any moment, so not every thread seen
    // is lowered; without the lowering, none would be at 10.
    let mut niceness = Vec::new();
    for id in 1..=50 {
        add_all(&mut writer, &[text_doc(id, "一")]);
        writer.commit().unwrap();
        niceness = merge_thread_niceness();
        if niceness.contains(&10) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    assert!(
        niceness.contains(&10),
        "merge threads' niceness: {niceness:?}"
    );
    writer.finish_merges().unwrap();
}
