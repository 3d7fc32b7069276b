//! Why a rule set cannot be compiled.

use std::fmt;

use super::rules::RuleProblem;

/// Errors of [`RiskEngine::new`](super::RiskEngine::new). They name rules and fields, never
/// message content.
#[derive(Debug, thiserror::Error)]
pub enum RiskRulesError {
    #[error("rule {code} is invalid: {}", ProblemList(problems))]
    InvalidRule {
        code: String,
        problems: Vec<RuleProblem>,
    },
    #[error("rule code {code} is used by more than one rule")]
    DuplicateCode { code: String },
    #[error("the rule set is too large to compile its {what}: {reason}")]
    TooLarge { what: &'static str, reason: String },
}

/// Problems joined with "; " for the error message.
struct ProblemList<'a>(&'a [RuleProblem]);

impl fmt::Display for ProblemList<'_> {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, problem) in self.0.iter().enumerate() {
            if index > 0 {
                formatter.write_str("; ")?;
            }
            write!(formatter, "{problem}")?;
        }
        Ok(())
    }
}
