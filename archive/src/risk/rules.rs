//! The rules model: what a tenant configures, and the checks a rule must pass before it is
//! compiled into a [`RiskEngine`](super::RiskEngine).

use std::fmt;

use super::normalize::compact;
use super::sender::SenderKind;

/// Compiled regular expressions may not grow past this many bytes: a tenant's pattern must not
/// be able to exhaust the server's memory.
pub(crate) const PATTERN_SIZE_LIMIT: usize = 1 << 20;

/// Longest keyword or exception phrase, in characters after normalisation.
const MAX_PHRASE_CHARS: usize = 64;

/// Longest rule code.
const MAX_CODE_CHARS: usize = 32;

/// How bad a violation of the rule is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Severity {
    Low,
    Medium,
    High,
    Critical,
}

impl Severity {
    /// The lowercase name used in rule files and APIs.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }

    /// Parses the lowercase name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Severity> {
        match name {
            "low" => Some(Severity::Low),
            "medium" => Some(Severity::Medium),
            "high" => Some(Severity::High),
            "critical" => Some(Severity::Critical),
            _ => None,
        }
    }
}

/// The stored form: alerts keep the severity their rule had when they were raised.
impl From<Severity> for entity::Severity {
    fn from(severity: Severity) -> Self {
        match severity {
            Severity::Low => entity::Severity::Low,
            Severity::Medium => entity::Severity::Medium,
            Severity::High => entity::Severity::High,
            Severity::Critical => entity::Severity::Critical,
        }
    }
}

impl From<entity::Severity> for Severity {
    fn from(severity: entity::Severity) -> Self {
        match severity {
            entity::Severity::Low => Severity::Low,
            entity::Severity::Medium => Severity::Medium,
            entity::Severity::High => Severity::High,
            entity::Severity::Critical => Severity::Critical,
        }
    }
}

/// Built-in detectors for personal data that no keyword list can describe.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Detector {
    /// A mainland mobile number: 11 digits starting `1[3-9]` (optionally after `86`).
    CnMobile,
    /// A resident identity number (GB 11643): 18 characters, valid birth date and check digit.
    CnIdCard,
    /// A bank card number: 16 to 19 digits passing the Luhn check, not an identity number.
    BankCard,
}

impl Detector {
    pub const ALL: [Detector; 3] = [Detector::CnMobile, Detector::CnIdCard, Detector::BankCard];

    /// The snake_case name used in rule files and APIs.
    pub fn as_str(self) -> &'static str {
        match self {
            Detector::CnMobile => "cn_mobile",
            Detector::CnIdCard => "cn_id_card",
            Detector::BankCard => "bank_card",
        }
    }

    /// Parses the snake_case name; `None` for anything else.
    pub fn parse(name: &str) -> Option<Detector> {
        Detector::ALL
            .into_iter()
            .find(|detector| detector.as_str() == name)
    }
}

/// Whose messages a rule applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AppliesTo {
    Staff,
    Customer,
    Both,
}

impl AppliesTo {
    pub fn as_str(self) -> &'static str {
        match self {
            AppliesTo::Staff => "staff",
            AppliesTo::Customer => "customer",
            AppliesTo::Both => "both",
        }
    }

    pub fn parse(name: &str) -> Option<AppliesTo> {
        match name {
            "staff" => Some(AppliesTo::Staff),
            "customer" => Some(AppliesTo::Customer),
            "both" => Some(AppliesTo::Both),
            _ => None,
        }
    }

    /// True when a message from `sender` is subject to the rule.
    pub fn covers(self, sender: SenderKind) -> bool {
        match self {
            AppliesTo::Both => true,
            AppliesTo::Staff => sender == SenderKind::Staff,
            AppliesTo::Customer => sender == SenderKind::Customer,
        }
    }
}

/// One risk rule.
///
/// Keywords and exception phrases are compared after the scan normalisation (NFKC, case
/// folding, traditional → simplified, separators removed), so `穩賺` and `稳 赚` are the same
/// keyword. Patterns are regular expressions (the `regex` crate's syntax, matched
/// case-insensitively) over the same compact text: it has no spaces or punctuation, so write
/// `加我微信` rather than `加我 微信`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rule {
    /// Stable identifier, e.g. `R1`.
    pub code: String,
    pub name: String,
    pub category: String,
    pub severity: Severity,
    /// Words whose use is a violation, unless negated or inside an exception phrase.
    pub keywords: Vec<String>,
    /// Regular expressions whose every match is a violation (unless inside an exception).
    pub patterns: Vec<String>,
    pub detectors: Vec<Detector>,
    pub applies_to: AppliesTo,
    /// Phrases that are not violations even though they contain a keyword or match.
    pub exceptions: Vec<String>,
}

/// One thing wrong with a rule, named by field (`patterns[2]`) so an editor can point at it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleProblem {
    pub field: String,
    pub reason: String,
}

impl fmt::Display for RuleProblem {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(formatter, "{}: {}", self.field, self.reason)
    }
}

