//! The compiled rule set and the scan.
//!
//! A scan runs three matchers over one [`ScanText`]:
//! - **keywords** (and exception phrases) of all rules in one character-wise double-array
//!   Aho-Corasick automaton (daachorse) over the compact text; each occurrence is then judged
//!   in context (whole words, not negated — see [`super::context`]), the reading checked by
//!   the clause model ([`super::clause_model`]);
//! - **patterns**: a `RegexSet` says which patterns match at all, and only those run again to
//!   find where;
//! - **detectors** over the normalised text.
//!
//! Only rules that apply to the sender take part.

use std::borrow::Cow;
use std::collections::HashMap;

use daachorse::CharwiseDoubleArrayAhoCorasick;
use regex::{Regex, RegexSet, RegexSetBuilder};

use super::clause_model::{self, ClauseModel, Reading};
use super::context::KeywordContext;
use super::detectors::{DetectorSet, detect};
use super::error::RiskRulesError;
use super::found::Found;
use super::hit::RiskHit;
use super::normalize::{ScanText, compact, with_scan_text};
use super::rules::{Rule, compile_pattern};
use super::segment::Segmenter;
use super::sender::SenderKind;

/// Bound on the compiled size of all patterns together.
const PATTERN_SET_SIZE_LIMIT: usize = 64 << 20;

/// A rule set compiled for scanning. Build it once per rule set version and share it: it is
/// `Send + Sync` and scanning takes `&self`.
pub struct RiskEngine {
    rules: Vec<Rule>,
    /// `active_for_staff[rule]`: the rule applies to staff messages.
    active_for_staff: Vec<bool>,
    active_for_customer: Vec<bool>,
    /// Per rule, the detectors it uses.
    detectors: Vec<DetectorSet>,
    /// Distinct compact keywords and exception phrases, indexed by the automaton's values.
    phrases: Vec<Phrase>,
    automaton: Option<CharwiseDoubleArrayAhoCorasick<u32>>,
    patterns: Option<Patterns>,
    segmenter: Option<Segmenter>,
}

/// A distinct compact phrase and the rules that use it.
struct Phrase {
    length: usize,
    keyword_of: Vec<usize>,
    exception_of: Vec<usize>,
}

/// Distinct compact phrases in first-seen order; a phrase's index is its automaton value.
#[derive(Default)]
struct PhraseTable {
    index_of: HashMap<String, usize>,
    texts: Vec<String>,
    phrases: Vec<Phrase>,
}

impl PhraseTable {
    /// The phrase `text` compacts to, added if new.
    fn entry(&mut self, text: &str) -> &mut Phrase {
        let compacted = compact(text);
        let index = match self.index_of.get(&compacted) {
            Some(&index) => index,
            None => {
                let index = self.phrases.len();
                self.phrases.push(Phrase {
                    length: compacted.chars().count(),
                    keyword_of: Vec::new(),
                    exception_of: Vec::new(),
                });
                self.texts.push(compacted.clone());
                self.index_of.insert(compacted, index);
                index
            }
        };
        &mut self.phrases[index]
    }

    /// The phrases that are some rule's keyword.
    fn keyword_texts(&self) -> Vec<&str> {
        self.texts
            .iter()
            .zip(&self.phrases)
            .filter(|(_, phrase)| !phrase.keyword_of.is_empty())
            .map(|(text, _)| text.as_str())
            .collect()
    }
}

/// A phrase as written, and, when it addresses the reader with the plain `你`, with the polite
/// `您` as well: customers are addressed either way, so `帮你操作` also matches `帮您操作`.
fn addressee_forms(phrase: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let polite = phrase
        .contains('你')
        .then(|| Cow::Owned(phrase.replace('你', "您")));
    std::iter::once(Cow::Borrowed(phrase)).chain(polite)
}

/// Records that `rule` uses a phrase, once even if the rule lists it twice.
fn add_rule(rules: &mut Vec<usize>, rule: usize) {
    if rules.last() != Some(&rule) {
        rules.push(rule);
    }
}

