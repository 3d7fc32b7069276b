//! Risk scanning against the sample archive: the default pack raises exactly the planted
//! violations of `archive-truth.json` (`hits`), none of its benign near misses, and nothing on
//! any other message.

use std::collections::BTreeSet;
use std::sync::LazyLock;
use std::time::Instant;

use archive::Message;
use archive::risk::eval::{Truth, evaluate};
use archive::risk::{RiskEngine, SenderKind, default_pack};
use serde_json::Value;

const CORPUS: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-corpus.jsonl"
);
const TRUTH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../tests/fixtures/archive-truth.json"
);

/// One corpus message as the scanner sees it.
struct Sample {
    msgid: String,
    text: String,
    sender: SenderKind,
}

struct Fixture {
    engine: RiskEngine,
    samples: Vec<Sample>,
    truth: Truth,
    truth_document: Value,
}

static FIXTURE: LazyLock<Fixture> = LazyLock::new(build_fixture);

fn build_fixture() -> Fixture {
    let corpus = std::fs::read_to_string(CORPUS).expect("read the corpus");
    let samples = corpus
        .lines()
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let message = Message::parse_json(line).expect("corpus lines are messages");
            Sample {
                text: message.searchable_text(),
                sender: SenderKind::of_wecom_id(&message.from),
                msgid: message.msgid,
            }
        })
        .collect();
    let truth_text = std::fs::read_to_string(TRUTH).expect("read the truth");
    let truth_document: Value = serde_json::from_str(&truth_text).expect("truth is JSON");
    let truth = Truth::from_json(&truth_document).expect("truth has hits and near_misses");
    let started = Instant::now();
    let engine = RiskEngine::new(&default_pack()).expect("the default pack compiles");
    eprintln!("default pack compiled in {:?}", started.elapsed());
    Fixture {
        engine,
        samples,
        truth,
        truth_document,
    }
}

fn fired(sample: &Sample) -> BTreeSet<String> {
    FIXTURE
        .engine
        .scan(&sample.text, sample.sender)
        .into_iter()
        .map(|hit| hit.rule_code)
        .collect()
}

#[test]
fn default_pack_is_the_truth_files_rules() {
    let rules = FIXTURE.truth_document["rules"]
        .as_array()
        .expect("truth has rules");
    let pack = default_pack();
    assert_eq!(pack.len(), rules.len());
    for (rule, expected) in pack.iter().zip(rules) {
        assert_eq!(rule.code, expected["id"].as_str().unwrap_or_default());
        assert_eq!(rule.name, expected["name"].as_str().unwrap_or_default());
        assert_eq!(
            rule.category,
            expected["category"].as_str().unwrap_or_default()
        );
        assert_eq!(
            rule.severity.as_str(),
            expected["severity"].as_str().unwrap_or_default()
        );
        let keywords: Vec<&str> = expected["keywords"]
            .as_array()
            .map(|keywords| keywords.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        assert_eq!(rule.keywords, keywords, "{}", rule.code);
        // The truth's regexes for R6 are what the detectors implement.
        let detectors: Vec<&str> = rule
            .detectors
            .iter()
            .map(|detector| detector.as_str())
            .collect();
        let patterns: Vec<&str> = expected["patterns"]
            .as_object()
            .map(|patterns| patterns.keys().map(String::as_str).collect())
            .unwrap_or_default();
        let mut sorted_detectors = detectors.clone();
        sorted_detectors.sort_unstable();
        let mut sorted_patterns = patterns.clone();
        sorted_patterns.sort_unstable();
        assert_eq!(sorted_detectors, sorted_patterns, "{}", rule.code);
    }
}

#[test]
fn every_planted_violation_fires_exactly_its_rules() {
    let mut checked = 0;
    for sample in &FIXTURE.samples {
        let Some(expected) = FIXTURE.truth.hits.get(&sample.msgid) else {
            continue;
        };
        assert_eq!(
            &fired(sample),
            expected,
            "{} {:?}",
            sample.msgid,
            sample.text
        );
        checked += 1;
    }
    assert_eq!(
        checked,
        FIXTURE.truth.hits.len(),
        "every truth hit is in the corpus"
    );
}

#[test]
fn no_near_miss_fires() {
    let mut checked = 0;
    for sample in &FIXTURE.samples {
        if !FIXTURE.truth.near_misses.contains_key(&sample.msgid) {
            continue;
        }
        assert_eq!(
            fired(sample),
            BTreeSet::new(),
            "{} {:?}",
            sample.msgid,
            sample.text
        );
        checked += 1;
    }
    assert_eq!(checked, FIXTURE.truth.near_misses.len());
}

#[test]
fn messages_in_neither_list_raise_nothing() {
    let unexpected: Vec<(&str, BTreeSet<String>)> = FIXTURE
        .samples
        .iter()
        .filter(|sample| {
            !FIXTURE.truth.hits.contains_key(&sample.msgid)
                && !FIXTURE.truth.near_misses.contains_key(&sample.msgid)
        })
        .map(|sample| (sample.msgid.as_str(), fired(sample)))
        .filter(|(_, codes)| !codes.is_empty())
        .collect();
    for (msgid, codes) in &unexpected {
        eprintln!("unlisted message {msgid} raised {codes:?}");
    }
    assert!(
        unexpected.is_empty(),
        "{} unlisted messages raised alerts",
        unexpected.len()
    );
}

#[test]
fn precision_and_recall_are_perfect() {
    let messages = FIXTURE
        .samples
        .iter()
        .map(|sample| (sample.msgid.as_str(), sample.text.as_str(), sample.sender));
    let started = Instant::now();
    let report = evaluate(&FIXTURE.engine, messages, &FIXTURE.truth);
    eprintln!("{report}scanned in {:?}", started.elapsed());
    assert_eq!(report.messages_scanned, FIXTURE.samples.len());
    assert_eq!(report.overall.precision(), 1.0);
    assert_eq!(report.overall.recall(), 1.0);
    assert!(report.is_perfect(), "{report}");
}

#[test]
fn highlights_point_at_what_was_typed() {
    for sample in &FIXTURE.samples {
        let characters: Vec<char> = sample.text.chars().collect();
        for hit in FIXTURE.engine.scan(&sample.text, sample.sender) {
            for span in &hit.matches {
                assert!(span.start < span.end && span.end <= characters.len());
                let original: String = characters[span.start..span.end].iter().collect();
                assert_eq!(span.text, original, "{}", sample.msgid);
            }
        }
    }
}
