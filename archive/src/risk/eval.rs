//! Measuring a rule set against a truth file: per-rule true and false positives and
//! negatives, precision, recall, and every disagreement.
//!
//! The truth lists, per message id, the rules that must fire (`hits`) and the messages that
//! look risky but are not (`near_misses`, with the rules they nearly trip). Every message in
//! neither list must raise nothing. A message id in `hits` that the corpus never produced
//! counts as a miss of each of its rules.

use std::collections::{BTreeMap, BTreeSet, HashSet};
use std::fmt;

use serde_json::Value;

use super::matcher::RiskEngine;
use super::sender::SenderKind;

/// What a corpus should raise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Truth {
    /// msgid → the rule codes that must fire, and no others.
    pub hits: BTreeMap<String, BTreeSet<String>>,
    /// msgid → the rule codes it nearly trips; none may fire.
    pub near_misses: BTreeMap<String, BTreeSet<String>>,
}

/// A truth document that does not have the expected shape.
#[derive(Debug, thiserror::Error)]
#[error("invalid risk truth: {reason}")]
pub struct TruthError {
    pub reason: String,
}

impl Truth {
    /// Reads `hits` and `near_misses` (objects of msgid → array of rule codes) from a truth
    /// document such as `archive-truth.json`; other keys are ignored.
    pub fn from_json(document: &Value) -> Result<Truth, TruthError> {
        Ok(Truth {
            hits: code_map(document, "hits")?,
            near_misses: code_map(document, "near_misses")?,
        })
    }
}

fn code_map(document: &Value, key: &str) -> Result<BTreeMap<String, BTreeSet<String>>, TruthError> {
    let invalid = |what: &str| TruthError {
        reason: format!("`{key}` {what}"),
    };
    let Some(object) = document.get(key).and_then(Value::as_object) else {
        return Err(invalid("is missing or not an object"));
    };
    let mut map = BTreeMap::new();
    for (msgid, codes) in object {
        let Some(codes) = codes.as_array() else {
            return Err(invalid("must map message ids to arrays of rule codes"));
        };
        let mut set = BTreeSet::new();
        for code in codes {
            let Some(code) = code.as_str() else {
                return Err(invalid("must hold rule codes as strings"));
            };
            set.insert(code.to_string());
        }
        map.insert(msgid.clone(), set);
    }
    Ok(map)
}

/// How a rule's verdict on a message disagreed with the truth.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MissKind {
    /// The rule fired on a message where the truth says it must not.
    FalsePositive,
    /// The rule did not fire where the truth says it must.
    FalseNegative,
    /// The truth expects the rule to fire on a message the corpus did not contain.
    NotScanned,
}

impl MissKind {
    pub fn as_str(self) -> &'static str {
        match self {
            MissKind::FalsePositive => "false positive",
            MissKind::FalseNegative => "false negative",
            MissKind::NotScanned => "not in corpus",
        }
    }
}

/// One disagreement with the truth.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Miss {
    pub msgid: String,
    pub rule_code: String,
    pub kind: MissKind,
    /// The message is listed in `near_misses` (an honest sentence that tripped the rule).
    pub near_miss: bool,
}

/// Counts for one rule, or for all rules together.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RuleScore {
    pub rule_code: String,
    pub true_positives: usize,
    pub false_positives: usize,
    pub false_negatives: usize,
}

impl RuleScore {
    /// TP / (TP + FP); 1.0 when the rule never fired.
    pub fn precision(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_positives,
        )
    }

    /// TP / (TP + FN); 1.0 when the rule was never expected.
    pub fn recall(&self) -> f64 {
        ratio(
            self.true_positives,
            self.true_positives + self.false_negatives,
        )
    }
}

fn ratio(numerator: usize, denominator: usize) -> f64 {
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// The outcome of [`evaluate`].
#[derive(Debug, Clone, Default, PartialEq)]
pub struct EvalReport {
    pub messages_scanned: usize,
    /// One entry per rule of the engine (in its order), then any rule code the truth names
    /// that the engine lacks.
    pub per_rule: Vec<RuleScore>,
    /// All rules together (micro-averaged).
    pub overall: RuleScore,
    /// Sorted by msgid, then rule.
    pub misses: Vec<Miss>,
}

impl EvalReport {
    /// True when nothing disagreed with the truth.
    pub fn is_perfect(&self) -> bool {
        self.misses.is_empty()
    }
}

/// Scans every `(msgid, text, sender)` with `engine` and compares the rules that fired with
/// `truth`.
pub fn evaluate<I, M, T>(engine: &RiskEngine, messages: I, truth: &Truth) -> EvalReport
where
    I: IntoIterator<Item = (M, T, SenderKind)>,
    M: AsRef<str>,
    T: AsRef<str>,
{
    let mut scores: BTreeMap<String, RuleScore> = BTreeMap::new();
    let mut misses = Vec::new();
    let mut scanned: HashSet<String> = HashSet::new();
    let no_codes = BTreeSet::new();

    for (msgid, text, sender) in messages {
        let msgid = msgid.as_ref();
        scanned.insert(msgid.to_string());
        let fired: BTreeSet<String> = engine
            .scan(text.as_ref(), sender)
            .into_iter()
            .map(|hit| hit.rule_code)
            .collect();
        let expected = truth.hits.get(msgid).unwrap_or(&no_codes);
        let near_miss = truth.near_misses.contains_key(msgid);
        for code in fired.union(expected) {
            let score = score_of(&mut scores, code);
            let kind = match (fired.contains(code), expected.contains(code)) {
                (true, true) => {
                    score.true_positives += 1;
                    continue;
                }
                (true, false) => {
                    score.false_positives += 1;
                    MissKind::FalsePositive
                }
                _ => {
                    score.false_negatives += 1;
                    MissKind::FalseNegative
                }
            };
            misses.push(Miss {
                msgid: msgid.to_string(),
                rule_code: code.clone(),
                kind,
                near_miss,
            });
        }
    }

    for (msgid, codes) in &truth.hits {
        if scanned.contains(msgid) {
            continue;
        }
        for code in codes {
            score_of(&mut scores, code).false_negatives += 1;
            misses.push(Miss {
                msgid: msgid.clone(),
                rule_code: code.clone(),
                kind: MissKind::NotScanned,
                near_miss: false,
            });
        }
    }

    misses.sort();
    build_report(engine, scores, misses, scanned.len())
}

fn score_of<'a>(scores: &'a mut BTreeMap<String, RuleScore>, code: &str) -> &'a mut RuleScore {
    scores.entry(code.to_string()).or_insert_with(|| RuleScore {
        rule_code: code.to_string(),
        ..RuleScore::default()
    })
}