struct Patterns {
    set: RegexSet,
    /// `compiled[i]` is the pattern of set index `i`, with the rule it belongs to.
    compiled: Vec<(usize, Regex)>,
}

impl RiskEngine {
    /// Validates and compiles `rules`.
    pub fn new(rules: &[Rule]) -> Result<RiskEngine, RiskRulesError> {
        validate_all(rules)?;
        let mut table = PhraseTable::default();
        for (rule_index, rule) in rules.iter().enumerate() {
            for keyword in rule
                .keywords
                .iter()
                .flat_map(|keyword| addressee_forms(keyword))
            {
                add_rule(&mut table.entry(&keyword).keyword_of, rule_index);
            }
            for exception in rule
                .exceptions
                .iter()
                .flat_map(|phrase| addressee_forms(phrase))
            {
                add_rule(&mut table.entry(&exception).exception_of, rule_index);
            }
        }
        let automaton = build_automaton(&table.texts)?;
        let keywords = table.keyword_texts();
        let segmenter = (!keywords.is_empty()).then(|| Segmenter::new(keywords));

        let active_for = |sender: SenderKind| -> Vec<bool> {
            rules
                .iter()
                .map(|rule| rule.applies_to.covers(sender))
                .collect()
        };
        Ok(RiskEngine {
            rules: rules.to_vec(),
            active_for_staff: active_for(SenderKind::Staff),
            active_for_customer: active_for(SenderKind::Customer),
            detectors: rules.iter().map(detector_set).collect(),
            phrases: table.phrases,
            automaton,
            patterns: build_patterns(rules)?,
            segmenter,
        })
    }

    /// The rules this engine was built from, in order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Scans `text` sent by `sender`: one hit per rule that fires, in rule order.
    pub fn scan(&self, text: &str, sender: SenderKind) -> Vec<RiskHit> {
        let active = match sender {
            SenderKind::Staff => &self.active_for_staff,
            SenderKind::Customer => &self.active_for_customer,
        };
        if text.is_empty() || !active.contains(&true) {
            return Vec::new();
        }
        with_scan_text(text, |scan_text| {
            let mut found = Found::default();
            self.find_keywords(scan_text, active, &mut found);
            self.find_patterns(scan_text, active, &mut found);
            self.find_detections(scan_text, active, &mut found);
            found.into_hits(text, scan_text, |rule| {
                self.rules.get(rule).map(|rule| rule.code.as_str())
            })
        })
    }

