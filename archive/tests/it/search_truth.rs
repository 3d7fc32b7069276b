//! The search index against the sample archive: every truth query returns exactly its expected
//! messages, canaries are findable but appear nowhere in the index files, and random
//! substrings agree with a brute-force scan of the normalised texts.

use std::collections::{BTreeSet, HashMap, HashSet};
use std::path::Path;
use std::sync::LazyLock;
use std::time::Instant;

use archive::Message;
use archive::index::{IndexDoc, IndexKey, SearchIndex, SearchRequest, parse_query};
use archive::normalize::normalize;
use serde_json::Value;
use tempfile::TempDir;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
);
const TRUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-truth.json"
);

/// What the tests need to know about one corpus message.
struct CorpusDoc {
    id: u64,
    msgid: String,
    text: String,
    normalized_text: String,
}

/// The corpus indexed once, shared by all tests in this file.
struct Fixture {
    dir: TempDir,
    index: SearchIndex,
    docs: Vec<CorpusDoc>,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(build_fixture);

fn build_fixture() -> Fixture {
    let corpus = std::fs::read_to_string(CORPUS).expect("read the corpus");
    let messages: Vec<Message> = corpus
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| Message::parse_json(line).expect("corpus lines are messages"))
        .collect();
    let revoked: HashSet<&str> = messages.iter().filter_map(Message::revokes).collect();

    let dir = TempDir::new().expect("temp dir");
    let index = SearchIndex::open_or_create(dir.path(), &IndexKey::from_bytes([42; 32]))
        .expect("open the index");
    let mut writer = index.writer().expect("writer");
    let mut docs = Vec::with_capacity(messages.len());
    let started = Instant::now();
    for (line_number, message) in messages.iter().enumerate() {
        let id = message.seq.unwrap_or(line_number as u64 + 1);
        let text = message.searchable_text();
        writer
            .add(&IndexDoc {
                id,
                msgid: &message.msgid,
                sent_at_ms: message.msgtime,
                text: &text,
                msgtype: message.msgtype.as_deref().unwrap_or(""),
                sender: &message.from,
                participants: &message.participants(),
                roomid: message.roomid.as_deref().unwrap_or(""),
                revoked: revoked.contains(message.msgid.as_str()),
            })
            .expect("index a message");
        docs.push(CorpusDoc {
            id,
            msgid: message.msgid.clone(),
            normalized_text: normalize(&text),
            text,
        });
    }
    writer.commit().expect("commit");
    eprintln!("indexed {} messages in {:?}", docs.len(), started.elapsed());
    Fixture { dir, index, docs }
}

fn truth() -> Value {
    let text = std::fs::read_to_string(TRUTH).expect("read the truth file");
    serde_json::from_str(&text).expect("the truth file is JSON")
}

/// Pages through all results with pages of 20, checking totals and duplicates on the way.
fn search_all(index: &SearchIndex, terms: Vec<String>) -> (u64, Vec<u64>) {
    let mut request = SearchRequest {
        terms,
        filter: Default::default(),
        after: None,
        limit: 20,
    };
    let mut ids = Vec::new();
    let mut total = None;
    loop {
        let page = index.search(&request).expect("search");
        assert!(page.ids.len() <= 20);
        assert_eq!(
            *total.get_or_insert(page.total),
            page.total,
            "total changed between pages"
        );
        ids.extend(&page.ids);
        match page.next_cursor {
            Some(cursor) => request.after = Some(cursor),
            None => break,
        }
    }
    let unique: HashSet<u64> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "a message came back twice");
    (total.unwrap_or(0), ids)
}

/// Ids of the messages whose normalised text contains the normalised `query`.
fn brute_force(docs: &[CorpusDoc], query: &str) -> BTreeSet<u64> {
    let needle = normalize(query);
    docs.iter()
        .filter(|doc| doc.normalized_text.contains(&needle))
        .map(|doc| doc.id)
        .collect()
}

