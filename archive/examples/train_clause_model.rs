//! Trains the risk scanner's clause model (`archive/src/risk/clause_model.rs`) on labelled
//! chat messages and writes its weights.
//!
//!   cargo run --release -p archive --example train_clause_model -- OUT.bin SET_DIR...
//!
//! Each SET_DIR holds a `corpus.jsonl` (archive messages, one per line) and a `truth.json`
//! (`{"hits": {msgid: [rule codes]}, "near_misses": {...}}`), or `evasion-corpus.jsonl` and
//! `evasion-truth.json`, or `archive-corpus.jsonl` and `archive-truth.json`. A message is an
//! example when a keyword of a rule that applies to its sender (default rule pack) occurs in
//! it; it violates when the truth lists one of those keyword rules among its hits.
//! `scripts/train-clause-model.sh` generates the sets and runs this.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use archive::Message;
use archive::risk::{
    ClauseModel, Example, RiskEngine, SenderKind, TrainingParameters, default_pack, train,
};

fn main() -> Result<()> {
    let mut arguments = std::env::args().skip(1);
    let Some(out) = arguments.next() else {
        bail!("usage: train_clause_model OUT.bin SET_DIR...");
    };
    let engine = RiskEngine::new(&default_pack())?;
    let keyword_rules: BTreeSet<String> = default_pack()
        .into_iter()
        .filter(|rule| !rule.keywords.is_empty())
        .map(|rule| rule.code)
        .collect();
    let mut examples = Vec::new();
    let mut sets = Vec::new();
    for directory in arguments {
        let directory = PathBuf::from(directory);
        let before = examples.len();
        read_set(&engine, &keyword_rules, &directory, &mut examples)?;
        sets.push((directory, before..examples.len()));
    }
    if examples.is_empty() {
        bail!("no examples: give at least one set directory");
    }
    let model = train(&examples, TrainingParameters::default());
    std::fs::write(&out, model.to_bytes()).with_context(|| format!("cannot write {out}"))?;
    println!(
        "{} examples, {} weights, written to {out}",
        examples.len(),
        model.len()
    );
    for (directory, range) in sets {
        report(&model, &directory, &examples[range]);
    }
    Ok(())
}

fn read_set(
    engine: &RiskEngine,
    keyword_rules: &BTreeSet<String>,
    directory: &Path,
    examples: &mut Vec<Example>,
) -> Result<()> {
    let (corpus, truth) = ["", "evasion-", "archive-"]
        .iter()
        .map(|prefix| {
            (
                directory.join(format!("{prefix}corpus.jsonl")),
                directory.join(format!("{prefix}truth.json")),
            )
        })
        .find(|(corpus, _)| corpus.exists())
        .with_context(|| format!("no corpus in {}", directory.display()))?;
    let truth: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(&truth).with_context(|| format!("{}", truth.display()))?,
    )?;
    let corpus =
        std::fs::read_to_string(&corpus).with_context(|| format!("{}", corpus.display()))?;
    for (number, line) in corpus.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let message = Message::parse_json(line)
            .with_context(|| format!("{} line {}", directory.display(), number + 1))?;
        let sender = SenderKind::of_wecom_id(&message.from);
        let Some(features) = engine.clause_features(&message.searchable_text(), sender) else {
            continue;
        };
        let violates = truth["hits"][message.msgid.as_str()]
            .as_array()
            .is_some_and(|codes| {
                codes
                    .iter()
                    .filter_map(|code| code.as_str())
                    .any(|code| keyword_rules.contains(code))
            });
        examples.push(Example { features, violates });
    }
    Ok(())
}

/// How the trained model reads its own training set: a training figure, never an evaluation.
fn report(model: &ClauseModel, directory: &Path, examples: &[Example]) {
    let mut right = 0;
    for example in examples {
        if (model.score(&example.features) > 0.5) == example.violates {
            right += 1;
        }
    }
    println!(
        "  {}: {} examples, {} read right by the model alone (training figure)",
        directory.display(),
        examples.len(),
        right
    );
}