    /// Keyword occurrences that count, and exception phrase occurrences.
    fn find_keywords(&self, scan_text: &ScanText, active: &[bool], found: &mut Found) {
        let Some(automaton) = &self.automaton else {
            return;
        };
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (start, end, phrase) in self.phrase_occurrences(automaton, scan_text.compact()) {
            let Some(range) = scan_text.compact_to_normalized(start, end) else {
                continue;
            };
            for &rule in &phrase.exception_of {
                found.add_exception(rule, range);
            }
            for &rule in &phrase.keyword_of {
                if active[rule] {
                    candidates.push((start, end, rule));
                }
            }
        }
        let Some(segmenter) = &self.segmenter else {
            return;
        };
        // Most messages hold no keyword: no clause breaks to collect, no context to build.
        if candidates.is_empty() {
            return;
        }
        // In text order, so that occurrences in one clause share its segmentation.
        candidates.sort_unstable();
        let mut context = KeywordContext::new(scan_text, segmenter)
            .with_keywords(candidates.iter().map(|&(start, end, _)| (start, end)));
        let mut readings: Vec<((usize, usize), usize, Reading)> =
            Vec::with_capacity(candidates.len());
        let mut last_read: Option<((usize, usize), Reading)> = None;
        for &(start, end, rule) in &candidates {
            let Some(range) = scan_text.compact_to_normalized(start, end) else {
                continue;
            };
            if found.is_excepted(rule, range) {
                continue;
            }
            let reading = match last_read {
                Some((read, reading)) if read == (start, end) => reading,
                _ => context.read(start, end),
            };
            last_read = Some(((start, end), reading));
            readings.push((range, rule, reading));
        }
        // The model reads the whole message: where none was read plainly, it may not overturn
        // anything. Where the rules tell the message's keywords apart, it may still clear a
        // plainly asserted keyword whose rule a construction denied elsewhere in the message
        // (`“把账户密码给我，我帮你操作”——以后谁再跟您这么说，直接报警`, where the warning is out of
        // the first keyword's reach), but not one of another rule (`保本我不能承诺，内幕消息倒是
        // 有一条，您要吗`).
        let mut words = readings
            .iter()
            .map(|&(_, _, reading)| reading)
            .filter(|&reading| reading != Reading::NotAWord);
        let uniform = words
            .next()
            .is_some_and(|first| words.all(|reading| reading.asserts() == first.asserts()));
        let any_plain = readings
            .iter()
            .any(|&(_, _, reading)| matches!(reading, Reading::Plain { .. }));
        let score = if any_plain {
            clause_model_score(scan_text, &candidates)
        } else {
            None
        };
        // It may raise a plainly denied one only where the rules read every keyword alike and no
        // construction (a refusal, a rule, a report) denied one: otherwise the rules have read
        // what the message says (`不保本，但是保收益`, `账户密码您自己收好，我这边不收，也不会帮你
        // 操作`).
        let construed_denial = readings
            .iter()
            .any(|&(_, _, reading)| reading == Reading::Construed { asserted: false });
        let denied_rules: Vec<usize> = readings
            .iter()
            .filter(|&&(_, _, reading)| reading == Reading::Construed { asserted: false })
            .map(|&(_, rule, _)| rule)
            .collect();
        for &(range, rule, reading) in &readings {
            let may_raise = uniform && !construed_denial;
            let may_clear = uniform || denied_rules.contains(&rule);
            let score = match reading {
                Reading::Plain { asserted: false } if !may_raise => None,
                Reading::Plain { asserted: true } if !may_clear => None,
                _ => score,
            };
            if clause_model::counts(reading, score) {
                found.add_match(rule, range);
            }
        }
    }

    /// The clause model's features of `text` sent by `sender`, as the scan computes them:
    /// `None` when no keyword of a rule that applies to the sender occurs in it. For training
    /// the model (`examples/train_clause_model.rs`).
    pub fn clause_features(&self, text: &str, sender: SenderKind) -> Option<Vec<u32>> {
        let automaton = self.automaton.as_ref()?;
        let active = match sender {
            SenderKind::Staff => &self.active_for_staff,
            SenderKind::Customer => &self.active_for_customer,
        };
        with_scan_text(text, |scan_text| {
            let occurrences: Vec<(usize, usize)> = self
                .phrase_occurrences(automaton, scan_text.compact())
                .into_iter()
                .filter(|(_, _, phrase)| phrase.keyword_of.iter().any(|&rule| active[rule]))
                .map(|(start, end, _)| (start, end))
                .collect();
            if occurrences.is_empty() {
                return None;
            }
            Some(clause_model::message_features(scan_text, occurrences))
        })
    }