#[test]
fn truth_queries_return_exactly_the_expected_messages() {
    let fixture = &*FIXTURE;
    let msgid_of: HashMap<u64, &str> = fixture
        .docs
        .iter()
        .map(|doc| (doc.id, doc.msgid.as_str()))
        .collect();
    let truth = truth();
    let queries = truth["search"].as_array().expect("search is a list");
    assert_eq!(queries.len(), 16);

    let started = Instant::now();
    for entry in queries {
        let query = entry["q"].as_str().expect("q is a string");
        let expected: BTreeSet<&str> = entry["expected"]
            .as_array()
            .expect("expected is a list")
            .iter()
            .map(|msgid| msgid.as_str().expect("msgids are strings"))
            .collect();

        let (total, ids) = search_all(&fixture.index, parse_query(query).expect("parse"));
        let found: BTreeSet<&str> = ids.iter().map(|id| msgid_of[id]).collect();
        assert_eq!(total as usize, expected.len(), "total for {query}");
        assert_eq!(found, expected, "results for {query}");
    }
    eprintln!("16 truth queries, all pages, in {:?}", started.elapsed());
}

#[test]
fn canaries_are_found_but_never_stored() {
    let fixture = &*FIXTURE;
    let truth = truth();
    let canaries: Vec<&str> = truth["canaries"]
        .as_array()
        .expect("canaries is a list")
        .iter()
        .map(|canary| canary.as_str().expect("canaries are strings"))
        .collect();
    assert!(!canaries.is_empty());

    for canary in &canaries {
        let expected = brute_force(&fixture.docs, canary);
        assert!(!expected.is_empty(), "canary {canary} is in no message");
        let (total, ids) = search_all(&fixture.index, parse_query(canary).expect("parse"));
        assert_eq!(total as usize, expected.len(), "total for canary {canary}");
        assert_eq!(ids.into_iter().collect::<BTreeSet<_>>(), expected);
    }

    let mut needles: Vec<Vec<u8>> = Vec::new();
    for canary in &canaries {
        needles.push(canary.as_bytes().to_vec());
        needles.push(normalize(canary).into_bytes());
        // The distinctive parts alone: the word and the hex suffix.
        needles.extend(canary.split('-').map(|part| part.as_bytes().to_vec()));
    }
    let mut scanned_files = 0;
    for file in files_under(fixture.dir.path()) {
        let bytes = std::fs::read(&file).expect("read an index file");
        scanned_files += 1;
        for needle in &needles {
            assert!(
                !bytes
                    .windows(needle.len())
                    .any(|window| window == needle.as_slice()),
                "{} contains a canary",
                file.display()
            );
        }
    }
    assert!(scanned_files > 3, "only {scanned_files} files scanned");
}

fn files_under(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("list a directory") {
            let path = entry.expect("directory entry").path();
            if path.is_dir() {
                pending.push(path);
            } else {
                files.push(path);
            }
        }
    }
    files
}

/// xorshift64*: deterministic, so a failure reproduces.
struct Random(u64);

impl Random {
    fn below(&mut self, bound: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % bound
    }
}

#[test]
fn random_substrings_agree_with_brute_force() {
    let fixture = &*FIXTURE;
    let texts: Vec<Vec<char>> = fixture
        .docs
        .iter()
        .map(|doc| doc.text.chars().collect::<Vec<char>>())
        .filter(|characters| !characters.is_empty())
        .collect();
    let mut random = Random(0x5EED_1234_ABCD_0001);
    for _ in 0..300 {
        let characters = &texts[random.below(texts.len())];
        let length = 1 + random.below(6.min(characters.len()));
        let start = random.below(characters.len() - length + 1);
        let substring: String = characters[start..start + length].iter().collect();

        let expected = brute_force(&fixture.docs, &substring);
        assert!(!expected.is_empty());
        // Raw text, so the query side's normalisation is exercised too; straight in as one
        // term, because substrings may contain spaces or quotes.
        let (total, ids) = search_all(&fixture.index, vec![substring.clone()]);
        assert_eq!(total as usize, expected.len(), "total for {substring:?}");
        assert_eq!(
            ids.into_iter().collect::<BTreeSet<_>>(),
            expected,
            "results for {substring:?}"
        );
    }
}