fn build_report(
    engine: &RiskEngine,
    mut scores: BTreeMap<String, RuleScore>,
    misses: Vec<Miss>,
    messages_scanned: usize,
) -> EvalReport {
    let mut per_rule: Vec<RuleScore> = engine
        .rules()
        .iter()
        .map(|rule| {
            scores.remove(&rule.code).unwrap_or_else(|| RuleScore {
                rule_code: rule.code.clone(),
                ..RuleScore::default()
            })
        })
        .collect();
    per_rule.extend(scores.into_values());
    let mut overall = RuleScore {
        rule_code: "all".into(),
        ..RuleScore::default()
    };
    for score in &per_rule {
        overall.true_positives += score.true_positives;
        overall.false_positives += score.false_positives;
        overall.false_negatives += score.false_negatives;
    }
    EvalReport {
        messages_scanned,
        per_rule,
        overall,
        misses,
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            formatter,
            "risk scan evaluation: {} messages",
            self.messages_scanned
        )?;
        writeln!(
            formatter,
            "{:<8} {:>6} {:>6} {:>6} {:>10} {:>8}",
            "rule", "tp", "fp", "fn", "precision", "recall"
        )?;
        for score in self.per_rule.iter().chain([&self.overall]) {
            writeln!(
                formatter,
                "{:<8} {:>6} {:>6} {:>6} {:>10.4} {:>8.4}",
                score.rule_code,
                score.true_positives,
                score.false_positives,
                score.false_negatives,
                score.precision(),
                score.recall()
            )?;
        }
        if self.misses.is_empty() {
            return writeln!(formatter, "no disagreements with the truth");
        }
        writeln!(formatter, "{} disagreements:", self.misses.len())?;
        for miss in &self.misses {
            let near_miss = if miss.near_miss {
                " (listed near miss)"
            } else {
                ""
            };
            writeln!(
                formatter,
                "  {} {} {}{}",
                miss.msgid,
                miss.rule_code,
                miss.kind.as_str(),
                near_miss
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;
    use crate::risk::default_pack;

    #[test]
    fn counts_every_kind_of_disagreement() {
        let engine = match RiskEngine::new(&default_pack()) {
            Ok(engine) => engine,
            Err(error) => panic!("{error}"),
        };
        let truth = Truth::from_json(&serde_json::json!({
            "hits": {"a": ["R1"], "b": ["R2"], "gone": ["R3"]},
            "near_misses": {"c": ["R1"]}
        }));
        let truth = match truth {
            Ok(truth) => truth,
            Err(error) => panic!("{error}"),
        };
        let messages = [
            ("a", "这个产品基本保本", SenderKind::Staff),
            ("b", "今天天气不错", SenderKind::Staff),
            ("c", "放心，保本的", SenderKind::Staff),
            ("d", "本产品不保本", SenderKind::Staff),
        ];
        let report = evaluate(&engine, messages, &truth);
        assert_eq!(report.messages_scanned, 4);
        let r1 = &report.per_rule[0];
        assert_eq!(
            (r1.true_positives, r1.false_positives, r1.false_negatives),
            (1, 1, 0)
        );
        assert_eq!(r1.precision(), 0.5);
        let kinds: Vec<(&str, &str, MissKind, bool)> = report
            .misses
            .iter()
            .map(|miss| {
                (
                    miss.msgid.as_str(),
                    miss.rule_code.as_str(),
                    miss.kind,
                    miss.near_miss,
                )
            })
            .collect();
        assert_eq!(
            kinds,
            vec![
                ("b", "R2", MissKind::FalseNegative, false),
                ("c", "R1", MissKind::FalsePositive, true),
                ("gone", "R3", MissKind::NotScanned, false),
            ]
        );
        let printed = report.to_string();
        assert!(
            printed.contains("c R1 false positive (listed near miss)"),
            "{printed}"
        );
        assert!(!report.is_perfect());
    }

    #[test]
    fn malformed_truth_is_rejected() {
        assert!(Truth::from_json(&serde_json::json!({"hits": []})).is_err());
        assert!(
            Truth::from_json(&serde_json::json!({"hits": {}, "near_misses": {"a": [1]}})).is_err()
        );
    }
}