    /// Every phrase occurrence in `compact`, as compact `[start, end)` and the phrase.
    fn phrase_occurrences<'a>(
        &'a self,
        automaton: &'a CharwiseDoubleArrayAhoCorasick<u32>,
        compact: &[char],
    ) -> Vec<(usize, usize, &'a Phrase)> {
        let mut occurrences = Vec::new();
        let mut stepper = automaton.find_overlapping_stepper();
        for (index, &character) in compact.iter().enumerate() {
            stepper.consume(character);
            for found in stepper.matches() {
                let Some(phrase) = self.phrases.get(found.value() as usize) else {
                    continue;
                };
                let end = index + 1;
                occurrences.push((end - phrase.length, end, phrase));
            }
        }
        occurrences
    }

    fn find_patterns(&self, scan_text: &ScanText, active: &[bool], found: &mut Found) {
        let Some(patterns) = &self.patterns else {
            return;
        };
        let compact = scan_text.compact_string();
        let matching = patterns.set.matches(&compact);
        let mut char_starts: Option<Vec<usize>> = None;
        for pattern in matching.iter() {
            let Some((rule, regex)) = patterns.compiled.get(pattern) else {
                continue;
            };
            if !active[*rule] {
                continue;
            }
            let starts = char_starts
                .get_or_insert_with(|| compact.char_indices().map(|(offset, _)| offset).collect());
            for found_match in regex.find_iter(&compact) {
                let start = starts.partition_point(|&offset| offset < found_match.start());
                let end = starts.partition_point(|&offset| offset < found_match.end());
                if let Some(range) = scan_text.compact_to_normalized(start, end) {
                    found.add_match(*rule, range);
                }
            }
        }
    }

    fn find_detections(&self, scan_text: &ScanText, active: &[bool], found: &mut Found) {
        let mut wanted = DetectorSet::default();
        for (rule, detectors) in self.detectors.iter().enumerate() {
            if active[rule] {
                wanted.union_with(*detectors);
            }
        }
        for hit in detect(scan_text.normalized(), wanted) {
            for (rule, detectors) in self.detectors.iter().enumerate() {
                if active[rule] && detectors.contains(hit.detector) {
                    found.add_match(rule, (hit.start, hit.end));
                }
            }
        }
    }
}

fn validate_all(rules: &[Rule]) -> Result<(), RiskRulesError> {
    let mut seen = HashMap::new();
    for rule in rules {
        if let Err(problems) = rule.validate() {
            return Err(RiskRulesError::InvalidRule {
                code: rule.code.clone(),
                problems,
            });
        }
        if seen.insert(rule.code.as_str(), ()).is_some() {
            return Err(RiskRulesError::DuplicateCode {
                code: rule.code.clone(),
            });
        }
    }
    Ok(())
}

fn detector_set(rule: &Rule) -> DetectorSet {
    let mut set = DetectorSet::default();
    for &detector in &rule.detectors {
        set.insert(detector);
    }
    set
}

/// The automaton over all distinct phrases; the value of a phrase is its index.
fn build_automaton(
    texts: &[String],
) -> Result<Option<CharwiseDoubleArrayAhoCorasick<u32>>, RiskRulesError> {
    if texts.is_empty() {
        return Ok(None);
    }
    let too_large = |reason: String| RiskRulesError::TooLarge {
        what: "keywords",
        reason,
    };
    let mut values = Vec::with_capacity(texts.len());
    for (index, text) in texts.iter().enumerate() {
        let value = u32::try_from(index).map_err(|_| too_large("too many keywords".into()))?;
        values.push((text.as_str(), value));
    }
    CharwiseDoubleArrayAhoCorasick::with_values(values)
        .map(Some)
        .map_err(|error| too_large(error.to_string()))
}

fn build_patterns(rules: &[Rule]) -> Result<Option<Patterns>, RiskRulesError> {
    let mut sources = Vec::new();
    let mut compiled = Vec::new();
    for (rule_index, rule) in rules.iter().enumerate() {
        for pattern in &rule.patterns {
            // Validation compiled every pattern already; this only fails if it changed since.
            let regex = compile_pattern(pattern).map_err(|error| RiskRulesError::TooLarge {
                what: "patterns",
                reason: error.to_string(),
            })?;
            sources.push(pattern.as_str());
            compiled.push((rule_index, regex));
        }
    }
    if sources.is_empty() {
        return Ok(None);
    }
    let set = RegexSetBuilder::new(sources)
        .case_insensitive(true)
        .size_limit(PATTERN_SET_SIZE_LIMIT)
        .build()
        .map_err(|error| RiskRulesError::TooLarge {
            what: "patterns",
            reason: error.to_string(),
        })?;
    Ok(Some(Patterns { set, compiled }))
}

/// The clause model's score of a message whose keyword occurrences (of rules that apply) are
/// `candidates`; `None` when no model is built in.
fn clause_model_score(scan_text: &ScanText, candidates: &[(usize, usize, usize)]) -> Option<f32> {
    let model = ClauseModel::embedded()?;
    let occurrences = candidates.iter().map(|&(start, end, _)| (start, end));
    Some(model.score(&clause_model::message_features(scan_text, occurrences)))
}