impl Rule {
    /// Every problem that would stop this rule from compiling or make it misbehave.
    pub fn validate(&self) -> Result<(), Vec<RuleProblem>> {
        let mut problems = Vec::new();
        let mut problem =
            |field: String, reason: String| problems.push(RuleProblem { field, reason });

        if let Err(reason) = validate_code(&self.code) {
            problem("code".into(), reason);
        }
        if self.name.trim().is_empty() {
            problem("name".into(), "must not be empty".into());
        }
        if self.category.trim().is_empty() {
            problem("category".into(), "must not be empty".into());
        }
        if self.keywords.is_empty() && self.patterns.is_empty() && self.detectors.is_empty() {
            problem(
                "keywords".into(),
                "a rule needs at least one keyword, pattern or detector".into(),
            );
        }
        for (index, keyword) in self.keywords.iter().enumerate() {
            if let Err(reason) = validate_phrase(keyword) {
                problem(format!("keywords[{index}]"), reason);
            }
        }
        for (index, pattern) in self.patterns.iter().enumerate() {
            if let Err(reason) = validate_pattern(pattern) {
                problem(format!("patterns[{index}]"), reason);
            }
        }
        for (index, exception) in self.exceptions.iter().enumerate() {
            if let Err(reason) = validate_phrase(exception) {
                problem(format!("exceptions[{index}]"), reason);
            }
        }

        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems)
        }
    }
}

fn validate_code(code: &str) -> Result<(), String> {
    if code.is_empty() {
        return Err("must not be empty".into());
    }
    if code.chars().count() > MAX_CODE_CHARS {
        return Err(format!("must be at most {MAX_CODE_CHARS} characters"));
    }
    let allowed =
        |character: char| character.is_ascii_alphanumeric() || character == '-' || character == '_';
    if !code.chars().all(allowed) {
        return Err("may contain only ASCII letters, digits, '-' and '_'".into());
    }
    Ok(())
}

fn validate_phrase(phrase: &str) -> Result<(), String> {
    let compacted = compact(phrase);
    if compacted.is_empty() {
        return Err("has no letters or digits once spaces and punctuation are removed".into());
    }
    if compacted.chars().count() > MAX_PHRASE_CHARS {
        return Err(format!(
            "must be at most {MAX_PHRASE_CHARS} characters after normalisation"
        ));
    }
    Ok(())
}

/// Compiles `pattern` the way the engine will, and rejects patterns that match the empty
/// string (they would fire on every message).
fn validate_pattern(pattern: &str) -> Result<(), String> {
    let regex = compile_pattern(pattern).map_err(|error| error.to_string())?;
    if regex.is_match("") {
        return Err("matches the empty string, so it would fire on every message".into());
    }
    Ok(())
}

/// The one way patterns are compiled, for validation and for the engine alike.
pub(crate) fn compile_pattern(pattern: &str) -> Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(pattern)
        .case_insensitive(true)
        .size_limit(PATTERN_SIZE_LIMIT)
        .build()
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn rule() -> Rule {
        Rule {
            code: "R9".into(),
            name: "test".into(),
            category: "test".into(),
            severity: Severity::High,
            keywords: vec!["保本".into()],
            patterns: vec![],
            detectors: vec![],
            applies_to: AppliesTo::Both,
            exceptions: vec![],
        }
    }

    fn fields(result: Result<(), Vec<RuleProblem>>) -> Vec<String> {
        result
            .err()
            .unwrap_or_default()
            .into_iter()
            .map(|problem| problem.field)
            .collect()
    }

    #[test]
    fn a_sound_rule_is_valid() {
        assert_eq!(rule().validate(), Ok(()));
    }

    #[test]
    fn invalid_regex_names_the_field_and_index() {
        let mut broken = rule();
        broken.patterns = vec!["加我\\d+".into(), "(unclosed".into()];
        let problems = broken.validate().err().unwrap_or_default();
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].field, "patterns[1]");
        assert!(
            problems[0].reason.contains("unclosed"),
            "{}",
            problems[0].reason
        );
    }

    #[test]
    fn look_around_is_rejected_with_the_reason() {
        let mut broken = rule();
        broken.patterns = vec!["(?<!\\d)1[3-9]\\d{9}".into()];
        assert_eq!(fields(broken.validate()), vec!["patterns[0]"]);
    }

    #[test]
    fn empty_matching_patterns_are_rejected() {
        let mut broken = rule();
        broken.patterns = vec!["a*".into()];
        assert_eq!(fields(broken.validate()), vec!["patterns[0]"]);
    }

    #[test]
    fn a_rule_with_nothing_to_match_is_invalid() {
        let mut empty = rule();
        empty.keywords.clear();
        assert_eq!(fields(empty.validate()), vec!["keywords"]);
        empty.detectors = vec![Detector::CnMobile];
        assert_eq!(empty.validate(), Ok(()));
    }

    #[test]
    fn blank_phrases_and_bad_codes_are_named() {
        let mut broken = rule();
        broken.code = "R 1".into();
        broken.name = " ".into();
        broken.keywords = vec!["保本".into(), " ，".into()];
        broken.exceptions = vec!["".into()];
        assert_eq!(
            fields(broken.validate()),
            vec!["code", "name", "keywords[1]", "exceptions[0]"]
        );
    }

    #[test]
    fn names_round_trip() {
        for severity in [
            Severity::Low,
            Severity::Medium,
            Severity::High,
            Severity::Critical,
        ] {
            assert_eq!(Severity::parse(severity.as_str()), Some(severity));
        }
        for detector in Detector::ALL {
            assert_eq!(Detector::parse(detector.as_str()), Some(detector));
        }
        for applies_to in [AppliesTo::Staff, AppliesTo::Customer, AppliesTo::Both] {
            assert_eq!(AppliesTo::parse(applies_to.as_str()), Some(applies_to));
        }
        assert!(Severity::Critical > Severity::High);
    }
}
